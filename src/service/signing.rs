//! Which key signs and which keys verify a tenant's tokens. The secret of
//! a signing key comes from `--key-file` or the environment (CI) first,
//! then from the configured key store; public halves and key ids live in
//! the database.

use serde_json::{Value, json};

use super::Session;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Fix, Result};
use crate::keystore::{KeyStore, places_looked, provided_key};
use crate::service::sealing::is_seal_of;
use crate::service::webhook::WEBHOOK_KID;
use crate::store::{Scope, SigningKeyRecord, Tenant, Tx};
use crate::token::{Algorithm, KeySet, SigningKey, VerifyingKey};

/// A suspended tenant issues nothing.
pub fn refuse_if_suspended(tenant: &Tenant) -> Result<()> {
    if tenant.is_suspended() {
        return Err(Error::refused(
            format!("tenant '{}' is suspended and issues nothing", tenant.slug()),
            Fix::ReactivateTenant {
                tenant: tenant.slug().to_string(),
            },
        ));
    }
    Ok(())
}

/// A tenant whose row does not hold its seal is given no secret: the slug
/// that names the secret in the key store may not be the one keywright
/// wrote (docs/threat-model.md).
pub fn refuse_if_tampered(scope: &Scope<'_>) -> Result<()> {
    match scope.tenant_seal_problem()? {
        Some(problem) => Err(Error::refused(
            format!("{problem}; no secret is stored for it until the row is repaired"),
            Fix::Doctor,
        )),
        None => Ok(()),
    }
}

pub fn no_active_key() -> Error {
    Error::refused("the tenant has no active signing key", Fix::GenerateKey)
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
            None => Err(Error::refused(
                format!(
                    "the key from {} (kid {kid}) is not a key of tenant '{}'",
                    provided.origin,
                    scope.tenant_slug()
                ),
                Fix::ImportKey,
            )),
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
/// A row that does not hold together (see [`key_row_problem`]) is not
/// trusted, so a public key swapped into the database verifies nothing.
pub fn trusted_keys(store: &KeyStore, scope: &Scope<'_>) -> Result<KeySet> {
    let mut keys = KeySet::default();
    for record in sealed_key_rows(scope)? {
        if let Ok(key) = key_of(store, scope, &record) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// The tenant's signing-key rows whose seal holds and that are not older
/// than the audit entries about them: the only rows trusted. A row planted,
/// edited or rolled back by a database writer without the key store is
/// left out (docs/threat-model.md).
pub fn sealed_key_rows(scope: &Scope<'_>) -> Result<Vec<SigningKeyRecord>> {
    let sealed = scope.sealed_kids()?;
    Ok(scope
        .signing_keys()?
        .into_iter()
        .filter(|r| sealed.contains(&r.kid))
        .collect())
}

/// The HMAC keys whose secret the key store cannot give: licenses they
/// signed cannot be checked, which is not the same as tampered.
pub fn unreachable_hmac_kids(store: &KeyStore, scope: &Scope<'_>) -> Result<Vec<String>> {
    Ok(scope
        .signing_keys()?
        .into_iter()
        .filter(|r| r.algorithm == Algorithm::Hmac && r.public_key.is_none())
        .filter(|r| !matches!(store.get(scope.tenant_slug(), &r.kid), Ok(Some(_))))
        .map(|r| r.kid)
        .collect())
}

/// The key a signing-key row stands for, or why the row cannot be trusted:
/// an Ed25519 row must hold a public key whose thumbprint is its kid, an
/// HMAC row holds no public key and its secret must be in the key store.
fn key_of(
    store: &KeyStore,
    scope: &Scope<'_>,
    record: &SigningKeyRecord,
) -> std::result::Result<VerifyingKey, String> {
    match (record.algorithm, record.public_key.as_deref()) {
        (Algorithm::Ed25519, Some(bytes)) => {
            let key = store
                .public_key(bytes)
                .ok_or("its public key is not a valid Ed25519 key")?;
            if key.kid() == Some(record.kid.as_str()) {
                Ok(key)
            } else {
                Err("its public key does not match its key id".into())
            }
        }
        (Algorithm::Ed25519, None) => Err("it has no public key".into()),
        (Algorithm::Hmac, Some(_)) => Err("an HMAC key row holds a public key".into()),
        (Algorithm::Hmac, None) => match store.get(scope.tenant_slug(), &record.kid) {
            Ok(Some(secret)) if secret.algorithm() == Algorithm::Hmac => Ok(secret.verifying_key()),
            Ok(Some(_)) => Err("the key store holds an Ed25519 secret under its id".into()),
            Ok(None) => Err("its secret is not in the key store".into()),
            Err(e) => Err(format!("its secret cannot be read: {e}")),
        },
    }
}

/// Why a signing-key row cannot be trusted, for `doctor`; `None` when it
/// holds together.
pub fn key_row_problem(
    store: &KeyStore,
    scope: &Scope<'_>,
    record: &SigningKeyRecord,
    sealed: &[String],
) -> Option<String> {
    if !sealed.contains(&record.kid) {
        return Some(
            "its row was written or changed outside keywright (its seal does not hold, or it was rolled back)"
                .into(),
        );
    }
    key_of(store, scope, record).err()
}

/// Secrets in the key store that no row accounts for: those noted for a
/// transaction that never settled (a killed command), and, in the file
/// store, key files of `tenant` without a signing-key row. Each is named
/// `TENANT/KID`.
pub fn orphan_secrets(
    store: &KeyStore,
    tx: &Tx<'_>,
    tenant: Option<&Tenant>,
) -> Result<Vec<(String, String)>> {
    let mut orphans = Vec::new();
    for (slug, kid) in store.unsettled() {
        if !accounted_for(tx, &slug, &kid)? {
            orphans.push((slug, kid));
        } else {
            store.forget_marker(&slug, &kid);
        }
    }
    if let Some(tenant) = tenant {
        let slug = tenant.slug();
        for kid in store.stored_kids(slug).unwrap_or_default() {
            let pair = (slug.to_string(), kid);
            if !orphans.contains(&pair) && !accounted_for(tx, slug, &pair.1)? {
                orphans.push(pair);
            }
        }
    }
    Ok(orphans)
}

/// Whether a row accounts for the secret (slug, kid): its signing key; for
/// the webhook secret, its tenant; for a Stripe secret or the SMTP
/// password, the tenant's billing or email settings that name it; the
/// database's sealing key is its own.
fn accounted_for(tx: &Tx<'_>, slug: &str, kid: &str) -> Result<bool> {
    if is_seal_of(&tx.database_id()?, slug, kid) {
        return Ok(true);
    }
    let Some(tenant) = tx.tenant_by_slug(slug)? else {
        return Ok(false);
    };
    let scope = tx.scope(&tenant)?;
    Ok(kid == WEBHOOK_KID
        || scope.find_signing_key(kid)?.is_some()
        || named_credentials(&scope)?.iter().any(|named| named == kid))
}

/// The key-store names of the tenant's Stripe secrets and SMTP password.
fn named_credentials(scope: &Scope<'_>) -> Result<Vec<String>> {
    let mut named = Vec::new();
    if let Some(account) = scope.billing_account()? {
        named.push(account.secret_kid);
        named.extend(account.previous_secret_kid);
        named.extend(account.api_key_kid);
    }
    if let Some(settings) = scope.email_settings()? {
        named.extend(settings.password_kid);
    }
    Ok(named)
}

/// Removes the secrets that killed commands left (noted, never settled,
/// with no row). Runs inside a write transaction, so no command that is
/// still storing a key can be mistaken for a killed one.
pub fn remove_unsettled_orphans(store: &KeyStore, tx: &Tx<'_>) -> Result<()> {
    for (slug, kid) in orphan_secrets(store, tx, None)? {
        store.remove(&slug, &kid);
        store.forget_marker(&slug, &kid);
    }
    Ok(())
}

/// The tenant's public keys as published (`key export --format jwks`,
/// `GET …/jwks.json`): its Ed25519 keys that are not revoked, each with
/// `alg` and `use`, and the endorsements that chain them (docs/offline.md).
/// HMAC keys are never published.
pub fn public_jwks(store: &KeyStore, scope: &Scope<'_>) -> Result<Value> {
    let records: Vec<SigningKeyRecord> = sealed_key_rows(scope)?
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
