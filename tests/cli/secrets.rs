//! No secret ever reaches the database, a log, an error or any output except
//! through `key export-private`: a full session is searched for every
//! encoding of every secret it created.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

use crate::util::Sandbox;

/// Every form in which a secret could leak: raw, hex, base64, base64url.
fn encodings(secret: &[u8]) -> Vec<Vec<u8>> {
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        secret.to_vec(),
        hex.into_bytes(),
        STANDARD.encode(secret).into_bytes(),
        URL_SAFE_NO_PAD.encode(secret).into_bytes(),
    ]
}

/// The raw secrets in the file key store: Ed25519 seeds and HMAC secrets.
fn secrets_in_store(s: &Sandbox) -> Vec<Vec<u8>> {
    let mut secrets = Vec::new();
    let dir = s.path().join("data/keywright/keys/acme");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        if let Some(body) = text.strip_prefix("-----BEGIN PRIVATE KEY-----") {
            let body: String = body
                .replace("-----END PRIVATE KEY-----", "")
                .split_whitespace()
                .collect();
            let der = STANDARD.decode(&body).unwrap();
            secrets.push(der[der.len() - 32..].to_vec());
            secrets.push(body.into_bytes());
        } else {
            let jwk: serde_json::Value = serde_json::from_str(&text).unwrap();
            secrets.push(URL_SAFE_NO_PAD.decode(jwk["k"].as_str().unwrap()).unwrap());
        }
    }
    secrets
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

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
        3,
        "two Ed25519 forms (seed, PEM body) and one HMAC secret"
    );
    let mut stored = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", s.db_path().display());
        stored.extend(std::fs::read(&path).unwrap_or_default());
    }
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
