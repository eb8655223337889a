//! One log line per request on stderr (method, route, status, duration,
//! request id, tenant), and the request metrics. The route is the matched
//! template (`/v1/licenses/{key}`), never the raw path, so no license key,
//! API key or query string reaches the log.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::metrics::{RequestLabels, RouteLabel};
use super::state::AppState;

/// The tenant a response is about, for the log line.
#[derive(Clone)]
pub struct TenantTag(pub String);

/// A response tagged with its tenant.
pub struct Tagged<T>(pub String, pub T);

impl<T: IntoResponse> IntoResponse for Tagged<T> {
    fn into_response(self) -> Response {
        let mut response = self.1.into_response();
        response.extensions_mut().insert(TenantTag(self.0));
        response
    }
}

/// Log lines as `TIME LEVEL message key=value…`, on stderr. A request
/// thread hands its line to a writer thread, which writes them in batches;
/// none is dropped (a full queue makes requests wait). Keep the guard until
/// the end: dropping it writes what is queued.
pub fn init_logging() -> tracing_appender::non_blocking::WorkerGuard {
    let stderr = std::io::BufWriter::new(std::io::stderr());
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .finish(stderr);
    let _ = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_target(false)
        .with_ansi(false)
        .compact()
        .try_init();
    guard
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A request id: this process's random prefix and a counter.
fn request_id(prefix: u32) -> String {
    format!("{prefix:08x}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

pub async fn observe(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_string(), |p| p.as_str().to_string());
    let id = request_id(state.id_prefix);
    let mut response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    let tenant = response
        .extensions()
        .get::<TenantTag>()
        .map_or("-", |t| t.0.as_str())
        .to_string();
    tracing::info!(
        "request method={method} route={route} status={status} ms={:.2} id={id} tenant={tenant}",
        elapsed.as_secs_f64() * 1000.0
    );
    let labels = RequestLabels {
        method,
        route: route.clone(),
        status,
    };
    state.metrics.requests.get_or_create(&labels).inc();
    let route_label = RouteLabel { route };
    if status == 429 {
        state.metrics.rate_limited.get_or_create(&route_label).inc();
    }
    state
        .metrics
        .durations
        .get_or_create(&route_label)
        .observe(elapsed.as_secs_f64());
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}
