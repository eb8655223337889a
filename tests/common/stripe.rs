//! Stripe in the billing tests: events built from Stripe's published
//! example objects (tests/fixtures/stripe), in the API shape before its 2025
//! versions and in the current one; signatures made and judged by Stripe's
//! own Python package; and a real SMTP server that keeps what it receives.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use serde_json::{Value, json};

use crate::util::{Sandbox, python, repo_file};

/// The shape of Stripe's objects: before its 2025 API versions, or now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Before2025,
    Current,
}

pub const SHAPES: [Shape; 2] = [Shape::Before2025, Shape::Current];

/// The webhook signing secret the tests connect.
pub const SECRET: &str = "whsec_test0123456789abcdefghijklmnopqrstuv";

/// Connects Stripe for tenant `acme` of `s` (`--on-cancel on_cancel`)
/// and sells its plan `pro` of product `app` at the price `price_pro`.
pub fn connect_and_sell_pro(s: &Sandbox, on_cancel: &str) {
    s.cmd()
        .args(["billing", "stripe", "connect", "--on-cancel", on_cancel])
        .write_stdin(format!("{SECRET}\n"))
        .assert()
        .success();
    s.ok(&[
        "billing",
        "price",
        "add",
        "price_pro",
        "--product",
        "app",
        "--plan",
        "pro",
    ]);
}

/// Sends tenant `acme`'s license emails through `smtp`.
pub fn set_up_email(s: &Sandbox, smtp: &Smtp, extra: &[&str]) {
    let url = smtp.url();
    let args = [
        &[
            "email",
            "setup",
            "--smtp",
            &url,
            "--from",
            "Acme <licenses@acme.example>",
        ][..],
        extra,
    ]
    .concat();
    s.ok(&args);
}

/// The time now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// One buyer's subscription to one price.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub subscription: String,
    pub customer: String,
    pub item: String,
    pub price: String,
    pub email: String,
}

impl Purchase {
    /// A purchase of `price` whose ids end in `tag`.
    pub fn new(tag: &str, price: &str) -> Purchase {
        Purchase {
            subscription: format!("sub_{tag}"),
            customer: format!("cus_{tag}"),
            item: format!("si_{tag}"),
            price: price.to_string(),
            email: format!("buyer-{tag}@example.com"),
        }
    }
}

/// One of Stripe's published example objects.
pub fn fixture(name: &str) -> Value {
    let path = repo_file(&format!("tests/fixtures/stripe/{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An event as Stripe delivers it.
pub fn event(id: &str, kind: &str, created: i64, object: Value) -> Value {
    json!({
        "id": id, "object": "event", "api_version": "2025-03-31.basil", "created": created,
        "type": kind, "livemode": false, "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null},
        "data": {"object": object},
    })
}

/// The subscription of `p` in `status`, its period ending at `period_end`.
pub fn subscription(
    shape: Shape,
    p: &Purchase,
    status: &str,
    period_end: i64,
    quantity: i64,
) -> Value {
    let mut s = fixture("subscription");
    s["id"] = json!(p.subscription);
    s["customer"] = json!(p.customer);
    s["status"] = json!(status);
    s["current_period_start"] = json!(period_end - 30 * 86_400);
    s["current_period_end"] = json!(period_end);
    let item = &mut s["items"]["data"][0];
    item["id"] = json!(p.item);
    item["subscription"] = json!(p.subscription);
    item["price"]["id"] = json!(p.price);
    item["quantity"] = json!(quantity);
    if shape == Shape::Current {
        // Since 2025 the period is on each item.
        let object = s.as_object_mut().unwrap();
        let start = object.remove("current_period_start").unwrap();
        let end = object.remove("current_period_end").unwrap();
        let item = &mut s["items"]["data"][0];
        item["current_period_start"] = start;
        item["current_period_end"] = end;
    }
    s
}

/// The paid invoice of `p` for the period ending at `period_end`.
pub fn invoice_paid(shape: Shape, p: &Purchase, id: &str, reason: &str, period_end: i64) -> Value {
    let mut invoice = fixture("invoice");
    invoice["id"] = json!(id);
    invoice["customer"] = json!(p.customer);
    invoice["customer_email"] = json!(p.email);
    invoice["billing_reason"] = json!(reason);
    invoice["status"] = json!("paid");
    invoice["paid"] = json!(true);
    invoice["payment_intent"] = json!(format!("pi_{id}"));
    invoice["subscription"] = json!(p.subscription);
    let line = &mut invoice["lines"]["data"][0];
    line["type"] = json!("subscription");
    line["subscription"] = json!(p.subscription);
    line["subscription_item"] = json!(p.item);
    line["price"]["id"] = json!(p.price);
    line["price"]["type"] = json!("recurring");
    line["period"] = json!({"start": period_end - 30 * 86_400, "end": period_end});
    if shape == Shape::Current {
        // Since 2025: the subscription under `parent`, each line's item
        // under its `parent` and its price under `pricing`.
        let object = invoice.as_object_mut().unwrap();
        object.remove("subscription");
        object.remove("payment_intent");
        object.remove("charge");
        object.insert(
            "parent".into(),
            json!({"type": "subscription_details", "quote_details": null,
                   "subscription_details": {"subscription": p.subscription, "metadata": {}}}),
        );
        object.insert(
            "payments".into(),
            json!({"object": "list", "data": [{"object": "invoice_payment",
                   "payment": {"type": "payment_intent", "payment_intent": format!("pi_{id}")}}]}),
        );
        let line = invoice["lines"]["data"][0].as_object_mut().unwrap();
        let price = line.remove("price").unwrap();
        line.remove("subscription");
        line.remove("subscription_item");
        line.insert(
            "parent".into(),
            json!({"type": "subscription_item_details", "invoice_item_details": null,
                   "subscription_item_details": {"subscription": p.subscription,
                       "subscription_item": p.item, "proration": false}}),
        );
        line.insert(
            "pricing".into(),
            json!({"type": "price_details", "unit_amount_decimal": "2000",
                   "price_details": {"price": price["id"], "product": price["product"]}}),
        );
    }
    invoice
}

/// The completed checkout that started `p`.
pub fn checkout_subscription(p: &Purchase) -> Value {
    let mut session = fixture("checkout_session");
    session["id"] = json!(format!("cs_{}", p.subscription));
    session["mode"] = json!("subscription");
    session["status"] = json!("complete");
    session["payment_status"] = json!("paid");
    session["subscription"] = json!(p.subscription);
    session["customer"] = json!(p.customer);
    session["customer_details"]["email"] = json!(p.email);
    session["customer_details"]["name"] = json!("Grace Hopper");
    session["payment_intent"] = Value::Null;
    session
}

/// A completed one-time payment's checkout session.
pub fn checkout_payment(id: &str, email: &str, metadata: Value) -> Value {
    let mut session = fixture("checkout_session");
    session["id"] = json!(id);
    session["status"] = json!("complete");
    session["payment_status"] = json!("paid");
    session["customer_details"]["email"] = json!(email);
    session["payment_intent"] = json!(format!("pi_{id}"));
    session["metadata"] = metadata;
    session
}

/// The Stripe customer of `p`.
pub fn customer(p: &Purchase) -> Value {
    let mut c = fixture("customer");
    c["id"] = json!(p.customer);
    c["email"] = json!(p.email);
    c["name"] = json!("Grace Hopper");
    c
}

/// A charge of `payment_intent` refunded in full.
pub fn charge_refunded(payment_intent: &str) -> Value {
    let mut c = fixture("charge");
    c["payment_intent"] = json!(payment_intent);
    c["amount_refunded"] = c["amount"].clone();
    c["refunded"] = json!(true);
    c
}

/// A dispute of a charge of `payment_intent`.
pub fn dispute(payment_intent: &str) -> Value {
    let mut d = fixture("dispute");
    d["payment_intent"] = json!(payment_intent);
    d
}

fn stripe_python(mode: &[&str], request: &Value) -> String {
    let mut child = python("tests/interop/stripe_verify.py")
        .args(mode)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(request.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the stripe package failed");
    String::from_utf8(out.stdout).unwrap()
}

/// The `Stripe-Signature` header Stripe's own code makes for `payload`.
pub fn stripe_header(secret: &str, timestamp: i64, payload: &str) -> String {
    let request = json!({"secret": secret, "timestamp": timestamp, "payload": payload});
    stripe_python(&["sign"], &request).trim().to_string()
}

/// Stripe's own verdict on each (payload, header), now.
pub fn stripe_verdicts(secret: &str, tolerance: i64, cases: &[(String, String)]) -> Vec<bool> {
    let cases: Vec<Value> = cases
        .iter()
        .map(|(payload, header)| json!({"payload": payload, "header": header}))
        .collect();
    let request = json!({"secret": secret, "tolerance": tolerance, "cases": cases});
    stripe_python(&[], &request)
        .lines()
        .map(|line| line == "valid")
        .collect()
}

/// A real SMTP server on loopback (aiosmtpd) that keeps each message.
pub struct Smtp {
    child: Child,
    pub port: u16,
    file: PathBuf,
}

impl Smtp {
    /// Starts a server keeping messages in `dir`; with `refuse`, one that
    /// answers every message with a temporary failure.
    pub fn start(dir: &Path, refuse: bool) -> Smtp {
        let file = dir.join(format!("mail-{}.jsonl", std::process::id()));
        let mut cmd = python("tests/interop/smtp_server.py");
        cmd.arg(&file);
        if refuse {
            cmd.arg("--refuse");
        }
        let mut child = cmd.stdout(Stdio::piped()).spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("listening ")
            .unwrap_or_else(|| panic!("the SMTP server did not start: {line}"))
            .parse()
            .unwrap();
        Smtp { child, port, file }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages received so far.
    pub fn messages(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.file)
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A message's body as sent (quoted-printable soft breaks joined).
pub fn body_of(message: &Value) -> String {
    message["text"]
        .as_str()
        .unwrap()
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}
