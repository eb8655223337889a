//! `keywright doctor`: runs the checks of `service::doctor` (the file and
//! the audit chain on a connection of their own while every core verifies
//! the licenses), prints the report and records what was found tampered.

use clap::Args;

use super::{read, write};
use crate::app::Context;
use crate::error::{Error, Outcome, Result};
use crate::output::counter;
use crate::service::doctor::{
    Check, WithTampered, check_audit, check_integrity, check_keys, check_licenses, check_orphans,
    check_schema, check_seals, record_tampered,
};
use crate::service::sealing::{self, SealState};
use crate::store::{Scope, Store};

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Remove the secrets in the key store that no key row accounts for
    /// (left by a killed command); without it they are only reported
    #[arg(long)]
    remove_orphans: bool,
    /// Seal every row as it is now: trust the database as it stands, after
    /// reviewing what doctor reported (docs/threat-model.md)
    #[arg(long)]
    reseal: bool,
}

pub fn run(args: &DoctorArgs, ctx: &Context) -> Result<Outcome> {
    let mut store = Store::open_at(&ctx.database()?)?;
    if args.reseal {
        sealing::reseal(&mut store, ctx.key_store())?;
        ctx.printer
            .note("sealed every row as it is now; the database is trusted as it stands");
    }
    let seal_state = sealing::attach(&mut store, ctx.key_store())?;
    let schema = check_schema(&store)?;
    if !matches!(seal_state, SealState::Attached | SealState::Adopted) {
        let integrity = check_integrity(&store)?;
        drop(store);
        let seals = read(ctx, |scope, _| {
            Ok(check_seals(ctx.key_store(), scope, &seal_state)?.0)
        })?;
        let orphans = orphans(ctx, args.remove_orphans)?;
        return report(ctx, &[schema, integrity, seals, orphans], 0);
    }
    // The file, the seals and the audit chain are checked on a connection
    // of their own while every core verifies the licenses' tokens.
    let (beside, licenses_and_keys) = std::thread::scope(|threads| {
        let beside = threads.spawn(|| check_file_and_chains(ctx, store, &seal_state));
        let licenses_and_keys = read(ctx, |scope, _| {
            let (licenses, tampered) = checked_licenses(ctx, scope)?;
            Ok((
                licenses,
                check_keys(ctx.key_store(), scope, &seal_state)?,
                tampered,
            ))
        });
        let beside = beside.join().expect("the checks beside do not panic");
        (beside, licenses_and_keys)
    });
    let (integrity, audit, (seals, unsealed)) = beside?;
    let (licenses, keys, tampered) = licenses_and_keys?;
    let mut checks = vec![schema, integrity, licenses, audit, keys, seals];
    checks.push(orphans(ctx, args.remove_orphans)?);
    let session = ctx.session();
    let tampered = if tampered.is_empty() && unsealed.is_empty() {
        0
    } else {
        write(ctx, |scope, tenant| {
            record_tampered(&session, scope, tenant, tampered, unsealed)
        })?
    };
    report(ctx, &checks, tampered)
}

/// The checks that read the whole file once each, serially: its integrity,
/// the audit chain and the seals (with the licenses whose seal is broken).
fn check_file_and_chains(
    ctx: &Context,
    mut store: Store,
    seal_state: &SealState,
) -> Result<(Check, Check, WithTampered)> {
    let integrity = check_integrity(&store)?;
    let (audit, seals) = store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        let scope = tx.scope(&tenant)?;
        Ok((
            check_audit(ctx.key_store(), &scope)?,
            check_seals(ctx.key_store(), &scope, seal_state)?,
        ))
    })?;
    Ok((integrity, audit, seals))
}

/// Prints the checks; fails naming those with problems.
fn report(ctx: &Context, checks: &[Check], tampered: usize) -> Result<Outcome> {
    ctx.printer.all(checks, |c| {
        format!("{} {}", c.check, if c.ok { "ok" } else { "PROBLEM" })
    })?;
    let problems: Vec<&str> = checks.iter().filter(|c| !c.ok).map(|c| c.check).collect();
    if problems.is_empty() {
        return Ok(Outcome::Success);
    }
    let tampered_note = if tampered > 0 {
        format!(" ({tampered} tampered licenses were recorded in the audit log)")
    } else {
        String::new()
    };
    Err(Error::runtime(format!(
        "doctor found problems in: {}{tampered_note}; see the report above",
        problems.join(", ")
    )))
}

/// The license check, with a progress bar at the terminal.
fn checked_licenses(ctx: &Context, scope: &Scope<'_>) -> Result<WithTampered> {
    let bar = counter("checking licenses", ctx.printer.quiet());
    let checked = check_licenses(ctx.key_store(), scope, ctx.now, &|n| bar.inc(n));
    bar.finish_and_clear();
    checked
}

/// The orphan-secrets check, removing them when asked.
fn orphans(ctx: &Context, remove: bool) -> Result<Check> {
    ctx.open_store()?.write(|tx| {
        let tenant = ctx.resolve_tenant(tx).ok();
        check_orphans(ctx.key_store(), tx, tenant.as_ref(), remove)
    })
}
