//! `keywright license activate|deactivate`: the machines a license runs on,
//! limited by its `seats` and by the fingerprints it is locked to.

use serde::Serialize;
use serde_json::json;

use super::{inactive_code, license_by_key};
use crate::cli::Context;
use crate::commands::write;
use crate::domain::values::normalize_fingerprints;
use crate::error::{Error, Outcome, Result};
use crate::token::Code;

#[derive(Serialize)]
struct MachineChange<'a> {
    key: &'a str,
    fingerprint: &'a str,
    machines: usize,
    seats: Option<i64>,
}

pub fn activate(
    key: &str,
    fingerprint: &str,
    hostname: Option<&str>,
    ctx: &Context,
) -> Result<Outcome> {
    let fingerprint = normalize_fingerprints(&[fingerprint.to_string()])?.remove(0);
    let (license, machines) = write(ctx, |scope, _| {
        let license = license_by_key(scope, key, ctx.now)?;
        if let Some(code) = inactive_code(&license.status) {
            return Err(Error::NotValid {
                code,
                message: format!(
                    "license {} is {}; only active licenses can be activated",
                    license.key, license.status
                ),
            });
        }
        if !license.fingerprints.is_empty() && !license.fingerprints.contains(&fingerprint) {
            return Err(Error::NotValid {
                code: Code::FingerprintMismatch,
                message: format!("license {} is locked to other machines", license.key),
            });
        }
        let current = scope.activations(license.id)?;
        let known = current.iter().any(|a| a.fingerprint == fingerprint);
        if let Some(seats) = license.limits.get("seats")
            && !known
            && current.len() as i64 >= *seats
        {
            return Err(Error::NotValid {
                code: Code::TooManyMachines,
                message: format!(
                    "license {} is active on {} of {seats} machines; deactivate one first",
                    license.key,
                    current.len()
                ),
            });
        }
        scope.upsert_activation(license.id, &fingerprint, hostname, ctx.now)?;
        if !known {
            let details = json!({"fingerprint": fingerprint, "hostname": hostname});
            scope.append_audit(&ctx.audit(
                "license.activated",
                "license",
                &license.key,
                details,
            ))?;
        }
        Ok((license, current.len() + usize::from(!known)))
    })?;
    let shown = MachineChange {
        key: &license.key,
        fingerprint: &fingerprint,
        machines,
        seats: license.limits.get("seats").copied(),
    };
    ctx.printer.record(&shown, &fingerprint)?;
    Ok(Outcome::Success)
}

pub fn deactivate(key: &str, fingerprint: &str, ctx: &Context) -> Result<Outcome> {
    let (license, machines) = write(ctx, |scope, _| {
        let license = license_by_key(scope, key, ctx.now)?;
        if !scope.remove_activation(license.id, fingerprint)? {
            return Err(Error::usage(format!(
                "license {} is not activated on '{fingerprint}'; see `keywright license machines {}`",
                license.key, license.key
            )));
        }
        let details = json!({"fingerprint": fingerprint});
        scope.append_audit(&ctx.audit("license.deactivated", "license", &license.key, details))?;
        let left = scope.activations(license.id)?.len();
        Ok((license, left))
    })?;
    let shown = MachineChange {
        key: &license.key,
        fingerprint,
        machines,
        seats: license.limits.get("seats").copied(),
    };
    ctx.printer.record(&shown, fingerprint)?;
    Ok(Outcome::Success)
}
