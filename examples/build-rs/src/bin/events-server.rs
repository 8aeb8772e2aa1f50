//! Serves the streamed run of [`zenml_build_rs::events`] on a loopback port
//! (the first free one unless given), and prints its address.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let bind = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".to_owned());
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    println!("listening on http://{}", listener.local_addr()?);
    let app = zenml_build_rs::events::server::router(zenml_build_rs::events::Agents);
    oapi_axum_runtime::axum::serve(listener, app).await
}
