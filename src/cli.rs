//! Command-line interface: argument definitions and the commands behind them.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::check::{check_papers, collect_papers, CheckOptions, Configs};
use crate::diagnostic::Severity;
use crate::report::json::{JsonDiagnostic, JsonReport};
use crate::report::{human, tree};
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
    /// Check papers against the council's template (default: the current folder).
    Check(CheckArgs),
    /// Print the parsed section tree of one paper.
    Tree(TreeArgs),
    /// List the rules in force for a path.
    Rules(RulesArgs),
    /// Explain what a rule checks and why.
    Explain(ExplainArgs),
    /// Write a commented starter paperlint.toml.
    Init(InitArgs),
}

/// When to colour human output.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Output format of `paperlint check`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Papers and folders to check.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Use this configuration instead of the nearest paperlint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// The paper or folder whose configuration to show.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Use this configuration instead of the nearest paperlint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A rule id, e.g. sign-off-undated.
    pub rule: String,
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// Where to write it.
    #[arg(default_value = "paperlint.toml")]
    pub path: PathBuf,
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
    /// Print the text as paperlint read it instead (for a .docx, the text
    /// rendered from the Word file, which line numbers count in).
    #[arg(long)]
    pub text: bool,
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
        Command::Check(args) => run_check(&args, out, err),
        Command::Tree(args) => run_tree(&args, out, err),
        Command::Rules(args) => run_rules(&args, out, err),
        Command::Explain(args) => run_explain(&args, out, err),
        Command::Init(args) => run_init(&args, out, err),
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

fn run_check(args: &CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let color = use_color(args.color);
    let options = CheckOptions {
        config: args.config.clone(),
        max_file_size: args.max_file_size,
    };
    let fail = |e: &crate::config::ConfigError, err: &mut dyn Write| {
        let _ = err.write_all(human::render_config_error(e, color).as_bytes());
        Outcome::Failed
    };
    let configs = match Configs::new(&options) {
        Ok(c) => c,
        Err(e) => return fail(&e, err),
    };
    for p in &args.paths {
        if !p.exists() {
            let _ = writeln!(err, "error: {}: no such file or folder", p.display());
            return Outcome::Failed;
        }
    }
    let papers = match collect_papers(&args.paths, &configs) {
        Ok(p) => p,
        Err(e) => return fail(&e, err),
    };
    let results = match check_papers(&papers, &configs, &options) {
        Ok(r) => r,
        Err(e) => return fail(&e, err),
    };
    let (mut errors, mut warnings, mut infos, mut with_findings, mut unreadable) = (0, 0, 0, 0, 0);
    let mut json = Vec::new();
    for r in &results {
        match &r.outcome {
            Err(e) => {
                unreadable += 1;
                let _ = writeln!(err, "error: {e}");
            }
            Ok((src, found)) => {
                if !found.is_empty() {
                    with_findings += 1;
                }
                for d in found {
                    match d.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                        Severity::Info => infos += 1,
                    }
                }
                match args.format {
                    CheckFormat::Human => {
                        let _ = out.write_all(human::render(src, found, color).as_bytes());
                    }
                    CheckFormat::Json => {
                        json.extend(found.iter().map(|d| JsonDiagnostic::new(src, d)))
                    }
                }
            }
        }
    }
    let written = match args.format {
        CheckFormat::Human => writeln!(
            out,
            "{}",
            human::summary(
                errors,
                warnings,
                infos,
                with_findings,
                results.len() - unreadable
            )
        ),
        CheckFormat::Json => serde_json::to_writer_pretty(
            &mut *out,
            &JsonReport {
                version: 1,
                files: results.len(),
                diagnostics: json,
            },
        )
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out)),
    };
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "error: cannot write output: {e}");
            return Outcome::Failed;
        }
    }
    if unreadable > 0 {
        Outcome::Failed
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

fn run_rules(args: &RulesArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let options = CheckOptions {
        config: args.config.clone(),
        max_file_size: DEFAULT_MAX_FILE_SIZE,
    };
    let set = Configs::new(&options)
        .and_then(|c| {
            c.for_path(&args.path)
                .map(|config| (config.clone(), config.rule_set(&args.path)))
        })
        .and_then(|(config, set)| set.map(|s| (config, s)));
    let (config, set) = match set {
        Ok(s) => s,
        Err(e) => {
            let _ = err.write_all(human::render_config_error(&e, false).as_bytes());
            return Outcome::Failed;
        }
    };
    let _ = writeln!(out, "configuration: {}", config.origin);
    for id in &set.known {
        let (kind, severity) = match set.get(id) {
            Some(r) => (r.kind, r.severity.as_str()),
            None => (crate::rules::kind(id).map_or("?", |k| k.name), "off"),
        };
        let _ = writeln!(out, "{id:<26} {severity:<8} {kind}");
    }
    Outcome::Clean
}

fn run_explain(args: &ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match crate::rules::kind(&args.rule) {
        Some(kind) => {
            let _ = out.write_all(kind.doc().as_bytes());
            Outcome::Clean
        }
        None => {
            let _ = writeln!(
                err,
                "error: no rule `{}`; known rules: {}",
                args.rule,
                crate::rules::KINDS
                    .iter()
                    .map(|k| k.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Outcome::Failed
        }
    }
}

fn run_init(args: &InitArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    // `create_new` refuses atomically if the file exists.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.path);
    match file.and_then(|mut f| f.write_all(crate::config::STARTER.as_bytes())) {
        Ok(()) => {
            let _ = writeln!(out, "wrote {}", args.path.display());
            Outcome::Clean
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = writeln!(
                err,
                "error: {} already exists; paperlint will not overwrite it",
                args.path.display()
            );
            Outcome::Failed
        }
        Err(e) => {
            let _ = writeln!(err, "error: cannot write {}: {e}", args.path.display());
            Outcome::Failed
        }
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
        _ if args.text => out.write_all(src.text.as_bytes()),
        TreeFormat::Text => out.write_all(tree::outline(&src, &doc).as_bytes()),
        TreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &tree::TreeJson::new(&src, &doc))
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
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
