//! `keywright doctor`: the health of the tenant's data — schema version,
//! every license row against its signed token, the audit chain, whether
//! each signing-key row holds together and its secret can be reached, and
//! the key store itself (unsafe key files, orphan secrets). Tampered
//! licenses get an audit entry, as `validate` gives them.

use clap::Args;
use serde::Serialize;
use serde_json::json;

use super::{read, write};
use crate::app::Context;
use crate::domain::license::tampering;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Outcome, Result};
use crate::output::counter;
use crate::service::audit::audit_state;
use crate::service::findings::{Finding, Reporting, record};
use crate::service::sealing::{self, SEAL_KID, SealState, seal_account};
use crate::service::signing::{
    key_row_problem, orphan_secrets, trusted_keys, unreachable_hmac_kids,
};
use crate::store::sealing::BrokenSeal;
use crate::store::{LicenseFilter, SCHEMA_VERSION, Scope, SigningKeyRecord, Store};
use crate::token::{Expectations, verify_licenses};

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

/// One line of the report.
#[derive(Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
}

/// How many tampered keys the report names before it summarises.
const SHOWN: usize = 10;

pub fn run(args: &DoctorArgs, ctx: &Context) -> Result<Outcome> {
    let mut store = Store::open_existing(ctx.existing_db_path()?)?;
    if args.reseal {
        sealing::reseal(&mut store, ctx.key_store())?;
        ctx.printer
            .note("sealed every row as it is now; the database is trusted as it stands");
    }
    let seal_state = sealing::attach(&mut store, ctx.key_store())?;
    let version = store.schema_version()?;
    let schema = Check {
        check: "schema",
        ok: version == SCHEMA_VERSION,
        detail: format!("version {version} (this keywright writes {SCHEMA_VERSION})"),
    };
    if !matches!(seal_state, SealState::Attached | SealState::Adopted) {
        let integrity = check_integrity(&store)?;
        drop(store);
        let seals = read(ctx, |scope, _| Ok(check_seals(ctx, scope, &seal_state)?.0))?;
        let orphans = check_orphans(ctx, args.remove_orphans)?;
        return report(ctx, &[schema, integrity, seals, orphans], 0);
    }
    // The file, the seals and the audit chain are checked on a connection
    // of their own while every core verifies the licenses' tokens.
    let (beside, licenses_and_keys) = std::thread::scope(|threads| {
        let beside = threads.spawn(|| check_file_and_chains(ctx, store, &seal_state));
        let licenses_and_keys = read(ctx, |scope, _| {
            let (licenses, tampered) = check_licenses(ctx, scope)?;
            Ok((licenses, check_keys(ctx, scope, &seal_state)?, tampered))
        });
        let beside = beside.join().expect("the checks beside do not panic");
        (beside, licenses_and_keys)
    });
    let (integrity, audit, (seals, unsealed)) = beside?;
    let (licenses, keys, mut tampered) = licenses_and_keys?;
    for (key, reason) in unsealed {
        if !tampered.iter().any(|(k, _)| *k == key) {
            tampered.push((key, reason));
        }
    }
    let mut checks = vec![schema, integrity, licenses, audit, keys, seals];
    checks.push(check_orphans(ctx, args.remove_orphans)?);
    if !tampered.is_empty() {
        let session = ctx.session();
        write(ctx, |scope, tenant| {
            for (key, reason) in &tampered {
                let finding = Finding {
                    reason: "TAMPERED".into(),
                    message: reason.clone(),
                    requested: json!({}),
                    bound: json!({}),
                };
                record(&session, scope, tenant, key, &finding, Reporting::Command)?;
            }
            Ok(())
        })?;
    }
    report(ctx, &checks, tampered.len())
}

/// The file is sound (SQLite's own check) and every reference leads to its row.
fn check_integrity(store: &Store) -> Result<Check> {
    let integrity = store.integrity_problems()?;
    Ok(Check {
        check: "integrity",
        ok: integrity.is_empty(),
        detail: match integrity.len() {
            0 => "the file is sound and every reference leads to its row".into(),
            n => format!(
                "{n} problems: {}",
                integrity
                    .iter()
                    .take(SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        },
    })
}

type SealsCheck = (Check, Vec<(String, String)>);

/// The checks that read the whole file once each, serially: its integrity,
/// the audit chain and the seals (with the licenses whose seal is broken).
fn check_file_and_chains(
    ctx: &Context,
    mut store: Store,
    seal_state: &SealState,
) -> Result<(Check, Check, SealsCheck)> {
    let integrity = check_integrity(&store)?;
    let (audit, seals) = store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        let scope = tx.scope(&tenant);
        Ok((
            check_audit(ctx, &scope)?,
            check_seals(ctx, &scope, seal_state)?,
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

/// How many licenses are read and then checked together on every core.
const VERIFIED_AT_ONCE: usize = 1024;

/// What checking one license against its token found.
enum Verdict {
    Holds,
    Tampered(String),
    /// Signed with a key whose secret is out of reach.
    Unchecked,
}

/// Every license: its token verifies with the tenant's keys and its row
/// still carries the terms the token signs.
fn check_licenses(ctx: &Context, scope: &Scope<'_>) -> Result<(Check, Vec<(String, String)>)> {
    let keys = trusted_keys(ctx.key_store(), scope)?;
    let out_of_reach = unreachable_hmac_kids(ctx.key_store(), scope)?;
    let mut tampered = Vec::new();
    let mut unchecked = 0;
    let at = Expectations::at(ctx.now);
    let every = LicenseFilter::default();
    let bar = counter("checking licenses", ctx.printer.quiet());
    let tenant = scope.tenant_slug();
    let count = crate::parallel::map_pushed(
        VERIFIED_AT_ONCE,
        |feed| scope.each_license_matching(&every, ctx.now, &mut |license| feed.push(license)),
        |licenses| {
            let tokens: Vec<&str> = licenses.iter().map(|l| l.token.as_str()).collect();
            licenses
                .iter()
                .zip(verify_licenses(&tokens, &keys, &at))
                .map(|(license, verdict)| {
                    if out_of_reach.contains(&license.kid) {
                        return Verdict::Unchecked;
                    }
                    let terms = license.terms();
                    match tampering(&license.recorded(tenant, &terms), &verdict) {
                        Some(reason) => Verdict::Tampered(reason),
                        None => Verdict::Holds,
                    }
                })
                .collect()
        },
        |chunk| {
            bar.inc(chunk.len() as u64);
            for (license, verdict) in chunk {
                match verdict {
                    Verdict::Unchecked => unchecked += 1,
                    Verdict::Tampered(reason) => tampered.push((license.key, reason)),
                    Verdict::Holds => {}
                }
            }
            Ok(())
        },
    )?;
    bar.finish_and_clear();
    let detail = licenses_detail(count, &tampered, unchecked, &out_of_reach);
    Ok((
        Check {
            check: "licenses",
            ok: tampered.is_empty() && unchecked == 0,
            detail,
        },
        tampered,
    ))
}

/// What the license check found, in one sentence.
fn licenses_detail(
    count: u64,
    tampered: &[(String, String)],
    unchecked: u64,
    out_of_reach: &[String],
) -> String {
    let mut detail = match tampered {
        [] => format!("{} licenses match their signed tokens", count - unchecked),
        list => format!(
            "{} of {count} licenses are TAMPERED: {}",
            list.len(),
            first_few(list)
        ),
    };
    if unchecked > 0 {
        detail.push_str(&format!(
            "; {unchecked} could not be checked because the secret of {} is out of reach",
            out_of_reach.join(", ")
        ));
    }
    detail
}

/// The first [`SHOWN`] tampered keys with their reasons, then how many more.
fn first_few(list: &[(String, String)]) -> String {
    let named: Vec<String> = list
        .iter()
        .take(SHOWN)
        .map(|(k, r)| format!("{k} ({r})"))
        .collect();
    let more = list.len().saturating_sub(SHOWN);
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!("{}{tail}", named.join("; "))
}

fn check_audit(ctx: &Context, scope: &Scope<'_>) -> Result<Check> {
    let state = audit_state(ctx.key_store(), scope)?;
    Ok(Check {
        check: "audit chain",
        ok: state.verified,
        detail: match state.problem {
            None => format!(
                "{} entries and {} checkpoints verify",
                state.entries, state.checkpoints
            ),
            Some(problem) => problem,
        },
    })
}

/// Every key row must hold together (an Ed25519 public key whose thumbprint
/// is its kid, an HMAC secret in the key store); an active key's secret
/// must be reachable and match its row; the file store's folders and key
/// files must be private.
fn check_keys(ctx: &Context, scope: &Scope<'_>, seal: &SealState) -> Result<Check> {
    let store = ctx.key_store();
    let slug = scope.tenant_slug();
    let keys = scope.signing_keys()?;
    let sealed = match seal {
        SealState::Attached | SealState::Adopted => scope.sealed_kids()?,
        // Without the sealing key every row is unverifiable; the seals
        // check says why, so judge the rows on their own here.
        _ => keys.iter().map(|k| k.kid.clone()).collect(),
    };
    let mut problems = store.unsafe_places(slug);
    for key in &keys {
        if let Some(problem) = key_row_problem(store, scope, key, &sealed) {
            problems.push(format!("{} is not trusted: {problem}", key.kid));
        } else if key.status == KeyStatus::Active {
            problems.extend(secret_problem(ctx, scope, key));
        }
    }
    Ok(Check {
        check: "signing keys",
        ok: problems.is_empty(),
        detail: if problems.is_empty() {
            format!(
                "{} keys hold together; every active key's secret is in the {} store",
                keys.len(),
                store.kind().name()
            )
        } else {
            problems.join("; ")
        },
    })
}

/// Why an active key cannot sign: its secret is missing, unreadable, or
/// not the secret of its row.
fn secret_problem(ctx: &Context, scope: &Scope<'_>, key: &SigningKeyRecord) -> Option<String> {
    let store = ctx.key_store();
    let slug = scope.tenant_slug();
    match store.get(slug, &key.kid) {
        Ok(Some(secret)) if secret.verifying_key().kid() == Some(key.kid.as_str()) => None,
        Ok(Some(_)) => Some(format!(
            "{}: the secret in {} belongs to another key",
            key.kid,
            store.describe(slug, &key.kid)
        )),
        Ok(None) => Some(format!(
            "{}: its secret is not in {}",
            key.kid,
            store.describe(slug, &key.kid)
        )),
        Err(e) => Some(format!("{}: {e}", key.kid)),
    }
}

/// Every sealed row of the tenant holds its seal and is as new as the
/// audit log says; also returns the licenses that do not, to record them.
fn check_seals(
    ctx: &Context,
    scope: &Scope<'_>,
    state: &SealState,
) -> Result<(Check, Vec<(String, String)>)> {
    if let Some(why) = seal_key_missing(ctx, scope, state)? {
        let check = Check {
            check: "seals",
            ok: false,
            detail: why,
        };
        return Ok((check, Vec::new()));
    }
    let broken = scope.broken_seals()?;
    let licenses: Vec<(String, String)> = broken
        .iter()
        .filter(|b| b.table == "licenses")
        .map(|b| (b.name.clone(), format!("its row {}", b.reason)))
        .collect();
    let detail = seals_detail(&broken);
    Ok((
        Check {
            check: "seals",
            ok: broken.is_empty(),
            detail,
        },
        licenses,
    ))
}

/// Why no seal can be checked, when the sealing key is out of reach.
fn seal_key_missing(ctx: &Context, scope: &Scope<'_>, state: &SealState) -> Result<Option<String>> {
    let account = seal_account(&scope.database_id()?);
    let place = ctx.key_store().describe(&account, SEAL_KID);
    Ok(match state {
        SealState::Missing => Some(format!(
            "the database's sealing key is not in {place}, so no row can be checked: bring the key store it was sealed with, or trust the database as it is with `keywright doctor --reseal`"
        )),
        SealState::Unreachable(why) => Some(format!(
            "the database's sealing key could not be read from {place} ({why}), so no row can be checked"
        )),
        SealState::Attached | SealState::Adopted => None,
    })
}

/// What the seal check found, in one sentence.
fn seals_detail(broken: &[BrokenSeal]) -> String {
    if broken.is_empty() {
        return "every tenant, key, license and machine row holds its seal".to_string();
    }
    let named: Vec<String> = broken
        .iter()
        .take(SHOWN)
        .map(|b| format!("{} {} ({})", b.table, b.name, b.reason))
        .collect();
    let more = broken.len().saturating_sub(SHOWN);
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!(
        "{} rows were changed outside keywright: {}{tail}; if every change is yours, `keywright doctor --reseal` trusts them as they are",
        broken.len(),
        named.join("; ")
    )
}

/// Secrets no row accounts for; removed with `--remove-orphans`.
fn check_orphans(ctx: &Context, remove: bool) -> Result<Check> {
    let store = ctx.key_store();
    let orphans = ctx.open_store()?.write(|tx| {
        let tenant = ctx.resolve_tenant(tx).ok();
        let orphans = orphan_secrets(store, tx, tenant.as_ref())?;
        if remove {
            for (slug, kid) in &orphans {
                store.remove(slug, kid);
                store.forget_marker(slug, kid);
            }
        }
        Ok(orphans)
    })?;
    let names: Vec<String> = orphans.iter().map(|(t, k)| format!("{t}/{k}")).collect();
    Ok(match (names.is_empty(), remove) {
        (true, _) => Check {
            check: "orphan secrets",
            ok: true,
            detail: "every secret in the key store belongs to a key row".into(),
        },
        (false, true) => Check {
            check: "orphan secrets",
            ok: true,
            detail: format!("removed {}", names.join(", ")),
        },
        (false, false) => Check {
            check: "orphan secrets",
            ok: false,
            detail: format!(
                "{} in the key store belong to no key row; remove them with `keywright doctor --remove-orphans`",
                names.join(", ")
            ),
        },
    })
}
