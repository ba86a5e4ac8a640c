//! Rules on a paper's header and front sheet: the fields a paper must
//! give (required, with allowed values), and what some of them imply — a
//! key decision's forward plan reference, an exempt paper's reason, a
//! contact officer's phone or email.

pub(crate) mod contact_details;
pub(crate) mod exempt_reason;
pub(crate) mod field_value;
pub(crate) mod key_decision;
pub(crate) mod required_field;
