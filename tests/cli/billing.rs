//! The billing and email commands: connecting Stripe and email keeps every
//! secret in the key store and out of the database and all output; prices
//! map to plans; `billing apply` processes Stripe's events from a file as
//! delivered (cancellation, refunds, disputes, one-time payments from the
//! session's metadata); `license send` and `email deliver` go through a
//! real SMTP server; bad input is one sentence, exit 2, nothing written.

use serde_json::{Value, json};

use crate::stripe::{
    Purchase, SECRET, Shape, Smtp, body_of, checkout_payment, connect_and_sell_pro, customer,
    dispute, event, invoice_paid, now, set_up_email, subscription,
};
use crate::util::{Sandbox, end_of_utc_day, unix};

const DAY: i64 = 86_400;

/// The shop of `with_tenant` with plan `pro` (1y) sold at `price_pro`,
/// Stripe connected with `--on-cancel on_cancel`.
fn connected(on_cancel: &str) -> Sandbox {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--seats",
        "2",
        "--duration",
        "1y",
    ]);
    connect_and_sell_pro(&s, on_cancel);
    s
}

/// Applies `events` from a file; returns what became of each.
fn apply(s: &Sandbox, events: &[Value]) -> Vec<Value> {
    let lines: Vec<String> = events.iter().map(Value::to_string).collect();
    let file = s.file("events.jsonl", &lines.join("\n"));
    s.json(&["billing", "apply", &file])["items"]
        .as_array()
        .unwrap()
        .clone()
}

fn status_of(s: &Sandbox, key: &str) -> String {
    s.json(&["license", "show", key])["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn secrets_of_stripe_and_smtp_stay_in_the_key_store_and_out_of_the_database_and_output() {
    let s = connected("expire");
    let smtp = Smtp::start(s.path(), false);
    let password = "smtp-password-of-acme-0017";
    let api_key = "rk_test_0123456789abcdefghijklmnopqrstuvwxyz";
    s.cmd()
        .args(["billing", "stripe", "connect", "--api-key", "-"])
        .write_stdin(format!("{SECRET}\n{api_key}\n"))
        .assert()
        .success();
    let url = format!("smtp://licenses%40acme.example@127.0.0.1:{}", smtp.port);
    s.cmd()
        .args([
            "email",
            "setup",
            "--smtp",
            &url,
            "--from",
            "licenses@acme.example",
        ])
        .write_stdin(password)
        .assert()
        .success();
    let status = s.json(&["billing", "status"]);
    assert_eq!(status["has_stripe_secret"], true, "{status}");
    assert_eq!(status["has_api_key"], true, "{status}");
    let mut seen = s.snapshot();
    for args in [
        &["billing", "status"][..],
        &["billing", "status", "--json"],
        &["email", "list"],
        &["db", "status", "--json"],
        &["audit", "list", "--json"],
    ] {
        seen.push_str(&s.ok(args));
    }
    for secret in [SECRET, password, api_key] {
        assert!(!seen.contains(secret), "{secret} leaked");
    }
    // Each secret is some row's: none is an orphan for `doctor` to remove.
    s.ok(&["doctor"]);
    let refused = s.fails(
        &[
            "email",
            "setup",
            "--smtp",
            "smtp://u:pw@127.0.0.1:25",
            "--from",
            "a@b.example",
        ],
        2,
    );
    assert!(refused.contains("must not hold the password"), "{refused}");
}

#[test]
fn bad_connections_prices_and_event_files_are_refused_in_one_sentence_with_nothing_written() {
    let s = connected("expire");
    let before = s.snapshot();
    let refused = s
        .cmd()
        .args(["billing", "stripe", "connect"])
        .write_stdin("sk_live_not_a_webhook_secret\n")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let refused = String::from_utf8(refused).unwrap();
    assert!(refused.contains("starts with whsec_"), "{refused}");
    assert!(
        !refused.contains("sk_live"),
        "the refused secret is not echoed: {refused}"
    );
    for (args, says) in [
        (
            &["billing", "price", "add", "price_pro", "--product", "app"][..],
            "already exists",
        ),
        (
            &["billing", "price", "add", "price_x", "--product", "nope"],
            "no product 'nope'",
        ),
        (
            &["billing", "price", "add", "not-a-price", "--product", "app"],
            "not a Stripe price id",
        ),
        (
            &[
                "billing",
                "price",
                "add",
                "price_y",
                "--product",
                "app",
                "--plan",
                "gold",
            ],
            "no plan",
        ),
        (
            &["billing", "price", "remove", "price_unknown"],
            "no Stripe price 'price_unknown'",
        ),
        (
            &["billing", "apply", "/nonexistent/events.json"],
            "could not",
        ),
    ] {
        let code = if args[1] == "apply" { 1 } else { 2 };
        let said = s.fails(args, code);
        assert!(said.contains(says), "{args:?}: {said}");
    }
    let file = s.file("bad.jsonl", "{\"id\": \"evt_1\"}\nnot json\n");
    let said = s.fails(&["billing", "apply", &file], 2);
    assert!(
        said.contains("not a Stripe event") || said.contains("line 2"),
        "{said}"
    );
    assert_eq!(s.snapshot(), before, "nothing was written");
    let unconnected = Sandbox::with_tenant("ed25519");
    let file = unconnected.file(
        "one.jsonl",
        &event("evt_1", "customer.created", now(), json!({"id": "cus_1"})).to_string(),
    );
    let said = unconnected.fails(&["billing", "apply", &file], 2);
    assert!(said.contains("no Stripe account connected"), "{said}");
    assert!(said.contains("billing stripe connect"), "{said}");
}

#[test]
fn prices_map_to_plans_and_are_listed_and_removed() {
    let s = connected("expire");
    s.ok(&[
        "billing",
        "price",
        "add",
        "price_team",
        "--product",
        "app",
        "--plan",
        "pro",
        "--seats-per-unit",
        "5",
    ]);
    let prices = s.json(&["billing", "price", "list"])["items"].clone();
    assert_eq!(prices.as_array().unwrap().len(), 2, "{prices}");
    assert_eq!(prices[1]["price"], "price_team");
    assert_eq!(prices[1]["seats_per_unit"], 5);
    s.ok(&["billing", "price", "remove", "price_team"]);
    assert_eq!(
        s.json(&["billing", "price", "list"])["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let actions: Vec<String> = s.json(&["audit", "list", "--limit", "100"])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for action in [
        "billing.connected",
        "billing.price_added",
        "billing.price_removed",
    ] {
        assert!(actions.iter().any(|a| a == action), "{actions:?}");
    }
}

#[test]
fn cancellation_with_revoke_disputes_seats_and_one_time_payments_follow_the_events() {
    let s = connected("revoke");
    s.ok(&[
        "billing",
        "price",
        "add",
        "price_seats",
        "--product",
        "app",
        "--plan",
        "pro",
        "--seats-per-unit",
        "5",
    ]);
    let (t, end) = (now(), now() + 30 * DAY);
    let p = Purchase::new("cancel", "price_pro");
    let q = Purchase::new("seats", "price_seats");
    let applied = apply(
        &s,
        &[
            event("evt_c1", "customer.created", t, customer(&p)),
            event(
                "evt_s1",
                "customer.subscription.created",
                t + 1,
                subscription(Shape::Current, &p, "active", end, 1),
            ),
            event(
                "evt_i1",
                "invoice.paid",
                t + 2,
                invoice_paid(Shape::Current, &p, "in_cancel", "subscription_create", end),
            ),
            event("evt_c2", "customer.created", t, customer(&q)),
            event(
                "evt_s2",
                "customer.subscription.created",
                t + 1,
                subscription(Shape::Before2025, &q, "trialing", end, 3),
            ),
            event("evt_other", "invoice.created", t, json!({"id": "in_x"})),
        ],
    );
    let statuses: Vec<&str> = applied
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "applied", "applied", "applied", "applied", "applied", "ignored"
        ],
        "{applied:?}"
    );
    let cancel_key = applied[1]["licenses"][0].as_str().unwrap().to_string();
    let seats_key = applied[4]["licenses"][0].as_str().unwrap().to_string();
    let seats = s.json(&["license", "show", &seats_key]);
    assert_eq!(seats["limits"]["seats"], 15, "3 units of 5 seats: {seats}");
    assert_eq!(
        seats["trial"], true,
        "a trialing subscription's license is a trial"
    );

    // Three units become four: the seats follow.
    let more = apply(
        &s,
        &[event(
            "evt_s2b",
            "customer.subscription.updated",
            t + 5,
            subscription(Shape::Before2025, &q, "active", end, 4),
        )],
    );
    assert_eq!(more[0]["status"], "applied", "{more:?}");
    assert_eq!(
        s.json(&["license", "show", &seats_key])["limits"]["seats"],
        20
    );

    // A dispute of the invoice's payment suspends; cancelling revokes.
    let disputed = apply(
        &s,
        &[event(
            "evt_d1",
            "charge.dispute.created",
            t + 6,
            dispute("pi_in_cancel"),
        )],
    );
    assert_eq!(disputed[0]["status"], "applied", "{disputed:?}");
    assert_eq!(status_of(&s, &cancel_key), "suspended");
    let still = apply(
        &s,
        &[event(
            "evt_s1b",
            "customer.subscription.updated",
            t + 7,
            subscription(Shape::Current, &p, "active", end, 1),
        )],
    );
    assert_eq!(still[0]["status"], "applied");
    assert_eq!(
        status_of(&s, &cancel_key),
        "suspended",
        "a disputed payment holds it suspended"
    );
    apply(
        &s,
        &[event(
            "evt_end",
            "customer.subscription.deleted",
            t + 8,
            subscription(Shape::Current, &p, "canceled", end, 1),
        )],
    );
    assert_eq!(status_of(&s, &cancel_key), "revoked", "--on-cancel revoke");

    // A one-time payment without an API key: its metadata names the price.
    let session = checkout_payment(
        "cs_meta",
        "meta@example.com",
        json!({"keywright_price": "price_pro", "keywright_quantity": "1"}),
    );
    let once = apply(
        &s,
        &[event(
            "evt_once",
            "checkout.session.completed",
            t + 9,
            session.clone(),
        )],
    );
    assert_eq!(once[0]["status"], "applied", "{once:?}");
    let key = once[0]["licenses"][0].as_str().unwrap();
    let license = s.json(&["license", "show", key]);
    assert_eq!(license["customer"], "meta@example.com");
    let bare = checkout_payment("cs_bare", "bare@example.com", json!({}));
    let ignored = apply(
        &s,
        &[event("evt_bare", "checkout.session.completed", t + 9, bare)],
    );
    assert_eq!(ignored[0]["status"], "ignored");
    assert!(
        ignored[0]["reason"]
            .as_str()
            .unwrap()
            .contains("keywright_price"),
        "{ignored:?}"
    );
    let mut partial = crate::stripe::charge_refunded("pi_cs_meta");
    partial["refunded"] = json!(false);
    partial["amount_refunded"] = json!(10);
    let partial = apply(
        &s,
        &[event("evt_partial", "charge.refunded", t + 10, partial)],
    );
    assert_eq!(partial[0]["status"], "ignored");
    assert_eq!(status_of(&s, key), "active");

    let ignored = s.json(&["billing", "events", "--status", "ignored"])["items"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(ignored, 3);
    s.ok(&["audit", "verify"]);
}

#[test]
fn license_send_mails_through_smtp_and_email_deliver_retries_what_a_server_refused() {
    let s = connected("expire");
    let key = s.issue_key(&[]);
    let said = s.fails(&["license", "send", &key], 2);
    assert!(said.contains("no email set up"), "{said}");
    assert!(said.contains("email setup"), "{said}");

    let refusing = Smtp::start(s.path(), true);
    set_up_email(&s, &refusing, &[]);
    s.ok(&["license", "send", &key, "--to", "ops@example.com"]);
    let queued = s.json(&["email", "list"])["items"].clone();
    assert_eq!(queued[0]["status"], "pending", "{queued}");
    assert!(
        queued[0]["last_error"].as_str().unwrap().contains("451"),
        "{queued}"
    );
    let out = s.cmd().args(["email", "deliver"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("not taken by the SMTP server"), "{said}");

    let smtp = Smtp::start(s.path(), false);
    set_up_email(&s, &smtp, &[]);
    s.ok(&["email", "deliver"]);
    let sent = smtp.messages();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0]["to"], json!(["ops@example.com"]));
    assert!(body_of(&sent[0]).contains(&key));
    assert_eq!(s.json(&["email", "list"])["items"][0]["status"], "sent");

    // The tenant's own template; one naming what keywright does not know is refused.
    let template = s.file(
        "mail.txt",
        "Subject: {{tenant}}: your key\n\nKey {{key}} for {{customer}}, until {{expires}}.\n",
    );
    set_up_email(&s, &smtp, &["--template", &template]);
    s.ok(&["license", "send", &key]);
    let mine = &smtp.messages()[1];
    assert_eq!(mine["to"], json!(["ada@example.com"]));
    assert!(
        mine["text"]
            .as_str()
            .unwrap()
            .contains("Subject: Acme: your key"),
        "{mine}"
    );
    assert!(
        body_of(mine).contains(&format!("Key {key} for ada@example.com, until no expiry.")),
        "{mine}"
    );
    let bad = s.file("bad.txt", "Subject: hi\n\n{{password}}\n");
    let said = s.fails(
        &[
            "email",
            "setup",
            "--smtp",
            &smtp.url(),
            "--from",
            "licenses@acme.example",
            "--template",
            &bad,
        ],
        2,
    );
    assert!(said.contains("{{password}}"), "{said}");
    s.ok(&["email", "test", "someone@example.com"]);
    assert_eq!(smtp.messages().len(), 3);
}

#[test]
fn an_event_that_cannot_apply_is_recorded_failed_with_nothing_kept_and_tried_again_when_redelivered()
 {
    let s = connected("expire");
    s.ok(&["product", "deactivate", "app"]);
    let p = Purchase::new("fail", "price_pro");
    let (t, end) = (now(), now() + 30 * DAY);
    let customer_event = event("evt_fc", "customer.created", t, customer(&p));
    let created = event(
        "evt_fs",
        "customer.subscription.created",
        t + 1,
        subscription(Shape::Current, &p, "active", end, 1),
    );
    let first = apply(&s, &[customer_event, created.clone()]);
    assert_eq!(first[1]["status"], "failed", "{first:?}");
    assert!(
        first[1]["reason"].as_str().unwrap().contains("app"),
        "{first:?}"
    );
    assert_eq!(s.json(&["license", "list"])["items"], json!([]));
    let customers = s.ok(&["customer", "list"]);
    assert!(
        !customers.contains(&p.email),
        "the customer made for it was rolled back too"
    );

    s.ok(&["product", "activate", "app"]);
    let again = apply(&s, std::slice::from_ref(&created));
    assert_eq!(again[0]["status"], "applied", "{again:?}");
    let once_more = apply(&s, &[created]);
    assert_eq!(once_more[0]["status"], "duplicate", "{once_more:?}");
    assert_eq!(
        s.json(&["license", "list"])["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A renewal from Stripe follows the license's renewal basis: by default
/// (and with `expiry`) the license runs to the end of the period paid;
/// with `now`, one period from the payment. Each period renews it once,
/// however often its invoice is delivered.
#[test]
fn renewals_from_stripe_follow_the_license_s_renewal_basis_once_a_period() {
    let s = connected("expire");
    s.ok(&[
        "plan",
        "create",
        "app",
        "flex",
        "--duration",
        "1y",
        "--renew-from",
        "now",
    ]);
    s.ok(&[
        "billing",
        "price",
        "add",
        "price_flex",
        "--product",
        "app",
        "--plan",
        "flex",
    ]);
    let (t, end) = (now(), now() + 30 * DAY);
    let (pro, flex) = (
        Purchase::new("pro", "price_pro"),
        Purchase::new("flex", "price_flex"),
    );
    let mut keys = Vec::new();
    for p in [&pro, &flex] {
        let tag = &p.item;
        let applied = apply(
            &s,
            &[
                event(&format!("evt_c_{tag}"), "customer.created", t, customer(p)),
                event(
                    &format!("evt_s_{tag}"),
                    "customer.subscription.created",
                    t + 1,
                    subscription(Shape::Current, p, "active", end, 1),
                ),
            ],
        );
        keys.push(applied[1]["licenses"][0].as_str().unwrap().to_string());
    }
    let expires = |key: &str| unix(&s.json(&["license", "show", key])["expires"]);
    assert_eq!(
        (expires(&keys[0]), expires(&keys[1])),
        (end_of_utc_day(end), end_of_utc_day(end))
    );
    // Both renew early, for the next period.
    let next = end + 30 * DAY;
    let renewals = |round: &str| {
        [&pro, &flex]
            .iter()
            .map(|p| {
                event(
                    &format!("evt_i_{}_{round}", p.item),
                    "invoice.paid",
                    t + 10,
                    invoice_paid(
                        Shape::Current,
                        p,
                        &format!("in_{}", p.item),
                        "subscription_cycle",
                        next,
                    ),
                )
            })
            .collect::<Vec<_>>()
    };
    apply(&s, &renewals("first"));
    assert_eq!(
        expires(&keys[0]),
        end_of_utc_day(next),
        "pro runs to the period's end"
    );
    assert_eq!(
        expires(&keys[1]),
        end_of_utc_day(now() + 30 * DAY),
        "flex runs one period from the payment"
    );
    let versions = |key: &str| s.json(&["license", "show", key])["version"].clone();
    let before = (versions(&keys[0]), versions(&keys[1]));
    apply(&s, &renewals("again"));
    assert_eq!(
        (versions(&keys[0]), versions(&keys[1])),
        before,
        "a period renews once"
    );
    s.ok(&["audit", "verify"]);
}
