//! Compiling patterns cheaply.
//!
//! A one-paper run spends most of its start-up compiling patterns: the
//! pack's section and field patterns, its sign-off wording, and the fixed
//! patterns of the rules. Most are compiled here without a literal
//! prefilter. A prefilter speeds up a search for a rare literal through a
//! long text, but building one for a case-insensitive list of words costs
//! more than all the searches a paper makes with it when the pattern is
//! searched in headings, field values and sentences. A pattern searched
//! through whole papers keeps its prefilter ([`fixed_scanner`]).

use regex_automata::meta;

/// A compiled pattern: `find`, `find_iter` and `is_match` give byte ranges.
pub(crate) type Pattern = meta::Regex;

/// How big a compiled pattern may grow, so that a pack's pattern cannot
/// take all the memory.
const SIZE_LIMIT: usize = 1 << 22;

/// Why a pattern did not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatternError {
    /// The parser's own message ("unclosed group"), without the pattern
    /// echoed above it: the caller shows the pattern.
    Syntax(String),
    /// Compiled, the pattern would exceed this many bytes.
    TooBig(usize),
    /// Any other failure, as the regex engine words it.
    Other(String),
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::Syntax(message) | PatternError::Other(message) => f.write_str(message),
            PatternError::TooBig(limit) => {
                write!(
                    f,
                    "the pattern is too big (compiled, it exceeds {limit} bytes)"
                )
            }
        }
    }
}

impl std::error::Error for PatternError {}

/// Compiles `pattern` (regex syntax; flags such as `(?i)` inside it).
pub(crate) fn compile(pattern: &str) -> Result<Pattern, PatternError> {
    build(pattern, regex_automata::util::syntax::Config::new(), false)
}

/// Compiles `pattern` case-insensitively; `unicode` false makes case
/// folding, classes and word boundaries ASCII (cheaper to compile), with
/// `(?u:…)` inside the pattern where it needs more.
pub(crate) fn compile_case_insensitive(
    pattern: &str,
    unicode: bool,
) -> Result<Pattern, PatternError> {
    build(
        pattern,
        regex_automata::util::syntax::Config::new()
            .case_insensitive(true)
            .unicode(unicode),
        false,
    )
}

fn build(
    pattern: &str,
    syntax: regex_automata::util::syntax::Config,
    prefilter: bool,
) -> Result<Pattern, PatternError> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(prefilter)
                .nfa_size_limit(Some(SIZE_LIMIT)),
        )
        .syntax(syntax)
        .build(pattern)
        .map_err(|e| {
            let full = e.syntax_error().map(ToString::to_string);
            let last = full.as_deref().and_then(|f| f.lines().last());
            match (last, e.size_limit()) {
                (Some(line), _) => {
                    PatternError::Syntax(line.trim_start_matches("error: ").to_string())
                }
                (None, Some(limit)) => PatternError::TooBig(limit),
                (None, None) => PatternError::Other(e.to_string()),
            }
        })
}

/// Compiles one of paperlint's own patterns, which are known to be valid,
/// for searching short texts.
pub(crate) fn fixed(pattern: &str) -> Pattern {
    compile(pattern).unwrap_or_else(|e| panic!("built-in pattern {pattern:?}: {e}"))
}

/// Compiles a pattern built from a pack's words for searching whole
/// papers: with a prefilter, as [`fixed_scanner`].
pub(crate) fn compile_scanner(pattern: &str) -> Result<Pattern, PatternError> {
    build(pattern, regex_automata::util::syntax::Config::new(), true)
}

/// Compiles one of paperlint's own patterns for searching whole papers:
/// with a prefilter, so that the search skips to the places where the
/// pattern's words occur. Write its word boundaries and digits as ASCII
/// (`(?-u:\b)`, `[0-9]`): with Unicode ones the fast engine gives up on
/// any paper with a "£" or a curly quote in it.
pub(crate) fn fixed_scanner(pattern: &str) -> Pattern {
    build(pattern, regex_automata::util::syntax::Config::new(), true)
        .unwrap_or_else(|e| panic!("built-in pattern {pattern:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_is_wrong_without_echoing_the_pattern() {
        let e = compile("(unclosed").unwrap_err();
        assert_eq!(e, PatternError::Syntax("unclosed group".to_string()));
        assert_eq!(e.to_string(), "unclosed group");
        let e = compile(r"\w{5000}").unwrap_err();
        assert!(matches!(e, PatternError::TooBig(SIZE_LIMIT)), "{e:?}");
        assert_eq!(
            e.to_string(),
            format!("the pattern is too big (compiled, it exceeds {SIZE_LIMIT} bytes)")
        );
    }

    #[test]
    fn matches_give_byte_ranges() {
        let p = compile_case_insensitive(r"\bsigned(?u:[\s\-])+off\b", false).unwrap();
        let text = "It was SIGNED\u{a0}off by Guy.";
        let m = p.find(text).unwrap();
        assert_eq!(&text[m.range()], "SIGNED\u{a0}off");
        assert_eq!(
            compile("(unclosed").unwrap_err().to_string(),
            "unclosed group"
        );
        let too_big = compile(r"\w{5000}").unwrap_err().to_string();
        assert!(too_big.contains("exceeds"), "{too_big}");
    }
}
