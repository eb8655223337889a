//! `keywright doctor`: the health of the tenant's data — schema version,
//! every license row against its signed token, the audit chain, and whether
//! each signing key's secret can be reached. Tampered licenses get an audit
//! entry, as `validate` gives them.

use serde::Serialize;
use serde_json::json;

use super::{read, write};
use crate::cli::Context;
use crate::domain::license::tampering;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Outcome, Result};
use crate::service::audit::audit_state;
use crate::service::findings::{Finding, Reporting, record};
use crate::service::signing::trusted_keys;
use crate::store::{LicenseFilter, SCHEMA_VERSION, Scope};
use crate::token::{Expectations, verify_license};

/// One line of the report.
#[derive(Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
}

/// How many tampered keys the report names before it summarises.
const SHOWN: usize = 10;

pub fn run(ctx: &Context) -> Result<Outcome> {
    let version = ctx.open_store()?.schema_version()?;
    let mut checks = vec![Check {
        check: "schema",
        ok: version == SCHEMA_VERSION,
        detail: format!("version {version} (this keywright writes {SCHEMA_VERSION})"),
    }];
    let (more, tampered) = read(ctx, |scope, _| {
        let (licenses, tampered) = check_licenses(ctx, scope)?;
        Ok((
            vec![licenses, check_audit(ctx, scope)?, check_keys(ctx, scope)?],
            tampered,
        ))
    })?;
    checks.extend(more);
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
    let tampered = tampered.len();
    ctx.printer.all(&checks, |c| {
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

/// Every license: its token verifies with the tenant's keys and its row
/// still carries the terms the token signs.
fn check_licenses(ctx: &Context, scope: &Scope<'_>) -> Result<(Check, Vec<(String, String)>)> {
    let keys = trusted_keys(ctx.key_store(), scope)?;
    let mut tampered = Vec::new();
    let at = Expectations::at(ctx.now);
    let every = LicenseFilter::default();
    let count = scope.each_license_matching(&every, ctx.now, |license| {
        let terms = license.terms();
        let verdict = verify_license(&license.token, &keys, &at);
        if let Some(reason) = tampering(&license.recorded(&terms), &verdict) {
            tampered.push((license.key, reason));
        }
        Ok(())
    })?;
    let detail = match tampered.as_slice() {
        [] => format!("{count} licenses match their signed tokens"),
        list => {
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
            format!(
                "{} of {count} licenses are TAMPERED: {}{tail}",
                list.len(),
                named.join("; ")
            )
        }
    };
    Ok((
        Check {
            check: "licenses",
            ok: tampered.is_empty(),
            detail,
        },
        tampered,
    ))
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

/// Active keys must have a reachable secret; retired ones only verify.
fn check_keys(ctx: &Context, scope: &Scope<'_>) -> Result<Check> {
    let store = ctx.key_store();
    let mut missing = Vec::new();
    let mut reachable = 0;
    let keys = scope.signing_keys()?;
    for key in keys.iter().filter(|k| k.status == KeyStatus::Active) {
        match store.get(scope.tenant_slug(), &key.kid) {
            Ok(Some(_)) => reachable += 1,
            Ok(None) => missing.push(format!(
                "{} (not in {})",
                key.kid,
                store.describe(scope.tenant_slug(), &key.kid)
            )),
            Err(e) => missing.push(format!("{} ({e})", key.kid)),
        }
    }
    Ok(Check {
        check: "signing keys",
        ok: missing.is_empty(),
        detail: if missing.is_empty() {
            format!(
                "{reachable} active keys reachable in the {} store; {} keys in all",
                store.kind().name(),
                keys.len()
            )
        } else {
            format!("secrets out of reach: {}", missing.join("; "))
        },
    })
}
