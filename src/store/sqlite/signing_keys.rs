//! How SQLite keeps signing-key rows: reads and writes.

use crate::store::TenantHandle;
use crate::store::signing_keys::SIGNING_KEY_COLUMNS;
use crate::store::signing_keys::SigningKeyRows;
use crate::store::sqlite::query::as_sqlite;
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::signing_keys::SigningKeyRecord;
use crate::token::SigningKey;

const COLUMNS: &str = SIGNING_KEY_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<SigningKeyRecord> {
    as_sqlite(SigningKeyRecord::read(row))
}

impl SigningKeyRows for SqliteScope<'_> {
    fn insert_signing_key(&self, key: &SigningKey, now: i64) -> Result<SigningKeyRecord> {
        if self.find_signing_key(key.kid())?.is_some() {
            return Err(Error::Conflict {
                what: Record::SigningKey,
                id: key.kid().to_string(),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        let public = key.verifying_key().public_bytes().map(|b| b.to_vec());
        self.conn.execute(
            "INSERT INTO signing_keys (tenant_id, kid, algorithm, public_key, status, created_at)
             VALUES (?1, ?2, ?3, ?4, 'active', ?5)",
            params![
                self.tenant_id,
                key.kid(),
                key.algorithm().name(),
                public,
                now
            ],
        )?;
        self.signing_key(key.kid())
    }

    fn signing_keys(&self) -> Result<Vec<SigningKeyRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM signing_keys WHERE tenant_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([self.tenant_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn find_signing_key(&self, kid: &str) -> Result<Option<SigningKeyRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM signing_keys WHERE tenant_id = ?1 AND kid = ?2");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt
            .query_row(params![self.tenant_id, kid], from_row)
            .optional()?)
    }

    fn newest_active_key(&self) -> Result<Option<SigningKeyRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM signing_keys
             WHERE tenant_id = ?1 AND status = 'active' AND revoked_at IS NULL ORDER BY id DESC LIMIT 1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row([self.tenant_id], from_row).optional()?)
    }

    fn set_endorsement(&self, kid: &str, token: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE signing_keys SET endorsement = ?3 WHERE tenant_id = ?1 AND kid = ?2",
            params![self.tenant_id, kid, token],
        )?;
        Ok(())
    }

    fn revoke_signing_key(&self, kid: &str, now: i64) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE signing_keys SET revoked_at = ?3, status = 'retired',
                 retired_at = COALESCE(retired_at, ?3)
             WHERE tenant_id = ?1 AND kid = ?2 AND revoked_at IS NULL",
            params![self.tenant_id, kid, now],
        )?;
        Ok(changed == 1)
    }

    fn revoked_kids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kid FROM signing_keys WHERE tenant_id = ?1 AND revoked_at IS NOT NULL ORDER BY kid",
        )?;
        let rows = stmt.query_map([self.tenant_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn retire_keys_except(&self, kid: &str, now: i64) -> Result<Vec<String>> {
        let retired: Vec<String> = self
            .signing_keys()?
            .into_iter()
            .filter(|k| k.status == KeyStatus::Active && k.kid != kid)
            .map(|k| k.kid)
            .collect();
        self.conn.execute(
            "UPDATE signing_keys SET status = 'retired', retired_at = ?3
             WHERE tenant_id = ?1 AND kid != ?2 AND status = 'active'",
            params![self.tenant_id, kid, now],
        )?;
        Ok(retired)
    }
}
