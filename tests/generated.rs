//! The committed completions, man page and OpenAPI document match the
//! command-line definition and the service's handlers. Run with
//! `KEYWRIGHT_REGENERATE=1` to rewrite them (see tests/common/golden.rs).

#[path = "common/golden.rs"]
mod golden;
#[path = "common/manpages.rs"]
mod manpages;

use std::path::{Path, PathBuf};

use clap_complete::Shell;
use keywright::cli::manual;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(path: &Path, fresh: Vec<u8>) {
    golden::check(path, &fresh, "cargo test --test generated");
}

/// Checks every file (and, when regenerating, rewrites each stale one)
/// before failing with the names of the stale ones.
fn check_all(files: Vec<(PathBuf, Vec<u8>)>) {
    let stale: Vec<PathBuf> = files
        .into_iter()
        .filter(|(path, fresh)| std::panic::catch_unwind(|| check(path, fresh.clone())).is_err())
        .map(|(path, _)| path)
        .collect();
    assert!(stale.is_empty(), "stale: {stale:?}");
}

#[test]
fn completions_are_current() {
    let shells = [
        (Shell::Bash, "keywright.bash"),
        (Shell::Zsh, "_keywright"),
        (Shell::Fish, "keywright.fish"),
        (Shell::Elvish, "keywright.elv"),
        (Shell::PowerShell, "_keywright.ps1"),
    ];
    check_all(
        shells
            .into_iter()
            .map(|(shell, file)| {
                let mut out = Vec::new();
                clap_complete::generate(shell, &mut manual::command(), "keywright", &mut out);
                (root().join("completions").join(file), out)
            })
            .collect(),
    );
}

#[test]
fn man_pages_are_current() {
    let pages = manpages::pages();
    check_all(
        pages
            .iter()
            .map(|(name, text)| (root().join("man").join(name), text.clone().into_bytes()))
            .collect(),
    );
    let committed: Vec<String> = std::fs::read_dir(root().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let stale: Vec<&String> = committed
        .iter()
        .filter(|file| !pages.iter().any(|(name, _)| name == *file))
        .collect();
    assert!(
        stale.is_empty(),
        "man/ holds pages of no command: {stale:?}"
    );
}

/// `man -l man/keywright.1` renders every page without a warning from groff.
#[test]
fn man_pages_render_cleanly() {
    for (name, _) in manpages::pages() {
        let path = root().join("man").join(&name);
        let out = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("groff runs (scripts/test.sh installs it)");
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && warnings.trim().is_empty(),
            "{name}: {warnings}"
        );
        // And as a person opens it.
        let shown = std::process::Command::new("man")
            .arg("-l")
            .arg(&path)
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .output()
            .expect("man runs (scripts/test.sh installs man-db)");
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(
            shown.status.success() && text.contains("EXAMPLES"),
            "man -l {name}: {}",
            String::from_utf8_lossy(&shown.stderr)
        );
    }
}

/// Every command's `--help`, as a person sees it at 100 columns.
#[test]
fn help_texts_are_current() {
    let mut cli = manual::command().term_width(100);
    cli.build();
    let mut text = String::new();
    help_of(&mut cli, "keywright", &mut text);
    check(&root().join("tests/snapshots/help.txt"), text.into_bytes());
}

fn help_of(cmd: &mut clap::Command, path: &str, out: &mut String) {
    out.push_str(&format!("$ {path} --help\n{}\n", cmd.render_help()));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        let sub = cmd.find_subcommand_mut(&name).unwrap();
        help_of(sub, &format!("{path} {name}"), out);
    }
}

#[test]
fn openapi_document_is_current() {
    let fresh = keywright::server::openapi::document();
    check(&root().join("docs/openapi.json"), fresh.into_bytes());
}

/// No module of src/ uses one that uses it back, at the top level or
/// inside a folder (`scripts/module-graph.py` prints the graph).
#[test]
fn the_modules_form_no_circle() {
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts/module-graph.py"))
        .arg(root().join("src"))
        .output()
        .expect("python3 runs");
    let graph = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "a circle:\n{graph}");
}
