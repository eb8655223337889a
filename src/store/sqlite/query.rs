//! Building blocks of SQLite's queries, shared by the per-table files:
//! tenant-filtered conditions, whitelisted ordering, and reading a page or
//! a cursor's worth of a list.

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params_from_iter};
use serde::Serialize;

use crate::error::Result;
use crate::store::conditions::{Conditions, Param};
use crate::store::page::{Cursor, PageRequest, Rows, Span};

/// How SQLite runs a list's conditions (`store/conditions.rs`).
pub(crate) trait SqliteConditions {
    fn each<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        order_by: &str,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        visit: impl FnMut(T) -> Result<()>,
    ) -> Result<u64>;

    fn all<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        order_by: &str,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>>;

    fn single<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T>;

    fn read_span<T>(
        self,
        conn: &Connection,
        rows: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>>;
}

/// The parameters of conditions as SQLite binds them.
fn sqlite_params(c: &Conditions) -> Vec<Value> {
    c.params()
        .iter()
        .map(|p| match p {
            Param::Integer(n) => Value::Integer(*n),
            Param::Text(t) => Value::Text(t.clone()),
        })
        .collect()
}

/// The rows a list reads: its columns, its table (or join), the id column
/// a cursor follows, and the order of a numbered page.
pub(crate) struct Listing<'a> {
    pub select: &'a str,
    pub from: &'a str,
    pub id_column: &'a str,
    pub order_by: &'a str,
    /// For a numbered page: the table alone (no join) when its indexes hold
    /// the filter and the order, so that the rows skipped are counted and
    /// passed there and only the page's rows are joined; a deep page then
    /// costs little more than the first.
    pub narrow: Option<&'a str>,
}

impl SqliteConditions for Conditions {
    /// Calls `visit` with each row under these conditions, streaming;
    /// returns how many rows there were.
    fn each<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        order_by: &str,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        mut visit: impl FnMut(T) -> Result<()>,
    ) -> Result<u64> {
        self.runnable()?;
        let sql = format!(
            "SELECT {select} FROM {from} WHERE {} ORDER BY {order_by}",
            self.sql()
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(sqlite_params(self).iter()))?;
        let mut count = 0;
        while let Some(row) = rows.next()? {
            visit(map(row)?)?;
            count += 1;
        }
        Ok(count)
    }

    /// Reads every row under these conditions.
    fn all<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        order_by: &str,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut all = Vec::new();
        self.each(conn, select, from, order_by, map, |row| {
            all.push(row);
            Ok(())
        })?;
        Ok(all)
    }

    /// Reads one row of aggregates under these conditions.
    fn single<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.runnable()?;
        let sql = format!("SELECT {select} FROM {from} WHERE {}", self.sql());
        Ok(conn.query_row(&sql, params_from_iter(sqlite_params(self).iter()), map)?)
    }

    /// Reads the part of the rows under these conditions that `span` names:
    /// a numbered page in the listing's order (with the count of all
    /// rows), or the rows after a cursor in id order (one more is read to
    /// know whether a next page follows; `id_of` gives a row's id).
    fn read_span<T>(
        self,
        conn: &Connection,
        rows: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        match span {
            Span::Numbered(page) => numbered(self, conn, rows, page, map),
            Span::After(cursor) => after(self, conn, rows, cursor, map, id_of),
        }
    }
}

/// The number of rows of `from` under these conditions.
fn count(c: &Conditions, conn: &Connection, from: &str) -> Result<u64> {
    c.runnable()?;
    let sql = format!("SELECT COUNT(*) FROM {from} WHERE {}", c.sql());
    let total: i64 = conn.query_row(&sql, params_from_iter(sqlite_params(c).iter()), |r| {
        r.get(0)
    })?;
    Ok(total as u64)
}

fn numbered<T>(
    c: Conditions,
    conn: &Connection,
    rows: &Listing<'_>,
    page: PageRequest,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Rows<T>> {
    let (select, from, order_by) = (rows.select, rows.from, rows.order_by);
    let window = format!("LIMIT {} OFFSET {}", page.limit, page.offset());
    let (total, sql) = match rows.narrow {
        None => (
            count(&c, conn, from)?,
            format!(
                "SELECT {select} FROM {from} WHERE {} ORDER BY {order_by} {window}",
                c.sql()
            ),
        ),
        Some(narrow) => (
            count(&c, conn, narrow)?,
            format!(
                "SELECT {select} FROM {from} WHERE {id} IN \
                 (SELECT {id} FROM {narrow} WHERE {} ORDER BY {order_by} {window}) \
                 ORDER BY {order_by}",
                c.sql(),
                id = rows.id_column,
            ),
        ),
    };
    let mut stmt = conn.prepare(&sql)?;
    let items = stmt
        .query_map(params_from_iter(sqlite_params(&c).iter()), map)?
        .collect::<rusqlite::Result<Vec<T>>>()?;
    Ok(Rows {
        items,
        total: Some(total),
        next: None,
    })
}

fn after<T>(
    mut c: Conditions,
    conn: &Connection,
    rows: &Listing<'_>,
    cursor: Cursor,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    id_of: impl Fn(&T) -> i64,
) -> Result<Rows<T>> {
    c.runnable()?;
    let (select, from, id_column) = (rows.select, rows.from, rows.id_column);
    if let Some(after) = cursor.after {
        c.push(&format!("{id_column} > ?"), after);
    }
    let sql = format!(
        "SELECT {select} FROM {from} WHERE {} ORDER BY {id_column} LIMIT {}",
        c.sql(),
        u64::from(cursor.limit) + 1
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map(params_from_iter(sqlite_params(&c).iter()), map)?
        .collect::<rusqlite::Result<Vec<T>>>()?;
    let more = items.len() > cursor.limit as usize;
    items.truncate(cursor.limit as usize);
    let next = more
        .then(|| items.last().map(|last| id_of(last).to_string()))
        .flatten();
    Ok(Rows {
        items,
        total: None,
        next,
    })
}

/// Writes a value as JSON text for a column.
pub(crate) fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data serialises to JSON")
}

impl crate::store::columns::Columns for Row<'_> {
    fn integer(&self, index: usize) -> Result<Option<i64>> {
        Ok(self.get(index)?)
    }

    fn text(&self, index: usize) -> Result<Option<String>> {
        Ok(self.get(index)?)
    }

    fn flag(&self, index: usize) -> Result<Option<bool>> {
        Ok(self.get(index)?)
    }

    fn bytes(&self, index: usize) -> Result<Option<Vec<u8>>> {
        Ok(self.get(index)?)
    }
}

/// What a table's reader (`store/<table>.rs`) made of a row, as rusqlite's
/// closures take it.
pub(crate) fn as_sqlite<T>(read: Result<T>) -> rusqlite::Result<T> {
    read.map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Null, Box::new(e))
    })
}
