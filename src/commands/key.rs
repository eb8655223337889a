//! `keywright key …`: generate, rotate, list, export and import signing
//! keys. Secrets go to the key store, public halves and key ids to the
//! database; which key signs is decided in `service::signing`.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{algorithm, read, write, write_storing_secrets};
use crate::app::Context;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Outcome, Result};
use crate::keystore::read_key_file;
use crate::output::Format;
use crate::private_fs;
use crate::service::key::{self, ImportedKey};
use crate::service::signing::{no_active_key, public_jwks};
use crate::store::{Scope, SigningKeyRecord, Tenant};
use crate::token::{Algorithm, KeySet, VerifyingKey};

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
    /// Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for
    /// HMAC; or, with --webhook-secret, the secret that signs the tenant's webhooks
    ExportPrivate {
        /// The key to export (key ids may start with '-')
        #[arg(
            long,
            allow_hyphen_values = true,
            required_unless_present = "webhook_secret",
            conflicts_with = "webhook_secret"
        )]
        kid: Option<String>,
        /// Export the webhook secret instead of a signing key
        #[arg(long)]
        webhook_secret: bool,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`
    Import {
        #[arg(long, value_name = "KEY.pem")]
        file: PathBuf,
    },
    /// Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it
    Revoke {
        /// The key to revoke (key ids may start with '-')
        #[arg(allow_hyphen_values = true)]
        kid: String,
        /// Why, e.g. "leaked"
        #[arg(long, value_name = "R")]
        reason: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AlgorithmArg {
    /// ed25519 (default) or hmac, the symmetric fallback
    #[arg(long, value_parser = algorithm())]
    pub algorithm: Option<Algorithm>,
}

impl KeyCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            KeyCommand::Generate(arg) => generate(arg, false, ctx),
            KeyCommand::Rotate(arg) => generate(arg, true, ctx),
            KeyCommand::List => list(ctx),
            KeyCommand::Export { kid } => export(kid.as_deref(), ctx),
            KeyCommand::ExportPrivate {
                kid: Some(kid),
                out,
                ..
            } => export_private(&kid, &out, ctx),
            KeyCommand::ExportPrivate { out, .. } => export_webhook_secret(&out, ctx),
            KeyCommand::Import { file } => import(&file, ctx),
            KeyCommand::Revoke { kid, reason } => revoke(&kid, reason.as_deref(), ctx),
        }
    }
}

/// Runs a write for the resolved tenant that stores a new secret.
fn write_with_secret<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<T>,
) -> Result<T> {
    write_storing_secrets(ctx, |tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        work(&tx.scope(&tenant)?, &tenant)
    })
}

fn generate(arg: AlgorithmArg, rotate: bool, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let made = write_with_secret(ctx, |scope, tenant| {
        key::generate(&session, scope, tenant, arg.algorithm, rotate)
    })?;
    if let Some(retired) = &made.retired {
        ctx.printer
            .note(&format!("retired for signing: {}", list_or_none(retired)));
    }
    if let Some(why) = &made.unendorsed {
        ctx.printer.note(&format!(
            "the new key is not endorsed ({why}): applications that trust only older keys will not trust it"
        ));
    }
    ctx.printer.record(&made.record, &made.record.kid)?;
    Ok(Outcome::Success)
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

#[derive(Serialize)]
struct KeyView {
    kid: String,
    algorithm: Algorithm,
    status: KeyStatus,
    created: crate::domain::time::UnixTime,
    retired: Option<crate::domain::time::UnixTime>,
    key_store: &'static str,
    secret: String,
}

fn list(ctx: &Context) -> Result<Outcome> {
    let (tenant, records) = read(ctx, |scope, tenant| {
        Ok((tenant.slug().to_string(), scope.signing_keys()?))
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
    if format == Format::Jwks && kid.is_none() {
        return export_jwks(ctx);
    }
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
            if jwks["keys"].as_array().is_none_or(Vec::is_empty) {
                return Err(hmac_only());
            }
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

/// Every published key of the tenant, with the endorsements between them.
fn export_jwks(ctx: &Context) -> Result<Outcome> {
    let (jwks, tenant) = read(ctx, |scope, tenant| {
        Ok((
            public_jwks(ctx.key_store(), scope)?,
            tenant.slug().to_string(),
        ))
    })?;
    if jwks["keys"].as_array().is_none_or(Vec::is_empty) {
        return Err(Error::usage(format!(
            "tenant '{tenant}' has no public key to export: its keys are HMAC keys (or revoked); applications verify with the shared secret (`keywright key export-private`), or rotate to an Ed25519 key with `keywright key rotate --algorithm ed25519`"
        )));
    }
    ctx.printer
        .text(&serde_json::to_string_pretty(&jwks).expect("a JWKS serialises"))?;
    Ok(Outcome::Success)
}

/// Revokes a key for good, once the user has seen how many licenses it
/// takes down with it.
fn revoke(kid: &str, reason: Option<&str>, ctx: &Context) -> Result<Outcome> {
    let affected = read(ctx, |scope, _| key::revocable(scope, kid))?;
    ctx.confirm(&format!(
        "revoke key {kid}: the {affected} licenses it signed will fail as REVOKED until reissued (`keywright license reissue --kid {kid}`)"
    ))?;
    let session = ctx.session();
    let record = write(ctx, |scope, _| key::revoke(&session, scope, kid, reason))?;
    ctx.printer.note(&format!(
        "the {affected} licenses it signed fail as REVOKED with `validate` and in lists now, and offline once applications have the next revocation list (`keywright revocations export`); `keywright license reissue --kid {kid}` signs them again with the active key"
    ));
    ctx.printer.record(&record, &record.kid)?;
    Ok(Outcome::Success)
}

fn export_private(kid: &str, out: &Path, ctx: &Context) -> Result<Outcome> {
    refuse_existing(out)?;
    ctx.confirm(&format!("write the private key {kid} to {}", out.display()))?;
    let session = ctx.session();
    write(ctx, |scope, _| {
        let key = key::private_key(&session, scope, kid, &out.display().to_string())?;
        write_secret_file(out, key.to_private_text().as_bytes())
    })?;
    ctx.printer.note(&format!(
        "wrote the private key {kid} to {} (mode 0600)",
        out.display()
    ));
    Ok(Outcome::Success)
}

fn refuse_existing(out: &Path) -> Result<()> {
    if out.exists() {
        return Err(Error::usage(format!(
            "{} already exists; keywright does not overwrite key files: choose another --out or remove it",
            out.display()
        )));
    }
    Ok(())
}

fn write_secret_file(out: &Path, bytes: &[u8]) -> Result<()> {
    private_fs::create_parent(out)?;
    private_fs::write_new(out, bytes).map_err(|e| Error::io("write", out, &e))
}

/// Writes the tenant's webhook secret (its text, for the receiver's HMAC).
fn export_webhook_secret(out: &Path, ctx: &Context) -> Result<Outcome> {
    refuse_existing(out)?;
    ctx.confirm(&format!("write the webhook secret to {}", out.display()))?;
    let session = ctx.session();
    write(ctx, |scope, _| {
        let mut text = key::webhook_secret(&session, scope, &out.display().to_string())?;
        text.push(b'\n');
        write_secret_file(out, &text)
    })?;
    ctx.printer.note(&format!(
        "wrote the webhook secret to {} (mode 0600)",
        out.display()
    ));
    Ok(Outcome::Success)
}

/// Imports an Ed25519 key, which becomes the signing key. The key that
/// signed until then endorses it, so that installed copies which trust
/// only earlier keys accept it offline; when none can, the command says
/// what will break and asks first.
fn import(file: &Path, ctx: &Context) -> Result<Outcome> {
    let imported = ImportedKey::new(read_key_file(file, &file.display().to_string())?)?;
    let session = ctx.session();
    let endorser = read(ctx, |scope, _| key::import_endorser(&session, scope))?;
    if let Err(why) = &endorser {
        ctx.confirm(&format!(
            "import {}: it becomes the signing key, but {why}, so nothing endorses it and installed copies that trust only earlier keys will refuse what it signs (UNKNOWN_KEY) until they get a JWKS with it; import anyway",
            imported.kid()
        ))?;
    }
    let endorser = endorser.ok().flatten();
    let record = write_with_secret(ctx, |scope, _| {
        let file = file.display().to_string();
        key::import(&session, scope, &imported, endorser.as_ref(), &file)
    })?;
    if let Some(old) = &endorser {
        ctx.printer.note(&format!(
            "key {} endorses the imported key: applications that trust it accept the new one",
            old.kid()
        ));
    }
    ctx.printer.record(&record, &record.kid)?;
    Ok(Outcome::Success)
}
