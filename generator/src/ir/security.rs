//! Security schemes and requirements.

use openapiv3::{APIKeyLocation, OpenAPI, SecurityRequirement as OaRequirement, SecurityScheme as OaScheme};

use super::names::Name;
use super::resolve::Resolver;
use super::{ParameterLocation, SecurityRequirement, SecurityScheme, SecuritySchemeKind, Warning};
use crate::error::{Error, pointer_push};

/// The HTTP authentication schemes of IANA's registry (RFC 9110 section
/// 16.4.1), in lower case.
const REGISTERED_HTTP_SCHEMES: &[&str] = &[
    "basic",
    "bearer",
    "concealed",
    "digest",
    "dpop",
    "gnap",
    "hoba",
    "mutual",
    "negotiate",
    "oauth",
    "privatetoken",
    "scram-sha-1",
    "scram-sha-256",
    "vapid",
];

/// Every scheme in `components.securitySchemes`, in document order. An
/// `http` scheme other than `bearer` and `basic` (Sentry's unregistered
/// `DSN`, or `digest`) is the raw `Authorization` header, handed to
/// `authenticate` as that scheme's credential, with a warning.
pub fn schemes(resolver: &Resolver<'_>, doc: &OpenAPI, warnings: &mut Vec<Warning>) -> Result<Vec<SecurityScheme>, Error> {
    let Some(components) = &doc.components else { return Ok(Vec::new()) };
    let mut out = Vec::with_capacity(components.security_schemes.len());
    for (name, scheme) in &components.security_schemes {
        let at = pointer_push("/components/securitySchemes", name);
        let (scheme, at) = resolver.security_scheme(scheme, &at)?;
        let (kind, description) = match scheme {
            OaScheme::APIKey { location, name, description, .. } => (
                SecuritySchemeKind::ApiKey {
                    location: match location {
                        APIKeyLocation::Header => ParameterLocation::Header,
                        APIKeyLocation::Query => ParameterLocation::Query,
                        APIKeyLocation::Cookie => ParameterLocation::Cookie,
                    },
                    name: name.clone(),
                },
                description,
            ),
            OaScheme::HTTP { scheme, bearer_format, description, .. } => {
                let kind = match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => SecuritySchemeKind::Bearer { format: bearer_format.clone() },
                    "basic" => SecuritySchemeKind::Basic,
                    other => {
                        let registered = if REGISTERED_HTTP_SCHEMES.contains(&other) {
                            "is not read by this generator"
                        } else {
                            "is not in IANA's registry of HTTP authentication schemes"
                        };
                        warnings.push(Warning {
                            file: None,
                            pointer: pointer_push(&at, "scheme"),
                            message: format!(
                                "HTTP authentication scheme `{scheme}` {registered}: `authenticate` is handed the whole \
                                 `Authorization` header as this scheme's credential, unchecked"
                            ),
                        });
                        SecuritySchemeKind::Http { scheme: scheme.clone() }
                    }
                };
                (kind, description)
            }
            OaScheme::OAuth2 { flows, description, .. } => {
                let mut scopes: Vec<(String, String)> = Vec::new();
                let all = [
                    flows.implicit.as_ref().map(|f| &f.scopes),
                    flows.password.as_ref().map(|f| &f.scopes),
                    flows.client_credentials.as_ref().map(|f| &f.scopes),
                    flows.authorization_code.as_ref().map(|f| &f.scopes),
                ];
                for (scope, text) in all.into_iter().flatten().flatten() {
                    if !scopes.iter().any(|(s, _)| s == scope) {
                        scopes.push((scope.clone(), text.clone()));
                    }
                }
                (SecuritySchemeKind::OAuth2 { scopes }, description)
            }
            OaScheme::OpenIDConnect { open_id_connect_url, description, .. } => {
                (SecuritySchemeKind::OpenIdConnect { url: open_id_connect_url.clone() }, description)
            }
        };
        out.push(SecurityScheme { name: Name::new(name.as_str()), kind, description: description.clone() });
    }
    Ok(out)
}

/// Lowers a `security` list.
///
/// An alternative that names an undeclared scheme cannot be satisfied: it
/// is left out with a warning, which only ever narrows access. If that
/// leaves no alternative of a list that had some, the operation could not
/// be called at all, and that is an error (an empty list would mean
/// anonymous access).
pub fn requirements(
    resolver: &Resolver<'_>,
    schemes: &[SecurityScheme],
    requirements: &[OaRequirement],
    at: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<SecurityRequirement>, Error> {
    let mut out = Vec::with_capacity(requirements.len());
    let mut first_missing = None;
    for (i, requirement) in requirements.iter().enumerate() {
        let req_at = pointer_push(at, &i.to_string());
        let mut lowered = Vec::with_capacity(requirement.len());
        let mut satisfiable = true;
        for (name, scopes) in requirement {
            match schemes.iter().position(|s| s.name.raw() == name) {
                Some(index) => lowered.push((index, scopes.clone())),
                None => {
                    let pointer = pointer_push(&req_at, name);
                    warnings.push(Warning {
                        file: None,
                        pointer: pointer.clone(),
                        message: format!(
                            "security scheme `{name}` is not declared in `components.securitySchemes`; \
                             this alternative is left out"
                        ),
                    });
                    first_missing.get_or_insert((pointer, name.clone()));
                    satisfiable = false;
                }
            }
        }
        if satisfiable {
            out.push(SecurityRequirement { schemes: lowered });
        }
    }
    // Only empty alternatives (`security: [{}]`): anyone may call it.
    if !out.is_empty() && out.iter().all(|r| r.schemes.is_empty()) {
        return Ok(Vec::new());
    }
    if out.is_empty()
        && let Some((pointer, name)) = first_missing
    {
        return Err(Error::new(
            resolver.file,
            pointer,
            format!("security scheme `{name}` is not declared in `components.securitySchemes`, and no other alternative is left"),
        ));
    }
    Ok(out)
}
