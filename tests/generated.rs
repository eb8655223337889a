//! The committed completions, man page and OpenAPI document match the
//! command-line definition and the service's handlers. Run with
//! `KEYWRIGHT_REGENERATE=1` to rewrite them (see tests/common/golden.rs).

#[path = "common/golden.rs"]
mod golden;

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use keywright::cli::Cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(path: &Path, fresh: Vec<u8>) {
    golden::check(path, &fresh, "cargo test --test generated");
}

#[test]
fn completions_are_current() {
    for (shell, file) in [
        (Shell::Bash, "keywright.bash"),
        (Shell::Zsh, "_keywright"),
        (Shell::Fish, "keywright.fish"),
        (Shell::Elvish, "keywright.elv"),
        (Shell::PowerShell, "_keywright.ps1"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "keywright", &mut out);
        check(&root().join("completions").join(file), out);
    }
}

#[test]
fn man_page_is_current() {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .unwrap();
    check(&root().join("man/keywright.1"), out);
}

#[test]
fn openapi_document_is_current() {
    let fresh = keywright::server::openapi::document();
    check(&root().join("docs/openapi.json"), fresh.into_bytes());
}
