//! Issuing licenses: the plan's terms overridden by the request, a fresh
//! key per license, signed and self-verified, inserted with its audit
//! entry. `license issue`, each row of `license import` and `POST
//! /v1/licenses` build the same [`IssueRequest`] and run [`issue`].

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::license::{Parties, Seating, Terms, claims};
use crate::domain::policy::{ExpiryBasis, LicensePolicy, PolicyChange, PolicyInput};
use crate::domain::time::{Period, UnixTime, check_date, end_of_local_day, parse_timezone};
use crate::domain::values::{
    limits_with_seats, non_empty, normalize_domains, normalize_features, normalize_fingerprints,
};
use crate::error::{Error, Fix, Result};
use crate::license_key::LicenseKey;
use crate::service::Session;
use crate::service::product::{check_features_known, check_product_active};
use crate::service::signing::{refuse_if_suspended, signing_key};
use crate::store::{AuditChain, Customer, NewLicense, Plan, Product, Scope, Tenant};
use crate::token::{
    LicenseClaims, SignError, SigningKey, check_signed, sign_license, sign_license_unchecked,
};

/// How many licenses are signed together across the cores before their
/// rows are inserted: what a batch holds in memory beyond its rows.
const SIGNING_CHUNK: usize = 1024;

/// How many requests of an import are looked up and held at once, their
/// licenses signed in one pipeline.
const PREPARED_AT_ONCE: usize = 16 * SIGNING_CHUNK;

/// The most licenses one request may issue.
pub const MAX_COUNT: u32 = 1_000_000;

fn one() -> u32 {
    1
}

/// Licenses to issue, as typed, read from CSV or posted; not yet checked.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueInput {
    /// The product (slug).
    pub product: String,
    /// A plan of the product, whose terms are the defaults.
    #[serde(default)]
    pub plan: Option<String>,
    /// The customer's email or external id.
    pub customer: String,
    /// Last day of validity, YYYY-MM-DD, in the tenant's time zone.
    #[serde(default)]
    pub expires: Option<String>,
    /// Validity from now, e.g. 30d or 1y.
    #[serde(default)]
    pub duration: Option<String>,
    /// Granted features; absent: the plan's.
    #[serde(default)]
    pub features: Option<Vec<String>>,
    /// Machines the license may run on (the `seats` limit).
    #[serde(default)]
    pub seats: Option<i64>,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub fingerprints: Vec<String>,
    /// Integer limits; they override the plan's.
    #[serde(default)]
    pub limits: BTreeMap<String, i64>,
    /// Time after expiry during which the license still works, e.g. 7d.
    #[serde(default)]
    pub grace: Option<String>,
    /// Check-in period of floating seats, e.g. 1h.
    #[serde(default)]
    pub heartbeat: Option<String>,
    /// How long a machine license (activation by file) lasts before the
    /// machine checks in again, e.g. 30d [default: the plan's, else the
    /// service's `offline_lease`].
    #[serde(default)]
    pub offline_lease: Option<String>,
    #[serde(default)]
    pub trial: bool,
    /// How many licenses to issue with these terms.
    #[serde(default = "one")]
    pub count: u32,
    /// Policies over the plan's (docs/policies.md).
    #[serde(default)]
    pub policy: Option<PolicyInput>,
}

impl IssueInput {
    /// One license of `product` (and `plan`) for `customer`, the plan's
    /// terms unchanged: the start of a request made by keywright itself (a
    /// payment, a trial).
    pub fn one(product: &str, plan: Option<&str>, customer: &str) -> IssueInput {
        IssueInput {
            product: product.to_string(),
            plan: plan.map(str::to_string),
            customer: customer.to_string(),
            expires: None,
            duration: None,
            features: None,
            seats: None,
            domains: Vec::new(),
            fingerprints: Vec::new(),
            limits: BTreeMap::new(),
            grace: None,
            heartbeat: None,
            offline_lease: None,
            trial: false,
            count: 1,
            policy: None,
        }
    }
}

/// A checked request to issue licenses.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    product: String,
    plan: Option<String>,
    customer: String,
    expires: Option<String>,
    duration: Option<Period>,
    features: Option<Vec<String>>,
    limits: BTreeMap<String, i64>,
    domains: Vec<String>,
    fingerprints: Vec<String>,
    grace: Option<i64>,
    seating: Seating,
    trial: bool,
    count: u32,
    policy: PolicyChange,
}

/// A period of fixed length (`1h`, `30d`) named `what` in errors, in seconds.
fn fixed_period(text: Option<&str>, what: &str) -> Result<Option<i64>> {
    text.map(|t| Period::parse_fixed(t, what)).transpose()
}

impl IssueRequest {
    pub fn new(input: IssueInput) -> Result<IssueRequest> {
        if input.expires.is_some() && input.duration.is_some() {
            return Err(Error::usage("give an expiry date or a duration, not both"));
        }
        if let Some(date) = &input.expires {
            check_date(date)?;
        }
        if !(1..=MAX_COUNT).contains(&input.count) {
            return Err(Error::usage(format!(
                "count {} must be 1 to {MAX_COUNT}",
                input.count
            )));
        }
        let limits = limits_with_seats(input.limits, input.seats)?;
        Ok(IssueRequest {
            product: non_empty("product", &input.product)?,
            plan: input.plan.filter(|p| !p.trim().is_empty()),
            customer: non_empty("customer", &input.customer)?,
            expires: input.expires,
            duration: input.duration.as_deref().map(str::parse).transpose()?,
            features: input.features.map(|f| normalize_features(&f)).transpose()?,
            limits,
            domains: normalize_domains(&input.domains)?,
            fingerprints: normalize_fingerprints(&input.fingerprints)?,
            grace: input
                .grace
                .as_deref()
                .map(Period::parse_grace)
                .transpose()?,
            seating: Seating {
                heartbeat_seconds: fixed_period(input.heartbeat.as_deref(), "heartbeat")?,
                offline_lease_seconds: fixed_period(
                    input.offline_lease.as_deref(),
                    "offline lease",
                )?,
            },
            trial: input.trial,
            count: input.count,
            policy: input.policy.unwrap_or_default().change()?,
        })
    }

    pub fn count(&self) -> u32 {
        self.count
    }

    /// The license terms: the plan's defaults, overridden by the request.
    /// A term that counts from the first activation or validation waits
    /// for it with no expiry: its period goes to the policy (`term`).
    fn terms(
        &self,
        plan: Option<&Plan>,
        policy: &mut LicensePolicy,
        tz: &TimeZone,
        now: i64,
    ) -> Result<Terms> {
        let mut limits = plan.map(|p| p.limits.clone()).unwrap_or_default();
        if let Some(seats) = plan.and_then(|p| p.seats) {
            limits.insert("seats".into(), seats);
        }
        limits.extend(self.limits.clone());
        let plan_duration = plan
            .and_then(|p| p.duration.as_deref())
            .map(str::parse::<Period>)
            .transpose()?;
        let waits = policy.expiry_basis != ExpiryBasis::Issue;
        let expires_at = match (&self.expires, self.duration.or(plan_duration)) {
            (Some(_), _) if waits => {
                return Err(Error::usage(format!(
                    "a license whose expiry counts from its {} takes a duration (--duration, or its plan's), not a last day",
                    policy.expiry_basis.to_string().replace('-', " ")
                )));
            }
            (Some(date), _) => Some(end_of_local_day(date, tz)?),
            (None, Some(period)) if waits => {
                policy.term = Some(period.to_string());
                None
            }
            (None, Some(period)) => Some(period.add_to(now, tz)?),
            (None, None) => None,
        };
        if expires_at.is_some_and(|exp| exp <= now) {
            return Err(Error::usage(format!(
                "the expiry {} is in the past; give a later date",
                self.expires.as_deref().unwrap_or("")
            )));
        }
        Ok(Terms {
            plan: plan.map(|p| p.name.clone()),
            not_before: None,
            expires_at,
            grace_seconds: self.grace.or(plan.and_then(|p| p.grace_seconds)),
            features: self
                .features
                .clone()
                .unwrap_or_else(|| plan.map(|p| p.features.clone()).unwrap_or_default()),
            limits,
            domains: self.domains.clone(),
            fingerprints: self.fingerprints.clone(),
            trial: self.trial || plan.is_some_and(|p| p.trial),
            starts: policy.waiting_for(),
            on_expiry: policy.on_expiry,
        })
    }
}

/// One issued license.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Issued {
    pub key: String,
    pub product: String,
    pub customer: String,
    pub expires: Option<UnixTime>,
    pub kid: String,
    pub token: String,
}

/// Where issued licenses go, one at a time and in order, as they are
/// stored: a list, or a staging file when they are too many to hold.
pub type IssuedSink<'s> = dyn FnMut(Issued) -> Result<()> + 's;

/// Issues the licenses a request asks for with the tenant's signing key,
/// audited as `license.created`.
pub fn issue_licenses(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &IssueRequest,
    sink: &mut IssuedSink<'_>,
) -> Result<()> {
    refuse_if_suspended(tenant)?;
    let key = signing_key(session, scope)?;
    let batch = Batch::prepare(
        session,
        scope,
        tenant,
        request,
        &key,
        AuditAction::LicenseCreated,
    )?;
    issue_batches(&key, std::slice::from_ref(&batch), sink).map_err(|(_, err)| err)
}

/// Issues the one license `request` asks for.
pub fn issue_one(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    request: &IssueRequest,
) -> Result<Issued> {
    let mut issued = None;
    issue_licenses(session, scope, tenant, request, &mut |one| {
        issued = Some(one);
        Ok(())
    })?;
    issued.ok_or_else(|| Error::runtime("no license was issued"))
}

/// Issues the licenses of many requests (the rows of an import) with a key
/// already chosen, signing across the requests on every core; `action`
/// names each audit entry. An error comes with the index of its request.
pub fn issue_many(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    requests: &[&IssueRequest],
    (key, action): (&SigningKey, AuditAction),
    sink: &mut IssuedSink<'_>,
) -> std::result::Result<(), (usize, Error)> {
    for (window, requests) in requests.chunks(PREPARED_AT_ONCE).enumerate() {
        let first = window * PREPARED_AT_ONCE;
        let batches = requests
            .iter()
            .enumerate()
            .map(|(i, r)| {
                Batch::prepare(session, scope, tenant, r, key, action).map_err(|e| (first + i, e))
            })
            .collect::<std::result::Result<Vec<_>, _>>()?;
        issue_batches(key, &batches, sink).map_err(|(i, err)| (first + i, err))?;
    }
    Ok(())
}

fn sign_error(err: SignError) -> Error {
    Error::usage(format!("the license cannot be signed: {err}"))
}

fn active_customer(scope: &Scope<'_>, id: &str) -> Result<Customer> {
    let customer = scope.customer(id)?;
    if customer.deleted.is_some() {
        return Err(Error::refused(
            format!("customer '{}' is deleted", customer.email),
            Fix::RestoreCustomer {
                email: customer.email.clone(),
            },
        ));
    }
    Ok(customer)
}

/// Signs the licenses of one batch: the same terms, a fresh key each.
struct Signer<'a> {
    key: &'a SigningKey,
    terms: &'a Terms,
    now: i64,
    tenant: &'a str,
    key_prefix: &'a str,
    product: &'a str,
    customer: &'a str,
}

impl Signer<'_> {
    /// A key drawn from the operating system's random generator.
    fn fresh_key(&self) -> Result<String> {
        LicenseKey::generate(self.key_prefix)
            .map(|key| key.to_string())
            .map_err(|e| {
                Error::runtime(format!(
                    "the operating system's random generator failed: {e}"
                ))
            })
    }

    /// The checked token of license `key`.
    fn sign(&self, key: &str) -> Result<String> {
        sign_license(&self.claims(key), self.key).map_err(sign_error)
    }

    /// The token of license `key`, to be checked with its chunk.
    fn sign_unchecked(&self, key: &str) -> Result<String> {
        sign_license_unchecked(&self.claims(key), self.key).map_err(sign_error)
    }

    fn claims(&self, key: &str) -> LicenseClaims {
        let parties = Parties {
            tenant: self.tenant,
            key,
            product: self.product,
            customer: self.customer,
        };
        claims(&parties, self.terms, self.now)
    }
}

/// Issues every license of the batches, all signed with `key`, in order,
/// into `sink`. A thread draws keys and signs them (each chunk's tokens
/// checked together) a chunk at a time on every core, while this one
/// inserts the previous chunk's rows and audit entries; at most two chunks
/// wait between them. An error comes with the index of its batch.
fn issue_batches(
    key: &SigningKey,
    batches: &[Batch<'_>],
    sink: &mut IssuedSink<'_>,
) -> std::result::Result<(), (usize, Error)> {
    let signers: Vec<Signer<'_>> = batches.iter().map(Batch::signer).collect();
    let counts: Vec<usize> = batches.iter().map(|b| b.count as usize).collect();
    let total: usize = counts.iter().sum();
    let counts = &counts;
    let jobs = move || (0..counts.len()).flat_map(move |i| std::iter::repeat_n(i, counts[i]));
    let Some(first) = batches.first() else {
        return Ok(());
    };
    // The entries go to one open chain, whose head is written once at the end.
    let mut chain = first.scope.audit_chain().map_err(|e| (0, e))?;
    let last = batches.len() - 1;
    if total < SIGNING_CHUNK / 8 {
        // A few licenses (a request): no thread is worth it.
        jobs().try_for_each(|i| {
            let signed = signers[i].fresh_key().and_then(|key| {
                let token = signers[i].sign(&key)?;
                batches[i].store(&mut chain, &signers[i], key, token)
            });
            sink(signed.map_err(|e| (i, e))?).map_err(|e| (i, e))
        })?;
        return chain.close().map_err(|e| (last, e));
    }
    std::thread::scope(|threads| {
        let (sender, chunks) = std::sync::mpsc::sync_channel(1);
        let signers = &signers;
        threads.spawn(move || {
            let mut jobs = jobs();
            loop {
                let chunk: Vec<usize> = jobs.by_ref().take(SIGNING_CHUNK).collect();
                if chunk.is_empty() {
                    return;
                }
                let signed = signed_chunk(key, signers, &chunk);
                let failed = signed.is_err();
                if sender.send(signed).is_err() || failed {
                    return;
                }
            }
        });
        for chunk in chunks {
            for (i, key, token) in chunk? {
                let batch = &batches[i];
                let issued = batch
                    .store(&mut chain, &signers[i], key, token)
                    .map_err(|e| (i, e))?;
                sink(issued).map_err(|e| (i, e))?;
            }
        }
        chain.close().map_err(|e| (last, e))
    })
}

/// A license signed ahead: the index of its batch, its key and token.
type Signed = (usize, String, String);

/// A fresh key and its token for each job (the index of its signer),
/// signed on as many threads as there are cores, then checked together
/// against `key` (see `token::check_signed`).
fn signed_chunk(
    key: &SigningKey,
    signers: &[Signer<'_>],
    jobs: &[usize],
) -> std::result::Result<Vec<Signed>, (usize, Error)> {
    let keys = jobs
        .iter()
        .map(|&i| Ok((i, signers[i].fresh_key().map_err(|e| (i, e))?)))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let tokens = crate::parallel::map_in_order(&keys, |(i, key)| signers[*i].sign_unchecked(key));
    let signed = keys
        .into_iter()
        .zip(tokens)
        .map(|((i, key), token)| Ok((i, key, token.map_err(|e| (i, e))?)))
        .collect::<std::result::Result<Vec<Signed>, _>>()?;
    let tokens: Vec<&str> = signed.iter().map(|(_, _, token)| token.as_str()).collect();
    check_signed(&tokens, key).map_err(|e| (signed[0].0, sign_error(e)))?;
    Ok(signed)
}

/// Everything that is the same for each license of one request.
struct Batch<'a> {
    session: &'a Session<'a>,
    scope: &'a Scope<'a>,
    tenant: &'a Tenant,
    product: Product,
    plan: Option<Plan>,
    customer: Customer,
    terms: Terms,
    seating: Seating,
    /// The plan's policy as stored (docs/policies.md), kept on each license.
    policy: Option<String>,
    count: u32,
    key: &'a SigningKey,
    action: AuditAction,
    /// The details of each license's audit entry (the same for all), as JSON.
    details: String,
}

impl<'a> Batch<'a> {
    fn prepare(
        session: &'a Session<'a>,
        scope: &'a Scope<'a>,
        tenant: &'a Tenant,
        request: &IssueRequest,
        key: &'a SigningKey,
        action: AuditAction,
    ) -> Result<Batch<'a>> {
        let product = scope.product(&request.product)?;
        check_product_active(&product)?;
        let plan = request
            .plan
            .as_deref()
            .map(|p| scope.plan(&product, p))
            .transpose()?;
        let customer = active_customer(scope, &request.customer)?;
        let tz = parse_timezone(&tenant.timezone)?;
        let mut policy = request
            .policy
            .apply(&plan.as_ref().map(|p| p.policy.clone()).unwrap_or_default())?;
        let terms = request.terms(plan.as_ref(), &mut policy, &tz, session.now)?;
        check_features_known(&product, &terms.features)?;
        let details = json!({
            "product": product.slug, "plan": terms.plan, "customer": customer.email,
            "expires": terms.expires_at, "features": terms.features, "limits": terms.limits,
            "kid": key.kid(),
        });
        Ok(Batch {
            details: details.to_string(),
            session,
            scope,
            tenant,
            seating: request
                .seating
                .or(plan.as_ref().map(Plan::seating).unwrap_or_default()),
            policy: policy.stored(),
            product,
            plan,
            customer,
            terms,
            count: request.count,
            key,
            action,
        })
    }

    /// What signing needs, and nothing of the store: it crosses to threads.
    fn signer(&self) -> Signer<'_> {
        Signer {
            key: self.key,
            terms: &self.terms,
            now: self.session.now,
            tenant: self.tenant.slug(),
            key_prefix: &self.tenant.key_prefix,
            product: &self.product.slug,
            customer: self.customer.token_name(),
        }
    }

    /// Stores a license signed ahead (see [`Batch::insert_one`]); a key
    /// drawn twice (95 random bits) is drawn again and signed anew.
    fn store(
        &self,
        chain: &mut AuditChain<'_, '_>,
        signer: &Signer<'_>,
        mut key: String,
        mut token: String,
    ) -> Result<Issued> {
        loop {
            if let Some(issued) = self.insert_one(chain, &key, token)? {
                return Ok(issued);
            }
            key = signer.fresh_key()?;
            token = signer.sign(&key)?;
        }
    }

    /// Inserts one signed license, sealed as new as its audit entry, which
    /// is appended to `chain` next; `None`, writing nothing, when the
    /// tenant has a license with this key already.
    fn insert_one(
        &self,
        chain: &mut AuditChain<'_, '_>,
        key: &str,
        token: String,
    ) -> Result<Option<Issued>> {
        let now = self.session.now;
        let t = &self.terms;
        let seq = chain.next_seq();
        let inserted = self.scope.insert_license(&NewLicense {
            key,
            product_id: self.product.id,
            plan_id: self.plan.as_ref().map(|p| p.id),
            customer_id: self.customer.id,
            issued_at: now,
            not_before: t.not_before,
            expires_at: t.expires_at,
            grace_seconds: t.grace_seconds,
            features: &t.features,
            limits: &t.limits,
            domains: &t.domains,
            fingerprints: &t.fingerprints,
            trial: t.trial,
            seating: self.seating,
            policy: self.policy.as_deref(),
            kid: self.key.kid(),
            token: &token,
            changed_seq: seq,
        })?;
        if inserted.is_none() {
            return Ok(None);
        }
        let details = self.details.as_str().into();
        chain.append_sealed(&self.session.audit_json(
            self.action,
            TargetKind::License,
            key,
            details,
        ))?;
        Ok(Some(Issued {
            key: key.to_string(),
            product: self.product.slug.clone(),
            customer: self.customer.email.clone(),
            expires: t.expires_at.map(UnixTime),
            kid: self.key.kid().to_string(),
            token,
        }))
    }
}
