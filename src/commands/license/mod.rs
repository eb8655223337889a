//! `keywright license …`: issue licenses (key + signed token), list and show
//! them, print their tokens, and manage their machine activations. One file
//! per kind of work; the helpers here find a license by its typed key.

mod bulk;
mod contract;
mod import;
mod issue;
pub mod list;
mod machines;
mod state;

use clap::Subcommand;

use super::read;
use crate::cli::Context;
use crate::error::{Error, Outcome, Result};
use crate::license_key::LicenseKey;
use crate::store::{License, Scope};
use crate::token::Code;

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
    /// List the machines a license is activated on
    Machines { key: String },
    /// Extend a license (re-signs; prints the new token)
    Renew(contract::RenewArgs),
    /// Change a license's contract: features, seats, limits, domains, machines (re-signs)
    Update(contract::UpdateArgs),
    /// Suspend a license: it stops validating until reinstated
    Suspend { key: String },
    /// Reinstate a suspended license
    Reinstate { key: String },
    /// Revoke licenses for good: name them, or select them with --bulk
    Revoke {
        /// The licenses to revoke
        #[arg(required_unless_present = "bulk", conflicts_with = "bulk")]
        keys: Vec<String>,
        /// Why, e.g. "refunded" or "key leaked"
        #[arg(long, value_name = "R")]
        reason: Option<String>,
        #[command(flatten)]
        bulk: bulk::BulkArgs,
    },
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
            } => machines::activate(&key, &fingerprint, hostname.as_deref(), ctx),
            LicenseCommand::Renew(args) => contract::renew(args, ctx),
            LicenseCommand::Update(args) => contract::update(args, ctx),
            LicenseCommand::Suspend { key } => {
                state::run(state::Change::Suspend, &[key], None, ctx)
            }
            LicenseCommand::Reinstate { key } => {
                state::run(state::Change::Reinstate, &[key], None, ctx)
            }
            LicenseCommand::Revoke { reason, bulk, .. } if bulk.bulk => {
                bulk::revoke(&bulk, reason.as_deref(), ctx)
            }
            LicenseCommand::Revoke { keys, reason, .. } => {
                state::run(state::Change::Revoke, &keys, reason.as_deref(), ctx)
            }
            LicenseCommand::Deactivate { key, fingerprint } => {
                machines::deactivate(&key, &fingerprint, ctx)
            }
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

/// The code for a license whose effective status is not active.
pub(crate) fn inactive_code(status: &str) -> Option<Code> {
    match status {
        "active" | "grace" => None,
        "revoked" => Some(Code::Revoked),
        "suspended" => Some(Code::Suspended),
        _ => Some(Code::Expired),
    }
}
