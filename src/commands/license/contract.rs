//! `keywright license renew|update`: contract changes. The new terms are
//! signed into a new token with the tenant's signing key (verified before it
//! is stored), the row and its version change with it, and the new token is
//! printed. Tokens already handed out stay valid until their own `exp`.

use clap::Args;
use serde::Serialize;
use serde_json::json;

use super::license_by_key;
use crate::cli::Context;
use crate::commands::key::{KeyFileArg, refuse_if_suspended, signing_key};
use crate::commands::plan::check_features_known;
use crate::commands::{FeatureEdit, write};
use crate::domain::license::{Parties, Terms, claims, customer_claim};
use crate::domain::time::{Period, UnixTime, end_of_local_day, parse_timezone};
use crate::domain::values::{check_seats, normalize_domains, normalize_fingerprints, parse_limits};
use crate::error::{Error, Outcome, Result};
use crate::store::Tenant;
use crate::token::sign_license;

#[derive(Debug, Args)]
pub struct RenewArgs {
    pub key: String,
    /// The new last day of validity, YYYY-MM-DD, in the tenant's time zone
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        required_unless_present = "extend",
        conflicts_with = "extend"
    )]
    pub until: Option<String>,
    /// Add this period to the expiry (or to now, if it has passed), e.g. 1y
    #[arg(long, value_name = "PERIOD")]
    pub extend: Option<String>,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub key: String,
    #[command(flatten)]
    pub features: FeatureEdit,
    /// Machines the license may be activated on (the `seats` limit)
    #[arg(long, value_name = "N")]
    pub seats: Option<i64>,
    /// Set a numeric limit, NAME=INTEGER (repeatable)
    #[arg(long = "limit", value_name = "K=V")]
    pub limits: Vec<String>,
    /// Remove a limit (repeatable)
    #[arg(long = "remove-limit", value_name = "K")]
    pub remove_limits: Vec<String>,
    /// Replace the host names the license covers (repeatable)
    #[arg(long = "domain", value_name = "D", conflicts_with = "no_domains")]
    pub domains: Vec<String>,
    /// Remove every domain restriction
    #[arg(long)]
    pub no_domains: bool,
    /// Replace the machines the license is locked to (repeatable)
    #[arg(
        long = "fingerprint",
        value_name = "FP",
        conflicts_with = "no_fingerprints"
    )]
    pub fingerprints: Vec<String>,
    /// Remove every machine lock
    #[arg(long)]
    pub no_fingerprints: bool,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

#[derive(Serialize)]
struct Resigned {
    key: String,
    version: i64,
    expires: Option<UnixTime>,
    features: Vec<String>,
    kid: String,
    token: String,
}

pub fn renew(args: RenewArgs, ctx: &Context) -> Result<Outcome> {
    let extend = args
        .extend
        .as_deref()
        .map(str::parse::<Period>)
        .transpose()?;
    change(
        &args.key,
        args.signing.key_file.as_deref(),
        "license.renewed",
        ctx,
        |terms, tenant| {
            let tz = parse_timezone(&tenant.timezone)?;
            let expires = match (&args.until, extend) {
                (Some(date), _) => end_of_local_day(date, &tz)?,
                (None, Some(period)) => {
                    let from = terms.expires_at.ok_or_else(|| {
                    Error::usage("the license is perpetual: there is no expiry to extend; use --until to set one")
                })?;
                    period.add_to(from.max(ctx.now), &tz)?
                }
                (None, None) => return Err(Error::usage("pass --until DATE or --extend PERIOD")),
            };
            if expires <= ctx.now {
                return Err(Error::usage(
                    "the new expiry is in the past; give a later date",
                ));
            }
            terms.expires_at = Some(expires);
            Ok(())
        },
    )
}

pub fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let nothing = args.features.is_empty()
        && args.seats.is_none()
        && args.limits.is_empty()
        && args.remove_limits.is_empty()
        && args.domains.is_empty()
        && !args.no_domains
        && args.fingerprints.is_empty()
        && !args.no_fingerprints;
    if nothing {
        return Err(Error::usage(
            "nothing to update; pass --feature, --add-feature, --remove-feature, --seats, --limit, --domain or --fingerprint",
        ));
    }
    let seats = args.seats.map(check_seats).transpose()?;
    let limits = parse_limits(&args.limits)?;
    let domains = normalize_domains(&args.domains)?;
    let fingerprints = normalize_fingerprints(&args.fingerprints)?;
    change(
        &args.key,
        args.signing.key_file.as_deref(),
        "license.updated",
        ctx,
        |terms, _| {
            terms.features = args.features.apply(&terms.features)?;
            terms.limits.extend(limits.clone());
            if let Some(seats) = seats {
                terms.limits.insert("seats".into(), seats);
            }
            for key in &args.remove_limits {
                terms.limits.remove(key);
            }
            if args.no_domains || !domains.is_empty() {
                terms.domains = domains.clone();
            }
            if args.no_fingerprints || !fingerprints.is_empty() {
                terms.fingerprints = fingerprints.clone();
            }
            Ok(())
        },
    )
}

/// Applies `edit` to a license's terms, re-signs and stores it, with an audit
/// entry that records the terms before and after.
fn change(
    key: &str,
    key_file: Option<&std::path::Path>,
    action: &str,
    ctx: &Context,
    edit: impl FnOnce(&mut Terms, &Tenant) -> Result<()>,
) -> Result<Outcome> {
    let resigned = write(ctx, |scope, tenant| {
        refuse_if_suspended(tenant)?;
        let license = license_by_key(scope, key, ctx.now)?;
        if license.stored_status == "revoked" {
            return Err(Error::usage(format!(
                "license {} is revoked; its contract cannot change",
                license.key
            )));
        }
        let before = Terms::of(&license);
        let mut terms = before.clone();
        edit(&mut terms, tenant)?;
        check_features_known(&scope.product(&license.product)?, &terms.features)?;
        let signer = signing_key(ctx, scope, key_file)?;
        let parties = Parties {
            tenant: &tenant.slug,
            key: &license.key,
            product: &license.product,
            customer: customer_claim(&license.customer, license.customer_external_id.as_deref()),
        };
        let token = sign_license(&claims(&parties, &terms, ctx.now), &signer)
            .map_err(|e| Error::usage(format!("the license cannot be signed: {e}")))?;
        scope.update_license_terms(license.id, &terms, signer.kid(), &token, ctx.now)?;
        let details = json!({
            "before": summary(&before), "after": summary(&terms),
            "version": license.version + 1, "kid": signer.kid(),
        });
        scope.append_audit(&ctx.audit(action, "license", &license.key, details))?;
        Ok(Resigned {
            key: license.key,
            version: license.version + 1,
            expires: terms.expires_at.map(UnixTime),
            features: terms.features,
            kid: signer.kid().to_string(),
            token,
        })
    })?;
    if ctx.printer.quiet() {
        ctx.printer.text(&resigned.token)?;
    } else {
        ctx.printer.record(&resigned, &resigned.token)?;
    }
    Ok(Outcome::Success)
}

/// The terms an audit entry records for a contract change.
fn summary(terms: &Terms) -> serde_json::Value {
    json!({
        "expires": terms.expires_at, "features": terms.features, "limits": terms.limits,
        "domains": terms.domains, "fingerprints": terms.fingerprints,
    })
}
