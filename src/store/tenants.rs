//! The tenant registry: the one table not scoped by tenant. Provisioning
//! picks a unique slug and abbreviation inside the caller's transaction.

use serde::Serialize;

use super::TenantId;
use crate::domain::state::TenantStatus;
use crate::domain::time::UnixTime;

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
