//! The tenant's signing keys: key id, algorithm, Ed25519 public key, status.
//! Never a private key or an HMAC secret: those live in the key store.

use serde::Serialize;

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
