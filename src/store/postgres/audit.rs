//! How PostgreSQL keeps the audit log: the chain appended under the
//! tenant's row lock (taken by the scope of a write transaction, so two
//! instances never fork it), reads, lists and checkpoints.

use crate::store::audit::AUDIT_COLUMNS;
use crate::store::audit::audit_conditions;
use crate::store::conditions::Dialect;
use postgres::Row;

use super::handles::PgScope;
use super::query::{Listing, PgConditions};
use super::seal::{note, note_audited};
use crate::domain::audit::AuditAction;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::audit::{
    AuditEntry, AuditFilter, AuditLink, AuditRows, ChainReport, ChainWalk, Checkpoint,
};
use crate::store::page::{Rows, Span};
use crate::store::sealing::Sealed;

const COLUMNS: &str = AUDIT_COLUMNS;

fn from_row(row: &Row) -> Result<AuditEntry> {
    AuditEntry::read(row)
}

impl AuditRows for PgScope<'_> {
    /// The entry waits to be inserted with the rest of its batch
    /// (`postgres/batch.rs`); noting what it is about reads the log, which
    /// sends it first.
    fn insert_audit_entry(&self, link: &AuditLink<'_>) -> Result<()> {
        let entry = link.entry;
        self.session.wait_audit(self.tenant_id, link)?;
        let target = link
            .note_target
            .then_some((entry.target_type, entry.target_id));
        note_audited(self, target, link.seq, link.first)
    }

    fn set_audit_head(&self, seq: i64, head: &str) -> Result<()> {
        note(self.session, Sealed::Tenants, self.tenant_id)?;
        self.session.run(
            "UPDATE tenants SET audit_seq = $2, audit_head = $3 WHERE id = $1",
            &[&self.tenant_id, &seq, &head],
        )?;
        Ok(())
    }

    fn audit_chain_head(&self) -> Result<(i64, String)> {
        self.audit_head()
    }

    fn insert_checkpoint(&self, checkpoint: &Checkpoint) -> Result<()> {
        self.session.run(
            "INSERT INTO audit_checkpoints (tenant_id, seq, head, kid, signature, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &self.tenant_id,
                &checkpoint.seq,
                &checkpoint.head,
                &checkpoint.kid,
                &checkpoint.signature,
                &checkpoint.created.0,
            ],
        )?;
        Ok(())
    }

    fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        let rows = self.session.rows(
            "SELECT seq, head, kid, signature, created_at FROM audit_checkpoints
             WHERE tenant_id = $1 ORDER BY id",
            &[&self.tenant_id],
        )?;
        rows.iter()
            .map(|r| {
                Ok(Checkpoint {
                    seq: r.try_get(0)?,
                    head: r.try_get(1)?,
                    kid: r.try_get(2)?,
                    signature: r.try_get(3)?,
                    created: UnixTime(r.try_get(4)?),
                })
            })
            .collect()
    }

    fn audit_hash_at(&self, seq: i64) -> Result<Option<String>> {
        let row = self.session.row(
            "SELECT hash FROM audit_log WHERE tenant_id = $1 AND seq = $2",
            &[&self.tenant_id, &seq],
        )?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    fn read_audit_entries(&self, filter: &AuditFilter, span: Span) -> Result<Rows<AuditEntry>> {
        let listing = Listing {
            select: COLUMNS,
            from: "audit_log",
            id_column: "seq",
            order_by: "seq DESC",
        };
        audit_conditions(Dialect::Postgres, self.tenant_id, filter).read_span(
            self.session,
            &listing,
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
        let actions: Vec<&str> = actions.iter().map(|a| a.as_str()).collect();
        self.session.value(
            "SELECT count(*) FROM audit_log WHERE tenant_id = $1 AND target_id = $2 AND at >= $3
             AND action = ANY($4)",
            &[&self.tenant_id, &target_id, &since, &actions],
        )
    }

    fn each_audit_entry(
        &self,
        filter: &AuditFilter,
        visit: &mut dyn FnMut(AuditEntry) -> Result<()>,
    ) -> Result<u64> {
        audit_conditions(Dialect::Postgres, self.tenant_id, filter).each(
            self.session,
            (COLUMNS, "audit_log", "seq"),
            from_row,
            visit,
        )
    }

    fn verify_audit_chain(&self) -> Result<ChainReport> {
        let rows = self.session.rows(
            &format!("SELECT {COLUMNS}, details FROM audit_log WHERE tenant_id = $1 ORDER BY seq"),
            &[&self.tenant_id],
        )?;
        let mut walk = ChainWalk::new(&self.tenant_slug);
        for row in &rows {
            let details: String = row.try_get(10)?;
            if let Err(report) = walk.step(from_row(row)?, &details) {
                return Ok(report);
            }
        }
        let (recorded, head) = self.audit_head()?;
        Ok(walk.finish(recorded, &head))
    }
}

impl PgScope<'_> {
    fn audit_head(&self) -> Result<(i64, String)> {
        let row = self.session.row(
            "SELECT audit_seq, audit_head FROM tenants WHERE id = $1",
            &[&self.tenant_id],
        )?;
        match row {
            Some(row) => Ok((row.try_get(0)?, row.try_get(1)?)),
            None => Ok((0, String::new())),
        }
    }
}
