//! Server-sent events: the body of a `text/event-stream` response, written
//! as its events arrive (the WHATWG HTML standard's event stream format).

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_core::Stream;
use serde::Serialize;

/// One event: its data, and the optional `event` name, `id` and `retry` a
/// client sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<T> {
    /// What the event carries: text as it is, a typed value as JSON.
    pub data: T,
    /// `event:`, the name a client listens for (`message` when `None`).
    pub event: Option<String>,
    /// `id:`, what a reconnecting client sends back as `Last-Event-ID`.
    pub id: Option<String>,
    /// `retry:`, the milliseconds a client waits before reconnecting.
    pub retry: Option<u64>,
}

impl<T> Event<T> {
    /// An event of `data`, with no name, id or retry.
    pub fn new(data: T) -> Self {
        Self { data, event: None, id: None, retry: None }
    }

    /// Names the event (`event:`).
    #[must_use]
    pub fn event(mut self, name: impl Into<String>) -> Self {
        self.event = Some(name.into());
        self
    }

    /// Gives the event an id (`id:`).
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }
}

/// The events of a `text/event-stream` response, sent one by one as the
/// stream gives them: the response ends when the stream does, and the
/// stream is dropped when the client goes away.
///
/// ```ignore
/// let events = futures_util::stream::iter(["one", "two"]).map(str::to_owned);
/// Ok(stream_run::Response::Ok(Events::new(events)))
/// ```
///
/// With the `serve` feature, a comment (`:`) is sent after every
/// `KEEP_ALIVE` (15 s) without an event, so that proxies and clients do not take
/// a quiet stream for a dead connection ([`Events::keep_alive`] changes it).
pub struct Events<T> {
    events: Pin<Box<dyn Stream<Item = Event<T>> + Send>>,
    keep_alive: Option<std::time::Duration>,
}

/// How long a stream of events may be quiet before a comment is sent.
pub const KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(15);

impl<T: Send + 'static> Events<T> {
    /// Events of the values `stream` gives, one event each.
    pub fn new(stream: impl Stream<Item = T> + Send + 'static) -> Self {
        Self::of_events(Each { stream: Box::pin(stream) })
    }

    /// Events as `stream` gives them, with names and ids.
    pub fn of_events(stream: impl Stream<Item = Event<T>> + Send + 'static) -> Self {
        Self { events: Box::pin(stream), keep_alive: Some(KEEP_ALIVE) }
    }

    /// A comment after every `quiet` without an event, or none (`None`).
    /// Without the `serve` feature there is no timer, and no comment.
    #[must_use]
    pub fn keep_alive(mut self, quiet: Option<std::time::Duration>) -> Self {
        self.keep_alive = quiet;
        self
    }
}

impl<T> std::fmt::Debug for Events<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Events").finish_non_exhaustive()
    }
}

/// Each value of a stream as an event of its own.
struct Each<T> {
    stream: Pin<Box<dyn Stream<Item = T> + Send>>,
}

impl<T> Stream for Each<T> {
    type Item = Event<T>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Event<T>>> {
        self.stream.as_mut().poll_next(context).map(|value| value.map(Event::new))
    }
}

/// The frames of events, each written by `data` (a text's lines, or a
/// value's JSON), and keep-alive comments between them.
struct Frames<T> {
    events: Pin<Box<dyn Stream<Item = Event<T>> + Send>>,
    data: fn(&T, &mut String),
    keep_alive: KeepAlive,
}

impl<T> Stream for Frames<T> {
    type Item = Result<Bytes, std::convert::Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let write = self.data;
        match self.events.as_mut().poll_next(context) {
            Poll::Ready(event) => {
                self.keep_alive.reset();
                Poll::Ready(event.map(|event| Ok(Bytes::from(frame(&event, write)))))
            }
            Poll::Pending if self.keep_alive.due(context) => Poll::Ready(Some(Ok(Bytes::from_static(b":\n\n")))),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// The timer of keep-alive comments (with the `serve` feature).
#[cfg(feature = "serve")]
struct KeepAlive {
    quiet: Option<std::time::Duration>,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
}

#[cfg(feature = "serve")]
impl KeepAlive {
    fn new(quiet: Option<std::time::Duration>) -> Self {
        Self { quiet, sleep: None }
    }

    /// An event was sent: the quiet starts again.
    fn reset(&mut self) {
        self.sleep = None;
    }

    /// Whether the stream has been quiet long enough for a comment; if not,
    /// `context` is woken when it has.
    fn due(&mut self, context: &mut Context<'_>) -> bool {
        let Some(quiet) = self.quiet else { return false };
        let sleep = self.sleep.get_or_insert_with(|| Box::pin(tokio::time::sleep(quiet)));
        if sleep.as_mut().poll(context).is_ready() {
            self.sleep = None;
            true
        } else {
            false
        }
    }
}

/// Without the `serve` feature, no timer and no comment.
#[cfg(not(feature = "serve"))]
struct KeepAlive;

#[cfg(not(feature = "serve"))]
impl KeepAlive {
    fn new(_: Option<std::time::Duration>) -> Self {
        Self
    }

    fn reset(&mut self) {}

    fn due(&mut self, _: &mut Context<'_>) -> bool {
        false
    }
}

/// One event as the format writes it: its fields, a `data:` line per line
/// of its data, and a blank line.
fn frame<T>(event: &Event<T>, data: fn(&T, &mut String)) -> String {
    let mut out = String::new();
    // A field's value ends at the line's end: a name or id with a line
    // break in it is cut there, as it could not be sent otherwise.
    let one_line = |text: &str| text.split(['\r', '\n']).next().unwrap_or_default().to_owned();
    if let Some(name) = &event.event {
        out.push_str(&format!("event: {}\n", one_line(name)));
    }
    if let Some(id) = &event.id {
        out.push_str(&format!("id: {}\n", one_line(id)));
    }
    if let Some(retry) = event.retry {
        out.push_str(&format!("retry: {retry}\n"));
    }
    let mut text = String::new();
    data(&event.data, &mut text);
    for line in text.split('\n') {
        out.push_str("data: ");
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        out.push('\n');
    }
    out.push('\n');
    out
}

fn stream_response<T: Send + 'static>(status: StatusCode, events: Events<T>, data: fn(&T, &mut String)) -> Response {
    let frames = Frames { events: events.events, data, keep_alive: KeepAlive::new(events.keep_alive) };
    let mut response = (status, Body::from_stream(frames)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// A `text/event-stream` response of text events.
pub fn text_events(status: StatusCode, events: Events<String>) -> Response {
    stream_response(status, events, |text, out| out.push_str(text))
}

/// A `text/event-stream` response of events whose data is each value's JSON.
pub fn json_events<T: Serialize + Send + 'static>(status: StatusCode, events: Events<T>) -> Response {
    stream_response(status, events, |value, out| {
        // A value that does not serialize (a map with non-string keys) is
        // sent as `null` rather than breaking the stream.
        out.push_str(&serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned()));
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::HttpBody;

    fn poll_frame(body: &mut Body) -> Poll<Option<String>> {
        let mut context = Context::from_waker(std::task::Waker::noop());
        Pin::new(body)
            .poll_frame(&mut context)
            .map(|frame| frame.map(|frame| String::from_utf8(frame.expect("a frame").into_data().expect("data").to_vec()).expect("text")))
    }

    #[test]
    fn events_are_framed_as_the_format_says() {
        let events = [Event::new("one".to_owned()).event("note").id("1"), Event::new("two\nlines\r\nhere".to_owned())];
        let response = text_events(StatusCode::OK, Events::of_events(futures_util::stream::iter(events)).keep_alive(None));
        assert_eq!(response.headers()[header::CONTENT_TYPE], "text/event-stream");
        let mut body = response.into_body();
        assert_eq!(poll_frame(&mut body), Poll::Ready(Some("event: note\nid: 1\ndata: one\n\n".to_owned())));
        assert_eq!(poll_frame(&mut body), Poll::Ready(Some("data: two\ndata: lines\ndata: here\n\n".to_owned())));
        assert_eq!(poll_frame(&mut body), Poll::Ready(None));
    }

    /// A quiet stream gets a comment after the keep-alive time, and its
    /// events as they come.
    #[cfg(feature = "serve")]
    #[test]
    fn a_quiet_stream_is_kept_alive() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("a runtime");
        let frames = runtime.block_on(async {
            let late = futures_util::stream::once(async {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                "news".to_owned()
            });
            let events = Events::new(late).keep_alive(Some(std::time::Duration::from_millis(30)));
            let mut body = text_events(StatusCode::OK, events).into_body();
            let mut frames = Vec::new();
            while let Some(frame) = std::future::poll_fn(|context| Pin::new(&mut body).poll_frame(context)).await {
                frames.push(String::from_utf8(frame.expect("a frame").into_data().expect("data").to_vec()).expect("text"));
            }
            frames
        });
        let (news, comments) = frames.split_last().expect("frames");
        assert_eq!(news, "data: news\n\n");
        assert!(!comments.is_empty() && comments.iter().all(|c| c == ":\n\n"), "{frames:?}");
    }

    #[test]
    fn typed_events_are_json_and_sent_as_they_come() {
        use futures_util::StreamExt;
        #[derive(Serialize)]
        struct Step {
            n: u32,
            text: &'static str,
        }
        let steps = futures_util::stream::iter([Step { n: 1, text: "a\nb" }]).chain(futures_util::stream::pending());
        let mut body = json_events(StatusCode::OK, Events::new(steps).keep_alive(None)).into_body();
        assert_eq!(poll_frame(&mut body), Poll::Ready(Some("data: {\"n\":1,\"text\":\"a\\nb\"}\n\n".to_owned())));
        assert!(poll_frame(&mut body).is_pending(), "the next event waits for the stream");
    }
}
