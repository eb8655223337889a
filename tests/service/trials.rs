//! Trials over real HTTP (docs/policies.md): an application without a key
//! asks for a trial and gets a license activated on its machine, with a
//! signed reply; the same machine asking again, or for the same product
//! with another key, is refused `TRIAL_USED`; eight machines asking at once
//! each get theirs, and one machine asking eight times at once gets one.
//! The other policies that hold under concurrent requests are here too: a
//! term that starts with the first validation starts once, and a machine
//! scope lets one machine onto one license of the product at a time.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::server::{Reply, Server, shop};
use crate::util::Sandbox;

const PATH: &str = "/v1/tenants/acme/trials";

fn ask(server: &Server, fingerprint: &str) -> Reply {
    server.call(
        "POST",
        PATH,
        None,
        Some(&json!({"product": "app", "fingerprint": fingerprint, "nonce": "n-1"})),
    )
}

fn trial_shop() -> Sandbox {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "try",
        "--trial",
        "--duration",
        "14d",
        "--seats",
        "1",
    ]);
    s
}

#[test]
fn an_application_without_a_key_gets_one_trial_per_machine() {
    let s = trial_shop();
    let server = Server::start(&s);
    let first = ask(&server, "laptop-1");
    assert_eq!(first.status, 201, "{}", first.text);
    assert_eq!(first.json["code"], "VALID", "{}", first.text);
    let key = first.json["key"].as_str().unwrap().to_string();
    assert!(first.json["token"].as_str().unwrap().starts_with("eyJ"));
    assert!(first.json["signed"].as_str().unwrap().starts_with("eyJ"));
    let shown = s.json(&["license", "show", &key]);
    assert_eq!(shown["trial"], true);
    assert_eq!(shown["plan"], "try");
    assert_eq!(
        s.json(&["license", "machines", &key])["items"][0]["fingerprint"],
        "laptop-1"
    );

    let again = ask(&server, "laptop-1");
    assert_eq!(again.status, 409, "{}", again.text);
    assert!(again.text.contains("TRIAL_USED"), "{}", again.text);
    // A trial key from elsewhere (the vendor's site) on the same machine.
    let other = s.issue_key(&["--plan", "try"]);
    let activated = server.call(
        "POST",
        "/v1/tenants/acme/licenses/activate",
        None,
        Some(&json!({"key": other, "fingerprint": "laptop-1"})),
    );
    assert_eq!(activated.json["code"], "TRIAL_USED", "{}", activated.text);
    let unknown = server.call(
        "POST",
        PATH,
        None,
        Some(&json!({"product": "nope", "fingerprint": "x"})),
    );
    assert_eq!(unknown.status, 404, "{}", unknown.text);
}

#[test]
fn trials_asked_at_once_are_one_per_machine() {
    let s = trial_shop();
    let server = Arc::new(Server::start(&s));
    let statuses: Vec<(String, u16)> = std::thread::scope(|threads| {
        let handles: Vec<_> = (0..16)
            .map(|i| {
                let server = server.clone();
                // Eight machines, each asking twice at once.
                threads.spawn(move || {
                    let machine = format!("machine-{}", i % 8);
                    (machine.clone(), ask(&server, &machine).status)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let started = statuses.iter().filter(|(_, status)| *status == 201).count();
    let refused = statuses.iter().filter(|(_, status)| *status == 409).count();
    assert_eq!((started, refused), (8, 8), "{statuses:?}");
    let trials: Vec<Value> = s.json(&["license", "list", "--limit", "100"])["items"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(trials.len(), 8, "one trial license per machine");
}

#[test]
fn the_service_revokes_a_license_at_expiry_when_its_policy_says_so() {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "short",
        "--duration",
        "2s",
        "--on-expiry",
        "revoke",
    ]);
    s.ok(&["plan", "create", "app", "kept", "--duration", "2s"]);
    let revoked = s.issue_key(&["--plan", "short"]);
    let kept = s.issue_key(&["--plan", "kept"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let _server = Server::start(&s);
    crate::server::eventually(20, "the revocation", || {
        s.json(&["license", "show", &revoked])["status"] == "revoked"
    });
    assert_eq!(s.json(&["license", "show", &kept])["status"], "expired");
    let audit = s.ok(&["audit", "list", "--limit", "100"]);
    assert!(audit.contains("policy:on-expiry"), "{audit}");
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_trial_s_end_reaches_the_tenant_s_webhook_once() {
    let s = shop();
    let (receiver, _) = crate::webhooks::Receiver::for_acme(&s, true);
    s.ok(&[
        "plan",
        "create",
        "app",
        "brief",
        "--trial",
        "--duration",
        "2s",
    ]);
    let trial = s.issue_key(&["--plan", "brief"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let server = Server::start(&s);
    let ended = |r: &crate::webhooks::Receiver| {
        r.received
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, body)| {
                body["event"] == "license.trial_ended" && body["data"]["license"] == trial.as_str()
            })
            .count()
    };
    crate::server::eventually(20, "the trial's end", || ended(&receiver) == 1);
    drop(server);
    // A restart posts it no second time.
    let _server = Server::start(&s);
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(ended(&receiver), 1);
}

/// A term that counts from the first validation starts with the first of
/// many validations that arrive at once, once: one `license.started`, and
/// every answer valid with the same expiry. One that counts from the first
/// activation answers `NOT_STARTED` until a machine activates.
#[test]
fn a_term_starts_once_with_the_first_of_validations_at_once_over_http() {
    let s = shop();
    for (plan, basis) in [("val", "first-validation"), ("act", "first-activation")] {
        s.ok(&[
            "plan",
            "create",
            "app",
            plan,
            "--duration",
            "30d",
            "--expiry-basis",
            basis,
        ]);
    }
    let by_validation = s.issue_key(&["--plan", "val"]);
    let by_activation = s.issue_key(&["--plan", "act"]);
    let server = Arc::new(Server::start(&s));
    let validate = |server: &Server, key: &str| {
        server.call(
            "POST",
            "/v1/tenants/acme/licenses/validate",
            None,
            Some(&json!({"key": key, "nonce": "n-1"})),
        )
    };
    let answers: Vec<Reply> = std::thread::scope(|threads| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (server, key) = (server.clone(), by_validation.clone());
                threads.spawn(move || validate(&server, &key))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let expires = s.json(&["license", "show", &by_validation])["expires"].clone();
    assert!(expires.is_string(), "{expires}");
    for answer in &answers {
        assert_eq!(
            (answer.json["code"].as_str(), &answer.json["expires"]),
            (Some("VALID"), &expires),
            "{}",
            answer.text
        );
        assert!(answer.json["signed"].is_string(), "{}", answer.text);
    }
    assert_eq!(s.audit_entries("license.started").len(), 1);

    let waiting = validate(&server, &by_activation);
    assert_eq!(waiting.json["code"], "NOT_STARTED", "{}", waiting.text);
    assert_eq!(waiting.json["valid"], false);
    let activated = server.call(
        "POST",
        "/v1/tenants/acme/licenses/activate",
        None,
        Some(&json!({"key": by_activation, "fingerprint": "m1"})),
    );
    assert_eq!(activated.json["code"], "VALID", "{}", activated.text);
    assert!(activated.json["expires"].is_string(), "{}", activated.text);
    assert_eq!(validate(&server, &by_activation).json["code"], "VALID");
    drop(server);
    s.ok(&["doctor"]);
    s.ok(&["audit", "verify"]);
}

/// Machine scope `product` holds across activations at once: one machine
/// activating on eight licenses of the product at the same moment ends
/// up on exactly one; the others are refused `MACHINE_IN_USE`.
#[test]
fn a_machine_activating_on_many_licenses_at_once_gets_one_under_product_scope() {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "single",
        "--seats",
        "1",
        "--machine-scope",
        "product",
    ]);
    let keys: Vec<String> = (0..8).map(|_| s.issue_key(&["--plan", "single"])).collect();
    let server = Arc::new(Server::start(&s));
    let codes: Vec<String> = std::thread::scope(|threads| {
        let handles: Vec<_> = keys
            .iter()
            .map(|key| {
                let server = server.clone();
                threads.spawn(move || {
                    let body = json!({"key": key, "fingerprint": "shared-pc"});
                    let reply = server.call(
                        "POST",
                        "/v1/tenants/acme/licenses/activate",
                        None,
                        Some(&body),
                    );
                    reply.json["code"].as_str().unwrap_or("?").to_string()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let valid = codes.iter().filter(|c| *c == "VALID").count();
    let in_use = codes.iter().filter(|c| *c == "MACHINE_IN_USE").count();
    assert_eq!((valid, in_use), (1, 7), "{codes:?}");
    let activated = keys
        .iter()
        .filter(|key| {
            !s.json(&["license", "machines", key])["items"]
                .as_array()
                .unwrap()
                .is_empty()
        })
        .count();
    assert_eq!(activated, 1);
}
