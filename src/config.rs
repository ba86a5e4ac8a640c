//! Configuration: rule packs and a user's `paperlint.toml`, in two stages.
//!
//! 1. **Raw**: each TOML file is read strictly into [`RawConfig`] (serde,
//!    `deny_unknown_fields`); a mistyped key is an error at its line.
//! 2. **Compiled**: the `extends` chain is merged (built-in packs by name,
//!    others by path relative to the file naming them), the template is
//!    compiled, and each rule's parameters are checked by its kind. An
//!    unknown rule id, a section id no template defines, a bad severity:
//!    each is a [`ConfigError`] pointing at the TOML that said it.
//!
//! Merging: `aliases`, `titles`, `patterns`, `implications` and `hints` add to what
//! the packs below already list; every other value replaces it. Rule tables
//! merge key by key.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diagnostic::Level;
use crate::rules::{self, RuleInstance, RuleSet};
use crate::template::{normalise, FieldDef, SectionDef, Template, TimetableRole};

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

/// A configuration file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawConfig {
    /// Accepted and checked, not yet used.
    #[allow(dead_code)]
    pub(crate) pack: Option<RawPackInfo>,
    #[serde(default)]
    pub(crate) extends: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub(crate) exclude: Vec<String>,
    pub(crate) extensions: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) fields: BTreeMap<toml::Spanned<String>, RawField>,
    #[serde(default)]
    pub(crate) sections: BTreeMap<toml::Spanned<String>, RawSection>,
    #[serde(default)]
    pub(crate) rules: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Table>>,
    #[serde(default)]
    pub(crate) overrides: Vec<RawOverride>,
    /// `[sign-off]`: how clearances are worded.
    #[serde(default)]
    pub(crate) sign_off: RawSignOff,
    /// `[calendar]`: days that are not working days.
    #[serde(default)]
    pub(crate) calendar: RawCalendar,
}

/// `[pack]`: what a pack calls itself (accepted and checked, not yet used).
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawPackInfo {
    pub(crate) name: Option<String>,
    pub(crate) description: Option<String>,
}

/// `[fields.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawField {
    pub(crate) name: Option<String>,
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
    #[serde(default)]
    pub(crate) patterns: Vec<toml::Spanned<String>>,
    pub(crate) required: Option<bool>,
    pub(crate) values: Option<Vec<String>>,
    pub(crate) timetable: Option<toml::Spanned<String>>,
    pub(crate) document_title: Option<bool>,
    #[serde(default)]
    pub(crate) sections: Vec<toml::Spanned<String>>,
    /// Words in another label that suggest it may be this field.
    #[serde(default)]
    pub(crate) hints: Vec<String>,
}

/// `[sections.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSection {
    pub(crate) name: Option<String>,
    #[serde(default)]
    pub(crate) titles: Vec<String>,
    #[serde(default)]
    pub(crate) patterns: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub(crate) implications: Vec<String>,
    /// Words that hint a heading may be this section under another name.
    #[serde(default)]
    pub(crate) hints: Vec<String>,
    pub(crate) required: Option<bool>,
    pub(crate) sign_off: Option<String>,
}

/// `[sign-off]`: the words that say a clearance was given, and for each
/// kind of sign-off (`finance`, `legal`) the posts that give it.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSignOff {
    #[serde(default)]
    pub(crate) verbs: Vec<String>,
    #[serde(default)]
    pub(crate) headings: Vec<String>,
    #[serde(default)]
    pub(crate) roles: BTreeMap<toml::Spanned<String>, RawSignOffRole>,
}

/// `[sign-off.roles.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSignOffRole {
    #[serde(default)]
    pub(crate) posts: Vec<String>,
    #[serde(default)]
    pub(crate) topics: Vec<String>,
}

/// `[calendar]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawCalendar {
    /// Dates (`2025-12-25`) that are not working days.
    #[serde(default)]
    pub(crate) bank_holidays: Vec<toml::Spanned<toml::Value>>,
}

/// `[[overrides]]`: rule settings for some paths only.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawOverride {
    pub(crate) paths: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub(crate) rules: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Table>>,
}

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
}

impl Config {
    /// The built-in default: the `council-report` pack.
    pub fn builtin(name: &str) -> Result<Config, ConfigError> {
        let text = format!("extends = [\"{name}\"]\n");
        Config::from_text(format!("built-in {name}"), &text, None)
    }

    /// Reads a `paperlint.toml` or pack file.
    pub(crate) fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
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
        };
        // Compile every combination once now, so that errors surface before
        // any paper is read.
        config.rule_set_for_overrides(&[])?;
        for i in 0..config.overrides.len() {
            config.rule_set_for_overrides(&[i])?;
        }
        Ok(config)
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
                abs.strip_prefix(&root_abs)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| path.to_path_buf())
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
                for (k, v) in &s.table {
                    entry.table.insert(k.clone(), v.clone());
                }
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
                let mut err = file.error(
                    Some(setting.id_span.clone()),
                    format!("unknown rule `{kind_name}`"),
                );
                err.help = Some(format!(
                    "known rules: {}",
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
            known.push(id.clone());
            let compiled = (kind.compile)(&table, &self.template).map_err(|e| {
                // Point at the offending key if the message names one.
                let span = e
                    .key
                    .as_deref()
                    .and_then(|k| key_span(file, &["rules", id, k]))
                    .or(Some(setting.id_span.clone()));
                let mut err = file.error(span, format!("rule `{id}`: {}", e.message));
                err.help = e.help;
                err
            })?;
            if let Some(severity) = severity {
                instances.push(RuleInstance {
                    id: id.clone(),
                    kind: kind.name,
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
            let text = std::fs::read_to_string(&path).map_err(|e| {
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
        for (k, v) in table.get_ref() {
            entry.table.insert(k.clone(), v.clone());
        }
        entry.origin = origin;
        entry.id_span = id.span();
    }
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

/// Merges the field and section definitions of the chain into a template.
fn compile_template(files: &[Loaded]) -> Result<Template, ConfigError> {
    let mut fields: Vec<FieldDef> = Vec::new();
    let mut sections: Vec<SectionDef> = Vec::new();
    for file in files {
        for (id, raw) in &file.raw.sections {
            let idx = match sections.iter().position(|s| s.id == *id.get_ref()) {
                Some(i) => i,
                None => {
                    sections.push(SectionDef {
                        id: id.get_ref().clone(),
                        name: id.get_ref().replace('-', " "),
                        titles: Vec::new(),
                        patterns: Vec::new(),
                        implications: Vec::new(),
                        hints: Vec::new(),
                        required: false,
                        sign_off: None,
                    });
                    sections.len() - 1
                }
            };
            let def = &mut sections[idx];
            if let Some(n) = &raw.name {
                def.name = n.clone();
            }
            def.titles.extend(raw.titles.iter().map(|t| normalise(t)));
            def.implications
                .extend(raw.implications.iter().map(|t| normalise(t)));
            def.hints.extend(raw.hints.iter().map(|t| normalise(t)));
            for p in &raw.patterns {
                def.patterns.push(compile_pattern(file, p)?);
            }
            if let Some(r) = raw.required {
                def.required = r;
            }
            if let Some(s) = &raw.sign_off {
                def.sign_off = Some(s.clone()).filter(|s| !s.is_empty());
            }
        }
        for (id, raw) in &file.raw.fields {
            let idx = match fields.iter().position(|f| f.id == *id.get_ref()) {
                Some(i) => i,
                None => {
                    fields.push(FieldDef {
                        id: id.get_ref().clone(),
                        name: id.get_ref().replace('-', " "),
                        aliases: Vec::new(),
                        patterns: Vec::new(),
                        required: false,
                        values: Vec::new(),
                        timetable: None,
                        document_title: false,
                        sections: Vec::new(),
                        hints: Vec::new(),
                    });
                    fields.len() - 1
                }
            };
            let def = &mut fields[idx];
            if let Some(n) = &raw.name {
                def.name = n.clone();
            }
            def.aliases.extend(raw.aliases.iter().map(|t| normalise(t)));
            for p in &raw.patterns {
                def.patterns.push(compile_pattern(file, p)?);
            }
            if let Some(r) = raw.required {
                def.required = r;
            }
            if let Some(v) = &raw.values {
                def.values = v.iter().map(|t| normalise(t)).collect();
            }
            if let Some(t) = &raw.timetable {
                def.timetable = Some(match t.get_ref().as_str() {
                    "name" => TimetableRole::Name,
                    "date" => TimetableRole::Date,
                    other => {
                        return Err(file.error(
                            Some(t.span()),
                            format!("`timetable` is \"name\" or \"date\", not \"{other}\""),
                        ))
                    }
                });
            }
            if let Some(d) = raw.document_title {
                def.document_title = d;
            }
            for s in &raw.sections {
                def.sections.push(s.get_ref().clone());
            }
            def.hints.extend(raw.hints.iter().map(|t| t.to_lowercase()));
        }
    }
    // A section or field that only a user's file mentions, with no titles
    // or aliases anywhere, is a typo of one the template defines.
    for file in files {
        for id in file.raw.sections.keys() {
            let def = sections
                .iter()
                .find(|d| d.id == *id.get_ref())
                .expect("merged above");
            if def.titles.is_empty() && def.patterns.is_empty() {
                let others: Vec<SectionDef> = sections
                    .iter()
                    .filter(|d| !d.titles.is_empty())
                    .cloned()
                    .collect();
                return Err(unknown_section(file, id, &others));
            }
        }
        for id in file.raw.fields.keys() {
            let def = fields
                .iter()
                .find(|d| d.id == *id.get_ref())
                .expect("merged above");
            if def.aliases.is_empty() && def.patterns.is_empty() {
                let mut err = file.error(
                    Some(id.span()),
                    format!("no template defines a field `{}`", id.get_ref()),
                );
                err.help = Some(format!(
                    "defined fields: {}; a new field needs `aliases`",
                    fields
                        .iter()
                        .filter(|d| !d.aliases.is_empty())
                        .map(|d| d.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return Err(err);
            }
        }
    }
    // Every section a field refers to must exist.
    for file in files {
        for raw in file.raw.fields.values() {
            for s in &raw.sections {
                if !sections.iter().any(|d| d.id == *s.get_ref()) {
                    return Err(unknown_section(file, s, &sections));
                }
            }
        }
    }
    let (clearance, bank_holidays) = compile_sign_off(files)?;
    Ok(Template::new(fields, sections, clearance, bank_holidays))
}

/// Merges the `[sign-off]` and `[calendar]` tables of the chain: every list
/// adds to what the packs below give.
fn compile_sign_off(
    files: &[Loaded],
) -> Result<(crate::template::Wording, Vec<time::Date>), ConfigError> {
    let mut verbs = Vec::new();
    let mut headings = Vec::new();
    let mut roles: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    let mut holidays = Vec::new();
    for file in files {
        let raw = &file.raw.sign_off;
        verbs.extend(raw.verbs.iter().cloned());
        headings.extend(raw.headings.iter().cloned());
        for (id, role) in &raw.roles {
            let i = match roles.iter().position(|r| r.0 == *id.get_ref()) {
                Some(i) => i,
                None => {
                    roles.push((id.get_ref().clone(), Vec::new(), Vec::new()));
                    roles.len() - 1
                }
            };
            roles[i].1.extend(role.posts.iter().cloned());
            roles[i].2.extend(role.topics.iter().cloned());
        }
        for day in &file.raw.calendar.bank_holidays {
            let date = match day.get_ref() {
                toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                    dt.date.and_then(|d| {
                        time::Month::try_from(d.month).ok().and_then(|m| {
                            time::Date::from_calendar_date(i32::from(d.year), m, d.day).ok()
                        })
                    })
                }
                toml::Value::String(s) => crate::calendar::parse_iso_date(s).ok(),
                _ => None,
            };
            let Some(date) = date else {
                return Err(file.error(
                    Some(day.span()),
                    "a bank holiday is a date such as 2025-12-25",
                ));
            };
            holidays.push(date);
        }
    }
    holidays.sort_unstable();
    holidays.dedup();
    // Every sign-off a section asks for must say how it is written.
    for file in files {
        for (id, raw) in &file.raw.sections {
            let Some(want) = raw.sign_off.as_deref().filter(|s| !s.is_empty()) else {
                continue;
            };
            if !roles.iter().any(|r| r.0 == want) {
                let mut err = file.error(
                    Some(id.span()),
                    format!(
                        "section `{}` needs a `{want}` sign-off, but no `[sign-off.roles.{want}]` says which posts give one",
                        id.get_ref()
                    ),
                );
                err.help = Some(format!(
                    "defined sign-offs: {}",
                    roles
                        .iter()
                        .map(|r| r.0.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return Err(err);
            }
        }
    }
    let wording = crate::template::Wording::compile(&verbs, &headings, &roles).map_err(|e| {
        let file = files.last().expect("a configuration has at least one file");
        file.error(None, format!("bad sign-off wording: {e}"))
    })?;
    Ok((wording, holidays))
}

/// An error for a section id no template defines.
fn unknown_section(
    file: &Loaded,
    id: &toml::Spanned<String>,
    sections: &[SectionDef],
) -> ConfigError {
    let mut err = file.error(
        Some(id.span()),
        format!("no template defines a section `{}`", id.get_ref()),
    );
    err.help = Some(format!(
        "defined sections: {}",
        sections
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    err
}

fn compile_pattern(
    file: &Loaded,
    p: &toml::Spanned<String>,
) -> Result<crate::pattern::Pattern, ConfigError> {
    crate::pattern::compile_case_insensitive(p.get_ref(), true)
        .map_err(|e| file.error(Some(p.span()), format!("bad pattern: {e}")))
}

/// Finds the configuration for a paper: the nearest `paperlint.toml` in its
/// folder or above, or `None` for the built-in default.
pub(crate) fn discover(paper: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(paper).ok()?;
    let mut dir = abs.parent();
    while let Some(d) = dir {
        let candidate = d.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

/// The starter `paperlint.toml` written by `paperlint init`.
pub(crate) const STARTER: &str = include_str!("../rules/starter.toml");
