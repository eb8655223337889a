//! `keywright tenant …`: provision, show, update, suspend, reactivate and
//! choose the default tenant. Tenant commands name their tenant by slug.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{algorithm, write_storing_secrets};
use crate::app::{Context, config};
use crate::domain::state::TenantStatus;
use crate::error::{Outcome, Result};
use crate::service::tenant::{self, CreateTenant, TenantChangeInput, TenantInput, UpdateTenant};
use crate::store::Tenant;
use crate::token::Algorithm;

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant: a slug, abbreviation and key prefix are derived from its name
    Create(CreateArgs),
    /// List every tenant
    List,
    /// Show one tenant (default: the current one)
    Show { slug: Option<String> },
    /// Change a tenant's name, time zone or key prefix
    Update(UpdateArgs),
    /// Suspend a tenant: it issues nothing and its licenses stop validating
    Suspend { slug: String },
    /// Reactivate a suspended tenant
    Reactivate { slug: String },
    /// Make a tenant the default (writes default_tenant to the config file)
    Use { slug: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The company's name, e.g. "Acme Bank Ltd"
    pub name: String,
    /// The slug [default: from the name, with -2, -3 on collision]
    #[arg(long)]
    pub slug: Option<String>,
    /// IANA time zone in which expiry dates end
    #[arg(long, default_value = "UTC", value_name = "IANA")]
    pub timezone: String,
    /// Prefix of license keys [default: the abbreviation]
    #[arg(long, value_name = "P")]
    pub key_prefix: Option<String>,
    /// Algorithm of the tenant's first signing key: ed25519 or hmac
    #[arg(long, value_parser = algorithm(), default_value = "ed25519")]
    pub algorithm: Algorithm,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    pub slug: String,
    /// A new display name (the slug stays)
    #[arg(long)]
    pub name: Option<String>,
    /// A new IANA time zone for expiry dates issued from now on
    #[arg(long, value_name = "IANA")]
    pub timezone: Option<String>,
    /// A new prefix for license keys issued from now on
    #[arg(long, value_name = "P")]
    pub key_prefix: Option<String>,
    /// Post suspicious-activity events here (a secret to check them is made once)
    #[arg(long, value_name = "URL", conflicts_with = "no_webhook")]
    pub webhook_url: Option<String>,
    /// Stop posting webhooks
    #[arg(long)]
    pub no_webhook: bool,
    /// Let webhooks go to loopback, link-local and private addresses (a receiver on your own network)
    #[arg(long, conflicts_with = "webhook_public_only")]
    pub webhook_allow_private: bool,
    /// Send webhooks to public addresses only (the default)
    #[arg(long)]
    pub webhook_public_only: bool,
}

impl TenantCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            TenantCommand::Create(args) => create(args, ctx),
            TenantCommand::List => list(ctx),
            TenantCommand::Show { slug } => show(slug, ctx),
            TenantCommand::Update(args) => update(args, ctx),
            TenantCommand::Suspend { slug } => set_status(&slug, TenantStatus::Suspended, ctx),
            TenantCommand::Reactivate { slug } => set_status(&slug, TenantStatus::Active, ctx),
            TenantCommand::Use { slug } => use_tenant(&slug, ctx),
        }
    }
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let new = CreateTenant::new(TenantInput {
        name: args.name,
        slug: args.slug,
        timezone: args.timezone,
        key_prefix: args.key_prefix,
        algorithm: args.algorithm,
    })?;
    let session = ctx.session();
    let tenant = write_storing_secrets(ctx, |tx| tenant::create(&session, tx, &new))?;
    print_tenant(&tenant, ctx)
}

fn list(ctx: &Context) -> Result<Outcome> {
    let tenants = ctx.open_store()?.read(|tx| tx.tenants())?;
    ctx.printer.all(&tenants, |t| t.slug().to_string())?;
    Ok(Outcome::Success)
}

/// A tenant as `show` prints it: whether its webhook secret is there, never the secret.
#[derive(Serialize)]
struct TenantView<'a> {
    #[serde(flatten)]
    tenant: &'a Tenant,
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_secret: Option<&'static str>,
}

fn show(slug: Option<String>, ctx: &Context) -> Result<Outcome> {
    let tenant = ctx.open_store()?.read(|tx| match &slug {
        Some(slug) => tenant::named(tx, slug),
        None => ctx.resolve_tenant(tx),
    })?;
    let webhook_secret = match &tenant.webhook_url {
        None => None,
        Some(_) => Some(
            match crate::service::webhook::secret(ctx.key_store(), tenant.slug()) {
                Ok(Some(_)) => "configured",
                Ok(None) => "missing",
                Err(_) => "unreachable",
            },
        ),
    };
    let view = TenantView {
        tenant: &tenant,
        webhook_secret,
    };
    ctx.show_times_of(&tenant);
    ctx.printer.record(&view, tenant.slug())?;
    Ok(Outcome::Success)
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let change = UpdateTenant::new(TenantChangeInput {
        name: args.name,
        timezone: args.timezone,
        key_prefix: args.key_prefix,
        webhook_url: args.webhook_url,
        no_webhook: args.no_webhook,
        webhook_allow_private: match (args.webhook_allow_private, args.webhook_public_only) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
    })?;
    let session = ctx.session();
    let changed =
        write_storing_secrets(ctx, |tx| tenant::update(&session, tx, &args.slug, &change))?;
    if changed.made_webhook_secret {
        ctx.printer.note(
            "made a webhook secret; write it to a file with `keywright key export-private --webhook-secret --out FILE`",
        );
    }
    print_tenant(&changed.tenant, ctx)
}

fn set_status(slug: &str, status: TenantStatus, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let tenant = write_storing_secrets(ctx, |tx| tenant::set_status(&session, tx, slug, status))?;
    print_tenant(&tenant, ctx)
}

fn print_tenant(tenant: &Tenant, ctx: &Context) -> Result<Outcome> {
    ctx.show_times_of(tenant);
    ctx.printer.record(tenant, tenant.slug())?;
    Ok(Outcome::Success)
}

fn use_tenant(slug: &str, ctx: &Context) -> Result<Outcome> {
    let tenant = ctx.open_store()?.read(|tx| tenant::named(tx, slug))?;
    config::set_value(&ctx.config_path, "default_tenant", tenant.slug())?;
    ctx.printer.note(&format!(
        "default tenant is now '{}' (in {})",
        tenant.slug(),
        ctx.config_path.display()
    ));
    Ok(Outcome::Success)
}
