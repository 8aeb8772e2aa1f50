//! Serving overhead (issue 8, part 3): the generated Logto router against a
//! hand-written axum handler doing the same work, over loopback, driven by
//! `wrk` (Debian: `apt-get install wrk`).
//!
//! ```text
//! cargo bench -p oapi-axum-benches --bench serving [-- --rounds 15 --duration 2 --connections 16 --server-threads 1]
//! cargo bench -p oapi-axum-benches --bench serving -- --in-process-only   # no wrk
//! cargo bench -p oapi-axum-benches --bench serving -- --serve             # serve both until killed
//! ```
//!
//! Two routes, each served both ways by one process on two ports:
//! `POST /api/organizations` (a body read, validated: `name` 1 to 128
//! characters, `tenantId` at most 21, `description` at most 256) and
//! `GET /api/organizations?q=Acme&page=1&page_size=10` (query parameters
//! read, validated: `page` and `page_size` at least 1), both behind a bearer
//! token. The implementation's work is one [`Store`], called the same way
//! by both: the difference is what the generated layer costs against axum's
//! own extractors. Runs alternate (generated first in even rounds,
//! hand-written first in odd ones) so that both see the same machine; the
//! table gives the median of the rounds and of the per-round ratios. The
//! same requests are also sent through both routers in process (no
//! network), for the time each layer takes per request without the noise
//! of the load generator and the kernel.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Json, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use logto_orgs::models::{CreateOrganizationBody, ListOrganizationsQuery, Organization, OrganizationWithFeatured};
use logto_orgs::server::{self as api, Api, Credentials, create_organization, list_organizations};
use oapi_axum_runtime::{AuthError, Incoming, Maybe, NotImplemented};

const TOKEN: &str = "bench-token";
const CREATE_BODY: &str = r#"{"name":"Acme Rockets","description":"Rockets, anvils and giant magnets","customData":{"tier":"gold","seats":25},"isMfaRequired":false,"branding":{"logoUrl":"https://acme.example/logo.png"}}"#;
const LIST_PATH: &str = "/api/organizations?q=Acme&page=1&page_size=10";

/// The implementation's work, the same for both servers: authenticate a
/// token, make an organization from a create body, list a page of
/// organizations matching a query.
struct Store {
    next: AtomicU64,
    organizations: Vec<OrganizationWithFeatured>,
}

impl Store {
    fn new() -> Self {
        let organizations = (0..100u32)
            .map(|i| OrganizationWithFeatured {
                tenant_id: "default".to_owned(),
                id: format!("org_{i:04}"),
                name: if i % 2 == 0 { format!("Acme {i}") } else { format!("Globex {i}") },
                description: Some(format!("Organization number {i}")),
                custom_data: BTreeMap::new(),
                is_mfa_required: i % 3 == 0,
                branding: Default::default(),
                created_at: 1.7e12 + f64::from(i),
                users_count: Some(f64::from(i % 7)),
                featured_users: None,
            })
            .collect();
        Self { next: AtomicU64::new(0), organizations }
    }

    fn authenticate(&self, token: &str) -> bool {
        token == TOKEN
    }

    fn create(&self, body: &CreateOrganizationBody) -> Organization {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        Organization {
            tenant_id: body.tenant_id.clone().unwrap_or_else(|| "default".to_owned()),
            id: format!("org_new_{n}"),
            name: body.name.clone(),
            description: body.description.clone().value(),
            custom_data: body.custom_data.clone().unwrap_or_default(),
            is_mfa_required: body.is_mfa_required.unwrap_or(false),
            branding: body.branding.clone().unwrap_or_default(),
            created_at: body.created_at.unwrap_or(1.7e12),
        }
    }

    fn list(&self, q: Option<&str>, page: i64, page_size: i64) -> (Vec<OrganizationWithFeatured>, i64) {
        let matching: Vec<&OrganizationWithFeatured> =
            self.organizations.iter().filter(|o| q.is_none_or(|q| o.name.contains(q) || o.id.contains(q))).collect();
        let skip = usize::try_from((page - 1).saturating_mul(page_size)).unwrap_or(usize::MAX);
        let take = usize::try_from(page_size).unwrap_or(usize::MAX);
        let page = matching.iter().skip(skip).take(take).map(|o| (*o).clone()).collect();
        (page, i64::try_from(matching.len()).unwrap_or(i64::MAX))
    }
}

/// The generated router's implementation: each method calls the store.
struct Generated(Arc<Store>);

/// The operations this bench does not call.
macro_rules! not_implemented {
    ($($method:ident;)*) => {$(
        async fn $method(&self, (): (), _: api::$method::Request) -> Result<api::$method::Response, NotImplemented> {
            Err(NotImplemented)
        }
    )*};
}

impl Api for Generated {
    type Principal = ();
    type Error = NotImplemented;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<(), AuthError> {
        match credentials.management_api {
            Some(token) if self.0.authenticate(&token) => Ok(()),
            _ => Err(AuthError::Unauthorized),
        }
    }

    async fn list_organizations(
        &self,
        (): (),
        request: list_organizations::Request,
    ) -> Result<list_organizations::Response, NotImplemented> {
        let query = &*request.query;
        let (organizations, total) = self.0.list(query.q.as_deref(), query.page, query.page_size);
        Ok(list_organizations::Response::Ok(organizations, list_organizations::OkHeaders { total_number: Some(total) }))
    }

    async fn create_organization(
        &self,
        (): (),
        request: create_organization::Request,
    ) -> Result<create_organization::Response, NotImplemented> {
        Ok(create_organization::Response::Created(self.0.create(&request.body)))
    }

    not_implemented! {
        get_organization;
        delete_organization;
        update_organization;
        list_organization_users;
        replace_organization_users;
        add_organization_users;
        delete_organization_user;
        assign_organization_roles_to_users;
        list_organization_user_roles;
        replace_organization_user_roles;
        assign_organization_roles_to_user;
        delete_organization_user_role;
        list_organization_user_scopes;
        list_organization_roles;
        create_organization_role;
        get_organization_role;
        delete_organization_role;
        update_organization_role;
        list_organization_role_scopes;
        replace_organization_role_scopes;
        create_organization_role_scope;
        delete_organization_role_scope;
        list_organization_scopes;
        create_organization_scope;
        get_organization_scope;
        delete_organization_scope;
        update_organization_scope;
        list_organization_invitations;
        create_organization_invitation;
        get_organization_invitation;
        delete_organization_invitation;
        replace_organization_invitation_status;
        create_organization_invitation_message;
    }
}

/// The hand-written server: axum's own extractors (`Json`, `Query`), the
/// same constraints checked by hand, the same store, the same responses.
fn hand_written(store: Arc<Store>) -> axum::Router {
    axum::Router::new().route("/api/organizations", get(hand_list).post(hand_create)).with_state(store)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

async fn hand_create(State(store): State<Arc<Store>>, headers: HeaderMap, Json(body): Json<CreateOrganizationBody>) -> Response {
    if !bearer(&headers).is_some_and(|token| store.authenticate(token)) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let mut broken = Vec::new();
    if body.tenant_id.as_ref().is_some_and(|t| t.chars().count() > 21) {
        broken.push("/body/tenantId: maxLength 21");
    }
    let name = body.name.chars().count();
    if name < 1 {
        broken.push("/body/name: minLength 1");
    }
    if name > 128 {
        broken.push("/body/name: maxLength 128");
    }
    if let Maybe::Value(description) = &body.description
        && description.chars().count() > 256
    {
        broken.push("/body/description: maxLength 256");
    }
    if !broken.is_empty() {
        return (StatusCode::BAD_REQUEST, Json(broken)).into_response();
    }
    (StatusCode::CREATED, Json(store.create(&body))).into_response()
}

async fn hand_list(State(store): State<Arc<Store>>, headers: HeaderMap, Query(query): Query<ListOrganizationsQuery>) -> Response {
    if !bearer(&headers).is_some_and(|token| store.authenticate(token)) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let mut broken = Vec::new();
    if query.page < 1 {
        broken.push("/query/page: minimum 1");
    }
    if query.page_size < 1 {
        broken.push("/query/page_size: minimum 1");
    }
    if !broken.is_empty() {
        return (StatusCode::BAD_REQUEST, Json(broken)).into_response();
    }
    let (organizations, total) = store.list(query.q.as_deref(), query.page, query.page_size);
    let mut response = Json(organizations).into_response();
    response.headers_mut().insert("total-number", HeaderValue::from(total));
    response
}

struct Settings {
    rounds: usize,
    duration: u32,
    connections: u32,
    server_threads: usize,
    /// Only the in-process measurement (no `wrk`): for profiling.
    in_process_only: bool,
    /// Only serve both, until killed: to look at them with other tools.
    serve_only: bool,
}

fn settings() -> Result<Settings, String> {
    let mut settings = Settings { rounds: 15, duration: 2, connections: 16, server_threads: 1, in_process_only: false, serve_only: false };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<usize, String> {
            args.next().and_then(|v| v.parse().ok()).ok_or_else(|| format!("{name} needs a number"))
        };
        match arg.as_str() {
            "--bench" => {}
            "--in-process-only" => settings.in_process_only = true,
            "--serve" => settings.serve_only = true,
            "--rounds" => settings.rounds = number("--rounds")?.max(1),
            "--duration" => settings.duration = u32::try_from(number("--duration")?).map_err(|e| e.to_string())?,
            "--connections" => settings.connections = u32::try_from(number("--connections")?).map_err(|e| e.to_string())?,
            "--server-threads" => settings.server_threads = number("--server-threads")?.max(1),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(settings)
}

fn main() {
    if let Err(message) = run() {
        eprintln!("serving bench: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let settings = settings()?;
    match Command::new("wrk").arg("--version").output() {
        _ if settings.in_process_only || settings.serve_only => {}
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("`wrk` is not installed. It is the load generator: on Debian or Ubuntu, \
                        `apt-get install wrk`; elsewhere see https://github.com/wg/wrk"
                .to_owned());
        }
        Err(e) => return Err(format!("cannot run wrk: {e}")),
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(settings.server_threads)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let store = Arc::new(Store::new());
    let generated = serve(&runtime, api::router(Generated(store.clone())))?;
    let hand = serve(&runtime, hand_written(store.clone()))?;
    if settings.serve_only {
        println!("generated: http://{generated}\nhand-written: http://{hand}\n(bearer token: {TOKEN}; Ctrl-C stops)");
        loop {
            std::thread::park();
        }
    }

    let work = oapi_axum_benches::root().join("target/bench-work/serving");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let create_script = work.join("create.lua");
    let list_script = work.join("list.lua");
    std::fs::write(&create_script, script(Some(CREATE_BODY))).map_err(|e| e.to_string())?;
    std::fs::write(&list_script, script(None)).map_err(|e| e.to_string())?;

    // Both answer alike before either is measured.
    for (route, method, path, body) in [("create", "POST", "/api/organizations", Some(CREATE_BODY)), ("list", "GET", LIST_PATH, None)] {
        let a = request(generated, method, path, body)?;
        let b = request(hand, method, path, body)?;
        if a != b {
            return Err(format!("{route}: the two servers answer differently:\n generated: {a:?}\n hand-written: {b:?}"));
        }
        eprintln!("{route}: both answer {} with {} bytes", a.0, a.2.len());
    }

    // In process: each router called directly, no network, so that what
    // one request costs in each layer is seen without the load generator.
    let in_process = in_process(&runtime, &[("generated", api::router(Generated(store.clone()))), ("hand-written", hand_written(store))]);
    if settings.in_process_only {
        print_in_process(&in_process);
        return Ok(());
    }

    eprintln!(
        "{} rounds x 2 routes x 2 servers x {} s (wrk -t1 -c{}; server: tokio multi-thread, {} worker thread(s))",
        settings.rounds, settings.duration, settings.connections, settings.server_threads
    );
    let mut results: BTreeMap<(&str, &str), Vec<Run>> = BTreeMap::new();
    for round in 0..settings.rounds {
        for (route, script, path) in [("create", &create_script, "/api/organizations"), ("list", &list_script, LIST_PATH)] {
            let order = if round % 2 == 0 {
                [("generated", generated), ("hand-written", hand)]
            } else {
                [("hand-written", hand), ("generated", generated)]
            };
            for (server, addr) in order {
                let run = wrk(&settings, script, &format!("http://{addr}{path}"))?;
                eprintln!(
                    "round {} {route:6} {server:12} {:>9.0} req/s  p50 {:>5} us  p99 {:>5} us",
                    round + 1,
                    run.rps,
                    run.p50_us,
                    run.p99_us
                );
                results.entry((route, server)).or_default().push(run);
            }
        }
    }

    println!(
        "\n### Serving over loopback: generated Logto router vs hand-written axum ({} rounds of {} s each)\n",
        settings.rounds, settings.duration
    );
    println!(
        "wrk -t1 -c{}, server on a tokio multi-thread runtime with {} worker thread(s). Medians of the rounds; the ratio is taken per round (the two runs of a round are back to back) and its median and range given.\n",
        settings.connections, settings.server_threads
    );
    println!("| Route | Server | Requests/s | p50 (µs) | p99 (µs) | Generated / hand-written throughput: median (min to max) |");
    println!("| --- | --- | ---: | ---: | ---: | --- |");
    for route in ["create", "list"] {
        let label = if route == "create" { "`POST /api/organizations`" } else { "`GET /api/organizations?q=…`" };
        let ratios: Vec<f64> =
            results[&(route, "generated")].iter().zip(&results[&(route, "hand-written")]).map(|(g, h)| g.rps / h.rps).collect();
        let (lo, hi) = ratios.iter().fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
        for server in ["generated", "hand-written"] {
            let runs = &results[&(route, server)];
            let column = if server == "generated" {
                format!("{:+.1}% ({:+.1}% to {:+.1}%)", (middle(ratios.clone()) - 1.0) * 100.0, (lo - 1.0) * 100.0, (hi - 1.0) * 100.0)
            } else {
                String::new()
            };
            println!(
                "| {label} | {server} | {:.0} | {:.0} | {:.0} | {column} |",
                middle(runs.iter().map(|r| r.rps).collect()),
                middle(runs.iter().map(|r| r.p50_us).collect()),
                middle(runs.iter().map(|r| r.p99_us).collect()),
            );
        }
    }

    print_in_process(&in_process);
    Ok(())
}

fn print_in_process(in_process: &BTreeMap<(&str, &str), f64>) {
    println!(
        "\n### The same requests in process (no network): time per request, µs (median of {IN_PROCESS_BLOCKS} blocks of {IN_PROCESS_REQUESTS})\n"
    );
    println!("| Route | Generated | Hand-written | Generated layer costs |");
    println!("| --- | ---: | ---: | ---: |");
    for (route, label) in [("create", "`POST /api/organizations`"), ("list", "`GET /api/organizations?q=…`")] {
        let g = in_process[&(route, "generated")];
        let h = in_process[&(route, "hand-written")];
        println!("| {label} | {g:.2} | {h:.2} | {:+.2} µs ({:+.0}%) |", g - h, (g / h - 1.0) * 100.0);
    }
}

const IN_PROCESS_BLOCKS: usize = 9;
const IN_PROCESS_REQUESTS: u32 = 20_000;

/// The middle value (the lower of the two middle ones of an even count).
fn middle(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len().saturating_sub(1) / 2).copied().unwrap_or(f64::NAN)
}

/// Microseconds per request of each route through each router, called in
/// process; blocks alternate between the routers.
fn in_process<'a>(runtime: &tokio::runtime::Runtime, routers: &[(&'a str, axum::Router)]) -> BTreeMap<(&'static str, &'a str), f64> {
    use tower::ServiceExt;
    let make = |route: &str| {
        let builder = axum::http::Request::builder().header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
        let request = if route == "create" {
            builder
                .method("POST")
                .uri("/api/organizations")
                .header(header::CONTENT_TYPE, "application/json")
                .body(axum::body::Body::from(CREATE_BODY))
        } else {
            builder.uri(LIST_PATH).body(axum::body::Body::empty())
        };
        request.unwrap_or_default()
    };
    let mut samples: BTreeMap<(&'static str, &'a str), Vec<f64>> = BTreeMap::new();
    runtime.block_on(async {
        for block in 0..IN_PROCESS_BLOCKS {
            for route in ["create", "list"] {
                let mut order: Vec<&(&str, axum::Router)> = routers.iter().collect();
                if block % 2 == 1 {
                    order.reverse();
                }
                for (server, router) in order {
                    let start = std::time::Instant::now();
                    for _ in 0..IN_PROCESS_REQUESTS {
                        let response = router.clone().oneshot(make(route)).await;
                        let body = match response {
                            Ok(response) => axum::body::to_bytes(response.into_body(), usize::MAX).await.ok(),
                            Err(never) => match never {},
                        };
                        std::hint::black_box(body);
                    }
                    let us = start.elapsed().as_secs_f64() * 1e6 / f64::from(IN_PROCESS_REQUESTS);
                    samples.entry((route, *server)).or_default().push(us);
                }
            }
        }
    });
    samples.into_iter().map(|(key, values)| (key, middle(values))).collect()
}

/// Serves `router` on a free loopback port, on `runtime`.
fn serve(runtime: &tokio::runtime::Runtime, router: axum::Router) -> Result<SocketAddr, String> {
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    runtime.spawn(async move { axum::serve(listener, router).await });
    Ok(addr)
}

/// A `wrk` script: the request (a POST of `body`, or a GET), and a line
/// `RESULT requests duration_us p50_us p99_us non_2xx socket_errors` when done.
fn script(body: Option<&str>) -> String {
    let mut out = String::new();
    out.push_str(&format!("wrk.headers[\"Authorization\"] = \"Bearer {TOKEN}\"\n"));
    if let Some(body) = body {
        out.push_str("wrk.method = \"POST\"\n");
        out.push_str(&format!("wrk.body = [[{body}]]\n"));
        out.push_str("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
    }
    out.push_str(
        "done = function(summary, latency, requests)\n  \
           local e = summary.errors\n  \
           io.write(string.format(\"RESULT %d %d %d %d %d %d\\n\", summary.requests, summary.duration,\n    \
             latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))\n\
         end\n",
    );
    out
}

struct Run {
    rps: f64,
    p50_us: f64,
    p99_us: f64,
}

fn wrk(settings: &Settings, script: &std::path::Path, url: &str) -> Result<Run, String> {
    let output = Command::new("wrk")
        .args(["-t1", &format!("-c{}", settings.connections), &format!("-d{}s", settings.duration), "-s"])
        .arg(script)
        .arg(url)
        .output()
        .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().find_map(|l| l.strip_prefix("RESULT ")).ok_or_else(|| format!("wrk said: {stdout}"))?;
    let n: Vec<f64> = line.split_whitespace().filter_map(|v| v.parse().ok()).collect();
    let [requests, duration_us, p50_us, p99_us, non_2xx, socket_errors] = n[..] else {
        return Err(format!("unexpected wrk result: {line}"));
    };
    if non_2xx > 0.0 || socket_errors > 0.0 {
        return Err(format!("{url}: {non_2xx} answers were not 2xx, {socket_errors} socket errors"));
    }
    Ok(Run { rps: requests / (duration_us / 1e6), p50_us, p99_us })
}

/// One HTTP/1.1 request: the status, the `Total-Number` header and the
/// body as JSON with `id` set aside (new ids differ from call to call).
fn request(addr: SocketAddr, method: &str, path: &str, body: Option<&str>) -> Result<(u16, Option<String>, String), String> {
    let mut stream = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    let body = body.unwrap_or("");
    let content =
        if body.is_empty() { String::new() } else { format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()) };
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {TOKEN}\r\n{content}Connection: close\r\n\r\n{body}")
        .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).map_err(|e| e.to_string())?;
    let (head, body) = answer.split_once("\r\n\r\n").ok_or("no end of headers")?;
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or("no status")?;
    let total = head
        .lines()
        .find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case("total-number")))
        .map(|(_, v)| v.trim().to_owned());
    let mut json: serde_json::Value = serde_json::from_str(body).map_err(|e| format!("{e}: {body}"))?;
    if let Some(object) = json.as_object_mut() {
        object.remove("id");
    }
    Ok((status, total, json.to_string()))
}
