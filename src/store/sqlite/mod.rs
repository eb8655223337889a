//! The SQLite backend: what is SQLite's own in keeping keywright's rows —
//! the temporary triggers and SQL functions that keep the seals.

pub(crate) mod seal;
pub(crate) mod seal_memo;
