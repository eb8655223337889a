//! Building blocks of PostgreSQL's queries, shared by the per-table files:
//! tenant-filtered conditions with numbered parameters, and reading a
//! numbered page or a cursor's worth of a list.

use postgres::Row;
use postgres::types::ToSql;

use super::session::Session;
use crate::error::{Error, Result};
use crate::store::page::{Cursor, PageRequest, Rows, Span};
pub(super) use crate::store::sqlite::query::to_json;
use crate::store::sqlite::query::{MAX_SEARCH_CHARS, escape_like};

/// A parameter a list binds.
type Value = Box<dyn ToSql + Sync>;

/// A WHERE clause that always starts with the tenant filter.
pub(super) struct Conditions {
    sql: String,
    params: Vec<Value>,
    /// Why these conditions cannot be run (a search text too long).
    refused: Option<String>,
}

impl Conditions {
    /// The conditions of one tenant's rows, its id in `column`.
    pub(super) fn for_tenant(column: &str, tenant_id: i64) -> Self {
        Conditions {
            sql: format!("{column} = $1"),
            params: vec![Box::new(tenant_id)],
            refused: None,
        }
    }

    /// Adds `clause`, whose `?` takes `value` (every `?` the same one).
    pub(super) fn push(&mut self, clause: &str, value: impl ToSql + Sync + 'static) {
        self.params.push(Box::new(value));
        let numbered = clause.replace('?', &format!("${}", self.params.len()));
        self.sql.push_str(" AND ");
        self.sql.push_str(&numbered);
    }

    /// Adds a fixed clause without parameters.
    pub(super) fn push_fixed(&mut self, clause: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(clause);
    }

    /// Case-insensitive substring match over any of `columns`.
    pub(super) fn search(&mut self, columns: &[&str], text: &str) {
        let max = MAX_SEARCH_CHARS;
        let length = text.chars().count();
        if length > max {
            self.refused = Some(format!(
                "the search text has {length} characters; search for at most {max}"
            ));
        }
        self.params
            .push(Box::new(format!("%{}%", escape_like(text))));
        let n = self.params.len();
        let any: Vec<String> = columns
            .iter()
            .map(|c| format!("{c} ILIKE ${n} ESCAPE '\\'"))
            .collect();
        self.sql.push_str(&format!(" AND ({})", any.join(" OR ")));
    }

    fn runnable(&self) -> Result<()> {
        match &self.refused {
            Some(why) => Err(Error::usage(why.clone())),
            None => Ok(()),
        }
    }

    fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.params.iter().map(|p| p.as_ref()).collect()
    }

    /// Every row under these conditions, in `order_by`.
    pub(super) fn all<T>(
        &self,
        session: &Session,
        (select, from, order_by): (&str, &str, &str),
        map: impl Fn(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.runnable()?;
        let sql = format!(
            "SELECT {select} FROM {from} WHERE {} ORDER BY {order_by}",
            self.sql
        );
        session
            .rows(&sql, &self.params())?
            .iter()
            .map(map)
            .collect()
    }

    /// Calls `visit` with each row under these conditions; returns how
    /// many there were.
    pub(super) fn each<T>(
        &self,
        session: &Session,
        listed: (&str, &str, &str),
        map: impl Fn(&Row) -> Result<T>,
        visit: &mut dyn FnMut(T) -> Result<()>,
    ) -> Result<u64> {
        let rows = self.all(session, listed, map)?;
        let count = rows.len() as u64;
        rows.into_iter().try_for_each(visit)?;
        Ok(count)
    }

    /// The one row of aggregates `select` makes under these conditions.
    pub(super) fn single(&self, session: &Session, select: &str, from: &str) -> Result<Row> {
        self.runnable()?;
        let sql = format!("SELECT {select} FROM {from} WHERE {}", self.sql);
        let rows = session.rows(&sql, &self.params())?;
        rows.into_iter()
            .next()
            .ok_or_else(|| Error::runtime("an aggregate returned no row"))
    }

    /// Reads the part of the rows under these conditions that `span` names:
    /// a numbered page in `order_by` (with the count of all rows), or the
    /// rows after a cursor in id order.
    pub(super) fn read_span<T>(
        self,
        session: &Session,
        listing: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row) -> Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        match span {
            Span::Numbered(page) => self.numbered(session, listing, page, map),
            Span::After(cursor) => self.after(session, listing, cursor, map, id_of),
        }
    }

    fn numbered<T>(
        self,
        session: &Session,
        listing: &Listing<'_>,
        page: PageRequest,
        map: impl Fn(&Row) -> Result<T>,
    ) -> Result<Rows<T>> {
        self.runnable()?;
        let count = format!("SELECT count(*) FROM {} WHERE {}", listing.from, self.sql);
        let total: i64 = session.value(&count, &self.params())?;
        let window = format!("LIMIT {} OFFSET {}", page.limit, page.offset());
        let ordered = (listing.select, listing.from, listing.order_by);
        let items = self.all(
            session,
            (ordered.0, ordered.1, &format!("{} {window}", ordered.2)),
            map,
        )?;
        Ok(Rows {
            items,
            total: Some(total as u64),
            next: None,
        })
    }

    fn after<T>(
        mut self,
        session: &Session,
        listing: &Listing<'_>,
        cursor: Cursor,
        map: impl Fn(&Row) -> Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        if let Some(after) = cursor.after {
            self.push(&format!("{} > ?", listing.id_column), after);
        }
        let order = format!(
            "{} LIMIT {}",
            listing.id_column,
            u64::from(cursor.limit) + 1
        );
        let mut items = self.all(session, (listing.select, listing.from, &order), map)?;
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

/// The rows a list reads: its columns, its table (or join), the id column
/// a cursor follows, and the order of a numbered page.
pub(super) struct Listing<'a> {
    pub select: &'a str,
    pub from: &'a str,
    pub id_column: &'a str,
    pub order_by: &'a str,
}
