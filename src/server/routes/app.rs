//! The endpoints a vendor's installed application calls, authenticated by
//! the license key itself (docs/service.md): validate, activate, deactivate, check
//! in; and the tenant's public keys and revocation list. An API key is
//! optional here; one that is sent must be a valid key of the tenant in
//! the path, and it lifts the per-address limit.

use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;

use crate::domain::time::UnixTime;
use crate::server::actor::license_actor;
use crate::server::auth::{OptionalKey, admit_key, key_actor};
use crate::server::db::tenant_named;
use crate::server::error::{ApiError, ApiResult, ErrorBody};
use crate::server::extract::{ClientAddr, JsonBody};
use crate::server::metrics::CodeLabel;
use crate::server::observe::Tagged;
use crate::server::state::{AppState, CachedList};
use crate::service::Session;
use crate::service::findings::{Finding, Reporting, record};
use crate::service::license::Answer;
use crate::service::license::machines::{
    self, ActivateInput, CheckInInput, DeactivateInput, MachineRequest,
};
use crate::service::license::validate::{
    CheckRequest, Checked, ValidateInput, start_for, validate as check,
};
use crate::service::replies::sign_answer;
use crate::service::revocations::make_list;
use crate::service::signing::public_jwks;
use crate::service::verifier::Verifier;
use crate::store::{Scope, Tenant, Tx};

/// An answer about a license, and the same answer signed (`lvr+jwt`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct SignedAnswer {
    #[serde(flatten)]
    pub answer: Answer,
    /// The answer as a token of the tenant's key, valid until its lease
    /// ends; absent on a deactivation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<String>,
}

/// A revocation list, fresh or made within the last hour.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RevocationList {
    /// The signed list (`lrl+jwt`).
    pub token: String,
    pub seq: u64,
    pub revoked: usize,
    pub expires: Option<UnixTime>,
}

/// What a license endpoint does.
#[derive(Clone)]
enum Operation {
    Validate(CheckRequest),
    Activate(MachineRequest),
    Deactivate(MachineRequest),
    CheckIn(MachineRequest),
}

impl Operation {
    fn key(&self) -> &str {
        match self {
            Operation::Validate(r) => &r.key,
            Operation::Activate(r) | Operation::Deactivate(r) | Operation::CheckIn(r) => {
                &r.check.key
            }
        }
    }

    fn nonce(&self) -> Option<&str> {
        match self {
            Operation::Validate(r) => r.nonce.as_deref(),
            Operation::Activate(r) | Operation::Deactivate(r) | Operation::CheckIn(r) => {
                r.check.nonce.as_deref()
            }
        }
    }
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/licenses/validate", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = ValidateInput,
    responses(
        (status = 200, description = "The answer, valid or not (see `code`)", body = SignedAnswer),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 429, body = ErrorBody),
    ),
)]
pub async fn validate(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    client: ClientAddr,
    caller: OptionalKey,
    JsonBody(input): JsonBody<ValidateInput>,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    let request = CheckRequest::new(input)?;
    respond(state, slug, client, caller, Operation::Validate(request)).await
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/licenses/activate", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = ActivateInput,
    responses(
        (status = 200, description = "Activated, or refused (see `code`)", body = SignedAnswer),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 429, body = ErrorBody),
    ),
)]
pub async fn activate(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    client: ClientAddr,
    caller: OptionalKey,
    JsonBody(input): JsonBody<ActivateInput>,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    let request = MachineRequest::activate(input)?;
    respond(state, slug, client, caller, Operation::Activate(request)).await
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/licenses/deactivate", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = DeactivateInput,
    responses(
        (status = 200, description = "Deactivated, or refused (see `code`)", body = SignedAnswer),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such tenant, or the machine is not activated", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn deactivate(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    client: ClientAddr,
    caller: OptionalKey,
    JsonBody(input): JsonBody<DeactivateInput>,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    let request = MachineRequest::deactivate(input)?;
    respond(state, slug, client, caller, Operation::Deactivate(request)).await
}

#[utoipa::path(
    post, path = "/v1/tenants/{slug}/licenses/check-in", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    request_body = CheckInInput,
    responses(
        (status = 200, description = "Checked in, or refused (see `code`)", body = SignedAnswer),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such tenant, or the machine is not activated", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn check_in(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    client: ClientAddr,
    caller: OptionalKey,
    JsonBody(input): JsonBody<CheckInInput>,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    let request = MachineRequest::check_in(input)?;
    respond(state, slug, client, caller, Operation::CheckIn(request)).await
}

/// Why a license endpoint stopped before its operation ran.
enum Stop {
    /// The caller was refused: its API key, or its address's limit.
    Refused(ApiError),
    /// The license went over its rate limit: reported as suspicious.
    LicenseLimited(ApiError),
}

/// Rate limits, then the operation in one transaction (a read for a
/// validation), what it found recorded, and the answer signed. A request
/// without an API key spends its address's bucket before anything else;
/// one with a key is admitted by the key (in the transaction) first, so
/// that only a known key lifts the address limit, and only an admitted
/// request spends the license's bucket.
async fn respond(
    state: Arc<AppState>,
    slug: String,
    ClientAddr(client): ClientAddr,
    caller: OptionalKey,
    operation: Operation,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    if caller.0.is_none() {
        state.limits.address(client)?;
    }
    let (reported_slug, reported_key) = (slug.clone(), operation.key().to_string());
    let license_bucket = format!("{slug}/{}", operation.key());
    let reads_only = matches!(operation, Operation::Validate(_));
    let run = state.clone();
    // A validation's reads may run twice (`Store::read_latest`): the
    // license's bucket is spent once.
    let mut license_admitted = false;
    let work = move |tx: &Tx<'_>| -> crate::error::Result<Result<Done, Stop>> {
        let tenant = tenant_named(tx, &slug)?;
        let actor = match &caller.0 {
            None => license_actor(operation.key()),
            Some(presented) => match admit_key(&run, tx, presented, Some(tenant.id()), client)? {
                Ok(key) => key_actor(&key),
                Err(refused) => return Ok(Err(Stop::Refused(refused))),
            },
        };
        if !license_admitted {
            if let Err(limited) = run.limits.license(&license_bucket) {
                return Ok(Err(Stop::LicenseLimited(limited)));
            }
            license_admitted = true;
        }
        let session = run.session(actor, client);
        perform(
            &session,
            &tx.scope(&tenant)?,
            tenant,
            operation.clone(),
            &run.verifier,
        )
        .map(Ok)
    };
    let done = if reads_only {
        state.db.read_latest(work).await?
    } else {
        state.db.write(work).await?
    };
    match done {
        Ok(done) if done.checked.starts_term => {
            let started = start_and_validate(&state, client, done).await?;
            finish(&state, client, started).await
        }
        Ok(done) => finish(&state, client, done).await,
        Err(Stop::Refused(refused)) => Err(refused),
        Err(Stop::LicenseLimited(limited)) => {
            report_burst(&state, &reported_slug, &reported_key, client);
            Err(limited)
        }
    }
}

/// Runs a license endpoint's operation, records what it found (a
/// validation records nothing: it only reads), and signs the answer (a
/// deactivation has none to sign).
fn perform(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: Tenant,
    operation: Operation,
    verifier: &Verifier,
) -> crate::error::Result<Done> {
    let checked = match &operation {
        Operation::Validate(r) => check(session, scope, &tenant, r, verifier)?,
        Operation::Activate(r) => machines::activate(session, scope, &tenant, r, verifier)?,
        Operation::Deactivate(r) => machines::deactivate(session, scope, r)?,
        Operation::CheckIn(r) => machines::check_in(session, scope, &tenant, r, verifier)?,
    };
    let validating = matches!(operation, Operation::Validate(_));
    if !validating && let Some(finding) = &checked.finding {
        let key = operation.key();
        record(session, scope, &tenant, key, finding, Reporting::Service)?;
    }
    let signed = match (&operation, checked.starts_term) {
        (Operation::Deactivate(_), _) | (Operation::Validate(_), true) => None,
        _ => Some(sign_answer(
            session,
            scope,
            &tenant,
            &checked.answer,
            checked.license.as_ref(),
            operation.nonce(),
        )?),
    };
    Ok(Done {
        tenant,
        checked,
        signed,
        validating,
        operation,
        actor: session.actor.clone(),
    })
}

/// The result of a license endpoint's transaction.
struct Done {
    tenant: Tenant,
    checked: Checked,
    signed: Option<String>,
    validating: bool,
    /// What was done, and by whom: a validation that turns out to start
    /// the license's term is done again as a write.
    operation: Operation,
    actor: String,
}

/// A validation whose read found that it starts the license's waiting
/// term (its first validation, docs/policies.md): the term is started in
/// a write transaction, then the validation is made again.
async fn start_and_validate(
    state: &Arc<AppState>,
    client: std::net::IpAddr,
    done: Done,
) -> ApiResult<Done> {
    let Operation::Validate(request) = done.operation else {
        return Ok(done);
    };
    let request = Arc::new(request);
    let (slug, actor) = (done.tenant.slug().to_string(), done.actor);
    let (run, start, tenant_slug, starter) =
        (state.clone(), request.clone(), slug.clone(), actor.clone());
    state
        .db
        .write(move |tx| {
            let tenant = tenant_named(tx, &tenant_slug)?;
            let session = run.session(starter, client);
            start_for(&session, &tx.scope(&tenant)?, &tenant, &start)
        })
        .await?;
    let run = state.clone();
    let validated = state
        .db
        .read_latest(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            let session = run.session(actor.clone(), client);
            let scope = tx.scope(&tenant)?;
            perform(
                &session,
                &scope,
                tenant,
                Operation::Validate(CheckRequest::clone(&request)),
                &run.verifier,
            )
        })
        .await?;
    Ok(validated)
}

/// Records a validation's finding (validation itself writes nothing),
/// counts it, and answers.
async fn finish(
    state: &Arc<AppState>,
    client: std::net::IpAddr,
    done: Done,
) -> ApiResult<Tagged<Json<SignedAnswer>>> {
    let Done {
        tenant,
        checked,
        signed,
        validating,
        ..
    } = done;
    if validating && let Some(finding) = checked.finding.clone() {
        let (key, slug) = (checked.answer.key.clone(), tenant.slug().to_string());
        record_finding(state, slug, key, finding, client).await?;
    }
    if checked.finding.is_some() {
        state.webhook_queued.notify_one();
    }
    if validating && let Some(license) = &checked.license {
        let now = crate::domain::time::now();
        state.counters.count(tenant.id(), license.id, now);
    }
    let code = CodeLabel {
        code: checked.answer.code.as_str().to_string(),
    };
    state.metrics.answers.get_or_create(&code).inc();
    let body = SignedAnswer {
        answer: checked.answer,
        signed,
    };
    Ok(Tagged(tenant.slug().to_string(), Json(body)))
}

/// Records a finding about a license in its own transaction.
async fn record_finding(
    state: &Arc<AppState>,
    slug: String,
    key: String,
    finding: Finding,
    client: std::net::IpAddr,
) -> ApiResult<()> {
    let run = state.clone();
    state
        .db
        .write(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            if tx.scope(&tenant)?.find_license(&key, 0)?.is_none() {
                return Ok(());
            }
            let session = run.session(license_actor(&key), client);
            let scope = tx.scope(&tenant)?;
            record(
                &session,
                &scope,
                &tenant,
                &key,
                &finding,
                Reporting::Service,
            )
        })
        .await?;
    Ok(())
}

/// Reports a license going over its rate limit, at most once a minute,
/// without holding up the 429.
fn report_burst(state: &Arc<AppState>, slug: &str, key: &str, client: std::net::IpAddr) {
    if !state.report_burst(&format!("{slug}/{key}")) {
        return;
    }
    let finding = Finding::rate_limited(state.limits.license_limit());
    let (state, slug, key) = (state.clone(), slug.to_string(), key.to_string());
    tokio::spawn(async move {
        if record_finding(&state, slug, key, finding, client)
            .await
            .is_ok()
        {
            state.webhook_queued.notify_one();
        }
    });
}

#[utoipa::path(
    get, path = "/v1/tenants/{slug}/jwks.json", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The tenant's public keys (not revoked) as a JWKS, with the endorsements that chain them (`endorsements`); HMAC keys are never published", body = serde_json::Value),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn jwks(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
) -> ApiResult<Tagged<Json<serde_json::Value>>> {
    state.limits.address(client)?;
    let run = state.clone();
    let jwks = state
        .db
        .read(move |tx| {
            let tenant = tenant_named(tx, &slug)?;
            let jwks = public_jwks(&run.keys, &tx.scope(&tenant)?)?;
            Ok((tenant.slug().to_string(), jwks))
        })
        .await?;
    Ok(Tagged(jwks.0, Json(jwks.1)))
}

/// How long a revocation list is served again while no license was revoked.
const LIST_REUSE: Duration = Duration::from_secs(3600);

#[utoipa::path(
    get, path = "/v1/tenants/{slug}/revocations", tag = "application",
    params(("slug" = String, Path, description = "The tenant's slug")),
    responses(
        (status = 200, description = "The signed revocation list: made afresh when a license was revoked, else at most an hour old", body = RevocationList),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn revocations(
    State(state): State<Arc<AppState>>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
) -> ApiResult<Tagged<Json<serde_json::Value>>> {
    state.limits.address(client)?;
    let wanted = slug.clone();
    let revoked = state
        .db
        .read(move |tx| tx.scope(&tenant_named(tx, &wanted)?)?.revoked_keys())
        .await?;
    let cached = state
        .revocation_lists
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&slug)
        .cloned()
        .filter(|list| list.revoked == revoked && list.made.elapsed() < LIST_REUSE);
    if let Some(list) = cached {
        return Ok(Tagged(slug, Json(list.body)));
    }
    let run = state.clone();
    let wanted = slug.clone();
    let (list, revoked) = state
        .db
        .write(move |tx| {
            let tenant = tenant_named(tx, &wanted)?;
            let session = run.session("service".into(), client);
            let exp = session.now + session.policy.lease_seconds;
            let (token, claims) =
                make_list(&session, &tx.scope(&tenant)?, &tenant, Some(exp), None)?;
            let list = RevocationList {
                token,
                seq: claims.seq,
                revoked: claims.revoked.len(),
                expires: claims.exp.map(UnixTime),
            };
            Ok((list, claims.revoked))
        })
        .await?;
    let body = serde_json::to_value(&list).unwrap_or_default();
    let cached = CachedList {
        revoked,
        made: std::time::Instant::now(),
        body: body.clone(),
    };
    state
        .revocation_lists
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(slug.clone(), cached);
    Ok(Tagged(slug, Json(body)))
}
