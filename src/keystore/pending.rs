//! Secrets stored for a transaction that has not committed yet. A command
//! that makes a key stores its secret inside its database transaction; if it
//! is killed before the commit, the secret would stay in the key store with
//! no row. So before storing a secret it leaves a marker `TENANT~KID` in the
//! folder `DB.pending-secrets` beside the database, and removes it once the
//! transaction has ended. A marker found later, whose key has no row, names
//! an orphan: the next command that makes a key removes it, and `doctor`
//! reports it (docs/threat-model.md).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::private_fs;

/// The markers of one database.
#[derive(Debug, Clone)]
pub struct PendingSecrets {
    dir: PathBuf,
}

impl PendingSecrets {
    /// The markers kept beside the database at `db_path`.
    pub fn beside(db_path: &Path) -> PendingSecrets {
        let mut name = db_path.file_name().unwrap_or_default().to_os_string();
        name.push(".pending-secrets");
        PendingSecrets {
            dir: db_path.with_file_name(name),
        }
    }

    /// The marker of (tenant, kid): a file in the markers' folder, and
    /// never anywhere else (the names are checked first).
    fn marker(&self, tenant: &str, kid: &str) -> Result<PathBuf> {
        super::check_account(tenant, kid)?;
        Ok(self.dir.join(format!("{tenant}~{kid}")))
    }

    /// Records, durably, that a secret for (tenant, kid) is about to be stored.
    pub fn note(&self, tenant: &str, kid: &str) -> Result<()> {
        let path = self.marker(tenant, kid)?;
        private_fs::create_dir(&self.dir)?;
        match private_fs::write_new(&path, b"") {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(Error::io("write the marker", &path, &e)),
        }
        private_fs::sync_dir(&self.dir);
        Ok(())
    }

    /// The transaction that stored the secret has ended: forgets the marker.
    pub fn settle(&self, tenant: &str, kid: &str) {
        if let Ok(marker) = self.marker(tenant, kid) {
            let _ = std::fs::remove_file(marker);
        }
        // Only an empty folder is removed; another marker keeps it.
        let _ = std::fs::remove_dir(&self.dir);
    }

    /// Every (tenant, kid) whose transaction did not settle.
    pub fn unsettled(&self) -> Vec<(String, String)> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<(String, String)> = entries
            .filter_map(|entry| {
                let name = entry.ok()?.file_name().into_string().ok()?;
                let (tenant, kid) = name.split_once('~')?;
                super::check_account(tenant, kid).ok()?;
                Some((tenant.to_string(), kid.to_string()))
            })
            .collect();
        found.sort();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_lives_from_note_to_settle_and_the_folder_goes_with_the_last() {
        let dir = tempfile::tempdir().unwrap();
        let pending = PendingSecrets::beside(&dir.path().join("k.db"));
        pending.note("acme", "kid1").unwrap();
        pending.note("acme", "kid2").unwrap();
        assert_eq!(
            pending.unsettled(),
            vec![
                ("acme".into(), "kid1".into()),
                ("acme".into(), "kid2".into())
            ]
        );
        pending.settle("acme", "kid1");
        assert!(dir.path().join("k.db.pending-secrets").is_dir());
        pending.settle("acme", "kid2");
        assert!(pending.unsettled().is_empty());
        assert!(!dir.path().join("k.db.pending-secrets").exists());
    }
}
