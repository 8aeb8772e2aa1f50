//! `orgs-server`: serves the four organization APIs on SQLite.
//!
//! ```text
//! orgs-server [--bind ADDR] [--db PATH | --memory]
//! orgs-server [--db PATH] key <API> ARGS...   a new key (see each API's module)
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use orgs_server::Store;

const USAGE: &str = "\
usage: orgs-server [--bind ADDR] [--db PATH | --memory]     serve (default 127.0.0.1:8080, orgs.db)
       orgs-server [--db PATH] key <API> ARGS...            print a new key for langsmith, logto, trieve or zenml";

struct Options {
    bind: SocketAddr,
    db: Option<PathBuf>,
    command: Vec<String>,
}

fn options() -> Result<Options, String> {
    let mut options =
        Options { bind: SocketAddr::from(([127, 0, 0, 1], 8080)), db: Some(PathBuf::from("orgs.db")), command: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bind" => {
                let value = args.next().ok_or("--bind needs an address")?;
                options.bind = value.parse().map_err(|e| format!("--bind {value}: {e}"))?;
            }
            "--db" => options.db = Some(PathBuf::from(args.next().ok_or("--db needs a path")?)),
            "--memory" => options.db = None,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ => options.command.push(arg),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt().with_writer(std::io::stderr).with_target(false).init();
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
        [] => serve(store, options.bind).await,
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

async fn serve(store: Arc<Store>, bind: SocketAddr) -> ExitCode {
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
    let app = orgs_server::app(store).layer(oapi_axum_runtime::axum::middleware::from_fn(log));
    let served = axum::serve(listener, app).with_graceful_shutdown(shutdown()).await;
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

/// One log line per request: method, path, status, time taken.
async fn log(
    request: oapi_axum_runtime::axum::extract::Request,
    next: oapi_axum_runtime::axum::middleware::Next,
) -> oapi_axum_runtime::axum::response::Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(%method, %path, status = response.status().as_u16(), elapsed_ms = started.elapsed().as_millis(), "request");
    response
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
