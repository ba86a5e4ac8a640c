//! Rules on what drafting leaves behind: text from the report template,
//! tracked changes nobody accepted, dates that cannot exist.

pub(crate) mod invalid_date;
pub(crate) mod template_leftover;
pub(crate) mod tracked_changes;
