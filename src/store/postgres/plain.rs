//! Plain statements on PostgreSQL (`store/plain.rs`): each cell bound as
//! the type the server expects for its placeholder.

use postgres::types::ToSql;

use super::copy::value;
use super::handles::{PgScope, PgTx};
use super::session::cell;
use crate::error::Result;
use crate::store::copy::Cell;
use crate::store::plain::PlainSql;

impl PlainSql for PgScope<'_> {
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64> {
        self.session.execute_plain(sql, params)
    }

    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
        self.session.query_plain(sql, params)
    }
}

impl PlainSql for PgTx<'_> {
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64> {
        self.session.execute_plain(sql, params)
    }

    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
        self.session.query_plain(sql, params)
    }
}

impl PlainSql for super::session::Session {
    fn execute_plain(&self, sql: &str, params: &[Cell]) -> Result<u64> {
        let values = self.bound(sql, params)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(AsRef::as_ref).collect();
        self.run(sql, &refs)
    }

    fn query_plain(&self, sql: &str, params: &[Cell]) -> Result<Vec<Vec<Cell>>> {
        let values = self.bound(sql, params)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(AsRef::as_ref).collect();
        self.rows(sql, &refs)?
            .iter()
            .map(|row| (0..row.len()).map(|i| cell(row, i)).collect())
            .collect()
    }
}

impl super::session::Session {
    /// The cells of `sql`'s parameters, each as its placeholder's type.
    fn bound(&self, sql: &str, params: &[Cell]) -> Result<Vec<Box<dyn ToSql + Sync>>> {
        let statement = self.statement(sql)?;
        statement
            .params()
            .iter()
            .zip(params)
            .enumerate()
            .map(|(i, (ty, cell))| value(cell.clone(), ty, "a statement", &format!("${}", i + 1)))
            .collect()
    }
}
impl crate::store::billing::BillingRows for PgScope<'_> {}
impl crate::store::email::EmailRows for PgScope<'_> {}
impl crate::store::plans::PlanPolicyRows for PgScope<'_> {}
impl crate::store::activations::MachineScopeRows for PgScope<'_> {}
impl crate::store::activations::TrialRows for PgScope<'_> {}
impl crate::store::activations::UsageRows for PgScope<'_> {}
impl crate::store::activations::OverdueRows for PgScope<'_> {}
impl crate::store::email::EmailQueue for PgTx<'_> {}
impl crate::store::webhooks::OutboxPeek for PgTx<'_> {}
