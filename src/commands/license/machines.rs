//! `keywright license activate|deactivate|check-in`: the machines a license
//! runs on, by the rules of `service::license::machines` (seats, floating
//! heartbeat, churn). A refusal exits 3 with its code.

use clap::Args;
use serde::Serialize;

use crate::cli::Context;
use crate::commands::write;
use crate::error::{Error, Outcome, Result};
use crate::service::license::machines::{self as service, MachineRequest};
use crate::service::license::validate::Checked;
use crate::service::verifier::Verifier;
use crate::token::Code;

#[derive(Debug, Args)]
pub struct ActivateArgs {
    pub key: String,
    #[arg(long, value_name = "FP")]
    pub fingerprint: String,
    #[arg(long, value_name = "H")]
    pub hostname: Option<String>,
}

#[derive(Debug, Args)]
pub struct MachineArgs {
    pub key: String,
    #[arg(long, value_name = "FP")]
    pub fingerprint: String,
}

#[derive(Serialize)]
struct MachineChange<'a> {
    key: &'a str,
    fingerprint: &'a str,
    machines: usize,
    seats: Option<i64>,
}

pub fn activate(args: ActivateArgs, ctx: &Context) -> Result<Outcome> {
    let request =
        MachineRequest::new(&args.key, &args.fingerprint, args.hostname.as_deref(), None)?;
    let session = ctx.session();
    let verifier = Verifier::uncached();
    let checked = write(ctx, |scope, tenant| {
        service::activate(&session, scope, tenant, &request, &verifier)
    })?;
    finish(&checked, &request, ctx, |code| !code.is_valid())
}

pub fn deactivate(args: MachineArgs, ctx: &Context) -> Result<Outcome> {
    let request = MachineRequest::new(&args.key, &args.fingerprint, None, None)?;
    let session = ctx.session();
    let checked = write(ctx, |scope, _| {
        service::deactivate(&session, scope, &request)
    })?;
    // A deactivation frees the seat whatever the license's state.
    finish(&checked, &request, ctx, |code| {
        code == Code::TooManyActivations
    })
}

pub fn check_in(args: MachineArgs, ctx: &Context) -> Result<Outcome> {
    let request = MachineRequest::new(&args.key, &args.fingerprint, None, None)?;
    let session = ctx.session();
    let verifier = Verifier::uncached();
    let checked = write(ctx, |scope, tenant| {
        service::check_in(&session, scope, tenant, &request, &verifier)
    })?;
    finish(&checked, &request, ctx, |code| !code.is_valid())
}

/// Prints the change, or turns a refusal into its error: exit 2 for an
/// unknown license, 3 with the code for a license that refuses.
fn finish(
    checked: &Checked,
    request: &MachineRequest,
    ctx: &Context,
    refused: impl Fn(Code) -> bool,
) -> Result<Outcome> {
    let answer = &checked.answer;
    if answer.code == Code::NotFound {
        return Err(Error::usage(format!(
            "{}; see `keywright license list`",
            answer.message
        )));
    }
    if refused(answer.code) {
        return Err(Error::NotValid {
            code: answer.code,
            message: answer.message.clone(),
        });
    }
    let shown = MachineChange {
        key: &answer.key,
        fingerprint: &request.fingerprint,
        machines: answer.machines.unwrap_or(0),
        seats: answer.seats,
    };
    ctx.printer.record(&shown, &request.fingerprint)?;
    Ok(Outcome::Success)
}
