//! The command-line tool: parse, build the context, dispatch to the handler
//! of the noun, and turn the result into output and an exit code (SPEC 5).

pub mod args;
pub mod config;
pub mod context;

use std::process::ExitCode;

use clap::Parser;

pub use args::{Cli, Command};
pub use context::Context;

use crate::commands;
use crate::error::{EXIT_NOT_VALID, EXIT_USAGE, Error, Outcome, Result};

/// Runs the tool with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::NotValid) => ExitCode::from(EXIT_NOT_VALID),
        Err(Error::Output(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<Outcome> {
    let ctx = Context::new(cli.global)?;
    match cli.command {
        Command::Init(args) => commands::init::run(args, &ctx),
        Command::Tenant(cmd) => cmd.run(&ctx),
        Command::Key(cmd) => cmd.run(&ctx),
        Command::Product(cmd) => cmd.run(&ctx),
        Command::Plan(cmd) => cmd.run(&ctx),
        Command::Customer(cmd) => cmd.run(&ctx),
        Command::License(cmd) => cmd.run(&ctx),
        Command::Validate(args) => commands::validate::run(args, &ctx),
        Command::Verify(args) => commands::verify::run(args, &ctx),
        Command::Sign(args) => commands::sign::run(args, &ctx),
        Command::Audit(cmd) => cmd.run(&ctx),
        Command::Completions(args) => commands::completions::run(args),
    }
}
