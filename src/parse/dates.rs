//! UK date wording. (Placeholder until the date grammar lands.)
use crate::document::{DateMention, DateValue};

/// Every date in `text`, in order; spans are offsets into `text` plus `base`.
pub fn find_dates(_text: &str, _base: usize) -> Vec<DateMention> {
    Vec::new()
}

/// Parses a whole string as one date.
pub fn parse_date_text(_s: &str) -> Option<DateValue> {
    None
}
