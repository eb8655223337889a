//! How SQLite keeps plans: their columns, reads, lists and writes.

use crate::store::TenantHandle;
use crate::store::conditions::Dialect;
use crate::store::page::{Rows, Span};
use crate::store::plans::PlanRows;
use crate::store::plans::plan_conditions;
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::Product;
use crate::store::plans::{NewPlan, PLAN_COLUMNS, PLANS_WITH_PRODUCTS, Plan, PlanFilter};
use crate::store::sqlite::query::{Listing, SqliteConditions, as_sqlite, to_json};

const COLUMNS: &str = PLAN_COLUMNS;

const FROM: &str = PLANS_WITH_PRODUCTS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Plan> {
    as_sqlite(Plan::read(row))
}

impl PlanRows for SqliteScope<'_> {
    fn insert_plan(&self, product: &Product, new: &NewPlan, now: i64) -> Result<Plan> {
        if self.find_plan(product, &new.name)?.is_some() {
            return Err(Error::Conflict {
                what: Record::Plan,
                id: format!("{}/{}", product.slug, new.name),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        self.conn.execute(
            "INSERT INTO plans (tenant_id, product_id, name, features, seats, duration, grace_seconds,
                 limits, trial, created_at, updated_at, heartbeat_seconds, offline_lease_seconds)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12)",
            params![
                self.tenant_id, product.id, new.name, to_json(&new.features), new.seats,
                new.duration, new.grace_seconds, to_json(&new.limits), new.trial, now,
                new.heartbeat_seconds, new.offline_lease_seconds
            ],
        )?;
        self.plan(product, &new.name)
    }

    fn find_plan(&self, product: &Product, name: &str) -> Result<Option<Plan>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE plans.tenant_id = ?1 AND plans.product_id = ?2 AND plans.name = ?3"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![self.tenant_id, product.id, name], from_row)
            .optional()?)
    }

    fn read_plans(&self, filter: &PlanFilter, span: Span) -> Result<Rows<Plan>> {
        let (scoped, order_by) = plan_conditions(Dialect::Sqlite, self.tenant_id, filter);
        let rows = Listing {
            select: COLUMNS,
            from: FROM,
            id_column: "plans.id",
            order_by: &order_by,
            narrow: None,
        };
        scoped.read_span(self.conn, &rows, span, from_row, |p| p.id)
    }

    fn update_plan(&self, plan: &Plan, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE plans SET features = ?3, seats = ?4, duration = ?5, grace_seconds = ?6,
                 limits = ?7, trial = ?8, updated_at = ?9, heartbeat_seconds = ?10,
                 offline_lease_seconds = ?11
             WHERE tenant_id = ?1 AND id = ?2",
            params![
                self.tenant_id,
                plan.id,
                to_json(&plan.features),
                plan.seats,
                plan.duration,
                plan.grace_seconds,
                to_json(&plan.limits),
                plan.trial,
                now,
                plan.heartbeat_seconds,
                plan.offline_lease_seconds
            ],
        )?;
        Ok(())
    }
}

impl SqliteScope<'_> {}
