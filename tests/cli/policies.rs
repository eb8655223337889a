//! Policies (docs/policies.md): a plan's choices are kept on each license
//! it issues (sealed with the row, so a plan changed later changes none
//! already sold), shown by `plan show` and `license show`, and applied:
//! the basis of a renewal, the scope of a machine, what expiry does.

use serde_json::{Value, json};

use crate::stripe::now;
use crate::util::{ISSUE, Sandbox, end_of_utc_day, unix};

const DAY: i64 = 86_400;

fn show(s: &Sandbox, key: &str) -> Value {
    s.json(&["license", "show", key])
}

#[test]
fn a_plan_s_policy_is_kept_on_each_license_and_a_later_change_of_the_plan_changes_none() {
    let s = Sandbox::with_tenant("ed25519");
    let plan = s.json(&[
        "plan",
        "create",
        "app",
        "pro",
        "--duration",
        "30d",
        "--on-expiry",
        "allow",
        "--renew-from",
        "expiry",
        "--meter",
        "exports=500/month",
        "--machine-scope",
        "product",
    ]);
    let policy = json!({
        "on_expiry": "allow", "renew_from": "expiry", "machine_scope": "product",
        "meters": {"exports": {"limit": 500, "monthly": true}},
    });
    assert_eq!(plan["policy"], policy, "{plan}");
    let key = s.issue_key(&["--plan", "pro"]);
    assert_eq!(show(&s, &key)["policy"], policy);
    let changed = s.json(&[
        "plan",
        "update",
        "app",
        "pro",
        "--remove-meter",
        "exports",
        "--overage",
        "1.5x",
        "--on-expiry",
        "restrict",
    ]);
    assert_eq!(
        changed["policy"],
        json!({"renew_from": "expiry", "machine_scope": "product", "overage": "1.5x"})
    );
    assert_eq!(
        show(&s, &key)["policy"],
        policy,
        "the license keeps what it was sold with"
    );
    // A license of defaults shows none.
    let plain = s.issue_key(&[]);
    assert!(show(&s, &plain).get("policy").is_none());
    // The policy is sealed with the row: editing it is tampering.
    s.ok(&["doctor"]);
    s.tamper(&format!(
        "UPDATE licenses SET policy = '{{\"on_expiry\":\"revoke\"}}' WHERE key = '{key}'"
    ));
    let said = s.fails(&["license", "renew", &key, "--extend", "1d"], 2);
    assert!(said.contains("cannot be signed again"), "{said}");
    for bad in [
        &["plan", "create", "app", "bad", "--meter", "exports"][..],
        &["plan", "create", "app", "bad", "--on-expiry", "forever"],
        &["plan", "update", "app", "pro", "--remove-meter", "nope"],
    ] {
        s.fails(bad, 2);
    }
}

#[test]
fn a_renewal_counts_from_the_expiry_from_now_or_from_now_once_expired_as_the_plan_says() {
    let s = Sandbox::with_tenant("ed25519");
    for (plan, basis) in [
        ("by-expiry", "expiry"),
        ("by-now", "now"),
        ("by-default", "now-if-expired"),
    ] {
        s.ok(&[
            "plan",
            "create",
            "app",
            plan,
            "--duration",
            "30d",
            "--renew-from",
            basis,
        ]);
    }
    let extend = |plan: &str| {
        let key = s.issue_key(&["--plan", plan]);
        let before = unix(&show(&s, &key)["expires"]);
        let after = unix(&s.json(&["license", "renew", &key, "--extend", "10d"])["expires"]);
        (before, after)
    };
    let (before, after) = extend("by-expiry");
    assert_eq!(after - before, 10 * DAY);
    let (_, after) = extend("by-now");
    assert!((after - (now() + 10 * DAY)).abs() < 60, "from now: {after}");
    let (before, after) = extend("by-default");
    assert_eq!(after - before, 10 * DAY, "not expired yet: from the expiry");
}

#[test]
fn a_license_s_own_policy_overrides_its_plan_s_from_flags_and_csv() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--on-expiry",
        "allow",
        "--meter",
        "exports=5",
    ]);
    let key = s.issue_key(&[
        "--plan",
        "pro",
        "--on-expiry",
        "revoke",
        "--meter",
        "seats_hours=9/month",
    ]);
    assert_eq!(
        show(&s, &key)["policy"],
        json!({"on_expiry": "revoke", "meters": {"exports": {"limit": 5}, "seats_hours": {"limit": 9, "monthly": true}}})
    );
    let csv = s.file(
        "rows.csv",
        "product,customer,plan,machine_scope,meters,renew_from\napp,ada@example.com,pro,tenant,exports=7,now\n",
    );
    s.ok(&["license", "import", &csv, "--yes"]);
    let newest = s.ok(&["license", "list", "-q", "--limit", "1"]);
    assert_eq!(
        show(&s, newest.trim())["policy"],
        json!({"on_expiry": "allow", "renew_from": "now", "machine_scope": "tenant", "meters": {"exports": {"limit": 7}}})
    );
    let bad = s.file(
        "bad.csv",
        "product,customer,on_expiry\napp,ada@example.com,forever\n",
    );
    let said = s.fails(&["license", "import", &bad, "--yes"], 2);
    assert!(said.contains("is not a rule on expiry"), "{said}");
}

/// Activates `fingerprint` on `key`; the code answered (`VALID` when it
/// succeeds, else the one its error names) and the exit code.
fn activate(s: &Sandbox, key: &str, fingerprint: &str) -> (String, i32) {
    let out = s
        .cmd()
        .args(["license", "activate", key, "--fingerprint", fingerprint])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = match stderr.trim_end().rsplit_once('(') {
        Some((_, code)) if !out.status.success() => code.trim_end_matches(')').to_string(),
        _ => "VALID".to_string(),
    };
    (code, out.status.code().unwrap_or(-1))
}

#[test]
fn a_machine_scope_of_product_or_tenant_lets_a_machine_hold_one_license_there_at_a_time() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["product", "create", "cli", "--name", "CLI"]);
    s.ok(&[
        "plan",
        "create",
        "app",
        "one",
        "--seats",
        "3",
        "--machine-scope",
        "product",
    ]);
    s.ok(&[
        "plan",
        "create",
        "app",
        "all",
        "--seats",
        "3",
        "--machine-scope",
        "tenant",
    ]);
    s.ok(&["plan", "create", "app", "free", "--seats", "3"]);
    let first = s.issue_key(&["--plan", "one"]);
    let second = s.issue_key(&["--plan", "one"]);
    assert_eq!(activate(&s, &first, "m1"), ("VALID".into(), 0));
    let (code, exit) = activate(&s, &second, "m1");
    assert_eq!((code.as_str(), exit), ("MACHINE_IN_USE", 3));
    assert_eq!(
        activate(&s, &second, "m2").0,
        "VALID",
        "another machine is free to"
    );
    assert_eq!(
        activate(&s, &first, "m1").0,
        "VALID",
        "its own license refreshes it"
    );
    // A license of the default scope does not look at other licenses.
    let free = s.issue_key(&["--plan", "free"]);
    assert_eq!(activate(&s, &free, "m1").0, "VALID");
    // Another product's license is outside a product scope, inside a tenant scope.
    let other = s.json(&[
        "license",
        "issue",
        "--product",
        "cli",
        "--customer",
        "ada@example.com",
    ])["items"][0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(activate(&s, &other, "m2").0, "VALID");
    let everywhere = s.issue_key(&["--plan", "all"]);
    assert_eq!(activate(&s, &everywhere, "m2").0, "MACHINE_IN_USE");
    s.ok(&["license", "deactivate", &other, "--fingerprint", "m2"]);
    s.ok(&["license", "deactivate", &second, "--fingerprint", "m2"]);
    assert_eq!(
        activate(&s, &everywhere, "m2").0,
        "VALID",
        "free once deactivated elsewhere"
    );
}

#[test]
fn a_machine_gets_one_trial_of_a_product_and_a_converted_trial_keeps_its_key_and_machines() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "trial",
        "--trial",
        "--duration",
        "14d",
        "--seats",
        "1",
    ]);
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--duration",
        "1y",
        "--seats",
        "3",
        "--feature",
        "sso",
        "--renew-from",
        "now",
    ]);
    let trial = s.issue_key(&["--plan", "trial"]);
    assert_eq!(activate(&s, &trial, "m1").0, "VALID");
    // Another trial key (a reinstall, a second sign-up) on the same machine.
    let again = s.issue_key(&["--plan", "trial"]);
    let (code, exit) = activate(&s, &again, "m1");
    assert_eq!((code.as_str(), exit), ("TRIAL_USED", 3));
    // Still so once the first trial is revoked.
    s.ok(&["license", "revoke", &trial, "--yes"]);
    assert_eq!(activate(&s, &again, "m1").0, "TRIAL_USED");
    assert_eq!(
        activate(&s, &again, "m2").0,
        "VALID",
        "another machine may try"
    );
    // A paid license on the same machine is no trial.
    let paid = s.issue_key(&["--plan", "pro"]);
    assert_eq!(activate(&s, &paid, "m1").0, "VALID");

    // The trial on m2 is converted: same key, its machine kept, the plan's terms.
    let converted = s.json(&["license", "convert", &again, "--plan", "pro"]);
    assert_eq!(converted["key"], again.as_str());
    let shown = show(&s, &again);
    assert_eq!(shown["plan"], "pro");
    assert_eq!(shown["trial"], false);
    assert_eq!(shown["features"], json!(["sso"]));
    assert_eq!(shown["limits"]["seats"], 3);
    assert_eq!(shown["policy"], json!({"renew_from": "now"}));
    let year = unix(&shown["expires"]) - now();
    assert!((364 * DAY..=366 * DAY).contains(&year), "{shown}");
    let machines = s.json(&["license", "machines", &again]);
    assert_eq!(machines["items"][0]["fingerprint"], "m2", "{machines}");
    let actions = s.ok(&["audit", "list", "--limit", "100"]);
    assert!(actions.contains("license.converted"), "{actions}");
    s.ok(&["doctor"]);
    s.ok(&["validate", &again, "--fingerprint", "m2"]);
}

#[test]
fn an_expired_license_whose_policy_allows_it_validates_as_expired_and_valid() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "lenient",
        "--duration",
        "2s",
        "--on-expiry",
        "allow",
    ]);
    s.ok(&["plan", "create", "app", "strict", "--duration", "2s"]);
    let lenient = s.issue_key(&["--plan", "lenient"]);
    let strict = s.issue_key(&["--plan", "strict"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let out = s
        .cmd()
        .args(["validate", &lenient, "--json"])
        .output()
        .unwrap();
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{answer}");
    assert_eq!(
        (answer["code"].as_str(), answer["valid"].as_bool()),
        (Some("EXPIRED"), Some(true)),
        "{answer}"
    );
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .contains("on-expiry allow"),
        "{answer}"
    );
    let (code, verdict) = s.verdict(&["validate", &strict]);
    assert_eq!((code, verdict.as_str()), (3, "EXPIRED"));
    // Offline, the token says the rule, so a verifier decides the same.
    let token = |key: &str| show(&s, key)["token"].as_str().unwrap().to_string();
    let (code, doc) = verified(&s, &token(&lenient), &[]);
    assert_eq!(
        (code, doc["code"].as_str(), doc["valid"].as_bool()),
        (0, Some("EXPIRED"), Some(true)),
        "{doc}"
    );
    assert_eq!(doc["on_expiry"], "allow", "{doc}");
    let (code, doc) = verified(&s, &token(&strict), &[]);
    assert_eq!((code, doc["code"].as_str()), (3, Some("EXPIRED")), "{doc}");
    assert_eq!(doc["on_expiry"], Value::Null, "{doc}");
}

#[test]
fn an_expired_license_under_maintain_stays_valid_for_builds_released_before_its_expiry() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "perpetual-fallback",
        "--duration",
        "2s",
        "--on-expiry",
        "maintain",
    ]);
    let key = s.issue_key(&["--plan", "perpetual-fallback"]);
    // A machine without a network gets a machine license that says the
    // rule too: the license's own expiry ends it, not a lease.
    let dir = s.path().join("plant").display().to_string();
    let request = s.ok(&[
        "machine",
        "request",
        &key,
        "--fingerprint",
        "plant",
        "--dir",
        &dir,
    ]);
    let request = s.file("req.txt", &request);
    let machine_license = s.ok(&["license", "activate", "--request", &request, "-q"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let day = |offset: i64| {
        jiff::Timestamp::from_second(now() + offset * DAY)
            .unwrap()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()
            .to_string()
    };
    let old_build = s.json(&["validate", &key, "--build-date", &day(-1)]);
    assert_eq!(
        (old_build["code"].as_str(), old_build["valid"].as_bool()),
        (Some("EXPIRED"), Some(true)),
        "{old_build}"
    );
    let (code, verdict) = s.verdict(&["validate", &key, "--build-date", &day(1)]);
    assert_eq!(
        (code, verdict.as_str()),
        (3, "EXPIRED"),
        "a build after the expiry"
    );
    let (code, _) = s.verdict(&["validate", &key]);
    assert_eq!(code, 3, "no build date: expired");
    s.fails(&["validate", &key, "--build-date", "yesterday"], 2);
    // Offline, with the token's claim `on_expiry` and its `exp`.
    let token = show(&s, &key)["token"].as_str().unwrap().to_string();
    let old = verified(&s, &token, &["--build-date", &day(-1)]);
    assert_eq!(
        (old.0, old.1["code"].as_str(), old.1["valid"].as_bool()),
        (0, Some("EXPIRED"), Some(true)),
        "{}",
        old.1
    );
    assert_eq!(old.1["on_expiry"], "maintain");
    assert_eq!(verified(&s, &token, &["--build-date", &day(1)]).0, 3);
    assert_eq!(verified(&s, &token, &[]).0, 3, "no build date: expired");
    s.fails(&["verify", &token, "--build-date", "soon"], 2);
    let by_file = |build: &str| {
        let args = ["--machine", &dir, "--build-date", build];
        verified(&s, machine_license.trim(), &args)
    };
    let (code, doc) = by_file(&day(-1));
    assert_eq!(
        (code, doc["on_expiry"].as_str()),
        (0, Some("maintain")),
        "{doc}"
    );
    assert_eq!(by_file(&day(1)).0, 3);
}

/// The claims of a token, as `keywright verify` reads them, and its code.
fn verified(s: &Sandbox, token: &str, extra: &[&str]) -> (i32, Value) {
    let out = s
        .cmd()
        .args([&["verify", token, "--json"][..], extra].concat())
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), doc)
}

#[test]
fn a_term_that_counts_from_the_first_activation_waits_for_it_and_its_token_says_so() {
    let s = Sandbox::with_tenant("ed25519");
    let args = ["plan", "create", "app", "pro", "--duration", "30d"];
    s.ok(&[&args[..], &["--expiry-basis", "first-activation"]].concat());
    let (key, token) = s.issue_of_plan("pro");
    let waiting = show(&s, &key);
    assert_eq!(waiting["expires"], Value::Null, "{waiting}");
    assert_eq!(
        waiting["policy"],
        json!({"expiry_basis": "first-activation", "term": "30d"})
    );
    // The token is no license yet: a verifier that knows `starts` says
    // so, one that does not finds it expired (exp = iat), never perpetual.
    let (code, doc) = verified(&s, &token, &[]);
    assert_eq!(
        (code, doc["code"].as_str()),
        (3, Some("NOT_STARTED")),
        "{doc}"
    );
    assert_eq!(doc["starts"], "first-activation", "{doc}");
    assert_eq!(doc["exp"], doc["iat"], "{doc}");
    let (code, verdict) = s.verdict(&["validate", &key]);
    assert_eq!((code, verdict.as_str()), (3, "NOT_STARTED"));
    let said = s.fails(&["license", "renew", &key, "--extend", "1y"], 2);
    assert!(said.contains("has not started"), "{said}");
    let dated = [&ISSUE[..6], &["--plan", "pro", "--expires", "2031-01-01"]].concat();
    let said = s.fails(&dated, 2);
    assert!(said.contains("takes a duration"), "{said}");

    assert_eq!(activate(&s, &key, "m1"), ("VALID".to_string(), 0));
    let started = show(&s, &key);
    let expires = unix(&started["expires"]);
    assert_eq!(expires, end_of_utc_day(now() + 30 * DAY), "{started}");
    assert_eq!(
        started["policy"],
        json!({"expiry_basis": "first-activation"})
    );
    assert_eq!(started["version"], 2);
    let (code, doc) = verified(&s, started["token"].as_str().unwrap(), &[]);
    assert_eq!((code, doc["code"].as_str()), (0, Some("VALID")), "{doc}");
    assert_eq!(unix(&doc["exp"]), expires);
    assert_eq!(doc["starts"], Value::Null, "{doc}");
    // A second machine starts nothing again.
    assert_eq!(activate(&s, &key, "m2"), ("VALID".to_string(), 0));
    assert_eq!(show(&s, &key)["version"], 2);
    assert_eq!(s.audit_entries("license.started").len(), 1);
    s.ok(&["license", "renew", &key, "--extend", "1y"]);
    s.ok(&["doctor"]);
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_term_that_counts_from_the_first_validation_starts_with_it_or_with_an_activation_by_file() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "metered",
        "--duration",
        "7d",
        "--seats",
        "1",
        "--expiry-basis",
        "first-validation",
    ]);
    let by_validation = s.issue_key(&["--plan", "metered"]);
    assert_eq!(show(&s, &by_validation)["expires"], Value::Null);
    let answer = s.json(&["validate", &by_validation]);
    assert_eq!(answer["code"], "VALID", "{answer}");
    let expires = unix(&show(&s, &by_validation)["expires"]);
    assert_eq!(expires, end_of_utc_day(now() + 7 * DAY));
    assert_eq!(unix(&answer["expires"]), expires, "{answer}");
    // A check "as at" a later time is hypothetical: it starts nothing.
    let other = s.issue_key(&["--plan", "metered"]);
    s.ok(&["validate", &other, "--at", "2030-01-01T00:00:00Z"]);
    assert_eq!(show(&s, &other)["expires"], Value::Null);

    // An activation by file starts it too, and the machine license carries
    // the expiry.
    let dir = s.path().join("laptop");
    let dir = dir.to_str().unwrap();
    let request = s.ok(&[
        "machine",
        "request",
        &other,
        "--fingerprint",
        "laptop",
        "--dir",
        dir,
    ]);
    let path = s.file("req.txt", &request);
    let machine_license = s.ok(&["license", "activate", "--request", &path, "-q"]);
    let expires = unix(&show(&s, &other)["expires"]);
    assert_eq!(expires, end_of_utc_day(now() + 7 * DAY));
    let (code, doc) = verified(&s, machine_license.trim(), &["--machine", dir]);
    assert_eq!((code, doc["code"].as_str()), (0, Some("VALID")), "{doc}");
    assert!(unix(&doc["exp"]) <= expires, "{doc}");
    assert_eq!(doc["starts"], Value::Null, "{doc}");
    s.ok(&["doctor"]);
    s.ok(&["audit", "verify"]);
}

/// What `license usage KEY --json` says `meter` has used.
fn used(s: &Sandbox, key: &str, meter: &str) -> i64 {
    let meters = s.json(&["license", "usage", key]);
    meters["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["meter"] == meter)
        .unwrap_or_else(|| panic!("no meter {meter}: {meters}"))["used"]
        .as_i64()
        .unwrap()
}

#[test]
fn a_machine_without_a_network_reports_usage_in_its_check_in_and_each_report_counts_once() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "metered",
        "--seats",
        "1",
        "--meter",
        "exports=10/month",
        "--meter",
        "scans=3",
    ]);
    let key = s.issue_key(&["--plan", "metered"]);
    let dir = s.path().join("laptop").display().to_string();
    let request = |name: &str, extra: &[&str]| {
        let made = s.ok(&[
            &[
                "machine",
                "check-in",
                &key,
                "--fingerprint",
                "laptop",
                "--dir",
                &dir,
            ][..],
            extra,
        ]
        .concat());
        s.file(name, &made)
    };
    let first = request("first.txt", &[]);
    s.ok(&["license", "activate", "--request", &first, "-q"]);
    let reports = [
        "--usage",
        "exports=4",
        "--usage",
        "scans=5",
        "--usage",
        "exports=3",
    ];
    let check_in = request("check-in.txt", &reports);
    let answered = s.json(&["license", "check-in", "--request", &check_in]);
    let codes: Vec<&str> = answered["usage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["VALID", "USAGE_EXCEEDED", "VALID"], "{answered}");
    assert_eq!((used(&s, &key, "exports"), used(&s, &key, "scans")), (7, 0));
    // The machine license carries the meters, signed, for the machine.
    let token = answered["token"].as_str().unwrap();
    let (code, doc) = verified(&s, token, &["--machine", &dir]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        (
            doc["usage"][0]["meter"].as_str(),
            doc["usage"][0]["used"].as_i64()
        ),
        (Some("exports"), Some(7)),
        "{doc}"
    );
    // The same request again counts nothing: its nonce was used.
    let said = s.fails(&["license", "check-in", "--request", &check_in], 2);
    assert!(said.contains("already used"), "{said}");
    assert_eq!(used(&s, &key, "exports"), 7);
    // A report of a meter the license lacks refuses the whole request.
    let unknown = request(
        "unknown.txt",
        &["--usage", "exports=1", "--usage", "prints=2"],
    );
    let said = s.fails(&["license", "check-in", "--request", &unknown], 2);
    assert!(said.contains("no meter 'prints'"), "{said}");
    assert_eq!(used(&s, &key, "exports"), 7);
    // A request refused (another machine, no free seat) counts nothing
    // and can be answered later.
    let other_dir = s.path().join("desktop").display().to_string();
    let other = s.ok(&[
        "machine",
        "request",
        &key,
        "--fingerprint",
        "desktop",
        "--dir",
        &other_dir,
        "--usage",
        "exports=2",
    ]);
    let other = s.file("other.txt", &other);
    s.fails(&["license", "activate", "--request", &other], 3);
    assert_eq!(used(&s, &key, "exports"), 7);
    s.fails(
        &[
            "machine", "check-in", &key, "--dir", &dir, "--usage", "exports",
        ],
        2,
    );
    let issued = s.audit_entries("license.machine_license_issued");
    let reported = issued
        .iter()
        .find(|e| e["details"]["usage"] != json!([]))
        .unwrap_or_else(|| panic!("{issued:?}"));
    assert_eq!(reported["details"]["usage"][1]["code"], "USAGE_EXCEEDED");
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_command_that_meets_a_license_overdue_under_on_expiry_revoke_revokes_it() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "strict",
        "--duration",
        "2s",
        "--on-expiry",
        "revoke",
    ]);
    let overdue = s.issue_key(&["--plan", "strict"]);
    let kept = s.issue_key(&["--duration", "2s"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let shown = show(&s, &overdue);
    assert_eq!(shown["status"], "revoked", "{shown}");
    assert!(
        shown["revocation_reason"]
            .as_str()
            .unwrap()
            .contains("policy revokes it"),
        "{shown}"
    );
    assert_eq!(show(&s, &kept)["status"], "expired");
    let revoked = s.audit_entries("license.revoked");
    assert_eq!(revoked.len(), 1, "{revoked:?}");
    assert_eq!(revoked[0]["actor"], "policy:on-expiry");
    let (code, verdict) = s.verdict(&["validate", &overdue]);
    assert_eq!((code, verdict.as_str()), (3, "REVOKED"));
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}
