//! `report.html`: one self-contained page a reviewer works through: totals, then every
//! record with a warning or error beside its raw source lines, then the dropped text.
//!
//! Built incrementally ([`ReportBuilder`]) so a run over thousands of documents never holds
//! more than one chunk of records: sections are rendered as documents arrive, totals at
//! the end.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

use normalizer::{Finding, Record, Severity};

use crate::RunOutput;

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    push_escaped_str(&mut o, s);
    o
}

/// Appends `s` escaped, copying the runs between special characters whole.
fn push_escaped_str(o: &mut String, s: &str) {
    // Most text holds no special character: one branch-free pass (it vectorizes) says so.
    if !s.bytes().fold(false, |any, b| any | matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        o.push_str(s);
        return;
    }
    let mut rest = s;
    // The special characters are ASCII: a byte position is a char boundary.
    while let Some(i) = rest.bytes().position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        o.push_str(&rest[..i]);
        let c = rest[i..].chars().next().unwrap_or(' ');
        push_escaped(o, c);
        rest = &rest[i + c.len_utf8()..];
    }
    o.push_str(rest);
}

/// Appends a number in decimal (`itoa`: no formatting machinery per number).
fn push_num(o: &mut String, n: impl itoa::Integer) {
    o.push_str(itoa::Buffer::new().format(n));
}

fn push_escaped(o: &mut String, c: char) {
    match c {
        '&' => o.push_str("&amp;"),
        '<' => o.push_str("&lt;"),
        '>' => o.push_str("&gt;"),
        '"' => o.push_str("&quot;"),
        '\'' => o.push_str("&#39;"),
        _ => o.push(c),
    }
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}\
.error{color:#a00}.warning{color:#a60}.info{color:#555}pre{background:#f6f6f6;padding:.4em;white-space:pre-wrap;margin:0}\
details{margin:.3em 0}summary{cursor:pointer}mark{background:#ffe08a}.rec{border-left:4px solid #ccc;padding-left:.6em;margin:.6em 0}";

/// Escapes a cleaned value and marks (`<mark>`) the characters that are not in its raw
/// source lines: what tablemend added or changed (inherited names, corrections, area codes
/// of shorthand numbers). Without source lines everything counts as unchanged.
pub fn mark_changes(value: &str, raw: &str) -> String {
    // Raw lines are short: a sorted list beats hashing every character.
    let mut have: Vec<char> = raw.chars().collect();
    have.sort_unstable();
    have.dedup();
    let mut out = String::with_capacity(value.len() + 16);
    push_marked(&mut out, value, &have);
    out
}

/// [`mark_changes`] into a buffer, against the raw characters sorted and deduplicated.
fn push_marked(out: &mut String, value: &str, have: &[char]) {
    if have.is_empty() {
        push_escaped_str(out, value);
        return;
    }
    let mut open = false;
    for c in value.chars() {
        let changed = !c.is_whitespace() && have.binary_search(&c).is_err() && !matches!(c, '(' | ')' | '-' | ';' | '/' | ',');
        if changed != open {
            out.push_str(if changed { "<mark>" } else { "</mark>" });
            open = changed;
        }
        push_escaped(out, c);
    }
    if open {
        out.push_str("</mark>");
    }
}

/// Review sections beyond this many bytes go to an anonymous temporary file, so a run
/// over thousands of documents holds one chunk's sections in memory, not the whole report.
const SPILL_BYTES: usize = 4 << 20;

/// Characters of a source line shown beside each record read from it: a longer line is
/// cut there, with how much was left out (a line of a thousand records printed beside each
/// of them made a report of hundreds of megabytes).
const REPORT_LINE_CHARS: usize = 2000;

/// A source line, escaped, cut after [`REPORT_LINE_CHARS`] characters.
fn push_line(h: &mut String, raw: &str) {
    match raw.char_indices().nth(REPORT_LINE_CHARS) {
        None => push_escaped_str(h, raw),
        Some((cut, _)) => {
            push_escaped_str(h, &raw[..cut]);
            let _ = write!(h, " … ({} more characters)", raw[cut..].chars().count());
        }
    }
}

/// Moves rendered sections to the spill file (created on first use).
fn spill(file: &mut Option<std::fs::File>, sections: &mut String) -> std::io::Result<()> {
    use std::io::Write as _;
    let f = match file {
        Some(f) => f,
        None => file.insert(tempfile::tempfile()?),
    };
    f.write_all(sections.as_bytes())?;
    sections.clear();
    Ok(())
}

impl Default for ReportBuilder {
    fn default() -> Self {
        ReportBuilder {
            spill: None,
            spill_bytes: SPILL_BYTES,
            records: 0,
            findings: 0,
            by_province: BTreeMap::new(),
            by_status: BTreeMap::new(),
            by_code: BTreeMap::new(),
            review: String::new(),
            dropped: String::new(),
        }
    }
}

/// Accumulates the report chunk by chunk; [`ReportBuilder::finish`] assembles the page.
#[derive(Debug)]
pub struct ReportBuilder {
    /// Sections already written out (see [`SPILL_BYTES`]).
    spill: Option<std::fs::File>,
    /// Bytes of sections held before they are spilled ([`SPILL_BYTES`]; tests lower it).
    spill_bytes: usize,
    records: usize,
    findings: usize,
    by_province: BTreeMap<&'static str, usize>,
    by_status: BTreeMap<&'static str, usize>,
    by_code: BTreeMap<(Severity, &'static str), usize>,
    review: String,
    dropped: String,
}

impl ReportBuilder {
    /// Adds a chunk of whole documents (a document is never split across chunks); fails only
    /// when sections cannot be spilled to a temporary file.
    pub fn add(
        &mut self,
        records: &[Record],
        findings: &[Finding],
        source_lines: &BTreeMap<(Arc<str>, u32), String>,
    ) -> std::io::Result<()> {
        self.records += records.len();
        self.findings += findings.len();
        for r in records {
            *self.by_province.entry(r.province).or_insert(0) += 1;
            *self.by_status.entry(r.status.as_str()).or_insert(0) += 1;
        }
        for f in findings {
            *self.by_code.entry((f.severity, f.code.as_str())).or_insert(0) += 1;
        }
        let mut per_record: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
        for f in findings {
            if let Some(id) = &f.record_id {
                per_record.entry(id.as_str()).or_default().push(f);
            }
        }
        let mut groups: BTreeMap<(&str, &str), Vec<&Record>> = BTreeMap::new();
        for r in records {
            let worst = per_record.get(r.id.as_str()).and_then(|fs| fs.iter().map(|f| f.severity).max());
            if worst.is_some_and(|s| s >= Severity::Warning) {
                groups.entry((&*r.source_file, r.province)).or_default().push(r);
            }
        }
        let h = &mut self.review;
        // Rendered with pushes, not `format!`: the report is a fifth of the writer's work.
        let mut have: Vec<char> = Vec::new();
        for ((file, province), recs) in &groups {
            h.push_str("<details><summary>");
            push_escaped_str(h, file);
            h.push_str(" — ");
            push_escaped_str(h, province);
            h.push_str(" (");
            push_num(h, recs.len());
            h.push_str(" records)</summary>");
            // This file's lines, looked up without building a key per line.
            let lines: BTreeMap<u32, &str> =
                source_lines.range((Arc::from(*file), 0)..=(Arc::from(*file), u32::MAX)).map(|((_, l), t)| (*l, t.as_str())).collect();
            // Each line as shown and its characters, sorted and distinct, made once: records
            // read from one long line (a garbled row of many records) each did it again.
            let mut shown: BTreeMap<u32, (String, Vec<char>)> = BTreeMap::new();
            for r in recs {
                h.push_str("<div class=\"rec\" id=\"r-");
                push_escaped_str(h, &r.id);
                h.push_str("\"><h3>");
                push_escaped_str(h, &r.id);
                h.push_str("</h3><table><tr><th>raw source</th><th>cleaned</th></tr><tr><td>");
                have.clear();
                for l in &r.source_lines {
                    let (text, chars) = shown.entry(*l).or_insert_with(|| {
                        let raw = lines.get(l).copied().unwrap_or_default();
                        let mut text = String::new();
                        push_line(&mut text, raw);
                        let mut chars: Vec<char> = raw.chars().collect();
                        chars.sort_unstable();
                        chars.dedup();
                        (text, chars)
                    });
                    h.push_str("<pre>");
                    push_num(h, *l);
                    h.push_str(": ");
                    h.push_str(text);
                    h.push_str("</pre>");
                    have.extend_from_slice(chars);
                }
                have.sort_unstable();
                have.dedup();
                h.push_str("</td><td>province: ");
                push_escaped_str(h, r.province);
                h.push_str("<br>city: ");
                push_escaped_str(h, r.city.unwrap_or(""));
                h.push_str("<br>district: ");
                push_escaped_str(h, r.district.unwrap_or(""));
                h.push_str("<br>institution: ");
                push_marked(h, &r.institution, &have);
                h.push_str("<br>address: ");
                push_marked(h, &r.address, &have);
                h.push_str("<br>phones: ");
                let phones = r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join("; ");
                push_marked(h, &phones, &have);
                h.push_str("<br>status: ");
                h.push_str(r.status.as_str());
                h.push_str("<br>notes: ");
                for (i, n) in r.notes.iter().enumerate() {
                    if i > 0 {
                        h.push_str("; ");
                    }
                    push_escaped_str(h, n);
                }
                h.push_str("</td></tr></table><ul>");
                for f in per_record.get(r.id.as_str()).into_iter().flatten() {
                    h.push_str("<li class=\"");
                    h.push_str(f.severity.as_str());
                    h.push_str("\"><b>");
                    h.push_str(f.code.as_str());
                    h.push_str("</b> [");
                    h.push_str(f.severity.as_str());
                    h.push_str("] lines ");
                    push_num(h, f.line_start);
                    h.push('–');
                    push_num(h, f.line_end);
                    h.push_str(": ");
                    push_escaped_str(h, &f.message);
                    if !(f.before.is_empty() && f.after.is_empty()) {
                        h.push_str(" <code>");
                        push_escaped_str(h, &f.before);
                        h.push_str("</code> → <code>");
                        push_escaped_str(h, &f.after);
                        h.push_str("</code>");
                    }
                    h.push_str("</li>");
                }
                h.push_str("</ul></div>\n");
                // A chunk can be one huge document: spill as sections grow, not per chunk.
                if h.len() > self.spill_bytes {
                    spill(&mut self.spill, h)?;
                }
            }
            h.push_str("</details>\n");
        }
        let d = &mut self.dropped;
        for f in findings.iter().filter(|f| f.record_id.is_none()) {
            d.push_str("<tr class=\"");
            d.push_str(f.severity.as_str());
            d.push_str("\"><td>");
            push_escaped_str(d, &f.source_file);
            d.push_str("</td><td>");
            push_num(d, f.line_start);
            d.push_str("</td><td>");
            d.push_str(f.code.as_str());
            d.push_str("</td><td>");
            push_escaped_str(d, &f.before);
            d.push_str("</td><td>");
            push_escaped_str(d, &f.message);
            d.push_str("</td></tr>\n");
        }
        if self.review.len() > self.spill_bytes {
            spill(&mut self.spill, &mut self.review)?;
        }
        Ok(())
    }

    /// Returns the page's head and totals (written before the sections).
    fn head(&self) -> String {
        let mut h = String::new();
        let _ = write!(h, "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>tablemend audit report</title><style>{CSS}</style></head><body>");
        h.push_str("\n<h1>tablemend audit report</h1>\n");
        let _ = write!(h, "<section id=\"totals\"><h2>Totals</h2><p>{} records, {} findings.</p>", self.records, self.findings);
        h.push_str("<details open><summary>Records by province</summary><table><tr><th>province</th><th>records</th></tr>");
        for (p, n) in &self.by_province {
            let _ = write!(h, "<tr><td>{}</td><td>{n}</td></tr>", esc(if p.is_empty() { "(unknown)" } else { p }));
        }
        h.push_str("</table></details><details open><summary>Records by status</summary><table><tr><th>status</th><th>records</th></tr>");
        for (s, n) in &self.by_status {
            let _ = write!(h, "<tr><td>{s}</td><td>{n}</td></tr>");
        }
        h.push_str("</table></details><details open><summary>Findings by code</summary><table><tr><th>severity</th><th>code</th><th>count</th></tr>");
        for ((sev, code), n) in self.by_code.iter().rev() {
            let _ = write!(h, "<tr class=\"{0}\"><td>{0}</td><td>{code}</td><td>{n}</td></tr>", sev.as_str());
        }
        h.push_str("</table></details></section>\n<section id=\"review\"><h2>Records to review</h2>\n");
        h
    }

    /// Writes the whole page.
    pub fn finish(&mut self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        out.write_all(self.head().as_bytes())?;
        if let Some(f) = &mut self.spill {
            use std::io::Seek as _;
            f.rewind()?;
            std::io::copy(f, out)?;
        }
        out.write_all(self.review.as_bytes())?;
        out.write_all(b"</section>\n")?;
        out.write_all(
            "<section id=\"dropped\"><h2>Dropped text</h2><details><summary>Text that is in no record</summary><table><tr><th>file</th><th>line</th><th>code</th><th>text</th><th>why</th></tr>".as_bytes(),
        )?;
        out.write_all(self.dropped.as_bytes())?;
        out.write_all(b"</table></details></section></body></html>\n")
    }
}

/// Renders the report of a whole run held in memory; fails only when a large run's
/// sections cannot be spilled to a temporary file.
pub fn render(run: &RunOutput) -> std::io::Result<String> {
    let mut b = ReportBuilder::default();
    let mut out = Vec::new();
    b.add(&run.records, &run.findings, &run.source_lines)?;
    b.finish(&mut out)?;
    String::from_utf8(out).map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spilling_sections_changes_no_byte() {
        let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
        let n = normalizer::normalize(&parser::markdown::parse_markdown("seed.md", &md).unwrap());
        let run = RunOutput { records: n.records, findings: n.findings, ..RunOutput::default() };
        let whole = render(&run).unwrap();
        // Every record spilled as soon as it is rendered.
        let mut b = ReportBuilder { spill_bytes: 1, ..ReportBuilder::default() };
        b.add(&run.records, &run.findings, &run.source_lines).unwrap();
        assert!(b.spill.is_some());
        let mut out = Vec::new();
        b.finish(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole);
    }

    #[test]
    fn a_long_source_line_is_cut_beside_each_record_read_from_it() {
        // A phone cell of many labelled numbers, read as many records from one line: the
        // line is shown cut beside each, and a character past the cut is still the
        // source's (not marked as changed).
        let cell: String = (0..300).map(|i| format!("单位{i}: 027-{:08} ", 87_000_000 + i)).collect();
        let md = format!("| 1 | 北京 | 北京市科学技术委员会 | 北京市西城区1号 | {cell}|\n");
        let doc = parser::markdown::parse_markdown("long.md", &md).unwrap();
        let n = normalizer::normalize(&doc);
        assert!(n.records.len() > 100, "{}", n.records.len());
        let mut source_lines = BTreeMap::new();
        source_lines.insert((Arc::from("long.md"), 1), md.trim_end().to_string());
        let mut b = ReportBuilder::default();
        b.add(&n.records, &n.findings, &source_lines).unwrap();
        let mut out = Vec::new();
        b.finish(&mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        let shown = html.matches("more characters)").count();
        assert!(shown > 100, "{shown}");
        assert!(!html.contains(&cell[..cell.len() / 2]), "the whole line printed");
        // (`单位299`, past the cut, reads as the source's own text.)
        assert!(html.contains("单位299") && !html.contains("<mark>单位299"));
        assert!(html.len() < shown * 10_000, "{} bytes for {shown} records", html.len());
    }

    #[test]
    fn changed_characters_are_marked() {
        assert_eq!(mark_changes("吉林市外国专家局", "| 古林市外国专家局 |"), "<mark>吉</mark>林市外国专家局");
        assert_eq!(mark_changes("a<b", ""), "a&lt;b");
    }
}
