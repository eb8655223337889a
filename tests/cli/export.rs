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

#[test]
fn csv_formula_injection_is_neutralised_in_every_csv_and_imports_read_it_back() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "customer",
        "create",
        "bob@example.com",
        "--name",
        "=HYPERLINK(\"http://evil.test\")",
        "--external-id=-7",
    ]);
    for csv in [
        s.ok(&["export", "customers"]),
        s.ok(&["customer", "list", "--format", "csv"]),
    ] {
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.test\"\")\"") && csv.contains(",'-7"),
            "{csv}"
        );
        assert!(!csv.contains(",=") && !csv.contains(",-7"), "{csv}");
    }
    // A cell as an export wrote it names the same customer on import.
    let out = s
        .cmd()
        .args(["license", "import", "-", "--json"])
        .write_stdin("product,customer\napp,'-7\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let imported: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(imported["items"][0]["customer"], "bob@example.com");
}

#[test]
fn an_export_of_zero_rows_still_writes_its_header() {
    let s = Sandbox::with_tenant("ed25519");
    let csv = s.ok(&["export", "licenses"]);
    assert_eq!(csv.lines().count(), 1, "{csv}");
    assert!(csv.starts_with("key,status,product"), "{csv}");
    let audit = s.ok(&["export", "audit", "--action", "nothing.at.all"]);
    assert_eq!(audit.lines().count(), 1, "{audit}");
    assert!(audit.starts_with("seq,"), "{audit}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_killed_export_leaves_no_partial_file_behind() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--count",
        "3000",
        "--yes",
        "-q",
    ]);
    let out = s.path().join("exports");
    std::fs::create_dir(&out).unwrap();
    let target = out.join("licenses.csv");
    // The staged file has no name: wherever the kill lands, the folder
    // holds either nothing or the whole export.
    for delay in [20, 60, 120, 240] {
        let mut child = s
            .std_cmd()
            .args(["export", "licenses", "--out", target.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();
        let names: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(names.is_empty() || names == ["licenses.csv"], "{names:?}");
        if let Some(name) = names.first() {
            let text = std::fs::read_to_string(out.join(name)).unwrap();
            assert_eq!(text.lines().count(), 3001);
            std::fs::remove_file(out.join(name)).unwrap();
        }
    }
}
