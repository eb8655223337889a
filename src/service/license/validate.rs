//! The check of a license against the database, the same for `keywright
//! validate` and `POST …/licenses/validate`: tenant and license state, that
//! the row still matches its signed token, expiry and grace, domain,
//! machine, features and seats. It reads only; what it finds is returned
//! for the caller to record.

use serde::Deserialize;
use serde_json::json;

use super::start::{Event, start_if_waiting};
use super::{Answer, canonical_key, inactive_code};
use crate::domain::license::tampering;
use crate::domain::time::check_date;
use crate::domain::values::{
    check_nonce, normalize_features, normalize_fingerprint, normalize_host,
};
use crate::error::{Error, Result};
use crate::service::Session;
use crate::service::findings::Finding;
use crate::service::signing::trusted_keys;
use crate::service::verifier::Verifier;
use crate::store::{Activation, License, Scope, Tenant};
use crate::token::{Algorithm, Code, Expectations, goes_on_after_expiry};

/// A check as typed or posted, not yet checked itself.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidateInput {
    /// The license key (case, spaces and dashes do not matter).
    pub key: String,
    /// The machine asking.
    #[serde(default)]
    pub fingerprint: Option<String>,
    /// The host name asking.
    #[serde(default)]
    pub domain: Option<String>,
    /// Features that must be granted.
    #[serde(default)]
    pub features: Vec<String>,
    /// A value the signed reply echoes, so an old reply cannot be replayed.
    #[serde(default)]
    pub nonce: Option<String>,
    /// The day the asking build was released, YYYY-MM-DD: a license whose
    /// policy is `on_expiry: maintain` stays valid for builds released
    /// before its expiry.
    #[serde(default)]
    pub build_date: Option<String>,
}

/// A checked request to check a license.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub key: String,
    pub fingerprint: Option<String>,
    pub domain: Option<String>,
    pub features: Vec<String>,
    pub nonce: Option<String>,
    /// The asking build's release day (YYYY-MM-DD).
    pub build_date: Option<String>,
    /// What the request is to a term waiting for its start.
    pub event: Event,
}

impl CheckRequest {
    pub fn new(input: ValidateInput) -> Result<CheckRequest> {
        Ok(CheckRequest {
            key: canonical_key(&input.key)?,
            fingerprint: input
                .fingerprint
                .as_deref()
                .map(normalize_fingerprint)
                .transpose()?,
            domain: input.domain.as_deref().map(normalize_host).transpose()?,
            features: normalize_features(&input.features)?,
            nonce: input.nonce.as_deref().map(check_nonce).transpose()?,
            build_date: input
                .build_date
                .map(|d| check_date(d.trim()).map(|()| d.trim().to_string()))
                .transpose()?,
            event: Event::Validation,
        })
    }

    /// What the license must be for this request. A request that starts
    /// the license's waiting term judges it as started.
    fn expectations<'a>(&'a self, now: i64, license: &'a License) -> Expectations<'a> {
        let mut expect = Expectations::at(now).product(&license.product);
        if self.event.starts(license) {
            expect = expect.starting();
        }
        if let Some(domain) = &self.domain {
            expect = expect.domain(domain);
        }
        if let Some(fingerprint) = &self.fingerprint {
            expect = expect.fingerprint(fingerprint);
        }
        for feature in &self.features {
            expect = expect.feature(feature);
        }
        expect
    }

    /// What the request asked for, for a finding.
    pub(crate) fn asked(&self) -> serde_json::Value {
        json!({"fingerprint": self.fingerprint, "domain": self.domain})
    }
}

/// A check's answer, the license it is about, and what it found.
#[derive(Debug)]
pub struct Checked {
    pub answer: Answer,
    pub license: Option<License>,
    pub finding: Option<Finding>,
    /// The answer holds once this request starts the license's term,
    /// which waits for its first validation: a write the caller makes
    /// with [`start_for`] before it validates again.
    pub starts_term: bool,
}

impl Checked {
    /// The answer for a key no license has.
    pub(crate) fn not_found(scope: &Scope<'_>, key: &str) -> Checked {
        let message = format!("no license {key} {}", scope.describe());
        Checked {
            answer: Answer::about(key, None, None, Code::NotFound, message),
            license: None,
            finding: None,
            starts_term: false,
        }
    }

    /// The answer about a license, with the finding its code calls for.
    pub(crate) fn about(
        request: &CheckRequest,
        license: License,
        machines: &[Activation],
        code: Code,
        message: String,
    ) -> Checked {
        let live = machines.iter().filter(|m| m.is_live()).count();
        let bound = json!({
            "domains": license.domains, "machines": license.fingerprints,
            "seats": license.seats(), "machines_in_use": live,
        });
        let finding = Finding::of(code, &message, request.asked(), bound);
        let mut answer = Answer::about(&request.key, Some(&license), Some(live), code, message);
        answer.seats = license.seats();
        answer.fingerprint = request.fingerprint.clone();
        Checked {
            answer,
            license: Some(license),
            finding,
            starts_term: false,
        }
    }
}

/// Checks a license as the request asks, reading only.
pub fn validate(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &CheckRequest,
    verifier: &Verifier,
) -> Result<Checked> {
    let Some((license, machines)) = scope.license_with_machines(&request.key, session.now)? else {
        return Ok(Checked::not_found(scope, &request.key));
    };
    let (mut code, mut message) = assess(session, scope, tenant, &license, request, verifier)?;
    let allowed = expired_but_allowed(&license, code, request.build_date.as_deref());
    if allowed {
        message = format!(
            "{message}; its policy lets it go on working (on-expiry {})",
            license.policy.on_expiry
        );
    }
    if (code.is_valid() || allowed)
        && let Some(fingerprint) = &request.fingerprint
        && let Some(refusal) = machine_refusal(&license, &machines, fingerprint)
    {
        (code, message) = refusal;
    }
    let starts_term = code.is_valid() && request.event.starts(&license);
    let mut checked = Checked::about(request, license, &machines, code, message);
    checked.answer.valid |= allowed && code == Code::Expired;
    checked.starts_term = starts_term;
    Ok(checked)
}

/// Starts the term of the license a validation found waiting for it
/// (its first validation, under `first-validation`: docs/policies.md), in
/// the caller's write transaction. The validation is made again after it
/// commits, when the license's rows hold their new seals.
pub fn start_for(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &CheckRequest,
) -> Result<()> {
    if let Some(license) = scope.find_license(&request.key, session.now)?
        && super::not_working_code(license.status).is_none()
    {
        start_if_waiting(session, scope, tenant, &license, request.event)?;
    }
    Ok(())
}

/// Whether a license whose verdict is `code` is expired but valid all the
/// same (docs/policies.md): its policy says `on_expiry: allow`, or
/// `maintain` and the asking build (released on `build_date`) came out
/// before the license's last day (in UTC).
pub fn expired_but_allowed(license: &License, code: Code, build_date: Option<&str>) -> bool {
    code == Code::Expired
        && license.expires.is_some_and(|expires| {
            goes_on_after_expiry(license.policy.on_expiry.as_str(), expires.0, build_date)
        })
}

/// Why a machine may not use a license that limits machines, when it holds
/// no seat: `TOO_MANY_MACHINES` when every seat is taken, else
/// `NOT_ACTIVATED` (a free seat is the machine's only once it activates,
/// so that an application that validates but never activates is counted).
fn machine_refusal(
    license: &License,
    machines: &[Activation],
    fingerprint: &str,
) -> Option<(Code, String)> {
    let seats = license.seats()?;
    if let Some(full) = seat_refusal(license, machines, fingerprint) {
        return Some(full);
    }
    let known = machines.iter().find(|m| m.fingerprint == fingerprint);
    match known {
        Some(machine) if machine.is_live() => None,
        Some(_) => Some((
            Code::NotActivated,
            format!(
                "machine '{fingerprint}' has not checked in within the heartbeat, so it holds no seat; check in to take one of the {seats} again"
            ),
        )),
        None => Some((
            Code::NotActivated,
            format!(
                "machine '{fingerprint}' is not activated on this license; activate it first (the license limits machines to {seats})"
            ),
        )),
    }
}

/// The verdict on a license before its machines are counted: tenant state,
/// tampering, license state, then what its signed token allows.
pub(crate) fn assess(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    request: &CheckRequest,
    verifier: &Verifier,
) -> Result<(Code, String)> {
    // The tenant's state and the license's row count only if they hold
    // their seals (docs/threat-model.md).
    if let Some(problem) = scope.tenant_seal_problem()? {
        return Ok((Code::Tampered, problem));
    }
    if tenant.is_suspended() {
        let message = format!("tenant '{}' is suspended", tenant.slug());
        return Ok((Code::TenantSuspended, message));
    }
    // One verification serves both the tamper check and the verdict: its
    // claims are read whenever the signature holds.
    let keys = trusted_keys(session.keys, scope)?;
    let expect = request.expectations(session.now, license);
    let verdict = verifier.verify(&license.token, &keys, &expect);
    if verdict.code == Code::UnknownKey
        && let Some(row) = scope.find_signing_key(&license.kid)?
        && row.algorithm == Algorithm::Hmac
        && row.public_key.is_none()
    {
        unreachable_hmac_secret(session, tenant, &license.kid)?;
    }
    let terms = license.terms();
    if let Some(reason) = tampering(&license.recorded(tenant.slug(), &terms), &verdict) {
        return Ok((Code::Tampered, reason));
    }
    if let Some(reason) = scope.license_seal_problem(license.id)? {
        return Ok((Code::Tampered, reason));
    }
    let signer = verdict.kid.as_deref().unwrap_or(&license.kid);
    if let Some(key) = scope.find_signing_key(signer)?
        && key.revoked.is_some()
    {
        let message = format!("the key that signed it ({signer}) was revoked");
        return Ok((Code::Revoked, message));
    }
    if let Some(code) = inactive_code(license.state) {
        let reason = license
            .revocation_reason
            .as_deref()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        return Ok((code, format!("the license is {}{reason}", license.state)));
    }
    Ok((verdict.code, verdict.message))
}

/// An HMAC key the database lists but whose secret the key store cannot
/// give: the key store's own error, or one sentence saying where it looked.
fn unreachable_hmac_secret(session: &Session<'_>, tenant: &Tenant, kid: &str) -> Result<()> {
    match session.keys.get(tenant.slug(), kid)? {
        Some(_) => Ok(()),
        None => Err(Error::KeyStore(format!(
            "the secret of HMAC key {kid} is needed to check this license and cannot be reached in {}",
            session.keys.describe(tenant.slug(), kid)
        ))),
    }
}

/// `TOO_MANY_MACHINES` when `fingerprint` does not hold a seat and every
/// seat is taken by a live machine.
pub(crate) fn seat_refusal(
    license: &License,
    machines: &[Activation],
    fingerprint: &str,
) -> Option<(Code, String)> {
    let seats = license.seats()?;
    let holds = machines
        .iter()
        .any(|m| m.fingerprint == fingerprint && m.is_live());
    let live = machines.iter().filter(|m| m.is_live()).count();
    (!holds && live as i64 >= seats).then(|| {
        (
            Code::TooManyMachines,
            format!("the license is active on {live} of {seats} machines, not on '{fingerprint}'"),
        )
    })
}
