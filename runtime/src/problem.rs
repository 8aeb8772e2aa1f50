//! Why a request is refused before its handler runs, and the shapes a
//! refusal is written in ([`RefusalShape`]): RFC 9457
//! `application/problem+json` (the default), FastAPI's
//! `HTTPValidationError` (`{"detail": [{"loc": [...], "msg": ..., "type":
//! ...}]}`), and the plainer shapes documents declare for their errors
//! (`{"message": ...}`, `{"code": ..., "message": ...}`, text).
//!
//! No shape ever repeats the submitted value.

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::{Value, json};

use crate::violations::{ReadError, Violation, Violations, read_error};

/// Why a request did not reach its handler.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// The body or a parameter does not read as the document describes: not
    /// JSON, a wrong type, a missing required property: 400, or the status
    /// the operation declares for it (see [`crate::Operation::refusals`]).
    Malformed {
        /// What does not read, one entry per place.
        violations: Violations,
        /// 400 unless the operation declares otherwise.
        status: StatusCode,
    },
    /// No credentials, or not ones the implementation accepts: 401, with
    /// a `WWW-Authenticate` challenge per scheme that takes one.
    Unauthorized {
        /// `Bearer`, `Basic`, ...
        challenges: Vec<String>,
    },
    /// Credentials the implementation accepts, but not for this: 403.
    Forbidden,
    /// The body is larger than the limit: 413.
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body's media type is not one the operation takes: 415.
    UnsupportedMediaType {
        /// What the operation takes.
        expected: Vec<String>,
    },
    /// The request reads, but breaks constraints of the document: 422, or
    /// the status the operation declares for it.
    Invalid {
        /// Every broken constraint.
        violations: Violations,
        /// 422 unless the operation declares otherwise.
        status: StatusCode,
    },
    /// No operation has this path: 404.
    NotFound,
    /// The path has operations, but not for this method: 405 (the router
    /// adds `Allow`).
    MethodNotAllowed,
    /// The implementation could not decide (`AuthError::Failed`: its store
    /// is down, say): 500, saying nothing of the cause.
    Internal,
}

impl Rejection {
    /// A body that did not read, its pointer rooted at `/body`.
    pub fn body(error: ReadError) -> Self {
        match error {
            ReadError::Syntax { message } => Self::malformed(vec![Violation {
                pointer: "/body".to_owned(),
                keyword: "type",
                message: format!("is not valid JSON: {message}"),
            }]),
            ReadError::Shape { pointer, message } => Self::malformed(vec![read_error("/body", &pointer, &message)]),
        }
    }

    /// What does not read, answered with 400.
    pub fn malformed(violations: Vec<Violation>) -> Self {
        Self::Malformed { violations: violations.into(), status: StatusCode::BAD_REQUEST }
    }

    /// Broken constraints, answered with 422.
    pub fn invalid(violations: Violations) -> Self {
        Self::Invalid { violations, status: StatusCode::UNPROCESSABLE_ENTITY }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Malformed { status, .. } | Self::Invalid { status, .. } => *status,
            Self::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What is wrong, one entry per problem.
    pub fn violations(&self) -> Vec<Violation> {
        match self {
            Self::Malformed { violations, .. } => violations.iter().cloned().collect(),
            Self::Unauthorized { .. } => vec![Violation {
                pointer: "/header/authorization".to_owned(),
                keyword: "security",
                message: "no credentials the API accepts for this operation".to_owned(),
            }],
            Self::Forbidden | Self::NotFound | Self::MethodNotAllowed | Self::Internal => Vec::new(),
            Self::TooLarge { limit } => vec![Violation {
                pointer: "/body".to_owned(),
                keyword: "maxLength",
                message: format!("is larger than the limit of {limit} bytes"),
            }],
            Self::UnsupportedMediaType { expected } => vec![Violation {
                pointer: "/header/content-type".to_owned(),
                keyword: "enum",
                message: format!("must be {}", expected.join(" or ")),
            }],
            Self::Invalid { violations, .. } => violations.iter().cloned().collect(),
        }
    }

    fn title(&self) -> &'static str {
        match self {
            Self::Malformed { .. } => "Request does not read as the API description says",
            Self::Unauthorized { .. } => "Not authenticated",
            Self::Forbidden => "Not allowed",
            Self::TooLarge { .. } => "Request body too large",
            Self::UnsupportedMediaType { .. } => "Unsupported media type",
            Self::Invalid { .. } => "Request does not match the API description",
            Self::NotFound => "Not Found",
            Self::MethodNotAllowed => "Method Not Allowed",
            Self::Internal => "Internal Server Error",
        }
    }

    /// The body of an RFC 9457 `application/problem+json` response, with
    /// the violations as the `violations` extension member.
    pub fn problem(&self) -> Problem {
        let violations = self.violations();
        let (omitted, cut) = match self {
            Self::Malformed { violations, .. } | Self::Invalid { violations, .. } => (violations.omitted(), violations.is_cut()),
            _ => (0, false),
        };
        let detail = match violations.as_slice() {
            _ if cut => format!("more than {} problems; see `violations` for the first {}", violations.len() + omitted, violations.len()),
            _ if omitted > 0 => {
                format!("{} problems; see `violations` for the first {}", violations.len() + omitted, violations.len())
            }
            [] => self.title().to_owned(),
            [one] => format!("{}: {}", display_pointer(&one.pointer), one.message),
            many => format!("{} problems; see `violations`", many.len()),
        };
        Problem { kind: "about:blank", title: self.title(), status: self.status().as_u16(), detail, violations }
    }

    /// The body FastAPI answers with (`HTTPValidationError`): each violation
    /// as `{loc, msg, type}`, `loc` the pointer's parts (`["body",
    /// "display_name"]`, `["query", "limit"]`, array indices as numbers).
    pub fn fastapi_detail(&self) -> Value {
        let detail: Vec<Value> = self
            .violations()
            .into_iter()
            .map(|v| {
                let loc: Vec<Value> = v
                    .pointer
                    .split('/')
                    .skip(1)
                    .map(|token| {
                        let token = token.replace("~1", "/").replace("~0", "~");
                        token.parse::<u64>().map_or(Value::String(token), Value::from)
                    })
                    .collect();
                json!({ "loc": loc, "msg": v.message, "type": fastapi_type(v.keyword) })
            })
            .collect();
        json!({ "detail": detail })
    }
}

/// The shape a refusal's body is written in: the one the API description
/// declares for its status, which the generator reads from the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RefusalShape {
    /// An RFC 9457 problem details object ([`Problem`]), with every
    /// violation and its pointer.
    Problem {
        /// `application/problem+json`, or what the document declares.
        media_type: &'static str,
    },
    /// FastAPI's `HTTPValidationError`: `{"detail": [{loc, msg, type}]}`.
    FastApi {
        /// `application/json`, or what the document declares.
        media_type: &'static str,
        /// Array indices in `loc` are written as text (`"0"`): the
        /// document's `loc` holds strings only.
        text_indices: bool,
    },
    /// An object whose string member says what is wrong, in a sentence,
    /// with the members beside it that the document requires:
    /// `{"message": "/body/name: must be at most 5 characters long"}`,
    /// `{"code": 400, "message": ...}`.
    Object {
        /// The member of the message (`detail`, `message`, `error`).
        message: &'static str,
        /// A member of the status.
        code: Option<RefusalCode>,
        /// A member of an id made for the refusal, a UUID (dropshot's
        /// `request_id`).
        request_id: Option<&'static str>,
        /// `application/json`, or what the document declares.
        media_type: &'static str,
        /// The violations and their pointers go beside the message, as
        /// `violations`: the schema takes members it does not list.
        violations: bool,
    },
    /// The sentence alone, as a JSON string: `"/body/name: must be ..."`.
    JsonString {
        /// `application/json`, or what the document declares.
        media_type: &'static str,
    },
    /// The sentence alone, as text (`text/plain`).
    Text {
        /// The media type.
        media_type: &'static str,
    },
}

impl RefusalShape {
    /// problem+json: what is written where the document declares nothing.
    pub const PROBLEM: Self = Self::Problem { media_type: PROBLEM_JSON };

    /// The body of `rejection` in this shape, and its media type.
    pub fn body(self, rejection: &Rejection) -> (&'static str, Vec<u8>) {
        // Maps of strings and numbers, which always serialize.
        fn json<T: Serialize>(value: &T) -> Vec<u8> {
            serde_json::to_vec(value).unwrap_or_default()
        }
        match self {
            Self::Problem { media_type } => (media_type, json(&rejection.problem())),
            Self::FastApi { media_type, text_indices } => {
                let mut detail = rejection.fastapi_detail();
                if text_indices {
                    let locs = detail["detail"].as_array_mut().into_iter().flatten().filter_map(|d| d["loc"].as_array_mut());
                    for part in locs.flatten().filter(|part| part.is_number()) {
                        *part = Value::String(part.to_string());
                    }
                }
                (media_type, json(&detail))
            }
            Self::Object { message, code, request_id, media_type, violations } => {
                let status = rejection.status();
                let problem = rejection.problem();
                let mut object = serde_json::Map::new();
                match code {
                    Some(RefusalCode::Number(member)) => object.insert(member.to_owned(), Value::from(status.as_u16())),
                    Some(RefusalCode::Name(member)) => object.insert(member.to_owned(), Value::String(status_name(status))),
                    None => None,
                };
                object.insert(message.to_owned(), Value::String(sentence(&problem, violations)));
                if let Some(member) = request_id {
                    object.insert(member.to_owned(), Value::String(new_request_id()));
                }
                if violations && !problem.violations.is_empty() {
                    object.insert("violations".to_owned(), json!(problem.violations));
                }
                (media_type, json(&object))
            }
            Self::JsonString { media_type } => (media_type, json(&sentence(&rejection.problem(), false))),
            Self::Text { media_type } => (media_type, sentence(&rejection.problem(), false).into_bytes()),
        }
    }
}

/// The message of a refusal: the problem's `detail`, which refers to
/// `violations` for more than one; where they do not go beside it, each
/// place and what is wrong there, joined by `; `.
fn sentence(problem: &Problem, violations_beside: bool) -> String {
    if violations_beside || problem.violations.len() < 2 {
        return problem.detail.clone();
    }
    let each: Vec<String> = problem.violations.iter().map(|v| format!("{}: {}", display_pointer(&v.pointer), v.message)).collect();
    each.join("; ")
}

/// The member of a refusal's status, in a [`RefusalShape::Object`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalCode {
    /// The status's code: `"code": 400`.
    Number(&'static str),
    /// The status's name in snake case: `"code": "bad_request"`.
    Name(&'static str),
}

/// A version 4 UUID (RFC 9562) for a refusal: random, from the keys of
/// std's `RandomState`, which are seeded from the system's randomness.
fn new_request_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let state = std::collections::hash_map::RandomState::new();
    let half = |salt: u64| {
        let mut hasher = state.build_hasher();
        hasher.write_u64(n);
        hasher.write_u64(salt);
        hasher.finish()
    };
    let mut bytes = ((u128::from(half(0)) << 64) | u128::from(half(1))).to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// A status's reason in snake case (`unprocessable_entity`), or its code
/// for one without a reason.
fn status_name(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => reason.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect(),
        None => status.as_str().to_owned(),
    }
}

/// How an API's refusals are written: the shape by status that most of
/// its operations declare (an operation that declares another has it in
/// its [`crate::Refusals::shapes`]), and the shape of any other status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefusalShapes {
    /// The shape of the statuses the API declares one for: each shape with
    /// its statuses.
    pub statuses: &'static [(&'static [u16], RefusalShape)],
    /// The shape of the rest.
    pub otherwise: RefusalShape,
}

impl RefusalShapes {
    /// problem+json for every status.
    pub const PROBLEM: Self = Self { statuses: &[], otherwise: RefusalShape::PROBLEM };

    /// The shape of a refusal with `status`, of `operation` (`None` for a
    /// request no operation takes).
    pub fn of(&self, status: StatusCode, operation: Option<&crate::Operation>) -> RefusalShape {
        let find =
            |shapes: &[(&[u16], RefusalShape)]| shapes.iter().find(|(codes, _)| codes.contains(&status.as_u16())).map(|(_, shape)| *shape);
        operation.and_then(|operation| find(operation.refusals.shapes)).or_else(|| find(self.statuses)).unwrap_or(self.otherwise)
    }
}

/// An RFC 9457 problem details object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// A short summary of the kind of problem (`Unprocessable Entity`).
    pub title: &'static str,
    /// The HTTP status of the response that carries it.
    pub status: u16,
    /// What is wrong with this request, in a sentence.
    pub detail: String,
    /// Every problem found, each at its JSON pointer.
    pub violations: Vec<Violation>,
}

/// The media type of [`Problem`] bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "the value" } else { pointer }
}

/// FastAPI's error types for the keywords.
fn fastapi_type(keyword: &str) -> &'static str {
    match keyword {
        "required" => "missing",
        "type" => "type_error",
        "minLength" => "string_too_short",
        "maxLength" => "string_too_long",
        "pattern" => "string_pattern_mismatch",
        "minimum" => "greater_than_equal",
        "exclusiveMinimum" => "greater_than",
        "maximum" => "less_than_equal",
        "exclusiveMaximum" => "less_than",
        "multipleOf" => "multiple_of",
        "minItems" => "too_short",
        "maxItems" => "too_long",
        "enum" => "enum",
        "format" => "value_error",
        "additionalProperties" => "extra_forbidden",
        _ => "value_error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::json::from_slice;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Org {
        display_name: String,
        members: Vec<Member>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Member {
        age: u8,
    }

    #[test]
    fn malformed_bodies_name_the_field_and_never_the_value() {
        let e = from_slice::<Org>(br#"{"members": []}"#).unwrap_err();
        let rejection = Rejection::body(e);
        assert_eq!(rejection.status(), StatusCode::BAD_REQUEST);
        let v = &rejection.violations()[0];
        assert_eq!((v.pointer.as_str(), v.keyword), ("/body/display_name", "required"));

        let e = from_slice::<Org>(br#"{"display_name": "x", "members": [{"age": "hunter2"}]}"#).unwrap_err();
        let v = &Rejection::body(e).violations()[0];
        assert_eq!((v.pointer.as_str(), v.keyword), ("/body/members/0/age", "type"));
        assert!(!v.message.contains("hunter2"), "{}", v.message);

        let e = from_slice::<Org>(b"{").unwrap_err();
        assert_eq!(Rejection::body(e).violations()[0].pointer, "/body");
    }

    #[test]
    fn problem_json_and_fastapi_shapes() {
        let mut violations = Violations::new();
        let root = crate::violations::At::root("/body");
        let members = root.key("members");
        violations.push(&members.index(3).key("email"), "format", "must be an email address");
        violations.push(&root.key("display_name"), "pattern", "must match ^[a-z]+$");
        let rejection = Rejection::invalid(violations);
        let problem = serde_json::to_value(rejection.problem()).unwrap();
        assert_eq!(problem["status"], 422);
        assert_eq!(problem["type"], "about:blank");
        assert_eq!(problem["violations"][0]["pointer"], "/body/members/3/email");
        assert_eq!(problem["violations"][1]["keyword"], "pattern");
        let fastapi = rejection.fastapi_detail();
        assert_eq!(fastapi["detail"][0]["loc"], json!(["body", "members", 3, "email"]));
        assert_eq!(fastapi["detail"][1]["type"], "string_pattern_mismatch");
    }

    #[test]
    fn a_million_violations_answer_with_the_first_hundred_and_the_count() {
        let root = crate::violations::At::root("/body");
        let mut violations = Violations::new();
        for i in 0..1_000_000 {
            violations.push(&root.key("userIds").index(i), "type", "must be a string");
        }
        let problem = Rejection::Malformed { violations, status: StatusCode::BAD_REQUEST }.problem();
        assert_eq!(problem.violations.len(), Violations::KEPT);
        assert_eq!(problem.detail, "1000000 problems; see `violations` for the first 100");
    }

    #[test]
    fn statuses() {
        assert_eq!(Rejection::TooLarge { limit: 10 }.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let unsupported = Rejection::UnsupportedMediaType { expected: vec!["application/json".into()] };
        assert_eq!(unsupported.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
}
