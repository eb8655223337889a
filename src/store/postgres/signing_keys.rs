//! How PostgreSQL keeps signing-key rows: reads and writes.

use crate::store::signing_keys::SIGNING_KEY_COLUMNS;
use postgres::Row;
use std::sync::Arc;

use super::handles::PgScope;
use super::seal::{EVERY_ENTRY, note_new, note_where};
use crate::domain::state::KeyStatus;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::TenantHandle;
use crate::store::answers::{Answer, Question};
use crate::store::sealing::Sealed;
use crate::store::signing_keys::{SigningKeyRecord, SigningKeyRows};
use crate::token::SigningKey;

const COLUMNS: &str = SIGNING_KEY_COLUMNS;

fn from_row(row: &Row) -> Result<SigningKeyRecord> {
    SigningKeyRecord::read(row)
}

impl SigningKeyRows for PgScope<'_> {
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
        let id: i64 = self.session.value(
            "INSERT INTO signing_keys (tenant_id, kid, algorithm, public_key, status, created_at)
             VALUES ($1, $2, $3, $4, 'active', $5) RETURNING id",
            &[
                &self.tenant_id,
                &key.kid(),
                &key.algorithm().name(),
                &public,
                &now,
            ],
        )?;
        note_new(self.session, Sealed::SigningKeys, id);
        self.signing_key(key.kid())
    }

    /// Remembered while the database is unchanged (`postgres/memo.rs`):
    /// the few keys of a tenant are read together, and looked up in.
    fn keys(&self) -> Result<Arc<[SigningKeyRecord]>> {
        let find = || {
            let sql =
                format!("SELECT {COLUMNS} FROM signing_keys WHERE tenant_id = $1 ORDER BY id");
            let rows = self.session.rows(&sql, &[&self.tenant_id])?;
            Ok(Answer::Keys(
                rows.iter().map(from_row).collect::<Result<_>>()?,
            ))
        };
        let question = Question::SigningKeys(self.tenant_id);
        self.session.remembered(question, find)?.keys()
    }

    fn set_endorsement(&self, kid: &str, token: &str) -> Result<()> {
        self.note_keys("a.kid = $2", &kid)?;
        self.session.run(
            "UPDATE signing_keys SET endorsement = $3 WHERE tenant_id = $1 AND kid = $2",
            &[&self.tenant_id, &kid, &token],
        )?;
        Ok(())
    }

    fn revoke_signing_key(&self, kid: &str, now: i64) -> Result<bool> {
        self.note_keys("a.kid = $2 AND a.revoked_at IS NULL", &kid)?;
        let changed = self.session.run(
            "UPDATE signing_keys SET revoked_at = $3, status = 'retired',
                 retired_at = COALESCE(retired_at, $3)
             WHERE tenant_id = $1 AND kid = $2 AND revoked_at IS NULL",
            &[&self.tenant_id, &kid, &now],
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
        self.note_keys("a.kid != $2 AND a.status = 'active'", &kid)?;
        self.session.run(
            "UPDATE signing_keys SET status = 'retired', retired_at = $3
             WHERE tenant_id = $1 AND kid != $2 AND status = 'active'",
            &[&self.tenant_id, &kid, &now],
        )?;
        Ok(retired)
    }
}

impl PgScope<'_> {
    /// Notes the tenant's keys that `filter` (its `$2` taking `value`)
    /// picks, before they change.
    fn note_keys(&self, filter: &str, value: &&str) -> Result<()> {
        let filter = format!("a.tenant_id = $1 AND {filter}");
        let params: [&(dyn postgres::types::ToSql + Sync); 2] = [&self.tenant_id, value];
        note_where(
            self.session,
            Sealed::SigningKeys,
            &filter,
            &params,
            EVERY_ENTRY,
        )
    }
}
