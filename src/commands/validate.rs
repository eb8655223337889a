//! `keywright validate KEY`: check a license against the database — tenant
//! and license status, that the row still matches its signed token, expiry
//! and grace, domain, machine, features and activations.

use clap::Args;
use serde::Serialize;
use serde_json::json;

use super::key::trusted_keys;
use super::license::{canonical_key, inactive_code};
use super::{read, write};
use crate::cli::Context;
use crate::domain::license::tampering;
use crate::domain::time::UnixTime;
use crate::error::{Error, Outcome, Result};
use crate::store::{License, Scope, Tenant, TenantStatus};
use crate::token::{Code, Expectations, verify_license};

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The license key (case, spaces and dashes do not matter)
    pub key: String,
    /// The machine asking
    #[arg(long, value_name = "FP")]
    pub fingerprint: Option<String>,
    /// The host name asking
    #[arg(long, value_name = "D")]
    pub domain: Option<String>,
    /// A feature that must be granted (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
}

#[derive(Serialize)]
struct Validation {
    code: Code,
    valid: bool,
    message: String,
    key: String,
    product: Option<String>,
    customer: Option<String>,
    status: Option<String>,
    expires: Option<UnixTime>,
    machines: Option<usize>,
}

pub fn run(args: ValidateArgs, ctx: &Context) -> Result<Outcome> {
    let key = canonical_key(&args.key)?;
    let result = read(ctx, |scope, tenant| check(scope, tenant, &key, &args, ctx))?;
    if result.code == Code::Tampered {
        let details = json!({"message": result.message});
        write(ctx, |scope, _| {
            scope.append_audit(&ctx.audit("license.tamper_detected", "license", &key, details))?;
            Ok(())
        })?;
    }
    ctx.printer.record(&result, result.code.as_str())?;
    Ok(Outcome::from_valid(result.valid))
}

fn check(
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    args: &ValidateArgs,
    ctx: &Context,
) -> Result<Validation> {
    let Some(license) = scope.find_license(key, ctx.now)? else {
        return Ok(outcome(
            key,
            None,
            None,
            Code::NotFound,
            format!("no license {key} {}", scope.describe()),
        ));
    };
    let machines = scope.activations(license.id)?;
    let done = |code, message| {
        Ok(outcome(
            key,
            Some(&license),
            Some(machines.len()),
            code,
            message,
        ))
    };
    if tenant.status == TenantStatus::Suspended {
        return done(
            Code::TenantSuspended,
            format!("tenant '{}' is suspended", tenant.slug),
        );
    }
    // One verification serves both the tamper check and the verdict: its
    // claims are read whenever the signature holds.
    let mut expect = Expectations::at(ctx.now).product(&license.product);
    if let Some(domain) = &args.domain {
        expect = expect.domain(domain);
    }
    if let Some(fingerprint) = &args.fingerprint {
        expect = expect.fingerprint(fingerprint);
    }
    for feature in &args.features {
        expect = expect.feature(feature);
    }
    let keys = trusted_keys(&ctx.key_store(), scope)?;
    let verdict = verify_license(&license.token, &keys, &expect);
    if verdict.code == Code::UnknownKey && scope.find_signing_key(&license.kid)?.is_some() {
        return Err(Error::KeyStore(format!(
            "the secret of HMAC key {} is needed to check this license and cannot be reached in {}",
            license.kid,
            ctx.key_store().describe(&tenant.slug, &license.kid)
        )));
    }
    if let Some(reason) = tampering(&license, &verdict) {
        return done(Code::Tampered, reason);
    }
    if let Some(code) = inactive_code(&license.stored_status) {
        let reason = license
            .revocation_reason
            .as_deref()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        return done(
            code,
            format!("the license is {}{reason}", license.stored_status),
        );
    }
    if !verdict.is_valid() {
        return done(verdict.code, verdict.message);
    }
    if let (Some(fingerprint), Some(seats)) = (&args.fingerprint, license.limits.get("seats")) {
        let known = machines.iter().any(|m| &m.fingerprint == fingerprint);
        if !known && machines.len() as i64 >= *seats {
            return done(
                Code::TooManyMachines,
                format!(
                    "the license is active on {} of {seats} machines, not on '{fingerprint}'",
                    machines.len()
                ),
            );
        }
    }
    done(verdict.code, verdict.message)
}

fn outcome(
    key: &str,
    license: Option<&License>,
    machines: Option<usize>,
    code: Code,
    message: String,
) -> Validation {
    Validation {
        code,
        valid: code.is_valid(),
        message,
        key: key.to_string(),
        product: license.map(|l| l.product.clone()),
        customer: license.map(|l| l.customer.clone()),
        status: license.map(|l| l.status.clone()),
        expires: license.and_then(|l| l.expires),
        machines,
    }
}
