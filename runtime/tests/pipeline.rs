//! The request pipeline behind `Routes`, as a generated crate drives it,
//! with a hand-written service and request structs: multipart parts reach
//! the method typed and checked; bodies kept as bytes are checked for their
//! media type and presence; credentials are required before anything is
//! read; layers go on the operations chosen; 404 and 405 come from
//! `reject`.

use std::sync::Arc;

use oapi_axum_runtime::axum::body::{Body, Bytes};
use oapi_axum_runtime::axum::http::{Method, Request, StatusCode, header};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Input, Presented, Reading, Service, check};
use oapi_axum_runtime::{
    At, AuthError, Binary, Context, Incoming, Location, Operation, Parameter, RefusalCode, RefusalShape, RefusalShapes, Refusals,
    Rejection, RequestBody, Requirement, Routes, SchemeKind, SecurityScheme, Valid, Validate, Violations, response,
};
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

static KEY: SecurityScheme = SecurityScheme { name: "key", kind: SchemeKind::ApiKey { location: Location::Header, name: "X-Key" } };

static UPLOAD: Operation = Operation {
    id: "upload",
    method: Method::POST,
    path: "/uploads/{name}",
    tags: &[],
    deprecated: false,
    security: &[&[Requirement { scheme: &KEY, scopes: &[] }]],
    parameters: &[Parameter::path("name")],
    body: Some(RequestBody::required(&["multipart/form-data"])),
    refusals: Refusals::DEFAULT,
};

static IMAGE: Operation = Operation {
    id: "putImage",
    method: Method::PUT,
    path: "/uploads/{name}",
    tags: &[],
    deprecated: false,
    security: &[],
    parameters: &[],
    body: Some(RequestBody::required(&["image/*"])),
    refusals: Refusals::DEFAULT,
};

#[derive(Debug, serde::Deserialize)]
struct UploadPath {
    name: String,
}

impl Validate for UploadPath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.name, 5, &at.key("name"), violations);
    }
}

struct UploadRequest {
    path: Valid<UploadPath>,
    body: Valid<Upload>,
    context: Context,
}

oapi_axum_runtime::read_request!(UploadRequest { path, body = multipart });

struct ImageRequest {
    body: Bytes,
}

/// Written out, as the macro above writes it.
impl Input for ImageRequest {
    async fn read(reading: &mut Reading) -> Option<Self> {
        Some(Self { body: reading.bytes().await? })
    }
}

/// Accepts the key `open`, forbids `closed`.
struct Fake;

impl Service for Fake {
    type Principal = String;
    type Credentials = Option<String>;

    fn credentials(presented: &Presented<'_>) -> Option<String> {
        presented.header("X-Key")
    }

    async fn authenticate(&self, key: Option<String>, incoming: &Incoming<'_>) -> Result<String, AuthError> {
        assert_eq!(incoming.operation.id, "upload");
        match key.as_deref() {
            Some("open") => Ok("ada".to_owned()),
            Some("closed") => Err(AuthError::Forbidden),
            _ => Err(AuthError::Unauthorized),
        }
    }

    fn reject(&self, rejection: Rejection, _: Option<&'static Operation>) -> Response {
        response::problem_response(&rejection)
    }
}

fn router() -> oapi_axum_runtime::axum::Router {
    Routes::new(Fake)
        .authenticated(&UPLOAD, |_: Arc<Fake>, who: String, request: UploadRequest| async move {
            let upload = request.body.into_inner();
            let seen = format!(
                "{who} {} {} {:?} {:?} {:?} {:?} {}",
                request.path.name,
                upload.file.bytes.len(),
                upload.file.file_name,
                upload.file.content_type,
                upload.caption,
                upload.pages,
                request.context.operation.id,
            );
            seen.into_response()
        })
        .anonymous(&IMAGE, |_: Arc<Fake>, request: ImageRequest| async move { format!("{} octets", request.body.len()) })
        .layer(|operation| (operation.id == "putImage").then(|| tower::util::MapResponseLayer::new(tagged)))
        .body_limit(1024)
        .router()
}

fn tagged(mut response: Response) -> Response {
    response.headers_mut().insert("x-layer", "image".parse().expect("a header value"));
    response
}

async fn send(request: Request<Body>) -> (StatusCode, String, Option<String>) {
    let response = router().oneshot(request).await.expect("an answer");
    let layer = response.headers().get("x-layer").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (status, text) = text_of(response).await;
    (status, text, layer)
}

/// The status and the body's text of what `router` answers to `request`.
async fn answered(router: oapi_axum_runtime::axum::Router, request: Request<Body>) -> (StatusCode, String) {
    text_of(router.oneshot(request).await.expect("an answer")).await
}

async fn text_of(response: Response) -> (StatusCode, String) {
    let status = response.status();
    let bytes = oapi_axum_runtime::axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("a body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn upload(key: Option<&str>, name: &str, content_type: &str, body: &'static [u8]) -> Request<Body> {
    let mut request = Request::post(format!("/uploads/{name}")).header(header::CONTENT_TYPE, content_type);
    if let Some(key) = key {
        request = request.header("X-Key", key);
    }
    request.body(Body::from(body)).expect("a request")
}

const TYPE: &str = "multipart/form-data; boundary=b0";

#[tokio::test]
async fn typed_parts_reach_the_method() {
    let body = b"--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\n2\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\n5\r\n--b0--\r\n";
    let (status, text, layer) = send(upload(Some("open"), "a", TYPE, body)).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(text, r#"ada a 4 Some("x.png") Some("image/png") None [2, 5] upload"#);
    assert_eq!(layer, None, "the layer is on the other operation only");
}

#[tokio::test]
async fn credentials_come_first() {
    let (status, _, _) = send(upload(None, "toolong", TYPE, b"")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(upload(Some("nobody"), "a", TYPE, b"")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(upload(Some("closed"), "a", TYPE, b"")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_problem_is_named_at_once() {
    // A part that does not read is reported before broken constraints.
    let body = b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--b0\r\nContent-Disposition: form-data; name=\"pages\"\r\n\r\ntwo\r\n--b0--\r\n";
    let (status, text, _) = send(upload(Some("open"), "toolong", TYPE, body)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{text}");
    assert!(text.contains(r#""pointer":"/body/pages/0""#), "{text}");
    // A missing required part.
    let missing = b"--b0\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n--b0--\r\n";
    let (status, text, _) = send(upload(Some("open"), "a", TYPE, missing)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains(r#""pointer":"/body/file""#) && text.contains(r#""keyword":"required""#), "{text}");
    // Broken constraints of two parts: 422, both named.
    let long = b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n0123456789\r\n--b0--\r\n";
    let (status, text, _) = send(upload(Some("open"), "toolong", TYPE, long)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text.contains(r#""pointer":"/path/name""#) && text.contains(r#""pointer":"/body/file""#), "{text}");
    // Not multipart at all, cut short, missing, too large.
    assert_eq!(send(upload(Some("open"), "a", "application/json", b"{}")).await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let cut = b"--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc";
    assert_eq!(send(upload(Some("open"), "a", TYPE, cut)).await.0, StatusCode::BAD_REQUEST);
    // Sent empty: no multipart body is empty, so none was sent.
    let (status, text, _) = send(upload(Some("open"), "a", TYPE, b"")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains(r#""pointer":"/body""#) && text.contains("is required"), "{text}");
    // Not sent at all.
    let none = Request::post("/uploads/a").header("X-Key", "open").body(Body::empty()).expect("a request");
    let (status, text, _) = send(none).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains(r#""pointer":"/body""#) && text.contains("is required"), "{text}");
    let large = Request::post("/uploads/a").header("X-Key", "open").header(header::CONTENT_TYPE, TYPE);
    let (status, _, _) = send(large.body(Body::from(vec![b'-'; 2048])).expect("a request")).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn bytes_bodies_are_checked_for_their_media_type_and_presence() {
    let put = |content_type: &str, body: &'static [u8]| {
        Request::put("/uploads/a").header(header::CONTENT_TYPE, content_type).body(Body::from(body)).expect("a request")
    };
    let (status, text, layer) = send(put("image/png", b"\x89PNG")).await;
    assert_eq!((status, text.as_str(), layer.as_deref()), (StatusCode::OK, "4 octets", Some("image")));
    let (status, text, _) = send(put("text/plain", b"hello")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(text.contains("image/*"), "{text}");
    // Sent empty, with its media type: a present, empty body meets
    // `required: true`; not sent at all, it does not.
    let (status, text, _) = send(put("image/png", b"")).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "0 octets"));
    let none = Request::put("/uploads/a").header(header::CONTENT_LENGTH, "0").body(Body::empty()).expect("a request");
    let (status, text, _) = send(none).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "required: {text}");
}

/// Parameters declared in another order than the template's: each still
/// gets its own segment, and `authenticate` sees them as the method will.
#[tokio::test]
async fn path_parameters_are_named_by_the_template() {
    static SWAPPED: Operation = Operation {
        id: "swapped",
        method: Method::GET,
        path: "/a/{x}/b/{y}",
        parameters: &[Parameter::path("y"), Parameter::path("x")],
        security: &[&[Requirement::new(&KEY)]],
        ..Operation::NEW
    };
    #[derive(Debug, serde::Deserialize)]
    struct Swapped {
        x: i64,
        y: String,
    }
    oapi_axum_runtime::nothing_to_check!(Swapped);
    struct SwappedRequest {
        path: Valid<Swapped>,
        context: Context,
    }
    oapi_axum_runtime::read_request!(SwappedRequest { path });
    struct Tenant;
    impl Service for Tenant {
        type Principal = String;
        type Credentials = ();
        fn credentials(_: &Presented<'_>) {}
        async fn authenticate(&self, (): (), incoming: &Incoming<'_>) -> Result<String, AuthError> {
            Ok(format!("{}:{}", incoming.path_parameter("x").unwrap_or("?"), incoming.path_parameter("y").unwrap_or("?")))
        }
        fn reject(&self, rejection: Rejection, _: Option<&'static Operation>) -> Response {
            response::problem_response(&rejection)
        }
    }
    let router = Routes::new(Tenant)
        .authenticated(&SWAPPED, |_: Arc<Tenant>, who: String, request: SwappedRequest| async move {
            format!("{who} {} {} {}", request.path.x, request.path.y, request.context.operation == &SWAPPED)
        })
        .router();
    let request = Request::get("/a/5/b/h%C3%A9").header("X-Key", "any").body(Body::empty()).expect("a request");
    assert_eq!(answered(router, request).await, (StatusCode::OK, "5:hé 5 hé true".to_owned()));
}

#[tokio::test]
async fn other_paths_and_methods() {
    let (status, _, _) = send(Request::get("/elsewhere").body(Body::empty()).expect("a request")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let request = Request::delete("/uploads/a").body(Body::empty()).expect("a request");
    let response = router().oneshot(request).await.expect("an answer");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let allow = response.headers().get(header::ALLOW).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(allow.contains("POST") && allow.contains("PUT"), "{allow}");
}

/// `PUT /thumbnails/{name}`: an image, whose limit the configuration sets
/// (`[body_limits]` in `oapi-axum.toml` gives `RequestBody::limit`).
static THUMBNAIL: Operation = Operation {
    id: "putThumbnail",
    method: Method::PUT,
    path: "/thumbnails/{name}",
    body: Some(RequestBody::required(&["image/*"]).limit(16)),
    ..Operation::NEW
};

#[tokio::test]
async fn body_limits_are_chosen_per_operation() {
    let routes = || {
        Routes::new(Fake)
            .anonymous(&IMAGE, |_: Arc<Fake>, request: ImageRequest| async move { format!("{} octets", request.body.len()) })
            .anonymous(&THUMBNAIL, |_: Arc<Fake>, request: ImageRequest| async move { format!("{} octets", request.body.len()) })
            .body_limit(1024)
    };
    let image = |path: &str, size: usize| {
        Request::put(path).header(header::CONTENT_TYPE, "image/png").body(Body::from(vec![0u8; size])).expect("a request")
    };
    let status = |router: oapi_axum_runtime::axum::Router, request: Request<Body>| async move {
        router.oneshot(request).await.expect("an answer").status()
    };

    // The router's limit, and the configuration's for the thumbnail.
    assert_eq!(status(routes().router(), image("/uploads/a", 1024)).await, StatusCode::OK);
    assert_eq!(status(routes().router(), image("/uploads/a", 1025)).await, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(status(routes().router(), image("/thumbnails/a", 16)).await, StatusCode::OK);
    assert_eq!(status(routes().router(), image("/thumbnails/a", 17)).await, StatusCode::PAYLOAD_TOO_LARGE);

    // Code chooses over both, for the operations it names.
    let larger = || routes().body_limit_for(|operation| (operation.id == "putImage").then_some(4096)).router();
    assert_eq!(status(larger(), image("/uploads/a", 4096)).await, StatusCode::OK);
    assert_eq!(status(larger(), image("/uploads/a", 4097)).await, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(status(larger(), image("/thumbnails/a", 17)).await, StatusCode::PAYLOAD_TOO_LARGE);
    let thumbnails = routes().body_limit_for(|operation| (operation.id == "putThumbnail").then_some(64)).router();
    assert_eq!(status(thumbnails, image("/thumbnails/a", 64)).await, StatusCode::OK);
}

/// `PUT /files/{name}`: octets read as they arrive, up to 64 bytes.
static FILE: Operation = Operation {
    id: "putFile",
    method: Method::PUT,
    path: "/files/{name}",
    body: Some(RequestBody::required(&["application/octet-stream"]).limit(64)),
    ..Operation::NEW
};

struct FileRequest {
    body: oapi_axum_runtime::BodyStream,
    context: Context,
}

oapi_axum_runtime::read_request!(FileRequest { body = stream });

#[tokio::test]
async fn a_streamed_body_arrives_in_chunks_up_to_its_limit() {
    let router = || {
        Routes::new(Fake)
            .anonymous(&FILE, |_: Arc<Fake>, mut request: FileRequest| async move {
                let mut chunks = 0;
                loop {
                    match request.body.chunk().await {
                        Ok(Some(_)) => chunks += 1,
                        Ok(None) => {
                            let (id, received) = (request.context.operation.id, request.body.received());
                            return format!("{id}: {chunks} chunks, {received} octets").into_response();
                        }
                        Err(error) => return error.into_response(),
                    }
                }
            })
            .router()
    };
    let send = |chunks: Vec<&'static [u8]>, content_type: &str| {
        let stream = futures_util::stream::iter(chunks.into_iter().map(|chunk| Ok::<_, std::io::Error>(Bytes::from_static(chunk))));
        Request::put("/files/a").header(header::CONTENT_TYPE, content_type).body(Body::from_stream(stream)).expect("a request")
    };
    let answer = |request: Request<Body>| answered(router(), request);

    let (status, text) = answer(send(vec![&[1; 30], &[2; 30], &[3; 4]], "application/octet-stream")).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "putFile: 3 chunks, 64 octets"));
    let (status, text) = answer(send(vec![&[1; 30], &[2; 30], &[3; 5]], "application/octet-stream")).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(text.contains("64"), "{text}");
    let (status, _) = answer(send(vec![&[1; 3]], "text/plain")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Declared too large: refused before the method reads any of it.
    let mut declared = send(vec![&[1; 3]], "application/octet-stream");
    declared.headers_mut().insert(header::CONTENT_LENGTH, "65".parse().expect("a header value"));
    let (status, text) = answer(declared).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(!text.contains("chunks"), "the method did not run: {text}");
}

/// `POST /documents`: multipart read part by part as it arrives, up to 4 KiB.
static DOCUMENTS: Operation = Operation {
    id: "uploadDocument",
    method: Method::POST,
    path: "/documents",
    body: Some(RequestBody::required(&["multipart/form-data"]).limit(4096)),
    ..Operation::NEW
};

struct DocumentRequest {
    body: oapi_axum_runtime::MultipartStream,
    context: Context,
}

oapi_axum_runtime::read_request!(DocumentRequest { body = multipart_stream });

#[tokio::test]
async fn a_streamed_multipart_body_arrives_part_by_part_up_to_its_limit() {
    // Says, per part: its name, file name, media type, and the octets and
    // chunks of its content (or its text, for a part without a file name).
    let router = || {
        Routes::new(Fake)
            .anonymous(&DOCUMENTS, |_: Arc<Fake>, mut request: DocumentRequest| async move {
                let mut said = vec![request.context.operation.id.to_owned()];
                loop {
                    let mut part = match request.body.next_part().await {
                        Ok(Some(part)) => part,
                        Ok(None) => return said.join("; ").into_response(),
                        Err(error) => return error.into_response(),
                    };
                    let name = part.name().unwrap_or("?").to_owned();
                    if part.file_name().is_none() {
                        match part.text().await {
                            Ok(text) => said.push(format!("{name}={text}")),
                            Err(error) => return error.into_response(),
                        }
                        continue;
                    }
                    let head = format!("{name} {} {}", part.file_name().unwrap_or("?"), part.content_type().unwrap_or("?"));
                    let (mut octets, mut chunks) = (0, 0);
                    loop {
                        match part.chunk().await {
                            Ok(Some(chunk)) => (octets, chunks) = (octets + chunk.len(), chunks + 1),
                            Ok(None) => break,
                            Err(error) => return error.into_response(),
                        }
                    }
                    said.push(format!("{head}: {octets} octets in {} chunk(s)", if chunks > 1 { "several" } else { "one" }));
                }
            })
            .router()
    };
    let body = |file: usize| {
        let mut body = b"--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nQ3 report\r\n".to_vec();
        body.extend_from_slice(b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q3.pdf\"\r\n");
        body.extend_from_slice(b"Content-Type: application/pdf\r\n\r\n");
        body.extend(std::iter::repeat_n(b'%', file));
        body.extend_from_slice(b"\r\n--XyZ--\r\n");
        body
    };
    // Sent in chunks of 100 octets, as a socket would hand them over.
    let send = |body: Vec<u8>, content_type: &str| {
        let chunks: Vec<Bytes> = body.chunks(100).map(Bytes::copy_from_slice).collect();
        let stream = futures_util::stream::iter(chunks.into_iter().map(Ok::<_, std::io::Error>));
        Request::post("/documents").header(header::CONTENT_TYPE, content_type).body(Body::from_stream(stream)).expect("a request")
    };
    let answer = |request: Request<Body>| answered(router(), request);
    let multipart = "multipart/form-data; boundary=XyZ";

    let (status, text) = answer(send(body(3000), multipart)).await;
    assert_eq!(
        (status, text.as_str()),
        (StatusCode::OK, "uploadDocument; title=Q3 report; file q3.pdf application/pdf: 3000 octets in several chunk(s)")
    );
    // Past the operation's limit: 413, while the file part is read.
    let (status, text) = answer(send(body(5000), multipart)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(text.contains("4096"), "{text}");
    // Declared too large: refused before the method reads any of it.
    let mut declared = send(body(10), multipart);
    declared.headers_mut().insert(header::CONTENT_LENGTH, "4097".parse().expect("a header value"));
    let (status, text) = answer(declared).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(!text.contains("uploadDocument"), "the method did not run: {text}");
    // Not multipart, or multipart without a boundary: 415.
    assert_eq!(answer(send(body(10), "application/octet-stream")).await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer(send(body(10), "multipart/form-data")).await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Cut off before its closing boundary: 400, with a problem that says so.
    let mut cut = body(10);
    cut.truncate(cut.len() - 12);
    let (status, text) = answer(send(cut, multipart)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{text}");
    assert!(text.contains("/body"), "{text}");
}

/// Segments where a parameter is beside literal text or another parameter
/// (`/badges/{id}.json`, `/{a}-{b}`), which axum's router cannot take
/// whole: each request reaches the operation whose template its path
/// matches, the most specific first, with the parameters cut out of the
/// segment as sent; a path no template matches is 404, a method none of
/// the matching template's operations has is 405.
#[tokio::test]
async fn parameters_beside_literal_text_in_a_segment() {
    macro_rules! get {
        ($name:ident, $id:literal, $path:literal, $($parameter:literal),*) => {
            static $name: Operation = Operation {
                id: $id,
                method: Method::GET,
                path: $path,
                parameters: &[$(Parameter::path($parameter)),*],
                ..Operation::NEW
            };
        };
    }
    get!(JSON, "json", "/badges/{id}.json", "id");
    get!(SVG, "svg", "/badges/{id}.svg", "id");
    get!(PLAIN, "plain", "/badges/{id}", "id");
    get!(PAIR, "pair", "/pairs/{a}-{b}", "a", "b");
    get!(TEXT, "text", "/files/{name}.txt", "name");
    static DELETE_JSON: Operation = Operation {
        id: "delete-json",
        method: Method::DELETE,
        path: "/badges/{key}.json",
        parameters: &[Parameter::path("key")],
        ..Operation::NEW
    };
    #[derive(Debug, serde::Deserialize)]
    struct Values {
        id: Option<String>,
        key: Option<String>,
        a: Option<String>,
        b: Option<String>,
        name: Option<String>,
    }
    oapi_axum_runtime::nothing_to_check!(Values);
    struct ValuesRequest {
        path: Valid<Values>,
        context: Context,
    }
    oapi_axum_runtime::read_request!(ValuesRequest { path });
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
    let answer = |_: Arc<Anyone>, request: ValuesRequest| async move {
        let Values { id, key, a, b, name } = &*request.path;
        let values: Vec<String> = [id, key, a, b, name].into_iter().flatten().cloned().collect();
        format!("{} {}", request.context.operation.id, values.join(" "))
    };
    let mut routes = Routes::new(Anyone);
    for operation in [&PLAIN, &JSON, &SVG, &PAIR, &TEXT, &DELETE_JSON] {
        routes = routes.anonymous(operation, answer);
    }
    let router = routes.router();
    let get = |path: &str| Request::get(path).body(Body::empty()).expect("a request");
    for (path, expected) in [
        ("/badges/12.json", "json 12"),
        ("/badges/1.2.json", "json 1.2"),
        ("/badges/a%20b.svg", "svg a b"),
        ("/badges/12", "plain 12"),
        ("/badges/12.png", "plain 12.png"),
        ("/pairs/x-y-z", "pair x y-z"),
        ("/files/notes.txt", "text notes"),
    ] {
        assert_eq!(answered(router.clone(), get(path)).await, (StatusCode::OK, expected.to_owned()), "{path}");
    }
    let delete = Request::delete("/badges/7.json").body(Body::empty()).expect("a request");
    assert_eq!(answered(router.clone(), delete).await, (StatusCode::OK, "delete-json 7".to_owned()));
    for path in ["/pairs/xyz", "/files/notes.md", "/files/.txt"] {
        assert_eq!(answered(router.clone(), get(path)).await.0, StatusCode::NOT_FOUND, "{path}");
    }
    let post = Request::post("/badges/7.json").body(Body::empty()).expect("a request");
    assert_eq!(answered(router.clone(), post).await.0, StatusCode::METHOD_NOT_ALLOWED);
}

/// Refusals in the shapes a document declares: by status for the API, by
/// status for one operation, and for every other status.
#[tokio::test]
async fn refusals_take_the_declared_shapes() {
    const ERROR: RefusalShape = RefusalShape::Object {
        message: "message",
        code: Some(RefusalCode::Name("code")),
        request_id: None,
        media_type: "application/json",
        violations: false,
    };
    static SHAPES: RefusalShapes = RefusalShapes {
        statuses: &[(&[404], RefusalShape::Text { media_type: "text/plain" }), (&[401, 422], ERROR)],
        otherwise: RefusalShape::Object {
            message: "detail",
            code: None,
            request_id: Some("request_id"),
            media_type: "application/json",
            violations: true,
        },
    };
    static NOTE: Operation = Operation {
        id: "note",
        path: "/notes/{name}",
        security: &[&[Requirement { scheme: &KEY, scopes: &[] }]],
        parameters: &[Parameter::path("name")],
        refusals: Refusals::DEFAULT.shaped(&[(
            &[422],
            RefusalShape::Object {
                message: "error",
                code: Some(RefusalCode::Number("status")),
                request_id: None,
                media_type: "application/json",
                violations: true,
            },
        )]),
        ..Operation::NEW
    };
    struct NoteRequest {
        path: Valid<UploadPath>,
        context: Context,
    }
    oapi_axum_runtime::read_request!(NoteRequest { path });
    struct Shaped;
    impl Service for Shaped {
        type Principal = ();
        type Credentials = bool;
        fn credentials(presented: &Presented<'_>) -> bool {
            presented.header("X-Key").is_some()
        }
        async fn authenticate(&self, _: bool, _: &Incoming<'_>) -> Result<(), AuthError> {
            Ok(())
        }
        fn reject(&self, rejection: Rejection, operation: Option<&'static Operation>) -> Response {
            response::refusal(&rejection, operation, &SHAPES)
        }
    }
    let router = || {
        Routes::new(Shaped)
            .authenticated(&NOTE, |_: Arc<Shaped>, (): (), request: NoteRequest| async move {
                format!("{} {}", request.path.name, request.context.operation.id)
            })
            .router()
    };
    let send = |method: Method, uri: &str, key: bool| {
        let mut request = Request::builder().method(method).uri(uri);
        if key {
            request = request.header("X-Key", "k");
        }
        let request = request.body(Body::empty()).expect("a request");
        async move {
            let response = router().oneshot(request).await.expect("an answer");
            let media_type = response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap_or_default().to_owned());
            let (status, text) = text_of(response).await;
            (status.as_u16(), media_type.unwrap_or_default(), text)
        }
    };
    assert_eq!(send(Method::GET, "/notes/ab", true).await, (200, "text/plain; charset=utf-8".into(), "ab note".into()));
    // The operation's own shape for 422.
    let (status, media_type, text) = send(Method::GET, "/notes/toolong", true).await;
    assert_eq!((status, media_type.as_str()), (422, "application/json"));
    let body: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(body["status"], 422);
    assert_eq!(body["error"], "/path/name: must be at most 5 characters long", "{text}");
    assert_eq!(body["violations"][0]["pointer"], "/path/name", "{text}");
    // The API's for 401, with the status's name as a text code.
    let (status, _, text) = send(Method::GET, "/notes/ab", false).await;
    assert_eq!(status, 401);
    let body: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!((body["code"].as_str(), body.as_object().map(|o| o.len())), (Some("unauthorized"), Some(2)), "{text}");
    // No operation: the API's shapes, then the rest's.
    assert_eq!(send(Method::GET, "/elsewhere", true).await, (404, "text/plain".into(), "Not Found".into()));
    let (status, media_type, text) = send(Method::DELETE, "/notes/ab", true).await;
    assert_eq!((status, media_type.as_str()), (405, "application/json"));
    let body: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(body["detail"], "Method Not Allowed", "{text}");
    // A UUID, version 4, new for each refusal.
    let id = body["request_id"].as_str().expect("an id").to_owned();
    let parts: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!((parts, &id[14..15]), (vec![8, 4, 4, 4, 12], "4"), "{id}");
    let (_, _, again) = send(Method::DELETE, "/notes/ab", true).await;
    assert!(!again.contains(&id), "{again}");
}
