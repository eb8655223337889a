//! The command-line tool: parse, build the context, dispatch to the handler
//! of the noun, and turn the result into output and an exit code (docs/tokens.md, "Exit codes").

pub mod args;
pub mod completions;
pub mod first_run;
pub mod manual;

use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};

pub use crate::app::Context;
pub use args::{Cli, Command};

use crate::commands;
use crate::error::{EXIT_NOT_VALID, EXIT_USAGE, Error, Outcome, Result, printable};

/// Runs the tool with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::NotValid) => ExitCode::from(EXIT_NOT_VALID),
        Err(Error::Output(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(err) => {
            let message = crate::output::for_people(&crate::commands::hints::message(&err));
            eprintln!("error: {}", printable(&message));
            ExitCode::from(err.exit_code())
        }
    }
}

/// Parses the command line. `--actor` typed on it (not taken from
/// `KEYWRIGHT_ACTOR`) is also the filter of `audit list` and `export audit`.
/// The examples are attached only when help is shown: every other run
/// starts without building their text. The tree of commands is left to the
/// end of the process rather than freed one allocation at a time, which
/// would cost a short command (`validate`) a tenth of its time.
fn parse() -> Result<Cli, clap::Error> {
    use clap::error::ErrorKind;
    let mut command = Cli::command();
    let parsed = command.try_get_matches_from_mut(std::env::args_os());
    std::mem::forget(command);
    let matches = match parsed {
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            manual::command().try_get_matches()?
        }
        parsed => parsed?,
    };
    let mut cli = Cli::from_arg_matches(&matches)?;
    cli.global.actor_typed =
        deepest(&matches).value_source("actor") == Some(ValueSource::CommandLine);
    Ok(cli)
}

/// The matches of the innermost subcommand, where global options land.
fn deepest(matches: &clap::ArgMatches) -> &clap::ArgMatches {
    match matches.subcommand() {
        Some((_, sub)) => deepest(sub),
        None => matches,
    }
}

/// Help and version go to stdout as clap writes them; a usage error becomes
/// one line on stderr, with where to find help.
fn usage_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let shows_help = matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if shows_help {
        let _ = err.print();
        return ExitCode::from(if err.use_stderr() { EXIT_USAGE } else { 0 });
    }
    if let Some(message) = synonym_hint(err) {
        eprintln!("error: {}", printable(&message));
        return ExitCode::from(EXIT_USAGE);
    }
    let text = err.render().to_string();
    let parts: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more information")
        })
        .collect();
    eprintln!("{}; run with --help for usage", printable(&parts.join(" ")));
    ExitCode::from(EXIT_USAGE)
}

/// Words people type for a command that keywright names otherwise, by
/// noun: clap's spelling suggestions cannot know that a license is
/// issued, not created.
const SYNONYMS: &[(&str, &[&str], &str)] = &[
    (
        "license",
        &["create", "new", "add", "make", "mint", "generate"],
        "issue",
    ),
    ("license", &["delete", "remove", "cancel", "rm"], "revoke"),
    ("key", &["create", "new", "add", "make"], "generate"),
    ("api-key", &["new", "add", "make", "generate"], "create"),
    ("customer", &["new", "add", "make"], "create"),
    ("customer", &["remove", "rm"], "delete"),
    ("product", &["new", "add", "make"], "create"),
    ("plan", &["new", "add", "make"], "create"),
    ("tenant", &["new", "add", "make"], "create"),
];

/// For a subcommand that is a synonym of a real one (`license create`),
/// the sentence that names the real one.
fn synonym_hint(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(typed)) = err.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let at = args.iter().position(|a| a == typed)?;
    let noun = args[..at].iter().rev().find(|a| !a.starts_with('-'))?;
    let (_, _, command) = SYNONYMS
        .iter()
        .find(|(n, words, _)| n == noun && words.contains(&typed.as_str()))?;
    Some(format!(
        "there is no `keywright {noun} {typed}`; use `keywright {noun} {command}` (see `keywright {noun} {command} --help`)"
    ))
}

fn run(cli: Cli) -> Result<Outcome> {
    // `init` writes the config file; `completions` needs none.
    let reads_no_config = matches!(cli.command, Command::Init(_) | Command::Completions(_));
    if let Some(path) = cli.global.config.as_deref().filter(|p| !p.exists())
        && !reads_no_config
    {
        return Err(Error::usage(format!(
            "the config file {} does not exist; check the path, or create it with `keywright --config {} init`",
            path.display(),
            path.display()
        )));
    }
    let ctx = Context::new(cli.global.into())?;
    let key_export = matches!(
        cli.command,
        Command::Key(commands::key::KeyCommand::Export { .. })
    );
    if ctx.printer.format().is_key_format() && !key_export {
        return Err(Error::usage(format!(
            "--format {} is for `keywright key export`; other commands print table, json or csv",
            ctx.printer.format().name()
        )));
    }
    dispatch(cli.command, &ctx)
}

/// Runs one command with a context already made: the tool's own run, and
/// the commands the guided first run of `init` makes from its answers.
pub(crate) fn dispatch(command: Command, ctx: &Context) -> Result<Outcome> {
    match command {
        Command::Init(args) => {
            let outcome = commands::init::run(args, ctx)?;
            first_run::offer(ctx)?;
            Ok(outcome)
        }
        Command::Tenant(cmd) => cmd.run(ctx),
        Command::Key(cmd) => cmd.run(ctx),
        Command::Product(cmd) => cmd.run(ctx),
        Command::Plan(cmd) => cmd.run(ctx),
        Command::Customer(cmd) => cmd.run(ctx),
        Command::License(cmd) => cmd.run(ctx),
        Command::Machine(cmd) => cmd.run(ctx),
        Command::Validate(args) => commands::validate::run(args, ctx),
        Command::Verify(args) => commands::verify::run(args, ctx),
        Command::Sign(args) => commands::sign::run(args, ctx),
        Command::Export(cmd) => cmd.run(ctx),
        Command::Revocations(cmd) => cmd.run(ctx),
        Command::Audit(cmd) => cmd.run(ctx),
        Command::Doctor(args) => commands::doctor::run(&args, ctx),
        Command::Serve(args) => commands::serve::run(args, ctx),
        Command::ApiKey(cmd) => cmd.run(ctx),
        Command::Webhooks(cmd) => cmd.run(ctx),
        Command::Billing(cmd) => cmd.run(ctx),
        Command::Email(cmd) => cmd.run(ctx),
        Command::Db(cmd) => cmd.run(ctx),
        Command::Completions(args) => completions::run(args),
    }
}
