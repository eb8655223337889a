//! `keywright customer …`: customers, found by email or external id.
//! Deletion is soft and can be undone with `update --restore`.

use clap::{Args, Subcommand};
use serde_json::json;

use super::{PageArgs, edit_optional, read, word, write};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::time::UnixTime;
use crate::domain::values::normalize_email;
use crate::error::{Error, Outcome, Result};
use crate::service::customers::{
    CustomerInput, CustomerRequest, create_customer, customer_details,
};
use crate::store::{CustomerFilter, CustomerSort, CustomerStatus, Order};

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Create a customer
    Create(CreateArgs),
    /// List customers
    List(ListArgs),
    /// Show one customer, by email or external id
    Show { customer: String },
    /// Change a customer's details (an empty value clears a field)
    Update(UpdateArgs),
    /// Mark a customer deleted (soft: `update --restore` undoes it)
    Delete { customer: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    pub email: String,
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// Company name
    #[arg(long)]
    pub company: Option<String>,
    /// Your own id for this customer, e.g. from a CRM
    #[arg(long, value_name = "X")]
    pub external_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only customers whose email, name, company or external id contains this text
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_parser = word::<CustomerStatus>(), default_value = "active")]
    pub status: CustomerStatus,
    #[arg(long, value_parser = word::<CustomerSort>(), default_value = "email")]
    pub sort: CustomerSort,
    #[arg(long, value_parser = word::<Order>(), default_value = "asc")]
    pub order: Order,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Email or external id of the customer
    pub customer: String,
    /// A new email address
    #[arg(long)]
    pub email: Option<String>,
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// Company name
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long, value_name = "X")]
    pub external_id: Option<String>,
    /// Undo a deletion
    #[arg(long)]
    pub restore: bool,
}

impl CustomerCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            CustomerCommand::Create(args) => create(args, ctx),
            CustomerCommand::List(args) => list(args, ctx),
            CustomerCommand::Show { customer } => {
                let customer = read(ctx, |scope, _| scope.customer(&customer))?;
                ctx.printer.record(&customer, &customer.email)?;
                Ok(Outcome::Success)
            }
            CustomerCommand::Update(args) => update(args, ctx),
            CustomerCommand::Delete { customer } => delete(&customer, ctx),
        }
    }
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let request = CustomerRequest::new(CustomerInput {
        email: args.email,
        name: args.name,
        company: args.company,
        external_id: args.external_id,
    })?;
    let session = ctx.session();
    let customer = write(ctx, |scope, _| create_customer(&session, scope, &request))?;
    ctx.printer.record(&customer, &customer.email)?;
    Ok(Outcome::Success)
}

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let filter = CustomerFilter {
        search: args.search,
        status: args.status,
        sort: args.sort,
        order: args.order,
    };
    let page = read(ctx, |scope, _| {
        scope.customers(&filter, args.page.request_or_whole(ctx.printer.quiet()))
    })?;
    ctx.printer.page(&page, |c| c.email.clone(), None)?;
    Ok(Outcome::Success)
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let nothing = args.email.is_none()
        && args.name.is_none()
        && args.company.is_none()
        && args.external_id.is_none()
        && !args.restore;
    if nothing {
        return Err(Error::usage(
            "nothing to update; pass --email, --name, --company, --external-id or --restore",
        ));
    }
    let email = args.email.as_deref().map(normalize_email).transpose()?;
    let session = ctx.session();
    let customer = write(ctx, |scope, _| {
        let mut customer = scope.customer(&args.customer)?;
        let before = customer_details(&customer);
        if let Some(email) = email.filter(|e| *e != customer.email) {
            if scope.find_customer(&email)?.is_some() {
                return Err(Error::Conflict {
                    what: "customer",
                    id: email,
                    scope: scope.describe(),
                    hint: "each customer needs an email of its own".into(),
                });
            }
            customer.email = email;
        }
        edit_optional(&mut customer.name, args.name.as_ref());
        edit_optional(&mut customer.company, args.company.as_ref());
        edit_optional(&mut customer.external_id, args.external_id.as_ref());
        if let Some(external_id) = &customer.external_id {
            scope.check_external_id_free(external_id, Some(customer.id))?;
        }
        if args.restore {
            customer.deleted = None;
        }
        scope.update_customer(&customer, ctx.now)?;
        let details = json!({"before": before, "after": customer_details(&customer), "restored": args.restore});
        scope.append_audit(&session.audit(
            AuditAction::CustomerUpdated,
            TargetKind::Customer,
            &customer.email,
            details,
        ))?;
        scope.customer(&customer.email)
    })?;
    ctx.printer.record(&customer, &customer.email)?;
    Ok(Outcome::Success)
}

fn delete(id: &str, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let customer = write(ctx, |scope, _| {
        let mut customer = scope.customer(id)?;
        if customer.deleted.is_some() {
            return Err(Error::usage(format!(
                "customer '{}' is already deleted; nothing was changed",
                customer.email
            )));
        }
        customer.deleted = Some(UnixTime(ctx.now));
        scope.update_customer(&customer, ctx.now)?;
        scope.append_audit(&session.audit(
            AuditAction::CustomerDeleted,
            TargetKind::Customer,
            &customer.email,
            json!({}),
        ))?;
        Ok(customer)
    })?;
    ctx.printer.record(&customer, &customer.email)?;
    Ok(Outcome::Success)
}
