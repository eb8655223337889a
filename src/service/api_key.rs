//! API keys of the service (docs/service.md). A key is `kw_` and 43 characters of
//! base64url (32 random bytes). The database keeps its SHA-256 and its
//! first 11 characters as a public id; the secret is shown once, when it is
//! made. A presented key is found by its public id and its hash compared in
//! constant time.

use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::state::Role;
use crate::domain::time::{end_of_local_day, parse_timezone};
use crate::domain::values::hex;
use crate::error::{Error, Result};
use crate::store::{ApiKey, ApiKeyStatus, NewApiKey, Scope, Tenant, Tx};
use crate::token::encode_base64url;

/// What every key starts with.
pub const PREFIX: &str = "kw_";
/// The length of a key's public id: the prefix and 8 characters.
const ID_LEN: usize = 11;
/// The length of a whole key.
const KEY_LEN: usize = 46;

/// A new key: its record, and the secret, shown once.
pub struct Created {
    pub key: ApiKey,
    pub secret: Zeroizing<String>,
}

/// Makes a key of `role` for the tenant, with its audit entry (never the secret).
pub fn create(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    role: Role,
    name: Option<&str>,
    expires: Option<&str>,
) -> Result<Created> {
    let expires_at = expires
        .map(|date| end_of_local_day(date, &parse_timezone(&tenant.timezone)?))
        .transpose()?;
    if expires_at.is_some_and(|at| at <= session.now) {
        return Err(Error::usage(
            "the expiry date is in the past; give a later date",
        ));
    }
    let (id, secret) = loop {
        let secret = new_secret()?;
        let id = secret[..ID_LEN].to_string();
        if !scope.api_key_id_taken(&id)? {
            break (id, secret);
        }
    };
    let name = match name {
        Some(name) => checked_name(name)?,
        None => id.clone(),
    };
    let new = NewApiKey {
        id: &id,
        name: &name,
        role,
        secret_hash: &hash(&secret),
        expires_at,
    };
    let key = scope.insert_api_key(&new, session.now)?;
    let details = json!({"name": key.name, "role": role, "expires": expires_at});
    scope.append_audit(&session.audit(
        AuditAction::ApiKeyCreated,
        TargetKind::ApiKey,
        &key.id,
        details,
    ))?;
    Ok(Created { key, secret })
}

/// Revokes a key for good, with its audit entry.
pub fn revoke(session: &Session<'_>, scope: &Scope<'_>, id: &str) -> Result<ApiKey> {
    let key = scope.api_key(id, session.now)?;
    if !scope.revoke_api_key(&key.id, session.now)? {
        return Err(Error::usage(format!(
            "API key {} is already revoked; nothing was changed",
            key.id
        )));
    }
    let details = json!({"name": key.name, "role": key.role});
    scope.append_audit(&session.audit(
        AuditAction::ApiKeyRevoked,
        TargetKind::ApiKey,
        &key.id,
        details,
    ))?;
    scope.api_key(id, session.now)
}

/// Why a presented key is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Malformed,
    Unknown,
    Expired,
    Revoked,
    /// Its row was written or changed outside keywright.
    Unsealed,
}

/// The key a request presented, if it is known, active and its secret matches.
pub fn authenticate(
    tx: &Tx<'_>,
    presented: &str,
    now: i64,
) -> Result<std::result::Result<ApiKey, Refused>> {
    if presented.len() != KEY_LEN || !presented.starts_with(PREFIX) || !presented.is_ascii() {
        return Ok(Err(Refused::Malformed));
    }
    let Some(key) = tx.api_key_by_id(&presented[..ID_LEN], now)? else {
        return Ok(Err(Refused::Unknown));
    };
    let matches: bool = hash(presented)
        .as_bytes()
        .ct_eq(key.secret_hash.as_bytes())
        .into();
    if matches && !tx.api_key_holds(&key.id)? {
        return Ok(Err(Refused::Unsealed));
    }
    Ok(match (matches, key.status) {
        (false, _) => Err(Refused::Unknown),
        (true, ApiKeyStatus::Revoked) => Err(Refused::Revoked),
        (true, ApiKeyStatus::Expired) => Err(Refused::Expired),
        (true, ApiKeyStatus::Active) => Ok(key),
    })
}

fn new_secret() -> Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|e| {
        Error::runtime(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    Ok(Zeroizing::new(format!(
        "{PREFIX}{}",
        encode_base64url(bytes.as_ref())
    )))
}

fn hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    let ok = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if ok {
        Ok(name.to_string())
    } else {
        Err(Error::usage(format!(
            "'{}' is not an API key name; use 1 to 64 letters, digits, '-', '_' or '.'",
            crate::error::shown(name)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_have_the_documented_shape() {
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), KEY_LEN);
        assert!(secret.starts_with(PREFIX));
        assert_eq!(hash(&secret).len(), 64);
    }
}
