use super::*;

fn titles(doc: &Document) -> Vec<(u8, String)> {
    doc.sections
        .iter()
        .map(|s| (s.level, s.title.clone()))
        .collect()
}

#[test]
fn a_numbered_sentence_is_a_paragraph() {
    let doc = parse("**PURPOSE**\n\n1. The purpose of this report is to update Members.\n");
    assert_eq!(titles(&doc), [(1, "PURPOSE".to_string())]);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].number.as_ref().unwrap().label, "1");
}
