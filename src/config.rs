//! Configuration: rule packs and a user's `paperlint.toml`, in two stages.
//!
//! 1. **Raw**: each TOML file is read strictly into `RawConfig` (serde,
//!    `deny_unknown_fields`); a mistyped key is an error at its line.
//! 2. **Compiled**: the `extends` chain is merged (built-in packs by name,
//!    others by path relative to the file naming them), the template is
//!    compiled, and each rule's parameters are checked by its kind. An
//!    unknown rule id, a section id no template defines, a bad severity:
//!    each is a [`ConfigError`] pointing at the TOML that said it.
//!
//! Merging: `aliases`, `titles`, `patterns`, `implications` and `hints` add to what
//! the packs below already list; every other value replaces it. Rule tables
//! merge key by key: a rule parameter replaces the value below it, and
//! `extend-<key>` adds its list to the list `<key>` has below (see
//! `overlay`).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diagnostic::Level;
use crate::rules::{self, RuleInstance, RuleSet};
use crate::template::{normalise, FieldDef, SectionDef, Template, TimetableRole};

mod raw;
mod template;
mod vocabulary;

use raw::*;
use template::compile_template;
use vocabulary::compile_vocabulary;

/// The built-in packs, by name.
pub(crate) const BUILTIN_PACKS: &[(&str, &str)] = &[
    (
        "council-report",
        include_str!("../rules/council-report.toml"),
    ),
    (
        "lga-board-paper",
        include_str!("../rules/lga-board-paper.toml"),
    ),
    ("published", include_str!("../rules/published.toml")),
    ("plain-english", include_str!("../rules/plain-english.toml")),
];

/// The name of the configuration file looked for above each paper.
pub(crate) const CONFIG_FILE: &str = "paperlint.toml";

/// File extensions checked when walking folders, unless configured.
pub(crate) const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "docx", "pdf"];

/// A configuration problem, pointing at the TOML that caused it.
#[derive(Debug, Clone)]
pub struct ConfigError {
    /// The file (or built-in pack) it is in.
    pub(crate) origin: String,
    /// That file's text, for rendering.
    pub(crate) text: Arc<str>,
    /// Byte range in `text`, where known.
    pub(crate) span: Option<std::ops::Range<usize>>,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.span {
            Some(span) => {
                let line = self.text[..span.start.min(self.text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                write!(f, "{}:{line}: {}", self.origin, self.message)
            }
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// One loaded TOML file.
#[derive(Debug)]
struct Loaded {
    origin: String,
    text: Arc<str>,
    raw: RawConfig,
    /// Folder against which relative `extends` paths resolve.
    dir: Option<PathBuf>,
}

impl Loaded {
    fn error(
        &self,
        span: Option<std::ops::Range<usize>>,
        message: impl Into<String>,
    ) -> ConfigError {
        ConfigError {
            origin: self.origin.clone(),
            text: self.text.clone(),
            span,
            message: message.into(),
            help: None,
        }
    }
}

fn parse_toml(origin: String, text: Arc<str>, dir: Option<PathBuf>) -> Result<Loaded, ConfigError> {
    match toml::from_str::<RawConfig>(&text) {
        Ok(raw) => Ok(Loaded {
            origin,
            text,
            raw,
            dir,
        }),
        Err(e) => Err(ConfigError {
            origin,
            text: text.clone(),
            span: e.span(),
            message: e.message().trim_end().to_string(),
            help: None,
        }),
    }
}

/// A merged rule setting: the table and where each key came from.
#[derive(Debug, Clone)]
struct RuleSetting {
    table: toml::Table,
    /// Which loaded file last set this rule, and the span of its id there.
    origin: usize,
    id_span: std::ops::Range<usize>,
}

/// The configuration in force for a tree of papers.
#[derive(Debug)]
pub struct Config {
    /// Where it came from (a path, or "built-in council-report").
    pub(crate) origin: String,
    /// Folder that relative `exclude` and override globs are matched from.
    pub(crate) root: Option<PathBuf>,
    pub(crate) template: Arc<Template>,
    pub(crate) exclude: globset::GlobSet,
    pub(crate) extensions: Vec<String>,
    rules: BTreeMap<String, RuleSetting>,
    overrides: Vec<(globset::GlobSet, BTreeMap<String, RuleSetting>)>,
    files: Vec<Loaded>,
    /// Rule sets already compiled, by the overrides that apply.
    compiled: Mutex<BTreeMap<Vec<usize>, Arc<RuleSet>>>,
    /// What `check` should warn about this configuration, if anything.
    pub(crate) warning: Option<String>,
}

impl Config {
    /// The built-in default: the `council-report` pack.
    pub fn builtin(name: &str) -> Result<Config, ConfigError> {
        let text = format!("extends = [\"{name}\"]\n");
        Config::from_text(format!("built-in {name}"), &text, None)
    }

    /// Reads a `paperlint.toml` or pack file.
    pub(crate) fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = crate::source::regular_file(path)
            .and_then(|()| read_utf8(path))
            .map_err(|e| ConfigError {
                origin: path.display().to_string(),
                text: Arc::from(""),
                span: None,
                message: format!("cannot read the configuration: {e}"),
                help: None,
            })?;
        let dir = path.parent().map(Path::to_path_buf);
        Config::from_text(path.display().to_string(), &text, dir)
    }

    /// Builds a configuration from TOML text; `dir` resolves relative paths.
    pub fn from_text(
        origin: String,
        text: &str,
        dir: Option<PathBuf>,
    ) -> Result<Config, ConfigError> {
        let top = parse_toml(origin.clone(), Arc::from(text), dir.clone())?;
        let mut files = Vec::new();
        let mut visiting = Vec::new();
        load_chain(top, &mut files, &mut visiting)?;
        let template = compile_template(&files)?;
        let mut rules = BTreeMap::new();
        for (i, f) in files.iter().enumerate() {
            merge_rules(&mut rules, &f.raw.rules, i);
        }
        let top_index = files.len() - 1;
        let top_file = &files[top_index];
        let mut overrides = Vec::new();
        for o in &top_file.raw.overrides {
            let globs = build_globs(top_file, &o.paths)?;
            let mut table = BTreeMap::new();
            merge_rules(&mut table, &o.rules, top_index);
            overrides.push((globs, table));
        }
        let exclude_globs: Vec<toml::Spanned<String>> = top_file
            .raw
            .exclude
            .iter()
            .map(|g| toml::Spanned::new(0..0, g.clone()))
            .collect();
        let exclude = build_globs(top_file, &exclude_globs)?;
        let extensions = files
            .iter()
            .rev()
            .find_map(|f| f.raw.extensions.clone())
            .unwrap_or_else(|| DEFAULT_EXTENSIONS.iter().map(|s| s.to_string()).collect())
            .into_iter()
            .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
            .collect();
        let config = Config {
            origin,
            root: dir,
            template: Arc::new(template),
            exclude,
            extensions,
            rules,
            overrides,
            files,
            compiled: Mutex::new(BTreeMap::new()),
            warning: None,
        };
        // Compile every combination once now, so that errors surface before
        // any paper is read.
        let mut on = config.rule_set_for_overrides(&[])?.rules.len();
        for i in 0..config.overrides.len() {
            on = on.max(config.rule_set_for_overrides(&[i])?.rules.len());
        }
        let mut config = config;
        config.warning = config.check_turns_rules_on(on)?;
        Ok(config)
    }

    /// Refuses a configuration that turns on no rules (an empty file, a
    /// file created with `touch`, `extends = []`), which would pass every
    /// paper without a word. Gives a warning for one with no `extends` and
    /// no template of its own, whose few rules are then all that is
    /// checked: most likely meant to adjust the built-in pack.
    fn check_turns_rules_on(&self, on: usize) -> Result<Option<String>, ConfigError> {
        let top = &self.files[self.files.len() - 1];
        if on == 0 {
            let mut err = top.error(None, "this configuration turns on no rules");
            err.help = Some(
                "add `extends = [\"council-report\"]` to check papers against the built-in pack"
                    .into(),
            );
            return Err(err);
        }
        let own_template = !top.raw.fields.is_empty() || !top.raw.sections.is_empty();
        if !top.raw.extends.is_empty() || own_template {
            return Ok(None);
        }
        Ok(Some(format!(
            "{} has no `extends`, so only the {on} rule{} it sets {} checked, against no \
             template; to adjust the built-in pack instead, add `extends = [\"council-report\"]`",
            self.origin,
            if on == 1 { "" } else { "s" },
            if on == 1 { "is" } else { "are" },
        )))
    }

    /// The rules in force for the paper at `path`.
    pub fn rule_set(&self, path: &Path) -> Result<Arc<RuleSet>, ConfigError> {
        let rel = self.relative(path);
        let applying: Vec<usize> = self
            .overrides
            .iter()
            .enumerate()
            .filter(|(_, (globs, _))| globs.is_match(&rel))
            .map(|(i, _)| i)
            .collect();
        self.rule_set_for_overrides(&applying)
    }

    /// Whether `path` is excluded by the `exclude` globs.
    pub(crate) fn is_excluded(&self, path: &Path) -> bool {
        !self.exclude.is_empty() && self.exclude.is_match(self.relative(path))
    }

    fn relative(&self, path: &Path) -> PathBuf {
        let path = path.strip_prefix("./").unwrap_or(path);
        match &self.root {
            Some(root) => {
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                let root_abs = std::path::absolute(root).unwrap_or_else(|_| root.clone());
                if let Ok(rel) = abs.strip_prefix(&root_abs) {
                    return rel.to_path_buf();
                }
                // Found through the canonical path (`../d/p.md`, a link).
                match (std::fs::canonicalize(path), std::fs::canonicalize(root)) {
                    (Ok(p), Ok(r)) => p.strip_prefix(&r).map(Path::to_path_buf).ok(),
                    _ => None,
                }
                .unwrap_or_else(|| path.to_path_buf())
            }
            None => path.to_path_buf(),
        }
    }

    fn rule_set_for_overrides(&self, applying: &[usize]) -> Result<Arc<RuleSet>, ConfigError> {
        let mut cache = self.compiled.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(set) = cache.get(applying) {
            return Ok(set.clone());
        }
        let mut settings = self.rules.clone();
        for &i in applying {
            for (id, s) in &self.overrides[i].1 {
                let entry = settings.entry(id.clone()).or_insert_with(|| RuleSetting {
                    table: toml::Table::new(),
                    origin: s.origin,
                    id_span: s.id_span.clone(),
                });
                overlay(&mut entry.table, &s.table);
                entry.origin = s.origin;
                entry.id_span = s.id_span.clone();
            }
        }
        let set = Arc::new(self.compile_rules(&settings)?);
        cache.insert(applying.to_vec(), set.clone());
        Ok(set)
    }

    fn compile_rules(
        &self,
        settings: &BTreeMap<String, RuleSetting>,
    ) -> Result<RuleSet, ConfigError> {
        let mut instances = Vec::new();
        let mut known = Vec::new();
        for (id, setting) in settings {
            let file = &self.files[setting.origin];
            let mut table = setting.table.clone();
            let explicit = table.contains_key("kind");
            let kind_name = match table.remove("kind") {
                Some(toml::Value::String(k)) => k,
                Some(_) => {
                    return Err(file.error(
                        key_span(file, &["rules", id, "kind"]).or(Some(setting.id_span.clone())),
                        "`kind` must be a string naming a rule kind",
                    ))
                }
                None => id.clone(),
            };
            let Some(kind) = rules::kind(&kind_name) else {
                // `kind = "nope"` names no kind: point at it, not at the
                // table, whose id may be any name.
                let mut err = if explicit {
                    file.error(
                        key_span(file, &["rules", id, "kind"]).or(Some(setting.id_span.clone())),
                        format!("rule `{id}`: `kind` names no rule kind: `{kind_name}`"),
                    )
                } else {
                    file.error(
                        Some(setting.id_span.clone()),
                        format!("unknown rule `{kind_name}`"),
                    )
                };
                err.help = Some(format!(
                    "known {}: {}",
                    if explicit { "rule kinds" } else { "rules" },
                    rules::KINDS
                        .iter()
                        .map(|k| k.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return Err(err);
            };
            let severity = match table.remove("severity") {
                None => Some(kind.default_severity),
                Some(value) => match Level::deserialize(value.clone()) {
                    Ok(level) => level.severity(),
                    Err(_) => {
                        let mut err = file.error(
                            key_span(file, &["rules", id, "severity"])
                                .or(Some(setting.id_span.clone())),
                            match value.as_str() {
                                Some(word) => format!("`{word}` is not a severity"),
                                None => format!("{value} is not a severity"),
                            },
                        );
                        err.help = Some("use \"error\", \"warning\", \"info\" or \"off\"".into());
                        return Err(err);
                    }
                },
            };
            if let Some((key, why)) = bad_entry(&table) {
                // Named as written: `phrases`, or the `extend-phrases` that added to it.
                let extend = format!("{EXTEND}{key}");
                let (span, key) = match key_span(file, &["rules", id, &key]) {
                    Some(span) => (Some(span), key),
                    None => match key_span(file, &["rules", id, &extend]) {
                        Some(span) => (Some(span), extend),
                        None => (Some(setting.id_span.clone()), key),
                    },
                };
                return Err(file.error(span, format!("rule `{id}`, `{key}`: {why}")));
            }
            if let Some((key, message)) = unresolved_extend(&table) {
                return Err(file.error(
                    key_span(file, &["rules", id, &key]).or(Some(setting.id_span.clone())),
                    format!("rule `{id}`: {message}"),
                ));
            }
            known.push((id.clone(), kind));
            let compiled = (kind.compile)(&table, &self.template).map_err(|e| {
                // Point at the offending key if the message names one (as
                // written, or as the `extend-` key that added to it).
                let span = e
                    .key
                    .as_deref()
                    .and_then(|k| {
                        key_span(file, &["rules", id, k])
                            .or_else(|| key_span(file, &["rules", id, &format!("{EXTEND}{k}")]))
                    })
                    .or(Some(setting.id_span.clone()));
                let mut err = file.error(span, format!("rule `{id}`: {}", e.message));
                err.help = e.help;
                err
            })?;
            if let Some(severity) = severity {
                instances.push(RuleInstance {
                    id: id.clone(),
                    kind,
                    severity,
                    rule: compiled,
                });
            }
        }
        Ok(RuleSet {
            template: self.template.clone(),
            rules: instances,
            known,
        })
    }
}

/// Loads `top` and everything it extends, base packs first.
fn load_chain(
    top: Loaded,
    files: &mut Vec<Loaded>,
    visiting: &mut Vec<String>,
) -> Result<(), ConfigError> {
    if visiting.contains(&top.origin) {
        return Err(top.error(None, format!("`extends` loops back to {}", top.origin)));
    }
    visiting.push(top.origin.clone());
    for ext in &top.raw.extends {
        let name = ext.get_ref();
        let loaded = if let Some((_, text)) = BUILTIN_PACKS.iter().find(|(n, _)| n == name) {
            parse_toml(format!("built-in pack {name}"), Arc::from(*text), None)?
        } else if name.ends_with(".toml") || name.contains('/') || name.contains('\\') {
            let path = match &top.dir {
                Some(dir) => dir.join(name),
                None => PathBuf::from(name),
            };
            let text = read_utf8(&path).map_err(|e| {
                top.error(
                    Some(ext.span()),
                    format!("cannot read pack `{}`: {e}", path.display()),
                )
            })?;
            parse_toml(
                path.display().to_string(),
                Arc::from(text.as_str()),
                path.parent().map(Path::to_path_buf),
            )?
        } else {
            let mut err = top.error(Some(ext.span()), format!("unknown pack `{name}`"));
            err.help = Some(format!(
                "built-in packs: {}; or give a path to a .toml file",
                BUILTIN_PACKS
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            return Err(err);
        };
        load_chain(loaded, files, visiting)?;
    }
    visiting.pop();
    if !files.iter().any(|f| f.origin == top.origin) {
        files.push(top);
    }
    Ok(())
}

fn merge_rules(
    into: &mut BTreeMap<String, RuleSetting>,
    from: &BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Table>>,
    origin: usize,
) {
    for (id, table) in from {
        let entry = into
            .entry(id.get_ref().clone())
            .or_insert_with(|| RuleSetting {
                table: toml::Table::new(),
                origin,
                id_span: id.span(),
            });
        overlay(&mut entry.table, table.get_ref());
        entry.origin = origin;
        entry.id_span = id.span();
    }
}

/// The prefix of a rule key that adds to a list parameter rather than
/// replacing it: `extend-phrases` adds to `phrases`.
const EXTEND: &str = "extend-";

/// Sets the rule keys of `from` (a higher file, or an override) over
/// those of `into` (what the packs below give). A key replaces the value
/// below it, whatever its type. `extend-<key>` adds its list to the list
/// `<key>` has below; where nothing below gives `<key>` (or one of the two
/// is no list), it is kept as written, and [`unresolved_extend`] reports
/// it when the rule is compiled. In one table, `<key>` is set before
/// `extend-<key>` adds to it.
fn overlay(into: &mut toml::Table, from: &toml::Table) {
    for (k, v) in from.iter().filter(|(k, _)| !k.starts_with(EXTEND)) {
        into.insert(k.clone(), v.clone());
        into.remove(&format!("{EXTEND}{k}"));
    }
    for (k, v) in from.iter().filter(|(k, _)| k.starts_with(EXTEND)) {
        let base = &k[EXTEND.len()..];
        match (into.get_mut(base), v) {
            (Some(toml::Value::Array(list)), toml::Value::Array(more)) => {
                list.extend(more.iter().cloned());
            }
            _ => match (into.get_mut(k), v) {
                (Some(toml::Value::Array(pending)), toml::Value::Array(more)) => {
                    pending.extend(more.iter().cloned());
                }
                _ => {
                    into.insert(k.clone(), v.clone());
                }
            },
        }
    }
}

/// An `extend-<key>` left in a merged rule table, that is, one with no
/// list below it to add to: the key and what is wrong.
fn unresolved_extend(table: &toml::Table) -> Option<(String, String)> {
    let (k, v) = table.iter().find(|(k, _)| k.starts_with(EXTEND))?;
    let base = &k[EXTEND.len()..];
    let message = if !v.is_array() {
        format!("`{k}` adds to the list `{base}`: give it a list")
    } else if table.get(base).is_some() {
        format!("`{k}` adds to a list, but `{base}` is not one")
    } else {
        format!(
            "`{k}` adds to `{base}`, but no pack below sets `{base}`; set `{base}` itself, in full"
        )
    };
    Some((k.clone(), message))
}

fn build_globs(
    file: &Loaded,
    globs: &[toml::Spanned<String>],
) -> Result<globset::GlobSet, ConfigError> {
    let mut builder = globset::GlobSetBuilder::new();
    for g in globs {
        let glob = globset::GlobBuilder::new(g.get_ref())
            .literal_separator(false)
            .build()
            .map_err(|e| {
                file.error(
                    Some(g.span()).filter(|s| !s.is_empty()),
                    format!("bad glob: {e}"),
                )
            })?;
        builder.add(glob);
    }
    builder
        .build()
        .map_err(|e| file.error(None, format!("bad glob: {e}")))
}

/// The span of the key at `path` in a loaded file, found by re-reading it
/// with spans.
fn key_span(file: &Loaded, path: &[&str]) -> Option<std::ops::Range<usize>> {
    let root = toml::de::DeTable::parse(&file.text).ok()?;
    let mut table = root.get_ref();
    for (i, seg) in path.iter().enumerate() {
        let (key, value) = table.iter().find(|(k, _)| k.get_ref().as_ref() == *seg)?;
        if i + 1 == path.len() {
            return Some(key.span());
        }
        match value.get_ref() {
            toml::de::DeValue::Table(t) => table = t,
            _ => return None,
        }
    }
    None
}

/// Reads a configuration file as text; one that is not UTF-8 is an error
/// that says where and what to do ("byte 40 (line 3) is not UTF-8; save
/// the file as UTF-8"), where the standard library says only "stream did
/// not contain valid UTF-8".
fn read_utf8(path: &Path) -> std::io::Result<String> {
    String::from_utf8(std::fs::read(path)?).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("byte {at} (line {line}) is not UTF-8; save the file as UTF-8"),
        )
    })
}

/// The longest entry, in characters, of a rule's list of words, phrases or
/// patterns. The longest in the built-in packs is under 200; a phrase of
/// thousands is a slip (a paragraph pasted into the list), and compiling
/// template-leftover's phrase search grows with the square of a phrase's
/// length (20,000 characters took 27 s).
pub(crate) const MAX_ENTRY_CHARS: usize = 1_000;

/// The first key of a rule's table whose list holds an entry no rule has a
/// use for, and why: an empty string (an empty phrase matches at every
/// offset) or one longer than [`MAX_ENTRY_CHARS`]. This one check covers
/// every list of every rule.
fn bad_entry(table: &toml::Table) -> Option<(String, String)> {
    table.iter().find_map(|(key, value)| {
        let toml::Value::Array(items) = value else {
            return None;
        };
        let texts = || items.iter().filter_map(toml::Value::as_str);
        if texts().any(|t| t.trim().is_empty()) {
            return Some((key.clone(), EMPTY_ENTRY.to_string()));
        }
        let long = texts().map(|t| t.chars().count()).max()?;
        (long > MAX_ENTRY_CHARS).then(|| {
            (
                key.clone(),
                format!(
                    "an entry of this list is {long} characters long, and paperlint takes \
                     words, phrases and patterns of at most {MAX_ENTRY_CHARS}; shorten it to \
                     the words that mark what you are looking for"
                ),
            )
        })
    })
}

/// The starter `paperlint.toml` written by `paperlint init`.
pub(crate) const STARTER: &str = include_str!("../rules/starter.toml");

/// The rule set of the built-in default pack, for tests.
#[cfg(test)]
pub(crate) fn default_rule_set() -> Arc<RuleSet> {
    Config::builtin("council-report")
        .expect("the built-in pack loads")
        .rule_set(Path::new("paper.md"))
        .expect("its rule set")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(toml: &str) -> Config {
        Config::from_text("paperlint.toml".into(), toml, None).expect("a configuration")
    }

    fn error(toml: &str) -> ConfigError {
        match Config::from_text("paperlint.toml".into(), toml, None) {
            Ok(_) => panic!("no error"),
            Err(e) => e,
        }
    }

    /// The merged list `key` of rule `id`.
    fn list(config: &Config, id: &str, key: &str) -> Vec<String> {
        config.rules[id].table[key]
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| v.as_str().expect("a string").to_string())
            .collect()
    }

    const PACK: &str = "extends = [\"council-report\"]\n[rules.key-decision]\n";

    #[test]
    fn a_list_replaces_the_packs_and_extend_adds_to_it() {
        let pack = list(&config(PACK), "key-decision", "plan-names");
        assert!(pack.len() > 1, "{pack:?}");

        let replaced = config(&format!(
            "{PACK}plan-names = [\"cabinet work programme\"]\n"
        ));
        assert_eq!(
            list(&replaced, "key-decision", "plan-names"),
            ["cabinet work programme"]
        );

        let extended = config(&format!(
            "{PACK}extend-plan-names = [\"cabinet work programme\"]\n"
        ));
        let mut want = pack.clone();
        want.push("cabinet work programme".into());
        assert_eq!(list(&extended, "key-decision", "plan-names"), want);
        assert!(!extended.rules["key-decision"]
            .table
            .contains_key("extend-plan-names"));

        // In one table the list is set first, then added to.
        let both = config(&format!(
            "{PACK}extend-plan-names = [\"b\"]\nplan-names = [\"a\"]\n"
        ));
        assert_eq!(list(&both, "key-decision", "plan-names"), ["a", "b"]);
    }

    #[test]
    fn an_extend_with_nothing_to_add_to_says_so_at_its_key() {
        let text = "[rules.exempt-item-in-public-part]\nextend-part-two-headings = [\"part b\"]\n";
        let e = error(text);
        assert_eq!(
            e.message,
            "rule `exempt-item-in-public-part`: `extend-part-two-headings` adds to \
             `part-two-headings`, but no pack below sets `part-two-headings`; set \
             `part-two-headings` itself, in full"
        );
        assert_eq!(&text[e.span.unwrap()], "extend-part-two-headings");

        let e = error(
            "extends = [\"council-report\"]\n[rules.clearance-stale]\nextend-max-age-days = [1]\n",
        );
        assert_eq!(
            e.message,
            "rule `clearance-stale`: `extend-max-age-days` adds to a list, but `max-age-days` is not one"
        );
        let e = error(&format!("{PACK}extend-plan-names = \"cabinet\"\n"));
        assert_eq!(
            e.message,
            "rule `key-decision`: `extend-plan-names` adds to the list `plan-names`: give it a list"
        );
    }

    #[test]
    fn an_empty_entry_in_any_list_is_an_error_at_that_list() {
        let cases = [
            (
                "[rules.template-leftover]\nextend-phrases = [\"\"]\n",
                "extend-phrases = [\"\"]",
            ),
            (
                "[rules.exempt-reason]\nschedules = [\"12A\", \" \"]\n",
                "schedules = [\"12A\", \" \"]",
            ),
            ("[sign-off]\nverbs = [\"\"]\n", "[\"\"]"),
            ("[sign-off]\nheadings = [\"\"]\n", "[\"\"]"),
            ("[sign-off.roles.finance]\nposts = [\"\"]\n", "[\"\"]"),
            ("[sign-off.roles.finance]\ntopics = [\"\"]\n", "[\"\"]"),
            ("[fields.wards]\naliases = [\"\"]\n", "[\"\"]"),
            ("[fields.wards]\nhints = [\"\"]\n", "[\"\"]"),
            ("[sections.risk]\ntitles = [\"\"]\n", "[\"\"]"),
            ("extensions = [\"\"]\n", "[\"\"]"),
        ];
        for (body, at) in cases {
            let text = format!("extends = [\"council-report\"]\n{body}");
            let e = error(&text);
            assert!(e.message.contains(EMPTY_ENTRY), "{body}: {}", e.message);
            let span = e.span.clone().expect("a span");
            let start = text.find(at).unwrap();
            assert!(
                span.start >= start && span.start < start + at.len(),
                "{body}: the error points at {:?}",
                &text[span]
            );
        }
        // A list of real words is still fine.
        config("extends = [\"council-report\"]\n[sign-off]\nverbs = [\"endorsed\"]\n");
    }

    #[test]
    fn a_sign_off_no_section_asks_for_is_an_error_at_its_name() {
        // A misspelt `finance` would be a new kind that no rule reads.
        let text = "extends = [\"council-report\"]\n[sign-off.roles.finanse]\nposts = [\"x\"]\n";
        let e = error(text);
        assert_eq!(
            e.message,
            "no section asks for the sign-off `finanse`, so `[sign-off.roles.finanse]` would be read by no rule"
        );
        assert_eq!(e.span.clone().map(|s| &text[s]), Some("finanse"));
        assert_eq!(
            e.help.as_deref(),
            Some(
                "sign-offs the sections ask for: finance, legal; a new kind of sign-off needs a \
                 section with `sign-off = \"finanse\"`"
            )
        );
    }

    #[test]
    fn a_configuration_that_is_not_utf8_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("paperlint.toml");
        std::fs::write(&path, b"extends = [\"council-report\"]\n# Caf\xe9\n").unwrap();
        let Err(e) = Config::from_file(&path) else {
            panic!("no error");
        };
        assert_eq!(
            e.message,
            "cannot read the configuration: byte 34 (line 2) is not UTF-8; save the file as UTF-8"
        );
    }

    #[test]
    fn a_kind_that_names_no_rule_kind_is_an_error_at_the_kind() {
        let text = "extends = [\"council-report\"]\n[rules.our-words]\nkind = \"nope\"\n";
        let e = error(text);
        assert_eq!(
            e.message,
            "rule `our-words`: `kind` names no rule kind: `nope`"
        );
        assert_eq!(&text[e.span.clone().expect("a span")], "kind");
        assert!(e.help.as_deref().unwrap().starts_with("known rule kinds: "));
        // A table with no kind is itself the kind: an unknown rule.
        let text = "extends = [\"council-report\"]\n[rules.nope]\nseverity = \"error\"\n";
        assert_eq!(error(text).message, "unknown rule `nope`");
    }

    #[test]
    fn an_overlong_entry_in_a_rule_list_is_an_error_at_that_list() {
        let phrase = "(".repeat(MAX_ENTRY_CHARS + 1);
        let text = format!(
            "extends = [\"council-report\"]\n[rules.template-leftover]\n\
             extend-phrases = [\"delete if not applicable\", \"{phrase}\"]\n"
        );
        let e = error(&text);
        assert_eq!(
            e.message,
            format!(
                "rule `template-leftover`, `extend-phrases`: an entry of this list is 1001 \
                 characters long, and paperlint takes words, phrases and patterns of at most \
                 1000; shorten it to the words that mark what you are looking for"
            )
        );
        let span = e.span.clone().expect("a span");
        assert_eq!(&text[span], "extend-phrases");
        // At the limit, it is read.
        let phrase = "(".repeat(MAX_ENTRY_CHARS);
        config(&format!(
            "extends = [\"council-report\"]\n[rules.template-leftover]\n\
             extend-phrases = [\"{phrase}\"]\n"
        ));
    }
}
