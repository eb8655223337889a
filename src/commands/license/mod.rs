//! `keywright license …`: issue licenses (key + signed token), list and show
//! them, print their tokens, change their state and contract, and manage
//! their machines. One file per kind of work; the rules are in
//! `service::license`.

mod contract;
pub mod import;
mod issue;
pub mod list;
mod machines;
mod revoke;
mod staged;

use clap::Subcommand;

use super::read;
use crate::app::Context;
use crate::error::{Outcome, Result};
use crate::service::license::license_by_key;
use crate::service::license::machines::machines_of;

#[derive(Debug, Subcommand)]
pub enum LicenseCommand {
    /// Issue licenses: a key and a signed token each
    Issue(issue::IssueArgs),
    /// Issue licenses from CSV, all or nothing; an error names its line
    #[command(after_help = import::COLUMNS_HELP)]
    Import(import::ImportArgs),
    /// List licenses with filters and a summary footer
    List(list::ListArgs),
    /// Show one license
    Show { key: String },
    /// Print a license's signed token
    Token { key: String },
    /// List the machines a license is activated on, and whether each takes a seat
    Machines { key: String },
    /// Extend a license (re-signs; prints the new token)
    Renew(contract::RenewArgs),
    /// Change a license's contract: features, seats, limits, domains, machines (re-signs)
    Update(contract::UpdateArgs),
    /// Sign again with the active key every license a (revoked) key signed
    Reissue(contract::ReissueArgs),
    /// Suspend a license: it stops validating until reinstated
    Suspend { key: String },
    /// Reinstate a suspended license
    Reinstate { key: String },
    /// Revoke licenses for good: name them, or select them with --bulk
    Revoke(revoke::RevokeArgs),
    /// Activate a license on a machine, or answer a machine's request file with a machine license
    Activate(machines::ActivateArgs),
    /// Remove a machine from a license, named or by its deactivation proof file
    Deactivate(machines::DeactivateArgs),
    /// Record that a machine is still running (floating seats' heartbeat), or answer its request file
    CheckIn(machines::ActivateArgs),
    /// Move a license to another plan (a trial to a paid one): same key and machines, re-signed
    Convert {
        key: String,
        /// The plan whose terms and policies it takes
        #[arg(long, value_name = "PL")]
        plan: String,
    },
    /// Show a license's usage meters (used, limit, period), or start one again
    Usage {
        key: String,
        /// Start this meter's current period again from nothing
        #[arg(long, value_name = "METER")]
        reset: Option<String>,
    },
    /// (Re)send a license's email to its customer, or to --to
    Send {
        key: String,
        /// Send it here instead of to the customer's email
        #[arg(long, value_name = "EMAIL")]
        to: Option<String>,
    },
}

impl LicenseCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            LicenseCommand::Issue(args) => issue::run(args, ctx),
            LicenseCommand::Import(args) => import::run(args, ctx),
            LicenseCommand::List(args) => list::run(args, ctx),
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
                let session = ctx.session();
                let machines = read(ctx, |scope, _| {
                    let license = license_by_key(scope, &key, ctx.now)?;
                    machines_of(&session, scope, &license)
                })?;
                ctx.printer.all(&machines, |m| m.fingerprint.clone())?;
                Ok(Outcome::Success)
            }
            LicenseCommand::Renew(args) => contract::renew(args, ctx),
            LicenseCommand::Update(args) => contract::update(args, ctx),
            LicenseCommand::Reissue(args) => contract::reissue(args, ctx),
            LicenseCommand::Suspend { key } => revoke::suspend(&key, ctx),
            LicenseCommand::Reinstate { key } => revoke::reinstate(&key, ctx),
            LicenseCommand::Revoke(args) => revoke::run(args, ctx),
            LicenseCommand::Activate(args) => machines::activate(args, ctx),
            LicenseCommand::Deactivate(args) => machines::deactivate(args, ctx),
            LicenseCommand::CheckIn(args) => machines::check_in(args, ctx),
            LicenseCommand::Send { key, to } => send(ctx, &key, to.as_deref()),
            LicenseCommand::Convert { key, plan } => contract::convert(ctx, &key, &plan),
            LicenseCommand::Usage { key, reset } => usage(ctx, &key, reset.as_deref()),
        }
    }
}

/// Queues the license's email, then sends what is due.
fn send(ctx: &Context, key: &str, to: Option<&str>) -> Result<Outcome> {
    let session = ctx.session();
    let to = super::write(ctx, |scope, _| {
        let license = license_by_key(scope, key, ctx.now)?;
        let to = crate::service::email::send_again(scope, &license, to, session.now)?;
        scope.append_audit(&session.audit(
            crate::domain::audit::AuditAction::LicenseEmailQueued,
            crate::domain::audit::TargetKind::License,
            &license.key,
            serde_json::json!({"to": to}),
        ))?;
        Ok(to)
    })?;
    super::send_due_emails(ctx)?;
    ctx.printer.note(&format!(
        "the license email to {to} is queued; see `keywright email list`"
    ));
    Ok(Outcome::Success)
}

/// A license's meters as they stand, after starting one again if asked.
fn usage(ctx: &Context, key: &str, reset: Option<&str>) -> Result<Outcome> {
    use crate::service::license::usage;
    let session = ctx.session();
    let meters = match reset {
        Some(meter) => super::write(ctx, |scope, tenant| {
            let license = license_by_key(scope, key, ctx.now)?;
            usage::reset(&session, scope, tenant, &license, meter)?;
            usage::meters_of(scope, tenant, &license, ctx.now)
        })?,
        None => read(ctx, |scope, tenant| {
            let license = license_by_key(scope, key, ctx.now)?;
            usage::meters_of(scope, tenant, &license, ctx.now)
        })?,
    };
    ctx.printer.all(&meters, |m| m.meter.clone())?;
    Ok(Outcome::Success)
}
