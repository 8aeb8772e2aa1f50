//! Credentials: what a request presents ([`Presented`]: an API key in a
//! header, the query or a cookie, a bearer token, a user and password), what
//! an implementation's `authenticate` answers when it does not accept them
//! ([`AuthError`]), and the 401 that names the schemes to use. Asking the
//! implementation is a step of the pipeline (`principal`, in `routes.rs`).

use axum::http::{HeaderMap, header};

use crate::operation::Operation;
use crate::problem::Rejection;
use crate::support::params::Sent;

/// The credentials a request presents, one accessor per kind of scheme.
#[derive(Debug, Clone, Copy)]
#[doc(hidden)]
pub struct Presented<'a> {
    headers: &'a HeaderMap,
    query: &'a Sent<'a>,
    cookies: &'a Sent<'a>,
}

impl<'a> Presented<'a> {
    /// The credentials in `headers`, `query` and `cookies`.
    pub fn new(headers: &'a HeaderMap, query: &'a Sent<'a>, cookies: &'a Sent<'a>) -> Self {
        Self { headers, query, cookies }
    }

    /// An API key sent in the header `name`.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
    }

    /// An API key sent as the query parameter `name`.
    pub fn query(&self, name: &str) -> Option<String> {
        self.query.first(name).map(str::to_owned)
    }

    /// An API key sent as the cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.first(name).map(str::to_owned)
    }

    /// The token of `Authorization: Bearer <token>`.
    pub fn bearer(&self) -> Option<String> {
        self.authorization("bearer").map(str::to_owned)
    }

    /// The user and password of `Authorization: Basic <base64>`.
    pub fn basic(&self) -> Option<(String, String)> {
        let decoded = crate::Base64::decode(self.authorization("basic")?).ok()?;
        let text = String::from_utf8(decoded.0).ok()?;
        let (user, password) = text.split_once(':')?;
        Some((user.to_owned(), password.to_owned()))
    }

    fn authorization(&self, scheme: &str) -> Option<&'a str> {
        let value = self.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (given, rest) = value.split_once(' ')?;
        given.eq_ignore_ascii_case(scheme).then(|| rest.trim()).filter(|rest| !rest.is_empty())
    }
}

/// What an implementation's `authenticate` answers when it does not accept
/// the credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthError {
    /// They prove nobody: 401.
    Unauthorized,
    /// They prove somebody not allowed to do this: 403.
    Forbidden,
    /// The implementation could not tell (its store is down, say): 500,
    /// saying nothing of the cause.
    Failed,
}

/// 401, with a challenge per scheme of the operation that has one.
pub(crate) fn unauthorized(operation: &Operation) -> Rejection {
    let mut challenges: Vec<String> = Vec::new();
    for requirement in operation.security.iter().flat_map(|alternative| alternative.iter()) {
        if let Some(challenge) = requirement.scheme.kind.challenge()
            && !challenges.iter().any(|c| c == challenge)
        {
            challenges.push(challenge.to_owned());
        }
    }
    challenges.sort();
    Rejection::Unauthorized { challenges }
}
