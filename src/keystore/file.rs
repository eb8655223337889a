//! The file key store: one file per key, mode 0600, in 0700 directories
//! `DATA_DIR/keys/TENANT/KID.key`, holding PKCS#8 PEM or an "oct" JWK.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::private_fs;
use crate::token::SigningKey;

/// Key ids become file names: keep them to base64url characters.
fn safe(part: &str) -> bool {
    !part.is_empty()
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub fn path(dir: &Path, tenant: &str, kid: &str) -> PathBuf {
    dir.join(tenant).join(format!("{kid}.key"))
}

pub fn put(dir: &Path, tenant: &str, key: &SigningKey) -> Result<()> {
    if !safe(tenant) || !safe(key.kid()) {
        return Err(Error::KeyStore(format!(
            "the key id '{}' cannot name a file; use the OS keyring for this key",
            key.kid()
        )));
    }
    let path = path(dir, tenant, key.kid());
    private_fs::create_parent(&path)?;
    private_fs::write_new(&path, key.to_private_text().as_bytes()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::KeyStore(format!(
                "the key file {} already exists; keywright does not overwrite it",
                path.display()
            ))
        } else {
            Error::io("write the key file", &path, &e)
        }
    })
}

pub fn get(dir: &Path, tenant: &str, kid: &str) -> Result<Option<SigningKey>> {
    if !safe(tenant) || !safe(kid) {
        return Ok(None);
    }
    let path = path(dir, tenant, kid);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => Zeroizing::new(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io("read the key file", &path, &e)),
    };
    SigningKey::from_private_text(&text).map(Some).map_err(|e| {
        Error::KeyStore(format!(
            "the key file {} is not a keywright key: {e}",
            path.display()
        ))
    })
}

pub fn remove(dir: &Path, tenant: &str, kid: &str) {
    if safe(tenant) && safe(kid) {
        let _ = std::fs::remove_file(path(dir, tenant, kid));
    }
}
