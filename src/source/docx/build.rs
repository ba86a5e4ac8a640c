//! Reading a part's XML into blocks: paragraphs with their runs, tables,
//! text boxes; tracked changes and comment anchors as marks among the runs.

use quick_xml::events::BytesStart;

use super::blocks::{
    Block, Built, FirstSection, NoteDraft, Para, PlaceholderDraft, RevisionDraft, Row, RunProps,
    Seg, SymbolFont, Table,
};
use super::xml::{attr, is_change, on_off, Ev, Ns, Xml};
use super::{DocxError, Limits, RevisionKind};

#[derive(Debug, Default)]
pub(super) struct Container {
    pub(super) blocks: Vec<Block>,
    /// A paragraph whose mark was deleted, waiting to join the next one.
    pub(super) carry: Option<Para>,
}

impl Container {
    pub(super) fn close(mut self) -> Vec<Block> {
        if let Some(p) = self.carry.take() {
            self.blocks.push(Block::Para(p));
        }
        self.blocks
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    Transparent,
    Para,
    PPr,
    PMark,
    Run,
    RPr,
    Text,
    DelText,
    Rev {
        deleting: bool,
    },
    Table,
    Row,
    TrPr,
    Cell,
    TextBox,
    Alt {
        taken: bool,
    },
    /// The first section's settings (`w:sectPr`).
    SectPr,
    /// A footnote or endnote in the notes part.
    Note,
    /// A legacy form field's settings (`w:ffData`) and its check box.
    FfData,
    CheckBox,
    /// A content control (`w:sdt`), by its index in `Builder::sdts`; it
    /// wraps runs, paragraphs, rows or cells as a transparent frame does.
    Sdt(usize),
    /// Its settings (`w:sdtPr`).
    SdtPr(usize),
    /// A cell's properties (`w:tcPr`).
    TcPr,
}

pub(super) struct Builder<'r> {
    pub(super) frames: Vec<Frame>,
    pub(super) paras: Vec<Para>,
    pub(super) containers: Vec<Container>,
    pub(super) tables: Vec<Table>,
    pub(super) props: Vec<RunProps>,
    pub(super) runs: Vec<usize>,
    pub(super) revs: Vec<usize>,
    pub(super) deleting: usize,
    pub(super) revisions: &'r mut Vec<RevisionDraft>,
    /// Marks found outside any paragraph: given to the next one.
    pub(super) pending: Vec<Seg>,
    pub(super) next_index: usize,
    pub(super) rendered_breaks: bool,
    pub(super) first_section: Option<FirstSection>,
    pub(super) notes: Vec<NoteDraft>,
    /// Where the open note's revisions begin.
    pub(super) note_start: Option<(String, usize)>,
    /// The legacy check box being read: (`w:default`, `w:checked`).
    pub(super) check_box: (bool, Option<bool>),
    /// Content controls met: (showing its placeholder, title).
    pub(super) sdts: Vec<(bool, Option<String>)>,
    pub(super) part: String,
    pub(super) placeholders: Vec<PlaceholderDraft>,
}

pub(super) const MAX_DELETED_CHARS: usize = 200;

pub(super) fn build_blocks(
    xml: &str,
    part: &str,
    limits: &Limits,
    revisions: &mut Vec<RevisionDraft>,
) -> Result<Built, DocxError> {
    let mut x = Xml::new(xml, part, limits.depth);
    let mut b = Builder {
        frames: Vec::new(),
        paras: Vec::new(),
        containers: vec![Container::default()],
        tables: Vec::new(),
        props: vec![RunProps::default()],
        runs: Vec::new(),
        revs: Vec::new(),
        deleting: 0,
        revisions,
        pending: Vec::new(),
        next_index: 0,
        rendered_breaks: false,
        first_section: None,
        notes: Vec::new(),
        note_start: None,
        check_box: (false, None),
        sdts: Vec::new(),
        part: part.to_string(),
        placeholders: Vec::new(),
    };
    // Depth inside an element whose content is not read, and the depth of
    // the formatting change being skipped, if any.
    let mut skip = 0usize;
    let mut change_at: Option<usize> = None;
    loop {
        match x.next()? {
            Ev::Start(ns, e) => {
                if skip > 0 {
                    skip += 1;
                } else if !b.start(ns, &e) {
                    skip = 1;
                }
                // A formatting change anywhere (even in table properties)
                // is a tracked change; its content is the old formatting.
                if skip > 0
                    && change_at.is_none()
                    && ns == Ns::W
                    && is_change(e.local_name().as_ref().as_bytes())
                {
                    b.formatting_change(&e);
                    change_at = Some(skip);
                }
            }
            Ev::End => {
                if skip > 0 {
                    if change_at == Some(skip) {
                        change_at = None;
                    }
                    skip -= 1;
                } else {
                    b.end();
                }
            }
            Ev::Text(t) => {
                if skip == 0 {
                    b.text(&t);
                }
            }
            Ev::Eof => break,
        }
    }
    let truncated = x.depth > 0;
    // Unclosed elements in a damaged part: close what is open.
    while !b.frames.is_empty() {
        b.end();
    }
    let mut blocks = Vec::new();
    for c in b.containers.drain(..).rev() {
        let mut closed = c.close();
        closed.append(&mut blocks);
        blocks = closed;
    }
    if !b.pending.is_empty() {
        let mut p = Para {
            index: b.next_index + 1,
            ..Para::default()
        };
        p.segs.append(&mut b.pending);
        blocks.push(Block::Para(p));
    }
    Ok(Built {
        blocks,
        props: b.props,
        rendered_breaks: b.rendered_breaks,
        first_section: b.first_section,
        notes: b.notes,
        placeholders: b.placeholders,
        truncated,
    })
}

impl Builder<'_> {
    pub(super) fn parent(&self) -> Option<Frame> {
        self.frames.last().copied()
    }

    /// The innermost frame that is not transparent (content controls,
    /// hyperlinks, alternate content and the like wrap runs, rows and cells).
    pub(super) fn nearest(&self) -> Option<Frame> {
        self.frames
            .iter()
            .rev()
            .find(|f| !matches!(f, Frame::Transparent | Frame::Alt { .. } | Frame::Sdt(_)))
            .copied()
    }

    pub(super) fn push_seg(&mut self, seg: Seg) {
        match self.paras.last_mut() {
            Some(p) => p.segs.push(seg),
            None => self.pending.push(seg),
        }
    }

    pub(super) fn new_revision(&mut self, kind: RevisionKind, e: &BytesStart<'_>) -> usize {
        self.revisions.push(RevisionDraft {
            kind,
            author: attr(e, b"author"),
            deleted: String::new(),
        });
        self.revisions.len() - 1
    }

    pub(super) fn formatting_change(&mut self, e: &BytesStart<'_>) {
        let rev = self.new_revision(RevisionKind::Formatting, e);
        self.push_seg(Seg::Mark(rev));
    }

    /// Handles a start tag; `false` to skip the element's content.
    pub(super) fn start(&mut self, ns: Ns, e: &BytesStart<'_>) -> bool {
        let local = e.local_name();
        let local = local.as_ref().as_bytes();
        let parent = self.parent();
        if ns == Ns::Mc {
            let frame = match local {
                b"AlternateContent" => Frame::Alt { taken: false },
                b"Choice" | b"Fallback" => match parent {
                    // The first branch only: the others repeat it for older readers.
                    Some(Frame::Alt { taken: false }) => {
                        if let Some(Frame::Alt { taken }) = self.frames.last_mut() {
                            *taken = true;
                        }
                        Frame::Transparent
                    }
                    Some(Frame::Alt { taken: true }) => return false,
                    _ => Frame::Transparent,
                },
                _ => Frame::Transparent,
            };
            self.frames.push(frame);
            return true;
        }
        if ns != Ns::W {
            // Drawings, VML, math: look inside for text boxes only.
            self.frames.push(Frame::Transparent);
            return true;
        }
        if is_change(local) {
            return false;
        }
        let near = self.nearest();
        let frame = match near {
            Some(Frame::PPr) => match local {
                b"pStyle" => {
                    if let Some(p) = self.paras.last_mut() {
                        p.style = attr(e, b"val");
                    }
                    return false;
                }
                b"numPr" => Frame::Transparent,
                b"ilvl" | b"numId" => {
                    if let Some(p) = self.paras.last_mut() {
                        if local == b"ilvl" {
                            p.ilvl = attr(e, b"val").and_then(|v| v.parse().ok());
                        } else {
                            p.num_id = attr(e, b"val");
                        }
                    }
                    return false;
                }
                b"rPr" => Frame::PMark,
                b"pageBreakBefore" => {
                    if let Some(p) = self.paras.last_mut() {
                        p.page_break_before = on_off(e);
                    }
                    return false;
                }
                b"outlineLvl" => {
                    if let Some(p) = self.paras.last_mut() {
                        p.outline = attr(e, b"val").and_then(|v| v.parse().ok());
                    }
                    return false;
                }
                b"sectPr" => return self.section(),
                _ => return false,
            },
            // A legacy form check box (FORMCHECKBOX): its state, shown as
            // Word shows it, a crossed or an empty box.
            Some(Frame::FfData) => {
                if local == b"checkBox" {
                    self.check_box = (false, None);
                    Frame::CheckBox
                } else {
                    return false;
                }
            }
            Some(Frame::CheckBox) => {
                match local {
                    b"default" => self.check_box.0 = on_off(e),
                    b"checked" => self.check_box.1 = Some(on_off(e)),
                    _ => {}
                }
                return false;
            }
            Some(Frame::TcPr) => {
                if local == b"vMerge" && attr(e, b"val").is_none_or(|v| v == "continue") {
                    if let Some(m) = self
                        .tables
                        .last_mut()
                        .and_then(|t| t.rows.last_mut())
                        .and_then(|r| r.merged_up.last_mut())
                    {
                        *m = true;
                    }
                }
                return false;
            }
            Some(Frame::SdtPr(k)) => {
                if let Some((placeholder, title)) = self.sdts.get_mut(k) {
                    match local {
                        b"showingPlcHdr" => *placeholder = on_off(e),
                        b"alias" => *title = attr(e, b"val").or(title.take()),
                        b"tag" if title.is_none() => *title = attr(e, b"val"),
                        _ => {}
                    }
                }
                return false;
            }
            Some(Frame::SectPr) => {
                if let Some(s) = self.first_section.as_mut() {
                    match local {
                        b"headerReference" => {
                            if let Some(id) = attr(e, b"id") {
                                let kind = attr(e, b"type").unwrap_or_else(|| "default".into());
                                s.headers.push((kind, id));
                            }
                        }
                        b"titlePg" => s.title_page = on_off(e),
                        _ => {}
                    }
                }
                return false;
            }
            Some(Frame::PMark) => {
                if let Some(kind) = RevisionKind::of_element(local) {
                    let rev = self.new_revision(kind, e);
                    self.push_seg(Seg::Mark(rev));
                    if kind.removes() {
                        if let Some(p) = self.paras.last_mut() {
                            p.mark_deleted = true;
                        }
                    }
                }
                return false;
            }
            Some(Frame::RPr) => {
                if let Some(&i) = self.runs.last() {
                    let props = &mut self.props[i];
                    match local {
                        b"b" => props.bold = Some(on_off(e)),
                        b"caps" => props.caps = Some(on_off(e)),
                        b"rStyle" => props.style = attr(e, b"val"),
                        b"vanish" => props.hidden = on_off(e),
                        b"vertAlign" => {
                            props.superscript = attr(e, b"val").as_deref() == Some("superscript")
                        }
                        b"rFonts" => {
                            props.symbols = [b"ascii".as_slice(), b"hAnsi"]
                                .iter()
                                .find_map(|k| attr(e, k).and_then(|f| SymbolFont::named(&f)))
                        }
                        _ => {}
                    }
                }
                return false;
            }
            Some(Frame::TrPr) => {
                if matches!(local, b"ins" | b"del") {
                    let deleted = local == b"del";
                    let kind = if deleted {
                        RevisionKind::Deletion
                    } else {
                        RevisionKind::Insertion
                    };
                    let rev = self.new_revision(kind, e);
                    if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        row.deleted |= deleted;
                        row.rev = Some(rev);
                    }
                }
                return false;
            }
            _ => match local {
                b"p" => {
                    self.next_index += 1;
                    let mut p = Para {
                        index: self.next_index,
                        ..Para::default()
                    };
                    p.segs.append(&mut self.pending);
                    self.paras.push(p);
                    Frame::Para
                }
                b"pPr" if near == Some(Frame::Para) => Frame::PPr,
                b"r" => {
                    self.props.push(RunProps::default());
                    self.runs.push(self.props.len() - 1);
                    Frame::Run
                }
                b"rPr" if near == Some(Frame::Run) => Frame::RPr,
                b"t" if near == Some(Frame::Run) => Frame::Text,
                b"delText" => Frame::DelText,
                b"tab" | b"ptab" if near == Some(Frame::Run) => {
                    if self.deleting == 0 {
                        let rev = self.inserting();
                        self.push_seg(Seg::Tab { rev });
                    }
                    return false;
                }
                b"br" | b"cr" if near == Some(Frame::Run) => {
                    if self.deleting == 0 {
                        let seg = match attr(e, b"type").as_deref() {
                            Some("page") => Seg::PageBreak,
                            _ => Seg::Break,
                        };
                        self.push_seg(seg);
                    }
                    return false;
                }
                b"sym" if near == Some(Frame::Run) => {
                    // A symbol inserted from a font: keep ticks and boxes.
                    let font = attr(e, b"font").and_then(|f| SymbolFont::named(&f));
                    let code = attr(e, b"char")
                        .and_then(|c| u32::from_str_radix(&c, 16).ok())
                        .and_then(char::from_u32);
                    if let Some(c) = font.zip(code).and_then(|(f, c)| f.map(c)) {
                        self.run_text(c.encode_utf8(&mut [0; 4]));
                    }
                    return false;
                }
                b"noBreakHyphen" if near == Some(Frame::Run) => {
                    self.run_text("-");
                    return false;
                }
                b"lastRenderedPageBreak" => {
                    self.rendered_breaks = true;
                    self.push_seg(Seg::RenderedPageBreak);
                    return false;
                }
                b"ins" | b"moveTo" | b"del" | b"moveFrom" => {
                    let kind = RevisionKind::of_element(local).expect("matched above");
                    let rev = self.new_revision(kind, e);
                    self.revs.push(rev);
                    if kind.removes() {
                        self.push_seg(Seg::Mark(rev));
                        self.deleting += 1;
                    }
                    Frame::Rev {
                        deleting: kind.removes(),
                    }
                }
                b"commentRangeStart" => {
                    self.push_seg(Seg::CommentStart(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"commentRangeEnd" => {
                    self.push_seg(Seg::CommentEnd(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"commentReference" => {
                    self.push_seg(Seg::CommentRef(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"tbl" => {
                    self.tables.push(Table::default());
                    Frame::Table
                }
                b"tr" if near == Some(Frame::Table) => {
                    if let Some(t) = self.tables.last_mut() {
                        t.rows.push(Row::default());
                    }
                    Frame::Row
                }
                b"trPr" if near == Some(Frame::Row) => Frame::TrPr,
                b"tcPr" if near == Some(Frame::Cell) => Frame::TcPr,
                b"tc" if near == Some(Frame::Row) => {
                    if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        row.merged_up.push(false);
                    }
                    self.containers.push(Container::default());
                    Frame::Cell
                }
                b"txbxContent" => {
                    self.containers.push(Container::default());
                    Frame::TextBox
                }
                b"sectPr" => return self.section(),
                b"ffData" if near == Some(Frame::Run) => Frame::FfData,
                b"sdt" => {
                    self.sdts.push((false, None));
                    Frame::Sdt(self.sdts.len() - 1)
                }
                b"sdtPr" => match parent {
                    Some(Frame::Sdt(k)) => Frame::SdtPr(k),
                    _ => return false,
                },
                b"sdtContent" => {
                    if let Some(Frame::Sdt(k)) = parent {
                        if self.sdts[k].0 {
                            let id = format!("{}#{k}", self.part);
                            self.placeholders.push(PlaceholderDraft {
                                id: id.clone(),
                                title: self.sdts[k].1.clone(),
                            });
                            self.push_seg(Seg::PlaceholderStart(id));
                        }
                    }
                    Frame::Transparent
                }
                b"footnoteReference" | b"endnoteReference" if near == Some(Frame::Run) => {
                    if self.deleting == 0 {
                        if let Some(id) = attr(e, b"id") {
                            let endnote = local == b"endnoteReference";
                            self.push_seg(Seg::NoteRef { endnote, id });
                        }
                    }
                    return false;
                }
                // A note of the footnotes or endnotes part; not the
                // separator lines Word keeps there (they have a type).
                b"footnote" | b"endnote" if self.note_start.is_none() => {
                    if attr(e, b"type").is_some_and(|t| t != "normal") {
                        return false;
                    }
                    let id = attr(e, b"id").unwrap_or_default();
                    self.note_start = Some((id, self.revisions.len()));
                    self.next_index = 0;
                    self.containers.push(Container::default());
                    Frame::Note
                }
                // Properties, field instructions, content-control settings:
                // nothing to read inside.
                b"pPr" | b"rPr" | b"tblPr" | b"tblGrid" | b"tcPr" | b"tblPrEx" | b"instrText"
                | b"delInstrText" | b"sdtEndPr" | b"fldData" | b"ffData" | b"footnoteReference"
                | b"endnoteReference" | b"headerReference" | b"footerReference" | b"background"
                | b"docPartPr" => return false,
                _ => Frame::Transparent,
            },
        };
        self.frames.push(frame);
        true
    }

    /// A `w:sectPr` starts: the first one is read (for its page headers),
    /// later ones are skipped.
    pub(super) fn section(&mut self) -> bool {
        if self.first_section.is_some() {
            return false;
        }
        self.first_section = Some(FirstSection::default());
        self.frames.push(Frame::SectPr);
        true
    }

    /// The insertion the current text belongs to, if any.
    pub(super) fn inserting(&self) -> Option<usize> {
        self.revs.last().copied()
    }

    pub(super) fn run_text(&mut self, text: &str) {
        if self.deleting > 0 {
            if let Some(&rev) = self.revs.last() {
                let d = &mut self.revisions[rev].deleted;
                if d.chars().count() < MAX_DELETED_CHARS {
                    d.extend(text.chars().take(MAX_DELETED_CHARS));
                }
            }
            return;
        }
        let run = self.runs.last().copied().unwrap_or(0);
        let rev = self.inserting();
        // Line ends and control characters inside a text node are spaces.
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if let Some(Seg::Text {
            text,
            run: r,
            rev: v,
        }) = self.paras.last_mut().and_then(|p| p.segs.last_mut())
        {
            if *r == run && *v == rev {
                text.push_str(&clean);
                return;
            }
        }
        if !self.paras.is_empty() {
            self.push_seg(Seg::Text {
                text: clean,
                run,
                rev,
            });
        }
    }

    pub(super) fn text(&mut self, t: &str) {
        match self.parent() {
            Some(Frame::Text) => self.run_text(t),
            Some(Frame::DelText) if self.deleting > 0 => self.run_text(t),
            _ => {}
        }
    }

    pub(super) fn end(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Para => {
                let Some(mut p) = self.paras.pop() else {
                    return;
                };
                let container = self.containers.last_mut().expect("the part's container");
                if let Some(mut carried) = container.carry.take() {
                    // The earlier paragraph's mark was deleted: its text
                    // begins this one, which keeps its own properties.
                    carried.segs.append(&mut p.segs);
                    p.segs = carried.segs;
                    carried.boxes.append(&mut p.boxes);
                    p.boxes = carried.boxes;
                    p.index = carried.index;
                }
                if p.mark_deleted {
                    container.carry = Some(p);
                } else {
                    container.blocks.push(Block::Para(p));
                }
            }
            Frame::Run => {
                self.runs.pop();
            }
            Frame::Rev { deleting } => {
                self.revs.pop();
                if deleting {
                    self.deleting = self.deleting.saturating_sub(1);
                }
            }
            Frame::Table => {
                if let Some(t) = self.tables.pop() {
                    self.containers
                        .last_mut()
                        .expect("the part's container")
                        .blocks
                        .push(Block::Table(t));
                }
            }
            Frame::Cell if self.containers.len() > 1 => {
                let blocks = self.containers.pop().expect("checked").close();
                if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    row.cells.push(blocks);
                }
            }
            Frame::Sdt(k) if self.sdts[k].0 => {
                let id = format!("{}#{k}", self.part);
                if self.placeholders.iter().any(|p| p.id == id) {
                    self.push_seg(Seg::PlaceholderEnd(id));
                }
            }
            Frame::CheckBox => {
                let (default, checked) = self.check_box;
                let shown = if checked.unwrap_or(default) {
                    "\u{2612}"
                } else {
                    "\u{2610}"
                };
                self.run_text(shown);
            }
            Frame::Note if self.containers.len() > 1 => {
                let blocks = self.containers.pop().expect("checked").close();
                if let Some((id, first)) = self.note_start.take() {
                    self.notes.push(NoteDraft {
                        id,
                        blocks,
                        revisions: first..self.revisions.len(),
                    });
                }
            }
            Frame::TextBox if self.containers.len() > 1 => {
                let mut blocks = self.containers.pop().expect("checked").close();
                match self.paras.last_mut() {
                    Some(p) => p.boxes.append(&mut blocks),
                    None => self
                        .containers
                        .last_mut()
                        .expect("the part's container")
                        .blocks
                        .append(&mut blocks),
                }
            }
            _ => {}
        }
    }
}
