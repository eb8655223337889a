//! Files and directories only their owner can read: the database (0600),
//! key files (0600), the config file, and the directories that hold them
//! (0700). Secrets are written with `create_new`, so nothing is overwritten.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Creates a directory and its parents; the ones it creates are 0700.
pub fn create_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| Error::io("create the directory", dir, &e))
}

/// Creates the parent directory of `path` if it is missing.
pub fn create_parent(path: &Path) -> Result<()> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => create_dir(dir),
        None => Ok(()),
    }
}

/// Writes a new 0600 file; fails with `AlreadyExists` rather than replace one.
pub fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Replaces a file's content atomically (a 0600 temporary file, then rename).
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    write_new(&tmp, bytes).map_err(|e| Error::io("write", &tmp, &e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io("write", path, &e))
}
