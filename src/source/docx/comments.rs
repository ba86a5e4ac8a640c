//! Comments (`comments.xml`): each comment's id, author and text.

use super::xml::{attr, Ev, Ns, Xml};
use super::{DocxError, Limits};

pub(super) fn parse_comments(
    xml: &str,
    part: &str,
    limits: &Limits,
) -> Result<Vec<(String, Option<String>, String)>, DocxError> {
    let mut x = Xml::new(xml, part, limits.depth);
    let mut out = Vec::new();
    let mut current: Option<(String, Option<String>, String)> = None;
    let mut open: Vec<Vec<u8>> = Vec::new();
    loop {
        match x.next()? {
            Ev::Start(ns, e) => {
                let local = e.local_name().as_ref().as_bytes().to_vec();
                match (ns, local.as_slice()) {
                    (Ns::W, b"comment") => {
                        current = Some((
                            attr(&e, b"id").unwrap_or_default(),
                            attr(&e, b"author"),
                            String::new(),
                        ))
                    }
                    (Ns::W, b"p") => {
                        if let Some((_, _, t)) = current.as_mut() {
                            if !t.is_empty() && !t.ends_with(' ') {
                                t.push(' ');
                            }
                        }
                    }
                    (Ns::W, b"del" | b"moveFrom" | b"instrText") => {
                        x.skip()?;
                        continue;
                    }
                    _ => {}
                }
                open.push(local);
            }
            Ev::Text(t) => {
                if open.last().is_some_and(|n| n == b"t") {
                    if let Some((_, _, text)) = current.as_mut() {
                        text.push_str(&t);
                    }
                }
            }
            Ev::End => {
                if open.pop().as_deref() == Some(b"comment") {
                    if let Some((id, author, text)) = current.take() {
                        out.push((
                            id,
                            author,
                            text.split_whitespace().collect::<Vec<_>>().join(" "),
                        ));
                    }
                }
            }
            Ev::Eof => return Ok(out),
        }
    }
}
