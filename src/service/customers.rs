//! Creating customers: one request type for `customer create` and
//! `POST /v1/customers`, checked when it is built.

use serde::Deserialize;
use serde_json::json;

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::values::{normalize_email, optional_text};
use crate::error::Result;
use crate::store::{Customer, NewCustomer, Scope};

/// A customer as typed or posted, not yet checked.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerInput {
    pub email: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub company: Option<String>,
    /// Your own id for this customer, e.g. from a CRM.
    #[serde(default)]
    pub external_id: Option<String>,
}

/// A checked customer to create.
pub struct CustomerRequest(NewCustomer);

impl CustomerRequest {
    pub fn new(input: CustomerInput) -> Result<CustomerRequest> {
        Ok(CustomerRequest(NewCustomer {
            email: normalize_email(&input.email)?,
            name: optional_text("name", input.name.as_deref())?,
            company: optional_text("company", input.company.as_deref())?,
            external_id: optional_text("external id", input.external_id.as_deref())?,
        }))
    }
}

/// Creates the customer, with its audit entry.
pub fn create_customer(
    session: &Session<'_>,
    scope: &Scope<'_>,
    request: &CustomerRequest,
) -> Result<Customer> {
    let customer = scope.insert_customer(&request.0, session.now)?;
    let entry = session.audit(
        AuditAction::CustomerCreated,
        TargetKind::Customer,
        &customer.email,
        customer_details(&customer),
    );
    scope.append_audit(&entry)?;
    Ok(customer)
}

/// A customer's fields as audit details.
pub fn customer_details(customer: &Customer) -> serde_json::Value {
    json!({
        "email": customer.email, "name": customer.name,
        "company": customer.company, "external_id": customer.external_id,
    })
}
