//! Starting the real server binary on a loopback port, and talking to it
//! with real clients.

#![allow(dead_code, reason = "each test file uses part of the helpers")]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use oapi_axum_runtime::axum;
use serde_json::Value;

/// A running `orgs-server`.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The keys printed at first start: (what, key).
    pub keys: Vec<(String, String)>,
}

impl Server {
    /// Starts the server on `db`, on a free loopback port, and waits until
    /// it listens.
    pub fn start(db: &Path) -> Self {
        Self::start_with(db, &[])
    }

    /// [`Server::start`], with more options (`--cors ORIGIN`).
    pub fn start_with(db: &Path, options: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_orgs-server"))
            .args(["--bind", "127.0.0.1:0", "--db"])
            .arg(db)
            .args(options)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("orgs-server starts");
        let stdout = child.stdout.take().expect("its standard output");
        let mut lines = BufReader::new(stdout).lines();
        let mut keys = Vec::new();
        let base = loop {
            let line = lines.next().expect("it says where it listens").expect("a line");
            if let Some(base) = line.strip_prefix("listening on ") {
                break base.to_owned();
            }
            if let Some(rest) = line.strip_prefix("key: ")
                && let Some((what, key)) = rest.rsplit_once(": ")
            {
                keys.push((what.to_owned(), key.to_owned()));
            }
        };
        Self { child, base, keys }
    }

    /// The key printed for the API whose description contains `what`.
    pub fn key(&self, what: &str) -> String {
        self.keys
            .iter()
            .find(|(w, _)| w.contains(what))
            .map(|(_, k)| k.clone())
            .unwrap_or_else(|| panic!("no key for {what}: {:?}", self.keys))
    }

    /// Stops it as an operator would (SIGTERM), and waits for it to finish.
    pub fn stop(mut self) {
        let status = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("kill runs");
        assert!(status.success());
        let exit = self.child.wait().expect("it exits");
        assert!(exit.success(), "a graceful shutdown exits 0: {exit}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh database path.
pub fn database(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("orgs-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir.join("orgs.db")
}

/// What `curl` got: status and body (JSON, or `Null`).
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

/// One request with `curl`, as a user at a shell would send it.
pub fn curl(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>) -> Reply {
    let mut command = Command::new("curl");
    command.args(["--silent", "--show-error", "--request", method, "--write-out", "\n%{http_code}"]);
    for (name, value) in headers {
        command.args(["--header", &format!("{name}: {value}")]);
    }
    if let Some(body) = body {
        command.args(["--header", "Content-Type: application/json", "--data", body]);
    }
    let output = command.arg(url).output().expect("curl runs (install it: apt-get install curl)");
    assert!(output.status.success(), "curl failed: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    let (body, status) = text.rsplit_once('\n').expect("the status after the body");
    Reply { status: status.trim().parse().expect("a status"), body: serde_json::from_str(body).unwrap_or(Value::Null) }
}

/// What `$ref` points to within `root` (to a fixed depth: documents may be
/// recursive).
pub fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(pointer) => schema = root.pointer(pointer).unwrap_or(&Value::Null),
            None => break,
        }
    }
    schema
}

/// One request through `app` in process (no socket), a JSON body when
/// given: its status and its body's bytes.
pub async fn send(app: &axum::Router, method: &str, uri: &str, headers: &[(&str, &str)], body: Option<&Value>) -> (u16, axum::body::Bytes) {
    use tower::ServiceExt;
    let mut builder = axum::http::Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let body = match body {
        Some(body) => {
            builder = builder.header(axum::http::header::CONTENT_TYPE, "application/json");
            axum::body::Body::from(body.to_string())
        }
        None => axum::body::Body::empty(),
    };
    let response = app.clone().oneshot(builder.body(body).expect("a valid request")).await.expect("an answer");
    let status = response.status().as_u16();
    (status, axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("a body"))
}
