//! HTML tables (MinerU-style `<table>` blocks in markdown, or `.html` documents), with
//! `rowspan`/`colspan` expanded into the grid and the span recorded on each covered cell.

use crate::entities::decode_entities;
use crate::model::{Cell, Document, Merge, Row, RowKind, Table, TableKind, TextLine};
use crate::{ParseError, MAX_COLUMNS};

/// Reads a whole `.html` document: every top-level `<table>` becomes a table.
pub fn parse_html_document(source: &str, text: &str) -> Result<Document, ParseError> {
    let (tables, text_lines) = parse_html_fragment(source, text, 1, 0)?;
    if tables.is_empty() && text_lines.is_empty() {
        return Err(ParseError::NoContent { path: source.to_string() });
    }
    let mut doc = Document { source: source.to_string(), tables, text_lines };
    // Records printed as label lines or list items outside tables, as in markdown.
    crate::labelled::gather(&mut doc, &text.lines().collect::<Vec<_>>());
    Ok(doc)
}

/// Reads the tables of an HTML fragment that starts at `first_line` of the document; text
/// outside tables comes back as text lines so nothing is lost.
pub fn parse_html_fragment(
    source: &str,
    html: &str,
    first_line: u32,
    first_index: usize,
) -> Result<(Vec<Table>, Vec<TextLine>), ParseError> {
    let closed = close_cut_tags(html);
    let spaced = space_self_closing(&closed);
    let html: &str = &spaced;
    let dom = tl::parse(html, tl::ParserOptions::default())
        .map_err(|e| ParseError::Spreadsheet { path: source.to_string(), message: format!("HTML: {e}") })?;
    let parser = dom.parser();
    // Line starts, found once: a line is looked up for every row and every text node.
    let starts = crate::LineStarts::of(html);
    let line_of = |offset: usize| -> u32 { starts.line(first_line, offset) };
    let mut tables = Vec::new();
    let mut outside = Outside { base: html.as_ptr() as usize, len: html.len(), lines: Vec::new(), broken: false, last_line: (0, 0) };
    for handle in dom.children() {
        collect(*handle, parser, &line_of, source, first_index, &mut tables, &mut outside)?;
    }
    Ok((tables, outside.lines))
}

/// Text outside the tables, a text line per source line it is printed on (a heading
/// `<h2>一、北京市</h2>` stays a line of its own, on its own line number), and per block
/// element: HTML printed on one line (`<p>甲局</p><p>地址：…</p>`) keeps its paragraphs
/// apart, as text lines of the same line number.
struct Outside {
    /// Address and length of the HTML text, to place a text node by its offset.
    base: usize,
    len: usize,
    lines: Vec<TextLine>,
    /// Set at a block element's start or end: the next text opens a text line of its own.
    broken: bool,
    /// The last source line a text line or table started on, and how many did.
    last_line: (u32, u32),
}

/// Elements that start a line of their own when rendered.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "dd",
    "dt",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
];

/// Elements whose content a browser does not show as text (CSS, scripts).
const NON_TEXT_TAGS: &[&str] = &["style", "script", "noscript", "template"];

impl Outside {
    /// The order of a new text line or table starting on `line` among those on that line.
    fn next_pos(&mut self, line: u32) -> u32 {
        let pos = if self.last_line.0 == line { self.last_line.1 } else { 0 };
        self.last_line = (line, pos + 1);
        pos
    }

    fn push(&mut self, raw: &[u8], line_of: &dyn Fn(usize) -> u32) {
        let text = String::from_utf8_lossy(raw);
        let ptr = raw.as_ptr() as usize;
        let start = if ptr >= self.base && ptr <= self.base + self.len { ptr - self.base } else { self.len };
        let mut offset = start;
        for piece in text.split_inclusive('\n') {
            let t = decode_entities(piece);
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                let line = line_of(offset);
                match self.lines.last_mut() {
                    // Text nodes of one line (`<p>a<b>b</b></p>`) read as one line.
                    Some(last) if last.line == line && !self.broken => {
                        last.text.push(' ');
                        last.text.push_str(&t);
                    }
                    _ => {
                        let pos = self.next_pos(line);
                        self.lines.push(TextLine { line, text: t, pos });
                    }
                }
                self.broken = false;
            }
            offset += piece.len();
        }
    }
}

/// Walks the document in order, with a stack of its own: nesting as deep as the input
/// goes (`<div>` 20 000 times) must not overflow the thread's stack.
fn collect(
    root: tl::NodeHandle,
    parser: &tl::Parser,
    line_of: &dyn Fn(usize) -> u32,
    source: &str,
    first_index: usize,
    tables: &mut Vec<Table>,
    outside: &mut Outside,
) -> Result<(), ParseError> {
    /// A node to read, or the end of a block element whose children were read.
    enum Step {
        Enter(tl::NodeHandle),
        Leave { block: bool },
    }
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let handle = match step {
            Step::Enter(h) => h,
            Step::Leave { block } => {
                outside.broken |= block;
                continue;
            }
        };
        let Some(node) = handle.get(parser) else { continue };
        match node {
            tl::Node::Tag(tag) if tag.name().as_utf8_str().eq_ignore_ascii_case("table") => {
                let mut t = read_table(tag, parser, line_of, source, first_index + tables.len())?;
                t.pos = outside.next_pos(t.line_start);
                // Text after the table opens a line of its own.
                outside.broken = true;
                tables.push(t);
            }
            // Style sheets and scripts are markup, not text the page shows.
            tl::Node::Tag(tag) if NON_TEXT_TAGS.iter().any(|n| tag.name().as_utf8_str().eq_ignore_ascii_case(n)) => {}
            tl::Node::Tag(tag) => {
                let block = BLOCK_TAGS.iter().any(|b| tag.name().as_utf8_str().eq_ignore_ascii_case(b));
                outside.broken |= block;
                stack.push(Step::Leave { block });
                stack.extend(tag.children().top().as_slice().iter().rev().map(|c| Step::Enter(*c)));
            }
            tl::Node::Raw(bytes) => outside.push(bytes.as_bytes(), line_of),
            tl::Node::Comment(_) => {}
        }
    }
    Ok(())
}

struct RawCell {
    text: String,
    rowspan: u32,
    colspan: u32,
    /// The line its closing tag (or its row's end) is on: a cell printed over several.
    last_line: u32,
}

fn read_table(
    table: &tl::HTMLTag,
    parser: &tl::Parser,
    line_of: &dyn Fn(usize) -> u32,
    source: &str,
    index: usize,
) -> Result<Table, ParseError> {
    // Rows in order with their source line.
    let mut raw_rows: Vec<(u32, Vec<RawCell>)> = Vec::new();
    let mut trs = Vec::new();
    find_tags(table, parser, "tr", &mut trs);
    for tr in trs {
        let (start, _) = tr.boundaries(parser);
        let line = line_of(start);
        let mut cells_h = Vec::new();
        for child in tr.children().top().iter() {
            if let Some(tl::Node::Tag(t)) = child.get(parser) {
                let name = t.name().as_utf8_str().to_ascii_lowercase();
                if name == "td" || name == "th" {
                    let last_line = line_of(t.boundaries(parser).1);
                    cells_h.push(RawCell {
                        text: text_of(t, parser),
                        rowspan: span_attr(t, "rowspan"),
                        colspan: span_attr(t, "colspan"),
                        last_line,
                    });
                }
            }
        }
        raw_rows.push((line, cells_h));
    }
    // Expand spans into a grid.
    let mut grid: Vec<Vec<Option<Cell>>> = Vec::new();
    for (r, (line, cells)) in raw_rows.iter().enumerate() {
        if grid.len() <= r {
            grid.resize_with(r + 1, Vec::new);
        }
        let mut c = 0usize;
        for rc in cells {
            while grid[r].get(c).is_some_and(|x| x.is_some()) {
                c += 1;
            }
            let rows = rc.rowspan.max(1);
            let cols = rc.colspan.max(1);
            crate::spend_cells(rows as usize * cols as usize, source, *line)?;
            let spanned = rows > 1 || cols > 1;
            for dr in 0..rows as usize {
                for dc in 0..cols as usize {
                    let (rr, cc) = (r + dr, c + dc);
                    if cc >= MAX_COLUMNS {
                        return Err(ParseError::TooManyColumns { path: source.to_string(), line: *line, cols: cc + 1, max: MAX_COLUMNS });
                    }
                    if grid.len() <= rr {
                        grid.resize_with(rr + 1, Vec::new);
                    }
                    if grid[rr].len() <= cc {
                        grid[rr].resize(cc + 1, None);
                    }
                    let anchor = dr == 0 && dc == 0;
                    let row_line = raw_rows.get(rr).map(|x| x.0).unwrap_or(*line);
                    let mut cell = Cell::new(if anchor { rc.text.clone() } else { String::new() }, cc as u32, row_line);
                    // (So a record lists every line its cells were printed on.)
                    if anchor && rc.last_line > row_line && !rc.text.is_empty() {
                        cell.wrapped_to = Some(rc.last_line);
                    }
                    if spanned {
                        cell.merge = Some(Merge { anchor_row: r as u32, anchor_col: c as u32, rows, cols, is_anchor: anchor });
                    }
                    grid[rr][cc] = Some(cell);
                }
            }
            c += cols as usize;
        }
    }
    let mut rows = Vec::new();
    for (r, cells) in grid.into_iter().enumerate() {
        let line = raw_rows.get(r).map(|x| x.0).unwrap_or_else(|| raw_rows.last().map(|x| x.0).unwrap_or(1));
        let cells: Vec<Cell> = cells.into_iter().enumerate().map(|(c, x)| x.unwrap_or_else(|| Cell::new("", c as u32, line))).collect();
        rows.push(Row { line, kind: RowKind::Data, cells });
    }
    let (start, end) = table.boundaries(parser);
    Ok(Table { index, kind: TableKind::Html, line_start: line_of(start), line_end: line_of(end), rows, pos: 0 })
}

/// The `name` tags under `tag`, in document order, not looking into nested tables (a stack
/// of its own, as [`collect`]).
fn find_tags<'a>(tag: &'a tl::HTMLTag, parser: &'a tl::Parser, name: &str, out: &mut Vec<&'a tl::HTMLTag<'a>>) {
    let mut stack: Vec<tl::NodeHandle> = tag.children().top().as_slice().iter().rev().copied().collect();
    while let Some(child) = stack.pop() {
        if let Some(tl::Node::Tag(t)) = child.get(parser) {
            let n = t.name().as_utf8_str();
            if n.eq_ignore_ascii_case(name) {
                out.push(t);
            } else if !n.eq_ignore_ascii_case("table") {
                stack.extend(t.children().top().as_slice().iter().rev().copied());
            }
        }
    }
}

fn span_attr(tag: &tl::HTMLTag, name: &str) -> u32 {
    tag.attributes().get(name).flatten().and_then(|v| v.as_utf8_str().trim().parse::<u32>().ok()).unwrap_or(1).clamp(1, 1000)
}

/// Cell text with `<br>` and block boundaries as spaces, entities and inline markup decoded,
/// whitespace folded.
fn text_of(tag: &tl::HTMLTag, parser: &tl::Parser) -> String {
    let mut s = String::new();
    push_text(tag, parser, &mut s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::inline::decode_inline(&s).into_owned()
}

/// The text under `tag` in document order, a space before each line-breaking element (a
/// stack of its own, as [`collect`]).
fn push_text(tag: &tl::HTMLTag, parser: &tl::Parser, out: &mut String) {
    let mut stack: Vec<tl::NodeHandle> = tag.children().top().as_slice().iter().rev().copied().collect();
    while let Some(child) = stack.pop() {
        match child.get(parser) {
            Some(tl::Node::Raw(b)) => out.push_str(&decode_entities(&b.as_utf8_str())),
            Some(tl::Node::Tag(t)) => {
                let n = t.name().as_utf8_str();
                if ["br", "p", "div", "li"].iter().any(|b| n.eq_ignore_ascii_case(b)) {
                    out.push(' ');
                }
                stack.extend(t.children().top().as_slice().iter().rev().copied());
            }
            _ => {}
        }
    }
}

/// A tag OCR cut before its `>` (`5<br</td>`) closed where the next tag opens: the parser
/// read `<br</td>` as one tag and ran the row's cells, and the rows after, into one cell.
/// Only `>` is added, never a line break, so byte offsets still count the same lines.
fn close_cut_tags(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let opens = |i: usize| b[i] == b'<' && b.get(i + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/');
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if opens(i) {
            match memchr::memchr2(b'>', b'<', &b[i + 1..]) {
                Some(k) if b[i + 1 + k] == b'<' => cuts.push(i + 1 + k),
                None => break,
                _ => {}
            }
        }
        i += 1;
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + cuts.len());
    let mut from = 0;
    for c in cuts {
        out.push_str(&html[from..c]);
        out.push('>');
        from = c;
    }
    out.push_str(&html[from..]);
    std::borrow::Cow::Owned(out)
}

/// `<br/>` as `<br />`: the HTML parser reads a self-closing tag only with a space before
/// the slash, and took `<br/>` for an element holding the rest of the table. Only spaces
/// are added, so byte offsets still count the same lines.
fn space_self_closing(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("/>") {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while let Some(i) = rest.find("/>") {
        let before = &rest[..i];
        out.push_str(before);
        if before.chars().next_back().is_some_and(|c| !c.is_whitespace() && c != '<') {
            out.push(' ');
        }
        out.push_str("/>");
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {

    #[test]
    fn records_printed_as_list_items_read_as_a_form() {
        let html = "<h3>北京市</h3>\n<ol>\n<li>北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841</li>\n\
                    <li>海淀区人社局，地址：海淀区四季青路7号，电话：010-88487000</li>\n</ol>";
        let doc = super::parse_html_document("l.html", html).unwrap();
        assert_eq!(doc.tables.len(), 1, "{doc:#?}");
        assert_eq!(doc.tables[0].kind, crate::model::TableKind::Labelled);
        assert_eq!(doc.tables[0].rows[2].cells[1].text, "海淀区四季青路7号");
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["北京市"]);
    }

    #[test]
    fn a_cell_printed_over_several_lines_reaches_its_last() {
        let html = "<table>\n<tr><td>1</td><td>北京市科学技术委员会\n（北京市外国专家局）</td><td>010-55526666</td></tr>\n\
                    <tr><td>2</td><td>海淀区人社局</td>\n<td>010-82192255</td></tr>\n</table>";
        let doc = super::parse_html_document("t.html", html).unwrap();
        let reach = |r: usize| doc.tables[0].rows[r].cells.iter().map(|c| (c.line, c.wrapped_to)).collect::<Vec<_>>();
        // (The third cell is printed on line 3, after the break in the second.)
        assert_eq!(reach(0), [(2, None), (2, Some(3)), (2, Some(3))]);
        assert_eq!(reach(1), [(4, None), (4, None), (4, Some(5))]);
    }

    #[test]
    fn style_sheets_and_scripts_are_no_text() {
        let html = "<html><head><style>\ntd { border: 1px }\n</style><script>var a = 1;</script><title>北京市</title></head>\n\
                    <body><table><tr><td>1</td><td>a</td></tr></table></body></html>";
        let doc = parse_html_document("t.html", html).unwrap();
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["北京市"]);
        assert_eq!(doc.tables.len(), 1);
    }

    #[test]
    fn text_outside_tables_keeps_its_own_lines() {
        let html = "<html><body>\n<h2>一、北京市</h2>\n<table><tr><td>1</td><td>a</td></tr></table>\n<h2>二、<b>天津市</b></h2>\n<p>注：以上&amp;信息</p>\n</body></html>";
        let doc = parse_html_document("t.html", html).unwrap();
        let lines: Vec<(u32, &str)> = doc.text_lines.iter().map(|t| (t.line, t.text.as_str())).collect();
        assert_eq!(lines, [(2, "一、北京市"), (4, "二、 天津市"), (5, "注：以上&信息")]);
    }
    use super::*;

    /// Parses on a thread with a small stack: reading nested elements must not recurse
    /// once per level.
    fn parse_on_small_stack(html: String) -> Document {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || parse_html_document("deep.html", &html).unwrap())
            .unwrap()
            .join()
            .expect("no stack overflow")
    }

    #[test]
    fn nesting_as_deep_as_the_input_goes_reads_without_overflow() {
        let n = 50_000;
        // Block elements around text outside any table.
        let doc = parse_on_small_stack(format!("{}甲{}", "<div>".repeat(n), "</div>".repeat(n)));
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["甲"]);
        // Inline elements inside a cell, and a table nested in the cell of another.
        let cell = format!("{}乙{}", "<span>".repeat(n), "</span>".repeat(n));
        let doc =
            parse_on_small_stack(format!("<table><tr><td>{cell}</td><td>{}丙{}</td></tr></table>", "<b>".repeat(n), "</b>".repeat(n)));
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.tables[0].rows[0].cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["乙", "丙"]);
        // Tables in cells of tables, and elements never closed.
        let doc = parse_on_small_stack(format!("{}丁", "<table><tr><td>".repeat(n)));
        assert!(!doc.tables.is_empty());
        let doc = parse_on_small_stack(format!("<p>{}戊", "<div><ul><li>".repeat(n)));
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["戊"]);
    }

    #[test]
    fn tables_and_text_on_one_line_keep_their_order() {
        let doc =
            parse_html_document("t.html", "<h2>甲</h2><table><tr><td>a</td></tr></table>乙<table><tr><td>b</td></tr></table>").unwrap();
        let texts: Vec<(u32, u32, &str)> = doc.text_lines.iter().map(|t| (t.line, t.pos, t.text.as_str())).collect();
        assert_eq!(texts, [(1, 0, "甲"), (1, 2, "乙")]);
        assert_eq!(doc.tables.iter().map(|t| (t.line_start, t.pos)).collect::<Vec<_>>(), [(1, 1), (1, 3)]);
    }

    #[test]
    fn paragraphs_printed_on_one_line_stay_apart() {
        // Minified HTML: every paragraph on line 1, each a text line of its own, so the
        // records they print read as a form.
        let html =
            "<html><body><h2>北京市</h2><div><p>北京市科学技术委员会</p><p>地址：丰台区西三环南路1号</p><p>电话：010-89150841</p></div>\
                    <div><p>朝阳区人力资源公共服务中心</p><p>地址：将台路5号院</p><p>电话：010-57596100</p></div></body></html>";
        let doc = parse_html_document("m.html", html).unwrap();
        assert_eq!(doc.tables.len(), 1, "{doc:#?}");
        assert_eq!(doc.tables[0].cell_texts()[2], ["朝阳区人力资源公共服务中心", "将台路5号院", "010-57596100"]);
        assert_eq!(doc.text_lines.iter().map(|t| (t.line, t.text.as_str())).collect::<Vec<_>>(), [(1, "北京市")]);
        // Inline markup inside a paragraph keeps it one line.
        let doc = parse_html_document("i.html", "<p>甲<b>乙</b>丙</p><p>丁</p>").unwrap();
        assert_eq!(doc.text_lines.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["甲 乙 丙", "丁"]);
    }

    #[test]
    fn self_closing_breaks_keep_the_row_apart() {
        assert_eq!(space_self_closing("a<br/>b<br />c"), "a<br />b<br />c");
        let html = "<table><tr><td>1</td><td>a<br/>b</td><td>x</td></tr>\n<tr><td>2</td><td>c</td><td>y</td></tr></table>";
        let (tables, _) = parse_html_fragment("t.html", html, 1, 0).unwrap();
        let rows: Vec<Vec<&str>> = tables[0].cell_texts();
        assert_eq!(rows, [vec!["1", "a b", "x"], vec!["2", "c", "y"]]);
        assert_eq!(tables[0].rows[1].line, 2);
    }

    #[test]
    fn a_tag_cut_before_its_end_keeps_the_cells_apart() {
        assert_eq!(close_cut_tags("a<br</td><td>b"), "a<br></td><td>b");
        assert_eq!(close_cut_tags("1 < 2 <b>x</b>"), "1 < 2 <b>x</b>");
        let html = "<table><tr><td>5<br</td><td>中心</td></tr>\n<tr><td>2</td><td>c</td></tr></table>";
        let (tables, _) = parse_html_fragment("t.html", html, 1, 0).unwrap();
        assert_eq!(tables[0].cell_texts(), [vec!["5", "中心"], vec!["2", "c"]]);
        assert_eq!(tables[0].rows[1].line, 2);
    }

    #[test]
    fn spans_expand_and_record_anchor() {
        let html = "<html><body><p>title</p>\n<table>\n<tr><th>序号</th><th colspan=\"2\">名称</th></tr>\n<tr><td rowspan=\"2\">1</td><td>a&amp;b</td><td>c<br>d</td></tr>\n<tr><td>e</td><td>f</td></tr>\n</table></body></html>";
        let doc = parse_html_document("t.html", html).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].cells.len(), 3);
        assert_eq!(t.rows[0].cells[2].merge.unwrap().anchor_col, 1);
        assert_eq!(t.rows[1].cells[1].text, "a&b");
        assert_eq!(t.rows[1].cells[2].text, "c d");
        assert_eq!(t.rows[2].cells[0].text, "");
        assert_eq!(t.rows[2].cells[1].text, "e");
        assert_eq!(t.rows[2].cells[2].text, "f");
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.rows[2].line, 5);
        assert_eq!(doc.text_lines[0].text, "title");
    }
}
