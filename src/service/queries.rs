//! The filters of lists, as typed (`license list`, `export`) or given in a
//! query string (`GET /v1/licenses`), resolved against the tenant: names
//! become ids, periods and dates become times.

use serde::Deserialize;

use crate::domain::state::LicenseStatus;
use crate::domain::time::{Period, parse_instant, parse_timezone};
use crate::error::{Error, Result};
use crate::store::{
    AuditFilter, Cursor, CustomerFilter, CustomerStatus, LicenseFilter, PlanFilter, ProductFilter,
    ProductStatus, Scope, Tenant,
};

/// Rows per page of the service's lists, unless `limit` says otherwise.
const DEFAULT_LIMIT: u32 = 50;

/// The cursor of a list read in pages: `after` (the `next` of the page
/// before) and `limit` (1 to 1000).
fn cursor(after: Option<&str>, limit: Option<u32>) -> Result<Cursor> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=1000).contains(&limit) {
        return Err(Error::usage(format!("limit {limit} must be 1 to 1000")));
    }
    let after = after
        .map(|text| {
            text.parse::<i64>().map_err(|_| {
                Error::usage(format!(
                    "'{}' is not a cursor this service gave; pass the `next` of the page before",
                    crate::error::shown(text)
                ))
            })
        })
        .transpose()?;
    Ok(Cursor { after, limit })
}

/// Which licenses a list shows.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct LicenseQuery {
    /// Only licenses of this product (slug).
    pub product: Option<String>,
    /// Only licenses of this customer (email or external id).
    pub customer: Option<String>,
    /// Only licenses with this status now.
    pub status: Option<LicenseStatus>,
    /// Only licenses that expire within this period, e.g. 30d.
    pub expires_within: Option<String>,
    /// Only licenses that grant this feature.
    pub feature: Option<String>,
    /// Text in the key, customer email, name, company, external id or product.
    pub search: Option<String>,
    /// Only licenses issued at or after this time (RFC 3339, or a date in the tenant's time zone).
    pub issued_since: Option<String>,
    /// Only licenses issued before this time (RFC 3339, or a date in the tenant's time zone).
    pub issued_before: Option<String>,
    /// Read after this cursor (the `next` of the page before).
    pub after: Option<String>,
    /// Rows per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

impl LicenseQuery {
    pub fn cursor(&self) -> Result<Cursor> {
        cursor(self.after.as_deref(), self.limit)
    }

    /// The filter this query asks for, with names resolved in the tenant
    /// and dates read in its zone.
    pub fn filter(&self, scope: &Scope<'_>, tenant: &Tenant) -> Result<LicenseFilter> {
        let tz = parse_timezone(&tenant.timezone)?;
        let at = |text: &Option<String>| text.as_deref().map(|t| parse_instant(t, &tz)).transpose();
        let expires_within = self
            .expires_within
            .as_deref()
            .map(|text| Period::parse_fixed(text, "--expires-within"))
            .transpose()?;
        Ok(LicenseFilter {
            product_id: self
                .product
                .as_deref()
                .map(|p| scope.product(p))
                .transpose()?
                .map(|p| p.id),
            customer_id: self
                .customer
                .as_deref()
                .map(|c| scope.customer(c))
                .transpose()?
                .map(|c| c.id),
            status: self.status,
            expires_within,
            feature: self.feature.clone(),
            search: self.search.clone(),
            issued_since: at(&self.issued_since)?,
            issued_before: at(&self.issued_before)?,
            ..LicenseFilter::default()
        })
    }
}

/// Which audit entries a list shows.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Only this action, e.g. `product.created`; `license.*` for a prefix.
    pub action: Option<String>,
    /// Only entries about this target id (a slug, email or license key).
    pub target: Option<String>,
    /// Only entries by this actor.
    pub actor: Option<String>,
    /// From this time (RFC 3339, or a date in the tenant's time zone).
    pub since: Option<String>,
    /// Before this time (RFC 3339, or a date in the tenant's time zone).
    pub until: Option<String>,
    /// Read after this cursor (the `next` of the page before).
    pub after: Option<String>,
    /// Rows per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

impl AuditQuery {
    pub fn cursor(&self) -> Result<Cursor> {
        cursor(self.after.as_deref(), self.limit)
    }

    /// The filter this query asks for; dates are read in the tenant's zone.
    pub fn filter(&self, tenant: &Tenant) -> Result<AuditFilter> {
        let tz = parse_timezone(&tenant.timezone)?;
        let at = |text: &Option<String>| text.as_deref().map(|t| parse_instant(t, &tz)).transpose();
        Ok(AuditFilter {
            action: self.action.clone(),
            target: self.target.clone(),
            actor: self.actor.clone(),
            since: at(&self.since)?,
            until: at(&self.until)?,
        })
    }
}

/// Which customers a list of the service shows.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CustomerQuery {
    /// Text in the email, name, company or external id.
    pub search: Option<String>,
    /// active (default), deleted or all.
    pub status: Option<CustomerStatus>,
    /// Read after this cursor (the `next` of the page before).
    pub after: Option<String>,
    /// Rows per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

impl CustomerQuery {
    pub fn filter(&self) -> CustomerFilter {
        CustomerFilter {
            search: self.search.clone(),
            status: self.status.unwrap_or_default(),
            ..CustomerFilter::default()
        }
    }

    pub fn cursor(&self) -> Result<Cursor> {
        cursor(self.after.as_deref(), self.limit)
    }
}

/// Which products a list of the service shows.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ProductQuery {
    /// Text in the slug or name.
    pub search: Option<String>,
    /// all (default), active or inactive.
    pub status: Option<ProductStatus>,
    /// Read after this cursor (the `next` of the page before).
    pub after: Option<String>,
    /// Rows per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

impl ProductQuery {
    pub fn filter(&self) -> ProductFilter {
        ProductFilter {
            search: self.search.clone(),
            status: self.status.unwrap_or_default(),
            ..ProductFilter::default()
        }
    }

    pub fn cursor(&self) -> Result<Cursor> {
        cursor(self.after.as_deref(), self.limit)
    }
}

/// Which plans a list of the service shows.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct PlanQuery {
    /// Only the plans of this product (slug).
    pub product: Option<String>,
    /// Text in the plan's name or product.
    pub search: Option<String>,
    /// Read after this cursor (the `next` of the page before).
    pub after: Option<String>,
    /// Rows per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

impl PlanQuery {
    pub fn filter(&self, scope: &Scope<'_>) -> Result<PlanFilter> {
        let product_id = match &self.product {
            Some(slug) => Some(scope.product(slug)?.id),
            None => None,
        };
        Ok(PlanFilter {
            product_id,
            search: self.search.clone(),
            ..PlanFilter::default()
        })
    }

    pub fn cursor(&self) -> Result<Cursor> {
        cursor(self.after.as_deref(), self.limit)
    }
}
