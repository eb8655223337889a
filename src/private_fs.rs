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
    let mut file = create_new_private(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Creates a new 0600 file, open to read and write; fails with
/// `AlreadyExists` rather than open one that is there.
fn create_new_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Makes the names in `dir` durable (created or removed files); a platform
/// that cannot open a directory skips it.
pub fn sync_dir(dir: &Path) {
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Replaces a file's content atomically (a 0600 temporary file, then rename).
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    stage(path, bytes)?.commit()
}

/// A file written for its destination and put in place by `commit`: a
/// command writes it inside its database transaction and commits it after,
/// so a failure leaves nothing behind. On Linux the file has no name until
/// it is committed (`O_TMPFILE`), so even a kill leaves nothing (but for
/// the instant of replacing an existing file: `Staged::link_in_place`);
/// elsewhere it is `DEST.tmp`, removed if dropped and replaced by the next
/// staging.
pub struct Staged {
    file: std::fs::File,
    tmp: Option<PathBuf>,
    path: PathBuf,
    committed: bool,
}

/// Writes `bytes` to a new staged file for `path`.
pub fn stage(path: &Path, bytes: &[u8]) -> Result<Staged> {
    let (staged, mut file) = stage_file(path)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io("write", path, &e))?;
    Ok(staged)
}

/// Refuses a folder where a file is to be written, and makes the file's
/// parent folders.
fn prepare_target(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::usage(format!(
            "{} is a folder; give the path of a file to write",
            path.display()
        )));
    }
    create_parent(path)
}

/// Opens a new 0600 staged file for `path` for the caller to fill.
pub fn stage_file(path: &Path) -> Result<(Staged, std::fs::File)> {
    prepare_target(path)?;
    let (file, tmp) = match unnamed_in(path.parent().filter(|d| !d.as_os_str().is_empty())) {
        Some(file) => (file, None),
        None => named_beside(path)?,
    };
    let writer = file
        .try_clone()
        .map_err(|e| Error::io("create", path, &e))?;
    let staged = Staged {
        file,
        tmp,
        path: path.to_path_buf(),
        committed: false,
    };
    Ok((staged, writer))
}

/// A new, empty 0600 staged file for `path` with a name of its own
/// (`PATH.tmp`), for a writer that opens files by name; returns the stage
/// and that name.
pub fn stage_named(path: &Path) -> Result<(Staged, PathBuf)> {
    prepare_target(path)?;
    let (file, tmp) = named_beside(path)?;
    let name = tmp.clone().unwrap_or_default();
    let staged = Staged {
        file,
        tmp,
        path: path.to_path_buf(),
        committed: false,
    };
    Ok((staged, name))
}

/// A new 0600 file in the temporary folder for work in progress, read and
/// written; it has no name (or loses it at once), so it disappears when
/// closed, even after a kill.
pub fn scratch_file() -> std::io::Result<std::fs::File> {
    let dir = std::env::temp_dir();
    if let Some(file) = unnamed_in(Some(&dir)) {
        return Ok(file);
    }
    let path = dir.join(format!("keywright-{}.scratch", std::process::id()));
    let file = create_new_private(&path)?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

/// An unnamed 0600 file in `dir`, where the system and file system allow.
#[cfg(target_os = "linux")]
fn unnamed_in(dir: Option<&Path>) -> Option<std::fs::File> {
    use rustix::fs::{CWD, Mode, OFlags, openat};
    let dir = dir.unwrap_or(Path::new("."));
    let flags = OFlags::TMPFILE | OFlags::RDWR | OFlags::CLOEXEC;
    openat(CWD, dir, flags, Mode::from_raw_mode(0o600))
        .ok()
        .map(std::fs::File::from)
}

#[cfg(not(target_os = "linux"))]
fn unnamed_in(_dir: Option<&Path>) -> Option<std::fs::File> {
    None
}

/// `DEST.tmp`, 0600, replacing one a killed command left.
fn named_beside(path: &Path) -> Result<(std::fs::File, Option<PathBuf>)> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let _ = std::fs::remove_file(&tmp);
    let file = create_new_private(&tmp).map_err(|e| Error::io("create", &tmp, &e))?;
    Ok((file, Some(tmp)))
}

impl Staged {
    /// Puts the file in place, replacing what was there.
    pub fn commit(mut self) -> Result<()> {
        self.file
            .sync_all()
            .map_err(|e| Error::io("write", &self.path, &e))?;
        match &self.tmp {
            Some(tmp) => std::fs::rename(tmp, &self.path),
            None => self.link_in_place(),
        }
        .map_err(|e| Error::io("write", &self.path, &e))?;
        self.committed = true;
        Ok(())
    }

    /// Gives the unnamed file its name: linked straight into place when the
    /// destination is new (a kill leaves nothing), else a link beside the
    /// destination, then a rename over it (a link cannot replace an
    /// existing file; a kill between the two leaves `DEST.PID.new`).
    #[cfg(target_os = "linux")]
    fn link_in_place(&self) -> std::io::Result<()> {
        use std::os::fd::AsRawFd;
        let source = format!("/proc/self/fd/{}", self.file.as_raw_fd());
        let link = |to: &Path| {
            rustix::fs::linkat(
                rustix::fs::CWD,
                source.as_str(),
                rustix::fs::CWD,
                to,
                rustix::fs::AtFlags::SYMLINK_FOLLOW,
            )
        };
        match link(&self.path) {
            Err(rustix::io::Errno::EXIST) => {}
            linked => return Ok(linked?),
        }
        let mut beside = self.path.as_os_str().to_owned();
        beside.push(format!(".{}.new", std::process::id()));
        let beside = PathBuf::from(beside);
        let _ = std::fs::remove_file(&beside);
        link(&beside)?;
        std::fs::rename(&beside, &self.path).inspect_err(|_| {
            let _ = std::fs::remove_file(&beside);
        })
    }

    #[cfg(not(target_os = "linux"))]
    fn link_in_place(&self) -> std::io::Result<()> {
        Err(std::io::Error::other(
            "unnamed files are not supported here",
        ))
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let (false, Some(tmp)) = (self.committed, &self.tmp) {
            let _ = std::fs::remove_file(tmp);
        }
    }
}
