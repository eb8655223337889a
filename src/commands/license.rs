//! `keywright license …`: issue licenses (key + signed token), list and show
//! them, print their tokens, and manage their machine activations.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::json;

use super::key::{refuse_if_suspended, signing_key};
use super::plan::check_features_known;
use super::{read, write};
use crate::cli::Context;
use crate::cli::args::{OrderArg, PageArgs};
use crate::domain::license::{Parties, Terms, claims};
use crate::domain::time::{Period, UnixTime, end_of_local_day, parse_timezone};
use crate::domain::values::{
    check_seats, normalize_domains, normalize_features, normalize_fingerprints, parse_limits,
};
use crate::error::{Error, Outcome, Result};
use crate::license_key::LicenseKey;
use crate::output::progress;
use crate::store::{
    Customer, License, LicenseFilter, LicenseSort, LicenseStatus, NewLicense, Plan, Product, Scope,
    Tenant,
};
use crate::token::{Code, SigningKey, sign_license};

#[derive(Debug, Subcommand)]
pub enum LicenseCommand {
    /// Issue licenses: a key and a signed token each
    Issue(IssueArgs),
    /// List licenses with filters and a summary footer
    List(ListArgs),
    /// Show one license
    Show { key: String },
    /// Print a license's signed token
    Token { key: String },
    /// List the machines a license is activated on
    Machines { key: String },
    /// Activate a license on a machine
    Activate {
        key: String,
        #[arg(long, value_name = "FP")]
        fingerprint: String,
        #[arg(long, value_name = "H")]
        hostname: Option<String>,
    },
    /// Remove a machine from a license
    Deactivate {
        key: String,
        #[arg(long, value_name = "FP")]
        fingerprint: String,
    },
}

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
    /// Sign with this PKCS#8 PEM key (or JWK) instead of the key store
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only licenses of this product
    #[arg(long, value_name = "P")]
    pub product: Option<String>,
    /// Email or external id
    #[arg(long, value_name = "C")]
    pub customer: Option<String>,
    /// Only licenses with this status at this moment
    #[arg(long, value_enum)]
    pub status: Option<LicenseStatus>,
    /// Only licenses that expire within this period, e.g. 30d
    #[arg(long, value_name = "PERIOD")]
    pub expires_within: Option<String>,
    /// Only licenses that grant this feature
    #[arg(long, value_name = "F")]
    pub feature: Option<String>,
    /// Text in the key, customer email, name, company, external id or product
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub sort: LicenseSort,
    #[arg(long, value_enum, default_value_t = OrderArg::Desc)]
    pub order: OrderArg,
    #[command(flatten)]
    pub page: PageArgs,
}

impl LicenseCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            LicenseCommand::Issue(args) => issue(args, ctx),
            LicenseCommand::List(args) => list(args, ctx),
            LicenseCommand::Show { key } => {
                let license = read(ctx, |scope, _| license_by_key(scope, &key, ctx.now))?;
                ctx.printer.record(&license, &license.key)?;
                Ok(Outcome::Success)
            }
            LicenseCommand::Token { key } => {
                let license = read(ctx, |scope, _| license_by_key(scope, &key, ctx.now))?;
                ctx.printer.text(&license.token)?;
                Ok(Outcome::Success)
            }
            LicenseCommand::Machines { key } => {
                let machines = read(ctx, |scope, _| {
                    let license = license_by_key(scope, &key, ctx.now)?;
                    scope.activations(license.id)
                })?;
                ctx.printer.all(&machines, |m| m.fingerprint.clone())?;
                Ok(Outcome::Success)
            }
            LicenseCommand::Activate {
                key,
                fingerprint,
                hostname,
            } => activate(&key, &fingerprint, hostname.as_deref(), ctx),
            LicenseCommand::Deactivate { key, fingerprint } => deactivate(&key, &fingerprint, ctx),
        }
    }
}

/// A typed key in its canonical form, or a usage error that names the typo.
pub(crate) fn canonical_key(text: &str) -> Result<String> {
    LicenseKey::parse(text)
        .map(|key| key.to_string())
        .map_err(|e| Error::usage(format!("'{}' {e}", text.trim())))
}

pub(crate) fn license_by_key(scope: &Scope<'_>, text: &str, now: i64) -> Result<License> {
    let key = canonical_key(text)?;
    scope
        .find_license(&key, now)?
        .ok_or_else(|| Error::NotFound {
            what: "license",
            id: key,
            scope: scope.describe(),
            hint: "see `keywright license list`".into(),
        })
}

/// Issue flags, checked before anything is read or written.
struct Requested {
    features: Option<Vec<String>>,
    limits: std::collections::BTreeMap<String, i64>,
    domains: Vec<String>,
    fingerprints: Vec<String>,
    grace: Option<i64>,
    duration: Option<Period>,
}

impl Requested {
    fn parse(args: &IssueArgs) -> Result<Requested> {
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
struct Issued {
    key: String,
    product: String,
    customer: String,
    expires: Option<UnixTime>,
    kid: String,
    token: String,
}

fn issue(args: IssueArgs, ctx: &Context) -> Result<Outcome> {
    let requested = Requested::parse(&args)?;
    if args.count > 1 {
        ctx.confirm(&format!("issue {} licenses", args.count))?;
    }
    let issued = write(ctx, |scope, tenant| {
        refuse_if_suspended(tenant)?;
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
        let terms = requested.terms(&args, plan.as_ref(), &tz, ctx.now)?;
        check_features_known(&product, &terms.features)?;
        let key = signing_key(ctx, scope, args.key_file.as_deref())?;
        let batch = Batch {
            ctx,
            scope,
            tenant,
            product: &product,
            plan: plan.as_ref(),
            customer: &customer,
            terms: &terms,
            key: &key,
        };
        batch.issue(args.count)
    })?;
    match issued.as_slice() {
        [one] if ctx.printer.quiet() => ctx.printer.text(&one.token)?,
        [one] => ctx.printer.record(one, &one.token)?,
        many => ctx.printer.all(many, |i| i.token.clone())?,
    }
    Ok(Outcome::Success)
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
}

impl Batch<'_> {
    fn issue(&self, count: u32) -> Result<Vec<Issued>> {
        let bar = progress(u64::from(count), "issuing", self.ctx.printer.quiet());
        let mut issued = Vec::with_capacity(count as usize);
        for _ in 0..count {
            issued.push(self.issue_one()?);
            bar.inc(1);
        }
        bar.finish_and_clear();
        Ok(issued)
    }

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
        let customer_claim = self
            .customer
            .external_id
            .as_deref()
            .unwrap_or(&self.customer.email);
        let parties = Parties {
            tenant: &self.tenant.slug,
            key: &key,
            product: &self.product.slug,
            customer: customer_claim,
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
            .append_audit(&self.ctx.audit("license.created", "license", &key, details))?;
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

/// A license as a list row: the token is left to `show` and `token`.
#[derive(Serialize)]
struct LicenseRow {
    key: String,
    status: String,
    product: String,
    plan: Option<String>,
    customer: String,
    issued: UnixTime,
    expires: Option<UnixTime>,
    features: Vec<String>,
}

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let expires_within = args
        .expires_within
        .as_deref()
        .map(|text| {
            text.parse::<Period>()?
                .fixed_seconds()
                .ok_or_else(|| Error::usage("--expires-within takes s, m, h, d or w, e.g. 30d"))
        })
        .transpose()?;
    let (page, summary) = read(ctx, |scope, _| {
        let filter = LicenseFilter {
            product_id: args
                .product
                .as_deref()
                .map(|p| scope.product(p))
                .transpose()?
                .map(|p| p.id),
            customer_id: args
                .customer
                .as_deref()
                .map(|c| scope.customer(c))
                .transpose()?
                .map(|c| c.id),
            status: args.status,
            expires_within,
            feature: args.feature.clone(),
            search: args.search.clone(),
            sort: args.sort,
            order: args.order.into(),
        };
        Ok((
            scope.licenses(&filter, args.page.request(), ctx.now)?,
            scope.license_summary(&filter, ctx.now)?,
        ))
    })?;
    let summary = serde_json::to_value(&summary).ok();
    let rows = page.map(|l| LicenseRow {
        key: l.key,
        status: l.status,
        product: l.product,
        plan: l.plan,
        customer: l.customer,
        issued: l.issued,
        expires: l.expires,
        features: l.features,
    });
    ctx.printer.page(&rows, |l| l.key.clone(), summary)?;
    Ok(Outcome::Success)
}

/// The code for a license whose effective status is not active.
pub(crate) fn inactive_code(status: &str) -> Option<Code> {
    match status {
        "active" | "grace" => None,
        "revoked" => Some(Code::Revoked),
        "suspended" => Some(Code::Suspended),
        _ => Some(Code::Expired),
    }
}

#[derive(Serialize)]
struct MachineChange<'a> {
    key: &'a str,
    fingerprint: &'a str,
    machines: usize,
    seats: Option<i64>,
}

fn activate(
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

fn deactivate(key: &str, fingerprint: &str, ctx: &Context) -> Result<Outcome> {
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
