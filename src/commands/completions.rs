//! `keywright completions SHELL`: print a completion script generated from
//! the command-line definition.

use clap::Args;
use clap_complete::Shell;

use crate::cli::manual;
use crate::error::{Outcome, Result};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<Outcome> {
    let mut command = manual::command();
    clap_complete::generate(
        args.shell,
        &mut command,
        "keywright",
        &mut std::io::stdout(),
    );
    Ok(Outcome::Success)
}
