//! The `keywright` binary: parse the command line, run it, map the result to an exit code.

use std::process::ExitCode;

/// mimalloc: the service allocates small, short-lived buffers on many
/// threads at once, where it costs less CPU than glibc's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    keywright::cli::main()
}
