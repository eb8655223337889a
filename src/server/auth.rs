//! Who is calling: an API key (`Authorization: Bearer kw_…`), or, on the
//! endpoints a license key authenticates, possibly nobody. The header is
//! read here; the key is checked against the database (in constant time)
//! inside the request's own transaction, so a request costs one trip to
//! the database's threads.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use super::error::{ApiError, ApiResult};
use super::state::AppState;
use crate::domain::state::Role;
use crate::error::Result;
use crate::service::api_keys::authenticate;
use crate::store::{ApiKey, Tx};

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
                ApiError::unauthorized("send the API key as Authorization: Bearer kw_…")
            })?;
        // The bucket of a key is its public part: a guessed key is limited too.
        state
            .limits
            .api_key(presented.get(..11).unwrap_or(presented))?;
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
            None => Err(ApiError::unauthorized(
                "this needs an API key: send it as Authorization: Bearer kw_…; make one with `keywright api-key create`",
            )),
        }
    }
}

/// The key presented, if it is known, active and its secret matches.
pub fn check_key(tx: &Tx<'_>, presented: &str, now: i64) -> Result<ApiResult<ApiKey>> {
    Ok(authenticate(tx, presented, now)?
        .map_err(|refused| ApiError::unauthorized(refused.message())))
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
