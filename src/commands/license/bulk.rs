//! `keywright license revoke --bulk`: select licenses by filters and/or a
//! file of keys (errors name the line), show them with `--dry-run`, or revoke
//! them all or nothing after confirmation: one `license.revoked` entry per
//! license and one `license.bulk_revoked` summary.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;

use super::canonical_key;
use super::state::{Change, apply};
use crate::cli::Context;
use crate::commands::{read, write};
use crate::domain::time::{parse_instant, parse_timezone};
use crate::error::{Error, Outcome, Result};
use crate::output::progress;
use crate::store::{LicenseFilter, LicenseRef, LicenseStatus, Scope, Tenant};

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

impl BulkArgs {
    fn has_filter(&self) -> bool {
        self.product.is_some()
            || self.customer.is_some()
            || self.issued_before.is_some()
            || self.expired
    }
}

pub fn revoke(args: &BulkArgs, reason: Option<&str>, ctx: &Context) -> Result<Outcome> {
    if !args.has_filter() && args.from_file.is_none() {
        return Err(Error::usage(
            "--bulk needs at least one filter (--product, --customer, --issued-before, --expired) or --from-file; nothing was revoked",
        ));
    }
    let listed = args.from_file.as_deref().map(read_keys).transpose()?;
    let selected = read(ctx, |scope, tenant| {
        select(args, listed.as_deref(), scope, tenant, ctx.now)
    })?;
    if args.dry_run || selected.is_empty() {
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
    let changed = write(ctx, |scope, _| {
        let bar = progress(selected.len() as u64, "revoking", ctx.printer.quiet());
        let mut changed = Vec::with_capacity(selected.len());
        for license in &selected {
            let extra = json!({"bulk": true});
            changed.push(apply(ctx, scope, license, Change::Revoke, reason, extra)?);
            bar.inc(1);
        }
        bar.finish_and_clear();
        let details = json!({
            "count": changed.len(), "reason": reason, "product": args.product, "customer": args.customer,
            "plan": args.plan, "issued_before": args.issued_before, "expired": args.expired,
            "from_file": args.from_file.as_ref().map(|p| p.display().to_string()),
        });
        scope.append_audit(&ctx.audit("license.bulk_revoked", "license", "*", details))?;
        Ok(changed)
    })?;
    ctx.printer.all(&changed, |c| c.key().to_string())?;
    ctx.printer
        .note(&format!("revoked {} licenses", changed.len()));
    Ok(Outcome::Success)
}

/// Keys from a file or stdin, one per line; `#` starts a comment. A typo
/// is reported with its line number.
fn read_keys(path: &Path) -> Result<Vec<(usize, String)>> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::runtime(format!("could not read keys from stdin: {e}")))?;
    } else {
        text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, &e))?;
    }
    let mut keys = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let key =
            canonical_key(line).map_err(|e| Error::usage(format!("line {}: {e}", index + 1)))?;
        keys.push((index + 1, key));
    }
    Ok(keys)
}

/// The licenses to revoke: those matching the filters, narrowed to the
/// listed keys if a file was given; already revoked ones are left out.
fn select(
    args: &BulkArgs,
    listed: Option<&[(usize, String)]>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    now: i64,
) -> Result<Vec<LicenseRef>> {
    let matching = if args.has_filter() {
        Some(scope.license_refs(&filter(args, scope, tenant)?, now)?)
    } else {
        None
    };
    let chosen = match (listed, matching) {
        (None, Some(matching)) => matching,
        (Some(listed), matching) => {
            let allowed: Option<HashSet<String>> =
                matching.map(|m| m.into_iter().map(|l| l.key).collect());
            let mut seen = HashSet::new();
            let mut chosen = Vec::new();
            for (line, key) in listed {
                let license = scope.find_license(key, now)?.ok_or_else(|| {
                    Error::usage(format!(
                        "line {line}: no license {key} {}; nothing was revoked",
                        scope.describe()
                    ))
                })?;
                if allowed.as_ref().is_none_or(|a| a.contains(key)) && seen.insert(key.clone()) {
                    chosen.push(LicenseRef::from(&license));
                }
            }
            chosen
        }
        (None, None) => Vec::new(),
    };
    Ok(chosen
        .into_iter()
        .filter(|l| l.stored_status != "revoked")
        .collect())
}

fn filter(args: &BulkArgs, scope: &Scope<'_>, tenant: &Tenant) -> Result<LicenseFilter> {
    let product = args
        .product
        .as_deref()
        .map(|p| scope.product(p))
        .transpose()?;
    let plan = match (&product, &args.plan) {
        (Some(product), Some(plan)) => Some(scope.plan(product, plan)?.id),
        _ => None,
    };
    let tz = parse_timezone(&tenant.timezone)?;
    Ok(LicenseFilter {
        product_id: product.map(|p| p.id),
        customer_id: args
            .customer
            .as_deref()
            .map(|c| scope.customer(c))
            .transpose()?
            .map(|c| c.id),
        plan_id: plan,
        issued_before: args
            .issued_before
            .as_deref()
            .map(|d| parse_instant(d, &tz))
            .transpose()?,
        status: args.expired.then_some(LicenseStatus::Expired),
        ..LicenseFilter::default()
    })
}
