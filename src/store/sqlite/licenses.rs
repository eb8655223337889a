//! How SQLite keeps licenses: their columns, the status computed in SQL, reads, lists, bulk writes sealed as they are written.

use crate::store::conditions::Dialect;
use crate::store::licenses::LicenseRows;
use crate::store::licenses::license_conditions;
use crate::store::page::{Rows, Span};
use crate::store::signing_keys::SigningKeyRows;
use std::rc::Rc;
use std::sync::LazyLock;

use rusqlite::types::Value;
use rusqlite::vtab::array::Array;
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::domain::license::{Seating, Terms};
use crate::domain::state::LicenseState;
use crate::error::Result;
use crate::store::answers::{Answer, Question};
use crate::store::licenses::{
    EXPIRING_SOON, License, LicenseFilter, LicenseRef, LicenseSummary, NewLicense, ValidationCount,
};
use crate::store::licenses::{
    FROM, columns, license_order, license_ref_columns, narrow_from, status_sql,
};
use crate::store::sqlite::query::{Listing, SqliteConditions, as_sqlite, to_json};
use crate::store::sqlite::seal::{SealSql, license_check_columns, license_problem_at};

fn from_row(row: &Row<'_>) -> rusqlite::Result<License> {
    as_sqlite(License::read(row))
}

impl LicenseRows for SqliteScope<'_> {
    fn insert_license(&self, new: &NewLicense<'_>) -> Result<Option<i64>> {
        // Without the sealing key the row could not be sealed, and no
        // trigger notes a license inserted (store/sqlite/seal.rs).
        if !self.sealing {
            return Err(crate::store::sealing::missing_key());
        }
        let id: i64 = self
            .conn
            .prepare_cached("SELECT COALESCE(MAX(id), 0) + 1 FROM main.licenses")?
            .query_row([], |row| row.get(0))?;
        static INSERT: std::sync::LazyLock<String> = std::sync::LazyLock::new(insert_license_sql);
        let mut stmt = self.conn.prepare_cached(&INSERT)?;
        let inserted = stmt.execute(params![
            self.tenant_id,
            new.key,
            new.product_id,
            new.plan_id,
            new.customer_id,
            new.issued_at,
            new.not_before,
            new.expires_at,
            new.grace_seconds,
            to_json(&new.features),
            to_json(new.limits),
            to_json(&new.domains),
            to_json(&new.fingerprints),
            new.trial,
            new.kid,
            new.token,
            new.seating.heartbeat_seconds,
            new.changed_seq,
            id,
            new.seating.offline_lease_seconds,
            new.policy
        ])?;
        Ok((inserted == 1).then_some(id))
    }

    /// In a read that remembers answers (`sqlite/memo.rs`), the same
    /// statement checks the row's seal, and the answer is remembered for
    /// the check that follows (`license_seal_problem`): the row is found
    /// once.
    fn find_license(&self, key: &str, now: i64) -> Result<Option<License>> {
        let checking = self.memo.is_some() && self.sealing;
        // `now` is a parameter, so the statement is prepared once and reused;
        // for a tenant without revoked keys (most), it is also made once.
        fn sql(revoked: &[String], checking: bool) -> String {
            let check = match checking {
                true => format!(", {}", license_check_columns("l")),
                false => String::new(),
            };
            format!(
                "SELECT {}{check} FROM {FROM} WHERE l.tenant_id = ?1 AND l.key = ?2",
                columns("?3", revoked)
            )
        }
        static WITHOUT_REVOKED: LazyLock<[String; 2]> =
            LazyLock::new(|| [sql(&[], false), sql(&[], true)]);
        let revoked = self.revoked_kids()?;
        let mut stmt = match revoked.is_empty() {
            true => self
                .conn
                .prepare_cached(&WITHOUT_REVOKED[usize::from(checking)])?,
            false => self.conn.prepare_cached(&sql(&revoked, checking))?,
        };
        let mut rows = stmt.query(params![self.tenant_id, key, now])?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let license = License::read(row)?;
        if checking {
            let problem = license_problem_at(row, row.as_ref().column_count() - 4)?;
            let question = Question::LicenseProblem(license.id);
            self.remembered(question, || Ok(Answer::Problem(problem)))?;
        }
        Ok(Some(license))
    }

    fn update_license_terms(
        &self,
        license_id: i64,
        terms: &Terms,
        seating: Seating,
        kid: &str,
        token: &str,
        now: i64,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE licenses SET not_before = ?3, expires_at = ?4, grace_seconds = ?5,
                 features = ?6, limits = ?7, domains = ?8, fingerprints = ?9, trial = ?10,
                 kid = ?11, token = ?12, version = version + 1, updated_at = ?13,
                 heartbeat_seconds = ?14, offline_lease_seconds = ?15
             WHERE tenant_id = ?1 AND id = ?2",
            params![
                self.tenant_id,
                license_id,
                terms.not_before,
                terms.expires_at,
                terms.grace_seconds,
                to_json(&terms.features),
                to_json(&terms.limits),
                to_json(&terms.domains),
                to_json(&terms.fingerprints),
                terms.trial,
                kid,
                token,
                now,
                seating.heartbeat_seconds,
                seating.offline_lease_seconds
            ],
        )?;
        Ok(())
    }

    fn move_license_to_plan(
        &self,
        license_id: i64,
        plan_id: Option<i64>,
        policy: Option<&str>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE licenses SET plan_id = ?3, policy = ?4 WHERE tenant_id = ?1 AND id = ?2",
            params![self.tenant_id, license_id, plan_id, policy],
        )?;
        Ok(())
    }

    fn set_license_policy(&self, license_id: i64, policy: Option<&str>) -> Result<()> {
        self.conn.execute(
            "UPDATE licenses SET policy = ?3 WHERE tenant_id = ?1 AND id = ?2",
            params![self.tenant_id, license_id, policy],
        )?;
        Ok(())
    }

    fn record_validations(&self, counts: &[ValidationCount]) -> Result<()> {
        // A license's first counts make its row; a license of another
        // tenant is neither made (the foreign key) nor added to (`WHERE`).
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO license_counters (id, tenant_id, validations, last_validated_at)
                 VALUES (?2, ?1, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET validations = validations + excluded.validations,
                 last_validated_at = MAX(COALESCE(last_validated_at, 0), excluded.last_validated_at)
             WHERE tenant_id = excluded.tenant_id",
        )?;
        for c in counts {
            stmt.execute(params![self.tenant_id, c.license_id, c.count, c.last])?;
        }
        Ok(())
    }

    fn set_licenses_state(
        &self,
        ids: &[i64],
        from: LicenseState,
        to: LicenseState,
        reason: Option<&str>,
        now: i64,
        audit_seq: i64,
    ) -> Result<usize> {
        static UPDATE: std::sync::LazyLock<String> = std::sync::LazyLock::new(set_state_sql);
        let mut stmt = self.conn.prepare_cached(&UPDATE)?;
        let ids = id_array(ids);
        let (from, to) = (from.as_str(), to.as_str());
        let values = params![self.tenant_id, ids, from, to, reason, now, audit_seq];
        Ok(stmt.execute(values)?)
    }

    fn first_not_moved(&self, ids: &[i64], audit_seq: i64) -> Result<Option<String>> {
        let ids = id_array(ids);
        let key = self
            .conn
            .prepare(
                "SELECT key FROM licenses WHERE id IN rarray(?2) AND +tenant_id = ?1
                 AND changed_seq <> ?3 ORDER BY id LIMIT 1",
            )?
            .query_row(params![self.tenant_id, ids, audit_seq], |r| r.get(0))
            .optional()?;
        Ok(key)
    }

    fn count_signed_by(&self, kid: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM licenses WHERE tenant_id = ?1 AND kid = ?2 AND status != 'revoked'",
            params![self.tenant_id, kid],
            |r| r.get(0),
        )?)
    }

    fn revoked_keys(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT key FROM licenses WHERE tenant_id = ?1 AND status = 'revoked' ORDER BY key",
        )?;
        let rows = stmt.query_map([self.tenant_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn next_revocation_seq(&self) -> Result<u64> {
        self.conn.execute(
            "UPDATE tenants SET revocation_seq = revocation_seq + 1 WHERE id = ?1",
            [self.tenant_id],
        )?;
        let seq: i64 = self.conn.query_row(
            "SELECT revocation_seq FROM tenants WHERE id = ?1",
            [self.tenant_id],
            |r| r.get(0),
        )?;
        Ok(seq as u64)
    }

    fn read_licenses(&self, filter: &LicenseFilter, span: Span, now: i64) -> Result<Rows<License>> {
        let revoked = self.revoked_kids()?;
        let rows = Listing {
            select: &columns(now, &revoked),
            from: FROM,
            id_column: "l.id",
            order_by: &license_order(filter),
            narrow: Some(narrow_from(filter)),
        };
        let c = license_conditions(Dialect::Sqlite, self.tenant_id, filter, (now, &revoked));
        c.read_span(self.conn, &rows, span, from_row, |l| l.id)
    }

    fn each_license_matching(
        &self,
        filter: &LicenseFilter,
        now: i64,
        visit: &mut dyn FnMut(License) -> Result<()>,
    ) -> Result<u64> {
        let revoked = self.revoked_kids()?;
        license_conditions(Dialect::Sqlite, self.tenant_id, filter, (now, &revoked)).each(
            self.conn,
            &columns(now, &revoked),
            FROM,
            &license_order(filter),
            from_row,
            visit,
        )
    }

    fn license_refs(&self, filter: &LicenseFilter, now: i64) -> Result<Vec<LicenseRef>> {
        let revoked = self.revoked_kids()?;
        let select = license_ref_columns(now, &revoked);
        license_conditions(Dialect::Sqlite, self.tenant_id, filter, (now, &revoked)).all(
            self.conn,
            &select,
            FROM,
            "l.id",
            |r| as_sqlite(LicenseRef::read(r)),
        )
    }

    fn license_summary(&self, filter: &LicenseFilter, now: i64) -> Result<LicenseSummary> {
        let revoked = self.revoked_kids()?;
        let status = status_sql(now, &revoked);
        let soon = now.saturating_add(EXPIRING_SOON);
        let select = format!(
            "COUNT(*), COALESCE(SUM({status} = 'active'), 0), \
             COALESCE(SUM({status} = 'active' AND l.expires_at IS NOT NULL AND l.expires_at <= {soon}), 0)"
        );
        license_conditions(Dialect::Sqlite, self.tenant_id, filter, (now, &revoked)).single(
            self.conn,
            &select,
            narrow_from(filter),
            |r| {
                Ok(LicenseSummary {
                    total: r.get(0)?,
                    active: r.get(1)?,
                    expiring_soon: r.get(2)?,
                })
            },
        )
    }
}

impl SqliteScope<'_> {}

/// License ids as one `rarray` parameter, in the table's order, so that
/// each page of rows is read (and written) once.
fn id_array(ids: &[i64]) -> Array {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    Rc::new(sorted.into_iter().map(Value::Integer).collect())
}

/// The UPDATE of the state of the licenses in the array `?2` (`?3` to
/// `?4`, with reason `?5` at `?6` when revoked), each sealed as it is
/// written, as new as the audit entry `?7`. The rows are found by id
/// (`+` keeps SQLite off the index by state, which would read every
/// license in `?3` to change one).
fn set_state_sql() -> String {
    let changes: [(&str, &str); 5] = [
        ("status", "?4"),
        ("version", "a.version + 1"),
        (
            "revocation_reason",
            "CASE WHEN ?4 = 'revoked' THEN ?5 ELSE a.revocation_reason END",
        ),
        (
            "revoked_at",
            "CASE WHEN ?4 = 'revoked' THEN ?6 ELSE a.revoked_at END",
        ),
        ("changed_seq", "?7"),
    ];
    let sets: Vec<String> = changes
        .iter()
        .map(|(column, sql)| format!("{column} = {sql}"))
        .collect();
    format!(
        "UPDATE licenses AS a SET {}, updated_at = ?6, seal = {} \
         WHERE a.id IN rarray(?2) AND +a.tenant_id = ?1 AND +a.status = ?3",
        sets.join(", "),
        crate::store::sealing::Sealed::Licenses.seal_after(&changes)
    )
}

/// The INSERT of a new license with its seal: the row takes the id given
/// (`?19`, the next one), and its seal is made over the values written; a
/// key the tenant has already is not inserted.
fn insert_license_sql() -> String {
    let values: [(&str, &str); 25] = [
        ("id", "?19"),
        ("tenant_id", "?1"),
        ("key", "?2"),
        ("product_id", "?3"),
        ("plan_id", "?4"),
        ("customer_id", "?5"),
        ("status", "'active'"),
        ("issued_at", "?6"),
        ("not_before", "?7"),
        ("expires_at", "?8"),
        ("grace_seconds", "?9"),
        ("features", "?10"),
        ("limits", "?11"),
        ("domains", "?12"),
        ("fingerprints", "?13"),
        ("trial", "?14"),
        ("version", "1"),
        ("kid", "?15"),
        ("token", "?16"),
        ("updated_at", "?6"),
        ("heartbeat_seconds", "?17"),
        ("changed_seq", "?18"),
        ("machines", "0"),
        ("offline_lease_seconds", "?20"),
        ("policy", "?21"),
    ];
    let columns: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
    let selected: Vec<&str> = values.iter().map(|(_, sql)| *sql).collect();
    format!(
        "INSERT INTO licenses ({}, seal) VALUES ({}, {}) ON CONFLICT (tenant_id, key) DO NOTHING",
        columns.join(", "),
        selected.join(", "),
        crate::store::sealing::Sealed::Licenses.seal_of(&values)
    )
}
