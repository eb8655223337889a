//! Output that respects its place: tables fit a terminal's width, colour
//! shows only on a terminal and never with `NO_COLOR`, tables show instants
//! in the tenant's time zone and durations as people write them, while JSON
//! keeps UTC and seconds.

use crate::util::Sandbox;

/// A shop in Nairobi time with a plan of a week's grace and a license that
/// ends with 2030-03-31 there.
fn nairobi() -> Sandbox {
    let s = Sandbox::initialised();
    s.ok(&[
        "tenant",
        "create",
        "Acme Bank Ltd",
        "--timezone",
        "Africa/Nairobi",
    ]);
    s.ok(&[
        "product",
        "create",
        "desktop",
        "--name",
        "Desktop App",
        "--feature",
        "sso",
    ]);
    s.ok(&[
        "plan",
        "create",
        "desktop",
        "pro",
        "--grace",
        "7d",
        "--heartbeat",
        "1h",
    ]);
    s.ok(&[
        "customer",
        "create",
        "ada@example.com",
        "--name",
        "Ada Lovelace",
    ]);
    for _ in 0..3 {
        s.ok(&[
            "license",
            "issue",
            "--product",
            "desktop",
            "--plan",
            "pro",
            "--customer",
            "ada@example.com",
            "--expires",
            "2030-03-31",
        ]);
    }
    s
}

/// What `keywright ARGS` shows on a pseudo-terminal `columns` wide.
fn on_terminal(s: &Sandbox, columns: u16, env: &str, args: &str) -> String {
    let script = format!(
        "{env} TERM=xterm script -qec 'stty cols {columns}; \"$KEYWRIGHT\" {args}' /dev/null"
    );
    let out = s.bash(&script).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

fn without_escapes(text: &str) -> String {
    regex::Regex::new("\x1b\\[[0-9;?]*[A-Za-z]")
        .unwrap()
        .replace_all(text, "")
        .into_owned()
}

/// A table on a terminal wraps its cells between words to fit, and never
/// inside a word: a key, an email, a date stays whole, even where that
/// makes the table wider than a narrow terminal.
#[test]
fn tables_on_a_terminal_wrap_between_words_and_never_break_one() {
    let s = nairobi();
    let keys = s.ok(&["license", "list", "-q"]);
    for columns in [80, 100, 120] {
        let shown = without_escapes(&on_terminal(&s, columns, "", "license list"));
        if columns == 120 {
            for line in shown.lines() {
                assert!(
                    line.chars().count() <= usize::from(columns),
                    "wider than {columns}: {line:?}\n{shown}"
                );
            }
        }
        for word in keys.lines().chain(["ada@example.com", "2030-03-31"]) {
            assert!(
                shown.contains(word),
                "{word} is broken across lines at {columns} columns:\n{shown}"
            );
        }
    }
    // Piped, a table is never wrapped: one line per license.
    let piped = s.ok(&["license", "list"]);
    assert_eq!(piped.lines().count(), 1 + 3 + 1, "{piped}");
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let s = nairobi();
    let coloured = on_terminal(&s, 200, "", "license list");
    assert!(
        coloured.contains("\x1b["),
        "no colour on a terminal: {coloured:?}"
    );
    let plain = on_terminal(&s, 200, "NO_COLOR=1", "license list");
    assert!(
        !plain.contains("\x1b["),
        "colour despite NO_COLOR: {plain:?}"
    );
    let piped = s.ok(&["license", "list"]);
    assert!(!piped.contains('\x1b'), "colour in a pipe: {piped:?}");
}

#[test]
fn tables_show_the_tenants_time_and_durations_json_keeps_utc_and_seconds() {
    let s = nairobi();
    let key = s
        .ok(&["license", "list", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    let shown = s.ok(&["license", "show", &key]);
    assert!(
        shown.contains("EXPIRES            2030-03-31 end of day EAT"),
        "{shown}"
    );
    assert!(shown.contains("GRACE              7d"), "{shown}");
    assert!(shown.contains("HEARTBEAT          1h"), "{shown}");
    let json = s.json(&["license", "show", &key]);
    assert_eq!(json["expires"], "2030-03-31T21:00:00Z");
    assert_eq!(json["grace_seconds"], 604_800);
    assert_eq!(json["heartbeat_seconds"], 3_600);
    let csv = s.ok(&["license", "list", "--format", "csv"]);
    assert!(
        csv.contains("2030-03-31T21:00:00Z"),
        "CSV is for programs: UTC\n{csv}"
    );
}

/// The binary's own help ends with its examples.
#[test]
fn help_ends_with_examples() {
    let s = Sandbox::new();
    for args in [
        &["--help"][..],
        &["license", "issue", "--help"],
        &["license", "issue", "-h"],
        &["verify", "--help"],
        &["api-key", "create", "--help"],
    ] {
        let help = s.ok(args);
        let tail: Vec<&str> = help.trim_end().lines().rev().take(2).collect();
        assert!(
            tail[0].trim_start().starts_with("keywright") || tail[0].contains("keywright "),
            "{args:?}:\n{help}"
        );
        assert!(help.contains("\nExamples:\n"), "{args:?}:\n{help}");
    }
}
