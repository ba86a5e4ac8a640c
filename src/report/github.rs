//! GitHub Actions workflow commands (`--format github`): one
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
//! line per finding, which GitHub shows as an annotation on the pull request.

use std::io::Write;

use super::record::Record;
use crate::diagnostic::Severity;

/// Escapes a workflow command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one annotation per finding.
pub(crate) fn write(out: &mut dyn Write, records: &[Record]) -> std::io::Result<()> {
    for r in records {
        let command = match r.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&r.path),
            r.line,
            r.column,
            r.end_line,
            r.end_column,
            escape_property(&format!("paperlint {}", r.rule)),
            escape_data(&r.message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_and_messages_are_escaped() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("one\ntwo: 50%"), "one%0Atwo: 50%25");
    }
}
