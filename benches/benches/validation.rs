//! Validation cost per request body (issue 8, part 4): each spec's create
//! body read into its generated type and validated, as a generated router
//! does it, in nanoseconds; and the libraries the runtime decodes with
//! (issue 16: base64, the multipart boundary search, percent-decoding).
//!
//! ```text
//! cargo bench -p oapi-axum-benches --bench validation
//! ```
//!
//! Per body: `read` is what the router does (`oapi_axum_runtime::support::json::from_slice`:
//! straight from the bytes, through a JSON value only for float syntax or
//! arrays); `serde_json` is the plain `serde_json::from_slice`
//! into the same type, and `serde_path_to_error` the same with the pointer
//! of a failure kept (what axum's `Json` does), for comparison; `validate`
//! is `Validate` alone on a value already read; `read + validate` is the
//! router's whole body check.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use oapi_axum_runtime::{At, Validate, Violations};
use serde::de::DeserializeOwned;

/// LangSmith `POST /api/v1/orgs` (`display_name`: minLength 1 and a
/// pattern; `security_contact`: an e-mail address).
const LANGSMITH: &str = r#"{"display_name":"Acme Rockets","is_personal":false,"security_contact":"security@acme.example"}"#;
/// Logto `POST /api/organizations` (`name` 1..128 characters, `description`
/// at most 256, `branding.logoUrl` a URI).
const LOGTO: &str = r#"{"name":"Acme Rockets","description":"Rockets, anvils and giant magnets","customData":{"tier":"gold","seats":25},"isMfaRequired":false,"branding":{"logoUrl":"https://acme.example/logo.png"}}"#;
/// Trieve `POST /api/organization` (`name` only).
const TRIEVE: &str = r#"{"name":"Acme Rockets"}"#;
/// ZenML `POST /organizations` (types only: `owner_id` a UUID).
const ZENML: &str = r#"{"name":"acme","description":"Rockets","logo_url":"https://acme.example/logo.png","owner_id":"5b9c2ff4-0f5f-4b5e-9f3c-2d6f1a0a4e11"}"#;

fn body<T: DeserializeOwned + Validate>(c: &mut Criterion, name: &str, json: &str) {
    let bytes = json.as_bytes();
    let value: T = oapi_axum_runtime::support::json::from_slice(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(value.validate().is_ok(), "{name}: the body must be valid");
    let mut group = c.benchmark_group(name);
    group.bench_function("read", |b| {
        b.iter(|| oapi_axum_runtime::support::json::from_slice::<T>(black_box(bytes)).ok());
    });
    group.bench_function("serde_json", |b| b.iter(|| serde_json::from_slice::<T>(black_box(bytes)).ok()));
    group.bench_function("serde_path_to_error", |b| {
        b.iter(|| {
            let mut deserializer = serde_json::Deserializer::from_slice(black_box(bytes));
            serde_path_to_error::deserialize::<_, T>(&mut deserializer).ok()
        });
    });
    group.bench_function("validate", |b| {
        b.iter(|| {
            let mut violations = Violations::new();
            black_box(&value).validate_at(&At::root("/body"), &mut violations);
            violations
        });
    });
    group.bench_function("read + validate", |b| {
        b.iter(|| {
            let value = oapi_axum_runtime::support::json::from_slice::<T>(black_box(bytes)).ok()?;
            let mut violations = Violations::new();
            value.validate_at(&At::root("/body"), &mut violations);
            Some((value, violations))
        });
    });
    group.finish();
}

/// Logto `GET /api/organizations` query parameters, as the router reads
/// them (`Sent::query`, then `read_all`, which clones what was sent before
/// the first try), as they would read without that clone (`Sent::read`),
/// and as axum's `Query` reads them; then validated (`page`, `page_size` at
/// least 1).
fn query(c: &mut Criterion) {
    use logto_orgs::models::ListOrganizationsQuery;
    use oapi_axum_runtime::support::params::Sent;
    let raw = "q=Acme&page=1&page_size=10";
    let uri: axum::http::Uri = format!("/api/organizations?{raw}").parse().unwrap_or_default();
    let mut group = c.benchmark_group("logto ListOrganizationsQuery");
    group.bench_function("Sent::query + read_all (router)", |b| {
        b.iter(|| Sent::query(Some(black_box(raw))).read_all::<ListOrganizationsQuery>(&[]).ok());
    });
    group.bench_function("Sent::query + read", |b| {
        b.iter(|| Sent::query(Some(black_box(raw))).read::<ListOrganizationsQuery>(&[]).ok());
    });
    group.bench_function("axum Query", |b| {
        b.iter(|| axum::extract::Query::<ListOrganizationsQuery>::try_from_uri(black_box(&uri)).ok());
    });
    let value: ListOrganizationsQuery = Sent::query(Some(raw)).read(&[]).unwrap_or_else(|e| panic!("the query: {e:?}"));
    group.bench_function("validate", |b| {
        b.iter(|| {
            let mut violations = Violations::new();
            black_box(&value).validate_at(&At::root("/query"), &mut violations);
            violations
        });
    });
    group.finish();
}

/// Trieve `GeoInfo`: two untagged `oneOf` (integer | number) unions, whose
/// validation asks each branch whether it holds (the value written to JSON,
/// then read again as each branch): what a union costs, for comparison.
const TRIEVE_GEO: &str = r#"{"lat":48.8566,"lon":2.3522}"#;

fn bodies(c: &mut Criterion) {
    body::<langsmith_orgs::models::OrganizationCreate>(c, "langsmith OrganizationCreate", LANGSMITH);
    body::<logto_orgs::models::CreateOrganizationBody>(c, "logto CreateOrganizationBody", LOGTO);
    body::<trieve_orgs::models::CreateOrganizationReqPayload>(c, "trieve CreateOrganizationReqPayload", TRIEVE);
    body::<zenml_orgs::models::OrganizationCreate>(c, "zenml OrganizationCreate", ZENML);
    body::<trieve_orgs::models::GeoInfo>(c, "trieve GeoInfo (unions)", TRIEVE_GEO);
}

/// The runtime's uses of libraries that replaced hand-written code (issue
/// 16), each on the input the issue measured the old code with: 1 MiB of
/// base64 (`format: byte`, and every Basic credential), a multipart body
/// with a 2 MiB part (the boundary search), query strings with and without
/// escapes (percent-decoding).
fn libraries(c: &mut Criterion) {
    use oapi_axum_runtime::support::{multipart, params::Sent};
    let mut group = c.benchmark_group("libraries");

    let octets: Vec<u8> = (0..1 << 20).map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let text = oapi_axum_runtime::Base64(octets.clone()).encode();
    assert_eq!(oapi_axum_runtime::Base64::decode(&text).map(|b| b.0).ok().as_ref(), Some(&octets));
    group.bench_function("base64: decode 1 MiB (Base64::decode)", |b| {
        b.iter(|| oapi_axum_runtime::Base64::decode(black_box(&text)).ok());
    });

    let boundary = "----oapi-axum-bench-7MA4YWxkTrZu0gW";
    let part = vec![b'a'; 2 << 20];
    let mut body = Vec::with_capacity(part.len() + 512);
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(&part);
    body.extend_from_slice(
        format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nacme\r\n--{boundary}--\r\n").as_bytes(),
    );
    let body = axum::body::Bytes::from(body);
    assert_eq!(multipart::parts(&body, boundary).map(|p| p.len()), Ok(2));
    group.bench_function("multipart: a 2 MiB part (parts)", |b| {
        b.iter(|| multipart::parts(black_box(&body), boundary).map(|p| p.len()));
    });

    let plain = "q=AcmeRockets&page=1&page_size=10&sort=name&order=asc";
    let escaped = "q=Acme%20Rockets%20%26%20Co&page=1&page_size=10&sort=na%6De&order=asc";
    group.bench_function("percent: query without escapes (Sent::query)", |b| {
        b.iter(|| Sent::query(Some(black_box(plain))).first("q").map(str::len));
    });
    group.bench_function("percent: query with escapes (Sent::query)", |b| {
        b.iter(|| Sent::query(Some(black_box(escaped))).first("q").map(str::len));
    });
    group.finish();
}

criterion_group! {
    name = validation;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = bodies, query, libraries
}
criterion_main!(validation);
