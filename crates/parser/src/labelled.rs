//! Records printed as `label: value` lines, one block per record (`受理机构：…` / `地址：…` /
//! `电话：…`): a directory laid out as a list rather than a grid, which OCR gives back as
//! plain lines. Such runs are read as a table whose header is the labels, so the
//! normalizer reads them like any other table; every other line stays a text line.

use std::collections::BTreeMap;

use crate::entities::decode_entities;
use crate::inline::decode_inline;
use crate::model::{Cell, Document, Row, RowKind, Table, TableKind, TextLine};

/// Longest label, in characters: longer text before a colon is a sentence, not a label.
const MAX_LABEL_CHARS: usize = 10;
/// Longest line read as a block's unlabelled title (`1. 四川省科学技术厅`).
const MAX_TITLE_CHARS: usize = 60;

/// One text line as a form line.
#[derive(Debug, Clone)]
enum Line {
    /// `label: value`; the key is the label without spaces, what repeats from block to block.
    Field { key: String, label: String, value: String },
    /// A whole record on one line (`北京市科学技术委员会，地址：…，电话：…`): its unlabelled
    /// title, if printed first, and two or more fields, or a title and one field.
    Record { title: Option<String>, fields: Vec<(String, String, String)> },
    /// Anything else: a block's title, the wrapped rest of a value, or unrelated text.
    Other(String),
}

impl Line {
    /// The fields of a line without a title: a field line's one, or those of a record line
    /// printing none (`地址：…，电话：…`); none for any other line.
    fn untitled_fields(&self) -> Vec<(&String, &String, &String)> {
        match self {
            Line::Field { key, label, value } => vec![(key, label, value)],
            Line::Record { title: None, fields } => fields.iter().map(|(k, l, v)| (k, l, v)).collect(),
            _ => Vec::new(),
        }
    }
}

/// A record's lines: its title (if printed above its fields) and its fields in order.
#[derive(Debug, Default)]
struct Block {
    title: Option<(u32, String)>,
    /// Label key, label as printed, value, line.
    fields: Vec<(String, String, String, u32)>,
    /// Lines holding the wrapped rest of a value.
    wrapped: Vec<u32>,
}

impl Block {
    fn first_line(&self) -> u32 {
        self.title.as_ref().map(|t| t.0).or(self.fields.first().map(|f| f.3)).unwrap_or(0)
    }
    fn has(&self, key: &str) -> bool {
        self.fields.iter().any(|f| f.0 == key)
    }
}

/// A run of form lines: its blocks and the text lines it took.
struct Run {
    blocks: Vec<Block>,
    taken: Vec<usize>,
}

/// Moves runs of labelled record blocks out of the document's text lines into tables of
/// kind [`TableKind::Labelled`], in line order with the other tables. `lines` is the whole
/// document, to tell lines set apart only by blank lines from lines with a table between.
pub fn gather(doc: &mut Document, lines: &[&str]) {
    html_forms(doc);
    let mut kv: Vec<usize> = doc.tables.iter().enumerate().filter(|(_, t)| is_key_value_table(t)).map(|(i, _)| i).collect();
    if kv.is_empty() {
        gather_lines(doc, lines);
        return;
    }
    // In a document of key-value tables, a shorter one of label rows only is the rest of a
    // form a page break cut (`| 电话 | 010-57596100 |` alone on the next page).
    kv = (0..doc.tables.len()).filter(|i| kv.contains(i) || is_key_value_rest(&doc.tables[*i])).collect();
    // Key-value tables (`| 受理机构 | 北京市科学技术委员会 |` / `| 地址 | … |`) are forms
    // printed in a grid: their rows are read as `label：value` lines, the grid's own lines
    // blank between them. When the rows make no form after all, the tables stay tables.
    let before = doc.clone();
    let mut blanked: Vec<&str> = lines.to_vec();
    let mut converted: Vec<u32> = Vec::new();
    for &i in kv.iter().rev() {
        let table = doc.tables.remove(i);
        for l in table.line_start..=table.line_end {
            if let Some(slot) = blanked.get_mut(l as usize - 1) {
                *slot = "";
            }
        }
        for row in table.rows.iter().filter(|r| r.kind == RowKind::Data) {
            let text = match form_field(row) {
                Some((label, value)) => format!("{label}：{value}"),
                None => row_texts(row).join(" "),
            };
            if !text.is_empty() {
                converted.push(row.line);
                doc.text_lines.push(TextLine::new(row.line, text));
            }
        }
    }
    doc.text_lines.sort_by_key(|t| t.line);
    for (i, t) in doc.tables.iter_mut().enumerate() {
        t.index = i;
    }
    gather_lines(doc, &blanked);
    if doc.text_lines.iter().any(|t| converted.contains(&t.line)) {
        *doc = before;
        gather_lines(doc, lines);
    }
}

/// Label words of a key-value table's first column: the point, where it is, how to reach it
/// (in simplified and traditional forms: `電話`, `機構`).
const KEY_WORDS: &[&str] = &[
    "地址",
    "地点",
    "机构",
    "名称",
    "单位",
    "受理点",
    "窗口",
    "部门",
    "电话",
    "联系",
    "传真",
    "热线",
    "邮编",
    "时间",
    "备注",
    "地點",
    "機構",
    "名稱",
    "單位",
    "受理點",
    "部門",
    "電話",
    "聯繫",
    "聯系",
    "傳真",
    "熱線",
    "郵編",
    "時間",
    "備註",
    "備注",
];

/// A markdown table of two columns whose first holds field labels (`受理机构`, `地址`,
/// `电话`), four rows in five or more, one naming the point or its address: a form.
fn is_key_value_table(table: &Table) -> bool {
    // Markdown rows each have a line of their own (read as label lines below); an HTML
    // table may print every row on one line (read block by block, see `html_forms`).
    let rows: Vec<&Row> = table.rows.iter().filter(|r| r.kind == RowKind::Data).collect();
    let own_lines = !rows.windows(2).any(|w| w[1].line <= w[0].line);
    if !matches!(table.kind, TableKind::Markdown | TableKind::Html) || rows.len() < 3 || (table.kind == TableKind::Markdown && !own_lines) {
        return false;
    }
    let mut keys: Vec<String> = Vec::new();
    let mut labelled = 0;
    for row in &rows {
        if row_texts(row).len() > 2 {
            return false;
        }
        if let Some(key) = key_value_label(row) {
            labelled += 1;
            keys.push(key);
        }
    }
    keys.sort();
    keys.dedup();
    labelled * 5 >= rows.len() * 4 && keys.len() >= 2 && keys.iter().any(|k| POINT_LABELS.iter().any(|w| k.contains(w)))
}

/// A table of one or two rows, each a field label and its value (`| 电话 | 010-… |`): the
/// rest of a key-value form cut by a page break, in a document of such forms.
fn is_key_value_rest(table: &Table) -> bool {
    let rows: Vec<&Row> = table.rows.iter().filter(|r| r.kind == RowKind::Data).collect();
    matches!(table.kind, TableKind::Markdown | TableKind::Html)
        && (1..=2).contains(&rows.len())
        && rows.iter().all(|row| key_value_label(row).is_some())
}

/// The label's key of a key-value row (`| 受理机构 | … |`): two cells, the first a short
/// label of Han characters holding a [`KEY_WORDS`] word.
fn key_value_label(row: &Row) -> Option<String> {
    let (label, _) = label_and_value(row)?;
    let key = label_key(label);
    let short = (2..=6).contains(&key.chars().count()) && key.chars().all(is_han);
    (short && KEY_WORDS.iter().any(|w| key.contains(w))).then_some(key)
}

/// Reads HTML key-value tables (`<tr><td>受理机构</td><td>…</td></tr><tr><td>地址</td>…`) as
/// forms, a block per record: a label printed again opens the next block. A table whose
/// blocks make no form (two of two fields or more, or one of three with a name label in a
/// document of nothing else) stays as it was.
fn html_forms(doc: &mut Document) {
    let lone = doc.tables.len() == 1;
    for table in doc.tables.iter_mut().filter(|t| t.kind == TableKind::Html && is_key_value_table(t)) {
        let mut blocks: Vec<Block> = Vec::new();
        let mut block = Block::default();
        for row in table.rows.iter().filter(|r| r.kind == RowKind::Data) {
            let texts = row_texts(row);
            // (A label whose value the form left empty, `| 电话 | |`, is a field too, no
            // value's rest.)
            match (form_field(row), texts.as_slice()) {
                (Some((label, value)), _) => {
                    let key = label_key(label);
                    if block.has(&key) {
                        blocks.push(std::mem::take(&mut block));
                    }
                    block.fields.push((key, label.to_string(), value.to_string(), row.line));
                }
                // A value's rest on a row of its own.
                (None, [rest]) => match block.fields.last_mut() {
                    Some(f) => {
                        f.2.push(' ');
                        f.2.push_str(rest);
                    }
                    None => block.title = Some((row.line, rest.to_string())),
                },
                _ => {}
            }
        }
        blocks.push(block);
        blocks.retain(|b| !b.fields.is_empty());
        let run = Run { blocks, taken: Vec::new() };
        let form = is_form(&run) || (lone && is_one_point(&run.blocks));
        if !form {
            continue;
        }
        let blocks = run.blocks;
        let (index, start, end) = (table.index, table.line_start, table.line_end);
        *table = to_table(blocks);
        (table.index, table.line_start, table.line_end) = (index, start, end.max(table.line_end));
    }
}

/// [`gather`] on the document's text lines.
fn gather_lines(doc: &mut Document, lines: &[&str]) {
    if doc.text_lines.len() < 2 || !doc.text_lines.iter().any(|t| t.text.contains([':', '：'])) {
        return;
    }
    let logical = join_wrapped(&doc.text_lines);
    let read: Vec<Line> = logical.lines.iter().map(|t| read_line(&t.text)).collect();
    let runs = find_runs(&logical.lines, &logical.ends, &read, lines);
    // A run of one record is a form only in a document that prints records as forms (one
    // record under each province heading), and when it names its point too.
    let any_form = runs.iter().any(is_form);
    // A document that is one point's form and nothing else (no table, no other block): its
    // block names the point by a name label, beside two more fields.
    let lone_point = doc.tables.is_empty() && runs.len() == 1 && is_one_point(&runs[0].blocks);
    let keep: Vec<bool> = runs
        .iter()
        .map(|r| is_form(r) || lone_point || (any_form && r.blocks.len() == 1 && r.blocks[0].fields.len() >= 2 && names_points(r)))
        .collect();
    if !keep.iter().any(|&k| k) {
        return;
    }
    let mut taken = vec![false; doc.text_lines.len()];
    let mut tables = std::mem::take(&mut doc.tables);
    for (run, _) in runs.into_iter().zip(keep).filter(|(_, k)| *k) {
        for &i in &run.taken {
            for p in logical.members[i].clone() {
                taken[p] = true;
            }
        }
        tables.push(to_table(run.blocks));
    }
    let mut i = 0;
    doc.text_lines.retain(|_| {
        i += 1;
        !taken[i - 1]
    });
    tables.sort_by_key(|t| t.line_start);
    for (i, t) in tables.iter_mut().enumerate() {
        t.index = i;
    }
    doc.tables = tables;
}

/// Label words that name a point or where it is: a form of records has one (or titles its
/// blocks); a contact footer (`联系人：` / `联系电话：` / `邮箱：`) has none.
const POINT_LABELS: &[&str] = &["地址", "地点", "机构", "名称", "单位", "受理点", "窗口", "部门"];

/// A run is a form when it holds two or more records of two or more fields each, and its
/// blocks say what point they are (a label naming the point or its address, or a title).
fn is_form(run: &Run) -> bool {
    // A record printed on one line counts its title as a field (`乙市科学技术局，地址：二路2号`
    // is a record that lacks its phone).
    let fields = |b: &Block| b.fields.len() + usize::from(b.title.as_ref().is_some_and(|t| b.fields.first().is_some_and(|f| f.3 == t.0)));
    run.blocks.iter().filter(|b| fields(b) >= 2).count() >= 2 && names_points(run)
}

/// Whether the blocks are one point's form on their own: a single block of three or more
/// fields, one of them a name label (a document of nothing else is that point).
fn is_one_point(blocks: &[Block]) -> bool {
    matches!(blocks, [b] if b.fields.len() >= 3 && b.fields.iter().any(|f| NAME_LABELS.iter().any(|w| f.0.contains(w))))
}

/// Whether a run's blocks say what point they are: a title, or a label naming the point or
/// its address.
fn names_points(run: &Run) -> bool {
    run.blocks.iter().any(|b| b.title.is_some() || b.fields.iter().any(|f| POINT_LABELS.iter().any(|w| f.0.contains(w))))
}

/// Text lines with the hard-wrapped lines of records printed one per line joined back:
/// each logical line, the last source line it spans, and the text lines it holds.
struct Logical {
    lines: Vec<TextLine>,
    ends: Vec<u32>,
    members: Vec<std::ops::Range<usize>>,
}

/// Joins the lines a record printed on one line was wrapped onto (`1. 朝阳区…，地址：将台路
/// 5号院，电话：010-57` / `596100`), in a document of numbered or list-marked lines: a line
/// continues the one above unless it opens the next item or a heading, or opens with a
/// label after a line that did not end with a separator (a form's next field).
fn join_wrapped(text_lines: &[TextLine]) -> Logical {
    let mut out = Logical { lines: Vec::with_capacity(text_lines.len()), ends: Vec::new(), members: Vec::new() };
    // A numbered or bulleted list: two bullets, or two item numbers counting up by one (a
    // line that a wrap left opening with `35、025-…` numbers nothing).
    let items: Vec<Option<u32>> = text_lines.iter().filter_map(|t| item_number(&t.text)).collect();
    let active = items.iter().filter(|i| i.is_none()).nth(1).is_some()
        || items.iter().flatten().collect::<Vec<_>>().windows(2).any(|w| *w[1] == *w[0] + 1);
    let unnumbered = if active { None } else { RecordLines::of(text_lines) };
    // The number of the last item opened, so `65、D66号窗口` (a wrapped address) opens none
    // after item 3.
    let mut last_item: Option<u32> = None;
    let mut k = 0;
    while k < text_lines.len() {
        let mut text = text_lines[k].text.clone();
        if let Some(Some(n)) = item_number(&text) {
            last_item = Some(n);
        }
        let mut m = k + 1;
        while m < text_lines.len()
            && text_lines[m].line == text_lines[m - 1].line + 1
            && ((active && continues(&text, &text_lines[m].text, last_item))
                || unnumbered.as_ref().is_some_and(|u| u.continues(&text, &text_lines[m - 1].text, &text_lines[m].text)))
        {
            let next = text_lines[m].text.trim();
            if text.ends_with(|c: char| c.is_ascii_alphanumeric()) && next.starts_with(|c: char| c.is_ascii_alphabetic()) {
                text.push(' ');
            }
            text.push_str(next);
            m += 1;
        }
        out.lines.push(TextLine { line: text_lines[k].line, text, pos: text_lines[k].pos });
        out.ends.push(text_lines[m - 1].line);
        out.members.push(k..m);
        k = m;
    }
    out
}

/// Last characters of an institution's name (`局`, `厅`, `中心`, `窗口`…), so a wrapped
/// line's opening text is not taken for the title of a record.
const NAME_ENDINGS: &[char] = &['局', '厅', '委', '会', '心', '处', '站', '办', '所', '院', '部', '口', '台', '队', '司'];

/// One-line records printed one per line with no number or marker (`天津市科学技术局，地址：…，
/// 电话：…`), some hard-wrapped: the field that follows the title on most of them, and
/// every field they hold.
struct RecordLines {
    first_key: String,
    keys: Vec<String>,
    /// The width the lines were hard-wrapped at, in characters: the longest line's, when
    /// three or more lines (and a tenth of them) have it.
    width: Option<usize>,
}

impl RecordLines {
    /// `None` unless two or more lines are titled records.
    fn of(text_lines: &[TextLine]) -> Option<Self> {
        let mut firsts: BTreeMap<String, usize> = BTreeMap::new();
        let mut keys: Vec<String> = Vec::new();
        for t in text_lines.iter().filter(|t| t.text.contains([':', '：'])) {
            if let Line::Record { title: Some(_), fields } = read_line(&t.text) {
                *firsts.entry(fields[0].0.clone()).or_insert(0) += 1;
                for f in fields {
                    if !keys.contains(&f.0) {
                        keys.push(f.0);
                    }
                }
            }
        }
        // The most frequent first field; the first in key order among equals.
        let (first_key, n) = firsts.into_iter().fold((String::new(), 0), |best, (k, n)| if n > best.1 { (k, n) } else { best });
        let lengths: Vec<usize> = text_lines.iter().map(|t| t.text.trim().chars().count()).collect();
        let longest = lengths.iter().copied().max().unwrap_or(0);
        let at_longest = lengths.iter().filter(|&&l| l == longest).count();
        let width = (at_longest >= 3 && at_longest * 10 >= lengths.len()).then_some(longest);
        (n >= 2).then_some(RecordLines { first_key, keys, width })
    }

    /// Whether `next` is the wrapped rest of the record line `text`, whose last line was
    /// `last`: unless it opens a record of its own (a title, then the field records open
    /// with), it goes on with a line cut at the wrap width or after a separator or a label;
    /// after any other line it must name a field the record lacks (`…政务服务中` /
    /// `心三层C岛，电话：…`) or go on with the digits the line ended in (`电话：022-5883` /
    /// `2123`).
    fn continues(&self, text: &str, last: &str, next: &str) -> bool {
        let next = next.trim();
        if next.starts_with('#') || next.starts_with("**") || numbered_heading(next) {
            return false;
        }
        // A colon opens no line: a label's colon the wrap cut off (`…，地址` / `：佛山市…`).
        if next.starts_with([':', '：']) {
            return true;
        }
        // A line that closes the bracket the record left open (`…事务部(北京市外国人来华工作
        // 事务` / `中心)，地址：…`) is its rest, whatever follows the bracket.
        if closes_open_bracket(text, next) {
            return true;
        }
        let next_line = read_line(next);
        let opens_record = |line: &Line| matches!(line, Line::Record { title: Some(_), fields } if fields[0].0 == self.first_key);
        // After a line cut at the wrap width, a title too short for a name is the name's
        // last characters (`…"一窗式"办理窗` / `口，地址：…`).
        let at_width = self.width.is_some_and(|w| last.trim().chars().count() >= w);
        let short_title = matches!(&next_line, Line::Record { title: Some(t), .. } if t.chars().count() <= 2);
        if at_width && short_title {
            return true;
        }
        if opens_record(&next_line) {
            return false;
        }
        // Or it does with its label's colon cut off by the wrap (`佛山市…窗口，地址` / `：…`).
        if next.ends_with(self.first_key.as_str()) && opens_record(&read_line(&format!("{next}：…"))) {
            return false;
        }
        // A label no record uses (`注：…`, `说明：…`) opens text of its own; the end of one
        // that does (`址：…` after a line cut inside `地址`) goes on.
        let label = next
            .split_once([':', '：'])
            .map(|(l, _)| label_key(l))
            .filter(|l| (1..=6).contains(&l.chars().count()) && l.chars().all(is_han));
        if label.as_ref().is_some_and(|l| !self.keys.iter().any(|k| k.ends_with(l.as_str()))) {
            return false;
        }
        // A whole label the record has already (`地址：…` after `地址：…，电话：…`) opens the
        // next record, though the line above reaches the wrap width by chance.
        let has_label = |l: &String| match read_line(text) {
            Line::Record { fields, .. } => fields.iter().any(|f| &f.0 == l),
            Line::Field { key, .. } => &key == l,
            Line::Other(_) => false,
        };
        if label.as_ref().is_some_and(|l| self.keys.contains(l) && has_label(l)) {
            return false;
        }
        let text = text.trim_end();
        // (A line cut inside a number may leave `8、023-…` at the next one's start: no item
        // number in a list that numbers none. A line ending in the ` / ` between a point's
        // two addresses is cut there, though the wrap left it a space short of the width.)
        let cut =
            self.width.is_some_and(|w| last.trim().chars().count() >= w) || text.ends_with([':', '：', ',', '，', ';', '；', '、', '/']);
        if cut {
            return true;
        }
        if item_number(next).is_some() {
            return false;
        }
        let Line::Record { fields, .. } = read_line(text) else { return false };
        let has = |k: &str| fields.iter().any(|f| f.0 == k);
        match next_line {
            // A title ending like a name (`…科技局，电话：…`) opens a record that lacks a field.
            Line::Record { title: Some(title), fields: next_fields } => {
                !title.ends_with(NAME_ENDINGS)
                    && next_fields[0].0 != self.first_key
                    && next_fields.iter().all(|f| self.keys.contains(&f.0) && !has(&f.0))
            }
            Line::Other(_) => {
                text.ends_with(|c: char| c.is_ascii_digit() || c == '-')
                    && next.starts_with(|c: char| c.is_ascii_digit())
                    && next.chars().all(|c| c.is_ascii_digit() || "-、/ ".contains(c))
            }
            _ => false,
        }
    }
}

/// True when `text` opens more brackets than it closes and `next` closes one before it
/// opens any: `next` is the rest of a text wrapped inside its bracket.
pub(crate) fn closes_open_bracket(text: &str, next: &str) -> bool {
    let depth = text.chars().fold(0i32, |d, c| match c {
        '(' | '（' => d + 1,
        ')' | '）' => d - 1,
        _ => d,
    });
    depth > 0 && next.find([')', '）']).is_some_and(|c| next.find(['(', '（']).is_none_or(|o| c < o))
}

/// A section heading numbered in Chinese (`二、天津市`, `(三)河北省`): it opens no record's
/// rest.
fn numbered_heading(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let t = text.strip_prefix(['(', '（']).unwrap_or(text);
    let n = t.chars().take_while(|c| NUMERALS.contains(*c)).count();
    n > 0 && t.chars().nth(n).is_some_and(|c| matches!(c, '、' | ')' | '）' | '.' | '．'))
}

/// A list item's opening: `Some(None)` for a list marker (`- `, `• `), `Some(Some(n))` for
/// an item number (`3.`, `3、`, `(3)`); `None` for any other line.
fn item_number(text: &str) -> Option<Option<u32>> {
    let t = text.trim_start();
    // A marker before a digit is a range or sign a wrap left at the line's start (`55` /
    // `- 57号`), not a bullet.
    if let Some(rest) = crate::strip_list_marker(t) {
        return (!rest.trim_start().starts_with(|c: char| c.is_ascii_digit())).then_some(None);
    }
    let (inner, closers): (&str, &[char]) = match t.strip_prefix(['(', '（']) {
        Some(inner) => (inner, &[')', '）']),
        None => (t, &['.', '．', '、', ')', '）']),
    };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && inner[digits..].starts_with(closers)).then(|| inner[..digits].parse().ok())
}

/// Whether `next` continues the logical line `text` (see [`join_wrapped`]); `last_item` is
/// the number of the item `text` belongs to.
fn continues(text: &str, next: &str, last_item: Option<u32>) -> bool {
    let next = next.trim();
    match item_number(next) {
        Some(None) => return false,
        // The next number, or a list starting again, opens an item; another number is the
        // wrapped rest of a value (`67、0512-50376099`).
        Some(Some(n)) if n == 1 || last_item.is_none_or(|l| n == l + 1) => return false,
        _ => {}
    }
    if next.starts_with('#') || next.starts_with("**") {
        return false;
    }
    if read_field(next).is_some() {
        return text.trim_end().ends_with(['，', ',', '；', ';', '、']);
    }
    true
}

/// Splits the (logical) text lines into runs of form lines and their blocks; `ends` holds
/// the last source line of each.
fn find_runs(text_lines: &[TextLine], ends: &[u32], read: &[Line], lines: &[&str]) -> Vec<Run> {
    // Only blank lines between two text lines: nothing (a table) sets them apart.
    let blank_between =
        |a: u32, b: u32| (a as usize..(b as usize).saturating_sub(1)).all(|k| lines.get(k).is_none_or(|l| l.trim().is_empty()));
    // The next line, or a block element printed on the same line (minified HTML).
    let next_to = |i: usize| text_lines.get(i + 1).is_some_and(|n| n.line == ends[i] + 1 || n.line == ends[i]);
    let spanned = |i: usize| text_lines[i].line + 1..=ends[i];
    let mut runs = Vec::new();
    let mut run = Run { blocks: Vec::new(), taken: Vec::new() };
    let mut block = Block::default();
    let mut last_field: Option<usize> = None; // index of the text line of the last field
                                              // Whether the line before was a body's name alone, read as a record of its own.
    let mut name_alone_before = false;
    let close = |run: &mut Run, block: &mut Block| {
        if !block.fields.is_empty() {
            run.blocks.push(std::mem::take(block));
        } else {
            *block = Block::default();
        }
    };
    for (i, t) in text_lines.iter().enumerate() {
        if let Some(&prev) = run.taken.last() {
            if !blank_between(ends[prev], t.line) {
                close(&mut run, &mut block);
                runs.push(std::mem::replace(&mut run, Run { blocks: Vec::new(), taken: Vec::new() }));
                last_field = None;
            }
        }
        match &read[i] {
            // A field, or fields on one line with no title, go on the block (a label the
            // block has opens the next one).
            line @ (Line::Field { .. } | Line::Record { title: None, .. }) => {
                for (key, label, value) in line.untitled_fields() {
                    if block.has(key) {
                        close(&mut run, &mut block);
                    }
                    block.fields.push((key.clone(), label.clone(), value.clone(), t.line));
                }
                block.wrapped.extend(spanned(i));
                run.taken.push(i);
                last_field = Some(i);
            }
            Line::Record { title, fields } => {
                close(&mut run, &mut block);
                run.blocks.push(Block {
                    title: title.clone().map(|x| (t.line, x)),
                    fields: fields.iter().map(|(k, l, v)| (k.clone(), l.clone(), v.clone(), t.line)).collect(),
                    wrapped: spanned(i).collect(),
                });
                run.taken.push(i);
                last_field = None;
            }
            Line::Other(text) => {
                let next_field = next_to(i).then(|| &read[i + 1]).and_then(|l| match l {
                    Line::Field { key, .. } => Some(key.as_str()),
                    Line::Record { .. } | Line::Other(_) => None,
                });
                // (A block element on the same line, in minified HTML, is no wrapped value.)
                let after_field = last_field.is_some_and(|f| f + 1 == i && ends[f] + 1 == t.line);
                let opens_block = next_field.is_some_and(|k| block.fields.is_empty() || block.has(k));
                // (A section's numbered heading, `十八、湖南省`, is neither a title nor a
                // value's rest: it ends the run, and places the records after it.)
                let heading = numbered_heading(text.trim());
                // A body's name alone on its line between one-line records (`…管理委员会`,
                // printed without address or phone): a record of its name only.
                let body_alone = |l: &Line| matches!(l, Line::Other(o) if is_title(o) && o.trim().ends_with(NAME_ENDINGS));
                let after_record = i > 0
                    && ends[i - 1] + 1 == t.line
                    && (matches!(&read[i - 1], Line::Record { title: Some(_), .. }) || (name_alone_before && body_alone(&read[i - 1])));
                let before_record = next_to(i) && (matches!(&read[i + 1], Line::Record { .. }) || body_alone(&read[i + 1]));
                name_alone_before = false;
                if !heading && !run.blocks.is_empty() && block.fields.is_empty() && after_record && before_record && body_alone(&read[i]) {
                    close(&mut run, &mut block);
                    run.blocks.push(Block { title: Some((t.line, text.clone())), fields: Vec::new(), wrapped: spanned(i).collect() });
                    run.taken.push(i);
                    last_field = None;
                    name_alone_before = true;
                } else if !heading && opens_block && is_title(text) {
                    close(&mut run, &mut block);
                    block.title = Some((t.line, text.clone()));
                    block.wrapped.extend(spanned(i));
                    run.taken.push(i);
                    last_field = None;
                } else if !heading && after_field && !text.starts_with('#') && !text.contains([':', '：']) {
                    // The wrapped rest of the value above (a line with a colon is a label
                    // of its own, or prose).
                    let f = block.fields.last_mut().expect("a field precedes");
                    f.2.push(' ');
                    f.2.push_str(text);
                    block.wrapped.extend(t.line..=ends[i]);
                    run.taken.push(i);
                    last_field = Some(i);
                } else {
                    close(&mut run, &mut block);
                    if !run.blocks.is_empty() {
                        runs.push(std::mem::replace(&mut run, Run { blocks: Vec::new(), taken: Vec::new() }));
                    } else {
                        run = Run { blocks: Vec::new(), taken: Vec::new() };
                    }
                    last_field = None;
                }
            }
        }
    }
    close(&mut run, &mut block);
    if !run.blocks.is_empty() {
        runs.push(run);
    }
    // A lone field whose label no other block of the run has (`说明：…` after the records)
    // is a note line, not a record: given back as text.
    for r in &mut runs {
        // How many blocks have each label, counted once a run (asked of each block, a run of
        // many one-field blocks cost their square).
        let mut having: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for b in &r.blocks {
            let mut keys: Vec<&str> = b.fields.iter().map(|f| f.0.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                *having.entry(k).or_insert(0) += 1;
            }
        }
        let lone = |b: &Block| b.title.is_none() && b.fields.len() == 1 && having.get(b.fields[0].0.as_str()) == Some(&1);
        let keep: Vec<bool> = r.blocks.iter().map(|b| !lone(b)).collect();
        let mut k = keep.iter();
        r.blocks.retain(|_| *k.next().unwrap_or(&true));
    }
    runs.retain(|r| !r.blocks.is_empty());
    // A run keeps only the lines of its blocks (a title taken before a block that never
    // got a field is given back).
    for r in &mut runs {
        let mine: std::collections::HashSet<u32> = r
            .blocks
            .iter()
            .flat_map(|b| b.title.iter().map(|t| t.0).chain(b.fields.iter().map(|f| f.3)).chain(b.wrapped.iter().copied()))
            .collect();
        r.taken.retain(|&i| mine.contains(&text_lines[i].line));
    }
    runs
}

/// A block's title: a short line that is no heading and no sentence (`1. 四川省科学技术厅`,
/// `成都市科学技术局`).
fn is_title(text: &str) -> bool {
    // A phone number in it makes it the wrapped rest of a phone field (`77、027-87131810`).
    let holds_number = crate::has_digit_run(text, 7, &[]);
    !text.starts_with('#') && !text.contains([':', '：', '。']) && text.chars().count() <= MAX_TITLE_CHARS && !holds_number
}

/// Reads a line as `label: value` when the text before its first colon is a short label
/// of two or more Han characters (`受理机构`, `咨询电话`, `地 址`); otherwise as other text.
fn read_line(raw: &str) -> Line {
    let text = decode_inline(&decode_entities(raw)).trim().trim_start_matches(['-', '*', '•', '·']).trim().to_string();
    if !text.contains([':', '：']) {
        return Line::Other(text);
    }
    if let Some(record) = read_record_line(&text) {
        return record;
    }
    match read_field(&text) {
        Some((key, label, value)) => Line::Field { key, label: label.to_string(), value: value.to_string() },
        None => Line::Other(text),
    }
}

/// A label without its spaces: what repeats from block to block (`受理 机构` is `受理机构`).
fn label_key(label: &str) -> String {
    label.chars().filter(|c| !c.is_whitespace()).collect()
}

/// True for a Han character of the basic block, what labels are written in.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A two-column row's first cell and second (`| 电话 | 010-… |`), the second maybe left
/// empty (`| 电话 | |`: the form printed no number).
fn label_and_value(row: &Row) -> Option<(&str, &str)> {
    match row_texts(row)[..] {
        [label, value] => Some((label, value)),
        [label] if row.cells.len() >= 2 && row.cells[0].text.trim() == label => Some((label, "")),
        _ => None,
    }
}

/// A form's row read as a field: a label and its value, or a field label whose value was
/// left empty (no value's rest, no text of its own).
fn form_field(row: &Row) -> Option<(&str, &str)> {
    label_and_value(row).filter(|(_, value)| !value.is_empty() || key_value_label(row).is_some())
}

/// A row's non-empty cell texts, trimmed.
fn row_texts(row: &Row) -> Vec<&str> {
    row.cells.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect()
}

/// `label: value` when the text before the first colon is a short label of two or more Han
/// characters: the label without spaces (the key), the label as printed, and the value.
fn read_field(text: &str) -> Option<(String, &str, &str)> {
    let colon = text.find([':', '：'])?;
    let label = text[..colon].trim();
    let key = label_key(label);
    let han = key.chars().filter(|&c| is_han(c)).count();
    let label_like = key.chars().all(|c| is_han(c) || "()（）/、".contains(c));
    if han < 2 || key.chars().count() > MAX_LABEL_CHARS || !label_like {
        return None;
    }
    let value = text[colon + text[colon..].chars().next().map_or(1, char::len_utf8)..].trim();
    Some((key, label, value))
}

/// A record printed on one line, its fields set apart by commas, semicolons or spaces
/// (`北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841`). A piece that
/// opens with no label is the rest of the value before it (`民生路1500号,3楼`) or, before
/// the first label, the record's title. Only a line with a title, or whose first label
/// names the point (`受理机构：…，地址：…`), is a record: `电话：… 传真：…` is one field line.
fn read_record_line(text: &str) -> Option<Line> {
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    // Key, label, and the value's byte range in `text`.
    let mut fields: Vec<(String, String, usize, usize)> = Vec::new();
    let mut title: Option<usize> = None; // end of the title
    let mut start = 0;
    let mut pieces = 0;
    // Whether every field after the first follows a printed separator (`，`, `；`), not a
    // space only (`电话：… 传真：…` is one field's value).
    let mut separated = true;
    let mut after_separator = false;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if !matches!(c, '，' | ',' | '；' | ';' | ' ' | '\t' | '\u{3000}') {
            continue;
        }
        let piece = text[start..i].trim();
        start = i + c.len_utf8();
        let before_separator = after_separator;
        after_separator = matches!(c, '，' | ',' | '；' | ';') || (piece.is_empty() && after_separator);
        if piece.is_empty() {
            continue;
        }
        pieces += 1;
        match read_field(piece) {
            // A label twice: two records on one line, or prose; not read as one record.
            Some((key, ..)) if fields.iter().any(|f| f.0 == key) => return None,
            Some((key, label, value)) => {
                separated &= fields.is_empty() || before_separator;
                let v = offset(value);
                fields.push((key, label.to_string(), v, v + value.len()));
            }
            None => match fields.last_mut() {
                Some(f) => f.3 = offset(piece) + piece.len(),
                None => title = Some(offset(piece) + piece.len()),
            },
        }
    }
    let names_point = fields.first().is_some_and(|f| NAME_LABELS.iter().any(|w| f.0.contains(w)));
    let title = title.map(|end| text[..end].trim().to_string());
    let enough = match &title {
        Some(t) => !fields.is_empty() && is_title(t),
        // (Without a title, two fields or more: a record's (`受理机构：… 地址：…`), or a
        // block's fields printed on one line, set apart by a separator, each a field's label
        // (`地址：…，电话：…`; `电话：… 传真：…` is one field, `说明：…，电话：…` a note),
        // read field by field.)
        None => fields.len() >= 2 && (names_point || separated && fields.iter().all(|f| KEY_WORDS.iter().any(|w| f.0.contains(w)))),
    };
    // The line's closing full stop ends the sentence, not the last value; a full stop
    // inside the line (`…1715室。，电话：…`) is the value's own.
    let value = |a: usize, b: usize| {
        let v = text[a..b].trim();
        let v = if text[b..].trim().is_empty() { v.trim_end_matches(['。', '.']).trim_end() } else { v };
        v.to_string()
    };
    (enough && pieces > 1).then(|| Line::Record { title, fields: fields.into_iter().map(|(k, l, a, b)| (k, l, value(a, b))).collect() })
}

/// Labels that name the point itself (not where it is): a one-line record opens with one.
const NAME_LABELS: &[&str] = &["机构", "名称", "单位", "受理点", "窗口", "部门", "機構", "名稱", "單位", "受理點", "部門"];

/// The table of a run: a header of the labels in order of first appearance (after an
/// empty caption for block titles, when any block has one), then a row per block.
fn to_table(blocks: Vec<Block>) -> Table {
    let titled = blocks.iter().any(|b| b.title.is_some());
    let mut keys: Vec<(String, String, u32)> = Vec::new();
    for b in &blocks {
        for f in &b.fields {
            if !keys.iter().any(|k| k.0 == f.0) {
                keys.push((f.0.clone(), f.1.clone(), f.3));
            }
        }
    }
    let offset = u32::from(titled);
    let first = blocks[0].first_line();
    let header_line = blocks[0].fields[0].3;
    let mut header = Vec::with_capacity(keys.len() + 1);
    if titled {
        header.push(Cell::new("", 0, header_line));
    }
    header.extend(keys.iter().enumerate().map(|(c, k)| Cell::new(k.1.clone(), c as u32 + offset, k.2)));
    let mut rows = vec![Row { line: header_line.min(first), kind: RowKind::Data, cells: header }];
    let mut last = first;
    for b in blocks {
        let line = b.first_line();
        let mut cells: Vec<Cell> = (0..keys.len() as u32 + offset).map(|c| Cell::new("", c, line)).collect();
        if let Some((l, t)) = b.title {
            cells[0] = Cell::new(t, 0, l);
            // A title wrapped over lines ends before the first field's line.
            let first_field = b.fields.first().map_or(u32::MAX, |f| f.3);
            cells[0].wrapped_to = b.wrapped.iter().copied().filter(|&w| w > l && w < first_field).max();
        }
        let starts: Vec<u32> = b.fields.iter().map(|f| f.3).collect();
        for (j, (key, _, value, l)) in b.fields.into_iter().enumerate() {
            let c = keys.iter().position(|k| k.0 == key).expect("every key is a column") + offset as usize;
            cells[c] = Cell::new(value, c as u32, l);
            // Wrapped lines follow their field, before the next field's line.
            let next = starts.get(j + 1).copied().unwrap_or(u32::MAX);
            cells[c].wrapped_to = b.wrapped.iter().copied().filter(|&w| w > l && w < next).max();
            last = last.max(l);
        }
        last = last.max(b.wrapped.last().copied().unwrap_or(0));
        rows.push(Row { line, kind: RowKind::Data, cells });
    }
    Table { index: 0, kind: TableKind::Labelled, line_start: rows[0].line, line_end: last, rows, pos: 0 }
}

#[cfg(test)]
mod tests {
    use crate::markdown::parse_markdown;
    use crate::model::TableKind;

    /// The lines cut every `width` characters, as a PDF's text layer wraps them.
    fn hard_wrapped(lines: &[&str], width: usize) -> String {
        let mut md = String::new();
        for line in lines {
            let chars: Vec<char> = line.chars().collect();
            for part in chars.chunks(width) {
                md.extend(part);
                md.push('\n');
            }
        }
        md
    }

    const FORM: &str = "四川省外国人工作许可受理点\n\n受理机构：四川省科学技术厅\n地址：成都市青羊区人民南路一段86号\n电话：028-86711234\n\n受理机构：成都市科学技术局\n地址：成都市高新区天府大道\n中段1366号\n电话：028-61881234\n";

    #[test]
    fn label_blocks_read_as_a_table_with_the_labels_as_header() {
        let doc = parse_markdown("f.md", FORM).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let t = &doc.tables[0];
        assert_eq!(t.kind, TableKind::Labelled);
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(texts[0], ["受理机构", "地址", "电话"]);
        assert_eq!(texts[1], ["四川省科学技术厅", "成都市青羊区人民南路一段86号", "028-86711234"]);
        // The wrapped rest of an address joins it.
        assert_eq!(texts[2], ["成都市科学技术局", "成都市高新区天府大道 中段1366号", "028-61881234"]);
        assert_eq!((t.rows[1].line, t.rows[2].line, t.line_end), (3, 7, 10));
        assert_eq!(t.rows[2].cells[2].line, 10);
        assert_eq!((t.rows[2].cells[1].line, t.rows[2].cells[1].wrapped_to), (8, Some(9)));
        assert_eq!(t.rows[2].cells[0].wrapped_to, None);
        // The title above the blocks stays text.
        assert_eq!(doc.text_lines.len(), 1, "{:?}", doc.text_lines);
        assert_eq!(doc.text_lines[0].line, 1);
    }

    #[test]
    fn html_key_value_tables_on_one_line_are_read_as_a_form() {
        let html = "<p>北京市</p>\n<table><tr><td>受理机构</td><td>北京市科学技术委员会</td></tr><tr><td>地址</td><td>丰台区西三环南路1号</td></tr>\
                    <tr><td>电话</td><td>010-89150841</td></tr><tr><td>受理机构</td><td>朝阳区人力资源公共服务中心</td></tr>\
                    <tr><td>地址</td><td>将台路5号院</td></tr><tr><td>电话</td><td>010-57596100</td></tr></table>\n";
        let doc = crate::html::parse_html_document("kv.html", html).unwrap();
        let t = doc.tables.iter().find(|t| t.kind == TableKind::Labelled).expect("a form");
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(
            texts,
            [
                ["受理机构", "地址", "电话"],
                ["北京市科学技术委员会", "丰台区西三环南路1号", "010-89150841"],
                ["朝阳区人力资源公共服务中心", "将台路5号院", "010-57596100"]
            ]
        );
    }

    #[test]
    fn a_document_of_one_form_block_is_a_form() {
        let md = "外国人来华工作许可受理点\n\n受理机构：北京市科学技术委员会\n地址：北京市丰台区西三环南路1号\n电话：010-89150841\n";
        let doc = parse_markdown("one.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.tables[0].kind, TableKind::Labelled);
        // Beside a table, such a block is a contact footer, not a point.
        let md =
            "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n| 1 | 南京市科学技术局 | 南京市江东中路 265 号 | 025-68787123 |\n\n\
                  联系单位：江苏省科学技术厅\n地址：南京市成贤街118号\n联系电话：025-83236029\n";
        let doc = parse_markdown("footer.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.text_lines.len(), 3);
    }

    #[test]
    fn a_key_value_form_cut_by_a_page_break_is_one_record() {
        // The second form's phone row printed as a table of its own, in markdown and in
        // HTML printed a table per line.
        let md = "| 受理机构 | 甲局 |\n|---|---|\n| 地址 | 一路1号 |\n| 电话 | 010-89150841 |\n\n\
                  | 受理机构 | 乙局 |\n|---|---|\n| 地址 | 二路2号 |\n\n| 电话 | 010-89150842 |\n|---|---|\n\n\
                  | 受理机构 | 丙局 |\n|---|---|\n| 地址 | 三路3号 |\n| 电话 | 010-89150843 |\n";
        let html = "<table><tr><td>受理机构</td><td>甲局</td></tr><tr><td>地址</td><td>一路1号</td></tr><tr><td>电话</td><td>010-89150841</td></tr></table>\n\n\
                    <table><tr><td>受理机构</td><td>乙局</td></tr><tr><td>地址</td><td>二路2号</td></tr></table>\n\n\
                    <table><tr><td>电话</td><td>010-89150842</td></tr></table>\n\n\
                    <table><tr><td>受理机构</td><td>丙局</td></tr><tr><td>地址</td><td>三路3号</td></tr><tr><td>电话</td><td>010-89150843</td></tr></table>\n";
        for text in [md, html] {
            let doc = parse_markdown("k.md", text).unwrap();
            assert_eq!(doc.tables.len(), 1, "{doc:#?}");
            let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
            assert_eq!(
                texts[1..],
                [["甲局", "一路1号", "010-89150841"], ["乙局", "二路2号", "010-89150842"], ["丙局", "三路3号", "010-89150843"]]
            );
        }
    }

    #[test]
    fn a_key_value_form_with_a_value_left_empty_keeps_its_fields() {
        // `| 电话 | |`: the form printed no number; its fields stay the record's, in markdown
        // and in HTML (where the empty label is no value's rest).
        let md = "| 受理机构 | 甲局 |\n|---|---|\n| 地址 | 一路1号 |\n| 电话 | 010-89150841 |\n\n\
                  | 受理机构 | 乙局 |\n|---|---|\n| 地址 | 二路2号 |\n| 电话 | |\n\n\
                  | 受理机构 | |\n|---|---|\n| 地址 | 三路3号 |\n| 电话 | 010-89150843 |\n";
        let html = "<table><tr><td>受理机构</td><td>甲局</td></tr><tr><td>地址</td><td>一路1号</td></tr><tr><td>电话</td><td>010-89150841</td></tr></table>\n\n\
                    <table><tr><td>受理机构</td><td>乙局</td></tr><tr><td>地址</td><td>二路2号</td></tr><tr><td>电话</td><td></td></tr></table>\n\n\
                    <table><tr><td>受理机构</td><td></td></tr><tr><td>地址</td><td>三路3号</td></tr><tr><td>电话</td><td>010-89150843</td></tr></table>\n";
        for text in [md, html] {
            let doc = parse_markdown("k.md", text).unwrap();
            assert_eq!(doc.tables.len(), 1, "{doc:#?}");
            assert_eq!(doc.tables[0].kind, TableKind::Labelled);
            let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
            assert_eq!(texts[1..], [["甲局", "一路1号", "010-89150841"], ["乙局", "二路2号", ""], ["", "三路3号", "010-89150843"]]);
        }
    }

    #[test]
    fn key_value_tables_are_read_as_a_form() {
        let md = "## 北京市\n\n| 受理机构 | 北京市科学技术委员会 |\n|---|---|\n| 地址 | 北京市丰台区西三环南路 1 号 |\n| 电话 | 010-89150841 |\n\n\
                  | 受理机构 | 朝阳区人力资源公共服务中心 |\n|---|---|\n| 地址 | 将台路 5 号院 |\n| 电话 | 010-57596100 |\n\
                  | 受理机构 | 海淀区人力资源公共服务中心 |\n| 地址 | 海淀大街 1 号 |\n| 电话 | 010-62621234 |\n";
        let doc = parse_markdown("kv.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc.tables);
        let t = &doc.tables[0];
        assert_eq!(t.kind, TableKind::Labelled);
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(texts[0], ["受理机构", "地址", "电话"]);
        assert_eq!(texts[1], ["北京市科学技术委员会", "北京市丰台区西三环南路 1 号", "010-89150841"]);
        assert_eq!(texts[3], ["海淀区人力资源公共服务中心", "海淀大街 1 号", "010-62621234"]);
        // Each field keeps its row's line.
        assert_eq!(t.rows[1].cells.iter().map(|c| c.line).collect::<Vec<_>>(), [3, 5, 6]);
        assert_eq!(doc.text_lines.iter().map(|t| t.line).collect::<Vec<_>>(), [1]);
        // A two-column directory (names, then numbers) stays a table, as does a table of
        // labels that makes no form.
        for md in [
            "| 南京市科学技术局 | 025-68787123 |\n|---|---|\n| 无锡市科学技术局 | 0510-81821234 |\n| 徐州市科学技术局 | 0516-80801234 |\n",
            "| 城市 | 服务热线 |\n|---|---|\n| 南京 | 025-12345 |\n| 无锡 | 0510-12345 |\n",
            // Read as labels first, then given back: one block is no form on its own.
            "| 联系人 | 张三 |\n|---|---|\n| 联系电话 | 010-89150841 |\n| 地址 | 北京市丰台区 |\n",
        ] {
            let doc = parse_markdown("t.md", md).unwrap();
            assert_eq!(doc.tables.len(), 1);
            assert_eq!(doc.tables[0].kind, TableKind::Markdown, "{md}");
            assert!(doc.text_lines.is_empty());
        }
    }

    #[test]
    fn forms_labelled_in_traditional_forms_are_read_as_forms() {
        let md = "| 受理機構 | 臺北市勞動力發展署 |\n|---|---|\n| 地址 | 臺北市中正區館前路1號 |\n| 電話 | 02-23812345 |\n\n\
                  | 受理機構 | 新北市勞工局 |\n|---|---|\n| 地址 | 新北市板橋區中山路1號 |\n| 電話 | 02-29603456 |\n";
        let doc = parse_markdown("kv.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc.tables);
        assert_eq!(doc.tables[0].kind, TableKind::Labelled);
        assert_eq!(doc.tables[0].cell_texts()[2], ["新北市勞工局", "新北市板橋區中山路1號", "02-29603456"]);
        // A record on one line, titled by its name label only.
        let md = "受理機構：臺北市勞動力發展署，地址：臺北市中正區館前路1號，電話：02-23812345\n\
                  受理機構：新北市勞工局，地址：新北市板橋區中山路1號，電話：02-29603456\n";
        let doc = parse_markdown("f.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        assert_eq!(doc.tables[0].cell_texts()[0], ["受理機構", "地址", "電話"]);
        assert!(doc.text_lines.is_empty());
    }

    #[test]
    fn numbered_titles_open_blocks() {
        let md = "1. 四川省科学技术厅\n地址：成都市人民南路86号\n电话：028-86711234\n2. 成都市科学技术局\n地址：成都市天府大道1366号\n电话：028-61881234\n";
        let doc = parse_markdown("f.md", md).unwrap();
        let t = &doc.tables[0];
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(texts[0], ["", "地址", "电话"]);
        assert_eq!(texts[2], ["2. 成都市科学技术局", "成都市天府大道1366号", "028-61881234"]);
        assert!(doc.text_lines.is_empty());
    }

    #[test]
    fn records_printed_one_per_line_read_as_rows() {
        let md = "1. 北京市科学技术委员会，地址：浦东新区花木街道,民生路1500号 三楼，电话：010-89150841\n\
                  2. 海淀区人力资源和社会保障局；地址：海淀区四季青路7号；联系电话：010-88487000 010-88487001\n\n\
                  受理机构：天津市科学技术局 地址：天津市河西区友谊路35号 电话：022-58831234\n";
        let doc = parse_markdown("f.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let t = &doc.tables[0];
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(texts[0], ["", "地址", "电话", "联系电话", "受理机构"]);
        // Commas and spaces inside a value stay in it.
        assert_eq!(texts[1], ["1. 北京市科学技术委员会", "浦东新区花木街道,民生路1500号 三楼", "010-89150841", "", ""]);
        assert_eq!(texts[2], ["2. 海淀区人力资源和社会保障局", "海淀区四季青路7号", "", "010-88487000 010-88487001", ""]);
        assert_eq!(texts[3], ["", "天津市河西区友谊路35号", "022-58831234", "", "天津市科学技术局"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 1, 2, 4]);
        assert!(doc.text_lines.is_empty());
    }

    #[test]
    fn one_line_records_without_a_name_and_section_headings_between_them() {
        // `地址：…，电话：…` twice: two records without a name, not one address holding the
        // rest; `十一、浙江省` neither a value's rest nor the next record's name; a name alone
        // on its line a record of that name.
        let md = "十、江苏省\n江苏省科学技术厅，地址：南京市成贤街118号，电话：025-83236029\n\
                  地址：吴江区开平路300号，电话：0512-63950234\n\
                  地址：苏州高新区科普路50号，电话：0512-68753123\n\
                  十一、浙江省\n\
                  地址：杭州市环城西路33号，电话：0571-87051076\n\
                  宁波市科学技术局，地址：宁波市宁穿路1901号，电话：0574-89188123\n\
                  中国(浙江)自由贸易试验区舟山片区管理委员会\n\
                  温州市科学技术局，地址：温州市府东路500号，电话：0577-88961234\n";
        let doc = parse_markdown("o.md", md).unwrap();
        let rows: Vec<Vec<Vec<&str>>> = doc.tables.iter().map(|t| t.cell_texts()[1..].to_vec()).collect();
        assert_eq!(
            rows,
            [
                vec![
                    vec!["江苏省科学技术厅", "南京市成贤街118号", "025-83236029"],
                    vec!["", "吴江区开平路300号", "0512-63950234"],
                    vec!["", "苏州高新区科普路50号", "0512-68753123"]
                ],
                vec![
                    vec!["", "杭州市环城西路33号", "0571-87051076"],
                    vec!["宁波市科学技术局", "宁波市宁穿路1901号", "0574-89188123"],
                    // A body's name alone on its line between records: a record of its name.
                    vec!["中国(浙江)自由贸易试验区舟山片区管理委员会", "", ""],
                    vec!["温州市科学技术局", "温州市府东路500号", "0577-88961234"]
                ]
            ]
        );
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["十、江苏省", "十一、浙江省"]);
    }

    #[test]
    fn a_line_at_the_wrap_width_by_chance_ends_before_a_label_its_record_has() {
        // Hard-wrapped at 28 characters; `地址：乙市…842` is 28 long itself, whole: the next
        // `地址：…` opens another record, no rest of it.
        let recs = [
            "甲市科学技术局，地址：甲市一路1号楼三层，电话：010-89150841",
            "地址：乙市二路2号楼四层，电话：010-89150842",
            "地址：丙市三路3号楼五层，电话：010-89150843",
            "丁市科学技术局，地址：丁市四路4号楼六层，电话：010-89150844",
        ];
        let md = hard_wrapped(&recs, 28);
        let doc = parse_markdown("w.md", &md).unwrap();
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        let phones: Vec<&str> = texts[1..].iter().map(|r| r[2]).collect();
        assert_eq!(phones, ["010-89150841", "010-89150842", "010-89150843", "010-89150844"], "{texts:?}");
    }

    #[test]
    fn records_wrapped_over_lines_are_joined_back() {
        // Hard-wrapped at a fixed width: in a value, in a number, before a label.
        let md = "## 北京市\n\n1. 朝阳区人力资源公共服务中心，地址：将台路5号院15号楼A座，电话：010-57\n596100\n\
                  2. 苏州工业园区人事局，地址：苏州大道东351号，电话：0512-57152837、0512-551860\n67、0512-50376099\n\
                  3. 武汉市自贸区，地址：武汉市高新大道777号政务大厅二楼D\n65、D66号窗口，电话：027-65528065\n\
                  4. 西藏自治区外专局，\n地址：拉萨市北京西路46号，电话：0891-6845869\n\
                  5. 深圳市外国人工作许可服务窗口，地址：福中三路市民中心受理 窗口 55\n -  57 号，电话：0755-88121678\n";
        let doc = parse_markdown("w.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let t = &doc.tables[0];
        let texts: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(texts[0], ["", "地址", "电话"]);
        assert_eq!(texts[1], ["1. 朝阳区人力资源公共服务中心", "将台路5号院15号楼A座", "010-57596100"]);
        assert_eq!(texts[2][2], "0512-57152837、0512-55186067、0512-50376099");
        assert_eq!(texts[3][1..], ["武汉市高新大道777号政务大厅二楼D65、D66号窗口", "027-65528065"]);
        assert_eq!(texts[4][..2], ["4. 西藏自治区外专局", "拉萨市北京西路46号"]);
        assert_eq!(texts[5][1..], ["福中三路市民中心受理 窗口 55-  57 号", "0755-88121678"]);
        // A record lists every line it was printed on.
        assert_eq!((t.rows[1].line, t.rows[1].cells[2].wrapped_to), (3, Some(4)));
        assert_eq!((t.rows[4].cells[0].line, t.rows[4].cells[0].wrapped_to), (9, None));
        assert_eq!(t.line_end, 12);
        assert_eq!(doc.text_lines.len(), 1);
    }

    #[test]
    fn unnumbered_record_lines_wrapped_over_lines_are_joined_back() {
        // No number or marker opens a record: a line goes on with the record above when it
        // names a field that record lacks (not the field after every title), or goes on
        // with the digits the line ended in; a closing remark (`注：…`) stays apart.
        let md = "北京市科学技术委员会，地址：丰台区西三环南路1号北京市政务服务中\n心三层C岛，电话：010-89150841\n\
                  天津市科学技术局，地址：河西区友谊路18号，电话：022-5883\n2123\n\
                  河北省科学技术厅，地址：裕华区槐安东路1号，电话：0311-85813123\n注：以上信息如有变动以公布为准\n";
        let doc = parse_markdown("u.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts[1], ["北京市科学技术委员会", "丰台区西三环南路1号北京市政务服务中心三层C岛", "010-89150841"]);
        assert_eq!(texts[2], ["天津市科学技术局", "河西区友谊路18号", "022-58832123"]);
        assert_eq!(texts[3], ["河北省科学技术厅", "裕华区槐安东路1号", "0311-85813123"]);
        assert_eq!(doc.text_lines.len(), 1, "{:#?}", doc.text_lines);
        // A record lacking its phone, then one opening with its phone: two records.
        let md = "甲市科学技术局，地址：一路1号，电话：010-89150841\n乙市科学技术局，地址：二路2号\n\
                  丙市人才服务中心，电话：010-89150843\n丁市科学技术局，地址：四路4号，电话：010-89150844\n";
        let doc = parse_markdown("u.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[2], ["乙市科学技术局", "二路2号", ""]);
        assert_eq!(texts[3], ["丙市人才服务中心", "", "010-89150843"]);
    }

    #[test]
    fn a_record_line_ending_between_two_addresses_goes_on() {
        // The line ends in the ` / ` between a point's two addresses, shorter than the
        // other lines: the next line is the second address, not text of its own.
        let md = "北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841\n\
                  上海市科学技术委员会，地址：浦东新区民生路1500号 /\n徐汇区中山西路1525号\n\
                  天津市科学技术局，地址：河西区友谊路18号，电话：022-58832123\n";
        let doc = parse_markdown("u.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts[2], ["上海市科学技术委员会", "浦东新区民生路1500号 /徐汇区中山西路1525号", ""]);
        assert!(doc.text_lines.is_empty(), "{:#?}", doc.text_lines);
    }

    #[test]
    fn record_lines_wrapped_at_a_fixed_width_are_joined_back() {
        // Cut every 20 characters: after a name (the comma on the next line), inside a
        // number (`8、023-…` numbers no item), inside an address word before its label, two
        // characters before a name's end.
        let recs = [
            "北京海外学人中心外国人来华工作事务部，地址：丰台区西三环南路1号，电话：010-89150841",
            "重庆市人力社保局政务服务大厅，地址：渝北区春华大道99号，电话：023-63120258、023-88633907",
            "青岛市外国专家局，地址：政府受理点:市南区香港中路11号1715室。，电话：0532-85911893",
            "麦子店国际人才一站式服务站，地址：朝阳区麦子店街道办事处，电话：010-58260972",
            // Cut two characters before the name's end: `窗口，地址：…` is no record's title.
            "广州市公安出入境管理局工作许可和居留许可窗口，地址：越秀区解放南路155号，电话：020-83115000",
        ];
        let md = format!("二、北京市\n\n{}", hard_wrapped(&recs, 20));
        let doc = parse_markdown("w.md", &md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{doc:#?}");
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(
            texts[1..],
            [
                ["北京海外学人中心外国人来华工作事务部", "丰台区西三环南路1号", "010-89150841"],
                ["重庆市人力社保局政务服务大厅", "渝北区春华大道99号", "023-63120258、023-88633907"],
                ["青岛市外国专家局", "政府受理点:市南区香港中路11号1715室。", "0532-85911893"],
                ["麦子店国际人才一站式服务站", "朝阳区麦子店街道办事处", "010-58260972"],
                ["广州市公安出入境管理局工作许可和居留许可窗口", "越秀区解放南路155号", "020-83115000"],
            ]
        );
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["二、北京市"]);
        // A note after a line as long as the wrapped ones stays a note.
        let full = "甲市科学技术局，地址：一路1号，电话：0101234567";
        assert_eq!(full.chars().count(), 29);
        let md = format!("{full}\n{full}\n{full}\n注：以上信息如有变动以公布为准\n").replace("甲市", "乙市");
        let doc = parse_markdown("w.md", &md).unwrap();
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts[3][..3], ["乙市科学技术局", "一路1号", "0101234567"], "{texts:?}");
        // A line cut inside a bracket: the next closes it before its label (`中心)，地址：`).
        let md = "北京海外学人中心外国人来华工作事务部(北京市外国人来华工作事务\n中心)，地址：丰台区西三环南路1号，\n电话：010-89150841\n\
                  朝阳区人力资源公共服务中心，地址：将台路5号院15号楼A座，电话：010-57596100\n";
        let doc = parse_markdown("w.md", md).unwrap();
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts[1], ["北京海外学人中心外国人来华工作事务部(北京市外国人来华工作事务中心)", "丰台区西三环南路1号", "010-89150841"]);
        // A record that ends at the wrap width, then one whose label's colon the wrap cut off.
        let md = "珠海市科技创新局，地址：珠海市香洲区人民东路125号工商大厦一楼\n1-3号窗口，电话：0756-2128405\n\
                  汕头市科学技术局，地址：汕头市长平路十一街区财政大楼北楼副楼汕头\n市政务服务中心三楼西侧综合窗口，电话：0754-88426676\n\
                  佛山市国际人才一站式服务专区窗口(受理佛山市全市范围业务)，地址\n：佛山市禅城区季华五路28号市行政服务中心4楼，电话：0757-\n83036137\n\
                  禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务)，地址：\n佛山市禅城区同济东路禅城区人民政府通济大院8、9楼，电话：075\n7-82340449\n";
        let doc = parse_markdown("w.md", md).unwrap();
        assert!(doc.text_lines.is_empty(), "{:?}", doc.text_lines);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        let names: Vec<&str> = texts[1..].iter().map(|r| r[0]).collect();
        assert_eq!(
            names,
            [
                "珠海市科技创新局",
                "汕头市科学技术局",
                "佛山市国际人才一站式服务专区窗口(受理佛山市全市范围业务)",
                "禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务)"
            ]
        );
        assert_eq!(texts[3][2], "0757-83036137");
    }

    #[test]
    fn one_line_records_lacking_a_field_are_records() {
        let md = "甲市科学技术局，地址：一路1号，电话：010-89150841\n乙市科学技术局，地址：二路2号\n丙市人才服务中心，电话：010-89150843\n";
        let doc = parse_markdown("u.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(
            texts[1..],
            [["甲市科学技术局", "一路1号", "010-89150841"], ["乙市科学技术局", "二路2号", ""], ["丙市人才服务中心", "", "010-89150843"]]
        );
        // A title line above one field is no record by itself: two such are no form.
        let doc = parse_markdown("t.md", "说明\n电话：010-89150841\n附件\n地址：一路1号\n").unwrap();
        assert!(doc.tables.is_empty(), "{:#?}", doc.tables);
    }

    #[test]
    fn a_phone_wrapped_before_the_next_block_stays_in_its_field() {
        let md = "受理机构：甲局\n地址：武汉市一路1号\n咨询电话：027-87131811、027-871318\n77、027-87131810\n\
                  受理机构：乙局\n地址：武汉市二路2号\n咨询电话：027-65770118\n";
        let doc = parse_markdown("f.md", md).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.rows.len(), 3, "{:#?}", t.rows);
        assert_eq!(t.rows[1].cells[2].text, "027-87131811、027-871318 77、027-87131810");
        assert_eq!(t.rows[2].cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["乙局", "武汉市二路2号", "027-65770118"]);
    }

    #[test]
    fn a_phone_line_with_a_fax_stays_one_field() {
        // `电话：… 传真：…` under a block's address: one field of the block, not a record.
        let md = "受理机构：甲局\n地址：成都市一路1号\n电话：028-86711234 传真：028-86711235\n受理机构：乙局\n地址：成都市二路2号\n电话：028-86711236\n";
        let doc = parse_markdown("f.md", md).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.rows.len(), 3, "{:#?}", t.rows);
        assert_eq!(t.rows[1].cells[2].text, "028-86711234 传真：028-86711235");
    }

    #[test]
    fn prose_with_colons_stays_text() {
        for md in [
            "注：本表所列受理点如有变化以官网为准。\n说明：以上电话工作日接听。\n",
            "联系人：张三\n\n| 受理机构 | 地址 |\n|---|---|\n| 甲 | 乙 |\n\n联系人：李四\n",
            // A contact footer, even of two persons, names no point.
            "联系人：张三\n联系电话：010-12345678\n电子邮箱：zhangsan@example.cn\n",
            "联系人：张三\n联系电话：010-12345678\n联系人：李四\n联系电话：010-12345679\n",
            // One record alone is no form (a footer with an address is as likely).
            "联系人：张三\n地址：北京市一路1号\n电话：010-12345678\n",
            // Contact lines on one line each: no title, no label naming a point.
            "联系人：张三，电话：010-12345678\n联系人：李四，电话：010-12345679\n",
            "注：以上受理点，电话：010-12345678\n说明：工作日，时间：9:00-17:00\n",
        ] {
            let doc = parse_markdown("f.md", md).unwrap();
            assert!(doc.tables.iter().all(|t| t.kind != TableKind::Labelled), "{md}");
        }
    }

    #[test]
    fn one_record_under_a_heading_joins_the_form_it_repeats() {
        let md = "## 四川省\n受理机构：甲局\n地址：成都市一路1号\n电话：028-86711234\n受理机构：乙局\n地址：成都市二路2号\n\n## 贵州省\n受理机构：丙局\n地址：贵阳市三路3号\n";
        let doc = parse_markdown("f.md", md).unwrap();
        let forms: Vec<_> = doc.tables.iter().filter(|t| t.kind == TableKind::Labelled).collect();
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[1].rows[1].cells[0].text, "丙局");
        assert_eq!(doc.text_lines.iter().map(|t| t.line).collect::<Vec<_>>(), vec![1, 8]);
        assert_eq!(doc.tables.iter().map(|t| t.index).collect::<Vec<_>>(), vec![0, 1]);
    }
}
