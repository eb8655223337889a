//! The start of a term that counts from a license's first activation or
//! validation (docs/policies.md): in the transaction of that event the
//! license gets its expiry, one term from then (the end of that day in the
//! tenant's zone), is signed again without `starts`, and the start is
//! audited as `license.started`.

use super::contract::change;
use crate::domain::audit::AuditAction;
use crate::domain::policy::ExpiryBasis;
use crate::domain::time::{Period, parse_timezone};
use crate::error::Result;
use crate::service::Session;
use crate::store::{License, Scope, Tenant};

/// What a request is to a term waiting for its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A machine activates (online or by file) or checks in: it starts a
    /// term of either basis.
    Activation,
    /// A validation by the service or `keywright validate`: it starts a
    /// term that counts from the first validation.
    Validation,
}

impl Event {
    /// Whether this event starts the license's term, which waits for it.
    pub fn starts(self, license: &License) -> bool {
        match (license.policy.waiting_for(), self) {
            (None, _) => false,
            (Some(_), Event::Activation) => true,
            (Some(basis), Event::Validation) => basis == ExpiryBasis::FirstValidation,
        }
    }
}

/// Starts the term of `license` if `event` starts it: its expiry is set,
/// it is re-signed and audited, and the license as it is now is returned.
pub fn start_if_waiting(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    event: Event,
) -> Result<Option<License>> {
    let Some(term) = license
        .policy
        .term
        .as_deref()
        .filter(|_| event.starts(license))
    else {
        return Ok(None);
    };
    let period: Period = term.parse()?;
    let expires = period.end_of_day_after(session.now, &parse_timezone(&tenant.timezone)?)?;
    let mut policy = license.policy.clone();
    policy.term = None;
    change(
        session,
        scope,
        tenant,
        &license.key,
        AuditAction::LicenseStarted,
        |terms, _| {
            terms.expires_at = Some(expires);
            terms.starts = None;
            Ok(())
        },
    )?;
    scope.set_license_policy(license.id, policy.stored().as_deref())?;
    scope.find_license(&license.key, session.now)
}
