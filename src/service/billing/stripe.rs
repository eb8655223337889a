//! Reading Stripe's events: the few fields keywright uses, from either
//! shape of Stripe's API (docs/billing.md). Since the 2025 versions the
//! period of a subscription is on each item (`items.data[].current_period_end`,
//! before on the subscription), and an invoice names its subscription under
//! `parent.subscription_details` and each line's item and price under
//! `parent.subscription_item_details` and `pricing.price_details` (before
//! at `subscription`, `subscription_item` and `price`). Both are read; an
//! id is taken whether Stripe sent it alone or its object expanded.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::store::billing::SourceItem;

/// The most bytes a delivery may have; Stripe's events are far smaller.
pub const MAX_EVENT_BYTES: usize = 512 * 1024;

/// An event as delivered.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub kind: String,
    pub created: i64,
    pub object: Value,
}

impl Event {
    /// An event from its JSON; what is not an event is refused.
    pub fn from_json(value: Value) -> Result<Event> {
        let refused = |what: &str| {
            Error::usage(format!(
                "this is not a Stripe event: it has no {what}; give the events Stripe delivers"
            ))
        };
        let id = text(&value, &["id"]).ok_or_else(|| refused("id"))?;
        let kind = text(&value, &["type"]).ok_or_else(|| refused("type"))?;
        let created = integer(&value, &["created"]).ok_or_else(|| refused("created time"))?;
        let object = value
            .pointer("/data/object")
            .filter(|o| o.is_object())
            .cloned()
            .ok_or_else(|| refused("data.object"))?;
        Ok(Event {
            id,
            kind,
            created,
            object,
        })
    }

    /// An event from a delivery's body.
    pub fn parse(body: &[u8]) -> Result<Event> {
        if body.len() > MAX_EVENT_BYTES {
            return Err(Error::usage(format!(
                "the event has {} bytes, more than the {MAX_EVENT_BYTES} a Stripe event can have",
                body.len()
            )));
        }
        let value: Value = serde_json::from_slice(body)
            .map_err(|e| Error::usage(format!("the event is not JSON: {e}")))?;
        Event::from_json(value)
    }

    /// Events as `billing apply` reads them: a JSON array, or one per line.
    pub fn parse_many(text: &str) -> Result<Vec<Event>> {
        let trimmed = text.trim_start();
        if trimmed.starts_with('[') {
            let values: Vec<Value> = serde_json::from_str(trimmed)
                .map_err(|e| Error::usage(format!("the events are not a JSON array: {e}")))?;
            return values.into_iter().map(Event::from_json).collect();
        }
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                let value: Value = serde_json::from_str(line).map_err(|e| {
                    Error::usage(format!("line {} is not a JSON event: {e}", i + 1))
                })?;
                Event::from_json(value)
            })
            .collect()
    }
}

/// What an event says, as far as licenses are concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happening {
    /// `customer.created`/`updated`: who the buyer is.
    Customer(Buyer),
    /// `customer.subscription.*`: the subscription as it is now.
    Subscription {
        id: String,
        customer: Option<String>,
        status: String,
        items: Vec<SourceItem>,
        deleted: bool,
    },
    /// `invoice.paid` (or `invoice.payment_succeeded`).
    InvoicePaid {
        id: String,
        subscription: Option<String>,
        buyer: Buyer,
        billing_reason: Option<String>,
        lines: Vec<SourceItem>,
        payments: Vec<String>,
    },
    /// `checkout.session.completed`.
    Checkout {
        id: String,
        mode: String,
        paid: bool,
        subscription: Option<String>,
        buyer: Buyer,
        payments: Vec<String>,
        /// The price and quantity the session's metadata names, for a
        /// one-time payment when no API key can list its line items.
        metadata_item: Option<(String, i64)>,
    },
    /// `charge.refunded` in full, or `charge.dispute.created`: the payment
    /// taken back, by the references it may be known under.
    PaymentTakenBack {
        why: &'static str,
        references: Vec<String>,
    },
    /// A partial refund: nothing to do.
    PartialRefund,
    /// Anything else.
    Other,
}

/// The buyer as an event names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Buyer {
    pub customer: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

/// What `event` says.
pub fn read(event: &Event) -> Happening {
    let o = &event.object;
    match event.kind.as_str() {
        "customer.created" | "customer.updated" => Happening::Customer(Buyer {
            customer: text(o, &["id"]),
            email: text(o, &["email"]),
            name: text(o, &["name"]),
        }),
        "customer.subscription.created"
        | "customer.subscription.updated"
        | "customer.subscription.deleted"
        | "customer.subscription.paused"
        | "customer.subscription.resumed" => Happening::Subscription {
            id: text(o, &["id"]).unwrap_or_default(),
            customer: id_of(o.get("customer")),
            status: text(o, &["status"]).unwrap_or_default(),
            items: subscription_items(o),
            deleted: event.kind == "customer.subscription.deleted",
        },
        "invoice.paid" | "invoice.payment_succeeded" => invoice_paid(o),
        "checkout.session.completed" | "checkout.session.async_payment_succeeded" => checkout(o),
        "charge.refunded" => {
            let refunded = integer(o, &["amount_refunded"]).zip(integer(o, &["amount"]));
            let full = o.get("refunded").and_then(Value::as_bool) == Some(true)
                || refunded.is_some_and(|(refunded, amount)| refunded >= amount);
            if full {
                Happening::PaymentTakenBack {
                    why: "refunded",
                    references: references(o, &["id"], &["invoice", "payment_intent"]),
                }
            } else {
                Happening::PartialRefund
            }
        }
        "charge.dispute.created" => Happening::PaymentTakenBack {
            why: "disputed",
            references: references(o, &[], &["charge", "payment_intent"]),
        },
        _ => Happening::Other,
    }
}

/// A subscription's items, each with its period's end: on the item in the
/// current shape, on the subscription in the one before.
fn subscription_items(subscription: &Value) -> Vec<SourceItem> {
    let period_end = integer(subscription, &["current_period_end"]);
    priced_items(subscription.get("items"), |item| {
        integer(item, &["current_period_end"]).or(period_end)
    })
}

/// The items of a Stripe list whose entries name their price (`price`,
/// an id or an object) and quantity, each with the period end `period_end`
/// reads from it.
fn priced_items(
    items: Option<&Value>,
    period_end: impl Fn(&Value) -> Option<i64>,
) -> Vec<SourceItem> {
    list(items)
        .iter()
        .filter_map(|item| {
            Some(SourceItem {
                id: text(item, &["id"])?,
                price: id_of(item.get("price"))?,
                quantity: integer(item, &["quantity"]).unwrap_or(1),
                period_end: period_end(item),
            })
        })
        .collect()
}

fn invoice_paid(invoice: &Value) -> Happening {
    let subscription = id_of(invoice.get("subscription"))
        .or_else(|| id_of(invoice.pointer("/parent/subscription_details/subscription")));
    let lines = list(invoice.get("lines"))
        .iter()
        .filter_map(|line| {
            let item = text(line, &["subscription_item"]).or_else(|| {
                id_of(line.pointer("/parent/subscription_item_details/subscription_item"))
            })?;
            let price = id_of(line.get("price"))
                .or_else(|| id_of(line.pointer("/pricing/price_details/price")))?;
            Some(SourceItem {
                id: item,
                price,
                quantity: integer(line, &["quantity"]).unwrap_or(1),
                period_end: integer(line, &["period", "end"]),
            })
        })
        .collect();
    let mut payments = references(invoice, &["id"], &["payment_intent", "charge"]);
    for payment in list(invoice.get("payments")) {
        payments.extend(references(
            payment.get("payment").unwrap_or(&Value::Null),
            &[],
            &["payment_intent", "charge"],
        ));
    }
    Happening::InvoicePaid {
        id: text(invoice, &["id"]).unwrap_or_default(),
        subscription,
        buyer: Buyer {
            customer: id_of(invoice.get("customer")),
            email: text(invoice, &["customer_email"]),
            name: text(invoice, &["customer_name"]),
        },
        billing_reason: text(invoice, &["billing_reason"]),
        lines,
        payments,
    }
}

fn checkout(session: &Value) -> Happening {
    let paid = matches!(
        text(session, &["payment_status"]).as_deref(),
        Some("paid" | "no_payment_required")
    );
    let metadata_item = text(session, &["metadata", "keywright_price"]).map(|price| {
        let quantity = text(session, &["metadata", "keywright_quantity"])
            .and_then(|q| q.parse().ok())
            .unwrap_or(1);
        (price, quantity)
    });
    Happening::Checkout {
        id: text(session, &["id"]).unwrap_or_default(),
        mode: text(session, &["mode"]).unwrap_or_default(),
        paid,
        subscription: id_of(session.get("subscription")),
        buyer: Buyer {
            customer: id_of(session.get("customer")),
            email: text(session, &["customer_details", "email"])
                .or_else(|| text(session, &["customer_email"])),
            name: text(session, &["customer_details", "name"]),
        },
        payments: references(session, &[], &["payment_intent", "invoice"]),
        metadata_item,
    }
}

/// Line items as Stripe's API lists them (`GET
/// /v1/checkout/sessions/{id}/line_items`): each line's price and quantity.
pub fn line_items(list_body: &Value) -> Vec<SourceItem> {
    priced_items(Some(list_body), |_| None)
}

/// The ids a payment may be known under: the object's own (`own`) and
/// those it names (`named`), alone or expanded.
fn references(object: &Value, own: &[&str], named: &[&str]) -> Vec<String> {
    let own = own.iter().filter_map(|field| text(object, &[field]));
    let named = named.iter().filter_map(|field| id_of(object.get(*field)));
    own.chain(named).collect()
}

/// The `data` of a Stripe list.
fn list(value: Option<&Value>) -> Vec<Value> {
    value
        .and_then(|v| v.get("data"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// An id, whether Stripe sent it alone or the object expanded.
fn id_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(id) if !id.is_empty() => Some(id.clone()),
        Value::Object(object) => object.get("id")?.as_str().map(str::to_string),
        _ => None,
    }
}

fn text(value: &Value, path: &[&str]) -> Option<String> {
    let found = path.iter().try_fold(value, |v, key| v.get(key))?;
    found.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

fn integer(value: &Value, path: &[&str]) -> Option<i64> {
    path.iter().try_fold(value, |v, key| v.get(key))?.as_i64()
}
