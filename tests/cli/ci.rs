//! Stateless minting for CI (`sign`), the published test vectors, and the
//! key sources of SPEC 3.5: --key-file, KEYWRIGHT_SIGNING_KEY, KEYWRIGHT_SIGNING_KEY_FILE.

use std::path::PathBuf;

use crate::util::Sandbox;

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn vector(name: &str) -> String {
    vectors().join(name).display().to_string()
}

#[test]
fn the_published_vectors_are_reproduced_byte_for_byte() {
    let s = Sandbox::new();
    for claims in ["claims-full.json", "claims-minimal.toml"] {
        for key in ["ed25519.pem", "hs256.jwk"] {
            let expected_file = format!(
                "{}.{}.jwt",
                claims.rsplit_once('.').unwrap().0,
                key.rsplit_once('.').unwrap().0
            );
            let expected = std::fs::read_to_string(vectors().join(&expected_file)).unwrap();
            let token = s.ok(&[
                "sign",
                "--claims",
                &vector(claims),
                "--key-file",
                &vector(key),
            ]);
            assert_eq!(token.trim(), expected.trim(), "{expected_file}");
        }
    }
    assert!(!s.db_path().exists(), "sign opens no database");
    assert!(!s.path().join("data").exists());
}

#[test]
fn sign_takes_its_key_from_the_environment_in_order() {
    let s = Sandbox::new();
    let pem = std::fs::read_to_string(vectors().join("ed25519.pem")).unwrap();
    let claims = vector("claims-full.json");
    let expected = std::fs::read_to_string(vectors().join("claims-full.ed25519.jwt")).unwrap();
    let hs = std::fs::read_to_string(vectors().join("claims-full.hs256.jwt")).unwrap();

    let out = s
        .cmd()
        .args(["sign", "--claims", &claims])
        .env("KEYWRIGHT_SIGNING_KEY", &pem)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        expected.trim()
    );
    let out = s
        .cmd()
        .args(["sign", "--claims", &claims])
        .env("KEYWRIGHT_SIGNING_KEY_FILE", vector("hs256.jwk"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), hs.trim());
    // --key-file first, then KEYWRIGHT_SIGNING_KEY, then KEYWRIGHT_SIGNING_KEY_FILE.
    let out = s
        .cmd()
        .args([
            "sign",
            "--claims",
            &claims,
            "--key-file",
            &vector("hs256.jwk"),
        ])
        .env("KEYWRIGHT_SIGNING_KEY", &pem)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), hs.trim());
    let out = s
        .cmd()
        .args(["sign", "--claims", &claims])
        .env("KEYWRIGHT_SIGNING_KEY", &pem)
        .env("KEYWRIGHT_SIGNING_KEY_FILE", vector("hs256.jwk"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        expected.trim()
    );
}

#[test]
fn sign_reads_claims_from_stdin_and_defaults_iat_to_now() {
    let s = Sandbox::new();
    let claims =
        r#"{"iss":"acme","sub":"ACB-23456-789AB-CDEFG-HJKL9","aud":"desktop","features":["sso"]}"#;
    let out = s
        .cmd()
        .args([
            "sign",
            "--claims",
            "-",
            "--key-file",
            &vector("ed25519.pem"),
            "--json",
        ])
        .write_stdin(claims)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let signed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(signed["kid"], "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    let public = s.path().join("public.pem");
    std::fs::write(
        &public,
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n",
    )
    .unwrap();
    let verified = s.json(&[
        "verify",
        signed["token"].as_str().unwrap(),
        "--public-key",
        public.to_str().unwrap(),
    ]);
    assert_eq!(verified["code"], "VALID");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((crate::util::unix(&verified["iat"]) - now).abs() < 60);
}

#[test]
fn sign_errors_say_what_to_do() {
    let s = Sandbox::new();
    let err = s.fails(&["sign", "--claims", &vector("claims-full.json")], 2);
    assert!(
        err.contains("KEYWRIGHT_SIGNING_KEY") && err.contains("--key-file"),
        "{err}"
    );
    let bad = s.path().join("bad.json");
    let cases = [
        (
            r#"{"iss":"a","sub":"b","aud":"c","feature":["x"]}"#,
            "unknown claim \"feature\"",
        ),
        (r#"{"iss":"a","aud":"c"}"#, "sub"),
        (
            r#"{"iss":"a","sub":"b","aud":"c","features":["z","a"]}"#,
            "sorted",
        ),
        ("not claims at all", "neither a JSON object nor TOML"),
    ];
    for (claims, expected) in cases {
        std::fs::write(&bad, claims).unwrap();
        let args = [
            "sign",
            "--claims",
            bad.to_str().unwrap(),
            "--key-file",
            &vector("ed25519.pem"),
        ];
        let err = s.fails(&args, 2);
        assert!(err.contains(expected), "{claims}: {err}");
    }
    let not_a_key = s.path().join("key.pem");
    std::fs::write(
        &not_a_key,
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    let err = s.fails(
        &[
            "sign",
            "--claims",
            &vector("claims-full.json"),
            "--key-file",
            not_a_key.to_str().unwrap(),
        ],
        2,
    );
    assert!(err.contains("PKCS#8"), "{err}");
}

/// A CI pipeline: keys made with openssl, imported once; later the private
/// key comes from the environment and no key store is reachable.
#[test]
fn a_pipeline_issues_with_an_environment_key_imported_from_openssl() {
    let s = Sandbox::initialised();
    let pem_path = s.path().join("ci.pem");
    let status = std::process::Command::new("openssl")
        .args(["genpkey", "-algorithm", "ed25519", "-out"])
        .arg(&pem_path)
        .status()
        .expect("openssl is installed (scripts/test.sh installs it)");
    assert!(status.success());
    s.ok(&["tenant", "create", "Acme", "--slug", "acme"]);
    let imported = s.json(&["key", "import", "--file", pem_path.to_str().unwrap()]);
    assert_eq!(imported["status"], "active");
    let kid = imported["kid"].as_str().unwrap().to_string();
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ci@example.com"]);
    // The imported key's secret is removed from the store: only the environment has it.
    std::fs::remove_file(s.path().join(format!("data/keywright/keys/acme/{kid}.key"))).unwrap();
    let pem = std::fs::read_to_string(&pem_path).unwrap();
    let out = s
        .cmd()
        .args([
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ci@example.com",
            "-q",
        ])
        .env("KEYWRIGHT_SIGNING_KEY", &pem)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.json(&["verify", token.trim()])["kid"], kid.as_str());

    // Without the environment the error names every place it looked.
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ci@example.com",
        ],
        1,
    );
    for place in [
        "--key-file",
        "KEYWRIGHT_SIGNING_KEY (not set)",
        "KEYWRIGHT_SIGNING_KEY_FILE (not set)",
        "key file",
    ] {
        assert!(err.contains(place), "{place} missing from: {err}");
    }
    // A key that is not the tenant's is refused.
    let stranger = s.path().join("stranger.pem");
    std::process::Command::new("openssl")
        .args(["genpkey", "-algorithm", "ed25519", "-out"])
        .arg(&stranger)
        .status()
        .unwrap();
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ci@example.com",
            "--key-file",
            stranger.to_str().unwrap(),
        ],
        2,
    );
    assert!(err.contains("not a key of tenant 'acme'"), "{err}");
}

#[test]
fn verify_with_tenant_keys_checks_the_issuer() {
    let s = Sandbox::initialised();
    s.ok(&["tenant", "create", "Acme", "--slug", "acme"]);
    s.ok(&["key", "import", "--file", &vector("ed25519.pem")]);
    let ours = s.ok(&[
        "sign",
        "--claims",
        &vector("claims-full.json"),
        "--key-file",
        &vector("ed25519.pem"),
    ]);
    assert_eq!(s.verdict(&["verify", ours.trim()]), (0, "VALID".into()));
    let text = std::fs::read_to_string(vectors().join("claims-full.json"))
        .unwrap()
        .replace("\"acme\"", "\"globex\"");
    let claims = s.path().join("globex.json");
    std::fs::write(&claims, text).unwrap();
    let theirs = s.ok(&[
        "sign",
        "--claims",
        claims.to_str().unwrap(),
        "--key-file",
        &vector("ed25519.pem"),
    ]);
    assert_eq!(
        s.verdict(&["verify", theirs.trim()]),
        (3, "UNKNOWN_KEY".into())
    );
    // Given a public key outright, the caller decides what to trust.
    let public = s.path().join("public.pem");
    std::fs::write(&public, s.ok(&["key", "export", "--format", "pem"])).unwrap();
    assert_eq!(
        s.verdict(&[
            "verify",
            theirs.trim(),
            "--public-key",
            public.to_str().unwrap()
        ]),
        (0, "VALID".into())
    );
}
