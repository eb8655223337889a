//! The tenant registry: the one table not scoped by tenant. Provisioning
//! picks a unique slug and abbreviation inside the caller's transaction.

use serde::Serialize;

use super::TenantId;
use crate::domain::state::TenantStatus;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::columns::Columns;

/// A tenant as read from the database. Its id and slug cannot be changed
/// or made up: they come only from the row.
#[derive(Debug, Clone, Serialize)]
pub struct Tenant {
    #[serde(skip)]
    pub(in crate::store) id: TenantId,
    pub(in crate::store) slug: String,
    pub name: String,
    pub abbreviation: String,
    pub key_prefix: String,
    pub timezone: String,
    pub status: TenantStatus,
    /// Where suspicious-activity events are posted; its secret is in the key store.
    pub webhook_url: Option<String>,
    /// Whether webhooks may go to loopback, link-local and private
    /// addresses (a receiver on the vendor's own network).
    pub webhook_allow_private: bool,
    pub created: UnixTime,
    pub updated: UnixTime,
}

impl Tenant {
    pub fn id(&self) -> TenantId {
        self.id
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    pub fn is_suspended(&self) -> bool {
        self.status == TenantStatus::Suspended
    }
}

/// What `tenant create` asks for; missing values are derived.
pub struct NewTenant {
    pub name: String,
    pub slug: Option<String>,
    pub timezone: String,
    pub key_prefix: Option<String>,
}

/// What a backend does with the tenant registry.
pub trait TenantRegistry {
    /// The database's identity (see [`super::Store::database_id`]).
    fn database_id(&self) -> Result<String>;

    /// Every tenant, by slug.
    fn tenants(&self) -> Result<Vec<Tenant>>;

    /// The tenant an id names (ids come only from rows already read).
    fn tenant_by_id(&self, id: TenantId) -> Result<Option<Tenant>>;

    fn tenant_by_slug(&self, slug: &str) -> Result<Option<Tenant>>;

    /// Inserts a tenant with a unique slug and abbreviation: a slug asked
    /// for and taken is a conflict; one derived from the name is made
    /// unique.
    fn create_tenant(&self, new: &NewTenant, now: i64) -> Result<Tenant>;

    /// Writes a tenant's editable fields: name, key prefix, time zone,
    /// status, webhook URL and whether it may be private.
    fn update_tenant(&self, tenant: &Tenant, now: i64) -> Result<()>;
}

/// The columns a tenant is read from, in the order of [`Tenant::read`].
pub(crate) const TENANT_COLUMNS: &str = "id, slug, name, abbreviation, key_prefix, timezone, status, \
    webhook_url, created_at, updated_at, webhook_private";

impl Tenant {
    /// A tenant from the columns of [`TENANT_COLUMNS`].
    pub(crate) fn read(row: &impl Columns) -> Result<Tenant> {
        Ok(Tenant {
            id: TenantId(row.id(0)?),
            slug: row.string(1)?,
            name: row.string(2)?,
            abbreviation: row.string(3)?,
            key_prefix: row.string(4)?,
            timezone: row.string(5)?,
            status: row.word(6)?,
            webhook_url: row.text(7)?,
            created: row.time(8)?,
            updated: row.time(9)?,
            webhook_allow_private: row.flag(10)? == Some(true),
        })
    }
}

/// The slug, abbreviation and key prefix of a new tenant, each unique
/// where it must be: `taken(column, value)` says whether a tenant has it.
/// A slug given and taken is a conflict.
pub(crate) fn new_tenant_names(
    new: &NewTenant,
    taken: impl Fn(&str, &str) -> bool,
) -> Result<(String, String, String)> {
    let slug = match &new.slug {
        Some(slug) if taken("slug", slug) => {
            return Err(crate::error::Error::Conflict {
                what: crate::error::Record::Tenant,
                id: slug.clone(),
                scope: "in this database".into(),
                remedy: crate::error::Remedy::ChooseAnother,
            });
        }
        Some(slug) => slug.clone(),
        None => {
            crate::domain::naming::unique_slug(&crate::domain::naming::slugify(&new.name), |s| {
                taken("slug", s)
            })
        }
    };
    let abbreviation =
        crate::domain::naming::unique_abbreviation(&new.name, |a| taken("abbreviation", a));
    let key_prefix = new
        .key_prefix
        .clone()
        .unwrap_or_else(|| abbreviation.clone());
    Ok((slug, abbreviation, key_prefix))
}
