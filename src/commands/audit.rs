//! `keywright audit …`: read the tenant's audit log, verify its hash chain,
//! and sign checkpoints of its head. A checkpoint is signed with the tenant's
//! key, whose secret is not in the database, so even a rewrite of the whole
//! chain (hashes and head recomputed) is detected at the next `verify`.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use super::key::{signing_key, trusted_keys};
use super::{read, write};
use crate::cli::Context;
use crate::cli::args::PageArgs;
use crate::domain::time::{UnixTime, parse_instant, parse_timezone};
use crate::error::{Error, Outcome, Result};
use crate::output::Format;
use crate::store::{AuditFilter, Checkpoint, Scope, Tenant};
use crate::token::{KeySet, decode_base64url};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, newest first
    List(ListArgs),
    /// Recompute the hash chain and check every checkpoint; report the first problem
    Verify,
    /// Sign the chain's head with the tenant's key
    Checkpoint,
}

/// The filters of `audit list` and `export audit`.
#[derive(Debug, Args)]
pub struct AuditFilterArgs {
    /// Only this action, e.g. product.created; `license.*` for a prefix
    #[arg(long, value_name = "A")]
    pub action: Option<String>,
    /// Only entries about this target id (a slug, email or license key)
    #[arg(long, value_name = "ID")]
    pub target: Option<String>,
    /// Only entries by this actor
    #[arg(long, value_name = "X")]
    pub actor: Option<String>,
    /// From this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub since: Option<String>,
    /// Before this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub until: Option<String>,
}

impl AuditFilterArgs {
    /// The filter these flags ask for; dates are read in the tenant's zone.
    pub fn filter(&self, tenant: &Tenant) -> Result<AuditFilter> {
        let tz = parse_timezone(&tenant.timezone)?;
        let at = |text: &Option<String>| text.as_deref().map(|t| parse_instant(t, &tz)).transpose();
        Ok(AuditFilter {
            action: self.action.clone(),
            target: self.target.clone(),
            actor: self.actor.clone(),
            since: at(&self.since)?,
            until: at(&self.until)?,
        })
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: AuditFilterArgs,
    #[command(flatten)]
    pub page: PageArgs,
}

impl AuditCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            AuditCommand::List(args) => list(args, ctx),
            AuditCommand::Verify => verify(ctx),
            AuditCommand::Checkpoint => checkpoint(ctx),
        }
    }
}

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let page = read(ctx, |scope, tenant| {
        scope.audit_entries(&args.filters.filter(tenant)?, args.page.request())
    })?;
    if ctx.printer.format() == Format::Table {
        let rows = page.map(|e| AuditRow {
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            action: e.action,
            target: format!("{} {}", e.target_type, e.target_id),
            details: compact(&e.details),
        });
        ctx.printer.page(&rows, |e| e.seq.to_string(), None)?;
    } else {
        ctx.printer.page(&page, |e| e.seq.to_string(), None)?;
    }
    Ok(Outcome::Success)
}

/// An audit entry as a table row: hashes are left to JSON and CSV.
#[derive(Serialize)]
struct AuditRow {
    seq: i64,
    at: UnixTime,
    actor: String,
    action: String,
    target: String,
    details: String,
}

fn compact(details: &serde_json::Value) -> String {
    let text = details.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(59).collect::<String>())
    } else {
        text
    }
}

/// The state of a tenant's audit log: chain and checkpoints.
#[derive(Serialize)]
pub(crate) struct AuditState {
    pub verified: bool,
    pub entries: i64,
    pub head: String,
    pub checkpoints: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Recomputes the chain, then checks every checkpoint's signature and that
/// the entry it names still has the hash it signed.
pub(crate) fn audit_state(ctx: &Context, scope: &Scope<'_>) -> Result<AuditState> {
    let report = scope.verify_audit_chain()?;
    let checkpoints = scope.checkpoints()?;
    let mut problem = report.broken.as_ref().map(ToString::to_string);
    if problem.is_none() {
        let keys = trusted_keys(&ctx.key_store(), scope)?;
        for checkpoint in &checkpoints {
            problem = checkpoint_problem(scope, &keys, checkpoint)?;
            if problem.is_some() {
                break;
            }
        }
    }
    Ok(AuditState {
        verified: problem.is_none(),
        entries: report.entries,
        head: report.head,
        checkpoints: checkpoints.len(),
        problem,
    })
}

/// Whether a checkpoint's signature holds and the entry it names still has
/// the hash it signed.
fn checkpoint_problem(
    scope: &Scope<'_>,
    keys: &KeySet,
    checkpoint: &Checkpoint,
) -> Result<Option<String>> {
    let message = Checkpoint::message(scope.tenant_slug(), checkpoint.seq, &checkpoint.head);
    let signed = match (
        keys.find(&checkpoint.kid, None),
        decode_base64url(&checkpoint.signature),
    ) {
        (Some(key), Some(signature)) => key.verify(message.as_bytes(), &signature),
        _ => false,
    };
    if !signed {
        return Ok(Some(format!(
            "the checkpoint of entry #{} does not verify with key {}: it was forged or edited",
            checkpoint.seq, checkpoint.kid
        )));
    }
    Ok(match scope.audit_hash_at(checkpoint.seq)? {
        Some(hash) if hash == checkpoint.head => None,
        Some(_) => Some(format!(
            "audit entry #{} no longer has the hash signed at {}: the chain was rewritten",
            checkpoint.seq, checkpoint.created
        )),
        None => Some(format!(
            "audit entry #{}, signed at {}, is gone: entries were removed",
            checkpoint.seq, checkpoint.created
        )),
    })
}

fn verify(ctx: &Context) -> Result<Outcome> {
    let state = read(ctx, |scope, _| audit_state(ctx, scope))?;
    match &state.problem {
        None => {
            ctx.printer.record(&state, &state.head)?;
            Ok(Outcome::Success)
        }
        Some(problem) => {
            if !ctx.printer.quiet() && ctx.printer.format() != Format::Table {
                ctx.printer.record(&state, "")?;
            }
            Err(Error::runtime(format!(
                "the audit log does not verify: {problem}; restore the database from a backup, or keep it as evidence"
            )))
        }
    }
}

#[derive(Serialize)]
struct Signed {
    seq: i64,
    head: String,
    kid: String,
    created: UnixTime,
}

fn checkpoint(ctx: &Context) -> Result<Outcome> {
    let signed = write(ctx, |scope, _| {
        let (seq, head) = scope.audit_chain_head()?;
        if seq == 0 {
            return Err(Error::usage(
                "the audit log is empty: there is nothing to checkpoint",
            ));
        }
        let key = signing_key(ctx, scope, None)?;
        let message = Checkpoint::message(scope.tenant_slug(), seq, &head);
        let checkpoint = Checkpoint {
            seq,
            head: head.clone(),
            kid: key.kid().to_string(),
            signature: crate::token::encode_base64url(&key.sign(message.as_bytes())),
            created: UnixTime(ctx.now),
        };
        scope.insert_checkpoint(&checkpoint)?;
        let details = json!({"head": head, "kid": key.kid()});
        scope.append_audit(&ctx.audit("audit.checkpointed", "audit", &seq.to_string(), details))?;
        Ok(Signed {
            seq,
            head,
            kid: checkpoint.kid,
            created: checkpoint.created,
        })
    })?;
    ctx.printer.record(&signed, &signed.head)?;
    Ok(Outcome::Success)
}
