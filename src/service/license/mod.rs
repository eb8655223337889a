//! Operations on licenses. One file per kind of work: `issue`, `revoke`
//! (one, many, or in bulk), `suspend` (and reinstate), `contract` (renew
//! and update: re-signing), `machines` (activate, deactivate, check in),
//! `offline` (the same by request file), `start` (a term that counts from
//! the first activation or validation), `trial`, `usage` and `validate` (the check that
//! `keywright validate` and the service share).

pub mod contract;
pub mod issue;
pub mod machines;
pub mod offline;
pub mod revoke;
pub mod start;
pub mod suspend;
pub mod trial;
pub mod usage;
pub mod validate;

use serde::Serialize;
use serde_json::json;

use super::Session;
use crate::domain::audit::TargetKind;
use crate::domain::state::{LicenseChange, LicenseState, LicenseStatus};
use crate::domain::time::UnixTime;
use crate::error::{Error, Record, Remedy, Result, shown};
use crate::license_key::LicenseKey;
use crate::parallel;
use crate::store::{AuditChain, License, LicenseRef, NewAuditEntry, Scope};
use crate::token::Code;

/// A typed key in its canonical form, or a usage error that names the typo.
pub fn canonical_key(text: &str) -> Result<String> {
    LicenseKey::parse(text)
        .map(|key| key.to_string())
        .map_err(|e| Error::usage(format!("'{}' {e}", shown(text.trim()))))
}

/// The license with this typed key, or a not-found error.
pub fn license_by_key(scope: &Scope<'_>, text: &str, now: i64) -> Result<License> {
    let key = canonical_key(text)?;
    scope
        .find_license(&key, now)?
        .ok_or_else(|| Error::NotFound {
            what: Record::License,
            id: key,
            scope: scope.describe(),
            remedy: Remedy::Look,
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
    /// The customer's external id, else its opaque id (`cus_…`): an
    /// answer never carries an email.
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
            customer: license.map(|l| l.token_customer.clone()),
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

/// Changes the state of `licenses`, all or nothing: one UPDATE for those
/// that leave each state (each row sealed as it is written), then one
/// audit entry each, appended to `chain`, with `extra` among its details;
/// `on_each` is called after each entry (a progress bar). A license not in
/// a state the change allows, or no longer in the state it was read in, is
/// refused.
pub(crate) fn change_all(
    session: &Session<'_>,
    chain: &mut AuditChain<'_, '_>,
    licenses: &[LicenseRef],
    change: LicenseChange,
    reason: Option<&str>,
    extra: &serde_json::Value,
    on_each: &dyn Fn(),
) -> Result<Vec<Changed>> {
    let leaving = by_state_left(licenses, change)?;
    // The details of an entry differ only by the state its license left.
    let details: Vec<(LicenseState, String)> = leaving
        .iter()
        .map(|(from, _)| (*from, change_details(*from, reason, extra).to_string()))
        .collect();
    let template = session.audit_json(change.action(), TargetKind::License, "", "".into());
    // Each row is sealed as new as the last entry about it, appended below.
    let sealed_seq = chain.next_seq() + licenses.len() as i64 - 1;
    // The entries' hashes are linked on another core while the rows change.
    let end = chain.end();
    let (moved, links) = parallel::alongside(
        licenses.len() < LINKED_ALONGSIDE_FROM,
        || set_states(session, chain.scope(), &leaving, change, reason, sealed_seq),
        || end.link_all(licenses.iter().map(|l| entry_about(&template, &details, l))),
    );
    moved?;
    let mut changed = Vec::with_capacity(licenses.len());
    for license in licenses {
        let entry = entry_about(&template, &details, license);
        chain.append_sealed_linked(&entry, &links)?;
        changed.push(Changed {
            key: license.key.clone(),
            status: change.target(),
            reason: reason.map(str::to_string),
        });
        on_each();
    }
    Ok(changed)
}

/// The entry about a changed license: `template`'s, with the details for
/// the state it left.
fn entry_about<'a>(
    template: &NewAuditEntry<'a>,
    details: &'a [(LicenseState, String)],
    license: &'a LicenseRef,
) -> NewAuditEntry<'a> {
    let (_, details) = details
        .iter()
        .find(|(from, _)| *from == license.state)
        .expect("each state left has its details");
    NewAuditEntry {
        target_id: &license.key,
        details: details.as_str().into(),
        ..*template
    }
}

/// How many licenses a change needs before their entries are linked on a
/// thread of their own.
const LINKED_ALONGSIDE_FROM: usize = 256;

/// One UPDATE for the licenses that leave each state, each row sealed as
/// new as the entry `sealed_seq`.
fn set_states(
    session: &Session<'_>,
    scope: &Scope<'_>,
    leaving: &[(LicenseState, Vec<&LicenseRef>)],
    change: LicenseChange,
    reason: Option<&str>,
    sealed_seq: i64,
) -> Result<()> {
    let to = change.target();
    for (from, group) in leaving {
        let ids: Vec<i64> = group.iter().map(|l| l.id).collect();
        // The state is checked again in the UPDATE, so a concurrent change is refused too.
        let moved = scope.set_licenses_state(&ids, *from, to, reason, session.now, sealed_seq)?;
        if moved != ids.len() {
            let now = session.now;
            return Err(changed_meanwhile(scope, &ids, sealed_seq, change, now));
        }
    }
    Ok(())
}

/// The licenses by the state they leave (at most a few states), or the
/// refusal of the first whose state the change does not allow.
fn by_state_left(
    licenses: &[LicenseRef],
    change: LicenseChange,
) -> Result<Vec<(LicenseState, Vec<&LicenseRef>)>> {
    let mut leaving: Vec<(LicenseState, Vec<&LicenseRef>)> = Vec::new();
    for license in licenses {
        change
            .apply(license.state)
            .ok_or_else(|| refused(license, change))?;
        match leaving
            .iter_mut()
            .find(|(state, _)| *state == license.state)
        {
            Some((_, group)) => group.push(license),
            None => leaving.push((license.state, vec![license])),
        }
    }
    Ok(leaving)
}

/// The refusal of a change the license's state does not allow.
fn refused(license: &LicenseRef, change: LicenseChange) -> Error {
    Error::usage(format!(
        "license {} is {}, so it cannot be {}; nothing was changed",
        license.key,
        license.state,
        change.target()
    ))
}

/// The refusal of a change to licenses of which one was no longer in the
/// state it was read in when the UPDATE came (another command changed it
/// in between): the first such is named.
fn changed_meanwhile(
    scope: &Scope<'_>,
    ids: &[i64],
    sealed_seq: i64,
    change: LicenseChange,
    now: i64,
) -> Error {
    let found = scope.first_not_moved(ids, sealed_seq).and_then(|key| {
        let key = key.ok_or_else(|| Error::runtime("a license changed state twice in one command; nothing was changed (please report this)"))?;
        Ok((scope.find_license(&key, now)?, key))
    });
    match found {
        Ok((Some(license), key)) => Error::usage(format!(
            "license {key} was changed by another command meanwhile (it is {} now), so nothing was {}; run the command again",
            license.state,
            change.target()
        )),
        Ok((None, key)) => Error::usage(format!(
            "license {key} was deleted by another command meanwhile, so nothing was {}",
            change.target()
        )),
        Err(e) => e,
    }
}

/// The details of the audit entry of a state change: the state it left,
/// the reason, and `extra`.
pub(crate) fn change_details(
    from: LicenseState,
    reason: Option<&str>,
    extra: &serde_json::Value,
) -> serde_json::Value {
    let mut details = json!({"from": from, "reason": reason});
    if let (Some(details), serde_json::Value::Object(extra)) = (details.as_object_mut(), extra) {
        details.extend(extra.clone());
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
    let licenses = distinct_keys(keys)?
        .iter()
        .map(|key| license_by_key(scope, key, session.now).map(|l| LicenseRef::from(&l)))
        .collect::<Result<Vec<_>>>()?;
    let mut chain = scope.audit_chain()?;
    let changed = change_all(
        session,
        &mut chain,
        &licenses,
        change,
        reason,
        &json!({}),
        &|| {},
    )?;
    chain.close()?;
    Ok(changed)
}
