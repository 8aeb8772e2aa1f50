//! Only tests live here: see `tests/`, and the README, whose Rust examples
//! are compiled and run as this crate's doc tests.

#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
