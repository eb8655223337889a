//! No secret reaches the database, its WAL, a reply, a webhook or a log
//! line of the service: a session over every endpoint is searched for every
//! encoding of every secret in the key store and of every API key.

use serde_json::{Value, json};

use crate::server::{Server, api_key, eventually, shop};
use crate::util::{contains, encodings, secrets_in_store};
use crate::webhooks::Receiver;

/// Every endpoint, with the calls an application and an administrator make;
/// returns everything the server answered.
fn session(server: &Server, admin: &str, key: &str) -> Vec<u8> {
    let license = format!("/v1/licenses/{key}");
    let app = |action: &str| format!("/v1/tenants/acme/licenses/{action}");
    let calls: Vec<(&str, String, Option<&str>, Option<Value>)> = vec![
        (
            "POST",
            app("activate"),
            None,
            Some(json!({"key": key, "fingerprint": "m1", "nonce": "n1"})),
        ),
        (
            "POST",
            app("validate"),
            None,
            Some(json!({"key": key, "fingerprint": "m1", "nonce": "n2"})),
        ),
        (
            "POST",
            app("check-in"),
            None,
            Some(json!({"key": key, "fingerprint": "m1"})),
        ),
        // A machine the license is not bound to: suspicious, a webhook.
        (
            "POST",
            app("validate"),
            None,
            Some(json!({"key": key, "fingerprint": "m9"})),
        ),
        (
            "POST",
            app("deactivate"),
            None,
            Some(json!({"key": key, "fingerprint": "m1"})),
        ),
        ("GET", "/v1/tenants/acme/jwks.json".into(), None, None),
        ("GET", "/v1/tenants/acme/revocations".into(), None, None),
        (
            "POST",
            "/v1/licenses".into(),
            Some(admin),
            Some(json!({"product": "app", "customer": "ada@example.com"})),
        ),
        ("GET", "/v1/licenses".into(), Some(admin), None),
        ("GET", license.clone(), Some(admin), None),
        (
            "POST",
            format!("{license}/renew"),
            Some(admin),
            Some(json!({"extend": "1y"})),
        ),
        (
            "POST",
            format!("{license}/update"),
            Some(admin),
            Some(json!({"seats": 3})),
        ),
        (
            "POST",
            format!("{license}/suspend"),
            Some(admin),
            Some(json!({})),
        ),
        (
            "POST",
            format!("{license}/reinstate"),
            Some(admin),
            Some(json!({})),
        ),
        (
            "POST",
            "/v1/customers".into(),
            Some(admin),
            Some(json!({"email": "bob@example.com"})),
        ),
        ("GET", "/v1/customers".into(), Some(admin), None),
        ("GET", "/v1/products".into(), Some(admin), None),
        ("GET", "/v1/plans".into(), Some(admin), None),
        ("GET", "/v1/audit".into(), Some(admin), None),
        (
            "POST",
            "/v1/licenses/revoke".into(),
            Some(admin),
            Some(json!({"product": "app", "dry_run": true})),
        ),
        (
            "POST",
            format!("{license}/revoke"),
            Some(admin),
            Some(json!({"reason": "refund"})),
        ),
        // Refusals: a wrong key, a malformed body.
        ("GET", "/v1/licenses".into(), Some("kw_wrong_secret"), None),
        ("POST", app("validate"), None, Some(json!({"key": 7}))),
        ("GET", "/v1/openapi.json".into(), None, None),
        ("GET", "/metrics".into(), None, None),
        ("GET", "/healthz".into(), None, None),
    ];
    let mut answered = Vec::new();
    for (method, path, auth, body) in calls {
        let reply = server.call(method, &path, auth, body.as_ref());
        assert!(reply.status < 500, "{method} {path}: {}", reply.text);
        for (name, value) in &reply.headers {
            answered.extend_from_slice(name.as_str().as_bytes());
            answered.extend_from_slice(value.as_bytes());
        }
        answered.extend_from_slice(reply.text.as_bytes());
    }
    answered
}

#[test]
fn no_secret_reaches_the_database_a_reply_a_webhook_or_the_log() {
    let s = shop();
    let (receiver, _) = Receiver::for_acme(&s, true);
    s.ok(&["key", "rotate", "--algorithm", "hmac"]);
    let admin = api_key(&s, "admin");
    let validator = api_key(&s, "validator");
    let key = s.issue_key(&["--plan", "pro", "--fingerprint", "m1"]);

    let server = Server::start(&s);
    let mut seen = session(&server, &admin, &key);
    eventually(20, "the webhook", || {
        !receiver.received.lock().unwrap().is_empty()
    });
    let log = server.log();
    assert_eq!(server.terminate(), Some(0));
    assert!(
        log.lines().count() > 20,
        "the service logged every request:\n{log}"
    );
    seen.extend_from_slice(log.as_bytes());
    for (_, event) in receiver.received.lock().unwrap().iter() {
        seen.extend_from_slice(event.to_string().as_bytes());
    }
    let stored = s.database_bytes();
    assert!(stored.len() > 10_000, "the database was read");

    let secrets = secrets_in_store(&s);
    // Ed25519 seed and PEM body, an HMAC signing key, the webhook secret
    // (as stored and its random part), the sealing key.
    assert_eq!(secrets.len(), 6, "every kind of secret was made");
    let api_keys = [admin.as_bytes().to_vec(), validator.as_bytes().to_vec()];
    for secret in secrets.iter().chain(&api_keys) {
        for form in encodings(secret) {
            assert!(
                !contains(&stored, &form),
                "a secret is in the database or its WAL"
            );
            assert!(
                !contains(&seen, &form),
                "a secret is in a reply, a webhook or the log"
            );
        }
    }
    // An API key's random part alone must not show either.
    for api_key in &api_keys {
        let tail = &api_key[api_key.len() - 20..];
        assert!(
            !contains(&stored, tail) && !contains(&seen, tail),
            "a part of an API key leaked"
        );
    }
}
