//! XML events: empty elements expanded, only predefined entities and
//! character references resolved (no DTD is ever read), depth capped.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

use super::DocxError;

/// The namespaces paperlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    /// WordprocessingML, transitional or strict.
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    Other,
}

pub(super) fn ns_of(uri: &[u8]) -> Ns {
    match uri {
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        | b"http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
        b"http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
        _ => Ns::Other,
    }
}

pub(super) enum Ev<'x> {
    Start(Ns, BytesStart<'x>),
    End,
    Text(Cow<'x, str>),
    Eof,
}

/// XML events with empty elements expanded, entity references resolved
/// (predefined ones and character references only) and depth capped.
pub(super) struct Xml<'x> {
    pub(super) reader: NsReader<&'x [u8]>,
    pub(super) depth: usize,
    pub(super) max_depth: usize,
    pub(super) part: &'x str,
}

impl<'x> Xml<'x> {
    pub(super) fn new(xml: &'x str, part: &'x str, max_depth: usize) -> Self {
        let mut reader = NsReader::from_str(xml);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.trim_text(false);
        Xml {
            reader,
            depth: 0,
            max_depth,
            part,
        }
    }

    pub(super) fn next(&mut self) -> Result<Ev<'x>, DocxError> {
        loop {
            let (res, event) = match self.reader.read_resolved_event() {
                Ok((res, event)) => {
                    let ns = match res {
                        ResolveResult::Bound(Namespace(uri)) => ns_of(uri.as_bytes()),
                        _ => Ns::Other,
                    };
                    (ns, event)
                }
                Err(error) => {
                    return Err(DocxError::Malformed {
                        part: self.part.to_string(),
                        at: self.reader.error_position(),
                        error,
                    })
                }
            };
            match event {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > self.max_depth {
                        return Err(DocxError::TooDeep {
                            part: self.part.to_string(),
                            limit: self.max_depth,
                        });
                    }
                    return Ok(Ev::Start(res, e));
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Ev::End);
                }
                Event::Text(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::CData(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::GeneralRef(r) => {
                    let text = if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            _ => continue,
                        }
                    } else {
                        match &*r {
                            "amp" => "&".to_string(),
                            "lt" => "<".to_string(),
                            "gt" => ">".to_string(),
                            "quot" => "\"".to_string(),
                            "apos" => "'".to_string(),
                            // Never expanded: no DTD is read.
                            _ => continue,
                        }
                    };
                    return Ok(Ev::Text(Cow::Owned(text)));
                }
                Event::Eof => return Ok(Ev::Eof),
                _ => continue,
            }
        }
    }

    /// Skips the rest of the element just started.
    pub(super) fn skip(&mut self) -> Result<(), DocxError> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()? {
                Ev::Start(..) => depth += 1,
                Ev::End => depth -= 1,
                Ev::Eof => break,
                Ev::Text(_) => {}
            }
        }
        Ok(())
    }
}

/// An attribute's value by local name (`w:val` → `val`).
pub(super) fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref().as_bytes() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(Cow::into_owned)
        })
}

/// An on/off property: `<w:b/>`, `<w:b w:val="0"/>`.
pub(super) fn on_off(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

pub(super) fn is_change(local: &[u8]) -> bool {
    local.ends_with(b"Change")
}
