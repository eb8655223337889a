//! API keys of the service (docs/service.md): a public id, a name, a role, and the
//! SHA-256 of the secret, never the secret itself. A key is found by its
//! public id across tenants (the key names its tenant); the caller then
//! compares the hash in constant time.

use serde::Serialize;

use super::TenantId;
use crate::domain::state::Role;
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;

text_enum! {
    /// Whether an API key is accepted.
    pub ApiKeyStatus "API key status" {
        Active = "active",
        Expired = "expired",
        Revoked = "revoked",
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApiKey {
    /// The public part of the key (`kw_` and its first 8 characters).
    pub id: String,
    pub name: String,
    pub role: Role,
    pub status: ApiKeyStatus,
    pub created: UnixTime,
    pub expires: Option<UnixTime>,
    pub revoked: Option<UnixTime>,
    #[serde(skip)]
    pub tenant: TenantId,
    #[serde(skip)]
    pub secret_hash: String,
}

/// A key to record: its public id, the hash of its secret, its terms.
pub struct NewApiKey<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub secret_hash: &'a str,
    pub expires_at: Option<i64>,
}

/// What a backend does with the api keys of one tenant.
pub trait ApiKeyRows {
    fn insert_api_key(&self, new: &NewApiKey<'_>, now: i64) -> Result<ApiKey>;

    /// Whether any tenant already uses this public id.
    fn api_key_id_taken(&self, id: &str) -> Result<bool>;

    /// The tenant's key with this public id, or a not-found error.
    fn api_key(&self, id: &str, now: i64) -> Result<ApiKey>;

    /// Every key of the tenant, oldest first.
    fn api_keys(&self, now: i64) -> Result<Vec<ApiKey>>;

    /// Marks a key revoked; returns false if it already was.
    fn revoke_api_key(&self, id: &str, now: i64) -> Result<bool>;
}

/// What a backend does with API keys before their tenant is known.
pub trait ApiKeyLookup {
    /// The API key with this public id, in whichever tenant holds it.
    fn api_key_by_id(&self, id: &str, now: i64) -> Result<Option<ApiKey>>;

    /// Whether the API key row with public id `key_id` holds its seal.
    fn api_key_holds(&self, key_id: &str) -> Result<bool>;
}
