//! Keys handed to one command, for CI: `--key-file FILE`, then
//! `KEYWRIGHT_SIGNING_KEY` (the key's text), then `KEYWRIGHT_SIGNING_KEY_FILE`.

use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::token::SigningKey;

pub const ENV_KEY: &str = "KEYWRIGHT_SIGNING_KEY";
pub const ENV_KEY_FILE: &str = "KEYWRIGHT_SIGNING_KEY_FILE";

/// A key from the command line or the environment, and where it came from.
pub struct ProvidedKey {
    pub key: SigningKey,
    pub origin: String,
}

/// Reads a private key file: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC).
pub fn read_key_file(path: &Path, origin: &str) -> Result<SigningKey> {
    let text = std::fs::read_to_string(path)
        .map(Zeroizing::new)
        .map_err(|e| Error::io("read the key file", path, &e))?;
    parse(&text, origin)
}

fn parse(text: &str, origin: &str) -> Result<SigningKey> {
    SigningKey::from_private_text(text)
        .map_err(|e| Error::usage(format!("the key from {origin} cannot be used: {e}")))
}

/// The environment variable that gives a signing key, when one is set.
pub fn from_environment_name() -> Option<&'static str> {
    [ENV_KEY, ENV_KEY_FILE]
        .into_iter()
        .find(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
}

/// The first key given by `--key-file` or the environment, if any.
pub fn provided_key(key_file: Option<&Path>) -> Result<Option<ProvidedKey>> {
    if let Some(path) = key_file {
        let origin = format!("--key-file {}", path.display());
        let key = read_key_file(path, &origin)?;
        return Ok(Some(ProvidedKey { key, origin }));
    }
    if let Some(text) = std::env::var_os(ENV_KEY).filter(|v| !v.is_empty()) {
        let text = Zeroizing::new(text.to_string_lossy().into_owned());
        let key = parse(&text, ENV_KEY)?;
        return Ok(Some(ProvidedKey {
            key,
            origin: ENV_KEY.into(),
        }));
    }
    if let Some(path) = std::env::var_os(ENV_KEY_FILE).filter(|v| !v.is_empty()) {
        let origin = format!("{ENV_KEY_FILE} ({})", Path::new(&path).display());
        let key = read_key_file(Path::new(&path), &origin)?;
        return Ok(Some(ProvidedKey { key, origin }));
    }
    Ok(None)
}

/// The places `provided_key` looks, in words, for "no key found" messages.
pub fn places_looked(key_file_given: bool) -> String {
    let flag = if key_file_given {
        "--key-file"
    } else {
        "--key-file (not given)"
    };
    let set = |var: &str| {
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            var.to_string()
        } else {
            format!("{var} (not set)")
        }
    };
    format!("{flag}, {}, {}", set(ENV_KEY), set(ENV_KEY_FILE))
}
