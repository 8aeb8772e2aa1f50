//! `Checks::multipart_body` behind an axum route, as a generated handler
//! uses it: typed parts reach the handler checked; a malformed body, a bad
//! part, a broken constraint and a wrong media type are refused.

use oapi_axum_runtime::axum::body::{Body, Bytes};
use oapi_axum_runtime::axum::extract::Request;
use oapi_axum_runtime::axum::http::{StatusCode, header};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::axum::{Router, routing};
use oapi_axum_runtime::server::{Checks, problem_response};
use oapi_axum_runtime::validation::{At, Validate, Violations, check};
use oapi_axum_runtime::Binary;
use tower::ServiceExt;

#[derive(Debug, serde::Deserialize)]
struct Upload {
    file: Binary,
    caption: Option<String>,
    #[serde(default)]
    pages: Vec<u32>,
}

impl Validate for Upload {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_octets(self.file.bytes.len(), 8, &at.key("file"), violations);
    }
}

async fn upload(request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let mut checks = Checks::default();
    let upload = match checks.multipart_body::<Upload>(&parts.headers, body, 1024, true).await {
        Ok(upload) => upload,
        Err(rejection) => return problem_response(&rejection),
    };
    if let Err(rejection) = checks.finish() {
        return problem_response(&rejection);
    }
    let upload = upload.expect("checked").into_inner();
    format!(
        "{} {:?} {:?} {:?} {:?}",
        upload.file.bytes.len(),
        upload.file.file_name,
        upload.file.content_type,
        upload.caption,
        upload.pages
    )
    .into_response()
}

async fn send(content_type: &str, body: &'static [u8]) -> (StatusCode, String) {
    let router = Router::new().route("/upload", routing::post(upload));
    let request = Request::post("/upload").header(header::CONTENT_TYPE, content_type).body(Body::from(body)).unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let bytes: Bytes = oapi_axum_runtime::axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

const TYPE: &str = "multipart/form-data; boundary=b0";

#[tokio::test]
async fn typed_parts_reach_the_handler() {
    let body = b"--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\n2\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\n5\r\n--b0--\r\n";
    let (status, text) = send(TYPE, body).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(text, r#"4 Some("x.png") Some("image/png") None [2, 5]"#);
}

#[tokio::test]
async fn refusals_name_the_part() {
    // A part that does not read: 400 at its pointer.
    let body = b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\ntwo\r\n--b0--\r\n";
    let (status, text) = send(TYPE, body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains(r#""pointer":"/body/pages/0""#), "{text}");
    // A missing required part.
    let (status, text) = send(TYPE, b"--b0\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n--b0--\r\n").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains(r#""pointer":"/body/file""#) && text.contains(r#""keyword":"required""#), "{text}");
    // A broken constraint: 422.
    let (status, text) = send(TYPE, b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n0123456789\r\n--b0--\r\n").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text.contains(r#""keyword":"maxLength""#), "{text}");
    // Not multipart at all, or cut short.
    assert_eq!(send("application/json", b"{}").await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(send(TYPE, b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc").await.0, StatusCode::BAD_REQUEST);
}
