//! Clearances that open a run-in implications label, one block each:
//!
//! ```text
//! FINANCIAL IMPLICATIONS: Supplied by NAME, Finance Manager,
//! tel. 0161 793 2056
//! The estimated annual cost of £370,000 is within …
//! Date provided: 19 January 2027
//! PROCUREMENT IMPLICATIONS: Supplied by NAME, Category Manager,
//! …
//! ```
//!
//! as a metropolitan council's reports give each implication (pdftotext
//! with no headings, each label read as a field). The clearance on the
//! label's line is that of the implications the label names, and of no
//! other: where the label names one sign-off's implications
//! ("FINANCIAL IMPLICATIONS") it gives that one, where it names a section
//! the template knows that needs none ("PROCUREMENT IMPLICATIONS", "HR
//! IMPLICATIONS", "CLIMATE CHANGE IMPLICATIONS") it gives none, however
//! the section holding it is read; so does one the template does not
//! know ("PROCUREMENT IMPLICATIONS") outside a section that needs a
//! sign-off by its heading. Its date is the one on a field line
//! of its block whose key is "Date" and perhaps one of the pack's verbs
//! ("Date provided: 19 January 2027"), up to the next such label.

use super::*;

/// The last word of a run-in implications label.
const IMPLICATIONS: &str = "implications";

/// The most words after "Date" in a date label ("Date provided").
const DATE_LABEL_WORDS: usize = 2;

/// Reads each clearance of `found` that opens a field line whose key is a
/// run-in implications label, as the module says: names its sign-off
/// from the label, drops it where the label's implications need none,
/// and dates it from its block's date line.
pub(super) fn labelled_implications(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    found: &mut Vec<Clearance>,
) {
    // The fields that are implications labels, with the sign-offs they
    // name where they name sections the template knows.
    let labels: Vec<(usize, Option<Vec<String>>)> = doc
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| is_implications_label(&f.key))
        .map(|(i, f)| (i, label_roles(template, &f.key)))
        .collect();
    if labels.is_empty() {
        return;
    }
    let starts: Vec<usize> = labels
        .iter()
        .map(|&(i, _)| doc.fields[i].span.start)
        .collect();
    let mut drop = vec![false; found.len()];
    for k in 0..found.len() {
        let at = found[k].span.start;
        let Some((i, roles)) = labels
            .iter()
            .find(|(i, _)| doc.fields[*i].span.start <= at && at < doc.fields[*i].span.end)
        else {
            continue;
        };
        let f = &doc.fields[*i];
        if found[k].role.is_none() {
            match roles.as_deref() {
                Some([]) => {
                    drop[k] = true;
                    continue;
                }
                Some([one]) => found[k].role = Some(one.clone()),
                Some(_) => {}
                // A label the template does not know ("PROCUREMENT
                // IMPLICATIONS") names other implications than a
                // sign-off's, unless it stands under a heading that needs
                // one (where it may be the pack's gap).
                None if !under_sign_off_heading(doc, template, resolved, f.span.start) => {
                    drop[k] = true;
                    continue;
                }
                None => {}
            }
        }
        if found[k].date.is_some() {
            continue;
        }
        // The block: to the next label, heading or clearance.
        let mut limit = starts
            .iter()
            .copied()
            .filter(|&s| s > f.span.start)
            .min()
            .unwrap_or(text.len());
        if let Some(next) = found.get(k + 1) {
            limit = limit.min(next.span.start);
        }
        if let Some(h) = doc.sections.iter().find(|s| s.heading.start > f.span.start) {
            limit = limit.min(h.heading.start);
        }
        let date = doc
            .fields
            .iter()
            .filter(|g| g.span.start > f.span.end && g.span.end <= limit)
            .filter(|g| is_date_label(template, &g.key))
            .find_map(|g| {
                dates_from(doc, g.value_span.start)
                    .first()
                    .copied()
                    .filter(|d| d.span.start == g.value_span.start && d.span.end <= g.span.end)
            });
        if let Some(d) = date {
            found[k].date = Some(d);
            found[k].span = found[k].span.cover(d.span);
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Whether the text at `pos` lies under a heading of a section needing a
/// sign-off.
fn under_sign_off_heading(
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    pos: usize,
) -> bool {
    doc.section_at(pos).is_some_and(|s| {
        matches!(
            owner_of(template, doc, resolved, s),
            Some(Owner::SignOff(..))
        )
    })
}

/// Whether `key` is a run-in implications label: words naming them, then
/// "implications" ("PROCUREMENT IMPLICATIONS").
fn is_implications_label(key: &str) -> bool {
    let key = normalise(key);
    key.strip_suffix(IMPLICATIONS)
        .is_some_and(|head| head.ends_with(' ') && !head.trim().is_empty())
}

/// The sign-offs the implications label `key` names, where it names
/// sections the template knows: none for sections needing none. `None`
/// where it names no known section.
fn label_roles(template: &Template, key: &str) -> Option<Vec<String>> {
    let mut defs = template.match_heading(key).sections.clone();
    defs.extend(template.sections_for_implication(key));
    (!defs.is_empty()).then(|| super::find::roles_of_sections(template, defs))
}

/// Whether `key` labels a clearance's date: "Date", perhaps with one of
/// the pack's verbs ("Date provided", "Date cleared").
fn is_date_label(template: &Template, key: &str) -> bool {
    let Some(rest) = after_date_label(key, DATE_LABEL_WORDS) else {
        return false;
    };
    let w = &template.clearance;
    rest.is_empty()
        || w.verbs.as_ref().is_some_and(|p| p.is_match(&rest))
        || w.receipt_verbs.as_ref().is_some_and(|p| p.is_match(&rest))
}
