//! How PostgreSQL keeps customers: their columns, reads, lists and writes.
//! An email is matched whatever its case, as SQLite's `NOCASE` column is.

use crate::store::conditions::Dialect;
use crate::store::customers::customer_conditions;
use postgres::Row;

use super::handles::PgScope;
use super::query::{Listing, PgConditions};
use crate::error::Result;
use crate::store::customers::{
    CUSTOMER_COLUMNS, Customer, CustomerFilter, CustomerRows, NewCustomer, new_public_id,
};
use crate::store::page::{Rows, Span};

const COLUMNS: &str = CUSTOMER_COLUMNS;

fn from_row(row: &Row) -> Result<Customer> {
    Customer::read(row)
}

impl CustomerRows for PgScope<'_> {
    fn insert_customer(&self, new: &NewCustomer, now: i64) -> Result<Customer> {
        self.session.run(
            "INSERT INTO customers (tenant_id, email, name, company, external_id, created_at, updated_at, public_id)
             VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
            &[
                &self.tenant_id,
                &new.email,
                &new.name,
                &new.company,
                &new.external_id,
                &now,
                &new_public_id()?,
            ],
        )?;
        self.customer(&new.email)
    }

    fn find_customer_by_email(&self, email: &str) -> Result<Option<Customer>> {
        self.find_customer_by("lower(email)", &email.to_lowercase())
    }

    fn find_customer_by_external_id(&self, external_id: &str) -> Result<Option<Customer>> {
        self.find_customer_by("external_id", external_id)
    }

    fn find_customer_by_public_id(&self, public_id: &str) -> Result<Option<Customer>> {
        self.find_customer_by("public_id", public_id)
    }

    fn read_customers(&self, filter: &CustomerFilter, span: Span) -> Result<Rows<Customer>> {
        let (c, order_by) = customer_conditions(Dialect::Postgres, self.tenant_id, filter);
        let listing = Listing {
            select: COLUMNS,
            from: "customers",
            id_column: "id",
            order_by: &order_by,
        };
        c.read_span(self.session, &listing, span, from_row, |c| c.id)
    }

    fn each_customer(
        &self,
        filter: &CustomerFilter,
        visit: &mut dyn FnMut(Customer) -> Result<()>,
    ) -> Result<u64> {
        let (c, order) = customer_conditions(Dialect::Postgres, self.tenant_id, filter);
        c.each(
            self.session,
            (COLUMNS, "customers", &order),
            from_row,
            visit,
        )
    }

    fn update_customer(&self, customer: &Customer, now: i64) -> Result<()> {
        self.session.run(
            "UPDATE customers SET email = $3, name = $4, company = $5, external_id = $6,
                 deleted_at = $7, updated_at = $8
             WHERE tenant_id = $1 AND id = $2",
            &[
                &self.tenant_id,
                &customer.id,
                &customer.email,
                &customer.name,
                &customer.company,
                &customer.external_id,
                &customer.deleted.map(|t| t.0),
                &now,
            ],
        )?;
        Ok(())
    }
}

impl PgScope<'_> {
    fn find_customer_by(&self, column: &str, value: &str) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE tenant_id = $1 AND {column} = $2");
        let row = self.session.row(&sql, &[&self.tenant_id, &value])?;
        row.as_ref().map(from_row).transpose()
    }
}
