//! Machines without a network: activation and deactivation by file, with
//! the application's side in Rust (the library), Python (PyJWT) and Node
//! (jose); the clock floor; key endorsements followed offline; revoked keys.

use std::path::Path;

use keywright::token::{
    ActivationRequest, Algorithm, Code, DeactivationProof, Expectations, KeySet, SigningKey,
    endorsements_in_jwks, verify_license, verify_machine_license,
};
use serde_json::Value;

use crate::util::Sandbox;

fn now() -> i64 {
    Expectations::at_now().now()
}

fn shop(seats: &str) -> (Sandbox, String) {
    let s = Sandbox::with_tenant("ed25519");
    let key = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--feature",
        "sso",
        "--seats",
        seats,
    ])["items"][0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    (s, key)
}

/// Activates a new machine `fingerprint` of `key` by file and returns its
/// machine license and the machine's key.
fn activate_by_file(s: &Sandbox, key: &str, fingerprint: &str) -> (String, SigningKey) {
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let request = ActivationRequest::new(key, fingerprint, None, &machine, now()).unwrap();
    let path = s.file(&format!("{fingerprint}.req"), &request.token);
    let license = s.ok(&["license", "activate", "--request", &path, "-q"]);
    (license.trim().to_string(), machine)
}

/// A one-seat license passed round four machines by file: each machine
/// license carries the lease as its `exp`, so a copy kept aside after its
/// machine left stops working within the lease. At any moment no more
/// machines run it than its seats plus those deactivated within the last
/// lease (docs/offline.md says what an offline seat limit can and cannot
/// guarantee); a check-in by file renews the lease of the one that stays.
#[test]
fn a_seat_passed_round_machines_by_file_lasts_one_lease_on_each() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "desk",
        "--seats",
        "1",
        "--offline-lease",
        "7d",
    ]);
    let key = s.issue_key(&["--plan", "desk"]);
    let keys = KeySet::from_jwks(&jwks(&s)).unwrap();
    let mut copies = Vec::new();
    let mut last_machine = None;
    for machine in ["m1", "m2", "m3", "m4"] {
        let (license, machine_key) = activate_by_file(&s, &key, machine);
        let claims = verify_license(&license, &keys, &Expectations::at_now())
            .claims
            .unwrap();
        let lease = claims.exp.expect("a machine license of a seat has an exp") - now();
        assert!((7 * 86_400 - 60..=7 * 86_400).contains(&lease), "{lease}");
        assert_eq!(claims.grace, None);
        if machine == "m4" {
            last_machine = Some(machine_key);
        } else {
            let proof = DeactivationProof::new(&key, machine, &machine_key, now()).unwrap();
            let proof = s.file("p.txt", &proof.token);
            s.ok(&["license", "deactivate", "--proof", &proof]);
            // The same proof again: the machine is no longer activated.
            let err = s.fails(&["license", "deactivate", "--proof", &proof], 2);
            assert!(err.contains("deactivated already"), "{err}");
        }
        copies.push(license);
    }
    // Now: the copies kept aside still work, but only until their lease ends.
    let after_lease = Expectations::at(now() + 7 * 86_400 + 1);
    for copy in &copies {
        assert!(verify_license(copy, &keys, &Expectations::at_now()).is_valid());
        assert_eq!(
            verify_license(copy, &keys, &after_lease).code,
            Code::Expired
        );
    }
    // The machine that holds the seat renews its lease by checking in by file.
    let m4 = last_machine.unwrap();
    let check_in = ActivationRequest::new(&key, "m4", None, &m4, now()).unwrap();
    let renewed = s.ok(&[
        "license",
        "check-in",
        "--request",
        &s.file("m4.checkin", &check_in.token),
        "-q",
    ]);
    let renewed = verify_machine_license(
        renewed.trim(),
        &keys,
        &m4.verifying_key(),
        Some(&check_in.nonce),
        &Expectations::at_now().fingerprint("m4"),
    );
    assert!(renewed.is_valid(), "{}", renewed.message);
    // No other machine gets the seat.
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let request = ActivationRequest::new(&key, "m5", None, &machine, now()).unwrap();
    let refused = s.fails(
        &[
            "license",
            "check-in",
            "--request",
            &s.file("m5.req", &request.token),
        ],
        3,
    );
    assert!(refused.contains("TOO_MANY_MACHINES"), "{refused}");

    // Without a plan's lease the config's applies (30 days by default);
    // a license that limits no machines gets no lease.
    let plain = s.issue_key(&["--seats", "2"]);
    let (license, _) = activate_by_file(&s, &plain, "x1");
    let exp = verify_license(&license, &keys, &Expectations::at_now())
        .claims
        .unwrap()
        .exp
        .unwrap();
    assert!((30 * 86_400 - 60..=30 * 86_400).contains(&(exp - now())));
    let unlimited = s.issue_key(&[]);
    let (license, _) = activate_by_file(&s, &unlimited, "x2");
    assert_eq!(
        verify_license(&license, &keys, &Expectations::at_now())
            .claims
            .unwrap()
            .exp,
        None
    );
}

fn jwks(s: &Sandbox) -> String {
    s.ok(&["key", "export", "--format", "jwks"])
}

#[test]
fn a_machine_activates_and_deactivates_by_file_with_the_library() {
    let (s, key) = shop("1");
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let request = ActivationRequest::new(&key, "m1", Some("offline-pc"), &machine, now()).unwrap();
    let path = s.file("req.txt", &request.token);
    let out = s.path().join("machine.lic");
    s.ok(&[
        "license",
        "activate",
        "--request",
        &path,
        "--out",
        out.to_str().unwrap(),
    ]);
    let license = std::fs::read_to_string(&out).unwrap();
    let keys = KeySet::from_jwks(&jwks(&s)).unwrap();
    let expect = Expectations::at_now()
        .product("app")
        .fingerprint("m1")
        .feature("sso");
    let public = machine.verifying_key();
    let verdict = verify_machine_license(
        license.trim(),
        &keys,
        &public,
        Some(&request.nonce),
        &expect,
    );
    assert_eq!(verdict.code, Code::Valid, "{}", verdict.message);
    assert_eq!(verdict.claims.as_ref().unwrap().machines, ["m1"]);
    // Not another machine's key, not another request's nonce.
    let other = SigningKey::generate(Algorithm::Ed25519)
        .unwrap()
        .verifying_key();
    assert_eq!(
        verify_machine_license(license.trim(), &keys, &other, None, &expect).code,
        Code::FingerprintMismatch
    );
    assert_eq!(
        verify_machine_license(license.trim(), &keys, &public, Some("x"), &expect).code,
        Code::NonceMismatch
    );
    let machines = s.json(&["license", "machines", &key]);
    assert_eq!(machines["items"][0]["fingerprint"], "m1");
    assert_eq!(machines["items"][0]["hostname"], "offline-pc");

    // The same request again is refused; so is a second machine (one seat).
    s.fails(&["license", "activate", "--request", &path], 2);
    let second = ActivationRequest::new(
        &key,
        "m2",
        None,
        &SigningKey::generate(Algorithm::Ed25519).unwrap(),
        now(),
    )
    .unwrap();
    let second_path = s.file("req2.txt", &second.token);
    let err = s.fails(&["license", "activate", "--request", &second_path], 3);
    assert!(err.contains("TOO_MANY_MACHINES"), "{err}");

    // A proof by another key is refused; the machine's own frees the seat, once.
    let forged = DeactivationProof::new(
        &key,
        "m1",
        &SigningKey::generate(Algorithm::Ed25519).unwrap(),
        now(),
    )
    .unwrap();
    let err = s.fails(
        &[
            "license",
            "deactivate",
            "--proof",
            &s.file("forged.txt", &forged.token),
        ],
        2,
    );
    assert!(err.contains("another key"), "{err}");
    let proof = DeactivationProof::new(&key, "m1", &machine, now()).unwrap();
    let proof_path = s.file("proof.txt", &proof.token);
    s.ok(&["license", "deactivate", "--proof", &proof_path]);
    assert!(
        s.json(&["license", "machines", &key])["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    s.fails(&["license", "deactivate", "--proof", &proof_path], 2);
    // The refused second request was not consumed: now that a seat is free, it is answered.
    let answered = s.json(&["license", "activate", "--request", &second_path]);
    assert_eq!(answered["fingerprint"], "m2");
    let actions: Vec<String> = s.json(&["audit", "list", "--target", &key])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for action in [
        "license.activated",
        "license.machine_license_issued",
        "license.deactivated",
    ] {
        assert!(actions.iter().any(|a| a == action), "{action}: {actions:?}");
    }
    s.ok(&["audit", "verify"]);
}

#[test]
fn bad_request_files_are_refused_and_change_nothing() {
    let (s, key) = shop("3");
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let stale = ActivationRequest::new(&key, "m1", None, &machine, now() - 8 * 86_400).unwrap();
    let err = s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("stale.txt", &stale.token),
        ],
        2,
    );
    assert!(err.contains("ago"), "{err}");
    let future = ActivationRequest::new(&key, "m1", None, &machine, now() + 86_400).unwrap();
    s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("future.txt", &future.token),
        ],
        2,
    );
    // A request for a license of another tenant is not found here.
    let other = Sandbox::with_tenant("ed25519");
    let theirs = other.issue_key(&[]);
    let foreign = ActivationRequest::new(&theirs, "m1", None, &machine, now()).unwrap();
    let err = s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("foreign.txt", &foreign.token),
        ],
        2,
    );
    assert!(err.contains("another tenant"), "{err}");
    // A signature that does not match, a license token, garbage.
    let good = ActivationRequest::new(&key, "m1", None, &machine, now()).unwrap();
    let mut parts: Vec<String> = good.token.split('.').map(str::to_string).collect();
    parts[1] = ActivationRequest::new(&key, "m9", None, &machine, now())
        .unwrap()
        .token
        .split('.')
        .nth(1)
        .unwrap()
        .to_string();
    let err = s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("bad.txt", &parts.join(".")),
        ],
        2,
    );
    assert!(err.contains("BAD_SIGNATURE"), "{err}");
    let token = s.ok(&["license", "token", &key]);
    let err = s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("lic.txt", &token),
        ],
        2,
    );
    assert!(err.contains("license token"), "{err}");
    s.fails(
        &[
            "license",
            "activate",
            "--request",
            &s.file("junk.txt", "not a token"),
        ],
        2,
    );
    s.fails(
        &["license", "activate", "--request", "/nonexistent/req.txt"],
        1,
    );
    s.fails(&["license", "activate", &key, "--request", "req.txt"], 2);
}

#[test]
fn floating_seats_renew_their_lease_by_file() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "floating",
        "--seats",
        "1",
        "--heartbeat",
        "1h",
    ]);
    let key = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--plan",
        "floating",
        "--customer",
        "ada@example.com",
    ])["items"][0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let first = ActivationRequest::new(&key, "m1", None, &machine, now()).unwrap();
    let lease = s.json(&[
        "license",
        "activate",
        "--request",
        &s.file("a.txt", &first.token),
    ]);
    let expires = lease["expires"].as_str().unwrap().to_string();
    // A check-in request is answered by a machine license with a new lease.
    std::thread::sleep(std::time::Duration::from_millis(1_100));
    let again = ActivationRequest::new(&key, "m1", None, &machine, now()).unwrap();
    let renewed = s.json(&[
        "license",
        "check-in",
        "--request",
        &s.file("b.txt", &again.token),
    ]);
    assert!(
        renewed["expires"].as_str().unwrap() > expires.as_str(),
        "{renewed}"
    );
    let keys = KeySet::from_jwks(&jwks(&s)).unwrap();
    let claims = verify_license(
        renewed["token"].as_str().unwrap(),
        &keys,
        &Expectations::at_now(),
    )
    .claims
    .unwrap();
    let exp = claims.exp.unwrap();
    assert!(
        (3590..=3600).contains(&(exp - now())),
        "one heartbeat: {exp}"
    );
}

/// Runs one step of the application's side in another language.
fn app(language: &str, args: &[&str], state: &Path) -> String {
    let mut cmd = match language {
        "python" => crate::util::python("examples/python/airgap_client.py"),
        _ => crate::util::node("tests/interop/airgap.mjs"),
    };
    let out = cmd
        .args(args)
        .arg(state)
        .output()
        .expect("the interpreter runs");
    assert!(
        out.status.success(),
        "{language} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn round_trip(language: &str) {
    let (s, key) = shop("1");
    let state = s.path().join(format!("{language}-state"));
    std::fs::create_dir_all(&state).unwrap();
    let request = app(language, &["request", &key, "m1"], &state);
    let license = s.ok(&[
        "license",
        "activate",
        "--request",
        &s.file("req.txt", &request),
        "-q",
    ]);
    let jwks_path = s.file("jwks.json", &jwks(&s));
    let claims: Value = serde_json::from_str(&app(
        language,
        &["check", license.trim(), &jwks_path, "app", "m1"],
        &state,
    ))
    .unwrap();
    assert_eq!(claims["sub"], key.as_str());
    if language == "python" {
        // Its checks hold under `python -O`, which strips `assert`.
        let other_machine = crate::util::python("examples/python/airgap_client.py")
            .env("PYTHONOPTIMIZE", "1")
            .args(["check", license.trim(), &jwks_path, "app", "m2"])
            .arg(&state)
            .output()
            .unwrap();
        assert_eq!(other_machine.status.code(), Some(3));
        assert!(
            String::from_utf8_lossy(&other_machine.stderr).contains("another machine")
                || String::from_utf8_lossy(&other_machine.stderr).contains("not m2")
        );
    }
    let proof = app(language, &["proof", &key, "m1"], &state);
    s.ok(&[
        "license",
        "deactivate",
        "--proof",
        &s.file("proof.txt", &proof),
    ]);
    assert!(
        s.json(&["license", "machines", &key])["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_air_gapped_round_trip_from_python() {
    round_trip("python");
}

#[test]
fn the_air_gapped_round_trip_from_node() {
    round_trip("node");
}

#[test]
fn a_clock_set_back_below_the_floor_is_refused() {
    let (s, key) = shop("1");
    let token = s.ok(&["license", "token", &key]);
    let floor = s.path().join("floor");
    let floor_arg = floor.to_str().unwrap();
    let (code, verdict) = s.verdict(&["verify", token.trim(), "--clock-floor", floor_arg]);
    assert_eq!((code, verdict.as_str()), (0, "VALID"));
    let recorded: i64 = std::fs::read_to_string(&floor)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(
        (now() - recorded).abs() < 60,
        "the floor is the token's iat"
    );
    let yesterday = jiff::Timestamp::from_second(now() - 86_400)
        .unwrap()
        .to_string();
    let (code, verdict) = s.verdict(&[
        "verify",
        token.trim(),
        "--clock-floor",
        floor_arg,
        "--at",
        &yesterday,
    ]);
    assert_eq!((code, verdict.as_str()), (3, "CLOCK_ROLLBACK"));
    // Without the floor the same time is accepted: the floor is what refuses.
    assert_eq!(
        s.verdict(&["verify", token.trim(), "--at", &yesterday]).1,
        "VALID"
    );
}

#[test]
fn an_application_with_only_the_first_key_follows_three_rotations() {
    let s = Sandbox::with_tenant("ed25519");
    let first_pem = s.ok(&["key", "export"]);
    for _ in 0..3 {
        s.ok(&["key", "rotate"]);
    }
    let key = s.issue_key(&[]);
    let token = s.ok(&["license", "token", &key]);
    let published = jwks(&s);
    let endorsements = endorsements_in_jwks(&published);
    assert_eq!(endorsements.len(), 3, "{published}");
    let first = keywright::token::VerifyingKey::from_text(&first_pem).unwrap();
    let mut trusted = KeySet::new(vec![first.clone()]);
    assert_eq!(
        verify_license(token.trim(), &trusted, &Expectations::at_now()).code,
        Code::UnknownKey
    );
    assert_eq!(trusted.accept_endorsements(&endorsements), 3);
    assert_eq!(
        verify_license(token.trim(), &trusted, &Expectations::at_now()).code,
        Code::Valid
    );
    // A forged endorsement in the database (signed by a stranger) is not followed.
    let stranger = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let newest: Value = serde_json::from_str(&published).unwrap();
    let newest_kid = s.json(&["license", "show", &key])["kid"]
        .as_str()
        .unwrap()
        .to_string();
    let newest_jwk = newest["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == newest_kid.as_str())
        .unwrap();
    let forged = keywright::token::sign_endorsement(
        "acme",
        &keywright::token::VerifyingKey::from_jwk(newest_jwk).unwrap(),
        &stranger,
        now(),
    )
    .unwrap();
    s.tamper(&format!(
        "UPDATE signing_keys SET endorsement = '{forged}' WHERE kid = '{newest_kid}'"
    ));
    let mut trusted = KeySet::new(vec![first]);
    trusted.accept_endorsements(&endorsements_in_jwks(&jwks(&s)));
    assert_eq!(
        verify_license(token.trim(), &trusted, &Expectations::at_now()).code,
        Code::UnknownKey
    );
}

#[test]
fn a_revoked_key_is_on_later_revocation_lists_and_its_licenses_are_revoked() {
    let s = Sandbox::with_tenant("ed25519");
    let first_pem = s.ok(&["key", "export"]);
    let first_kid = s.first_kid();
    let key = s.issue_key(&[]);
    let token = s.ok(&["license", "token", &key]);
    s.fails(&["key", "revoke", &first_kid], 2); // it still signs: rotate first
    s.ok(&["key", "rotate"]);
    let second = s.file("second.pem", &s.ok(&["key", "export"]));
    s.ok(&["key", "revoke", &first_kid, "--reason", "leaked", "--yes"]);
    s.fails(&["key", "revoke", &first_kid], 2);
    assert_eq!(s.json(&["key", "list"])["items"][0]["status"], "revoked");
    assert!(
        !jwks(&s).contains(&first_kid),
        "a revoked key is not published"
    );
    assert_eq!(s.verdict(&["validate", &key]).1, "REVOKED");
    assert_eq!(s.verdict(&["verify", token.trim()]).1, "REVOKED");
    let list = s.path().join("revocations.jwt");
    s.ok(&["revocations", "export", "--out", list.to_str().unwrap()]);
    let first = s.file("first.pem", &first_pem);
    let (code, verdict) = s.verdict(&[
        "verify",
        token.trim(),
        "--public-key",
        &first,
        "--public-key",
        &second,
        "--revocations",
        list.to_str().unwrap(),
    ]);
    assert_eq!((code, verdict.as_str()), (3, "REVOKED"));
    assert_eq!(
        s.verdict(&["verify", token.trim(), "--public-key", &first])
            .1,
        "VALID"
    );
}

/// An application without a network (Python or Node) reports usage in
/// its check-in request: counted once when the vendor answers it, and the
/// machine license it gets back says where its meters stand.
fn usage_reported_from(language: &str) {
    let s = Sandbox::with_tenant("ed25519");
    let args = ["--seats", "1", "--meter", "exports=10"];
    let key = s.issue_key(&args);
    let state = s.path().join(format!("{language}-state"));
    std::fs::create_dir_all(&state).unwrap();
    let answer = |name: &str, request: &str| {
        let path = s.file(name, request);
        s.ok(&["license", "check-in", "--request", &path, "-q"])
    };
    answer(
        "first.req",
        &app(language, &["request", &key, "m1"], &state),
    );
    let check_in = app(language, &["request", &key, "m1", "exports=3"], &state);
    let license = answer("check-in.req", &check_in);
    let jwks_path = s.file("jwks.json", &jwks(&s));
    let claims: Value = serde_json::from_str(&app(
        language,
        &["check", license.trim(), &jwks_path, "app", "m1"],
        &state,
    ))
    .unwrap();
    assert_eq!(claims["usage"][0]["used"], 3, "{claims}");
    let meters = s.json(&["license", "usage", &key]);
    assert_eq!(meters["items"][0]["used"], 3, "{meters}");
    s.fails(
        &[
            "license",
            "check-in",
            "--request",
            &s.file("again.req", &check_in),
        ],
        2,
    );
}

#[test]
fn a_python_machine_reports_usage_in_its_check_in() {
    usage_reported_from("python");
}

#[test]
fn a_node_machine_reports_usage_in_its_check_in() {
    usage_reported_from("node");
}
