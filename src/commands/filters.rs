//! Filter flags shared by a list and its export: `license list` and
//! `export licenses`, `audit list` and `export audit`. They map onto the
//! service's queries, which resolve them.

use clap::Args;

use super::word;
use crate::domain::state::LicenseStatus;
use crate::service::queries::{AuditQuery, LicenseQuery};

/// The filters of `license list` and `export licenses`.
#[derive(Debug, Args)]
pub struct LicenseFilterArgs {
    /// Only licenses of this product
    #[arg(long, value_name = "P")]
    pub product: Option<String>,
    /// Email or external id
    #[arg(long, value_name = "C")]
    pub customer: Option<String>,
    /// Only licenses with this status at this moment
    #[arg(long, value_parser = word::<LicenseStatus>())]
    pub status: Option<LicenseStatus>,
    /// Only licenses that expire within this period, e.g. 30d
    #[arg(long, value_name = "PERIOD")]
    pub expires_within: Option<String>,
    /// Only licenses that grant this feature
    #[arg(long, value_name = "F")]
    pub feature: Option<String>,
    /// Text in the key, customer email, name, company, external id or product
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only licenses issued at or after this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub issued_since: Option<String>,
    /// Only licenses issued before this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub issued_before: Option<String>,
}

impl LicenseFilterArgs {
    pub fn query(&self) -> LicenseQuery {
        LicenseQuery {
            product: self.product.clone(),
            customer: self.customer.clone(),
            status: self.status,
            expires_within: self.expires_within.clone(),
            feature: self.feature.clone(),
            search: self.search.clone(),
            issued_since: self.issued_since.clone(),
            issued_before: self.issued_before.clone(),
            after: None,
            limit: None,
        }
    }
}

/// The filters of `audit list` and `export audit`; the global `--actor`,
/// when typed, filters by actor too.
#[derive(Debug, Args)]
pub struct AuditFilterArgs {
    /// Only this action, e.g. product.created; `license.*` for a prefix
    #[arg(long, value_name = "A")]
    pub action: Option<String>,
    /// Only entries about this target id (a slug, email or license key)
    #[arg(long, value_name = "ID")]
    pub target: Option<String>,
    /// From this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub since: Option<String>,
    /// Before this time (RFC 3339, or a date in the tenant's time zone)
    #[arg(long, value_name = "T")]
    pub until: Option<String>,
}

impl AuditFilterArgs {
    pub fn query(&self, actor: Option<&str>) -> AuditQuery {
        AuditQuery {
            action: self.action.clone(),
            target: self.target.clone(),
            actor: actor.map(str::to_string),
            since: self.since.clone(),
            until: self.until.clone(),
            after: None,
            limit: None,
        }
    }
}
