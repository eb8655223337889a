//! The OS keyring through the `keyring` crate: Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows. The store is checked up
//! front, so an unreachable keyring gives one actionable sentence.

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::token::SigningKey;

pub const SERVICE: &str = "keywright";

pub fn account(tenant: &str, kid: &str) -> String {
    format!("{tenant}/{kid}")
}

fn unreachable(reason: &str) -> Error {
    let reason = reason.lines().next().unwrap_or("").trim();
    let reason: String = reason.chars().take(160).collect();
    Error::KeyStore(format!(
        "the OS keyring cannot be used ({reason}); start and unlock a Secret Service such as gnome-keyring, or keep keys in files with `keywright init --key-store file`"
    ))
}

fn describe(err: &keyring::Error) -> String {
    match err {
        keyring::Error::NoDefaultStore => match keyring::Entry::store_status() {
            Err(status) => status.to_string(),
            Ok(()) => "no default store".into(),
        },
        keyring::Error::BadEncoding(_) | keyring::Error::BadDataFormat(..) => {
            "an entry is not text".into()
        }
        other => other.to_string(),
    }
}

fn entry(tenant: &str, kid: &str) -> Result<keyring::Entry> {
    if let Err(status) = keyring::Entry::store_status() {
        return Err(unreachable(&status.to_string()));
    }
    keyring::Entry::new(SERVICE, &account(tenant, kid)).map_err(|e| unreachable(&describe(&e)))
}

pub fn put(tenant: &str, key: &SigningKey) -> Result<()> {
    let entry = entry(tenant, key.kid())?;
    match entry.get_password() {
        Ok(_) => {
            return Err(Error::KeyStore(format!(
                "the OS keyring already holds a secret for {}; keywright does not overwrite it",
                account(tenant, key.kid())
            )));
        }
        Err(keyring::Error::NoEntry) => {}
        Err(e) => return Err(unreachable(&describe(&e))),
    }
    entry
        .set_password(&key.to_private_text())
        .map_err(|e| unreachable(&describe(&e)))
}

pub fn get(tenant: &str, kid: &str) -> Result<Option<SigningKey>> {
    match entry(tenant, kid)?.get_password() {
        Ok(text) => {
            let text = Zeroizing::new(text);
            SigningKey::from_private_text(&text).map(Some).map_err(|e| {
                Error::KeyStore(format!(
                    "the OS keyring entry {} is not a keywright key: {e}",
                    account(tenant, kid)
                ))
            })
        }
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unreachable(&describe(&e))),
    }
}

pub fn remove(tenant: &str, kid: &str) {
    if let Ok(entry) = entry(tenant, kid) {
        let _ = entry.delete_credential();
    }
}
