//! How PostgreSQL runs a list's conditions (`store/conditions.rs`): every
//! row, one row of aggregates, a numbered page or a cursor's worth.

use postgres::Row;
use postgres::types::ToSql;

use super::session::Session;
use crate::error::{Error, Result};
use crate::store::conditions::{Conditions, Param};
use crate::store::page::{Cursor, PageRequest, Rows, Span};
pub(super) use crate::store::sqlite::query::to_json;

/// The rows a list reads: its columns, its table (or join), the id column
/// a cursor follows, and the order of a numbered page.
pub(super) struct Listing<'a> {
    pub select: &'a str,
    pub from: &'a str,
    pub id_column: &'a str,
    pub order_by: &'a str,
}

/// How PostgreSQL runs a list's conditions.
pub(super) trait PgConditions {
    /// Every row under these conditions, `(select, from, order_by)`.
    fn all<T>(
        &self,
        session: &Session,
        listed: (&str, &str, &str),
        map: impl Fn(&Row) -> Result<T>,
    ) -> Result<Vec<T>>;

    /// Calls `visit` with each row; returns how many there were.
    fn each<T>(
        &self,
        session: &Session,
        listed: (&str, &str, &str),
        map: impl Fn(&Row) -> Result<T>,
        visit: &mut dyn FnMut(T) -> Result<()>,
    ) -> Result<u64>;

    /// The one row of aggregates `select` makes.
    fn single(&self, session: &Session, select: &str, from: &str) -> Result<Row>;

    /// A numbered page in the listing's order (with the count of all
    /// rows), or the rows after a cursor in id order.
    fn read_span<T>(
        self,
        session: &Session,
        listing: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row) -> Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>>;
}

/// The parameters of conditions as PostgreSQL binds them.
fn bound(c: &Conditions) -> Vec<Box<dyn ToSql + Sync>> {
    c.params()
        .iter()
        .map(|p| -> Box<dyn ToSql + Sync> {
            match p {
                Param::Integer(n) => Box::new(*n),
                Param::Text(t) => Box::new(t.clone()),
            }
        })
        .collect()
}

fn query(c: &Conditions, session: &Session, sql: &str) -> Result<Vec<Row>> {
    c.runnable()?;
    let params = bound(c);
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
    session.rows(sql, &refs)
}

impl PgConditions for Conditions {
    fn all<T>(
        &self,
        session: &Session,
        (select, from, order_by): (&str, &str, &str),
        map: impl Fn(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let sql = format!(
            "SELECT {select} FROM {from} WHERE {} ORDER BY {order_by}",
            self.sql()
        );
        query(self, session, &sql)?.iter().map(map).collect()
    }

    fn each<T>(
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

    fn single(&self, session: &Session, select: &str, from: &str) -> Result<Row> {
        let sql = format!("SELECT {select} FROM {from} WHERE {}", self.sql());
        query(self, session, &sql)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::runtime("an aggregate returned no row"))
    }

    fn read_span<T>(
        self,
        session: &Session,
        listing: &Listing<'_>,
        span: Span,
        map: impl Fn(&Row) -> Result<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<Rows<T>> {
        match span {
            Span::Numbered(page) => numbered(&self, session, listing, page, map),
            Span::After(cursor) => after(self, session, listing, cursor, map, id_of),
        }
    }
}

fn numbered<T>(
    c: &Conditions,
    session: &Session,
    listing: &Listing<'_>,
    page: PageRequest,
    map: impl Fn(&Row) -> Result<T>,
) -> Result<Rows<T>> {
    let count = format!("SELECT count(*) FROM {} WHERE {}", listing.from, c.sql());
    let total: i64 = query(c, session, &count)?
        .first()
        .map(|row| row.try_get(0))
        .transpose()?
        .unwrap_or(0);
    let window = format!("LIMIT {} OFFSET {}", page.limit, page.offset());
    let order = format!("{} {window}", listing.order_by);
    let items = c.all(session, (listing.select, listing.from, &order), map)?;
    Ok(Rows {
        items,
        total: Some(total as u64),
        next: None,
    })
}

fn after<T>(
    mut c: Conditions,
    session: &Session,
    listing: &Listing<'_>,
    cursor: Cursor,
    map: impl Fn(&Row) -> Result<T>,
    id_of: impl Fn(&T) -> i64,
) -> Result<Rows<T>> {
    if let Some(after) = cursor.after {
        c.push(&format!("{} > ?", listing.id_column), after);
    }
    let order = format!(
        "{} LIMIT {}",
        listing.id_column,
        u64::from(cursor.limit) + 1
    );
    let mut items = c.all(session, (listing.select, listing.from, &order), map)?;
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
