//! The database's sealing key (docs/threat-model.md): looked up in the key
//! store under `_db-ID/seal` whenever the database is opened, and made when
//! a database without any seal (new, or from before seals) is opened for
//! the first time, which seals every row it has.

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::store::Store;
use crate::store::sealing::SealKey;
use crate::token::SigningKey;

/// The key id of the sealing key in the key store.
pub const SEAL_KID: &str = "seal";

/// The key-store account ("tenant") that holds a database's sealing key.
pub fn seal_account(database_id: &str) -> String {
    format!("_db-{database_id}")
}

/// Whether (account, kid) in the key store is this database's sealing key.
pub fn is_seal_of(database_id: &str, account: &str, kid: &str) -> bool {
    kid == SEAL_KID && account == seal_account(database_id)
}

/// What became of the sealing key when the database was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealState {
    /// Found in the key store and in use.
    Attached,
    /// Made just now; every row was sealed as it was.
    Adopted,
    /// Rows carry seals but the key store has no key for them.
    Missing,
    /// The key store could not be asked; why.
    Unreachable(String),
}

/// Gives `store` its sealing key from `keys`, making one (and sealing every
/// row) for a database that has no seal yet.
pub fn attach(store: &mut Store, keys: &KeyStore) -> Result<SealState> {
    let account = seal_account(&store.database_id()?);
    match keys.get(&account, SEAL_KID) {
        Ok(Some(secret)) => {
            let bytes = secret.hmac_secret().ok_or_else(|| {
                Error::KeyStore(format!(
                    "{} holds no HMAC secret; it is not keywright's sealing key",
                    keys.describe(&account, SEAL_KID)
                ))
            })?;
            store.use_seal_key(Arc::new(SealKey::new(bytes)))?;
            Ok(SealState::Attached)
        }
        Ok(None) if !store.has_seals()? => {
            adopt(store, keys, &account)?;
            Ok(SealState::Adopted)
        }
        Ok(None) => Ok(SealState::Missing),
        Err(e) => Ok(SealState::Unreachable(e.to_string())),
    }
}

/// Makes a new sealing key and seals every row as it is: for a database
/// without seals, and for `doctor --reseal`. The key is stored before the
/// seals are committed, and removed if they are not.
pub fn adopt(store: &mut Store, keys: &KeyStore, account: &str) -> Result<()> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|e| {
        Error::runtime(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    let secret = SigningKey::from_hmac_secret(SEAL_KID, bytes.as_ref())
        .map_err(|e| Error::runtime(e.to_string()))?;
    keys.put(account, &secret)?;
    let sealed = store
        .use_seal_key(Arc::new(SealKey::new(bytes.as_ref())))
        .and_then(|()| store.seal_everything());
    keys.settle(sealed.is_ok());
    sealed
}

/// Seals every row as it is now, with the key in the key store or, when
/// there is none, a new one: the user's decision to trust the database as
/// it is (`doctor --reseal`).
pub fn reseal(store: &mut Store, keys: &KeyStore) -> Result<()> {
    let account = seal_account(&store.database_id()?);
    match keys.get(&account, SEAL_KID)? {
        Some(_) => {
            attach(store, keys)?;
            store.seal_everything()
        }
        None => adopt(store, keys, &account),
    }
}
