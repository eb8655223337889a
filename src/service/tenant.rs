//! Tenants: create one (with its first signing key), change its name, time
//! zone, key prefix and webhook, suspend and reactivate it. A new webhook
//! URL makes the tenant's webhook secret in the key store. Each change is
//! audited; the caller settles the key store when the transaction ends.

use serde_json::json;

use super::Session;
use super::key::create_key;
use super::signing::refuse_if_tampered;
use super::webhook::{check_url, ensure_secret};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::{is_valid_slug, normalize_key_prefix};
use crate::domain::state::TenantStatus;
use crate::domain::time::parse_timezone;
use crate::domain::values::non_empty;
use crate::error::{Error, Field, Fix, Record, Remedy, Result};
use crate::service::inputs::NAME;
use crate::store::{NewTenant, Scope, Tenant, Tx};
use crate::token::Algorithm;

/// The inputs of an update, at least one of which is given.
const UPDATABLE: &[Field] = &[
    NAME,
    Field::same("timezone"),
    Field::new("key-prefix", "key_prefix"),
    Field::new("webhook-url", "webhook_url"),
    Field::new("no-webhook", "no_webhook"),
    Field::new("webhook-allow-private", "webhook_allow_private"),
    Field::new("webhook-public-only", "webhook_public_only"),
];

/// A tenant as typed, not yet checked.
#[derive(Debug)]
pub struct TenantInput {
    pub name: String,
    pub slug: Option<String>,
    pub timezone: String,
    pub key_prefix: Option<String>,
    /// The algorithm of its first signing key.
    pub algorithm: Algorithm,
}

/// A checked new tenant.
pub struct CreateTenant {
    new: NewTenant,
    algorithm: Algorithm,
}

impl CreateTenant {
    pub fn new(input: TenantInput) -> Result<CreateTenant> {
        let name = non_empty("tenant name", &input.name)?;
        if let Some(slug) = &input.slug
            && !is_valid_slug(slug)
        {
            return Err(Error::usage(format!(
                "'{}' is not a slug; use lower-case letters, digits and single dashes, e.g. acme-bank",
                slug
            )));
        }
        parse_timezone(&input.timezone)?;
        Ok(CreateTenant {
            new: NewTenant {
                name,
                slug: input.slug,
                timezone: input.timezone,
                key_prefix: checked_prefix(input.key_prefix.as_deref())?,
            },
            algorithm: input.algorithm,
        })
    }
}

/// A change of a tenant as typed: what is given changes.
#[derive(Debug, Default)]
pub struct TenantChangeInput {
    pub name: Option<String>,
    pub timezone: Option<String>,
    pub key_prefix: Option<String>,
    pub webhook_url: Option<String>,
    /// Stop posting webhooks.
    pub no_webhook: bool,
    /// `Some(true)`: webhooks may go to private addresses; `Some(false)`:
    /// public ones only.
    pub webhook_allow_private: Option<bool>,
}

/// A checked change of a tenant.
#[derive(Debug)]
pub struct UpdateTenant {
    name: Option<String>,
    timezone: Option<String>,
    key_prefix: Option<String>,
    webhook_url: Option<String>,
    no_webhook: bool,
    webhook_allow_private: Option<bool>,
}

impl UpdateTenant {
    pub fn new(input: TenantChangeInput) -> Result<UpdateTenant> {
        let nothing = input.name.is_none()
            && input.timezone.is_none()
            && input.key_prefix.is_none()
            && input.webhook_url.is_none()
            && !input.no_webhook
            && input.webhook_allow_private.is_none();
        if nothing {
            return Err(Error::refused(
                "nothing to update",
                Fix::GiveOneOf(UPDATABLE),
            ));
        }
        if let Some(tz) = &input.timezone {
            parse_timezone(tz)?;
        }
        Ok(UpdateTenant {
            name: input
                .name
                .as_deref()
                .map(|n| non_empty("tenant name", n))
                .transpose()?,
            timezone: input.timezone,
            key_prefix: checked_prefix(input.key_prefix.as_deref())?,
            webhook_url: input.webhook_url,
            no_webhook: input.no_webhook,
            webhook_allow_private: input.webhook_allow_private,
        })
    }
}

/// A tenant after a change, and whether the change made its webhook secret.
pub struct Changed {
    pub tenant: Tenant,
    pub made_webhook_secret: bool,
}

/// Creates a tenant and its first signing key, audited.
pub fn create(session: &Session<'_>, tx: &Tx<'_>, new: &CreateTenant) -> Result<Tenant> {
    let tenant = tx.create_tenant(&new.new, session.now)?;
    let details = json!({
        "name": tenant.name, "abbreviation": tenant.abbreviation,
        "key_prefix": tenant.key_prefix, "timezone": tenant.timezone,
    });
    let scope = tx.scope(&tenant)?;
    let entry = session.audit(
        AuditAction::TenantCreated,
        TargetKind::Tenant,
        tenant.slug(),
        details,
    );
    scope.append_audit(&entry)?;
    create_key(session, &scope, new.algorithm, AuditAction::KeyGenerated)?;
    Ok(tenant)
}

/// The tenant with this slug, or a not-found error.
pub fn named(tx: &Tx<'_>, slug: &str) -> Result<Tenant> {
    tx.tenant_by_slug(slug)?.ok_or_else(|| Error::NotFound {
        what: Record::Tenant,
        id: slug.to_string(),
        scope: "in this database".into(),
        remedy: Remedy::Look,
    })
}

/// Changes a tenant, audited with both versions. A new webhook URL (or
/// the current one under a new allowance) is checked, and a new one makes
/// the webhook secret unless the tenant has one.
pub fn update(
    session: &Session<'_>,
    tx: &Tx<'_>,
    slug: &str,
    change: &UpdateTenant,
) -> Result<Changed> {
    let mut made_webhook_secret = false;
    let tenant = change_tenant(
        session,
        tx,
        slug,
        AuditAction::TenantUpdated,
        |scope, tenant| {
            let before = editable(tenant);
            tenant.name = change.name.clone().unwrap_or(tenant.name.clone());
            tenant.timezone = change.timezone.clone().unwrap_or(tenant.timezone.clone());
            tenant.key_prefix = change
                .key_prefix
                .clone()
                .unwrap_or(tenant.key_prefix.clone());
            tenant.webhook_allow_private = change
                .webhook_allow_private
                .unwrap_or(tenant.webhook_allow_private);
            if change.no_webhook {
                tenant.webhook_url = None;
            }
            let new_url = change.webhook_url.as_deref();
            let checked = match new_url.or(tenant.webhook_url.as_deref()) {
                Some(url) if new_url.is_some() || change.webhook_allow_private.is_some() => {
                    Some(check_url(url, tenant.webhook_allow_private)?)
                }
                _ => None,
            };
            if new_url.is_some() {
                refuse_if_tampered(scope)?;
                made_webhook_secret = ensure_secret(session.keys, tenant.slug())?;
            }
            if checked.is_some() {
                tenant.webhook_url = checked;
            }
            Ok(json!({"before": before, "after": editable(tenant)}))
        },
    )?;
    Ok(Changed {
        tenant,
        made_webhook_secret,
    })
}

/// Suspends or reactivates a tenant: a suspended one issues nothing and
/// its licenses validate as `TENANT_SUSPENDED`.
pub fn set_status(
    session: &Session<'_>,
    tx: &Tx<'_>,
    slug: &str,
    status: TenantStatus,
) -> Result<Tenant> {
    let action = match status {
        TenantStatus::Suspended => AuditAction::TenantSuspended,
        TenantStatus::Active => AuditAction::TenantReactivated,
    };
    change_tenant(session, tx, slug, action, |_, tenant| {
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

/// Loads a tenant, applies `edit` (which returns the audit details), and
/// writes it and its audit entry.
fn change_tenant(
    session: &Session<'_>,
    tx: &Tx<'_>,
    slug: &str,
    action: AuditAction,
    edit: impl FnOnce(&Scope<'_>, &mut Tenant) -> Result<serde_json::Value>,
) -> Result<Tenant> {
    let mut tenant = named(tx, slug)?;
    let details = edit(&tx.scope(&tenant)?, &mut tenant)?;
    tx.update_tenant(&tenant, session.now)?;
    let entry = session.audit(action, TargetKind::Tenant, tenant.slug(), details);
    tx.scope(&tenant)?.append_audit(&entry)?;
    named(tx, slug)
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

/// A key prefix as given, normalised, if one was.
fn checked_prefix(prefix: Option<&str>) -> Result<Option<String>> {
    let Some(prefix) = prefix else {
        return Ok(None);
    };
    normalize_key_prefix(prefix).map(Some).ok_or_else(|| {
        Error::usage(format!(
            "'{prefix}' is not a key prefix; use 1 to 8 letters or digits, e.g. ACME"
        ))
    })
}
