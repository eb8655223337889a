//! Signed revocation lists: exported after revocations, honoured by
//! `verify --revocations` with or without the database.

use crate::util::Sandbox;

#[test]
fn revocations_are_honoured_offline() {
    let s = Sandbox::with_tenant("ed25519");
    let issue = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "-q",
    ];
    let tokens: Vec<String> = (0..3).map(|_| s.ok(&issue).trim().to_string()).collect();
    let keys: Vec<String> = tokens
        .iter()
        .map(|t| s.json(&["verify", t])["sub"].as_str().unwrap().to_string())
        .collect();
    s.ok(&[
        "license",
        "revoke",
        &keys[0],
        &keys[2],
        "--reason",
        "chargeback",
        "--yes",
    ]);

    let list = s.path().join("revoked.jwt");
    let exported = s.json(&["revocations", "export", "--out", list.to_str().unwrap()]);
    assert_eq!(
        (exported["seq"].as_i64(), exported["revoked"].as_i64()),
        (Some(1), Some(2))
    );
    let token = std::fs::read_to_string(&list).unwrap();
    let header = token.split('.').next().unwrap();
    assert!(header.len() > 10);

    // Offline: a public key and the list, no database.
    let public = s.path().join("public.pem");
    std::fs::write(&public, s.ok(&["key", "export"])).unwrap();
    let offline = Sandbox::new();
    let check = |token: &str| {
        offline.verdict(&[
            "verify",
            token,
            "--public-key",
            public.to_str().unwrap(),
            "--revocations",
            list.to_str().unwrap(),
        ])
    };
    assert_eq!(check(&tokens[0]), (3, "REVOKED".into()));
    assert_eq!(check(&tokens[1]), (0, "VALID".into()));
    assert_eq!(check(&tokens[2]), (3, "REVOKED".into()));
    assert!(!offline.db_path().exists());
    // With the tenant's keys from the database.
    assert_eq!(
        s.verdict(&[
            "verify",
            &tokens[0],
            "--revocations",
            list.to_str().unwrap()
        ]),
        (3, "REVOKED".into())
    );

    // Every export takes the next number; stdout gets the token itself.
    let second = s.ok(&["revocations", "export", "--valid-for", "1d"]);
    assert_eq!(
        s.verdict(&["verify", second.trim()]),
        (3, "MALFORMED".into()),
        "a revocation list is never accepted as a license"
    );
    let fresh = s.path().join("fresh.jwt");
    std::fs::write(&fresh, &second).unwrap();
    let out = offline
        .cmd()
        .args([
            "verify",
            &tokens[1],
            "--public-key",
            public.to_str().unwrap(),
        ])
        .args([
            "--revocations",
            fresh.to_str().unwrap(),
            "--at",
            "2999-01-01T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("expired"),
        "an expired list is refused"
    );

    // A license token is never accepted as a list.
    let not_a_list = s.path().join("license.jwt");
    std::fs::write(&not_a_list, &tokens[1]).unwrap();
    let out = offline
        .cmd()
        .args([
            "verify",
            &tokens[1],
            "--public-key",
            public.to_str().unwrap(),
            "--revocations",
            not_a_list.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("MALFORMED"));

    let audit = s.json(&["audit", "list", "--action", "revocations.exported"]);
    assert_eq!(audit["total"], 2);
    assert_eq!(audit["items"][0]["target_id"], "2");
}
