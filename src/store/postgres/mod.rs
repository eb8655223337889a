//! The PostgreSQL backend (docs/deploy.md): what is PostgreSQL's own in
//! keeping keywright's rows — the database URL and where its password
//! comes from, connecting (TLS by rustls as `sslmode` asks), the schema and
//! its migrations.

mod connect;
mod copy;
mod database;
mod migrate;
pub mod target;

pub use database::PostgresStore;
pub use target::Target;
