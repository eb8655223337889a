//! `keywright product …`: products and the features they know.

use clap::{Args, Subcommand};
use serde_json::json;

use super::{FeatureArgs, PageArgs, read, word, write};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::is_valid_slug;
use crate::domain::values::{non_empty, normalize_features};
use crate::error::{Error, Outcome, Result};
use crate::store::{NewProduct, Order, Product, ProductFilter, ProductSort, ProductStatus};

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
    if !is_valid_slug(&args.slug) {
        return Err(Error::usage(format!(
            "'{}' is not a product slug; use lower-case letters, digits and single dashes, e.g. desktop-app",
            args.slug
        )));
    }
    let new = NewProduct {
        slug: args.slug,
        name: non_empty("product name", &args.name)?,
        features: normalize_features(&args.features)?,
    };
    let session = ctx.session();
    let product = write(ctx, |scope, _| {
        let product = scope.insert_product(&new, ctx.now)?;
        let details = json!({"name": product.name, "features": product.features});
        scope.append_audit(&session.audit(
            AuditAction::ProductCreated,
            TargetKind::Product,
            &product.slug,
            details,
        ))?;
        Ok(product)
    })?;
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
    let features = args.features.edit();
    if args.name.is_none() && features.is_empty() {
        return Err(Error::usage(
            "nothing to update; pass --name, --feature, --add-feature or --remove-feature",
        ));
    }
    let name = args
        .name
        .as_deref()
        .map(|n| non_empty("product name", n))
        .transpose()?;
    change_product(&args.slug, ctx, AuditAction::ProductUpdated, |product| {
        let before = json!({"name": product.name, "features": product.features});
        product.features = features.apply(&product.features)?;
        product.name = name.unwrap_or(product.name.clone());
        let after = json!({"name": product.name, "features": product.features});
        Ok(json!({"before": before, "after": after}))
    })
}

fn set_active(slug: &str, active: bool, ctx: &Context) -> Result<Outcome> {
    let action = if active {
        AuditAction::ProductActivated
    } else {
        AuditAction::ProductDeactivated
    };
    change_product(slug, ctx, action, |product| {
        if product.active == active {
            return Err(Error::usage(format!(
                "product '{}' is already {}; nothing was changed",
                product.slug,
                if active { "active" } else { "inactive" }
            )));
        }
        product.active = active;
        Ok(json!({}))
    })
}

fn change_product(
    slug: &str,
    ctx: &Context,
    action: AuditAction,
    edit: impl FnOnce(&mut Product) -> Result<serde_json::Value>,
) -> Result<Outcome> {
    let session = ctx.session();
    let product = write(ctx, |scope, _| {
        let mut product = scope.product(slug)?;
        let details = edit(&mut product)?;
        scope.update_product(&product, ctx.now)?;
        scope.append_audit(&session.audit(action, TargetKind::Product, slug, details))?;
        scope.product(slug)
    })?;
    ctx.printer.record(&product, &product.slug)?;
    Ok(Outcome::Success)
}
