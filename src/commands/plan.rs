//! `keywright plan …`: per-product defaults (features, seats, duration,
//! grace, limits, trial) that `license issue` starts from.

use clap::{Args, Subcommand};

use super::{FeatureArgs, PageArgs, PolicyArgs, read, word, write};
use crate::app::Context;
use crate::error::{Outcome, Result};
use crate::service::plan::{self, CreatePlan, PlanChangeInput, PlanInput, UpdatePlan};
use crate::store::{Order, PlanFilter, PlanSort};

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
    #[command(flatten)]
    pub policy: PolicyArgs,
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
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Remove a usage meter (repeatable)
    #[arg(long = "remove-meter", value_name = "NAME")]
    pub remove_meters: Vec<String>,
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

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let new = CreatePlan::new(PlanInput {
        name: args.plan,
        features: args.features,
        seats: args.seats,
        duration: args.duration,
        grace: args.grace,
        limits: args.limits,
        trial: args.trial,
        heartbeat: args.heartbeat,
        offline_lease: args.offline_lease,
        policy: args.policy.change(Vec::new())?,
    })?;
    let session = ctx.session();
    let plan = write(ctx, |scope, _| {
        plan::create(&session, scope, &args.product, &new)
    })?;
    ctx.printer.record(&plan, &plan.name)?;
    Ok(Outcome::Success)
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
    let change = UpdatePlan::new(PlanChangeInput {
        features: args.features.edit(),
        seats: args.seats,
        duration: args.duration,
        grace: args.grace,
        limits: args.limits,
        remove_limits: args.remove_limits,
        trial: args.trial,
        heartbeat: args.heartbeat,
        offline_lease: args.offline_lease,
        policy: args.policy.change(args.remove_meters)?,
    })?;
    let session = ctx.session();
    let plan = write(ctx, |scope, _| {
        plan::update(&session, scope, &args.product, &args.plan, &change)
    })?;
    ctx.printer.record(&plan, &plan.name)?;
    Ok(Outcome::Success)
}
