//! SQLite's rows for a copy to another backend (`store/copy.rs`).

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
