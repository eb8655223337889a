//! What an installed application does: activate, validate with a nonce
//! and check the signed reply, check in, deactivate; and that the service
//! and `keywright validate` give one answer.

use std::process::Command;

use keywright::token::{Code, Expectations, KeySet, verify_reply};
use serde_json::{Value, json};

use crate::server::{Server, eventually, shop};
use crate::util::Sandbox;

fn keys(server: &Server) -> KeySet {
    let jwks = server.call("GET", "/v1/tenants/acme/jwks.json", None, None);
    assert_eq!(jwks.status, 200, "{}", jwks.text);
    KeySet::from_jwks(&jwks.text).unwrap()
}

fn post(server: &Server, what: &str, body: Value) -> Value {
    let path = format!("/v1/tenants/acme/licenses/{what}");
    let reply = server.call("POST", &path, None, Some(&body));
    assert_eq!(reply.status, 200, "{what}: {}", reply.text);
    reply.json
}

#[test]
fn an_application_activates_validates_checks_in_and_deactivates() {
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let server = Server::start(&s);
    let trusted = keys(&server);
    let now = Expectations::at_now().product("app");

    let activated = post(
        &server,
        "activate",
        json!({"key": key, "fingerprint": "m1", "hostname": "ada-laptop", "nonce": "n-1"}),
    );
    assert_eq!(activated["code"], "VALID", "{activated}");
    assert_eq!(activated["machines"], 1);
    let reply = verify_reply(
        activated["signed"].as_str().unwrap(),
        &trusted,
        &key,
        Some("n-1"),
        &now.clone().fingerprint("m1"),
    )
    .unwrap();
    assert!(reply.valid && reply.code == Code::Valid);
    assert_eq!(reply.features, vec!["sso"]);

    let validated = post(
        &server,
        "validate",
        json!({"key": key, "fingerprint": "m1", "features": ["sso"], "nonce": "n-2"}),
    );
    assert_eq!(validated["code"], "VALID", "{validated}");
    let reply = verify_reply(
        validated["signed"].as_str().unwrap(),
        &trusted,
        &key,
        Some("n-2"),
        &now,
    )
    .unwrap();
    assert!(reply.exp > reply.iat, "a lease");
    assert_eq!(reply.sub, key);

    let checked_in = post(
        &server,
        "check-in",
        json!({"key": key, "fingerprint": "m1", "nonce": "n-3"}),
    );
    assert_eq!(checked_in["code"], "VALID", "{checked_in}");
    verify_reply(
        checked_in["signed"].as_str().unwrap(),
        &trusted,
        &key,
        Some("n-3"),
        &now,
    )
    .unwrap();

    let deactivated = post(
        &server,
        "deactivate",
        json!({"key": key, "fingerprint": "m1"}),
    );
    assert_eq!(deactivated["machines"], 0, "{deactivated}");
    assert!(deactivated.get("signed").is_none());

    let actions: Vec<String> = s.json(&["audit", "list", "--target", &key])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["action"].as_str().unwrap(),
                e["actor"].as_str().unwrap()
            )
        })
        .collect();
    let prefix = key.split('-').take(2).collect::<Vec<_>>().join("-");
    assert!(
        actions.contains(&format!("license.activated license:{prefix}…")),
        "{actions:?}"
    );
    assert!(
        actions.contains(&format!("license.deactivated license:{prefix}…")),
        "{actions:?}"
    );
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_replayed_or_forged_reply_is_refused() {
    let s = shop();
    let key = s.issue_key(&[]);
    let server = Server::start(&s);
    let trusted = keys(&server);
    let old = post(&server, "validate", json!({"key": key, "nonce": "first"}));
    let old = old["signed"].as_str().unwrap();
    let expect = Expectations::at_now();
    let replayed = verify_reply(old, &trusted, &key, Some("second"), &expect).unwrap_err();
    assert_eq!(replayed.code, Code::NonceMismatch, "{replayed}");
    // A reply is never a license, nor a license a reply.
    let license = s.ok(&["license", "token", &key]);
    let as_reply = verify_reply(license.trim(), &trusted, &key, None, &expect).unwrap_err();
    assert_eq!(as_reply.code, Code::Malformed);
    let (code, verdict) = s.verdict(&["verify", old]);
    assert_eq!((code, verdict.as_str()), (3, "MALFORMED"));
    // A reply signed by another key fails.
    let other = Sandbox::with_tenant("ed25519");
    let other_server = Server::start(&other);
    assert_eq!(
        verify_reply(old, &keys(&other_server), &key, Some("first"), &expect)
            .unwrap_err()
            .code,
        Code::UnknownKey
    );
    // A reply about another license of the same product, with the nonce
    // the application sent, is not an answer about its own license.
    let other_key = s.issue_key(&[]);
    let about_other = post(
        &server,
        "validate",
        json!({"key": other_key, "nonce": "mine"}),
    );
    let about_other = about_other["signed"].as_str().unwrap();
    let refused = verify_reply(about_other, &trusted, &key, Some("mine"), &expect).unwrap_err();
    assert_eq!(refused.code, Code::WrongLicense, "{refused}");
    let typed = key.to_lowercase().replace('-', " ");
    verify_reply(about_other, &trusted, &other_key, Some("mine"), &expect).unwrap();
    verify_reply(old, &trusted, &typed, Some("first"), &expect).unwrap();
    // A reply for another machine, or for none, fails a check that names one.
    let for_machine = Expectations::at_now().fingerprint("m9");
    assert_eq!(
        verify_reply(old, &trusted, &key, Some("first"), &for_machine)
            .unwrap_err()
            .code,
        Code::FingerprintMismatch
    );
    // After its lease, a reply is no longer trusted.
    let later = Expectations::at(Expectations::at_now().now() + 30 * 86_400);
    assert_eq!(
        verify_reply(old, &trusted, &key, Some("first"), &later)
            .unwrap_err()
            .code,
        Code::Expired
    );
}

#[test]
fn the_service_and_the_command_give_the_same_answer() {
    let s = shop();
    let valid = s.issue_key(&["--plan", "pro"]);
    let locked = s.issue_key(&["--fingerprint", "m1", "--domain", "*.example.com"]);
    let suspended = s.issue_key(&[]);
    s.ok(&["license", "suspend", &suspended]);
    let revoked = s.issue_key(&[]);
    s.ok(&["license", "revoke", &revoked, "--reason", "refund"]);
    let tampered = s.issue_key(&[]);
    s.tamper(&format!(
        "UPDATE licenses SET features = '[\"sso\",\"x\"]' WHERE key = '{tampered}'"
    ));
    let server = Server::start(&s);
    let cases: Vec<(&str, Value, Vec<&str>)> = vec![
        (&valid, json!({}), vec![]),
        (
            &valid,
            json!({"features": ["export"]}),
            vec!["--feature", "export"],
        ),
        (
            &locked,
            json!({"fingerprint": "m2"}),
            vec!["--fingerprint", "m2"],
        ),
        (
            &locked,
            json!({"domain": "evil.org"}),
            vec!["--domain", "evil.org"],
        ),
        (
            &locked,
            json!({"domain": "app.example.com", "fingerprint": "m1"}),
            vec!["--domain", "app.example.com", "--fingerprint", "m1"],
        ),
        (&suspended, json!({}), vec![]),
        (&revoked, json!({}), vec![]),
        (&tampered, json!({}), vec![]),
    ];
    for (key, extra, flags) in cases {
        let mut body = extra.clone();
        body["key"] = json!(key);
        let http = post(&server, "validate", body);
        let mut args = vec!["validate", key];
        args.extend(flags);
        let (exit, cli) = s.verdict(&args);
        assert_eq!(http["code"].as_str().unwrap(), cli, "{key} {extra}");
        assert_eq!(exit == 0, http["valid"] == true, "{key} {extra}");
    }
    // A key with a bad check character is bad input; an unknown one is NOT_FOUND.
    let unknown_valid = keywright::license_key::LicenseKey::generate("ACM")
        .unwrap()
        .to_string();
    let http = post(&server, "validate", json!({"key": unknown_valid}));
    assert_eq!(http["code"], "NOT_FOUND");
    assert_eq!(s.verdict(&["validate", &unknown_valid]).1, "NOT_FOUND");
    let mut typo = unknown_valid.clone();
    let last = if typo.ends_with('A') { "B" } else { "A" };
    typo.replace_range(typo.len() - 1.., last);
    let bad = server.call(
        "POST",
        "/v1/tenants/acme/licenses/validate",
        None,
        Some(&json!({"key": typo})),
    );
    assert_eq!(bad.status, 400, "{}", bad.text);
    // The tenant suspended: every license answers TENANT_SUSPENDED.
    s.ok(&["tenant", "suspend", "acme"]);
    assert_eq!(
        post(&server, "validate", json!({"key": valid}))["code"],
        "TENANT_SUSPENDED"
    );
    assert_eq!(s.verdict(&["validate", &valid]).1, "TENANT_SUSPENDED");
}

#[test]
fn a_machine_that_stops_checking_in_frees_its_floating_seat() {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "floating",
        "--seats",
        "1",
        "--heartbeat",
        "2s",
    ]);
    let key = s.issue_key(&["--plan", "floating"]);
    let server = Server::start(&s);
    assert_eq!(
        post(&server, "activate", json!({"key": key, "fingerprint": "a"}))["code"],
        "VALID"
    );
    assert_eq!(
        post(&server, "activate", json!({"key": key, "fingerprint": "b"}))["code"],
        "TOO_MANY_MACHINES"
    );
    std::thread::sleep(std::time::Duration::from_millis(2_200));
    let machines = s.json(&["license", "machines", &key]);
    assert_eq!(machines["items"][0]["status"], "stale", "{machines}");
    assert_eq!(
        post(&server, "activate", json!({"key": key, "fingerprint": "b"}))["code"],
        "VALID"
    );
    // The stale machine cannot take the seat back while b holds it.
    assert_eq!(
        post(&server, "check-in", json!({"key": key, "fingerprint": "a"}))["code"],
        "TOO_MANY_MACHINES"
    );
    assert_eq!(
        post(&server, "check-in", json!({"key": key, "fingerprint": "b"}))["code"],
        "VALID"
    );
    // The same answer from the command.
    let (exit, code) = s.verdict(&["validate", &key, "--fingerprint", "a"]);
    assert_eq!((exit, code.as_str()), (3, "TOO_MANY_MACHINES"));
}

#[test]
fn activation_churn_is_limited_per_day() {
    let s = shop();
    std::fs::write(
        s.config_path(),
        "key_store = \"file\"\n[activation]\nchanges_per_seat_per_day = 1\n",
    )
    .unwrap();
    let key = s.issue_key(&["--seats", "2"]);
    let server = Server::start(&s);
    // Two seats: two changes a day.
    assert_eq!(
        post(&server, "activate", json!({"key": key, "fingerprint": "a"}))["code"],
        "VALID"
    );
    assert_eq!(
        post(
            &server,
            "deactivate",
            json!({"key": key, "fingerprint": "a"})
        )["code"],
        "VALID"
    );
    let third = post(&server, "activate", json!({"key": key, "fingerprint": "b"}));
    assert_eq!(third["code"], "TOO_MANY_ACTIVATIONS", "{third}");
    let err = s.fails(&["license", "activate", &key, "--fingerprint", "c"], 3);
    assert!(err.contains("TOO_MANY_ACTIVATIONS"), "{err}");
}

#[test]
fn replies_verify_with_pyjwt_which_refuses_one_about_another_license_or_machine() {
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let other = s.issue_key(&["--plan", "pro"]);
    let server = Server::start(&s);
    post(
        &server,
        "activate",
        json!({"key": key, "fingerprint": "m1"}),
    );
    let reply = post(
        &server,
        "validate",
        json!({"key": key, "fingerprint": "m1", "nonce": "py-1"}),
    );
    let reply = reply["signed"].as_str().unwrap().to_string();
    let jwks = server
        .call("GET", "/v1/tenants/acme/jwks.json", None, None)
        .text;
    let jwks_path = s.path().join("jwks.json");
    std::fs::write(&jwks_path, jwks).unwrap();
    let check = |license: &str, fingerprint: &str| {
        crate::util::python("tests/interop/pyjwt_reply.py")
            .args([
                reply.as_str(),
                &jwks_path.display().to_string(),
                "py-1",
                "app",
                license,
                fingerprint,
            ])
            .output()
            .expect("python runs (scripts/test.sh installs PyJWT)")
    };
    let out = check(&key, "m1");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let claims: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(claims["code"], "VALID");
    assert_eq!(claims["sub"], key.as_str());
    assert_eq!(claims["nonce"], "py-1");
    let about_other = check(&other, "m1");
    assert!(!about_other.status.success());
    assert!(String::from_utf8_lossy(&about_other.stderr).contains("another license"));
    let other_machine = check(&key, "m2");
    assert!(!other_machine.status.success());
    assert!(String::from_utf8_lossy(&other_machine.stderr).contains("another machine"));
}

#[test]
fn the_revocation_list_endpoint_serves_a_signed_current_list() {
    let s = shop();
    let revoked = s.issue_key(&[]);
    let kept = s.issue_key(&[]);
    s.ok(&["license", "revoke", &revoked]);
    let server = Server::start(&s);
    let trusted = keys(&server);
    let fetch = || {
        server
            .call("GET", "/v1/tenants/acme/revocations", None, None)
            .json
    };
    let first = fetch();
    let list = keywright::token::verify_revocations(
        first["token"].as_str().unwrap(),
        &trusted,
        &Expectations::at_now(),
    )
    .unwrap();
    assert!(list.is_revoked(&revoked) && !list.is_revoked(&kept));
    assert_eq!(first["seq"], json!(list.seq));
    // Unchanged revocations: the same list again, its seq unchanged.
    assert_eq!(fetch()["seq"], first["seq"]);
    // A new revocation: a fresh list with the next seq.
    s.ok(&["license", "revoke", &kept]);
    let second = fetch();
    assert_eq!(
        second["seq"].as_u64(),
        first["seq"].as_u64().map(|n| n + 1),
        "{second}"
    );
    assert_eq!(second["revoked"], 2);
    // The application honours it offline.
    let token = s.ok(&["license", "token", &kept]);
    let list = keywright::token::verify_revocations(
        second["token"].as_str().unwrap(),
        &trusted,
        &Expectations::at_now(),
    )
    .unwrap();
    let verdict = keywright::token::verify_license(
        token.trim(),
        &trusted,
        &Expectations::at_now().revocations(&list),
    );
    assert_eq!(verdict.code, Code::Revoked);
}

/// A self-signed certificate for localhost and 127.0.0.1, made by openssl.
fn self_signed(s: &Sandbox) -> (std::path::PathBuf, std::path::PathBuf) {
    let (cert, key) = (s.path().join("cert.pem"), s.path().join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ed25519",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ])
        .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .args(["-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl runs (scripts/test.sh installs it)");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    (cert, key)
}

#[test]
fn the_service_speaks_tls_with_the_given_certificate() {
    let s = shop();
    let (cert, key) = self_signed(&s);
    let server = Server::start_with(
        &s,
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
    );
    assert!(server.base.starts_with("https://"), "{}", server.base);
    let pem = std::fs::read(&cert).unwrap();
    let roots = ureq::tls::RootCerts::Specific(std::sync::Arc::new(vec![
        ureq::tls::Certificate::from_pem(&pem).unwrap().to_owned(),
    ]));
    let tls = ureq::tls::TlsConfig::builder().root_certs(roots).build();
    let agent: ureq::Agent = ureq::Agent::config_builder().tls_config(tls).build().into();
    let url = server.base.replace("127.0.0.1", "localhost") + "/healthz";
    let body = agent
        .get(&url)
        .call()
        .unwrap()
        .into_body()
        .read_to_string()
        .unwrap();
    assert_eq!(body, r#"{"status":"ok"}"#);
    // Plain HTTP to the TLS port gets no answer.
    let plain = server.base.replace("https://", "http://") + "/healthz";
    assert!(ureq::get(&plain).call().is_err());
}

/// Clients that open a connection and then trickle their headers (or send
/// nothing) are cut off after the request timeout, over TLS as over plain
/// HTTP: one timeout policy for both listeners.
#[test]
fn trickling_clients_are_cut_off_over_tls_as_over_plain_http() {
    use std::io::Write;
    let s = shop();
    let config = std::fs::read_to_string(s.config_path()).unwrap_or_default();
    std::fs::write(
        s.config_path(),
        format!("{config}\n[serve]\nrequest_timeout = \"2s\"\n"),
    )
    .unwrap();
    let (cert, key) = self_signed(&s);
    let tls = Server::start_with(
        &s,
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
    );
    let address = tls.base.trim_start_matches("https://").to_string();
    // Each completes the TLS handshake, then sends half a request and waits.
    let mut clients: Vec<std::process::Child> = (0..8)
        .map(|_| {
            let mut child = Command::new("openssl")
                .args(["s_client", "-quiet", "-ign_eof", "-connect", &address])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("openssl runs");
            let stdin = child.stdin.as_mut().unwrap();
            stdin
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            stdin.flush().unwrap();
            child
        })
        .collect();
    let plain = Server::start(&s);
    let plain_address = plain.base.trim_start_matches("http://").to_string();
    let mut sockets: Vec<std::net::TcpStream> = (0..8)
        .map(|_| {
            let mut socket = std::net::TcpStream::connect(&plain_address).unwrap();
            socket
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            socket
        })
        .collect();
    eventually(20, "every trickling TLS client was cut off", || {
        clients.iter_mut().all(|c| c.try_wait().unwrap().is_some())
    });
    for socket in &mut sockets {
        use std::io::Read;
        socket
            .set_read_timeout(Some(std::time::Duration::from_secs(20)))
            .unwrap();
        let mut rest = Vec::new();
        let read = socket.read_to_end(&mut rest);
        assert!(
            read.is_ok(),
            "the plain connection was not closed: {read:?}"
        );
    }
    // A client that sends its request whole is still answered.
    assert_eq!(plain.call("GET", "/healthz", None, None).status, 200);
}

/// The service remembers seal checks only while the database is unchanged:
/// a row changed behind its back, after it has answered for it, is caught
/// at the next request.
#[test]
fn a_row_changed_while_the_service_runs_is_caught_at_the_next_request() {
    let s = shop();
    let key = s.issue_key(&[]);
    let other = s.issue_key(&[]);
    s.ok(&["license", "suspend", &other]);
    let server = Server::start(&s);
    for _ in 0..3 {
        assert_eq!(
            post(&server, "validate", json!({"key": key}))["code"],
            "VALID"
        );
        assert_eq!(
            post(&server, "validate", json!({"key": other}))["code"],
            "SUSPENDED"
        );
    }
    s.tamper(&format!(
        "UPDATE licenses SET status = 'active' WHERE key = '{other}'"
    ));
    assert_eq!(
        post(&server, "validate", json!({"key": other}))["code"],
        "TAMPERED"
    );
    // A row the license is read with (its customer's): the license the
    // service remembers is read again.
    let customer = post(&server, "validate", json!({"key": key}))["customer"].clone();
    s.tamper("UPDATE customers SET public_id = 'cus_edited' WHERE email = 'ada@example.com'");
    let answer = post(&server, "validate", json!({"key": key}));
    assert_ne!(answer["customer"], customer, "{answer}");
    // The tenant row: every license of the tenant is then suspect.
    s.tamper("UPDATE tenants SET name = 'Acme Evil' WHERE slug = 'acme'");
    assert_eq!(
        post(&server, "validate", json!({"key": key}))["code"],
        "TAMPERED"
    );
}

/// What a service writes as it answers (validation counters, usage
/// meters) moves no count of changes (docs/deploy.md): what it remembers
/// of licenses outlasts those writes, on either backend.
#[test]
fn counting_validations_and_usage_moves_no_count_of_changes() {
    let s = shop();
    s.ok(&[
        "plan",
        "create",
        "app",
        "metered",
        "--meter",
        "exports=1000",
    ]);
    let key = s.issue_key(&["--plan", "metered"]);
    let server = Server::start(&s);
    let changes = || s.number("SELECT value FROM meta WHERE name = 'changes'");
    let validated = || post(&server, "validate", json!({"key": key}))["code"].clone();
    assert_eq!(validated(), "VALID");
    let before = changes();
    for _ in 0..3 {
        assert_eq!(validated(), "VALID");
        let report = json!({"key": key, "meter": "exports", "increment": 2, "nonce": "n-1"});
        post(&server, "usage", report);
    }
    let counted =
        || s.number("SELECT CAST(COALESCE(SUM(validations), 0) AS BIGINT) FROM license_counters");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while counted() < 4 {
        assert!(
            std::time::Instant::now() < deadline,
            "no validation counted"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(s.number("SELECT CAST(SUM(used) AS BIGINT) FROM usage"), 6);
    assert_eq!(changes(), before, "the counters moved the count of changes");
}

/// What the service remembers of a license (docs/deploy.md) is judged
/// again at each request: a license whose term ends while it is
/// remembered expires on time, with nothing written in between.
#[test]
fn a_remembered_license_expires_on_time() {
    let s = shop();
    let key = s.issue_key(&["--duration", "2s"]);
    let server = Server::start(&s);
    for _ in 0..3 {
        let answer = post(&server, "validate", json!({"key": key}));
        assert_eq!(answer["code"], "VALID", "{answer}");
    }
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let answer = post(&server, "validate", json!({"key": key}));
    assert_eq!(answer["code"], "EXPIRED", "{answer}");
    assert_eq!(answer["status"], "expired", "{answer}");
}

/// An application that validates with its fingerprint but never activated
/// is counted: its machine holds no seat, so the answer is NOT_ACTIVATED;
/// and no answer to an installed copy carries the customer's email.
#[test]
fn a_machine_that_never_activated_is_not_valid_online() {
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let server = Server::start(&s);
    let answer = post(
        &server,
        "validate",
        json!({"key": key, "fingerprint": "never-activated"}),
    );
    assert_eq!(answer["code"], "NOT_ACTIVATED", "{answer}");
    assert_eq!(answer["valid"], false);
    assert!(!answer.to_string().contains("ada@example.com"), "{answer}");
    assert!(answer["customer"].as_str().unwrap().starts_with("cus_"));
    post(
        &server,
        "activate",
        json!({"key": key, "fingerprint": "never-activated"}),
    );
    let answer = post(
        &server,
        "validate",
        json!({"key": key, "fingerprint": "never-activated"}),
    );
    assert_eq!(answer["code"], "VALID", "{answer}");
    // Without a fingerprint the license itself is checked, as before.
    assert_eq!(
        post(&server, "validate", json!({"key": key}))["code"],
        "VALID"
    );
}

/// The key id in a signed reply's header.
fn kid_of(signed: &str) -> String {
    use base64::Engine;
    let header = signed.split('.').next().unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .unwrap();
    serde_json::from_slice::<Value>(&bytes).unwrap()["kid"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_key_rotated_by_a_command_signs_the_services_next_reply_without_a_restart() {
    let s = shop();
    let key = s.issue_key(&[]);
    let server = Server::start(&s);
    let first = post(&server, "validate", json!({"key": key}));
    assert_eq!(kid_of(first["signed"].as_str().unwrap()), s.first_kid());
    s.ok(&["key", "rotate"]);
    let rotated = s.ok(&["key", "list", "-q"]);
    let newest = rotated.lines().last().unwrap();
    assert_ne!(newest, s.first_kid());
    let next = post(&server, "validate", json!({"key": key}));
    assert_eq!(next["code"], "VALID", "{next}");
    assert_eq!(kid_of(next["signed"].as_str().unwrap()), newest);
    // A license the command signs with the new key validates at once.
    let issued = s.issue_key(&[]);
    assert_eq!(
        post(&server, "validate", json!({"key": issued}))["code"],
        "VALID"
    );
}

#[test]
fn two_instances_on_one_database_never_grant_more_seats_than_a_license_has() {
    let s = shop();
    let key = s.issue_key(&["--seats", "3"]);
    let servers = [Server::start(&s), Server::start(&s)];
    let codes: Vec<String> = std::thread::scope(|threads| {
        let asked: Vec<_> = (0..12)
            .map(|n| {
                let (server, key) = (&servers[n % 2], &key);
                threads.spawn(move || {
                    let body = json!({"key": key, "fingerprint": format!("machine-{n}")});
                    post(server, "activate", body)["code"]
                        .as_str()
                        .unwrap()
                        .to_string()
                })
            })
            .collect();
        asked.into_iter().map(|a| a.join().unwrap()).collect()
    });
    let granted = codes.iter().filter(|code| *code == "VALID").count();
    assert_eq!(granted, 3, "{codes:?}");
    assert!(
        codes
            .iter()
            .all(|code| code == "VALID" || code == "TOO_MANY_MACHINES"),
        "{codes:?}"
    );
    drop(servers);
    let machines = s.ok(&["license", "machines", &key, "-q"]);
    assert_eq!(machines.lines().count(), 3, "{machines}");
    // Both instances appended to one audit chain, which did not fork.
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}
