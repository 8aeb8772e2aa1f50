//! Issue 18: "A 200 MB upload to a streamed-body operation: the process's
//! RSS grows by at most a few MiB", and a 200 MB download likewise. A
//! measured bound, as the hostile-input bench's: each case runs in a child
//! process of its own, in process (the router's `oneshot`), and the child's
//! peak resident set (`VmHWM`) is compared with its resident set before the
//! request, the peak reset first where the kernel allows it.
//!
//! - **upload**: `PUT /files/{name}` with a body of 200 MB made as it is
//!   sent, in 64 KiB chunks; the operation reads it as a `BodyStream`
//!   (`[streamed_bodies]`), 256 MiB allowed (`RequestBody::limit`), and
//!   counts the octets.
//! - **download**: `GET /files/{name}` answers a `Body` made from a stream of
//!   200 MB in 64 KiB chunks; the client reads it frame by frame and counts.
//! - **multipart upload**: `POST /documents` with a `multipart/form-data`
//!   body of a text part and a file part of 200 MB, made as it is sent; the
//!   operation reads it as a `MultipartStream` (`[streamed_bodies]` of a
//!   multipart operation), part by part, the file chunk by chunk, and
//!   counts the file's octets.
//!
//! The bound, [`BOUND`]: 8 MiB, a few chunks in flight and the allocator's
//! slack. `cargo bench -p orgs-server --bench streaming` prints a table and
//! exits with 1 when a case breaks it or does not move all its octets.

mod common;

use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::Instant;

use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::body::{Body, Bytes, HttpBody};
use oapi_axum_runtime::axum::http::{Method, Request, StatusCode, header};
use oapi_axum_runtime::axum::response::IntoResponse;
use oapi_axum_runtime::{BodyStream, Context, MultipartStream, Operation, RequestBody, Routes, response};
use tower::ServiceExt;

use common::{Anyone, memory, reset_peak};

const MIB: u64 = 1024 * 1024;

/// The largest growth of the peak resident set one streamed request may cause.
const BOUND: u64 = 8 * MIB;

/// What each case moves: 200 MB.
const TOTAL: usize = 200 * 1000 * 1000;

/// Chunks of 64 KiB.
const CHUNK: usize = 64 * 1024;

static PUT_FILE: Operation = Operation {
    id: "putFile",
    method: Method::PUT,
    path: "/files/{name}",
    body: Some(RequestBody::required(&["application/octet-stream"]).limit(256 << 20)),
    ..Operation::NEW
};

static GET_FILE: Operation = Operation { id: "getFile", method: Method::GET, path: "/files/{name}", ..Operation::NEW };

static POST_DOCUMENT: Operation = Operation {
    id: "postDocument",
    method: Method::POST,
    path: "/documents",
    body: Some(RequestBody::required(&["multipart/form-data"]).limit(256 << 20)),
    ..Operation::NEW
};

/// What a generated crate writes for a streamed multipart body.
struct PostDocument {
    body: MultipartStream,
    context: Context,
}

oapi_axum_runtime::read_request!(PostDocument { body = multipart_stream });

/// The multipart body's boundary.
const BOUNDARY: &str = "bench-boundary-7MA4YWxkTrZu0gW";

/// What a generated crate writes for a streamed body (`read_request!`).
struct PutFile {
    body: BodyStream,
    context: Context,
}

oapi_axum_runtime::read_request!(PutFile { body = stream });

struct GetFile {
    context: Context,
}

oapi_axum_runtime::read_request!(GetFile {});

/// `total` octets in chunks of [`CHUNK`], each a buffer of its own (as
/// octets from a socket or a file are), made as they are read.
fn stream_of(total: usize) -> Body {
    let chunks = total.div_ceil(CHUNK);
    Body::from_stream(futures_util::stream::iter((0..chunks).map(move |i| {
        let size = CHUNK.min(total - i * CHUNK);
        Ok::<_, std::convert::Infallible>(Bytes::from(vec![b'a'; size]))
    })))
}

/// A multipart body of a title and a file of `total` octets, the file's
/// content in chunks of [`CHUNK`], made as they are read.
fn multipart_of(total: usize) -> Body {
    let head = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nbig\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    );
    let tail = format!("\r\n--{BOUNDARY}--\r\n");
    let chunks = total.div_ceil(CHUNK);
    let file = (0..chunks).map(move |i| Bytes::from(vec![b'a'; CHUNK.min(total - i * CHUNK)]));
    let all = std::iter::once(Bytes::from(head)).chain(file).chain(std::iter::once(Bytes::from(tail)));
    Body::from_stream(futures_util::stream::iter(all.map(Ok::<_, std::convert::Infallible>)))
}

/// The octets of the parts that have a file name.
async fn file_octets(body: &mut MultipartStream) -> Result<usize, oapi_axum_runtime::BodyError> {
    let mut octets = 0;
    while let Some(mut part) = body.next_part().await? {
        if part.file_name().is_none() {
            part.text().await?;
            continue;
        }
        while let Some(chunk) = part.chunk().await? {
            octets += chunk.len();
        }
    }
    Ok(octets)
}

fn router() -> Router {
    Routes::new(Anyone)
        .anonymous(&PUT_FILE, |_: Arc<Anyone>, mut request: PutFile| async move {
            let mut octets = 0usize;
            loop {
                match request.body.chunk().await {
                    Ok(Some(chunk)) => octets += chunk.len(),
                    Ok(None) => break,
                    Err(error) => return error.into_response(),
                }
            }
            format!("{} {octets}", request.context.operation.id).into_response()
        })
        .anonymous(&POST_DOCUMENT, |_: Arc<Anyone>, mut request: PostDocument| async move {
            match file_octets(&mut request.body).await {
                Ok(octets) => format!("{} {octets}", request.context.operation.id).into_response(),
                Err(error) => error.into_response(),
            }
        })
        .anonymous(&GET_FILE, |_: Arc<Anyone>, request: GetFile| async move {
            assert_eq!(request.context.operation.id, "getFile");
            response::with_type(StatusCode::OK, "application/octet-stream", stream_of(TOTAL))
        })
        .router()
}

/// One case in this process: the status, the octets moved, RSS before, the
/// peak, whether the peak was reset, and the milliseconds it took.
async fn child(name: &str) -> (u16, usize, u64, u64, bool, u128) {
    let router = router();
    let request = match name {
        "upload" => {
            Request::put("/files/big").header(header::CONTENT_TYPE, "application/octet-stream").body(stream_of(TOTAL)).expect("a request")
        }
        "multipart" => Request::post("/documents")
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(multipart_of(TOTAL))
            .expect("a request"),
        _ => Request::get("/files/big").body(Body::empty()).expect("a request"),
    };
    let reset = reset_peak();
    let (before, _) = memory();
    let started = Instant::now();
    let response = router.oneshot(request).await.expect("an answer");
    let status = response.status().as_u16();
    // The answer read frame by frame, never whole.
    let mut body = response.into_body();
    let mut octets = 0usize;
    let mut text = Vec::new();
    while let Some(frame) = std::future::poll_fn(|context| std::pin::Pin::new(&mut body).poll_frame(context)).await {
        let data = frame.expect("the body is read").into_data().unwrap_or_default();
        octets += data.len();
        if text.len() < 64 {
            text.extend_from_slice(&data[..data.len().min(64)]);
        }
    }
    // The upload's answer says how many octets the operation read.
    if name == "upload" || name == "multipart" {
        let said = String::from_utf8_lossy(&text).into_owned();
        octets = said.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    }
    let (_, peak) = memory();
    (status, octets, before, peak, reset, started.elapsed().as_millis())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--case") {
        let name = args.get(at + 1).expect("a case name");
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let (status, octets, before, peak, reset, millis) = runtime.block_on(child(name));
        println!("{status} {octets} {before} {peak} {reset} {millis}");
        return ExitCode::SUCCESS;
    }
    let exe = std::env::current_exe().expect("this program");
    println!("streamed bodies: peak RSS growth per request of {} MB; bound {} MiB", TOTAL / 1_000_000, BOUND / MIB);
    println!();
    println!("| case | status | octets | RSS before | peak | growth | time | |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
    let mut failed = false;
    for name in ["upload", "download", "multipart"] {
        let output = Command::new(&exe).args(["--case", name]).output().expect("the child runs");
        let text = String::from_utf8_lossy(&output.stdout);
        let fields: Vec<&str> = text.split_whitespace().collect();
        let [status, octets, before, peak, reset, millis] = fields.as_slice() else {
            println!(
                "| {name} | the child failed: {} | | | | | | FAIL |",
                String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or_default()
            );
            failed = true;
            continue;
        };
        let number = |text: &str| text.parse::<u64>().unwrap_or(0);
        let growth = number(peak).saturating_sub(number(before));
        let ok = *status == "200" && number(octets) == TOTAL as u64 && growth <= BOUND;
        failed |= !ok;
        let reset = if *reset == "true" { "" } else { " (peak not reset)" };
        println!(
            "| {name} | {status} | {octets} | {:.1} MiB | {:.1} MiB{reset} | {:.1} MiB | {millis} ms | {} |",
            number(before) as f64 / MIB as f64,
            number(peak) as f64 / MIB as f64,
            growth as f64 / MIB as f64,
            if ok { "ok" } else { "FAIL" }
        );
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
