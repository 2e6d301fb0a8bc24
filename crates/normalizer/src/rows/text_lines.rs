//! Lines printed outside tables, read in document order with the tables' rows: a heading
//! naming a province places the rows after it, a line holding a whole record (a row that
//! lost its pipes) is that record, and any other line is kept in the audit as dropped text.
//! A document printing its records a line each, fields parted by spaces, has its lines
//! read more loosely than a lone line.

use std::iter::Peekable;
use std::sync::Arc;

use parser::{RowKind, Table, TextLine};

use super::{continuation, garbled, heading_province, Frag, Section, Split, Walk};
use crate::classify::{classify, ends_like_name, Role};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// Lines outside tables read as whole records (the strict way) that show a document prints
/// its records a line each: a stray line or two of another document's prose never does.
const WHOLE_LINES_FOR_A_LIST: usize = 3;

/// A document's lines outside tables, not yet read.
pub(super) struct TextLines<'d> {
    lines: Peekable<std::slice::Iter<'d, TextLine>>,
    /// The document prints its records a line each: its lines are also read loosely.
    record_per_line: bool,
}

/// True when a line reads as a whole record the strict way, its 序号 and province words aside.
fn whole_record_line(text: &str) -> bool {
    let (_, _, body) = continuation::row_heads(text);
    continuation::split_whole_record(body, None).is_some() || split_name_numbers_address(body).is_some()
}

/// A line printing a whole name, its numbers, then an address opening with a place (a table
/// whose phone column came before the address's, its rules lost): `(name, address, phones)`.
fn split_name_numbers_address(body: &str) -> Option<(String, String, String)> {
    let (head, rest) = continuation::cut_at_first_number(body)?;
    let (addr, phones) = continuation::numbers_then_address(&rest)?;
    (reads_as_one_name(&head, false) && crate::text::cjk_count(&head) >= 4).then_some((head, addr, phones))
}

/// True when a text reads as one name, its wrap spaces parting no words (`望京国际人才一站
/// 式服务站`): it ends like a name (before a window's number, `余杭区科技局1`, if `numbered`),
/// holds no number to dial, and reads no more as an address than as a name.
fn reads_as_one_name(text: &str, numbered: bool) -> bool {
    let sq = squash(text);
    let ending = if numbered { sq.trim_end_matches(|c: char| c.is_ascii_digit()) } else { &sq };
    let s = classify(text);
    ends_like_name(ending) && s.phone_count == 0 && s.get(Role::Address) <= s.get(Role::Institution)
}

/// True when a text reads as one record's field, no more: no number to dial, no records run
/// together, four Chinese characters at least.
fn one_field(text: &str, s: &crate::classify::CellScores) -> bool {
    s.phone_count == 0 && !s.garbled && crate::text::cjk_count(text) >= 4
}

/// True when a text reads as one address (see [`one_field`]).
fn reads_as_address(text: &str) -> bool {
    let s = classify(text);
    one_field(text, &s) && s.get(Role::Address) >= 2.0
}

/// True when enough of `texts` read as whole records to show they are a record-per-line list.
fn lists_records<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    texts.filter(|t| whole_record_line(t)).take(WHOLE_LINES_FOR_A_LIST).count() >= WHOLE_LINES_FOR_A_LIST
}

/// Tables of one column whose rows hold whole records (OCR found no rules between the
/// fields), turned into the lines of a record-per-line list: `(the other tables, all text
/// lines in document order)`, or `None` when no table is such a list.
pub(super) fn one_column_lists(tables: &[Table], lines: &[TextLine]) -> Option<(Vec<Table>, Vec<TextLine>)> {
    // A table's data rows as text lines, when no row of it holds text in two cells.
    let as_lines = |t: &Table| -> Option<Vec<TextLine>> {
        let mut out = Vec::new();
        for r in &t.rows {
            let mut filled = r.cells.iter().filter(|c| !c.text.trim().is_empty());
            let first = filled.next();
            if filled.next().is_some() {
                return None;
            }
            if let (Some(c), RowKind::Data) = (first, r.kind) {
                out.push(TextLine { line: r.line, text: c.text.clone(), pos: t.pos });
            }
        }
        Some(out)
    };
    let mut listed: Vec<TextLine> = Vec::new();
    let mut others: Vec<&Table> = Vec::with_capacity(tables.len());
    for t in tables {
        match as_lines(t).filter(|rows| lists_records(rows.iter().map(|r| r.text.as_str()))) {
            Some(rows) => listed.extend(rows),
            None => others.push(t),
        }
    }
    if listed.is_empty() {
        return None;
    }
    let mut all = lines.to_vec();
    all.extend(listed);
    all.sort_by_key(|t| (t.line, t.pos));
    Some((others.into_iter().cloned().collect(), all))
}

impl<'d> TextLines<'d> {
    pub(super) fn new(lines: &'d [TextLine]) -> TextLines<'d> {
        let record_per_line = lists_records(lines.iter().map(|t| t.text.as_str()));
        TextLines { lines: lines.iter().peekable(), record_per_line }
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
                    let read = |body: &str| {
                        continuation::split_whole_record(body, province)
                            .or_else(|| continuation::split_labelled_record(body))
                            .or_else(|| split_name_numbers_address(body))
                            .map(|(name, addr, phones)| (Some(name), Some(addr), Some(phones)))
                    };
                    let mut whole = read(body);
                    // A record the page wrapped onto the next line (its numbers, or its
                    // address's rest and numbers, alone there): the two lines read as one.
                    let mut wrapped = None;
                    if whole.is_none() && classify(&t.text).phone_count == 0 {
                        if let Some(next) = self.lines.peek().filter(|n| n.line == t.line + 1 && (n.line, n.pos) < before) {
                            if read(&next.text).is_none() {
                                // (Not a name alone above another city's numbers or address:
                                // `…襄阳片区管理委员会` over `0717-… 中国(湖北)自贸区宜昌片区…`,
                                // a point whose name the list left out.)
                                whole = read(&format!("{body} {}", next.text.trim())).filter(|(name, addr, phones)| {
                                    let (name, addr, phones) =
                                        (name.as_deref().unwrap_or(""), addr.as_deref().unwrap_or(""), phones.as_deref().unwrap_or(""));
                                    !continuation::point_of_another_city(name, addr, std::iter::once(phones), province)
                                });
                                wrapped = whole.is_some().then(|| (next.line, format!("{} {}", t.text, next.text.trim())));
                            }
                        }
                        if wrapped.is_some() {
                            self.lines.next();
                        }
                    }
                    if whole.is_none() && self.record_per_line {
                        whole = split_spaced_record(body, province);
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
                            inst: name,
                            addr,
                            phone: phones.map(|p| (p, false)),
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

/// The fields of a list's line printing its numbers (`rest` opens with them) between its
/// name (`head`, maybe empty) and its address.
fn numbers_before_address(head: &str, rest: &str) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let cjk_at = rest.char_indices().find(|&(_, c)| crate::text::is_cjk(c)).map(|(i, _)| i)?;
    // (An address opening with its window's number, `1号受理点:…`, `2.市人社局…`: the
    // number printed against it is the address's.)
    let word_at = rest[..cjk_at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let listed = word_at > 0 && rest[word_at..cjk_at].bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let at = if listed { word_at } else { cjk_at };
    let (phones, addr) = (rest[..at].trim(), rest[at..].trim());
    // (A name numbered among its windows, `余杭区科技局1`, before an address opening with a
    // place.)
    let numbered = garbled::starts_with_place(Gazetteer::get(), &squash(addr));
    // (Or any text before the numbers that locates nothing by a street or a number: the
    // name, whatever it ends like, `武汉市自贸区`.)
    let name_ok = head.trim().is_empty() || reads_as_one_name(head, numbered) || continuation::plain_name_before_phones(head).is_some();
    let addr_ok = one_field(addr, &classify(addr));
    (name_ok && addr_ok && continuation::phones_only(phones) && !phones.contains(['(', '（'])).then(|| {
        let name = Some(head.trim().to_string()).filter(|n| !n.is_empty());
        (name, Some(addr.to_string()), Some(phones.to_string()))
    })
}

/// A line of a document printing its records a line each, read more loosely than
/// [`continuation::split_whole_record`] reads any text (garbled cells too, where records run
/// together): the address may end like a name (`…6号楼麦子店街道办事处`), and the line may
/// print no number, or no name (another window of the name above, or a name the document
/// lost), or only a name. `(name, address, phones)`; `None` unless the line is a name and
/// an address (or a status remark in its place), a name or an address and numbers, or a
/// name alone.
fn split_spaced_record(body: &str, province: Option<usize>) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let (head, phones) = match continuation::cut_at_first_number(body) {
        Some((head, phones)) if continuation::phones_only(&phones) => (head, Some(phones)),
        // (Numbers printed before the address, the list's phone column before its address
        // column: the text after them is the address, whatever it opens with.)
        Some((head, rest)) => return numbers_before_address(&head, &rest),
        None => (crate::text::canonical_chars(body).into_owned(), None),
    };
    let one_name = |name: &str| reads_as_one_name(name, true);
    // (The address is the line's second field, whatever it ends like: `萍乡市人民政府办证大厅`;
    // or a remark on the point's status in the address's place, `暂未正式提供服务`.)
    let g = Gazetteer::get();
    let second_field = |addr: &str| {
        let sq = squash(addr);
        reads_as_address(addr)
            || (classify(addr).phone_count == 0 && (garbled::starts_with_place(g, &sq) || crate::status::mentions_status(&sq)))
    };
    // A name, then its address: where a name's text reads as parted from an address's, or
    // else at the first space after a name where a place begins the rest.
    let toks: Vec<&str> = head.split_whitespace().collect();
    // (A window's number ends a name only before a place: `余杭区科技局1 余杭区…`, not
    // `…行政服务中心3 楼…`, a floor's number.)
    let name_then_address = |(name, addr): &(String, String)| {
        one_name(name)
            && second_field(addr)
            && (!name.ends_with(|c: char| c.is_ascii_digit()) || garbled::starts_with_place(g, &squash(addr)))
    };
    let parted = continuation::split_mixed(&head, province)
        .filter(name_then_address)
        .or_else(|| (1..toks.len()).map(|k| (toks[..k].join(" "), toks[k..].join(" "))).find(name_then_address));
    if let Some((name, addr)) = parted {
        return Some((Some(name), Some(addr), phones));
    }
    // An address alone, and its numbers.
    let s = classify(&head);
    if phones.is_some() && reads_as_address(&head) && s.get(Role::Address) > s.get(Role::Institution) {
        return Some((None, Some(head), phones));
    }
    // A name alone, with its numbers or none (a window printing no address, or a point
    // not in service whose remark the list leaves out), as a list of labelled records
    // reads a title alone. (With none, only under a province: the list's title above its
    // first section, `全国外国人来华工作许可受理点`, ends like a name too.)
    let whole_name =
        || phones.is_some() || (province.is_some() && crate::text::cjk_count(&head) >= 6 && !head.bytes().any(|b| b.is_ascii_digit()));
    (one_name(&head) && !reads_as_address(&head) && whole_name()).then_some((Some(head), None, phones))
}
