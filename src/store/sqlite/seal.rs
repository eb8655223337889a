//! How the SQLite backend keeps the sealing rules (`store::sealing`).
//!
//! Nothing that writes has to remember to seal. Temporary triggers, which
//! exist only in keywright's own connection, note every row a transaction
//! inserts or changes, and the audit chain (the one writer of the log)
//! notes every license or key an entry is about, together with whether the
//! row held its seal before the transaction touched it. Before the
//! transaction commits, each noted row that held (or is new) gets its
//! derived columns brought up to date and a new seal. A row that did not
//! hold keeps its broken seal, so that no command launders a change made
//! outside keywright. A writer without the key (another program, or
//! keywright without its key store) cannot seal, so what it changes no
//! longer holds.
//!
//! Seals are made and checked in Rust, by [`SealKey`], called from SQL as
//! `kw_seal` and `kw_seal_held` over each row's values as [`SealValue`]s.
//! Bulk work seals rows as it writes them, so that the commit need not read
//! and write them again: a new license is inserted with `kw_seal` over its
//! values ([`SealSql::seal_of`]; no trigger notes a license inserted), and
//! a change of state writes the new seal in its UPDATE where the old row
//! held and was fresh ([`SealSql::seal_after`]).

use std::sync::{Arc, LazyLock};

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

use super::{SqliteScope, SqliteTx};
use crate::domain::audit::TargetKind;
use crate::error::Result;
use crate::store::answers::{Answer, Question};
use crate::store::sealing::{self, SealChecks};
use crate::store::sealing::{
    BrokenSeal, Derived, Freshness, SealKey, SealValue, Sealed, missing_key,
};

/// A value SQLite holds, as the seal encodes it.
fn seal_value(value: ValueRef<'_>) -> SealValue<'_> {
    match value {
        ValueRef::Null => SealValue::Null,
        ValueRef::Integer(n) => SealValue::Integer(n),
        ValueRef::Real(x) => SealValue::Real(x),
        ValueRef::Text(t) => SealValue::Text(t),
        ValueRef::Blob(b) => SealValue::Bytes(b),
    }
}

/// The SQL that keeps the sealing rules of a table in SQLite.
pub(crate) trait SealSql: Copy {
    /// The seal of a new row as SQL (see the impl).
    fn seal_of(self, values: &[(&str, &str)]) -> String;
    /// The seal an UPDATE writes (see the impl).
    fn seal_after(self, changes: &[(&str, &str)]) -> String;
    /// Whether the row aliased `alias` holds its seal, as SQL.
    fn held_as(self, alias: &str) -> String;
}

/// The SQL computing a derived column for the row of `sealed` (the table
/// itself, unaliased).
fn derived_sql(sealed: Sealed, derived: Derived) -> String {
    let table = sealed.table();
    match derived {
        Derived::ChangedSeq => {
            format!("(SELECT audit_seq FROM main.tenants t WHERE t.id = {table}.tenant_id)")
        }
        Derived::Machines => format!(
            "(SELECT COUNT(*) FROM main.activations m \
             WHERE m.tenant_id = {table}.tenant_id AND m.license_id = {table}.id)"
        ),
    }
}

impl SealSql for Sealed {
    /// The seal of a new row as SQL: `kw_seal` over the sealed columns,
    /// each the SQL of its value in `values` (by column name), NULL if it
    /// is not there. An INSERT that writes it as the row's `seal` (with
    /// the derived columns up to date) makes a row that holds already, so
    /// the commit does not seal it again.
    fn seal_of(self, values: &[(&str, &str)]) -> String {
        let values: Vec<&str> = self
            .column_names()
            .map(|column| {
                values
                    .iter()
                    .find(|(name, _)| *name == column)
                    .map_or("NULL", |(_, sql)| *sql)
            })
            .collect();
        format!("kw_seal('{}', {})", self.table(), values.join(", "))
    }

    /// The seal an UPDATE of the row aliased `a` writes when it sets
    /// `changes` (column, SQL of its new value) and leaves every other
    /// sealed column as it is, as SQL: `kw_seal` over the new values when
    /// the row held and was fresh before the change, else the old seal, so
    /// that no change made outside keywright is laundered (the row is then
    /// noted as broken, and stays so). An UPDATE that writes it needs no
    /// seal at commit, provided `changed_seq` is among `changes`, set to the
    /// seq of the last audit entry about the change, and the entries are
    /// appended with `AuditChain::append_sealed` or its linked form,
    /// `append_sealed_linked` (store/audit.rs).
    fn seal_after(self, changes: &[(&str, &str)]) -> String {
        let columns: Vec<String> = self.column_names().map(|c| format!("a.{c}")).collect();
        let values: Vec<(&str, &str)> = self
            .column_names()
            .zip(&columns)
            .map(|(name, old)| {
                changes
                    .iter()
                    .find(|(changed, _)| *changed == name)
                    .map_or((name, old.as_str()), |&(_, new)| (name, new))
            })
            .collect();
        format!(
            "CASE WHEN {} AND {} THEN {} ELSE a.seal END",
            held(self),
            fresh(self, EVERY_ENTRY),
            self.seal_of(&values)
        )
    }

    /// Whether the row aliased `alias` holds its seal, as SQL (NULL without
    /// a key); a row that counts its machines must also have as many
    /// activations as it counts.
    fn held_as(self, alias: &str) -> String {
        let values: Vec<String> = self
            .column_names()
            .map(|c| format!("{alias}.{c}"))
            .collect();
        let seal = format!(
            "kw_seal_held('{}', {alias}.seal, {})",
            self.table(),
            values.join(", ")
        );
        if self.derived().contains(&Derived::Machines) {
            format!(
                "({seal} AND {alias}.machines = (SELECT COUNT(*) FROM main.activations x \
                 WHERE x.tenant_id = {alias}.tenant_id AND x.license_id = {alias}.id))"
            )
        } else {
            seal
        }
    }
}

/// [`SealSql::held_as`] for the row aliased `a`.
fn held(sealed: Sealed) -> String {
    sealed.held_as("a")
}

/// The seq of the newest audit entry before `before` about the license or
/// key aliased `row`, or in the log of the tenant aliased `row`, as SQL (0
/// for rows no entry is about). (`+seq` keeps SQLite on the index by
/// target: over the index by seq, `MAX` would walk the whole log.)
fn newest_entry(sealed: Sealed, row: &str, before: &str) -> String {
    match sealed.freshness() {
        Freshness::AboutIt { target, named_by } => format!(
            "(SELECT COALESCE(MAX(+e.seq), 0) FROM main.audit_log e WHERE e.tenant_id = {row}.tenant_id \
             AND e.target_type = '{target}' AND e.target_id = {row}.{named_by} AND +e.seq < {before})"
        ),
        Freshness::LogHead => format!(
            "(SELECT COALESCE(MAX(seq), 0) FROM main.audit_log e \
             WHERE e.tenant_id = {row}.id AND e.seq < {before})"
        ),
        Freshness::Always => "0".into(),
    }
}

/// Whether the row aliased `a` is fresh ([`Freshness`]), as SQL. `before`
/// bounds the entries looked at (the one being inserted, and later, are
/// not yet the row's).
fn fresh(sealed: Sealed, before: &str) -> String {
    match sealed.freshness() {
        Freshness::AboutIt { .. } => {
            format!("a.changed_seq >= {}", newest_entry(sealed, "a", before))
        }
        Freshness::LogHead => format!("a.audit_seq = {}", newest_entry(sealed, "a", before)),
        Freshness::Always => "1".into(),
    }
}

/// SQL that notes the row of `sealed` with id `id_expr`, and whether it
/// held and was fresh (counting audit entries before `before`), unless the
/// transaction has noted it already.
fn note(sealed: Sealed, id_expr: &str, before: &str) -> String {
    format!(
        "INSERT OR IGNORE INTO pending_seals SELECT '{table}', a.id, ({held} AND {fresh}) \
         FROM main.{table} a WHERE a.id = {id_expr} AND NOT EXISTS \
         (SELECT 1 FROM pending_seals p WHERE p.tbl = '{table}' AND p.id = a.id);",
        table = sealed.table(),
        held = held(sealed),
        fresh = fresh(sealed, before),
    )
}

/// No bound on the audit entries counted: every entry so far.
const EVERY_ENTRY: &str = "9223372036854775807";

/// The triggers of one connection: rows inserted are new (they hold);
/// rows about to change are noted with whether they held until now (the
/// licenses and keys an audit entry is about: see [`note_audited`]).
fn tracking_sql() -> String {
    let mut sql = String::from(
        "CREATE TEMP TABLE IF NOT EXISTS pending_seals \
         (tbl TEXT NOT NULL, id INTEGER NOT NULL, held INTEGER, PRIMARY KEY (tbl, id)) WITHOUT ROWID;\n",
    );
    for sealed in Sealed::ALL {
        let table = sealed.table();
        // A license is inserted only by `Scope::insert_license`, sealed as
        // it is written (`Sealed::seal_of`): a trigger, whose mere presence
        // would cost each insert of a batch a trigger program and a
        // statement journal, would never note one.
        if sealed != Sealed::Licenses {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS seal_{table}_insert AFTER INSERT ON main.{table} \
                 WHEN NEW.seal IS NULL OR NOT COALESCE({}, 0) \
                 BEGIN INSERT OR REPLACE INTO pending_seals VALUES ('{table}', NEW.id, 1); END;\n",
                sealed.held_as("NEW")
            ));
        }
        if sealed.mutable() {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS seal_{table}_update BEFORE UPDATE ON main.{table} \
                 WHEN NEW.seal IS OLD.seal BEGIN {} END;\n",
                note(sealed, "OLD.id", EVERY_ENTRY)
            ));
        }
    }
    let license = Sealed::Licenses;
    sql.push_str(&format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS seal_machine_added BEFORE INSERT ON main.activations \
         BEGIN {} END;\n\
         CREATE TEMP TRIGGER IF NOT EXISTS seal_machine_removed BEFORE DELETE ON main.activations \
         BEGIN {} END;\n",
        note(license, "NEW.license_id", EVERY_ENTRY),
        note(license, "OLD.license_id", EVERY_ENTRY),
    ));
    sql
}

/// Notes what the audit entry `seq` of tenant `tenant_id`, just appended,
/// is about: the license or signing key `target` (type and name), whether
/// it held and was fresh before the entry; and, on the first entry of a
/// chain (`first`), the tenant, whose sealed head the entry moves. The
/// audit chain calls this for every entry (store/audit.rs), with no target
/// for one appended sealed, in place of a trigger on the log,
/// which would cost every entry a trigger program and a statement journal.
pub(crate) fn note_audited(
    conn: &Connection,
    tenant_id: i64,
    target: Option<(TargetKind, &str)>,
    seq: i64,
    first: bool,
) -> Result<()> {
    static NOTES: LazyLock<[String; 3]> = LazyLock::new(|| {
        let about = |sealed: Sealed, name: &str| {
            let id = format!(
                "(SELECT id FROM main.{} WHERE tenant_id = ?1 AND {name} = ?2)",
                sealed.table()
            );
            note(sealed, &id, "?3")
        };
        [
            about(Sealed::Licenses, "key"),
            about(Sealed::SigningKeys, "kid"),
            note(Sealed::Tenants, "?1", "?2"),
        ]
    });
    let [license, key, tenant] = &*NOTES;
    let about = match target {
        Some((TargetKind::License, name)) => Some((license, name)),
        Some((TargetKind::SigningKey, name)) => Some((key, name)),
        _ => None,
    };
    if let Some((sql, name)) = about {
        conn.prepare_cached(sql)?
            .execute(rusqlite::params![tenant_id, name, seq])?;
    }
    if first {
        conn.prepare_cached(tenant)?
            .execute(rusqlite::params![tenant_id, seq])?;
    }
    Ok(())
}

/// Makes `kw_seal_held` in this connection, which checks seals with `key`
/// (the sealing key, if the key store gave it), and `kw_seal`, which makes
/// them (NULL without the key).
pub(crate) fn check_with(conn: &Connection, key: Option<Arc<SealKey>>) -> Result<()> {
    let sealing = key.clone();
    conn.create_scalar_function("kw_seal", -1, FunctionFlags::SQLITE_UTF8, move |ctx| {
        let Some(key) = &sealing else {
            return Ok(None);
        };
        let Some(sealed) = Sealed::named(&ctx.get::<String>(0)?) else {
            return Ok(None);
        };
        let values: Vec<SealValue<'_>> =
            (1..ctx.len()).map(|i| seal_value(ctx.get_raw(i))).collect();
        Ok(Some(key.seal(sealed, &values)))
    })?;
    conn.create_scalar_function("kw_seal_held", -1, FunctionFlags::SQLITE_UTF8, move |ctx| {
        let Some(key) = &key else {
            return Ok(None);
        };
        let Some(sealed) = Sealed::named(&ctx.get::<String>(0)?) else {
            return Ok(Some(false));
        };
        let stored = ctx.get::<Option<String>>(1)?;
        let values: Vec<SealValue<'_>> =
            (2..ctx.len()).map(|i| seal_value(ctx.get_raw(i))).collect();
        Ok(Some(key.holds(sealed, stored.as_deref(), &values)))
    })?;
    Ok(())
}

/// Makes the tracking table and triggers in this connection, before its
/// first write: a connection that only reads (a `validate`, the service's
/// readers) does without them.
pub(crate) fn track_changes(conn: &Connection) -> Result<()> {
    Ok(conn.execute_batch(&tracking_sql())?)
}

/// Seals every row the transaction changed that held before it; refuses
/// the commit when it changed any and the key is missing.
pub(crate) fn seal_changed(conn: &Connection, key: Option<&SealKey>) -> Result<()> {
    let pending: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM pending_seals")?
        .query_row([], |r| r.get(0))?;
    if pending == 0 {
        return Ok(());
    }
    let key = key.ok_or_else(missing_key)?;
    for sealed in Sealed::ALL {
        let ids: Vec<i64> = conn
            .prepare_cached("SELECT id FROM pending_seals WHERE tbl = ?1 AND held ORDER BY id")?
            .query_map([sealed.table()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            reseal(conn, key, sealed, id)?;
        }
    }
    conn.prepare_cached("DELETE FROM pending_seals")?
        .execute([])?;
    Ok(())
}

/// Seals every row of every sealed table as it is: how a database made
/// before seals is adopted, once (docs/threat-model.md).
pub(crate) fn seal_all(conn: &Connection, key: &SealKey) -> Result<()> {
    for sealed in Sealed::ALL {
        let ids: Vec<i64> = conn
            .prepare(&format!("SELECT id FROM main.{}", sealed.table()))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            reseal(conn, key, sealed, id)?;
        }
    }
    conn.execute("DELETE FROM pending_seals", [])?;
    Ok(())
}

/// Brings a row's derived columns up to date and writes its seal, in one
/// UPDATE: the derived values are read with the rest of the row, the seal
/// made over them, and all written together.
fn reseal(conn: &Connection, key: &SealKey, sealed: Sealed, id: i64) -> Result<()> {
    let names: Vec<&str> = sealed.column_names().collect();
    let derived = sealed.derived();
    let selected: Vec<String> = names
        .iter()
        .map(|name| {
            derived
                .iter()
                .find(|d| d.column() == *name)
                .map_or(name.to_string(), |&d| derived_sql(sealed, d))
        })
        .collect();
    let table = sealed.table();
    let sql = format!(
        "SELECT {} FROM main.{table} WHERE id = ?1",
        selected.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    let Some(row) = rows.next()? else {
        return Ok(()); // deleted in the same transaction
    };
    let values: Vec<SealValue<'_>> = (0..names.len())
        .map(|i| row.get_ref(i).map(seal_value))
        .collect::<rusqlite::Result<_>>()?;
    let seal = key.seal(sealed, &values);
    let mut assigned: Vec<rusqlite::types::Value> = vec![id.into(), seal.into()];
    let mut sets = vec!["seal = ?2".to_string()];
    for name in derived.iter().map(|d| d.column()) {
        let i = names
            .iter()
            .position(|n| *n == name)
            .expect("a derived column is one of the sealed columns");
        assigned.push(row.get(i)?);
        sets.push(format!("{name} = ?{}", assigned.len()));
    }
    drop(rows);
    let update = format!(
        "UPDATE main.{table} SET {} WHERE id = ?1 AND seal IS NOT ?2",
        sets.join(", ")
    );
    conn.prepare_cached(&update)?
        .execute(rusqlite::params_from_iter(assigned))?;
    Ok(())
}

/// The ids of the tenant's rows of `sealed` that do not hold their seal;
/// for licenses, also those whose activation count does not match.
fn broken(conn: &Connection, sealed: Sealed, tenant_id: i64) -> Result<Vec<i64>> {
    let sql = format!(
        "SELECT a.id, {} FROM main.{} a WHERE a.{} = ?1 ORDER BY a.id",
        held(sealed),
        sealed.table(),
        sealed.tenant_column()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([tenant_id])?;
    let mut broken = Vec::new();
    while let Some(row) = rows.next()? {
        let held: Option<bool> = row.get(1)?;
        match held {
            None => return Err(missing_key()),
            Some(false) => broken.push(row.get(0)?),
            Some(true) => {}
        }
    }
    Ok(broken)
}

/// Whether one row holds its seal (and, for a license, its activation
/// count); `None` when there is no such row.
fn holds(conn: &Connection, sealed: Sealed, id: i64) -> Result<Option<bool>> {
    let sql = format!(
        "SELECT {} FROM main.{} a WHERE a.id = ?1",
        held(sealed),
        sealed.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        None => Ok(None),
        Some(row) => row
            .get::<_, Option<bool>>(0)?
            .map(Some)
            .ok_or_else(missing_key),
    }
}

/// The columns that check the seal of the license aliased `row` (see
/// [`license_problem_at`]): whether its seal holds (with its activation
/// count), the newest audit entry about it, its `changed_seq`, and whether
/// any of its machines does not hold its own seal.
pub(super) fn license_check_columns(row: &str) -> String {
    format!(
        "{}, {}, {row}.changed_seq, EXISTS (SELECT 1 FROM main.activations m \
         WHERE m.tenant_id = {row}.tenant_id AND m.license_id = {row}.id AND NOT {})",
        Sealed::Licenses.held_as(row),
        newest_entry(Sealed::Licenses, row, EVERY_ENTRY),
        Sealed::Activations.held_as("m"),
    )
}

/// What is wrong with a license's row, from [`license_check_columns`]
/// read from column `first` on.
pub(super) fn license_problem_at(row: &rusqlite::Row<'_>, first: usize) -> Result<Option<String>> {
    let held: Option<bool> = row.get(first)?;
    let (newest, changed): (i64, i64) = (row.get(first + 1)?, row.get(first + 2)?);
    let machine_broken: Option<bool> = row.get(first + 3)?;
    let held = held.ok_or_else(missing_key)?;
    let machine_broken = machine_broken.ok_or_else(missing_key)?;
    Ok(sealing::license_problem(
        held,
        newest,
        changed,
        machine_broken,
    ))
}

impl SealChecks for SqliteScope<'_> {
    fn tenant_seal_problem(&self) -> Result<Option<String>> {
        let question = Question::TenantProblem(self.tenant_id);
        let find = || Ok(Answer::Problem(self.find_tenant_seal_problem()?));
        self.remembered(question, find)?.problem()
    }

    fn license_seal_problem(&self, license_id: i64) -> Result<Option<String>> {
        let question = Question::LicenseProblem(license_id);
        let find = || Ok(Answer::Problem(self.find_license_seal_problem(license_id)?));
        self.remembered(question, find)?.problem()
    }

    fn sealed_kids(&self) -> Result<Vec<String>> {
        let question = Question::SealedKids(self.tenant_id);
        let find = || Ok(Answer::Words(self.find_sealed_kids()?));
        self.remembered(question, find)?.words()
    }

    fn broken_seals(&self) -> Result<Vec<BrokenSeal>> {
        let mut found = Vec::new();
        if let Some(problem) = self.tenant_seal_problem()? {
            found.push(sealing::broken_tenant(&self.tenant_slug, &problem));
        }
        for sealed in sealing::CHECKED_ONE_BY_ONE {
            for id in broken(self.conn, sealed, self.tenant_id)? {
                found.push(BrokenSeal {
                    table: sealed.table(),
                    name: self.row_name(sealed, id)?,
                    reason: "its seal does not hold",
                });
            }
        }
        found.extend(self.rolled_back()?);
        Ok(found)
    }
}

impl SqliteScope<'_> {
    fn find_tenant_seal_problem(&self) -> Result<Option<String>> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT {}, a.audit_seq, {} FROM main.tenants a WHERE a.id = ?1",
                held(Sealed::Tenants),
                newest_entry(Sealed::Tenants, "a", EVERY_ENTRY)
            )
        });
        let (held, sealed_seq, newest): (Option<bool>, i64, i64) = self
            .conn
            .prepare_cached(&SQL)?
            .query_row([self.tenant_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let held = held.ok_or_else(missing_key)?;
        Ok(sealing::tenant_problem(
            &self.tenant_slug,
            held,
            newest,
            sealed_seq,
        ))
    }

    /// One statement: the row's seal (with its activation count), the
    /// newest audit entry about it against its `changed_seq`, and whether
    /// any of its machines does not hold its own seal.
    fn find_license_seal_problem(&self, license_id: i64) -> Result<Option<String>> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT {} FROM main.licenses a WHERE a.id = ?1",
                license_check_columns("a")
            )
        });
        let mut stmt = self.conn.prepare_cached(&SQL)?;
        let mut rows = stmt.query([license_id])?;
        match rows.next()? {
            Some(row) => license_problem_at(row, 0),
            None => Ok(None),
        }
    }

    fn find_sealed_kids(&self) -> Result<Vec<String>> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT a.kid, {}, {} <= a.changed_seq FROM main.signing_keys a \
                 WHERE a.tenant_id = ?1 ORDER BY a.id",
                held(Sealed::SigningKeys),
                newest_entry(Sealed::SigningKeys, "a", EVERY_ENTRY),
            )
        });
        let mut stmt = self.conn.prepare_cached(&SQL)?;
        let mut rows = stmt.query([self.tenant_id])?;
        let mut kids = Vec::new();
        while let Some(row) = rows.next()? {
            let held: Option<bool> = row.get(1)?;
            let fresh: bool = row.get(2)?;
            if held.ok_or_else(missing_key)? && fresh {
                kids.push(row.get(0)?);
            }
        }
        Ok(kids)
    }

    /// Licenses and keys older than an audit entry about them.
    fn rolled_back(&self) -> Result<Vec<BrokenSeal>> {
        let sql = format!(
            "SELECT 'licenses', l.key FROM licenses l WHERE l.tenant_id = ?1 AND l.changed_seq <
                 (SELECT COALESCE(MAX(+a.seq), 0) FROM audit_log a
                  WHERE a.tenant_id = ?1 AND a.target_type = '{}' AND a.target_id = l.key)
             UNION ALL
             SELECT 'signing_keys', k.kid FROM signing_keys k WHERE k.tenant_id = ?1 AND k.changed_seq <
                 (SELECT COALESCE(MAX(+a.seq), 0) FROM audit_log a
                  WHERE a.tenant_id = ?1 AND a.target_type = '{}' AND a.target_id = k.kid)",
            TargetKind::License,
            TargetKind::SigningKey
        );
        let rows: Vec<(String, String)> = self
            .conn
            .prepare(&sql)?
            .query_map([self.tenant_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .map(|(table, name)| BrokenSeal {
                table: if table == "licenses" {
                    "licenses"
                } else {
                    "signing_keys"
                },
                name,
                reason: sealing::ROLLED_BACK,
            })
            .collect())
    }

    fn row_name(&self, sealed: Sealed, id: i64) -> Result<String> {
        let sql = match sealed {
            Sealed::SigningKeys => "SELECT kid FROM signing_keys WHERE id = ?1",
            Sealed::Licenses => "SELECT key FROM licenses WHERE id = ?1",
            Sealed::Activations => {
                "SELECT l.key || ' machine ' || a.fingerprint FROM activations a
                 JOIN licenses l ON l.id = a.license_id WHERE a.id = ?1"
            }
            Sealed::Tenants => "SELECT slug FROM tenants WHERE id = ?1",
            Sealed::ApiKeys => "SELECT 'API key ' || key_id FROM api_keys WHERE id = ?1",
            Sealed::WebhookDeliveries => {
                "SELECT 'webhook #' || id || ' to ' || url FROM webhook_deliveries WHERE id = ?1"
            }
        };
        Ok(self.conn.query_row(sql, [id], |r| r.get(0))?)
    }
}

/// Whether the API key row with public id `key_id` holds its seal.
pub(super) fn api_key_holds(tx: &SqliteTx<'_>, key_id: &str) -> Result<bool> {
    let check = || {
        let id: Option<i64> = tx
            .conn
            .prepare_cached("SELECT id FROM api_keys WHERE key_id = ?1")?
            .query_row([key_id], |r| r.get(0))
            .optional()?;
        let held = match id {
            Some(id) => holds(tx.conn, Sealed::ApiKeys, id)? == Some(true),
            None => false,
        };
        Ok(Answer::Held(Some(held)))
    };
    let question = Question::ApiKeyHolds(key_id.to_string());
    Ok(tx.remembered(question, check)?.held()? == Some(true))
}

/// Whether the queued webhook `id` holds its seal.
pub(super) fn webhook_holds(tx: &SqliteTx<'_>, id: i64) -> Result<bool> {
    Ok(holds(tx.conn, Sealed::WebhookDeliveries, id)? == Some(true))
}
