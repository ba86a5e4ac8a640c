//! Rules on a paper's references to itself: every paragraph, appendix or
//! recommendation it points at exists, and every appendix it lists is
//! mentioned. (The paragraph numbers they resolve against are in
//! [`crate::rules::xref`], which the structure rules share.)

pub(crate) mod unreferenced_appendix;
pub(crate) mod unresolved_reference;
