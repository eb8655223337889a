//! The endpoints of the policies an application meets (docs/policies.md):
//! a trial when it has no key yet (a license of the product's trial plan,
//! issued and activated on the asking machine, answered with its key,
//! token and a signed reply; limited per address and per machine), and
//! usage reports against a license's meters (counted in group-committed
//! transactions, `server/usage.rs`). No API key.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;

use crate::server::db::tenant_named;
use crate::server::error::{ApiResult, ErrorBody};
use crate::server::extract::{ClientAddr, JsonBody};
use crate::server::observe::Tagged;
use crate::server::state::AppState;
use crate::service::license::Answer;
use crate::service::license::trial::{TrialInput, start_trial};
use crate::service::license::usage::{MeterUsage, UsageInput, UsageRequest};
use crate::service::replies::sign_answer;

/// A trial started: the license's token, the activation's answer, and the
/// answer signed (`lvr+jwt`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct TrialStarted {
    /// The trial license's token (`lic+jwt`).
    pub token: String,
    #[serde(flatten)]
    pub answer: Answer,
    pub signed: String,
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/trials", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = TrialInput,
    responses(
        (status = 201, description = "A trial license, activated on the machine", body = TrialStarted),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "TRIAL_USED: the machine had its trial of the product", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn start(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    JsonBody(input): JsonBody<TrialInput>,
) -> ApiResult<(axum::http::StatusCode, Tagged<Json<TrialStarted>>)> {
    state.limits.address(client)?;
    state
        .limits
        .license(&format!("{slug}/trial/{}", input.fingerprint.trim()))?;
    let run = state.clone();
    let started = state
        .db
        .write(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            let scope = tx.scope(&tenant)?;
            let session = run.session(format!("trial:{}", input.fingerprint.trim()), client);
            let started = start_trial(&session, &scope, &tenant, &input)?;
            let signed = sign_answer(
                &session,
                &scope,
                &tenant,
                &started.checked.answer,
                started.checked.license.as_ref(),
                input.nonce.as_deref(),
            )?;
            Ok((tenant.slug().to_string(), started, signed))
        })
        .await?;
    let (slug, started, signed) = started;
    Ok((
        axum::http::StatusCode::CREATED,
        Tagged(
            slug,
            Json(TrialStarted {
                token: started.issued.token,
                answer: started.checked.answer,
                signed,
            }),
        ),
    ))
}

/// The answer to a usage report: the answer, the meter as it now stands,
/// and both signed (`usage` in the reply's claims).
#[derive(Serialize, utoipa::ToSchema)]
pub struct UsageReply {
    #[serde(flatten)]
    pub answer: Answer,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<MeterUsage>,
    pub signed: String,
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/licenses/usage", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = UsageInput,
    responses(
        (status = 200, description = "Counted, or refused with USAGE_EXCEEDED (nothing counted); answered only once committed", body = UsageReply),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
        (status = 503, body = ErrorBody),
    ),
)]
pub async fn usage(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    JsonBody(input): JsonBody<UsageInput>,
) -> ApiResult<Tagged<Json<UsageReply>>> {
    state.limits.address(client)?;
    let request = UsageRequest::new(input)?;
    state
        .limits
        .license(&format!("{slug}/usage/{}", request.key))?;
    let counted = state.usage.count(slug, client, request).await?;
    Ok(Tagged(
        counted.slug,
        Json(UsageReply {
            answer: counted.answer,
            usage: counted.usage,
            signed: counted.signed,
        }),
    ))
}
