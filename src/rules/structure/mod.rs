//! Rules on a paper's shape: the sections it must have, headings with
//! nothing under them, the implications table against the sections, and
//! the run of paragraph numbers.

pub(crate) mod empty_section;
pub(crate) mod implications_table;
pub(crate) mod numbering;
pub(crate) mod required_section;
