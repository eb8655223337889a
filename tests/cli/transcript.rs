//! A transcript of the README tour: every command's exit code, stdout and
//! stderr, with volatile values (times, keys, key ids, tokens, hashes)
//! replaced by placeholders, compared with `tests/snapshots/tour.txt`.
//! Run with `KEYWRIGHT_REGENERATE=1` to rewrite it after an intended change.

use std::path::PathBuf;

use crate::util::Sandbox;

const TOUR: &[&[&str]] = &[
    &[
        "tenant",
        "create",
        "Acme Bank Ltd",
        "--timezone",
        "Africa/Nairobi",
    ],
    &[
        "product",
        "create",
        "desktop",
        "--name",
        "Desktop App",
        "--feature",
        "sso",
        "--feature",
        "export",
    ],
    &[
        "plan",
        "create",
        "desktop",
        "pro",
        "--feature",
        "sso",
        "--seats",
        "5",
        "--duration",
        "1y",
        "--grace",
        "7d",
    ],
    &[
        "customer",
        "create",
        "ada@example.com",
        "--name",
        "Ada Lovelace",
        "--external-id",
        "crm-17",
    ],
    &["customer", "create", "ada@example", "--name", "Typo"],
    &[
        "license",
        "issue",
        "--product",
        "desktop",
        "--plan",
        "pro",
        "--customer",
        "crm-17",
        "--expires",
        "2030-03-31",
    ],
    &["license", "list"],
    &["license", "list", "--format", "csv"],
    &["product", "list", "--json"],
    &["key", "list"],
    &["audit", "list", "--limit", "3"],
    &["audit", "verify"],
    &[
        "license",
        "issue",
        "--product",
        "desktop",
        "--customer",
        "crm-17",
        "--count",
        "2",
    ],
    &["validate", "ACB-AAAAA-AAAAA-AAAAA-AAAAB"],
];

/// Replaces what changes from run to run with stable placeholders.
fn filter(text: &str, sandbox: &str) -> String {
    let mut out = text.replace(sandbox, "[DIR]");
    let patterns = [
        (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[TIME]"),
        // Tables show instants in the tenant's zone: the zone stays.
        (
            r"\d{4}-\d\d-\d\d \d\d:\d\d ([A-Z]{2,5}|[+-]\d\d)\b",
            "[TIME] $1",
        ),
        (
            r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
            "[TOKEN]",
        ),
        (r"ACB(-[A-Z2-9]{5}){4}", "[KEY]"),
        (r"\bcus_[0-9a-f]{20}\b", "[PUBLIC ID]"),
        (r"\b[0-9a-f]{64}\b", "[HASH]"),
        (
            r"(?m)(^|[^A-Za-z0-9_-])[A-Za-z0-9_-]{43}($|[^A-Za-z0-9_-])",
            "${1}[KID]${2}",
        ),
    ];
    for (pattern, placeholder) in patterns {
        let re = regex::Regex::new(pattern).expect("a valid pattern");
        out = re.replace_all(&out, placeholder).into_owned();
    }
    out
}

#[test]
fn the_readme_tour_prints_what_the_snapshot_shows() {
    let s = Sandbox::initialised();
    let dir = s.path().display().to_string();
    let mut transcript = String::new();
    for args in TOUR {
        let out = s.cmd().args(*args).output().unwrap();
        transcript.push_str(&format!("$ keywright {}\n", args.join(" ")));
        transcript.push_str(&String::from_utf8_lossy(&out.stdout));
        for line in String::from_utf8_lossy(&out.stderr).lines() {
            transcript.push_str(&format!("stderr: {line}\n"));
        }
        transcript.push_str(&format!("exit: {}\n\n", out.status.code().unwrap_or(-1)));
    }
    let transcript = filter(&transcript, &dir);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/tour.txt");
    crate::golden::check(
        &path,
        transcript.as_bytes(),
        "cargo test --test cli transcript",
    );
}
