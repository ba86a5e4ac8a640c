//! Command-line interface: argument definitions and the commands behind them.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::report::tree;
use crate::source::{SourceFile, DEFAULT_MAX_FILE_SIZE};

/// A linter for UK local-government committee papers.
#[derive(Parser, Debug)]
#[command(name = "paperlint", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the parsed section tree of one paper.
    Tree(TreeArgs),
}

/// Output format of `paperlint tree`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum TreeFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct TreeArgs {
    /// The paper to parse.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    pub format: TreeFormat,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
}

/// How a run ended, as an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// No error-severity finding.
    Clean = 0,
    /// At least one error (or a warning under `--deny-warnings`).
    Findings = 1,
    /// The run itself failed.
    Failed = 2,
}

/// Runs the parsed command line, writing to `out` and `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match cli.command {
        Command::Tree(args) => run_tree(&args, out, err),
    }
}

fn run_tree(args: &TreeArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let src = match SourceFile::read(&args.file, args.max_file_size) {
        Ok(src) => src,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return Outcome::Failed;
        }
    };
    let doc = crate::parse::parse(&src.text);
    let written = match args.format {
        TreeFormat::Text => out.write_all(tree::outline(&src, &doc).as_bytes()),
        TreeFormat::Json => serde_json::to_writer_pretty(&mut *out, &tree::TreeJson::new(&src, &doc))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    match written {
        Ok(()) => Outcome::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Clean,
        Err(e) => {
            let _ = writeln!(err, "error: cannot write output: {e}");
            Outcome::Failed
        }
    }
}
