//! Every route template of `../shared/corpus-wide`, `../shared/corpus` and
//! `specs/`, held to the router's rules in process: for each document that
//! generates, a router is built from its operations' templates and methods
//! as a generated crate builds it (no panic, whatever the templates), and
//! each operation is sent a request whose path fills its template. The
//! request must reach that operation, or one whose template matches the
//! same path at least as specifically (two templates may both match a
//! filled path, as `/a/{x}.json` and `/a/{y}` do).

use std::sync::Arc;

use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::{Method, Request, StatusCode};
use oapi_axum_runtime::axum::response::Response;
use oapi_axum_runtime::support::{Input, Presented, Reading, Service};
use oapi_axum_runtime::{AuthError, Incoming, Operation, Rejection, Routes, response};
use tower::ServiceExt;

/// A request with nothing read: only its operation matters here.
struct Nothing;

impl Input for Nothing {
    async fn read(_: &mut Reading) -> Option<Self> {
        Some(Self)
    }
}

struct Anyone;

impl Service for Anyone {
    type Principal = ();
    type Credentials = ();
    fn credentials(_: &Presented<'_>) {}
    async fn authenticate(&self, (): (), _: &Incoming<'_>) -> Result<(), AuthError> {
        Ok(())
    }
    fn reject(&self, rejection: Rejection, _: Option<&'static Operation>) -> Response {
        response::problem_response(&rejection)
    }
}

/// The path of `template` with every parameter filled.
fn filled(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str("v7");
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// How many characters of `template` are literal.
fn literal_length(template: &str) -> usize {
    filled(template).len() - 2 * template.matches('{').count()
}

/// The documents' operations: (document, method, template), for every
/// document that generates.
fn operations() -> Vec<(String, Vec<(Method, String)>)> {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    let mut documents = xtask::wide::documents(&shared).expect("the wide corpus lists");
    assert!(documents.len() >= 233, "documents went missing: {}", documents.len());
    for dir in [shared.join("corpus"), root.join("specs")] {
        for entry in std::fs::read_dir(&dir).expect("the documents list").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "json") {
                documents.push((path.display().to_string(), path));
            }
        }
    }
    documents
        .into_iter()
        .filter_map(|(name, path)| {
            let document = oapi_axum::load::load_file(&path).ok()?;
            let api = oapi_axum::ir::build(&document).ok()?;
            let operations = api
                .operations
                .iter()
                .map(|operation| (Method::from_bytes(operation.method.as_str().as_bytes()).expect("a method"), operation.path.clone()))
                .collect();
            Some((name, operations))
        })
        .collect()
}

#[test]
fn every_route_template_is_routed_to_its_operation() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let documents = operations();
    assert!(documents.len() >= 230, "only {} documents generate", documents.len());
    let mut defects = Vec::new();
    let mut templates = 0;
    for (name, operations) in documents {
        // Operations are statics in a generated crate: leaked here, once.
        let statics: Vec<&'static Operation> = operations
            .iter()
            .enumerate()
            .map(|(i, (method, path))| {
                let operation = Operation {
                    id: Box::leak(i.to_string().into_boxed_str()),
                    method: method.clone(),
                    path: Box::leak(path.clone().into_boxed_str()),
                    ..Operation::NEW
                };
                &*Box::leak(Box::new(operation))
            })
            .collect();
        let built = std::panic::catch_unwind(|| {
            let mut routes = Routes::new(Anyone);
            for operation in &statics {
                let id = operation.id;
                routes = routes.anonymous(operation, move |_: Arc<Anyone>, _: Nothing| async move { id });
            }
            routes.router()
        });
        let Ok(router) = built else {
            defects.push(format!("{name}: building the router panicked"));

            continue;
        };
        for operation in &statics {
            templates += 1;
            let path = filled(operation.path);
            let request = Request::builder().method(operation.method.clone()).uri(&path).body(Body::empty()).expect("a request");
            let (status, reached) = runtime.block_on(async {
                let response = router.clone().oneshot(request).await.expect("an answer");
                let status = response.status();
                let body = oapi_axum_runtime::axum::body::to_bytes(response.into_body(), 1 << 16).await.expect("a body");
                (status, String::from_utf8_lossy(&body).into_owned())
            });
            if status != StatusCode::OK {
                defects.push(format!("{name}: {} {} ({path}) answered {status}", operation.method, operation.path));
            } else if reached != operation.id && operation.method != Method::HEAD {
                // Another operation's template matched the path first: it
                // must say more of it than this one does.
                let other = statics.iter().find(|other| other.id == reached).map_or("?", |other| other.path);
                if literal_length(other) <= literal_length(operation.path) {
                    defects.push(format!("{name}: {} {} ({path}) reached {other}", operation.method, operation.path));
                }
            }
        }
    }
    let shown: Vec<&str> = defects.iter().take(20).map(String::as_str).collect();
    assert!(defects.is_empty(), "{} defects over {templates} operations, among them:\n{}", defects.len(), shown.join("\n"));
}
