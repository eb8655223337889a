//! The file key store: one file per key, mode 0600, in 0700 directories
//! `DATA_DIR/keys/TENANT/KID.key`, holding PKCS#8 PEM or an "oct" JWK. As
//! ssh does with its keys, it refuses a key folder that is a symbolic link
//! or that others may write, and a key file that is a link or that others
//! may read.

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
    check_folders(dir, tenant)?;
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
    if !path.exists() && std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    check_folders(dir, tenant)?;
    check_private(&path, false)?;
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

/// The key ids with a key file in the tenant's folder.
pub fn kids(dir: &Path, tenant: &str) -> Vec<String> {
    if !safe(tenant) {
        return Vec::new();
    }
    let Ok(entries) = std::fs::read_dir(dir.join(tenant)) else {
        return Vec::new();
    };
    let mut kids: Vec<String> = entries
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let kid = name.strip_suffix(".key")?;
            safe(kid).then(|| kid.to_string())
        })
        .collect();
    kids.sort();
    kids
}

/// The key folder and the tenant's folder must be private real folders.
fn check_folders(dir: &Path, tenant: &str) -> Result<()> {
    check_private(dir, true)?;
    check_private(&dir.join(tenant), true)
}

/// Why a key folder (`folder`) or key file is unsafe to trust, if it is:
/// a symbolic link, not the kind expected, writable by others (a folder)
/// or readable by others (a key file).
pub fn unsafe_because(path: &Path, folder: bool) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.file_type().is_symlink() {
        return Some("is a symbolic link".into());
    }
    if folder != meta.is_dir() {
        return Some(
            if folder {
                "is not a folder"
            } else {
                "is not a file"
            }
            .into(),
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        let (forbidden, what) = if folder {
            (0o022, "others may write to it")
        } else {
            (0o077, "others may read it")
        };
        if mode & forbidden != 0 {
            return Some(format!("has mode {mode:04o}: {what}"));
        }
    }
    None
}

fn check_private(path: &Path, folder: bool) -> Result<()> {
    let Some(why) = unsafe_because(path, folder) else {
        return Ok(());
    };
    let (what, mode) = if folder {
        ("folder", "0700")
    } else {
        ("file", "0600")
    };
    Err(Error::KeyStore(format!(
        "the key {what} {} {why}, so keywright does not trust it; make it a real {what} (not a link) with mode {mode}",
        path.display()
    )))
}

/// What is unsafe about the key folders and the tenant's key files, for
/// `doctor`.
pub fn problems(dir: &Path, tenant: &str) -> Vec<String> {
    let folder = dir.join(tenant);
    let mut places = vec![(dir.to_path_buf(), true), (folder.clone(), true)];
    places.extend(
        kids(dir, tenant)
            .into_iter()
            .map(|kid| (path(dir, tenant, &kid), false)),
    );
    places
        .into_iter()
        .filter_map(|(place, is_folder)| {
            unsafe_because(&place, is_folder).map(|why| format!("{} {why}", place.display()))
        })
        .collect()
}
