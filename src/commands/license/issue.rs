//! `keywright license issue`: the flags become an [`IssueRequest`]; the
//! service issues the licenses in one transaction; they are printed after
//! the commit.

use clap::Args;

use super::staged::StagedIssued;
use crate::app::Context;
use crate::commands::{KeyFileArg, PolicyArgs, write};
use crate::domain::values::parse_limits;
use crate::error::{Outcome, Result};
use crate::output::progress;
use crate::service::license::issue::{IssueInput, IssueRequest, MAX_COUNT, issue_licenses};

#[derive(Debug, Args)]
pub struct IssueArgs {
    /// The product (slug) the licenses are for
    #[arg(long, value_name = "P")]
    pub product: String,
    /// A plan of the product, whose terms are the defaults
    #[arg(long, value_name = "PL")]
    pub plan: Option<String>,
    /// The customer's email or external id
    #[arg(long, value_name = "EMAIL")]
    pub customer: String,
    /// Last day of validity, YYYY-MM-DD, in the tenant's time zone
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "duration")]
    pub expires: Option<String>,
    /// Validity from now, e.g. 30d or 1y [default: the plan's, else perpetual]
    #[arg(long, value_name = "PERIOD")]
    pub duration: Option<String>,
    /// A granted feature (repeatable; replaces the plan's features)
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
    /// Machines the license may be activated on (the `seats` limit)
    #[arg(long, value_name = "N")]
    pub seats: Option<i64>,
    /// A host name the license covers; *.example.com covers one label (repeatable)
    #[arg(long = "domain", value_name = "D")]
    pub domains: Vec<String>,
    /// A machine fingerprint the license is locked to (repeatable)
    #[arg(long = "fingerprint", value_name = "FP")]
    pub fingerprints: Vec<String>,
    /// A numeric limit, NAME=INTEGER (repeatable; overrides the plan's)
    #[arg(long = "limit", value_name = "K=V")]
    pub limits: Vec<String>,
    /// Time after expiry during which the license still works, e.g. 7d
    #[arg(long, value_name = "PERIOD")]
    pub grace: Option<String>,
    /// Floating seats: a machine not checked in within this period frees its seat, e.g. 1h
    #[arg(long, value_name = "PERIOD")]
    pub heartbeat: Option<String>,
    /// How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the plan's, else the config's offline_lease]
    #[arg(long, value_name = "PERIOD")]
    pub offline_lease: Option<String>,
    /// Mark the licenses as trials
    #[arg(long)]
    pub trial: bool,
    /// How many licenses to issue with these terms
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_COUNT)))]
    pub count: u32,
    #[command(flatten)]
    pub signing: KeyFileArg,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

impl IssueArgs {
    fn request(&self) -> Result<IssueRequest> {
        IssueRequest::new(IssueInput {
            product: self.product.clone(),
            plan: self.plan.clone(),
            customer: self.customer.clone(),
            expires: self.expires.clone(),
            duration: self.duration.clone(),
            features: (!self.features.is_empty()).then(|| self.features.clone()),
            seats: self.seats,
            domains: self.domains.clone(),
            fingerprints: self.fingerprints.clone(),
            limits: parse_limits(&self.limits)?,
            grace: self.grace.clone(),
            heartbeat: self.heartbeat.clone(),
            offline_lease: self.offline_lease.clone(),
            trial: self.trial,
            count: self.count,
            policy: Some(self.policy.input()?),
        })
    }
}

pub fn run(args: IssueArgs, ctx: &Context) -> Result<Outcome> {
    let request = args.request()?;
    if request.count() > 1 {
        ctx.confirm(&format!("issue {} licenses", request.count()))?;
    }
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let issued = write(ctx, |scope, tenant| {
        let bar = progress(u64::from(request.count()), "issuing", ctx.printer.quiet());
        let mut issued = StagedIssued::default();
        issue_licenses(&session, scope, tenant, &request, &mut |one| {
            bar.inc(1);
            issued.push(one)
        })?;
        bar.finish_and_clear();
        Ok(issued)
    })?;
    issued.print(ctx)
}
