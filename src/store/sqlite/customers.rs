//! How SQLite keeps customers: their columns, reads, lists and writes.

use crate::store::conditions::Dialect;
use crate::store::customers::customer_conditions;
use crate::store::page::{Rows, Span};
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteScope;
use crate::error::Result;
use crate::store::customers::CustomerRows;
use crate::store::customers::{
    CUSTOMER_COLUMNS, Customer, CustomerFilter, NewCustomer, new_public_id,
};
use crate::store::sqlite::query::{Listing, SqliteConditions, as_sqlite};

const COLUMNS: &str = CUSTOMER_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    as_sqlite(Customer::read(row))
}

impl CustomerRows for SqliteScope<'_> {
    fn insert_customer(&self, new: &NewCustomer, now: i64) -> Result<Customer> {
        self.conn.execute(
            "INSERT INTO customers (tenant_id, email, name, company, external_id, created_at, updated_at, public_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            params![
                self.tenant_id,
                new.email,
                new.name,
                new.company,
                new.external_id,
                now,
                new_public_id()?
            ],
        )?;
        self.customer(&new.email)
    }

    fn find_customer_by_email(&self, email: &str) -> Result<Option<Customer>> {
        self.find_customer_by("email", email)
    }

    fn find_customer_by_external_id(&self, external_id: &str) -> Result<Option<Customer>> {
        self.find_customer_by("external_id", external_id)
    }

    fn find_customer_by_public_id(&self, public_id: &str) -> Result<Option<Customer>> {
        self.find_customer_by("public_id", public_id)
    }

    fn read_customers(&self, filter: &CustomerFilter, span: Span) -> Result<Rows<Customer>> {
        let (c, order_by) = customer_conditions(Dialect::Sqlite, self.tenant_id, filter);
        let rows = Listing {
            select: COLUMNS,
            from: "customers",
            id_column: "id",
            order_by: &order_by,
            narrow: None,
        };
        c.read_span(self.conn, &rows, span, from_row, |c| c.id)
    }

    fn each_customer(
        &self,
        filter: &CustomerFilter,
        visit: &mut dyn FnMut(Customer) -> Result<()>,
    ) -> Result<u64> {
        let (c, order) = customer_conditions(Dialect::Sqlite, self.tenant_id, filter);
        c.each(self.conn, COLUMNS, "customers", &order, from_row, visit)
    }

    fn update_customer(&self, customer: &Customer, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE customers SET email = ?3, name = ?4, company = ?5, external_id = ?6,
                 deleted_at = ?7, updated_at = ?8
             WHERE tenant_id = ?1 AND id = ?2",
            params![
                self.tenant_id,
                customer.id,
                customer.email,
                customer.name,
                customer.company,
                customer.external_id,
                customer.deleted.map(|t| t.0),
                now
            ],
        )?;
        Ok(())
    }
}

impl SqliteScope<'_> {
    fn find_customer_by(&self, column: &str, value: &str) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE tenant_id = ?1 AND {column} = ?2");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![self.tenant_id, value], from_row)
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{NewTenant, PageRequest, Store};

    #[test]
    fn tenants_never_see_each_others_customers() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                let mut ids = Vec::new();
                for name in ["Acme", "Globex"] {
                    let tenant = tx.create_tenant(
                        &NewTenant {
                            name: name.into(),
                            slug: None,
                            timezone: "UTC".into(),
                            key_prefix: None,
                        },
                        1,
                    )?;
                    let scope = tx.scope(&tenant)?;
                    let customer = scope.insert_customer(
                        &NewCustomer {
                            email: "ada@example.com".into(),
                            name: Some(name.into()),
                            company: None,
                            external_id: Some("X1".into()),
                        },
                        1,
                    )?;
                    ids.push(customer.id);
                    let page =
                        scope.customers(&CustomerFilter::default(), PageRequest::default())?;
                    assert_eq!(page.total, 1);
                    assert_eq!(page.items[0].name.as_deref(), Some(name));
                }
                assert_ne!(ids[0], ids[1]);
                Ok(())
            })
            .unwrap();
    }
}
