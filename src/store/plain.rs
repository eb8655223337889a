//! Plain statements: the same SQL text on every backend, for tables whose
//! rows need nothing a backend does on its own (no seals, no batches).
//! Placeholders are `$1`, `$2`, … each first written in that order (SQLite
//! numbers `$N` by first appearance, PostgreSQL by N); parameters and
//! columns are [`Cell`]s, read through [`Columns`]. PostgreSQL gives a
//! placeholder the type of what it first meets: write it first beside a
//! column (`l.product_id = $4 OR $4 = 0`), not beside a bare literal.

use super::columns::Columns;
use super::copy::Cell;
use crate::error::{Error, Result};

/// What a backend does with a plain statement.
pub trait PlainSql {
    /// Runs a statement; returns how many rows it changed.
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64>;

    /// The rows a query gives, each as its cells in column order.
    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>>;
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Integer(n)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<&String> for Cell {
    fn from(text: &String) -> Cell {
        Cell::Text(text.clone())
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Null, Into::into)
    }
}

impl Columns for Vec<Cell> {
    fn integer(&self, index: usize) -> Result<Option<i64>> {
        match self.get(index) {
            Some(Cell::Integer(n)) => Ok(Some(*n)),
            Some(Cell::Null) => Ok(None),
            other => Err(mismatch(index, "an integer", other)),
        }
    }

    fn text(&self, index: usize) -> Result<Option<String>> {
        match self.get(index) {
            Some(Cell::Text(t)) => Ok(Some(t.clone())),
            Some(Cell::Null) => Ok(None),
            other => Err(mismatch(index, "text", other)),
        }
    }

    fn flag(&self, index: usize) -> Result<Option<bool>> {
        Ok(self.integer(index)?.map(|n| n != 0))
    }

    fn bytes(&self, index: usize) -> Result<Option<Vec<u8>>> {
        match self.get(index) {
            Some(Cell::Bytes(b)) => Ok(Some(b.clone())),
            Some(Cell::Null) => Ok(None),
            other => Err(mismatch(index, "bytes", other)),
        }
    }
}

fn mismatch(index: usize, wanted: &str, found: Option<&Cell>) -> Error {
    Error::runtime(format!(
        "column {index} holds {found:?} where keywright keeps {wanted}; run `keywright doctor`"
    ))
}
