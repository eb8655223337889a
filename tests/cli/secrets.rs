//! No secret ever reaches the database, a log, an error or any output except
//! through `key export-private`: a full session is searched for every
//! encoding of every secret it created.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::util::{Sandbox, contains, encodings, secrets_in_store};

#[test]
fn no_secret_reaches_the_database_or_any_output() {
    let s = Sandbox::initialised();
    let mut transcript: Vec<u8> = Vec::new();
    let mut run = |args: &[&str]| {
        let out = s.cmd().args(args).output().unwrap();
        transcript.extend_from_slice(&out.stdout);
        transcript.extend_from_slice(&out.stderr);
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

    let secrets = secrets_in_store(&s);
    assert_eq!(
        secrets.len(),
        4,
        "two Ed25519 forms (seed, PEM body), one HMAC secret and the sealing key"
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
