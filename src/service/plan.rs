//! Plans: the per-product defaults (features, seats, duration, grace,
//! limits, trial, heartbeat, offline lease) that a license takes when it
//! is issued. Licenses already issued keep their own copy: a plan changed
//! later changes none of them. Each change is audited.

use std::collections::BTreeMap;

use serde_json::json;

use super::Session;
use super::product::check_features_known;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::is_valid_slug;
use crate::domain::policy::{LicensePolicy, PolicyChange};
use crate::domain::time::Period;
use crate::domain::values::{FeatureEdit, check_seats, normalize_features, parse_limits};
use crate::error::{Error, Field, Fix, Result};
use crate::service::inputs::{FEATURES, HEARTBEAT, LIMITS, OFFLINE_LEASE, SEATS};
use crate::store::{NewPlan, Plan, Scope};

/// The inputs of an update, at least one of which is given.
const UPDATABLE: &[Field] = &[
    FEATURES,
    SEATS,
    Field::same("duration"),
    Field::same("grace"),
    LIMITS,
    Field::same("trial"),
    HEARTBEAT,
    OFFLINE_LEASE,
    Field::new("expiry-basis", "expiry_basis"),
    Field::new("on-expiry", "on_expiry"),
    Field::new("renew-from", "renew_from"),
    Field::new("meter", "meters"),
    Field::new("remove-meter", "remove_meters"),
    Field::same("overage"),
    Field::new("machine-scope", "machine_scope"),
];

/// A plan as typed, not yet checked: periods and limits as written.
#[derive(Debug, Default)]
pub struct PlanInput {
    pub name: String,
    pub features: Vec<String>,
    pub seats: Option<i64>,
    pub duration: Option<String>,
    pub grace: Option<String>,
    /// `NAME=INTEGER`
    pub limits: Vec<String>,
    pub trial: bool,
    pub heartbeat: Option<String>,
    pub offline_lease: Option<String>,
    /// Its policies, from their defaults.
    pub policy: PolicyChange,
}

/// A checked new plan, and its policies.
#[derive(Debug, Clone)]
pub struct CreatePlan(NewPlan, LicensePolicy);

impl CreatePlan {
    pub fn new(input: PlanInput) -> Result<CreatePlan> {
        if !is_valid_slug(&input.name) {
            return Err(Error::usage(format!(
                "'{}' is not a plan name; use lower-case letters, digits and single dashes, e.g. pro",
                input.name
            )));
        }
        Ok(CreatePlan(
            NewPlan {
                name: input.name,
                features: normalize_features(&input.features)?,
                seats: input.seats.map(check_seats).transpose()?,
                duration: duration(input.duration.as_deref())?,
                grace_seconds: input
                    .grace
                    .as_deref()
                    .map(Period::parse_grace)
                    .transpose()?,
                limits: plan_limits(&input.limits)?,
                trial: input.trial,
                heartbeat_seconds: period("--heartbeat", input.heartbeat.as_deref(), false)?
                    .flatten(),
                offline_lease_seconds: period(
                    "--offline-lease",
                    input.offline_lease.as_deref(),
                    false,
                )?
                .flatten(),
            },
            input.policy.apply(&LicensePolicy::default())?,
        ))
    }
}

/// A change of a plan as typed: what is given changes, the rest stays.
#[derive(Debug, Default)]
pub struct PlanChangeInput {
    pub features: FeatureEdit,
    pub seats: Option<i64>,
    pub duration: Option<String>,
    pub grace: Option<String>,
    pub limits: Vec<String>,
    pub remove_limits: Vec<String>,
    pub trial: Option<bool>,
    /// A period, or `none` (node-locked seats).
    pub heartbeat: Option<String>,
    /// A period, or `none` (the config's).
    pub offline_lease: Option<String>,
    pub policy: PolicyChange,
}

/// A checked change of a plan.
#[derive(Debug, Clone)]
pub struct UpdatePlan {
    features: FeatureEdit,
    seats: Option<i64>,
    duration: Option<String>,
    grace: Option<i64>,
    limits: BTreeMap<String, i64>,
    remove_limits: Vec<String>,
    trial: Option<bool>,
    heartbeat: Option<Option<i64>>,
    offline_lease: Option<Option<i64>>,
    policy: PolicyChange,
}

impl UpdatePlan {
    pub fn new(input: PlanChangeInput) -> Result<UpdatePlan> {
        let nothing = input.features.is_empty()
            && input.heartbeat.is_none()
            && input.seats.is_none()
            && input.duration.is_none()
            && input.grace.is_none()
            && input.limits.is_empty()
            && input.remove_limits.is_empty()
            && input.trial.is_none()
            && input.offline_lease.is_none()
            && input.policy.is_empty();
        if nothing {
            return Err(Error::refused(
                "nothing to update",
                Fix::GiveOneOf(UPDATABLE),
            ));
        }
        Ok(UpdatePlan {
            features: input.features,
            seats: input.seats.map(check_seats).transpose()?,
            duration: duration(input.duration.as_deref())?,
            grace: input
                .grace
                .as_deref()
                .map(Period::parse_grace)
                .transpose()?,
            limits: plan_limits(&input.limits)?,
            remove_limits: input.remove_limits,
            trial: input.trial,
            heartbeat: period("--heartbeat", input.heartbeat.as_deref(), true)?,
            offline_lease: period("--offline-lease", input.offline_lease.as_deref(), true)?,
            policy: input.policy,
        })
    }

    fn apply(&self, plan: &mut Plan) -> Result<()> {
        plan.features = self.features.apply(&plan.features)?;
        plan.seats = self.seats.or(plan.seats);
        plan.duration = self.duration.clone().or(plan.duration.take());
        plan.grace_seconds = self.grace.or(plan.grace_seconds);
        plan.limits.extend(self.limits.clone());
        for key in &self.remove_limits {
            plan.limits.remove(key);
        }
        plan.trial = self.trial.unwrap_or(plan.trial);
        plan.heartbeat_seconds = self.heartbeat.unwrap_or(plan.heartbeat_seconds);
        plan.offline_lease_seconds = self.offline_lease.unwrap_or(plan.offline_lease_seconds);
        plan.policy = self.policy.apply(&plan.policy)?;
        Ok(())
    }
}

/// Creates a plan of `product`, audited.
pub fn create(
    session: &Session<'_>,
    scope: &Scope<'_>,
    product: &str,
    new: &CreatePlan,
) -> Result<Plan> {
    let product = scope.product(product)?;
    check_features_known(&product, &new.0.features)?;
    let mut plan = scope.insert_plan(&product, &new.0, session.now)?;
    scope.set_plan_policy(plan.id, new.1.stored().as_deref())?;
    plan.policy = new.1.clone();
    audit(
        scope,
        session,
        AuditAction::PlanCreated,
        &plan,
        terms(&plan),
    )?;
    Ok(plan)
}

/// Changes a plan's defaults, audited with both versions.
pub fn update(
    session: &Session<'_>,
    scope: &Scope<'_>,
    product: &str,
    name: &str,
    change: &UpdatePlan,
) -> Result<Plan> {
    let product = scope.product(product)?;
    let mut plan = scope.plan(&product, name)?;
    let before = terms(&plan);
    change.apply(&mut plan)?;
    check_features_known(&product, &plan.features)?;
    scope.update_plan(&plan, session.now)?;
    scope.set_plan_policy(plan.id, plan.policy.stored().as_deref())?;
    let details = json!({"before": before, "after": terms(&plan)});
    audit(scope, session, AuditAction::PlanUpdated, &plan, details)?;
    scope.plan(&product, &plan.name)
}

/// A plan's terms, as audit details.
fn terms(plan: &Plan) -> serde_json::Value {
    let mut terms = json!({
        "features": plan.features, "seats": plan.seats, "duration": plan.duration,
        "grace_seconds": plan.grace_seconds, "limits": plan.limits, "trial": plan.trial,
    });
    if let Some(map) = terms.as_object_mut() {
        if let Some(beat) = plan.heartbeat_seconds {
            map.insert("heartbeat_seconds".into(), beat.into());
        }
        if let Some(lease) = plan.offline_lease_seconds {
            map.insert("offline_lease_seconds".into(), lease.into());
        }
        if !plan.policy.is_default() {
            map.insert("policy".into(), json!(plan.policy));
        }
    }
    terms
}

fn audit(
    scope: &Scope<'_>,
    session: &Session<'_>,
    action: AuditAction,
    plan: &Plan,
    details: serde_json::Value,
) -> Result<()> {
    let target = format!("{}/{}", plan.product, plan.name);
    scope.append_audit(&session.audit(action, TargetKind::Plan, &target, details))?;
    Ok(())
}

/// A duration as written (`1y`, `365d`), checked.
fn duration(text: Option<&str>) -> Result<Option<String>> {
    text.map(|d| d.parse::<Period>().map(|p| p.to_string()))
        .transpose()
}

/// `--heartbeat` or `--offline-lease` (`flag`): a fixed period, or `none`
/// (only where it can be cleared).
fn period(flag: &str, text: Option<&str>, may_clear: bool) -> Result<Option<Option<i64>>> {
    text.map(|text| {
        if may_clear && text.trim() == "none" {
            return Ok(None);
        }
        Period::parse_fixed(text, flag).map(Some)
    })
    .transpose()
}

/// A plan's `--limit`s; its seats have their own flag and column, so a
/// `seats` limit, which would silently override them, is refused.
fn plan_limits(texts: &[String]) -> Result<BTreeMap<String, i64>> {
    let limits = parse_limits(texts)?;
    if limits.contains_key("seats") {
        return Err(Error::refused(
            "a plan's seats are its own setting, not a limit seats=; give them as its seats",
            Fix::Give(SEATS),
        ));
    }
    Ok(limits)
}
