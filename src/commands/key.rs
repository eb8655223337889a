//! `keywright key …`: generate, rotate, list, export and import signing
//! keys; and the resolution of the key a command signs with. Secrets go to
//! the key store, public halves and key ids to the database.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use super::{read, write};
use crate::cli::Context;
use crate::error::{Error, Outcome, Result};
use crate::keystore::{KeyStore, places_looked, provided_key, read_key_file};
use crate::output::Format;
use crate::private_fs;
use crate::store::{KeyStatus, Scope, SigningKeyRecord, Tenant};
use crate::token::{Algorithm, KeySet, SigningKey, VerifyingKey};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Make a new active signing key; older keys keep signing and verifying
    Generate(AlgorithmArg),
    /// Make a new signing key and retire the others for signing (they still verify)
    Rotate(AlgorithmArg),
    /// List the tenant's keys and whether each secret can be reached
    List,
    /// Print public keys: --format pem (default), jwk, jwks (every key) or raw
    Export {
        /// The key to export [default: the signing key]
        #[arg(long, allow_hyphen_values = true)]
        kid: Option<String>,
    },
    /// Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC
    ExportPrivate {
        /// The key to export (key ids may start with '-')
        #[arg(long, allow_hyphen_values = true)]
        kid: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`
    Import {
        #[arg(long, value_name = "KEY.pem")]
        file: PathBuf,
    },
}

/// `--key-file` of the commands that sign.
#[derive(Debug, Args)]
pub struct KeyFileArg {
    /// Sign with this PKCS#8 PEM key (or JWK) instead of the key store
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AlgorithmArg {
    /// ed25519 (default) or hmac, the symmetric fallback
    #[arg(long, value_enum)]
    pub algorithm: Option<AlgorithmName>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AlgorithmName {
    #[default]
    Ed25519,
    Hmac,
}

impl From<AlgorithmName> for Algorithm {
    fn from(name: AlgorithmName) -> Algorithm {
        match name {
            AlgorithmName::Ed25519 => Algorithm::Ed25519,
            AlgorithmName::Hmac => Algorithm::Hmac,
        }
    }
}

impl KeyCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            KeyCommand::Generate(arg) => generate(arg, false, ctx),
            KeyCommand::Rotate(arg) => generate(arg, true, ctx),
            KeyCommand::List => list(ctx),
            KeyCommand::Export { kid } => export(kid.as_deref(), ctx),
            KeyCommand::ExportPrivate { kid, out } => export_private(&kid, &out, ctx),
            KeyCommand::Import { file } => import(&file, ctx),
        }
    }
}

/// Makes a key, records it with its audit entry, and stores its secret, in
/// the caller's transaction: if the secret cannot be stored, nothing is written.
pub(crate) fn create_key(
    ctx: &Context,
    scope: &Scope<'_>,
    algorithm: Algorithm,
    action: &str,
) -> Result<SigningKeyRecord> {
    let key = SigningKey::generate(algorithm).map_err(|e| Error::runtime(e.to_string()))?;
    add_key(
        ctx,
        scope,
        &key,
        action,
        json!({"algorithm": algorithm.name()}),
    )
}

fn add_key(
    ctx: &Context,
    scope: &Scope<'_>,
    key: &SigningKey,
    action: &str,
    details: serde_json::Value,
) -> Result<SigningKeyRecord> {
    let record = scope.insert_signing_key(key, ctx.now)?;
    scope.append_audit(&ctx.audit(action, "signing_key", key.kid(), details))?;
    ctx.key_store().put(scope.tenant_slug(), key)?;
    Ok(record)
}

/// Runs a write that stores a new secret; removes the secret if the
/// transaction then fails, so that no orphan is left in the key store.
fn write_with_secret<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<(T, String)>,
) -> Result<T> {
    let mut written: Option<(String, String)> = None;
    let result = write(ctx, |scope, tenant| {
        let (value, kid) = work(scope, tenant)?;
        written = Some((tenant.slug.clone(), kid));
        Ok(value)
    });
    forget_secret_if_failed(ctx, &result, written);
    result
}

/// After a failed transaction, removes the secret it had stored.
pub(crate) fn forget_secret_if_failed<T>(
    ctx: &Context,
    result: &Result<T>,
    written: Option<(String, String)>,
) {
    if result.is_err()
        && let Some((tenant, kid)) = written
    {
        ctx.key_store().remove(&tenant, &kid);
    }
}

fn generate(arg: AlgorithmArg, rotate: bool, ctx: &Context) -> Result<Outcome> {
    let record = write_with_secret(ctx, |scope, tenant| {
        refuse_if_suspended(tenant)?;
        let algorithm = match (arg.algorithm, scope.newest_active_key()?) {
            (Some(name), _) => name.into(),
            (None, Some(current)) => current.algorithm(),
            (None, None) => Algorithm::Ed25519,
        };
        let action = if rotate {
            "key.rotated"
        } else {
            "key.generated"
        };
        let record = create_key(ctx, scope, algorithm, action)?;
        if rotate {
            let retired = scope.retire_keys_except(&record.kid, ctx.now)?;
            ctx.printer
                .note(&format!("retired for signing: {}", list_or_none(&retired)));
        }
        let kid = record.kid.clone();
        Ok((record, kid))
    })?;
    ctx.printer.record(&record, &record.kid)?;
    Ok(Outcome::Success)
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

pub(crate) fn refuse_if_suspended(tenant: &Tenant) -> Result<()> {
    if tenant.status == crate::store::TenantStatus::Suspended {
        return Err(Error::usage(format!(
            "tenant '{}' is suspended and issues nothing; reactivate it with `keywright tenant reactivate {}`",
            tenant.slug, tenant.slug
        )));
    }
    Ok(())
}

#[derive(Serialize)]
struct KeyView {
    kid: String,
    algorithm: &'static str,
    status: KeyStatus,
    created: crate::domain::time::UnixTime,
    retired: Option<crate::domain::time::UnixTime>,
    key_store: &'static str,
    secret: String,
}

fn list(ctx: &Context) -> Result<Outcome> {
    let (tenant, records) = read(ctx, |scope, tenant| {
        Ok((tenant.slug.clone(), scope.signing_keys()?))
    })?;
    let store = ctx.key_store();
    let views: Vec<KeyView> = records
        .into_iter()
        .map(|r| KeyView {
            secret: match store.get(&tenant, &r.kid) {
                Ok(Some(_)) => "reachable".into(),
                Ok(None) => "missing".into(),
                Err(_) => "unreachable".into(),
            },
            kid: r.kid,
            algorithm: r.algorithm,
            status: r.status,
            created: r.created,
            retired: r.retired,
            key_store: store.kind().name(),
        })
        .collect();
    ctx.printer.all(&views, |v| v.kid.clone())?;
    Ok(Outcome::Success)
}

fn export(kid: Option<&str>, ctx: &Context) -> Result<Outcome> {
    let format = ctx.printer.format();
    let records = read(ctx, |scope, _| match (format, kid) {
        (Format::Jwks, None) => scope.signing_keys(),
        (_, Some(kid)) => Ok(vec![scope.signing_key(kid)?]),
        (_, None) => Ok(vec![scope.newest_active_key()?.ok_or_else(no_active_key)?]),
    })?;
    let public: Vec<VerifyingKey> = records
        .iter()
        .filter_map(SigningKeyRecord::verifying_key)
        .collect();
    let hmac_only = || {
        Error::usage(format!(
            "key {} is an HMAC key: it has no public part to export; share its secret with `keywright key export-private`",
            records.first().map(|r| r.kid.as_str()).unwrap_or("")
        ))
    };
    let text = match format {
        Format::Table | Format::Pem => public
            .first()
            .and_then(VerifyingKey::to_public_pem)
            .ok_or_else(hmac_only)?,
        Format::Jwk | Format::Json => {
            let jwk = public
                .first()
                .and_then(VerifyingKey::to_public_jwk)
                .ok_or_else(hmac_only)?;
            serde_json::to_string_pretty(&jwk).expect("a JWK serialises")
        }
        Format::Jwks => {
            let jwks = KeySet::new(public).to_public_jwks();
            serde_json::to_string_pretty(&jwks).expect("a JWKS serialises")
        }
        Format::Raw => {
            let bytes = public
                .first()
                .and_then(VerifyingKey::public_bytes)
                .ok_or_else(hmac_only)?;
            crate::token::encode_base64url(&bytes)
        }
        Format::Csv => {
            return Err(Error::usage(
                "key export writes pem, jwk, jwks or raw; pass --format with one of them",
            ));
        }
    };
    ctx.printer.text(&text)?;
    Ok(Outcome::Success)
}

fn no_active_key() -> Error {
    Error::usage("the tenant has no active signing key; make one with `keywright key generate`")
}

fn export_private(kid: &str, out: &Path, ctx: &Context) -> Result<Outcome> {
    if out.exists() {
        return Err(Error::usage(format!(
            "{} already exists; keywright does not overwrite key files: choose another --out or remove it",
            out.display()
        )));
    }
    ctx.confirm(&format!("write the private key {kid} to {}", out.display()))?;
    write(ctx, |scope, tenant| {
        scope.signing_key(kid)?;
        let store = ctx.key_store();
        let key = store.get(&tenant.slug, kid)?.ok_or_else(|| {
            Error::KeyStore(format!(
                "the secret of key {kid} is not in {}; it cannot be exported from here",
                store.describe(&tenant.slug, kid)
            ))
        })?;
        let details = json!({"out": out.display().to_string()});
        scope.append_audit(&ctx.audit("key.exported_private", "signing_key", kid, details))?;
        private_fs::create_parent(out)?;
        private_fs::write_new(out, key.to_private_text().as_bytes())
            .map_err(|e| Error::io("write", out, &e))
    })?;
    ctx.printer.note(&format!(
        "wrote the private key {kid} to {} (mode 0600)",
        out.display()
    ));
    Ok(Outcome::Success)
}

fn import(file: &Path, ctx: &Context) -> Result<Outcome> {
    let key = read_key_file(file, &file.display().to_string())?;
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(Error::usage("key import takes an Ed25519 PKCS#8 PEM key"));
    }
    let record = write_with_secret(ctx, |scope, _| {
        let details = json!({"algorithm": "ed25519", "file": file.display().to_string()});
        let record = add_key(ctx, scope, &key, "key.imported", details)?;
        let kid = record.kid.clone();
        Ok((record, kid))
    })?;
    ctx.printer.record(&record, &record.kid)?;
    Ok(Outcome::Success)
}

/// The key a command signs with: a key given by `--key-file` or the
/// environment (it must be an active key of the tenant), else the newest
/// active key's secret from the key store.
pub(crate) fn signing_key(
    ctx: &Context,
    scope: &Scope<'_>,
    key_file: Option<&Path>,
) -> Result<SigningKey> {
    if let Some(provided) = provided_key(key_file)? {
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
    let store = ctx.key_store();
    store.get(scope.tenant_slug(), &record.kid)?.ok_or_else(|| {
        Error::KeyStore(format!(
            "no secret for signing key {} of tenant '{}' could be reached: looked at {} and {}; provide the key with --key-file or KEYWRIGHT_SIGNING_KEY, or import it with `keywright key import`",
            record.kid,
            scope.tenant_slug(),
            places_looked(key_file.is_some()),
            store.describe(scope.tenant_slug(), &record.kid)
        ))
    })
}

/// Every key that verifies the tenant's tokens: Ed25519 public keys from the
/// database, HMAC secrets from the key store (those out of reach are skipped).
pub(crate) fn trusted_keys(store: &KeyStore, scope: &Scope<'_>) -> Result<KeySet> {
    let mut keys = KeySet::default();
    for record in scope.signing_keys()? {
        match record.verifying_key() {
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
