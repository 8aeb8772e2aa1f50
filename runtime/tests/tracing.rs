//! Each request served through `Routes` runs in a `tracing` span naming its
//! operation (id, method, route template) with the response's status, seen
//! here by a subscriber that keeps every span it is given. One test in its
//! own binary: the subscriber is the process's.
#![cfg(feature = "tracing")]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::{Method, Request, StatusCode};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Input, Presented, Reading, Service};
use oapi_axum_runtime::{AuthError, Incoming, Operation, Parameter, Refusals, Rejection, Routes, response};
use tower::ServiceExt;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

type Fields = BTreeMap<&'static str, String>;

/// Every span made: its name and fields.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<(&'static str, Fields)>>>);

struct Recorder<'a>(&'a mut Fields);

impl Visit for Recorder<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name(), value.to_owned());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name(), value.to_string());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name(), format!("{value:?}"));
    }
}

impl Subscriber for Captured {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = Fields::new();
        span.record(&mut Recorder(&mut fields));
        let mut spans = self.0.lock().unwrap();
        spans.push((span.metadata().name(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        let index = usize::try_from(span.into_u64()).unwrap() - 1;
        values.record(&mut Recorder(&mut spans[index].1));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

static GET_PET: Operation = Operation {
    id: "getPet",
    method: Method::GET,
    path: "/pets/{id}",
    tags: &[],
    deprecated: false,
    security: &[],
    parameters: &[Parameter::path("id")],
    body: None,
    refusals: Refusals::DEFAULT,
};

struct PetRequest;

impl Input for PetRequest {
    async fn read(_: &mut Reading) -> Option<Self> {
        Some(Self)
    }
}

struct Pets;

impl Service for Pets {
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

#[tokio::test]
async fn each_request_runs_in_a_span_of_its_operation_with_its_status() {
    let captured = Captured::default();
    tracing::subscriber::set_global_default(captured.clone()).expect("the only subscriber");
    let router = Routes::new(Pets)
        .anonymous(&GET_PET, |_: Arc<Pets>, _: PetRequest| async move { (StatusCode::IM_A_TEAPOT, "a pet").into_response() })
        .router();
    let request = Request::get("/pets/7").body(Body::empty()).unwrap();
    assert_eq!(router.clone().oneshot(request).await.unwrap().status(), StatusCode::IM_A_TEAPOT);
    let request = Request::get("/elsewhere").body(Body::empty()).unwrap();
    assert_eq!(router.oneshot(request).await.unwrap().status(), StatusCode::NOT_FOUND);

    let spans = captured.0.lock().unwrap().clone();
    let operations: Vec<&Fields> = spans.iter().filter(|(name, _)| *name == "operation").map(|(_, fields)| fields).collect();
    assert_eq!(operations.len(), 1, "one span per request of an operation; none for other paths: {spans:?}");
    let field = |name: &str| operations[0].get(name).cloned().unwrap_or_default();
    assert_eq!(field("operation.id"), "getPet");
    assert_eq!(field("http.request.method"), "GET");
    assert_eq!(field("http.route"), "/pets/{id}");
    assert_eq!(field("http.response.status_code"), "418");
}
