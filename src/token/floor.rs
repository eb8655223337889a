//! A floor under the clock (docs/offline.md): the newest signed time (`iat` of a
//! license, a revocation list, a signed reply) an application has accepted,
//! kept in a file it names. Checking with [`Expectations::floor`] refuses a
//! "now" earlier than the floor as `CLOCK_ROLLBACK`, so winding the system
//! clock back does not revive an expired license.
//!
//! Limits, as for any client-side floor: someone who deletes or edits the
//! file resets it; the floor only rises with signed times the application
//! sees, so a clock set back to a moment after the newest of those is not
//! caught. Fetching a revocation list or a signed reply now and then keeps
//! the floor recent.
//!
//! [`Expectations::floor`]: super::Expectations::floor

use std::io;
use std::path::{Path, PathBuf};

/// The floor, read from its file (missing: 0, no floor yet).
#[derive(Debug, Clone)]
pub struct ClockFloor {
    path: PathBuf,
    value: i64,
}

impl ClockFloor {
    /// Reads the floor kept in `path`; a missing file is a floor of 0.
    pub fn open(path: impl AsRef<Path>) -> io::Result<ClockFloor> {
        let path = path.as_ref().to_path_buf();
        let value = match std::fs::read_to_string(&path) {
            Ok(text) => text.trim().parse().map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{} does not hold a clock floor (a number of seconds)",
                        path.display()
                    ),
                )
            })?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => 0,
            Err(e) => return Err(e),
        };
        Ok(ClockFloor { path, value })
    }

    /// The file the floor is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The newest signed time accepted so far (Unix seconds).
    pub fn value(&self) -> i64 {
        self.value
    }

    /// Raises the floor to `signed_time` if it is newer, and saves it
    /// (written beside the file and renamed over it, so a crash leaves the
    /// old floor or the new one).
    pub fn raise(&mut self, signed_time: i64) -> io::Result<()> {
        if signed_time <= self.value {
            return Ok(());
        }
        let mut tmp = self.path.as_os_str().to_owned();
        tmp.push(".tmp");
        std::fs::write(&tmp, format!("{signed_time}\n"))?;
        std::fs::rename(&tmp, &self.path)?;
        self.value = signed_time;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_only_rises_and_survives_a_reopen() {
        let dir = std::env::temp_dir().join(format!("kw-floor-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("floor");
        let mut floor = ClockFloor::open(&path).unwrap();
        assert_eq!(floor.value(), 0);
        floor.raise(100).unwrap();
        floor.raise(50).unwrap();
        assert_eq!(ClockFloor::open(&path).unwrap().value(), 100);
        std::fs::write(&path, "not a number").unwrap();
        assert!(ClockFloor::open(&path).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
