//! How a pack words its clearances: the `[sign-off]` vocabulary, compiled.

use super::{may_normalise_to, normalise};
use crate::pattern::{Pattern, PatternError};

/// How a pack words its clearances, compiled from `[sign-off]`.
#[derive(Debug, Clone, Default)]
pub struct Wording {
    pub(crate) verbs: Option<Pattern>,
    /// Normalised headings of a clearance block or sign-off column.
    pub(crate) headings: Vec<String>,
    /// The words of `headings`, sorted: those that may qualify one of them
    /// ("report" in "report clearance").
    heading_words: Vec<String>,
    /// The last words of `headings`: a line ending in none of them is no
    /// heading (a cheap test before normalising it).
    heading_ends: Vec<String>,
    pub(crate) roles: Vec<RoleWording>,
    /// Normalised labels of a line giving the officer's post under a
    /// clearance line ("on behalf of", "post").
    post_labels: Vec<String>,
    /// Normalised headings of a block of officers' advice, each officer's
    /// under a sub-heading that is their post ("supplementary advice from
    /// other officers").
    advice_headings: Vec<String>,
    /// The merged `receipt-verbs`: verbs that say an officer's comments
    /// reached the author ("Comments … were received on DATE"), never
    /// that the officer cleared anything, so they are no `verbs`.
    pub(crate) receipt_verbs: Option<Pattern>,
    /// The merged `request-verbs`: words of a date column's heading that
    /// say when the paper was sent out for comment ("Date doc sent out").
    pub(crate) request_verbs: Option<Pattern>,
    /// Normalised words of an officer's cell that say no sign-off was
    /// needed ("not required").
    not_needed: Vec<String>,
    /// Normalised words that end a local council's name ("town council"):
    /// see [`super::is_local_council`].
    local_councils: Vec<String>,
    /// Normalised answers to a clearance question that say the
    /// implications were cleared ("yes").
    cleared_answers: Vec<String>,
    /// Normalised labels of the slot under a clearance question naming
    /// the officer who cleared them ("name of officer").
    pub(crate) name_labels: Vec<String>,
    /// Normalised labels of a signature box's line naming the signer
    /// ("signature", "signed").
    signature_labels: Vec<String>,
}

/// One kind of sign-off (`finance`, `legal`): the posts that give it and
/// the words that say a paragraph is about it.
#[derive(Debug, Clone)]
pub(crate) struct RoleWording {
    pub(crate) id: String,
    pub(crate) posts: Option<Pattern>,
    pub(crate) topics: Option<Pattern>,
}

/// A case-insensitive pattern matching any of `phrases` as whole words;
/// a space or hyphen in a phrase matches any run of spaces or hyphens.
fn phrase_pattern(phrases: &[String]) -> Result<Option<Pattern>, PatternError> {
    let mut ps: Vec<String> = phrases
        .iter()
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    // Longest first, so that "comments provided" wins over "comments".
    ps.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    ps.dedup();
    if ps.is_empty() {
        return Ok(None);
    }
    let alts: Vec<String> = ps
        .iter()
        .map(|p| {
            let body = p
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| !w.is_empty())
                .map(|w| match regex_syntax::escape(w) {
                    w if w.is_ascii() => w,
                    w => format!("(?u:{w})"),
                })
                .collect::<Vec<_>>()
                .join(r"(?u:[\s\-])+");
            format!(
                "{}{body}{}",
                word_boundary(p.chars().next()),
                word_boundary(p.chars().last()),
            )
        })
        .collect();
    // Case folding and word boundaries are ASCII unless a word needs more:
    // Unicode tables make compiling several times slower.
    crate::pattern::compile_case_insensitive(&format!("(?:{})", alts.join("|")), false).map(Some)
}

/// The word-boundary assertion to put beside a phrase's first or last
/// character: ASCII where the character is ASCII (cheap to compile),
/// Unicode where it is another letter or digit, none beside punctuation.
fn word_boundary(c: Option<char>) -> &'static str {
    match c {
        Some(c) if c.is_ascii_alphanumeric() => r"\b",
        Some(c) if c.is_alphanumeric() => r"(?u:\b)",
        _ => "",
    }
}

impl Wording {
    /// Compiles the merged `[sign-off]` lists: `roles` are
    /// `(id, posts, topics)`.
    pub(crate) fn compile(
        verbs: &[String],
        headings: &[String],
        roles: &[(String, Vec<String>, Vec<String>)],
    ) -> Result<Wording, PatternError> {
        let mut compiled = Vec::new();
        for (id, posts, topics) in roles {
            compiled.push(RoleWording {
                id: id.clone(),
                posts: phrase_pattern(posts)?,
                topics: phrase_pattern(topics)?,
            });
        }
        let headings: Vec<String> = headings.iter().map(|h| normalise(h)).collect();
        let mut heading_words: Vec<String> = headings
            .iter()
            .flat_map(|h| h.split(' '))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        heading_words.sort();
        heading_words.dedup();
        let mut heading_ends: Vec<String> = headings
            .iter()
            .filter_map(|h| h.rsplit(' ').next())
            .map(str::to_string)
            .collect();
        heading_ends.sort();
        heading_ends.dedup();
        Ok(Wording {
            verbs: phrase_pattern(verbs)?,
            headings,
            heading_words,
            heading_ends,
            roles: compiled,
            post_labels: Vec::new(),
            advice_headings: Vec::new(),
            receipt_verbs: None,
            request_verbs: None,
            not_needed: Vec::new(),
            local_councils: Vec::new(),
            cleared_answers: Vec::new(),
            name_labels: Vec::new(),
            signature_labels: Vec::new(),
        })
    }

    /// With the merged `[sign-off] local-councils`.
    pub(crate) fn with_local_councils(mut self, endings: &[String]) -> Wording {
        self.local_councils = endings.iter().map(|w| normalise(w)).collect();
        self
    }

    /// The normalised words that end a local council's name, from
    /// `[sign-off] local-councils` ("town council").
    pub(crate) fn local_councils(&self) -> &[String] {
        &self.local_councils
    }

    /// With the merged `[sign-off] not-needed`.
    pub(crate) fn with_not_needed(mut self, words: &[String]) -> Wording {
        self.not_needed = words.iter().map(|w| normalise(w)).collect();
        self
    }

    /// Whether a cell (its whole text, any case, a closing stop aside)
    /// says that no sign-off was needed: one of `[sign-off] not-needed`
    /// ("Not required", "N/A").
    pub(crate) fn is_not_needed(&self, cell: &str) -> bool {
        let n = normalise(cell.trim().trim_end_matches('.'));
        !n.is_empty() && self.not_needed.contains(&n)
    }

    /// With the merged `[sign-off] cleared-answers` and `name-labels`.
    pub(crate) fn with_questions(mut self, answers: &[String], labels: &[String]) -> Wording {
        self.cleared_answers = answers.iter().map(|a| normalise(a)).collect();
        self.name_labels = labels.iter().map(|l| normalise(l)).collect();
        self
    }

    /// Whether the answer to a clearance question says the implications
    /// were cleared: one of `[sign-off] cleared-answers` ("Yes"), any case,
    /// a closing stop aside.
    pub(crate) fn is_cleared_answer(&self, answer: &str) -> bool {
        let n = normalise(answer.trim().trim_end_matches('.'));
        !n.is_empty() && self.cleared_answers.contains(&n)
    }

    /// Whether a field's key is the slot under a clearance question
    /// naming who cleared it: one of `[sign-off] name-labels`, perhaps
    /// with a word or two naming the sign-off before its last word ("Name
    /// of Legal Officer" for "name of officer").
    pub(crate) fn is_name_label(&self, key: &str) -> bool {
        let n = normalise(key);
        !n.is_empty() && matches_name_label(&self.name_labels, &n)
    }

    /// With the merged `[sign-off] signature-labels`.
    pub(crate) fn with_signature_labels(mut self, labels: &[String]) -> Wording {
        self.signature_labels = labels.iter().map(|l| normalise(l)).collect();
        self
    }

    /// Whether a line's label, before its colon, is the signer's in a
    /// signature box: one of `[sign-off] signature-labels` ("Signature",
    /// "Signed"), any case.
    pub(crate) fn is_signature_label(&self, label: &str) -> bool {
        let n = normalise(label);
        !n.is_empty() && self.signature_labels.contains(&n)
    }

    /// With the merged `[sign-off] post-labels`.
    pub(crate) fn with_post_labels(mut self, labels: &[String]) -> Wording {
        self.post_labels = labels.iter().map(|l| normalise(l)).collect();
        self
    }

    /// With the merged `[sign-off] advice-headings`.
    pub(crate) fn with_advice_headings(mut self, headings: &[String]) -> Wording {
        self.advice_headings = headings.iter().map(|h| normalise(h)).collect();
        self
    }

    /// Whether a normalised heading heads a block of officers' advice
    /// ("supplementary advice from other officers").
    pub(crate) fn is_advice_heading(&self, normalised: &str) -> bool {
        !normalised.is_empty() && self.advice_headings.iter().any(|h| h == normalised)
    }

    /// With the merged `[sign-off] receipt-verbs`.
    pub(crate) fn with_receipt_verbs(mut self, verbs: &[String]) -> Result<Wording, PatternError> {
        self.receipt_verbs = phrase_pattern(verbs)?;
        Ok(self)
    }

    /// With the merged `[sign-off] request-verbs`.
    pub(crate) fn with_request_verbs(mut self, verbs: &[String]) -> Result<Wording, PatternError> {
        self.request_verbs = phrase_pattern(verbs)?;
        Ok(self)
    }

    /// Whether a field's key labels the post of the officer on the line
    /// above ("On behalf of: Monitoring Officer" under "Approved by: NAME").
    pub(crate) fn is_post_label(&self, key: &str) -> bool {
        !self.post_labels.is_empty() && self.post_labels.contains(&normalise(key))
    }

    /// Where the post starts on a line that opens with one of the pack's
    /// `post-labels` and no colon, under a clearance line: "on behalf of
    /// the Section 151 Officer" (at "Section"; a leading "the" is passed
    /// over). `None` where the line opens with no label, or nothing
    /// follows it.
    pub(crate) fn post_after_label(&self, line: &str) -> Option<usize> {
        self.post_labels.iter().find_map(|label| {
            let mut rest = line;
            for word in label.split(' ') {
                let t = rest.trim_start();
                let head = t.get(..word.len())?;
                let after = &t[word.len()..];
                if !head.eq_ignore_ascii_case(word) || !after.starts_with(char::is_whitespace) {
                    return None;
                }
                rest = after;
            }
            let mut post = rest.trim_start();
            for the in ["the ", "The "] {
                post = post.strip_prefix(the).unwrap_or(post).trim_start();
            }
            (!post.is_empty()).then(|| line.len() - post.len())
        })
    }

    /// The sign-off a post gives: the role whose post occurs first in `s`.
    pub(crate) fn role_of_post(&self, s: &str) -> Option<&str> {
        earliest(&self.roles, s, |r| r.posts.as_ref()).map(|(_, id)| id)
    }

    /// Every sign-off whose posts `s` names, in the pack's order of roles:
    /// two for a joint post ("Town Clerk and RFO" on a local council's
    /// paper, where the clerk and the responsible financial officer are
    /// both posts).
    pub(crate) fn roles_of_post(&self, s: &str) -> Vec<&str> {
        self.roles
            .iter()
            .filter(|r| r.posts.as_ref().is_some_and(|p| p.is_match(s)))
            .map(|r| r.id.as_str())
            .collect()
    }

    /// The sign-off given by a post that `s` ends with ("Clerk and
    /// Monitoring Officer", "Swyddog Adran 151 / Section 151 Officer").
    pub(crate) fn role_of_post_ending(&self, s: &str) -> Option<&str> {
        let s = s.trim_end();
        self.roles.iter().find_map(|r| {
            let posts = r.posts.as_ref()?;
            posts
                .find_iter(s)
                .any(|m| m.end() == s.len())
                .then_some(r.id.as_str())
        })
    }

    /// The sign-off (index into `roles`) given by the officer whom a
    /// heading names by post and nothing else: "Director of Law and
    /// Governance (LG26/031)", "Head of Legal and Governance", "Strategic
    /// Director of Resources", "Monitoring Officer's advice".
    ///
    /// Before a closing bracket (a reference, a second post) and a closing
    /// "comments" or "advice", the heading is one post the pack lists for
    /// exactly one sign-off, after at most three capitalised words that
    /// qualify it ("Strategic", "Interim Deputy") and before words that
    /// complete it ("and Governance"): eight words at most, each
    /// capitalised or a joining word, with no figures and no comma or stop.
    /// So "Report of the Director of Finance" ("of the" before the post),
    /// "Jo Bloggs, Director of Finance" (a comma), "The Director of Finance
    /// confirms" (a lower-case verb) and "Director of Finance and Legal
    /// Services" (two sign-offs) are none.
    pub(crate) fn role_of_post_heading(&self, title: &str) -> Option<usize> {
        /// The most words of the post heading (bracket aside).
        const MAX_WORDS: usize = 8;
        /// The most capitalised words qualifying the post before it.
        const MAX_BEFORE: usize = 3;
        let head = post_heading_head(title)?;
        let words: Vec<&str> = head.split_whitespace().collect();
        if words.is_empty() || words.len() > MAX_WORDS {
            return None;
        }
        if !words.iter().all(|w| post_word(w)) {
            return None;
        }
        let mut found = None;
        for (i, role) in self.roles.iter().enumerate() {
            let Some(m) = role.posts.as_ref().and_then(|p| p.find(head)) else {
                continue;
            };
            if found.is_some() {
                return None;
            }
            let before: Vec<&str> = head[..m.start()].split_whitespace().collect();
            if before.len() > MAX_BEFORE || before.iter().any(|w| joining_word(w)) {
                return None;
            }
            found = Some(i);
        }
        found
    }

    /// Whether a heading gives an officer's comments, the officer named by
    /// a post the pack may not list: "Comments of the Executive Director
    /// Corporate Services", "Advice from the Head of Pensions". After
    /// "comments" or "advice", "of" or "from" and perhaps "the", up to
    /// eight words, each capitalised or a joining word, with no figures and
    /// no comma or stop (as [`Wording::role_of_post_heading`] reads a post).
    /// Which sign-off, if any, such a section gives is for its content to
    /// say.
    pub(crate) fn is_officers_comments_heading(title: &str) -> bool {
        /// The most words of the post.
        const MAX_WORDS: usize = 8;
        let mut words = title.trim().trim_end_matches(':').split_whitespace();
        let (Some(what), Some(from)) = (words.next(), words.next()) else {
            return false;
        };
        if !["comments", "advice"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(what))
            || !["of", "from"].iter().any(|w| w.eq_ignore_ascii_case(from))
        {
            return false;
        }
        let post: Vec<&str> = words.collect();
        let post = match post.first() {
            Some(w) if w.eq_ignore_ascii_case("the") => &post[1..],
            _ => &post[..],
        };
        !post.is_empty() && post.len() <= MAX_WORDS && post.iter().all(|w| post_word(w))
    }

    /// Whether a heading has the shape of a post and nothing else, whether
    /// or not the pack lists the post: "Assistant Chief Executive –
    /// Governance and Assurance", "Director of Law (LG26/031)". Before a
    /// closing bracket and a closing "comments" or "advice" (as
    /// [`Wording::role_of_post_heading`] reads a post), up to eight words,
    /// each capitalised or a joining word (a dash between the post's
    /// parts), with no figures and no comma or stop.
    pub(crate) fn is_post_shaped(title: &str) -> bool {
        /// The most words of the post.
        const MAX_WORDS: usize = 8;
        let Some(head) = post_heading_head(title) else {
            return false;
        };
        let words: Vec<&str> = head.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= MAX_WORDS
            && words.iter().all(|w| post_word(w))
            && !words.iter().all(|w| joining_word(w))
    }

    /// The sign-offs (indices into `roles`) whose posts `s` names, in
    /// order: none, one, or more for a heading naming two officers
    /// ("Director of Finance and Monitoring Officer").
    pub(crate) fn roles_named(&self, s: &str) -> Vec<usize> {
        (0..self.roles.len())
            .filter(|&i| self.roles[i].posts.as_ref().is_some_and(|p| p.is_match(s)))
            .collect()
    }

    /// Whether `s` names the posts of two sign-offs or more, as
    /// `roles_named(s).len() > 1` says, searching no further than it must:
    /// once the roles left cannot make two, their posts are not searched
    /// (with two roles, a paragraph naming no finance post is not read
    /// for a legal one).
    pub(crate) fn names_several_roles(&self, s: &str) -> bool {
        let mut named = 0;
        for (i, role) in self.roles.iter().enumerate() {
            if named + (self.roles.len() - i) < 2 {
                return false;
            }
            if role.posts.as_ref().is_some_and(|p| p.is_match(s)) {
                named += 1;
                if named == 2 {
                    return true;
                }
            }
        }
        false
    }

    /// What `s` talks about: the role whose topic word occurs first.
    pub(crate) fn topic_of(&self, s: &str) -> Option<&str> {
        earliest(&self.roles, s, |r| r.topics.as_ref()).map(|(_, id)| id)
    }

    /// Whether a heading or column title introduces clearances.
    pub(crate) fn is_heading(&self, title: &str) -> bool {
        may_normalise_to(
            title,
            self.headings
                .iter()
                .chain(&self.heading_words)
                .map(String::as_str),
        ) && self.is_normalised_heading(&normalise(title))
    }

    /// [`Wording::is_heading`] for a title already normalised: one of the
    /// pack's headings, or one of them after words that its headings use
    /// ("report clearance", "legal sign-off" where "clearance", "report
    /// sign-off" and "legal and finance sign-off" are listed).
    pub(crate) fn is_normalised_heading(&self, title: &str) -> bool {
        self.ends_like_heading(title)
            && ((!title.is_empty() && self.headings.iter().any(|h| h == title))
                || self.is_qualified_heading(title))
    }

    /// Whether a normalised title's last word is one of `heading_ends`,
    /// as that of every heading (and of every heading after words that
    /// qualify it) is: a binary search before the pass over the headings
    /// that most titles, no heading, would fail.
    fn ends_like_heading(&self, title: &str) -> bool {
        let last = memchr::memrchr(b' ', title.as_bytes()).map_or(title, |i| &title[i + 1..]);
        self.heading_ends
            .binary_search_by(|e| e.as_str().cmp(last))
            .is_ok()
    }

    /// One of the headings after words that its headings use ("report
    /// clearance"): [`Wording::is_normalised_heading`]'s second case.
    fn is_qualified_heading(&self, title: &str) -> bool {
        self.headings.iter().any(|h| {
            title
                .strip_suffix(h.as_str())
                .and_then(|head| head.strip_suffix(' '))
                .is_some_and(|head| {
                    head.split(' ').all(|w| {
                        self.heading_words
                            .binary_search_by(|x| x.as_str().cmp(w))
                            .is_ok()
                    })
                })
        })
    }

    /// Whether a line of text may be a heading of a clearance block: its
    /// last word (any case, before a colon or emphasis) ends one of the
    /// pack's headings. Cheap; [`Wording::is_heading`] decides.
    pub(crate) fn may_be_heading_line(&self, line: &str) -> bool {
        let last = line
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | '_' | '.'))
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        !last.is_empty()
            && self
                .heading_ends
                .iter()
                .any(|e| e.eq_ignore_ascii_case(last))
    }

    /// Whether a normalised title is one of the pack's headings word for
    /// word.
    pub(crate) fn is_listed_heading(&self, title: &str) -> bool {
        !title.is_empty() && self.headings.iter().any(|h| h == title)
    }
}

/// A word that joins those of a post: "of", "and", "for", "the", "&" or a
/// dash.
fn joining_word(w: &str) -> bool {
    ["of", "and", "for", "the", "&", "-", "–", "—"]
        .iter()
        .any(|j| j.eq_ignore_ascii_case(w))
}

/// A word of a post written as a heading: capitalised or a joining word,
/// with no figures and no comma or stop.
fn post_word(w: &str) -> bool {
    (w.chars().next().is_some_and(char::is_uppercase) || joining_word(w))
        && !w
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | ':' | '.' | '?' | '!'))
}

/// A heading's words before a closing bracket ("(LG26/031)", "(Section
/// 151 Officer)"), a colon and a closing "comments" or "advice" (perhaps
/// after "'s"): what [`Wording::role_of_post_heading`] reads as a post.
fn post_heading_head(title: &str) -> Option<&str> {
    let mut head = title.trim().trim_end_matches(':').trim_end();
    if head.ends_with(')') {
        // The bracket that closes the heading, nested brackets inside it.
        let mut depth = 0usize;
        let mut open = None;
        for (i, c) in head.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        head = head[..open?].trim_end();
    }
    for tail in ["comments", "advice"] {
        let cut = head.len().checked_sub(tail.len());
        if let Some(cut) = cut.filter(|&c| head.is_char_boundary(c)) {
            if head[cut..].eq_ignore_ascii_case(tail) && head[..cut].ends_with(' ') {
                head = head[..cut].trim_end();
                head = head
                    .strip_suffix("'s")
                    .or_else(|| head.strip_suffix("’s"))
                    .unwrap_or(head);
                break;
            }
        }
    }
    (!head.is_empty()).then_some(head)
}

/// The role whose pattern matches first in `s`, and where.
pub(crate) fn earliest<'w>(
    roles: &'w [RoleWording],
    s: &str,
    pattern: impl Fn(&RoleWording) -> Option<&Pattern>,
) -> Option<(usize, &'w str)> {
    roles
        .iter()
        .filter_map(|r| Some((pattern(r)?.find(s)?.start(), r.id.as_str())))
        .min_by_key(|(at, _)| *at)
}

/// The most words between a name label's opening words and its last one
/// ("Financial" in "Name of Financial Officer").
const MAX_LABEL_QUALIFIER: usize = 2;

/// Whether `label` (normalised) is one of `labels`, or one with a word or
/// two before its last word ("name of legal officer" for "name of
/// officer").
fn matches_name_label(labels: &[String], label: &str) -> bool {
    if labels.iter().any(|l| l == label) {
        return true;
    }
    let words: Vec<&str> = label.split(' ').collect();
    let Some((last, head)) = words.split_last() else {
        return false;
    };
    (1..=MAX_LABEL_QUALIFIER).any(|q| {
        head.len() > q && {
            let mut w: Vec<&str> = head[..head.len() - q].to_vec();
            w.push(last);
            let short = w.join(" ");
            // (Only a label of several words takes a qualifier: not "name".)
            short.contains(' ') && labels.contains(&short)
        }
    })
}

#[cfg(test)]
mod tests {
    /// The sign-off a heading names by post alone, in the built-in pack.
    fn role(title: &str) -> Option<String> {
        let set = crate::config::default_rule_set();
        let wording = &set.template.clearance;
        wording
            .role_of_post_heading(title)
            .map(|r| wording.roles[r].id.clone())
    }

    #[test]
    fn several_roles_are_named_only_where_two_sign_offs_posts_are() {
        let set = crate::config::default_rule_set();
        let wording = &set.template.clearance;
        for s in [
            "The Chief Finance Officer and the Monitoring Officer have been consulted",
            "The Monitoring Officer and the Section 151 Officer agree",
            "Jo Bloggs, Head of Finance, and Sam Smith, Solicitor",
            "The Chief Finance Officer and the Chief Finance Officer",
            "The Monitoring Officer has been consulted",
            "The Director of Finance has been consulted",
            "The Chief Executive and the Director of Housing agree",
            "",
        ] {
            assert_eq!(
                wording.names_several_roles(s),
                wording.roles_named(s).len() > 1,
                "{s}"
            );
        }
        assert!(wording.names_several_roles(
            "The Chief Finance Officer and the Monitoring Officer have been consulted"
        ));
        // One sign-off's posts twice, or one post, are not two sign-offs.
        assert!(!wording.names_several_roles("The Chief Finance Officer and the Head of Finance"));
        assert!(!wording.names_several_roles("The Monitoring Officer has been consulted"));
    }

    #[test]
    fn a_post_label_without_a_colon_opens_a_post_line() {
        let set = crate::config::default_rule_set();
        let wording = &set.template.clearance;
        let post = |line: &'static str| wording.post_after_label(line).map(|at| &line[at..]);
        assert_eq!(
            post("on behalf of the Section 151 Officer"),
            Some("Section 151 Officer")
        );
        assert_eq!(
            post("On Behalf Of Monitoring Officer"),
            Some("Monitoring Officer")
        );
        assert_eq!(post("Position: Head of Legal"), None);
        assert_eq!(post("Post Head of Legal"), Some("Head of Legal"));
        // A label that is only the line's first letters, or nothing after it.
        assert_eq!(post("Postponed to March"), None);
        assert_eq!(post("on behalf of"), None);
        assert_eq!(post("behalf of the Monitoring Officer"), None);
    }

    #[test]
    fn a_heading_that_is_a_post_names_its_sign_off() {
        for (title, expected) in [
            ("Director of Law and Governance (LG26/031)", "legal"),
            ("Head of Legal and Governance", "legal"),
            ("Strategic Director of Resources (FIN/26/018)", "finance"),
            ("STRATEGIC DIRECTOR OF FINANCE AND GOVERNANCE", "finance"),
            ("Interim Chief Finance Officer", "finance"),
            (
                "Executive Director of Resources (Section 151 Officer)",
                "finance",
            ),
            ("Monitoring Officer's comments", "legal"),
            ("Borough Solicitor advice:", "legal"),
        ] {
            assert_eq!(role(title).as_deref(), Some(expected), "{title}");
        }
    }

    #[test]
    fn a_heading_with_more_than_a_post_names_none() {
        for title in [
            // A sentence or a title about the officer.
            "Report of the Director of Finance",
            "The Director of Finance confirms the budget",
            "Comments from the Monitoring Officer",
            // A name beside the post; a date or figures.
            "Jo Bloggs, Director of Finance",
            "Director of Finance 2025",
            // Posts giving two sign-offs; no post the pack lists.
            "Director of Finance and Legal Services",
            "Assistant Chief Executive – Governance and Assurance",
            "Director of Housing",
            // Too long to be a post.
            "Deputy Director of Finance for Children Adults and Health Services",
        ] {
            assert_eq!(role(title), None, "{title}");
        }
    }

    #[test]
    fn a_heading_may_have_the_shape_of_a_post_the_pack_does_not_list() {
        use super::Wording;
        for title in [
            "Assistant Chief Executive – Governance and Assurance",
            "Strategic Director of Finance",
            "Director of Law (LG26/031)",
            "Chamberlain",
            "Monitoring Officer's comments",
        ] {
            assert!(Wording::is_post_shaped(title), "{title}");
        }
        for title in [
            "The council is required to set a budget",
            "Budget 2026-27",
            "Jo Bloggs, Director of Finance",
            "Advice given on 3 February 2026",
            "Legal implications.",
            "– and –",
            "",
        ] {
            assert!(!Wording::is_post_shaped(title), "{title}");
        }
    }

    #[test]
    fn the_posts_a_heading_names_and_the_advice_headings_are_the_pack_s() {
        let set = crate::config::default_rule_set();
        let wording = &set.template.clearance;
        let named = |s: &str| -> Vec<String> {
            wording
                .roles_named(s)
                .into_iter()
                .map(|r| wording.roles[r].id.clone())
                .collect()
        };
        assert_eq!(named("Strategic Director of Finance"), ["finance"]);
        assert_eq!(
            named("Director of Finance and Monitoring Officer"),
            ["finance", "legal"]
        );
        assert!(named("Assistant Chief Executive – Governance and Assurance").is_empty());
        let advice = |s: &str| wording.is_advice_heading(&super::normalise(s));
        assert!(advice("SUPPLEMENTARY ADVICE FROM OTHER OFFICERS"));
        assert!(advice("Comments of statutory officers:"));
        assert!(advice("Statutory Officer Comments"));
        assert!(!advice("Advice"));
        assert!(!advice(
            "Other officers consulted on the supplementary advice"
        ));
    }

    #[test]
    fn a_heading_s_reference_and_comments_are_set_aside() {
        assert_eq!(
            super::post_heading_head("Director of Law (ref (a) LG/1):"),
            Some("Director of Law")
        );
        assert_eq!(
            super::post_heading_head("Chief Finance Officer’s comments"),
            Some("Chief Finance Officer")
        );
        assert_eq!(
            super::post_heading_head("Finance comments"),
            Some("Finance")
        );
        assert_eq!(super::post_heading_head("(LG26/031)"), None);
        assert_eq!(super::post_heading_head("Director of Law)"), None);
    }
}
