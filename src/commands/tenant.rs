//! `keywright tenant …`: provision, show, update, suspend, reactivate and
//! choose the default tenant. Tenant commands name their tenant by slug.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use super::{algorithm, write_storing_secrets};
use crate::app::{Context, config};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::{is_valid_slug, normalize_key_prefix};
use crate::domain::state::TenantStatus;
use crate::domain::time::parse_timezone;
use crate::domain::values::non_empty;
use crate::error::{Error, Outcome, Result};
use crate::service::signing::{create_key, refuse_if_tampered};
use crate::service::webhooks::{check_url, ensure_secret};
use crate::store::{NewTenant, Scope, Tenant, Tx};
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

fn checked_prefix(prefix: &str) -> Result<String> {
    normalize_key_prefix(prefix).ok_or_else(|| {
        Error::usage(format!(
            "'{prefix}' is not a key prefix; use 1 to 8 letters or digits, e.g. ACME"
        ))
    })
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let name = non_empty("tenant name", &args.name)?;
    if let Some(slug) = &args.slug
        && !is_valid_slug(slug)
    {
        return Err(Error::usage(format!(
            "'{slug}' is not a slug; use lower-case letters, digits and single dashes, e.g. acme-bank"
        )));
    }
    parse_timezone(&args.timezone)?;
    let new = NewTenant {
        name,
        slug: args.slug,
        timezone: args.timezone,
        key_prefix: args.key_prefix.as_deref().map(checked_prefix).transpose()?,
    };
    let session = ctx.session();
    let tenant = write_storing_secrets(ctx, |tx| {
        let tenant = tx.create_tenant(&new, ctx.now)?;
        let details = json!({
            "name": tenant.name, "abbreviation": tenant.abbreviation,
            "key_prefix": tenant.key_prefix, "timezone": tenant.timezone,
        });
        let scope = tx.scope(&tenant);
        scope.append_audit(&session.audit(
            AuditAction::TenantCreated,
            TargetKind::Tenant,
            tenant.slug(),
            details,
        ))?;
        create_key(&session, &scope, args.algorithm, AuditAction::KeyGenerated)?;
        Ok(tenant)
    })?;
    ctx.show_times_of(&tenant);
    ctx.printer.record(&tenant, tenant.slug())?;
    Ok(Outcome::Success)
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
        Some(slug) => tenant_named(tx, slug),
        None => ctx.resolve_tenant(tx),
    })?;
    let webhook_secret = match &tenant.webhook_url {
        None => None,
        Some(_) => Some(
            match crate::service::webhooks::secret(ctx.key_store(), tenant.slug()) {
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

fn tenant_named(tx: &Tx<'_>, slug: &str) -> Result<Tenant> {
    tx.tenant_by_slug(slug)?.ok_or_else(|| Error::NotFound {
        what: "tenant",
        id: slug.to_string(),
        scope: "in this database".into(),
        hint: "see `keywright tenant list`".into(),
    })
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Outcome> {
    let nothing = args.name.is_none()
        && args.timezone.is_none()
        && args.key_prefix.is_none()
        && args.webhook_url.is_none()
        && !args.no_webhook
        && !args.webhook_allow_private
        && !args.webhook_public_only;
    if nothing {
        return Err(Error::usage(
            "nothing to update; pass --name, --timezone, --key-prefix, --webhook-url, --no-webhook, --webhook-allow-private or --webhook-public-only",
        ));
    }
    let allowance = match (args.webhook_allow_private, args.webhook_public_only) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let mut made_secret = false;
    let name = args
        .name
        .as_deref()
        .map(|n| non_empty("tenant name", n))
        .transpose()?;
    if let Some(tz) = &args.timezone {
        parse_timezone(tz)?;
    }
    let prefix = args.key_prefix.as_deref().map(checked_prefix).transpose()?;
    change_tenant(
        &args.slug,
        ctx,
        AuditAction::TenantUpdated,
        |scope, tenant| {
            let before = editable(tenant);
            tenant.name = name.unwrap_or(tenant.name.clone());
            tenant.timezone = args.timezone.unwrap_or(tenant.timezone.clone());
            tenant.key_prefix = prefix.unwrap_or(tenant.key_prefix.clone());
            tenant.webhook_allow_private = allowance.unwrap_or(tenant.webhook_allow_private);
            if args.no_webhook {
                tenant.webhook_url = None;
            }
            let new_url = args.webhook_url.as_deref();
            // A new URL, or the current one under a new allowance, is checked.
            let checked = match new_url.or(tenant.webhook_url.as_deref()) {
                Some(url) if new_url.is_some() || allowance.is_some() => {
                    Some(check_url(url, tenant.webhook_allow_private)?)
                }
                _ => None,
            };
            if new_url.is_some() {
                refuse_if_tampered(scope)?;
                made_secret = ensure_secret(ctx.key_store(), tenant.slug())?;
            }
            if checked.is_some() {
                tenant.webhook_url = checked;
            }
            Ok(json!({"before": before, "after": editable(tenant)}))
        },
    )?;
    if made_secret {
        ctx.printer.note(
            "made a webhook secret; write it to a file with `keywright key export-private --webhook-secret --out FILE`",
        );
    }
    Ok(Outcome::Success)
}

/// The fields `tenant update` changes, as audit details.
fn editable(tenant: &Tenant) -> serde_json::Value {
    let mut fields = json!({
        "name": tenant.name, "timezone": tenant.timezone, "key_prefix": tenant.key_prefix,
        "webhook_allow_private": tenant.webhook_allow_private,
    });
    if let (Some(url), Some(map)) = (&tenant.webhook_url, fields.as_object_mut()) {
        map.insert("webhook_url".into(), url.clone().into());
    }
    fields
}

fn set_status(slug: &str, status: TenantStatus, ctx: &Context) -> Result<Outcome> {
    let action = match status {
        TenantStatus::Suspended => AuditAction::TenantSuspended,
        TenantStatus::Active => AuditAction::TenantReactivated,
    };
    change_tenant(slug, ctx, action, |_, tenant| {
        if tenant.status == status {
            return Err(Error::usage(format!(
                "tenant '{}' is already {}; nothing was changed",
                tenant.slug(),
                status
            )));
        }
        tenant.status = status;
        Ok(json!({}))
    })
}

/// Loads a tenant, applies `edit` (which returns the audit details), writes
/// it and its audit entry in one transaction, and prints it.
fn change_tenant(
    slug: &str,
    ctx: &Context,
    action: AuditAction,
    edit: impl FnOnce(&Scope<'_>, &mut Tenant) -> Result<serde_json::Value>,
) -> Result<Outcome> {
    let session = ctx.session();
    let tenant = write_storing_secrets(ctx, |tx| {
        let mut tenant = tenant_named(tx, slug)?;
        let details = edit(&tx.scope(&tenant), &mut tenant)?;
        tx.update_tenant(&tenant, ctx.now)?;
        tx.scope(&tenant).append_audit(&session.audit(
            action,
            TargetKind::Tenant,
            tenant.slug(),
            details,
        ))?;
        tenant_named(tx, slug)
    })?;
    ctx.show_times_of(&tenant);
    ctx.printer.record(&tenant, tenant.slug())?;
    Ok(Outcome::Success)
}

fn use_tenant(slug: &str, ctx: &Context) -> Result<Outcome> {
    let tenant = ctx.open_store()?.read(|tx| tenant_named(tx, slug))?;
    config::set_value(&ctx.config_path, "default_tenant", tenant.slug())?;
    ctx.printer.note(&format!(
        "default tenant is now '{}' (in {})",
        tenant.slug(),
        ctx.config_path.display()
    ));
    Ok(Outcome::Success)
}
