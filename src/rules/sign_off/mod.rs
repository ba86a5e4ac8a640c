//! Rules on sign-offs: the sections that need a financial or legal
//! clearance have one, dated, and dated in time for the meeting (the
//! clearances themselves are found by [`crate::clearance`]).

pub(crate) mod clearance_after_meeting;
pub(crate) mod clearance_late;
pub(crate) mod clearance_stale;
pub(crate) mod judge;
pub(crate) mod meeting_date_unknown;
pub(crate) mod sign_off_missing;
pub(crate) mod sign_off_undated;
