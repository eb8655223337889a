//! SQLite's rows as plain cells: for a copy to another backend
//! (`store/copy.rs`) and for plain statements (`store/plain.rs`).

use rusqlite::types::ValueRef;

use super::SqliteTx;
use crate::error::Result;
use crate::store::copy::{Cell, TableRows, select_every_row};

impl TableRows for SqliteTx<'_> {
    fn each_row_of(
        &self,
        table: &str,
        columns: &[String],
        each: &mut dyn FnMut(Vec<Cell>) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(&select_every_row(table, columns)?)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let cells = (0..columns.len())
                .map(|i| Ok(cell(row.get_ref(i)?)))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            each(cells)?;
        }
        Ok(())
    }
}

fn cell(value: ValueRef<'_>) -> Cell {
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Integer(i),
        ValueRef::Real(r) => Cell::Text(r.to_string()),
        ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Cell::Bytes(b.to_vec()),
    }
}

impl crate::store::plain::PlainSql for super::SqliteScope<'_> {
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64> {
        execute(self.conn, sql, params)
    }

    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
        query(self.conn, sql, params)
    }
}

impl crate::store::plain::PlainSql for SqliteTx<'_> {
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64> {
        execute(self.conn, sql, params)
    }

    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
        query(self.conn, sql, params)
    }
}

fn execute(conn: &rusqlite::Connection, sql: &str, params: &[Cell]) -> Result<u64> {
    let mut stmt = conn.prepare_cached(sql)?;
    let changed = stmt.execute(rusqlite::params_from_iter(params.iter().map(value)))?;
    Ok(changed as u64)
}

fn query(conn: &rusqlite::Connection, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let width = stmt.column_count();
    let mut rows = stmt.query(rusqlite::params_from_iter(params.iter().map(value)))?;
    let mut all = Vec::new();
    while let Some(row) = rows.next()? {
        all.push(
            (0..width)
                .map(|i| Ok(cell(row.get_ref(i)?)))
                .collect::<rusqlite::Result<Vec<_>>>()?,
        );
    }
    Ok(all)
}

/// A cell as SQLite binds it.
fn value(cell: &Cell) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match cell {
        Cell::Null => Value::Null,
        Cell::Integer(n) => Value::Integer(*n),
        Cell::Text(t) => Value::Text(t.clone()),
        Cell::Bytes(b) => Value::Blob(b.clone()),
    }
}
impl crate::store::billing::BillingRows for super::SqliteScope<'_> {}
impl crate::store::email::EmailRows for super::SqliteScope<'_> {}
impl crate::store::plans::PlanPolicyRows for super::SqliteScope<'_> {}
impl crate::store::activations::MachineScopeRows for super::SqliteScope<'_> {}
impl crate::store::activations::TrialRows for super::SqliteScope<'_> {}
impl crate::store::activations::UsageRows for super::SqliteScope<'_> {}
impl crate::store::activations::OverdueRows for super::SqliteScope<'_> {}
impl crate::store::email::EmailQueue for SqliteTx<'_> {}
impl crate::store::webhooks::OutboxPeek for SqliteTx<'_> {}
