//! How SQLite keeps the audit log: the chain appended with prepared statements, reads, lists and checkpoints.

use crate::store::audit::AUDIT_COLUMNS;
use crate::store::audit::audit_conditions;
use crate::store::conditions::Dialect;
use crate::store::page::{Rows, Span};
use crate::store::sqlite::query::as_sqlite;
use rusqlite::{Row, params};

use super::SqliteScope;
use crate::domain::audit::AuditAction;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::audit::AuditRows;
use crate::store::audit::{AuditEntry, AuditFilter, AuditLink, ChainReport, ChainWalk, Checkpoint};
use crate::store::sqlite::query::{Listing, SqliteConditions};

const COLUMNS: &str = AUDIT_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    as_sqlite(AuditEntry::read(row))
}

impl AuditRows for SqliteScope<'_> {
    fn insert_audit_entry(&self, link: &AuditLink<'_>) -> Result<()> {
        let entry = link.entry;
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO audit_log (tenant_id, seq, at, actor, action, target_type, target_id, origin, details, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        insert.execute(params![
            self.tenant_id,
            link.seq,
            entry.at,
            entry.actor,
            entry.action.as_str(),
            entry.target_type.as_str(),
            entry.target_id,
            entry.origin,
            entry.details,
            link.prev_hash,
            link.hash
        ])?;
        let target = link
            .note_target
            .then_some((entry.target_type, entry.target_id));
        super::seal::note_audited(self.conn, self.tenant_id, target, link.seq, link.first)
    }

    fn set_audit_head(&self, seq: i64, head: &str) -> Result<()> {
        let mut update = self
            .conn
            .prepare_cached("UPDATE tenants SET audit_seq = ?2, audit_head = ?3 WHERE id = ?1")?;
        update.execute(params![self.tenant_id, seq, head])?;
        Ok(())
    }

    fn audit_chain_head(&self) -> Result<(i64, String)> {
        self.audit_head()
    }

    fn insert_checkpoint(&self, checkpoint: &Checkpoint) -> Result<()> {
        self.conn.execute(
            "INSERT INTO audit_checkpoints (tenant_id, seq, head, kid, signature, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                self.tenant_id,
                checkpoint.seq,
                checkpoint.head,
                checkpoint.kid,
                checkpoint.signature,
                checkpoint.created.0
            ],
        )?;
        Ok(())
    }

    fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, head, kid, signature, created_at FROM audit_checkpoints
             WHERE tenant_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([self.tenant_id], |r| {
            Ok(Checkpoint {
                seq: r.get(0)?,
                head: r.get(1)?,
                kid: r.get(2)?,
                signature: r.get(3)?,
                created: UnixTime(r.get(4)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn audit_hash_at(&self, seq: i64) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT hash FROM audit_log WHERE tenant_id = ?1 AND seq = ?2",
                params![self.tenant_id, seq],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn read_audit_entries(&self, filter: &AuditFilter, span: Span) -> Result<Rows<AuditEntry>> {
        let rows = Listing {
            select: COLUMNS,
            from: "audit_log",
            id_column: "seq",
            order_by: "seq DESC",
            narrow: None,
        };
        audit_conditions(Dialect::Sqlite, self.tenant_id, filter).read_span(
            self.conn,
            &rows,
            span,
            from_row,
            |e| e.seq,
        )
    }

    fn count_recent_audit(
        &self,
        target_id: &str,
        actions: &[AuditAction],
        since: i64,
    ) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT action FROM audit_log WHERE tenant_id = ?1 AND target_id = ?2 AND at >= ?3",
        )?;
        let mut rows = stmt.query(params![self.tenant_id, target_id, since])?;
        let mut count = 0;
        while let Some(row) = rows.next()? {
            let action: String = row.get(0)?;
            count += i64::from(actions.iter().any(|a| a.as_str() == action));
        }
        Ok(count)
    }

    fn each_audit_entry(
        &self,
        filter: &AuditFilter,
        visit: &mut dyn FnMut(AuditEntry) -> Result<()>,
    ) -> Result<u64> {
        audit_conditions(Dialect::Sqlite, self.tenant_id, filter).each(
            self.conn,
            COLUMNS,
            "audit_log",
            "seq",
            from_row,
            visit,
        )
    }

    fn verify_audit_chain(&self) -> Result<ChainReport> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS}, details FROM audit_log WHERE tenant_id = ?1 ORDER BY seq"
        ))?;
        let mut rows = stmt.query([self.tenant_id])?;
        let mut walk = ChainWalk::new(&self.tenant_slug);
        while let Some(row) = rows.next()? {
            let details: String = row.get(10)?;
            if let Err(report) = walk.step(from_row(row)?, &details) {
                return Ok(report);
            }
        }
        let (recorded, head) = self.audit_head()?;
        Ok(walk.finish(recorded, &head))
    }
}

impl SqliteScope<'_> {
    fn audit_head(&self) -> Result<(i64, String)> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT audit_seq, audit_head FROM tenants WHERE id = ?1")?;
        Ok(stmt.query_row([self.tenant_id], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::audit::TargetKind;
    use crate::store::audit::ChainBreak;
    use crate::store::{NewAuditEntry, NewTenant, Store};

    fn entry(action: AuditAction) -> NewAuditEntry<'static> {
        NewAuditEntry {
            at: 1_800_000_000,
            actor: "ada",
            origin: "host",
            action,
            target_type: TargetKind::Product,
            target_id: "app",
            details: serde_json::json!({"name": "App"}).to_string().into(),
        }
    }

    fn store_with_chain(n: usize) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                let tenant = tx.create_tenant(
                    &NewTenant {
                        name: "Acme".into(),
                        slug: None,
                        timezone: "UTC".into(),
                        key_prefix: None,
                    },
                    1,
                )?;
                let scope = tx.scope(&tenant)?;
                for _ in 0..n {
                    scope.append_audit(&entry(AuditAction::ProductCreated))?;
                }
                Ok(())
            })
            .unwrap();
        store
    }

    fn verify(store: &mut Store) -> ChainReport {
        store
            .read(|tx| {
                let tenant = tx.tenant_by_slug("acme")?.unwrap();
                tx.scope(&tenant)?.verify_audit_chain()
            })
            .unwrap()
    }

    fn tamper(store: &mut Store, sql: &str) {
        store
            .sqlite_mut()
            .write(|tx| Ok(tx.conn.execute_batch(sql)?))
            .unwrap();
    }

    #[test]
    fn an_intact_chain_verifies() {
        let mut store = store_with_chain(5);
        let report = verify(&mut store);
        assert_eq!(report.entries, 5);
        assert_eq!(report.broken, None);
    }

    /// Appends `n` entries linked ahead, then one more the usual way.
    fn append_linked(store: &mut Store, n: usize) -> Result<()> {
        store.write(|tx| {
            let tenant = tx.tenant_by_slug("acme")?.unwrap();
            let scope = tx.scope(&tenant)?;
            let mut chain = scope.audit_chain()?;
            let links = chain
                .end()
                .link_all((0..n).map(|_| entry(AuditAction::LicenseRevoked)));
            for _ in 0..n {
                chain.append_sealed_linked(&entry(AuditAction::LicenseRevoked), &links)?;
            }
            chain.append(&entry(AuditAction::LicenseBulkRevoked))?;
            chain.close()
        })
    }

    #[test]
    fn entries_linked_ahead_verify_like_those_appended_one_by_one() {
        let mut store = store_with_chain(3);
        append_linked(&mut store, 4).unwrap();
        let report = verify(&mut store);
        assert_eq!(report.entries, 8);
        assert_eq!(report.broken, None);
    }

    #[test]
    fn links_are_refused_past_their_end_or_from_another_end() {
        let mut store = store_with_chain(2);
        let refused = store.write(|tx| {
            let tenant = tx.tenant_by_slug("acme")?.unwrap();
            let scope = tx.scope(&tenant)?;
            let mut chain = scope.audit_chain()?;
            let links = chain
                .end()
                .link_all(std::iter::once(entry(AuditAction::ProductCreated)));
            chain.append_sealed_linked(&entry(AuditAction::ProductCreated), &links)?;
            chain.append_sealed_linked(&entry(AuditAction::ProductCreated), &links)
        });
        assert!(refused.unwrap_err().to_string().contains("internal error"));
        let moved = store.write(|tx| {
            let tenant = tx.tenant_by_slug("acme")?.unwrap();
            let scope = tx.scope(&tenant)?;
            let mut chain = scope.audit_chain()?;
            let links = chain
                .end()
                .link_all(std::iter::once(entry(AuditAction::ProductCreated)));
            chain.append(&entry(AuditAction::ProductUpdated))?;
            chain.append_sealed_linked(&entry(AuditAction::ProductCreated), &links)
        });
        assert!(moved.unwrap_err().to_string().contains("internal error"));
        assert_eq!(verify(&mut store).entries, 2);
    }

    #[test]
    fn an_edited_entry_is_named() {
        let mut store = store_with_chain(5);
        tamper(
            &mut store,
            "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3",
        );
        let broken = verify(&mut store).broken.unwrap();
        assert!(
            matches!(broken, ChainBreak::Edited { seq: 3, .. }),
            "{broken}"
        );
    }

    #[test]
    fn a_deleted_entry_is_named() {
        let mut store = store_with_chain(5);
        tamper(&mut store, "DELETE FROM audit_log WHERE seq = 2");
        let broken = verify(&mut store).broken.unwrap();
        assert_eq!(
            broken,
            ChainBreak::Missing {
                expected: 2,
                found: 3
            }
        );
    }

    #[test]
    fn removing_the_newest_entries_is_detected() {
        let mut store = store_with_chain(5);
        tamper(&mut store, "DELETE FROM audit_log WHERE seq >= 4");
        let broken = verify(&mut store).broken.unwrap();
        assert_eq!(
            broken,
            ChainBreak::Truncated {
                last: 3,
                recorded: 5
            }
        );
    }

    #[test]
    fn reordered_entries_are_detected() {
        let mut store = store_with_chain(4);
        tamper(
            &mut store,
            "UPDATE audit_log SET seq = -seq WHERE seq IN (2, 3);
             UPDATE audit_log SET seq = 5 + seq WHERE seq IN (-2, -3);",
        );
        assert!(verify(&mut store).broken.is_some());
    }
}
