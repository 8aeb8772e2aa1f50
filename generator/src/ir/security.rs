//! Security schemes and requirements.

use openapiv3::{APIKeyLocation, OpenAPI, SecurityRequirement as OaRequirement, SecurityScheme as OaScheme};

use super::names::Name;
use super::resolve::Resolver;
use super::{ParameterLocation, SecurityRequirement, SecurityScheme, SecuritySchemeKind};
use crate::error::{Error, pointer_push};

/// Every scheme in `components.securitySchemes`, in document order.
pub fn schemes(resolver: &Resolver<'_>, doc: &OpenAPI) -> Result<Vec<SecurityScheme>, Error> {
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
                        return Err(Error::new(
                            resolver.file,
                            pointer_push(&at, "scheme"),
                            format!("HTTP authentication scheme `{other}` is not supported; `bearer` and `basic` are"),
                        ));
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

/// Lowers a `security` list; each scheme name must be declared.
pub fn requirements(
    resolver: &Resolver<'_>,
    schemes: &[SecurityScheme],
    requirements: &[OaRequirement],
    at: &str,
) -> Result<Vec<SecurityRequirement>, Error> {
    requirements
        .iter()
        .enumerate()
        .map(|(i, requirement)| {
            let req_at = pointer_push(at, &i.to_string());
            let schemes = requirement
                .iter()
                .map(|(name, scopes)| {
                    let index = schemes.iter().position(|s| s.name.raw() == name).ok_or_else(|| {
                        Error::new(
                            resolver.file,
                            pointer_push(&req_at, name),
                            format!("security scheme `{name}` is not declared in `components.securitySchemes`"),
                        )
                    })?;
                    Ok((index, scopes.clone()))
                })
                .collect::<Result<_, Error>>()?;
            Ok(SecurityRequirement { schemes })
        })
        .collect()
}
