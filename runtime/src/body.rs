//! Request bodies read as they arrive, never held whole: [`BodyStream`]
//! chunk by chunk, [`MultipartStream`] part by part (each a [`Part`]), and
//! why either stopped before its end ([`BodyError`]). The pipeline makes
//! them (`Reading::stream` and `Reading::multipart_stream`, in
//! `request.rs`).

use axum::body::{Body, Bytes};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::problem::Rejection;

/// A request body read as it arrives, chunk by chunk, never held whole: for
/// uploads larger than is worth keeping in memory. The operation's body
/// limit holds for what has arrived so far.
///
/// ```ignore
/// while let Some(chunk) = request.body.chunk().await? {
///     file.write_all(&chunk).await?;
/// }
/// ```
pub struct BodyStream {
    pub(crate) body: Body,
    pub(crate) limit: usize,
    pub(crate) received: usize,
}

impl BodyStream {
    /// The next chunk, `None` at the end; an error once more than the limit
    /// has arrived, or when the client's connection fails.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, BodyError> {
        use axum::body::HttpBody;
        loop {
            let frame = std::future::poll_fn(|context| std::pin::Pin::new(&mut self.body).poll_frame(context)).await;
            let data = match frame {
                None => return Ok(None),
                Some(Err(error)) => return Err(BodyError::Broken(error.to_string())),
                // Trailers carry no octets.
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => data,
                    Err(_) => continue,
                },
            };
            self.received += data.len();
            if self.received > self.limit {
                return Err(BodyError::TooLarge { limit: self.limit });
            }
            return Ok(Some(data));
        }
    }

    /// The octets that have arrived so far.
    pub fn received(&self) -> usize {
        self.received
    }

    /// The most octets the body may have.
    pub fn limit(&self) -> usize {
        self.limit
    }
}

impl std::fmt::Debug for BodyStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BodyStream").field("received", &self.received).field("limit", &self.limit).finish_non_exhaustive()
    }
}

/// A `multipart/form-data` body read part by part as it arrives, each
/// part's content chunk by chunk, never held whole: for uploads of files
/// larger than is worth keeping in memory. The operation's body limit
/// holds for the whole body.
///
/// The parts come in the order they are sent, as they are: the router
/// checks the body's media type and size, and the method checks its parts
/// (which are there, and what they hold), as it reads them.
///
/// ```ignore
/// while let Some(mut part) = request.body.next_part().await? {
///     match part.name() {
///         Some("file") => while let Some(chunk) = part.chunk().await? {
///             file.write_all(&chunk).await?;
///         },
///         Some("title") => title = Some(part.text().await?),
///         _ => {}
///     }
/// }
/// ```
pub struct MultipartStream {
    pub(crate) parts: multer::Multipart<'static>,
    pub(crate) limit: usize,
}

impl MultipartStream {
    /// The next part, `None` after the last; an error once more than the
    /// limit has arrived, when the body is not well-formed multipart, or
    /// when the client's connection fails. A part borrows the stream, so it
    /// is done with before the next is asked for; what is left of it unread
    /// is then skipped.
    pub async fn next_part(&mut self) -> Result<Option<Part<'_>>, BodyError> {
        match self.parts.next_field().await {
            Ok(Some(field)) => Ok(Some(Part { field, limit: self.limit, _stream: std::marker::PhantomData })),
            Ok(None) => Ok(None),
            Err(error) => Err(body_error(error, self.limit)),
        }
    }

    /// The most octets the body may have.
    pub fn limit(&self) -> usize {
        self.limit
    }
}

impl std::fmt::Debug for MultipartStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MultipartStream").field("limit", &self.limit).finish_non_exhaustive()
    }
}

/// A part of a [`MultipartStream`]: its name, file name and media type as
/// its headers say, and its content as it arrives.
pub struct Part<'a> {
    field: multer::Field<'static>,
    limit: usize,
    /// The parser allows one part at a time: a part borrows the stream.
    _stream: std::marker::PhantomData<&'a mut MultipartStream>,
}

impl Part<'_> {
    /// The `name` of its `Content-Disposition`: the property it is.
    pub fn name(&self) -> Option<&str> {
        self.field.name()
    }

    /// The `filename` of its `Content-Disposition`, for a file.
    pub fn file_name(&self) -> Option<&str> {
        self.field.file_name()
    }

    /// Its `Content-Type`, as sent.
    pub fn content_type(&self) -> Option<&str> {
        self.field.headers().get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok())
    }

    /// Its headers, as sent.
    pub fn headers(&self) -> &axum::http::HeaderMap {
        self.field.headers()
    }

    /// The next chunk of its content, `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, BodyError> {
        self.field.chunk().await.map_err(|error| body_error(error, self.limit))
    }

    /// Its whole content, for a part known to be small (a text field):
    /// held in memory, within the body's limit.
    pub async fn bytes(self) -> Result<Bytes, BodyError> {
        let limit = self.limit;
        self.field.bytes().await.map_err(|error| body_error(error, limit))
    }

    /// Its whole content as UTF-8 text; 400 when it is not.
    pub async fn text(self) -> Result<String, BodyError> {
        let name = self.name().unwrap_or_default().to_owned();
        let bytes = self.bytes().await?;
        String::from_utf8(bytes.to_vec()).map_err(|_| BodyError::Malformed(format!("the part `{name}` is not UTF-8 text")))
    }
}

impl std::fmt::Debug for Part<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Part").field("name", &self.name()).field("file_name", &self.file_name()).finish_non_exhaustive()
    }
}

/// A body's chunks handed over one per poll: the multipart parser takes
/// chunks for as long as they are ready, and a body whose chunks are all
/// ready (one made in memory, or a fast client's on a single-threaded
/// runtime) would otherwise be gathered whole in its buffer before it
/// hands on any of it. Between two chunks the stream says it is pending,
/// and wakes at once.
pub(crate) struct ChunkAtATime<S> {
    pub(crate) chunks: S,
    pub(crate) paused: bool,
}

impl<S: futures_core::Stream + Unpin> futures_core::Stream for ChunkAtATime<S> {
    type Item = S::Item;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, context: &mut std::task::Context<'_>) -> std::task::Poll<Option<S::Item>> {
        if self.paused {
            self.paused = false;
            context.waker().wake_by_ref();
            return std::task::Poll::Pending;
        }
        let next = std::pin::Pin::new(&mut self.chunks).poll_next(context);
        self.paused = matches!(next, std::task::Poll::Ready(Some(_)));
        next
    }
}

fn body_error(error: multer::Error, limit: usize) -> BodyError {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => BodyError::TooLarge { limit },
        multer::Error::StreamReadFailed(error) => BodyError::Broken(error.to_string()),
        other => BodyError::Malformed(other.to_string()),
    }
}

/// Why a [`BodyStream`] or [`MultipartStream`] stopped before its end. As a
/// response: 413 for a body over the limit, 400 for one that broke off or
/// is not well-formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyError {
    /// More than `limit` octets were sent.
    TooLarge {
        /// The operation's body limit.
        limit: usize,
    },
    /// The body could not be read to its end (the connection failed).
    Broken(String),
    /// The body is not what its media type says (multipart that does not
    /// parse, a text part that is not UTF-8).
    Malformed(String),
}

impl std::fmt::Display for BodyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { limit } => write!(f, "the body is larger than {limit} bytes"),
            Self::Broken(error) => write!(f, "the body could not be read: {error}"),
            Self::Malformed(error) => write!(f, "the body is malformed: {error}"),
        }
    }
}

impl std::error::Error for BodyError {}

impl IntoResponse for BodyError {
    fn into_response(self) -> Response {
        match self {
            Self::TooLarge { limit } => crate::response::problem_response(&Rejection::TooLarge { limit }),
            Self::Broken(_) => crate::response::problem_response(&Rejection::malformed(Vec::new())),
            Self::Malformed(message) => {
                let violation = crate::Violation { pointer: "/body".to_owned(), keyword: "multipart", message };
                crate::response::problem_response(&Rejection::malformed(vec![violation]))
            }
        }
    }
}
