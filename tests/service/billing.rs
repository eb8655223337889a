//! Payments drive licenses, over real HTTP: Stripe's deliveries (events
//! built from Stripe's published example objects, in both API shapes)
//! create one license per purchase, mailed to the buyer through a real
//! SMTP server, renewed each period, suspended while payment is owed and
//! reinstated when paid, whatever order and however often they arrive;
//! signatures are judged as Stripe's own verifier judges them; a kill
//! between receipt and commit leaves the retry to land once.

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::server::{Reply, Server, eventually, shop};
use crate::stripe::{
    Purchase, SECRET, SHAPES, Shape, Smtp, body_of, checkout_payment, checkout_subscription,
    connect_and_sell_pro, customer, event, fixture, invoice_paid, now, set_up_email, stripe_header,
    stripe_verdicts, subscription,
};
use crate::util::Sandbox;
use crate::webhooks::Receiver;

const DAY: i64 = 86_400;
const PATH: &str = "/v1/tenants/acme/billing/stripe";

/// The `Stripe-Signature` header of `body` at `t` under `secret`.
fn header(secret: &str, t: i64, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{body}").as_bytes());
    let v1: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={t},v1={v1}")
}

/// Delivers `event` as Stripe does: the raw body, signed now.
fn deliver(server: &Server, event: &Value) -> Reply {
    let body = event.to_string();
    post(server, &body, Some(&header(SECRET, now(), &body)))
}

fn post(server: &Server, body: &str, signature: Option<&str>) -> Reply {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut request = agent
        .post(&server.url(PATH))
        .header("content-type", "application/json");
    if let Some(signature) = signature {
        request = request.header("stripe-signature", signature);
    }
    let mut response = request.send(body.as_bytes()).unwrap();
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    Reply {
        status,
        json: serde_json::from_str(&text).unwrap_or(Value::Null),
        text,
        headers: response.headers().clone(),
    }
}

/// Delivers `event` and checks what became of it.
fn expect(server: &Server, event: &Value, status: &str) -> Value {
    let reply = deliver(server, event);
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json["status"], status, "{}", reply.text);
    reply.json
}

/// The shop of `shop()` selling plan `pro` at price `price_pro`, Stripe
/// connected (`on_cancel`), email through a real SMTP server.
fn billing_shop(on_cancel: &str) -> (Sandbox, Smtp) {
    let s = shop();
    connect_and_sell_pro(&s, on_cancel);
    let smtp = Smtp::start(s.path(), false);
    set_up_email(&s, &smtp, &[]);
    (s, smtp)
}

fn licenses(s: &Sandbox) -> Vec<Value> {
    s.json(&["license", "list"])["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// The expiry keywright gives a period ending at `at`: the end of that day
/// in the tenant's zone (UTC here).
fn end_of_day(at: i64) -> i64 {
    (at / DAY + 1) * DAY
}

fn expires(license: &Value) -> i64 {
    crate::util::unix(&license["expires"])
}

fn events(s: &Sandbox, extra: &[&str]) -> Vec<Value> {
    let args = [&["billing", "events", "--limit", "1000"][..], extra].concat();
    s.json(&args)["items"].as_array().unwrap().clone()
}

#[test]
fn a_purchase_makes_one_license_mailed_once_renewed_suspended_reinstated_and_left_to_run_out() {
    for shape in SHAPES {
        let (s, smtp) = billing_shop("expire");
        let (receiver, _) = Receiver::for_acme(&s, true);
        let server = Server::start(&s);
        let p = Purchase::new("life", "price_pro");
        let (t, first_end) = (now(), now() + 30 * DAY);
        let live = |status| subscription(shape, &p, status, first_end, 1);

        expect(
            &server,
            &event(
                "evt_checkout",
                "checkout.session.completed",
                t,
                checkout_subscription(&p),
            ),
            "applied",
        );
        let created = expect(
            &server,
            &event(
                "evt_created",
                "customer.subscription.created",
                t + 1,
                live("active"),
            ),
            "applied",
        );
        assert_eq!(
            created["licenses"].as_array().unwrap().len(),
            1,
            "{shape:?}: {created}"
        );
        expect(
            &server,
            &event(
                "evt_first_invoice",
                "invoice.paid",
                t + 2,
                invoice_paid(shape, &p, "in_first", "subscription_create", first_end),
            ),
            "applied",
        );
        expect(
            &server,
            &event("evt_customer", "customer.created", t + 3, customer(&p)),
            "applied",
        );

        let all = licenses(&s);
        assert_eq!(
            all.len(),
            1,
            "{shape:?}: one purchase, one license: {all:?}"
        );
        let key = all[0]["key"].as_str().unwrap().to_string();
        assert_eq!(all[0]["customer"], p.email.as_str());
        assert_eq!(all[0]["plan"], "pro");
        assert_eq!(
            expires(&all[0]),
            end_of_day(first_end),
            "{shape:?}: {}",
            all[0]
        );

        eventually(20, "the license email", || smtp.messages().len() == 1);
        let message = &smtp.messages()[0];
        assert_eq!(message["to"], json!([p.email]));
        let body = body_of(message);
        assert!(body.contains(&key), "{body}");
        let token = s.ok(&["license", "token", &key]);
        assert!(
            body.replace('\n', "").contains(token.trim()),
            "the email carries the token: {body}"
        );

        let next_end = first_end + 30 * DAY;
        let renewed = expect(
            &server,
            &event(
                "evt_cycle",
                "invoice.paid",
                t + 10,
                invoice_paid(shape, &p, "in_cycle", "subscription_cycle", next_end),
            ),
            "applied",
        );
        assert!(
            renewed["reason"].as_str().unwrap().contains("renewed"),
            "{renewed}"
        );
        let shown = s.json(&["license", "show", &key]);
        assert_eq!(expires(&shown), end_of_day(next_end), "{shown}");

        // Payment owed suspends, paid again reinstates, cancelled with
        // `--on-cancel expire` leaves it running to the period's end.
        let steps = [
            (
                "evt_past_due",
                "customer.subscription.updated",
                "past_due",
                "suspended",
            ),
            (
                "evt_paid_again",
                "customer.subscription.updated",
                "active",
                "active",
            ),
            (
                "evt_deleted",
                "customer.subscription.deleted",
                "canceled",
                "active",
            ),
        ];
        for (at, (id, kind, status, then)) in (t + 11..).zip(steps) {
            let object = subscription(shape, &p, status, next_end, 1);
            expect(&server, &event(id, kind, at, object), "applied");
            assert_eq!(s.json(&["license", "show", &key])["status"], then, "{id}");
        }
        let shown = s.json(&["license", "show", &key]);
        assert_eq!(
            shown["status"], "active",
            "--on-cancel expire lets it run to the period's end"
        );
        assert_eq!(expires(&shown), end_of_day(next_end));

        let audit = s.json(&["audit", "list", "--limit", "100"]);
        let actors: Vec<&str> = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["actor"].as_str())
            .collect();
        for actor in [
            "stripe:evt_created",
            "stripe:evt_cycle",
            "stripe:evt_past_due",
            "stripe:evt_paid_again",
        ] {
            assert!(
                actors.contains(&actor),
                "{shape:?}: no entry by {actor}: {actors:?}"
            );
        }
        eventually(20, "the tenant's webhooks", || {
            receiver.received.lock().unwrap().len() >= 4
        });
        let events: Vec<String> = receiver
            .received
            .lock()
            .unwrap()
            .iter()
            .map(|(_, body)| body["event"].as_str().unwrap().to_string())
            .collect();
        for name in [
            "license.issued",
            "license.renewed",
            "license.suspended",
            "license.reinstated",
        ] {
            assert!(
                events.iter().any(|e| e == name),
                "{shape:?}: no {name} webhook: {events:?}"
            );
        }
        std::thread::sleep(Duration::from_millis(1500));
        assert_eq!(
            smtp.messages().len(),
            1,
            "{shape:?}: the license was mailed once"
        );
    }
}

#[test]
fn events_out_of_order_repeated_or_concurrent_take_effect_once() {
    let (s, _smtp) = billing_shop("expire");
    let server = Arc::new(Server::start(&s));
    let p = Purchase::new("late", "price_pro");
    let (t, end) = (now(), now() + 60 * DAY);
    let shape = Shape::Current;
    // Stripe delivers the newest first: the renewal's invoice, then the
    // subscription's update, its creation, and the customer.
    expect(
        &server,
        &event(
            "evt_4",
            "invoice.paid",
            t + 4,
            invoice_paid(shape, &p, "in_4", "subscription_cycle", end),
        ),
        "applied",
    );
    expect(
        &server,
        &event(
            "evt_3",
            "customer.subscription.updated",
            t + 3,
            subscription(shape, &p, "past_due", end - 30 * DAY, 1),
        ),
        "ignored",
    );
    expect(
        &server,
        &event(
            "evt_2",
            "customer.subscription.created",
            t + 2,
            subscription(shape, &p, "active", end - 30 * DAY, 1),
        ),
        "ignored",
    );
    expect(
        &server,
        &event("evt_1", "customer.created", t + 1, customer(&p)),
        "applied",
    );
    let all = licenses(&s);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        all[0]["status"], "active",
        "the older past_due changed nothing"
    );
    assert_eq!(expires(&all[0]), end_of_day(end));
    expect(
        &server,
        &event(
            "evt_4",
            "invoice.paid",
            t + 4,
            invoice_paid(shape, &p, "in_4", "subscription_cycle", end),
        ),
        "duplicate",
    );

    // The same delivery eight times at once: one effect.
    let q = Purchase::new("rush", "price_pro");
    expect(
        &server,
        &event("evt_rush_customer", "customer.created", t, customer(&q)),
        "applied",
    );
    let rush = event(
        "evt_rush",
        "customer.subscription.created",
        t + 1,
        subscription(shape, &q, "active", end, 1),
    );
    let statuses: Vec<String> = std::thread::scope(|threads| {
        let handles: Vec<_> = (0..8)
            .map(|_| threads.spawn(|| deliver(&server, &rush)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                let reply = h.join().unwrap();
                assert_eq!(reply.status, 200, "{}", reply.text);
                reply.json["status"].as_str().unwrap().to_string()
            })
            .collect()
    });
    assert_eq!(
        statuses.iter().filter(|s| *s == "applied").count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| *s == "duplicate").count(),
        7,
        "{statuses:?}"
    );
    assert_eq!(licenses(&s).len(), 2);
    let recorded = events(&s, &["--status", "duplicate"]);
    assert_eq!(recorded.len(), 8, "{recorded:?}");
}

#[test]
fn deliveries_are_judged_as_stripe_s_own_verifier_judges_them_and_refused_ones_write_nothing() {
    let (s, _smtp) = billing_shop("expire");
    let server = Server::start(&s);
    let p = Purchase::new("sig", "price_pro");
    let payload = event("evt_sig", "customer.created", now(), customer(&p)).to_string();
    let other = event("evt_other", "customer.created", now(), customer(&p)).to_string();
    let t = now();
    let good = stripe_header(SECRET, t, &payload);
    let v1 = good.split("v1=").nth(1).unwrap().to_string();
    let forged = stripe_header("whsec_not_the_secret_of_this_endpoint_at_all", t, &payload);
    let cases: Vec<(String, String)> = vec![
        (payload.clone(), good.clone()),
        (payload.clone(), forged.clone()),
        (other.clone(), good.clone()),
        (payload.clone(), stripe_header(SECRET, t - 400, &payload)),
        (payload.clone(), stripe_header(SECRET, t + 400, &payload)),
        (
            payload.clone(),
            format!("t={t},v1={},v1={v1}", "ab".repeat(32)),
        ),
        (payload.clone(), format!("t={t},v0={v1}")),
        (payload.clone(), format!("v1={v1}")),
        (payload.clone(), String::from("garbage")),
        (payload.clone(), format!("t={t},v1={}", &v1[..40])),
    ];
    let verdicts = stripe_verdicts(SECRET, 300, &cases);
    assert_eq!(
        verdicts,
        [
            true, false, false, false, true, true, false, false, false, false
        ]
    );
    // Stripe's verifier takes a timestamp any time ahead; keywright holds
    // one ahead to the same tolerance as one behind (a clock set wrong).
    let keywright = [
        true, false, false, false, false, true, false, false, false, false,
    ];
    let mut accepted = 0;
    for ((body, signature), valid) in cases.iter().zip(&keywright) {
        let reply = post(&server, body, Some(signature));
        if *valid {
            assert_eq!(reply.status, 200, "{signature}: {}", reply.text);
            accepted += 1;
        } else {
            assert_eq!(reply.status, 400, "{signature}: {}", reply.text);
            assert_eq!(reply.error_code(), "bad_signature");
        }
    }
    let unsigned = post(&server, &payload, None);
    assert_eq!(unsigned.status, 400, "{}", unsigned.text);
    // An oversized body is refused before it is read, signed or not.
    let huge = server.send_raw_body(PATH, 2 * 1024 * 1024);
    assert!(huge.starts_with("HTTP/1.1 413"), "{huge}");
    let recorded = events(&s, &[]);
    assert_eq!(recorded.len(), accepted, "{recorded:?}");
}

#[test]
fn a_rolled_secret_keeps_the_previous_one_valid_for_stripe_s_overlap() {
    let (s, _smtp) = billing_shop("expire");
    let server = Server::start(&s);
    let next = "whsec_rolled0123456789abcdefghijklmnopqrs";
    s.cmd()
        .args(["billing", "stripe", "connect"])
        .write_stdin(next)
        .assert()
        .success();
    let status = s.json(&["billing", "status"]);
    assert_eq!(status["has_stripe_secret"], true);
    assert_eq!(status["has_previous_secret"], true);
    let overlap = crate::util::unix(&status["previous_until"]) - now();
    assert!((24 * 3600 - 60..=24 * 3600).contains(&overlap), "{status}");
    let p = Purchase::new("roll", "price_pro");
    let body = event("evt_old_secret", "customer.created", now(), customer(&p)).to_string();
    assert_eq!(
        post(&server, &body, Some(&header(SECRET, now(), &body))).status,
        200
    );
    let body = event("evt_new_secret", "customer.created", now(), customer(&p)).to_string();
    assert_eq!(
        post(&server, &body, Some(&header(next, now(), &body))).status,
        200
    );
    let shown = s.ok(&["billing", "status"]);
    assert!(!shown.contains("whsec_"), "{shown}");
}

#[test]
fn a_one_time_payment_reads_its_line_items_from_stripe_s_api_and_a_refund_suspends_it() {
    let (s, smtp) = billing_shop("expire");
    s.ok(&["plan", "create", "app", "once", "--duration", "1y"]);
    s.ok(&[
        "billing",
        "price",
        "add",
        "price_1MHYfDD0nOFZ7cKLiXbDychg",
        "--product",
        "app",
        "--plan",
        "once",
    ]);
    let api = StandIn::start();
    s.cmd()
        .args([
            "billing",
            "stripe",
            "connect",
            "--api-key",
            "-",
            "--api-base",
            &api.base,
        ])
        .write_stdin(format!("{SECRET}\nrk_test_restricted_key_for_line_items\n"))
        .assert()
        .success();
    let server = Server::start(&s);
    let session = checkout_payment("cs_once", "once@example.com", json!({}));
    let applied = expect(
        &server,
        &event(
            "evt_paid_once",
            "checkout.session.completed",
            now(),
            session,
        ),
        "applied",
    );
    assert_eq!(
        api.asked.lock().unwrap().as_slice(),
        [
            "/v1/checkout/sessions/cs_once/line_items?limit=100 Bearer rk_test_restricted_key_for_line_items"
        ]
    );
    let key = applied["licenses"][0].as_str().unwrap().to_string();
    let shown = s.json(&["license", "show", &key]);
    assert_eq!(shown["plan"], "once");
    let year = expires(&shown) - now();
    assert!((364 * DAY..=367 * DAY).contains(&year), "{shown}");
    eventually(20, "the license email", || smtp.messages().len() == 1);
    let refund = crate::stripe::charge_refunded("pi_cs_once");
    expect(
        &server,
        &event("evt_refund", "charge.refunded", now(), refund),
        "applied",
    );
    assert_eq!(s.json(&["license", "show", &key])["status"], "suspended");
}

#[test]
fn a_kill_between_receipt_and_commit_leaves_stripe_s_retry_to_land_once() {
    let (s, _smtp) = billing_shop("expire");
    let server = Server::start(&s);
    let end = now() + 30 * DAY;
    let deliveries: Vec<Value> = (0..40)
        .flat_map(|i| {
            let p = Purchase::new(&format!("k{i}"), "price_pro");
            [
                event(
                    &format!("evt_c{i}"),
                    "customer.created",
                    now(),
                    customer(&p),
                ),
                event(
                    &format!("evt_s{i}"),
                    "customer.subscription.created",
                    now() + 1,
                    subscription(Shape::Before2025, &p, "active", end, 1),
                ),
            ]
        })
        .collect();
    let bodies: Arc<Vec<String>> = Arc::new(deliveries.iter().map(Value::to_string).collect());
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let answered = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let senders: Vec<_> = (0..4)
        .map(|_| {
            let (bodies, next, answered) = (bodies.clone(), next.clone(), answered.clone());
            let url = server.url(PATH);
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                let mut refused = 0;
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(body) = bodies.get(i) else {
                        return refused;
                    };
                    let sent = agent
                        .post(&url)
                        .header("stripe-signature", &header(SECRET, now(), body))
                        .send(body.as_bytes());
                    if matches!(sent, Ok(r) if r.status() == 200) {
                        answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    } else {
                        refused += 1;
                    }
                }
            })
        })
        .collect();
    eventually(30, "the first deliveries", || {
        answered.load(std::sync::atomic::Ordering::SeqCst) >= 12
    });
    server.kill();
    let unanswered: usize = senders.into_iter().map(|t| t.join().unwrap()).sum();
    assert!(unanswered > 0, "the kill came too late to test anything");
    // Stripe delivers again whatever was not answered 200 (and, as it may,
    // some that were).
    let server = Server::start(&s);
    for delivery in &deliveries {
        let reply = deliver(&server, delivery);
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
    assert_eq!(licenses(&s).len(), 40, "one license per subscription");
    let first = events(&s, &[])
        .into_iter()
        .filter(|e| e["status"] != "duplicate")
        .count();
    assert_eq!(first, 80, "each event took effect once");
    s.ok(&["audit", "verify"]);
}

/// A local server standing in for Stripe's API: answers the line items of
/// a checkout session with Stripe's published example line item.
struct StandIn {
    base: String,
    asked: Arc<std::sync::Mutex<Vec<String>>>,
}

impl StandIn {
    fn start() -> StandIn {
        use axum::extract::State;
        use axum::http::HeaderMap;
        use axum::http::Uri;
        let asked: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
        async fn line_items(
            State(asked): State<Arc<std::sync::Mutex<Vec<String>>>>,
            uri: Uri,
            headers: HeaderMap,
        ) -> axum::Json<Value> {
            let auth = headers["authorization"].to_str().unwrap().to_string();
            asked.lock().unwrap().push(format!("{uri} {auth}"));
            axum::Json(
                json!({"object": "list", "data": [fixture("item")], "has_more": false,
                "url": "/v1/checkout/sessions/cs_once/line_items"}),
            )
        }
        let app = axum::Router::new()
            .route(
                "/v1/checkout/sessions/{id}/line_items",
                axum::routing::get(line_items),
            )
            .with_state(asked.clone());
        let base = format!("http://{}", crate::server::serve_locally(app));
        StandIn { base, asked }
    }
}
