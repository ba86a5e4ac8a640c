//! The plain-English rules (the `plain-english` pack): acronyms spelt out,
//! words to avoid, sentence length, readability and impersonal
//! recommendations, all reading the paper's prose as [`prose`] defines it.

pub(crate) mod acronym_undefined;
pub(crate) mod passive_recommendation;
pub(crate) mod prose;
pub(crate) mod readability;
pub(crate) mod sentence_length;
pub(crate) mod syllables;
pub(crate) mod words_to_avoid;
