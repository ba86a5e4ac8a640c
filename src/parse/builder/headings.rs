//! Headings: ATX headings and adding a heading to the section tree.

use super::*;

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn atx(&mut self, i: usize, level: u8, title: Span) {
        let raw = title.of(self.text);
        let style = if is_bold_wrapped(raw) {
            HeadingStyle::Bold
        } else {
            HeadingStyle::Atx
        };
        // "## 1. Purpose", "### **1. Purpose**": the number belongs to the heading.
        let (number, title) = split_heading_number(raw, title);
        let heading = self.lines[i].content_span();
        let is_first = self.doc.sections.is_empty();
        let top = number
            .as_deref()
            .filter(|n| !n.contains('.'))
            .and_then(|n| n.parse::<u32>().ok());
        let id = self.add_heading(style, level, number, title, heading);
        if let Some(top) = top {
            self.note_number(top, heading.start);
        }
        if is_first && level == self.min_atx && self.doc.title.is_none() {
            self.doc.title = Some(TextItem {
                text: self.doc.sections[id].title.clone(),
                span: self.doc.sections[id].title_span,
            });
        }
    }

    pub(super) fn add_heading(
        &mut self,
        style: HeadingStyle,
        hint: u8,
        number: Option<String>,
        title: Span,
        heading: Span,
    ) -> SectionId {
        self.close_paragraph();
        self.last_closed = None;
        self.preamble = false;
        self.after_sub_paragraph = false;
        let base = if self.under_section_labels { 2 } else { 1 };
        let top = self.stack.last().map(|&s| &self.doc.sections[s]);
        let level = match style {
            HeadingStyle::SectionLabel => 1,
            HeadingStyle::Numbered => base + hint.saturating_sub(1),
            HeadingStyle::Atx => base + hint.saturating_sub(self.min_atx),
            HeadingStyle::Bold | HeadingStyle::Standalone => match top {
                Some(t) if matches!(t.style, HeadingStyle::Numbered | HeadingStyle::Atx) => {
                    t.level + 1
                }
                _ => base,
            },
            HeadingStyle::Capitals => base,
        }
        .min(number::MAX_DEPTH as u8);
        if style == HeadingStyle::SectionLabel {
            self.under_section_labels = true;
        }
        while let Some(&top) = self.stack.last() {
            if self.doc.sections[top].level >= level {
                self.stack.pop();
            } else {
                break;
            }
        }
        let parent = self.stack.last().copied();
        let raw_title = title.of(self.text);
        let clean = inline::trimmed_in_place(plain(raw_title), |t| {
            t.trim().trim_end_matches(':').trim_end()
        });
        let (title_at, title_kept) = inline::trim_markup(raw_title);
        let id = self.doc.sections.len();
        self.doc.sections.push(Section {
            title: clean,
            title_span: Span::new(
                title.start + title_at,
                title.start + title_at + title_kept.len(),
            ),
            number,
            level,
            style,
            heading,
            span: heading,
            paragraphs: Vec::new(),
            children: Vec::new(),
            parent,
            part: 0,
        });
        match parent {
            Some(p) => self.doc.sections[p].children.push(id),
            None => self.doc.roots.push(id),
        }
        self.stack.push(id);
        // A part begins at the first heading after the last number, but not
        // at a list of the appendices (which belongs to the cover report).
        let appendix_list = is_appendix_list(&self.doc.sections[id].title);
        self.appendix_lists.push(appendix_list);
        if self.heading_after_number.is_none() && !appendix_list {
            self.heading_after_number = Some((heading.start, id));
        }
        id
    }
}
