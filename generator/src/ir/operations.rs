//! Operations: parameters, bodies and responses, with their schemas lowered
//! through the type builder.

use std::collections::HashMap;

use openapiv3::{OpenAPI, Parameter as OaParameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr, StatusCode};

use super::names::Name;
use super::resolve::{Resolver, ref_name};
use super::security;
use super::types::TypeBuilder;
use super::{
    Additional, Content, Docs, Field, Method, Operation, Parameter, ParameterLocation, ParameterStyle, Payload, RequestBody, Response,
    ResponseHeader, SecurityRequirement, SecurityScheme, Shape, ShapeKind, Status, StringFormat, Struct, TypeId, TypeKind, Warning,
};
use crate::error::{Error, pointer_push};

/// Every operation of the document, in document order.
pub fn operations(
    resolver: &Resolver<'_>,
    doc: &OpenAPI,
    types: &mut TypeBuilder<'_>,
    schemes: &[SecurityScheme],
    options: &super::Options,
    warnings: &mut Vec<Warning>,
    errors: &mut Vec<Error>,
) -> Vec<Operation> {
    let config = &options.config;
    let default_security = match &doc.security {
        Some(list) => match security::requirements(resolver, schemes, list, "/security", warnings) {
            Ok(requirements) => requirements,
            Err(error) => {
                errors.push(error);
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    // First every operation and its name, then each is lowered: the types
    // it makes are named after it.
    let mut found = Vec::new();
    for (path, item) in &doc.paths.paths {
        let item_at = pointer_push("/paths", path);
        let ReferenceOr::Item(item) = item else {
            errors.push(Error::unsupported(resolver.file, pointer_push(&item_at, "$ref"), "a `$ref` path item is not supported"));
            continue;
        };
        let methods = [
            (Method::Get, "get", &item.get),
            (Method::Put, "put", &item.put),
            (Method::Post, "post", &item.post),
            (Method::Delete, "delete", &item.delete),
            (Method::Options, "options", &item.options),
            (Method::Head, "head", &item.head),
            (Method::Patch, "patch", &item.patch),
            (Method::Trace, "trace", &item.trace),
        ];
        for (method, key, op) in methods {
            if let Some(op) = op {
                found.push((path.as_str(), item, method, pointer_push(&item_at, key), op));
            }
        }
    }
    let names = match names(resolver, &found, config) {
        Ok(names) => names,
        Err(error) => {
            errors.push(error);
            return Vec::new();
        }
    };
    let mut first_at: HashMap<&str, &str> = HashMap::new();
    // Templates that differ only in their parameters' names are one route
    // (OpenAPI says they must not both exist): one method on it is served
    // once.
    let mut routes: HashMap<(String, Method), &str> = HashMap::new();
    let mut out = Vec::new();
    for ((path, item, method, at, op), (name, renamed)) in found.iter().zip(names) {
        let id = Name::new(op.operation_id.clone().unwrap_or_else(|| format!("{} {path}", method.as_str().to_lowercase())));
        if let Some(operation_id) = &op.operation_id
            && let Some(first) = first_at.insert(operation_id, at)
        {
            let error = Error::new(
                resolver.file,
                pointer_push(at, "operationId"),
                format!("operationId `{operation_id}` is also the operationId of {first}; operationIds must be unique"),
            );
            skip(options.strict, resolver, error, &format!("{} {path}", method.as_str()), warnings, errors);
            continue;
        }
        let route = (route_key(path), *method);
        if let Some(&first) = routes.get(&route) {
            // The first in document order is served.
            let error = Error::new(
                resolver.file,
                at.clone(),
                format!(
                    "`{} {path}` is the same route as the operation at {first}: their path templates differ only in \
                     the names of their parameters, which OpenAPI forbids",
                    method.as_str()
                ),
            );
            skip(options.strict, resolver, error, &format!("{} {path}", method.as_str()), warnings, errors);
            continue;
        }
        routes.insert(route, at);
        if let Some(wanted) = renamed {
            warnings.push(Warning {
                file: None,
                pointer: if op.operation_id.is_some() { pointer_push(at, "operationId") } else { at.clone() },
                message: format!("`{id}` would be named {wanted}; its Rust name is `{}`", name.key()),
            });
        }
        let context = Context { resolver, schemes, default_security: &default_security, path, item, method: *method, at: at.clone() };
        match operation(&context, types, op, id, name, warnings) {
            Ok(mut operation) => {
                let key = op.operation_id.clone().unwrap_or_else(|| format!("{} {path}", method.as_str()));
                if config.streamed_bodies.contains(&key) {
                    // Octets (any media types but JSON, forms and multipart),
                    // or multipart alone: those read as they arrive. (By media
                    // type: payloads are classified once every type is known.)
                    let streams = operation.body.as_ref().is_some_and(|body| {
                        let octets = body.content.iter().all(|c| {
                            let essence = Payload::essence(&c.media_type);
                            let form = ["application/x-www-form-urlencoded", "multipart/form-data"].contains(&essence.as_str());
                            // `*/*` is JSON only with a schema.
                            let json = Payload::is_json_type(&essence) || (Payload::is_json_range(&essence) && c.shape.is_some());
                            !form && !json
                        });
                        let multipart = body.content.iter().all(|c| Payload::essence(&c.media_type) == "multipart/form-data");
                        !body.content.is_empty() && (octets || multipart)
                    });
                    match &mut operation.body {
                        Some(body) if streams => body.streamed = true,
                        _ => errors.push(Error::new(
                            config.file.as_deref().unwrap_or(resolver.file),
                            pointer_push("/streamed_bodies", &key),
                            format!(
                                "`{key}` takes no body of octets or multipart: only one of those (`application/octet-stream`, `image/*`, `multipart/form-data`, ...) is read as it arrives"
                            ),
                        )),
                    }
                }
                if let Some(&limit) = config.body_limits.get(&key) {
                    match &mut operation.body {
                        Some(body) => body.limit = Some(limit),
                        None => errors.push(Error::new(
                            config.file.as_deref().unwrap_or(resolver.file),
                            pointer_push("/body_limits", &key),
                            format!("`{key}` takes no request body: a body limit is for an operation with one"),
                        )),
                    }
                }
                out.push(operation);
            }
            Err(error) => skip(options.strict, resolver, error, &format!("{} {path}", method.as_str()), warnings, errors),
        }
    }
    out
}

/// A fault confined to one operation (`what`, `GET /path`): a warning at
/// the fault, and the operation left out; when `strict`, an error that
/// refuses the document.
fn skip(strict: bool, resolver: &Resolver<'_>, error: Error, what: &str, warnings: &mut Vec<Warning>, errors: &mut Vec<Error>) {
    if strict {
        errors.push(error);
    } else {
        warnings.push(Warning {
            file: (error.file != resolver.file).then_some(error.file),
            pointer: error.pointer,
            message: format!("{}: `{what}` is skipped (`--strict` refuses the document instead)", error.message),
        });
    }
}

/// A path template with its parameters' names left out (`/orgs/{}`).
fn route_key(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_name = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_name = true;
                out.push_str("{}");
            }
            '}' => in_name = false,
            c if !in_name => out.push(c),
            _ => {}
        }
    }
    out
}

/// An operation found in the document: its path, path item, method,
/// pointer and object.
type Found<'d> = (&'d str, &'d openapiv3::PathItem, Method, String, &'d openapiv3::Operation);

/// The names of the operations, which their Rust names are made from, in
/// this order of preference:
///
/// 1. the name the configuration gives (by `operationId`, or `GET /path`);
/// 2. the document's `x-rust-name`;
/// 3. the `operationId` without the path and method FastAPI appends to it
///    (`list_orgs_api_v1_orgs_get` is `list_orgs` on `GET /api/v1/orgs`),
///    where no other operation then has the same name;
/// 4. the `operationId`, or the method and path (`get /users/{id}`).
///
/// Chosen names (1, 2) that are one once cased are an error; the others are
/// told apart by numbers, in document order (`get_users`, `get_users_2`),
/// each such name with the name it would have been.
fn names(resolver: &Resolver<'_>, found: &[Found<'_>], config: &super::Config) -> Result<Vec<(Name, Option<String>)>, Error> {
    let mut set = super::names::NameSet::for_operations();
    let mut out: Vec<Option<(Name, Option<String>)>> = vec![None; found.len()];
    for (i, (path, _, method, at, op)) in found.iter().enumerate() {
        let key = op.operation_id.clone().unwrap_or_else(|| format!("{} {path}", method.as_str()));
        let config_at = pointer_push("/operations", &key);
        let chosen = super::names::chosen(
            config.operations.get(&key),
            (config.file.as_deref(), &config_at),
            op.extensions.get(super::types::RUST_NAME),
            at,
            resolver.file,
        )?;
        if let Some(chosen) = chosen {
            let rust = Name::new(chosen.name.as_str());
            if set.claim(&rust).is_err() {
                let message = format!("the Rust name `{}` chosen for `{key}` is taken by another operation, or by Rust", rust.key());
                return Err(chosen.error(message));
            }
            let chosen = rust;
            out[i] = Some((chosen, None));
        }
    }
    if let Some(stale) = config.operations.keys().chain(config.body_limits.keys()).chain(&config.streamed_bodies).find(|key| {
        !found.iter().any(|(path, _, method, _, op)| {
            op.operation_id.as_deref() == Some(key.as_str())
                || (op.operation_id.is_none() && **key == format!("{} {path}", method.as_str()))
        })
    }) {
        let file = config.file.as_deref().unwrap_or(resolver.file);
        let table = if config.operations.contains_key(stale) {
            "/operations"
        } else if config.body_limits.contains_key(stale) {
            "/body_limits"
        } else {
            "/streamed_bodies"
        };
        return Err(Error::new(file, pointer_push(table, stale), format!("no operation of the document is `{stale}`")));
    }
    let full: Vec<Name> = found
        .iter()
        .map(|(path, _, method, _, op)| {
            Name::new(op.operation_id.clone().unwrap_or_else(|| format!("{} {path}", method.as_str().to_lowercase())))
        })
        .collect();
    let short: Vec<Option<Name>> = found
        .iter()
        .zip(&full)
        .map(|((path, _, method, _, op), full)| {
            op.operation_id.as_ref()?;
            let suffix = format!("_{}_{}", Name::new(*path).key(), method.as_str().to_lowercase());
            let words = full.key();
            let stem = words.strip_suffix(&suffix).filter(|stem| !stem.is_empty())?;
            Some(Name::new(stem))
        })
        .collect();
    // A shortened name is used where no other operation has it, in any form.
    let cased = |name: &Name| name.camel().to_owned();
    let mut count: HashMap<String, usize> = HashMap::new();
    for (i, name) in full.iter().enumerate().filter(|(i, _)| out[*i].is_none()) {
        *count.entry(cased(name)).or_default() += 1;
        if let Some(short) = &short[i]
            && cased(short) != cased(name)
        {
            *count.entry(cased(short)).or_default() += 1;
        }
    }
    for (i, wanted) in full.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        let wanted = match &short[i] {
            Some(short) if count.get(&cased(short)) == Some(&1) && !set.is_taken(short) => short.clone(),
            _ => wanted.clone(),
        };
        let reserved = set.is_reserved(&wanted);
        let name = set.claim_free(wanted.clone());
        let renamed = (name != wanted).then(|| {
            let why =
                if reserved { "which Rust or the generated code keeps for itself" } else { "which another operation takes once cased" };
            format!("`{}`, {why}", wanted.key())
        });
        out[i] = Some((name, renamed));
    }
    Ok(out.into_iter().flatten().collect())
}

/// Where an operation is, and what it inherits.
struct Context<'c, 'r> {
    resolver: &'c Resolver<'r>,
    schemes: &'c [SecurityScheme],
    default_security: &'c [SecurityRequirement],
    path: &'c str,
    item: &'c openapiv3::PathItem,
    method: Method,
    at: String,
}

fn operation(
    context: &Context<'_, '_>,
    types: &mut TypeBuilder<'_>,
    op: &openapiv3::Operation,
    id: Name,
    name: Name,
    warnings: &mut Vec<Warning>,
) -> Result<Operation, Error> {
    let Context { resolver, schemes, default_security, path, item, method, at } = context;
    let (resolver, path, method, at) = (*resolver, *path, *method, at.clone());
    let item_at = pointer_push("/paths", path);
    let mut parameters = parameters(resolver, types, &name, &item.parameters, &item_at, &op.parameters, &at)?;
    check_path_parameters(resolver, path, &mut parameters, &at, warnings)?;
    let parameter_types = parameter_types(types, &name, &parameters, &at);
    let body = match &op.request_body {
        None => None,
        Some(body) => {
            let (body, body_at) = resolver.request_body(body, &pointer_push(&at, "requestBody"))?;
            let hint = name.join("Body");
            let mut content = content(types, &body.content, &hint, &body_at)?;
            // Constraints on the body itself are checked on a type of
            // its own (one, whatever the media types it comes in).
            let mut checked: Vec<(Shape, Shape)> = Vec::new();
            for media in &mut content {
                let Some(shape) = media.shape.take() else { continue };
                let known = checked.iter().find(|(plain, _)| *plain == shape).map(|(_, named)| named.clone());
                let named = known.unwrap_or_else(|| types.checked_body(shape.clone(), &hint, &body_at));
                checked.push((shape, named.clone()));
                media.shape = Some(named);
            }
            Some(RequestBody { required: body.required, limit: None, streamed: false, description: body.description.clone(), content })
        }
    };
    let responses = responses(resolver, types, &name, &op.responses, &pointer_push(&at, "responses"), warnings)?;
    let security: Vec<SecurityRequirement> = match &op.security {
        Some(list) => security::requirements(resolver, schemes, list, &pointer_push(&at, "security"), warnings)?,
        None => default_security.to_vec(),
    };
    Ok(Operation {
        id,
        name,
        source: at,
        method,
        path: path.to_owned(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        tags: op.tags.clone(),
        deprecated: op.deprecated,
        parameters,
        parameter_types,
        body,
        responses,
        security,
        refusals: Vec::new(),
    })
}

/// One object type per location, with the parameters sent there as its
/// properties: a server reads each location's parameters as one value, and
/// validates them as one, at pointers `/path/...`, `/query/...`, ...
fn parameter_types(types: &mut TypeBuilder<'_>, op: &Name, parameters: &[Parameter], at: &str) -> Vec<(ParameterLocation, TypeId)> {
    let locations = [
        (ParameterLocation::Path, "Path", "path"),
        (ParameterLocation::Query, "Query", "query"),
        (ParameterLocation::Header, "Headers", "header"),
        (ParameterLocation::Cookie, "Cookies", "cookie"),
    ];
    let mut out = Vec::new();
    for (location, suffix, word) in locations {
        let fields: Vec<Field> = parameters
            .iter()
            .filter(|p| p.location == location)
            .map(|p| {
                // Header names as the document spells them: the router looks
                // each one up regardless of case, and reports it this way.
                let wire = p.name.raw().to_owned();
                Field {
                    required: p.required || location == ParameterLocation::Path,
                    default: p.default.clone(),
                    docs: p.docs.clone(),
                    ..Field::new(Name::new(wire), p.source.clone(), p.shape.clone())
                }
            })
            .collect();
        if fields.is_empty() {
            continue;
        }
        let kind = Struct {
            fields,
            additional: Additional::Ignore,
            min_properties: None,
            max_properties: None,
            not: None,
            required_sets: Vec::new(),
        };
        out.push((location, types.parameters_struct(op, word, suffix, at, kind)));
    }
    out
}

/// Path-level parameters overridden by operation-level ones of the same
/// name and location.
fn parameters(
    resolver: &Resolver<'_>,
    types: &mut TypeBuilder<'_>,
    op: &Name,
    shared: &[ReferenceOr<OaParameter>],
    shared_at: &str,
    own: &[ReferenceOr<OaParameter>],
    own_at: &str,
) -> Result<Vec<Parameter>, Error> {
    let mut out: Vec<Parameter> = Vec::new();
    let lists = [(shared, pointer_push(shared_at, "parameters")), (own, pointer_push(own_at, "parameters"))];
    for (list, list_at) in lists {
        for (i, param) in list.iter().enumerate() {
            let (param, at) = resolver.parameter(param, &pointer_push(&list_at, &i.to_string()))?;
            let lowered = parameter(resolver, types, op, param, &at)?;
            if let Some(existing) = out.iter_mut().find(|p| p.name == lowered.name && p.location == lowered.location) {
                *existing = lowered;
            } else {
                out.push(lowered);
            }
        }
    }
    // Header names are case-insensitive: two declarations of one header
    // cannot be told apart on the wire.
    let mut seen: HashMap<(ParameterLocation, String), &str> = HashMap::new();
    for p in &out {
        let key = match p.location {
            ParameterLocation::Header => p.name.raw().to_ascii_lowercase(),
            _ => p.name.raw().to_owned(),
        };
        if let Some(first) = seen.insert((p.location, key), p.name.raw()) {
            return Err(Error::new(resolver.file, &p.source, format!("parameter `{}` is declared twice (also as `{first}`)", p.name)));
        }
    }
    Ok(out)
}

fn parameter(resolver: &Resolver<'_>, types: &mut TypeBuilder<'_>, op: &Name, param: &OaParameter, at: &str) -> Result<Parameter, Error> {
    let data = param.parameter_data_ref();
    let (location, style) = match param {
        OaParameter::Query { style, .. } => (
            ParameterLocation::Query,
            match style {
                QueryStyle::Form => ParameterStyle::Form,
                QueryStyle::SpaceDelimited => ParameterStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParameterStyle::PipeDelimited,
                QueryStyle::DeepObject => ParameterStyle::DeepObject,
            },
        ),
        OaParameter::Header { .. } => (ParameterLocation::Header, ParameterStyle::Simple),
        OaParameter::Path { style, .. } => (
            ParameterLocation::Path,
            match style {
                PathStyle::Simple => ParameterStyle::Simple,
                PathStyle::Label => ParameterStyle::Label,
                PathStyle::Matrix => ParameterStyle::Matrix,
            },
        ),
        OaParameter::Cookie { .. } => (ParameterLocation::Cookie, ParameterStyle::Form),
    };
    if location == ParameterLocation::Path && !data.required {
        return Err(Error::new(
            resolver.file,
            pointer_push(at, "required"),
            format!("path parameter `{}` must be `required: true`", data.name),
        ));
    }
    let hint = op.join(&data.name);
    let (shape, default, schema_docs) = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => {
            let shape = types.shape(schema, &hint, &pointer_push(at, "schema"))?;
            let (default, docs) = match schema {
                ReferenceOr::Item(s) => (s.schema_data.default.clone(), types.docs_of(&s.schema_data, &pointer_push(at, "schema"))),
                ReferenceOr::Reference { .. } => (None, Docs::default()),
            };
            (shape, default, docs)
        }
        ParameterSchemaOrContent::Content(content) => {
            let Some((media_type, media)) = content.first() else {
                return Err(Error::new(resolver.file, pointer_push(at, "content"), "`content` must name one media type"));
            };
            let media_at = pointer_push(&pointer_push(at, "content"), media_type);
            let shape = match &media.schema {
                Some(schema) => types.shape(schema, &hint, &pointer_push(&media_at, "schema"))?,
                None => Shape::new(ShapeKind::Any),
            };
            (shape, None, Docs::default())
        }
    };
    Ok(Parameter {
        name: Name::new(data.name.as_str()),
        source: at.to_owned(),
        location,
        required: data.required,
        shape,
        style,
        explode: data.explode.unwrap_or(style == ParameterStyle::Form),
        default,
        docs: Docs {
            description: data.description.clone().or(schema_docs.description),
            deprecated: data.deprecated.unwrap_or(false) || schema_docs.deprecated,
            examples: data.example.clone().map_or(schema_docs.examples, |example| vec![example]),
            title: schema_docs.title,
        },
    })
}

/// Every `{name}` in the path template has a path parameter, and every path
/// parameter appears in the template.
///
/// A template variable the operation does not declare (an omission found in
/// real documents, LangSmith's among them) becomes a required string
/// parameter, with a warning: the path cannot match without it.
fn check_path_parameters(
    resolver: &Resolver<'_>,
    path: &str,
    params: &mut Vec<Parameter>,
    at: &str,
    warnings: &mut Vec<Warning>,
) -> Result<(), Error> {
    let mut template = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return Err(Error::new(resolver.file, at, format!("path `{path}` has an unclosed `{{`")));
        };
        template.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    for name in &template {
        if name.is_empty() || name.contains(['{', '/']) {
            return Err(Error::new(resolver.file, at, format!("path `{path}` has a malformed template variable")));
        }
        if !params.iter().any(|p| p.location == ParameterLocation::Path && p.name.raw() == *name) {
            warnings.push(Warning {
                file: None,
                pointer: at.to_owned(),
                message: format!(
                    "path `{path}` has `{{{name}}}` but the operation declares no path parameter `{name}`; \
                     taken as a required string"
                ),
            });
            params.push(Parameter {
                name: Name::new(*name),
                source: at.to_owned(),
                location: ParameterLocation::Path,
                required: true,
                shape: Shape::new(ShapeKind::String(StringFormat::Plain(None))),
                style: ParameterStyle::Simple,
                explode: false,
                default: None,
                docs: Docs::default(),
            });
        }
    }
    // A path parameter the template does not name can never be sent.
    params.retain(|p| {
        let unused = p.location == ParameterLocation::Path && !template.contains(&p.name.raw());
        if unused {
            warnings.push(Warning {
                file: None,
                pointer: p.source.clone(),
                message: format!("path parameter `{}` does not appear in the path `{path}`; left out", p.name),
            });
        }
        !unused
    });
    Ok(())
}

fn content(
    types: &mut TypeBuilder<'_>,
    content: &indexmap::IndexMap<String, openapiv3::MediaType>,
    hint: &Name,
    at: &str,
) -> Result<Vec<Content>, Error> {
    let content_at = pointer_push(at, "content");
    let mut out: Vec<Content> = Vec::with_capacity(content.len());
    let mut lowered: Vec<(&ReferenceOr<openapiv3::Schema>, Shape)> = Vec::new();
    for (media_type, media) in content {
        let shape = match &media.schema {
            None => None,
            // The same schema under several media types is one type.
            Some(schema) => match lowered.iter().find(|(s, _)| *s == schema) {
                Some((_, shape)) => Some(shape.clone()),
                None => {
                    let schema_at = pointer_push(&pointer_push(&content_at, media_type), "schema");
                    let shape = types.shape(schema, hint, &schema_at)?;
                    lowered.push((schema, shape.clone()));
                    Some(shape)
                }
            },
        };
        let media_at = pointer_push(&content_at, media_type);
        let mut examples: Vec<(String, serde_json::Value)> =
            media.example.iter().map(|example| (pointer_push(&media_at, "example"), example.clone())).collect();
        for (name, example) in &media.examples {
            let example_at = pointer_push(&pointer_push(&media_at, "examples"), name);
            let (example, _) = types.resolver.example(example, &example_at)?;
            if let Some(value) = &example.value {
                examples.push((pointer_push(&example_at, "value"), value.clone()));
            }
        }
        out.push(Content { media_type: media_type.clone(), source: media_at, payload: Payload::Bytes, shape, examples });
    }
    Ok(out)
}

fn responses(
    resolver: &Resolver<'_>,
    types: &mut TypeBuilder<'_>,
    op: &Name,
    responses: &openapiv3::Responses,
    at: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Response>, Error> {
    let mut out = Vec::new();
    let declared = responses
        .responses
        .iter()
        .map(|(code, response)| {
            let status = match code {
                StatusCode::Code(code) => Status::Code(*code),
                StatusCode::Range(range) => Status::Range(u8::try_from(*range).unwrap_or(0)),
            };
            (status, code.to_string(), response)
        })
        .chain(responses.default.iter().map(|r| (Status::Default, "default".to_owned(), r)));
    let mut first_success = true;
    for (status, key, response) in declared {
        let response_at = pointer_push(at, &key);
        // A response that refers to a request body (PagerDuty's): its content.
        let from_body;
        let (response, response_at) = match response {
            ReferenceOr::Reference { reference } if ref_name(reference, "requestBodies").is_some() => {
                let (body, body_at) = resolver.request_body_named(reference, &response_at)?;
                warnings.push(Warning {
                    file: None,
                    pointer: pointer_push(&response_at, "$ref"),
                    message: format!("`{reference}` is a request body, not a response: the response is read as its content"),
                });
                from_body = openapiv3::Response {
                    description: body.description.clone().unwrap_or_default(),
                    content: body.content.clone(),
                    ..openapiv3::Response::default()
                };
                (&from_body, body_at)
            }
            _ => resolver.response(response, &response_at)?,
        };
        let is_success = matches!(status, Status::Code(200..=299) | Status::Range(2));
        let hint = if is_success && first_success {
            first_success = false;
            op.join("Response")
        } else {
            op.join(&format!("{key} Response"))
        };
        let mut headers = Vec::with_capacity(response.headers.len());
        for (name, header) in &response.headers {
            let (header, header_at) = resolver.header(header, &pointer_push(&pointer_push(&response_at, "headers"), name))?;
            let shape = match &header.format {
                ParameterSchemaOrContent::Schema(schema) => types.shape(schema, &hint.join(name), &pointer_push(&header_at, "schema"))?,
                ParameterSchemaOrContent::Content(_) => Shape::new(ShapeKind::Any),
            };
            headers.push(ResponseHeader {
                name: Name::new(name.as_str()),
                required: header.required,
                shape,
                description: header.description.clone(),
            });
        }
        out.push(Response {
            status,
            description: response.description.clone(),
            content: content(types, &response.content, &hint, &response_at)?,
            headers,
        });
    }
    Ok(out)
}

/// Decides how each request and response payload travels (see
/// [`Payload`]), warning where a schema the document gives is not used
/// because of the media type.
pub fn classify_payloads(types: &[super::TypeDef], operations: &mut [Operation], warnings: &mut Vec<Warning>) {
    let is_object = |shape: &Shape| {
        let mut shape = shape;
        for _ in 0..32 {
            if shape.nullable {
                return false;
            }
            let ShapeKind::Named(id) = shape.kind else { return false };
            match &types[id.0].kind {
                TypeKind::Struct(_) => return true,
                TypeKind::Alias(inner) => shape = inner,
                _ => return false,
            }
        }
        false
    };
    // A union of objects, each read from a form's fields as a form of its
    // own (`oneOf` of grant types, say).
    let is_objects = |shape: &Shape| match shape.kind {
        ShapeKind::Named(id) if !shape.nullable => match &types[id.0].kind {
            TypeKind::Union(u) => u.variants.iter().all(|v| is_object(&v.shape)),
            _ => false,
        },
        _ => false,
    };
    // Whether a response's contents include JSON: then XML and ranges
    // beside it are not offered (a warning says so), not written as bytes.
    let has_json = |contents: &[Content]| {
        contents.iter().any(|c| {
            let essence = Payload::essence(&c.media_type);
            let raw = c.shape.as_ref().is_some_and(|s| matches!(s.kind, ShapeKind::String(StringFormat::Binary)));
            c.shape.is_some() && !raw && (Payload::is_json_type(&essence) || Payload::is_json_range(&essence))
        })
    };
    for op in operations.iter_mut() {
        let requests = op.body.iter_mut().flat_map(|b| b.content.iter_mut()).map(|c| (c, true, false));
        let responses = op.responses.iter_mut().flat_map(|r| {
            let beside_json = has_json(&r.content);
            r.content.iter_mut().map(move |c| (c, false, beside_json))
        });
        for (content, request, beside_json) in requests.chain(responses) {
            let essence = Payload::essence(&content.media_type);
            if !request && essence == "text/event-stream" {
                content.payload = Payload::Events;
                continue;
            }
            let Some(shape) = &content.shape else {
                content.payload = Payload::Bytes;
                continue;
            };
            let raw = matches!(shape.kind, ShapeKind::String(StringFormat::Binary));
            let form = essence == "application/x-www-form-urlencoded" && request;
            let multipart = essence == "multipart/form-data" && request;
            content.payload = if raw && !(form || multipart) {
                Payload::Bytes
            } else if Payload::is_json_type(&essence) || Payload::is_json_range(&essence) {
                Payload::Json
            } else if form && (is_object(shape) || is_objects(shape)) {
                Payload::Form
            } else if multipart && is_object(shape) {
                Payload::Multipart
            } else {
                let media_type = &content.media_type;
                let why = if form || multipart {
                    format!("the schema of this `{media_type}` body is not an object")
                } else {
                    format!("`{media_type}` has a schema, but only JSON, form and multipart payloads are read into types")
                };
                let what = if request { "the body arrives as untyped bytes" } else { "the response is written from untyped bytes" };
                let unoffered = beside_json && (essence.ends_with("/xml") || essence.ends_with("+xml") || essence.contains('*'));
                if !unoffered {
                    warnings.push(Warning {
                        file: None,
                        pointer: pointer_push(&content.source, "schema"),
                        message: format!("{why}: {what}"),
                    });
                }
                Payload::Bytes
            };
        }
    }
    unoffered_media_types(operations, warnings);
}

/// Warns of the media types a response declares but is not sent in: XML
/// beside JSON, a range beside JSON (what is offered is
/// [`super::Response::alternatives`]). Once per media type, at its first
/// place.
fn unoffered_media_types(operations: &[Operation], warnings: &mut Vec<Warning>) {
    // By media type: the first place, the type sent there, how many places.
    let mut unoffered: Vec<(String, String, String, usize)> = Vec::new();
    for response in operations.iter().flat_map(|op| &op.responses) {
        let content = &response.content;
        let json = content.iter().find(|c| c.payload == Payload::Json);
        let sent = match (json, content.first()) {
            (Some(json), _) => json,
            (None, Some(first)) if first.payload == Payload::Events => first,
            _ => continue,
        };
        let alternatives = response.alternatives();
        let offered = |c: &Content| alternatives.iter().any(|a| std::ptr::eq(*a, c));
        for dropped in content.iter().filter(|c| c.payload != sent.payload && !offered(c)) {
            match unoffered.iter_mut().find(|(media_type, ..)| *media_type == dropped.media_type) {
                Some((.., count)) => *count += 1,
                None => unoffered.push((dropped.media_type.clone(), dropped.source.clone(), sent.media_type.clone(), 1)),
            }
        }
    }
    for (media_type, pointer, sent, count) in unoffered {
        let more = match count {
            1 => String::new(),
            2 => " (here and in 1 more response)".to_owned(),
            n => format!(" (here and in {} more responses)", n - 1),
        };
        warnings.push(Warning::new(pointer, format!("`{media_type}` is not offered{more}: the response is sent as `{sent}`")));
    }
}
