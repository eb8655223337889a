//! The life of a tenant's signing keys: generate one, rotate (the key that
//! signed until then endorses its successor), import one, revoke one, and
//! the audited export of a private key or of the webhook secret. Each
//! secret goes to the key store inside the caller's transaction, which
//! settles the key store when it ends; which key signs and which verify is
//! `service::signing`'s.

use serde_json::json;

use super::Session;
use super::signing::{refuse_if_suspended, refuse_if_tampered, signing_key};
use super::webhook;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::{Error, Fix, Result};
use crate::store::{Scope, SigningKeyRecord, Tenant};
use crate::token::{Algorithm, SigningKey, sign_endorsement};

/// A key made by `generate` or `rotate`.
pub struct Generated {
    pub record: SigningKeyRecord,
    /// For a rotation: the keys retired for signing.
    pub retired: Option<Vec<String>>,
    /// For a rotation whose new key no older key could endorse: why.
    pub unendorsed: Option<String>,
}

/// Makes a new active signing key for a tenant that is not suspended: of
/// `algorithm`, else of the current signing key's, else Ed25519. A
/// rotation retires the other keys for signing, and the key that signed
/// until now endorses the new one (docs/offline.md).
pub fn generate(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    algorithm: Option<Algorithm>,
    rotate: bool,
) -> Result<Generated> {
    refuse_if_tampered(scope)?;
    refuse_if_suspended(tenant)?;
    let algorithm = match (algorithm, scope.newest_active_key()?) {
        (Some(algorithm), _) => algorithm,
        (None, Some(current)) => current.algorithm,
        (None, None) => Algorithm::Ed25519,
    };
    if !rotate {
        let record = create_key(session, scope, algorithm, AuditAction::KeyGenerated)?;
        return Ok(Generated {
            record: scope.signing_key(&record.kid)?,
            retired: None,
            unendorsed: None,
        });
    }
    let retiring = signing_key(session, scope).map_err(|e| e.to_string());
    let record = create_key(session, scope, algorithm, AuditAction::KeyRotated)?;
    let retired = scope.retire_keys_except(&record.kid, session.now)?;
    let unendorsed = match retiring.and_then(|old| endorse(session, scope, &old, &record)) {
        Ok(token) => {
            scope.set_endorsement(&record.kid, &token)?;
            None
        }
        Err(why) => Some(why),
    };
    Ok(Generated {
        record: scope.signing_key(&record.kid)?,
        retired: Some(retired),
        unendorsed,
    })
}

/// Makes a key, records it with its audit entry, and stores its secret, in
/// the caller's transaction: if the secret cannot be stored, nothing is
/// written. The caller settles the key store when the transaction ends
/// ([`KeyStore::settle`](crate::keystore::KeyStore::settle)).
pub fn create_key(
    session: &Session<'_>,
    scope: &Scope<'_>,
    algorithm: Algorithm,
    action: AuditAction,
) -> Result<SigningKeyRecord> {
    let key = SigningKey::generate(algorithm).map_err(|e| Error::runtime(e.to_string()))?;
    let details = json!({"algorithm": algorithm.name()});
    add_key(session, scope, &key, action, details)
}

/// Records a key, audits it and stores its secret.
fn add_key(
    session: &Session<'_>,
    scope: &Scope<'_>,
    key: &SigningKey,
    action: AuditAction,
    details: serde_json::Value,
) -> Result<SigningKeyRecord> {
    let record = scope.insert_signing_key(key, session.now)?;
    scope.append_audit(&session.audit(action, TargetKind::SigningKey, key.kid(), details))?;
    session.keys.put(scope.tenant_slug(), key)?;
    Ok(record)
}

/// The key that would endorse an imported one: the current signing key
/// when its secret is an Ed25519 key within reach (`Ok(None)` when the
/// tenant has no signing key yet), or why none can.
pub fn import_endorser(
    session: &Session<'_>,
    scope: &Scope<'_>,
) -> Result<std::result::Result<Option<SigningKey>, String>> {
    let Some(current) = scope.newest_active_key()? else {
        return Ok(Ok(None));
    };
    Ok(match signing_key(session, scope) {
        Ok(secret) if secret.algorithm() == Algorithm::Ed25519 => Ok(Some(secret)),
        Ok(_) => Err(format!("the signing key {} is an HMAC key", current.kid)),
        Err(e) => Err(format!(
            "the secret of the signing key {} cannot be reached ({e})",
            current.kid
        )),
    })
}

/// A key to import: an Ed25519 key (an HMAC secret is made here, never
/// brought in).
pub struct ImportedKey(SigningKey);

impl ImportedKey {
    pub fn new(key: SigningKey) -> Result<ImportedKey> {
        if key.algorithm() != Algorithm::Ed25519 {
            return Err(Error::usage("key import takes an Ed25519 PKCS#8 PEM key"));
        }
        Ok(ImportedKey(key))
    }

    pub fn kid(&self) -> &str {
        self.0.kid()
    }
}

/// Imports a key, which becomes the signing key, endorsed by `endorser`
/// when there is one. `file` names where it came from, for the audit log.
pub fn import(
    session: &Session<'_>,
    scope: &Scope<'_>,
    key: &ImportedKey,
    endorser: Option<&SigningKey>,
    file: &str,
) -> Result<SigningKeyRecord> {
    refuse_if_tampered(scope)?;
    let details = json!({"algorithm": "ed25519", "file": file});
    let record = add_key(session, scope, &key.0, AuditAction::KeyImported, details)?;
    if let Some(old) = endorser {
        let token = endorse(session, scope, old, &record).map_err(Error::runtime)?;
        scope.set_endorsement(&record.kid, &token)?;
    }
    scope.signing_key(&record.kid)
}

/// The endorsement of a new key by the key it replaces, when both are
/// Ed25519 keys and the old key's secret can be reached; otherwise why not.
fn endorse(
    session: &Session<'_>,
    scope: &Scope<'_>,
    retiring: &SigningKey,
    new: &SigningKeyRecord,
) -> std::result::Result<String, String> {
    let public = new
        .public_key
        .as_deref()
        .and_then(|b| session.keys.public_key(b))
        .ok_or("the new key is an HMAC key, which is never published")?;
    if retiring.algorithm() != Algorithm::Ed25519 {
        return Err(format!(
            "the retiring key {} is an HMAC key, which applications cannot verify",
            retiring.kid()
        ));
    }
    sign_endorsement(scope.tenant_slug(), &public, retiring, session.now).map_err(|e| e.to_string())
}

/// Checks that a key may be revoked (a key of the tenant, not revoked yet,
/// not the one signing new licenses) and returns how many licenses it
/// signed.
pub fn revocable(scope: &Scope<'_>, kid: &str) -> Result<i64> {
    let record = scope.signing_key(kid)?;
    if record.revoked.is_some() {
        return Err(Error::usage(format!(
            "key {kid} is already revoked; nothing was changed"
        )));
    }
    let signing = scope.newest_active_key()?;
    if signing.is_some_and(|k| k.kid == record.kid) {
        return Err(Error::refused(
            format!("key {kid} signs new licenses and cannot be revoked while it does"),
            Fix::RotateFirst,
        ));
    }
    scope.count_signed_by(kid)
}

/// Revokes a key for good: it signs and verifies nothing more, and later
/// revocation lists name it. Audited with the reason and the number of
/// licenses it signed.
pub fn revoke(
    session: &Session<'_>,
    scope: &Scope<'_>,
    kid: &str,
    reason: Option<&str>,
) -> Result<SigningKeyRecord> {
    let licenses = revocable(scope, kid)?;
    scope.revoke_signing_key(kid, session.now)?;
    let details = json!({"reason": reason, "licenses": licenses});
    scope.append_audit(&session.audit(
        AuditAction::KeyRevoked,
        TargetKind::SigningKey,
        kid,
        details,
    ))?;
    scope.signing_key(kid)
}

/// The secret of a key of the tenant, for writing to `out`; its export is
/// audited, so the caller writes the file inside the same transaction.
pub fn private_key(
    session: &Session<'_>,
    scope: &Scope<'_>,
    kid: &str,
    out: &str,
) -> Result<SigningKey> {
    scope.signing_key(kid)?;
    let slug = scope.tenant_slug();
    let key = session.keys.get(slug, kid)?.ok_or_else(|| {
        Error::KeyStore(format!(
            "the secret of key {kid} is not in {}; it cannot be exported from here",
            session.keys.describe(slug, kid)
        ))
    })?;
    let details = json!({"out": out});
    scope.append_audit(&session.audit(
        AuditAction::KeyExportedPrivate,
        TargetKind::SigningKey,
        kid,
        details,
    ))?;
    Ok(key)
}

/// The text of the tenant's webhook secret (what a receiver checks the
/// signature with), for writing to `out`; audited like [`private_key`].
pub fn webhook_secret(session: &Session<'_>, scope: &Scope<'_>, out: &str) -> Result<Vec<u8>> {
    let slug = scope.tenant_slug();
    let secret = webhook::secret(session.keys, slug)?.ok_or_else(|| {
        Error::refused(
            format!("tenant '{slug}' has no webhook secret"),
            Fix::SetWebhookUrl {
                tenant: slug.to_string(),
            },
        )
    })?;
    let details = json!({"out": out});
    let entry = session.audit(
        AuditAction::WebhookSecretExported,
        TargetKind::Tenant,
        slug,
        details,
    );
    scope.append_audit(&entry)?;
    Ok(secret.hmac_secret().unwrap_or_default().to_vec())
}
