//! Contract changes: renew (a new expiry) and update (features, seats,
//! limits, domains, machines, heartbeat). The new terms are signed into a
//! new token with the tenant's signing key, verified before it is stored;
//! the row's version grows. Tokens already handed out stay valid until
//! their own `exp`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::license_by_key;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::license::{Parties, Seating, Terms, claims};
use crate::domain::policy::RenewFrom;
use crate::domain::state::LicenseState;
use crate::domain::time::{Period, UnixTime, check_date, end_of_local_day, parse_timezone};
use crate::domain::values::{
    FeatureEdit, limits_with_seats, normalize_domains, normalize_fingerprints,
};
use crate::error::{Error, Field, Fix, Result};
use crate::service::Session;
use crate::service::inputs::{
    ADD_FEATURES, FEATURES, HEARTBEAT, LIMITS, OFFLINE_LEASE, REMOVE_FEATURES, SEATS,
};
use crate::service::product::check_features_known;
use crate::service::signing::{refuse_if_suspended, signing_key};
use crate::store::{LicenseFilter, Scope, Tenant};
use crate::token::sign_license;

/// A renewal as typed or posted: exactly one of `until` and `extend`.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RenewInput {
    /// The new last day of validity, YYYY-MM-DD, in the tenant's time zone.
    #[serde(default)]
    pub until: Option<String>,
    /// Add this period to the expiry (or to now, if it has passed), e.g. 1y.
    #[serde(default)]
    pub extend: Option<String>,
}

/// The inputs of a renewal, one of which is given.
const RENEWAL: &[Field] = &[Field::same("until"), Field::same("extend")];

/// A checked renewal.
#[derive(Debug, Clone)]
pub enum RenewRequest {
    Until(String),
    Extend(Period),
}

impl RenewRequest {
    pub fn new(input: RenewInput) -> Result<RenewRequest> {
        match (input.until, input.extend) {
            (Some(date), None) => {
                check_date(&date)?;
                Ok(RenewRequest::Until(date))
            }
            (None, Some(period)) => Ok(RenewRequest::Extend(period.parse()?)),
            _ => Err(Error::refused(
                "a renewal takes either a new last day or a period to extend by, not both",
                Fix::GiveOneOf(RENEWAL),
            )),
        }
    }
}

/// A contract update as typed or posted, not yet checked. Lists given
/// replace the license's; an empty list clears.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateInput {
    /// Replace the features with these.
    #[serde(default)]
    pub features: Option<Vec<String>>,
    #[serde(default)]
    pub add_features: Vec<String>,
    #[serde(default)]
    pub remove_features: Vec<String>,
    #[serde(default)]
    pub seats: Option<i64>,
    /// Set these limits.
    #[serde(default)]
    pub limits: BTreeMap<String, i64>,
    #[serde(default)]
    pub remove_limits: Vec<String>,
    /// Replace the domains (empty: no domain restriction).
    #[serde(default)]
    pub domains: Option<Vec<String>>,
    /// Replace the machines the license is locked to (empty: none).
    #[serde(default)]
    pub fingerprints: Option<Vec<String>>,
    /// A new check-in period, e.g. 1h; `none` makes the seats node-locked.
    #[serde(default)]
    pub heartbeat: Option<String>,
    /// How long a machine license lasts before the machine checks in by
    /// file again, e.g. 30d; `none` for the config's `offline_lease`.
    #[serde(default)]
    pub offline_lease: Option<String>,
}

/// The inputs of an update, at least one of which is given.
const UPDATABLE: &[Field] = &[
    FEATURES,
    ADD_FEATURES,
    REMOVE_FEATURES,
    SEATS,
    LIMITS,
    Field::new("remove-limit", "remove_limits"),
    Field::new("domain", "domains"),
    Field::new("fingerprint", "fingerprints"),
    HEARTBEAT,
    OFFLINE_LEASE,
];

/// A checked contract update.
#[derive(Debug, Clone)]
pub struct UpdateRequest {
    features: FeatureEdit,
    limits: BTreeMap<String, i64>,
    remove_limits: Vec<String>,
    domains: Option<Vec<String>>,
    fingerprints: Option<Vec<String>>,
    heartbeat: Option<Option<i64>>,
    offline_lease: Option<Option<i64>>,
}

impl UpdateRequest {
    pub fn new(input: UpdateInput) -> Result<UpdateRequest> {
        let features = FeatureEdit {
            set: input.features,
            add: input.add_features,
            remove: input.remove_features,
        };
        let nothing = features.is_empty()
            && input.seats.is_none()
            && input.limits.is_empty()
            && input.remove_limits.is_empty()
            && input.domains.is_none()
            && input.fingerprints.is_none()
            && input.heartbeat.is_none()
            && input.offline_lease.is_none();
        if nothing {
            return Err(Error::refused(
                "nothing to update",
                Fix::GiveOneOf(UPDATABLE),
            ));
        }
        let limits = limits_with_seats(input.limits, input.seats)?;
        let heartbeat = period_or_none(input.heartbeat.as_deref(), "heartbeat")?;
        let offline_lease = period_or_none(input.offline_lease.as_deref(), "offline lease")?;
        Ok(UpdateRequest {
            features,
            limits,
            remove_limits: input.remove_limits,
            domains: input.domains.map(|d| normalize_domains(&d)).transpose()?,
            fingerprints: input
                .fingerprints
                .map(|f| normalize_fingerprints(&f))
                .transpose()?,
            heartbeat,
            offline_lease,
        })
    }

    fn apply(&self, license_key: &str, terms: &mut Terms, seating: &mut Seating) -> Result<()> {
        if let Some(beat) = self.heartbeat {
            seating.heartbeat_seconds = beat;
        }
        if let Some(lease) = self.offline_lease {
            seating.offline_lease_seconds = lease;
        }
        terms.features = self.features.apply(&terms.features)?;
        terms.limits.extend(self.limits.clone());
        for key in &self.remove_limits {
            if terms.limits.remove(key).is_none() {
                return Err(Error::refused(
                    format!("the license has no limit '{key}' to remove"),
                    Fix::ShowLicense {
                        license: license_key.to_string(),
                    },
                ));
            }
        }
        if let Some(domains) = &self.domains {
            terms.domains = domains.clone();
        }
        if let Some(fingerprints) = &self.fingerprints {
            terms.fingerprints = fingerprints.clone();
        }
        Ok(())
    }
}

/// A period of fixed length (`1h`), or `none`, named `what` in errors.
fn period_or_none(text: Option<&str>, what: &str) -> Result<Option<Option<i64>>> {
    text.map(|text| match text.trim() {
        "none" => Ok(None),
        period => Period::parse_fixed(period, what).map(Some),
    })
    .transpose()
}

/// A license after a contract change, with its new token.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Resigned {
    pub key: String,
    pub version: i64,
    pub expires: Option<UnixTime>,
    pub features: Vec<String>,
    pub kid: String,
    pub token: String,
}

/// Renews a license: a new expiry, re-signed.
pub fn renew(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    request: &RenewRequest,
) -> Result<Resigned> {
    let now = session.now;
    let license = license_by_key(scope, key, now)?;
    if let (Some(basis), Some(term)) = (license.policy.waiting_for(), &license.policy.term) {
        return Err(Error::usage(format!(
            "license {} has not started: its term of {term} starts at its {}, so there is no expiry to renew yet",
            license.key,
            basis.to_string().replace('-', " ")
        )));
    }
    let renew_from = license.policy.renew_from;
    change(
        session,
        scope,
        tenant,
        key,
        AuditAction::LicenseRenewed,
        |terms, _| {
            let tz = parse_timezone(&tenant.timezone)?;
            let expires = match request {
                RenewRequest::Until(date) => end_of_local_day(date, &tz)?,
                RenewRequest::Extend(period) => {
                    let from = terms.expires_at.ok_or_else(|| {
                        Error::refused(
                            "the license is perpetual: there is no expiry to extend",
                            Fix::Give(Field::same("until")),
                        )
                    })?;
                    let base = match renew_from {
                        RenewFrom::Expiry => from,
                        RenewFrom::Now => now,
                        RenewFrom::NowIfExpired => from.max(now),
                    };
                    period.add_to(base, &tz)?
                }
            };
            if expires <= now {
                return Err(Error::usage(
                    "the new expiry is in the past; give a later date",
                ));
            }
            terms.expires_at = Some(expires);
            Ok(())
        },
    )
}

/// Changes a license's contract terms, re-signed.
pub fn update(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    request: &UpdateRequest,
) -> Result<Resigned> {
    change(
        session,
        scope,
        tenant,
        key,
        AuditAction::LicenseUpdated,
        |terms, seating| request.apply(key, terms, seating),
    )
}

/// Converts a license to another plan of its product (a trial to a paid
/// plan, or any plan to another): same key and machines, the plan's terms
/// (its features, limits and seats, its duration from now, its grace and
/// trial flag) and its policy; re-signed, audited as `license.converted`,
/// and posted to the tenant's webhook.
pub fn convert(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    plan: &str,
) -> Result<Resigned> {
    let license = license_by_key(scope, key, session.now)?;
    let product = scope.product(&license.product)?;
    let plan = scope.plan(&product, plan)?;
    let tz = parse_timezone(&tenant.timezone)?;
    let duration = plan
        .duration
        .as_deref()
        .map(str::parse::<Period>)
        .transpose()?;
    let expires = duration.map(|d| d.add_to(session.now, &tz)).transpose()?;
    let resigned = change(
        session,
        scope,
        tenant,
        key,
        AuditAction::LicenseConverted,
        |terms, seating| {
            terms.plan = Some(plan.name.clone());
            terms.features = plan.features.clone();
            terms.limits = plan.limits.clone();
            if let Some(seats) = plan.seats {
                terms.limits.insert("seats".into(), seats);
            }
            terms.expires_at = expires;
            terms.grace_seconds = plan.grace_seconds;
            terms.trial = plan.trial;
            terms.starts = None;
            terms.on_expiry = plan.policy.on_expiry;
            *seating = seating.or(plan.seating());
            Ok(())
        },
    )?;
    scope.move_license_to_plan(license.id, Some(plan.id), plan.policy.stored().as_deref())?;
    if let Some(url) = &tenant.webhook_url {
        let body = json!({"event": "license.converted", "data": {
            "tenant": tenant.slug(), "license": license.key, "from": license.plan,
            "to": plan.name, "trial": plan.trial, "expires": resigned.expires,
            "at": session.now, "actor": session.actor,
        }})
        .to_string();
        scope.queue_webhook(
            &crate::store::NewWebhook {
                event: "license.converted",
                url,
                body: &body,
            },
            session.now,
        )?;
    }
    Ok(resigned)
}

/// Re-signs, with the tenant's signing key, every license that `kid`
/// signed and that is not revoked: the way back from a leaked key once it
/// is revoked (`key revoke`). The terms stay; each license gets a new
/// token and version and a `license.reissued` entry. `on_each` is called
/// after each (a progress bar).
pub fn reissue(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    kid: &str,
    on_each: &dyn Fn(),
) -> Result<Vec<Resigned>> {
    scope.signing_key(kid)?;
    let signer = signing_key(session, scope)?;
    if signer.kid() == kid {
        return Err(Error::refused(
            format!("key {kid} is the signing key, so what it signed is not signed again"),
            Fix::RotateFirst,
        ));
    }
    let filter = LicenseFilter {
        kid: Some(kid.to_string()),
        ..LicenseFilter::default()
    };
    let mut resigned = Vec::new();
    for license in scope.license_refs(&filter, session.now)? {
        if license.state == LicenseState::Revoked {
            continue;
        }
        resigned.push(change(
            session,
            scope,
            tenant,
            &license.key,
            AuditAction::LicenseReissued,
            |_, _| Ok(()),
        )?);
        on_each();
    }
    Ok(resigned)
}

/// Applies `edit` to a license's terms and seating, re-signs and stores
/// it, with an audit entry that records the terms before and after and the
/// key that signed it before. A row that does not hold its seal is never
/// re-signed: that would launder a change made outside keywright into a
/// valid token.
pub(super) fn change(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    action: AuditAction,
    edit: impl FnOnce(&mut Terms, &mut Seating) -> Result<()>,
) -> Result<Resigned> {
    refuse_if_suspended(tenant)?;
    let license = license_by_key(scope, key, session.now)?;
    if license.state == LicenseState::Revoked {
        return Err(Error::usage(format!(
            "license {} is revoked; its contract cannot change",
            license.key
        )));
    }
    if let Some(problem) = scope.license_seal_problem(license.id)? {
        return Err(Error::refused(
            format!("license {} cannot be signed again: {problem}", license.key),
            Fix::Doctor,
        ));
    }
    let before = license.terms();
    let mut terms = before.clone();
    let mut seating = license.seating();
    edit(&mut terms, &mut seating)?;
    check_features_known(&scope.product(&license.product)?, &terms.features)?;
    let signer = signing_key(session, scope)?;
    let parties = Parties {
        tenant: tenant.slug(),
        key: &license.key,
        product: &license.product,
        customer: &license.token_customer,
    };
    let token = sign_license(&claims(&parties, &terms, session.now), &signer)
        .map_err(|e| Error::usage(format!("the license cannot be signed: {e}")))?;
    scope.update_license_terms(
        license.id,
        &terms,
        seating,
        signer.kid(),
        &token,
        session.now,
    )?;
    let details = json!({
        "before": summary(&before, license.seating()), "after": summary(&terms, seating),
        "version": license.version + 1, "kid": signer.kid(), "previous_kid": license.kid,
    });
    scope.append_audit(&session.audit(action, TargetKind::License, &license.key, details))?;
    Ok(Resigned {
        key: license.key,
        version: license.version + 1,
        expires: terms.expires_at.map(UnixTime),
        features: terms.features,
        kid: signer.kid().to_string(),
        token,
    })
}

/// The terms as audit details.
fn summary(terms: &Terms, seating: Seating) -> serde_json::Value {
    let mut summary = json!({
        "expires": terms.expires_at, "features": terms.features, "limits": terms.limits,
        "domains": terms.domains, "fingerprints": terms.fingerprints,
    });
    if let Some(map) = summary.as_object_mut() {
        if let Some(beat) = seating.heartbeat_seconds {
            map.insert("heartbeat".into(), beat.into());
        }
        if let Some(lease) = seating.offline_lease_seconds {
            map.insert("offline_lease".into(), lease.into());
        }
    }
    summary
}
