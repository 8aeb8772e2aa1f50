//! Issue 7: "Body size limit and nesting depth limit on by default; a JSON
//! bomb or a 100 MB body gets 413/400 without the process growing without
//! bound". A measured bound, not a timed test: each hostile body is sent to
//! `orgs_server::app` (in-memory store, the keys a first start creates), in
//! process, in a fresh child process of its own, and the child's peak
//! resident set (`VmHWM` of `/proc/self/status`) is compared with its
//! resident set just before the request (`VmRSS`); the peak is reset first
//! (`/proc/self/clear_refs`) where the kernel allows it, so that building
//! the request does not count.
//!
//! The bound: the router reads at most `DEFAULT_BODY_LIMIT` (2 MiB) of a
//! body, never more (413), and parses what it read into one
//! `serde_json::Value` (the runtime reads bodies through a value). The
//! densest JSON, `[0,0,...]`, is one `Value` per two bytes of text, in a
//! `Vec` whose capacity may have doubled: [`BOUND`] is the limit times
//! `size_of::<Value>()` (72 bytes with `preserve_order`: 144 MiB), "one
//! parsed copy of the largest body". A body larger than the limit must
//! cost next to nothing.
//!
//! Refusals must cost bounded CPU as well (issue 16): the CPU time the
//! request takes on the child's one thread (a current-thread runtime;
//! `/proc/thread-self/schedstat`, nanoseconds) must stay within
//! [`CPU_BOUND`], 50 ms, for every case that is refused (an accepted body
//! is shown with its CPU time, which is mostly the implementation's).
//!
//! `cargo bench -p orgs-server --bench hostile_input` prints a table and
//! exits with 1 when a status is not the one expected or a growth or a CPU
//! time breaks its bound.

mod common;

use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::Instant;

use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::body::{Body, Bytes, to_bytes};
use oapi_axum_runtime::axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use oapi_axum_runtime::support::{Input, Reading};
use oapi_axum_runtime::{DEFAULT_BODY_LIMIT, Operation, RequestBody, Routes, Valid};
use orgs_server::store::Store;
use serde_json::{Value, json};
use tower::ServiceExt;

use common::{Anyone, memory, reset_peak};

/// The largest growth of the peak resident set a request may cause.
const BOUND: u64 = (DEFAULT_BODY_LIMIT * std::mem::size_of::<Value>()) as u64;

const MIB: u64 = 1024 * 1024;

/// The most CPU time one hostile request may cost.
const CPU_BOUND: std::time::Duration = std::time::Duration::from_millis(50);

/// The CPU time this thread has run, from `/proc/thread-self/schedstat`
/// (its first field, in nanoseconds); `None` where the kernel has no such
/// file.
fn thread_cpu() -> Option<std::time::Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok().map(std::time::Duration::from_nanos)
}

/// One hostile request, and the status it must get.
struct Case {
    name: &'static str,
    what: &'static str,
    expected: u16,
}

const CASES: &[Case] = &[
    Case { name: "stream-100mb", what: "a 100 MB JSON body, streamed in 64 KiB chunks (ZenML create)", expected: 413 },
    Case { name: "stream-100mb-anonymous", what: "the same without credentials (never read)", expected: 401 },
    Case { name: "nested-arrays", what: "1,000,000 `[` (Logto create)", expected: 400 },
    Case { name: "nested-objects", what: "400,000 `{\"a\":` (Logto create)", expected: 400 },
    Case { name: "nested-closed", what: "`[` x 126 + `]` x 126 (as deep as parses) x 4,000 (ZenML create, FastAPI's 422)", expected: 422 },
    Case { name: "wide-empty-objects", what: "`[{},{},...]` just under the limit (ZenML create, FastAPI's 422)", expected: 422 },
    Case { name: "wide-zeros", what: "`[0,0,...]` just under the limit (ZenML create, FastAPI's 422)", expected: 422 },
    Case {
        name: "wide-wrong-items",
        what: "`{\"userIds\":[0,0,...]}` just under the limit: one violation per item (Logto add users)",
        expected: 400,
    },
    Case {
        name: "wide-valid-members",
        what: "~100,000 valid `{\"email\": ...}` just under the limit, over the document's `maxItems` 500 (LangSmith batch invite, FastAPI's 422)",
        expected: 422,
    },
    Case { name: "many-keys", what: "`{\"k0\":0,...}` just under the limit, no `name` (ZenML create, FastAPI's 422)", expected: 422 },
    Case { name: "many-keys-stored", what: "`customData` with ~110,000 keys, valid (Logto create)", expected: 201 },
    Case {
        name: "many-keys-in-union",
        what: "the same keys as a `oneOf` member (`messagePayload`), no `invitee` (Logto create invitation)",
        expected: 400,
    },
    Case {
        name: "many-keys-unnamed",
        what: "the same `customData` without `name`, a map the type stores unchecked (Logto create)",
        expected: 400,
    },
    Case {
        name: "multipart-100mb",
        what: "a 100 MB multipart body, streamed (the runtime's pipeline, one multipart operation)",
        expected: 413,
    },
    Case {
        name: "multipart-nested-part",
        what: "a JSON part of 1,000,000 `[` (the runtime's pipeline, one multipart operation)",
        expected: 400,
    },
    Case {
        name: "multipart-long-boundary",
        what: "2 MB of `-`, the boundary 59,999 `-` and `x`: over RFC 2046's 70 (the runtime's pipeline, one multipart operation)",
        expected: 415,
    },
    Case {
        name: "multipart-longest-boundary",
        what: "2 MB of `-`, the boundary 69 `-` and `x` (the runtime's pipeline, one multipart operation)",
        expected: 400,
    },
];

/// No API of the four takes multipart bodies: one operation that does,
/// served by the runtime's pipeline as a generated router serves it, its
/// body a type with an object property (Logto's organization).
static UPLOAD: Operation = Operation {
    id: "upload",
    method: Method::POST,
    path: "/upload",
    body: Some(RequestBody::required(&["multipart/form-data"])),
    ..Operation::NEW
};

struct Upload {
    _body: Valid<logto_orgs::models::CreateOrganizationBody>,
}

impl Input for Upload {
    async fn read(reading: &mut Reading) -> Option<Self> {
        Some(Self { _body: reading.multipart().await? })
    }
}

/// A router of [`UPLOAD`] alone.
fn multipart_router() -> Router {
    Routes::new(Anyone).anonymous(&UPLOAD, |_: Arc<Anyone>, _: Upload| async { StatusCode::OK }).router()
}

/// JSON text of `open` repeated until `size`, then `close`: `[0,0,...,0]`.
fn wide(open: &str, item: &str, close: &str, size: usize) -> Vec<u8> {
    let mut text = String::with_capacity(size);
    text.push_str(open);
    while text.len() + item.len() + 1 + close.len() < size {
        if text.len() > open.len() {
            text.push(',');
        }
        text.push_str(item);
    }
    text.push_str(close);
    text.into_bytes()
}

/// A body of `total` bytes in chunks of 64 KiB, made as it is read: the
/// sender never holds it.
fn streamed(first: &'static [u8], total: usize) -> Body {
    const CHUNK: usize = 64 * 1024;
    let filler = Bytes::from(vec![b'a'; CHUNK]);
    let chunks = total / CHUNK;
    let stream = futures_util::stream::iter(
        (0..chunks).map(move |i| Ok::<_, std::convert::Infallible>(if i == 0 { Bytes::from_static(first) } else { filler.clone() })),
    );
    Body::from_stream(stream)
}

/// What a child measured.
struct Measured {
    status: u16,
    response_bytes: usize,
    before: u64,
    peak: u64,
    reset: bool,
    millis: u128,
    /// CPU time in microseconds; `u64::MAX` when it could not be read.
    cpu_micros: u64,
}

async fn json_call(app: &Router, method: &str, uri: &str, auth: (&str, &str), body: Value) -> Value {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(auth.0, auth.1)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("a valid request");
    let response = app.clone().oneshot(request).await.expect("an answer");
    let bytes = to_bytes(response.into_body(), usize::MAX).await.expect("a body");
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

/// Runs case `name` in this process and prints what it measured.
async fn child(name: &str) -> Measured {
    let store = Arc::new(Store::open(None).expect("an in-memory database"));
    let keys = orgs_server::bootstrap(&store).expect("the first start");
    let app = orgs_server::app(store);
    let key = |what: &str| keys.iter().find(|(w, _)| w.contains(what)).map(|(w, k)| (w.clone(), k.clone())).expect("a key");
    let zenml = format!("Bearer {}", key("ZenML").1);
    let logto = format!("Bearer {}", key("Logto").1);
    let (described, langsmith) = key("LangSmith");
    let langsmith_org = described.rsplit(' ').next().unwrap_or_default().to_owned();
    let organization = json_call(&app, "POST", "/api/organizations", ("Authorization", &logto), json!({"name": "bench"})).await;
    let logto_org = organization["id"].as_str().expect("a Logto organization").to_owned();

    let limit = DEFAULT_BODY_LIMIT;
    let just_under = limit - 16;
    let mut multipart_headers = HeaderMap::new();
    // Delimiters that match everywhere but at their last octet.
    let boundary = |length: usize| format!("{}x", "-".repeat(length - 1));
    let (uri, auth, body, multipart): (String, Vec<(&str, String)>, Body, bool) = match name {
        "stream-100mb" => ("/organizations".into(), vec![("Authorization", zenml)], streamed(b"{\"name\": \"", 100 * 1_000_000), false),
        "stream-100mb-anonymous" => ("/organizations".into(), vec![], streamed(b"{\"name\": \"", 100 * 1_000_000), false),
        "nested-arrays" => ("/api/organizations".into(), vec![("Authorization", logto)], Body::from("[".repeat(1_000_000)), false),
        "nested-objects" => ("/api/organizations".into(), vec![("Authorization", logto)], Body::from("{\"a\":".repeat(400_000)), false),
        "nested-closed" => {
            let one = format!("{}{}", "[".repeat(126), "]".repeat(126));
            ("/organizations".into(), vec![("Authorization", zenml)], Body::from(wide("[", &one, "]", just_under)), false)
        }
        "wide-empty-objects" => {
            ("/organizations".into(), vec![("Authorization", zenml)], Body::from(wide("[", "{}", "]", just_under)), false)
        }
        "wide-zeros" => ("/organizations".into(), vec![("Authorization", zenml)], Body::from(wide("[", "0", "]", just_under)), false),
        "wide-wrong-items" => (
            format!("/api/organizations/{logto_org}/users"),
            vec![("Authorization", logto)],
            Body::from(wide("{\"userIds\":[", "0", "]}", just_under)),
            false,
        ),
        "wide-valid-members" => {
            let mut n = 0usize;
            let mut text = String::from("[");
            while text.len() + 40 < just_under {
                if n > 0 {
                    text.push(',');
                }
                text.push_str(&format!("{{\"email\":\"u{n}@example.com\"}}"));
                n += 1;
            }
            text.push(']');
            (
                "/api/v1/orgs/current/members/batch".into(),
                vec![("X-API-Key", langsmith), ("X-Organization-Id", langsmith_org)],
                Body::from(text),
                false,
            )
        }
        "many-keys" | "many-keys-stored" | "many-keys-unnamed" | "many-keys-in-union" => {
            let mut text = String::from("{");
            let mut n = 0usize;
            while text.len() + 40 < just_under - 40 {
                if n > 0 {
                    text.push(',');
                }
                text.push_str(&format!("\"k{n}\":0"));
                n += 1;
            }
            text.push('}');
            if name == "many-keys" {
                ("/organizations".into(), vec![("Authorization", zenml)], Body::from(text), false)
            } else if name == "many-keys-in-union" {
                let text = format!("{{\"organizationId\":\"o\",\"expiresAt\":1,\"messagePayload\":{text}}}");
                ("/api/organization-invitations".into(), vec![("Authorization", logto)], Body::from(text), false)
            } else if name == "many-keys-unnamed" {
                let text = format!("{{\"customData\":{text}}}");
                ("/api/organizations".into(), vec![("Authorization", logto)], Body::from(text), false)
            } else {
                let text = format!("{{\"name\":\"many\",\"customData\":{text}}}");
                ("/api/organizations".into(), vec![("Authorization", logto)], Body::from(text), false)
            }
        }
        "multipart-100mb" => {
            multipart_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("multipart/form-data; boundary=x"));
            ("/upload".into(), vec![], streamed(b"--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n", 100 * 1_000_000), true)
        }
        "multipart-nested-part" => {
            multipart_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("multipart/form-data; boundary=x"));
            let body = format!(
                "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nbench\r\n--x\r\nContent-Disposition: form-data; name=\"customData\"\r\nContent-Type: application/json\r\n\r\n{}\r\n--x--\r\n",
                "[".repeat(1_000_000)
            );
            ("/upload".into(), vec![], Body::from(body), true)
        }
        "multipart-long-boundary" | "multipart-longest-boundary" => {
            let length = if name == "multipart-long-boundary" { 60_000 } else { 70 };
            let value = format!("multipart/form-data; boundary={}", boundary(length));
            multipart_headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(&value).expect("a header value"));
            ("/upload".into(), vec![], Body::from(vec![b'-'; just_under]), true)
        }
        other => panic!("no case {other}"),
    };

    let reset = reset_peak();
    let (before, _) = memory();
    let started = Instant::now();
    let cpu_before = thread_cpu();
    let target = if multipart { multipart_router() } else { app.clone() };
    let content_type = multipart_headers.remove(header::CONTENT_TYPE).unwrap_or(HeaderValue::from_static("application/json"));
    let mut request = Request::builder().method("POST").uri(uri).header(header::CONTENT_TYPE, content_type);
    for (name, value) in &auth {
        request = request.header(*name, value.as_str());
    }
    let response = target.oneshot(request.body(body).expect("a valid request")).await.expect("an answer");
    let status = response.status().as_u16();
    let bytes = to_bytes(response.into_body(), usize::MAX).await.expect("a body");
    // What was answered, for a status that is not the one expected.
    eprintln!("{}", String::from_utf8_lossy(&bytes[..bytes.len().min(300)]));
    let response_bytes = bytes.len();
    let cpu_micros = match (cpu_before, thread_cpu()) {
        (Some(before), Some(after)) => u64::try_from(after.saturating_sub(before).as_micros()).unwrap_or(u64::MAX),
        _ => u64::MAX,
    };
    let millis = started.elapsed().as_millis();
    let (_, peak) = memory();
    Measured { status, response_bytes, before, peak, reset, millis, cpu_micros }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    // `cargo bench` passes `--bench`; a child gets `--case NAME`.
    if let Some(at) = args.iter().position(|a| a == "--case") {
        let name = args.get(at + 1).expect("a case name");
        let m = runtime().block_on(child(name));
        println!("{} {} {} {} {} {} {}", m.status, m.response_bytes, m.before, m.peak, m.reset, m.millis, m.cpu_micros);
        return ExitCode::SUCCESS;
    }
    let exe = std::env::current_exe().expect("this program");
    println!(
        "hostile input: peak RSS growth per request; bound {} MiB (the {} MiB body limit x {} bytes, the size of a JSON value)",
        BOUND / MIB,
        DEFAULT_BODY_LIMIT as u64 / MIB,
        std::mem::size_of::<Value>()
    );
    println!("and CPU time per request; bound {} ms", CPU_BOUND.as_millis());
    println!();
    println!("| case | status (expected) | response | RSS before | peak | growth | time | CPU | |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut failed = Vec::new();
    let mut unreset = false;
    for case in CASES {
        let output = Command::new(&exe).args(["--case", case.name]).output().expect("the child runs");
        let text = String::from_utf8_lossy(&output.stdout);
        let fields: Vec<&str> = text.split_whitespace().collect();
        let [status, response, before, peak, reset, millis, cpu] = fields.as_slice() else {
            println!(
                "| {} | the child failed: {} | | | | | | | FAIL |",
                case.name,
                String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or_default()
            );
            failed.push(format!("{}: the child failed ({})", case.name, output.status));
            continue;
        };
        let number = |s: &str| s.parse::<u64>().unwrap_or(u64::MAX);
        let (status, response, before, peak, cpu) = (number(status), number(response), number(before), number(peak), number(cpu));
        unreset |= *reset != "true";
        let growth = peak.saturating_sub(before);
        let mut verdict = Vec::new();
        if status != u64::from(case.expected) {
            let answered = String::from_utf8_lossy(&output.stderr);
            verdict.push(format!("status {status}, not {}: {}", case.expected, answered.trim()));
        }
        if growth > BOUND {
            verdict.push(format!("grew {:.1} MiB", growth as f64 / MIB as f64));
        }
        let cpu_text = if cpu == u64::MAX { "n/a".to_owned() } else { format!("{:.1} ms", cpu as f64 / 1000.0) };
        // The bound is on refusals: an accepted body's cost is mostly the
        // implementation's own work (storing it, sending it back).
        if status >= 400 && cpu != u64::MAX && u128::from(cpu) > CPU_BOUND.as_micros() {
            verdict.push(format!("took {cpu_text} of CPU"));
        }
        let mib = |b: u64| format!("{:.1} MiB", b as f64 / MIB as f64);
        println!(
            "| {} ({}) | {status} ({}) | {} | {} | {} | {} | {millis} ms | {cpu_text} | {} |",
            case.name,
            case.what,
            case.expected,
            if response < 1024 { format!("{response} B") } else { mib(response) },
            mib(before),
            mib(peak),
            mib(growth),
            if verdict.is_empty() { "ok".to_owned() } else { format!("FAIL: {}", verdict.join("; ")) }
        );
        if !verdict.is_empty() {
            failed.push(format!("{}: {}", case.name, verdict.join("; ")));
        }
    }
    if unreset {
        println!("\n(the kernel refused to reset the peak: growth includes building the request)");
    }
    if failed.is_empty() {
        println!("\nevery hostile body was refused as expected within the bounds of memory and CPU");
        ExitCode::SUCCESS
    } else {
        println!("\n{} case(s) broke a bound:\n  {}", failed.len(), failed.join("\n  "));
        ExitCode::FAILURE
    }
}
