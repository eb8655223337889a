//! The machines a license runs on: activate, deactivate, check in. Seats
//! are the license's `seats` limit; with a heartbeat (floating seats) a
//! machine that has not checked in within it no longer takes a seat.
//! Activations and deactivations together are limited per day (churn),
//! so a seat cannot be passed around endlessly. The command, the service
//! and (offline) request files all run these functions.

use serde::Deserialize;
use serde_json::json;

use super::start::{Event, start_if_waiting};
use super::validate::{CheckRequest, Checked, assess, seat_refusal};
use super::{canonical_key, not_working_code};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::policy::MachineScope;
use crate::domain::values::{check_hostname, check_nonce, normalize_fingerprint};
use crate::error::{Error, Record, Remedy, Result};
use crate::service::Session;
use crate::service::verifier::Verifier;
use crate::store::{Activation, License, Scope, Tenant};
use crate::token::Code;

const DAY: i64 = 86_400;

/// An activation as posted: the machine, and a nonce for the signed reply.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivateInput {
    pub key: String,
    pub fingerprint: String,
    #[serde(default)]
    pub hostname: Option<String>,
    #[serde(default)]
    pub nonce: Option<String>,
}

/// A deactivation as posted.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeactivateInput {
    pub key: String,
    pub fingerprint: String,
}

/// A check-in as posted.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckInInput {
    pub key: String,
    pub fingerprint: String,
    #[serde(default)]
    pub nonce: Option<String>,
}

/// A checked request about one machine of a license.
#[derive(Debug, Clone)]
pub struct MachineRequest {
    pub check: CheckRequest,
    pub fingerprint: String,
    pub hostname: Option<String>,
}

impl MachineRequest {
    pub fn new(
        key: &str,
        fingerprint: &str,
        hostname: Option<&str>,
        nonce: Option<&str>,
    ) -> Result<MachineRequest> {
        let fingerprint = normalize_fingerprint(fingerprint)?;
        Ok(MachineRequest {
            check: CheckRequest {
                build_date: None,
                key: canonical_key(key)?,
                fingerprint: Some(fingerprint.clone()),
                domain: None,
                features: Vec::new(),
                nonce: nonce.map(check_nonce).transpose()?,
                event: Event::Activation,
            },
            fingerprint,
            hostname: hostname.map(check_hostname).transpose()?,
        })
    }

    pub fn activate(input: ActivateInput) -> Result<MachineRequest> {
        let (hostname, nonce) = (input.hostname.as_deref(), input.nonce.as_deref());
        MachineRequest::new(&input.key, &input.fingerprint, hostname, nonce)
    }

    pub fn deactivate(input: DeactivateInput) -> Result<MachineRequest> {
        MachineRequest::new(&input.key, &input.fingerprint, None, None)
    }

    pub fn check_in(input: CheckInInput) -> Result<MachineRequest> {
        MachineRequest::new(&input.key, &input.fingerprint, None, input.nonce.as_deref())
    }

    fn key(&self) -> &str {
        &self.check.key
    }
}

/// A license found for a machine request, with its machines as of now.
struct Found {
    license: License,
    machines: Vec<Activation>,
}

impl Found {
    /// The license the request names, or the `NOT_FOUND` answer.
    fn of(
        session: &Session<'_>,
        scope: &Scope<'_>,
        request: &MachineRequest,
    ) -> Result<std::result::Result<Found, Checked>> {
        let Some(license) = scope.find_license(request.key(), session.now)? else {
            return Ok(Err(Checked::not_found(scope, request.key())));
        };
        let machines = machines_of(session, scope, &license)?;
        Ok(Ok(Found { license, machines }))
    }

    /// Starts the license's term if it waits for a machine (docs/policies.md):
    /// before the machine is recorded, while the license's rows still hold
    /// the seals a re-signing checks.
    fn start_if_waiting(
        &mut self,
        session: &Session<'_>,
        scope: &Scope<'_>,
        tenant: &Tenant,
    ) -> Result<()> {
        if let Some(started) =
            start_if_waiting(session, scope, tenant, &self.license, Event::Activation)?
        {
            self.license = started;
        }
        Ok(())
    }

    fn knows(&self, fingerprint: &str) -> bool {
        self.machines.iter().any(|m| m.fingerprint == fingerprint)
    }

    /// The answer, with the machines as they are now.
    fn answer(
        self,
        session: &Session<'_>,
        scope: &Scope<'_>,
        request: &MachineRequest,
        (code, message): (Code, String),
    ) -> Result<Checked> {
        let machines = machines_of(session, scope, &self.license)?;
        Ok(Checked::about(
            &request.check,
            self.license,
            &machines,
            code,
            message,
        ))
    }

    /// Whether the license works for the request's machine and a seat is
    /// free for it: the verdict's code, or the refusal.
    fn admit(
        &self,
        session: &Session<'_>,
        scope: &Scope<'_>,
        tenant: &Tenant,
        request: &MachineRequest,
        verifier: &Verifier,
    ) -> Result<std::result::Result<Code, (Code, String)>> {
        let (code, message) = assess(
            session,
            scope,
            tenant,
            &self.license,
            &request.check,
            verifier,
        )?;
        if !code.is_valid() {
            return Ok(Err((code, message)));
        }
        match seat_refusal(&self.license, &self.machines, &request.fingerprint) {
            Some(refusal) => Ok(Err(refusal)),
            None => Ok(Ok(code)),
        }
    }
}

/// Activates a machine: the license must work for it, a seat must be free,
/// and a new machine must be within the churn limit. A known machine is
/// refreshed. Refusals are answers with their code, not errors.
pub fn activate(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &MachineRequest,
    verifier: &Verifier,
) -> Result<Checked> {
    let mut found = match Found::of(session, scope, request)? {
        Ok(found) => found,
        Err(not_found) => return Ok(not_found),
    };
    let code = match found.admit(session, scope, tenant, request, verifier)? {
        Ok(code) => code,
        Err(refusal) => return found.answer(session, scope, request, refusal),
    };
    let (fingerprint, hostname) = (&request.fingerprint, request.hostname.as_deref());
    let known = found.knows(fingerprint);
    if !known && let Some(refusal) = scope_refusal(session, scope, &found.license, fingerprint)? {
        return found.answer(session, scope, request, refusal);
    }
    if !known && let Some(refusal) = trial_refusal(session, scope, &found.license, fingerprint)? {
        return found.answer(session, scope, request, refusal);
    }
    if !known && let Some(message) = churn_refusal(session, scope, &found.license)? {
        return found.answer(session, scope, request, (Code::TooManyActivations, message));
    }
    found.start_if_waiting(session, scope, tenant)?;
    scope.upsert_activation(found.license.id, fingerprint, hostname, session.now)?;
    let message = if known {
        format!("machine '{fingerprint}' was already activated; its last-seen time is now")
    } else {
        let details = json!({"fingerprint": fingerprint, "hostname": hostname});
        let entry = session.audit(
            AuditAction::LicenseActivated,
            TargetKind::License,
            &found.license.key,
            details,
        );
        scope.append_audit(&entry)?;
        format!("machine '{fingerprint}' is activated")
    };
    found.answer(session, scope, request, (code, message))
}

/// Why a new machine may not take this license: it is live on another
/// license of the same product (or tenant) while the license's machine
/// scope lets a machine hold one at a time (docs/policies.md). The check
/// runs in the activation's write transaction, which holds the tenant's
/// writes, so two activations at once cannot both pass it.
fn scope_refusal(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &License,
    fingerprint: &str,
) -> Result<Option<(Code, String)>> {
    let (product_id, within) = match license.policy.machine_scope {
        MachineScope::License => return Ok(None),
        MachineScope::Product => (
            Some(scope.product(&license.product)?.id),
            format!("product '{}'", license.product),
        ),
        MachineScope::Tenant => (None, "this vendor".to_string()),
    };
    let others = scope.licenses_with_machine(fingerprint, license.id, product_id, session.now)?;
    Ok(others.first().map(|other| {
        (
            Code::MachineInUse,
            format!(
                "machine '{fingerprint}' is active on license {other}; a machine may hold one license of {within} at a time, so deactivate it there first"
            ),
        )
    }))
}

/// Why a machine may not take this trial license: it held a trial of the
/// product before, with another license (revoked or converted since, or
/// not). A machine's first trial of a product is recorded as it activates,
/// for ever (docs/policies.md).
fn trial_refusal(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &License,
    fingerprint: &str,
) -> Result<Option<(Code, String)>> {
    if !license.trial {
        return Ok(None);
    }
    let product = scope.product(&license.product)?;
    match scope.trial_of(product.id, fingerprint)? {
        Some(held) if held == license.key => Ok(None),
        Some(held) => Ok(Some((
            Code::TrialUsed,
            format!(
                "machine '{fingerprint}' had its trial of '{}' already (license {held}); a machine gets one trial of a product",
                license.product
            ),
        ))),
        None => {
            scope.record_trial(product.id, fingerprint, license.id, session.now)?;
            Ok(None)
        }
    }
}

/// Frees a machine's seat, within the churn limit. Works whatever the
/// license's state, so a customer can always move off a machine.
pub fn deactivate(
    session: &Session<'_>,
    scope: &Scope<'_>,
    request: &MachineRequest,
) -> Result<Checked> {
    let found = match Found::of(session, scope, request)? {
        Ok(found) => found,
        Err(not_found) => return Ok(not_found),
    };
    let fingerprint = &request.fingerprint;
    if !found.knows(fingerprint) {
        return Err(not_activated(&found.license, fingerprint));
    }
    if let Some(message) = churn_refusal(session, scope, &found.license)? {
        return found.answer(session, scope, request, (Code::TooManyActivations, message));
    }
    scope.remove_activation(found.license.id, fingerprint)?;
    let details = json!({"fingerprint": fingerprint});
    let entry = session.audit(
        AuditAction::LicenseDeactivated,
        TargetKind::License,
        &found.license.key,
        details,
    );
    scope.append_audit(&entry)?;
    let code = not_working_code(found.license.status).unwrap_or(Code::Valid);
    let message = format!("machine '{fingerprint}' is deactivated; its seat is free");
    let mut checked = found.answer(session, scope, request, (code, message))?;
    checked.finding = None;
    Ok(checked)
}

/// Refreshes a machine's last-seen time (the heartbeat of floating seats).
/// A stale machine gets its seat back only if one is free.
pub fn check_in(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &MachineRequest,
    verifier: &Verifier,
) -> Result<Checked> {
    let mut found = match Found::of(session, scope, request)? {
        Ok(found) => found,
        Err(not_found) => return Ok(not_found),
    };
    let fingerprint = &request.fingerprint;
    if !found.knows(fingerprint) {
        return Err(not_activated(&found.license, fingerprint));
    }
    let code = match found.admit(session, scope, tenant, request, verifier)? {
        Ok(code) => code,
        Err(refusal) => return found.answer(session, scope, request, refusal),
    };
    found.start_if_waiting(session, scope, tenant)?;
    scope.upsert_activation(found.license.id, fingerprint, None, session.now)?;
    let message = format!("machine '{fingerprint}' checked in");
    found.answer(session, scope, request, (code, message))
}

/// The machines of a license, live or stale as of now.
pub fn machines_of(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &License,
) -> Result<Vec<Activation>> {
    scope.activations(license.id, license.heartbeat_seconds, session.now)
}

fn not_activated(license: &License, fingerprint: &str) -> Error {
    Error::NotFound {
        what: Record::Machine,
        id: fingerprint.to_string(),
        scope: format!("on license {}", license.key),
        remedy: Remedy::Activate {
            license: license.key.clone(),
        },
    }
}

/// Why one more activation or deactivation would go over the day's limit.
fn churn_refusal(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &License,
) -> Result<Option<String>> {
    let seats = license.seats().unwrap_or(1).max(1);
    let limit = i64::from(session.policy.churn_per_seat).saturating_mul(seats);
    let since = session.now - DAY;
    let used = scope.count_recent_audit(&license.key, AuditAction::CHURN, since)?;
    Ok((used >= limit).then(|| {
        format!(
            "license {} was activated and deactivated {used} times in the last 24 hours, its limit; try again later",
            license.key
        )
    }))
}
