//! The streamed run of the build.rs example, served by its binary on a
//! loopback port and read by real clients: `curl -N` and Python's `httpx`
//! with `httpx-sse` (from PyPI, in a virtual environment this test makes).
//! Each typed event arrives in order, and the first arrives before the last
//! is made (each event's id is the time it was made).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

/// The events server, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_events-server"))
            .arg("127.0.0.1:0")
            .stdout(Stdio::piped())
            .spawn()
            .expect("the events server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("its output")).read_line(&mut line).expect("it says where it listens");
        let base = line.trim().strip_prefix("listening on ").expect("an address").to_owned();
        Self { child, base }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A virtual environment with `httpx` and `httpx-sse`, made once under the
/// target directory.
fn python() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("events-venv");
    let python = venv.join("bin").join("python");
    let ready = Command::new(&python).args(["-c", "import httpx, httpx_sse"]).status();
    if ready.is_ok_and(|status| status.success()) {
        return python;
    }
    let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status().expect("python3 runs");
    assert!(made.success(), "python3 -m venv");
    let installed = Command::new(venv.join("bin").join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "httpx==0.28.1", "httpx-sse==0.4.3"])
        .status()
        .expect("pip runs");
    assert!(installed.success(), "pip install httpx httpx-sse");
    python
}

const RUN: &str =
    r#"{"agent_id": "11111111-1111-1111-1111-111111111111", "input": {"messages": [{"role": "user", "content": "hello there"}]}}"#;

#[test]
fn curl_reads_each_event_in_order() {
    let server = Server::start();
    let url = format!("{}/threads/t1/runs/stream", server.base);
    let output = Command::new("curl")
        .args(["-sS", "-N", "-X", "POST", "-H", "X-Api-Key: key", "-H", "Content-Type: application/json", "-d", RUN, "-D", "-", &url])
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(text.to_ascii_lowercase().contains("content-type: text/event-stream"), "{text}");
    let events: Vec<(String, String)> = text
        .split("\r\n\r\n")
        .nth(1)
        .expect("a body after the headers")
        .split("\n\n")
        .filter(|frame| !frame.trim().is_empty())
        .map(|frame| {
            let field = |name: &str| frame.lines().find_map(|l| l.strip_prefix(name)).unwrap_or_default().to_owned();
            (field("event: "), field("data: "))
        })
        .collect();
    let names: Vec<&str> = events.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["metadata", "updates", "end"], "{text}");
    let metadata: Value = serde_json::from_str(&events[0].1).expect("the metadata is JSON");
    assert_eq!(metadata["thread_id"], "t1");
    assert_eq!(events[1].1, "heard: hello there");

    // Without an API key, a 401, not a stream.
    let output =
        Command::new("curl").args(["-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-d", RUN, &url]).output().expect("curl");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "401");
}

#[test]
fn httpx_sse_reads_each_event_as_it_is_made() {
    let server = Server::start();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/events_client.py");
    let output = Command::new(python()).arg(script).arg(&server.base).output().expect("the client runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let events: Vec<Value> = stdout.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
    let names: Vec<&str> = events.iter().map(|e| e["event"].as_str().unwrap_or_default()).collect();
    assert_eq!(names, ["metadata", "updates", "end"], "{stdout}");
    assert_eq!(events[1]["data"], "heard: summarize agent memory");
    assert_eq!(serde_json::from_str::<Value>(events[0]["data"].as_str().unwrap_or_default()).expect("JSON")["thread_id"], "thread-7");
    // Streamed, not buffered: the first event was there before the last was made.
    let ms = |value: &Value| value.as_str().and_then(|s| s.parse::<u64>().ok()).or_else(|| value.as_u64()).unwrap_or(0);
    let (first_arrived, last_made) = (ms(&events[0]["arrived"]), ms(&events[2]["id"]));
    assert!(first_arrived < last_made, "the first event arrived at {first_arrived} ms, after the last was made at {last_made} ms");
}
