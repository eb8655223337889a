//! The checks of `doctor`: the health of a tenant's data — the database's
//! own integrity, every license row against its signed token, the audit
//! chain, whether each signing-key row holds together and its secret can be
//! reached, every row's seal, and the key store itself (unsafe key files,
//! orphan secrets). Each check gives one line of the report; licenses found
//! tampered are recorded in the audit log, as `validate` records them.

use serde::Serialize;
use serde_json::json;

use super::Session;
use super::audit::audit_state;
use super::findings::{Finding, Reporting, record};
use super::sealing::{SEAL_KID, SealState, seal_account};
use super::signing::{key_row_problem, orphan_secrets, trusted_keys, unreachable_hmac_kids};
use crate::domain::license::tampering;
use crate::domain::state::KeyStatus;
use crate::error::Result;
use crate::keystore::KeyStore;
use crate::store::sealing::BrokenSeal;
use crate::store::{LicenseFilter, SCHEMA_VERSION, Scope, SigningKeyRecord, Store, Tenant, Tx};
use crate::token::{Expectations, verify_licenses};

/// One line of the report.
#[derive(Serialize)]
pub struct Check {
    pub check: &'static str,
    pub ok: bool,
    pub detail: String,
}

/// How many tampered keys the report names before it summarises.
const SHOWN: usize = 10;

/// A check with the licenses it found tampered: (key, why).
pub type WithTampered = (Check, Vec<(String, String)>);

/// The schema version is the one this keywright writes.
pub fn check_schema(store: &Store) -> Result<Check> {
    let version = store.schema_version()?;
    Ok(Check {
        check: "schema",
        ok: version == SCHEMA_VERSION,
        detail: format!("version {version} (this keywright writes {SCHEMA_VERSION})"),
    })
}

/// The file is sound (SQLite's own check; PostgreSQL checks its own pages)
/// and every reference leads to its row.
pub fn check_integrity(store: &Store) -> Result<Check> {
    let integrity = store.integrity_problems()?;
    let sound = match store.file() {
        Some(_) => "the file is sound and every reference leads to its row",
        None => "every reference leads to its row; PostgreSQL checks its own pages",
    };
    Ok(Check {
        check: "integrity",
        ok: integrity.is_empty(),
        detail: match integrity.len() {
            0 => sound.into(),
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
///
/// `on_checked` hears how many more were checked, for a progress bar.
pub fn check_licenses(
    store: &KeyStore,
    scope: &Scope<'_>,
    now: i64,
    on_checked: &(dyn Fn(u64) + Sync),
) -> Result<WithTampered> {
    let keys = trusted_keys(store, scope)?;
    let out_of_reach = unreachable_hmac_kids(store, scope)?;
    let mut tampered = Vec::new();
    let mut unchecked = 0;
    let at = Expectations::at(now);
    let every = LicenseFilter::default();
    let tenant = scope.tenant_slug();
    let count = crate::parallel::map_pushed(
        VERIFIED_AT_ONCE,
        |feed| scope.each_license_matching(&every, now, &mut |license| feed.push(license)),
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
            on_checked(chunk.len() as u64);
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

pub fn check_audit(store: &KeyStore, scope: &Scope<'_>) -> Result<Check> {
    let state = audit_state(store, scope)?;
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
pub fn check_keys(store: &KeyStore, scope: &Scope<'_>, seal: &SealState) -> Result<Check> {
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
            problems.extend(secret_problem(store, scope, key));
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
fn secret_problem(store: &KeyStore, scope: &Scope<'_>, key: &SigningKeyRecord) -> Option<String> {
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
pub fn check_seals(store: &KeyStore, scope: &Scope<'_>, state: &SealState) -> Result<WithTampered> {
    if let Some(why) = seal_key_missing(store, scope, state)? {
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
fn seal_key_missing(
    store: &KeyStore,
    scope: &Scope<'_>,
    state: &SealState,
) -> Result<Option<String>> {
    let account = seal_account(&scope.database_id()?);
    let place = store.describe(&account, SEAL_KID);
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
///
/// Runs in a write transaction, so that no command stores a secret while
/// they are counted.
pub fn check_orphans(
    store: &KeyStore,
    tx: &Tx<'_>,
    tenant: Option<&Tenant>,
    remove: bool,
) -> Result<Check> {
    let orphans = orphan_secrets(store, tx, tenant)?;
    if remove {
        for (slug, kid) in &orphans {
            store.remove(slug, kid);
            store.forget_marker(slug, kid);
        }
    }
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

/// Records each tampered license (a broken token or a broken seal, once
/// each) in the audit log as `license.tamper_detected`; returns how many.
pub fn record_tampered(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    mut tampered: Vec<(String, String)>,
    unsealed: Vec<(String, String)>,
) -> Result<usize> {
    for (key, reason) in unsealed {
        if !tampered.iter().any(|(k, _)| *k == key) {
            tampered.push((key, reason));
        }
    }
    for (key, reason) in &tampered {
        let finding = Finding {
            reason: "TAMPERED".into(),
            message: reason.clone(),
            requested: json!({}),
            bound: json!({}),
        };
        record(session, scope, tenant, key, &finding, Reporting::Command)?;
    }
    Ok(tampered.len())
}
