//! Checking papers: finding them, choosing each one's configuration,
//! reading, parsing and running the rules, in parallel.
//!
//! Papers are checked in parallel in batches; each batch's results are
//! handed on in path order before the next batch starts, so output is
//! stable whatever order the threads finish in, and memory holds one
//! batch of papers at a time (plus the findings). A folder is walked on a
//! thread of its own while the batches already found are checked. A paper
//! that cannot be read is reported and the rest are still checked.

use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::baseline::Baseline;
use crate::config::{Config, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::report::record::Record;
use crate::source::SourceFile;

/// Papers checked in parallel before their results are written.
const BATCH: usize = 512;

/// The first batch of a walk: small, so that checking starts while the
/// walk has barely begun (batches then double up to [`BATCH`]).
const FIRST_BATCH: usize = 16;

/// Settings for one run of `paperlint check`.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// `--config FILE`: one configuration for every paper.
    pub config: Option<PathBuf>,
    pub max_file_size: u64,
    /// `--meeting-date`: judge every paper's clearances against this date.
    pub meeting_date: Option<time::Date>,
}

/// Which findings to keep: `--select`, `--ignore` and a baseline.
#[derive(Debug, Default)]
pub(crate) struct Filter {
    /// Only these rules, if any are named.
    pub(crate) select: BTreeSet<String>,
    pub(crate) ignore: BTreeSet<String>,
    pub(crate) baseline: Option<Baseline>,
}

impl Filter {
    fn keeps(&self, d: &Diagnostic) -> bool {
        self.wants(&d.rule)
    }

    /// Whether findings of the rule `id` are kept: rules that are not
    /// need not run.
    fn wants(&self, id: &str) -> bool {
        (self.select.is_empty() || self.select.contains(id)) && !self.ignore.contains(id)
    }
}

/// How each paper of a run is checked and reported.
#[derive(Clone, Copy)]
pub(crate) struct Settings<'a> {
    pub(crate) options: &'a CheckOptions,
    pub(crate) filter: &'a Filter,
    /// Renders a paper's findings for a person, when the output is for one;
    /// it runs on the worker that checked the paper.
    pub(crate) human: Option<&'a Render>,
    /// Keep each paper's text and header for the HTML page.
    pub(crate) html: bool,
    /// Work out each paper's readability figures (for the JSON output).
    pub(crate) figures: bool,
}

/// Renders one paper's findings as text for a person.
pub(crate) type Render = dyn Fn(&SourceFile, &[Diagnostic]) -> String + Sync;

/// What happened to one paper.
#[derive(Debug)]
pub(crate) struct PaperReport {
    pub(crate) path: PathBuf,
    /// The findings kept, in order.
    pub(crate) records: Vec<Record>,
    /// The findings rendered for a person, when asked for.
    pub(crate) human: String,
    /// The paper as the HTML page shows it, when asked for.
    pub(crate) html: Option<Box<crate::report::html::Paper>>,
    /// Why the paper could not be read.
    pub(crate) error: Option<String>,
    /// The paper's readability figures, when asked for.
    pub(crate) readability: Option<crate::rules::plain_english::readability::PaperFigures>,
    /// What a person should know about how the paper was read (stray
    /// bytes that are not UTF-8, see `SourceFile::decoding_note`); not a
    /// finding, so it changes no output format.
    pub(crate) note: Option<String>,
}

impl PaperReport {
    /// The report of a paper that could not be checked, and why.
    pub(crate) fn failed(path: &Path, why: String) -> PaperReport {
        PaperReport {
            path: path.to_path_buf(),
            records: Vec::new(),
            human: String::new(),
            html: None,
            error: Some(why),
            readability: None,
            note: None,
        }
    }
}

/// What a run says of a paper whose check panicked.
pub(crate) const BUG: &str =
    "paperlint failed on this paper (a bug in paperlint; please report it)";

/// Runs `check` on the paper at `path`, turning a panic into a report of
/// that paper as failed, so that one paper that trips a bug does not take
/// the other papers' results down with it (the run still exits 2). The
/// panic hook (see `cli::install_panic_hook`) keeps the panic's message,
/// which may quote the paper, off standard error.
pub(crate) fn caught(
    path: &Path,
    check: impl FnOnce() -> Result<Vec<PaperReport>, ConfigError>,
) -> Result<Vec<PaperReport>, ConfigError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(check)).unwrap_or_else(|_| {
        Ok(vec![PaperReport::failed(
            path,
            format!("{}: {BUG}", path.display()),
        )])
    })
}

/// Finds configurations: the `--config` one, or the nearest file above each
/// paper, loaded once each.
pub struct Configs {
    forced: Option<Arc<Config>>,
    by_file: Mutex<HashMap<PathBuf, Arc<Config>>>,
    /// The configuration file found for each folder (None: the built-in).
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    /// The built-in default, compiled only if some paper needs it (not at
    /// all under `--config`).
    builtin: std::sync::OnceLock<Result<Arc<Config>, ConfigError>>,
}

impl Configs {
    /// Loads `--config` if given, and the built-in default.
    pub fn new(options: &CheckOptions) -> Result<Configs, ConfigError> {
        let forced = match &options.config {
            Some(p) => Some(Arc::new(Config::from_file(p)?)),
            None => None,
        };
        Ok(Configs {
            forced,
            by_file: Mutex::new(HashMap::new()),
            by_dir: Mutex::new(HashMap::new()),
            builtin: std::sync::OnceLock::new(),
        })
    }

    /// The nearest configuration file in `dir` or above, each folder looked
    /// at once however many papers it holds (a report repository has a
    /// folder per meeting). The folders above are those of the canonical
    /// path (`p.md` in a subfolder, `../d/p.md`, a path through a link), so
    /// a relative path finds the configuration above the current folder.
    fn config_file_for_dir(&self, dir: &Path) -> Option<PathBuf> {
        if let Some(hit) = self
            .by_dir
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(dir)
        {
            return hit.clone();
        }
        // "" is the current folder (the folder of a bare `p.md`).
        let here = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        // A folder that does not exist (`--stdin-filename new/p.md`) is
        // looked at where it would be.
        let canonical = std::fs::canonicalize(here)
            .or_else(|_| std::path::absolute(here))
            .unwrap_or_else(|_| here.to_path_buf());
        let found = if canonical.as_path() != dir {
            self.config_file_for_dir(&canonical)
        } else {
            let file = canonical.join(crate::config::CONFIG_FILE);
            if file.is_file() {
                Some(file)
            } else {
                canonical
                    .parent()
                    .and_then(|parent| self.config_file_for_dir(parent))
            }
        };
        self.by_dir
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(dir.to_path_buf(), found.clone());
        found
    }

    /// The configuration for a paper (or a folder about to be walked).
    pub(crate) fn for_path(&self, path: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(c) = &self.forced {
            return Ok(c.clone());
        }
        // A paper's name has an extension; only a folder needs the check.
        let probe = if path.extension().is_none() && path.is_dir() {
            path.join("_")
        } else {
            path.to_path_buf()
        };
        let dir = probe.parent().map(Path::to_path_buf).unwrap_or_default();
        let found = self.config_file_for_dir(&dir);
        let Some(file) = found else {
            return self
                .builtin
                .get_or_init(|| Config::builtin("council-report").map(Arc::new))
                .clone();
        };
        self.load(&file)
    }

    /// Warnings about the configurations loaded so far (see
    /// `Config::warning`), each once, in file order.
    pub(crate) fn warnings(&self) -> Vec<String> {
        let loaded = self.by_file.lock().unwrap_or_else(|e| e.into_inner());
        let mut configs: Vec<&Arc<Config>> = self.forced.iter().collect();
        let mut files: Vec<_> = loaded.iter().collect();
        files.sort_by(|a, b| a.0.cmp(b.0));
        configs.extend(files.into_iter().map(|(_, c)| c));
        configs.iter().filter_map(|c| c.warning.clone()).collect()
    }

    /// Whether `--config` names one configuration for every paper.
    fn is_forced(&self) -> bool {
        self.forced.is_some()
    }

    /// The configuration in `file` (an absolute path), loaded once.
    fn load(&self, file: &Path) -> Result<Arc<Config>, ConfigError> {
        let mut cache = self.by_file.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = cache.get(file) {
            return Ok(c.clone());
        }
        let c = Arc::new(Config::from_file(file)?);
        cache.insert(file.to_path_buf(), c.clone());
        Ok(c)
    }
}

/// The papers under `paths`: files as given, folders walked for files with
/// a configured extension, less excluded ones; sorted, without repeats. A
/// paper named twice, or under two spellings (`a.md` and `./a.md`, or a
/// folder given as `.` and as a name), is checked once, under the first
/// spelling in path order.
pub fn collect_papers(paths: &[PathBuf], configs: &Configs) -> Result<Vec<PathBuf>, ConfigError> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk_folder(path, configs, &mut |paper, _| {
                out.push(paper);
                true
            })?;
        } else {
            out.push(path.clone());
        }
    }
    out.sort_by_cached_key(|p| spelled_plainly(p));
    out.dedup_by(|a, b| spelled_plainly(a) == spelled_plainly(b));
    Ok(out)
}

/// `path` without its `.` components (`./reports/a.md` is `reports/a.md`),
/// so that two spellings of one paper compare equal. Lexical only: `..`
/// and links are left as they are.
fn spelled_plainly(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Whether `path` is one of the documents a repository keeps about itself
/// (`README.md`, `CHANGELOG.md`, `CONTRIBUTING.md`, `LICENSE.md`, …):
/// never a committee paper, so a walk passes over them; named on the
/// command line, one is still checked.
fn is_repository_document(path: &Path) -> bool {
    const NAMES: [&str; 7] = [
        "readme",
        "changelog",
        "contributing",
        "license",
        "licence",
        "code_of_conduct",
        "security",
    ];
    path.file_stem()
        .and_then(|stem| stem.to_str())
        .is_some_and(|stem| NAMES.iter().any(|name| stem.eq_ignore_ascii_case(name)))
}

/// Walks `folder` in file-name order, which is path order, handing each
/// paper found and its configuration to `found` until it returns false.
///
/// A folder's `paperlint.toml` is listed before everything else in it, so
/// the walk itself says which configuration each paper is under: nothing
/// is looked up per folder.
fn walk_folder(
    folder: &Path,
    configs: &Configs,
    found: &mut dyn FnMut(PathBuf, Arc<Config>) -> bool,
) -> Result<(), ConfigError> {
    let config_first = |a: &walkdir::DirEntry, b: &walkdir::DirEntry| {
        let not_config = |e: &walkdir::DirEntry| e.file_name() != crate::config::CONFIG_FILE;
        (not_config(a).cmp(&not_config(b))).then_with(|| a.file_name().cmp(b.file_name()))
    };
    let walker = walkdir::WalkDir::new(folder)
        .follow_links(false)
        .sort_by(config_first)
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().as_encoded_bytes();
            e.depth() == 0
                || !(name.starts_with(b".") || name == b"target" || name == b"node_modules")
        });
    // The configuration of each folder being walked, with its depth.
    let mut scopes: Vec<(usize, Arc<Config>)> = vec![(0, configs.for_path(folder)?)];
    for entry in walker.flatten() {
        let depth = entry.depth();
        if depth == 0 {
            continue;
        }
        while scopes.last().is_some_and(|&(d, _)| d >= depth) {
            scopes.pop();
        }
        let config = scopes
            .last()
            .map(|(_, c)| c.clone())
            .expect("the walked folder's scope is never left");
        if entry.file_type().is_dir() {
            scopes.push((depth, config));
            continue;
        }
        let p = entry.path();
        if entry.file_name() == crate::config::CONFIG_FILE {
            // The folder's own configuration (unless `--config` overrides).
            if let Some(scope) = scopes
                .last_mut()
                .filter(|_| !configs.is_forced() && p.is_file())
            {
                scope.1 =
                    configs.load(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))?;
            }
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        if entry.file_name().as_encoded_bytes().starts_with(b"~$") {
            continue; // Word's lock files.
        }
        if is_repository_document(p) {
            continue;
        }
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if config.extensions.contains(&ext)
            && !config.is_excluded(p)
            && !found(entry.into_path(), config)
        {
            break;
        }
    }
    Ok(())
}

/// Checks one paper's text under `config`.
pub fn check_text(src: &SourceFile, config: &Config) -> Result<Vec<Diagnostic>, ConfigError> {
    check_text_with(src, config, None)
}

/// [`check_text`], judging clearances against `meeting_date` if given.
pub fn check_text_with(
    src: &SourceFile,
    config: &Config,
    meeting_date: Option<time::Date>,
) -> Result<Vec<Diagnostic>, ConfigError> {
    check_parsed(src, config, meeting_date, false, &|_| true).map(|(found, _, _)| found)
}

/// A paper's findings, its parsed document and its readability figures.
type Checked = (
    Vec<Diagnostic>,
    crate::document::Document,
    Option<crate::rules::plain_english::readability::PaperFigures>,
);

/// [`check_text_with`], also giving the parsed paper.
fn check_parsed(
    src: &SourceFile,
    config: &Config,
    meeting_date: Option<time::Date>,
    figures: bool,
    wanted: &dyn Fn(&str) -> bool,
) -> Result<Checked, ConfigError> {
    let rules = config.rule_set(&src.path)?;
    if let Some(items) = src
        .pdf
        .as_ref()
        .and_then(|i| crate::source::pdf::pack::split(&src.text, i))
    {
        // An agenda pack as a whole: its agenda, against the pack rules.
        let agenda = &src.text[..items.first().map_or(0, |i| {
            if i.kind == crate::source::pdf::pack::ItemKind::Agenda {
                i.end
            } else {
                0
            }
        })];
        let doc = crate::parse::parse_with(agenda, &rules.template.vocabulary);
        let found = crate::rules::check_pack(agenda, &doc, &rules, &items);
        return Ok((found, doc, None));
    }
    let mut doc = crate::parse::parse_with(&src.text, &rules.template.vocabulary);
    let (found, figures) = crate::rules::check_full(
        &src.text,
        &doc,
        &rules,
        meeting_date,
        src.docx.as_ref(),
        figures,
        wanted,
    );
    src.set_line_starts(std::mem::take(&mut doc.line_starts));
    Ok((found, doc, figures))
}

/// Checks one paper that is already in memory and prepares its report.
pub(crate) fn report_source(
    src: &SourceFile,
    config: &Config,
    how: Settings<'_>,
) -> Result<PaperReport, ConfigError> {
    let Settings {
        options,
        filter,
        human,
        html,
        figures,
    } = how;
    let wanted = |id: &str| filter.wants(id);
    let (mut found, doc, readability) =
        check_parsed(src, config, options.meeting_date, figures, &wanted)?;
    found.retain(|d| filter.keeps(d));
    let path = src.path.to_string_lossy();
    let mut records: Vec<Record> = found.iter().map(|d| Record::at(&path, src, d)).collect();
    if let Some(baseline) = &filter.baseline {
        let before: Vec<Record> = records.clone();
        baseline.filter(&mut records);
        if records.len() != before.len() {
            // Keep the diagnostics whose records survived, for rendering.
            let mut kept = Vec::with_capacity(records.len());
            let mut next = records.iter().peekable();
            for (d, r) in found.into_iter().zip(before) {
                if next.peek().is_some_and(|k| **k == r) {
                    kept.push(d);
                    next.next();
                }
            }
            found = kept;
        }
    }
    let human = human.map_or_else(String::new, |render| render(src, &found));
    let html = html.then(|| {
        Box::new(crate::report::html::Paper::new(
            src,
            &doc,
            &config.template,
            &found,
            &records,
        ))
    });
    Ok(PaperReport {
        path: src.path.clone(),
        records,
        human,
        html,
        error: None,
        readability,
        note: src.decoding_note(),
    })
}

/// Finds the papers under `paths` and checks them, handing each paper's
/// report to `sink` in path order: [`collect_papers`] then
/// [`check_papers`], except that a single folder is walked on a thread of
/// its own while the papers already found are checked.
pub(crate) fn check_paths(
    paths: &[PathBuf],
    configs: &Configs,
    how: Settings<'_>,
    sink: &mut dyn FnMut(PaperReport),
) -> Result<(), ConfigError> {
    let [folder] = paths else {
        let papers = collect_papers(paths, configs)?;
        return check_papers(&papers, configs, how, sink);
    };
    if !folder.is_dir() {
        return check_papers(paths, configs, how, sink);
    }
    std::thread::scope(|scope| {
        let (batches, found) = std::sync::mpsc::sync_channel::<Vec<Paper>>(2);
        let walker = scope.spawn(move || {
            let mut size = FIRST_BATCH;
            let mut batch = Vec::with_capacity(size);
            walk_folder(folder, configs, &mut |paper, config| {
                batch.push((paper, config));
                if batch.len() < size {
                    return true;
                }
                size = (size * 2).min(BATCH);
                batches
                    .send(std::mem::replace(&mut batch, Vec::with_capacity(size)))
                    .is_ok()
            })?;
            // The checker has stopped only if it failed, and says why.
            let _ = batches.send(batch);
            Ok(())
        });
        let mut checked = Ok(());
        for batch in found.iter() {
            checked = check_batch(&batch, how, sink);
            if checked.is_err() {
                break;
            }
        }
        drop(found); // Stops the walk if checking failed.
        let walked = walker
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        checked.and(walked)
    })
}

/// Checks every paper, in parallel batches, handing each paper's report to
/// `sink` in path order.
pub(crate) fn check_papers(
    papers: &[PathBuf],
    configs: &Configs,
    how: Settings<'_>,
    sink: &mut dyn FnMut(PaperReport),
) -> Result<(), ConfigError> {
    for chunk in papers.chunks(BATCH) {
        let batch: Vec<Paper> = chunk
            .iter()
            .map(|p| Ok((p.clone(), configs.for_path(p)?)))
            .collect::<Result<_, ConfigError>>()?;
        check_batch(&batch, how, sink)?;
    }
    Ok(())
}

/// A paper to check and the configuration it is checked under.
type Paper = (PathBuf, Arc<Config>);

/// Checks one batch of papers in parallel, then hands their reports to
/// `sink` in order.
fn check_batch(
    batch: &[Paper],
    how: Settings<'_>,
    sink: &mut dyn FnMut(PaperReport),
) -> Result<(), ConfigError> {
    let check = |(path, config): &Paper| {
        caught(path, || {
            match SourceFile::read(path, how.options.max_file_size) {
                // An agenda pack: each item's report is a paper of its own.
                Ok(src) => match src.pack_items() {
                    // The pack's own findings (under its own path), then each report.
                    Some(items) => std::iter::once(&src)
                        .chain(items.iter().filter_map(|(_, paper)| paper.as_ref()))
                        .map(|paper| report_source(paper, config, how))
                        .collect(),
                    None => report_source(&src, config, how).map(|r| vec![r]),
                },
                Err(e) => Ok(vec![PaperReport::failed(path, e.to_string())]),
            }
        })
    };
    // One paper (an editor, a pre-commit hook): no thread pool to start.
    let reports: Vec<Result<Vec<PaperReport>, ConfigError>> = match batch {
        [one] => vec![check(one)],
        _ => batch.par_iter().map(check).collect(),
    };
    for r in reports {
        for report in r? {
            sink(report);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paper_whose_check_panics_is_reported_as_failed_and_the_others_are_still_checked() {
        let dir = tempfile::tempdir().unwrap();
        let papers: Vec<PathBuf> = ["a.md", "b.md", "c.md"]
            .iter()
            .map(|name| {
                let path = dir.path().join(name);
                std::fs::write(&path, "# Report\n\n## Recommendations\n\n1. Note it.\n").unwrap();
                path
            })
            .collect();
        let options = CheckOptions {
            max_file_size: crate::source::DEFAULT_MAX_FILE_SIZE,
            ..CheckOptions::default()
        };
        let configs = Configs::new(&options).unwrap();
        let filter = Filter::default();
        // The renderer runs inside each paper's check, so a panic there
        // stands for a bug anywhere in checking that one paper.
        let render = |src: &SourceFile, _: &[Diagnostic]| {
            assert!(!src.path.ends_with("b.md"), "a bug on this paper");
            String::from("rendered")
        };
        let how = Settings {
            options: &options,
            filter: &filter,
            human: Some(&render),
            html: false,
            figures: false,
        };
        let mut reports = Vec::new();
        check_papers(&papers, &configs, how, &mut |r| reports.push(r)).unwrap();
        let seen: Vec<(&Path, Option<&str>, &str)> = reports
            .iter()
            .map(|r| (r.path.as_path(), r.error.as_deref(), r.human.as_str()))
            .collect();
        let failed = format!("{}: {BUG}", papers[1].display());
        assert_eq!(
            seen,
            vec![
                (papers[0].as_path(), None, "rendered"),
                (papers[1].as_path(), Some(failed.as_str()), ""),
                (papers[2].as_path(), None, "rendered"),
            ]
        );
    }
}
