//! The conditions of a list, the same for every backend: a WHERE clause
//! that always starts with the tenant filter, its parameters, and the
//! filters of each table's lists (`store/<table>.rs`). A backend runs them
//! (`store/sqlite/query.rs`, `store/postgres/query.rs`); the few words its
//! SQL says differently are its [`Dialect`].

use crate::error::{Error, Result};
use crate::store::page::Order;

/// The longest search text, in characters: longer than any name or email
/// keywright stores, and far below SQLite's limit on LIKE patterns.
pub const MAX_SEARCH_CHARS: usize = 1000;

/// The SQL a backend writes its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The `n`th parameter (from 1).
    fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }

    /// Matching a pattern whatever the case (SQLite's LIKE is so for ASCII).
    fn like(self) -> &'static str {
        match self {
            Dialect::Sqlite => "LIKE",
            Dialect::Postgres => "ILIKE",
        }
    }

    /// Whether the JSON array of text `column` holds the parameter `p`, or `*`.
    fn has_word(self, column: &str, p: &str) -> String {
        match self {
            Dialect::Sqlite => {
                format!(
                    "EXISTS (SELECT 1 FROM json_each({column}) WHERE value = {p} OR value = '*')"
                )
            }
            Dialect::Postgres => {
                format!(
                    "(jsonb_exists({column}::jsonb, {p}) OR jsonb_exists({column}::jsonb, '*'))"
                )
            }
        }
    }

    /// An email column as it sorts: whatever the case (SQLite's column is
    /// `NOCASE` already).
    pub fn email_order(self, column: &str) -> String {
        match self {
            Dialect::Sqlite => column.to_string(),
            Dialect::Postgres => format!("lower({column})"),
        }
    }
}

/// A condition's parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Integer(i64),
    Text(String),
}

impl From<i64> for Param {
    fn from(n: i64) -> Param {
        Param::Integer(n)
    }
}

impl From<String> for Param {
    fn from(text: String) -> Param {
        Param::Text(text)
    }
}

impl Order {
    pub fn sql(self) -> &'static str {
        match self {
            Order::Asc => "ASC",
            Order::Desc => "DESC",
        }
    }
}

/// A WHERE clause that always starts with the tenant filter.
pub struct Conditions {
    dialect: Dialect,
    sql: String,
    params: Vec<Param>,
    /// Why these conditions cannot be run (a search text too long).
    refused: Option<String>,
}

impl Conditions {
    /// The rows of one tenant, whose id is in `column`.
    pub fn for_tenant(dialect: Dialect, column: &str, tenant_id: i64) -> Self {
        Conditions {
            dialect,
            sql: format!("{column} = {}", dialect.placeholder(1)),
            params: vec![Param::Integer(tenant_id)],
            refused: None,
        }
    }

    /// Adds `clause`, whose single `?` takes `value`.
    pub fn push(&mut self, clause: &str, value: impl Into<Param>) {
        self.params.push(value.into());
        let numbered = clause.replace('?', &self.dialect.placeholder(self.params.len()));
        self.sql.push_str(" AND ");
        self.sql.push_str(&numbered);
    }

    /// Adds a fixed clause without parameters.
    pub fn push_fixed(&mut self, clause: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(clause);
    }

    /// The JSON array of text `column` holds `word`, or `*`.
    pub fn push_has_word(&mut self, column: &str, word: &str) {
        self.params.push(Param::Text(word.to_string()));
        let p = self.dialect.placeholder(self.params.len());
        let clause = self.dialect.has_word(column, &p);
        self.push_fixed(&clause);
    }

    /// Case-insensitive substring match over any of `columns`.
    pub fn search(&mut self, columns: &[&str], text: &str) {
        let length = text.chars().count();
        if length > MAX_SEARCH_CHARS {
            self.refused = Some(format!(
                "the search text has {length} characters; search for at most {MAX_SEARCH_CHARS}"
            ));
        }
        self.params
            .push(Param::Text(format!("%{}%", escape_like(text))));
        let p = self.dialect.placeholder(self.params.len());
        let like = self.dialect.like();
        let any: Vec<String> = columns
            .iter()
            .map(|c| format!("{c} {like} {p} ESCAPE '\\'"))
            .collect();
        self.sql.push_str(&format!(" AND ({})", any.join(" OR ")));
    }

    /// Refuses to run conditions that cannot be (see `refused`).
    pub fn runnable(&self) -> Result<()> {
        match &self.refused {
            Some(why) => Err(Error::usage(why.clone())),
            None => Ok(()),
        }
    }

    pub fn sql(&self) -> &str {
        &self.sql
    }

    pub fn params(&self) -> &[Param] {
        &self.params
    }
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
