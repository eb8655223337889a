//! How SQLite keeps the machines of licenses: reads and writes.

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::domain::state::NonceKind;
use crate::error::Result;
use crate::store::activations::MachineRows;
use crate::store::activations::{Activation, ValidationRows, read_license_with_machines};
use crate::store::licenses::License;
use crate::store::sqlite::query::as_sqlite;

impl ValidationRows for SqliteScope<'_> {
    /// In a read that remembers answers (a service's), a license found
    /// under the same count of changes is not read again (`sqlite/memo.rs`).
    fn license_with_machines(
        &self,
        key: &str,
        now: i64,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        let read = || read_license_with_machines(self, key, now);
        match self.memo {
            Some(memo) => memo.found(self.conn, (self.tenant_id, key), now, read),
            None => read(),
        }
    }
}

impl MachineRows for SqliteScope<'_> {
    fn activations(
        &self,
        license_id: i64,
        heartbeat: Option<i64>,
        now: i64,
    ) -> Result<Vec<Activation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT fingerprint, hostname, first_seen, last_seen FROM activations
             WHERE tenant_id = ?1 AND license_id = ?2 ORDER BY first_seen, id",
        )?;
        let from_row = |row: &Row<'_>| as_sqlite(Activation::read(row, heartbeat, now));
        let rows = stmt.query_map(params![self.tenant_id, license_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn upsert_activation(
        &self,
        license_id: i64,
        fingerprint: &str,
        hostname: Option<&str>,
        now: i64,
    ) -> Result<bool> {
        let updated = self.conn.execute(
            "UPDATE activations SET last_seen = ?4, hostname = COALESCE(?5, hostname)
             WHERE tenant_id = ?1 AND license_id = ?2 AND fingerprint = ?3",
            params![self.tenant_id, license_id, fingerprint, now, hostname],
        )?;
        if updated > 0 {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT INTO activations (tenant_id, license_id, fingerprint, hostname, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![self.tenant_id, license_id, fingerprint, hostname, now],
        )?;
        Ok(true)
    }

    fn machine_key(&self, license_id: i64, fingerprint: &str) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT public_key FROM activations
             WHERE tenant_id = ?1 AND license_id = ?2 AND fingerprint = ?3",
        )?;
        let found: Option<Option<String>> = stmt
            .query_row(params![self.tenant_id, license_id, fingerprint], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(found.flatten())
    }

    fn set_machine_key(&self, license_id: i64, fingerprint: &str, key: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE activations SET public_key = ?4
             WHERE tenant_id = ?1 AND license_id = ?2 AND fingerprint = ?3",
            params![self.tenant_id, license_id, fingerprint, key],
        )?;
        Ok(())
    }

    fn use_machine_nonce(
        &self,
        license_id: i64,
        kind: NonceKind,
        nonce: &str,
        now: i64,
    ) -> Result<bool> {
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO machine_nonces (tenant_id, license_id, kind, nonce, used_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![self.tenant_id, license_id, kind.as_str(), nonce, now],
        )?;
        Ok(inserted == 1)
    }

    fn remove_activation(&self, license_id: i64, fingerprint: &str) -> Result<bool> {
        let removed = self.conn.execute(
            "DELETE FROM activations WHERE tenant_id = ?1 AND license_id = ?2 AND fingerprint = ?3",
            params![self.tenant_id, license_id, fingerprint],
        )?;
        Ok(removed > 0)
    }
}
