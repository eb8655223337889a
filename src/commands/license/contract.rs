//! `keywright license renew|update`: contract changes, re-signed by the
//! service (`service::license::contract`); the new token is printed.

use clap::Args;

use crate::app::Context;
use crate::commands::{FeatureArgs, KeyFileArg, read, write};
use crate::domain::values::parse_limits;
use crate::error::{Outcome, Result};
use crate::output::progress;
use crate::service::license::contract::{
    RenewInput, RenewRequest, Resigned, UpdateInput, UpdateRequest, reissue as reissue_licenses,
    renew as renew_license, update as update_license,
};

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
    pub features: FeatureArgs,
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
    /// Floating seats' check-in period, e.g. 1h; `none` for node-locked seats
    #[arg(long, value_name = "PERIOD")]
    pub heartbeat: Option<String>,
    /// How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config's offline_lease
    #[arg(long, value_name = "PERIOD")]
    pub offline_lease: Option<String>,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

#[derive(Debug, Args)]
pub struct ReissueArgs {
    /// The (revoked) key whose licenses are signed again with the active key
    #[arg(long, value_name = "KID", allow_hyphen_values = true)]
    pub kid: String,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

/// Signs again with the active key every license that `--kid` signed, all
/// or nothing, asking first; prints each license's new token.
pub fn reissue(args: ReissueArgs, ctx: &Context) -> Result<Outcome> {
    let count = read(ctx, |scope, _| {
        scope.signing_key(&args.kid)?;
        scope.count_signed_by(&args.kid)
    })?;
    if count > 1 {
        ctx.confirm(&format!(
            "sign the {count} licenses of key {} again with the active key",
            args.kid
        ))?;
    }
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let resigned = write(ctx, |scope, tenant| {
        let bar = progress(count.max(0) as u64, "reissuing", ctx.printer.quiet());
        let resigned = reissue_licenses(&session, scope, tenant, &args.kid, &|| bar.inc(1))?;
        bar.finish_and_clear();
        Ok(resigned)
    })?;
    ctx.printer.note(&format!(
        "signed {} licenses again with the active key; hand out their new tokens (`keywright export licenses --out FILE`)",
        resigned.len()
    ));
    ctx.printer.all(&resigned, |r| r.token.clone())?;
    Ok(Outcome::Success)
}

pub fn renew(args: RenewArgs, ctx: &Context) -> Result<Outcome> {
    let request = RenewRequest::new(RenewInput {
        until: args.until,
        extend: args.extend,
    })?;
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let resigned = write(ctx, |scope, tenant| {
        renew_license(&session, scope, tenant, &args.key, &request)
    })?;
    print(ctx, &resigned)
}

pub fn convert(ctx: &Context, key: &str, plan: &str) -> Result<Outcome> {
    let session = ctx.session();
    let resigned = write(ctx, |scope, tenant| {
        crate::service::license::contract::convert(&session, scope, tenant, key, plan)
    })?;
    print(ctx, &resigned)
}

pub fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let edit = args.features.edit();
    let listed =
        |values: &[String], none: bool| (none || !values.is_empty()).then(|| values.to_vec());
    let request = UpdateRequest::new(UpdateInput {
        features: edit.set,
        add_features: edit.add,
        remove_features: edit.remove,
        seats: args.seats,
        limits: parse_limits(&args.limits)?,
        remove_limits: args.remove_limits.clone(),
        domains: listed(&args.domains, args.no_domains),
        fingerprints: listed(&args.fingerprints, args.no_fingerprints),
        heartbeat: args.heartbeat.clone(),
        offline_lease: args.offline_lease.clone(),
    })?;
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let resigned = write(ctx, |scope, tenant| {
        update_license(&session, scope, tenant, &args.key, &request)
    })?;
    print(ctx, &resigned)
}

/// Prints the re-signed license (`-q`: its new token).
fn print(ctx: &Context, resigned: &Resigned) -> Result<Outcome> {
    if ctx.printer.quiet() {
        ctx.printer.text(&resigned.token)?;
    } else {
        ctx.printer.record(resigned, &resigned.token)?;
    }
    Ok(Outcome::Success)
}
