//! Lines printed outside tables, read in document order with the tables' rows: a heading
//! naming a province places the rows after it, a line holding a whole record (a row that
//! lost its pipes) is that record, and any other line is kept in the audit as dropped text.

use std::iter::Peekable;
use std::sync::Arc;

use parser::TextLine;

use super::{continuation, heading_province, Frag, Section, Split, Walk};
use crate::classify::classify;
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;

/// A document's lines outside tables, not yet read.
pub(super) struct TextLines<'d> {
    lines: Peekable<std::slice::Iter<'d, TextLine>>,
}

impl<'d> TextLines<'d> {
    pub(super) fn new(lines: &'d [TextLine]) -> TextLines<'d> {
        TextLines { lines: lines.iter().peekable() }
    }

    /// Reads the lines printed before a point of the document, `(line, order among what
    /// starts on it)`, so they place what follows them as printed.
    pub(super) fn read_before(&mut self, w: &mut Walk, before: (u32, u32)) {
        let src = &Arc::clone(&w.src);
        while let Some(t) = self.lines.next_if(|t| (t.line, t.pos) < before) {
            match heading_province(&t.text) {
                Some(p) => {
                    w.asm.heading = Some(p);
                    let name = Gazetteer::get().div(p).name.clone();
                    w.asm.sections.push(Section {
                        province: Some(p),
                        seq: None,
                        first_line: t.line,
                        printed: t.text.clone(),
                        goes_on: false,
                        reading: None,
                    });
                    w.asm.dropped.push(
                        Finding::new(FindingCode::SectionStart, src, (t.line, t.line))
                            .field("province")
                            .change(t.text.clone(), name.clone())
                            .msg(format!("heading names the province of the rows after it: {name}")),
                    );
                }
                None => {
                    // A table row that lost every pipe reads as one whole record: kept as one,
                    // its 序号 and province words (`1 辽宁 辽宁省科学技术厅 …`) read as theirs.
                    let (seq, printed_province, body) = continuation::row_heads(&t.text);
                    let province = printed_province.as_ref().and_then(|p| p.1.province).or(w.asm.sections.last().and_then(|s| s.province));
                    let read =
                        |body: &str| continuation::split_whole_record(body, province).or_else(|| continuation::split_labelled_record(body));
                    let mut whole = read(body);
                    // A record the page wrapped onto the next line (its numbers, or its
                    // address's rest and numbers, alone there): the two lines read as one.
                    let mut wrapped = None;
                    if whole.is_none() && classify(&t.text).phone_count == 0 {
                        if let Some(next) = self.lines.peek().filter(|n| n.line == t.line + 1 && (n.line, n.pos) < before) {
                            if read(&next.text).is_none() {
                                whole = read(&format!("{body} {}", next.text.trim()));
                                wrapped = whole.is_some().then(|| (next.line, format!("{} {}", t.text, next.text.trim())));
                            }
                        }
                        if wrapped.is_some() {
                            self.lines.next();
                        }
                    }
                    if let Some((name, addr, phones)) = whole {
                        let (cell_lines, printed) = match wrapped {
                            Some((line, printed)) => (vec![line], printed),
                            None => (Vec::new(), t.text.clone()),
                        };
                        let f = Frag {
                            line: t.line,
                            seq: seq.map(str::to_string),
                            province: printed_province.map(|(p, sc)| (p.to_string(), sc)),
                            inst: Some(name),
                            addr: Some(addr),
                            phone: Some((phones, false)),
                            split: Some(Split::doubtful(
                                printed,
                                "a line outside any table reads as one whole record (a row that lost its pipes); split into its fields"
                                    .to_string(),
                            )),
                            cell_lines,
                            ..Default::default()
                        };
                        w.push(f);
                        continue;
                    }
                    // A line holding a phone number is record data the tables lost (a row
                    // OCR printed as prose): a doubt to review, not a caption.
                    let f = Finding::new(FindingCode::TextLineDropped, src, (t.line, t.line)).change(t.text.clone(), "");
                    w.asm.dropped.push(if classify(&t.text).phone_count > 0 {
                        f.severity(Severity::Warning).msg("line outside any table holds a phone number: record data not read as a row")
                    } else {
                        f.msg("line outside any table")
                    });
                }
            }
        }
    }
}
