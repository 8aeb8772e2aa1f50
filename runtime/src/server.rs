//! What generated routers use, over axum: the checks of one request's
//! parts and the credentials it presents. Responses, refusals included,
//! are written by [`crate::response`]; the pipeline itself is in
//! [`crate::serve`].

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use crate::problem::Rejection;
use crate::response::with_type;
use crate::support::params::{ArrayStyle, Sent};
use crate::support::read::ReadErrors;
use crate::validation::{Valid, Validate};
use crate::violations::{At, Violation, Violations, read_error};

/// The body size limit a generated router applies unless told otherwise.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

/// What reading one request finds wrong, collected so that every problem
/// is reported at once: unreadable parts (400) before broken constraints
/// (422).
#[derive(Debug)]
pub(crate) struct Checks {
    malformed: Violations,
    invalid: Violations,
    statuses: (StatusCode, StatusCode),
}

/// The size above which a JSON body is checked before it is read (see
/// `Checks::json`): below it, what a refused body builds is bounded anyway,
/// and the common body is read once.
const CHECKED_FIRST_ABOVE: usize = 64 * 1024;

impl Checks {
    /// Checks whose refusals are answered with `malformed` (what does not
    /// read) and `invalid` (broken constraints).
    pub(crate) fn answering(malformed: StatusCode, invalid: StatusCode) -> Self {
        Self { malformed: Violations::new(), invalid: Violations::new(), statuses: (malformed, invalid) }
    }

    /// Reads the parameters of one location (`root` is `/path`, `/query`,
    /// `/header` or `/cookie`) as a `T` and validates them.
    pub(crate) fn parameters<T: DeserializeOwned + Validate>(
        &mut self,
        sent: &Sent<'_>,
        styles: &[(&str, ArrayStyle)],
        root: &'static str,
    ) -> Option<Valid<T>> {
        match sent.read_all::<T>(styles) {
            Err(errors) => {
                errors.iter().for_each(|(pointer, message)| self.malformed.add(read_error(root, pointer, message)));
                None
            }
            Ok(value) => self.validated(value, root),
        }
    }

    /// Reads an `application/x-www-form-urlencoded` body as a `T` (each
    /// field a parameter, arrays as `styles` say) and validates it.
    pub(crate) fn form<T: DeserializeOwned + Validate>(&mut self, bytes: &Bytes, styles: &[(&str, ArrayStyle)]) -> Option<Valid<T>> {
        let text = String::from_utf8_lossy(bytes);
        match Sent::query(Some(&text)).read_all::<T>(styles) {
            Err(errors) => {
                errors.iter().for_each(|(pointer, message)| self.malformed.add(read_error("/body", pointer, message)));
                None
            }
            Ok(value) => self.validated(value, "/body"),
        }
    }

    /// Reads a `multipart/form-data` body as a `T` (each part the property
    /// it names; see [`crate::support::multipart`]) and validates it.
    pub(crate) fn multipart<T: DeserializeOwned + Validate>(&mut self, bytes: &Bytes, boundary: &str) -> Option<Valid<T>> {
        let parts = match crate::support::multipart::parts(bytes, boundary) {
            Ok(parts) => parts,
            Err(why) => {
                self.malformed.add(Violation {
                    pointer: "/body".to_owned(),
                    keyword: "type",
                    message: format!("is not a multipart/form-data body: {why}"),
                });
                return None;
            }
        };
        match crate::support::multipart::read::<T>(&parts) {
            Err((pointer, message)) => {
                self.malformed.add(read_error("/body", &pointer, &message));
                None
            }
            Ok(value) => self.validated(value, "/body"),
        }
    }

    /// Reads a JSON body as a `T`. A body that does not read is reported at
    /// every place it does not (see [`ReadErrors`]).
    pub(crate) fn json<T: ReadErrors>(&mut self, bytes: &Bytes) -> Option<T> {
        // serde reads a struct from a JSON array too (its fields in order),
        // where the document means an object: `[null, null]` is not an
        // `OrganizationUpdate`. A body without `[` cannot be read that way,
        // and is read straight into its type when it has no float syntax
        // (see `json::from_slice`). A large body is checked first, from what
        // its type checks (below): a refusal then costs a reading of the
        // text, not the building of all it would store (a map of 100,000
        // members that the type stores unchecked, say, built to find the
        // required `name` missing).
        if bytes.len() <= CHECKED_FIRST_ABOVE
            && !bytes.contains(&b'[')
            && let Some(value) = crate::support::json::straight::<T>(bytes)
        {
            return Some(value);
        }
        // An array where the type is not one is refused as it is, whatever
        // it holds: what its items are costs nothing to ask of an empty
        // one, and a million of them are not built into a tree to be told
        // the same (the text is still checked to be JSON).
        if let Some(wrong_type) = Self::wrong_root_type::<T>(bytes) {
            match crate::support::json::check_syntax(bytes) {
                Ok(()) => self.malformed.extend(wrong_type),
                Err(error) => self.malformed.extend(Rejection::body(error).violations().into()),
            }
            return None;
        }
        // Otherwise, and on the refusal's path, the body is parsed into a
        // JSON value of what the type reads: checked for arrays where
        // objects are meant and for every place that does not read, then
        // read from that value. First with long arrays cut short and what
        // the type does not check built as its kind only: a refusal that
        // finds all the violations it keeps among the items kept, or finds
        // some where no item was dropped, is made from those.
        let value = match crate::support::json::parse_capped(bytes, T::reads()) {
            Ok((value, dropped)) if !dropped.items && !dropped.unchecked => value,
            Ok((capped, dropped)) => {
                let mut first = Violations::new();
                T::read_errors(&capped, &At::root("/body"), &mut first);
                if first.is_full() || (!dropped.items && !first.is_empty()) {
                    if first.is_full() {
                        first.cut();
                    }
                    self.malformed.extend(first);
                    return None;
                }
                drop(capped);
                // The items kept read; no array was dropped, so none of
                // the others can be an array read as a struct: the body is
                // read straight (100,000 valid items are not built twice).
                if first.is_empty()
                    && !dropped.arrays
                    && let Some(value) = crate::support::json::straight::<T>(bytes)
                {
                    return Some(value);
                }
                match crate::support::json::parse_read(bytes, T::reads()) {
                    Ok(value) => value,
                    Err(error) => {
                        self.malformed.extend(Rejection::body(error).violations().into());
                        return None;
                    }
                }
            }
            Err(error) => {
                self.malformed.extend(Rejection::body(error).violations().into());
                return None;
            }
        };
        let mut all = Violations::new();
        T::read_errors(&value, &At::root("/body"), &mut all);
        if !all.is_empty() {
            self.malformed.extend(all);
            return None;
        }
        match crate::support::json::from_value::<T>(value) {
            Ok(value) => Some(value),
            Err(error) => {
                self.malformed.extend(Rejection::body(error).violations().into());
                None
            }
        }
    }

    /// For a text that is a JSON array (by its first octet), the refusal
    /// of an array as a `T` when `T` takes no array at all: only type
    /// violations at the body itself, as an empty array gets them.
    fn wrong_root_type<T: ReadErrors>(bytes: &[u8]) -> Option<Violations> {
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'[') {
            return None;
        }
        let mut probe = Violations::new();
        T::read_errors(&serde_json::Value::Array(Vec::new()), &At::root("/body"), &mut probe);
        let at_root = !probe.is_empty() && probe.iter().all(|v| v.pointer == "/body" && v.keyword == "type");
        at_root.then_some(probe)
    }

    /// Records that a required part is missing.
    pub(crate) fn missing(&mut self, pointer: &str) {
        self.malformed.add(Violation { pointer: pointer.to_owned(), keyword: "required", message: "is required".to_owned() });
    }

    /// `value`, checked; `None` (its violations recorded) when it breaks a
    /// constraint.
    pub(crate) fn validated<T: Validate>(&mut self, value: T, root: &'static str) -> Option<Valid<T>> {
        let before = self.invalid.len();
        value.validate_at(&At::root(root), &mut self.invalid);
        (self.invalid.len() == before).then(|| Valid::checked(value))
    }

    /// `Ok` when nothing was wrong, else the refusal.
    pub(crate) fn finish(self) -> Result<(), Rejection> {
        let (malformed, invalid) = self.statuses;
        if !self.malformed.is_empty() {
            Err(Rejection::Malformed { violations: self.malformed, status: malformed })
        } else if !self.invalid.is_empty() {
            Err(Rejection::Invalid { violations: self.invalid, status: invalid })
        } else {
            Ok(())
        }
    }
}

/// Whether a media type (a `Content-Type` value) is JSON:
/// `application/json` or a `+json` type.
pub(crate) fn is_json_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or(media_type).trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

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

/// A router serving the API description `document` at `path`, to merge
/// with the generated router: `router(api).merge(document("/openapi.yaml",
/// include_str!("../openapi.yaml")))`. JSON when the text starts with `{`,
/// YAML otherwise.
pub fn document(path: &str, document: &'static str) -> axum::Router {
    let media_type = if document.trim_start().starts_with('{') { "application/json" } else { "application/yaml" };
    axum::Router::new().route(
        path,
        axum::routing::get(move || async move { with_type(StatusCode::OK, media_type, Bytes::from_static(document.as_bytes())) }),
    )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::{Value, json};

    use super::*;
    use crate::support::read::{self, Reads};

    /// A body type as a generated crate writes it: a map it reads without
    /// checking, a struct it reads member by member.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Org {
        name: String,
        #[serde(default, rename = "customData")]
        custom_data: BTreeMap<String, Value>,
        branding: Option<Branding>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Branding {
        #[serde(rename = "logoUrl")]
        logo_url: String,
    }

    impl ReadErrors for Org {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("name");
            object.optional::<BTreeMap<String, Value>>("customData");
            object.optional::<Option<Branding>>("branding");
        }

        fn reads() -> Reads {
            Reads::Members(&[
                ("branding", <Option<Branding> as ReadErrors>::reads),
                ("customData", <BTreeMap<String, Value> as ReadErrors>::reads),
                ("name", Reads::whole),
            ])
        }
    }

    impl ReadErrors for Branding {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("logoUrl");
        }

        fn reads() -> Reads {
            Reads::Members(&[("logoUrl", Reads::whole)])
        }
    }

    /// `additionalProperties: false`.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Closed {
        name: String,
    }

    impl ReadErrors for Closed {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("name");
            object.no_others();
        }

        fn reads() -> Reads {
            Reads::Closed(&[("name", Reads::whole)])
        }
    }

    /// Each member a closed type does not allow is one violation, up to
    /// what a refusal keeps, however many are sent.
    #[test]
    fn members_a_type_does_not_allow_are_named() {
        let read = |text: String| {
            let mut checks = Checks::answering(StatusCode::BAD_REQUEST, StatusCode::UNPROCESSABLE_ENTITY);
            let read = checks.json::<Closed>(&Bytes::from(text));
            (read, checks.malformed)
        };
        let (closed, violations) = read(r#"{"name": "a"}"#.to_owned());
        assert_eq!((closed, violations.is_empty()), (Some(Closed { name: "a".into() }), true));
        let (_, violations) = read(r#"{"name": "a", "x": [1], "y": {}}"#.to_owned());
        let found: Vec<(&str, &str)> = violations.iter().map(|v| (v.pointer.as_str(), v.keyword)).collect();
        assert_eq!(found, [("/body/x", "additionalProperties"), ("/body/y", "additionalProperties")]);
        let many: serde_json::Map<String, Value> = (0..50_000).map(|n| (format!("k{n}"), json!([n]))).collect();
        let (_, violations) = read(json!(many).to_string());
        assert_eq!((violations.len(), violations.is_cut()), (Violations::KEPT, true));
        assert_eq!(violations.iter().next().map(|v| v.pointer.as_str()), Some("/body/name"));
    }

    fn json(text: &str) -> Result<Org, Vec<(String, &'static str)>> {
        let mut checks = Checks::answering(StatusCode::BAD_REQUEST, StatusCode::UNPROCESSABLE_ENTITY);
        checks
            .json::<Org>(&Bytes::from(text.to_owned()))
            .ok_or_else(|| checks.malformed.iter().map(|v| (v.pointer.clone(), v.keyword)).collect())
    }

    /// Whichever way a body is read (straight, through a value built for
    /// checks only and then whole, or refused from that), it reads the same.
    #[test]
    fn bodies_read_alike_on_every_path() {
        let custom = json!({"x": [1.5, {"y": []}], "n": 2});
        let org = json(&json!({"name": "a", "customData": custom, "unknown": [1], "branding": {"logoUrl": "l", "k": 1}}).to_string());
        let expected = Org {
            name: "a".into(),
            custom_data: serde_json::from_value(custom).unwrap(),
            branding: Some(Branding { logo_url: "l".into() }),
        };
        assert_eq!(org, Ok(expected));
        assert_eq!(json(r#"{"name": "a", "customData": {"k": 1}}"#).map(|org| org.custom_data.len()), Ok(1));

        // Refused from the value built for checks: what the map holds is
        // not built, and needs no checking.
        let refused = json(r#"{"customData": {"x": [1]}, "branding": {"logoUrl": 3}}"#);
        assert_eq!(refused, Err(vec![("/body/name".into(), "required"), ("/body/branding/logoUrl".into(), "type")]));
        // A map's kind is kept: an array where it is meant is refused.
        assert_eq!(json(r#"{"name": "a", "customData": [1]}"#), Err(vec![("/body/customData".into(), "type")]));
        // A large body is checked first, and read the same.
        let many: serde_json::Map<String, Value> = (0..20_000).map(|n| (format!("k{n}"), Value::from(n))).collect();
        assert!(json!({"customData": many}).to_string().len() > CHECKED_FIRST_ABOVE);
        assert_eq!(json(&json!({"customData": many}).to_string()), Err(vec![("/body/name".into(), "required")]));
        let org = json(&json!({"name": "a", "customData": many}).to_string()).unwrap();
        assert_eq!(org.custom_data.len(), 20_000);
        assert_eq!(org.custom_data["k19999"], 19_999);
        // And what is not built is still read as JSON.
        assert!(json(r#"{"name": "a", "customData": {"x": [1,]}}"#).is_err());
    }
}
