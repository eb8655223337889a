//! `keywright plan …`: per-product defaults (features, seats, duration,
//! grace, limits, trial) that `license issue` starts from.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::json;

use super::{FeatureArgs, PageArgs, read, word, write};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::is_valid_slug;
use crate::domain::time::Period;
use crate::domain::values::{check_seats, normalize_features, parse_limits};
use crate::error::{Error, Outcome, Result};
use crate::service::Session;
use crate::service::catalog::check_features_known;
use crate::store::{NewPlan, Order, Plan, PlanFilter, PlanSort, Scope};

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Create a plan of a product
    Create(CreateArgs),
    /// List plans, of one product or all
    List(ListArgs),
    /// Show one plan
    Show { product: String, plan: String },
    /// Change a plan's defaults (licenses already issued keep their terms)
    Update(UpdateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    pub product: String,
    /// Plan name: lower-case letters, digits and dashes
    pub plan: String,
    /// A feature the plan grants (repeatable); `*` grants every feature
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
    /// Machines a license may be activated on
    #[arg(long, value_name = "N")]
    pub seats: Option<i64>,
    /// How long a license of this plan lasts, e.g. 365d or 1y (absent: perpetual)
    #[arg(long, value_name = "PERIOD")]
    pub duration: Option<String>,
    /// Time after expiry during which the license still works, e.g. 7d
    #[arg(long, value_name = "PERIOD")]
    pub grace: Option<String>,
    /// A numeric limit, NAME=INTEGER (repeatable)
    #[arg(long = "limit", value_name = "K=V")]
    pub limits: Vec<String>,
    /// Licenses of this plan are trials
    #[arg(long)]
    pub trial: bool,
    /// Floating seats: a machine not checked in within this period frees its seat, e.g. 1h
    #[arg(long, value_name = "PERIOD")]
    pub heartbeat: Option<String>,
    /// How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the config's offline_lease]
    #[arg(long, value_name = "PERIOD")]
    pub offline_lease: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the plans of this product
    pub product: Option<String>,
    /// Only plans whose name or product contains this text
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_parser = word::<PlanSort>(), default_value = "name")]
    pub sort: PlanSort,
    #[arg(long, value_parser = word::<Order>(), default_value = "asc")]
    pub order: Order,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub product: String,
    pub plan: String,
    #[command(flatten)]
    pub features: FeatureArgs,
    /// Machines a license may be activated on
    #[arg(long, value_name = "N")]
    pub seats: Option<i64>,
    /// How long a license lasts, e.g. 365d or 1y
    #[arg(long, value_name = "PERIOD")]
    pub duration: Option<String>,
    /// Time after expiry during which a license still works, e.g. 7d
    #[arg(long, value_name = "PERIOD")]
    pub grace: Option<String>,
    /// Set a numeric limit, NAME=INTEGER (repeatable)
    #[arg(long = "limit", value_name = "K=V")]
    pub limits: Vec<String>,
    /// Remove a limit (repeatable)
    #[arg(long = "remove-limit", value_name = "K")]
    pub remove_limits: Vec<String>,
    /// Make the plan a trial (or not): true or false
    #[arg(long, value_name = "BOOL")]
    pub trial: Option<bool>,
    /// Floating seats' check-in period, e.g. 1h; `none` for node-locked seats
    #[arg(long, value_name = "PERIOD")]
    pub heartbeat: Option<String>,
    /// How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config's offline_lease
    #[arg(long, value_name = "PERIOD")]
    pub offline_lease: Option<String>,
}

impl PlanCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            PlanCommand::Create(args) => create(args, ctx),
            PlanCommand::List(args) => list(args, ctx),
            PlanCommand::Show { product, plan } => {
                let plan = read(ctx, |scope, _| {
                    let product = scope.product(&product)?;
                    scope.plan(&product, &plan)
                })?;
                ctx.printer.record(&plan, &plan.name)?;
                Ok(Outcome::Success)
            }
            PlanCommand::Update(args) => update(args, ctx),
        }
    }
}

/// `--heartbeat` or `--offline-lease` (`flag`): a fixed period, or `none`
/// (only where it can be cleared).
fn parse_period(flag: &str, text: Option<&str>, may_clear: bool) -> Result<Option<Option<i64>>> {
    text.map(|text| {
        if may_clear && text.trim() == "none" {
            return Ok(None);
        }
        Period::parse_fixed(text, flag).map(Some)
    })
    .transpose()
}

fn parse_duration(text: Option<&String>) -> Result<Option<String>> {
    text.map(|d| d.parse::<Period>().map(|p| p.to_string()))
        .transpose()
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    if !is_valid_slug(&args.plan) {
        return Err(Error::usage(format!(
            "'{}' is not a plan name; use lower-case letters, digits and single dashes, e.g. pro",
            args.plan
        )));
    }
    let new = NewPlan {
        name: args.plan,
        features: normalize_features(&args.features)?,
        seats: args.seats.map(check_seats).transpose()?,
        duration: parse_duration(args.duration.as_ref())?,
        grace_seconds: args.grace.as_deref().map(Period::parse_grace).transpose()?,
        limits: plan_limits(&args.limits)?,
        trial: args.trial,
        heartbeat_seconds: parse_period("--heartbeat", args.heartbeat.as_deref(), false)?.flatten(),
        offline_lease_seconds: parse_period(
            "--offline-lease",
            args.offline_lease.as_deref(),
            false,
        )?
        .flatten(),
    };
    let session = ctx.session();
    let plan = write(ctx, |scope, _| {
        let product = scope.product(&args.product)?;
        check_features_known(&product, &new.features)?;
        let plan = scope.insert_plan(&product, &new, ctx.now)?;
        audit_plan(
            scope,
            &session,
            AuditAction::PlanCreated,
            &plan,
            plan_terms(&plan),
        )?;
        Ok(plan)
    })?;
    ctx.printer.record(&plan, &plan.name)?;
    Ok(Outcome::Success)
}

fn plan_terms(plan: &Plan) -> serde_json::Value {
    let mut terms = json!({
        "features": plan.features, "seats": plan.seats, "duration": plan.duration,
        "grace_seconds": plan.grace_seconds, "limits": plan.limits, "trial": plan.trial,
    });
    if let (Some(beat), Some(map)) = (plan.heartbeat_seconds, terms.as_object_mut()) {
        map.insert("heartbeat_seconds".into(), beat.into());
    }
    if let (Some(lease), Some(map)) = (plan.offline_lease_seconds, terms.as_object_mut()) {
        map.insert("offline_lease_seconds".into(), lease.into());
    }
    terms
}

fn audit_plan(
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

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let page = read(ctx, |scope, _| {
        let product_id = match &args.product {
            Some(slug) => Some(scope.product(slug)?.id),
            None => None,
        };
        let filter = PlanFilter {
            product_id,
            search: args.search.clone(),
            sort: args.sort,
            order: args.order,
        };
        scope.plans(&filter, args.page.request_or_whole(ctx.printer.quiet()))
    })?;
    ctx.printer
        .page(&page, |p| format!("{}/{}", p.product, p.name), None)?;
    Ok(Outcome::Success)
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let features = args.features.edit();
    let nothing = features.is_empty()
        && args.heartbeat.is_none()
        && args.seats.is_none()
        && args.duration.is_none()
        && args.grace.is_none()
        && args.limits.is_empty()
        && args.remove_limits.is_empty()
        && args.trial.is_none()
        && args.offline_lease.is_none();
    if nothing {
        return Err(Error::usage(
            "nothing to update; pass --feature, --seats, --duration, --grace, --limit, --trial, --heartbeat or --offline-lease",
        ));
    }
    let seats = args.seats.map(check_seats).transpose()?;
    let duration = parse_duration(args.duration.as_ref())?;
    let grace = args.grace.as_deref().map(Period::parse_grace).transpose()?;
    let limits = plan_limits(&args.limits)?;
    let heartbeat = parse_period("--heartbeat", args.heartbeat.as_deref(), true)?;
    let offline_lease = parse_period("--offline-lease", args.offline_lease.as_deref(), true)?;
    let session = ctx.session();
    let plan = write(ctx, |scope, _| {
        let product = scope.product(&args.product)?;
        let mut plan = scope.plan(&product, &args.plan)?;
        let before = plan_terms(&plan);
        plan.features = features.apply(&plan.features)?;
        check_features_known(&product, &plan.features)?;
        plan.seats = seats.or(plan.seats);
        plan.duration = duration.or(plan.duration.take());
        plan.grace_seconds = grace.or(plan.grace_seconds);
        apply_limits(&mut plan.limits, limits, &args.remove_limits);
        plan.trial = args.trial.unwrap_or(plan.trial);
        plan.heartbeat_seconds = heartbeat.unwrap_or(plan.heartbeat_seconds);
        plan.offline_lease_seconds = offline_lease.unwrap_or(plan.offline_lease_seconds);
        scope.update_plan(&plan, ctx.now)?;
        let details = json!({"before": before, "after": plan_terms(&plan)});
        audit_plan(scope, &session, AuditAction::PlanUpdated, &plan, details)?;
        scope.plan(&product, &plan.name)
    })?;
    ctx.printer.record(&plan, &plan.name)?;
    Ok(Outcome::Success)
}

/// A plan's `--limit`s; its seats have their own flag and column, so a
/// `seats` limit, which would silently override them, is refused.
fn plan_limits(texts: &[String]) -> Result<BTreeMap<String, i64>> {
    let limits = parse_limits(texts)?;
    if limits.contains_key("seats") {
        return Err(Error::usage(
            "a plan's seats are set with --seats, not --limit seats=; give them with --seats",
        ));
    }
    Ok(limits)
}

fn apply_limits(limits: &mut BTreeMap<String, i64>, set: BTreeMap<String, i64>, remove: &[String]) {
    limits.extend(set);
    for key in remove {
        limits.remove(key);
    }
}
