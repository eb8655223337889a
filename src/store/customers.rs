//! Customers of a tenant. Deletion is soft: the row stays, marked deleted,
//! so licenses and audit entries that name the customer keep their meaning.

use crate::store::conditions::{Conditions, Dialect};
use serde::Serialize;

use super::page::{Order, Rows, Span, Window};
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::{Error, Record, Remedy, Result};
use crate::store::columns::Columns;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Customer {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub company: Option<String>,
    pub external_id: Option<String>,
    /// What tokens and unauthenticated answers call the customer when it
    /// has no external id (`cus_…`): never the email.
    pub public_id: String,
    pub deleted: Option<UnixTime>,
    pub created: UnixTime,
    pub updated: UnixTime,
}

impl Customer {
    /// How tokens and unauthenticated answers name the customer: its
    /// external id, else its opaque public id; never its email.
    pub fn token_name(&self) -> &str {
        self.external_id.as_deref().unwrap_or(&self.public_id)
    }

    /// The fields a customer is written with, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] = &[
        "email",
        "name",
        "company",
        "external_id",
        "public_id",
        "deleted",
        "created",
        "updated",
    ];
}

pub struct NewCustomer {
    pub email: String,
    pub name: Option<String>,
    pub company: Option<String>,
    pub external_id: Option<String>,
}

text_enum! {
    /// Which customers a list shows.
    #[derive(Default)]
    pub CustomerStatus "customer status" {
        #[default]
        Active = "active",
        Deleted = "deleted",
        All = "all",
    }
}

text_enum! {
    /// The order of `customer list`.
    #[derive(Default)]
    pub CustomerSort "customer sort" {
        #[default]
        Email = "email",
        Name = "name",
        Company = "company",
        Created = "created",
    }
}

#[derive(Debug, Default)]
pub struct CustomerFilter {
    pub search: Option<String>,
    pub status: CustomerStatus,
    pub sort: CustomerSort,
    pub order: Order,
}

/// A new customer's opaque id: `cus_` and 20 random hex digits.
pub(crate) fn new_public_id() -> Result<String> {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::runtime(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    Ok(format!("cus_{}", crate::domain::values::hex(&bytes)))
}

/// What a backend does with the customers of one tenant.
pub trait CustomerRows: super::TenantHandle {
    /// Inserts a customer; the caller has checked that its email and
    /// external id are free (the table refuses duplicates anyway).
    fn insert_customer(&self, new: &NewCustomer, now: i64) -> Result<Customer>;

    /// The customer with this (lower-cased) email, deleted or not.
    fn find_customer_by_email(&self, email: &str) -> Result<Option<Customer>>;

    /// The customer with this external id, deleted or not.
    fn find_customer_by_external_id(&self, external_id: &str) -> Result<Option<Customer>>;

    /// The customer with this public id (`cus_…`), deleted or not.
    fn find_customer_by_public_id(&self, public_id: &str) -> Result<Option<Customer>>;

    /// A customer by email (any case), external id or public id (`cus_…`),
    /// deleted or not.
    fn find_customer(&self, email_or_external_id: &str) -> Result<Option<Customer>> {
        let by_email = self.find_customer_by_email(&email_or_external_id.to_ascii_lowercase())?;
        if by_email.is_some() {
            return Ok(by_email);
        }
        match self.find_customer_by_external_id(email_or_external_id)? {
            Some(customer) => Ok(Some(customer)),
            None if email_or_external_id.starts_with("cus_") => {
                self.find_customer_by_public_id(email_or_external_id)
            }
            None => Ok(None),
        }
    }

    /// The customer with this email or external id, or a not-found error.
    fn customer(&self, email_or_external_id: &str) -> Result<Customer> {
        self.find_customer(email_or_external_id)?
            .ok_or_else(|| Error::NotFound {
                what: Record::Customer,
                id: email_or_external_id.to_string(),
                scope: self.describe(),
                remedy: Remedy::LookOrCreate,
            })
    }

    /// A window of the customers the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    fn read_customers(&self, filter: &CustomerFilter, span: Span) -> Result<Rows<Customer>>;

    /// Every customer the filter matches, streamed to `visit`.
    fn each_customer(
        &self,
        filter: &CustomerFilter,
        visit: &mut dyn FnMut(Customer) -> Result<()>,
    ) -> Result<u64>;

    fn update_customer(&self, customer: &Customer, now: i64) -> Result<()>;
}

impl crate::store::Scope<'_> {
    /// A window of the customers the filter matches: a numbered page in the
    /// filter's order, or the page after a cursor in creation order.
    pub fn customers<W: Window>(
        &self,
        filter: &CustomerFilter,
        window: W,
    ) -> Result<W::Page<Customer>> {
        Ok(window.page(self.read_customers(filter, window.span())?))
    }
}

/// The columns a customer is read from, in the order of [`Customer::read`].
pub(crate) const CUSTOMER_COLUMNS: &str =
    "id, email, name, company, external_id, deleted_at, created_at, updated_at, public_id";

impl Customer {
    /// A customer from the columns of [`CUSTOMER_COLUMNS`].
    pub(crate) fn read(row: &impl Columns) -> Result<Customer> {
        Ok(Customer {
            id: row.id(0)?,
            email: row.string(1)?,
            name: row.text(2)?,
            company: row.text(3)?,
            external_id: row.text(4)?,
            deleted: row.maybe_time(5)?,
            created: row.time(6)?,
            updated: row.time(7)?,
            public_id: row.string(8)?,
        })
    }
}

/// The conditions and order of a list of a tenant's customers.
pub(crate) fn customer_conditions(
    dialect: Dialect,
    tenant_id: i64,
    filter: &CustomerFilter,
) -> (Conditions, String) {
    let mut c = Conditions::for_tenant(dialect, "tenant_id", tenant_id);
    if let Some(text) = &filter.search {
        c.search(&["email", "name", "company", "external_id"], text);
    }
    match filter.status {
        CustomerStatus::Active => c.push_fixed("deleted_at IS NULL"),
        CustomerStatus::Deleted => c.push_fixed("deleted_at IS NOT NULL"),
        CustomerStatus::All => {}
    }
    let column = match filter.sort {
        CustomerSort::Email => dialect.email_order("email"),
        CustomerSort::Name => "name".into(),
        CustomerSort::Company => "company".into(),
        CustomerSort::Created => "created_at".into(),
    };
    (c, format!("{column} {}, id", filter.order.sql()))
}
