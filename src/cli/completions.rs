//! `keywright completions SHELL`: print a completion script generated from
//! the command-line definition.

use std::io::Write;

use clap::Args;
use clap_complete::Shell;

use super::manual;
use crate::error::{Outcome, Result};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<Outcome> {
    let mut command = manual::command();
    // Generated whole before it is written: the generator panics on a
    // failed write (a closed pipe), where a write here is an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "keywright", &mut script);
    std::io::stdout().write_all(&script)?;
    Ok(Outcome::Success)
}
