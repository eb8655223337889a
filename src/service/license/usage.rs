//! Usage meters (docs/policies.md): a license's policy names its meters,
//! each with a limit, and monthly ones start again each month in the
//! tenant's zone. A report adds to a meter unless that would take it past
//! its limit and the overage the policy allows (`USAGE_EXCEEDED`, counting
//! nothing). The service batches reports that arrive together into one
//! transaction and answers none before it commits.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Answer, canonical_key, not_working_code};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::policy::{Meter, Overage};
use crate::domain::time::{UnixTime, parse_timezone};
use crate::error::{Error, Result};
use crate::service::Session;
use crate::store::{License, Scope, Tenant};
use crate::token::{Code, UsageClaim};

/// The most one report may add.
pub const MAX_INCREMENT: i64 = 1_000_000_000;

/// A usage report as posted.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UsageInput {
    pub key: String,
    #[serde(default)]
    pub fingerprint: Option<String>,
    /// The meter, as the license's policy names it.
    pub meter: String,
    /// How much to add; 0 reads the meter.
    pub increment: i64,
    /// Echoed in the signed reply.
    #[serde(default)]
    pub nonce: Option<String>,
}

/// A checked usage report.
#[derive(Debug, Clone)]
pub struct UsageRequest {
    pub key: String,
    pub meter: String,
    pub increment: i64,
    pub nonce: Option<String>,
}

impl UsageRequest {
    pub fn new(input: UsageInput) -> Result<UsageRequest> {
        if !(0..=MAX_INCREMENT).contains(&input.increment) {
            return Err(Error::usage(format!(
                "an increment of {} is not 0 to {MAX_INCREMENT}",
                input.increment
            )));
        }
        Ok(UsageRequest {
            key: canonical_key(&input.key)?,
            meter: input.meter.trim().to_string(),
            increment: input.increment,
            nonce: input.nonce,
        })
    }
}

/// A meter as it stands: its use in the current period, its limit, what
/// the overage allows, and when the period ends.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MeterUsage {
    pub meter: String,
    pub used: i64,
    pub limit: i64,
    /// What may be used, the overage included.
    pub allowed: i64,
    pub remaining: i64,
    /// `YYYY-MM` for a monthly meter; empty for one that never starts again.
    pub period: String,
    #[schema(value_type = Option<String>)]
    pub period_end: Option<UnixTime>,
}

impl MeterUsage {
    pub fn claim(&self) -> UsageClaim {
        UsageClaim {
            meter: self.meter.clone(),
            used: self.used,
            limit: self.limit,
            remaining: self.remaining,
            period_end: self.period_end.map(|t| t.0),
        }
    }
}

/// What a meter may reach with the overage.
fn allowed(limit: i64, overage: Overage) -> i64 {
    match overage {
        Overage::None => limit,
        Overage::Quarter => limit.saturating_add(limit / 4),
        Overage::Half => limit.saturating_add(limit / 2),
        Overage::Double => limit.saturating_mul(2),
        Overage::Always => i64::MAX,
    }
}

/// The period a meter counts in at `now`, and its end.
fn period(meter: &Meter, tenant: &Tenant, now: i64) -> Result<(String, Option<UnixTime>)> {
    if !meter.monthly {
        return Ok((String::new(), None));
    }
    let tz = parse_timezone(&tenant.timezone)?;
    let zoned = jiff::Timestamp::from_second(now)
        .map_err(|e| Error::runtime(e.to_string()))?
        .to_zoned(tz);
    let first = zoned.date().first_of_month();
    let next = first
        .checked_add(jiff::ToSpan::months(1))
        .and_then(|d| d.to_zoned(zoned.time_zone().clone()))
        .map_err(|e| Error::runtime(e.to_string()))?;
    Ok((
        format!("{:04}-{:02}", first.year(), first.month()),
        Some(UnixTime(next.timestamp().as_second())),
    ))
}

/// A license's meter as it stands now.
pub fn meter_usage(
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    name: &str,
    now: i64,
) -> Result<MeterUsage> {
    let meter = license.policy.meters.get(name).ok_or_else(|| {
        let known: Vec<&str> = license.policy.meters.keys().map(String::as_str).collect();
        Error::usage(format!(
            "license {} has no meter '{}'; its meters: {}",
            license.key,
            crate::error::shown(name),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        ))
    })?;
    let (period, period_end) = period(meter, tenant, now)?;
    let used = scope.usage_used(license.id, name, &period)?;
    let allowed = allowed(meter.limit, license.policy.overage);
    Ok(MeterUsage {
        meter: name.to_string(),
        used,
        limit: meter.limit,
        allowed,
        remaining: allowed.saturating_sub(used).max(0),
        period,
        period_end,
    })
}

/// Every meter of a license as it stands now.
pub fn meters_of(
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    now: i64,
) -> Result<Vec<MeterUsage>> {
    license
        .policy
        .meters
        .keys()
        .map(|name| meter_usage(scope, tenant, license, name, now))
        .collect()
}

/// What a usage report did.
pub struct Reported {
    pub answer: Answer,
    pub license: Option<License>,
    pub usage: Option<MeterUsage>,
}

/// Counts a usage report in the caller's transaction: `VALID` and the
/// meter after it, or why nothing was counted.
pub fn report(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &UsageRequest,
) -> Result<Reported> {
    let Some(license) = scope.find_license(&request.key, session.now)? else {
        let message = format!("no license {} {}", request.key, scope.describe());
        let answer = Answer::about(&request.key, None, None, Code::NotFound, message);
        return Ok(Reported {
            answer,
            license: None,
            usage: None,
        });
    };
    let mut usage = meter_usage(scope, tenant, &license, &request.meter, session.now)?;
    let (code, message) = match not_working_code(license.status) {
        Some(code) => (
            code,
            format!(
                "license {} is {}: nothing was counted",
                license.key, license.status
            ),
        ),
        None if usage.used.saturating_add(request.increment) > usage.allowed => (
            Code::UsageExceeded,
            format!(
                "meter '{}' has {} of {} left; {} was not counted",
                usage.meter, usage.remaining, usage.allowed, request.increment
            ),
        ),
        None => {
            if request.increment > 0 {
                scope.add_usage(
                    license.id,
                    &usage.meter,
                    &usage.period,
                    request.increment,
                    session.now,
                )?;
                usage.used += request.increment;
                usage.remaining = usage.allowed.saturating_sub(usage.used).max(0);
            }
            (
                Code::Valid,
                format!(
                    "meter '{}' is at {} of {}",
                    usage.meter, usage.used, usage.limit
                ),
            )
        }
    };
    let answer = Answer::about(&license.key, Some(&license), None, code, message);
    Ok(Reported {
        answer,
        license: Some(license),
        usage: Some(usage),
    })
}

/// Starts a meter's current period again from nothing, audited.
pub fn reset(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    license: &License,
    meter: &str,
) -> Result<MeterUsage> {
    let before = meter_usage(scope, tenant, license, meter, session.now)?;
    scope.reset_usage(license.id, meter, &before.period)?;
    scope.append_audit(&session.audit(
        AuditAction::LicenseUsageReset,
        TargetKind::License,
        &license.key,
        json!({"meter": meter, "period": before.period, "used": before.used}),
    ))?;
    meter_usage(scope, tenant, license, meter, session.now)
}
