//! PostgreSQL's rows for a copy to another database (`store/copy.rs`).

use super::handles::PgTx;
use super::session::cell;
use crate::error::Result;
use crate::store::copy::{Cell, TableRows, select_every_row};

impl TableRows for PgTx<'_> {
    fn each_row_of(
        &self,
        table: &str,
        columns: &[String],
        each: &mut dyn FnMut(Vec<Cell>) -> Result<()>,
    ) -> Result<()> {
        let sql = select_every_row(table, columns)?;
        for row in self.session.rows(&sql, &[])? {
            let cells = (0..columns.len())
                .map(|i| cell(&row, i))
                .collect::<Result<Vec<_>>>()?;
            each(cells)?;
        }
        Ok(())
    }
}
