//! Copying a whole database from one backend to another (`db copy`,
//! docs/deploy.md): every table's rows as they are, ids, seals and audit
//! hashes included, so that the copy verifies with the same sealing key.
//! A backend gives its rows through [`TableRows`]; the target writes them.

use crate::error::{Error, Result};

/// One value of a row, as the backends have in common.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Text(String),
    Bytes(Vec<u8>),
}

/// Every table a copy carries, in an order where the rows a row refers to
/// come before it. `meta` is not among them: the target keeps its own
/// schema version, and takes the source's database id.
pub const TABLES: [&str; 25] = [
    "tenants",
    "signing_keys",
    "products",
    "plans",
    "customers",
    "licenses",
    "license_counters",
    "activations",
    "machine_nonces",
    "audit_log",
    "audit_checkpoints",
    "api_keys",
    "webhook_deliveries",
    "billing_accounts",
    "billing_prices",
    "billing_events",
    "billing_sources",
    "billing_links",
    "billing_customers",
    "billing_payments",
    "email_settings",
    "email_outbox",
    "trials",
    "usage",
    "trial_ends",
];

/// What a backend does for a copy from it.
pub trait TableRows {
    /// Calls `each` with every row of `table`, its `columns` in that order,
    /// by id.
    fn each_row_of(
        &self,
        table: &str,
        columns: &[String],
        each: &mut dyn FnMut(Vec<Cell>) -> Result<()>,
    ) -> Result<()>;
}

/// The query a source backend reads every row of `table` with: its
/// `columns` in that order, by id. Only the tables of [`TABLES`] are read.
pub fn select_every_row(table: &str, columns: &[String]) -> Result<String> {
    if !TABLES.contains(&table) {
        return Err(Error::runtime(format!(
            "{table} is not a table keywright copies"
        )));
    }
    let listed = columns
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(format!("SELECT {listed} FROM {table} ORDER BY id"))
}
