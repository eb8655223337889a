//! `keywright sign --claims FILE`: stateless minting for CI. No database is
//! opened; the key comes from `--key-file` or the environment. Claims are
//! signed as given (`iat` defaults to now, `ver` to 1), so a fixed key and
//! fixed claims give byte-identical tokens.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::app::Context;
use crate::app::input;
use crate::error::{Error, Outcome, Result};
use crate::keystore::{places_looked, provided_key};
use crate::token::{CLAIMS_VERSION, LicenseClaims, sign_license};

/// The claims `sign` accepts; anything else is a typo worth reporting.
const KNOWN_CLAIMS: &[&str] = &[
    "iss",
    "sub",
    "aud",
    "iat",
    "nbf",
    "exp",
    "grace",
    "plan",
    "features",
    "limits",
    "domains",
    "machines",
    "customer",
    "trial",
    "starts",
    "on_expiry",
    "ver",
];

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The claims: a .json or .toml file, or - for JSON or TOML on stdin
    #[arg(long, value_name = "FILE")]
    pub claims: PathBuf,
    /// The private key: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC)
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

#[derive(Serialize)]
struct Signed {
    kid: String,
    token: String,
}

pub fn run(args: SignArgs, ctx: &Context) -> Result<Outcome> {
    let key = provided_key(args.key_file.as_deref())?
        .ok_or_else(|| {
            Error::usage(format!(
                "sign needs a key and opens no key store: looked at {}; pass --key-file FILE or set KEYWRIGHT_SIGNING_KEY",
                places_looked(false)
            ))
        })?
        .key;
    let claims = read_claims(&args.claims, ctx.now)?;
    let token = sign_license(&claims, &key)
        .map_err(|e| Error::usage(format!("the claims cannot be signed: {e}")))?;
    if claims.exp.is_none() {
        ctx.printer.note(
            "note: the claims have no exp, so this token never expires; add exp (Unix seconds) to limit it",
        );
    }
    if ctx.printer.quiet() || ctx.printer.format() == crate::output::Format::Table {
        ctx.printer.text(&token)?;
    } else {
        let signed = Signed {
            kid: key.kid().to_string(),
            token,
        };
        ctx.printer.record(&signed, &signed.token)?;
    }
    Ok(Outcome::Success)
}

fn read_claims(path: &Path, now: i64) -> Result<LicenseClaims> {
    let text = input::read_text(path, 1 << 20)?;
    let name = input::name(path);
    let is_toml = path.extension().is_some_and(|e| e == "toml");
    let value = parse_document(&text, is_toml).ok_or_else(|| {
        Error::usage(format!(
            "the claims in {name} are neither a JSON object nor TOML"
        ))
    })?;
    let Value::Object(mut map) = value else {
        return Err(Error::usage(format!(
            "the claims in {name} must be an object"
        )));
    };
    check_names(&map, &name)?;
    map.entry("iat").or_insert(Value::from(now));
    map.entry("ver").or_insert(Value::from(CLAIMS_VERSION));
    serde_json::from_value(Value::Object(map))
        .map_err(|e| Error::usage(format!("the claims in {name} are not a license: {e}")))
}

fn parse_document(text: &str, toml_first: bool) -> Option<Value> {
    let json = || serde_json::from_str::<Value>(text).ok();
    let toml = || {
        toml::from_str::<toml::Table>(text)
            .ok()
            .and_then(|t| serde_json::to_value(t).ok())
    };
    if toml_first {
        toml().or_else(json)
    } else {
        json().or_else(toml)
    }
}

fn check_names(map: &Map<String, Value>, name: &str) -> Result<()> {
    match map.keys().find(|k| !KNOWN_CLAIMS.contains(&k.as_str())) {
        Some(unknown) => Err(Error::usage(format!(
            "the claims in {name} have an unknown claim \"{unknown}\"; the claims are: {}",
            KNOWN_CLAIMS.join(", ")
        ))),
        None => Ok(()),
    }
}
