//! Which key signs and which keys verify a tenant's tokens. The secret of
//! a signing key comes from `--key-file` or the environment (CI) first,
//! then from the configured key store; public halves and key ids live in
//! the database.

use serde_json::{Value, json};

use super::Session;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Result};
use crate::keystore::{KeyStore, places_looked, provided_key};
use crate::store::{Scope, SigningKeyRecord, Tenant};
use crate::token::{Algorithm, KeySet, SigningKey, sign_endorsement};

/// A suspended tenant issues nothing.
pub fn refuse_if_suspended(tenant: &Tenant) -> Result<()> {
    if tenant.is_suspended() {
        return Err(Error::usage(format!(
            "tenant '{}' is suspended and issues nothing; reactivate it with `keywright tenant reactivate {}`",
            tenant.slug(),
            tenant.slug()
        )));
    }
    Ok(())
}

pub fn no_active_key() -> Error {
    Error::usage("the tenant has no active signing key; make one with `keywright key generate`")
}

/// The key the session signs with: a key given by `--key-file` or the
/// environment (it must be an active key of the tenant), else the newest
/// active key's secret from the key store.
pub fn signing_key(session: &Session<'_>, scope: &Scope<'_>) -> Result<SigningKey> {
    if let Some(provided) = provided_key(session.key_file)? {
        let kid = provided.key.kid().to_string();
        return match scope.find_signing_key(&kid)? {
            Some(record) if record.status == KeyStatus::Active => Ok(provided.key),
            Some(_) => Err(Error::usage(format!(
                "the key from {} (kid {kid}) is retired for signing; use the tenant's active key",
                provided.origin
            ))),
            None => Err(Error::usage(format!(
                "the key from {} (kid {kid}) is not a key of tenant '{}'; register it with `keywright key import --file`",
                provided.origin,
                scope.tenant_slug()
            ))),
        };
    }
    let record = scope.newest_active_key()?.ok_or_else(no_active_key)?;
    let store = session.keys;
    store.get(scope.tenant_slug(), &record.kid)?.ok_or_else(|| {
        Error::KeyStore(format!(
            "no secret for signing key {} of tenant '{}' could be reached: looked at {} and {}; provide the key with --key-file or KEYWRIGHT_SIGNING_KEY, or import it with `keywright key import`",
            record.kid,
            scope.tenant_slug(),
            places_looked(session.key_file.is_some()),
            store.describe(scope.tenant_slug(), &record.kid)
        ))
    })
}

/// Every key that verifies the tenant's tokens: Ed25519 public keys from the
/// database, HMAC secrets from the key store (those out of reach are skipped).
pub fn trusted_keys(store: &KeyStore, scope: &Scope<'_>) -> Result<KeySet> {
    let mut keys = KeySet::default();
    for record in scope.signing_keys()? {
        match record
            .public_key
            .as_deref()
            .and_then(|b| store.public_key(b))
        {
            Some(public) => keys.push(public),
            None => {
                if let Ok(Some(secret)) = store.get(scope.tenant_slug(), &record.kid) {
                    keys.push(secret.verifying_key());
                }
            }
        }
    }
    Ok(keys)
}

/// Makes a key, records it with its audit entry, and stores its secret, in
/// the caller's transaction: if the secret cannot be stored, nothing is
/// written. Wrap the transaction in [`forget_secret_if_failed`].
pub fn create_key(
    session: &Session<'_>,
    scope: &Scope<'_>,
    algorithm: Algorithm,
    action: &str,
) -> Result<SigningKeyRecord> {
    let key = SigningKey::generate(algorithm).map_err(|e| Error::runtime(e.to_string()))?;
    let details = json!({"algorithm": algorithm.name()});
    add_key(session, scope, &key, action, details)
}

/// Records a key made elsewhere (imported), audits it and stores its secret.
pub fn add_key(
    session: &Session<'_>,
    scope: &Scope<'_>,
    key: &SigningKey,
    action: &str,
    details: serde_json::Value,
) -> Result<SigningKeyRecord> {
    let record = scope.insert_signing_key(key, session.now)?;
    scope.append_audit(&session.audit(action, "signing_key", key.kid(), details))?;
    session.keys.put(scope.tenant_slug(), key)?;
    Ok(record)
}

/// After a failed transaction, removes the secret it had stored, so that
/// no orphan is left in the key store. `written` is (tenant slug, kid).
pub fn forget_secret_if_failed<T>(
    store: &KeyStore,
    result: &Result<T>,
    written: Option<(String, String)>,
) {
    if result.is_err()
        && let Some((tenant, kid)) = written
    {
        store.remove(&tenant, &kid);
    }
}

/// The tenant's public keys as published (`key export --format jwks`,
/// `GET …/jwks.json`): its Ed25519 keys that are not revoked, each with
/// `alg` and `use`, and the endorsements that chain them (SPEC 7.3).
/// HMAC keys are never published.
pub fn public_jwks(store: &KeyStore, scope: &Scope<'_>) -> Result<Value> {
    let records: Vec<SigningKeyRecord> = scope
        .signing_keys()?
        .into_iter()
        .filter(|r| r.revoked.is_none())
        .collect();
    let keys: Vec<Value> = records
        .iter()
        .filter_map(|r| r.public_key.as_deref().and_then(|b| store.public_key(b)))
        .filter_map(|k| k.to_public_jwk())
        .collect();
    let endorsements: Vec<&str> = records
        .iter()
        .filter_map(|r| r.endorsement.as_deref())
        .collect();
    let mut jwks = json!({ "keys": keys });
    if !endorsements.is_empty() {
        jwks["endorsements"] = json!(endorsements);
    }
    Ok(jwks)
}

/// The endorsement of a new key by the key it replaces, when both are
/// Ed25519 keys and the old key's secret can be reached; otherwise why not.
pub fn endorse(
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
