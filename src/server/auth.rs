//! Who is calling: an API key (`Authorization: Bearer kw_…`), checked
//! against the database in constant time, with its tenant and role; or, on
//! the endpoints a license key authenticates, nobody or a key of the
//! tenant in the path.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use super::error::{ApiError, ApiResult};
use super::state::AppState;
use crate::domain::state::Role;
use crate::service::api_keys::authenticate;
use crate::store::{ApiKey, TenantId};

/// A request made with a valid API key.
pub struct ApiCaller {
    pub key: ApiKey,
}

impl ApiCaller {
    /// Refuses the request unless the key's role includes `needed`.
    pub fn require(&self, needed: Role) -> ApiResult<()> {
        if self.key.role.allows(needed) {
            return Ok(());
        }
        Err(ApiError::forbidden(format!(
            "this needs an API key with the {needed} role; key {} is a {} key",
            self.key.id, self.key.role
        )))
    }

    /// The actor of audit entries this caller causes.
    pub fn actor(&self) -> String {
        format!("api-key:{}", self.key.name)
    }

    pub fn tenant(&self) -> TenantId {
        self.key.tenant
    }
}

impl FromRequestParts<Arc<AppState>> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, ApiError> {
        match OptionalApiCaller::from_request_parts(parts, state).await?.0 {
            Some(caller) => Ok(caller),
            None => Err(ApiError::unauthorized(
                "this needs an API key: send it as Authorization: Bearer kw_…; make one with `keywright api-key create`",
            )),
        }
    }
}

/// An API key if the request sends one; a bad one is refused, not ignored.
pub struct OptionalApiCaller(pub Option<ApiCaller>);

impl FromRequestParts<Arc<AppState>> for OptionalApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, ApiError> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(OptionalApiCaller(None));
        };
        let presented = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| {
                ApiError::unauthorized("send the API key as Authorization: Bearer kw_…")
            })?
            .to_string();
        let now = crate::domain::time::now();
        let found = state
            .db
            .read(move |tx| authenticate(tx, &presented, now))
            .await?;
        let key = found.map_err(|refused| ApiError::unauthorized(refused.message()))?;
        state.limits.api_key(&key.id)?;
        Ok(OptionalApiCaller(Some(ApiCaller { key })))
    }
}
