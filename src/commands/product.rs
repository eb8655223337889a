//! `keywright product …`: products and the features they know.

use clap::{Args, Subcommand};

use super::{FeatureArgs, PageArgs, read, word, write};
use crate::app::Context;
use crate::error::{Outcome, Result};
use crate::service::product::{self, CreateProduct, ProductInput, UpdateProduct};
use crate::store::{Order, ProductFilter, ProductSort, ProductStatus};

#[derive(Debug, Subcommand)]
pub enum ProductCommand {
    /// Create a product
    Create(CreateArgs),
    /// List products
    List(ListArgs),
    /// Show one product
    Show { slug: String },
    /// Change a product's name or features
    Update(UpdateArgs),
    /// Allow licenses to be issued for a product again
    Activate { slug: String },
    /// Stop issuing licenses for a product (existing ones stay valid)
    Deactivate { slug: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Lower-case letters, digits and dashes; the `aud` of its tokens
    pub slug: String,
    /// Display name
    #[arg(long)]
    pub name: String,
    /// A feature licenses of this product can grant (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only products whose slug or name contains this text
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_parser = word::<ProductStatus>(), default_value = "all")]
    pub status: ProductStatus,
    #[arg(long, value_parser = word::<ProductSort>(), default_value = "slug")]
    pub sort: ProductSort,
    #[arg(long, value_parser = word::<Order>(), default_value = "asc")]
    pub order: Order,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub slug: String,
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub features: FeatureArgs,
}

impl ProductCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            ProductCommand::Create(args) => create(args, ctx),
            ProductCommand::List(args) => list(args, ctx),
            ProductCommand::Show { slug } => {
                let product = read(ctx, |scope, _| scope.product(&slug))?;
                ctx.printer.record(&product, &product.slug)?;
                Ok(Outcome::Success)
            }
            ProductCommand::Update(args) => update(args, ctx),
            ProductCommand::Activate { slug } => set_active(&slug, true, ctx),
            ProductCommand::Deactivate { slug } => set_active(&slug, false, ctx),
        }
    }
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let new = CreateProduct::new(ProductInput {
        slug: args.slug,
        name: args.name,
        features: args.features,
    })?;
    let session = ctx.session();
    let product = write(ctx, |scope, _| product::create(&session, scope, &new))?;
    ctx.printer.record(&product, &product.slug)?;
    Ok(Outcome::Success)
}

fn list(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let filter = ProductFilter {
        search: args.search,
        status: args.status,
        sort: args.sort,
        order: args.order,
    };
    let page = read(ctx, |scope, _| {
        scope.products(&filter, args.page.request_or_whole(ctx.printer.quiet()))
    })?;
    ctx.printer.page(&page, |p| p.slug.clone(), None)?;
    Ok(Outcome::Success)
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let change = UpdateProduct::new(args.name.as_deref(), args.features.edit())?;
    let session = ctx.session();
    let product = write(ctx, |scope, _| {
        product::update(&session, scope, &args.slug, &change)
    })?;
    ctx.printer.record(&product, &product.slug)?;
    Ok(Outcome::Success)
}

fn set_active(slug: &str, active: bool, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let product = write(ctx, |scope, _| {
        product::set_active(&session, scope, slug, active)
    })?;
    ctx.printer.record(&product, &product.slug)?;
    Ok(Outcome::Success)
}
