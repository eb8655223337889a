//! Building blocks of SQLite's queries, shared by the per-table files:
//! tenant-filtered conditions, whitelisted ordering, and reading a page or
//! a cursor's worth of a list.

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params_from_iter};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::page::{Cursor, Order, PageRequest, Rows, Span};

impl Order {
    pub fn sql(self) -> &'static str {
        match self {
            Order::Asc => "ASC",
            Order::Desc => "DESC",
        }
    }
}

/// A WHERE clause that always starts with the tenant filter.
pub(crate) struct Conditions {
    sql: String,
    params: Vec<Value>,
    /// Why these conditions cannot be run (a search text too long).
    refused: Option<String>,
}

/// The longest search text, in characters: longer than any name or email
/// keywright stores, and far below SQLite's limit on LIKE patterns.
pub const MAX_SEARCH_CHARS: usize = 1000;

impl Conditions {
    pub(crate) fn for_tenant(tenant_id: i64) -> Self {
        Conditions {
            sql: String::from("tenant_id = ?1"),
            params: vec![Value::Integer(tenant_id)],
            refused: None,
        }
    }

    /// The same conditions with the tenant column named as `column`, for joins.
    pub(crate) fn qualified(self, column: &str) -> Self {
        Conditions {
            sql: self.sql.replacen("tenant_id", column, 1),
            ..self
        }
    }

    /// Adds `clause`, whose single `?` takes `value`.
    pub(crate) fn push(&mut self, clause: &str, value: impl Into<Value>) {
        self.params.push(value.into());
        let numbered = clause.replace('?', &format!("?{}", self.params.len()));
        self.sql.push_str(" AND ");
        self.sql.push_str(&numbered);
    }

    /// Adds a fixed clause without parameters.
    pub(crate) fn push_fixed(&mut self, clause: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(clause);
    }

    /// Case-insensitive substring match over any of `columns`.
    pub(crate) fn search(&mut self, columns: &[&str], text: &str) {
        let length = text.chars().count();
        if length > MAX_SEARCH_CHARS {
            self.refused = Some(format!(
                "the search text has {length} characters; search for at most {MAX_SEARCH_CHARS}"
            ));
        }
        self.params
            .push(Value::Text(format!("%{}%", escape_like(text))));
        let n = self.params.len();
        let any: Vec<String> = columns
            .iter()
            .map(|c| format!("{c} LIKE ?{n} ESCAPE '\\'"))
            .collect();
        self.sql.push_str(&format!(" AND ({})", any.join(" OR ")));
    }

    /// Refuses to run conditions that cannot be (see `refused`).
    fn runnable(&self) -> Result<()> {
        match &self.refused {
            Some(why) => Err(Error::usage(why.clone())),
            None => Ok(()),
        }
    }

    /// Calls `visit` with each row under these conditions, streaming;
    /// returns how many rows there were.
    pub(crate) fn each<T>(
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
            self.sql
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(self.params.iter()))?;
        let mut count = 0;
        while let Some(row) = rows.next()? {
            visit(map(row)?)?;
            count += 1;
        }
        Ok(count)
    }

    /// Reads every row under these conditions.
    pub(crate) fn all<T>(
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
    pub(crate) fn single<T>(
        &self,
        conn: &Connection,
        select: &str,
        from: &str,
        map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.runnable()?;
        let sql = format!("SELECT {select} FROM {from} WHERE {}", self.sql);
        Ok(conn.query_row(&sql, params_from_iter(self.params.iter()), map)?)
    }

    /// The number of rows of `from` under these conditions.
    fn count(&self, conn: &Connection, from: &str) -> Result<u64> {
        self.runnable()?;
        let sql = format!("SELECT COUNT(*) FROM {from} WHERE {}", self.sql);
        let total: i64 =
            conn.query_row(&sql, params_from_iter(self.params.iter()), |r| r.get(0))?;
        Ok(total as u64)
    }
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

impl Conditions {
    /// Reads the part of the rows under these conditions that `span` names:
    /// a numbered page in the listing's order (with the count of all
    /// rows), or the rows after a cursor in id order (one more is read to
    /// know whether a next page follows; `id_of` gives a row's id).
    pub(crate) fn read_span<T>(
        self,
        conn: &Connection,
        rows: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        match span {
            Span::Numbered(page) => self.numbered(conn, rows, page, map),
            Span::After(cursor) => self.after(conn, rows, cursor, map, id_of),
        }
    }

    fn numbered<T>(
        self,
        conn: &Connection,
        rows: &Listing<'_>,
        page: PageRequest,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Rows<T>> {
        let (select, from, order_by) = (rows.select, rows.from, rows.order_by);
        let window = format!("LIMIT {} OFFSET {}", page.limit, page.offset());
        let (total, sql) = match rows.narrow {
            None => (
                self.count(conn, from)?,
                format!(
                    "SELECT {select} FROM {from} WHERE {} ORDER BY {order_by} {window}",
                    self.sql
                ),
            ),
            Some(narrow) => (
                self.count(conn, narrow)?,
                format!(
                    "SELECT {select} FROM {from} WHERE {id} IN \
                     (SELECT {id} FROM {narrow} WHERE {} ORDER BY {order_by} {window}) \
                     ORDER BY {order_by}",
                    self.sql,
                    id = rows.id_column,
                ),
            ),
        };
        let mut stmt = conn.prepare(&sql)?;
        let items = stmt
            .query_map(params_from_iter(self.params.iter()), map)?
            .collect::<rusqlite::Result<Vec<T>>>()?;
        Ok(Rows {
            items,
            total: Some(total),
            next: None,
        })
    }

    fn after<T>(
        mut self,
        conn: &Connection,
        rows: &Listing<'_>,
        cursor: Cursor,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        self.runnable()?;
        let (select, from, id_column) = (rows.select, rows.from, rows.id_column);
        if let Some(after) = cursor.after {
            self.push(&format!("{id_column} > ?"), after);
        }
        let sql = format!(
            "SELECT {select} FROM {from} WHERE {} ORDER BY {id_column} LIMIT {}",
            self.sql,
            u64::from(cursor.limit) + 1
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut items = stmt
            .query_map(params_from_iter(self.params.iter()), map)?
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
}

pub(crate) fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
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
