//! Clearances: who signed off a paper's financial and legal implications,
//! and when; and the meeting date a clearance is judged against.
//!
//! The sign-off rules (`sign-off-missing`, `sign-off-undated`,
//! `clearance-after-meeting`, `clearance-stale`, `clearance-late`) all read
//! what this module finds, so they agree on what a clearance is.
//!
//! # Where a clearance is looked for
//!
//! - In each section the template marks as needing a sign-off
//!   (`sign-off = "finance"`), with any sub-headings the template does not
//!   know.
//! - In a block of run-in implications labels that stands in no section,
//!   between a front sheet's numbered recommendations and the first
//!   heading (`IMPLICATIONS` / `Legal:` / its text / `Financial :` …, a
//!   host council's template in PDF text): from each label needing a
//!   sign-off to the next label, heading or numbered paragraph, for that
//!   label's sign-off.
//! - In a *clearance block*: a section headed by one of the pack's
//!   `[sign-off] headings` ("Statutory officer clearance"), each line naming
//!   the implications it clears.
//!   One of those headings after words they use ("Report clearance")
//!   counts too, and so does a run-in one: a paragraph opening with one
//!   and a colon ("7.2 Statutory officer clearance:" under "Governance")
//!   heads a block to the next numbered paragraph or heading. So does one
//!   read as an empty field ("Statutory officer sign-off:") over the table
//!   right under it.
//! - In a table with a *sign-off column* (its header is one of the
//!   `headings`: "Sign-off", "Cleared by"), row by row, where the row names
//!   a section that needs a sign-off ("Legal", "Financial"). Such a row
//!   stands for that section when the paper has none. A cell may wrap over
//!   lines (a Pandoc multiline or grid table, whose row groups the parser
//!   reads as tables of their own under the header's), and may open with
//!   the officer's verdict and a dash ("No objection raised -- NAME,
//!   POST, DATE"; see `cells.rs`).
//! - On a field line in the body whose key is a post giving a sign-off
//!   ("Legal Team Leader: NAME, POST, date" after a run-in "Legal Advice:"
//!   paragraph), or whose key names a sign-off and then one of the pack's
//!   sign-off headings or verbs ("Finance checked by: NAME, POST, date",
//!   also as a table row): it stands for the section when the paper has
//!   none, and beside a dated one a statement in the section that the post
//!   was consulted is dropped. "Financial Implications Author: NAME, POST,
//!   date" in the contact table at a report's end is one ("implications
//!   author" is one of the headings). Such a line records its own sign-off
//!   even where it falls in a section needing another (a table after the
//!   last section, legal implications). In a form with no headings at all
//!   (run-in heads in PDF text: "Evidence Base:", "1. Finance Advice: …"),
//!   the body starts at the first numbered paragraph. A table with no
//!   header row whose first row is such a row, with a person and a date
//!   ("| Finance Officer Clearance | NAME | 5 January 2028 |", Word's
//!   closing sign-off table, its empty header row dropped), is read row
//!   by row so, its first row no header of a sign-off column.
//! - In a table whose header row names who and when, wherever it stands:
//!   the first column a name or a post ("Name and position"), one date
//!   column whose heading holds one of the pack's `verbs` or
//!   `receipt-verbs` ("Date received", beside "Date sent"): the record of
//!   the officers consulted that closes some London reports. Each row whose
//!   post the pack lists is a clearance dated by that column (see
//!   `named_column_table`). A bare "Date" column counts where the table
//!   is headed as a clearance: its posts' column heading is one of the
//!   `headings` or names the officers' consultation ("Statutory officer
//!   consultation | Name | Date" closing a national park's report), or a
//!   sign-off heading stands over it. So does a first column headed by
//!   one of the `headings` beside a name column ("Clearances | Name |
//!   Date | Code" on a front sheet set out by `pdftotext -layout`): it
//!   holds the posts, a wrapped cell read line by line, and an empty date
//!   cell leaves its row undated. Where the paper gives the implications
//!   in no section the pack knows, a row of such a table with a date
//!   column stands for the section. Flattened one cell a line, such a
//!   table is read after its first heading as a sign-off heading line.
//! - In a sign-off table that `pdftotext -layout` set out in columns of
//!   spaces under a sign-off heading ("Report Sign Off" over "Signed off
//!   by | Date sent | Date signed off | Initials"): each row naming one
//!   sign-off is its clearance, dated by the one "Date" column whose
//!   heading holds one of the pack's `verbs` (see `spaced.rs`). Where the
//!   paper gives those implications in no section of their own, such a
//!   row, as a labelled line does, stands for the section.
//! - On a run-in implications label read as a field ("FINANCIAL
//!   IMPLICATIONS: Supplied by NAME, POST," over the advice and "Date
//!   provided: DATE", one such block per implication): the clearance is
//!   of the label's implications only (procurement or HR officers clear
//!   neither finance nor legal), dated by its block's "Date …" line (see
//!   `labelled.rs`).
//! - On a local (town, parish, community) council's paper, whose council
//!   name line ends with one of `[sign-off] local-councils`, each role's
//!   `local-council-posts` clear as its posts do (the clerk, the
//!   responsible financial officer; see `rules::Context::is_local_council`
//!   and `Template::for_local_council`). A post naming several sign-offs
//!   ("Town Clerk and RFO") gives the one its place asks for.
//! - On a field line whose key names one sign-off's implications
//!   ("Finance: NAME", "Legal: NAME") in a list right under a paragraph or
//!   heading saying officers were consulted, a cue and one of the pack's
//!   verbs after "has", "have", "was" or "were" ("I have consulted the
//!   relevant departments in respect of any relevant implications …"): a
//!   lead officer's checklist of the officers consulted. Or right under a
//!   heading naming the officers' consultation ("Statutory Officer
//!   Consultation" / "Finance: NAME, POST, date" / "Legal: …", closing a
//!   county's report). Counted as the lines above are.
//! - In a table of the officers consulted that PDF extraction flattened
//!   two cells a row under any heading, its header "Name/role" / "Method
//!   consulted" (who, then a heading holding one of the pack's `verbs`):
//!   each row "Chief Finance Officer (NAME)" / "Report reviewed, DATE"
//!   whose post the pack lists is a clearance (see `consulted_rows`).
//!   Counted as the lines above are.
//! - In the signature that closes a report after its last numbered
//!   paragraph, three lines of their own: NAME / POST / DATE ("Graeme
//!   Ross" / "Treasurer to the Board" / "19 January 2027"). A report
//!   written and signed by a statutory officer is cleared by them: where
//!   the pack lists the post, it is that sign-off's clearance, counted
//!   only where the sign-off has none of its own (see
//!   `closing_signatures`).
//! - In a one-line list of the officers consulted, a field whose key is
//!   one of the pack's headings, holds one of its verbs or is a noun of
//!   one ("Consultees: Finance – NAME, POST (9.1.26); Legal – NAME, POST
//!   (12.1.26); ward members."): each item naming one sign-off's
//!   implications or a post giving one, a dash or colon, then the officer,
//!   is that sign-off's clearance (see `consultees.rs`). Counted as the
//!   lines above are.
//! - On a *statement line*, in any section of the body: a post the pack
//!   lists (or a label naming a sign-off), a colon, the officer's name, a
//!   dash, a statement that the paper was cleared, perhaps the date last,
//!   wrapped over up to three lines: "Head of Finance (Section 151
//!   Officer): NAME – report seen and financial implications agreed,
//!   DATE" in a list of statutory officers under "Consultations" (see
//!   `statement.rs`). Counted as the lines above are.
//! - Under a heading that names an officer by post alone over their advice
//!   ("Director of Law and Governance (LG26/031)" / "The council has power
//!   …"), which the template reads as the section needing that post's
//!   sign-off: the heading itself is a clearance where nothing else clears
//!   the sign-off (see `heading.rs`).
//! - In a block of clearance questions, one per implication: "Have the
//!   resource implications been cleared by Finance? Yes" over "Name of
//!   Financial Officer: NAME" (the pack's `cleared-answers` and
//!   `name-labels`): the named officer's clearance of the sign-off the
//!   question's implications name, counted as the lines above are. The
//!   post the question names says who ought to clear them and is no
//!   clearance; an empty name slot under "Yes" is where `sign-off-missing`
//!   reports the sign-off (see `question.rs`).
//! - A field line or a heading-only "section" (a short clearance line read
//!   as a heading) that falls between sections belongs to the one before.
//! - In a sentence of any other section that names the implications (or
//!   comments, advice), one of the pack's verbs and a post giving a
//!   sign-off: "The Chief Financial Officer (NAME) and the Monitoring
//!   Officer (NAME) have been consulted … and agreed the financial and
//!   legal implications on 27 and 28 January 2026 respectively" under
//!   "Consultation". Only officers whose post gives the sign-off count, and
//!   only for a section with no clearance of its own. Joint officers take
//!   the dates in turn only where the sentence says "respectively". A
//!   sentence that names no implications counts where it joins officers
//!   by "and", each a person named with a post giving a different
//!   sign-off, with one verb and one date in it that all share: "The Chief
//!   Officer – Finance (Section 95 Officer), NAME, and the Head of Legal
//!   and Democratic Services (Monitoring Officer), NAME, have been
//!   consulted and agree the content of this report, DATE", as Scottish
//!   councils clear a report. Where the paper gives the implications in
//!   no section of their own, such a clearance that names the officer and
//!   is dated stands for the section, as a labelled line does ("… agreed
//!   with the applicant. Legal comments: NAME, POST, DATE." run into a
//!   numbered paragraph).
//! - In another sign-off's section (one needing another sign-off, or
//!   holding another's run-in implications): a clearance that names its
//!   sign-off itself, by the officer's post, a label or the implications
//!   it agrees, and says more than that a post was consulted. "The
//!   Treasurer has been consulted and agrees the financial implications
//!   (NAME, Treasurer, DATE)" in the Resource Implications cell of a
//!   closing Corporate Considerations table that also holds the legal
//!   implications. Only for a section with no other clearance at all.
//!
//! # The forms recognised
//!
//! 1. **A verb** from the pack's `verbs`, then "by", "with" or a colon, then
//!    the officer: "This report was agreed by the Head of Resources &
//!    Performance Review on 5th January 2005"; "Legal comments provided by
//!    Jo Patel, Senior Solicitor"; "Finance Officer Consulted: Chris Dale
//!    Date: 24/02/2025"; "Comments checked by: Sarah Jones, Senior
//!    Accountant, 3 March 2025". "from" links a person named with a post
//!    the pack knows ("Comments from Lucy Farrant, Finance Business
//!    Partner, 18 October 2024"), and nothing else. Or the officer is the verb's subject: "The
//!    Council's Section 151 Officer has been consulted". A clearance still
//!    to come ("will be agreed by the Finance Manager") or refused ("has not
//!    been agreed") is not one.
//!    Or the officer, a dash or colon, then the verb: "Head of Finance –
//!    approved 31/05/24". Or a verdict, the verb first and a few words
//!    more, then a dash and the officer, with nothing before the verb but
//!    a label or the implications it clears: "Finance: Approved -- NAME,
//!    POST -- DATE" (the date perhaps alone on the next line), "Finance:
//!    seen, no comments -- NAME, POST, DATE", "Legal implications agreed –
//!    NAME, POST, DATE". A form's caption of who may give a clearance
//!    ("Agreed by or on behalf of the Section 151 Officer") names no one. After the verb a label may name the sign-off:
//!    "Cleared by Legal: Nadia Farouk 20/12/24". A person named after the
//!    verb counts when a post, a label, a cue word before the verb
//!    ("Legal comments were provided by") or nothing before it ("Signed:
//!    NAME") says so; a post alone after the verb, when one of those does
//!    or it is all the officer there is ("The budget was agreed by the
//!    Head of Finance", not "prepared by legal services using the NEC4
//!    form").
//! 2. **A bracket** that opens with a person's name, perhaps after a label
//!    naming the sign-off, then a post, a phone number or a date: "(Alex
//!    Morgan, Assistant Head of Legal Services - extension 7054)",
//!    "(Finance: Rhys Ali, 26/09/2024)". Or one that opens with a post the
//!    pack lists, then the name: "(Comments of the Chief Finance Officer,
//!    Jo Bloggs, 3 February 2026)". A bracket holding only a name
//!    counts where it closes a sign-off section whose text names the post
//!    ("Head of Legal Services comments: ... (Amira Sayed)"). A label that
//!    names no sign-off counts only where the bracket closes a paragraph of
//!    a section needing one, and the post gives that one: "(Officer:
//!    Michelle Tranter, Finance Business Partner, 27 January 2026)" at the
//!    end of the financial implications.
//!    A bracket with no date of its own right after a date that its
//!    sentence says the comments were given on takes that date, and the
//!    sentence is the clearance: the comments, advice or clearance (or,
//!    with one of the pack's `verbs`, a post giving a sign-off), one of the
//!    pack's `verbs` or `receipt-verbs`, perhaps "on", then the date:
//!    "Comments from the Section 151 Officer were received on 24 February
//!    2026 (Claire Penhaligon-Watts, Director of Finance and Section 151
//!    Officer)". Not "The budget approved on 24 February 2026 (NAME,
//!    Director of Finance)": that date is the budget's.
//! 3. **A signature**: a sentence that is only \[label:\] NAME, POST [, DATE]
//!    whose post or label gives a sign-off ("Neil Garside, Director of
//!    Resources (Section 151 Officer), 10 February 2025."). With a phone
//!    number before the date, in a section needing a sign-off, the post
//!    need not be one the pack lists: the line signs the sign-off its
//!    section, or its paragraph's topic, says ("Jeremy Moss, Team Leader
//!    (Property and Housing Law), 0116 454 1438, 5 February 2027" under
//!    "6.2 Legal implications"). A label that is a post the pack lists
//!    and "and" a word or two ("Comments of the Director of Law and
//!    Governance: NAME, POST") names its sign-off too. Or a table row
//!    that is one cell by cell ("| Finance | NAME, POST | DATE |").
//! 4. **A line of a clearance block** or **a row of a sign-off table** that
//!    names an officer: "Legal: Raj Patel, Monitoring Officer, 4 March 2025".
//!    Set out in columns by `pdftotext -layout`, a first column naming a
//!    sign-off stands where the colon would: "Finance      Rhodri Pennant
//!    Date 05/02/2027" under "Report Reviewers Used for appraising this
//!    report:".
//!    Where the sign-off column heads the row labels (`| Comments checked
//!    by | Name and post | Date |` over `| Finance | NAME, POST | DATE |`),
//!    the officer is read from the first other column naming one. A
//!    sign-off table that PDF extraction wrote one cell per line in a
//!    clearance block (`Legal & Governance` / `NAME, POST` / `17/02/2025`)
//!    is read row by row; so is one it flattened row by row under a
//!    sign-off heading ("Audit trail": header cells, then NAME / POST /
//!    date sent / date received per row), where one reading alone fits.
//!    And under any heading, one flattened row by row whose header row
//!    names its columns ("Officer" / "Name" / "Date"): per row perhaps a
//!    label whose column heading was empty ("Finance", "Legal"), the post
//!    (perhaps wrapped over lines), the name and the date, or no date
//!    where its cell was empty; page furniture at a page break is passed
//!    over. At least one row must be dated.
//!
//! 5. **An initials stamp**: a line that is only a label naming the
//!    sign-off, the officer's initials (two or three capitals) and a date
//!    ("Finance: SH 14/03/25"), or a bracket holding only initials and a
//!    date ("(JS 28/01/25)"), where those capitals stand nowhere in the
//!    paper but before a date. Or such a bracket ending the heading of a
//!    section needing a sign-off ("Financial Comments (SES 03/03/2025)",
//!    "FINANCIAL IMPLICATIONS [Officer Initials: HRB  Date: 19/03/27]"),
//!    which the template reads without it: that sign-off's clearance.
//!
//! A clearance line with a field line under it whose key is one of the
//! pack's `post-labels` takes its post (and so its sign-off) from that line:
//! "Approved by: Janet Orme" / "On behalf of: Chief Financial Officer" /
//! "Date: 6 January 2026" is one dated finance clearance. So does one with
//! such a label and no colon before a post the pack lists ("on behalf of
//! the Section 151 Officer"), or a line that is only such a post ("Signed:
//! NAME" / "Chief Finance Officer" / "Date: …"), or such a label after one
//! of the pack's verbs ("Monitoring Officer: NAME" / "Agreed on behalf of
//! the Monitoring Officer by NAME, POST" / "Date: …"). Such a block counts in the
//! body outside any sign-off section or clearance block too (under
//! "Statutory Officer Approval" after the background papers), where its
//! key is one of the pack's verbs (perhaps with "by") and its value a
//! person's name: it clears the post's sign-off, as a field line whose key
//! is a post does. "Approved by: Cabinet", or a post the pack does not
//! list ("on behalf of the Chief Fire Officer"), clears nothing.
//!
//! A first-person declaration under a post's line, run into it, over a
//! signature box: "Chief Finance Officer" / "I have been consulted about
//! the proposal and confirm that financial implications have been taken
//! into account …" / "Signature: NAME" / "Date: DATE" (the date on the
//! signer's line or the next; the pack's `signature-labels`). The post's
//! clearance is signed by NAME and dated by the box; an empty "Date:"
//! leaves it undated. A declaration in the third person takes no
//! signature under it, which may be the decision-maker's (see
//! `signature_box_after`). A form's dot leaders round what is filled in
//! ("........Signed: NAME........ Date: DATE") are white space.
//!
//! A signature labelled with the implications' advice or comments may
//! name an adviser from outside, described by firm and capacity, where a
//! date closes it: "Legal advice: NAME, Hartnell & Webb LLP, solicitors to
//! the Council, 1 March 2028." (see `describes_adviser`). "Legal advice:
//! the council has the power …" names no one.
//!
//! A date label naming the post that signs the paper off, on a line of its
//! own ("**Date signed off by the Monitoring Officer:** 21.09.2027" heading
//! a Welsh county borough's report), is that post's clearance, dated, where
//! its value is the date alone; left blank ("Date signed off by the
//! Section 151 Officer:"), it is an empty slot (see `slots.rs`).
//!
//! A slot of such a block that names its post and no one ("Section 151
//! Officer:" / "Agreed by or on behalf of the Section 151 Officer" /
//! "Date:") is where `sign-off-missing` reports that post's sign-off when
//! nothing clears it (see `slots.rs`).
//!
//! The officer is a person's name (two to four capitalised words that are
//! not a body such as "Audit Committee") or a post the pack lists for a
//! sign-off ("Head of Finance", "solicitor"). "There are no legal
//! implications" names neither, so it is no clearance.
//!
//! The date is the first date in the clearance's own sentence, bracket, line
//! or row (or a `Date:` right after it, or a date alone on the next line
//! after a wrapped "(Monitoring Officer)" or "Date:", or a `Date:` line
//! under the wrapped rest of the post), never another date in
//! the paragraph ("which Council will consider on 25 February 2025"); a
//! bracket's may stand right before it, as form 2 says.
//!
//! # Which sign-off a clearance gives
//!
//! The officer's post (a Head of Finance clears finance), else the words
//! before the verb ("Legal comments", "Finance Officer Consulted"), else the
//! implication its table row or block line names, else — in a combined
//! "Financial and legal implications" section — what its paragraph talks
//! about, else the section's own sign-off. A clearance none of these names
//! counts only where its place does: in the section needing the sign-off,
//! or in a block whose heading names that one sign-off ("Legal sign-off").
//! A row of a sign-off table or a line of a clearance block for a post the
//! pack does not know ("Chief Fire Officer") clears nothing.
//!
//! # The meeting date
//!
//! `--meeting-date` if given; else the header's date field (the template
//! field with `timetable = "date"`); else the forward timetable. Where a
//! paper goes to several meetings, the earliest.

use crate::document::{DateMention, Document, SectionId, Span, TextItem};
use crate::parse::inline::ordinary_run;
use crate::pattern::{fixed, Pattern};
use crate::template::{normalise, Resolved, Template, TimetableRole};

mod cells;
mod consultees;
mod find;
mod flat;
mod heading;
mod labelled;
mod meeting;
mod question;
mod shapes;
mod sign_off;
mod signature;
mod slots;
mod spaced;
mod stamp;
mod statement;
mod ticks;

pub(crate) use crate::template::heading_stamp;
pub(crate) use crate::template::Wording;
pub use find::find;
pub(crate) use find::{find_with, run_in_sign_offs_with, Holder, RunIn};
pub(crate) use meeting::{find_meeting_date, on_date, unreal_meeting_date, MeetingDate};
pub(crate) use question::questions;
pub(crate) use shapes::is_name;
pub(crate) use sign_off::{sign_offs_from, SignOff};

use crate::calendar::format_date;
use crate::template::earliest;
use cells::*;
use consultees::*;
use find::*;
use flat::*;
use heading::*;
use labelled::*;
use question::question_clearances;
use shapes::*;
use signature::*;
use slots::*;
use spaced::*;
use stamp::*;
use statement::*;
use ticks::*;

/// What the sign-off finders read of a paper.
#[derive(Clone, Copy)]
pub(crate) struct Paper<'a> {
    /// The paper's text; spans index into it.
    pub(crate) text: &'a str,
    pub(crate) doc: &'a Document,
    pub(crate) template: &'a Template,
    pub(crate) resolved: &'a Resolved,
}

/// Where a clearance stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// In a section that needs a sign-off.
    Section(SectionId),
    /// In a clearance block ("Statutory officer clearance").
    Block(SectionId),
    /// The heading of a section of an officer's advice that names the
    /// officer by post alone ("Director of Law and Governance (LG26/031)"),
    /// the section holding no clearance of its own. Counts only where the
    /// sign-off has no other clearance in its sections.
    Heading(SectionId),
    /// In a row of a table with a sign-off column.
    Table(usize),
    /// On a line labelled with a post, outside any sign-off section
    /// ("Legal Team Leader: NAME, POST, date" in a form's body).
    Line,
    /// In a sentence of another section that names a post giving the
    /// sign-off, a verb and the implications ("The Chief Financial Officer
    /// … agreed the financial implications on 27 January 2026" under
    /// "Consultation"). Counts only where the section has no clearance of
    /// its own, as a block's does.
    Prose,
}

/// A clearance: an officer's sign-off of some implications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clearance {
    /// The sign-off it gives (`finance`, `legal`); `None` when nothing
    /// says which, in a place that could be either.
    pub role: Option<String>,
    /// The officer's name, where given ("Alex Morgan").
    pub officer: Option<TextItem>,
    /// The post, where given ("Assistant Head of Legal Services").
    pub post: Option<TextItem>,
    /// The date the clearance was given, where given.
    pub date: Option<DateMention>,
    /// The whole clearance: sentence, bracket, line or row.
    pub span: Span,
    pub(crate) place: Place,
}

impl Clearance {
    /// Who gave it, as written: the officer's name, else the post.
    pub(crate) fn who(&self) -> &str {
        self.officer
            .as_ref()
            .or(self.post.as_ref())
            .map_or("an officer", |t| t.text.as_str())
    }
}

#[cfg(test)]
mod tests;
