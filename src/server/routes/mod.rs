//! The routes of the service and the layers around them: the request log
//! and metrics, a time limit, a body limit, and a JSON answer for every
//! failure (unknown route, wrong method, panic, timeout).

pub mod admin;
pub mod app;
pub mod billing;
pub mod openapi;
pub mod policies;

use std::sync::Arc;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{BoxError, Json, Router, middleware};
use serde::Serialize;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;

use super::error::ApiError;
use super::extract::{MAX_BODY, too_large};
use super::observe::observe;
use super::state::AppState;
use openapi::document;

pub fn router(state: Arc<AppState>) -> Router {
    let timeout = state.settings.request_timeout;
    let api = Router::new()
        .route("/v1/tenants/{slug}/licenses/validate", post(app::validate))
        .route("/v1/tenants/{slug}/licenses/activate", post(app::activate))
        .route(
            "/v1/tenants/{slug}/licenses/deactivate",
            post(app::deactivate),
        )
        .route("/v1/tenants/{slug}/licenses/check-in", post(app::check_in))
        .route("/v1/tenants/{slug}/jwks.json", get(app::jwks))
        .route("/v1/tenants/{slug}/revocations", get(app::revocations))
        .route("/v1/tenants/{slug}/billing/stripe", post(billing::stripe))
        .route("/v1/tenants/{slug}/trials", post(policies::start))
        .route("/v1/tenants/{slug}/licenses/usage", post(policies::usage))
        .route("/v1/licenses", get(admin::list_licenses).post(admin::issue))
        .route("/v1/licenses/revoke", post(admin::bulk_revoke))
        .route("/v1/licenses/{key}", get(admin::show_license))
        .route("/v1/licenses/{key}/renew", post(admin::renew))
        .route("/v1/licenses/{key}/update", post(admin::update))
        .route("/v1/licenses/{key}/suspend", post(admin::suspend))
        .route("/v1/licenses/{key}/reinstate", post(admin::reinstate))
        .route("/v1/licenses/{key}/revoke", post(admin::revoke))
        .route(
            "/v1/customers",
            get(admin::list_customers).post(admin::create_customer_route),
        )
        .route("/v1/products", get(admin::list_products))
        .route("/v1/plans", get(admin::list_plans))
        .route("/v1/audit", get(admin::list_audit))
        .route("/v1/openapi.json", get(openapi))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed);
    api.layer(
        ServiceBuilder::new()
            .layer(middleware::from_fn_with_state(state.clone(), observe))
            .layer(CatchPanicLayer::custom(panicked))
            .layer(HandleErrorLayer::new(timed_out))
            .timeout(timeout)
            .layer(DefaultBodyLimit::max(MAX_BODY)),
    )
    .with_state(state)
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
}

/// `GET /healthz`: the service answers and its database can be read.
async fn healthz(State(state): State<Arc<AppState>>) -> Response {
    match state.db.read(|tx| tx.tenants().map(drop)).await {
        Ok(()) => Json(Health { status: "ok" }).into_response(),
        Err(e) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            format!("the database cannot be read: {e}"),
        )
        .into_response(),
    }
}

/// `GET /metrics`: Prometheus's text format.
async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    (
        [(header::CONTENT_TYPE, content_type)],
        state.metrics.render(),
    )
        .into_response()
}

/// `GET /v1/openapi.json`: the API, described from its handlers' types.
async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], document()).into_response()
}

async fn not_found() -> ApiError {
    ApiError::not_found("there is no such endpoint; see /v1/openapi.json for the API")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this endpoint does not take that method; see /v1/openapi.json for the API",
    )
}

async fn timed_out(err: BoxError) -> ApiError {
    if err.is::<tower::timeout::error::Elapsed>() {
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            "the request took too long and was abandoned; try again",
        );
    }
    if over_length_limit(err.as_ref()) {
        return too_large();
    }
    crate::error::Error::runtime(err.to_string()).into()
}

/// Whether an error is, or was caused by, a body over the length limit.
fn over_length_limit(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(err);
    while let Some(err) = cause {
        if err.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        cause = err.source();
    }
    false
}

fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the service could not complete the request; its log says why",
    )
    .into_response()
}
