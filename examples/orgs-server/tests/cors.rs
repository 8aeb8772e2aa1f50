//! `--cors`: browsers on the origins it names (or any, `--cors-any`) may
//! call the APIs. Over HTTP, with `curl` sending what a browser sends: a
//! preflight (`OPTIONS` with `Origin` and `Access-Control-Request-*`) is
//! answered with the `Access-Control-Allow-*` headers, an actual request
//! carries `Access-Control-Allow-Origin` (and exposes the answer's headers,
//! Logto's `Total-Number`); another origin gets none of it, and neither does
//! anyone from a server started without `--cors`.

mod common;

use std::process::Command;

use common::{Server, database};

/// What `curl` got: status and headers (names in lower case).
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

fn curl(method: &str, url: &str, headers: &[(&str, &str)]) -> Answer {
    let mut command = Command::new("curl");
    command.args(["--silent", "--show-error", "--output", "/dev/null", "--dump-header", "-", "--request", method, url]);
    for (name, value) in headers {
        command.args(["--header", &format!("{name}: {value}")]);
    }
    let output = command.output().expect("curl runs");
    assert!(output.status.success(), "curl failed: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut lines = text.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).expect("a status line");
    let headers =
        lines.filter_map(|line| line.split_once(':').map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))).collect();
    Answer { status, headers }
}

/// A browser's preflight of `POST` with credentials and a JSON body, from `origin`.
fn preflight(url: &str, origin: &str) -> Answer {
    let asking =
        [("Origin", origin), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "authorization,content-type")];
    curl("OPTIONS", url, &asking)
}

#[test]
fn browsers_of_the_allowed_origins_may_call() {
    let db = database("cors");
    let server = Server::start_with(&db, &["--cors", "https://app.example", "--cors", "https://admin.example"]);
    let zenml = format!("Bearer {}", server.key("ZenML"));
    let logto = format!("Bearer {}", server.key("Logto"));
    let organizations = format!("{}/organizations", server.base);

    // The preflight: the origin, the method and the headers asked for.
    let answer = preflight(&organizations, "https://app.example");
    assert_eq!(answer.status, 200, "{:?}", answer.headers);
    assert_eq!(answer.header("access-control-allow-origin"), Some("https://app.example"));
    assert!(answer.header("access-control-allow-methods").is_some_and(|m| m.contains("POST")), "{:?}", answer.headers);
    let allowed = answer.header("access-control-allow-headers").unwrap_or_default().to_ascii_lowercase();
    assert!(allowed.contains("authorization") && allowed.contains("content-type"), "{allowed}");
    let answer = preflight(&organizations, "https://admin.example");
    assert_eq!(answer.header("access-control-allow-origin"), Some("https://admin.example"));

    // The actual requests: answered as ever, with the origin allowed and
    // the answer's headers exposed.
    let answer = curl("GET", &organizations, &[("Origin", "https://app.example"), ("Authorization", &zenml)]);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("access-control-allow-origin"), Some("https://app.example"));
    assert!(answer.header("vary").is_some_and(|v| v.to_ascii_lowercase().contains("origin")), "{:?}", answer.headers);
    let logto_url = format!("{}/api/organizations", server.base);
    let answer = curl("GET", &logto_url, &[("Origin", "https://admin.example"), ("Authorization", &logto)]);
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (200, Some("https://admin.example")));
    assert!(answer.header("access-control-expose-headers").is_some(), "Total-Number is readable: {:?}", answer.headers);
    assert!(answer.header("total-number").is_some());
    // Refusals too: a browser reads why it was refused.
    let answer = curl("GET", &organizations, &[("Origin", "https://app.example")]);
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (401, Some("https://app.example")));

    // Another origin: nothing allowed.
    let answer = preflight(&organizations, "https://elsewhere.example");
    assert_eq!(answer.header("access-control-allow-origin"), None, "{:?}", answer.headers);
    let answer = curl("GET", &organizations, &[("Origin", "https://elsewhere.example"), ("Authorization", &zenml)]);
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (200, None));
    server.stop();

    // Any origin.
    let server = Server::start_with(&db, &["--cors-any"]);
    let organizations = format!("{}/organizations", server.base);
    let answer = preflight(&organizations, "https://elsewhere.example");
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (200, Some("*")));
    let answer = curl("GET", &organizations, &[("Origin", "https://elsewhere.example"), ("Authorization", &zenml)]);
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (200, Some("*")));
    server.stop();

    // Without `--cors`: no CORS at all; a preflight is a method the path
    // does not take.
    let server = Server::start(&db);
    let organizations = format!("{}/organizations", server.base);
    let answer = preflight(&organizations, "https://app.example");
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (405, None));
    let answer = curl("GET", &organizations, &[("Origin", "https://app.example"), ("Authorization", &zenml)]);
    assert_eq!((answer.status, answer.header("access-control-allow-origin")), (200, None));
    server.stop();
}
