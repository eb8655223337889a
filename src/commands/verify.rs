//! `keywright verify TOKEN|-`: check tokens offline. With `--public-key`,
//! `--jwks` or `--secret-env` no database is opened; otherwise the tenant's
//! keys are used. From stdin, one token per line, one result per line.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use zeroize::Zeroizing;

use super::machine::{Asked, MachineFolder};
use super::read;
use crate::app::Context;
use crate::app::input;
use crate::domain::time::{UnixTime, parse_instant};
use crate::error::{Error, Outcome, Result};
use crate::output::{Format, counter};
use crate::service::signing::trusted_keys;
use crate::token::{
    ClockFloor, Code, Confirmation, Expectations, KeySet, LicenseClaims, RevocationClaims,
    UsageClaim, Verification, VerifyingKey, endorsements_in_jwks, verify_license, verify_licenses,
    verify_machine_license, verify_revocations,
};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The token, or - to read tokens from stdin, one per line
    pub token: String,
    /// Trust this public key: PEM, JWK or raw base64url, as `key export` writes it (repeatable)
    #[arg(long, value_name = "FILE")]
    pub public_key: Vec<PathBuf>,
    /// Trust the keys of this JWKS file, and the keys its endorsements add
    #[arg(long, value_name = "FILE")]
    pub jwks: Option<PathBuf>,
    /// Trust the HMAC secret in this environment variable (an "oct" JWK or base64url)
    #[arg(long, value_name = "VAR")]
    pub secret_env: Option<String>,
    /// The token must be for this product
    #[arg(long, value_name = "P")]
    pub product: Option<String>,
    /// The host name asking; checked when the token names domains
    #[arg(long, value_name = "D")]
    pub domain: Option<String>,
    /// The machine asking; checked when the token names machines
    #[arg(long, value_name = "FP")]
    pub fingerprint: Option<String>,
    /// A feature that must be granted (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
    /// A signed revocation list (from `revocations export`) to honour
    #[arg(long, value_name = "FILE")]
    pub revocations: Option<PathBuf>,
    /// Refuse a revocation list numbered below this: the highest `seq` already accepted (CLOCK_ROLLBACK)
    #[arg(long, value_name = "N", requires = "revocations")]
    pub min_seq: Option<u64>,
    /// Check as at this time (RFC 3339, with its offset or Z) instead of now
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// Refuse a time before the newest signed time seen (CLOCK_ROLLBACK), kept in this file
    #[arg(long, value_name = "FILE")]
    pub clock_floor: Option<PathBuf>,
    /// Check a machine license as the machine of this folder does (`keywright machine`):
    /// bound to its key and fingerprint, answering its last request
    #[arg(long, value_name = "DIR", conflicts_with = "fingerprint")]
    pub machine: Option<PathBuf>,
    /// The day the running build was released (YYYY-MM-DD): a token whose on_expiry is maintain stays valid past its expiry for builds released before it
    #[arg(long, value_name = "DATE", value_parser = build_day)]
    pub build_date: Option<String>,
}

/// A build's release day as typed: `YYYY-MM-DD`.
fn build_day(text: &str) -> std::result::Result<String, String> {
    let text = text.trim();
    crate::domain::time::check_date(text)
        .map(|()| text.to_string())
        .map_err(|_| format!("'{text}' is not a day; write it as YYYY-MM-DD, e.g. 2027-03-31"))
}

/// A verification as printed: code and message, then the claims, with
/// their times as instants (RFC 3339 in JSON, the tenant's zone in a
/// table) and the grace as `grace_seconds`, as every other output shows them.
#[derive(Serialize)]
struct Shown<'a> {
    code: Code,
    valid: bool,
    message: &'a str,
    kid: Option<&'a str>,
    #[serde(flatten)]
    claims: Option<ShownClaims<'a>>,
}

/// A token's claims as printed.
#[derive(Serialize)]
struct ShownClaims<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    iat: Option<UnixTime>,
    nbf: Option<UnixTime>,
    exp: Option<UnixTime>,
    grace_seconds: Option<i64>,
    plan: Option<&'a str>,
    features: &'a [String],
    limits: &'a BTreeMap<String, i64>,
    domains: &'a [String],
    machines: &'a [String],
    customer: Option<&'a str>,
    trial: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    starts: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    on_expiry: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cnf: Option<&'a Confirmation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nonce: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    usage: &'a [UsageClaim],
    ver: u32,
}

impl<'a> From<&'a LicenseClaims> for ShownClaims<'a> {
    fn from(c: &'a LicenseClaims) -> Self {
        ShownClaims {
            iss: &c.iss,
            sub: &c.sub,
            aud: &c.aud,
            iat: c.iat.map(UnixTime),
            nbf: c.nbf.map(UnixTime),
            exp: c.exp.map(UnixTime),
            grace_seconds: c.grace,
            plan: c.plan.as_deref(),
            features: &c.features,
            limits: &c.limits,
            domains: &c.domains,
            machines: &c.machines,
            customer: c.customer.as_deref(),
            trial: c.trial,
            starts: c.starts.as_deref(),
            on_expiry: c.on_expiry.as_deref(),
            cnf: c.cnf.as_ref(),
            nonce: c.nonce.as_deref(),
            usage: &c.usage,
            ver: c.ver,
        }
    }
}

impl<'a> From<&'a Verification> for Shown<'a> {
    fn from(v: &'a Verification) -> Self {
        Shown {
            code: v.code,
            valid: v.valid,
            message: &v.message,
            kid: v.kid.as_deref(),
            claims: v.claims.as_ref().map(ShownClaims::from),
        }
    }
}

pub fn run(args: VerifyArgs, ctx: &Context) -> Result<Outcome> {
    let now = match &args.at {
        Some(at) => parse_instant(at, &jiff::tz::TimeZone::UTC)?,
        None => ctx.now,
    };
    let mut floor = args.clock_floor.as_deref().map(open_floor).transpose()?;
    let mut base = Expectations::at(now).min_revocation_seq(args.min_seq.unwrap_or(0));
    if let Some(floor) = &floor {
        base = base.floor(floor.value());
    }
    let (keys, tenant_list) = trusted(&args, ctx)?;
    // With the tenant's own keys, the token must be the tenant's.
    let issuer = tenant_list.as_ref().map(|(_, slug)| slug.clone());
    let tenant_list = tenant_list.and_then(|(list, _)| list);
    let given_list = args
        .revocations
        .as_deref()
        .map(|path| read_revocations(path, &keys, &base))
        .transpose()?;
    let machine = args.machine.as_deref().map(read_machine).transpose()?;
    let fingerprint = args.fingerprint.as_deref().or(machine
        .as_ref()
        .map(|(asked, _)| asked.fingerprint.as_str()));
    let list = given_list.as_ref().or(tenant_list.as_ref());
    let expect = expected(base, &args, issuer.as_deref(), fingerprint, list);
    let mut seen = Seen {
        floor: floor.as_mut(),
        newest: given_list.as_ref().map(|l| l.iat),
    };
    let outcome = if args.token == "-" {
        if machine.is_some() {
            return Err(Error::usage(
                "--machine checks one machine license: give it as the token, not -",
            ));
        }
        verify_lines(&keys, &expect, &mut seen, ctx)?
    } else {
        let result = match &machine {
            Some((asked, key)) => {
                verify_machine_license(&args.token, &keys, key, Some(&asked.nonce), &expect)
            }
            None => verify_license(&args.token, &keys, &expect),
        };
        seen.accept(&result);
        ctx.printer
            .record(&Shown::from(&result), result.code.as_str())?;
        Outcome::from_valid(result.is_valid())
    };
    seen.save()?;
    Ok(outcome)
}

/// What the token must be: the tenant's (with its own keys), for the
/// --product, --domain, machine and --feature asked about, and not on the
/// revocation list.
fn expected<'a>(
    mut expect: Expectations<'a>,
    args: &'a VerifyArgs,
    issuer: Option<&'a str>,
    fingerprint: Option<&'a str>,
    list: Option<&'a RevocationClaims>,
) -> Expectations<'a> {
    if let Some(issuer) = issuer {
        expect = expect.issuer(issuer);
    }
    if let Some(product) = &args.product {
        expect = expect.product(product);
    }
    if let Some(domain) = &args.domain {
        expect = expect.domain(domain);
    }
    if let Some(fingerprint) = fingerprint {
        expect = expect.fingerprint(fingerprint);
    }
    for feature in &args.features {
        expect = expect.feature(feature);
    }
    if let Some(list) = list {
        expect = expect.revocations(list);
    }
    if let Some(day) = &args.build_date {
        expect = expect.build_date(day);
    }
    expect
}

/// What a machine's folder holds for `--machine`: what it asked for and
/// the public half of its key.
fn read_machine(dir: &Path) -> Result<(Asked, VerifyingKey)> {
    let folder = MachineFolder::at(dir);
    Ok((folder.asked()?, folder.key()?.verifying_key()))
}

fn open_floor(path: &Path) -> Result<ClockFloor> {
    ClockFloor::open(path).map_err(|e| Error::io("read the clock floor", path, &e))
}

/// The signed times accepted in this run, to raise the clock floor with.
struct Seen<'f> {
    floor: Option<&'f mut ClockFloor>,
    newest: Option<i64>,
}

impl Seen<'_> {
    fn accept(&mut self, result: &Verification) {
        if let (true, Some(iat)) = (
            result.is_valid(),
            result.claims.as_ref().and_then(|c| c.iat),
        ) {
            self.newest = Some(self.newest.map_or(iat, |n| n.max(iat)));
        }
    }

    fn save(self) -> Result<()> {
        if let (Some(floor), Some(newest)) = (self.floor, self.newest) {
            let path = floor.path().to_path_buf();
            floor
                .raise(newest)
                .map_err(|e| Error::io("write the clock floor", &path, &e))?;
        }
        Ok(())
    }
}

/// How many tokens make a chunk of the pipeline (a short one when stdin
/// has nothing more yet); what is read ahead of the output is a few chunks
/// per core, whatever the length of the input.
const CHUNK: usize = 256;

/// One result per line of stdin, in the order of the lines:
/// `CODE<TAB>KEY<TAB>MESSAGE`, JSON Lines, or CSV. Lines are read on this
/// thread, verified on every core and written on a thread of their own,
/// all at once; what has arrived is sent on whenever stdin has nothing
/// more yet, so a line typed alone is answered at once.
fn verify_lines(
    keys: &KeySet,
    expect: &Expectations<'_>,
    seen: &mut Seen<'_>,
    ctx: &Context,
) -> Result<Outcome> {
    use std::io::Write;
    let format = ctx.printer.format();
    let quiet = ctx.printer.quiet();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    if format == Format::Csv {
        out.write_all(&csv_line(&["code", "valid", "sub", "aud", "message"])?)?;
    }
    let mut all_valid = true;
    // A count only while tokens stream in from a pipe and results go to a
    // file: never between a person's lines and their answers.
    let interactive = std::io::stdin().is_terminal() || std::io::stdout().is_terminal();
    let bar = counter("verifying", quiet || interactive);
    crate::parallel::map_pushed(
        CHUNK,
        read_lines,
        |lines: &[String]| verify_licenses(lines, keys, expect),
        |chunk| {
            bar.inc(chunk.len() as u64);
            for (_, result) in chunk {
                seen.accept(&result);
                all_valid &= result.is_valid();
                write_result(&mut out, &result, format, quiet)?;
            }
            Ok(out.flush()?)
        },
    )?;
    bar.finish_and_clear();
    Ok(Outcome::from_valid(all_valid))
}

/// Feeds the non-empty lines of stdin, sending what has arrived on
/// whenever reading more would wait.
fn read_lines(feed: &mut crate::parallel::Feed<String>) -> Result<()> {
    use std::io::BufRead;
    let stdin_error = |e: std::io::Error| Error::runtime(format!("could not read stdin: {e}"));
    let mut input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock());
    loop {
        let mut line = String::new();
        if input.read_line(&mut line).map_err(stdin_error)? == 0 {
            return Ok(());
        }
        if !line.trim().is_empty() {
            feed.push(line)?;
        }
        if input.buffer().is_empty() {
            feed.flush()?;
        }
    }
}

/// One result, as the format asks.
fn write_result(
    out: &mut impl std::io::Write,
    result: &Verification,
    format: Format,
    quiet: bool,
) -> Result<()> {
    let sub = result.claims.as_ref().map_or("-", |c| c.sub.as_str());
    match format {
        Format::Csv => {
            let aud = result.claims.as_ref().map_or("", |c| c.aud.as_str());
            let valid = result.valid.to_string();
            out.write_all(&csv_line(&[
                result.code.as_str(),
                &valid,
                sub,
                aud,
                &result.message,
            ])?)?;
        }
        Format::Json => {
            serde_json::to_writer(&mut *out, &Shown::from(result)).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        _ if quiet => writeln!(out, "{}", result.code)?,
        _ => writeln!(out, "{}\t{sub}\t{}", result.code, result.message)?,
    }
    Ok(())
}

fn csv_line(fields: &[&str]) -> Result<Vec<u8>> {
    Ok(crate::output::csv_record(fields.iter().copied())?)
}

/// The keys to trust: from the flags, else the tenant's keys in the
/// database, with a list of the tenant's revoked keys (tokens they signed
/// are REVOKED).
/// The keys to verify with: those given, or the tenant's own, with its
/// revoked keys as a list and its slug, which the token must name.
fn trusted(args: &VerifyArgs, ctx: &Context) -> Result<(KeySet, TenantKeys)> {
    let mut keys = KeySet::default();
    for path in &args.public_key {
        keys.push(read_public_key(path)?);
    }
    if let Some(path) = &args.jwks {
        let text = read_text(path)?;
        let set = KeySet::from_jwks(&text)
            .map_err(|e| Error::usage(format!("{} cannot be used: {e}", path.display())))?;
        for key in set.keys() {
            keys.push(key.clone());
        }
        keys.accept_endorsements(&endorsements_in_jwks(&text));
    }
    if let Some(var) = &args.secret_env {
        keys.push(secret_from_env(var)?);
    }
    if !keys.is_empty() {
        return Ok((keys, None));
    }
    read(ctx, |scope, tenant| {
        let keys = trusted_keys(ctx.key_store(), scope)?;
        let revoked_kids = scope.revoked_kids()?;
        let list = (!revoked_kids.is_empty()).then(|| RevocationClaims {
            iss: tenant.slug().to_string(),
            iat: ctx.now,
            seq: 0,
            exp: None,
            revoked: Vec::new(),
            revoked_kids,
        });
        Ok((keys, Some((list, tenant.slug().to_string()))))
    })
}

/// With the tenant's keys: its revoked keys as a list, and its slug.
type TenantKeys = Option<(Option<RevocationClaims>, String)>;

fn read_text(path: &Path) -> Result<String> {
    input::read_text(path, 16 << 20)
}

/// A public key as `key export` writes it: PEM, a JWK, or raw base64url.
fn read_public_key(path: &Path) -> Result<VerifyingKey> {
    let text = read_text(path)?;
    VerifyingKey::from_text(&text).map_err(|e| {
        let hint = if text.contains("\"keys\"") {
            format!("; pass it with --jwks {}", path.display())
        } else {
            String::new()
        };
        Error::usage(format!(
            "{} cannot be used as a public key: {e}{hint}",
            path.display()
        ))
    })
}

/// An HMAC secret from an environment variable: an "oct" JWK or base64url bytes.
fn secret_from_env(var: &str) -> Result<VerifyingKey> {
    let value = std::env::var(var).map(Zeroizing::new).map_err(|_| {
        Error::usage(format!(
            "the environment variable {var} is not set; export the secret in it"
        ))
    })?;
    let value = value.trim();
    let parsed = if value.starts_with('{') {
        VerifyingKey::from_jwk_json(value)
    } else {
        crate::token::decode_base64url(value)
            .map(Zeroizing::new)
            .ok_or_else(|| {
                crate::token::KeyError::from_message("it is neither a JWK nor base64url")
            })
            .and_then(|secret| VerifyingKey::from_hmac_secret(None, &secret))
    };
    parsed.map_err(|e| Error::usage(format!("the secret in {var} cannot be used: {e}")))
}

fn read_revocations(
    path: &Path,
    keys: &KeySet,
    expect: &Expectations<'_>,
) -> Result<RevocationClaims> {
    let text = read_text(path)?;
    verify_revocations(text.trim(), keys, expect).map_err(|rejected| Error::NotValid {
        code: rejected.code,
        message: format!(
            "the revocation list {} is not valid: {}",
            path.display(),
            rejected.message
        ),
    })
}
