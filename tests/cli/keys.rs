//! Signing keys: generate, rotate, list, export, export-private, HMAC tenants.

use serde_json::Value;

use crate::util::Sandbox;

fn issue(s: &Sandbox) -> String {
    s.ok(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "-q",
    ])
    .trim()
    .to_string()
}

#[test]
fn rotation_keeps_old_tokens_verifying_and_signs_with_the_new_key() {
    let s = Sandbox::with_tenant("ed25519");
    let old_token = issue(&s);
    let first = s.first_kid();
    let rotated = s.json(&["key", "rotate"]);
    let second = rotated["kid"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    let keys = s.json(&["key", "list"]);
    assert_eq!(keys["items"][0]["status"], "retired");
    assert_eq!(keys["items"][1]["status"], "active");
    assert_eq!(keys["items"][1]["key_store"], "file");
    assert_eq!(keys["items"][1]["secret"], "reachable");
    let new_token = issue(&s);
    assert_eq!(s.json(&["verify", &new_token])["kid"], second.as_str());
    assert_eq!(s.json(&["verify", &old_token])["code"], "VALID");

    // The JWKS holds both keys and verifies both tokens without the database.
    let jwks = s.path().join("jwks.json");
    std::fs::write(&jwks, s.ok(&["key", "export", "--format", "jwks"])).unwrap();
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&jwks).unwrap()).unwrap();
    assert_eq!(doc["keys"].as_array().unwrap().len(), 2);
    let elsewhere = Sandbox::new();
    for token in [&old_token, &new_token] {
        let result = elsewhere.json(&["verify", token, "--jwks", jwks.to_str().unwrap()]);
        assert_eq!(result["code"], "VALID");
    }
    assert!(
        !elsewhere.db_path().exists(),
        "verify with --jwks opens no database"
    );

    // generate adds an active key without retiring the others.
    s.ok(&["key", "generate"]);
    let active = s.json(&["key", "list"])["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["status"] == "active")
        .count();
    assert_eq!(active, 2);
    let actions = s.ok(&["audit", "list", "--action", "key.*", "-q"]);
    assert_eq!(
        actions.lines().count(),
        3,
        "generated at tenant creation, rotated, generated"
    );
}

#[test]
fn public_keys_export_as_pem_jwk_and_raw() {
    let s = Sandbox::with_tenant("ed25519");
    let token = issue(&s);
    let pem = s.ok(&["key", "export"]);
    assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
    let jwk: Value = serde_json::from_str(&s.ok(&["key", "export", "--format", "jwk"])).unwrap();
    assert_eq!(
        (
            jwk["kty"].as_str(),
            jwk["crv"].as_str(),
            jwk["alg"].as_str()
        ),
        (Some("OKP"), Some("Ed25519"), Some("EdDSA"))
    );
    let raw = s.ok(&["key", "export", "--format", "raw"]);
    assert_eq!(raw.trim().len(), 43);
    let elsewhere = Sandbox::new();
    for (name, content) in [("k.pem", pem), ("k.jwk", jwk.to_string()), ("k.raw", raw)] {
        let path = elsewhere.path().join(name);
        std::fs::write(&path, content).unwrap();
        let result = elsewhere.json(&["verify", &token, "--public-key", path.to_str().unwrap()]);
        assert_eq!(result["code"], "VALID", "{name}");
    }
    let other = elsewhere.path().join("other.pem");
    std::fs::write(
        &other,
        Sandbox::with_tenant("ed25519").ok(&["key", "export"]),
    )
    .unwrap();
    let out = elsewhere
        .cmd()
        .args([
            "verify",
            &token,
            "--public-key",
            other.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["code"],
        "UNKNOWN_KEY"
    );
}

#[test]
fn export_private_asks_writes_0600_is_audited_and_never_overwrites() {
    let s = Sandbox::with_tenant("ed25519");
    let kid = s.first_kid();
    let out = s.path().join("exported.pem");
    let out_arg = out.to_str().unwrap();
    let err = s.fails(
        &["key", "export-private", "--kid", &kid, "--out", out_arg],
        2,
    );
    assert!(err.contains("--yes"), "{err}");
    assert!(!out.exists());
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        &kid,
        "--out",
        out_arg,
        "--yes",
    ]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("-----BEGIN PRIVATE KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert_eq!(
        s.json(&["audit", "list", "--action", "key.exported_private"])["total"],
        1
    );
    let err = s.fails(
        &[
            "key",
            "export-private",
            "--kid",
            &kid,
            "--out",
            out_arg,
            "--yes",
        ],
        2,
    );
    assert!(err.contains("already exists"), "{err}");
    // The exported key signs tokens the tenant's public key verifies.
    let claims = s.path().join("claims.json");
    std::fs::write(
        &claims,
        r#"{"iss":"acme","sub":"ACB-23456-789AB-CDEFG-HJKL9","aud":"app"}"#,
    )
    .unwrap();
    let token = s.ok(&[
        "sign",
        "--claims",
        claims.to_str().unwrap(),
        "--key-file",
        out_arg,
    ]);
    assert_eq!(s.json(&["verify", token.trim()])["code"], "VALID");
}

#[test]
fn hmac_tenants_sign_hs256_and_verify_with_the_secret() {
    let s = Sandbox::with_tenant("hmac");
    let token = issue(&s);
    let header = token.split('.').next().unwrap();
    assert!(
        header.starts_with("eyJhbGciOiJIUzI1NiIs"),
        "HS256 header: {header}"
    );
    assert_eq!(s.json(&["verify", &token])["code"], "VALID");
    let key = s.json(&["verify", &token])["sub"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(s.json(&["validate", &key])["code"], "VALID");
    let kid = s.first_kid();
    let err = s.fails(&["key", "export"], 2);
    assert!(err.contains("no public part"), "{err}");
    let secret_file = s.path().join("secret.jwk");
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        &kid,
        "--out",
        secret_file.to_str().unwrap(),
        "-y",
    ]);
    let jwk = std::fs::read_to_string(&secret_file).unwrap();
    assert!(jwk.contains("\"kty\":\"oct\""));
    let elsewhere = Sandbox::new();
    let out = elsewhere
        .cmd()
        .args(["verify", &token, "--secret-env", "APP_LICENSE_SECRET", "-q"])
        .env("APP_LICENSE_SECRET", &jwk)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "VALID");
    let k = serde_json::from_str::<Value>(&jwk).unwrap()["k"]
        .as_str()
        .unwrap()
        .to_string();
    let out = elsewhere
        .cmd()
        .args(["verify", &token, "--secret-env", "RAW", "-q"])
        .env("RAW", &k)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "VALID");
    let out = elsewhere
        .cmd()
        .args(["verify", &token, "--secret-env", "RAW", "-q"])
        .env("RAW", "A".repeat(43))
        .output()
        .unwrap();
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        ),
        (Some(3), "BAD_SIGNATURE".into())
    );
    // Rotating an HMAC tenant keeps the algorithm.
    assert_eq!(s.json(&["key", "rotate"])["algorithm"], "hmac");
}

#[test]
fn a_missing_secret_is_reported_with_where_it_looked() {
    let s = Sandbox::with_tenant("ed25519");
    let kid = s.first_kid();
    std::fs::remove_file(s.path().join(format!("data/keywright/keys/acme/{kid}.key"))).unwrap();
    assert_eq!(s.json(&["key", "list"])["items"][0]["secret"], "missing");
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
        ],
        1,
    );
    assert!(
        err.contains(&kid) && err.contains("KEYWRIGHT_SIGNING_KEY"),
        "{err}"
    );
}

/// Ed25519 key ids are base64url thumbprints: one in 64 starts with '-',
/// which must still be read as the value of --kid.
#[test]
fn a_kid_that_starts_with_a_dash_is_accepted_as_a_value() {
    let key = (0u8..=255)
        .map(|i| keywright::token::SigningKey::from_ed25519_seed(&[i; 32]))
        .find(|k| k.kid().starts_with('-'))
        .expect("a seed whose thumbprint starts with '-'");
    let s = Sandbox::with_tenant("ed25519");
    let pem = s.path().join("dash.pem");
    std::fs::write(&pem, key.to_private_text().as_bytes()).unwrap();
    s.ok(&["key", "import", "--file", pem.to_str().unwrap()]);
    let exported = s.ok(&["key", "export", "--kid", key.kid(), "--format", "jwk"]);
    assert!(exported.contains(key.kid()), "{exported}");
    let out = s.path().join("out.pem");
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        key.kid(),
        "--out",
        out.to_str().unwrap(),
        "-y",
    ]);
}

#[test]
fn the_file_key_store_can_live_in_a_folder_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let volume = dir.path().join("secret-volume");
    let volume_text = volume.display().to_string();
    // A backup of the file is restored elsewhere with the same keys.
    let s = Sandbox::on_sqlite()
        .with_env("KEYWRIGHT_KEY_DIR", &volume_text)
        .set_up_shop("ed25519");
    let issued = s.issue_key(&[]);
    let key = issued.as_str();
    assert!(
        volume.join("acme").is_dir(),
        "the tenant's keys are in the folder"
    );
    assert!(
        !s.db_path().with_file_name("keys").exists(),
        "no keys beside the database"
    );
    let status = s.json(&["db", "status"]);
    assert_eq!(
        status["keys"],
        format!("key files under {volume_text}"),
        "{status}"
    );
    s.ok(&["doctor"]);

    // A backup elsewhere is checked with the same keys, named by the config.
    let backup = dir.path().join("restore/keywright.db");
    s.ok(&["db", "backup", "--out", backup.to_str().unwrap()]);
    let restored = Sandbox::on_sqlite();
    std::fs::create_dir_all(restored.config_path().parent().unwrap()).unwrap();
    let config = format!("key_store = \"file\"\nkey_dir = \"{volume_text}\"\n");
    std::fs::write(restored.config_path(), config).unwrap();
    let on_backup = ["--db", backup.to_str().unwrap()];
    restored.ok(&[&on_backup[..], &["doctor"]].concat());
    let verdict = restored.verdict(&[&on_backup[..], &["validate", key]].concat());
    assert_eq!(verdict, (0, "VALID".to_string()));
}
