//! The SQLite backend: what is SQLite's own in keeping keywright's rows —
//! its schema and migrations, its errors in words, waiting for the write
//! lock (`BEGIN IMMEDIATE` and the busy handler), and the temporary
//! triggers and SQL functions that keep the seals.

pub(crate) mod errors;
pub(crate) mod migrate;
pub(crate) mod query;
pub(crate) mod seal;
pub(crate) mod seal_memo;
pub mod waiting;
