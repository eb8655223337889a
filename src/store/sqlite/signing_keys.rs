//! How SQLite keeps signing-key rows: reads and writes.

use crate::store::TenantHandle;
use crate::store::signing_keys::SIGNING_KEY_COLUMNS;
use crate::store::signing_keys::SigningKeyRows;
use crate::store::sqlite::query::as_sqlite;
use rusqlite::{Row, params};
use std::sync::{Arc, LazyLock};

use super::SqliteScope;
use crate::domain::state::KeyStatus;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::answers::{Answer, Question};
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

    /// Remembered by a read while the database is unchanged
    /// (`sqlite/memo.rs`): the few keys of a tenant are read together, and
    /// looked up in.
    fn keys(&self) -> Result<Arc<[SigningKeyRecord]>> {
        let find = || {
            static SQL: LazyLock<String> = LazyLock::new(|| {
                format!("SELECT {COLUMNS} FROM signing_keys WHERE tenant_id = ?1 ORDER BY id")
            });
            let mut stmt = self.conn.prepare_cached(&SQL)?;
            let rows = stmt.query_map([self.tenant_id], from_row)?;
            Ok(Answer::Keys(rows.collect::<rusqlite::Result<_>>()?))
        };
        self.remembered(Question::SigningKeys(self.tenant_id), find)?
            .keys()
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
