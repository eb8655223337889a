//! The endpoint Stripe delivers a tenant's events to (docs/billing.md):
//! no API key; the `Stripe-Signature` header over the raw body is checked
//! before anything reads it. The answer is 200 only once the event's
//! effect and record are committed, so that Stripe delivers again
//! whatever did not land; an event keywright cannot use is recorded and
//! answered 200 (never a 5xx that Stripe would retry for days).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use serde::Serialize;

use crate::server::db::tenant_named;
use crate::server::error::{ApiError, ApiResult, ErrorBody};
use crate::server::extract::ClientAddr;
use crate::server::observe::Tagged;
use crate::server::state::AppState;
use crate::service::billing::stripe::Event;
use crate::service::billing::{self, signature};
use crate::store::billing::EventStatus;

/// What became of a delivery.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Received {
    pub received: bool,
    pub event: String,
    /// `applied`, `duplicate`, `ignored` or `failed`.
    #[schema(value_type = String)]
    pub status: EventStatus,
    pub reason: String,
    pub licenses: Vec<String>,
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/billing/stripe", tag = "billing",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body(content = serde_json::Value, description = "A Stripe event, as Stripe delivers it, signed in the Stripe-Signature header"),
    responses(
        (status = 200, description = "Recorded: applied, a duplicate, ignored, or failed (see `keywright billing events`)", body = Received),
        (status = 400, description = "The signature does not check, or the body is not an event; nothing written", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
        (status = 503, description = "The database is unavailable; Stripe delivers again", body = ErrorBody),
    ),
)]
pub async fn stripe(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Tagged<Json<Received>>> {
    state.limits.address(client)?;
    let run = state.clone();
    let (account, secrets) = state
        .db
        .read(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            let account = billing::account_of(&tx.scope(&tenant)?, &tenant)?;
            let now = crate::domain::time::now();
            let secrets = billing::accepted_secrets(&run.keys, &tenant, &account, now)?;
            Ok(((tenant, account), secrets))
        })
        .await?;
    let (tenant, account) = account;
    let header = headers
        .get("stripe-signature")
        .and_then(|value| value.to_str().ok());
    let now = crate::domain::time::now();
    signature::verify(header, &body, &secrets, now, account.tolerance_seconds).map_err(
        |refusal| {
            ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                "bad_signature",
                refusal.to_string(),
            )
        },
    )?;
    let event = Event::parse(&body)?;
    let slug = tenant.slug().to_string();
    let run = state.clone();
    let recorded = state
        .db
        .write(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            let scope = tx.scope(&tenant)?;
            let session = run.session(String::new(), client);
            let account = billing::account_of(&scope, &tenant)?;
            let fetch = |id: &str| billing::api::line_items(&run.keys, &tenant, &account, id);
            let received = billing::receive(&session, &scope, &tenant, &event, &fetch);
            Ok((received, event))
        })
        .await;
    let recorded = match recorded? {
        (Ok(recorded), _) => recorded,
        (Err(e), event) if billing::is_permanent(&e) => {
            let slug = tenant.slug().to_string();
            state
                .db
                .write(move |tx| {
                    let tenant = tenant_named(tx, &slug)?;
                    billing::record_failure(
                        &tx.scope(&tenant)?,
                        crate::domain::time::now(),
                        &event,
                        &e,
                    )
                })
                .await?
        }
        (Err(e), _) => return Err(e.into()),
    };
    if !recorded.licenses.is_empty() {
        state.webhook_queued.notify_one();
        state.email_queued.notify_one();
    }
    Ok(Tagged(
        tenant.slug().to_string(),
        Json(Received {
            received: true,
            event: recorded.event,
            status: recorded.status,
            reason: recorded.reason,
            licenses: recorded.licenses,
        }),
    ))
}
