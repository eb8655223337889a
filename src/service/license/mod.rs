//! Operations on licenses. One file per kind of work: `issue`, `revoke`
//! (one, many, or in bulk), `suspend` (and reinstate), `contract` (renew
//! and update: re-signing), `machines` (activate, deactivate, check in),
//! `offline` (the same by request file) and `validate` (the check that
//! `keywright validate` and the service share).

pub mod contract;
pub mod issue;
pub mod machines;
pub mod offline;
pub mod revoke;
pub mod suspend;
pub mod validate;

use serde::Serialize;
use serde_json::json;

use super::Session;
use crate::domain::state::{LicenseChange, LicenseState, LicenseStatus};
use crate::domain::time::UnixTime;
use crate::error::{Error, Result};
use crate::license_key::LicenseKey;
use crate::store::{License, LicenseRef, Scope};
use crate::token::Code;

/// A typed key in its canonical form, or a usage error that names the typo.
pub fn canonical_key(text: &str) -> Result<String> {
    LicenseKey::parse(text)
        .map(|key| key.to_string())
        .map_err(|e| Error::usage(format!("'{}' {e}", shown(text.trim()))))
}

/// Input as it may be echoed in a message: at most 64 characters, one line.
pub(crate) fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(64)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().count() > 64 {
        out.push('…');
    }
    out
}

/// The license with this typed key, or a not-found error.
pub fn license_by_key(scope: &Scope<'_>, text: &str, now: i64) -> Result<License> {
    let key = canonical_key(text)?;
    scope
        .find_license(&key, now)?
        .ok_or_else(|| Error::NotFound {
            what: "license",
            id: key,
            scope: scope.describe(),
            hint: "see `keywright license list`".into(),
        })
}

/// The code for a license whose stored state keeps it from working.
pub fn inactive_code(state: LicenseState) -> Option<Code> {
    match state {
        LicenseState::Active => None,
        LicenseState::Suspended => Some(Code::Suspended),
        LicenseState::Revoked => Some(Code::Revoked),
    }
}

/// The code for a license whose status (as of now) keeps it from working.
pub fn not_working_code(status: LicenseStatus) -> Option<Code> {
    match status {
        LicenseStatus::Active | LicenseStatus::Grace => None,
        LicenseStatus::Revoked => Some(Code::Revoked),
        LicenseStatus::Suspended => Some(Code::Suspended),
        LicenseStatus::Expired => Some(Code::Expired),
    }
}

/// The answer about one license to a check, an activation, a deactivation
/// or a check-in: the same fields from the command (`--json`) and the service.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Answer {
    /// `VALID`, `GRACE`, or why not (see the codes in docs/service.md).
    #[schema(value_type = String, example = "VALID")]
    pub code: Code,
    pub valid: bool,
    pub message: String,
    pub key: String,
    pub product: Option<String>,
    pub customer: Option<String>,
    pub status: Option<LicenseStatus>,
    pub expires: Option<UnixTime>,
    /// Machines that take a seat.
    pub machines: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seats: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

impl Answer {
    pub fn about(
        key: &str,
        license: Option<&License>,
        machines: Option<usize>,
        code: Code,
        message: String,
    ) -> Answer {
        Answer {
            code,
            valid: code.is_valid(),
            message,
            key: key.to_string(),
            product: license.map(|l| l.product.clone()),
            customer: license.map(|l| l.customer.clone()),
            status: license.map(|l| l.status),
            expires: license.and_then(|l| l.expires),
            machines,
            seats: None,
            fingerprint: None,
        }
    }
}

/// A license's state after a change.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Changed {
    pub key: String,
    pub status: LicenseState,
    pub reason: Option<String>,
}

/// Changes one license's state, with its audit entry; `extra` joins the
/// entry's details. A license not in a state the change allows is refused.
pub fn change_state(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &LicenseRef,
    change: LicenseChange,
    reason: Option<&str>,
    extra: serde_json::Value,
) -> Result<Changed> {
    let changed = change_unaudited(session, scope, license, change, reason)?;
    let details = change_details(license, reason, extra);
    scope.append_audit(&session.audit(change.action(), "license", &license.key, details))?;
    Ok(changed)
}

/// The state change of [`change_state`] without its audit entry, for a
/// caller that appends the entries of many changes at once.
pub(crate) fn change_unaudited(
    session: &Session<'_>,
    scope: &Scope<'_>,
    license: &LicenseRef,
    change: LicenseChange,
    reason: Option<&str>,
) -> Result<Changed> {
    let refused = || {
        Error::usage(format!(
            "license {} is {}, so it cannot be {}; nothing was changed",
            license.key,
            license.state,
            change.target()
        ))
    };
    let to = change.apply(license.state).ok_or_else(refused)?;
    // The state is checked again in the UPDATE, so a concurrent change is refused too.
    if !scope.set_license_state(license.id, license.state, to, reason, session.now)? {
        return Err(refused());
    }
    Ok(Changed {
        key: license.key.clone(),
        status: to,
        reason: reason.map(str::to_string),
    })
}

/// The details of the audit entry of a state change: the state it left,
/// the reason, and `extra`.
pub(crate) fn change_details(
    license: &LicenseRef,
    reason: Option<&str>,
    extra: serde_json::Value,
) -> serde_json::Value {
    let mut details = json!({"from": license.state, "reason": reason});
    if let (Some(details), serde_json::Value::Object(extra)) = (details.as_object_mut(), extra) {
        details.extend(extra);
    }
    details
}

/// The keys of several licenses, canonical and without repeats.
pub fn distinct_keys(typed: &[String]) -> Result<Vec<String>> {
    let mut keys = Vec::with_capacity(typed.len());
    for text in typed {
        let key = canonical_key(text)?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// Changes the state of each license named, all or nothing.
pub fn change_each(
    session: &Session<'_>,
    scope: &Scope<'_>,
    keys: &[String],
    change: LicenseChange,
    reason: Option<&str>,
) -> Result<Vec<Changed>> {
    keys.iter()
        .map(|key| {
            let license = license_by_key(scope, key, session.now)?;
            let reference = LicenseRef::from(&license);
            change_state(session, scope, &reference, change, reason, json!({}))
        })
        .collect()
}
