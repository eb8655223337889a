//! Revoking licenses, for good: named one by one, or selected in bulk by
//! filters and/or a list of keys (all or nothing, with a dry run). Each
//! license gets a `license.revoked` entry; a bulk revocation also gets one
//! `license.bulk_revoked` summary.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::json;

use super::{Changed, canonical_key, change_all, change_each, distinct_keys};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::state::{LicenseChange, LicenseState, LicenseStatus};
use crate::domain::time::{parse_instant, parse_timezone};
use crate::domain::values::optional_text;
use crate::error::{Error, Result};
use crate::service::Session;
use crate::store::{LicenseFilter, LicenseRef, Scope, Tenant};

/// A revocation of licenses named one by one, checked: their keys read
/// and made distinct, the reason one line a person can read.
#[derive(Debug)]
pub struct RevokeRequest {
    keys: Vec<String>,
    reason: Option<String>,
}

impl RevokeRequest {
    pub fn new(keys: &[String], reason: Option<&str>) -> Result<RevokeRequest> {
        Ok(RevokeRequest {
            keys: distinct_keys(keys)?,
            reason: optional_text("reason", reason)?,
        })
    }

    /// How many licenses it names.
    pub fn count(&self) -> usize {
        self.keys.len()
    }
}

/// Revokes the licenses named, all or nothing.
pub fn revoke(
    session: &Session<'_>,
    scope: &Scope<'_>,
    request: &RevokeRequest,
) -> Result<Vec<Changed>> {
    let reason = request.reason.as_deref();
    change_each(session, scope, &request.keys, LicenseChange::Revoke, reason)
}

/// The actor of the revocations a policy makes at expiry.
pub const ON_EXPIRY_ACTOR: &str = "policy:on-expiry";

/// Revokes the tenant's licenses whose policy revokes them at expiry and
/// whose expiry and grace have passed (docs/policies.md): what `serve`
/// does as time passes.
pub fn revoke_overdue(session: &Session<'_>, scope: &Scope<'_>) -> Result<Vec<Changed>> {
    let keys = scope.overdue_to_revoke(session.now)?;
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    change_each(
        session,
        scope,
        &keys,
        LicenseChange::Revoke,
        Some("expired, and its policy revokes it then"),
    )
}

/// A bulk revocation as posted, not yet checked.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRevokeInput {
    /// Only licenses of this product (slug).
    #[serde(default)]
    pub product: Option<String>,
    /// Only licenses of this customer (email or external id).
    #[serde(default)]
    pub customer: Option<String>,
    /// Only licenses of this plan (with `product`).
    #[serde(default)]
    pub plan: Option<String>,
    /// Only licenses issued before this date (tenant's zone) or RFC 3339 time.
    #[serde(default)]
    pub issued_before: Option<String>,
    /// Only licenses past their expiry and grace.
    #[serde(default)]
    pub expired: bool,
    /// These licenses (with filters: only those that match them).
    #[serde(default)]
    pub keys: Vec<String>,
    #[serde(default)]
    pub reason: Option<String>,
    /// Report what would be revoked; change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// A key named in a list, with where it was named (`line 3`, `keys[2]`).
#[derive(Debug, Clone)]
pub struct Listed {
    pub place: String,
    pub key: String,
}

/// The filters of a bulk revocation.
#[derive(Debug, Default, Clone)]
pub struct BulkFilters {
    pub product: Option<String>,
    pub customer: Option<String>,
    pub plan: Option<String>,
    pub issued_before: Option<String>,
    pub expired: bool,
}

impl BulkFilters {
    fn any(&self) -> bool {
        self.product.is_some()
            || self.customer.is_some()
            || self.issued_before.is_some()
            || self.expired
    }
}

/// A checked bulk revocation.
#[derive(Debug)]
pub struct BulkRevokeRequest {
    pub filters: BulkFilters,
    pub listed: Option<Vec<Listed>>,
    pub reason: Option<String>,
    pub dry_run: bool,
    /// Where the list came from, for the audit entry (a file name).
    pub source: Option<String>,
}

impl BulkRevokeRequest {
    pub fn new(
        filters: BulkFilters,
        listed: Option<Vec<Listed>>,
        reason: Option<&str>,
        dry_run: bool,
    ) -> Result<BulkRevokeRequest> {
        if !filters.any() && listed.is_none() {
            return Err(Error::usage(
                "a bulk revocation needs at least one filter (product, customer, issued before, expired) or a list of keys; nothing was revoked",
            ));
        }
        if filters.plan.is_some() && filters.product.is_none() {
            return Err(Error::usage("a plan filter needs the product filter too"));
        }
        Ok(BulkRevokeRequest {
            filters,
            listed,
            reason: optional_text("reason", reason)?,
            dry_run,
            source: None,
        })
    }

    /// The request a JSON body asks for; a typo in `keys` names its index.
    pub fn from_input(input: BulkRevokeInput) -> Result<BulkRevokeRequest> {
        let listed = (!input.keys.is_empty())
            .then(|| {
                input
                    .keys
                    .iter()
                    .enumerate()
                    .map(|(i, text)| {
                        let place = format!("keys[{i}]");
                        let key = canonical_key(text)
                            .map_err(|e| Error::usage(format!("{place}: {e}")))?;
                        Ok(Listed { place, key })
                    })
                    .collect::<Result<Vec<_>>>()
            })
            .transpose()?;
        let filters = BulkFilters {
            product: input.product,
            customer: input.customer,
            plan: input.plan,
            issued_before: input.issued_before,
            expired: input.expired,
        };
        BulkRevokeRequest::new(filters, listed, input.reason.as_deref(), input.dry_run)
    }
}

/// The licenses a bulk revocation selects: those matching the filters,
/// narrowed to the listed keys if a list was given; already revoked ones
/// are left out. A listed key that does not exist is an error.
pub fn select(
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &BulkRevokeRequest,
    now: i64,
) -> Result<Vec<LicenseRef>> {
    let matching = if request.filters.any() {
        let filter = license_filter(&request.filters, scope, tenant)?;
        Some(scope.license_refs(&filter, now)?)
    } else {
        None
    };
    let chosen = match (&request.listed, matching) {
        (None, Some(matching)) => matching,
        (Some(listed), matching) => {
            let allowed: Option<HashSet<String>> =
                matching.map(|m| m.into_iter().map(|l| l.key).collect());
            let mut seen = HashSet::new();
            let mut chosen = Vec::new();
            for Listed { place, key } in listed {
                let license = scope.find_license(key, now)?.ok_or_else(|| {
                    Error::usage(format!(
                        "{place}: no license {key} {}; nothing was revoked",
                        scope.describe()
                    ))
                })?;
                if allowed.as_ref().is_none_or(|a| a.contains(key)) && seen.insert(key.clone()) {
                    chosen.push(LicenseRef::from(&license));
                }
            }
            chosen
        }
        (None, None) => Vec::new(),
    };
    Ok(chosen
        .into_iter()
        .filter(|l| l.state != LicenseState::Revoked)
        .collect())
}

/// Revokes the selected licenses, all or nothing, with one entry each and
/// a summary entry, appended to the chain whose head is written once;
/// `on_each` is called after each (a progress bar).
pub fn revoke_selected(
    session: &Session<'_>,
    scope: &Scope<'_>,
    request: &BulkRevokeRequest,
    selected: &[LicenseRef],
    on_each: &dyn Fn(),
) -> Result<Vec<Changed>> {
    let reason = request.reason.as_deref();
    let mut chain = scope.audit_chain()?;
    let bulk = json!({"bulk": true});
    let changed = change_all(
        session,
        &mut chain,
        selected,
        LicenseChange::Revoke,
        reason,
        &bulk,
        on_each,
    )?;
    let f = &request.filters;
    let details = json!({
        "count": changed.len(), "reason": reason, "product": f.product, "customer": f.customer,
        "plan": f.plan, "issued_before": f.issued_before, "expired": f.expired,
        "from_file": request.source,
    });
    chain.append(&session.audit(
        AuditAction::LicenseBulkRevoked,
        TargetKind::License,
        "*",
        details,
    ))?;
    chain.close()?;
    Ok(changed)
}

fn license_filter(
    filters: &BulkFilters,
    scope: &Scope<'_>,
    tenant: &Tenant,
) -> Result<LicenseFilter> {
    let product = filters
        .product
        .as_deref()
        .map(|p| scope.product(p))
        .transpose()?;
    let plan = match (&product, &filters.plan) {
        (Some(product), Some(plan)) => Some(scope.plan(product, plan)?.id),
        _ => None,
    };
    let tz = parse_timezone(&tenant.timezone)?;
    Ok(LicenseFilter {
        product_id: product.map(|p| p.id),
        customer_id: filters
            .customer
            .as_deref()
            .map(|c| scope.customer(c))
            .transpose()?
            .map(|c| c.id),
        plan_id: plan,
        issued_before: filters
            .issued_before
            .as_deref()
            .map(|d| parse_instant(d, &tz))
            .transpose()?,
        status: filters.expired.then_some(LicenseStatus::Expired),
        ..LicenseFilter::default()
    })
}
