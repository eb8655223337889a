//! `keywright license suspend|reinstate|revoke`: a license's state. Tokens
//! do not carry it: `validate` enforces it online, revocation lists offline.
//! Revocation is final. Several keys are changed all or nothing.

use serde::Serialize;
use serde_json::json;

use super::{canonical_key, license_by_key};
use crate::cli::Context;
use crate::commands::write;
use crate::error::{Error, Outcome, Result};
use crate::store::{LicenseRef, Scope};

/// The state changes a license can go through.
#[derive(Debug, Clone, Copy)]
pub enum Change {
    Suspend,
    Reinstate,
    Revoke,
}

impl Change {
    /// (state it needs, state it leaves, audit action)
    fn rule(self) -> (&'static [&'static str], &'static str, &'static str) {
        match self {
            Change::Suspend => (&["active"], "suspended", "license.suspended"),
            Change::Reinstate => (&["suspended"], "active", "license.reinstated"),
            Change::Revoke => (&["active", "suspended"], "revoked", "license.revoked"),
        }
    }
}

#[derive(Serialize)]
pub struct Changed {
    key: String,
    status: &'static str,
    reason: Option<String>,
}

impl Changed {
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// Changes one license's state, with its audit entry; `extra` joins the
/// entry's details. A license not in a state the change needs is refused.
pub fn apply(
    ctx: &Context,
    scope: &Scope<'_>,
    license: &LicenseRef,
    change: Change,
    reason: Option<&str>,
    extra: serde_json::Value,
) -> Result<Changed> {
    let (needs, leaves, action) = change.rule();
    let from = license.stored_status.as_str();
    // The state is checked again in the UPDATE, so a concurrent change is refused too.
    if !needs.contains(&from)
        || !scope.set_license_state(license.id, from, leaves, reason, ctx.now)?
    {
        return Err(Error::usage(format!(
            "license {} is {}, so it cannot be {}; nothing was changed",
            license.key, license.stored_status, leaves
        )));
    }
    let mut details = json!({"from": license.stored_status, "reason": reason});
    if let (Some(details), serde_json::Value::Object(extra)) = (details.as_object_mut(), extra) {
        details.extend(extra);
    }
    scope.append_audit(&ctx.audit(action, "license", &license.key, details))?;
    Ok(Changed {
        key: license.key.clone(),
        status: leaves,
        reason: reason.map(str::to_string),
    })
}

pub fn run(
    change: Change,
    typed: &[String],
    reason: Option<&str>,
    ctx: &Context,
) -> Result<Outcome> {
    let mut keys = Vec::with_capacity(typed.len());
    for text in typed {
        let key = canonical_key(text)?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.len() > 1 {
        ctx.confirm(&format!(
            "change {} licenses to {}",
            keys.len(),
            change.rule().1
        ))?;
    }
    let changed = write(ctx, |scope, _| {
        keys.iter()
            .map(|key| {
                let license = license_by_key(scope, key, ctx.now)?;
                apply(ctx, scope, &(&license).into(), change, reason, json!({}))
            })
            .collect::<Result<Vec<_>>>()
    })?;
    ctx.printer.all(&changed, |c| c.key.clone())?;
    Ok(Outcome::Success)
}
