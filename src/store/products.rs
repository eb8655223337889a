//! Products of a tenant: slug, name, known features, active flag.

use crate::store::conditions::{Conditions, Dialect};
use serde::Serialize;

use super::page::{Order, Rows, Span, Window};
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::{Error, Record, Result};
use crate::store::columns::Columns;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Product {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub features: Vec<String>,
    pub active: bool,
    pub created: UnixTime,
    pub updated: UnixTime,
}

impl Product {
    /// The fields a product is written with, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] =
        &["slug", "name", "features", "active", "created", "updated"];
}

#[derive(Debug, Clone)]
pub struct NewProduct {
    pub slug: String,
    pub name: String,
    pub features: Vec<String>,
}

text_enum! {
    /// Which products a list shows.
    #[derive(Default)]
    pub ProductStatus "product status" {
        #[default]
        All = "all",
        Active = "active",
        Inactive = "inactive",
    }
}

text_enum! {
    /// The order of `product list`.
    #[derive(Default)]
    pub ProductSort "product sort" {
        #[default]
        Slug = "slug",
        Name = "name",
        Created = "created",
    }
}

#[derive(Debug, Default)]
pub struct ProductFilter {
    pub search: Option<String>,
    pub status: ProductStatus,
    pub sort: ProductSort,
    pub order: Order,
}

/// What a backend does with the products of one tenant.
pub trait ProductRows: super::TenantHandle {
    fn insert_product(&self, new: &NewProduct, now: i64) -> Result<Product>;

    fn find_product(&self, slug: &str) -> Result<Option<Product>>;

    /// The product with this slug, or a not-found error.
    fn product(&self, slug: &str) -> Result<Product> {
        self.find_product(slug)?.ok_or_else(|| Error::NotFound {
            what: Record::Product,
            id: slug.to_string(),
            scope: self.describe(),
            remedy: super::creatable(slug),
        })
    }

    /// A window of the products the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    fn read_products(&self, filter: &ProductFilter, span: Span) -> Result<Rows<Product>>;

    /// Every product the filter matches, streamed to `visit`.
    fn each_product(
        &self,
        filter: &ProductFilter,
        visit: &mut dyn FnMut(Product) -> Result<()>,
    ) -> Result<u64>;

    fn update_product(&self, product: &Product, now: i64) -> Result<()>;
}

impl crate::store::Scope<'_> {
    /// A window of the products the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    pub fn products<W: Window>(
        &self,
        filter: &ProductFilter,
        window: W,
    ) -> Result<W::Page<Product>> {
        Ok(window.page(self.read_products(filter, window.span())?))
    }
}

/// The columns a product is read from, in the order of [`Product::read`].
pub(crate) const PRODUCT_COLUMNS: &str = "id, slug, name, features, active, created_at, updated_at";

impl Product {
    /// A product from the columns of [`PRODUCT_COLUMNS`].
    pub(crate) fn read(row: &impl Columns) -> Result<Product> {
        Ok(Product {
            id: row.id(0)?,
            slug: row.string(1)?,
            name: row.string(2)?,
            features: row.json(3)?,
            active: row.boolean(4)?,
            created: row.time(5)?,
            updated: row.time(6)?,
        })
    }
}

/// The conditions and order of a list of a tenant's products.
pub(crate) fn product_conditions(
    dialect: Dialect,
    tenant_id: i64,
    filter: &ProductFilter,
) -> (Conditions, String) {
    let mut c = Conditions::for_tenant(dialect, "tenant_id", tenant_id);
    if let Some(text) = &filter.search {
        c.search(&["slug", "name"], text);
    }
    match filter.status {
        ProductStatus::All => {}
        ProductStatus::Active => c.push_fixed("active = TRUE"),
        ProductStatus::Inactive => c.push_fixed("active = FALSE"),
    }
    let column = match filter.sort {
        ProductSort::Slug => "slug",
        ProductSort::Name => "name",
        ProductSort::Created => "created_at",
    };
    (c, format!("{column} {}, id", filter.order.sql()))
}
