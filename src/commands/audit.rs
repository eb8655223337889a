//! `keywright audit …`: read the tenant's audit log and verify its hash chain.

use clap::{Args, Subcommand};

use super::read;
use crate::cli::Context;
use crate::cli::args::PageArgs;
use serde::Serialize;

use crate::domain::time::{UnixTime, parse_instant, parse_timezone};
use crate::error::{Error, Outcome, Result};
use crate::output::Format;
use crate::store::AuditFilter;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, newest first
    List(ListArgs),
    /// Recompute the hash chain and report the first edited, missing or reordered entry
    Verify,
}

#[derive(Debug, Args)]
pub struct ListArgs {
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
    #[command(flatten)]
    pub page: PageArgs,
}

impl AuditCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            AuditCommand::List(args) => list(args, ctx),
            AuditCommand::Verify => verify(ctx),
        }
    }
}

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let page = read(ctx, |scope, tenant| {
        let tz = parse_timezone(&tenant.timezone)?;
        let at = |text: &Option<String>| text.as_deref().map(|t| parse_instant(t, &tz)).transpose();
        let filter = AuditFilter {
            action: args.action.clone(),
            target: args.target.clone(),
            actor: args.actor.clone(),
            since: at(&args.since)?,
            until: at(&args.until)?,
        };
        scope.audit_entries(&filter, args.page.request())
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

fn verify(ctx: &Context) -> Result<Outcome> {
    let report = read(ctx, |scope, _| scope.verify_audit_chain())?;
    match &report.broken {
        None => {
            ctx.printer.record(&report, &report.head)?;
            Ok(Outcome::Success)
        }
        Some(broken) => {
            if !ctx.printer.quiet() && ctx.printer.format() != Format::Table {
                ctx.printer.record(&report, "")?;
            }
            Err(Error::runtime(format!(
                "the audit log does not verify: {broken}; restore the database from a backup, or keep it as evidence"
            )))
        }
    }
}
