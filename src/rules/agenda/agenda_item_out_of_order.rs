//! # agenda-item-out-of-order
//!
//! ## What it checks
//! In an agenda pack, the items' papers come in the order of their item
//! numbers: the pages under "Agenda Item 6" after those under "Agenda
//! Item 5", and `5a` between them.
//!
//! ## Why it matters
//! Members read a pack in agenda order and find a paper by its item
//! number; an item bound out of order (a late report added at the end, a
//! banner mistyped) is easily missed at the meeting.
//!
//! ## Configuration
//! None.
//!
//! ## Example
//! A pack whose pages run "Agenda Item 5", "Agenda Item 8", "Agenda
//! Item 6" is reported at item 6's agenda entry: "the papers for agenda
//! item 6 come after those for item 8 in the pack".

use crate::rules::{
    agenda, compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule,
};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "agenda-item-out-of-order",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("agenda_item_out_of_order.rs"),
    compile: compile::<OutOfOrder>,
};

struct OutOfOrder;

impl Configure for OutOfOrder {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(OutOfOrder)
    }
}

impl Rule for OutOfOrder {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(items) = cx.pack else {
            return Vec::new();
        };
        let (entries, _) = agenda::read(cx.text, &[]);
        let mut found = Vec::new();
        let mut latest: Option<&str> = None;
        for item in items.iter().filter(|i| !i.number.is_empty()) {
            match latest {
                Some(before) if agenda::order_key(&item.number) < agenda::order_key(before) => {
                    found.push(
                        Finding::new(
                            agenda::place(cx.text, &entries, &item.number),
                            format!(
                                "the papers for agenda item {} come after those for item {before} \
                                 in the pack (page {})",
                                item.number,
                                item.pages.start + 1
                            ),
                        )
                        .label("listed here")
                        .subject(format!("item {}", item.number))
                        .help("put the item's papers in agenda order, or correct its banner"),
                    );
                }
                _ => latest = Some(&item.number),
            }
        }
        found
    }
}
