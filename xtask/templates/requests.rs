//! The requests of the fixture's `.requests` file, each sent to the router
//! serving `Unimplemented`: a request the document allows must reach the
//! method (501), one it forbids must be refused (4xx), each as the file says.
//! Written by `xtask::corpus` into the fixture's crate.

use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::Request;
use tower::ServiceExt;

const REQUESTS: &str = include_str!("{{requests}}");

#[tokio::test]
async fn each_request_is_answered_as_the_document_says() {
    let router = {{crate}}::server::router({{crate}}::server::Unimplemented);
    let mut wrong = Vec::new();
    for line in REQUESTS.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')) {
        // `METHOD /path [content-type body] => status [at POINTER] [as
        // MEDIA-TYPE] [with TEXT]`, the status a number or a class (`4xx`);
        // a refusal given a pointer must name it (among its violations, or
        // in its message), be of the media type and contain the text.
        let (request, expected) = line.rsplit_once(" => ").expect("a line ends with ` => status`");
        let (expected, contained) = match expected.split_once(" with ") {
            Some((rest, text)) => (rest, Some(text)),
            None => (expected, None),
        };
        let (expected, media_type) = match expected.split_once(" as ") {
            Some((rest, media_type)) => (rest, Some(media_type)),
            None => (expected, None),
        };
        let (expected, pointer) = match expected.split_once(" at ") {
            Some((status, pointer)) => (status, Some(pointer)),
            None => (expected, None),
        };
        let mut words = request.splitn(4, ' ');
        let (method, uri) = (words.next().expect("a method"), words.next().expect("a path"));
        let mut builder = Request::builder().method(method).uri(uri).header("authorization", "Bearer any");
        let body = match (words.next(), words.next()) {
            (Some(content_type), body) => {
                builder = builder.header("content-type", content_type);
                // `\r\n` written out, for multipart bodies.
                body.unwrap_or("").replace("\\r\\n", "\r\n")
            }
            (None, _) => String::new(),
        };
        let response = router.clone().oneshot(builder.body(Body::from(body)).expect("a request")).await.expect("an answer");
        let status = response.status().as_u16().to_string();
        let met = if let Some(class) = expected.strip_suffix("xx") { status.starts_with(class) } else { status == expected };
        let sent_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let bytes = oapi_axum_runtime::axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        let named = pointer.is_none_or(|pointer| text.contains(&format!("\"pointer\":\"{pointer}\"")) || text.contains(&format!("{pointer}: ")));
        let typed = media_type.is_none_or(|media_type| sent_type == media_type);
        let contains = contained.is_none_or(|contained| text.contains(contained));
        let verdict = if met && named && typed && contains {
            "ok".to_owned()
        } else {
            let wanted = [pointer.map(|p| format!(" naming {p}")), media_type.map(|m| format!(" as {m} (sent {sent_type})")), contained.map(|t| format!(" with {t}"))];
            let wanted: String = wanted.into_iter().flatten().collect();
            let verdict = format!("{status}, not {expected}{wanted}: {text}");
            wrong.push(format!("{request}: {verdict}"));
            verdict
        };
        // One line per request, which `xtask::corpus` reads.
        println!("request\t{}\t{request}\t{verdict}", env!("CARGO_PKG_NAME"));
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
