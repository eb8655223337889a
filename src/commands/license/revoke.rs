//! `keywright license suspend|reinstate|revoke`: a license's state, for one
//! license, several named, or a selection (`revoke --bulk`, with a dry run).
//! Several licenses change all or nothing, after confirmation.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::app::Context;
use crate::app::input;
use crate::commands::{read, write};
use crate::error::{Error, Outcome, Result};
use crate::output::progress;
use crate::service::license::canonical_key;
use crate::service::license::revoke::{
    BulkFilters, BulkRevokeRequest, Listed, RevokeRequest, revoke as revoke_keys, revoke_selected,
    select,
};
use crate::service::license::suspend::{reinstate as reinstate_keys, suspend as suspend_keys};

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// The licenses to revoke
    #[arg(required_unless_present = "bulk", conflicts_with = "bulk")]
    pub keys: Vec<String>,
    /// Why, e.g. "refunded" or "key leaked"
    #[arg(long, value_name = "R")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Select licenses by the filters below and/or --from-file, instead of naming them
    #[arg(long)]
    pub bulk: bool,
    /// Only licenses of this product
    #[arg(long, value_name = "P", requires = "bulk")]
    pub product: Option<String>,
    /// Only licenses of this customer (email or external id)
    #[arg(long, value_name = "C", requires = "bulk")]
    pub customer: Option<String>,
    /// Only licenses of this plan (with --product)
    #[arg(long, value_name = "PL", requires = "product")]
    pub plan: Option<String>,
    /// Only licenses issued before this date (in the tenant's time zone) or time
    #[arg(long, value_name = "DATE", requires = "bulk")]
    pub issued_before: Option<String>,
    /// Only licenses that have expired (past their grace)
    #[arg(long, requires = "bulk")]
    pub expired: bool,
    /// License keys, one per line (- for stdin); with filters, only keys that match them
    #[arg(long, value_name = "FILE", requires = "bulk")]
    pub from_file: Option<PathBuf>,
    /// Show what would be revoked; change nothing
    #[arg(long, requires = "bulk")]
    pub dry_run: bool,
}

pub fn suspend(key: &str, ctx: &Context) -> Result<Outcome> {
    let keys = [canonical_key(key)?];
    let session = ctx.session();
    let changed = write(ctx, |scope, _| suspend_keys(&session, scope, &keys))?;
    ctx.printer.all(&changed, |c| c.key.clone())?;
    Ok(Outcome::Success)
}

pub fn reinstate(key: &str, ctx: &Context) -> Result<Outcome> {
    let keys = [canonical_key(key)?];
    let session = ctx.session();
    let changed = write(ctx, |scope, _| reinstate_keys(&session, scope, &keys))?;
    ctx.printer.all(&changed, |c| c.key.clone())?;
    Ok(Outcome::Success)
}

pub fn run(args: RevokeArgs, ctx: &Context) -> Result<Outcome> {
    if args.bulk.bulk {
        return bulk(&args.bulk, args.reason.as_deref(), ctx);
    }
    let request = RevokeRequest::new(&args.keys, args.reason.as_deref())?;
    if request.count() > 1 {
        ctx.confirm(&format!("change {} licenses to revoked", request.count()))?;
    }
    let session = ctx.session();
    let changed = write(ctx, |scope, _| revoke_keys(&session, scope, &request))?;
    ctx.printer.all(&changed, |c| c.key.clone())?;
    Ok(Outcome::Success)
}

fn bulk(args: &BulkArgs, reason: Option<&str>, ctx: &Context) -> Result<Outcome> {
    let filters = BulkFilters {
        product: args.product.clone(),
        customer: args.customer.clone(),
        plan: args.plan.clone(),
        issued_before: args.issued_before.clone(),
        expired: args.expired,
    };
    let listed = args.from_file.as_deref().map(read_keys).transpose()?;
    let mut request = BulkRevokeRequest::new(filters, listed, reason, args.dry_run)?;
    request.source = args.from_file.as_ref().map(|p| p.display().to_string());
    let selected = read(ctx, |scope, tenant| {
        select(scope, tenant, &request, ctx.now)
    })?;
    if request.dry_run || selected.is_empty() {
        ctx.printer.all(&selected, |s| s.key.clone())?;
        ctx.printer.note(&match selected.len() {
            0 => "no license matches; nothing was revoked".to_string(),
            n => format!("would revoke {n} licenses (dry run: nothing was changed)"),
        });
        return Ok(Outcome::Success);
    }
    if selected.len() > 1 {
        ctx.confirm(&format!("revoke {} licenses", selected.len()))?;
    }
    let session = ctx.session();
    let changed = write(ctx, |scope, _| {
        let bar = progress(selected.len() as u64, "revoking", ctx.printer.quiet());
        let changed = revoke_selected(&session, scope, &request, &selected, &|| bar.inc(1));
        bar.finish_and_clear();
        changed
    })?;
    ctx.printer.all(&changed, |c| c.key.clone())?;
    ctx.printer
        .note(&format!("revoked {} licenses", changed.len()));
    Ok(Outcome::Success)
}

/// Keys from a file or stdin, one per line; `#` starts a comment. A typo
/// is reported with its line number.
fn read_keys(path: &Path) -> Result<Vec<Listed>> {
    let text = input::read_text(path, 1 << 30)?;
    let mut keys = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let place = format!("line {}", index + 1);
        let key = canonical_key(line).map_err(|e| Error::usage(format!("{place}: {e}")))?;
        keys.push(Listed { place, key });
    }
    Ok(keys)
}
