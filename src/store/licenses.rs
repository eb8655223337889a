//! Licenses of a tenant: contract terms, state, version and the signed token.
//! The effective status (active, grace, expired, suspended, revoked) depends
//! on the time, so it is computed when read, in SQL, for filters and display.

use crate::store::conditions::{Conditions, Dialect};
use std::collections::BTreeMap;

use serde::Serialize;

use super::page::{Order, Rows, Span, Window};
use crate::domain::license::{Recorded, Seating, Terms};
use crate::domain::policy::LicensePolicy;
use crate::domain::state::{LicenseState, LicenseStatus};
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::columns::Columns;
use crate::store::columns::unreadable;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct License {
    #[serde(skip)]
    pub id: i64,
    pub key: String,
    /// Effective status at the time of reading.
    pub status: LicenseStatus,
    pub product: String,
    pub plan: Option<String>,
    pub customer: String,
    pub issued: UnixTime,
    pub not_before: Option<UnixTime>,
    pub expires: Option<UnixTime>,
    pub grace_seconds: Option<i64>,
    pub features: Vec<String>,
    pub limits: BTreeMap<String, i64>,
    pub domains: Vec<String>,
    pub fingerprints: Vec<String>,
    pub trial: bool,
    pub revocation_reason: Option<String>,
    pub revoked: Option<UnixTime>,
    /// Check-in period of floating seats, in seconds; absent: node-locked.
    pub heartbeat_seconds: Option<i64>,
    /// How long a machine license lasts (activation by file), in seconds;
    /// absent: the config's `offline_lease`.
    pub offline_lease_seconds: Option<i64>,
    /// Its policies, copied from its plan when it was issued
    /// (docs/policies.md); absent when every one is the default.
    #[serde(skip_serializing_if = "LicensePolicy::is_default")]
    #[schema(value_type = Option<Object>)]
    pub policy: LicensePolicy,
    pub version: i64,
    /// Validations answered by the service.
    pub validations: i64,
    pub last_validated: Option<UnixTime>,
    pub kid: String,
    pub token: String,
    #[serde(skip)]
    pub state: LicenseState,
    /// How tokens and unauthenticated answers name the customer: its
    /// external id, else its opaque public id; never its email.
    #[serde(skip)]
    pub token_customer: String,
}

impl License {
    /// The fields a license is written with, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] = &[
        "key",
        "status",
        "product",
        "plan",
        "customer",
        "issued",
        "not_before",
        "expires",
        "grace_seconds",
        "features",
        "limits",
        "domains",
        "fingerprints",
        "trial",
        "revocation_reason",
        "revoked",
        "heartbeat_seconds",
        "offline_lease_seconds",
        "version",
        "validations",
        "last_validated",
        "kid",
        "token",
    ];

    /// The contract terms recorded in the row.
    pub fn terms(&self) -> Terms {
        Terms {
            plan: self.plan.clone(),
            not_before: self.not_before.map(|t| t.0),
            expires_at: self.expires.map(|t| t.0),
            grace_seconds: self.grace_seconds,
            features: self.features.clone(),
            limits: self.limits.clone(),
            domains: self.domains.clone(),
            fingerprints: self.fingerprints.clone(),
            trial: self.trial,
            starts: self.policy.waiting_for(),
            on_expiry: self.policy.on_expiry,
        }
    }

    /// The row's tenant, key, product and terms, to compare with its signed token.
    pub fn recorded<'a>(&'a self, tenant: &'a str, terms: &'a Terms) -> Recorded<'a> {
        Recorded {
            tenant,
            key: &self.key,
            product: &self.product,
            terms,
        }
    }

    /// The number of machines the license may run on, if limited.
    pub fn seats(&self) -> Option<i64> {
        self.limits.get("seats").copied()
    }

    /// How its machines hold their seats.
    pub fn seating(&self) -> Seating {
        Seating {
            heartbeat_seconds: self.heartbeat_seconds,
            offline_lease_seconds: self.offline_lease_seconds,
        }
    }
}

/// Just enough of a license to select it and change its state.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LicenseRef {
    #[serde(skip)]
    pub id: i64,
    pub key: String,
    /// Effective status at the time of reading.
    pub status: LicenseStatus,
    #[serde(skip)]
    pub state: LicenseState,
    pub product: String,
    pub customer: String,
}

impl From<&License> for LicenseRef {
    fn from(license: &License) -> LicenseRef {
        LicenseRef {
            id: license.id,
            key: license.key.clone(),
            status: license.status,
            state: license.state,
            product: license.product.clone(),
            customer: license.customer.clone(),
        }
    }
}

/// Validations of one license answered since the counters were last written.
#[derive(Debug, Clone, Copy)]
pub struct ValidationCount {
    pub license_id: i64,
    pub count: i64,
    pub last: i64,
}

/// A license to insert; the key and token are already made.
pub struct NewLicense<'a> {
    pub key: &'a str,
    pub product_id: i64,
    pub plan_id: Option<i64>,
    pub customer_id: i64,
    pub issued_at: i64,
    pub not_before: Option<i64>,
    pub expires_at: Option<i64>,
    pub grace_seconds: Option<i64>,
    pub features: &'a [String],
    pub limits: &'a BTreeMap<String, i64>,
    pub domains: &'a [String],
    pub fingerprints: &'a [String],
    pub trial: bool,
    pub seating: Seating,
    /// The policy as stored (`LicensePolicy::stored`): none for defaults.
    pub policy: Option<&'a str>,
    pub kid: &'a str,
    pub token: &'a str,
    /// The seq of the audit entry about the issue, appended before the row.
    pub changed_seq: i64,
}

text_enum! {
    /// The order of `license list`.
    #[derive(Default)]
    pub LicenseSort "license sort" {
        #[default]
        Issued = "issued",
        Expires = "expires",
        Customer = "customer",
    }
}

#[derive(Debug, Default)]
pub struct LicenseFilter {
    pub product_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub plan_id: Option<i64>,
    /// Only licenses signed by this key.
    pub kid: Option<String>,
    /// Only licenses issued at or after this time.
    pub issued_since: Option<i64>,
    /// Only licenses issued before this time.
    pub issued_before: Option<i64>,
    pub status: Option<LicenseStatus>,
    /// Only licenses that expire within this many seconds from now.
    pub expires_within: Option<i64>,
    pub feature: Option<String>,
    pub search: Option<String>,
    pub sort: LicenseSort,
    pub order: Order,
}

/// The footer of `license list`.
#[derive(Debug, Serialize)]
pub struct LicenseSummary {
    pub total: i64,
    pub active: i64,
    pub expiring_soon: i64,
}

/// Seconds ahead in which an active license counts as expiring soon.
pub const EXPIRING_SOON: i64 = 30 * 86_400;

/// What a backend does with the licenses of one tenant.
pub trait LicenseRows {
    /// Inserts a new license, sealed as it is written: the commit need not
    /// read and write its row again (store/sqlite/seal.rs). Returns its id, or
    /// `None`, writing nothing, when the tenant has a license with this key
    /// already.
    fn insert_license(&self, new: &NewLicense<'_>) -> Result<Option<i64>>;

    /// The license with this (normalised) key, as of `now`.
    fn find_license(&self, key: &str, now: i64) -> Result<Option<License>>;

    /// Replaces a license's contract terms, seating and token (re-signed
    /// by `kid`); increments the version.
    fn update_license_terms(
        &self,
        license_id: i64,
        terms: &Terms,
        seating: Seating,
        kid: &str,
        token: &str,
        now: i64,
    ) -> Result<()>;

    /// Moves a license to another plan with that plan's policy (stored as
    /// `LicensePolicy::stored`); its terms and token change with
    /// [`LicenseRows::update_license_terms`] in the same transaction.
    fn move_license_to_plan(
        &self,
        license_id: i64,
        plan_id: Option<i64>,
        policy: Option<&str>,
    ) -> Result<()>;

    /// Sets a license's policies (as stored), sealed with its row.
    fn set_license_policy(&self, license_id: i64, policy: Option<&str>) -> Result<()>;

    /// Adds validations answered by the service to the licenses' counters.
    fn record_validations(&self, counts: &[ValidationCount]) -> Result<()>;

    /// Moves the licenses `ids` from state `from` to `to`, in one
    /// statement; a revocation records its reason and time; the version
    /// grows. Returns how many moved: a license no longer in `from` is left
    /// as it is. Each row is sealed as it is written, as new as the audit
    /// entry `audit_seq`: the caller appends the entries about the change,
    /// up to that one, next.
    fn set_licenses_state(
        &self,
        ids: &[i64],
        from: LicenseState,
        to: LicenseState,
        reason: Option<&str>,
        now: i64,
        audit_seq: i64,
    ) -> Result<usize>;

    /// The key of the first of the licenses `ids` (by id) that
    /// [`Scope::set_licenses_state`] for the entry `audit_seq` did not move:
    /// it was not in the state expected.
    fn first_not_moved(&self, ids: &[i64], audit_seq: i64) -> Result<Option<String>>;

    /// How many licenses signed by `kid` are not revoked.
    fn count_signed_by(&self, kid: &str) -> Result<i64>;

    /// The keys of the tenant's revoked licenses, sorted.
    fn revoked_keys(&self) -> Result<Vec<String>>;

    /// Takes the next revocation list number of the tenant.
    fn next_revocation_seq(&self) -> Result<u64>;

    /// A window of the licenses the filter matches, with their status at
    /// `now`: a numbered page in the filter's order, or the page after a
    /// cursor in issue order.
    fn read_licenses(&self, filter: &LicenseFilter, span: Span, now: i64) -> Result<Rows<License>>;

    /// Every license the filter matches, in the filter's order, streamed to `visit`.
    fn each_license_matching(
        &self,
        filter: &LicenseFilter,
        now: i64,
        visit: &mut dyn FnMut(License) -> Result<()>,
    ) -> Result<u64>;

    /// References to every license the filter matches, oldest first.
    fn license_refs(&self, filter: &LicenseFilter, now: i64) -> Result<Vec<LicenseRef>>;

    /// Totals over every license the filter matches.
    fn license_summary(&self, filter: &LicenseFilter, now: i64) -> Result<LicenseSummary>;
}

impl crate::store::Scope<'_> {
    /// A window of the licenses the filter matches, with their status at
    /// `now`: a numbered page in the filter's order, or the page after a
    /// cursor in issue order.
    pub fn licenses<W: Window>(
        &self,
        filter: &LicenseFilter,
        window: W,
        now: i64,
    ) -> Result<W::Page<License>> {
        Ok(window.page(self.read_licenses(filter, window.span(), now)?))
    }
}

// The SQL both backends read licenses with.

/// The effective status as SQL, at `now` (an SQL expression: a number the
/// code controls, or a parameter): a license whose signing key was
/// revoked is revoked (its token fails as `REVOKED` everywhere), then its
/// stored state, then its expiry and grace. `revoked_kids` are the
/// tenant's revoked keys, written into the statement (key ids, quoted):
/// usually none, so a list of licenses costs no lookup per row.
pub(crate) fn status_sql(now: impl std::fmt::Display, revoked_kids: &[String]) -> String {
    let by_key = if revoked_kids.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = revoked_kids
            .iter()
            .map(|kid| format!("'{}'", kid.replace('\'', "''")))
            .collect();
        format!("WHEN l.kid IN ({}) THEN 'revoked' ", quoted.join(", "))
    };
    format!(
        "(CASE {by_key}WHEN l.status != 'active' THEN l.status \
          WHEN l.expires_at IS NOT NULL AND l.expires_at <= {now} THEN \
            CASE WHEN {now} < l.expires_at + COALESCE(l.grace_seconds, 0) THEN 'grace' ELSE 'expired' END \
          ELSE 'active' END)"
    )
}

pub(crate) fn license_order(filter: &LicenseFilter) -> String {
    let column = match filter.sort {
        LicenseSort::Issued => "l.issued_at",
        LicenseSort::Expires => "l.expires_at",
        LicenseSort::Customer => "c.email",
    };
    format!(
        "{column} {}, l.id {}",
        filter.order.sql(),
        filter.order.sql()
    )
}

pub(crate) const FROM: &str = "licenses l \
    JOIN products p ON p.id = l.product_id \
    LEFT JOIN plans pl ON pl.id = l.plan_id \
    JOIN customers c ON c.id = l.customer_id \
    LEFT JOIN license_counters lc ON lc.id = l.id";

pub(crate) fn columns(now: impl std::fmt::Display, revoked_kids: &[String]) -> String {
    format!(
        "l.id, l.key, {}, p.slug, pl.name, c.email, l.issued_at, l.not_before, l.expires_at, \
         l.grace_seconds, l.features, l.limits, l.domains, l.fingerprints, l.trial, \
         l.revocation_reason, l.revoked_at, l.version, l.kid, l.token, l.status, \
         COALESCE(c.external_id, c.public_id), \
         l.heartbeat_seconds, COALESCE(lc.validations, 0), lc.last_validated_at, l.offline_lease_seconds, \
         l.policy",
        status_sql(now, revoked_kids)
    )
}

/// The rows a filter and its order need: the licenses alone (their indexes
/// answer counts and pick pages) unless they name a customer's or
/// product's columns. Every license has its product and customer.
pub(crate) fn narrow_from(filter: &LicenseFilter) -> &'static str {
    if filter.search.is_some() || filter.sort == LicenseSort::Customer {
        FROM
    } else {
        "licenses l"
    }
}

impl License {
    /// A license from the columns of [`columns`], over [`FROM`].
    pub(crate) fn read(row: &impl Columns) -> Result<License> {
        Ok(License {
            id: row.id(0)?,
            key: row.string(1)?,
            status: row.word(2)?,
            product: row.string(3)?,
            plan: row.text(4)?,
            customer: row.string(5)?,
            issued: row.time(6)?,
            not_before: row.maybe_time(7)?,
            expires: row.maybe_time(8)?,
            grace_seconds: row.integer(9)?,
            features: row.json(10)?,
            limits: row.json(11)?,
            domains: row.json(12)?,
            fingerprints: row.json(13)?,
            trial: row.boolean(14)?,
            revocation_reason: row.text(15)?,
            revoked: row.maybe_time(16)?,
            version: row.id(17)?,
            kid: row.string(18)?,
            token: row.string(19)?,
            state: row.word(20)?,
            token_customer: row.string(21)?,
            heartbeat_seconds: row.integer(22)?,
            validations: row.id(23)?,
            last_validated: row.maybe_time(24)?,
            offline_lease_seconds: row.integer(25)?,
            policy: LicensePolicy::from_stored(row.text(26)?.as_deref()).ok_or_else(unreadable)?,
        })
    }
}

/// The columns a reference to a license is read from (over [`FROM`]), its
/// status at `now`, in the order of [`LicenseRef::read`].
pub(crate) fn license_ref_columns(now: i64, revoked_kids: &[String]) -> String {
    format!(
        "l.id, l.key, {}, l.status, p.slug, c.email",
        status_sql(now, revoked_kids)
    )
}

impl LicenseRef {
    /// A reference from the columns of [`license_ref_columns`].
    pub(crate) fn read(row: &impl Columns) -> Result<LicenseRef> {
        Ok(LicenseRef {
            id: row.id(0)?,
            key: row.string(1)?,
            status: row.word(2)?,
            state: row.word(3)?,
            product: row.string(4)?,
            customer: row.string(5)?,
        })
    }
}

/// The conditions of a list of a tenant's licenses (over [`FROM`]), their
/// status at `now` with the tenant's revoked keys.
pub(crate) fn license_conditions(
    dialect: Dialect,
    tenant_id: i64,
    filter: &LicenseFilter,
    (now, revoked_kids): (i64, &[String]),
) -> Conditions {
    let mut c = Conditions::for_tenant(dialect, "l.tenant_id", tenant_id);
    if let Some(id) = filter.product_id {
        c.push("l.product_id = ?", id);
    }
    if let Some(id) = filter.customer_id {
        c.push("l.customer_id = ?", id);
    }
    if let Some(id) = filter.plan_id {
        c.push("l.plan_id = ?", id);
    }
    if let Some(kid) = &filter.kid {
        c.push("l.kid = ?", kid.clone());
    }
    if let Some(since) = filter.issued_since {
        c.push("l.issued_at >= ?", since);
    }
    if let Some(before) = filter.issued_before {
        c.push("l.issued_at < ?", before);
    }
    if let Some(status) = filter.status {
        let status_is = format!("{} = ?", status_sql(now, revoked_kids));
        c.push(&status_is, status.as_str().to_string());
    }
    if let Some(within) = filter.expires_within {
        c.push("l.expires_at IS NOT NULL AND l.expires_at > ?", now);
        c.push("l.expires_at <= ?", now.saturating_add(within));
    }
    if let Some(feature) = &filter.feature {
        c.push_has_word("l.features", feature);
    }
    if let Some(text) = &filter.search {
        let columns = [
            "l.key",
            "c.email",
            "c.name",
            "c.company",
            "c.external_id",
            "p.slug",
        ];
        c.search(&columns, text);
    }
    c
}
