//! How SQLite keeps products: their columns, reads, lists and writes.

use crate::store::TenantHandle;
use crate::store::conditions::Dialect;
use crate::store::page::{Rows, Span};
use crate::store::products::product_conditions;
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::products::PRODUCT_COLUMNS;
use crate::store::products::ProductRows;
use crate::store::products::{NewProduct, Product, ProductFilter};
use crate::store::sqlite::query::{Listing, SqliteConditions, as_sqlite, to_json};

const COLUMNS: &str = PRODUCT_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Product> {
    as_sqlite(Product::read(row))
}

impl ProductRows for SqliteScope<'_> {
    fn insert_product(&self, new: &NewProduct, now: i64) -> Result<Product> {
        if self.find_product(&new.slug)?.is_some() {
            return Err(Error::Conflict {
                what: Record::Product,
                id: new.slug.clone(),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        self.conn.execute(
            "INSERT INTO products (tenant_id, slug, name, features, active, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)",
            params![
                self.tenant_id,
                new.slug,
                new.name,
                to_json(&new.features),
                now
            ],
        )?;
        self.product(&new.slug)
    }

    fn find_product(&self, slug: &str) -> Result<Option<Product>> {
        let sql = format!("SELECT {COLUMNS} FROM products WHERE tenant_id = ?1 AND slug = ?2");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![self.tenant_id, slug], from_row)
            .optional()?)
    }

    fn read_products(&self, filter: &ProductFilter, span: Span) -> Result<Rows<Product>> {
        let (c, order_by) = product_conditions(Dialect::Sqlite, self.tenant_id, filter);
        let rows = Listing {
            select: COLUMNS,
            from: "products",
            id_column: "id",
            order_by: &order_by,
            narrow: None,
        };
        c.read_span(self.conn, &rows, span, from_row, |p| p.id)
    }

    fn each_product(
        &self,
        filter: &ProductFilter,
        visit: &mut dyn FnMut(Product) -> Result<()>,
    ) -> Result<u64> {
        let (c, order) = product_conditions(Dialect::Sqlite, self.tenant_id, filter);
        c.each(self.conn, COLUMNS, "products", &order, from_row, visit)
    }

    fn update_product(&self, product: &Product, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE products SET name = ?3, features = ?4, active = ?5, updated_at = ?6
             WHERE tenant_id = ?1 AND id = ?2",
            params![
                self.tenant_id,
                product.id,
                product.name,
                to_json(&product.features),
                product.active,
                now
            ],
        )?;
        Ok(())
    }
}

impl SqliteScope<'_> {}
