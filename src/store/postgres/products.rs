//! How PostgreSQL keeps products: their columns, reads, lists and writes.

use crate::store::conditions::Dialect;
use crate::store::products::product_conditions;
use postgres::Row;

use super::handles::PgScope;
use super::query::{Listing, PgConditions, to_json};
use crate::error::{Error, Record, Remedy, Result};
use crate::store::TenantHandle;
use crate::store::page::{Rows, Span};
use crate::store::products::{NewProduct, PRODUCT_COLUMNS, Product, ProductFilter, ProductRows};

const COLUMNS: &str = PRODUCT_COLUMNS;

fn from_row(row: &Row) -> Result<Product> {
    Product::read(row)
}

impl ProductRows for PgScope<'_> {
    fn insert_product(&self, new: &NewProduct, now: i64) -> Result<Product> {
        if self.find_product(&new.slug)?.is_some() {
            return Err(Error::Conflict {
                what: Record::Product,
                id: new.slug.clone(),
                scope: self.describe(),
                remedy: Remedy::ChooseAnother,
            });
        }
        self.session.run(
            "INSERT INTO products (tenant_id, slug, name, features, active, created_at, updated_at)
             VALUES ($1, $2, $3, $4, true, $5, $5)",
            &[
                &self.tenant_id,
                &new.slug,
                &new.name,
                &to_json(&new.features),
                &now,
            ],
        )?;
        self.product(&new.slug)
    }

    fn find_product(&self, slug: &str) -> Result<Option<Product>> {
        let sql = format!("SELECT {COLUMNS} FROM products WHERE tenant_id = $1 AND slug = $2");
        let row = self.session.row(&sql, &[&self.tenant_id, &slug])?;
        row.as_ref().map(from_row).transpose()
    }

    fn read_products(&self, filter: &ProductFilter, span: Span) -> Result<Rows<Product>> {
        let (c, order_by) = product_conditions(Dialect::Postgres, self.tenant_id, filter);
        let listing = Listing {
            select: COLUMNS,
            from: "products",
            id_column: "id",
            order_by: &order_by,
        };
        c.read_span(self.session, &listing, span, from_row, |p| p.id)
    }

    fn each_product(
        &self,
        filter: &ProductFilter,
        visit: &mut dyn FnMut(Product) -> Result<()>,
    ) -> Result<u64> {
        let (c, order) = product_conditions(Dialect::Postgres, self.tenant_id, filter);
        c.each(self.session, (COLUMNS, "products", &order), from_row, visit)
    }

    fn update_product(&self, product: &Product, now: i64) -> Result<()> {
        self.session.run(
            "UPDATE products SET name = $3, features = $4, active = $5, updated_at = $6
             WHERE tenant_id = $1 AND id = $2",
            &[
                &self.tenant_id,
                &product.id,
                &product.name,
                &to_json(&product.features),
                &product.active,
                &now,
            ],
        )?;
        Ok(())
    }
}

impl PgScope<'_> {}
