//! JUnit XML (`--format junit`): one testsuite per paper, one failing
//! testcase per finding (a paper with none has one passing testcase), for
//! CI systems that show test reports.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

use super::record::Record;

/// Writes the report; `papers` lists every paper checked, in order.
pub(crate) fn write(
    out: &mut dyn Write,
    records: &[Record],
    papers: &[String],
) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    let io = |e: quick_xml::Error| std::io::Error::other(e.to_string());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let failures = records.len();
    let tests: usize = papers
        .iter()
        .map(|p| records.iter().filter(|r| &r.path == p).count().max(1))
        .sum();
    let mut root = BytesStart::new("testsuites");
    root.push_attribute(("name", "paperlint"));
    root.push_attribute(("tests", tests.to_string().as_str()));
    root.push_attribute(("failures", failures.to_string().as_str()));
    w.write_event(Event::Start(root))
        .map_err(|e| io(e.into()))?;
    let mut at = 0;
    for paper in papers {
        let start = at;
        while at < records.len() && &records[at].path == paper {
            at += 1;
        }
        let found = &records[start..at];
        let mut suite = BytesStart::new("testsuite");
        suite.push_attribute(("name", paper.as_str()));
        suite.push_attribute(("tests", found.len().max(1).to_string().as_str()));
        suite.push_attribute(("failures", found.len().to_string().as_str()));
        w.write_event(Event::Start(suite))
            .map_err(|e| io(e.into()))?;
        if found.is_empty() {
            let mut case = BytesStart::new("testcase");
            case.push_attribute(("name", "paperlint"));
            case.push_attribute(("classname", paper.as_str()));
            w.write_event(Event::Empty(case))
                .map_err(|e| io(e.into()))?;
        }
        for r in found {
            let mut case = BytesStart::new("testcase");
            let name = format!("{} (line {})", r.rule, r.line);
            case.push_attribute(("name", name.as_str()));
            case.push_attribute(("classname", paper.as_str()));
            w.write_event(Event::Start(case))
                .map_err(|e| io(e.into()))?;
            let mut failure = BytesStart::new("failure");
            failure.push_attribute(("message", r.message.as_str()));
            failure.push_attribute(("type", r.severity.as_str()));
            w.write_event(Event::Start(failure))
                .map_err(|e| io(e.into()))?;
            let body = format!(
                "{}:{}:{}: {} [{}] {}",
                r.path, r.line, r.column, r.severity, r.rule, r.message
            );
            w.write_event(Event::Text(BytesText::new(&body)))
                .map_err(|e| io(e.into()))?;
            w.write_event(Event::End(BytesEnd::new("failure")))
                .map_err(|e| io(e.into()))?;
            w.write_event(Event::End(BytesEnd::new("testcase")))
                .map_err(|e| io(e.into()))?;
        }
        w.write_event(Event::End(BytesEnd::new("testsuite")))
            .map_err(|e| io(e.into()))?;
    }
    w.write_event(Event::End(BytesEnd::new("testsuites")))
        .map_err(|e| io(e.into()))?;
    writeln!(w.get_mut())
}
