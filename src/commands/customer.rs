//! `keywright customer …`: customers, found by email or external id.
//! Deletion is soft and can be undone with `update --restore`.

use clap::{Args, Subcommand};

use super::{PageArgs, read, word, write};
use crate::app::Context;
use crate::error::{Outcome, Result};
use crate::service::customer::{
    CustomerChangeInput, CustomerInput, CustomerRequest, UpdateCustomer, create_customer,
    delete_customer, update_customer,
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
    let change = UpdateCustomer::new(CustomerChangeInput {
        email: args.email,
        name: args.name,
        company: args.company,
        external_id: args.external_id,
        restore: args.restore,
    })?;
    let session = ctx.session();
    let customer = write(ctx, |scope, _| {
        update_customer(&session, scope, &args.customer, &change)
    })?;
    ctx.printer.record(&customer, &customer.email)?;
    Ok(Outcome::Success)
}

fn delete(id: &str, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let customer = write(ctx, |scope, _| delete_customer(&session, scope, id))?;
    ctx.printer.record(&customer, &customer.email)?;
    Ok(Outcome::Success)
}
