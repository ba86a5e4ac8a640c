//! References. (Placeholder until the reference grammar lands.)
use crate::document::{ReferenceKind, Span};

/// A reference found in running text, before it is placed in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundReference {
    pub kind: ReferenceKind,
    pub target: String,
    pub range_end: Option<String>,
    pub within: Option<String>,
    pub span: Span,
    pub target_span: Span,
    pub external: bool,
    pub declares: bool,
}

/// Every reference in `text`; spans are offsets into `text` plus `base`.
pub fn find_references(_text: &str, _base: usize) -> Vec<FoundReference> {
    Vec::new()
}
