//! Plans of a product: the defaults a license takes unless its flags say otherwise.

use super::products::Product;
use crate::domain::policy::LicensePolicy;
use crate::store::columns::unreadable;
use crate::store::conditions::{Conditions, Dialect};
use crate::store::plain::PlainSql;
use std::collections::BTreeMap;

use serde::Serialize;

use super::page::{Order, Rows, Span, Window};
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::{Error, Record, Result};
use crate::store::columns::Columns;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Plan {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub product_id: i64,
    pub product: String,
    pub name: String,
    pub features: Vec<String>,
    pub seats: Option<i64>,
    pub duration: Option<String>,
    pub grace_seconds: Option<i64>,
    pub limits: BTreeMap<String, i64>,
    pub trial: bool,
    /// Check-in period of floating seats, in seconds; absent: node-locked.
    pub heartbeat_seconds: Option<i64>,
    /// How long a machine license lasts (activation by file), in seconds;
    /// absent: the config's `offline_lease`.
    pub offline_lease_seconds: Option<i64>,
    /// The policies its licenses get (docs/policies.md); absent when every
    /// one is the default.
    #[serde(skip_serializing_if = "LicensePolicy::is_default")]
    #[schema(value_type = Option<Object>)]
    pub policy: LicensePolicy,
    pub created: UnixTime,
    pub updated: UnixTime,
}

#[derive(Debug, Clone)]
pub struct NewPlan {
    pub name: String,
    pub features: Vec<String>,
    pub seats: Option<i64>,
    pub duration: Option<String>,
    pub grace_seconds: Option<i64>,
    pub limits: BTreeMap<String, i64>,
    pub trial: bool,
    pub heartbeat_seconds: Option<i64>,
    pub offline_lease_seconds: Option<i64>,
}

text_enum! {
    /// The order of `plan list`.
    #[derive(Default)]
    pub PlanSort "plan sort" {
        #[default]
        Name = "name",
        Product = "product",
        Created = "created",
    }
}

#[derive(Debug, Default)]
pub struct PlanFilter {
    pub product_id: Option<i64>,
    pub search: Option<String>,
    pub sort: PlanSort,
    pub order: Order,
}

impl Plan {
    /// How the machines of its licenses hold their seats.
    pub fn seating(&self) -> crate::domain::license::Seating {
        crate::domain::license::Seating {
            heartbeat_seconds: self.heartbeat_seconds,
            offline_lease_seconds: self.offline_lease_seconds,
        }
    }
}

/// The policy of a plan, written once for every backend in plain SQL
/// (`store/plain.rs`).
pub trait PlanPolicyRows: PlainSql + super::TenantHandle {
    /// Sets the policy of plan `plan_id` (`LicensePolicy::stored`).
    fn set_plan_policy(&self, plan_id: i64, policy: Option<&str>) -> Result<()> {
        self.execute_plain(
            "UPDATE plans SET policy = $1 WHERE tenant_id = $2 AND id = $3",
            &[policy.into(), self.tenant_id().0.into(), plan_id.into()],
        )?;
        Ok(())
    }
}

/// What a backend does with the plans of one tenant.
pub trait PlanRows: super::TenantHandle {
    fn insert_plan(&self, product: &Product, new: &NewPlan, now: i64) -> Result<Plan>;

    fn find_plan(&self, product: &Product, name: &str) -> Result<Option<Plan>>;

    /// The plan of this product with this name, or a not-found error.
    fn plan(&self, product: &Product, name: &str) -> Result<Plan> {
        self.find_plan(product, name)?
            .ok_or_else(|| Error::NotFound {
                what: Record::Plan,
                id: format!("{}/{}", product.slug, name),
                scope: self.describe(),
                remedy: super::creatable(name),
            })
    }

    /// A window of the plans the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    fn read_plans(&self, filter: &PlanFilter, span: Span) -> Result<Rows<Plan>>;

    fn update_plan(&self, plan: &Plan, now: i64) -> Result<()>;
}

impl crate::store::Scope<'_> {
    /// A window of the plans the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    pub fn plans<W: Window>(&self, filter: &PlanFilter, window: W) -> Result<W::Page<Plan>> {
        Ok(window.page(self.read_plans(filter, window.span())?))
    }
}

/// The columns a plan is read from (plans joined with their products), in
/// the order of [`Plan::read`].
pub(crate) const PLAN_COLUMNS: &str = "plans.id, plans.product_id, products.slug, plans.name, plans.features, \
    plans.seats, plans.duration, plans.grace_seconds, plans.limits, plans.trial, \
    plans.created_at, plans.updated_at, plans.heartbeat_seconds, plans.offline_lease_seconds, \
    plans.policy";

/// The rows [`PLAN_COLUMNS`] are read from.
pub(crate) const PLANS_WITH_PRODUCTS: &str =
    "plans JOIN products ON products.id = plans.product_id";

impl Plan {
    /// A plan from the columns of [`PLAN_COLUMNS`].
    pub(crate) fn read(row: &impl Columns) -> Result<Plan> {
        Ok(Plan {
            id: row.id(0)?,
            product_id: row.id(1)?,
            product: row.string(2)?,
            name: row.string(3)?,
            features: row.json(4)?,
            seats: row.integer(5)?,
            duration: row.text(6)?,
            grace_seconds: row.integer(7)?,
            limits: row.json(8)?,
            trial: row.boolean(9)?,
            created: row.time(10)?,
            updated: row.time(11)?,
            heartbeat_seconds: row.integer(12)?,
            offline_lease_seconds: row.integer(13)?,
            policy: LicensePolicy::from_stored(row.text(14)?.as_deref()).ok_or_else(unreadable)?,
        })
    }
}

/// The conditions and order of a list of a tenant's plans (over
/// [`PLANS_WITH_PRODUCTS`]).
pub(crate) fn plan_conditions(
    dialect: Dialect,
    tenant_id: i64,
    filter: &PlanFilter,
) -> (Conditions, String) {
    let mut c = Conditions::for_tenant(dialect, "plans.tenant_id", tenant_id);
    if let Some(product_id) = filter.product_id {
        c.push("plans.product_id = ?", product_id);
    }
    if let Some(text) = &filter.search {
        c.search(&["plans.name", "products.slug"], text);
    }
    let column = match filter.sort {
        PlanSort::Name => "plans.name",
        PlanSort::Product => "products.slug",
        PlanSort::Created => "plans.created_at",
    };
    (c, format!("{column} {}, plans.id", filter.order.sql()))
}
