//! How the PostgreSQL backend keeps the sealing rules (`store::sealing`).
//!
//! No trigger runs in the server, and the sealing key never leaves this
//! process: each write of a table file notes, before it changes a sealed
//! row, whether the row held its seal and was fresh ([`note`]), and notes a
//! row it inserts as new ([`note_new`]); an audit entry notes the license
//! or key it is about. Before the transaction commits, [`seal_changed`]
//! brings each noted row that held up to date (its derived columns, then
//! its seal, made here); a row that did not hold keeps its broken seal, so
//! that no command launders a change made outside keywright. Every check
//! reads a row's sealed columns and checks its seal here, by [`SealKey`].

use postgres::Row;

use super::handles::{PgScope, PgTx};
use super::session::{Params, Session, cell};
use crate::domain::audit::TargetKind;
use crate::error::Result;
use crate::store::answers::{Answer, Question};
use crate::store::copy::Cell;
use crate::store::sealing::{
    self, BrokenSeal, Derived, Freshness, SealChecks, SealKey, SealValue, Sealed, missing_key,
};

/// Every audit entry so far: no bound on the entries a check counts.
pub(super) const EVERY_ENTRY: i64 = i64::MAX;

/// A sealed row as a check finds it.
pub(super) struct Checked {
    pub id: i64,
    /// Whether it holds its seal (and, for a license, its count of
    /// machines); `None` without the sealing key.
    pub held: Option<bool>,
    /// The seq of the newest audit entry about it (or of its log, for a
    /// tenant), among those counted.
    pub newest: i64,
    /// Its own record of that seq: `changed_seq`, or a tenant's `audit_seq`.
    pub recorded: i64,
    /// Its sealed columns, in the seal's order, and its seal.
    pub cells: Vec<Cell>,
    pub seal: Option<String>,
    sealed: Sealed,
}

impl Checked {
    /// Whether it is as new as the audit log says ([`Freshness`]).
    pub fn fresh(&self) -> bool {
        match self.sealed.freshness() {
            Freshness::AboutIt { .. } => self.recorded >= self.newest,
            Freshness::LogHead => self.recorded == self.newest,
            Freshness::Always => true,
        }
    }
}

/// The seal values of cells, as the seal encodes them.
pub(super) fn seal_values(cells: &[Cell]) -> Vec<SealValue<'_>> {
    cells
        .iter()
        .map(|cell| match cell {
            Cell::Null => SealValue::Null,
            Cell::Integer(n) => SealValue::Integer(*n),
            Cell::Text(t) => SealValue::Text(t.as_bytes()),
            Cell::Bytes(b) => SealValue::Bytes(b),
        })
        .collect()
}

/// The sealed columns of the row aliased `a`, in the seal's order.
fn sealed_columns(sealed: Sealed) -> String {
    sealed
        .column_names()
        .map(|c| format!("a.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The SQL of a derived column for the row aliased `a`.
fn derived_sql(derived: Derived) -> &'static str {
    match derived {
        Derived::ChangedSeq => "(SELECT t.audit_seq FROM tenants t WHERE t.id = a.tenant_id)",
        Derived::Machines => {
            "(SELECT count(*) FROM activations m \
             WHERE m.tenant_id = a.tenant_id AND m.license_id = a.id)"
        }
    }
}

/// The seq of the newest audit entry before parameter `$before` about the
/// row aliased `a` (or in its log, for a tenant), as SQL.
fn newest_sql(sealed: Sealed, before: usize) -> String {
    match sealed.freshness() {
        Freshness::AboutIt { target, named_by } => format!(
            "(SELECT COALESCE(max(l.seq), 0) FROM audit_log l WHERE l.tenant_id = a.tenant_id \
             AND l.target_type = '{target}' AND l.target_id = a.{named_by} AND l.seq < ${before})"
        ),
        Freshness::LogHead => format!(
            "(SELECT COALESCE(max(l.seq), 0) FROM audit_log l \
             WHERE l.tenant_id = a.id AND l.seq < ${before})"
        ),
        Freshness::Always => format!("(${before}::bigint * 0)"),
    }
}

/// The column recording the seq a row is as new as, if it has one.
fn recorded_column(sealed: Sealed) -> Option<&'static str> {
    match sealed.freshness() {
        Freshness::AboutIt { .. } => Some("changed_seq"),
        Freshness::LogHead => Some("audit_seq"),
        Freshness::Always => None,
    }
}

pub(super) fn position(sealed: Sealed, column: &str) -> Option<usize> {
    sealed.column_names().position(|c| c == column)
}

/// The rows of `sealed` that `filter` (over alias `a`, with `params`)
/// picks, by id, each checked against its seal and the audit entries
/// before `before`.
pub(super) fn check_rows(
    session: &Session,
    sealed: Sealed,
    filter: &str,
    params: &Params<'_>,
    before: i64,
) -> Result<Vec<Checked>> {
    let before_at = params.len() + 1;
    let machines = if sealed.derived().contains(&Derived::Machines) {
        derived_sql(Derived::Machines)
    } else {
        "NULL::bigint"
    };
    let sql = format!(
        "SELECT {}, a.seal, {machines}, {} FROM {} a WHERE {filter} ORDER BY a.id",
        sealed_columns(sealed),
        newest_sql(sealed, before_at),
        sealed.table()
    );
    let mut all: Vec<&(dyn postgres::types::ToSql + Sync)> = params.to_vec();
    all.push(&before);
    let rows = session.rows(&sql, &all)?;
    rows.iter()
        .map(|row| checked(session, sealed, row))
        .collect()
}

fn checked(session: &Session, sealed: Sealed, row: &Row) -> Result<Checked> {
    let count = sealed.column_names().count();
    let cells = (0..count)
        .map(|i| cell(row, i))
        .collect::<Result<Vec<_>>>()?;
    let seal: Option<String> = row.try_get(count)?;
    let machines: Option<i64> = row.try_get(count + 1)?;
    let newest: i64 = row.try_get(count + 2)?;
    let integer = |column: Option<&str>| match column.and_then(|c| position(sealed, c)) {
        Some(i) => match cells[i] {
            Cell::Integer(n) => n,
            _ => 0,
        },
        None => 0,
    };
    let counted_right = machines.is_none_or(|n| integer(Some("machines")) == n);
    let held = session
        .seal
        .as_ref()
        .map(|key| key.holds(sealed, seal.as_deref(), &seal_values(&cells)) && counted_right);
    Ok(Checked {
        id: integer(Some("id")),
        held,
        newest,
        recorded: integer(recorded_column(sealed)),
        cells,
        seal,
        sealed,
    })
}

/// Notes the rows of `sealed` that `filter` picks, about to change, with
/// whether each held and was fresh (counting audit entries before
/// `before`), unless the transaction noted them already.
pub(super) fn note_where(
    session: &Session,
    sealed: Sealed,
    filter: &str,
    params: &Params<'_>,
    before: i64,
) -> Result<()> {
    for row in check_rows(session, sealed, filter, params, before)? {
        let held = row.held.unwrap_or(false) && row.fresh();
        session
            .notes
            .borrow_mut()
            .entry((sealed, row.id))
            .or_insert(held);
    }
    Ok(())
}

/// [`note_where`] of the row with id `id`.
pub(super) fn note(session: &Session, sealed: Sealed, id: i64) -> Result<()> {
    note_where(session, sealed, "a.id = $1", &[&id], EVERY_ENTRY)
}

/// Notes a row just inserted: it is sealed at commit.
pub(super) fn note_new(session: &Session, sealed: Sealed, id: i64) {
    session.notes.borrow_mut().insert((sealed, id), true);
}

/// Notes what the audit entry `seq`, just appended, is about: the license
/// or key `target`, whether it held and was fresh before the entry; and,
/// on the first entry of a chain (`first`), the tenant, whose head moves.
pub(super) fn note_audited(
    scope: &PgScope<'_>,
    target: Option<(TargetKind, &str)>,
    seq: i64,
    first: bool,
) -> Result<()> {
    let session = scope.session;
    let tenant = &scope.tenant_id;
    match target {
        Some((TargetKind::License, key)) => {
            let filter = "a.tenant_id = $1 AND a.key = $2";
            note_where(session, Sealed::Licenses, filter, &[tenant, &key], seq)?;
        }
        Some((TargetKind::SigningKey, kid)) => {
            let filter = "a.tenant_id = $1 AND a.kid = $2";
            note_where(session, Sealed::SigningKeys, filter, &[tenant, &kid], seq)?;
        }
        _ => {}
    }
    if first {
        note_where(session, Sealed::Tenants, "a.id = $1", &[tenant], seq)?;
    }
    Ok(())
}

/// Seals every row the transaction changed that held before it; refuses
/// the commit when it changed any and the key is missing.
pub(super) fn seal_changed(session: &Session) -> Result<()> {
    let mut held: Vec<(Sealed, i64)> = {
        let notes = session.notes.borrow();
        if notes.is_empty() {
            return Ok(());
        }
        notes
            .iter()
            .filter(|(_, held)| **held)
            .map(|(row, _)| *row)
            .collect()
    };
    let key = session.seal.clone().ok_or_else(missing_key)?;
    // Tenants last: a row's `changed_seq` is read from its tenant's row.
    held.sort_by_key(|(sealed, id)| (*sealed == Sealed::Tenants, *id));
    for (sealed, id) in held {
        reseal(session, &key, sealed, id)?;
    }
    session.notes.borrow_mut().clear();
    Ok(())
}

/// Seals every row of every sealed table as it is.
pub(super) fn seal_all(session: &Session, key: &SealKey) -> Result<()> {
    for sealed in Sealed::ALL {
        let sql = format!("SELECT id FROM {} ORDER BY id", sealed.table());
        for row in session.rows(&sql, &[])? {
            reseal(session, key, sealed, row.try_get(0)?)?;
        }
    }
    session.notes.borrow_mut().clear();
    Ok(())
}

/// Brings a row's derived columns up to date and writes its seal.
fn reseal(session: &Session, key: &SealKey, sealed: Sealed, id: i64) -> Result<()> {
    let derived = sealed.derived();
    let selected: Vec<String> = sealed
        .column_names()
        .map(|name| {
            derived
                .iter()
                .find(|d| d.column() == name)
                .map_or(format!("a.{name}"), |&d| derived_sql(d).to_string())
        })
        .collect();
    let sql = format!(
        "SELECT {} FROM {} a WHERE a.id = $1",
        selected.join(", "),
        sealed.table()
    );
    let Some(row) = session.row(&sql, &[&id])? else {
        return Ok(()); // deleted in the same transaction
    };
    let cells = (0..selected.len())
        .map(|i| cell(&row, i))
        .collect::<Result<Vec<_>>>()?;
    let seal = key.seal(sealed, &seal_values(&cells));
    let derived_value = |d: Derived| match position(sealed, d.column()).map(|i| &cells[i]) {
        Some(Cell::Integer(n)) => *n,
        _ => 0,
    };
    let sql = match derived {
        [] => format!("UPDATE {} SET seal = $2 WHERE id = $1", sealed.table()),
        [Derived::ChangedSeq] => format!(
            "UPDATE {} SET seal = $2, changed_seq = $3 WHERE id = $1",
            sealed.table()
        ),
        _ => format!(
            "UPDATE {} SET seal = $2, changed_seq = $3, machines = $4 WHERE id = $1",
            sealed.table()
        ),
    };
    let (changed, machines) = (
        derived_value(Derived::ChangedSeq),
        derived_value(Derived::Machines),
    );
    let params: [&(dyn postgres::types::ToSql + Sync); 4] = [&id, &seal, &changed, &machines];
    session.run(&sql, &params[..2 + derived.len()])?;
    Ok(())
}

impl SealChecks for PgScope<'_> {
    fn tenant_seal_problem(&self) -> Result<Option<String>> {
        let question = Question::TenantProblem(self.tenant_id);
        let find = || Ok(Answer::Problem(self.find_tenant_seal_problem()?));
        self.session.remembered(question, find)?.problem()
    }

    fn license_seal_problem(&self, license_id: i64) -> Result<Option<String>> {
        let question = Question::LicenseProblem(license_id);
        let find = || Ok(Answer::Problem(self.find_license_seal_problem(license_id)?));
        self.session.remembered(question, find)?.problem()
    }

    fn sealed_kids(&self) -> Result<Vec<String>> {
        let question = Question::SealedKids(self.tenant_id);
        let find = || Ok(Answer::Words(self.find_sealed_kids()?));
        self.session.remembered(question, find)?.words()
    }

    fn broken_seals(&self) -> Result<Vec<BrokenSeal>> {
        let mut found = Vec::new();
        if let Some(problem) = self.tenant_seal_problem()? {
            found.push(sealing::broken_tenant(&self.tenant_slug, &problem));
        }
        for sealed in sealing::CHECKED_ONE_BY_ONE {
            let filter = "a.tenant_id = $1";
            let rows = check_rows(
                self.session,
                sealed,
                filter,
                &[&self.tenant_id],
                EVERY_ENTRY,
            )?;
            for row in rows {
                if !row.held.ok_or_else(missing_key)? {
                    found.push(BrokenSeal {
                        table: sealed.table(),
                        name: self.row_name(sealed, row.id)?,
                        reason: "its seal does not hold",
                    });
                }
            }
        }
        found.extend(self.rolled_back()?);
        Ok(found)
    }
}

impl PgScope<'_> {
    fn find_tenant_seal_problem(&self) -> Result<Option<String>> {
        let filter = "a.id = $1";
        let rows = check_rows(
            self.session,
            Sealed::Tenants,
            filter,
            &[&self.tenant_id],
            EVERY_ENTRY,
        )?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let held = row.held.ok_or_else(missing_key)?;
        Ok(sealing::tenant_problem(
            &self.tenant_slug,
            held,
            row.newest,
            row.recorded,
        ))
    }

    fn find_license_seal_problem(&self, license_id: i64) -> Result<Option<String>> {
        let (session, id) = (self.session, &license_id);
        let filter = "a.tenant_id = $1 AND a.id = $2";
        let rows = check_rows(
            session,
            Sealed::Licenses,
            filter,
            &[&self.tenant_id, id],
            EVERY_ENTRY,
        )?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let held = row.held.ok_or_else(missing_key)?;
        let filter = "a.tenant_id = $1 AND a.license_id = $2";
        let machines = check_rows(
            session,
            Sealed::Activations,
            filter,
            &[&self.tenant_id, id],
            EVERY_ENTRY,
        )?;
        let machine_broken = machines.iter().any(|m| m.held != Some(true));
        Ok(sealing::license_problem(
            held,
            row.newest,
            row.recorded,
            machine_broken,
        ))
    }

    fn find_sealed_kids(&self) -> Result<Vec<String>> {
        let rows = check_rows(
            self.session,
            Sealed::SigningKeys,
            "a.tenant_id = $1",
            &[&self.tenant_id],
            EVERY_ENTRY,
        )?;
        let kid_at = position(Sealed::SigningKeys, "kid");
        let mut kids = Vec::new();
        for row in rows {
            let trusted = row.held.ok_or_else(missing_key)? && row.fresh();
            if let (true, Some(Cell::Text(kid))) = (trusted, kid_at.map(|i| &row.cells[i])) {
                kids.push(kid.clone());
            }
        }
        Ok(kids)
    }

    /// Licenses and keys older than an audit entry about them.
    fn rolled_back(&self) -> Result<Vec<BrokenSeal>> {
        let sql = format!(
            "SELECT 'licenses', l.key FROM licenses l WHERE l.tenant_id = $1 AND l.changed_seq <
                 (SELECT COALESCE(max(a.seq), 0) FROM audit_log a
                  WHERE a.tenant_id = $1 AND a.target_type = '{}' AND a.target_id = l.key)
             UNION ALL
             SELECT 'signing_keys', k.kid FROM signing_keys k WHERE k.tenant_id = $1 AND k.changed_seq <
                 (SELECT COALESCE(max(a.seq), 0) FROM audit_log a
                  WHERE a.tenant_id = $1 AND a.target_type = '{}' AND a.target_id = k.kid)",
            TargetKind::License,
            TargetKind::SigningKey
        );
        let rows = self.session.rows(&sql, &[&self.tenant_id])?;
        rows.iter()
            .map(|row| {
                let table: &str = row.try_get(0)?;
                Ok(BrokenSeal {
                    table: if table == "licenses" {
                        "licenses"
                    } else {
                        "signing_keys"
                    },
                    name: row.try_get(1)?,
                    reason: sealing::ROLLED_BACK,
                })
            })
            .collect()
    }

    fn row_name(&self, sealed: Sealed, id: i64) -> Result<String> {
        let sql = match sealed {
            Sealed::SigningKeys => "SELECT kid FROM signing_keys WHERE id = $1",
            Sealed::Licenses => "SELECT key FROM licenses WHERE id = $1",
            Sealed::Activations => {
                "SELECT l.key || ' machine ' || a.fingerprint FROM activations a
                 JOIN licenses l ON l.id = a.license_id WHERE a.id = $1"
            }
            Sealed::Tenants => "SELECT slug FROM tenants WHERE id = $1",
            Sealed::ApiKeys => "SELECT 'API key ' || key_id FROM api_keys WHERE id = $1",
            Sealed::WebhookDeliveries => {
                "SELECT 'webhook #' || id || ' to ' || url FROM webhook_deliveries WHERE id = $1"
            }
        };
        self.session.value(sql, &[&id])
    }
}

/// Whether the one row of `sealed` that `filter` picks holds its seal
/// (false when there is none); `None` without the sealing key.
pub(super) fn holds(
    tx: &PgTx<'_>,
    sealed: Sealed,
    filter: &str,
    params: &Params<'_>,
) -> Result<Option<bool>> {
    let rows = check_rows(tx.session, sealed, filter, params, EVERY_ENTRY)?;
    Ok(rows.first().map_or(Some(false), |row| row.held))
}
