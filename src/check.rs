//! Checking papers: finding them, choosing each one's configuration,
//! reading, parsing and running the rules, in parallel.
//!
//! Results come back in a stable order (sorted by path) whatever order the
//! threads finish in. A paper that cannot be read is reported and the rest
//! are still checked.

use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::config::{discover, Config, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::source::{SourceError, SourceFile};

/// Settings for one run of `paperlint check`.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// `--config FILE`: one configuration for every paper.
    pub config: Option<PathBuf>,
    pub max_file_size: u64,
}

/// What happened to one paper.
#[derive(Debug)]
pub struct PaperResult {
    pub path: PathBuf,
    pub outcome: Result<(SourceFile, Vec<Diagnostic>), SourceError>,
}

/// Finds configurations: the `--config` one, or the nearest file above each
/// paper, loaded once each.
pub struct Configs {
    forced: Option<Arc<Config>>,
    by_file: Mutex<HashMap<PathBuf, Arc<Config>>>,
    builtin: Arc<Config>,
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
            builtin: Arc::new(Config::builtin("council-report")?),
        })
    }

    /// The configuration for a paper (or a folder about to be walked).
    pub fn for_path(&self, path: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(c) = &self.forced {
            return Ok(c.clone());
        }
        let probe = if path.is_dir() {
            path.join("_")
        } else {
            path.to_path_buf()
        };
        let Some(file) = discover(&probe) else {
            return Ok(self.builtin.clone());
        };
        let mut cache = self.by_file.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = cache.get(&file) {
            return Ok(c.clone());
        }
        let c = Arc::new(Config::from_file(&file)?);
        cache.insert(file, c.clone());
        Ok(c)
    }
}

/// The papers under `paths`: files as given, folders walked for files with
/// a configured extension, less excluded ones; sorted, without repeats.
pub fn collect_papers(paths: &[PathBuf], configs: &Configs) -> Result<Vec<PathBuf>, ConfigError> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0
                    || !(name.starts_with('.') || name == "target" || name == "node_modules")
            });
        for entry in walker.flatten() {
            if !entry.file_type().is_file() {
                continue;
            }
            let p = entry.path();
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            if name.starts_with("~$") {
                continue; // Word's lock files.
            }
            let config = configs.for_path(p)?;
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if config.extensions.contains(&ext) && !config.is_excluded(p) {
                out.push(p.to_path_buf());
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Checks one paper's text under `config`.
pub fn check_text(src: &SourceFile, config: &Config) -> Result<Vec<Diagnostic>, ConfigError> {
    let rules = config.rule_set(&src.path)?;
    let doc = crate::parse::parse(&src.text);
    Ok(crate::rules::check_with_docx(
        &src.text,
        &doc,
        &rules,
        src.docx.as_ref(),
    ))
}

/// Checks every paper, in parallel; results sorted by path.
pub fn check_papers(
    papers: &[PathBuf],
    configs: &Configs,
    options: &CheckOptions,
) -> Result<Vec<PaperResult>, ConfigError> {
    let results: Vec<Result<PaperResult, ConfigError>> = papers
        .par_iter()
        .map(|path| {
            let config = configs.for_path(path)?;
            let outcome = match SourceFile::read(path, options.max_file_size) {
                Ok(src) => {
                    let found = check_text(&src, &config)?;
                    Ok((src, found))
                }
                Err(e) => Err(e),
            };
            Ok(PaperResult {
                path: path.clone(),
                outcome,
            })
        })
        .collect();
    results.into_iter().collect()
}
