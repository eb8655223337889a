//! How PostgreSQL keeps API keys: their columns, reads and writes.

use crate::store::api_keys::api_key_columns;
use postgres::Row;

use super::handles::{PgScope, PgTx};
use super::seal::{EVERY_ENTRY, holds, note_new, note_where};
use crate::error::{Error, Record, Remedy, Result};
use crate::store::TenantHandle;
use crate::store::answers::{Answer, Question};
use crate::store::api_keys::{ApiKey, ApiKeyLookup, ApiKeyRows, NewApiKey};
use crate::store::sealing::Sealed;

fn columns(now: &str) -> String {
    api_key_columns(now)
}

fn from_row(row: &Row) -> Result<ApiKey> {
    ApiKey::read(row)
}

impl ApiKeyLookup for PgTx<'_> {
    /// Remembered while the database is unchanged (`postgres/memo.rs`),
    /// its status made again at `now`.
    fn api_key_by_id(&self, id: &str, now: i64) -> Result<Option<ApiKey>> {
        let find = || {
            let sql = format!("SELECT {} FROM api_keys WHERE key_id = $1", columns("$2"));
            let row = self.session.row(&sql, &[&id, &now])?;
            Ok(Answer::ApiKey(row.as_ref().map(from_row).transpose()?))
        };
        let question = Question::ApiKey(id.to_string());
        let key = self.session.remembered(question, find)?.api_key()?;
        Ok(key.map(|key| key.at(now)))
    }

    fn api_key_holds(&self, key_id: &str) -> Result<bool> {
        let question = Question::ApiKeyHolds(key_id.to_string());
        let find = || {
            let held = holds(self, Sealed::ApiKeys, "a.key_id = $1", &[&key_id])?;
            Ok(Answer::Held(held))
        };
        let held = self.session.remembered(question, find)?.held()?;
        held.ok_or_else(crate::store::sealing::missing_key)
    }
}

impl ApiKeyRows for PgScope<'_> {
    fn insert_api_key(&self, new: &NewApiKey<'_>, now: i64) -> Result<ApiKey> {
        let taken: bool = self.session.value(
            "SELECT EXISTS (SELECT 1 FROM api_keys WHERE tenant_id = $1 AND name = $2)",
            &[&self.tenant_id, &new.name],
        )?;
        if taken {
            return Err(Error::Conflict {
                what: Record::ApiKeyName,
                id: new.name.to_string(),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        let id: i64 = self.session.value(
            "INSERT INTO api_keys (tenant_id, key_id, name, role, secret_hash, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            &[
                &self.tenant_id,
                &new.id,
                &new.name,
                &new.role.as_str(),
                &new.secret_hash,
                &now,
                &new.expires_at,
            ],
        )?;
        note_new(self.session, Sealed::ApiKeys, id);
        self.api_key(new.id, now)
    }

    fn api_key_id_taken(&self, id: &str) -> Result<bool> {
        self.session.value(
            "SELECT EXISTS (SELECT 1 FROM api_keys WHERE key_id = $1)",
            &[&id],
        )
    }

    fn api_key(&self, id: &str, now: i64) -> Result<ApiKey> {
        let sql = format!(
            "SELECT {} FROM api_keys WHERE tenant_id = $1 AND key_id = $2",
            columns("$3")
        );
        let row = self.session.row(&sql, &[&self.tenant_id, &id, &now])?;
        row.as_ref()
            .map(from_row)
            .transpose()?
            .ok_or_else(|| Error::NotFound {
                what: Record::ApiKey,
                id: id.to_string(),
                scope: self.describe(),
                remedy: Remedy::Look,
            })
    }

    fn api_keys(&self, now: i64) -> Result<Vec<ApiKey>> {
        let sql = format!(
            "SELECT {} FROM api_keys WHERE tenant_id = $1 ORDER BY id",
            columns("$2")
        );
        let rows = self.session.rows(&sql, &[&self.tenant_id, &now])?;
        rows.iter().map(from_row).collect()
    }

    fn revoke_api_key(&self, id: &str, now: i64) -> Result<bool> {
        let filter = "a.tenant_id = $1 AND a.key_id = $2 AND a.revoked_at IS NULL";
        note_where(
            self.session,
            Sealed::ApiKeys,
            filter,
            &[&self.tenant_id, &id],
            EVERY_ENTRY,
        )?;
        let changed = self.session.run(
            "UPDATE api_keys SET revoked_at = $3
             WHERE tenant_id = $1 AND key_id = $2 AND revoked_at IS NULL",
            &[&self.tenant_id, &id, &now],
        )?;
        Ok(changed == 1)
    }
}
