//! Records printed a field per line with a blank line between records: a table OCR printed
//! cell by cell, its borders and columns lost (`北京市科学技术委员会` / `丰台区…1号` /
//! `010-89150841`, blank, `天津市科学技术局` / …), or without the blank lines when each
//! record opens with its 序号 on a line of its own. Each record becomes a row of its lines,
//! which the normalizer reads by what each line holds, as it reads a table without header.

use crate::labelled::is_han;
use crate::model::{Cell, Document, Row, RowKind, Table, TableKind, TextLine};

/// Most lines of one record: a 序号, a province, a city, a name, an address, a phone and
/// a note.
const MAX_FIELDS: usize = 7;
/// Longest field line, in characters: a longer line is prose. (A point's two addresses on
/// one line, ` / ` between them, run past 80.)
const MAX_FIELD_CHARS: usize = 120;

/// Moves runs of two or more stacked records (blocks of field lines, one holding a phone,
/// set apart by blank lines only) out of the document's text lines into tables of kind
/// [`TableKind::Stacked`], in line order with the other tables. `lines` is the whole
/// document, to tell blocks set apart by blank lines from blocks with a table between.
///
/// A run goes on past a section's heading block (`27` / `西藏自治区`), which stays a text
/// line between two tables (a section of one record is read too), and takes a block
/// without a phone between two records (a point printed without its number).
pub fn gather(doc: &mut Document, lines: &[&str]) {
    let blocks = blocks(&doc.text_lines);
    let blank_between =
        |a: u32, b: u32| (a as usize..(b as usize).saturating_sub(1)).all(|k| lines.get(k).is_none_or(|l| l.trim().is_empty()));
    let kind: Vec<Kind> = blocks.iter().map(|b| block_kind(&doc.text_lines[b.clone()])).collect();
    let next_to = |a: usize, b: usize| blank_between(doc.text_lines[blocks[a].end - 1].line, doc.text_lines[blocks[b].start].line);
    // Runs of blocks set apart by blank lines only, from a record to a record, as ranges of
    // `blocks`, with two records or more.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut k = 0;
    while k < blocks.len() {
        if kind[k] != Kind::Record {
            k += 1;
            continue;
        }
        let (mut m, mut end, mut records) = (k + 1, k + 1, 1);
        while m < blocks.len() && kind[m] != Kind::Other && next_to(m - 1, m) {
            if kind[m] == Kind::Record {
                records += 1;
                end = m + 1;
            }
            m += 1;
        }
        if records >= 2 {
            runs.push(k..end);
        }
        k = end;
    }
    if runs.is_empty() {
        return;
    }
    let mut taken = vec![false; doc.text_lines.len()];
    for run in runs {
        // A table per stretch between section headings (left as text lines, which place the
        // records after them).
        for part in run.clone().collect::<Vec<_>>().split(|&b| kind[b] == Kind::Section).filter(|p| !p.is_empty()) {
            let rows: Vec<Row> = part
                .iter()
                .map(|&b| {
                    let b = blocks[b].clone();
                    b.clone().for_each(|i| taken[i] = true);
                    Row { line: doc.text_lines[b.start].line, kind: RowKind::Data, cells: fields(&doc.text_lines[b]) }
                })
                .collect();
            let last_line = rows.last().and_then(|r| r.cells.last()).map_or(rows[0].line, |c| c.wrapped_to.unwrap_or(c.line));
            let (line_start, line_end) = (rows[0].line, last_line);
            doc.tables.push(Table { index: 0, kind: TableKind::Stacked, line_start, line_end, rows, pos: 0 });
        }
    }
    let mut i = 0;
    doc.text_lines.retain(|_| {
        i += 1;
        !taken[i - 1]
    });
    doc.tables.sort_by_key(|t| t.line_start);
    for (i, t) in doc.tables.iter_mut().enumerate() {
        t.index = i;
    }
}

/// What a block of lines is to a run of stacked records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A record: see [`is_record`].
    Record,
    /// A section's heading: its 序号 alone on a line, then a short name (`27` / `西藏自治区`),
    /// or a short name alone (`西藏自治区`).
    Section,
    /// Field lines without a phone (`通州区人力资源和社会保障局` / `通州区新华东街11号院…`):
    /// a record only between two records.
    Weak,
    /// Anything else: it ends a run.
    Other,
}

/// The [`Kind`] of a block: the lines alone tell (a run's context decides the rest).
fn block_kind(block: &[TextLine]) -> Kind {
    if is_record(block) {
        return Kind::Record;
    }
    let short_name = |t: &str| {
        let t = t.trim();
        (2..=10).contains(&t.chars().count()) && t.chars().all(|c| is_han(c) || c.is_whitespace())
    };
    match block {
        [a, b] if lone_number(&a.text).is_some() && short_name(&b.text) => return Kind::Section,
        [a] if short_name(&a.text) && !ends_like_body(&a.text) => return Kind::Section,
        _ => {}
    }
    if fits(block) && block.iter().any(|t| t.text.chars().filter(|&c| is_han(c)).count() >= 2) {
        Kind::Weak
    } else {
        Kind::Other
    }
}

/// A stacked record's fields, a cell each: its lines, with a line that closes a bracket the
/// line above left open joined to it (a name wrapped inside its bracket), and phone lines
/// one after another joined with a space (one field of numbers).
fn fields(block: &[TextLine]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::with_capacity(block.len());
    for t in block {
        let text = t.text.trim();
        if let Some(prev) = cells.last_mut() {
            let wraps = crate::labelled::closes_open_bracket(&prev.text, text);
            let more_numbers = holds_phone(&prev.text) && holds_phone(text);
            if wraps || more_numbers {
                if more_numbers {
                    prev.text.push(' ');
                }
                prev.text.push_str(text);
                prev.wrapped_to = Some(t.line);
                continue;
            }
        }
        cells.push(Cell::new(text, cells.len() as u32, t.line));
    }
    cells
}

/// The text lines grouped by adjacent source lines, as ranges of `text_lines`.
fn blocks(text_lines: &[TextLine]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=text_lines.len() {
        if i == text_lines.len() || text_lines[i].line != text_lines[i - 1].line + 1 {
            out.push(start..i);
            start = i;
        }
    }
    out.retain(|r| !r.is_empty());
    out.into_iter().flat_map(|r| split_at_numbers(text_lines, r)).collect()
}

/// A block of records printed without blank lines between them, each opening with its
/// 序号 on a line of its own (`1` / `北京` / … / `2` / `天津` / …), split before each
/// number: when two or more such lines count up by one.
fn split_at_numbers(text_lines: &[TextLine], block: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let starts: Vec<(usize, u32)> = block.clone().filter_map(|i| lone_number(&text_lines[i].text).map(|n| (i, n))).collect();
    let counts_up = starts.len() >= 2 && starts.windows(2).all(|w| w[1].1 == w[0].1 + 1);
    if !counts_up || block.len() <= MAX_FIELDS {
        return vec![block];
    }
    let mut cuts: Vec<usize> = starts.iter().map(|s| s.0).collect();
    if cuts[0] != block.start {
        cuts.insert(0, block.start);
    }
    cuts.push(block.end);
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// A line that is a 序号 alone (`27`): one to three digits.
fn lone_number(text: &str) -> Option<u32> {
    let t = text.trim();
    ((1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// Whether a block of lines reads as one stacked record: two to [`MAX_FIELDS`] short lines,
/// no heading, pipe or list item among them and no line ending in a comma (prose), the
/// first no label, one holding a phone number and one holding Han text without one.
fn is_record(block: &[TextLine]) -> bool {
    block.len() >= 2
        && fits(block)
        && block.iter().any(|t| holds_phone(&t.text))
        && block.iter().any(|t| !holds_phone(&t.text) && t.text.chars().filter(|&c| is_han(c)).count() >= 2)
}

/// Whether a block's lines could be a record's fields: at most [`MAX_FIELDS`] of them, short,
/// no heading, pipe or list item among them and no line ending in a comma (prose), the first
/// no label.
fn fits(block: &[TextLine]) -> bool {
    // Counted as fields: a name wrapped inside its bracket and numbers on lines of their own
    // are one field each (a record of 序号, province, two name lines, address and three
    // numbers is five fields on eight lines).
    let fields_fit = block.len() <= MAX_FIELDS || (block.len() <= 3 * MAX_FIELDS && fields(block).len() <= MAX_FIELDS);
    let fits = !block.is_empty()
        && fields_fit
        && block.iter().all(|t| {
            let text = t.text.trim();
            text.chars().count() <= MAX_FIELD_CHARS
                && !text.starts_with('#')
                && !text.contains('|')
                && crate::strip_list_marker(text).is_none()
                && !text.ends_with(['，', '；', ',', ';'])
        });
    // A record opens with its 序号 or its name; a block opening with a label is a contact
    // footer (`联系人：…` / `电话：…`), and one whose lines end in commas is prose.
    fits && !labelled(block[0].text.trim())
}

/// Whether a short line ends as an agency's name does (`青海省外国专家局`, `…管理委员会`):
/// a point printed alone, no section's heading.
fn ends_like_body(text: &str) -> bool {
    const ENDINGS: &[char] = &['局', '厅', '会', '心', '处', '室', '站', '办', '所', '院', '部', '科', '口', '点'];
    text.trim().ends_with(ENDINGS)
}

/// Whether a line opens with a label (`联系人：`, `电话:`): lines of labels are read as forms
/// or left as text (a contact footer), not taken for a record's fields.
fn labelled(text: &str) -> bool {
    text.find([':', '：']).is_some_and(|i| text[..i].chars().next_back().is_some_and(is_han))
}

/// Whether a line holds a phone number: seven digits or more, dashes and spaces inside
/// (`010 8915 0841`).
fn holds_phone(text: &str) -> bool {
    crate::has_digit_run(text, 7, &['-', ' '])
}

#[cfg(test)]
mod tests {
    use crate::markdown::parse_markdown;

    #[test]
    fn records_printed_a_field_per_line_are_rows() {
        let md = "# 受理点\n\n北京市科学技术委员会\n北京市丰台区西三环南路1号\n010-89150841\n\n\
                  天津市科学技术局\n天津市河西区友谊路18号\n022-58832123\n\n注：以上信息如有变动，以各地公布为准。\n";
        let doc = parse_markdown("s.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let t = &doc.tables[0];
        assert_eq!(
            t.cell_texts(),
            [
                ["北京市科学技术委员会", "北京市丰台区西三环南路1号", "010-89150841"],
                ["天津市科学技术局", "天津市河西区友谊路18号", "022-58832123"]
            ]
        );
        // Every cell keeps its own line; the heading and the note stay text lines.
        assert_eq!(t.rows[1].cells.iter().map(|c| c.line).collect::<Vec<_>>(), [7, 8, 9]);
        assert_eq!((t.line_start, t.line_end), (3, 9));
        assert_eq!(doc.text_lines.iter().map(|l| l.line).collect::<Vec<_>>(), [1, 11]);
    }

    #[test]
    fn a_name_wrapped_in_its_bracket_and_numbers_on_lines_of_their_own_are_one_field_each() {
        let md = "1\n北京\n北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n010-89150842\n\n\
                  2\n天津\n天津市科学技术局（天津市外国专家\n局）\n河西区友谊路18号\n022-58832123\n";
        let doc = parse_markdown("s.md", md).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.rows[0].cells[4].text, "010-89150841 010-89150842");
        assert_eq!((t.rows[0].cells[4].line, t.rows[0].cells[4].wrapped_to), (5, Some(6)));
        assert_eq!(t.rows[1].cells[2].text, "天津市科学技术局（天津市外国专家局）");
        assert_eq!(t.rows[1].cells.len(), 5);
        // Eight lines, five fields: a record all the same (it was left as text lines).
        let md = "1
北京
北京市科学技术委员会
丰台区西三环南路1号
010-89150841

                  17
湖北
湖北省外国专家局(湖北省科学技术厅政务服务
大厅)
武昌区洪山路62号
027-87131811
027-87131877
027-87131810
";
        let doc = parse_markdown("s.md", md).unwrap();
        assert!(doc.text_lines.is_empty(), "{:?}", doc.text_lines);
        assert_eq!(doc.tables[0].rows[1].cells.len(), 5);
        assert_eq!(doc.tables[0].rows[1].cells[4].text, "027-87131811 027-87131877 027-87131810");
    }

    #[test]
    fn records_without_blank_lines_between_part_at_their_numbers() {
        let md = "受理点名单\n1\n北京\n北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n\
                  2\n天津\n天津市科学技术局\n河西区友谊路18号\n022-58832123\n";
        let doc = parse_markdown("s.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        assert_eq!(
            doc.tables[0].cell_texts(),
            [
                ["1", "北京", "北京市科学技术委员会", "丰台区西三环南路1号", "010-89150841"],
                ["2", "天津", "天津市科学技术局", "河西区友谊路18号", "022-58832123"]
            ]
        );
        assert_eq!(doc.text_lines.len(), 1);
    }

    #[test]
    fn a_run_goes_on_past_section_headings_and_takes_a_point_without_a_phone() {
        // A section of one record (西藏) is read, its heading left a text line between the
        // tables; a point printed without its phone between two records is a row.
        let md = "1\n北京\n\n北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n\n\
                  通州区人力资源和社会保障局\n通州区新华东街11号院\n\n\
                  经济技术开发区荣华中路10号\n010-67857696\n\n\
                  2\n西藏自治区\n\n西藏自治区外专局\n拉萨市北京西路46号\n0891-6845869\n";
        let doc = parse_markdown("s.md", md).unwrap();
        let texts: Vec<Vec<Vec<&str>>> = doc.tables.iter().map(|t| t.cell_texts()).collect();
        assert_eq!(
            texts,
            [
                vec![
                    vec!["北京市科学技术委员会", "丰台区西三环南路1号", "010-89150841"],
                    vec!["通州区人力资源和社会保障局", "通州区新华东街11号院"],
                    vec!["经济技术开发区荣华中路10号", "010-67857696"]
                ],
                vec![vec!["西藏自治区外专局", "拉萨市北京西路46号", "0891-6845869"]]
            ]
        );
        assert_eq!(doc.text_lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["1", "北京", "2", "西藏自治区"]);
        // A block without a phone after the last record is no record: it stays text.
        let md = "北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n\n\
                  天津市科学技术局\n河西区友谊路18号\n022-58832123\n\n说明\n以上为受理点名单\n";
        let doc = parse_markdown("s.md", md).unwrap();
        assert_eq!(doc.tables[0].rows.len(), 2);
        assert_eq!(doc.text_lines.len(), 2);
    }

    #[test]
    fn a_point_with_two_addresses_on_one_long_line_is_a_row() {
        // Two addresses of one point, ` / ` between them, run past 80 characters: a point
        // without its phone, opening a section, between two records.
        let two = "浦东新区花木街道,民生路1500号三楼,17-19窗口(外国人工作居留单一窗口) / \
                   徐汇区田林街道中山西路1525号1号楼1楼1-4号窗口(上海市科技政务服务中心)";
        assert!(two.chars().count() > 80);
        let md = format!(
            "8\n黑龙江省\n\n黑龙江省科学技术厅\n哈尔滨市南岗区中山路202号\n0451-53622132\n\n\
             9\n上海市\n\n上海市研发公共服务平台管理中心\n{two}\n\n\
             黄浦区科学技术委员会\n黄浦区五里桥街道蒙自路701号\n021-53023249\n\n\
             静安区科学技术委员会\n静安区汉中路188号\n021-52921375\n"
        );
        let doc = parse_markdown("s.md", &md).unwrap();
        assert_eq!(doc.tables.len(), 2);
        assert_eq!(doc.tables[1].cell_texts()[0], ["上海市研发公共服务平台管理中心", two]);
    }

    #[test]
    fn prose_and_single_blocks_stay_text() {
        // One block alone, a paragraph without a phone, and a list are no stacked records.
        let md = "北京市科学技术委员会\n010-89150841\n\n说明\n以上为受理点名单\n\n- 甲局\n- 010-89150842\n\n\
                  联系人：张三\n电话：010-89150843\n\n联系人：李四\n电话：010-89150844\n\n\
                  如有疑问，\n请致电 010-89150845 咨询。\n\n办理时间为工作日，\n热线 010-89150846\n";
        let doc = parse_markdown("s.md", md).unwrap();
        assert!(doc.tables.is_empty(), "{:#?}", doc.tables);
    }
}
