//! `keywright license activate|deactivate|check-in`: the machines a license
//! runs on, by the rules of `service::license::machines` (seats, floating
//! heartbeat, churn), named on the command line or by a file a machine
//! without a network made (`--request`, `--proof`: docs/offline.md). A
//! refusal exits 3 with its code.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::app::Context;
use crate::app::input;
use crate::commands::write;
use crate::error::{Error, Outcome, Result};
use crate::private_fs;
use crate::service::license::machines::{self as service, MachineRequest};
use crate::service::license::offline::{activate_by_file, deactivate_by_proof};
use crate::service::license::validate::Checked;
use crate::service::verifier::Verifier;
use crate::token::{ActivationRequest, Code, DeactivationProof, Rejected};

#[derive(Debug, Args)]
pub struct ActivateArgs {
    /// The license key (not with --request)
    #[arg(required_unless_present = "request", conflicts_with = "request")]
    pub key: Option<String>,
    #[arg(
        long,
        value_name = "FP",
        required_unless_present = "request",
        conflicts_with = "request"
    )]
    pub fingerprint: Option<String>,
    #[arg(long, value_name = "H", conflicts_with = "request")]
    pub hostname: Option<String>,
    /// An activation request file a machine made (- for stdin): answered with a machine license
    #[arg(long, value_name = "FILE")]
    pub request: Option<PathBuf>,
    /// Write the machine license to this file instead of stdout
    #[arg(long, value_name = "FILE", requires = "request")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DeactivateArgs {
    /// The license key (not with --proof)
    #[arg(required_unless_present = "proof", conflicts_with = "proof")]
    pub key: Option<String>,
    #[arg(
        long,
        value_name = "FP",
        required_unless_present = "proof",
        conflicts_with = "proof"
    )]
    pub fingerprint: Option<String>,
    /// A deactivation proof file the machine made (- for stdin)
    #[arg(long, value_name = "FILE")]
    pub proof: Option<PathBuf>,
}

#[derive(Serialize)]
struct MachineChange<'a> {
    key: &'a str,
    fingerprint: &'a str,
    machines: usize,
    seats: Option<i64>,
}

pub fn activate(args: ActivateArgs, ctx: &Context) -> Result<Outcome> {
    if let Some(path) = &args.request {
        return by_request(path, args.out.as_deref(), ctx);
    }
    let (key, fingerprint) = (
        args.key.unwrap_or_default(),
        args.fingerprint.unwrap_or_default(),
    );
    let request = MachineRequest::new(&key, &fingerprint, args.hostname.as_deref(), None)?;
    let session = ctx.session();
    let verifier = Verifier::uncached();
    let checked = write(ctx, |scope, tenant| {
        service::activate(&session, scope, tenant, &request, &verifier)
    })?;
    finish(&checked, &request.fingerprint, ctx, |code| !code.is_valid())
}

pub fn deactivate(args: DeactivateArgs, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let (checked, fingerprint) = match &args.proof {
        Some(path) => {
            let proof = DeactivationProof::open(&read_file(path)?)
                .map_err(|r| refused_file(path, "deactivation proof", &r))?;
            let fingerprint = proof.claims.fingerprint.clone();
            let checked = write(ctx, |scope, _| deactivate_by_proof(&session, scope, &proof))?;
            (checked, fingerprint)
        }
        None => {
            let key = args.key.unwrap_or_default();
            let fingerprint = args.fingerprint.unwrap_or_default();
            let request = MachineRequest::new(&key, &fingerprint, None, None)?;
            let checked = write(ctx, |scope, _| {
                service::deactivate(&session, scope, &request)
            })?;
            (checked, request.fingerprint)
        }
    };
    // A deactivation frees the seat whatever the license's state.
    finish(&checked, &fingerprint, ctx, |code| {
        code == Code::TooManyActivations
    })
}

pub fn check_in(args: ActivateArgs, ctx: &Context) -> Result<Outcome> {
    if let Some(path) = &args.request {
        return by_request(path, args.out.as_deref(), ctx);
    }
    let (key, fingerprint) = (
        args.key.unwrap_or_default(),
        args.fingerprint.unwrap_or_default(),
    );
    let request = MachineRequest::new(&key, &fingerprint, None, None)?;
    let session = ctx.session();
    let verifier = Verifier::uncached();
    let checked = write(ctx, |scope, tenant| {
        service::check_in(&session, scope, tenant, &request, &verifier)
    })?;
    finish(&checked, &request.fingerprint, ctx, |code| !code.is_valid())
}

/// The error of a refused answer: exit 2 for an unknown license, 3 with
/// the code for a license that refuses (`refused` says which codes do).
fn refusal(checked: &Checked, refused: impl Fn(Code) -> bool) -> Option<Error> {
    let answer = &checked.answer;
    if answer.code == Code::NotFound {
        return Some(Error::usage(format!(
            "{}; see `keywright license list`",
            answer.message
        )));
    }
    refused(answer.code).then(|| Error::NotValid {
        code: answer.code,
        message: answer.message.clone(),
    })
}

/// Prints the change, or returns the refusal's error.
fn finish(
    checked: &Checked,
    fingerprint: &str,
    ctx: &Context,
    refused: impl Fn(Code) -> bool,
) -> Result<Outcome> {
    if let Some(error) = refusal(checked, refused) {
        return Err(error);
    }
    let answer = &checked.answer;
    let shown = MachineChange {
        key: &answer.key,
        fingerprint,
        machines: answer.machines.unwrap_or(0),
        seats: answer.seats,
    };
    ctx.printer.record(&shown, fingerprint)?;
    Ok(Outcome::Success)
}

/// Answers an activation (or check-in) request file with a machine license.
fn by_request(path: &Path, out: Option<&Path>, ctx: &Context) -> Result<Outcome> {
    let request = ActivationRequest::open(&read_file(path)?)
        .map_err(|r| refused_file(path, "activation request", &r))?;
    let session = ctx.session();
    let verifier = Verifier::uncached();
    // A refusal rolls back, so the same request can be answered later.
    let machine_license = write(ctx, |scope, tenant| {
        let answered = activate_by_file(&session, scope, tenant, &request, &verifier)?;
        let refused = refusal(&answered.checked, |code| !code.is_valid());
        match (answered.machine_license, refused) {
            (Some(machine_license), None) => Ok(machine_license),
            (_, refused) => Err(refused.unwrap_or_else(|| Error::runtime("no machine license"))),
        }
    })?;
    match out {
        Some(out) => {
            private_fs::replace(out, format!("{}\n", machine_license.token).as_bytes())?;
            ctx.printer.note(&format!(
                "wrote the machine license of '{}' to {}; give it to the machine",
                machine_license.fingerprint,
                out.display()
            ));
        }
        None if ctx.printer.quiet() => ctx.printer.text(&machine_license.token)?,
        None => ctx
            .printer
            .record(&machine_license, &machine_license.token)?,
    }
    Ok(Outcome::Success)
}

/// The text of a request or proof file, or stdin for `-`.
fn read_file(path: &Path) -> Result<String> {
    Ok(input::read_text(path, 64 * 1024)?.trim().to_string())
}

/// A file that is not a valid request or proof: a usage error naming it.
fn refused_file(path: &Path, what: &str, rejected: &Rejected) -> Error {
    Error::usage(format!(
        "{} is not a valid {what}: {} ({})",
        path.display(),
        rejected.message,
        rejected.code
    ))
}
