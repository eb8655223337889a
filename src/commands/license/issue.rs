//! `keywright license issue`: plan terms overridden by flags, a fresh key
//! per license, signed and self-verified, inserted with its audit entry; all
//! licenses of one command in one transaction.

use std::collections::BTreeMap;

use clap::Args;
use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::json;

use crate::cli::Context;
use crate::commands::key::{KeyFileArg, refuse_if_suspended, signing_key};
use crate::commands::plan::check_features_known;
use crate::commands::write;
use crate::domain::license::{Parties, Terms, claims, customer_claim};
use crate::domain::time::{Period, UnixTime, end_of_local_day, parse_timezone};
use crate::domain::values::{
    check_seats, normalize_domains, normalize_features, normalize_fingerprints, parse_limits,
};
use crate::error::{Error, Outcome, Result};
use crate::license_key::LicenseKey;
use crate::output::progress;
use crate::store::{Customer, NewLicense, Plan, Product, Scope, Tenant};
use crate::token::{SigningKey, sign_license};

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
    /// Mark the licenses as trials
    #[arg(long)]
    pub trial: bool,
    /// How many licenses to issue with these terms
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub count: u32,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

/// Issue flags, checked before anything is read or written.
pub(super) struct Requested {
    features: Option<Vec<String>>,
    limits: BTreeMap<String, i64>,
    domains: Vec<String>,
    fingerprints: Vec<String>,
    grace: Option<i64>,
    duration: Option<Period>,
}

impl Requested {
    pub(super) fn parse(args: &IssueArgs) -> Result<Requested> {
        let mut limits = parse_limits(&args.limits)?;
        if let Some(seats) = args.seats {
            limits.insert("seats".into(), check_seats(seats)?);
        }
        Ok(Requested {
            features: (!args.features.is_empty())
                .then(|| normalize_features(&args.features))
                .transpose()?,
            limits,
            domains: normalize_domains(&args.domains)?,
            fingerprints: normalize_fingerprints(&args.fingerprints)?,
            grace: args.grace.as_deref().map(Period::parse_grace).transpose()?,
            duration: args.duration.as_deref().map(str::parse).transpose()?,
        })
    }

    /// The license terms: the plan's defaults, overridden by the flags.
    fn terms(
        &self,
        args: &IssueArgs,
        plan: Option<&Plan>,
        tz: &TimeZone,
        now: i64,
    ) -> Result<Terms> {
        let mut limits = plan.map(|p| p.limits.clone()).unwrap_or_default();
        if let Some(seats) = plan.and_then(|p| p.seats) {
            limits.insert("seats".into(), seats);
        }
        limits.extend(self.limits.clone());
        let plan_duration = plan
            .and_then(|p| p.duration.as_deref())
            .map(str::parse::<Period>)
            .transpose()?;
        let expires_at = match (&args.expires, self.duration.or(plan_duration)) {
            (Some(date), _) => Some(end_of_local_day(date, tz)?),
            (None, Some(period)) => Some(period.add_to(now, tz)?),
            (None, None) => None,
        };
        if expires_at.is_some_and(|exp| exp <= now) {
            return Err(Error::usage(format!(
                "--expires {} is in the past; give a later date",
                args.expires.as_deref().unwrap_or("")
            )));
        }
        Ok(Terms {
            plan: plan.map(|p| p.name.clone()),
            not_before: None,
            expires_at,
            grace_seconds: self.grace.or(plan.and_then(|p| p.grace_seconds)),
            features: self
                .features
                .clone()
                .unwrap_or_else(|| plan.map(|p| p.features.clone()).unwrap_or_default()),
            limits,
            domains: self.domains.clone(),
            fingerprints: self.fingerprints.clone(),
            trial: args.trial || plan.is_some_and(|p| p.trial),
        })
    }
}

/// One issued license, as printed.
#[derive(Serialize)]
pub(super) struct Issued {
    key: String,
    product: String,
    customer: String,
    expires: Option<UnixTime>,
    kid: String,
    token: String,
}

pub fn run(args: IssueArgs, ctx: &Context) -> Result<Outcome> {
    let requested = Requested::parse(&args)?;
    if args.count > 1 {
        ctx.confirm(&format!("issue {} licenses", args.count))?;
    }
    let issued = write(ctx, |scope, tenant| {
        refuse_if_suspended(tenant)?;
        let key = signing_key(ctx, scope, args.signing.key_file.as_deref())?;
        let bar = progress(u64::from(args.count), "issuing", ctx.printer.quiet());
        let issuer = Issuer {
            key: &key,
            action: "license.created",
            bar: &bar,
        };
        let issued = issue_in(ctx, scope, tenant, &args, &requested, &issuer);
        bar.finish_and_clear();
        issued
    })?;
    print_issued(ctx, &issued)
}

/// Prints issued licenses: one as a record (`-q`: its token), many as a list.
pub(super) fn print_issued(ctx: &Context, issued: &[Issued]) -> Result<Outcome> {
    match issued {
        [one] if ctx.printer.quiet() => ctx.printer.text(&one.token)?,
        [one] => ctx.printer.record(one, &one.token)?,
        many => ctx.printer.all(many, |i| i.token.clone())?,
    }
    Ok(Outcome::Success)
}

/// How the licenses of one command are signed, audited and counted.
pub(super) struct Issuer<'a> {
    pub key: &'a SigningKey,
    /// The audit action of each license: `license.created` or `license.imported`.
    pub action: &'static str,
    pub bar: &'a indicatif::ProgressBar,
}

/// Issues `args.count` licenses with the terms `args` ask for, in the
/// caller's transaction.
pub(super) fn issue_in(
    ctx: &Context,
    scope: &Scope<'_>,
    tenant: &Tenant,
    args: &IssueArgs,
    requested: &Requested,
    issuer: &Issuer<'_>,
) -> Result<Vec<Issued>> {
    let product = scope.product(&args.product)?;
    if !product.active {
        return Err(Error::usage(format!(
            "product '{}' is inactive; activate it with `keywright product activate {}`",
            product.slug, product.slug
        )));
    }
    let plan = args
        .plan
        .as_deref()
        .map(|p| scope.plan(&product, p))
        .transpose()?;
    let customer = active_customer(scope, &args.customer)?;
    let tz = parse_timezone(&tenant.timezone)?;
    let terms = requested.terms(args, plan.as_ref(), &tz, ctx.now)?;
    check_features_known(&product, &terms.features)?;
    let batch = Batch {
        ctx,
        scope,
        tenant,
        product: &product,
        plan: plan.as_ref(),
        customer: &customer,
        terms: &terms,
        key: issuer.key,
        action: issuer.action,
    };
    (0..args.count)
        .map(|_| {
            let issued = batch.issue_one();
            issuer.bar.inc(1);
            issued
        })
        .collect()
}

fn active_customer(scope: &Scope<'_>, id: &str) -> Result<Customer> {
    let customer = scope.customer(id)?;
    if customer.deleted.is_some() {
        return Err(Error::usage(format!(
            "customer '{}' is deleted; restore it with `keywright customer update {} --restore`",
            customer.email, customer.email
        )));
    }
    Ok(customer)
}

/// Everything that is the same for each license of one `issue`.
struct Batch<'a> {
    ctx: &'a Context,
    scope: &'a Scope<'a>,
    tenant: &'a Tenant,
    product: &'a Product,
    plan: Option<&'a Plan>,
    customer: &'a Customer,
    terms: &'a Terms,
    key: &'a SigningKey,
    action: &'static str,
}

impl Batch<'_> {
    fn new_key(&self) -> Result<String> {
        loop {
            let key = LicenseKey::generate(&self.tenant.key_prefix)
                .map_err(|e| {
                    Error::runtime(format!(
                        "the operating system's random generator failed: {e}"
                    ))
                })?
                .to_string();
            if !self.scope.license_key_taken(&key)? {
                return Ok(key);
            }
        }
    }

    fn issue_one(&self) -> Result<Issued> {
        let key = self.new_key()?;
        let parties = Parties {
            tenant: &self.tenant.slug,
            key: &key,
            product: &self.product.slug,
            customer: customer_claim(&self.customer.email, self.customer.external_id.as_deref()),
        };
        let token = sign_license(&claims(&parties, self.terms, self.ctx.now), self.key)
            .map_err(|e| Error::usage(format!("the license cannot be signed: {e}")))?;
        let t = self.terms;
        self.scope.insert_license(&NewLicense {
            key: &key,
            product_id: self.product.id,
            plan_id: self.plan.map(|p| p.id),
            customer_id: self.customer.id,
            issued_at: self.ctx.now,
            not_before: t.not_before,
            expires_at: t.expires_at,
            grace_seconds: t.grace_seconds,
            features: &t.features,
            limits: &t.limits,
            domains: &t.domains,
            fingerprints: &t.fingerprints,
            trial: t.trial,
            kid: self.key.kid(),
            token: &token,
        })?;
        let details = json!({
            "product": self.product.slug, "plan": t.plan, "customer": self.customer.email,
            "expires": t.expires_at, "features": t.features, "limits": t.limits, "kid": self.key.kid(),
        });
        self.scope
            .append_audit(&self.ctx.audit(self.action, "license", &key, details))?;
        Ok(Issued {
            key,
            product: self.product.slug.clone(),
            customer: self.customer.email.clone(),
            expires: t.expires_at.map(UnixTime),
            kid: self.key.kid().to_string(),
            token,
        })
    }
}
