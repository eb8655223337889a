//! The manual that rides on the command-line definition: the examples at the
//! end of every command's `--help` (also the EXAMPLES of its man page), and
//! the EXIT STATUS, ENVIRONMENT and FILES sections of the man pages in
//! `man/`. [`command`] is the definition the tool parses with and the
//! generators of man pages and completions read.

use clap::CommandFactory;

use super::Cli;

/// One example: what it does, and the command line.
pub struct Example {
    pub what: &'static str,
    pub line: &'static str,
}

const fn ex(what: &'static str, line: &'static str) -> Example {
    Example { what, line }
}

mod examples;
pub use examples::EXAMPLES;

/// The examples of the command at `path` (`"license issue"`).
pub fn examples(path: &str) -> &'static [Example] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(&[], |(_, examples)| examples)
}

/// The examples as `--help` ends with them.
fn help_text(examples: &[Example]) -> String {
    let mut text = String::from("Examples:");
    for example in examples {
        text.push_str(&format!("\n  # {}\n  {}", example.what, example.line));
    }
    text
}

/// The command-line definition with its examples: what the tool parses
/// with, and what man pages and completions are generated from.
pub fn command() -> clap::Command {
    with_examples(Cli::command(), "")
}

fn with_examples(mut cmd: clap::Command, path: &str) -> clap::Command {
    let examples = examples(path);
    if !examples.is_empty() {
        cmd = cmd.after_help(help_text(examples));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(name, |sub| with_examples(sub, &sub_path));
    }
    cmd
}

/// The exit status of every command (docs/tokens.md, "Exit codes"), for the man pages.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    (
        "0",
        "Success; for validate and verify, the license is VALID or GRACE.",
    ),
    (
        "1",
        "Runtime error: I/O, the database, the key store (or no secret reachable), or an audit chain that does not verify.",
    ),
    (
        "2",
        "Usage error: a bad flag or value, an unknown tenant or record. Nothing was written.",
    ),
    (
        "3",
        "The license or token is not valid: its code (EXPIRED, REVOKED, TAMPERED, ...) is printed and is in the JSON.",
    ),
];

/// The environment variables keywright reads, for the man pages.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "KEYWRIGHT_DB",
        "The database: a file, sqlite:PATH or a postgres:// URL (as --db).",
    ),
    (
        "KEYWRIGHT_KEY_DIR",
        "The folder of the file key store (default keys/ beside the database).",
    ),
    (
        "PGPASSWORD",
        "The PostgreSQL password when the URL has none (then ~/.pgpass or PGPASSFILE).",
    ),
    ("KEYWRIGHT_TENANT", "The tenant to act for (as --tenant)."),
    ("KEYWRIGHT_CONFIG", "The config file (as --config)."),
    (
        "KEYWRIGHT_ACTOR",
        "Who is acting, for the audit log (as --actor); default the OS user name.",
    ),
    (
        "KEYWRIGHT_SIGNING_KEY",
        "A signing key as PEM text (or an oct JWK), looked at before the key store: for CI.",
    ),
    ("KEYWRIGHT_SIGNING_KEY_FILE", "A file holding such a key."),
    (
        "KEYWRIGHT_LOCK_WAIT",
        "How long to wait for another command's write, e.g. 30min (default 10min).",
    ),
    ("NO_COLOR", "When set, no colour in any output."),
    (
        "XDG_DATA_HOME",
        "Where the default database and file key store live (keywright/ below it).",
    ),
    (
        "XDG_CONFIG_HOME",
        "Where the default config file lives (keywright/config.toml below it).",
    ),
];

/// The files keywright reads and writes, for the man pages.
pub const FILES: &[(&str, &str)] = &[
    (
        "$XDG_DATA_HOME/keywright/keywright.db",
        "The default database (SQLite, mode 0600).",
    ),
    (
        "$XDG_CONFIG_HOME/keywright/config.toml",
        "The config file that keywright init writes.",
    ),
    (
        "$XDG_DATA_HOME/keywright/keys/",
        "The file key store (init --key-store file): one 0600 file per secret in 0700 folders.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command path below `cmd`, `""` for the tool itself.
    fn paths(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_string());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let sub_path = format!("{path} {}", sub.get_name());
            paths(sub, sub_path.trim(), out);
        }
    }

    #[test]
    fn every_command_has_an_example_and_every_example_a_command() {
        let mut all = Vec::new();
        paths(&Cli::command(), "", &mut all);
        let missing: Vec<&String> = all.iter().filter(|p| examples(p).is_empty()).collect();
        assert!(missing.is_empty(), "commands without examples: {missing:?}");
        let unknown: Vec<&str> = EXAMPLES
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| !all.iter().any(|a| a == p))
            .collect();
        assert!(unknown.is_empty(), "examples of no command: {unknown:?}");
    }

    #[test]
    fn help_ends_with_the_examples() {
        let mut cmd = command().term_width(100);
        cmd.build();
        let issue = cmd
            .find_subcommand_mut("license")
            .and_then(|c| c.find_subcommand_mut("issue"))
            .unwrap();
        let help = issue.render_help().to_string();
        let tail = help.trim_end().lines().last().unwrap();
        assert!(tail.contains("--count 1000"), "{help}");
    }

    /// An example is copied whole: no line of one may wrap in `--help`.
    #[test]
    fn examples_fit_on_one_line_of_help() {
        for (path, examples) in EXAMPLES {
            for example in *examples {
                assert!(
                    example.line.len() <= 96 && example.what.len() <= 94,
                    "an example of `{path}` is too long for one line: {}",
                    example.line
                );
            }
        }
    }
}
