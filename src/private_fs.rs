//! Files and directories only their owner can read: the database (0600),
//! key files (0600), the config file, and the directories that hold them
//! (0700). Secrets are written with `create_new`, so nothing is overwritten.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

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
    stage(path, bytes)?.commit()
}

/// A file written beside its destination, put in place by `commit`, and
/// removed if dropped first: a command writes it inside its database
/// transaction and commits it after, so a failure leaves neither behind.
pub struct Staged {
    tmp: PathBuf,
    path: PathBuf,
    committed: bool,
}

/// Writes `bytes` to a 0600 temporary file next to `path`.
pub fn stage(path: &Path, bytes: &[u8]) -> Result<Staged> {
    let (staged, mut file) = stage_file(path)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io("write", &staged.tmp, &e))?;
    Ok(staged)
}

/// Opens a new 0600 temporary file next to `path` for the caller to fill.
pub fn stage_file(path: &Path) -> Result<(Staged, std::fs::File)> {
    create_parent(path)?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let _ = std::fs::remove_file(&tmp);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(&tmp)
        .map_err(|e| Error::io("create", &tmp, &e))?;
    let staged = Staged {
        tmp,
        path: path.to_path_buf(),
        committed: false,
    };
    Ok((staged, file))
}

impl Staged {
    /// Moves the file into place.
    pub fn commit(mut self) -> Result<()> {
        std::fs::rename(&self.tmp, &self.path).map_err(|e| Error::io("write", &self.path, &e))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}
