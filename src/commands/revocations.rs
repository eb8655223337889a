//! `keywright revocations export`: the signed revocation list (docs/tokens.md) —
//! the tenant's revoked license keys, sorted, with a `seq` that grows with
//! every export, so applications honour revocations offline and can refuse
//! a list older than one they have seen.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{KeyFileArg, write};
use crate::app::Context;
use crate::domain::time::{Period, UnixTime};
use crate::error::{Outcome, Result};
use crate::private_fs;
use crate::service::revocations::make_list;

#[derive(Debug, Subcommand)]
pub enum RevocationsCommand {
    /// Write the signed list of revoked license keys
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write the list to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Let the list expire after this period (`exp`), e.g. 7d; absent: no expiry
    #[arg(long, value_name = "PERIOD")]
    pub valid_for: Option<String>,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

#[derive(Serialize)]
struct Exported {
    seq: u64,
    revoked: usize,
    expires: Option<UnixTime>,
    out: String,
}

impl RevocationsCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            RevocationsCommand::Export(args) => export(args, ctx),
        }
    }
}

fn export(args: ExportArgs, ctx: &Context) -> Result<Outcome> {
    let exp = args
        .valid_for
        .as_deref()
        .map(|text| Period::parse_fixed(text, "--valid-for").map(|seconds| ctx.now + seconds))
        .transpose()?;
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let (token, claims, staged) = write(ctx, |scope, tenant| {
        let out = args.out.as_ref().map(|p| p.display().to_string());
        let (token, claims) = make_list(&session, scope, tenant, exp, out.as_deref())?;
        let staged = args
            .out
            .as_deref()
            .map(|path| private_fs::stage(path, format!("{token}\n").as_bytes()))
            .transpose()?;
        Ok((token, claims, staged))
    })?;
    if let Some(staged) = staged {
        staged.commit()?;
    }
    match &args.out {
        None => ctx.printer.text(&token)?,
        Some(path) => {
            let shown = Exported {
                seq: claims.seq,
                revoked: claims.revoked.len(),
                expires: claims.exp.map(UnixTime),
                out: path.display().to_string(),
            };
            ctx.printer.record(&shown, &shown.out)?;
        }
    }
    Ok(Outcome::Success)
}
