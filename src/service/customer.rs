//! Customers: create (`customer create`, `POST /v1/customers`: one
//! request type, checked when it is built), change and delete (softly:
//! the row stays, so the licenses and audit entries that name it keep
//! their meaning). An email and an external id name one customer of a
//! tenant at most. Each change is audited.

use serde::Deserialize;
use serde_json::json;

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::time::UnixTime;
use crate::domain::values::{normalize_email, optional_text};
use crate::error::{Error, Field, Fix, Record, Remedy, Result};
use crate::service::inputs::NAME;
use crate::store::{Customer, NewCustomer, Scope};

/// The inputs of an update, at least one of which is given.
const UPDATABLE: &[Field] = &[
    Field::same("email"),
    NAME,
    Field::same("company"),
    Field::new("external-id", "external_id"),
    Field::same("restore"),
];

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
    email_free(scope, &request.0.email, None)?;
    if let Some(external_id) = &request.0.external_id {
        external_id_free(scope, external_id, None)?;
    }
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

/// A change of a customer as typed: what is given changes (an empty text
/// clears it), the rest stays.
#[derive(Debug, Default)]
pub struct CustomerChangeInput {
    pub email: Option<String>,
    pub name: Option<String>,
    pub company: Option<String>,
    pub external_id: Option<String>,
    /// Undo a deletion.
    pub restore: bool,
}

/// A checked change of a customer.
#[derive(Debug, Clone)]
pub struct UpdateCustomer {
    email: Option<String>,
    name: Option<Option<String>>,
    company: Option<Option<String>>,
    external_id: Option<Option<String>>,
    restore: bool,
}

impl UpdateCustomer {
    pub fn new(input: CustomerChangeInput) -> Result<UpdateCustomer> {
        let nothing = input.email.is_none()
            && input.name.is_none()
            && input.company.is_none()
            && input.external_id.is_none()
            && !input.restore;
        if nothing {
            return Err(Error::refused(
                "nothing to update",
                Fix::GiveOneOf(UPDATABLE),
            ));
        }
        let text = |what: &str, value: Option<String>| {
            value.map(|v| optional_text(what, Some(&v))).transpose()
        };
        Ok(UpdateCustomer {
            email: input.email.as_deref().map(normalize_email).transpose()?,
            name: text("name", input.name)?,
            company: text("company", input.company)?,
            external_id: text("external id", input.external_id)?,
            restore: input.restore,
        })
    }
}

/// Changes a customer (named by email, external id or public id), audited
/// with both versions.
pub fn update_customer(
    session: &Session<'_>,
    scope: &Scope<'_>,
    id: &str,
    change: &UpdateCustomer,
) -> Result<Customer> {
    let mut customer = scope.customer(id)?;
    let before = customer_details(&customer);
    if let Some(email) = change.email.as_ref().filter(|e| **e != customer.email) {
        email_free(scope, email, Some(customer.id))?;
        customer.email = email.clone();
    }
    for (field, new) in [
        (&mut customer.name, &change.name),
        (&mut customer.company, &change.company),
        (&mut customer.external_id, &change.external_id),
    ] {
        if let Some(new) = new {
            *field = new.clone();
        }
    }
    if let Some(external_id) = &customer.external_id {
        external_id_free(scope, external_id, Some(customer.id))?;
    }
    if change.restore {
        customer.deleted = None;
    }
    scope.update_customer(&customer, session.now)?;
    let details = json!({
        "before": before, "after": customer_details(&customer), "restored": change.restore,
    });
    let entry = session.audit(
        AuditAction::CustomerUpdated,
        TargetKind::Customer,
        &customer.email,
        details,
    );
    scope.append_audit(&entry)?;
    scope.customer(&customer.email)
}

/// Deletes a customer softly: it is marked deleted and takes no new
/// license; its licenses stay as they are.
pub fn delete_customer(session: &Session<'_>, scope: &Scope<'_>, id: &str) -> Result<Customer> {
    let mut customer = scope.customer(id)?;
    if customer.deleted.is_some() {
        return Err(Error::usage(format!(
            "customer '{}' is already deleted; nothing was changed",
            customer.email
        )));
    }
    customer.deleted = Some(UnixTime(session.now));
    scope.update_customer(&customer, session.now)?;
    let entry = session.audit(
        AuditAction::CustomerDeleted,
        TargetKind::Customer,
        &customer.email,
        json!({}),
    );
    scope.append_audit(&entry)?;
    Ok(customer)
}

/// Fails when a customer other than `except` has this email.
fn email_free(scope: &Scope<'_>, email: &str, except: Option<i64>) -> Result<()> {
    match scope.find_customer_by_email(email)? {
        Some(other) if Some(other.id) != except => {
            let remedy = match (other.deleted.is_some(), except) {
                (true, None) => Remedy::Restore,
                (false, None) => Remedy::ChooseAnother,
                _ => Remedy::Said("each customer needs an email of its own".into()),
            };
            Err(Error::Conflict {
                what: Record::Customer,
                id: email.to_string(),
                scope: scope.describe(),
                remedy,
            })
        }
        _ => Ok(()),
    }
}

/// Fails when a customer other than `except` has this external id.
fn external_id_free(scope: &Scope<'_>, external_id: &str, except: Option<i64>) -> Result<()> {
    match scope.find_customer_by_external_id(external_id)? {
        Some(other) if Some(other.id) != except => Err(Error::Conflict {
            what: Record::CustomerExternalId,
            id: external_id.to_string(),
            scope: scope.describe(),
            remedy: Remedy::Said(format!("{} already has it", other.email)),
        }),
        _ => Ok(()),
    }
}
