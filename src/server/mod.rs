//! The license service (`keywright serve`, docs/service.md): the same operations as
//! the commands (`crate::service`), over HTTP. This module owns only what is
//! HTTP: routing, authentication of API keys, rate limits, JSON bodies and
//! errors, logs, metrics, the OpenAPI document, and the background work
//! (webhook delivery, validation counters). SQLite is used off the async
//! threads: readers from a small pool, one writer at a time.
//!
//! The API is described in docs/service.md and, generated from the
//! handlers' own types, in docs/openapi.json.

mod actor;
mod auth;
mod background;
mod counters;
mod db;
mod delivery;
mod emails;
mod error;
mod extract;
mod limits;
mod metrics;
mod observe;
mod routes;
mod settings;
mod state;
mod usage;
mod usage_queue;
mod webhooks;

pub use routes::openapi;
pub use settings::Settings;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, Result};
use state::AppState;

/// How long requests in flight may finish after a shutdown signal.
const DRAIN: Duration = Duration::from_secs(30);

/// Runs the service until SIGTERM or Ctrl-C, then finishes the requests in
/// flight, writes the pending counters and returns.
pub fn run(settings: Settings) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("keywright-serve")
        .build()
        .map_err(|e| Error::runtime(format!("the service could not start its threads: {e}")))?;
    runtime.block_on(serve(settings))
}

async fn serve(settings: Settings) -> Result<()> {
    let _log = observe::init_logging();
    // rustls needs a process-wide provider for the TLS of `--tls-cert`.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let (listener, address) = bind(&settings.listen)?;
    // Opening the database blocks (PostgreSQL's client runs its own loop).
    let state = Arc::new(tokio::task::block_in_place(|| AppState::new(settings))?);
    let app = routes::router(state.clone());
    let handle = axum_server::Handle::<SocketAddr>::new();
    tokio::spawn(shutdown_on_signal(handle.clone()));
    let background = background::spawn(&state);
    let scheme = if state.settings.tls.is_some() {
        "https"
    } else {
        "http"
    };
    eprintln!("keywright serve: listening on {scheme}://{address}");
    let service = app.into_make_service_with_connect_info::<SocketAddr>();
    let timeout = state.settings.request_timeout;
    let served = match &state.settings.tls {
        Some((cert, key)) => {
            let acceptor = tls_acceptor(cert, key, timeout).await?;
            let server = axum_server::from_tcp(listener)
                .map_err(|e| Error::runtime(format!("the service could not start: {e}")))?
                .acceptor(acceptor);
            with_timeouts(server, timeout)
                .handle(handle)
                .serve(service)
                .await
        }
        None => {
            let server = axum_server::from_tcp(listener)
                .map_err(|e| Error::runtime(format!("the service could not start: {e}")))?;
            with_timeouts(server, timeout)
                .handle(handle)
                .serve(service)
                .await
        }
    };
    background.abort();
    state.flush_counters().await;
    served.map_err(|e| Error::runtime(format!("the service stopped: {e}")))?;
    eprintln!("keywright serve: stopped");
    Ok(())
}

/// The listening socket and its address (the port, when 0 was asked).
fn bind(listen: &str) -> Result<(std::net::TcpListener, SocketAddr)> {
    let listener = std::net::TcpListener::bind(listen).map_err(|e| {
        Error::usage(format!(
            "cannot listen on {listen}: {}; choose another address with --listen",
            crate::error::describe_io(&e)
        ))
    })?;
    let address = listener
        .local_addr()
        .map_err(|e| Error::runtime(format!("the listening address is unknown: {e}")))?;
    Ok((listener, address))
}

/// TLS with the certificate and key of `--tls-cert` and `--tls-key`, its
/// handshake bounded by `timeout`.
async fn tls_acceptor(
    cert: &std::path::Path,
    key: &std::path::Path,
    timeout: Duration,
) -> Result<axum_server::tls_rustls::RustlsAcceptor> {
    let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
        .await
        .map_err(|e| {
            Error::usage(format!(
                "the TLS certificate {} or key {} cannot be used: {e}",
                cert.display(),
                key.display()
            ))
        })?;
    Ok(axum_server::tls_rustls::RustlsAcceptor::new(config).handshake_timeout(timeout))
}

/// The one timeout policy of both listeners, plain and TLS: a client that
/// has not sent its first request (after the TLS handshake, which the TLS
/// acceptor bounds the same way), or the headers of a later one, within
/// `timeout` is disconnected, so trickling sockets cannot pile up.
fn with_timeouts<A>(
    mut server: axum_server::Server<SocketAddr, A>,
    timeout: Duration,
) -> axum_server::Server<SocketAddr, A> {
    server
        .http_builder()
        .http1()
        .header_read_timeout(Some(timeout));
    server.first_request_timeout(timeout)
}

/// Waits for SIGTERM or Ctrl-C, then stops accepting and drains.
async fn shutdown_on_signal(handle: axum_server::Handle<SocketAddr>) {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    eprintln!("keywright serve: stopping; finishing the requests in flight");
    handle.graceful_shutdown(Some(DRAIN));
}
