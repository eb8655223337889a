//! Licenses follow what Stripe says (docs/billing.md). Each event first
//! updates what is known of its subscription or one-time payment (a
//! *source*) and of its buyer; then the source's licenses are brought to
//! what the source now is: one license per item whose price is mapped,
//! issued once the source is paid for and its buyer's email known,
//! renewed to the end of each period paid, suspended while payment is
//! owed or was taken back, reinstated when paid again, and ended as the
//! tenant's `--on-cancel` says. So the licenses come out the same
//! whatever order Stripe delivers the events in; an event older than the
//! last one applied to its source changes nothing.

use jiff::tz::TimeZone;
use serde_json::json;

use super::stripe::{Buyer, Event, Happening, read};
use crate::domain::policy::{ExpiryBasis, PolicyInput, RenewFrom};
use crate::domain::state::LicenseState;
use crate::domain::time::parse_timezone;
use crate::error::{Error, Result};
use crate::service::Session;
use crate::service::customer::{CustomerInput, CustomerRequest, create_customer};
use crate::service::license::contract::{RenewRequest, UpdateInput, UpdateRequest, renew, update};
use crate::service::license::issue::{IssueInput, IssueRequest, issue_one};
use crate::service::license::revoke::{RevokeRequest, revoke};
use crate::service::license::suspend::{reinstate, suspend};
use crate::store::billing::{
    BillingAccount, BillingLink, EventStatus, OnCancel, SourceItem, SourceState, StripeCustomer,
};
use crate::store::{Customer, License, NewWebhook, Scope, Tenant};

/// Subscription states whose licenses work.
const PAID: &[&str] = &["active", "trialing", "paid"];
/// Subscription states whose licenses are suspended until paid.
const OWED: &[&str] = &["past_due", "unpaid", "paused"];

/// What an event did.
#[derive(Debug, Clone)]
pub struct Effect {
    pub status: EventStatus,
    pub reason: String,
    pub source: Option<String>,
    pub licenses: Vec<String>,
}

impl Effect {
    fn ignored(reason: impl Into<String>, source: Option<String>) -> Effect {
        Effect {
            status: EventStatus::Ignored,
            reason: reason.into(),
            source,
            licenses: Vec::new(),
        }
    }
}

/// Lists the line items of a one-time payment's checkout session, from
/// Stripe's API; `None` when no API key is connected.
pub type LineItems<'a> = dyn Fn(&str) -> Result<Option<Vec<SourceItem>>> + 'a;

/// Everything an event is applied with.
pub struct Follow<'a> {
    pub session: &'a Session<'a>,
    pub scope: &'a Scope<'a>,
    pub tenant: &'a Tenant,
    pub account: &'a BillingAccount,
    pub line_items: &'a LineItems<'a>,
}

impl Follow<'_> {
    /// Applies `event` in the caller's transaction.
    pub fn apply(&self, event: &Event) -> Result<Effect> {
        match read(event) {
            Happening::Customer(buyer) => {
                let Some(id) = buyer.customer.clone() else {
                    return Ok(Effect::ignored("the customer has no id", None));
                };
                self.note_buyer(&buyer)?;
                let mut changed = Changes::default();
                for state in self.scope.sources_of(&id)? {
                    self.converge(&state, &mut changed)?;
                }
                Ok(changed.effect("the buyer's details recorded", None))
            }
            Happening::Subscription {
                id,
                customer,
                status,
                items,
                deleted,
            } => {
                let update = |state: &mut SourceState| {
                    state.stripe_customer = customer.clone().or(state.stripe_customer.take());
                    state.status = Some(status.clone());
                    state.items = merged(&state.items, &items, true);
                    state.ended |= deleted;
                };
                self.follow_source(event, &id, update, "the subscription")
            }
            Happening::InvoicePaid {
                subscription,
                buyer,
                lines,
                payments,
                ..
            } => {
                let Some(subscription) = subscription else {
                    return Ok(Effect::ignored(
                        "the invoice is not for a subscription",
                        None,
                    ));
                };
                self.note_buyer(&buyer)?;
                self.note_payments(&payments, &subscription)?;
                let update = |state: &mut SourceState| {
                    state.stripe_customer = buyer.customer.clone().or(state.stripe_customer.take());
                    state.status.get_or_insert_with(|| "active".to_string());
                    state.items = merged(&state.items, &lines, false);
                };
                self.follow_source(event, &subscription, update, "the paid invoice")
            }
            Happening::Checkout {
                id,
                mode,
                paid,
                subscription,
                buyer,
                payments,
                metadata_item,
            } => {
                if !paid {
                    return Ok(Effect::ignored("the checkout is not paid yet", Some(id)));
                }
                let buyer = self.note_buyer_of_session(&buyer, &id)?;
                match (mode.as_str(), subscription) {
                    ("subscription", Some(subscription)) => {
                        self.note_payments(&payments, &subscription)?;
                        let update = |state: &mut SourceState| {
                            state.stripe_customer =
                                buyer.customer.clone().or(state.stripe_customer.take());
                            state.status.get_or_insert_with(|| "active".to_string());
                        };
                        self.follow_source(event, &subscription, update, "the checkout")
                    }
                    ("payment", _) => {
                        self.note_payments(&payments, &id)?;
                        let items = match (self.line_items)(&id)? {
                            Some(items) => items,
                            None => metadata_item
                                .map(|(price, quantity)| SourceItem {
                                    id: price.clone(),
                                    price,
                                    quantity,
                                    period_end: None,
                                })
                                .into_iter()
                                .collect(),
                        };
                        if items.is_empty() {
                            return Ok(Effect::ignored(
                                "the payment names no price: connect a restricted API key, or set the session's metadata keywright_price",
                                Some(id),
                            ));
                        }
                        let update = |state: &mut SourceState| {
                            state.stripe_customer = buyer.customer.clone();
                            state.status = Some("paid".to_string());
                            state.items = items.clone();
                        };
                        self.follow_source(event, &id, update, "the one-time payment")
                    }
                    _ => Ok(Effect::ignored(
                        format!("a checkout in {mode} mode makes no license"),
                        Some(id),
                    )),
                }
            }
            Happening::PaymentTakenBack { why, references } => {
                let mut source = None;
                for reference in &references {
                    source = self.scope.payment_source(reference)?;
                    if source.is_some() {
                        break;
                    }
                }
                let Some(source) = source else {
                    return Ok(Effect::ignored(
                        format!("no license was paid by {}", references.join(" or ")),
                        None,
                    ));
                };
                let update = |state: &mut SourceState| state.hold = Some(why.to_string());
                self.follow_source(
                    event,
                    &source,
                    update,
                    &format!("the payment was {why}, so"),
                )
            }
            Happening::PartialRefund => Ok(Effect::ignored("a partial refund", None)),
            Happening::Other => Ok(Effect::ignored(
                format!("keywright does not act on {} events", event.kind),
                None,
            )),
        }
    }

    /// Updates what is known of `source` with a newer event, then brings
    /// its licenses to it.
    fn follow_source(
        &self,
        event: &Event,
        source: &str,
        update: impl FnOnce(&mut SourceState),
        what: &str,
    ) -> Result<Effect> {
        let known = self.scope.billing_source(source)?;
        if let Some(known) = &known
            && event.created < known.last_created
        {
            return Ok(Effect::ignored(
                format!("older than the last event applied to {source}"),
                Some(source.to_string()),
            ));
        }
        let mut state = known.unwrap_or_else(|| SourceState {
            source: source.to_string(),
            stripe_customer: None,
            status: None,
            items: Vec::new(),
            ended: false,
            hold: None,
            last_created: event.created,
        });
        update(&mut state);
        state.last_created = event.created;
        self.scope.save_billing_source(&state, self.session.now)?;
        let mut changed = Changes::default();
        self.converge(&state, &mut changed)?;
        Ok(changed.effect(&format!("{what} recorded"), Some(source.to_string())))
    }

    /// Records what an event says of its buyer.
    fn note_buyer(&self, buyer: &Buyer) -> Result<()> {
        let Some(id) = &buyer.customer else {
            return Ok(());
        };
        let mut known = self
            .scope
            .stripe_customer(id)?
            .unwrap_or_else(|| StripeCustomer {
                stripe_customer: id.clone(),
                ..StripeCustomer::default()
            });
        known.email = buyer.email.clone().or(known.email);
        known.name = buyer.name.clone().or(known.name);
        self.scope.save_stripe_customer(&known)
    }

    /// The buyer of a checkout; a guest (no Stripe customer) is known by
    /// the session, so that its licenses find their email.
    fn note_buyer_of_session(&self, buyer: &Buyer, session: &str) -> Result<Buyer> {
        let buyer = Buyer {
            customer: buyer.customer.clone().or(Some(format!("guest:{session}"))),
            ..buyer.clone()
        };
        self.note_buyer(&buyer)?;
        Ok(buyer)
    }

    fn note_payments(&self, references: &[String], source: &str) -> Result<()> {
        references
            .iter()
            .try_for_each(|reference| self.scope.save_payment(reference, source))
    }

    /// Brings the licenses of `state` to what it now is.
    fn converge(&self, state: &SourceState, changed: &mut Changes) -> Result<()> {
        let links = self.scope.billing_links(&state.source)?;
        let usable = state.status.as_deref().is_some_and(|s| PAID.contains(&s))
            && !state.ended
            && state.hold.is_none();
        let tz = parse_timezone(&self.tenant.timezone)?;
        for item in &state.items {
            let Some(mapping) = self.scope.price(&item.price)? else {
                changed.note(format!("price {} is not mapped", item.price));
                continue;
            };
            match links.iter().find(|link| link.item == item.id) {
                None if usable => {
                    let Some(customer) = self.customer_of(state)? else {
                        changed.note("the license waits for the buyer's email".into());
                        continue;
                    };
                    self.issue(state, item, &mapping, &customer, &tz, changed)?;
                }
                None => {}
                Some(link) => self.keep_terms(state, item, link, &mapping, &tz, changed)?,
            }
        }
        for link in self.scope.billing_links(&state.source)? {
            self.keep_state(state, &link, changed)?;
        }
        Ok(())
    }

    /// The keywright customer of a source's buyer: found by the Stripe
    /// customer, else by email, else created; `None` while no event has
    /// given the buyer's email.
    fn customer_of(&self, state: &SourceState) -> Result<Option<Customer>> {
        let Some(id) = &state.stripe_customer else {
            return Ok(None);
        };
        let Some(mut known) = self.scope.stripe_customer(id)? else {
            return Ok(None);
        };
        if let Some(public_id) = &known.customer_public_id
            && let Some(customer) = self.scope.find_customer_by_public_id(public_id)?
        {
            return Ok(Some(customer));
        }
        let Some(email) = known.email.clone() else {
            return Ok(None);
        };
        let customer = match self.scope.find_customer(&email)? {
            Some(customer) => customer,
            None => {
                let request = CustomerRequest::new(CustomerInput {
                    email,
                    name: known.name.clone(),
                    ..CustomerInput::default()
                })?;
                create_customer(self.session, self.scope, &request)?
            }
        };
        known.customer_id = Some(customer.id);
        self.scope.save_stripe_customer(&known)?;
        Ok(Some(customer))
    }

    fn issue(
        &self,
        state: &SourceState,
        item: &SourceItem,
        mapping: &crate::store::billing::PriceMapping,
        customer: &Customer,
        tz: &TimeZone,
        changed: &mut Changes,
    ) -> Result<()> {
        // A paid period is the license's term: it runs from the payment,
        // whatever the plan's expiry basis.
        let paid_term = PolicyInput {
            expiry_basis: Some(ExpiryBasis::Issue),
            ..PolicyInput::default()
        };
        let request = IssueRequest::new(IssueInput {
            expires: item.period_end.map(|end| local_date(end, tz)).transpose()?,
            seats: mapping.seats_per_unit.map(|per| per * item.quantity.max(1)),
            trial: state.status.as_deref() == Some("trialing"),
            policy: item.period_end.map(|_| paid_term),
            ..IssueInput::one(&mapping.product, mapping.plan.as_deref(), &customer.email)
        })?;
        let license = issue_one(self.session, self.scope, self.tenant, &request)?;
        let stored = self.license(&license.key)?;
        self.scope.save_billing_link(
            &BillingLink {
                source: state.source.clone(),
                item: item.id.clone(),
                price: item.price.clone(),
                quantity: item.quantity,
                license_id: stored.id,
                key: license.key.clone(),
                renewed_to: item.period_end,
            },
            self.session.now,
        )?;
        crate::service::email::queue(self.scope, &stored, &customer.email, self.session.now)?;
        self.tell(
            "license.issued",
            &stored,
            json!({"source": state.source, "token": license.token}),
        )?;
        changed.license(&license.key, "issued");
        Ok(())
    }

    /// A linked license's terms as its item now is: renewed to the end of
    /// a later period, its plan's terms when the price changed, its seats
    /// when the quantity did.
    fn keep_terms(
        &self,
        state: &SourceState,
        item: &SourceItem,
        link: &BillingLink,
        mapping: &crate::store::billing::PriceMapping,
        tz: &TimeZone,
        changed: &mut Changes,
    ) -> Result<()> {
        let license = self.license(&link.key)?;
        if license.state == LicenseState::Revoked {
            return Ok(());
        }
        if link.price != item.price || link.quantity != item.quantity {
            self.change_terms(&license, item, mapping)?;
            self.scope
                .save_billing_link(&self.link_now(link, item), self.session.now)?;
            changed.license(&link.key, "updated");
        }
        let Some(end) = item.period_end else {
            return Ok(());
        };
        let until = local_date(end, tz)?;
        let new_period = match link.renewed_to {
            Some(renewed_to) => end > renewed_to,
            None => license
                .expires
                .is_none_or(|expires| local_date(expires.0, tz).is_ok_and(|at| at < until)),
        };
        if new_period && !state.ended && license.expires.is_some() {
            let paid_before = link.renewed_to.or(license.expires.map(|e| e.0));
            let last_day = self.renewal_end(&license, end, paid_before, tz)?;
            renew(
                self.session,
                self.scope,
                self.tenant,
                &link.key,
                &RenewRequest::Until(last_day),
            )?;
            self.scope.save_billing_link(
                &BillingLink {
                    renewed_to: Some(end),
                    ..self.link_now(link, item)
                },
                self.session.now,
            )?;
            let renewed = self.license(&link.key)?;
            self.tell("license.renewed", &renewed, json!({"source": state.source}))?;
            changed.license(&link.key, "renewed");
        }
        Ok(())
    }

    /// The last day a license renewed for a period paid up to `end` gets,
    /// by its renewal basis (docs/policies.md): `expiry`, and
    /// `now-if-expired` while the license has not expired, run to the
    /// period's end (its periods follow each other); `now`, and
    /// `now-if-expired` once it has expired, run one period (`end` less
    /// the end paid before) from now.
    fn renewal_end(
        &self,
        license: &License,
        end: i64,
        paid_before: Option<i64>,
        tz: &TimeZone,
    ) -> Result<String> {
        let now = self.session.now;
        let from_now = match license.policy.renew_from {
            RenewFrom::Expiry => false,
            RenewFrom::Now => true,
            RenewFrom::NowIfExpired => license.expires.is_some_and(|e| e.0 <= now),
        };
        match paid_before.map(|before| end - before).filter(|p| *p > 0) {
            Some(period) if from_now => local_date(now.saturating_add(period), tz),
            _ => local_date(end, tz),
        }
    }

    /// A link with its item's price and quantity as they are now.
    fn link_now(&self, link: &BillingLink, item: &SourceItem) -> BillingLink {
        BillingLink {
            price: item.price.clone(),
            quantity: item.quantity,
            ..link.clone()
        }
    }

    /// Gives a license the features and limits of its item's new price's
    /// plan, and the seats of its quantity.
    fn change_terms(
        &self,
        license: &License,
        item: &SourceItem,
        mapping: &crate::store::billing::PriceMapping,
    ) -> Result<()> {
        let plan = mapping
            .plan
            .as_deref()
            .map(|plan| {
                let product = self.scope.product(&mapping.product)?;
                self.scope.plan(&product, plan)
            })
            .transpose()?;
        let seats = mapping
            .seats_per_unit
            .map(|per| per * item.quantity.max(1))
            .or(plan.as_ref().and_then(|p| p.seats));
        let input = UpdateInput {
            features: plan.as_ref().map(|p| p.features.clone()),
            seats,
            limits: plan.as_ref().map(|p| p.limits.clone()).unwrap_or_default(),
            ..UpdateInput::default()
        };
        if let Ok(request) = UpdateRequest::new(input) {
            update(
                self.session,
                self.scope,
                self.tenant,
                &license.key,
                &request,
            )?;
        }
        Ok(())
    }

    /// A linked license's state as its source now is.
    fn keep_state(
        &self,
        state: &SourceState,
        link: &BillingLink,
        changed: &mut Changes,
    ) -> Result<()> {
        let license = self.license(&link.key)?;
        let keys = [link.key.clone()];
        let status = state.status.as_deref().unwrap_or_default();
        let (event, reason) = match license.state {
            LicenseState::Revoked => return Ok(()),
            LicenseState::Active | LicenseState::Suspended
                if state.ended && self.account.on_cancel == OnCancel::Revoke =>
            {
                let request = RevokeRequest::new(&keys, Some("the subscription was cancelled"))?;
                revoke(self.session, self.scope, &request)?;
                ("license.revoked", "revoked")
            }
            LicenseState::Active if state.hold.is_some() || OWED.contains(&status) => {
                suspend(self.session, self.scope, &keys)?;
                ("license.suspended", "suspended")
            }
            LicenseState::Suspended
                if state.hold.is_none() && !state.ended && PAID.contains(&status) =>
            {
                reinstate(self.session, self.scope, &keys)?;
                ("license.reinstated", "reinstated")
            }
            _ => return Ok(()),
        };
        let license = self.license(&link.key)?;
        self.tell(
            event,
            &license,
            json!({"source": state.source, "why": state.hold.as_deref().unwrap_or(status)}),
        )?;
        changed.license(&link.key, reason);
        Ok(())
    }

    fn license(&self, key: &str) -> Result<License> {
        crate::service::license::license_by_key(self.scope, key, self.session.now)
    }

    /// Queues a tenant webhook about `license`.
    fn tell(&self, event: &str, license: &License, extra: serde_json::Value) -> Result<()> {
        let Some(url) = &self.tenant.webhook_url else {
            return Ok(());
        };
        let mut data = json!({
            "tenant": self.tenant.slug(), "license": license.key, "product": license.product,
            "plan": license.plan, "customer": license.token_customer, "status": license.status,
            "expires": license.expires, "at": self.session.now, "actor": self.session.actor,
        });
        if let (Some(data), serde_json::Value::Object(extra)) = (data.as_object_mut(), extra) {
            data.extend(extra);
        }
        let body = json!({"event": event, "data": data}).to_string();
        self.scope.queue_webhook(
            &NewWebhook {
                event,
                url,
                body: &body,
            },
            self.session.now,
        )?;
        Ok(())
    }
}

/// A source's items after an event: those it lists, each keeping the
/// later of the two period ends; with `complete`, the event lists them all.
fn merged(known: &[SourceItem], told: &[SourceItem], complete: bool) -> Vec<SourceItem> {
    let mut items: Vec<SourceItem> = if complete { Vec::new() } else { known.to_vec() };
    for item in told {
        let before = known.iter().find(|k| k.id == item.id);
        let period_end = item.period_end.max(before.and_then(|b| b.period_end));
        let item = SourceItem {
            period_end,
            ..item.clone()
        };
        match items.iter_mut().find(|k| k.id == item.id) {
            Some(slot) => *slot = item,
            None => items.push(item),
        }
    }
    items
}

/// The tenant's calendar day of an instant, YYYY-MM-DD.
fn local_date(at: i64, tz: &TimeZone) -> Result<String> {
    let timestamp = jiff::Timestamp::from_second(at)
        .map_err(|e| Error::usage(format!("the time {at} is out of range: {e}")))?;
    Ok(timestamp.to_zoned(tz.clone()).date().to_string())
}

/// What converging did, for the event's record.
#[derive(Default)]
struct Changes {
    licenses: Vec<String>,
    said: Vec<String>,
}

impl Changes {
    fn license(&mut self, key: &str, what: &str) {
        if !self.licenses.iter().any(|k| k == key) {
            self.licenses.push(key.to_string());
        }
        self.said.push(format!("{key} {what}"));
    }

    fn note(&mut self, said: String) {
        if !self.said.contains(&said) {
            self.said.push(said);
        }
    }

    fn effect(self, first: &str, source: Option<String>) -> Effect {
        let mut reason = first.to_string();
        if !self.said.is_empty() {
            reason = format!("{reason}: {}", self.said.join("; "));
        }
        Effect {
            status: EventStatus::Applied,
            reason,
            source,
            licenses: self.licenses,
        }
    }
}
