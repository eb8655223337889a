//! `keywright machine …`: the customer's machine's side of activation by
//! file (docs/offline.md), from a terminal, so that a vendor can try the
//! offline flow and support a customer without writing code. A folder
//! holds the machine's key pair (made once, `machine.pem`, 0600) and what
//! it asked last (`machine.json`: the license, fingerprint, host name and
//! the nonce of its last request); `keywright verify --machine DIR` checks
//! the machine license that answers. A check-in may report usage of the
//! license's meters (`--usage exports=5`). No database is opened.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};

use crate::app::Context;
use crate::domain::values::{check_hostname, normalize_fingerprint};
use crate::error::{Error, Outcome, Result};
use crate::license_key::LicenseKey;
use crate::private_fs;
use crate::token::{ActivationRequest, Algorithm, DeactivationProof, SigningKey, UsageReport};

#[derive(Debug, Subcommand)]
pub enum MachineCommand {
    /// Write an activation request (also a check-in: a new lease) signed by the machine's key
    #[command(visible_alias = "check-in")]
    Request(RequestArgs),
    /// Write a deactivation proof signed by the machine's key, to free its seat
    Proof(ProofArgs),
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The license key the machine runs
    pub key: String,
    /// The machine's fingerprint [default: the one in the folder]
    #[arg(long, value_name = "FP")]
    pub fingerprint: Option<String>,
    /// The machine's host name
    #[arg(long, value_name = "H")]
    pub hostname: Option<String>,
    /// Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request
    #[arg(long = "usage", value_name = "METER=N", value_parser = usage_report)]
    pub usage: Vec<UsageReport>,
    #[command(flatten)]
    pub folder: FolderArgs,
}

/// A usage report as typed: `METER=AMOUNT`.
fn usage_report(text: &str) -> std::result::Result<UsageReport, String> {
    let bad = || format!("'{text}' is not a usage report; write METER=AMOUNT, e.g. exports=5");
    let (meter, amount) = text.split_once('=').ok_or_else(bad)?;
    let increment = amount.trim().parse::<i64>().map_err(|_| bad())?;
    if meter.trim().is_empty() || increment < 0 {
        return Err(bad());
    }
    Ok(UsageReport {
        meter: meter.trim().to_string(),
        increment,
    })
}

#[derive(Debug, Args)]
pub struct ProofArgs {
    #[command(flatten)]
    pub folder: FolderArgs,
}

#[derive(Debug, Args)]
pub struct FolderArgs {
    /// The machine's folder: its key pair and what it asked last (made if missing)
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Write the file here instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

impl MachineCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            MachineCommand::Request(args) => request(args, ctx),
            MachineCommand::Proof(args) => proof(&args.folder, ctx),
        }
    }
}

/// What a machine asked last, kept in its folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Asked {
    pub license: String,
    pub fingerprint: String,
    #[serde(default)]
    pub hostname: Option<String>,
    /// The nonce of the last request: the machine license must answer it.
    pub nonce: String,
}

/// A machine's folder: its key pair and what it asked last.
pub struct MachineFolder {
    dir: PathBuf,
}

impl MachineFolder {
    pub fn at(dir: &Path) -> MachineFolder {
        MachineFolder {
            dir: dir.to_path_buf(),
        }
    }

    fn key_path(&self) -> PathBuf {
        self.dir.join("machine.pem")
    }

    fn asked_path(&self) -> PathBuf {
        self.dir.join("machine.json")
    }

    /// The machine's key pair, made (0600, in a 0700 folder) the first time.
    pub fn key(&self) -> Result<SigningKey> {
        let path = self.key_path();
        if !path.exists() {
            private_fs::create_dir(&self.dir)?;
            let key = SigningKey::generate(Algorithm::Ed25519)
                .map_err(|e| Error::runtime(e.to_string()))?;
            private_fs::write_new(&path, key.to_private_text().as_bytes())
                .map_err(|e| Error::io("write the machine's key", &path, &e))?;
            return Ok(key);
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::io("read the machine's key", &path, &e))?;
        SigningKey::from_private_text(&text).map_err(|e| {
            Error::usage(format!(
                "{} is not a machine key ({e}); point --dir at the machine's folder",
                path.display()
            ))
        })
    }

    /// What the machine asked last, if it asked.
    pub fn asked(&self) -> Result<Asked> {
        let path = self.asked_path();
        let text = std::fs::read_to_string(&path).map_err(|_| {
            Error::usage(format!(
                "{} has no request yet; make one with `keywright machine request KEY --fingerprint FP --dir {}`",
                self.dir.display(),
                self.dir.display()
            ))
        })?;
        serde_json::from_str(&text).map_err(|e| {
            Error::usage(format!(
                "{} is not a machine's record ({e}); point --dir at the machine's folder",
                path.display()
            ))
        })
    }

    fn remember(&self, asked: &Asked) -> Result<()> {
        let text =
            serde_json::to_string_pretty(asked).map_err(|e| Error::runtime(e.to_string()))?;
        private_fs::replace(&self.asked_path(), text.as_bytes())
    }
}

fn request(args: RequestArgs, ctx: &Context) -> Result<Outcome> {
    let folder = MachineFolder::at(&args.folder.dir);
    let earlier = folder.asked().ok();
    let fingerprint = match (&args.fingerprint, &earlier) {
        (Some(fp), _) => normalize_fingerprint(fp)?,
        (None, Some(asked)) => asked.fingerprint.clone(),
        (None, None) => {
            return Err(Error::usage(
                "the machine has no fingerprint yet; give one with --fingerprint",
            ));
        }
    };
    let hostname = match &args.hostname {
        Some(h) => Some(check_hostname(h)?),
        None => earlier.and_then(|a| a.hostname),
    };
    let license = LicenseKey::parse(&args.key)
        .map_err(|e| Error::usage(format!("'{}' {e}", args.key.trim())))?
        .to_string();
    let key = folder.key()?;
    let made = ActivationRequest::with_usage(
        &license,
        &fingerprint,
        hostname.as_deref(),
        &key,
        ctx.now,
        &args.usage,
    )
    .map_err(|e| Error::runtime(format!("the request could not be signed: {e}")))?;
    folder.remember(&Asked {
        license,
        fingerprint,
        hostname,
        nonce: made.nonce,
    })?;
    write_file(
        &made.token,
        args.folder.out.as_deref(),
        "activation request",
        ctx,
    )
}

fn proof(args: &FolderArgs, ctx: &Context) -> Result<Outcome> {
    let folder = MachineFolder::at(&args.dir);
    let asked = folder.asked()?;
    let made = DeactivationProof::new(&asked.license, &asked.fingerprint, &folder.key()?, ctx.now)
        .map_err(|e| Error::runtime(format!("the proof could not be signed: {e}")))?;
    write_file(&made.token, args.out.as_deref(), "deactivation proof", ctx)
}

/// Prints a request or proof, or writes it to `out` (0600).
fn write_file(token: &str, out: Option<&Path>, what: &str, ctx: &Context) -> Result<Outcome> {
    match out {
        Some(path) => {
            private_fs::replace(path, format!("{token}\n").as_bytes())?;
            ctx.printer.note(&format!(
                "wrote the {what} to {}; give it to the vendor",
                path.display()
            ));
        }
        None => ctx.printer.text(token)?,
    }
    Ok(Outcome::Success)
}
