//! The service against its own OpenAPI document (docs/openapi.json), driven
//! by schemathesis: no answer is a server error, and no status, header,
//! content type or body contradicts the document. `KEYWRIGHT_LONG=1` runs
//! every phase with 1,000 examples per operation (docs/proof.md).

use std::path::PathBuf;

use crate::server::{Server, api_key, shop};

fn schemathesis() -> PathBuf {
    let path = std::env::var("KEYWRIGHT_TEST_SCHEMATHESIS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-python/bin/schemathesis")
        });
    assert!(
        path.exists(),
        "schemathesis is not installed: run the tests with scripts/test.sh"
    );
    path
}

#[test]
fn every_answer_of_the_service_holds_to_its_openapi_document() {
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let admin = api_key(&s, "admin");
    let server = Server::start(&s);
    // Path parameters that name what exists, so requests reach the logic.
    std::fs::write(
        s.path().join("schemathesis.toml"),
        format!("[parameters]\nslug = \"acme\"\nkey = \"{key}\"\n"),
    )
    .unwrap();
    let long = std::env::var("KEYWRIGHT_LONG").is_ok_and(|v| v == "1");
    let examples = if long { "1000" } else { "25" };
    let document = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/openapi.json");
    let out = std::process::Command::new(schemathesis())
        .current_dir(s.path())
        .args(["run", document.to_str().unwrap(), "--url", &server.base])
        .args(["--header", &format!("Authorization: Bearer {admin}")])
        // Every check but one: a body the schema allows may still name
        // nothing that exists or break a rule the schema cannot state (a
        // key's check character, an email), and is answered 400 or 404 as
        // the document says.
        .args([
            "--checks",
            "all",
            "--exclude-checks",
            "positive_data_acceptance",
        ])
        // One worker: Hypothesis reads the source of its filters with
        // `ast.parse`, which CPython 3.11 cannot run on two threads at once
        // ("AST constructor recursion depth mismatch", a runtime error of
        // schemathesis, not a finding).
        .args(["--max-examples", examples, "--workers", "1", "--seed", "1"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    // The report comes last, after the end of the server's log, so that a
    // log cut to its tail still shows what schemathesis found.
    let log = server.log();
    let lines: Vec<&str> = log.lines().collect();
    let log_tail = lines[lines.len().saturating_sub(40)..].join("\n");
    assert!(
        out.status.success(),
        "the server's last log lines:\n{log_tail}\nschemathesis found answers that contradict docs/openapi.json:\n{}\n{report}",
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        report.contains("Tested: 23"),
        "every operation was tested:\n{report}"
    );
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

/// A tool of the test Python (scripts/test.sh installs it).
fn python_tool(name: &str) -> PathBuf {
    let python = crate::util::python_path();
    let path = python.parent().unwrap().join(name);
    assert!(
        path.exists(),
        "{name} is not installed: run the tests with scripts/test.sh"
    );
    path
}

/// docs/openapi.json is a valid OpenAPI 3.1 document by a standard
/// validator, and a client generated from it by a generator of another
/// ecosystem (openapi-python-client) activates, validates, lists, shows
/// and issues licenses against the running service.
#[test]
fn a_client_generated_from_the_document_works_against_the_service() {
    let document = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/openapi.json");
    let checked = std::process::Command::new(python_tool("openapi-spec-validator"))
        .arg(&document)
        .output()
        .unwrap();
    assert!(
        checked.status.success(),
        "docs/openapi.json is not a valid OpenAPI document: {}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
    let s = shop();
    let key = s.issue_key(&["--plan", "pro"]);
    let admin = api_key(&s, "admin");
    let generated = s.path().join("client");
    let bin = python_tool("ruff").parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let made = std::process::Command::new(python_tool("openapi-python-client"))
        .args([
            "generate",
            "--path",
            document.to_str().unwrap(),
            "--output-path",
        ])
        .arg(&generated)
        .env("PATH", &path)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&made.stdout),
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(made.status.success(), "no client was generated: {said}");
    assert!(!said.contains("Warning"), "the generator warned: {said}");
    let server = Server::start(&s);
    let out = crate::util::python("tests/interop/openapi_client.py")
        .arg(&generated)
        .args([&server.base, "acme", &key, &admin])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the generated client failed: {}\nthe server said:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
    let done: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["activated"], "VALID");
    assert_eq!(done["validated"], "VALID");
    assert_eq!(done["issued"].as_array().unwrap().len(), 2);
}
