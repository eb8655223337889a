//! The SQLite backend: what is SQLite's own in keeping keywright's rows —
//! its schema and migrations, its errors in words, waiting for the write
//! lock (`BEGIN IMMEDIATE` and the busy handler), and the temporary
//! triggers and SQL functions that keep the seals.

mod activations;
mod api_keys;
pub(crate) mod audit;
mod copy;
mod customers;
mod database;
pub(crate) mod errors;
pub(crate) mod licenses;
pub(crate) mod memo;
pub(crate) mod migrate;
mod plans;
mod products;
pub(crate) mod query;
pub(crate) mod seal;
mod signing_keys;
mod tenants;
pub mod waiting;
mod webhooks;

pub(crate) use database::{SqliteScope, SqliteStore, SqliteTx};
