//! Issuing, listing, validating and verifying licenses.

use serde_json::Value;

use crate::util::{Sandbox, unix};

/// A tenant in Nairobi with a product, a plan and a customer.
pub fn shop() -> Sandbox {
    let s = Sandbox::initialised();
    s.ok(&[
        "tenant",
        "create",
        "Acme Bank Ltd",
        "--slug",
        "acme",
        "--timezone",
        "Africa/Nairobi",
    ]);
    s.ok(&[
        "product",
        "create",
        "desktop",
        "--name",
        "Desktop",
        "--feature",
        "sso",
        "--feature",
        "export",
    ]);
    s.ok(&[
        "plan",
        "create",
        "desktop",
        "pro",
        "--feature",
        "sso",
        "--seats",
        "2",
        "--duration",
        "30d",
        "--grace",
        "7d",
        "--limit",
        "api_calls=100",
    ]);
    s.ok(&[
        "customer",
        "create",
        "ada@example.com",
        "--external-id",
        "crm-1",
    ]);
    s
}

fn issue(s: &Sandbox, extra: &[&str]) -> Value {
    let mut args = vec![
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "ada@example.com",
    ];
    args.extend_from_slice(extra);
    s.json(&args)["items"][0].clone()
}

fn claims_of(s: &Sandbox, token: &str) -> Value {
    s.json(&["verify", token])
}

#[test]
fn plan_values_are_defaults_that_flags_override() {
    let s = shop();
    let issued = issue(&s, &["--plan", "pro"]);
    let claims = claims_of(&s, issued["token"].as_str().unwrap());
    assert_eq!(claims["code"], "VALID");
    assert_eq!(claims["iss"], "acme");
    assert_eq!(claims["aud"], "desktop");
    assert_eq!(claims["plan"], "pro");
    assert_eq!(claims["features"], serde_json::json!(["sso"]));
    assert_eq!(
        claims["limits"],
        serde_json::json!({"api_calls": 100, "seats": 2})
    );
    assert_eq!(claims["grace_seconds"], 604800);
    assert_eq!(
        claims["customer"], "crm-1",
        "the external id, not the email, goes into tokens"
    );
    let iat = unix(&claims["iat"]);
    assert_eq!(unix(&claims["exp"]) - iat, 30 * 86_400);

    let overridden = issue(
        &s,
        &[
            "--plan",
            "pro",
            "--feature",
            "export",
            "--seats",
            "9",
            "--limit",
            "api_calls=5",
            "--grace",
            "1d",
            "--domain",
            "*.Example.com",
            "--fingerprint",
            "m-1",
            "--trial",
        ],
    );
    let claims = claims_of(&s, overridden["token"].as_str().unwrap());
    assert_eq!(claims["features"], serde_json::json!(["export"]));
    assert_eq!(
        claims["limits"],
        serde_json::json!({"api_calls": 5, "seats": 9})
    );
    assert_eq!(claims["grace_seconds"], 86400);
    assert_eq!(claims["domains"], serde_json::json!(["*.example.com"]));
    assert_eq!(claims["machines"], serde_json::json!(["m-1"]));
    assert_eq!(claims["trial"], true);
}

#[test]
fn quiet_issue_prints_the_token_alone_and_keys_have_the_tenant_prefix() {
    let s = shop();
    let token = s.ok(&[
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-1",
        "-q",
    ]);
    assert_eq!(token.trim().split('.').count(), 3);
    assert_eq!(token.lines().count(), 1);
    let claims = claims_of(&s, token.trim());
    let key = claims["sub"].as_str().unwrap();
    assert!(key.starts_with("ACB-") && key.len() == 27, "{key}");
    assert_eq!(
        s.ok(&["license", "token", &key.to_lowercase().replace('-', " ")])
            .trim(),
        token.trim()
    );
    let shown = s.json(&["license", "show", key]);
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["version"], 1);
    assert!(
        shown["expires"].is_null(),
        "no plan, no duration: perpetual"
    );
}

#[test]
fn expiry_dates_end_at_local_midnight_in_the_tenants_zone() {
    let s = shop();
    s.ok(&[
        "tenant",
        "create",
        "Pacific Tools",
        "--slug",
        "pacific",
        "--timezone",
        "America/Los_Angeles",
    ]);
    s.ok(&[
        "-t", "pacific", "product", "create", "desktop", "--name", "Desktop",
    ]);
    s.ok(&["-t", "pacific", "customer", "create", "ada@example.com"]);
    let cases = [
        ("acme", "2030-01-01T21:00:00Z", "2030-01-01T20:59:59Z"),
        ("pacific", "2030-01-02T08:00:00Z", "2030-01-02T07:59:59Z"),
    ];
    for (tenant, expected, second_before) in cases {
        let issued = s.json(&[
            "-t",
            tenant,
            "license",
            "issue",
            "--product",
            "desktop",
            "--customer",
            "ada@example.com",
            "--expires",
            "2030-01-01",
        ])["items"][0]
            .clone();
        assert_eq!(issued["expires"], expected, "{tenant}");
        let token = issued["token"].as_str().unwrap();
        // One second before the end of the local day: valid; at it: expired.
        let before = s.json(&["-t", tenant, "verify", token, "--at", second_before]);
        assert_eq!(before["code"], "VALID");
        let output = s
            .cmd()
            .args(["-t", tenant, "verify", token, "--at", expected, "--json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3));
        let after: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(after["code"], "EXPIRED");
    }
}

#[test]
fn verify_checks_grace_domain_fingerprint_features_and_product() {
    let s = shop();
    let issued = issue(
        &s,
        &[
            "--plan",
            "pro",
            "--expires",
            "2030-01-01",
            "--domain",
            "*.example.com",
            "--fingerprint",
            "m-1",
        ],
    );
    let token = issued["token"].as_str().unwrap();
    let code = |extra: &[&str]| s.verdict(&[&["verify", token][..], extra].concat());
    assert_eq!(code(&["--at", "2029-06-01T00:00:00Z"]), (0, "VALID".into()));
    assert_eq!(code(&["--at", "2030-01-03T00:00:00Z"]), (0, "GRACE".into()));
    assert_eq!(
        code(&["--at", "2030-01-09T00:00:00Z"]),
        (3, "EXPIRED".into())
    );
    assert_eq!(
        code(&[
            "--at",
            "2029-06-01T00:00:00Z",
            "--domain",
            "app.example.com"
        ]),
        (0, "VALID".into())
    );
    assert_eq!(
        code(&[
            "--at",
            "2029-06-01T00:00:00Z",
            "--domain",
            "a.b.example.com"
        ]),
        (3, "DOMAIN_MISMATCH".into())
    );
    assert_eq!(
        code(&["--at", "2029-06-01T00:00:00Z", "--fingerprint", "m-2"]),
        (3, "FINGERPRINT_MISMATCH".into())
    );
    assert_eq!(
        code(&["--at", "2029-06-01T00:00:00Z", "--feature", "export"]),
        (3, "FEATURE_MISSING".into())
    );
    assert_eq!(
        code(&["--at", "2029-06-01T00:00:00Z", "--product", "server"]),
        (3, "WRONG_PRODUCT".into())
    );
    assert_eq!(
        code(&["--at", "2000-01-01T00:00:00Z"]).1,
        "VALID",
        "no nbf: valid before issue"
    );
}

/// The JSON lines `verify - --json` answers to `input`.
fn verify_json_lines(s: &Sandbox, input: String) -> Vec<Value> {
    let out = s
        .cmd()
        .args(["verify", "-", "--json"])
        .write_stdin(input)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Tokens from stdin are verified in batches across the cores; the
/// answers come back in the order of the lines, for every line.
#[test]
fn verify_from_stdin_answers_in_the_order_of_the_lines() {
    let s = shop();
    let tokens: Vec<String> = (0..3)
        .map(|_| issue(&s, &[])["token"].as_str().unwrap().to_string())
        .collect();
    let lines: Vec<String> = (0..3000)
        .map(|i| match i % 7 {
            0 => format!("broken-{i}"),
            _ => tokens[i % 3].clone(),
        })
        .collect();
    let answers = verify_json_lines(&s, lines.join("\n"));
    assert_eq!(answers.len(), lines.len());
    for (i, answer) in answers.iter().enumerate() {
        let expected = if i % 7 == 0 { "MALFORMED" } else { "VALID" };
        assert_eq!(answer["code"], expected, "line {i}: {answer}");
    }
}

/// A token written alone to `verify -` is answered before the input ends,
/// as a program that keeps the pipe open expects.
#[test]
fn verify_from_stdin_answers_each_line_as_it_arrives() {
    use std::io::{BufRead, BufReader, Write};
    let s = shop();
    let token = issue(&s, &[])["token"].as_str().unwrap().to_string();
    let mut child = s
        .std_cmd()
        .args(["verify", "-", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..2 {
        writeln!(stdin, "{token}").unwrap();
        stdin.flush().unwrap();
        let mut answer = String::new();
        stdout.read_line(&mut answer).unwrap();
        assert_eq!(answer.trim(), "VALID");
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn verify_reads_many_tokens_from_stdin_one_result_per_line() {
    let s = shop();
    let good = issue(&s, &[])["token"].as_str().unwrap().to_string();
    let input = format!("{good}\nnot-a-token\n\n{good}\n");
    let out = s
        .cmd()
        .args(["verify", "-"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "one bad token makes the run not valid"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let codes: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(codes, ["VALID", "MALFORMED", "VALID"]);
    let lines = verify_json_lines(&s, input);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["code"], "MALFORMED");
    let out = s
        .cmd()
        .args(["verify", "-", "--format", "csv"])
        .write_stdin(format!("{good}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("code,valid,sub,aud,message\nVALID,true,ACB-")
    );
}

#[test]
fn many_licenses_need_confirmation_and_are_one_transaction() {
    let s = shop();
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "desktop",
            "--customer",
            "crm-1",
            "--count",
            "3",
        ],
        2,
    );
    assert!(err.contains("--yes"), "{err}");
    let tokens = s.ok(&[
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-1",
        "--count",
        "3",
        "--yes",
        "-q",
    ]);
    assert_eq!(tokens.lines().count(), 3);
    let listed = s.json(&["license", "list"]);
    assert_eq!(listed["total"], 3);
    assert_eq!(listed["summary"]["active"], 3);
    assert_eq!(
        s.json(&["audit", "list", "--action", "license.created"])["total"],
        3
    );
    s.ok(&["audit", "verify"]);
}

#[test]
fn more_licenses_than_are_held_in_memory_print_from_their_staging_file_after_the_commit() {
    let s = shop();
    let args = |format: &'static str| {
        [
            "license",
            "issue",
            "--product",
            "desktop",
            "--customer",
            "crm-1",
            "--count",
            "10001",
            "--yes",
            "--format",
            format,
        ]
    };
    let listed: serde_json::Value = serde_json::from_str(&s.ok(&args("json"))).unwrap();
    let items = listed["items"].as_array().unwrap();
    assert_eq!(
        (items.len(), listed["total"].as_u64()),
        (10_001, Some(10_001))
    );
    let csv = s.ok(&args("csv"));
    assert_eq!(csv.lines().count(), 10_002, "a header and a row each");
    assert!(
        csv.starts_with("key,product,customer,expires,kid,token\n"),
        "{}",
        &csv[..80]
    );
    assert_eq!(s.json(&["license", "list"])["total"], 20_002);
    let tokens = s.ok(&[&args("table")[..9], &["-q"]].concat());
    assert_eq!(tokens.lines().count(), 10_001);
    assert!(tokens.lines().all(|t| t.split('.').count() == 3));
}

#[test]
fn license_list_filters_and_footer() {
    let s = shop();
    s.ok(&[
        "customer",
        "create",
        "grace@example.com",
        "--company",
        "Navy",
    ]);
    s.ok(&["product", "create", "server", "--name", "Server"]);
    issue(&s, &["--plan", "pro"]);
    issue(&s, &["--expires", "2099-12-31", "--feature", "export"]);
    s.ok(&[
        "license",
        "issue",
        "--product",
        "server",
        "--customer",
        "grace@example.com",
    ]);
    let all = s.json(&["license", "list"]);
    assert_eq!(all["total"], 3);
    assert_eq!(
        all["summary"],
        serde_json::json!({"total": 3, "active": 3, "expiring_soon": 1})
    );
    assert_eq!(
        s.json(&["license", "list", "--product", "server"])["total"],
        1
    );
    assert_eq!(
        s.json(&["license", "list", "--customer", "crm-1"])["total"],
        2
    );
    assert_eq!(
        s.json(&["license", "list", "--feature", "export"])["total"],
        1
    );
    assert_eq!(
        s.json(&["license", "list", "--expires-within", "31d"])["total"],
        1
    );
    assert_eq!(s.json(&["license", "list", "--search", "navy"])["total"], 1);
    assert_eq!(
        s.json(&["license", "list", "--status", "expired"])["total"],
        0
    );
    assert_eq!(
        s.json(&["license", "list", "--status", "active", "--limit", "2"])["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let sorted = s.ok(&[
        "license", "list", "--sort", "customer", "--order", "asc", "--format", "csv",
    ]);
    let customers: Vec<&str> = sorted
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(4).unwrap())
        .collect();
    assert_eq!(
        customers,
        ["ada@example.com", "ada@example.com", "grace@example.com"]
    );
    let table = s.ok(&["license", "list"]);
    assert!(
        table
            .trim_end()
            .ends_with("page 1 of 1, 3 in all, active: 3, expiring soon: 1"),
        "{table}"
    );
}

#[test]
fn validate_reports_status_tampering_machines_and_tenant_suspension() {
    let s = shop();
    let key = issue(&s, &["--plan", "pro"])["key"]
        .as_str()
        .unwrap()
        .to_string();
    let validate = |extra: &[&str]| -> (i32, Value) {
        let mut args = vec!["validate", key.as_str(), "--json"];
        args.extend_from_slice(extra);
        let out = s.cmd().args(&args).output().unwrap();
        (
            out.status.code().unwrap(),
            serde_json::from_slice(&out.stdout).unwrap(),
        )
    };
    assert_eq!(validate(&["--feature", "sso"]).1["code"], "VALID");
    assert_eq!(
        validate(&["--feature", "export"]).1["code"],
        "FEATURE_MISSING"
    );

    // Seats: two machines, the third is refused.
    s.ok(&[
        "license",
        "activate",
        &key,
        "--fingerprint",
        "m-1",
        "--hostname",
        "one",
    ]);
    s.ok(&["license", "activate", &key, "--fingerprint", "m-2"]);
    let out = s
        .cmd()
        .args(["license", "activate", &key, "--fingerprint", "m-3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("TOO_MANY_MACHINES"));
    assert_eq!(validate(&["--fingerprint", "m-2"]).1["code"], "VALID");
    let (code, doc) = validate(&["--fingerprint", "m-3"]);
    assert_eq!(
        (code, doc["code"].as_str().unwrap()),
        (3, "TOO_MANY_MACHINES")
    );
    assert_eq!(s.ok(&["license", "machines", &key, "-q"]), "m-1\nm-2\n");
    s.ok(&["license", "deactivate", &key, "--fingerprint", "m-1"]);
    // A free seat is not a machine's until it activates.
    let (code, doc) = validate(&["--fingerprint", "m-3"]);
    assert_eq!((code, doc["code"].as_str().unwrap()), (3, "NOT_ACTIVATED"));
    s.ok(&["license", "activate", &key, "--fingerprint", "m-3"]);
    assert_eq!(validate(&["--fingerprint", "m-3"]).1["code"], "VALID");

    let (code, doc) = validate(&[]);
    assert_eq!((code, doc["code"].as_str().unwrap()), (0, "VALID"));
    let unknown = "ACB-AAAAA-AAAAA-AAAAA-AAAAB";
    let out = s
        .cmd()
        .args(["validate", unknown, "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a key with a bad check character is a typo, not a lookup"
    );
    let real_but_absent = s.ok(&[
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-1",
        "-q",
    ]);
    let absent_key = s.json(&["verify", real_but_absent.trim()])["sub"]
        .as_str()
        .unwrap()
        .to_string();
    s.tamper(&format!("DELETE FROM licenses WHERE key = '{absent_key}'"));
    let out = s
        .cmd()
        .args(["validate", &absent_key, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["code"],
        "NOT_FOUND"
    );

    s.ok(&["license", "suspend", &key]);
    assert_eq!(validate(&[]).1["code"], "SUSPENDED");
    s.ok(&["license", "reinstate", &key]);

    s.ok(&["tenant", "suspend", "acme"]);
    assert_eq!(validate(&[]).1["code"], "TENANT_SUSPENDED");
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "desktop",
            "--customer",
            "crm-1",
        ],
        2,
    );
    assert!(err.contains("suspended"), "{err}");
    s.ok(&["tenant", "reactivate", "acme"]);

    // Contract terms edited in the row: TAMPERED, and an audit entry says so.
    s.tamper(&format!(
        "UPDATE licenses SET expires_at = expires_at + 86400 * 365 WHERE key = '{key}'"
    ));
    let (code, doc) = validate(&[]);
    assert_eq!((code, doc["code"].as_str().unwrap()), (3, "TAMPERED"));
    assert!(doc["message"].as_str().unwrap().contains("expires"));
    assert_eq!(
        s.json(&["audit", "list", "--action", "license.tamper_detected"])["total"],
        1
    );
    // A token swapped for another license's token is tampering too.
    let other = s.ok(&[
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-1",
        "-q",
    ]);
    s.tamper(&format!(
        "UPDATE licenses SET token = '{}', expires_at = (SELECT expires_at FROM licenses WHERE key = '{key}') - 86400 * 365 WHERE key = '{key}'",
        other.trim()
    ));
    assert_eq!(validate(&[]).1["code"], "TAMPERED");
}

#[test]
fn validate_sees_grace_then_expiry() {
    let s = shop();
    let issued = issue(&s, &["--duration", "3s", "--grace", "3s"]);
    let key = issued["key"].as_str().unwrap().to_string();
    let exp = unix(&s.json(&["verify", issued["token"].as_str().unwrap()])["exp"]);
    let at = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .unwrap()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    assert_eq!(s.verdict(&["validate", &key]), (0, "VALID".into()));
    let check = |unix: i64| s.verdict(&["validate", &key, "--at", &at(unix)]);
    assert_eq!(check(exp - 1), (0, "VALID".into()));
    assert_eq!(check(exp), (0, "GRACE".into()));
    assert_eq!(check(exp + 2), (0, "GRACE".into()));
    assert_eq!(check(exp + 3), (3, "EXPIRED".into()));
    let err = s.fails(&["validate", &key, "--at", "2030-01-01T00:00:00"], 2);
    assert!(err.contains("no time zone offset"), "{err}");
}

#[test]
fn bad_issue_input_writes_nothing() {
    let s = shop();
    s.ok(&["customer", "create", "gone@example.com"]);
    s.ok(&["customer", "delete", "gone@example.com"]);
    s.ok(&["product", "create", "old", "--name", "Old"]);
    s.ok(&["product", "deactivate", "old"]);
    let base = [
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-1",
    ];
    let cases: &[(&[&str], &str)] = &[
        (&["--expires", "2020-01-01"], "in the past"),
        (&["--expires", "2030-02-30"], "not a date"),
        (&["--duration", "forever"], "not a duration"),
        (&["--feature", "teleport"], "not a feature of product"),
        (&["--domain", "http://x"], "not a domain"),
        (&["--seats", "0"], "seat count"),
        (&["--plan", "nope"], "no plan"),
        (&["--grace", "2y"], "grace"),
    ];
    for (extra, expected) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let err = s.fails(&args, 2);
        assert!(err.contains(expected), "{extra:?}: {err}");
    }
    let refusals = [
        ("desktop", "gone@example.com", "deleted"),
        ("old", "crm-1", "inactive"),
        ("desktop", "nobody@example.com", "no customer"),
    ];
    for (product, customer, expected) in refusals {
        let args = [
            "license",
            "issue",
            "--product",
            product,
            "--customer",
            customer,
        ];
        let err = s.fails(&args, 2);
        assert!(err.contains(expected), "{product} {customer}: {err}");
    }
    let err = s.fails(&["license", "show", "ACB-2345"], 2);
    assert!(err.contains("too short"), "{err}");
}

#[test]
fn suspend_reinstate_and_revoke() {
    let s = shop();
    let keys: Vec<String> = (0..3)
        .map(|_| {
            issue(&s, &["--plan", "pro"])["key"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let code = |key: &str| s.verdict(&["validate", key]).1;
    s.ok(&["license", "suspend", &keys[0]]);
    assert_eq!(code(&keys[0]), "SUSPENDED");
    s.fails(&["license", "suspend", &keys[0]], 2);
    s.ok(&["license", "reinstate", &keys[0]]);
    assert_eq!(code(&keys[0]), "VALID");
    let shown = s.json(&["license", "show", &keys[0]]);
    assert_eq!(shown["version"], 3, "every change increments the version");

    // Several keys: confirmation, and all or nothing.
    let err = s.fails(&["license", "revoke", &keys[0], &keys[1]], 2);
    assert!(err.contains("--yes"), "{err}");
    let absent = "ACB-23456-789AB-CDEFG-HJKL9";
    let err = s.fails(&["license", "revoke", &keys[0], absent, "--yes"], 2);
    assert!(err.contains("no license"), "{err}");
    let lower = keys[1].to_lowercase().replace('-', "");
    let revoked = s.json(&[
        "license", "revoke", &keys[0], &keys[1], &lower, "--reason", "refunded", "--yes",
    ]);
    assert_eq!(
        revoked["total"], 2,
        "the same key typed twice is revoked once"
    );
    let shown = s.json(&["license", "show", &keys[1]]);
    assert_eq!(
        (
            shown["status"].as_str(),
            shown["revocation_reason"].as_str()
        ),
        (Some("revoked"), Some("refunded"))
    );
    let out = s.cmd().args(["validate", &keys[1]]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text.contains("REVOKED") && text.contains("refunded"),
        "{text}"
    );
    let err = s.fails(&["license", "reinstate", &keys[1]], 2);
    assert!(err.contains("revoked"), "{err}");
    assert_eq!(code(&keys[2]), "VALID");
    assert_eq!(
        s.json(&["license", "list", "--status", "revoked"])["total"],
        2
    );
    let actions = s
        .ok(&["audit", "list", "--action", "license.*", "-q"])
        .lines()
        .count();
    assert_eq!(
        actions,
        3 + 2 + 2,
        "created x3, suspended, reinstated, revoked x2"
    );
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}

#[test]
fn renew_and_update_re_sign_and_keep_the_row_matching_its_token() {
    let s = shop();
    let issued = issue(&s, &["--plan", "pro", "--expires", "2030-01-01"]);
    let key = issued["key"].as_str().unwrap().to_string();
    let old_token = issued["token"].as_str().unwrap().to_string();

    let renewed = s.json(&["license", "renew", &key, "--extend", "1y"]);
    assert_eq!(renewed["version"], 2);
    assert_eq!(
        renewed["expires"], "2031-01-01T21:00:00Z",
        "a calendar year after the old expiry"
    );
    let new_token = renewed["token"].as_str().unwrap();
    assert_ne!(new_token, old_token);
    let claims = s.json(&["verify", new_token]);
    assert_eq!(
        unix(&claims["exp"]),
        unix(&s.json(&["verify", &old_token])["exp"]) + 365 * 86_400
    );
    assert_eq!(s.ok(&["license", "token", &key]).trim(), new_token);
    assert_eq!(s.verdict(&["validate", &key]), (0, "VALID".into()));

    let until = s.json(&["license", "renew", &key, "--until", "2032-06-30"]);
    assert_eq!(until["expires"], "2032-06-30T21:00:00Z");

    let updated = s.json(&[
        "license",
        "update",
        &key,
        "--add-feature",
        "export",
        "--seats",
        "7",
        "--domain",
        "*.example.com",
    ]);
    assert_eq!(updated["version"], 4);
    let claims = s.json(&["verify", updated["token"].as_str().unwrap()]);
    assert_eq!(claims["features"], serde_json::json!(["export", "sso"]));
    assert_eq!(claims["limits"]["seats"], 7);
    assert_eq!(claims["domains"], serde_json::json!(["*.example.com"]));
    assert_eq!(
        s.verdict(&["validate", &key, "--feature", "export"]),
        (0, "VALID".into())
    );
    let cleared = s.json(&["license", "update", &key, "--no-domains"]);
    assert_eq!(
        s.json(&["verify", cleared["token"].as_str().unwrap()])["domains"],
        serde_json::json!([])
    );

    let err = s.fails(&["license", "update", &key, "--add-feature", "teleport"], 2);
    assert!(err.contains("not a feature of product"), "{err}");
    let err = s.fails(&["license", "renew", &key, "--until", "2001-01-01"], 2);
    assert!(err.contains("in the past"), "{err}");
    let perpetual = issue(&s, &[])["key"].as_str().unwrap().to_string();
    let err = s.fails(&["license", "renew", &perpetual, "--extend", "1y"], 2);
    assert!(err.contains("perpetual"), "{err}");
    s.ok(&["license", "revoke", &key]);
    let err = s.fails(&["license", "renew", &key, "--extend", "1y"], 2);
    assert!(err.contains("revoked"), "{err}");

    let actions = s
        .ok(&["audit", "list", "--target", &key, "-q"])
        .lines()
        .count();
    assert_eq!(
        actions,
        1 + 2 + 2 + 1,
        "created, renewed x2, updated x2, revoked"
    );
    s.ok(&["doctor"]);
}

#[test]
fn bulk_revoke_by_filters_and_from_a_file() {
    let s = shop();
    s.ok(&["customer", "create", "grace@example.com"]);
    s.ok(&["product", "create", "server", "--name", "Server"]);
    let issue = |product: &str, customer: &str, count: &str| {
        let args = [
            "license",
            "issue",
            "--product",
            product,
            "--customer",
            customer,
            "--count",
            count,
            "--yes",
            "-q",
        ];
        s.ok(&args)
    };
    issue("desktop", "ada@example.com", "3");
    issue("desktop", "grace@example.com", "2");
    issue("server", "grace@example.com", "2");
    let status = |product: &str| {
        s.json(&[
            "license",
            "list",
            "--product",
            product,
            "--status",
            "revoked",
        ])["total"]
            .clone()
    };

    let err = s.fails(&["license", "revoke", "--bulk"], 2);
    assert!(err.contains("at least one filter"), "{err}");
    let planned = s.json(&[
        "license",
        "revoke",
        "--bulk",
        "--product",
        "desktop",
        "--customer",
        "grace@example.com",
        "--dry-run",
    ]);
    assert_eq!(planned["total"], 2);
    assert_eq!(status("desktop"), 0, "a dry run changes nothing");
    let err = s.fails(
        &[
            "license",
            "revoke",
            "--bulk",
            "--product",
            "desktop",
            "--customer",
            "grace@example.com",
        ],
        2,
    );
    assert!(
        err.contains("revoke 2 licenses") && err.contains("--yes"),
        "{err}"
    );
    let revoked = s.json(&[
        "license",
        "revoke",
        "--bulk",
        "--product",
        "desktop",
        "--customer",
        "grace@example.com",
        "--reason",
        "chargeback",
        "--yes",
    ]);
    assert_eq!(revoked["total"], 2);
    assert_eq!(status("desktop"), 2);
    assert_eq!(status("server"), 0);

    // From a file: a typo is named by its line and nothing is revoked.
    let server_keys = s.ok(&["license", "list", "--product", "server", "-q"]);
    let file = s.path().join("keys.txt");
    let first = server_keys.lines().next().unwrap();
    std::fs::write(
        &file,
        format!("# refunds\n{first}\nACB-23456-789AB-CDEFG-HJKLA\n"),
    )
    .unwrap();
    let err = s.fails(
        &[
            "license",
            "revoke",
            "--bulk",
            "--from-file",
            file.to_str().unwrap(),
            "--yes",
        ],
        2,
    );
    assert!(err.starts_with("error: line 3:"), "{err}");
    std::fs::write(&file, &server_keys).unwrap();
    // With a filter, only the listed keys that match it.
    let none = s.json(&[
        "license",
        "revoke",
        "--bulk",
        "--from-file",
        file.to_str().unwrap(),
        "--product",
        "desktop",
        "--yes",
    ]);
    assert_eq!(none["total"], 0);
    let out = s
        .cmd()
        .args([
            "license",
            "revoke",
            "--bulk",
            "--from-file",
            "-",
            "--yes",
            "-q",
        ])
        .write_stdin(server_keys.clone())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
    assert_eq!(status("server"), 2);

    assert_eq!(
        s.json(&["audit", "list", "--action", "license.revoked"])["total"],
        4
    );
    let summaries = s.json(&["audit", "list", "--action", "license.bulk_revoked"]);
    assert_eq!(
        summaries["total"], 2,
        "a selection of nothing writes nothing"
    );
    assert_eq!(summaries["items"][1]["details"]["count"], 2);
    s.ok(&["audit", "verify"]);
}

#[test]
fn import_issues_every_row_or_nothing() {
    let s = shop();
    s.ok(&["customer", "create", "grace@example.com"]);
    let csv = s.path().join("licenses.csv");
    std::fs::write(
        &csv,
        "product,customer,plan,expires,features,seats,domains,limits,trial,count\n\
         desktop,ada@example.com,pro,2030-06-30,,,,,,1\n\
         desktop,grace@example.com,,,\"sso,export\",3,*.example.com;app.test,api_calls=5,yes,2\n",
    )
    .unwrap();
    let err = s.fails(&["license", "import", csv.to_str().unwrap()], 2);
    assert!(
        err.contains("import 3 licenses") && err.contains("--yes"),
        "{err}"
    );
    let imported = s.json(&["license", "import", csv.to_str().unwrap(), "--yes"]);
    assert_eq!(imported["total"], 3);
    let grace: Vec<Value> = imported["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["customer"] == "grace@example.com")
        .cloned()
        .collect();
    let claims = s.json(&["verify", grace[0]["token"].as_str().unwrap()]);
    assert_eq!(claims["features"], serde_json::json!(["export", "sso"]));
    assert_eq!(
        claims["limits"],
        serde_json::json!({"api_calls": 5, "seats": 3})
    );
    assert_eq!(
        claims["domains"],
        serde_json::json!(["*.example.com", "app.test"])
    );
    assert_eq!(claims["trial"], true);
    let ada = s.json(&["verify", imported["items"][0]["token"].as_str().unwrap()]);
    assert_eq!(ada["plan"], "pro");
    assert_eq!(imported["items"][0]["expires"], "2030-06-30T21:00:00Z");
    assert_eq!(
        s.json(&["audit", "list", "--action", "license.imported"])["total"],
        3
    );

    // One bad row anywhere: nothing is issued, and the error names the line.
    let cases = [
        (
            "product,customer\ndesktop,ada@example.com\nnope,ada@example.com\n",
            "line 3: no product 'nope'",
        ),
        (
            "product,customer,seats\ndesktop,ada@example.com,many\n",
            "line 2: seats 'many'",
        ),
        (
            "product,customer,expires\ndesktop,ada@example.com,2030-02-30\n",
            "line 2: '2030-02-30' is not a date",
        ),
        (
            "product,customer,colour\ndesktop,ada@example.com,red\n",
            "line 1: unknown column 'colour'",
        ),
        (
            "product,plan\ndesktop,pro\n",
            "line 1: the column 'customer' is missing",
        ),
        (
            "product,customer\ndesktop,ada@example.com,extra\n",
            "line 2 has 3 fields where the header has 2",
        ),
        ("product,customer\n", "no rows"),
        (
            "product,customer,customer\ndesktop,ada@example.com,grace@example.com\n",
            "line 1: the column 'customer' appears twice",
        ),
    ];
    for (text, expected) in cases {
        std::fs::write(&csv, text).unwrap();
        let err = s.fails(&["license", "import", csv.to_str().unwrap(), "--yes"], 2);
        assert!(err.contains(expected), "{text:?}: {err}");
    }
    let err = s.fails(
        &["license", "import", s.path().to_str().unwrap(), "--yes"],
        2,
    );
    assert!(err.contains("is a folder"), "{err}");
    let out = s
        .cmd()
        .args(["license", "import", "-", "-q"])
        .write_stdin("product,customer\ndesktop,crm-1\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .split('.')
            .count(),
        3,
        "-q prints the token"
    );
}

#[test]
fn an_export_reads_back_as_an_import() {
    let s = shop();
    issue(
        &s,
        &[
            "--plan",
            "pro",
            "--domain",
            "*.example.com",
            "--limit",
            "api_calls=7",
        ],
    );
    let exported = s.ok(&["export", "licenses"]);
    // The columns import knows, taken from the export.
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let record = reader.records().next().unwrap().unwrap();
    let get = |name: &str| {
        record
            .get(headers.iter().position(|h| h == name).unwrap())
            .unwrap()
            .to_string()
    };
    let row = format!(
        "product,customer,plan,features,domains,limits\n{},{},{},\"{}\",\"{}\",\"{}\"\n",
        get("product"),
        get("customer"),
        get("plan"),
        get("features"),
        get("domains"),
        get("limits")
    );
    let out = s
        .cmd()
        .args(["license", "import", "-", "--json"])
        .write_stdin(row)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let imported: Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = s.json(&["verify", imported["items"][0]["token"].as_str().unwrap()]);
    assert_eq!(claims["domains"], serde_json::json!(["*.example.com"]));
    assert_eq!(
        claims["limits"],
        serde_json::json!({"api_calls": 7, "seats": 2})
    );
}

/// A license revoked by another command while a bulk revocation waits for
/// its confirmation (on a real terminal, made by `script`): the bulk
/// revocation names it and revokes nothing.
#[test]
fn a_bulk_revocation_refuses_a_license_changed_while_it_asked() {
    let s = shop();
    issue(&s, &["--count", "3", "--yes"]);
    let keys: Vec<String> = s
        .ok(&["license", "list", "-q"])
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(keys.len(), 3);
    let other = &keys[1];
    let out = s
        .bash(&format!(
            "(sleep 1.5; \"$KEYWRIGHT\" license revoke {other} >/dev/null; echo y; sleep 1) \
             | NO_COLOR=1 TERM=xterm script -qec '\"$KEYWRIGHT\" license revoke --bulk --product desktop' /dev/null"
        ))
        .output()
        .unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(seen.contains("revoke 3 licenses?"), "{seen}");
    assert!(
        seen.contains(&format!(
            "license {other} was changed by another command meanwhile (it is revoked now), so nothing was revoked"
        )),
        "{seen}"
    );
    let revoked = s.json(&["license", "list", "--status", "revoked"]);
    assert_eq!(revoked["total"], 1, "only the other command's: {revoked}");
}
