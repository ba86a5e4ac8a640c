//! The `paperlint` binary: parse arguments, run, exit with the outcome.

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = paperlint::cli::Cli::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let outcome = paperlint::cli::run(cli, &mut stdout.lock(), &mut stderr.lock());
    std::process::exit(outcome as i32);
}
