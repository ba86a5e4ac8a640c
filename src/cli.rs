//! Command-line interface: argument definitions and the commands behind them.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::baseline::Baseline;
use crate::check::{
    check_paths, report_source, CheckOptions, Configs, Filter, PaperReport, Render, Settings,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::record::Record;
use crate::report::{github, html, human, json, junit, sarif, summary, tree};
use crate::source::{SourceFile, DEFAULT_MAX_FILE_SIZE};

/// A linter for UK local-government committee papers.
#[derive(Parser, Debug)]
#[command(name = "paperlint", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
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
    /// Serve a page and an API where authors check papers (until Ctrl-C).
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
}

/// When to colour human output.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Output format of `paperlint check`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// Findings with the text they point at, and a summary.
    Human,
    /// One JSON object: `{"version": 1, "files": N, "diagnostics": [...]}`.
    Json,
    /// One JSON object per finding, per line.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// JUnit XML: a testsuite per paper, a failing testcase per finding.
    Junit,
    /// Counts per rule and per paper.
    Summary,
    /// One self-contained HTML page: an agenda summary, a papers × rules
    /// matrix, and each paper's findings beside its highlighted text.
    Html,
}

#[derive(clap::Args, Debug)]
pub(crate) struct CheckArgs {
    /// Papers and folders to check.
    #[arg(default_value = ".")]
    pub(crate) paths: Vec<PathBuf>,
    /// Use this configuration instead of the nearest paperlint.toml.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub(crate) format: CheckFormat,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// Report only these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub(crate) select: Vec<String>,
    /// Do not report these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub(crate) ignore: Vec<String>,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,
    /// Record today's findings in FILE (and exit 0).
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub(crate) write_baseline: Option<PathBuf>,
    /// Read one paper from standard input.
    #[arg(long, conflicts_with = "paths")]
    pub(crate) stdin: bool,
    /// The name to give the paper read from standard input (also used to find its paperlint.toml).
    #[arg(long, value_name = "PATH", requires = "stdin")]
    pub(crate) stdin_filename: Option<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub(crate) max_file_size: u64,
    /// Judge clearances against this meeting date, whatever the papers say.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::calendar::parse_iso_date)]
    pub(crate) meeting_date: Option<time::Date>,
}

#[derive(clap::Args, Debug)]
pub(crate) struct RulesArgs {
    /// The paper or folder whose configuration to show.
    #[arg(default_value = ".")]
    pub(crate) path: PathBuf,
    /// Use this configuration instead of the nearest paperlint.toml.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub(crate) struct ExplainArgs {
    /// A rule id, e.g. sign-off-undated.
    pub(crate) rule: String,
}

#[derive(clap::Args, Debug)]
pub(crate) struct InitArgs {
    /// Where to write it.
    #[arg(default_value = "paperlint.toml")]
    pub(crate) path: PathBuf,
}

#[cfg(feature = "serve")]
#[derive(clap::Args, Debug)]
pub(crate) struct ServeArgs {
    /// The address and port to listen on (port 0: any free port; the
    /// address is printed). Only this machine can connect unless told
    /// otherwise, e.g. 0.0.0.0:8080.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub bind: std::net::SocketAddr,
    /// Check every upload under this configuration (otherwise the
    /// paperlint.toml `check` would use in the current folder, else the
    /// built-in pack).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Refuse request bodies larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_FILE_SIZE,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_request_size: u64,
    /// Seconds an upload may take to arrive, to wait for a free checker,
    /// and to be checked, each.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0, value_parser = parse_seconds)]
    pub timeout: f64,
    /// Papers checked at once (default: the number of CPUs).
    #[arg(long, value_name = "N")]
    pub checks: Option<std::num::NonZeroUsize>,
}

#[cfg(feature = "serve")]
fn parse_seconds(s: &str) -> Result<f64, NotSeconds> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 86_400.0 => Ok(v),
        _ => Err(NotSeconds(s.to_string())),
    }
}

/// A `--timeout` that is not a number of seconds above 0, up to 86400 (clap
/// prints it after naming the option).
#[cfg(feature = "serve")]
#[derive(Debug)]
struct NotSeconds(String);

#[cfg(feature = "serve")]
impl std::fmt::Display for NotSeconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` is not a number of seconds more than 0 and at most 86400",
            self.0
        )
    }
}

#[cfg(feature = "serve")]
impl std::error::Error for NotSeconds {}

/// Output format of `paperlint tree`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum TreeFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub(crate) struct TreeArgs {
    /// The paper to parse.
    pub(crate) file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    pub(crate) format: TreeFormat,
    /// Print the text as paperlint read it instead (for a .docx, the text
    /// rendered from the Word file, which line numbers count in).
    #[arg(long)]
    pub(crate) text: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_SIZE)]
    pub(crate) max_file_size: u64,
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

/// Keeps a panic's message and backtrace off standard error unless
/// `RUST_BACKTRACE` is set (for a developer): the message may quote a
/// paper, and an officer can do nothing with a backtrace. Each paper's
/// check catches its own panic and reports the paper as failed (see
/// `check::caught`), and [`run_guarded`] reports any other.
pub fn install_panic_hook() {
    if std::env::var_os("RUST_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
}

/// [`run`], with a panic that no paper's check caught reported in one
/// sentence and exit code 2 instead of a crash.
pub fn run_guarded(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli, out, &mut *err))) {
        Ok(outcome) => outcome,
        Err(_) => {
            let _ = writeln!(
                err,
                "error: paperlint failed (a bug in paperlint; please report it)"
            );
            Outcome::Failed
        }
    }
}

/// Runs the parsed command line, writing to `out` and `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match cli.command {
        Command::Check(args) => run_check(&args, out, err),
        Command::Tree(args) => run_tree(&args, out, err),
        Command::Rules(args) => run_rules(&args, out, err),
        Command::Explain(args) => run_explain(&args, out, err),
        Command::Init(args) => run_init(&args, out, err),
        #[cfg(feature = "serve")]
        Command::Serve(args) => run_serve(&args, out, err),
    }
}

#[cfg(feature = "serve")]
fn run_serve(args: &ServeArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let checks = args.checks.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        std::num::NonZeroUsize::get,
    );
    let options = crate::serve::Options {
        bind: args.bind,
        config: args.config.clone(),
        max_request_size: args.max_request_size,
        timeout: std::time::Duration::from_secs_f64(args.timeout),
        checks,
    };
    match crate::serve::run(options, out) {
        Ok(()) => Outcome::Clean,
        Err(crate::serve::ServeError::Config(e)) => {
            let _ = writeln!(err, "{}", human::render_config_error(&e, false).trim_end());
            Outcome::Failed
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            Outcome::Failed
        }
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
    // clap's `requires` is met by the flag's default (false), so it is
    // checked here.
    if args.stdin_filename.is_some() && !args.stdin {
        let _ = writeln!(
            err,
            "error: --stdin-filename names the paper read from standard input; add --stdin, \
             or name the paper as a path instead"
        );
        return Outcome::Failed;
    }
    // Colour only for a person at a terminal, never into a file.
    let color = args.output.is_none() && use_color(args.color);
    let options = CheckOptions {
        config: args.config.clone(),
        max_file_size: args.max_file_size,
        meeting_date: args.meeting_date,
    };
    let config_failure = |e: &crate::config::ConfigError, err: &mut dyn Write| {
        let _ = err.write_all(human::render_config_error(e, color).as_bytes());
        Outcome::Failed
    };
    let configs = match Configs::new(&options) {
        Ok(c) => c,
        Err(e) => return config_failure(&e, err),
    };
    for id in args.select.iter().chain(&args.ignore) {
        if crate::rules::kind(id).is_none() {
            let _ = writeln!(err, "error: no rule `{id}` (see `paperlint rules`)");
            return Outcome::Failed;
        }
    }
    let baseline = match &args.baseline {
        Some(path) => match Baseline::read(path) {
            Ok(b) => Some(b),
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                return Outcome::Failed;
            }
        },
        None => None,
    };
    // A slip between `-o` and a paper's name must not lose the paper.
    let named = args.paths.iter().chain(&args.stdin_filename);
    if let Some(message) = output_over_paper(args, named) {
        let _ = writeln!(err, "error: {message}");
        return Outcome::Failed;
    }
    let filter = Filter {
        select: args.select.iter().cloned().collect(),
        ignore: args.ignore.iter().cloned().collect(),
        baseline,
    };

    // Written in large pieces (a line at a time would be a system call
    // per line), but paper by paper when a person is watching.
    let mut buffer: Vec<u8> = Vec::new();
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    let interactive = args.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout());
    let target: &mut dyn Write = if args.output.is_some() {
        &mut buffer
    } else {
        &mut buffered
    };
    // Human, JSON Lines and GitHub output stream paper by paper, and the
    // summary counts paper by paper; the others need every finding first.
    let streaming = matches!(
        args.format,
        CheckFormat::Human | CheckFormat::Jsonl | CheckFormat::Github | CheckFormat::Summary
    );
    let render_human =
        move |src: &SourceFile, found: &[Diagnostic]| human::render(src, found, color);
    let how = Settings {
        options: &options,
        filter: &filter,
        human: (args.format == CheckFormat::Human).then_some(&render_human as &Render),
        html: args.format == CheckFormat::Html,
        figures: args.format == CheckFormat::Json,
    };
    let mut tally = Tally::default();
    let mut kept: Vec<Record> = Vec::new();
    let mut counts = summary::Summary::default();
    let mut papers_seen: Vec<String> = Vec::new();
    // For JSON: each paper's readability figures.
    let mut figures: Vec<json::PaperEntry> = Vec::new();
    // For the HTML page: every paper, readable or not, in order.
    let mut pages: Vec<html::Paper> = Vec::new();
    let mut write_error: Option<std::io::Error> = None;
    // Every paper read, to make sure no output is written over one.
    let mut checked_paths: Vec<PathBuf> = Vec::new();
    let mut sink = |report: PaperReport| {
        if args.output.is_some() || args.write_baseline.is_some() {
            checked_paths.push(report.path.clone());
        }
        if let Some(e) = &report.error {
            tally.unreadable += 1;
            let _ = writeln!(err, "error: {e}");
            if args.format == CheckFormat::Html {
                pages.push(html::Paper::unreadable(&report.path, e));
            }
            return;
        }
        if let Some(note) = &report.note {
            let _ = writeln!(err, "note: {}: {note}", report.path.display());
        }
        if let Some(page) = report.html {
            pages.push(*page);
        }
        tally.add(&report.records);
        papers_seen.push(report.path.display().to_string());
        if let Some(readability) = report.readability {
            figures.push(json::PaperEntry {
                path: report.path.display().to_string(),
                readability,
            });
        }
        let written = match args.format {
            CheckFormat::Human => target.write_all(report.human.as_bytes()),
            CheckFormat::Jsonl => json::write_jsonl(target, &report.records),
            CheckFormat::Github => github::write(target, &report.records),
            CheckFormat::Summary => {
                counts.add(&report.records);
                Ok(())
            }
            _ => Ok(()),
        };
        let written = written.and_then(|()| if interactive { target.flush() } else { Ok(()) });
        if let Err(e) = written {
            write_error.get_or_insert(e);
        }
        if !streaming || args.write_baseline.is_some() {
            kept.extend(report.records);
        }
    };

    let checked = if args.stdin {
        check_stdin(args, &configs, how, &mut sink)
    } else {
        for p in &args.paths {
            if !p.exists() {
                let _ = writeln!(err, "error: {}: no such file or folder", p.display());
                return Outcome::Failed;
            }
        }
        check_paths(&args.paths, &configs, how, &mut sink).map_err(CheckFailure::Config)
    };
    match checked {
        Ok(()) => {}
        Err(CheckFailure::Config(e)) => return config_failure(&e, err),
        Err(CheckFailure::Input(e)) => {
            let _ = writeln!(err, "error: {e}");
            return Outcome::Failed;
        }
    }

    if !args.stdin && papers_seen.is_empty() && tally.unreadable == 0 {
        // In CI, a mistyped folder would otherwise pass.
        let paths: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(
            err,
            "warning: no papers found under {} (by default paperlint checks files ending {})",
            paths.join(", "),
            crate::config::DEFAULT_EXTENSIONS
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    for warning in configs.warnings() {
        let _ = writeln!(err, "warning: {warning}");
    }
    if let Some(message) = output_over_paper(args, checked_paths.iter()) {
        let _ = writeln!(err, "error: {message}");
        return Outcome::Failed;
    }

    if let Some(path) = &args.write_baseline {
        return match crate::baseline::write(path, &kept) {
            Ok(()) => {
                let _ = writeln!(err, "wrote {} findings to {}", kept.len(), path.display());
                if tally.unreadable > 0 {
                    Outcome::Failed
                } else {
                    Outcome::Clean
                }
            }
            Err(e) => {
                let _ = writeln!(err, "error: cannot write {}: {e}", path.display());
                Outcome::Failed
            }
        };
    }

    let papers = papers_seen.len();
    let written = match args.format {
        CheckFormat::Human => writeln!(
            target,
            "{}",
            human::summary(
                tally.errors,
                tally.warnings,
                tally.infos,
                tally.with_findings,
                papers
            )
        ),
        CheckFormat::Json => json::write_json(target, papers + tally.unreadable, &kept, &figures),
        CheckFormat::Sarif => sarif::write(target, &kept, &rule_infos(&configs, &args.paths)),
        CheckFormat::Junit => junit::write(target, &kept, &papers_seen),
        CheckFormat::Summary => counts.write(target, papers),
        CheckFormat::Html => html::write(target, &pages),
        CheckFormat::Jsonl | CheckFormat::Github => Ok(()),
    };
    let written = written.and_then(|()| target.flush());
    let written = match (write_error, written) {
        (Some(e), _) | (None, Err(e)) => Err(e),
        (None, Ok(())) => match &args.output {
            Some(path) => crate::output::write_atomically(path, &buffer),
            None => Ok(()),
        },
    };
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "error: cannot write the output: {e}");
            return Outcome::Failed;
        }
    }
    if tally.unreadable > 0 {
        Outcome::Failed
    } else if tally.errors > 0 || (args.deny_warnings && tally.warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

/// Why `-o` or `--write-baseline` would overwrite one of `papers`, if it
/// would.
fn output_over_paper<'a>(
    args: &CheckArgs,
    papers: impl Iterator<Item = &'a PathBuf>,
) -> Option<String> {
    let papers: Vec<&PathBuf> = papers.collect();
    let outputs = [
        ("-o", &args.output),
        ("--write-baseline", &args.write_baseline),
    ];
    outputs.into_iter().find_map(|(option, output)| {
        let output = output.as_ref()?;
        let paper = papers
            .iter()
            .find(|p| crate::output::same_file(output, p))?;
        Some(format!(
            "{option} {} is the paper {} being checked; paperlint will not write over a paper \
             (name another file for the output)",
            output.display(),
            paper.display()
        ))
    })
}

/// Why `check` could not go on.
enum CheckFailure {
    Config(crate::config::ConfigError),
    Input(InputError),
}

/// Why the paper on standard input could not be read.
#[derive(Debug)]
enum InputError {
    /// Reading standard input failed.
    Read(std::io::Error),
    /// It is larger than `--max-file-size`.
    TooLarge { limit: u64 },
    /// Its bytes are no paper paperlint reads.
    Source(crate::source::SourceError),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Read(e) => write!(f, "cannot read standard input: {e}"),
            InputError::TooLarge { limit } => write!(
                f,
                "standard input is larger than {limit} bytes (raise the limit with --max-file-size)"
            ),
            InputError::Source(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            InputError::Read(e) => Some(e),
            InputError::TooLarge { .. } => None,
            InputError::Source(e) => Some(e),
        }
    }
}

/// Counts for the closing summary and the exit code.
#[derive(Default)]
struct Tally {
    errors: usize,
    warnings: usize,
    infos: usize,
    with_findings: usize,
    unreadable: usize,
}

impl Tally {
    fn add(&mut self, records: &[Record]) {
        if !records.is_empty() {
            self.with_findings += 1;
        }
        for r in records {
            match r.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }
}

/// `--stdin`: one paper from standard input, named by `--stdin-filename`.
fn check_stdin(
    args: &CheckArgs,
    configs: &Configs,
    how: Settings<'_>,
    sink: &mut dyn FnMut(PaperReport),
) -> Result<(), CheckFailure> {
    let name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from("<stdin>"));
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::stdin().take(args.max_file_size + 1),
        &mut bytes,
    )
    .map_err(|e| CheckFailure::Input(InputError::Read(e)))?;
    if bytes.len() as u64 > args.max_file_size {
        return Err(CheckFailure::Input(InputError::TooLarge {
            limit: args.max_file_size,
        }));
    }
    let src = SourceFile::from_file_bytes(&name, bytes)
        .map_err(|e| CheckFailure::Input(InputError::Source(e)))?;
    let config = configs.for_path(&name).map_err(CheckFailure::Config)?;
    let reports =
        crate::check::caught(&name, || report_source(&src, &config, how).map(|r| vec![r]))
            .map_err(CheckFailure::Config)?;
    reports.into_iter().for_each(sink);
    Ok(())
}

/// The rules SARIF describes: those of the configuration for the first path.
fn rule_infos(configs: &Configs, paths: &[PathBuf]) -> Vec<sarif::RuleInfo> {
    let path = paths.first().cloned().unwrap_or_else(|| PathBuf::from("."));
    let Ok(config) = configs.for_path(&path) else {
        return Vec::new();
    };
    let Ok(set) = config.rule_set(&path) else {
        return Vec::new();
    };
    set.rules
        .iter()
        .map(|r| sarif::RuleInfo {
            id: r.id.clone(),
            kind: r.kind,
            severity: r.severity,
        })
        .collect()
}

fn run_rules(args: &RulesArgs, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    if !args.path.exists() {
        let _ = writeln!(
            err,
            "error: {}: no such file or folder",
            args.path.display()
        );
        return Outcome::Failed;
    }
    let options = CheckOptions {
        config: args.config.clone(),
        max_file_size: DEFAULT_MAX_FILE_SIZE,
        meeting_date: None,
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
    if let Some(warning) = &config.warning {
        let _ = writeln!(err, "warning: {warning}");
    }
    let _ = writeln!(out, "configuration: {}", config.origin);
    for (id, kind) in &set.known {
        let severity = set.get(id).map_or("off", |r| r.severity.as_str());
        let _ = writeln!(out, "{id:<26} {severity:<8} {}", kind.name);
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
    // The configuration `check` would use for this paper: its vocabulary
    // reads the paper, and the sign-off rules' view of it is shown (when
    // it does not load, the built-in vocabulary reads it and that part is
    // left out).
    let options = CheckOptions {
        config: None,
        max_file_size: args.max_file_size,
        meeting_date: None,
    };
    let set = Configs::new(&options)
        .and_then(|c| c.for_path(&args.file))
        .and_then(|config| config.rule_set(&args.file));
    if let Err(e) = &set {
        let _ = err.write_all(human::render_config_error(e, false).as_bytes());
    }
    let set = set.ok();
    let vocabulary = set
        .as_ref()
        .map_or(crate::parse::Vocabulary::builtin(), |s| {
            &s.template.vocabulary
        });
    let doc = crate::parse::parse_with(&src.text, vocabulary);
    let resolved = set
        .as_ref()
        .map(|s| crate::template::Resolved::new(&s.template, &doc, &src.text));
    let cx = set.as_ref().zip(resolved.as_ref()).map(|(s, r)| {
        crate::rules::Context::new(&src.text, &doc, &s.template, r, None, src.docx.as_ref())
    });
    let written = match args.format {
        _ if args.text => out.write_all(src.text.as_bytes()),
        TreeFormat::Text => {
            let mut text = tree::outline(&src, &doc);
            if let Some(cx) = &cx {
                text.push_str(&tree::clearances_outline(&src, cx));
            }
            out.write_all(text.as_bytes())
        }
        TreeFormat::Json => {
            let json = tree::TreeWithClearances {
                tree: tree::TreeJson::new(&src, &doc),
                sign_off: cx.as_ref().map(|cx| tree::ClearancesJson::new(&src, cx)),
            };
            serde_json::to_writer_pretty(&mut *out, &json)
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
