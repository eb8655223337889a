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
use crate::store::columns::Columns;

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

/// The columns an API key is read from, its status at `now` (an SQL
/// expression: a number, or a parameter), in the order of [`ApiKey::read`].
pub(crate) fn api_key_columns(now: impl std::fmt::Display) -> String {
    format!(
        "key_id, name, role, \
         CASE WHEN revoked_at IS NOT NULL THEN 'revoked' \
              WHEN expires_at IS NOT NULL AND expires_at <= {now} THEN 'expired' \
              ELSE 'active' END, \
         created_at, expires_at, revoked_at, tenant_id, secret_hash"
    )
}

impl ApiKey {
    /// The key as it stands at `now`: the rule of [`api_key_columns`],
    /// for a key read at another time.
    pub(crate) fn at(mut self, now: i64) -> ApiKey {
        self.status = if self.revoked.is_some() {
            ApiKeyStatus::Revoked
        } else if self.expires.is_some_and(|expires| expires.0 <= now) {
            ApiKeyStatus::Expired
        } else {
            ApiKeyStatus::Active
        };
        self
    }

    /// An API key from the columns of [`api_key_columns`].
    pub(crate) fn read(row: &impl Columns) -> Result<ApiKey> {
        Ok(ApiKey {
            id: row.string(0)?,
            name: row.string(1)?,
            role: row.word(2)?,
            status: row.word(3)?,
            created: row.time(4)?,
            expires: row.maybe_time(5)?,
            revoked: row.maybe_time(6)?,
            tenant: TenantId(row.id(7)?),
            secret_hash: row.string(8)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(expires: Option<i64>, revoked: Option<i64>) -> ApiKey {
        ApiKey {
            id: "kw_abcdefgh".into(),
            name: "ci".into(),
            role: Role::Validator,
            status: ApiKeyStatus::Active,
            created: UnixTime(100),
            expires: expires.map(UnixTime),
            revoked: revoked.map(UnixTime),
            tenant: TenantId(1),
            secret_hash: String::new(),
        }
    }

    /// A key remembered while active is judged again at each use.
    #[test]
    fn a_key_read_earlier_has_its_status_at_the_time_of_use() {
        assert_eq!(key(Some(200), None).at(199).status, ApiKeyStatus::Active);
        assert_eq!(key(Some(200), None).at(200).status, ApiKeyStatus::Expired);
        assert_eq!(key(None, None).at(i64::MAX).status, ApiKeyStatus::Active);
        let revoked = key(Some(200), Some(150)).at(100);
        assert_eq!(revoked.status, ApiKeyStatus::Revoked);
    }
}
