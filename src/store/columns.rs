//! Reading a row's columns as keywright's values, the same for every
//! backend: each table's rows are read by one function over [`Columns`]
//! (beside the row's type in `store/<table>.rs`), and each backend says how
//! its rows give the four kinds of value (`store/sqlite/query.rs`,
//! `store/postgres/session.rs`). A value this version cannot read (a word
//! it does not know, JSON that does not parse, a NULL where none belongs)
//! is an error, never a silent default.

use crate::domain::text_enum::TextEnum;
use crate::domain::time::UnixTime;
use crate::error::{Error, Result};

/// The columns of one row a backend read, by position.
pub trait Columns {
    fn integer(&self, index: usize) -> Result<Option<i64>>;
    fn text(&self, index: usize) -> Result<Option<String>>;
    /// A flag: SQLite keeps it as 0 or 1, PostgreSQL as a boolean.
    fn flag(&self, index: usize) -> Result<Option<bool>>;
    fn bytes(&self, index: usize) -> Result<Option<Vec<u8>>>;

    fn id(&self, index: usize) -> Result<i64> {
        self.integer(index)?.ok_or_else(unreadable)
    }

    fn string(&self, index: usize) -> Result<String> {
        self.text(index)?.ok_or_else(unreadable)
    }

    fn boolean(&self, index: usize) -> Result<bool> {
        self.flag(index)?.ok_or_else(unreadable)
    }

    fn time(&self, index: usize) -> Result<UnixTime> {
        self.id(index).map(UnixTime)
    }

    fn maybe_time(&self, index: usize) -> Result<Option<UnixTime>> {
        Ok(self.integer(index)?.map(UnixTime))
    }

    /// A column of words (a state, a role), read strictly.
    fn word<T: TextEnum>(&self, index: usize) -> Result<T> {
        T::parse_text(&self.string(index)?).map_err(|_| unreadable())
    }

    /// A JSON text column.
    fn json<T: serde::de::DeserializeOwned>(&self, index: usize) -> Result<T> {
        serde_json::from_str(&self.string(index)?).map_err(|_| unreadable())
    }
}

/// The error of a value this version cannot read; the backend names the
/// database.
pub fn unreadable() -> Error {
    Error::Database {
        path: String::new(),
        reason: "holds a value this keywright cannot read: it was edited outside keywright or by a newer version; run `keywright doctor`".into(),
    }
}
