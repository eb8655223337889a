//! Usage meters over real HTTP (docs/policies.md): reports from sixteen
//! connections at once are each counted exactly once (group-committed,
//! none answered before its commit); a report past the limit and its
//! overage is refused `USAGE_EXCEEDED` and counts nothing; a monthly
//! meter's period ends at the start of next month; the reply is signed
//! with the meter in it; `license usage` shows and resets a meter, and
//! `export usage` writes every meter's use as CSV and JSON.

use std::sync::Arc;

use base64::Engine;
use serde_json::{Value, json};

use crate::server::{Server, shop};

const PATH: &str = "/v1/tenants/acme/licenses/usage";

fn report(server: &Server, key: &str, meter: &str, increment: i64) -> Value {
    let reply = server.call(
        "POST",
        PATH,
        None,
        Some(&json!({"key": key, "meter": meter, "increment": increment, "nonce": "n-7"})),
    );
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json
}

/// The claims of a signed reply.
fn claims(signed: &str) -> Value {
    let payload = signed.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn concurrent_reports_are_each_counted_once_and_none_past_the_limit_and_overage() {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "metered",
        "--meter",
        "exports=1000",
        "--meter",
        "calls=100/month",
        "--overage",
        "1.25x",
    ]);
    let key = s.issue_key(&["--plan", "metered"]);
    // The rate limits are not what this test is about.
    let limits = "license_per_minute = 100000\nlicense_burst = 100000\naddress_per_minute = 100000\naddress_burst = 100000";
    std::fs::write(
        s.config_path(),
        format!("key_store = \"file\"\n[serve.rate_limits]\n{limits}\n"),
    )
    .unwrap();
    let server = Arc::new(Server::start(&s));
    std::thread::scope(|threads| {
        for _ in 0..16 {
            let (server, key) = (server.clone(), key.clone());
            threads.spawn(move || {
                for _ in 0..25 {
                    let answer = report(&server, &key, "exports", 2);
                    assert_eq!(answer["code"], "VALID", "{answer}");
                }
            });
        }
    });
    let read = report(&server, &key, "exports", 0);
    assert_eq!(read["usage"]["used"], 800, "16 × 25 reports of 2: {read}");
    // 1000 with an overage of 1.25x allows 1250: 450 more fit, 451 do not.
    let refused = report(&server, &key, "exports", 451);
    assert_eq!(refused["code"], "USAGE_EXCEEDED", "{refused}");
    assert_eq!(refused["valid"], false);
    assert_eq!(
        report(&server, &key, "exports", 0)["usage"]["used"],
        800,
        "a refused report counts nothing"
    );
    let last = report(&server, &key, "exports", 450);
    assert_eq!(last["code"], "VALID", "{last}");
    assert_eq!(last["usage"]["remaining"], 0);
    let signed = claims(last["signed"].as_str().unwrap());
    assert_eq!(
        signed["usage"],
        json!({"meter": "exports", "used": 1250, "limit": 1000, "remaining": 0})
    );
    assert_eq!(signed["nonce"], "n-7");

    let monthly = report(&server, &key, "calls", 5);
    let end = monthly["usage"]["period_end"].as_str().unwrap();
    assert!(
        end.ends_with("-01T00:00:00Z"),
        "a month ends at the start of the next: {end}"
    );
    let unknown = server.call(
        "POST",
        PATH,
        None,
        Some(&json!({"key": key, "meter": "nope", "increment": 1})),
    );
    assert_eq!(unknown.status, 400, "{}", unknown.text);
    assert!(unknown.text.contains("no meter 'nope'"), "{}", unknown.text);

    let shown = s.json(&["license", "usage", &key]);
    let exports = shown["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["meter"] == "exports")
        .unwrap()
        .clone();
    assert_eq!(exports["used"], 1250);
    assert_eq!(exports["allowed"], 1250);
    let csv = s.ok(&["export", "usage", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("license,meter,period,used,updated"),
        "{csv}"
    );
    assert!(
        lines.any(|l| l.starts_with(&format!("{key},exports,,1250,"))),
        "{csv}"
    );
    let json = s.json(&["export", "usage"]);
    let rows = json.as_array().unwrap();
    assert!(
        rows.iter().any(|r| r["meter"] == "calls"
            && r["used"] == 5
            && r["period"].as_str().unwrap().len() == 7),
        "{json}"
    );
    s.ok(&["license", "usage", &key, "--reset", "exports"]);
    assert_eq!(report(&server, &key, "exports", 0)["usage"]["used"], 0);
    assert!(
        s.ok(&["audit", "list", "--limit", "200"])
            .contains("license.usage_reset")
    );
}
