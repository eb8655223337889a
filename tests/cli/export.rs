//! `keywright export`: CSV and JSON, filters, files, and the audit entry.

use serde_json::Value;

use crate::util::Sandbox;

#[test]
fn exports_stream_csv_and_json_and_are_audited() {
    let s = Sandbox::with_tenant("ed25519");
    let issue = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--feature",
        "sso",
        "--seats",
        "2",
    ];
    s.ok(&[&issue[..], &["--count", "3", "--yes"]].concat());
    let first = s
        .ok(&["license", "list", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    s.ok(&["license", "revoke", &first]);

    let csv = s.ok(&["export", "licenses"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("key,status,product,plan,customer,issued"),
        "{header}"
    );
    assert!(header.ends_with(",kid,token"), "{header}");
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|r| r.contains(",sso,seats=2,") && r.contains(",eyJ")),
        "{rows:?}"
    );

    let json: Value =
        serde_json::from_str(&s.ok(&["export", "licenses", "--json", "--status", "revoked"]))
            .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["key"], first.as_str());
    assert_eq!(json[0]["status"], "revoked");
    let empty: Value = serde_json::from_str(&s.ok(&[
        "export",
        "licenses",
        "--json",
        "--product",
        "app",
        "--search",
        "nothing-matches",
    ]))
    .unwrap();
    assert_eq!(empty, serde_json::json!([]));

    assert_eq!(s.ok(&["export", "customers"]).lines().count(), 2);
    assert_eq!(
        s.ok(&["export", "products"])
            .lines()
            .nth(1)
            .unwrap()
            .split(',')
            .next(),
        Some("app")
    );
    let audit: Value = serde_json::from_str(&s.ok(&["export", "audit", "--json"])).unwrap();
    let entries = audit.as_array().unwrap();
    assert_eq!(entries[0]["seq"], 1, "oldest first");
    assert!(
        entries
            .iter()
            .all(|e| e["hash"].as_str().unwrap().len() == 64)
    );

    let file = s.path().join("out/licenses.csv");
    s.ok(&["export", "licenses", "--out", file.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), csv);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let exported = s.json(&["audit", "list", "--action", "license.exported"]);
    assert_eq!(exported["total"], 4);
    assert_eq!(exported["items"][0]["details"]["rows"], 3);
    assert_eq!(
        s.json(&["audit", "list", "--action", "audit.exported"])["total"],
        1
    );
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_failed_export_writes_nothing() {
    let s = Sandbox::with_tenant("ed25519");
    let blocker = s.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let target = blocker.join("licenses.csv");
    let err = s.fails(
        &["export", "licenses", "--out", target.to_str().unwrap()],
        1,
    );
    assert!(err.contains("could not"), "{err}");
    let err = s.fails(&["export", "licenses", "--format", "raw"], 2);
    assert!(err.contains("key export"), "{err}");
}
