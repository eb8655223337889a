//! Where signing secrets live (README, "The key store"): the OS keyring (service
//! `keywright`, account `TENANT/KID`) or, on machines without one, 0600 files
//! in a 0700 directory under the data directory; the config's `key_store`
//! chooses, and keywright never falls back from one to the other. For CI, a
//! key given by `--key-file`, `KEYWRIGHT_SIGNING_KEY` or
//! `KEYWRIGHT_SIGNING_KEY_FILE` is looked at first. Never the database.

mod file;
mod os_keyring;
mod pending;
mod provided;

pub use pending::PendingSecrets;

pub use provided::{
    ProvidedKey, from_environment_name, places_looked, provided_key, read_key_file,
};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Deserialize;

use crate::error::Result;
use crate::token::{SigningKey, VerifyingKey};

/// The configured home of secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum KeyStoreKind {
    #[default]
    Keyring,
    File,
}

impl KeyStoreKind {
    pub fn name(self) -> &'static str {
        match self {
            KeyStoreKind::Keyring => "keyring",
            KeyStoreKind::File => "file",
        }
    }
}

/// The configured key store.
pub struct KeyStore {
    kind: KeyStoreKind,
    dir: PathBuf,
    /// Secrets already read, by `TENANT/KID`: a long-running service asks the
    /// OS keyring once per key, not once per request.
    cache: Option<Mutex<HashMap<String, SigningKey>>>,
    /// Ed25519 public keys already decoded, by their bytes.
    public: Option<Mutex<HashMap<[u8; 32], VerifyingKey>>>,
    /// Where a secret stored for an uncommitted transaction is noted.
    pending: Option<PendingSecrets>,
    /// The secrets this process stored whose transaction has not settled.
    stored: Mutex<Vec<(String, String)>>,
}

impl KeyStore {
    /// A key store of `kind`; the file store keeps keys in `key_dir`.
    pub fn new(kind: KeyStoreKind, key_dir: &Path) -> KeyStore {
        KeyStore {
            kind,
            dir: key_dir.to_path_buf(),
            cache: None,
            public: None,
            pending: None,
            stored: Mutex::new(Vec::new()),
        }
    }

    /// The same store, noting each secret it stores until the transaction
    /// that stored it settles (see [`PendingSecrets`]).
    pub fn noting_pending(self, db_path: &Path) -> KeyStore {
        KeyStore {
            pending: Some(PendingSecrets::beside(db_path)),
            ..self
        }
    }

    /// The same store, keeping in memory the secrets it has read and the
    /// public keys it has decoded.
    pub fn cached(self) -> KeyStore {
        KeyStore {
            cache: Some(Mutex::new(HashMap::new())),
            public: Some(Mutex::new(HashMap::new())),
            ..self
        }
    }

    /// An Ed25519 public key from its 32 bytes, decoded once when cached.
    pub fn public_key(&self, bytes: &[u8]) -> Option<VerifyingKey> {
        let decode = || VerifyingKey::from_ed25519_bytes(bytes).ok();
        let (Some(cache), Ok(raw)) = (&self.public, <[u8; 32]>::try_from(bytes)) else {
            return decode();
        };
        let mut cache = cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(key) = cache.get(&raw) {
            return Some(key.clone());
        }
        let key = decode()?;
        cache.insert(raw, key.clone());
        Some(key)
    }

    pub fn kind(&self) -> KeyStoreKind {
        self.kind
    }

    /// Where this store keeps every secret, for people.
    pub fn place(&self) -> String {
        match self.kind {
            KeyStoreKind::Keyring => {
                format!("the OS keyring (service {})", os_keyring::SERVICE)
            }
            KeyStoreKind::File => format!("key files under {}", self.dir.display()),
        }
    }

    /// Where a tenant's key lives, in words, for messages.
    pub fn describe(&self, tenant: &str, kid: &str) -> String {
        match self.kind {
            KeyStoreKind::Keyring => format!(
                "the OS keyring (service {}, account {})",
                os_keyring::SERVICE,
                os_keyring::account(tenant, kid)
            ),
            KeyStoreKind::File => format!(
                "the key file {}",
                file::path(&self.dir, tenant, kid).display()
            ),
        }
    }

    /// Stores a new secret; an existing entry for the same key is an error.
    pub fn put(&self, tenant: &str, key: &SigningKey) -> Result<()> {
        check_account(tenant, key.kid())?;
        if let Some(pending) = &self.pending {
            pending.note(tenant, key.kid())?;
        }
        lock(&self.stored).push((tenant.to_string(), key.kid().to_string()));
        match self.kind {
            KeyStoreKind::Keyring => os_keyring::put(tenant, key),
            KeyStoreKind::File => file::put(&self.dir, tenant, key),
        }
    }

    /// The secret of a key, or `None` when the store has no entry for it
    /// (nor could have: a name outside the alphabet of accounts).
    pub fn get(&self, tenant: &str, kid: &str) -> Result<Option<SigningKey>> {
        if check_account(tenant, kid).is_err() {
            return Ok(None);
        }
        let Some(cache) = &self.cache else {
            return self.read(tenant, kid);
        };
        let account = format!("{tenant}/{kid}");
        if let Some(key) = lock(cache).get(&account) {
            return Ok(Some(key.clone()));
        }
        let found = self.read(tenant, kid)?;
        if let Some(key) = &found {
            lock(cache).insert(account, key.clone());
        }
        Ok(found)
    }

    fn read(&self, tenant: &str, kid: &str) -> Result<Option<SigningKey>> {
        match self.kind {
            KeyStoreKind::Keyring => os_keyring::get(tenant, kid),
            KeyStoreKind::File => file::get(&self.dir, tenant, kid),
        }
    }

    /// Removes a secret written by a command that then failed.
    pub fn remove(&self, tenant: &str, kid: &str) {
        if check_account(tenant, kid).is_err() {
            return;
        }
        if let Some(cache) = &self.cache {
            lock(cache).remove(&format!("{tenant}/{kid}"));
        }
        match self.kind {
            KeyStoreKind::Keyring => os_keyring::remove(tenant, kid),
            KeyStoreKind::File => file::remove(&self.dir, tenant, kid),
        }
    }
}

/// The bytes a credential is padded to: an HMAC secret's least length.
const CREDENTIAL_BYTES: usize = crate::token::MIN_HMAC_SECRET;

impl KeyStore {
    /// Stores a credential of a tenant (an SMTP password, a Stripe API key)
    /// under `name`, as its secrets are kept: an HMAC "key" whose secret is
    /// the credential's text, NUL-padded to 32 bytes when shorter.
    pub fn put_credential(&self, tenant: &str, name: &str, text: &str) -> Result<()> {
        if text.is_empty() || text.contains('\0') {
            return Err(crate::error::Error::usage(
                "a credential cannot be empty nor hold a NUL character",
            ));
        }
        let mut bytes = zeroize::Zeroizing::new(text.as_bytes().to_vec());
        if bytes.len() < CREDENTIAL_BYTES {
            bytes.resize(CREDENTIAL_BYTES, 0);
        }
        let key = SigningKey::from_hmac_secret(name, &bytes)
            .map_err(|e| crate::error::Error::runtime(e.to_string()))?;
        self.put(tenant, &key)
    }

    /// A credential stored with [`KeyStore::put_credential`].
    pub fn get_credential(
        &self,
        tenant: &str,
        name: &str,
    ) -> Result<Option<zeroize::Zeroizing<String>>> {
        let Some(key) = self.get(tenant, name)? else {
            return Ok(None);
        };
        let bytes = key.hmac_secret().unwrap_or_default();
        let end = bytes.iter().position(|b| *b == 0).unwrap_or(bytes.len());
        Ok(Some(zeroize::Zeroizing::new(
            String::from_utf8_lossy(&bytes[..end]).into_owned(),
        )))
    }
}

impl KeyStore {
    /// The transaction that stored secrets has ended: if it `committed`
    /// they stay, if not they are removed, so that no orphan is left.
    pub fn settle(&self, committed: bool) {
        let stored = std::mem::take(&mut *lock(&self.stored));
        for (tenant, kid) in stored {
            if !committed {
                self.remove(&tenant, &kid);
            }
            self.forget_marker(&tenant, &kid);
        }
    }

    /// Removes the marker of (tenant, kid), its secret kept or removed.
    pub fn forget_marker(&self, tenant: &str, kid: &str) {
        if let Some(pending) = &self.pending {
            pending.settle(tenant, kid);
        }
    }

    /// Secrets stored by transactions that never settled: each is an
    /// orphan unless its row exists.
    pub fn unsettled(&self) -> Vec<(String, String)> {
        self.pending
            .as_ref()
            .map(PendingSecrets::unsettled)
            .unwrap_or_default()
    }

    /// What makes the file store's folders or a tenant's key files unsafe
    /// (links, loose modes); nothing for the OS keyring.
    pub fn unsafe_places(&self, tenant: &str) -> Vec<String> {
        match self.kind {
            KeyStoreKind::Keyring => Vec::new(),
            KeyStoreKind::File => file::problems(&self.dir, tenant),
        }
    }

    /// The key ids the file store holds for a tenant; `None` for the OS
    /// keyring, which cannot be listed.
    pub fn stored_kids(&self, tenant: &str) -> Option<Vec<String>> {
        match self.kind {
            KeyStoreKind::Keyring => None,
            KeyStoreKind::File => Some(file::kids(&self.dir, tenant)),
        }
    }
}

/// Whether (tenant, kid) can name a key-store account: both non-empty, at
/// most 128 characters of letters, digits, `-` and `_` (a slug, a key id,
/// `_db-ID`). The names come from the database, so nothing else is ever
/// joined into a file path or an account: a slug edited to `../..` names
/// no file outside the key store's folders.
pub fn check_account(tenant: &str, kid: &str) -> Result<()> {
    let fits = |part: &str| {
        (1..=128).contains(&part.len())
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if fits(tenant) && fits(kid) {
        return Ok(());
    }
    Err(crate::error::Error::KeyStore(format!(
        "'{}/{}' cannot name a key in the key store (only letters, digits, '-' and '_'): the database holds a name keywright never writes; run `keywright doctor`",
        crate::error::shown(tenant),
        crate::error::shown(kid)
    )))
}

/// The cache's lock; a panic elsewhere cannot leave a map half-written, so a
/// poisoned lock is taken as it is.
fn lock<T>(cache: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
