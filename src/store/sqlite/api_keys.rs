//! How SQLite keeps API keys: their columns, reads and writes.

use crate::store::TenantHandle;
use crate::store::api_keys::api_key_columns;
use crate::store::api_keys::{ApiKeyLookup, ApiKeyRows};
use crate::store::sqlite::query::as_sqlite;
use rusqlite::{OptionalExtension, Row, params};

use super::{SqliteScope, SqliteTx};
use crate::error::{Error, Record, Remedy, Result};
use crate::store::answers::{Answer, Question};
use crate::store::api_keys::{ApiKey, NewApiKey};

fn columns(now: impl std::fmt::Display) -> String {
    api_key_columns(now)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<ApiKey> {
    as_sqlite(ApiKey::read(row))
}

impl ApiKeyLookup for SqliteTx<'_> {
    /// Remembered by a read while the database is unchanged
    /// (`sqlite/memo.rs`), its status made again at `now`.
    fn api_key_by_id(&self, id: &str, now: i64) -> Result<Option<ApiKey>> {
        let find = || {
            let sql = format!("SELECT {} FROM api_keys WHERE key_id = ?1", columns("?2"));
            let mut stmt = self.conn.prepare_cached(&sql)?;
            Ok(Answer::ApiKey(
                stmt.query_row(params![id, now], from_row).optional()?,
            ))
        };
        let key = self
            .remembered(Question::ApiKey(id.to_string()), find)?
            .api_key()?;
        Ok(key.map(|key| key.at(now)))
    }

    fn api_key_holds(&self, key_id: &str) -> Result<bool> {
        super::seal::api_key_holds(self, key_id)
    }
}

impl ApiKeyRows for SqliteScope<'_> {
    fn insert_api_key(&self, new: &NewApiKey<'_>, now: i64) -> Result<ApiKey> {
        let taken: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM api_keys WHERE tenant_id = ?1 AND name = ?2)",
            params![self.tenant_id, new.name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::Conflict {
                what: Record::ApiKeyName,
                id: new.name.to_string(),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        self.conn.execute(
            "INSERT INTO api_keys (tenant_id, key_id, name, role, secret_hash, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                self.tenant_id,
                new.id,
                new.name,
                new.role.as_str(),
                new.secret_hash,
                now,
                new.expires_at
            ],
        )?;
        self.api_key(new.id, now)
    }

    fn api_key_id_taken(&self, id: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM api_keys WHERE key_id = ?1)",
            [id],
            |r| r.get(0),
        )?)
    }

    fn api_key(&self, id: &str, now: i64) -> Result<ApiKey> {
        let sql = format!(
            "SELECT {} FROM api_keys WHERE tenant_id = ?1 AND key_id = ?2",
            columns(now)
        );
        self.conn
            .query_row(&sql, params![self.tenant_id, id], from_row)
            .optional()?
            .ok_or_else(|| Error::NotFound {
                what: Record::ApiKey,
                id: id.to_string(),
                scope: self.describe(),
                remedy: Remedy::Look,
            })
    }

    fn api_keys(&self, now: i64) -> Result<Vec<ApiKey>> {
        let sql = format!(
            "SELECT {} FROM api_keys WHERE tenant_id = ?1 ORDER BY id",
            columns(now)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([self.tenant_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn revoke_api_key(&self, id: &str, now: i64) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE api_keys SET revoked_at = ?3
             WHERE tenant_id = ?1 AND key_id = ?2 AND revoked_at IS NULL",
            params![self.tenant_id, id, now],
        )?;
        Ok(changed == 1)
    }
}
