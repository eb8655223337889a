//! The application-side examples of `examples/`, run against tokens and a
//! server the binary makes: the online client (Python), the feature gates
//! of a FastAPI and an Express application, the release-license script of
//! CI, the monthly export; and every kind of token against its JSON Schema
//! in docs/schemas.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::server::{Server, eventually, shop};
use crate::util::{Sandbox, node, python, repo_file};

fn run(mut cmd: Command) -> (i32, Value) {
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let answer = serde_json::from_str(text.trim())
        .unwrap_or_else(|_| panic!("no JSON: {text} {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), answer)
}

#[test]
fn the_online_client_activates_validates_and_trusts_its_lease_offline() {
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let jwks = s.jwks_file();
    let cache = s.path().join("lease.json").display().to_string();
    let server = Server::start(&s);
    let client = |action: &str, server_url: &str| {
        run(online_client(
            action, server_url, "acme", &key, &jwks, &cache,
        ))
    };
    let url = server.url("");
    let (status, activated) = client("activate", &url);
    assert_eq!(
        (status, activated["code"].as_str()),
        (0, Some("VALID")),
        "{activated}"
    );
    assert_eq!(activated["source"], "online");
    let (status, validated) = client("validate", &url);
    assert_eq!(
        (status, validated["source"].as_str()),
        (0, Some("online")),
        "{validated}"
    );
    assert_eq!(
        s.json(&["license", "machines", &key])["items"][0]["fingerprint"],
        "m1"
    );

    // A refusal (a tenant that is not there: 404) is the service's word,
    // never a reason to fall back on the cached reply.
    let wrong_tenant = online_client("validate", &url, "nosuch", &key, &jwks, &cache)
        .output()
        .unwrap();
    assert_eq!(wrong_tenant.status.code(), Some(2));
    assert!(wrong_tenant.stdout.is_empty());
    let said = String::from_utf8_lossy(&wrong_tenant.stderr);
    assert!(said.contains("refused the request"), "{said}");

    // The service goes away: the last signed reply holds until its lease ends.
    server.terminate();
    let (status, offline) = client("validate", &url);
    assert_eq!(
        (status, offline["source"].as_str()),
        (0, Some("cache")),
        "{offline}"
    );
    assert!(offline["lease_until"].as_i64().unwrap() > validated["checked_at"].as_i64().unwrap());

    // A cached reply changed by hand proves nothing.
    let mut cached: Value =
        serde_json::from_str(&std::fs::read_to_string(&cache).unwrap()).unwrap();
    let signed = cached["signed"].as_str().unwrap().to_string();
    let (head, rest) = signed.split_once('.').unwrap();
    let mut payload = rest.split('.').next().unwrap().to_string();
    payload.replace_range(10..11, if &payload[10..11] == "A" { "B" } else { "A" });
    cached["signed"] = format!("{head}.{payload}.{}", rest.split('.').nth(1).unwrap()).into();
    std::fs::write(&cache, cached.to_string()).unwrap();
    let (status, refused) = client("validate", &url);
    assert_eq!(
        (status, refused["code"].as_str()),
        (3, Some("CACHE_REFUSED")),
        "{refused}"
    );
}

/// `examples/python/online_client.py ACTION` for license `key` of `tenant`
/// on machine m1.
fn online_client(
    action: &str,
    server_url: &str,
    tenant: &str,
    key: &str,
    jwks: &str,
    cache: &str,
) -> Command {
    let mut cmd = python("examples/python/online_client.py");
    cmd.args([action, "--server", server_url, "--tenant", tenant])
        .args(["--product", "app", "--key", key, "--fingerprint", "m1"])
        .args(["--jwks", jwks, "--cache", cache]);
    if action == "validate" {
        cmd.args(["--feature", "sso"]);
    }
    cmd
}

/// A free loopback port for an application under test.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct App(Child);

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> (u16, Value) {
    let url = format!("http://127.0.0.1:{port}{path}");
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .new_agent();
    let mut reply = agent.get(&url).call().unwrap();
    let status = reply.status().as_u16();
    (status, reply.body_mut().read_json().unwrap_or(Value::Null))
}

/// Starts an application gated on the license in `license`, and waits until it answers.
fn start_app(mut cmd: Command, s: &Sandbox, license: &str, jwks: &str) -> (App, u16) {
    let port = free_port();
    let child = cmd
        .arg(port.to_string())
        .env("KEYWRIGHT_LICENSE_FILE", s.file("license.jwt", license))
        .env("KEYWRIGHT_JWKS", jwks)
        .env("KEYWRIGHT_PRODUCT", "app")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let app = App(child);
    eventually(60, "the application answers", || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    (app, port)
}

#[test]
fn the_fastapi_and_express_applications_gate_features_on_the_license() {
    let s = shop();
    let jwks = s.jwks_file();
    let sso_only = s.issue_token(&["--feature", "sso"]);
    let public_id = s.json(&["customer", "show", "ada@example.com"])["public_id"]
        .as_str()
        .unwrap()
        .to_string();
    let key = s.issue_key(&["--feature", "sso"]);
    s.ok(&["license", "revoke", &key]);
    // Revocation is enforced online; offline, an expired one is what fails.
    let expired = {
        let pem = s.private_key_file_of(&s.first_kid());
        let past = keywright::token::Expectations::at_now().now() - 3_600;
        let claims = format!(
            "{{\"iss\":\"acme\",\"sub\":\"{key}\",\"aud\":\"app\",\"iat\":{},\"exp\":{past},\"features\":[\"sso\"]}}",
            past - 86_400
        );
        let path = s.file("expired.json", &claims);
        s.ok(&["sign", "--claims", &path, "--key-file", &pem])
    };
    for (name, command) in [
        (
            "FastAPI",
            (|| python("examples/python/fastapi_app.py")) as fn() -> Command,
        ),
        ("Express", || node("examples/node/express-app.mjs")),
    ] {
        let (_app, port) = start_app(command(), &s, &sso_only, &jwks);
        assert_eq!(get(port, "/health").0, 200, "{name}");
        let (status, body) = get(port, "/sso/login");
        assert_eq!(
            (status, body["license"].as_str()),
            (200, Some("VALID")),
            "{name}: {body}"
        );
        // Tokens name a customer without an external id by its opaque id.
        assert_eq!(body["customer"], public_id.as_str(), "{name}");
        let (status, body) = get(port, "/reports/export");
        assert_eq!(
            (status, body["detail"]["code"].as_str()),
            (403, Some("FEATURE_MISSING")),
            "{name}: {body}"
        );
        drop(_app);
        let (_app, port) = start_app(command(), &s, &expired, &jwks);
        let (status, body) = get(port, "/sso/login");
        assert_eq!(
            (status, body["detail"]["code"].as_str()),
            (403, Some("EXPIRED")),
            "{name}: {body}"
        );
    }
}

#[test]
fn the_ci_script_mints_a_release_license_with_the_key_from_the_environment() {
    let s = Sandbox::new();
    let pem = s.path().join("release.pem");
    let out = Command::new("openssl")
        .args(["genpkey", "-algorithm", "ed25519", "-out"])
        .arg(&pem)
        .output()
        .unwrap();
    assert!(out.status.success());
    let workflow = std::fs::read_to_string(repo_file("examples/ci/github-actions.yml")).unwrap();
    assert!(workflow.contains("KEYWRIGHT_SIGNING_KEY: ${{ secrets.KEYWRIGHT_SIGNING_KEY }}"));
    assert!(workflow.contains("run: examples/ci/mint-release-license.sh dist/license.jwt 365"));
    // keywright is on no registry: the workflow builds it from its source.
    assert!(workflow.contains("run: cargo install --locked --path .keywright"));
    assert!(!workflow.contains("cargo install --locked keywright"));
    // The workflow's step, as it runs it: no database, no keyring, no HOME state.
    let binary = assert_cmd::cargo::cargo_bin("keywright");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap()
    );
    let token = s.path().join("license.jwt");
    let out = s
        .bash(&format!(
            "{} \"$OUT\" 30",
            repo_file("examples/ci/mint-release-license.sh").display()
        ))
        .env("PATH", path)
        .env("OUT", &token)
        .env(
            "KEYWRIGHT_SIGNING_KEY",
            std::fs::read_to_string(&pem).unwrap(),
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !s.path().join("data").exists(),
        "the script made a database"
    );
    let public = s.path().join("public.pem");
    Command::new("openssl")
        .args(["pkey", "-pubout", "-in"])
        .arg(&pem)
        .arg("-out")
        .arg(&public)
        .status()
        .unwrap();
    let token = std::fs::read_to_string(&token).unwrap();
    let verified = s.json(&[
        "verify",
        token.trim(),
        "--public-key",
        public.to_str().unwrap(),
        "--product",
        "desktop",
    ]);
    assert_eq!(verified["code"], "VALID");
    let exp = crate::util::unix(&verified["exp"]) - crate::util::unix(&verified["iat"]);
    assert!(
        (30 * 86_400 - 5..=30 * 86_400 + 5).contains(&exp),
        "30 days: {exp}"
    );
}

#[test]
fn the_monthly_export_writes_one_months_licenses() {
    let s = shop();
    let key = s.issue_key(&[]);
    let script = repo_file("examples/export-last-month.sh")
        .display()
        .to_string();
    let binary = assert_cmd::cargo::cargo_bin("keywright");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap()
    );
    let export = |month: Option<&str>| {
        let mut cmd = s.bash(&format!("{script} --tenant acme \"$PWD\""));
        cmd.env("PATH", &path);
        if let Some(month) = month {
            cmd.env("MONTH", month);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let file = String::from_utf8(out.stdout).unwrap().trim().to_string();
        (file.clone(), std::fs::read_to_string(file).unwrap())
    };
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let last_month = today
        .first_of_month()
        .checked_sub(jiff::Span::new().months(1))
        .unwrap();
    let (file, csv) = export(None);
    assert!(
        file.ends_with(&format!("licenses-{}.csv", last_month.strftime("%Y-%m"))),
        "{file}"
    );
    assert!(
        !csv.contains(&key),
        "a license of this month in last month's file: {csv}"
    );
    let (file, csv) = export(Some(&today.strftime("%Y-%m").to_string()));
    assert!(
        file.ends_with(&format!("licenses-{}.csv", today.strftime("%Y-%m"))),
        "{file}"
    );
    assert!(csv.contains(&key), "{csv}");
}

#[test]
fn the_rust_example_gates_single_sign_on() {
    let s = Sandbox::with_tenant("ed25519");
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
    let jwks = s.jwks_file();
    let issue = |feature: &str| {
        let args = [
            "license",
            "issue",
            "--product",
            "desktop",
            "--customer",
            "ada@example.com",
        ];
        let extra = ["--feature", feature, "--domain", "*.example.com", "-q"];
        s.ok(&[&args[..], &extra[..]].concat()).trim().to_string()
    };
    let example = |token: &str| {
        let out = Command::new(crate::util::example_binary("verify_token"))
            .args([token, jwks.as_str(), "desktop"])
            .args(["--feature", "sso", "--domain", "app.example.com"])
            .output()
            .unwrap();
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            out.status.code(),
            answer["code"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(example(&issue("sso")), (Some(0), "VALID".into()));
    assert_eq!(
        example(&issue("export")),
        (Some(3), "FEATURE_MISSING".into())
    );
    // Without arguments: the published vector, and the feature it gates.
    let out = Command::new(crate::util::example_binary("verify_token"))
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{shown}");
    assert!(shown.contains("single sign-on unlocked"), "{shown}");
}

/// Every kind of token keywright writes or reads, made by the binary, the
/// service and the air-gapped client, matches its JSON Schema.
#[test]
fn every_token_matches_its_json_schema() {
    use keywright::token::{
        ActivationRequest, Algorithm, DeactivationProof, SigningKey, UsageReport,
    };
    let s = shop();
    s.ok(&[
        "plan",
        "update",
        "app",
        "pro",
        "--meter",
        "exports=100/month",
        "--on-expiry",
        "maintain",
    ]);
    s.ok(&[
        "plan",
        "create",
        "app",
        "later",
        "--duration",
        "1y",
        "--expiry-basis",
        "first-activation",
    ]);
    let waiting = s.issue_token(&["--plan", "later"]);
    let full = [
        "--plan",
        "pro",
        "--feature",
        "sso",
        "--domain",
        "*.example.com",
        "--fingerprint",
        "m1",
        "--limit",
        "api_calls=100",
        "--grace",
        "7d",
        "--duration",
        "30d",
        "--trial",
        "-q",
    ];
    let license = s.ok(&[
        &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
        ][..],
        &full[..],
    ]
    .concat());
    let key = s.issue_key(&["--plan", "pro"]);
    let now = keywright::token::Expectations::at_now().now();
    let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
    let request = ActivationRequest::new(&key, "m9", Some("offline-pc"), &machine, now).unwrap();
    let request_file = s.file("request.txt", &request.token);
    s.ok(&["license", "activate", "--request", &request_file, "-q"]);
    let exports = UsageReport {
        meter: "exports".into(),
        increment: 4,
    };
    let check_in =
        ActivationRequest::with_usage(&key, "m9", None, &machine, now, &[exports]).unwrap();
    let check_in_file = s.file("check-in.txt", &check_in.token);
    let machine_license = s.ok(&["license", "check-in", "--request", &check_in_file, "-q"]);
    let shown = s.json(&["verify", machine_license.trim()]);
    assert_eq!(shown["usage"][0]["used"], 4, "{shown}");
    assert_eq!(
        shown["on_expiry"],
        Value::Null,
        "its lease ends it: {shown}"
    );
    assert_eq!(
        s.json_any(&["verify", license.trim()])["on_expiry"],
        "maintain"
    );
    assert_eq!(
        s.json_any(&["verify", &waiting])["starts"],
        "first-activation"
    );
    let proof = DeactivationProof::new(&key, "m9", &machine, now).unwrap();
    let server = Server::start(&s);
    let reply = server.call(
        "POST",
        "/v1/tenants/acme/licenses/validate",
        None,
        Some(&serde_json::json!({"key": key, "fingerprint": "m1", "nonce": "n-1"})),
    );
    server.terminate();
    let old_kid = s.first_kid();
    s.ok(&["key", "rotate"]);
    s.ok(&["key", "revoke", &old_kid, "--reason", "retired", "--yes"]);
    s.ok(&["license", "revoke", &key]);
    let revocations = s.ok(&["revocations", "export", "-q"]);
    let jwks: Value = serde_json::from_str(&s.ok(&["key", "export", "--format", "jwks"])).unwrap();
    let endorsement = jwks["endorsements"][0]
        .as_str()
        .expect("an endorsement")
        .to_string();
    let schema = |name: &str| {
        repo_file(&format!("docs/schemas/{name}.schema.json"))
            .display()
            .to_string()
    };
    let lines = [
        (schema("license"), license.trim().to_string()),
        (schema("license"), machine_license.trim().to_string()),
        (schema("license"), waiting),
        (schema("revocation-list"), revocations.trim().to_string()),
        (
            schema("reply"),
            reply.json["signed"].as_str().unwrap().to_string(),
        ),
        (schema("activation-request"), request.token.clone()),
        (schema("activation-request"), check_in.token.clone()),
        (schema("deactivation-proof"), proof.token.clone()),
        (schema("key-endorsement"), endorsement),
    ]
    .iter()
    .map(|(schema, token)| format!("{schema} {token}\n"))
    .collect::<String>();
    let mut check = python("tests/interop/check_claims.py")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    check
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
