//! PostgreSQL's rows for a copy to another database (`store/copy.rs`).

use super::handles::PgTx;
use super::session::cell;
use crate::error::{Error, Result};
use crate::store::copy::{Cell, TABLES, TableRows};

impl TableRows for PgTx<'_> {
    fn each_row_of(
        &self,
        table: &str,
        columns: &[String],
        each: &mut dyn FnMut(Vec<Cell>) -> Result<()>,
    ) -> Result<()> {
        if !TABLES.contains(&table) {
            return Err(Error::runtime(format!(
                "{table} is not a table keywright copies"
            )));
        }
        let listed = columns
            .iter()
            .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("SELECT {listed} FROM {table} ORDER BY id");
        for row in self.session.rows(&sql, &[])? {
            let cells = (0..columns.len())
                .map(|i| cell(&row, i))
                .collect::<Result<Vec<_>>>()?;
            each(cells)?;
        }
        Ok(())
    }
}
