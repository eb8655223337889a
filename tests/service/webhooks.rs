//! Suspicious activity reaches the vendor as a signed webhook, delivered
//! from the outbox by the service, retried, and never lost nor sent twice
//! once acknowledged — also across a kill of the server.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::server::{Server, eventually, shop};
use crate::util::Sandbox;

/// A real HTTP receiver on loopback that checks each webhook's signature.
#[derive(Clone, Default)]
pub struct Receiver {
    pub accepting: Arc<AtomicBool>,
    pub secret: Arc<Mutex<Vec<u8>>>,
    pub received: Arc<Mutex<Vec<(String, Value)>>>,
    refused: Arc<Mutex<u32>>,
    /// How long each answer takes, in milliseconds.
    pub delay_ms: Arc<std::sync::atomic::AtomicU64>,
}

async fn hook(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let delay = r.delay_ms.load(Ordering::SeqCst);
    tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
    if !r.accepting.load(Ordering::SeqCst) {
        *r.refused.lock().unwrap() += 1;
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let signature = headers["keywright-signature"].to_str().unwrap().to_string();
    let (t, v1) = signature.split_once(',').unwrap();
    let t = t.strip_prefix("t=").unwrap();
    let v1 = v1.strip_prefix("v1=").unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&r.secret.lock().unwrap()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(&body);
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if expected != v1 {
        return StatusCode::UNAUTHORIZED;
    }
    let id = headers["keywright-event-id"].to_str().unwrap().to_string();
    r.received
        .lock()
        .unwrap()
        .push((id, serde_json::from_slice(&body).unwrap()));
    StatusCode::NO_CONTENT
}

impl Receiver {
    pub fn start() -> (Receiver, SocketAddr) {
        let receiver = Receiver::default();
        let app = Router::new()
            .route("/hook", post(hook))
            .with_state(receiver.clone());
        let address = crate::server::serve_locally(app);
        (receiver, address)
    }

    /// A receiver that tenant `acme` of `s` sends its webhooks to, knowing
    /// the tenant's webhook secret (exported as a vendor would) and, when
    /// `accepting`, answering 204.
    pub fn for_acme(s: &Sandbox, accepting: bool) -> (Receiver, SocketAddr) {
        let (receiver, address) = Receiver::start();
        receiver.accepting.store(accepting, Ordering::SeqCst);
        let url = format!("http://{address}/hook");
        s.ok(&[
            "tenant",
            "update",
            "acme",
            "--webhook-url",
            &url,
            "--webhook-allow-private",
        ]);
        let shown = s.json(&["tenant", "show"]);
        assert_eq!(shown["webhook_secret"], "configured", "{shown}");
        let file = s.path().join("webhook.secret");
        let path = file.to_str().unwrap();
        s.ok(&[
            "key",
            "export-private",
            "--webhook-secret",
            "--out",
            path,
            "--yes",
        ]);
        let secret = std::fs::read_to_string(&file).unwrap();
        assert!(secret.starts_with("whsec_"), "{secret}");
        *receiver.secret.lock().unwrap() = secret.trim().as_bytes().to_vec();
        (receiver, address)
    }
}

#[test]
fn suspicious_activity_arrives_signed_once_across_a_server_kill() {
    let s = shop();
    let (receiver, _) = Receiver::for_acme(&s, false);
    let key = s.issue_key(&["--fingerprint", "m1"]);

    // The receiver is down: the event waits in the outbox.
    let server = Server::start(&s);
    let body = json!({"key": key, "fingerprint": "m2"});
    let answer = server.call(
        "POST",
        "/v1/tenants/acme/licenses/validate",
        None,
        Some(&body),
    );
    assert_eq!(answer.json["code"], "FINGERPRINT_MISMATCH");
    eventually(10, "a first attempt", || {
        *receiver.refused.lock().unwrap() >= 1
    });
    server.kill();
    let pending = s.json(&["webhooks", "list", "--status", "pending"]);
    assert_eq!(pending["items"].as_array().unwrap().len(), 1, "{pending}");

    // The receiver is up: a restarted server delivers it, once.
    receiver.accepting.store(true, Ordering::SeqCst);
    let server = Server::start(&s);
    eventually(20, "the delivery", || {
        !receiver.received.lock().unwrap().is_empty()
    });
    eventually(10, "the acknowledgement", || {
        s.json(&["webhooks", "list", "--status", "delivered"])["items"]
            .as_array()
            .unwrap()
            .len()
            == 1
    });
    server.kill();
    let server = Server::start(&s);
    std::thread::sleep(std::time::Duration::from_millis(1_500));
    drop(server);
    let received = receiver.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1, "{received:?}");
    let (_, event) = &received[0];
    assert_eq!(event["event"], "license.suspicious_activity");
    assert_eq!(event["data"]["license"], key.as_str());
    assert_eq!(event["data"]["reason"], "FINGERPRINT_MISMATCH");
    assert_eq!(event["data"]["requested"]["fingerprint"], "m2");
    assert_eq!(event["data"]["bound"]["machines"], json!(["m1"]));
    assert_eq!(event["data"]["client"], "127.0.0.1");
    // The audit entry was written with the event.
    let audit = s.json(&["audit", "list", "--action", "license.suspicious_activity"]);
    assert_eq!(audit["items"].as_array().unwrap().len(), 1);
}

#[test]
fn webhook_urls_are_checked_and_their_secret_never_shown() {
    let s = shop();
    s.fails(
        &[
            "tenant",
            "update",
            "acme",
            "--webhook-url",
            "ftp://example.com",
        ],
        2,
    );
    s.fails(
        &["tenant", "update", "acme", "--webhook-url", "not a url"],
        2,
    );
    let out = s.ok(&[
        "tenant",
        "update",
        "acme",
        "--webhook-url",
        "https://example.com/hook",
        "--json",
    ]);
    assert!(!out.contains("whsec_"), "{out}");
    let shown = s.ok(&["tenant", "show", "--json"]);
    assert!(!shown.contains("whsec_"), "{shown}");
    s.ok(&["tenant", "update", "acme", "--no-webhook"]);
    assert!(
        s.json(&["tenant", "show"])
            .get("webhook_url")
            .is_none_or(Value::is_null)
    );
}

/// A webhook queued by a database writer would be signed with the tenant's
/// secret and sent wherever it says: it does not hold its seal, so the
/// service fails it without sending (docs/threat-model.md).
#[test]
fn a_webhook_queued_outside_keywright_is_never_signed_nor_sent() {
    let s = shop();
    let (receiver, address) = Receiver::for_acme(&s, true);
    s.tamper(&format!(
        "INSERT INTO webhook_deliveries (tenant_id, event, url, body, status, next_attempt_at, created_at)
         VALUES (1, 'license.suspicious_activity', 'http://{address}/hook', '{{\"event\":\"forged\"}}', 'pending', 0, 0)"
    ));
    let server = Server::start(&s);
    eventually(10, "the forged webhook to fail", || {
        s.json(&["webhooks", "list", "--status", "failed"])["items"]
            .as_array()
            .unwrap()
            .len()
            == 1
    });
    drop(server);
    let failed = s.json(&["webhooks", "list", "--status", "failed"]);
    assert!(
        failed["items"][0]["last_error"]
            .as_str()
            .unwrap()
            .contains("outside keywright"),
        "{failed}"
    );
    assert!(receiver.received.lock().unwrap().is_empty());
    assert_eq!(*receiver.refused.lock().unwrap(), 0);
}

/// A webhook URL carries no credentials, and goes to a loopback,
/// link-local or private address only when the tenant allows it; a name
/// that resolves to one at delivery time (DNS rebinding), for a tenant that
/// does not allow it, is not sent to; and `webhooks list` says what the
/// receiver answered, never how a connection failed.
#[test]
fn webhooks_reach_private_addresses_only_when_the_tenant_allows_it() {
    let s = shop();
    for (url, said) in [
        ("http://127.0.0.1:9/hook", "private address"),
        ("http://2130706433/hook", "private address"),
        ("http://169.254.169.254/latest/meta-data", "private address"),
        ("http://[::ffff:10.0.0.1]/hook", "private address"),
        ("http://localhost:9/hook", "private address"),
        (
            "https://user:pass@example.com/hook",
            "user name or password",
        ),
    ] {
        let err = s.fails(&["tenant", "update", "acme", "--webhook-url", url], 2);
        assert!(err.contains(said), "{url}: {err}");
    }
    // Allowed: a receiver on the vendor's own network, here a closed port.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_url = format!(
        "http://localhost:{}/hook",
        closed.local_addr().unwrap().port()
    );
    drop(closed);
    s.ok(&[
        "tenant",
        "update",
        "acme",
        "--webhook-url",
        &closed_url,
        "--webhook-allow-private",
    ]);
    assert_eq!(s.json(&["tenant", "show"])["webhook_allow_private"], true);
    let key = s.issue_key(&["--fingerprint", "m1"]);
    let mismatch = json!({"key": key, "fingerprint": "m2"});
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    server.call("POST", path, None, Some(&mismatch));
    eventually(10, "a failed attempt", || {
        s.json(&["webhooks", "list"])["items"][0]["last_error"].is_string()
    });
    let listed = s.json(&["webhooks", "list"]);
    assert_eq!(
        listed["items"][0]["last_error"], "the receiver could not be reached",
        "no connection detail: {listed}"
    );
    // The tenant goes back to public receivers: the pending delivery to
    // the name that resolves to loopback is not sent.
    s.ok(&[
        "tenant",
        "update",
        "acme",
        "--webhook-url",
        "https://example.invalid/hook",
        "--webhook-public-only",
    ]);
    server.kill();
    let server = Server::start(&s);
    eventually(20, "the refused attempt", || {
        s.json(&["webhooks", "list"])["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| {
                w["last_error"]
                    .as_str()
                    .is_some_and(|e| e.contains("private addresses"))
            })
    });
    drop(server);
    let err = s.fails(
        &["tenant", "update", "acme", "--webhook-url", &closed_url],
        2,
    );
    assert!(err.contains("private address"), "{err}");
}

#[test]
fn two_instances_on_one_database_send_each_webhook_once() {
    let s = shop();
    let (receiver, _) = Receiver::for_acme(&s, true);
    // A slow receiver: one instance takes seconds over a batch, long enough
    // for the other to look at the outbox several times meanwhile.
    receiver.delay_ms.store(400, Ordering::SeqCst);
    let keys: Vec<String> = (0..6)
        .map(|_| s.issue_key(&["--fingerprint", "m1"]))
        .collect();
    let first = Server::start(&s);
    let second = Server::start(&s);
    for key in &keys {
        let body = json!({"key": key, "fingerprint": "m2"});
        let answer = first.call(
            "POST",
            "/v1/tenants/acme/licenses/validate",
            None,
            Some(&body),
        );
        assert_eq!(
            answer.json["code"], "FINGERPRINT_MISMATCH",
            "{}",
            answer.text
        );
    }
    eventually(30, "every webhook delivered", || {
        s.json(&["webhooks", "list", "--status", "delivered"])["items"]
            .as_array()
            .unwrap()
            .len()
            == keys.len()
    });
    std::thread::sleep(std::time::Duration::from_millis(2_000));
    drop((first, second));
    let received = receiver.received.lock().unwrap().clone();
    let mut ids: Vec<&String> = received.iter().map(|(id, _)| id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(received.len(), keys.len(), "sent more than once: {ids:?}");
    assert_eq!(ids.len(), keys.len());
}
