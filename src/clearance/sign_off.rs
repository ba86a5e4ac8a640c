//! Sign-offs: the clearances of each section that needs one.

use time::Date;

use super::*;

/// A template section that needs a sign-off, as the paper has it.
#[derive(Debug, Clone)]
pub(crate) struct SignOff {
    /// Index of the template section.
    pub(crate) def: usize,
    /// The sign-off it needs (`finance`, `legal`).
    pub(crate) role: String,
    /// Where to point when it has no clearance: the heading, or in a
    /// combined section the paragraph about this sign-off.
    pub(crate) anchor: Span,
    /// Its clearances, in document order.
    pub(crate) clearances: Vec<Clearance>,
    /// Where it has none: the empty name slot of a clearance question that
    /// says its implications were cleared ("Has the impact on … legal …
    /// implications been cleared by the Monitoring Officer? Yes" over
    /// "Name of Legal Officer:" and nothing).
    pub(crate) unnamed: Option<Span>,
    /// Where it has none: the item of a sign-off list of posts and ticks
    /// ("Monitoring Officer:" and no tick), with the post.
    pub(crate) unticked: Option<(Span, String)>,
    /// Where it has none: the empty slot of a stacked sign-off block
    /// ("Section 151 Officer:" over an empty "Date:"), with the post.
    pub(crate) empty_slot: Option<(Span, String)>,
}

impl SignOff {
    /// The most recent clearance with a usable date, with that date's
    /// earliest and latest days: the one the dated rules judge.
    pub(crate) fn latest(&self) -> Option<(&Clearance, Date, Date)> {
        self.clearances
            .iter()
            .filter_map(|c| {
                let d = c.date?;
                if !d.value.is_valid() {
                    return None;
                }
                Some((c, d.value.first_day()?, d.value.last_day()?))
            })
            .max_by_key(|(_, first, last)| (*last, *first))
    }
}

/// Every template section that needs a sign-off and that the paper has,
/// with its clearances among `clearances` (the rules ask
/// `rules::Context::sign_offs`, which keeps them).
pub(crate) fn sign_offs_from(
    cx: Paper<'_>,
    clearances: &[Clearance],
    run_ins: &[RunIn],
) -> Vec<SignOff> {
    let mut out = Vec::new();
    // (Read only where a sign-off asks.)
    let empty = std::cell::OnceCell::new();
    let slots = || empty.get_or_init(|| empty_slots(cx.text, cx.template));
    for (d, def) in cx.template.sections.iter().enumerate() {
        let Some(role) = &def.sign_off else {
            continue;
        };
        let sections = &cx.resolved.sections[d];
        // A clearance naming no sign-off gives this one only where its
        // place says so: in a section needing it (where its owner's one
        // sign-off or its paragraph's topic would have named another), or in
        // a block whose heading names this sign-off alone. A row of a
        // sign-off table or a line of a block whose post the pack does not
        // know ("Chief Fire Officer", "Director of Strategy") gives none.
        let gives = |c: &&Clearance| match &c.role {
            Some(r) => r == role,
            None => match c.place {
                Place::Section(_) | Place::Heading(_) => true,
                Place::Block(b) => block_role(cx, b).as_ref() == Some(role),
                Place::Table(_) | Place::Line | Place::Prose => false,
            },
        };
        // The other sections searched for clearances (those needing another
        // sign-off, or holding run-in implications of another): a clearance
        // there that names this sign-off by its own words (a post, a label,
        // the implications it clears) records it, as in a closing table of
        // "Corporate Considerations" whose "Resource Implications" cell
        // holds the Treasurer's clearance of the financial implications
        // given earlier. (Where the section needs this sign-off too, its
        // role may be only the section's, so it says nothing.)
        let elsewhere = |s: SectionId| {
            let needs = |r: &String| r == role;
            !cx.resolved.section_ids[s]
                .iter()
                .any(|&x| cx.template.sections[x].sign_off.as_ref().is_some_and(needs))
                && !run_ins.iter().any(|r| {
                    r.2 == Holder::Section(s)
                        && cx.template.sections[r.0]
                            .sign_off
                            .as_ref()
                            .is_some_and(needs)
                })
        };
        if sections.is_empty() {
            // No such section, but perhaps a row of a sign-off table for it
            // ("| Legal | ... | Mid Weald Legal Partnership |"); else
            // required-section's finding, if required.
            if let Some(row) = sign_off_row(cx, d) {
                // (The row names the section: its clearance gives its
                // sign-off unless it names another.)
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    anchor: row,
                    clearances: clearances
                        .iter()
                        .filter(|c| row.contains(c.span))
                        .filter(|c| c.role.as_ref().map_or(true, |r| r == role))
                        .cloned()
                        .collect(),
                    unnamed: None,
                    unticked: None,
                    empty_slot: None,
                });
                continue;
            }
            // Or run-in implications ("5.2 *Legal.* …", "| Legal | … |"):
            // the clearances in the sections that hold them, else those of
            // clearance blocks, tables and post-labelled lines.
            // (A block of labels in no section holds none: its clearances
            // are its label's lines, read below.)
            let held: Vec<(Span, SectionId)> = run_ins
                .iter()
                .filter(|r| r.0 == d)
                .filter_map(|r| match r.2 {
                    Holder::Section(s) => Some((r.1, s)),
                    Holder::Block(_) => None,
                })
                .collect();
            if let Some(&(label, _)) = held.first() {
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    anchor: label,
                    clearances: own_clearances(
                        cx.text,
                        clearances,
                        |s| held.iter().any(|h| h.1 == s),
                        |s| !held.iter().any(|h| h.1 == s) && elsewhere(s),
                        gives,
                    ),
                    unnamed: None,
                    unticked: None,
                    empty_slot: None,
                });
                continue;
            }
            // Or lines labelled with its officer's post, in a form whose
            // implications are run-in paragraphs ("2. Legal Advice: ..." /
            // "Legal Team Leader: NAME, POST, date"); or the lines of a
            // clearance block that name it ("Finance   01/03/2027
            // 18/03/2027   AEM" under "Report Sign Off"), or the rows of
            // a table of the officers who cleared the paper whose post
            // gives it ("Clearances | Name | Date | Code" on a front
            // sheet), where the implications are given in no section of
            // their own. So does a signature run into a paragraph of the
            // body that names the officer and dates it ("… agreed in
            // principle with the applicant. Legal comments: NAME, POST,
            // DATE." closing a numbered paragraph).
            let lines: Vec<Clearance> = clearances
                .iter()
                .filter(|c| match c.place {
                    Place::Line | Place::Block(_) => true,
                    Place::Table(t) => has_date_column(cx, t),
                    Place::Prose => c.officer.is_some() && c.date.is_some(),
                    _ => false,
                })
                .filter(|c| c.role.as_ref() == Some(role))
                .cloned()
                .collect();
            if let Some(first) = lines.first() {
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    anchor: first.span,
                    clearances: lines,
                    unnamed: None,
                    unticked: None,
                    empty_slot: None,
                });
                continue;
            }
            // Or the empty slot of a stacked sign-off block for its post
            // ("Section 151 Officer:" / "Date:"), where nothing clears it:
            // the implications given on a front sheet, the block saying
            // who ought to have signed them off.
            if let Some(slot) = slots().iter().find(|s| &s.role == role) {
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    anchor: slot.span,
                    clearances: Vec::new(),
                    unnamed: None,
                    unticked: None,
                    empty_slot: Some((slot.span, slot.post.clone())),
                });
            }
            continue;
        }
        out.push(SignOff {
            def: d,
            role: role.clone(),
            anchor: anchor(cx, d, role, sections),
            clearances: own_clearances(
                cx.text,
                clearances,
                |s| sections.contains(&s),
                |s| !sections.contains(&s) && elsewhere(s),
                gives,
            ),
            unnamed: None,
            unticked: None,
            empty_slot: None,
        });
    }
    // A sign-off with no clearance whose clearance question is answered
    // as cleared but names no officer: the empty slot is where it is
    // missing.
    if out.iter().any(|s| s.clearances.is_empty()) {
        let questions = questions(cx.text, cx.doc, cx.template);
        for s in out.iter_mut().filter(|s| s.clearances.is_empty()) {
            s.unnamed = questions
                .iter()
                .find(|q| q.cleared && q.officer.is_none() && q.role.as_ref() == Some(&s.role))
                .map(|q| q.slot);
        }
        let ticks = tick_lists(cx.text, cx.doc, cx.template, &cx.resolved.titles);
        for s in out.iter_mut().filter(|s| s.clearances.is_empty()) {
            s.unticked = ticks
                .iter()
                .find(|i| !i.ticked && i.role.as_ref() == Some(&s.role))
                .map(|i| (i.span, i.post.text.clone()));
        }
        for s in out.iter_mut().filter(|s| s.clearances.is_empty()) {
            s.empty_slot = slots()
                .iter()
                .find(|slot| slot.role == s.role)
                .map(|slot| (slot.span, slot.post.clone()));
        }
    }
    out
}

/// Whether table `t`'s header row names a date column ("Clearances |
/// Name | Date | Code"): a record of the officers who cleared the paper
/// and when, not a table of implications that holds a clearance in a
/// cell.
fn has_date_column(cx: Paper<'_>, t: usize) -> bool {
    cx.doc.tables[t].rows.first().is_some_and(|h| {
        h.cells
            .iter()
            .any(|c| column_named(&cx.template.clearance, &c.text) == Some(Column::Date))
    })
}

/// The clearances among `clearances` that `gives` keeps, in the sections
/// `holds` accepts, less bare statements that a post was consulted; where
/// there are none, those of clearance blocks, tables and post-labelled
/// lines (less such statements too); where there are none of those
/// either, those in the sections `elsewhere` accepts that name their
/// sign-off themselves and say more than that a post was consulted.
fn own_clearances(
    text: &str,
    clearances: &[Clearance],
    holds: impl Fn(SectionId) -> bool,
    elsewhere: impl Fn(SectionId) -> bool,
    gives: impl Fn(&&Clearance) -> bool + Copy,
) -> Vec<Clearance> {
    // (An officer's post heading their advice is a clearance only where
    // nothing else is one: not in the sign-off's sections, nor in a block,
    // table or labelled line.)
    let (mut own, headings): (Vec<Clearance>, Vec<Clearance>) = clearances
        .iter()
        .filter(|c| matches!(c.place, Place::Section(s) | Place::Heading(s) if holds(s)))
        .filter(gives)
        .cloned()
        .partition(|c| !matches!(c.place, Place::Heading(_)));
    // A dated clearance of this sign-off in a block, table or labelled
    // line records the consultation a statement in the section reports
    // ("The Chief Financial Officer … have been consulted" beside "Finance
    // checked by | NAME, POST, date").
    let dated_elsewhere = clearances.iter().any(|c| {
        matches!(c.place, Place::Block(_) | Place::Table(_) | Place::Line)
            && c.date.is_some()
            && c.role.is_some()
            && gives(&c)
    });
    if dated_elsewhere {
        own.retain(|c| !is_post_statement(text, c));
    }
    drop_post_statements(text, &mut own);
    if own.is_empty() {
        own = clearances
            .iter()
            .filter(|c| {
                matches!(
                    c.place,
                    Place::Block(_) | Place::Table(_) | Place::Line | Place::Prose
                )
            })
            .filter(gives)
            .cloned()
            .collect();
        drop_post_statements(text, &mut own);
    }
    if own.is_empty() {
        own = headings;
    }
    if own.is_empty() {
        // (A clearance in a section needing another sign-off names its
        // own role, or takes that section's: one naming none gives none.)
        own = clearances
            .iter()
            .filter(|c| matches!(c.place, Place::Section(s) if elsewhere(s)))
            .filter(|c| c.role.is_some() && !is_post_statement(text, c))
            .filter(gives)
            .cloned()
            .collect();
    }
    own
}

/// Drops from one sign-off's clearances each statement that a post was
/// consulted ([`is_post_statement`]) when another of them is dated: the
/// dated one records that consultation ("The Section 151 Officer has been
/// consulted." beside "Financial implications prepared by: NAME, POST
/// Date: 24/02/2025"). Alone, such a statement stays a clearance, and an
/// undated one ("This report was agreed by the Assistant Director
/// (Resources)") is never dropped.
fn drop_post_statements(text: &str, own: &mut Vec<Clearance>) {
    if own.iter().any(|c| c.date.is_some()) {
        own.retain(|c| !is_post_statement(text, c));
    }
}

/// Whether `c` only says that a post took part, as the subject of a verb
/// already done: no name, no date, the post opening it (perhaps after a
/// run-in label: "Consultation – The Chief Financial Officer …", or after
/// capitalised words of its own: "the Panel's Lead Finance Officer") and an
/// auxiliary and the verb closing it ("The Section 151 Officer has been
/// consulted", "The Solicitor to the Authority has reviewed"), or a colon
/// or dash and the verb ("Comments of the Chief Finance Officer: agreed");
/// or its passive, the post closing it ([`is_passive_review`]).
pub(super) fn is_post_statement(text: &str, c: &Clearance) -> bool {
    static DONE_VERB: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        fixed(
            r"(?i)^\s*(?:(?:has|have|had|was|were)(?:\s+been)?\s+\w+(?:\s+\w+)?|[:–—-]\s*\w+)\s*$",
        )
    });
    let Some(post) = &c.post else {
        return false;
    };
    /// The most words of a run-in label before the post.
    const MAX_LABEL: usize = 4;
    // Or words of the post's own before it: "the Panel's Lead Finance
    // Officer has checked …", "The Council's Chief Finance Officer has been
    // consulted".
    let own_words = |l: &str| {
        l.split_whitespace().count() <= MAX_LABEL
            && !l.contains([',', ';', ':', '.', '(', ')'])
            && l.split_whitespace()
                .all(|w| w.eq_ignore_ascii_case("the") || w.starts_with(char::is_uppercase))
    };
    let opens = post.span.start == c.span.start
        || (c.span.start < post.span.start && {
            let label = text[c.span.start..post.span.start].trim_end();
            label
                .strip_suffix(['–', '—', '-', ':'])
                .is_some_and(|l| !l.trim().is_empty() && l.split_whitespace().count() <= MAX_LABEL)
                || own_words(label)
        });
    c.officer.is_none()
        && c.date.is_none()
        && post.span.end <= c.span.end
        && ((opens && DONE_VERB.is_match(&text[post.span.end..c.span.end]))
            || (opens && post.span.end == c.span.end && joins_consulted_post(&text[c.span.end..]))
            || is_passive_review(text, c, post.span))
}

/// Whether `after`, the text right after a clearance that is only a post,
/// joins another post to it as the subject of the same statement that they
/// were consulted: " and the Monitoring Officer were consulted on this
/// report" after "The Section 95 Officer". The other post is a few
/// capitalised words (or numbers) after "and" and perhaps "the"; the verb
/// says the posts were consulted or looked at the paper, and no more.
fn joins_consulted_post(after: &str) -> bool {
    static JOINED: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        fixed(
            r"^\s+and\s+(?:the\s+)?(?:[A-Z0-9][\w'’()&-]*\s+){1,6}(?:have|were|had)(?:\s+been)?\s+(?:consulted|seen|reviewed|sighted)\b",
        )
    });
    JOINED.is_match(after)
}

/// Whether `c` is the passive of a post's statement that it looked at
/// the paper, the post closing it: "Financial implications have been
/// reviewed by the Finance Business Partner (Public Health)", "This report
/// has been seen by the Monitoring Officer". A few words, the auxiliary,
/// a verb saying the post saw or was asked about the paper (not one
/// giving the clearance: "This report was agreed by the Assistant
/// Director (Resources)" is one), "by" and the post. (The caller has
/// checked that it names no one and gives no date.)
fn is_passive_review(text: &str, c: &Clearance, post: Span) -> bool {
    static BEFORE_POST: std::sync::LazyLock<Pattern> = std::sync::LazyLock::new(|| {
        fixed(
            r"(?i)^\s*(?:[\w'’]+\s+){1,6}(?:has|have|had|was|were)\s+been\s+(?:reviewed|consulted|seen|checked)\s+by\s+(?:the\s+)?$",
        )
    });
    c.span.start < post.start
        && BEFORE_POST.is_match(&text[c.span.start..post.start])
        && text[post.end..c.span.end]
            .trim_end_matches('.')
            .trim()
            .is_empty()
}

/// The one sign-off that the heading of clearance block `s` names: a post
/// ("Monitoring Officer comments"), or one implication before one of the
/// pack's block headings ("Legal sign-off"). `None` for a block of any
/// sign-off ("Statutory officer clearance").
fn block_role(cx: Paper<'_>, s: SectionId) -> Option<String> {
    let wording = &cx.template.clearance;
    let title = &cx.resolved.titles[s];
    if let Some(r) = wording.role_of_post(title) {
        return Some(r.to_string());
    }
    wording.headings.iter().find_map(|h| {
        let head = title.strip_suffix(h.as_str())?.strip_suffix(' ')?;
        match &roles_named(cx.template, head)[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    })
}

/// The row of a table with a sign-off column whose first cell names
/// template section `def` ("Legal", "Financial").
pub(super) fn sign_off_row(cx: Paper<'_>, def: usize) -> Option<Span> {
    for table in &cx.doc.tables {
        let Some(header) = table.rows.first() else {
            continue;
        };
        let Some(col) = header
            .cells
            .iter()
            .position(|c| cx.template.clearance.is_heading(&c.text))
        else {
            continue;
        };
        if col == 0 {
            continue;
        }
        for row in &table.rows[1..] {
            let Some(first) = row.cells.first() else {
                continue;
            };
            let mut defs = cx.template.sections_for_implication(&first.text);
            defs.extend(cx.template.sections_for_title(&first.text));
            if defs.contains(&def) {
                return Some(row.span);
            }
        }
    }
    None
}

/// Where a missing sign-off is reported.
pub(super) fn anchor(cx: Paper<'_>, def: usize, role: &str, sections: &[SectionId]) -> Span {
    let d = &cx.template.sections[def];
    let canonical = d.titles.first();
    // (With one section, that is the one: no need to read its title.)
    let s = sections
        .iter()
        .copied()
        .find(|&s| {
            sections.len() > 1
                && canonical.is_some_and(|t| {
                    crate::template::title_candidates(&cx.doc.sections[s].title).contains(t)
                })
        })
        .unwrap_or(sections[0]);
    let section = &cx.doc.sections[s];
    let combined = cx.resolved.section_ids[s]
        .iter()
        .filter(|&&x| cx.template.sections[x].sign_off.is_some())
        .count()
        > 1;
    if combined {
        for &p in &section.paragraphs {
            let para = &cx.doc.paragraphs[p];
            let plain = crate::parse::inline::plain(para.text.of(cx.text));
            if cx.template.clearance.topic_of(&plain) == Some(role) {
                return para.span;
            }
        }
    }
    section.heading
}
