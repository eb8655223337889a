//! Who is calling: an API key (`Authorization: Bearer kw_…`), or, on the
//! endpoints a license key authenticates, possibly nobody. The header is
//! read here; the key is checked against the database (in constant time)
//! inside the request's own transaction, so a request costs one trip to
//! the database's threads. A key counts only once it is known: an unknown,
//! revoked, expired or other tenant's key is refused at the cost of the
//! client's address (never of the key it names, nor of any license), and
//! only a known key spends its own bucket and lifts the address limit.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use super::error::{ApiError, ApiResult};
use super::extract::ClientAddr;
use super::state::AppState;
use crate::domain::state::Role;
use crate::error::Result;
use crate::service::api_key::{Refused, authenticate};
use crate::store::{ApiKey, TenantId, Tx};

/// The API key a request must send (the back office).
pub struct RequiredKey(pub String);

/// The API key a request may send (the application endpoints).
pub struct OptionalKey(pub Option<String>);

impl FromRequestParts<Arc<AppState>> for OptionalKey {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> std::result::Result<Self, ApiError> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(OptionalKey(None));
        };
        let presented = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| {
                // A malformed header costs the address, like an unknown key.
                let limited =
                    ClientAddr::of(parts, state).and_then(|client| state.limits.address(client.0));
                match limited {
                    Err(limited) => limited,
                    Ok(()) => {
                        ApiError::unauthorized("send the API key as Authorization: Bearer kw_…")
                    }
                }
            })?;
        Ok(OptionalKey(Some(presented.to_string())))
    }
}

impl FromRequestParts<Arc<AppState>> for RequiredKey {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> std::result::Result<Self, ApiError> {
        match OptionalKey::from_request_parts(parts, state).await?.0 {
            Some(key) => Ok(RequiredKey(key)),
            None => {
                let client = ClientAddr::of(parts, state)?;
                state.limits.address(client.0)?;
                Err(ApiError::unauthorized(
                    "this needs an API key: send it as Authorization: Bearer kw_…; make one with `keywright api-key create`",
                ))
            }
        }
    }
}

/// The key presented, if it is known, active, its secret matches and it
/// belongs to `tenant` (when a path names one); it then spends its own
/// bucket. Anything else is refused, spending the bucket of `client`
/// instead, so that a made-up key neither lifts the address limit nor
/// drains the bucket of a real key that shares its public part.
pub fn admit_key(
    state: &AppState,
    tx: &Tx<'_>,
    presented: &str,
    tenant: Option<TenantId>,
    client: IpAddr,
) -> Result<ApiResult<ApiKey>> {
    let refused = |error: ApiError| match state.limits.address(client) {
        Err(limited) => limited,
        Ok(()) => error,
    };
    let key = match authenticate(tx, presented, crate::domain::time::now())? {
        Ok(key) => key,
        Err(why) => return Ok(Err(refused(ApiError::unauthorized(refusal(why))))),
    };
    if tenant.is_some_and(|tenant| tenant != key.tenant) {
        return Ok(Err(refused(ApiError::unauthorized(
            "the API key belongs to another tenant than the one in the path",
        ))));
    }
    Ok(state.limits.api_key(&key.id).map(|()| key))
}

/// Refuses a key whose role does not include `needed`.
pub fn require(key: &ApiKey, needed: Role) -> ApiResult<()> {
    if key.role.allows(needed) {
        return Ok(());
    }
    Err(ApiError::forbidden(format!(
        "this needs an API key with the {needed} role; key {} is a {} key",
        key.id, key.role
    )))
}

/// The actor of audit entries an API key causes.
pub fn key_actor(key: &ApiKey) -> String {
    format!("api-key:{}", key.name)
}

/// Why a presented API key is refused, in the service's words: keys are
/// made by the operator, at the terminal.
fn refusal(why: Refused) -> &'static str {
    match why {
        Refused::Malformed => {
            "the API key is not one keywright made: it starts with kw_ and has 46 characters"
        }
        Refused::Unknown => {
            "the API key is not known; check it, or ask the operator for one (`keywright api-key create`)"
        }
        Refused::Expired => {
            "the API key has expired; ask the operator for a new one (`keywright api-key create`)"
        }
        Refused::Revoked => {
            "the API key was revoked; ask the operator for a new one (`keywright api-key create`)"
        }
        Refused::Unsealed => {
            "the API key's record was changed outside keywright, so it is not trusted; the operator must run `keywright doctor` and make a new one"
        }
    }
}
