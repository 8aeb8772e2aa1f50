//! The example round-trip test: a test file that reads every example of the
//! document into the type generated for it and writes it back. It is not
//! part of the crates `generate` writes (vendors' examples are not always
//! valid against their own schemas); the project's example check adds it
//! to the crates it builds.

use quote::{format_ident, quote};

use super::models;
use crate::error::Error;
use crate::ir::{Api, TypeKind};

/// The fixed part: the checking helpers.
const HELPERS: &str = include_str!("../../templates/examples/round_trip.rs");

/// The test file for `api`, whose crate is `crate_name`; `None` when the
/// document has no examples.
pub fn round_trip_test(api: &Api, crate_name: &str, file: &std::path::Path) -> Result<Option<String>, Error> {
    let krate = format_ident!("{}", crate_name.replace('-', "_"));
    let (checks, imports) = models::example_checks(api, quote! { #krate::models });
    if checks.is_empty() {
        return Ok(None);
    }
    let mut unread: Vec<&str> = api
        .types
        .iter()
        .filter_map(|def| match &def.kind {
            TypeKind::Struct(s) => Some(s.fields.iter()),
            _ => None,
        })
        .flatten()
        .filter(|f| f.read_only || f.write_only)
        .map(|f| f.name.raw())
        .collect();
    unread.sort();
    unread.dedup();
    let calls = checks.iter().map(|check| {
        let (label, ty, text) = (&check.label, &check.ty, check.value.to_string());
        quote! { check::round_trip::<#ty>(#label, #text, UNREAD); }
    });
    let test = quote! {
        #[test]
        fn every_example_round_trips() {
            #( #imports )*
            const UNREAD: &[&str] = &[ #( #unread ),* ];
            #( #calls )*
        }
    };
    let parsed: syn::File = syn::parse2(test).map_err(|e| Error::internal(file, format!("the example test does not parse: {e}")))?;
    Ok(Some(format!("{HELPERS}\n{}", prettyplease::unparse(&parsed))))
}
