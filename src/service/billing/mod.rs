//! Payments drive licenses (docs/billing.md): a tenant connects its Stripe
//! account (`connect`: the webhook secret, and optionally a restricted API
//! key, into the key store), maps Stripe prices to products and plans, and
//! each event Stripe delivers, or `billing apply` replays, changes
//! licenses through the same operations as the commands (`follow`), once:
//! every event id is recorded in the transaction of its effect.

pub mod api;
pub mod follow;
pub mod signature;
pub mod stripe;

use serde::Serialize;

use crate::error::{Error, Field, Fix, Result};
use crate::keystore::KeyStore;
use crate::service::Session;
use crate::store::billing::{BillingAccount, BillingEvent, EventStatus, NewPrice, OnCancel};
use crate::store::{Scope, Tenant};
use crate::token::SigningKey;
use follow::{Effect, Follow, LineItems};
use stripe::Event;

/// How long a replaced webhook secret is still accepted: Stripe's overlap
/// when a secret is rolled.
pub const PREVIOUS_SECRET_SECONDS: i64 = 24 * 3600;
/// How far a delivery's timestamp may be from now, unless connected otherwise.
pub const DEFAULT_TOLERANCE_SECONDS: i64 = 300;
/// Where Stripe's API is, unless connected otherwise.
pub const STRIPE_API: &str = "https://api.stripe.com";

/// A connection as the command gives it; secrets as read from stdin.
pub struct Connect {
    pub webhook_secret: zeroize::Zeroizing<String>,
    pub api_key: Option<zeroize::Zeroizing<String>>,
    pub on_cancel: Option<OnCancel>,
    pub api_base: Option<String>,
    pub tolerance_seconds: Option<i64>,
}

/// What `billing stripe connect` and `billing status` show: never a secret.
#[derive(Debug, Serialize)]
pub struct Connection {
    pub connected: bool,
    pub has_stripe_secret: bool,
    pub has_previous_secret: bool,
    pub has_api_key: bool,
    #[serde(flatten)]
    pub account: Option<BillingAccount>,
}

/// A key-store name for a new secret of `kind` (`stripe-whsec`,
/// `stripe-api`, `smtp`), unique to this moment.
pub fn new_kid(kind: &str, now: i64) -> Result<String> {
    let mut salt = [0u8; 4];
    getrandom::fill(&mut salt).map_err(|e| {
        Error::runtime(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    Ok(format!(
        "{kind}-{now}-{}",
        crate::domain::values::hex(&salt)
    ))
}

fn secret_key(kid: &str, text: &str, what: &str) -> Result<SigningKey> {
    SigningKey::from_hmac_secret(kid, text.as_bytes()).map_err(|_| {
        Error::usage(format!(
            "the {what} is too short to be Stripe's; copy it whole"
        ))
    })
}

/// Connects the tenant's Stripe account: the webhook secret (and API key)
/// into the key store, the previous secret kept for Stripe's overlap.
pub fn connect(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    connect: &Connect,
) -> Result<Connection> {
    let secret = connect.webhook_secret.trim();
    if !secret.starts_with("whsec_") {
        return Err(Error::usage(
            "a Stripe webhook signing secret starts with whsec_; copy it from the endpoint's page in Stripe's dashboard",
        ));
    }
    let now = session.now;
    let before = scope.billing_account()?;
    let secret_kid = new_kid("stripe-whsec", now)?;
    session.keys.put(
        tenant.slug(),
        &secret_key(&secret_kid, secret, "webhook secret")?,
    )?;
    let api_key_kid = match &connect.api_key {
        Some(key) => {
            let key = key.trim();
            if !(key.starts_with("rk_") || key.starts_with("sk_")) {
                return Err(Error::usage(
                    "a Stripe API key starts with rk_ (restricted, recommended) or sk_",
                ));
            }
            let kid = new_kid("stripe-api", now)?;
            session.keys.put_credential(tenant.slug(), &kid, key)?;
            Some(kid)
        }
        None => before.as_ref().and_then(|b| b.api_key_kid.clone()),
    };
    let account = BillingAccount {
        on_cancel: connect
            .on_cancel
            .or(before.as_ref().map(|b| b.on_cancel))
            .unwrap_or_default(),
        secret_kid,
        previous_secret_kid: before.as_ref().map(|b| b.secret_kid.clone()),
        previous_until: before
            .as_ref()
            .map(|_| crate::domain::time::UnixTime(now + PREVIOUS_SECRET_SECONDS)),
        api_key_kid,
        api_base: connect
            .api_base
            .clone()
            .or(before.as_ref().map(|b| b.api_base.clone()))
            .unwrap_or_else(|| STRIPE_API.to_string()),
        tolerance_seconds: connect
            .tolerance_seconds
            .or(before.as_ref().map(|b| b.tolerance_seconds))
            .unwrap_or(DEFAULT_TOLERANCE_SECONDS),
        connected: crate::domain::time::UnixTime(now),
    };
    scope.save_billing_account(&account, now)?;
    scope.append_audit(&session.audit(
        crate::domain::audit::AuditAction::BillingConnected,
        crate::domain::audit::TargetKind::Tenant,
        tenant.slug(),
        serde_json::json!({
            "on_cancel": account.on_cancel, "api_key": account.api_key_kid.is_some(),
            "api_base": account.api_base, "tolerance_seconds": account.tolerance_seconds,
            "rolled": before.is_some(),
        }),
    ))?;
    connection(session.keys, tenant, Some(account))
}

/// Whether each secret of a connection is in the key store.
pub fn connection(
    keys: &KeyStore,
    tenant: &Tenant,
    account: Option<BillingAccount>,
) -> Result<Connection> {
    let has = |kid: Option<&String>| -> Result<bool> {
        Ok(match kid {
            Some(kid) => keys.get(tenant.slug(), kid)?.is_some(),
            None => false,
        })
    };
    Ok(Connection {
        connected: account.is_some(),
        has_stripe_secret: has(account.as_ref().map(|a| &a.secret_kid))?,
        has_previous_secret: has(account
            .as_ref()
            .and_then(|a| a.previous_secret_kid.as_ref()))?,
        has_api_key: has(account.as_ref().and_then(|a| a.api_key_kid.as_ref()))?,
        account,
    })
}

/// The account, or the sentence that says how to connect one.
pub fn account_of(scope: &Scope<'_>, tenant: &Tenant) -> Result<BillingAccount> {
    scope.billing_account()?.ok_or_else(|| {
        Error::refused(
            format!("tenant '{}' has no Stripe account connected", tenant.slug()),
            Fix::ConnectStripe,
        )
    })
}

/// The webhook secrets accepted now: the current one, and the one before
/// during its overlap.
pub fn accepted_secrets(
    keys: &KeyStore,
    tenant: &Tenant,
    account: &BillingAccount,
    now: i64,
) -> Result<Vec<SigningKey>> {
    let mut kids = vec![&account.secret_kid];
    if let (Some(previous), Some(until)) = (&account.previous_secret_kid, account.previous_until)
        && now <= until.0
    {
        kids.push(previous);
    }
    let mut secrets = Vec::new();
    for kid in kids {
        if let Some(secret) = keys.get(tenant.slug(), kid)? {
            secrets.push(secret);
        }
    }
    if secrets.is_empty() {
        return Err(Error::KeyStore(format!(
            "the Stripe webhook secret of tenant '{}' is not in {}; run `keywright billing stripe connect` again",
            tenant.slug(),
            keys.place()
        )));
    }
    Ok(secrets)
}

/// A price to map, as typed or posted.
pub struct PriceRequest {
    pub price: String,
    pub product: String,
    pub plan: Option<String>,
    pub seats_per_unit: Option<i64>,
}

/// Maps a Stripe price to the licenses it makes.
pub fn add_price(scope: &Scope<'_>, request: &PriceRequest, now: i64) -> Result<()> {
    let price = request.price.trim();
    if !price.starts_with("price_") && !price.starts_with("plan_") {
        return Err(Error::usage(format!(
            "'{}' is not a Stripe price id (price_…)",
            crate::error::shown(price)
        )));
    }
    if request.seats_per_unit.is_some_and(|n| n < 1) {
        return Err(Error::refused(
            "seats per unit must be at least 1",
            Fix::Give(Field::new("seats-per-unit", "seats_per_unit")),
        ));
    }
    let product = scope.product(&request.product)?;
    let plan = request
        .plan
        .as_deref()
        .map(|name| scope.plan(&product, name))
        .transpose()?;
    scope.add_price(
        &NewPrice {
            price,
            product_id: product.id,
            plan_id: plan.map(|p| p.id),
            seats_per_unit: request.seats_per_unit,
        },
        now,
    )
}

/// What became of one delivery.
pub fn receive(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    event: &Event,
    line_items: &LineItems<'_>,
) -> Result<BillingEvent> {
    if let Some(first) = scope.billing_event(&event.id)? {
        return record(
            scope,
            session.now,
            event,
            Effect {
                status: EventStatus::Duplicate,
                reason: format!("already {} ", first.status),
                source: first.source,
                licenses: Vec::new(),
            },
        );
    }
    let account = account_of(scope, tenant)?;
    let session = session.acting_as(format!("stripe:{}", event.id));
    let follow = Follow {
        session: &session,
        scope,
        tenant,
        account: &account,
        line_items,
    };
    let effect = follow.apply(event)?;
    record(scope, session.now, event, effect)
}

/// Records an event that could not be applied (its effects rolled back),
/// in a transaction of its own: `failed` with the reason (a later delivery
/// of it is tried again), or a duplicate when another delivery of it
/// settled it meanwhile.
pub fn record_failure(
    scope: &Scope<'_>,
    now: i64,
    event: &Event,
    error: &Error,
) -> Result<BillingEvent> {
    let effect = match scope.billing_event(&event.id)? {
        Some(first) => Effect {
            status: EventStatus::Duplicate,
            reason: format!("already {}", first.status),
            source: first.source,
            licenses: Vec::new(),
        },
        None => Effect {
            status: EventStatus::Failed,
            reason: error.to_string(),
            source: None,
            licenses: Vec::new(),
        },
    };
    record(scope, now, event, effect)
}

/// Whether an error is the event's (it will fail the same way each time,
/// so it is recorded and answered 200) rather than the moment's (a busy or
/// unreachable database or key store: answered 5xx, so Stripe retries).
pub fn is_permanent(error: &Error) -> bool {
    error.is_the_request_s()
}

fn record(scope: &Scope<'_>, now: i64, event: &Event, effect: Effect) -> Result<BillingEvent> {
    let recorded = BillingEvent {
        event: event.id.clone(),
        kind: event.kind.clone(),
        created: crate::domain::time::UnixTime(event.created),
        received: crate::domain::time::UnixTime(now),
        status: effect.status,
        reason: effect.reason.trim().to_string(),
        source: effect.source,
        licenses: effect.licenses,
    };
    scope.record_billing_event(&recorded)?;
    Ok(recorded)
}
