//! The PostgreSQL backend (docs/deploy.md): what is PostgreSQL's own in
//! keeping keywright's rows — the database URL and where its password
//! comes from, connecting (TLS by rustls as `sslmode` asks), the schema and
//! its migrations, the connection's statements and errors, the seals kept
//! in Rust, and one file per table implementing the store's traits.

mod api_keys;
mod audit;
mod batch;
mod connect;
mod copy;
mod customers;
mod database;
mod handles;
mod licenses;
mod machines;
pub(crate) mod memo;
mod migrate;
mod plain;
mod plans;
mod products;
mod query;
mod rows;
mod seal;
mod session;
mod signing_keys;
pub mod target;
mod tenants;
mod webhooks;

pub use database::{PostgresStore, no_file_backup};
pub use handles::{PgScope, PgTx};
pub use target::Target;
