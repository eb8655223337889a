//! The back office over HTTP: API keys and their roles, tenant isolation,
//! writes as the commands make them, and bad input refused with the
//! documented status and one sentence, changing nothing.

use serde_json::{Value, json};

use crate::server::{Server, api_key, shop};
use crate::util::Sandbox;

#[test]
fn each_role_does_what_it_may_and_nothing_more() {
    let s = shop();
    let key = s.issue_key(&[]);
    let (validator, reader, admin) = (
        api_key(&s, "validator"),
        api_key(&s, "reader"),
        api_key(&s, "admin"),
    );
    let server = Server::start(&s);
    let issue_body = json!({"product": "app", "customer": "ada@example.com"});
    let revoke_path = format!("/v1/licenses/{key}/revoke");

    // Without a key, or with a validator key, the back office is closed.
    assert_eq!(server.call("GET", "/v1/licenses", None, None).status, 401);
    let denied = server.call("POST", "/v1/licenses", Some(&validator), Some(&issue_body));
    assert_eq!((denied.status, denied.error_code()), (403, "forbidden"));
    assert_eq!(
        server
            .call("GET", "/v1/licenses", Some(&validator), None)
            .status,
        403
    );
    // A validator key may validate (and is checked: it must be valid).
    let validate = json!({"key": key});
    let path = "/v1/tenants/acme/licenses/validate";
    assert_eq!(
        server
            .call("POST", path, Some(&validator), Some(&validate))
            .status,
        200
    );
    assert_eq!(
        server
            .call("POST", path, Some("kw_not-a-real-key"), Some(&validate))
            .status,
        401
    );

    // A reader reads, and may not change.
    let listed = server.call("GET", "/v1/licenses", Some(&reader), None);
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(listed.json["items"][0]["key"], key.as_str());
    for path in ["/v1/customers", "/v1/products", "/v1/plans?product=app"] {
        assert_eq!(
            server.call("GET", path, Some(&reader), None).status,
            200,
            "{path}"
        );
    }
    assert_eq!(
        server
            .call("POST", &revoke_path, Some(&reader), None)
            .status,
        403
    );
    assert_eq!(
        server.call("GET", "/v1/audit", Some(&reader), None).status,
        403
    );

    // An admin issues, renews, updates, suspends, reinstates and revokes.
    let issued = server.call("POST", "/v1/licenses", Some(&admin), Some(&json!({"product": "app", "customer": "ada@example.com", "duration": "30d", "count": 2})));
    assert_eq!(issued.status, 201, "{}", issued.text);
    let new_key = issued.json["items"][0]["key"].as_str().unwrap().to_string();
    let base = format!("/v1/licenses/{new_key}");
    let renewed = server.call(
        "POST",
        &format!("{base}/renew"),
        Some(&admin),
        Some(&json!({"extend": "1y"})),
    );
    assert_eq!(
        (renewed.status, renewed.json["version"].clone()),
        (200, json!(2)),
        "{}",
        renewed.text
    );
    let updated = server.call(
        "POST",
        &format!("{base}/update"),
        Some(&admin),
        Some(&json!({"add_features": ["sso"], "seats": 3})),
    );
    assert_eq!(updated.json["features"], json!(["sso"]), "{}", updated.text);
    assert_eq!(
        server
            .call("POST", &format!("{base}/suspend"), Some(&admin), None)
            .json["status"],
        "suspended"
    );
    assert_eq!(
        server
            .call(
                "POST",
                &format!("{base}/reinstate"),
                Some(&admin),
                Some(&json!({}))
            )
            .json["status"],
        "active"
    );
    let revoked = server.call(
        "POST",
        &format!("{base}/revoke"),
        Some(&admin),
        Some(&json!({"reason": "refund"})),
    );
    assert_eq!(revoked.json["status"], "revoked", "{}", revoked.text);
    let again = server.call("POST", &format!("{base}/revoke"), Some(&admin), None);
    assert_eq!((again.status, again.error_code()), (400, "bad_request"));
    // The command sees the same license, its token re-signed.
    let shown = s.json(&["license", "show", &new_key]);
    // Created, renewed, updated, suspended, reinstated, revoked: version 6.
    assert_eq!(
        (shown["status"].as_str(), shown["version"].as_i64()),
        (Some("revoked"), Some(6))
    );
    assert_eq!(s.verdict(&["validate", &new_key]).1, "REVOKED");
    // Every change is in the audit log, by the API key, from the client's address.
    let audit = server.call(
        "GET",
        &format!("/v1/audit?target={new_key}"),
        Some(&admin),
        None,
    );
    let actions: Vec<&str> = audit.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "license.created",
            "license.renewed",
            "license.updated",
            "license.suspended",
            "license.reinstated",
            "license.revoked"
        ]
    );
    let entry = &audit.json["items"][0];
    assert!(
        entry["actor"].as_str().unwrap().starts_with("api-key:"),
        "{entry}"
    );
    assert_eq!(entry["origin"], "127.0.0.1");
    s.ok(&["audit", "verify"]);
}

#[test]
fn bulk_revocation_and_customers_over_http() {
    let s = shop();
    let keys: Vec<String> = (0..3).map(|_| s.issue_key(&[])).collect();
    let admin = api_key(&s, "admin");
    let server = Server::start(&s);
    let dry = server.call(
        "POST",
        "/v1/licenses/revoke",
        Some(&admin),
        Some(&json!({"product": "app", "dry_run": true})),
    );
    assert_eq!(
        (dry.json["dry_run"].clone(), dry.json["count"].clone()),
        (json!(true), json!(3)),
        "{}",
        dry.text
    );
    assert_eq!(s.verdict(&["validate", &keys[0]]).1, "VALID");
    let done = server.call(
        "POST",
        "/v1/licenses/revoke",
        Some(&admin),
        Some(&json!({"keys": [keys[0], keys[1]], "reason": "chargeback"})),
    );
    assert_eq!(done.json["count"], 2, "{}", done.text);
    assert_eq!(s.verdict(&["validate", &keys[1]]).1, "REVOKED");
    assert_eq!(s.verdict(&["validate", &keys[2]]).1, "VALID");
    let typo = server.call(
        "POST",
        "/v1/licenses/revoke",
        Some(&admin),
        Some(&json!({"keys": ["ACB-nope"]})),
    );
    assert_eq!(typo.status, 400);
    assert!(
        typo.json["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("keys[0]:"),
        "{}",
        typo.text
    );

    let created = server.call(
        "POST",
        "/v1/customers",
        Some(&admin),
        Some(&json!({"email": "Bob@Example.com", "name": "Bob"})),
    );
    assert_eq!(
        (created.status, created.json["email"].clone()),
        (201, json!("bob@example.com")),
        "{}",
        created.text
    );
    let conflict = server.call(
        "POST",
        "/v1/customers",
        Some(&admin),
        Some(&json!({"email": "bob@example.com"})),
    );
    assert_eq!((conflict.status, conflict.error_code()), (409, "conflict"));
    // Pages with a cursor.
    let first = server.call("GET", "/v1/customers?limit=1", Some(&admin), None);
    let next = first.json["next"].as_str().unwrap().to_string();
    let second = server.call(
        "GET",
        &format!("/v1/customers?limit=1&after={next}"),
        Some(&admin),
        None,
    );
    assert_eq!(
        second.json["items"][0]["email"], "bob@example.com",
        "{}",
        second.text
    );
    assert!(second.json["next"].is_null());
}

#[test]
fn a_tenants_key_sees_nothing_of_another_tenant() {
    let s = shop();
    s.ok(&["tenant", "create", "Globex", "--slug", "globex"]);
    fn globex<'a>(args: &[&'a str]) -> Vec<&'a str> {
        [args, &["--tenant", "globex"]].concat()
    }
    s.ok(&globex(&["product", "create", "app", "--name", "App"]));
    s.ok(&globex(&["customer", "create", "eve@example.com"]));
    let theirs = s.json(&globex(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "eve@example.com",
    ]))["items"][0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    let ours = s.issue_key(&["--tenant", "acme"]);
    let admin = s
        .ok(&[
            "api-key", "create", "--role", "admin", "--tenant", "acme", "-q",
        ])
        .trim()
        .to_string();
    let server = Server::start(&s);
    let shown = server.call("GET", &format!("/v1/licenses/{theirs}"), Some(&admin), None);
    assert_eq!(shown.status, 404, "{}", shown.text);
    // The service names its own endpoint, not a command of the terminal.
    let message = shown.json["error"]["message"].as_str().unwrap();
    assert!(message.ends_with("; see GET /v1/licenses"), "{message}");
    let revoke = server.call(
        "POST",
        &format!("/v1/licenses/{theirs}/revoke"),
        Some(&admin),
        None,
    );
    assert_eq!(revoke.status, 404);
    let listed = server.call("GET", "/v1/licenses", Some(&admin), None);
    let keys: Vec<&str> = listed.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, [ours.as_str()]);
    // An acme key sent to globex's application endpoints is refused.
    let path = "/v1/tenants/globex/licenses/validate";
    let crossed = server.call("POST", path, Some(&admin), Some(&json!({"key": theirs})));
    assert_eq!(crossed.status, 401, "{}", crossed.text);
    assert_eq!(
        s.verdict(&["validate", &theirs, "--tenant", "globex"]).1,
        "VALID"
    );
}

/// The service remembers what it read of API keys, tenants and signing
/// keys while the database is unchanged (on either backend); a change made
/// meanwhile by a command holds at the service's next request.
#[test]
fn a_change_by_a_command_holds_at_the_services_next_validation() {
    let s = shop();
    let key = s.issue_key(&[]);
    let validator = api_key(&s, "validator");
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    let validate = || server.call("POST", path, Some(&validator), Some(&json!({"key": key})));
    for _ in 0..3 {
        assert_eq!(validate().json["code"], "VALID");
    }
    s.ok(&["license", "suspend", &key]);
    assert_eq!(validate().json["code"], "SUSPENDED");
    s.ok(&["tenant", "suspend", "acme"]);
    assert_eq!(validate().json["code"], "TENANT_SUSPENDED");
    s.ok(&["tenant", "reactivate", "acme"]);
    assert_eq!(validate().json["code"], "SUSPENDED");
    s.ok(&["api-key", "revoke", &validator[..11]]);
    for _ in 0..3 {
        let refused = validate();
        assert_eq!(
            (refused.status, refused.error_code()),
            (401, "unauthorized")
        );
    }
}

#[test]
fn revoked_and_expired_api_keys_are_refused() {
    let s = shop();
    let revoked = api_key(&s, "admin");
    let expired = api_key(&s, "admin");
    let id = |secret: &str| secret[..11].to_string();
    s.ok(&["api-key", "revoke", &id(&revoked)]);
    s.tamper(&format!(
        "UPDATE api_keys SET expires_at = 1 WHERE key_id = '{}'",
        id(&expired)
    ));
    let listed = s.json(&["api-key", "list"]);
    let statuses: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["revoked", "expired"]);
    let server = Server::start(&s);
    for key in [&revoked, &expired] {
        let reply = server.call("GET", "/v1/licenses", Some(key), None);
        assert_eq!(
            (reply.status, reply.error_code()),
            (401, "unauthorized"),
            "{}",
            reply.text
        );
    }
    // A key whose secret differs in one character is unknown.
    let mut forged = revoked.clone();
    let last = if forged.ends_with('A') { "B" } else { "A" };
    forged.replace_range(forged.len() - 1.., last);
    assert_eq!(
        server
            .call("GET", "/v1/licenses", Some(&forged), None)
            .status,
        401
    );
}

#[test]
fn api_keys_are_shown_once_and_stored_only_as_a_hash() {
    let s = shop();
    let created = s.json(&["api-key", "create", "--role", "reader", "--name", "crm"]);
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("kw_") && secret.len() == 46, "{secret}");
    assert_eq!(created["role"], "reader");
    let stored = s.database_bytes();
    assert!(
        !String::from_utf8_lossy(&stored).contains(&secret[11..]),
        "the secret is stored"
    );
    let listed = s.ok(&["api-key", "list", "--json"]);
    assert!(!listed.contains(&secret[11..]), "{listed}");
    s.fails(&["api-key", "create", "--role", "owner"], 2);
    s.fails(
        &["api-key", "create", "--role", "reader", "--name", "crm"],
        2,
    );
    s.fails(&["api-key", "revoke", "kw_nothere"], 2);
}

/// Bad bodies: each gets its status and one sentence, and changes nothing.
#[test]
fn bad_requests_get_their_status_and_change_nothing() {
    let s = shop();
    let key = s.issue_key(&[]);
    let admin = api_key(&s, "admin");
    let server = Server::start(&s);
    let before = s.snapshot();
    let bytes_before = s.database_bytes();
    let validate = "/v1/tenants/acme/licenses/validate";
    let renew = format!("/v1/licenses/{key}/renew");
    let update = format!("/v1/licenses/{key}/update");
    // (name, path, API key, body, content type, status, error code)
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Vec<u8>,
        Option<&'a str>,
        u16,
        &'a str,
    );
    let cases: Vec<Case<'_>> = vec![
        ("wrong type", validate, None, br#"{"key": 5}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("unknown field", validate, None, format!(r#"{{"key": "{key}", "extra": 1}}"#).into_bytes(), Some("application/json"), 400, "bad_request"),
        ("missing field", validate, None, br#"{}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("not JSON", validate, None, b"key=1".to_vec(), Some("application/json"), 400, "bad_request"),
        ("invalid UTF-8", validate, None, b"{\"key\": \"\xff\xfe\"}".to_vec(), Some("application/json"), 400, "bad_request"),
        ("100 KiB body", validate, None, vec![b' '; 100 * 1024], Some("application/json"), 413, "payload_too_large"),
        ("form body", validate, None, b"key=1".to_vec(), Some("application/x-www-form-urlencoded"), 415, "unsupported_media_type"),
        ("bad key", validate, None, br#"{"key": "ACB-12345"}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("bad nonce", validate, None, format!(r#"{{"key": "{key}", "nonce": ""}}"#).into_bytes(), Some("application/json"), 400, "bad_request"),
        ("unknown tenant", "/v1/tenants/nobody/licenses/validate", None, format!(r#"{{"key": "{key}"}}"#).into_bytes(), Some("application/json"), 404, "not_found"),
        ("no body", "/v1/customers", Some(&admin), Vec::new(), None, 400, "bad_request"),
        ("bad email", "/v1/customers", Some(&admin), br#"{"email": "nope"}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("issue unknown product", "/v1/licenses", Some(&admin), br#"{"product": "nope", "customer": "ada@example.com"}"#.to_vec(), Some("application/json"), 404, "not_found"),
        ("issue too many", "/v1/licenses", Some(&admin), br#"{"product": "app", "customer": "ada@example.com", "count": 5000}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("seats twice", "/v1/licenses", Some(&admin), br#"{"product": "app", "customer": "ada@example.com", "seats": 2, "limits": {"seats": 3}}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("renew both ways", &renew, Some(&admin), br#"{"until": "2030-01-01", "extend": "1y"}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("bulk without filter", "/v1/licenses/revoke", Some(&admin), b"{}".to_vec(), Some("application/json"), 400, "bad_request"),
        ("unknown feature", "/v1/licenses", Some(&admin), br#"{"product": "app", "customer": "ada@example.com", "features": ["teleport"]}"#.to_vec(), Some("application/json"), 400, "bad_request"),
        ("update nothing", &update, Some(&admin), b"{}".to_vec(), Some("application/json"), 400, "bad_request"),
    ];
    for (name, path, auth, body, content_type, status, code) in cases {
        let reply = server.send("POST", path, auth, Some(&body), content_type);
        assert_eq!(reply.status, status, "{name}: {}", reply.text);
        assert_eq!(reply.error_code(), code, "{name}");
        // The service names its fields and endpoints, never the terminal's
        // commands or options.
        let message = reply.json["error"]["message"].as_str().unwrap_or_default();
        assert!(
            !message.contains("keywright ") && !message.contains("--"),
            "{name}: {message}"
        );
    }
    let nothing = server.call("POST", &update, Some(&admin), Some(&serde_json::json!({})));
    let message = nothing.json["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            r#"nothing to update; give "features", "add_features", "remove_features", "seats""#
        ),
        "{message}"
    );
    for (path, status) in [
        ("/v1/licenses?limit=0", 400),
        ("/v1/licenses?after=xyz", 400),
        ("/v1/licenses?status=gone", 400),
        ("/v1/licenses?colour=red", 400),
        ("/v1/nothing", 404),
    ] {
        let reply = server.call("GET", path, Some(&admin), None);
        assert_eq!(reply.status, status, "{path}: {}", reply.text);
        reply.error_code();
    }
    let huge = server.send_raw_body("/v1/tenants/acme/licenses/validate", 1024 * 1024);
    assert!(huge.starts_with("HTTP/1.1 413"), "{huge}");
    assert!(huge.contains("payload_too_large"), "{huge}");
    let wrong_method = server.call("DELETE", "/v1/licenses", Some(&admin), None);
    assert_eq!(
        (wrong_method.status, wrong_method.error_code()),
        (405, "method_not_allowed")
    );
    assert_eq!(
        s.snapshot(),
        before,
        "a refused request changed the database"
    );
    assert!(
        s.database_bytes() == bytes_before,
        "a refused request changed the database file"
    );
}

#[test]
fn health_metrics_openapi_and_a_log_without_secrets() {
    let s = shop();
    let key = s.issue_key(&[]);
    let admin = api_key(&s, "admin");
    let server = Server::start(&s);
    assert_eq!(
        server.call("GET", "/healthz", None, None).json,
        json!({"status": "ok"})
    );
    server.call(
        "POST",
        "/v1/tenants/acme/licenses/validate",
        None,
        Some(&json!({"key": key})),
    );
    server.call("GET", &format!("/v1/licenses/{key}"), Some(&admin), None);
    let metrics = server.call("GET", "/metrics", None, None).text;
    assert!(metrics.contains("keywright_http_requests_total{method=\"POST\",route=\"/v1/tenants/{slug}/licenses/validate\",status=\"200\"} 1"), "{metrics}");
    assert!(
        metrics.contains("keywright_license_answers_total{code=\"VALID\"} 1"),
        "{metrics}"
    );
    let openapi = server.call("GET", "/v1/openapi.json", None, None);
    assert_eq!(openapi.json["openapi"], "3.1.0");
    assert!(openapi.json["paths"]["/v1/tenants/{slug}/licenses/validate"]["post"].is_object());
    let log = server.log();
    let line = log
        .lines()
        .find(|l| l.contains("route=/v1/licenses/{key}"))
        .unwrap_or_else(|| panic!("{log}"));
    for part in ["method=GET", "status=200", "tenant=acme", "id=", "ms="] {
        assert!(line.contains(part), "{line}");
    }
    assert!(
        !log.contains(&key),
        "the log holds a whole license key: {log}"
    );
    assert!(
        !log.contains(&admin[3..]),
        "the log holds an API key: {log}"
    );
    let listed = server.call("GET", "/v1/licenses", Some(&admin), None);
    assert!(listed.headers.get("x-request-id").is_some());
}

/// Every route the service answers is in the committed OpenAPI document.
#[test]
fn the_served_document_is_the_committed_one() {
    let s = Sandbox::with_tenant("ed25519");
    let server = Server::start(&s);
    let served: Value = server.call("GET", "/v1/openapi.json", None, None).json;
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.json")).unwrap();
    assert_eq!(served, serde_json::from_str::<Value>(&committed).unwrap());
}

/// A database writer cannot open the service: an API key row they plant
/// with a secret of their own, or a key they promote, is refused, since
/// neither holds its seal (docs/threat-model.md).
#[test]
fn a_planted_or_promoted_api_key_opens_nothing() {
    use sha2::{Digest, Sha256};
    let s = shop();
    let validator = api_key(&s, "validator");
    let key = s.issue_key(&[]);
    // The service has already trusted the validator key before the edit.
    let server = Server::start(&s);
    let validate = json!({"key": key});
    let path = "/v1/tenants/acme/licenses/validate";
    let reply = server.call("POST", path, Some(&validator), Some(&validate));
    assert_eq!(reply.status, 200, "{}", reply.json);
    let planted = format!("kw_{}", "A".repeat(43));
    let hash: String = Sha256::digest(planted.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    s.tamper(&format!(
        "UPDATE api_keys SET role = 'admin';
         INSERT INTO api_keys (tenant_id, key_id, name, role, secret_hash, created_at)
         VALUES (1, '{}', 'mallory', 'admin', '{hash}', 0);",
        &planted[..11]
    ));
    // Every connection of the service sees the edit at once.
    for _ in 0..8 {
        let reply = server.call("POST", path, Some(&validator), Some(&validate));
        assert_eq!(reply.status, 401, "{}", reply.json);
    }
    let body = json!({"product": "app", "customer": "ada@example.com"});
    for key in [&validator, &planted] {
        let reply = server.call("POST", "/v1/licenses", Some(key), Some(&body));
        assert_eq!(reply.status, 401, "{}", reply.json);
        assert!(
            reply.json["error"]["message"]
                .as_str()
                .unwrap()
                .contains("changed outside keywright"),
            "{}",
            reply.json
        );
    }
    assert_eq!(s.json(&["license", "list"])["total"], 1);
}
