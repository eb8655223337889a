//! The tenant's signing keys: key id, algorithm, Ed25519 public key, status.
//! Never a private key or an HMAC secret: those live in the key store.

use crate::error::{Error, Record, Remedy, Result};
use crate::store::columns::Columns;
use crate::token::SigningKey;
use serde::Serialize;
use std::sync::Arc;

use crate::domain::state::KeyStatus;
use crate::domain::time::UnixTime;
use crate::token::{Algorithm, VerifyingKey};

#[derive(Debug, Clone, Serialize)]
pub struct SigningKeyRecord {
    #[serde(skip)]
    pub id: i64,
    pub kid: String,
    pub algorithm: Algorithm,
    pub status: KeyStatus,
    pub created: UnixTime,
    pub retired: Option<UnixTime>,
    pub revoked: Option<UnixTime>,
    /// Whether the key it replaced endorsed it (a kre+jwt token).
    pub endorsed: bool,
    #[serde(skip)]
    pub public_key: Option<Vec<u8>>,
    #[serde(skip)]
    pub endorsement: Option<String>,
}

impl SigningKeyRecord {
    /// The Ed25519 public key; HMAC keys have none.
    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        self.public_key
            .as_deref()
            .and_then(|bytes| VerifyingKey::from_ed25519_bytes(bytes).ok())
    }
}

/// What a backend does with the signing keys of one tenant.
pub trait SigningKeyRows: super::TenantHandle {
    /// Records a new active key: its id, algorithm and public half only.
    fn insert_signing_key(&self, key: &SigningKey, now: i64) -> Result<SigningKeyRecord>;

    /// Every key of the tenant, oldest first, shared: a service remembers
    /// them while the database is unchanged (`store/answers.rs`).
    fn keys(&self) -> Result<Arc<[SigningKeyRecord]>>;

    /// Every key of the tenant, oldest first.
    fn signing_keys(&self) -> Result<Vec<SigningKeyRecord>> {
        Ok(self.keys()?.to_vec())
    }

    fn find_signing_key(&self, kid: &str) -> Result<Option<SigningKeyRecord>> {
        Ok(self.keys()?.iter().find(|key| key.kid == kid).cloned())
    }

    fn signing_key(&self, kid: &str) -> Result<SigningKeyRecord> {
        self.find_signing_key(kid)?.ok_or_else(|| Error::NotFound {
            what: Record::SigningKey,
            id: kid.to_string(),
            scope: self.describe(),
            remedy: Remedy::Look,
        })
    }

    /// The key that signs by default: the newest active one.
    fn newest_active_key(&self) -> Result<Option<SigningKeyRecord>> {
        let keys = self.keys()?;
        let active =
            |key: &&SigningKeyRecord| key.status == KeyStatus::Active && key.revoked.is_none();
        Ok(keys.iter().rev().find(active).cloned())
    }

    /// Records the endorsement (a kre+jwt token) of key `kid`.
    fn set_endorsement(&self, kid: &str, token: &str) -> Result<()>;

    /// Revokes a key for good (and retires it); false if it already was.
    fn revoke_signing_key(&self, kid: &str, now: i64) -> Result<bool>;

    /// The ids of the tenant's revoked keys, sorted.
    fn revoked_kids(&self) -> Result<Vec<String>> {
        let keys = self.keys()?;
        let mut kids: Vec<String> = keys
            .iter()
            .filter(|key| key.revoked.is_some())
            .map(|key| key.kid.clone())
            .collect();
        kids.sort();
        Ok(kids)
    }

    /// Retires every active key but `kid`; returns the retired key ids.
    fn retire_keys_except(&self, kid: &str, now: i64) -> Result<Vec<String>>;
}

/// The columns a key record is read from, in the order of
/// [`SigningKeyRecord::read`].
pub(crate) const SIGNING_KEY_COLUMNS: &str =
    "id, kid, algorithm, status, created_at, retired_at, public_key, endorsement, revoked_at";

impl SigningKeyRecord {
    /// A key record from the columns of [`SIGNING_KEY_COLUMNS`]: a revoked
    /// key is `revoked` whatever its stored state.
    pub(crate) fn read(row: &impl Columns) -> Result<SigningKeyRecord> {
        let algorithm =
            Algorithm::from_name(&row.string(2)?).ok_or_else(crate::store::columns::unreadable)?;
        let endorsement = row.text(7)?;
        let revoked = row.maybe_time(8)?;
        Ok(SigningKeyRecord {
            id: row.id(0)?,
            kid: row.string(1)?,
            algorithm,
            status: match revoked {
                Some(_) => KeyStatus::Revoked,
                None => row.word(3)?,
            },
            created: row.time(4)?,
            retired: row.maybe_time(5)?,
            revoked,
            endorsed: endorsement.is_some(),
            public_key: row.bytes(6)?,
            endorsement,
        })
    }
}
