//! The `paperlint` binary: parse arguments, run, exit with the outcome.

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    paperlint::cli::install_panic_hook();
    let cli = paperlint::cli::Cli::parse();
    let stdout = std::io::stdout();
    // Standard error is not held locked: `serve` logs to it from its threads
    // (it is unbuffered, so each message is one write either way).
    let outcome = paperlint::cli::run_guarded(cli, &mut stdout.lock(), &mut std::io::stderr());
    std::process::exit(outcome as i32);
}
