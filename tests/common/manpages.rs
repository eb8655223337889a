//! The man pages in `man/`: `keywright(1)` and one page per command group
//! (`keywright-license(1)`, ...), rendered with roff from the command-line
//! definition (`keywright::cli::manual::command`) and the manual's own
//! sections (EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES).

use clap::{Arg, Command};
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};
use keywright::cli::manual::{self, ENVIRONMENT, EXIT_STATUS, FILES};

/// Every page: its file name and its roff text.
pub fn pages() -> Vec<(String, String)> {
    let mut root = manual::command().disable_help_subcommand(true);
    root.build();
    let mut pages = vec![("keywright.1".to_string(), root_page(&root))];
    for group in shown(&root) {
        let name = format!("keywright-{}", group.get_name());
        pages.push((format!("{name}.1"), group_page(&root, group, &name)));
    }
    pages
}

fn root_page(root: &Command) -> String {
    let mut roff = Roff::new();
    title(&mut roff, "keywright", root);
    roff.control("SH", ["SYNOPSIS"]);
    roff.text([
        bold("keywright"),
        roman(" [GLOBAL OPTIONS] "),
        italic("COMMAND"),
    ]);
    description(&mut roff, root);
    roff.control("SH", ["GLOBAL OPTIONS"]);
    roff.text([roman("Every command takes these options.")]);
    options(
        &mut roff,
        root.get_arguments().filter(|a| a.is_global_set()),
    );
    roff.control("SH", ["COMMANDS"]);
    for group in shown(root) {
        roff.control("TP", []);
        roff.text([
            bold(format!("keywright-{}", group.get_name())),
            roman("(1)"),
        ]);
        roff.text([roman(about(group))]);
    }
    common_sections(&mut roff, root, "");
    see_also(
        &mut roff,
        shown(root).map(|g| format!("keywright-{}", g.get_name())),
    );
    roff.render()
}

fn group_page(root: &Command, group: &Command, name: &str) -> String {
    let mut roff = Roff::new();
    title(&mut roff, name, group);
    roff.control("SH", ["SYNOPSIS"]);
    roff.text([roman(usage(group))]);
    description(&mut roff, group);
    let subs: Vec<&Command> = shown(group).collect();
    if subs.is_empty() {
        roff.control("SH", ["OPTIONS"]);
        options(&mut roff, own_arguments(group));
    } else {
        roff.control("SH", ["COMMANDS"]);
        for sub in subs {
            roff.control(
                "SS",
                [format!("keywright {} {}", group.get_name(), sub.get_name()).as_str()],
            );
            roff.text([roman(usage(sub))]);
            roff.control("PP", []);
            roff.text([roman(about(sub))]);
            options(&mut roff, own_arguments(sub));
        }
    }
    roff.control("SH", ["GLOBAL OPTIONS"]);
    roff.text([
        roman("Every command also takes the global options of "),
        bold("keywright"),
        roman("(1): --db, --tenant, --format, --json, --quiet, --yes, --actor and --config."),
    ]);
    common_sections(&mut roff, root, group.get_name());
    see_also(&mut roff, ["keywright".to_string()]);
    roff.render()
}

fn title(roff: &mut Roff, name: &str, cmd: &Command) {
    let source = format!("keywright {}", env!("CARGO_PKG_VERSION"));
    roff.control(
        "TH",
        [
            name.to_uppercase().as_str(),
            "1",
            "",
            source.as_str(),
            "keywright manual",
        ],
    );
    roff.control("SH", ["NAME"]);
    roff.text([roman(format!("{name} - {}", about(cmd)))]);
}

fn description(roff: &mut Roff, cmd: &Command) {
    roff.control("SH", ["DESCRIPTION"]);
    let text = cmd
        .get_long_about()
        .or_else(|| cmd.get_about())
        .map(|t| t.to_string())
        .unwrap_or_default();
    for paragraph in text.split("\n\n") {
        roff.control("PP", []);
        roff.text([roman(paragraph.replace('\n', " "))]);
    }
}

/// EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES: the examples of the
/// command at `path` and of every command below it.
fn common_sections(roff: &mut Roff, root: &Command, path: &str) {
    table(roff, "EXIT STATUS", EXIT_STATUS);
    table(roff, "ENVIRONMENT", ENVIRONMENT);
    table(roff, "FILES", FILES);
    roff.control("SH", ["EXAMPLES"]);
    let mut paths = vec![path.to_string()];
    if let Some(cmd) = root.find_subcommand(path) {
        paths.extend(shown(cmd).map(|sub| format!("{path} {}", sub.get_name())));
    }
    for example in paths.iter().flat_map(|p| manual::examples(p)) {
        roff.control("PP", []);
        roff.text([roman(example.what)]);
        roff.control("RS", ["4"]);
        roff.control("EX", []);
        roff.text([roman(example.line)]);
        roff.control("EE", []);
        roff.control("RE", []);
    }
}

fn table(roff: &mut Roff, heading: &str, rows: &[(&str, &str)]) {
    roff.control("SH", [heading]);
    for (term, meaning) in rows {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*meaning)]);
    }
}

fn see_also(roff: &mut Roff, pages: impl IntoIterator<Item = String>) {
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, page) in pages.into_iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        line.push(bold(page));
        line.push(roman("(1)"));
    }
    roff.text(line);
    roff.control("PP", []);
    roff.text([roman(
        "The README and the docs/ folder of the keywright repository: the tour by task, the token formats, the service's HTTP API (docs/service.md, docs/openapi.json) and verification in other languages (docs/verify-in-your-language.md).",
    )]);
}

/// The subcommands a person types: not hidden ones.
fn shown(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

/// The arguments of a command itself: not the global ones, not help/version.
fn own_arguments(cmd: &Command) -> impl Iterator<Item = &Arg> {
    cmd.get_arguments().filter(|a| {
        !a.is_global_set() && !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version")
    })
}

fn about(cmd: &Command) -> String {
    cmd.get_about().map(|a| a.to_string()).unwrap_or_default()
}

fn usage(cmd: &Command) -> String {
    let text = cmd.clone().render_usage().to_string();
    text.trim_start_matches("Usage:").trim().to_string()
}

fn options<'a>(roff: &mut Roff, args: impl Iterator<Item = &'a Arg>) {
    for arg in args {
        roff.control("TP", []);
        roff.text(option_header(arg));
        let mut help = arg
            .get_long_help()
            .or_else(|| arg.get_help())
            .map(|h| h.to_string())
            .unwrap_or_default();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && arg.get_num_args().is_some_and(|n| n.takes_values()) {
            help.push_str(&format!(" (one of: {})", values.join(", ")));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
        if !defaults.is_empty() && takes_value && !arg.is_hide_default_value_set() {
            help.push_str(&format!(" [default: {}]", defaults.join(", ")));
        }
        if let Some(env) = arg.get_env() {
            help.push_str(&format!(" [env: {}]", env.to_string_lossy()));
        }
        roff.text([roman(help)]);
    }
}

fn option_header(arg: &Arg) -> Vec<Inline> {
    let value = arg
        .get_value_names()
        .map(|names| names.join(" "))
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    if arg.is_positional() {
        return vec![italic(value)];
    }
    let mut header = Vec::new();
    if let Some(short) = arg.get_short() {
        header.push(bold(format!("-{short}")));
        header.push(roman(", "));
    }
    if let Some(long) = arg.get_long() {
        header.push(bold(format!("--{long}")));
    }
    if arg.get_num_args().is_some_and(|n| n.takes_values()) {
        header.push(roman(" "));
        header.push(italic(value));
    }
    header
}
