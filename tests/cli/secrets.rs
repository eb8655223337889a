//! No secret ever reaches the database, a log, an error or any output except
//! through `key export-private`: a full session is searched for every
//! encoding of every secret it created.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::util::{Sandbox, contains, encodings, secrets_in_store};

/// The rest of the command surface, on license `first`, writing files
/// into `dir`: everything each prints goes to the transcript.
fn every_other_command(run: &mut dyn FnMut(&[&str]) -> String, first: &str, dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    let file = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let commands: Vec<Vec<String>> = [
        &["plan", "create", "app", "pro", "--seats", "2"][..],
        &["plan", "list"],
        &["product", "list"],
        &["customer", "list", "--json"],
        &["tenant", "list"],
        &["tenant", "show", "--json"],
        &[
            "tenant",
            "update",
            "acme",
            "--webhook-url",
            "https://example.com/hook",
        ],
        &["license", "update", first, "--add-feature", "sso"],
        &["license", "renew", first, "--until", "2099-01-01"],
        &["license", "token", first],
        &["license", "activate", first, "--fingerprint", "m1"],
        &["license", "check-in", first, "--fingerprint", "m1"],
        &["license", "machines", first, "--json"],
        &["license", "deactivate", first, "--fingerprint", "m1"],
        &["license", "suspend", first],
        &["license", "reinstate", first],
        &["license", "revoke", first, "--yes"],
        &["key", "generate", "--algorithm", "ed25519"],
        &["key", "list", "--json"],
        &["api-key", "create", "--role", "reader"],
        &["api-key", "list", "--json"],
        &["webhooks", "list"],
        &["doctor"],
        &["doctor", "--json"],
        &["completions", "bash"],
    ]
    .iter()
    .map(|args| args.iter().map(|a| a.to_string()).collect())
    .collect();
    for args in &commands {
        run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    }
    for what in ["licenses", "customers", "products", "audit"] {
        run(&["export", what, "--out", &file(what)]);
        run(&["export", what, "--json"]);
    }
    let rows = file("import.csv");
    std::fs::write(&rows, "product,customer,count\napp,ada@example.com,3\n").unwrap();
    run(&["license", "import", &rows, "--yes"]);
    run(&["revocations", "export", "--out", &file("revocations.jwt")]);
    let claims = file("claims.json");
    std::fs::write(&claims, r#"{"iss":"acme","sub":"ACM-1","aud":"app"}"#).unwrap();
    let key_file = file("ci.pem");
    std::fs::write(&key_file, include_str!("../vectors/ed25519.pem")).unwrap();
    run(&["sign", "--claims", &claims, "--key-file", &key_file]);
}

#[test]
fn no_secret_reaches_the_database_or_any_output() {
    let s = Sandbox::initialised();
    let mut transcript: Vec<u8> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    let mut run = |args: &[&str]| {
        let out = s.cmd().args(args).output().unwrap();
        transcript.extend_from_slice(&out.stdout);
        transcript.extend_from_slice(&out.stderr);
        if !out.status.success() {
            failed.push(args.join(" "));
        }
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["tenant", "create", "Acme", "--slug", "acme"]);
    run(&[
        "product",
        "create",
        "app",
        "--name",
        "App",
        "--feature",
        "sso",
    ]);
    run(&["customer", "create", "ada@example.com"]);
    for format in ["table", "json", "csv"] {
        run(&[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
            "--format",
            format,
        ]);
    }
    run(&["key", "rotate", "--algorithm", "hmac"]);
    let token = run(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "-q",
    ]);
    run(&["verify", token.trim()]);
    run(&["verify", token.trim(), "--json"]);
    let key = run(&["license", "list", "-q"]);
    for key in key.lines() {
        run(&["validate", key, "--json"]);
        run(&["license", "show", key, "--json"]);
    }
    for format in ["table", "json", "csv"] {
        run(&["key", "list", "--format", format]);
        run(&["audit", "list", "--format", format]);
    }
    run(&["key", "export"]);
    run(&["key", "export", "--format", "jwks"]);
    run(&["key", "export"]); // an HMAC key: an error that must not show the secret
    run(&[
        "license",
        "issue",
        "--product",
        "nope",
        "--customer",
        "ada@example.com",
    ]);
    run(&["verify", "garbage"]);
    run(&["audit", "verify"]);
    every_other_command(&mut run, key.lines().next().unwrap(), &s.path().join("out"));
    assert_eq!(
        failed,
        [
            "key export",
            "key export",
            "license issue --product nope --customer ada@example.com",
            "verify garbage"
        ],
        "only the commands meant to fail failed"
    );

    let secrets = secrets_in_store(&s);
    assert_eq!(
        secrets.len(),
        8,
        "two Ed25519 keys (seed and PEM body each), an HMAC key, the sealing key and the webhook secret (whole and its random part)"
    );
    let mut stored = s.database_bytes();
    stored.extend(std::fs::read(s.config_path()).unwrap());
    assert!(stored.len() > 10_000, "the database was read");
    for secret in &secrets {
        for form in encodings(secret) {
            assert!(
                !contains(&stored, &form),
                "a secret is in the database or config"
            );
            assert!(!contains(&transcript, &form), "a secret is in the output");
        }
    }

    // The one way out: export-private writes it to the file asked for, and nowhere else.
    let kid = s.json(&["key", "list"])["items"][1]["kid"]
        .as_str()
        .unwrap()
        .to_string();
    let out = s.path().join("exported.jwk");
    let printed = s
        .cmd()
        .args([
            "key",
            "export-private",
            "--kid",
            &kid,
            "--out",
            out.to_str().unwrap(),
            "-y",
        ])
        .output()
        .unwrap();
    let exported = std::fs::read(&out).unwrap();
    let hmac_secret = secrets
        .iter()
        .find(|s| s.len() == 32 && contains(&exported, &URL_SAFE_NO_PAD.encode(s).into_bytes()));
    assert!(hmac_secret.is_some(), "the exported file holds the secret");
    for form in encodings(hmac_secret.unwrap()) {
        assert!(!contains(&printed.stdout, &form) && !contains(&printed.stderr, &form));
    }
}
