//! The shapes refusals are written in. A generated server refuses requests
//! before any method runs (400, 401, 403, 404, 405, 406, 413, 415, 422,
//! 500); each refusal must meet what the document declares for its status:
//! the response of that code, else of its range (`4XX`), else `default`.
//! The declared schema is read for a shape the runtime can write, by the
//! members it has: problem details, FastAPI's `HTTPValidationError`, one
//! string member for the message (`detail`, `message`, `error`), a code and
//! a message, or text. Where none fits, the refusal is written as
//! problem+json with a warning at the schema.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    Additional, Api, IntegerFormat, Operation, Payload, Response, Shape, ShapeKind, Status, StringFormat, Struct, TypeDef, TypeKind,
    Warning,
};
use crate::error::pointer_push;

/// The statuses the runtime refuses requests with.
pub const REFUSAL_STATUSES: [u16; 10] = [400, 401, 403, 404, 405, 406, 413, 415, 422, 500];

/// How a refusal's body is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefusalShape {
    /// RFC 9457 problem details, with the violations as `violations`.
    Problem {
        /// `application/problem+json`, or the media type declared.
        media_type: String,
    },
    /// FastAPI's `HTTPValidationError`: `{"detail": [{loc, msg, type}]}`.
    FastApi {
        /// The media type declared.
        media_type: String,
        /// Array indices in `loc` are written as text: the document's
        /// `loc` holds strings only.
        text_indices: bool,
    },
    /// An object whose string member carries the message, with the members
    /// beside it the document requires.
    Object {
        /// The member of the message.
        message: String,
        /// The member of the status.
        code: Option<RefusalCode>,
        /// The member of an id made for each refusal (a UUID).
        request_id: Option<String>,
        /// The media type declared.
        media_type: String,
        /// The violations go beside the message as `violations`: the
        /// schema takes members it does not list, and lists none of that
        /// name.
        violations: bool,
    },
    /// The message alone, as a JSON string.
    JsonString {
        /// The media type declared.
        media_type: String,
    },
    /// The message alone, as text.
    Text {
        /// The media type declared.
        media_type: String,
    },
}

impl RefusalShape {
    /// problem+json: for a status the document declares nothing for.
    pub fn problem() -> Self {
        Self::Problem { media_type: "application/problem+json".to_owned() }
    }

    /// An object of the message alone.
    pub fn message(member: &str, media_type: &str, violations: bool) -> Self {
        Self::Object { message: member.to_owned(), code: None, request_id: None, media_type: media_type.to_owned(), violations }
    }

    /// What it is, in a few words of Markdown, for docs and `check`.
    pub fn describe(&self) -> String {
        let beside = |violations: bool| if violations { ", with `violations` beside it" } else { "" };
        match self {
            Self::Problem { media_type } => format!("problem details (`{media_type}`)"),
            Self::FastApi { .. } => "FastAPI's `HTTPValidationError`".to_owned(),
            Self::Object { message, code, request_id, violations, .. } => {
                let mut members = Vec::new();
                match code {
                    Some(RefusalCode { member, numeric: true }) => members.push(format!("\"{member}\": <status>")),
                    Some(RefusalCode { member, numeric: false }) => members.push(format!("\"{member}\": \"<status's name>\"")),
                    None => {}
                }
                members.push(format!("\"{message}\": ..."));
                if let Some(member) = request_id {
                    members.push(format!("\"{member}\": <a new UUID>"));
                }
                format!("`{{{}}}`{}", members.join(", "), beside(*violations))
            }
            Self::JsonString { media_type } => format!("a JSON string (`{media_type}`)"),
            Self::Text { media_type } => format!("text (`{media_type}`)"),
        }
    }
}

/// The member of a refusal's status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RefusalCode {
    /// Its name.
    pub member: String,
    /// The status's code (`400`), not its name (`"bad_request"`).
    pub numeric: bool,
}

/// How an API's refusals are written.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusals {
    /// By status, the shape most operations that declare one declare: for
    /// the operations that declare none, and for requests no operation
    /// takes (404, 405).
    pub statuses: Vec<(u16, RefusalShape)>,
    /// For the rest: problem+json, or in a FastAPI document (one that
    /// declares `HTTPValidationError`) `{"detail": ...}`, as Starlette
    /// answers.
    pub otherwise: RefusalShape,
}

impl Default for Refusals {
    fn default() -> Self {
        Self { statuses: Vec::new(), otherwise: RefusalShape::problem() }
    }
}

/// Reads each operation's refusal shapes into [`Operation::refusals`], and
/// gives the API's.
pub(super) fn refusals(types: &[TypeDef], operations: &mut [Operation], warnings: &mut Vec<Warning>) -> Refusals {
    // Per status, each shape declared with how many operations declare it,
    // in the order first declared.
    let mut counts: BTreeMap<u16, Vec<(RefusalShape, usize)>> = BTreeMap::new();
    // What no shape meets, once per component schema and once per reason
    // for the rest: the first place, the statuses, how many places.
    let mut unmet: BTreeMap<(Option<String>, String), Places> = BTreeMap::new();
    for op in operations.iter_mut() {
        op.refusals.clear();
        for status in REFUSAL_STATUSES {
            let Some(response) = declared(&op.responses, status) else { continue };
            match shape_of(types, response) {
                Ok(Some(shape)) => {
                    count(counts.entry(status).or_default(), &shape);
                    op.refusals.push((status, shape));
                }
                Ok(None) => {}
                Err(Unmet { pointer, component, why }) => {
                    let places = unmet.entry((component, why)).or_insert_with(|| Places {
                        first: pointer.clone(),
                        statuses: BTreeSet::new(),
                        all: BTreeSet::new(),
                    });
                    places.statuses.insert(status);
                    places.all.insert(pointer);
                }
            }
        }
    }
    for ((component, why), Places { first: pointer, statuses, all }) in unmet {
        let statuses: Vec<String> = statuses.iter().map(ToString::to_string).collect();
        let more = match all.len() {
            _ if component.is_some() => String::new(),
            1 => String::new(),
            2 => " (here and in 1 more response)".to_owned(),
            n => format!(" (here and in {} more responses)", n - 1),
        };
        warnings.push(Warning::new(
            pointer,
            format!(
                "refusals with {} are written in the API's other shapes, which do not meet what is declared{more}: {why}",
                statuses.join(", ")
            ),
        ));
    }
    let mut statuses: Vec<(u16, RefusalShape)> =
        counts.into_iter().filter_map(|(status, shapes)| most(&shapes).map(|shape| (status, shape.clone()))).collect();
    let fastapi = statuses.iter().any(|(_, shape)| matches!(shape, RefusalShape::FastApi { .. }));
    let otherwise = if statuses.len() == REFUSAL_STATUSES.len() {
        // Every status declared (by `default`, say): the most common shape.
        let mut shapes = Vec::new();
        for (_, shape) in &statuses {
            count(&mut shapes, shape);
        }
        most(&shapes).cloned().unwrap_or_else(RefusalShape::problem)
    } else if fastapi {
        RefusalShape::message("detail", "application/json", false)
    } else {
        RefusalShape::problem()
    };
    // What the rest get need not be said again.
    statuses.retain(|(_, shape)| *shape != otherwise);
    Refusals { statuses, otherwise }
}

impl Api {
    /// The shape of refusals with `status` where an operation does not
    /// declare one.
    pub fn refusal_shape_of_api(&self, status: u16) -> &RefusalShape {
        find(&self.refusals.statuses, status).unwrap_or(&self.refusals.otherwise)
    }
}

/// The shape of `status` among `shapes`.
fn find(shapes: &[(u16, RefusalShape)], status: u16) -> Option<&RefusalShape> {
    shapes.iter().find(|(code, _)| *code == status).map(|(_, shape)| shape)
}

/// Counts one more `shape` among `shapes`.
fn count(shapes: &mut Vec<(RefusalShape, usize)>, shape: &RefusalShape) {
    match shapes.iter_mut().find(|(s, _)| s == shape) {
        Some((_, n)) => *n += 1,
        None => shapes.push((shape.clone(), 1)),
    }
}

/// The shape counted most; of equals, the first counted.
fn most(shapes: &[(RefusalShape, usize)]) -> Option<&RefusalShape> {
    let most = shapes.iter().map(|(_, n)| *n).max()?;
    shapes.iter().find(|(_, n)| *n == most).map(|(shape, _)| shape)
}

/// The response declared for `status`: of its code, its range, or
/// `default`.
fn declared(responses: &[Response], status: u16) -> Option<&Response> {
    let by = |wanted: Status| responses.iter().find(|r| r.status == wanted);
    by(Status::Code(status)).or_else(|| by(Status::Range((status / 100) as u8))).or_else(|| by(Status::Default))
}

/// Where refusals are declared in what no shape meets, for one warning.
struct Places {
    /// The first place.
    first: String,
    /// The statuses declared there.
    statuses: BTreeSet<u16>,
    /// Every place.
    all: BTreeSet<String>,
}

/// A declared refusal no shape meets.
struct Unmet {
    /// Where: the schema, or the content.
    pointer: String,
    /// The component schema it is, to warn once for all its uses.
    component: Option<String>,
    /// Why no shape meets it.
    why: String,
}

/// The shape a refusal declared as `response` takes: `None` when it
/// declares no content (any body meets it).
fn shape_of(types: &[TypeDef], response: &Response) -> Result<Option<RefusalShape>, Unmet> {
    let mut unfit = None;
    for content in &response.content {
        let essence = content.media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
        // A range (`*/*`, `application/*`) is written as a media type in it.
        let concrete = |media_type: &str| if essence.contains('*') { media_type.to_owned() } else { content.media_type.clone() };
        let text_range = matches!(essence.as_str(), "*/*" | "text/*");
        let shape = match (&content.payload, &content.shape) {
            _ if essence.ends_with("/problem+json") => Ok(RefusalShape::Problem { media_type: content.media_type.clone() }),
            (Payload::Json, Some(shape)) if text_range && is_text(types, shape) => {
                Ok(RefusalShape::Text { media_type: "text/plain".to_owned() })
            }
            (Payload::Json, Some(shape)) => json_shape(types, shape, concrete("application/json")),
            (Payload::Json, None) => Ok(RefusalShape::Problem { media_type: concrete("application/json") }),
            _ if essence.starts_with("text/") && content.shape.as_ref().is_none_or(|s| is_text(types, s)) => {
                Ok(RefusalShape::Text { media_type: concrete("text/plain") })
            }
            _ => continue,
        };
        match shape {
            Ok(shape) => return Ok(Some(shape)),
            Err(why) => {
                let component = match content.shape.as_ref().map(|s| &s.kind) {
                    Some(ShapeKind::Named(id)) => Some(types[id.index()].source.clone()),
                    _ => None,
                };
                let pointer = component.clone().unwrap_or_else(|| pointer_push(&content.source, "schema"));
                unfit.get_or_insert(Unmet { pointer, component, why });
            }
        }
    }
    match (unfit, response.content.first()) {
        (Some(unfit), _) => Err(unfit),
        // Only media types a refusal is never written in (XML, octets).
        (None, Some(content)) => {
            Err(Unmet { pointer: content.source.clone(), component: None, why: "it declares no JSON or text content".to_owned() })
        }
        (None, None) => Ok(None),
    }
}

/// The shape of JSON of `shape`.
fn json_shape(types: &[TypeDef], shape: &Shape, media_type: String) -> Result<RefusalShape, String> {
    match &shape.kind {
        ShapeKind::Any => Ok(RefusalShape::Problem { media_type }),
        ShapeKind::Map { values, .. } if values.kind == ShapeKind::Any => Ok(RefusalShape::Problem { media_type }),
        // `{"error": ...}`, as services that declare a map of strings send.
        ShapeKind::Map { values, .. } if is_text(types, values) && shape.constraints.max_properties.is_none_or(|n| n >= 1) => {
            Ok(RefusalShape::message("error", &media_type, false))
        }
        // LangGraph's `ErrorResponse`, a string.
        _ if is_text(types, shape) => Ok(RefusalShape::JsonString { media_type }),
        ShapeKind::Named(id) => {
            let def = &types[id.index()];
            match &def.kind {
                TypeKind::Struct(object) if def.name.key() == "http_validation_error" => {
                    Ok(RefusalShape::FastApi { media_type, text_indices: text_locations(types, object) })
                }
                TypeKind::Struct(object) => struct_shape(types, object, media_type),
                TypeKind::Alias(inner) | TypeKind::Newtype(inner) => json_shape(types, inner, media_type),
                TypeKind::Union(_) => Err("it is one of several shapes".to_owned()),
                _ => Err("it is not an object".to_owned()),
            }
        }
        _ => Err("it is not an object".to_owned()),
    }
}

/// Members that carry a message, in the order they are preferred.
const MESSAGE_MEMBERS: [&str; 8] = ["detail", "message", "error", "error_message", "errorMessage", "msg", "title", "reason"];

/// Members that carry a code.
const CODE_MEMBERS: [&str; 6] = ["code", "status", "statusCode", "status_code", "error_code", "errorCode"];

/// Members that carry an id of the request.
const REQUEST_ID_MEMBERS: [&str; 2] = ["request_id", "requestId"];

/// Problem details' members, and the types each takes.
const PROBLEM_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

fn struct_shape(types: &[TypeDef], object: &Struct, media_type: String) -> Result<RefusalShape, String> {
    if object.fields.iter().any(|f| f.flatten) || !object.required_sets.is_empty() || object.not.is_some() {
        return Err("which members it needs depends on their values".to_owned());
    }
    if object.min_properties.is_some_and(|n| n > 2) {
        return Err("it needs more members than a refusal has".to_owned());
    }
    let field = |name: &str| object.fields.iter().find(|f| f.name.raw() == name);
    let required: Vec<&str> = object.fields.iter().filter(|f| f.required).map(|f| f.name.raw()).collect();
    let takes_more = match &object.additional {
        Additional::Ignore => true,
        Additional::Deny => false,
        Additional::Map(values) => values.kind == ShapeKind::Any,
    };
    let violations = takes_more && field("violations").is_none() && object.max_properties.is_none_or(|n| n >= 3);
    let text = |name: &str| field(name).is_some_and(|f| is_text(types, &f.shape));
    // Problem details: at least two of its members, each of its type, and
    // nothing else required.
    let problem_members = PROBLEM_MEMBERS.iter().filter(|m| field(m).is_some()).count();
    let problem_types = PROBLEM_MEMBERS.iter().all(|&m| match field(m) {
        None => true,
        Some(f) if m == "status" => fits_status(types, &f.shape),
        Some(f) => matches!(&f.shape.kind, ShapeKind::String(StringFormat::Plain(None) | StringFormat::Uri)) && plain(&f.shape),
    });
    if takes_more && problem_members >= 2 && problem_types && required.iter().all(|r| PROBLEM_MEMBERS.contains(r)) {
        return Ok(RefusalShape::Problem { media_type });
    }
    // A member for an id, where one is required.
    let request_id = REQUEST_ID_MEMBERS.into_iter().find(|&m| {
        required.contains(&m)
            && field(m)
                .is_some_and(|f| is_text(types, &f.shape) || (f.shape.kind == ShapeKind::String(StringFormat::Uuid) && plain(&f.shape)))
    });
    let codes = CODE_MEMBERS.into_iter().filter_map(|member| {
        let f = field(member)?;
        let numeric = fits_status(types, &f.shape);
        (numeric || is_text(types, &f.shape)).then(|| RefusalCode { member: member.to_owned(), numeric })
    });
    let codes: Vec<Option<RefusalCode>> = std::iter::once(None).chain(codes.map(Some)).collect();
    for message in MESSAGE_MEMBERS.into_iter().filter(|m| text(m)) {
        for code in codes.iter().filter(|code| code.as_ref().is_none_or(|c| c.member != message)) {
            let written = |r: &&str| *r == message || Some(*r) == request_id || code.as_ref().is_some_and(|c| c.member == *r);
            if required.iter().all(written) {
                return Ok(RefusalShape::Object {
                    message: message.to_owned(),
                    code: code.clone(),
                    request_id: request_id.map(str::to_owned),
                    media_type,
                    violations,
                });
            }
        }
    }
    // An object that requires nothing and takes other members: problem
    // details meet it, unless it declares their members otherwise.
    if required.is_empty() && takes_more && problem_types && field("violations").is_none() {
        return Ok(RefusalShape::Problem { media_type });
    }
    match required.as_slice() {
        [] => Err("it has no string member for the message (`detail`, `message`, `error`)".to_owned()),
        required => Err(format!("it requires {}", required.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", "))),
    }
}

/// Whether the `loc` of FastAPI's `ValidationError` (the items of
/// `HTTPValidationError`'s `detail`) holds strings only, so that array
/// indices must be written as text.
fn text_locations(types: &[TypeDef], object: &Struct) -> bool {
    let named = |shape: &Shape| match &shape.kind {
        ShapeKind::Named(id) => match &types[id.index()].kind {
            TypeKind::Struct(object) => Some(object.clone()),
            _ => None,
        },
        _ => None,
    };
    let field = |object: &Struct, name: &str| object.fields.iter().find(|f| f.name.raw() == name).map(|f| f.shape.clone());
    let item = |shape: Shape| match shape.kind {
        ShapeKind::Array(item) => Some(*item),
        _ => None,
    };
    let loc_item =
        field(object, "detail").and_then(item).and_then(|error| named(&error)).and_then(|error| field(&error, "loc")).and_then(item);
    loc_item.is_some_and(|item| is_text(types, &item))
}

/// Whether any string is a value of `shape`.
fn is_text(types: &[TypeDef], shape: &Shape) -> bool {
    match &shape.kind {
        ShapeKind::String(StringFormat::Plain(None)) => plain(shape),
        ShapeKind::Named(id) => match &types[id.index()].kind {
            TypeKind::Alias(inner) | TypeKind::Newtype(inner) => plain(shape) && is_text(types, inner),
            _ => false,
        },
        _ => false,
    }
}

/// Whether every HTTP error status (400 to 599) is a value of `shape`.
fn fits_status(types: &[TypeDef], shape: &Shape) -> bool {
    let c = &shape.constraints;
    let bounds = c.minimum.as_ref().is_none_or(|b| b.value < 400.0 || (b.value == 400.0 && !b.exclusive))
        && c.maximum.as_ref().is_none_or(|b| b.value > 599.0 || (b.value == 599.0 && !b.exclusive));
    let free = c.enumeration.is_none() && c.multiple_of.is_none_or(|m| m == 1.0) && c.not.is_none();
    match &shape.kind {
        ShapeKind::Integer(IntegerFormat::Int8 | IntegerFormat::Uint8) => false,
        ShapeKind::Integer(_) | ShapeKind::Number(_) => bounds && free,
        ShapeKind::Named(id) => match &types[id.index()].kind {
            TypeKind::Alias(inner) | TypeKind::Newtype(inner) => bounds && free && fits_status(types, inner),
            _ => false,
        },
        _ => false,
    }
}

/// Whether `shape` states no constraint a message could break.
fn plain(shape: &Shape) -> bool {
    let c = &shape.constraints;
    c.max_length.is_none()
        && c.min_length.is_none_or(|n| n <= 1)
        && c.pattern.is_none()
        && c.enumeration.is_none()
        && c.format.is_none()
        && c.not.is_none()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The shape of refusals with 400 of a document whose one operation
    /// declares `schema` for it, and the warnings.
    fn shape_for(schema: &str) -> (RefusalShape, Vec<String>) {
        let yaml = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {{description: ok}}\n        '400':\n          description: no\n          content:\n            application/json:\n              schema: {schema}\n"
        );
        let document = crate::load::load_str(Path::new("api.yaml"), &yaml).expect("the document loads");
        let api = crate::ir::build(&document).expect("the document builds");
        let warnings = api.warnings.iter().filter(|w| w.message.contains("refusals")).map(|w| w.message.clone()).collect();
        (api.refusal_shape_of_api(400).clone(), warnings)
    }

    fn message(member: &str, violations: bool) -> RefusalShape {
        RefusalShape::message(member, "application/json", violations)
    }

    #[test]
    fn a_string_member_carries_the_message() {
        assert_eq!(shape_for("{type: object, required: [detail], properties: {detail: {type: string}}}").0, message("detail", true));
        // Closed: no room for `violations`.
        let closed = "{type: object, additionalProperties: false, required: [error], properties: {error: {type: string}}}";
        assert_eq!(shape_for(closed).0, message("error", false));
        // `detail` before `message`, whatever the order of the properties.
        let both = "{type: object, required: [message], properties: {message: {type: string}, detail: {type: string}}}";
        assert_eq!(shape_for(both).0, message("message", true));
    }

    #[test]
    fn a_code_and_a_message() {
        let numeric =
            "{type: object, required: [code, message], properties: {code: {type: integer, format: int32}, message: {type: string}}}";
        let shape = RefusalShape::Object {
            message: "message".to_owned(),
            code: Some(RefusalCode { member: "code".to_owned(), numeric: true }),
            request_id: None,
            media_type: "application/json".to_owned(),
            violations: true,
        };
        assert_eq!(shape_for(numeric).0, shape);
        let text = "{type: object, required: [code, error], properties: {code: {type: string}, error: {type: string}}}";
        assert!(matches!(shape_for(text).0, RefusalShape::Object { code: Some(RefusalCode { numeric: false, .. }), .. }));
        // Dropshot's error: a message and a request id.
        let dropshot = "{type: object, required: [message, request_id], properties: {error_code: {type: string}, message: {type: string}, request_id: {type: string}}}";
        let shape = shape_for(dropshot).0;
        assert!(matches!(&shape, RefusalShape::Object { code: None, request_id: Some(id), .. } if id == "request_id"), "{shape:?}");
        // A code no status is: not met.
        let small = "{type: object, required: [code, message], properties: {code: {type: integer, maximum: 99}, message: {type: string}}}";
        let (shape, warnings) = shape_for(small);
        assert_eq!(shape, RefusalShape::problem());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].ends_with("it requires `code`, `message`"), "{warnings:?}");
    }

    #[test]
    fn problem_details_and_objects_that_require_nothing() {
        let problem = "{type: object, properties: {type: {type: string, format: uri}, title: {type: string}, status: {type: integer}, detail: {type: string}}}";
        assert_eq!(shape_for(problem).0, RefusalShape::Problem { media_type: "application/json".to_owned() });
        // Nothing required, other members taken: problem details meet it.
        let open = "{type: object, properties: {errors: {type: array, items: {type: string}}}}";
        assert_eq!(shape_for(open).0, RefusalShape::Problem { media_type: "application/json".to_owned() });
        // ... unless it says `status` is text.
        let (shape, warnings) = shape_for("{type: object, properties: {status: {type: string}}}");
        assert_eq!((shape, warnings.len()), (RefusalShape::problem(), 1));
    }

    #[test]
    fn a_string_is_the_message_as_json() {
        let (shape, warnings) = shape_for("{type: string, description: Error message returned from the server}");
        assert_eq!((shape, warnings.len()), (RefusalShape::JsonString { media_type: "application/json".to_owned() }, 0));
    }

    #[test]
    fn constrained_messages_are_not_met() {
        for schema in [
            "{type: object, required: [message], properties: {message: {type: string, maxLength: 20}}}",
            "{type: object, required: [message], properties: {message: {type: string, enum: [bad]}}}",
            "{type: object, required: [errors], properties: {errors: {type: array, items: {type: string}}}}",
            "{type: array, items: {type: string}}",
            "{type: string, maxLength: 5}",
        ] {
            let (shape, warnings) = shape_for(schema);
            assert_eq!((shape, warnings.len()), (RefusalShape::problem(), 1), "{schema}");
        }
    }

    #[test]
    fn every_status_by_default_is_the_rest() {
        let yaml = r#"
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /x:
    get:
      responses:
        '200': {description: ok}
        default:
          description: error
          content:
            application/json:
              schema: {type: object, required: [message], properties: {message: {type: string}}}
"#;
        let document = crate::load::load_str(Path::new("api.yaml"), yaml).expect("the document loads");
        let api = crate::ir::build(&document).expect("the document builds");
        assert!(api.refusals.statuses.is_empty(), "{:?}", api.refusals);
        assert_eq!(api.refusals.otherwise, message("message", true));
    }
}
