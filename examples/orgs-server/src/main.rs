//! `orgs-server`: serves the four organization APIs on SQLite.
//!
//! ```text
//! orgs-server [--bind ADDR] [--db PATH | --memory] [--cors ORIGIN]... [--cors-any]
//! orgs-server [--db PATH] key <API> ARGS...   a new key (see each API's module)
//! ```
//!
//! `--cors ORIGIN` (repeatable) lets pages of that origin call the APIs from
//! a browser, `--cors-any` pages of any origin: preflight requests are
//! answered (any method, any request header), and every answer to such a
//! page says `Access-Control-Allow-Origin` (its headers, Logto's
//! `Total-Number` included, exposed). Without either, none of this is sent.
//! Every request is logged with its peer's address.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use oapi_axum_runtime::axum::{self, extract::ConnectInfo, http::HeaderValue, middleware};
use orgs_server::Store;
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, Any, CorsLayer};

const USAGE: &str = "\
usage: orgs-server [--bind ADDR] [--db PATH | --memory]     serve (default 127.0.0.1:8080, orgs.db)
                   [--cors ORIGIN]... [--cors-any]          to browsers of these origins, or any
       orgs-server [--db PATH] key <API> ARGS...            print a new key for langsmith, logto, trieve or zenml";

struct Options {
    bind: SocketAddr,
    db: Option<PathBuf>,
    /// The origins of `--cors`; any origin with `--cors-any`.
    cors: Vec<HeaderValue>,
    cors_any: bool,
    command: Vec<String>,
}

fn options() -> Result<Options, String> {
    let (bind, db) = (SocketAddr::from(([127, 0, 0, 1], 8080)), Some(PathBuf::from("orgs.db")));
    let mut options = Options { bind, db, cors: Vec::new(), cors_any: false, command: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bind" => {
                let value = args.next().ok_or("--bind needs an address")?;
                options.bind = value.parse().map_err(|e| format!("--bind {value}: {e}"))?;
            }
            "--db" => options.db = Some(PathBuf::from(args.next().ok_or("--db needs a path")?)),
            "--memory" => options.db = None,
            "--cors" => {
                let origin = args.next().ok_or("--cors needs an origin (https://app.example)")?;
                let value = HeaderValue::from_str(&origin).map_err(|e| format!("--cors {origin}: {e}"))?;
                options.cors.push(value);
            }
            "--cors-any" => options.cors_any = true,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ => options.command.push(arg),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .init();
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("orgs-server: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let store = match Store::open(options.db.as_deref()) {
        Ok(store) => Arc::new(store),
        Err(error) => {
            eprintln!("orgs-server: cannot open the database: {error}");
            return ExitCode::FAILURE;
        }
    };
    match options.command.as_slice() {
        [] => serve(store, options).await,
        [command, api, args @ ..] if command == "key" => match orgs_server::create_key(&store, api, args) {
            Ok(key) => {
                println!("{key}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("orgs-server: {message}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

async fn serve(store: Arc<Store>, options: Options) -> ExitCode {
    let bind = options.bind;
    match orgs_server::bootstrap(&store) {
        Ok(keys) => {
            for (what, key) in keys {
                // Shown once: only a digest is kept.
                println!("key: {what}: {key}");
            }
        }
        Err(error) => {
            eprintln!("orgs-server: cannot create the first keys: {error}");
            return ExitCode::FAILURE;
        }
    }
    let listener = match tokio::net::TcpListener::bind(bind).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("orgs-server: cannot listen on {bind}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let address = listener.local_addr().map_or_else(|_| bind.to_string(), |a| a.to_string());
    // Tests read this line to find the port.
    println!("listening on http://{address}");
    tracing::info!(%address, "serving");
    let mut app = orgs_server::app(store);
    let origins = if options.cors_any { Some(AllowOrigin::any()) } else { (!options.cors.is_empty()).then(|| options.cors.into()) };
    if let Some(origins) = origins {
        // The methods and headers a preflight asks for, named (`*` does not
        // cover `Authorization`); every header of an answer readable.
        let (methods, headers) = (AllowMethods::mirror_request(), AllowHeaders::mirror_request());
        app = app.layer(CorsLayer::new().allow_origin(origins).allow_methods(methods).allow_headers(headers).expose_headers(Any));
    }
    // With `ConnectInfo`, each request knows its peer (the log says it).
    let service = app.layer(middleware::from_fn(log)).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, service).with_graceful_shutdown(shutdown()).await;
    match served {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("orgs-server: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The request log: a `request` span per request with its peer, method,
/// path and status, logged when it closes (with the time it took). The
/// generated router runs each operation in an `operation` span of its own
/// (the runtime's `tracing` feature) inside it, logged when it closes too:
/// `request{peer=.. method=POST path=/organizations}:operation{operation.id=..
/// http.route=/organizations http.response.status_code=401}: close time.busy=..`.
/// What a method logs is in both.
async fn log(request: axum::extract::Request, next: middleware::Next) -> axum::response::Response {
    use tracing::Instrument;
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map_or_else(String::new, |info| info.0.to_string());
    let span =
        tracing::info_span!("request", %peer, method = %request.method(), path = request.uri().path(), status = tracing::field::Empty);
    let recorded = span.clone();
    async move {
        let response = next.run(request).await;
        recorded.record("status", response.status().as_u16());
        response
    }
    .instrument(span)
    .await
}

/// Ctrl-C or SIGTERM: stop accepting, finish what is in flight.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
