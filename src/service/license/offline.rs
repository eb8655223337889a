//! Activation, check-in and deactivation by file, for machines without a
//! network (docs/offline.md). A request or proof is checked (its machine's
//! signature, its age, its nonce used once, the key a machine was activated
//! with), then the same rules as online run (`machines::activate`,
//! `machines::deactivate`); an accepted request is answered by a machine
//! license: the license's terms, locked to the machine (`machines`), bound
//! to its key (`cnf`) and to the request (`nonce`), with its meters after
//! the usage the request reports (`usage`), counted once with the nonce.

use serde::Serialize;
use serde_json::json;

use super::machines::{self, MachineRequest};
use super::usage::{self, MeterUsage, UsageInput, UsageRequest};
use super::validate::Checked;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::license::{Parties, claims};
use crate::domain::policy::OnExpiry;
use crate::domain::state::NonceKind;
use crate::domain::time::UnixTime;
use crate::error::{Error, Fix, Record, Remedy, Result};
use crate::service::Session;
use crate::service::signing::signing_key;
use crate::service::verifier::Verifier;
use crate::store::{License, Scope, Tenant};
use crate::token::{
    ActivationClaims, Code, Confirmation, DeactivationClaims, Opened, UsageReport,
    encode_base64url, sign_license,
};

/// How far ahead of the vendor's clock a request's `iat` may be.
const SKEW: i64 = 300;

/// The answer to a request file: the activation's answer, and the machine
/// license when it was accepted.
#[derive(Debug)]
pub struct Answered {
    pub checked: Checked,
    pub machine_license: Option<MachineLicense>,
}

/// A machine license as printed.
#[derive(Debug, Serialize)]
pub struct MachineLicense {
    pub key: String,
    pub fingerprint: String,
    pub expires: Option<UnixTime>,
    /// What became of each usage report of the request, in its order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub usage: Vec<Counted>,
    pub token: String,
}

/// A usage report of a request, answered: `VALID` and counted, or
/// `USAGE_EXCEEDED` and not; the meter as it then stood.
#[derive(Debug, Clone, Serialize)]
pub struct Counted {
    pub increment: i64,
    pub code: Code,
    #[serde(flatten)]
    pub meter: MeterUsage,
}

/// Activates (or, for a machine already activated with the same key,
/// checks in) the machine of a request file, and answers with a machine
/// license.
pub fn activate_by_file(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &Opened<ActivationClaims>,
    verifier: &Verifier,
) -> Result<Answered> {
    let c = &request.claims;
    check_age(session, c.iat, "activation request")?;
    let license = license_of(scope, session, &c.sub)?;
    let machine_key = encode_base64url(&request.machine_key.public_bytes().unwrap_or_default());
    if let Some(recorded) = scope.machine_key(license.id, &c.fingerprint)?
        && recorded != machine_key
    {
        return Err(Error::refused(
            format!(
                "machine '{}' is activated with another key and must be deactivated first, with its proof or by the vendor",
                c.fingerprint
            ),
            Fix::DeactivateMachine {
                license: license.key.clone(),
                fingerprint: c.fingerprint.clone(),
            },
        ));
    }
    use_nonce(scope, session, &license, NonceKind::Activation, &c.nonce)?;
    let machine = MachineRequest::new(
        &c.sub,
        &c.fingerprint,
        c.hostname.as_deref(),
        Some(&c.nonce),
    )?;
    let checked = machines::activate(session, scope, tenant, &machine, verifier)?;
    if !checked.answer.valid {
        return Ok(Answered {
            checked,
            machine_license: None,
        });
    }
    // The license as the activation left it (its term may have started).
    let license = checked.license.clone().unwrap_or(license);
    scope.set_machine_key(license.id, &c.fingerprint, &machine_key)?;
    let counted = count_reports(session, scope, tenant, &license, &c.usage)?;
    let mut machine_license = sign_machine_license(session, scope, tenant, &license, request)?;
    let details = json!({
        "fingerprint": c.fingerprint, "nonce": c.nonce, "machine_key": machine_key,
        "expires": machine_license.expires,
        "usage": counted.iter().map(|r| json!({
            "meter": r.meter.meter, "increment": r.increment, "code": r.code,
        })).collect::<Vec<_>>(),
    });
    machine_license.usage = counted;
    let entry = session.audit(
        AuditAction::LicenseMachineLicenseIssued,
        TargetKind::License,
        &license.key,
        details,
    );
    scope.append_audit(&entry)?;
    Ok(Answered {
        checked,
        machine_license: Some(machine_license),
    })
}

/// Counts the usage reports of an accepted request, in order, each as a
/// report online would be (docs/policies.md): the request's nonce is
/// accepted once, so each report counts once.
fn count_reports(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    reports: &[UsageReport],
) -> Result<Vec<Counted>> {
    reports
        .iter()
        .map(|report| {
            let request = UsageRequest::new(UsageInput {
                key: license.key.clone(),
                fingerprint: None,
                meter: report.meter.clone(),
                increment: report.increment,
                nonce: None,
            })?;
            let reported = usage::report(session, scope, tenant, &request)?;
            let meter = reported
                .usage
                .ok_or_else(|| Error::runtime("a usage report found no license"))?;
            Ok(Counted {
                increment: report.increment,
                code: reported.answer.code,
                meter,
            })
        })
        .collect()
}

/// Frees the seat of the machine that signed the proof, if it is the key
/// the machine was activated with; each proof is accepted once.
pub fn deactivate_by_proof(
    session: &Session<'_>,
    scope: &Scope<'_>,
    proof: &Opened<DeactivationClaims>,
) -> Result<Checked> {
    let c = &proof.claims;
    check_age(session, c.iat, "deactivation proof")?;
    let license = license_of(scope, session, &c.sub)?;
    let presented = encode_base64url(&proof.machine_key.public_bytes().unwrap_or_default());
    let activated = machines::machines_of(session, scope, &license)?
        .into_iter()
        .any(|m| m.fingerprint == c.fingerprint);
    match scope.machine_key(license.id, &c.fingerprint)? {
        Some(recorded) if recorded == presented => {}
        Some(_) => {
            return Err(Error::usage(format!(
                "the proof is signed by another key than the one machine '{}' was activated with; nothing was changed",
                c.fingerprint
            )));
        }
        None if !activated => {
            return Err(Error::usage(format!(
                "machine '{}' is not activated on license {} (it was deactivated already, or never activated); nothing was changed",
                c.fingerprint, license.key
            )));
        }
        None => {
            return Err(Error::refused(
                format!(
                    "machine '{}' was activated online, not by request file, so no proof can be checked",
                    c.fingerprint
                ),
                Fix::DeactivateMachine {
                    license: license.key.clone(),
                    fingerprint: c.fingerprint.clone(),
                },
            ));
        }
    }
    use_nonce(scope, session, &license, NonceKind::Deactivation, &c.nonce)?;
    let machine = MachineRequest::new(&c.sub, &c.fingerprint, None, None)?;
    machines::deactivate(session, scope, &machine)
}

/// A request older than the configured window, or from the future, is refused.
fn check_age(session: &Session<'_>, iat: i64, what: &str) -> Result<()> {
    let age = session.now - iat;
    if age > session.policy.request_max_age {
        return Err(Error::usage(format!(
            "the {what} was made {} ago, longer than the {} s it may wait; make a new one on the machine",
            human_age(age),
            session.policy.request_max_age
        )));
    }
    if age < -SKEW {
        return Err(Error::usage(format!(
            "the {what} is dated in the future ({} ahead of this clock); check the machine's clock and make a new one",
            human_age(-age)
        )));
    }
    Ok(())
}

fn human_age(seconds: i64) -> String {
    match seconds {
        s if s >= 86_400 => format!("{} days", s / 86_400),
        s if s >= 3_600 => format!("{} hours", s / 3_600),
        s => format!("{s} s"),
    }
}

/// The license a file names; one of another tenant is not found here.
fn license_of(scope: &Scope<'_>, session: &Session<'_>, key: &str) -> Result<License> {
    let key = super::canonical_key(key)?;
    scope
        .find_license(&key, session.now)?
        .ok_or_else(|| Error::NotFound {
            what: Record::License,
            id: key,
            scope: scope.describe(),
            remedy: Remedy::OtherTenant,
        })
}

fn use_nonce(
    scope: &Scope<'_>,
    session: &Session<'_>,
    license: &License,
    kind: NonceKind,
    nonce: &str,
) -> Result<()> {
    if nonce.is_empty() || nonce.len() > 128 {
        return Err(Error::usage("the file's nonce must be 1 to 128 characters"));
    }
    if !scope.use_machine_nonce(license.id, kind, nonce, session.now)? {
        return Err(Error::usage(format!(
            "this {kind} file was already used (its nonce was seen before); make a new one on the machine"
        )));
    }
    Ok(())
}

/// How long a machine license of `license` lasts before the machine must
/// check in by file again: one heartbeat for floating seats; for a license
/// that limits machines, its offline lease (else the config's), so that a
/// copy of a machine license kept aside after a deactivation stops working
/// within it (docs/offline.md); a license without a seat limit has none.
fn machine_lease(session: &Session<'_>, license: &License) -> Option<i64> {
    license.heartbeat_seconds.or_else(|| {
        license.seats()?;
        Some(
            license
                .offline_lease_seconds
                .unwrap_or(session.policy.offline_lease_seconds),
        )
    })
}

/// The license's terms for one machine, bound to its key and request, and
/// lasting at most one lease ([`machine_lease`]): the machine checks in by
/// file again to renew it.
fn sign_machine_license(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    request: &Opened<ActivationClaims>,
) -> Result<MachineLicense> {
    let c = &request.claims;
    let mut terms = license.terms();
    terms.fingerprints = vec![c.fingerprint.clone()];
    if let Some(lease) = machine_lease(session, license) {
        let lease_end = session.now.saturating_add(lease);
        if terms.expires_at.is_none_or(|exp| lease_end < exp) {
            // The lease, not the license, ends this token: no grace after
            // it, and no rule on expiry (the machine checks in again).
            terms.expires_at = Some(lease_end);
            terms.grace_seconds = None;
            terms.on_expiry = OnExpiry::Restrict;
        }
    }
    let parties = Parties {
        tenant: tenant.slug(),
        key: &license.key,
        product: &license.product,
        customer: &license.token_customer,
    };
    let mut claims = claims(&parties, &terms, session.now);
    claims.usage = usage::meters_of(scope, tenant, license, session.now)?
        .iter()
        .map(MeterUsage::claim)
        .collect();
    claims.cnf = request
        .machine_key
        .to_public_jwk()
        .map(|jwk| Confirmation { jwk });
    claims.nonce = Some(c.nonce.clone());
    let key = signing_key(session, scope)?;
    let token = sign_license(&claims, &key)
        .map_err(|e| Error::runtime(format!("the machine license cannot be signed: {e}")))?;
    Ok(MachineLicense {
        key: license.key.clone(),
        fingerprint: c.fingerprint.clone(),
        expires: terms.expires_at.map(UnixTime),
        usage: Vec::new(),
        token,
    })
}
