//! Markdown pipe tables as OCR tools emit them, read without losing a cell.
//!
//! GFM drops cells past the header's width; OCR'd tables are ragged (3 to 9+ cells per row,
//! shifted left or right), so every cell of every row is kept as written. A blank line or a
//! non-table line ends a table (in OCR output, a page break). HTML `<table>` blocks are
//! handed to [`crate::html`] with their line offset, LaTeX `tabular` environments to
//! [`crate::latex`].

use std::borrow::Cow;

use crate::entities::decode_entities;
use crate::html;
use crate::inline::decode_inline;
use crate::model::{Cell, Document, Row, RowKind, Table, TableKind, TextLine};
use crate::{ParseError, MAX_COLUMNS, MAX_LINE_BYTES};

/// Reads a markdown document: pipe tables, HTML tables and the text between them.
pub fn parse_markdown(source: &str, text: &str) -> Result<Document, ParseError> {
    let mut doc = Document { source: source.to_string(), tables: Vec::new(), text_lines: Vec::new() };
    let lines: Vec<&str> = text.lines().collect();
    let mut current: Option<Table> = None;
    // Whether the current pipe table's first row opened with a pipe: in a table printed
    // without outer pipes, a row opening with one opens with an empty cell.
    let mut outer_pipes = true;
    // Where the fields of the current aligned-text table start (display columns), from its
    // widest row so far: a row printed indented, with fields left empty, is placed by them.
    let mut anchors: Vec<usize> = Vec::new();
    // Whether the current table draws `+----+` borders: its rows are what lies between them.
    let mut grid = false;
    let mut i = 0usize;
    while i < lines.len() {
        let line_no = (i + 1) as u32;
        let line = lines[i];
        if line.len() > MAX_LINE_BYTES {
            return Err(ParseError::LineTooLong { path: source.to_string(), line: line_no, bytes: line.len(), max: MAX_LINE_BYTES });
        }
        let trimmed = line.trim();
        let ascii_pipes;
        let trimmed = if has_fullwidth_pipes(trimmed) {
            ascii_pipes = trimmed.replace('｜', "|");
            ascii_pipes.as_str()
        } else {
            trimmed
        };
        if trimmed.contains("\\begin") && crate::latex::find_open(trimmed).is_some() {
            finish(&mut doc, &mut current, &mut grid);
            // Gather the environment, which may span lines, up to its `\end{…}`.
            let start = i;
            let block = gather_block(&lines, &mut i, crate::latex::closes);
            let (table, leftovers) = crate::latex::parse_tabular(source, block.trim_end(), (start + 1) as u32, doc.tables.len())?;
            doc.tables.push(table);
            doc.text_lines.extend(leftovers);
            i += 1;
            continue;
        }
        if contains_table_open(trimmed) {
            finish(&mut doc, &mut current, &mut grid);
            // Gather the whole HTML block, which may span lines.
            let start = i;
            let block = gather_block(&lines, &mut i, |l| l.to_ascii_lowercase().contains("</table"));
            let first_line = (start + 1) as u32;
            let (tables, leftovers) = html::parse_html_fragment(source, &block, first_line, doc.tables.len())?;
            doc.tables.extend(tables);
            doc.text_lines.extend(leftovers);
            i += 1;
            continue;
        }
        let in_text_table = current.as_ref().is_some_and(|t| t.kind == TableKind::Text);
        let pipe_row = is_pipe_row(trimmed, current.is_some() && !in_text_table, lines.get(i + 1).map(|l| l.trim()));
        if !pipe_row {
            let cells = split_spaced_row(trimmed, line_no);
            // A table starts at two aligned lines, one of them holding a number (a phone):
            // prose with double spaces is no table. It goes on while lines stay aligned.
            let starts = |cells: &[Cell]| {
                let next = lines.get(i + 1).and_then(|n| split_spaced_row(n.trim(), 0));
                next.as_ref().is_some_and(|n| holds_number(n) || holds_number(cells))
            };
            if let Some(cells) = cells.filter(|c| in_text_table || starts(c)) {
                if !in_text_table {
                    finish(&mut doc, &mut current, &mut grid);
                    anchors.clear();
                }
                let starts = spaced_fields(line).iter().map(|f| f.0).collect();
                let cells = place_aligned(starts, cells, &mut anchors, line_no);
                push_row(&doc, &mut current, TableKind::Text, Row { line: line_no, kind: RowKind::Data, cells })?;
                i += 1;
                continue;
            }
            // An indented line of one or two fields inside an aligned-text table: the wrapped
            // rest of the cells above it (`中心` under `…公共服务`), placed by where it starts.
            let tail = if in_text_table { Some(spaced_fields(line)).filter(|f| is_indented_tail(line, f)) } else { None };
            // So is a line of one or two fields, not indented, that holds a number or that
            // more rows follow: a row printing only some of its fields (an address and its
            // numbers, a name and its address), its empty cells printed as nothing.
            let short_row = || {
                let fields = spaced_fields(line);
                let cells: Vec<Cell> = fields.iter().map(|(_, f)| aligned_cell(f, 0, line_no)).collect();
                // (Another row after it, of two fields or more, maybe past a few more rows of
                // one field, each a name alone: `…武汉片区管理委员会` / `…襄阳片区管理委员会` /
                // `…宜昌片区发展大道55号…  0717-…`.)
                let more = || {
                    lines
                        .iter()
                        .skip(i + 1)
                        .take(SHORT_ROWS_BEFORE_A_ROW)
                        .map(|n| if n.trim().is_empty() || n.contains('|') { 0 } else { spaced_fields(n).len() })
                        .take_while(|&k| k >= 1)
                        .any(|k| k >= 2)
                };
                ((1..=2).contains(&fields.len()) && !line.contains('|') && (holds_number(&cells) || more())).then_some(fields)
            };
            if let Some(fields) = tail.or_else(|| if in_text_table { short_row() } else { None }) {
                let cells = fields.iter().enumerate().map(|(c, (_, f))| aligned_cell(f, c, line_no)).collect();
                let cells = place_aligned(fields.iter().map(|f| f.0).collect(), cells, &mut anchors, line_no);
                push_row(&doc, &mut current, TableKind::Text, Row { line: line_no, kind: RowKind::Data, cells })?;
                i += 1;
                continue;
            }
        }
        // A grid table's border (`+------+----+`, `+======+`): a separator row, inside the
        // table it draws or opening it.
        if !pipe_row && is_grid_border(trimmed) && !in_text_table {
            let cells = trimmed.trim_matches('+').split('+').enumerate().map(|(c, t)| Cell::new(t, c as u32, line_no)).collect();
            if current.is_none() {
                outer_pipes = true;
            }
            grid = true;
            push_row(&doc, &mut current, TableKind::Markdown, Row { line: line_no, kind: RowKind::Separator, cells })?;
            i += 1;
            continue;
        }
        if pipe_row {
            if in_text_table {
                finish(&mut doc, &mut current, &mut grid);
            }
            if current.is_none() {
                outer_pipes = trimmed.starts_with('|');
            }
            // Read from a space before it, the opening pipe ends an empty first cell.
            let cells = if !outer_pipes && trimmed.starts_with('|') {
                split_pipe_row(&format!(" {trimmed}"), line_no)
            } else {
                split_pipe_row(trimmed, line_no)
            };
            if cells.len() > MAX_COLUMNS {
                return Err(ParseError::TooManyColumns { path: source.to_string(), line: line_no, cols: cells.len(), max: MAX_COLUMNS });
            }
            let kind = if is_separator(&cells) { RowKind::Separator } else { RowKind::Data };
            push_row(&doc, &mut current, TableKind::Markdown, Row { line: line_no, kind, cells })?;
        } else {
            finish(&mut doc, &mut current, &mut grid);
            if !trimmed.is_empty() {
                doc.text_lines.push(TextLine::new(line_no, trimmed));
            }
        }
        i += 1;
    }
    finish(&mut doc, &mut current, &mut grid);
    crate::labelled::gather(&mut doc, &lines);
    crate::stacked::gather(&mut doc, &lines);
    if doc.tables.is_empty() && doc.text_lines.is_empty() {
        return Err(ParseError::NoContent { path: source.to_string() });
    }
    Ok(doc)
}

/// Whether a line is a row of a pipe table: it opens with `|`, or (GFM allows the outer
/// pipes to be left out, and OCR loses them) it continues a table with a pipe of its own,
/// or holds two or more pipes above a `---|---` delimiter row (a header) or above another
/// line of two or more (a table whose delimiter row OCR lost too).
fn is_pipe_row(line: &str, in_table: bool, next: Option<&str>) -> bool {
    if line.starts_with('|') {
        return true;
    }
    let pipes = unescaped_pipes(line);
    (in_table && pipes >= 1) || (pipes >= 2 && next.is_some_and(|n| unescaped_pipes(n) >= 2 || n.starts_with('|')))
}

/// Whether a line is a table row drawn with full-width pipes (`｜序号｜地址｜`, as OCR of
/// CJK pages may print them): no ASCII pipe, opening or closing with `｜`, two or more of
/// them. Such a row is read as if its pipes were ASCII.
fn has_fullwidth_pipes(line: &str) -> bool {
    (line.starts_with('｜') || line.ends_with('｜')) && !line.contains('|') && line.matches('｜').nth(1).is_some()
}

fn unescaped_pipes(line: &str) -> usize {
    line.match_indices('|').filter(|(i, _)| !line[..*i].ends_with('\\')).count()
}

/// Adds a row to the table being read, opening one of `kind` when none is.
fn push_row(doc: &Document, current: &mut Option<Table>, kind: TableKind, row: Row) -> Result<(), ParseError> {
    crate::spend_cells(row.cells.len(), &doc.source, row.line)?;
    let table = current.get_or_insert_with(|| Table {
        index: doc.tables.len(),
        kind,
        line_start: row.line,
        line_end: row.line,
        rows: Vec::new(),
        pos: 0,
    });
    table.line_end = row.line;
    table.rows.push(row);
    Ok(())
}

fn finish(doc: &mut Document, current: &mut Option<Table>, grid: &mut bool) {
    if let Some(mut t) = current.take() {
        if *grid {
            merge_grid_lines(&mut t);
        }
        doc.tables.push(t);
    }
    *grid = false;
}

/// In a grid table (`+----+` borders between rows), the lines between two borders are one
/// row whose cells wrapped (`| 天津市科学技术局(天 |` / `| 津市外国专家局) |`): joined cell
/// by cell with a space, each cell keeping the last line it spans. Only in a table that
/// draws a border between two data rows somewhere (one that draws none between rows holds
/// a row per line), and only a line of the first one's width with an empty cell (a full
/// line is a row of its own).
fn merge_grid_lines(table: &mut Table) {
    // Borders between data rows, the header's own one aside.
    let between_rows = table
        .rows
        .windows(3)
        .filter(|w| w[0].kind == RowKind::Data && w[1].kind == RowKind::Separator && w[2].kind == RowKind::Data)
        .count();
    if between_rows < 2 {
        return;
    }
    let mut rows: Vec<Row> = Vec::with_capacity(table.rows.len());
    let mut open = false; // the last row in `rows` is a data row after a border
    for row in std::mem::take(&mut table.rows) {
        match rows.last_mut() {
            Some(last)
                if open
                    && row.kind == RowKind::Data
                    && last.cells.len() == row.cells.len()
                    && row.cells.iter().any(|c| c.text.is_empty()) =>
            {
                for (cell, more) in last.cells.iter_mut().zip(row.cells) {
                    if !more.text.is_empty() {
                        if !cell.text.is_empty() {
                            cell.text.push(' ');
                        }
                        cell.text.push_str(&more.text);
                        cell.wrapped_to = Some(more.line);
                    }
                }
            }
            _ => {
                open = row.kind == RowKind::Data && rows.last().is_some_and(|r| r.kind == RowKind::Separator);
                rows.push(row);
            }
        }
    }
    table.rows = rows;
}

/// The lines from `*i` to the first that `closes` (or the last), each with its newline;
/// `*i` is left on that line.
fn gather_block(lines: &[&str], i: &mut usize, closes: impl Fn(&str) -> bool) -> String {
    let mut block = String::new();
    loop {
        block.push_str(lines[*i]);
        block.push('\n');
        if closes(lines[*i]) || *i + 1 >= lines.len() {
            return block;
        }
        *i += 1;
    }
}

fn contains_table_open(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.contains("<table")
}

/// Splits `| a | b \| c |` into cells, honouring `\|` escapes. The leading and trailing
/// pipes delimit the row; a row without a trailing pipe keeps its last cell.
pub fn split_pipe_row(line: &str, line_no: u32) -> Vec<Cell> {
    let body = line.strip_prefix('|').unwrap_or(line);
    let body = if body.ends_with('|') && !body.ends_with("\\|") { &body[..body.len() - 1] } else { body };
    // Sized from the pipes up front: a document's rows are held at once, and pushing would
    // leave most of them with room for twice their cells.
    let mut cells = Vec::with_capacity(body.bytes().filter(|&b| b == b'|').count() + 1);
    let push = |cells: &mut Vec<Cell>, text: &str, escaped: bool| {
        let col = cells.len() as u32;
        let unescaped = if escaped { Cow::Owned(text.replace("\\|", "|")) } else { Cow::Borrowed(text) };
        // Character references (`&nbsp;`, `&amp;`) and inline markup (`**序号**`, `$\cdot$`)
        // are markdown syntax too.
        cells.push(Cell::new(decode_inline(&decode_entities(&unescaped)).trim(), col, line_no));
    };
    let mut start = 0;
    let mut escaped = false;
    for (i, _) in body.match_indices('|') {
        if body[..i].ends_with('\\') {
            escaped = true; // `\|` is a pipe inside the cell
            continue;
        }
        push(&mut cells, &body[start..i], escaped);
        start = i + 1;
        escaped = false;
    }
    push(&mut cells, &body[start..], escaped);
    cells
}

/// How many lines after a one-field line inside an aligned-text table are looked at for a
/// row of the table's fields (the one-field lines between are rows too).
const SHORT_ROWS_BEFORE_A_ROW: usize = 3;

/// Fields of a line set apart by runs of two or more spaces or by tabs (`1  辽宁  辽宁省科学技术厅
/// …`), when there are three or more of them: a table row OCR printed as aligned text. A
/// single space stays inside its field (OCR wraps `三好街 13 号`). A line with a pipe is no
/// such row.
pub fn split_spaced_row(line: &str, line_no: u32) -> Option<Vec<Cell>> {
    if line.contains('|') || !(line.contains("  ") || line.contains('\t') || line.contains('\u{3000}')) {
        return None;
    }
    // A markdown list item's marker (`- 受理机构：…  地址：…`) is no text of the row.
    let line = crate::strip_list_marker(line).unwrap_or(line);
    let cell = |col: usize, f: &str| aligned_cell(f, col, line_no);
    // Tabs alone (a spreadsheet's rows pasted as text): each tab ends a cell, so two tabs
    // in a row hold an empty cell (`2\t\t海淀区…`: the province merged from the row above).
    if line.contains('\t') && !line.contains("  ") && !line.contains('\u{3000}') {
        let mut fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        while fields.last().is_some_and(|f| f.is_empty()) {
            fields.pop();
        }
        return (fields.iter().filter(|f| !f.is_empty()).count() >= 3)
            .then(|| fields.iter().enumerate().map(|(c, f)| cell(c, f)).collect());
    }
    let fields = spaced_fields(line);
    (fields.len() >= 3).then(|| fields.iter().enumerate().map(|(c, (_, f))| cell(c, f)).collect())
}

/// An aligned-text field as a cell: its markup and character references decoded.
fn aligned_cell(field: &str, col: usize, line_no: u32) -> Cell {
    Cell::new(decode_inline(&decode_entities(field)).trim(), col as u32, line_no)
}

/// Fields of a line set apart by two or more spaces, a tab or an ideographic space, with
/// the display column each starts at (a wide character takes two).
fn spaced_fields(line: &str) -> Vec<(usize, &str)> {
    use unicode_width::UnicodeWidthChar;
    let mut fields = Vec::new();
    let (mut col, mut gap) = (0usize, 0usize);
    let mut start: Option<(usize, usize)> = None; // byte offset, display column
    let mut end = 0usize;
    for (i, c) in line.char_indices() {
        let w = if c == '\t' { 8 - col % 8 } else { c.width().unwrap_or(0) };
        if c == '\t' || c == '\u{3000}' || c == ' ' {
            // A tab or an ideographic space alone separates; spaces from the second on.
            gap += if c == ' ' { 1 } else { 2 };
        } else {
            if start.is_some() && gap >= 2 {
                let (s, sc) = start.take().expect("a field is open");
                fields.push((sc, line[s..end].trim()));
            }
            if start.is_none() {
                start = Some((i, col));
            }
            gap = 0;
            end = i + c.len_utf8();
        }
        col += w;
    }
    if let Some((s, sc)) = start {
        fields.push((sc, line[s..end].trim()));
    }
    fields
}

/// Whether a line inside an aligned-text table is the indented rest of the row above: it
/// opens with two or more spaces, holds one or two fields (`fields`, its
/// [`spaced_fields`]) and no pipe.
fn is_indented_tail(line: &str, fields: &[(usize, &str)]) -> bool {
    let indented = line.starts_with("  ") || line.starts_with('\t') || line.starts_with('\u{3000}');
    indented && !line.contains('|') && (1..=2).contains(&fields.len())
}

/// An aligned-text row's cells, numbered by column: a row printed indented, with fewer
/// fields than the table's widest row, has each field in the column whose start is nearest
/// (empty cells before and between them); any other row keeps its fields in order, and the
/// widest row so far sets the columns' starts. `starts`: where the line's fields start.
fn place_aligned(starts: Vec<usize>, cells: Vec<Cell>, anchors: &mut Vec<usize>, line_no: u32) -> Vec<Cell> {
    let indented = starts.first().is_some_and(|&s| s > 0);
    if starts.len() != cells.len() || starts.len() >= anchors.len() || !indented {
        if starts.len() == cells.len() && starts.len() >= anchors.len() {
            *anchors = starts;
        }
        return cells;
    }
    let nearest = |s: usize| (0..anchors.len()).min_by_key(|&a| anchors[a].abs_diff(s)).unwrap_or(0);
    let cols: Vec<usize> = starts.iter().map(|&s| nearest(s)).collect();
    // Two fields in one column, or out of order: the positions say nothing sure.
    if cols.windows(2).any(|w| w[0] >= w[1]) {
        return cells;
    }
    let width = cols.last().map_or(0, |&c| c + 1);
    let mut out: Vec<Cell> = (0..width).map(|c| Cell::new("", c as u32, line_no)).collect();
    for (cell, &c) in cells.into_iter().zip(&cols) {
        out[c] = Cell { col: c as u32, ..cell };
    }
    out
}

/// True when a cell holds a run of seven or more digits, dashes allowed between them (a
/// phone number, as records of a directory do; prose and office hours rarely do).
fn holds_number(cells: &[Cell]) -> bool {
    cells.iter().any(|c| crate::has_digit_run(&c.text, 7, &['-']))
}

/// A grid table's border line: `+`, then runs of `-`, `=` or `:` each closed by `+`.
fn is_grid_border(line: &str) -> bool {
    line.len() >= 3
        && line.starts_with('+')
        && line.ends_with('+')
        && line.bytes().all(|b| matches!(b, b'+' | b'-' | b'=' | b':'))
        && line.bytes().any(|b| b == b'-' || b == b'=')
}

/// A `|---|:--:|` row: every cell empty or dashes with optional colons, at least one dash.
/// (Also drawn with full-width or long dashes, `|－－－|——|`, as OCR and word processors
/// print it, when a cell has three of them at least: one or two are a placeholder for an
/// empty field.)
fn is_separator(cells: &[Cell]) -> bool {
    let (mut dash, mut drawn, mut ascii) = (false, false, true);
    for c in cells {
        let t = c.text.as_str();
        if t.is_empty() {
            continue;
        }
        let inner = t.trim_start_matches([':', '：']).trim_end_matches([':', '：']);
        if inner.is_empty() || !inner.chars().all(|ch| matches!(ch, '-' | '－' | '—' | '–' | '─' | '━')) {
            return false;
        }
        ascii &= inner.bytes().all(|b| b == b'-');
        drawn |= inner.chars().count() >= 3;
        dash = true;
    }
    dash && (ascii || drawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ragged_rows_keep_every_cell() {
        let md = "| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| x |\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let rows = &doc.tables[0].rows;
        assert_eq!(rows[1].kind, RowKind::Separator);
        assert_eq!(rows[2].cells.len(), 4);
        assert_eq!(rows[2].cells[3].text, "4");
        assert_eq!(rows[2].cells[3].col, 3);
        assert_eq!(rows[2].line, 3);
        assert_eq!(rows[3].cells.len(), 1);
    }

    #[test]
    fn blank_lines_split_tables_and_text_is_kept() {
        let md = "Title\n| a | b |\n\n| c | d |\nnote\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 2);
        assert_eq!(doc.tables[1].line_start, 4);
        assert_eq!(doc.text_lines, vec![TextLine::new(1, "Title"), TextLine::new(5, "note")]);
    }

    #[test]
    fn tables_without_outer_pipes_are_tables() {
        let md = "序号 | 省级地区 | 受理机构\n---|---|---\n1 | 吉林省 | 吉林省科学技术厅\n2 | | 长春市科学技术局\n\n注: a | b | c\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let rows: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(rows[0], ["序号", "省级地区", "受理机构"]);
        assert_eq!(doc.tables[0].rows[1].kind, RowKind::Separator);
        assert_eq!(rows[3], ["2", "", "长春市科学技术局"]);
        // Pipes in prose after a blank line, with no delimiter row below, stay text.
        assert_eq!(doc.text_lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["注: a | b | c"]);
        // A row of a piped table that lost its leading pipe continues the table, also with
        // one pipe left.
        let doc = parse_markdown("t.md", "| 1 | 北京 | a |\n2 | 天津 | b |\n天津市 | c\n").unwrap();
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.tables[0].rows[1].cells[0].text, "2");
        assert_eq!(doc.tables[0].rows[2].cells.len(), 2);
    }

    #[test]
    fn full_width_pipes_draw_a_table() {
        let md = "｜序号｜省级地区｜受理机构｜\n｜1｜河北｜河北省科学技术厅｜\n｜2｜｜石家庄市科学技术局｜\n全角竖线｜在正文里\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let rows: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(
            rows,
            [vec!["序号", "省级地区", "受理机构"], vec!["1", "河北", "河北省科学技术厅"], vec!["2", "", "石家庄市科学技术局"]]
        );
        // One full-width bar inside prose is text.
        assert_eq!(doc.text_lines[0].text, "全角竖线｜在正文里");
    }

    #[test]
    fn separators_drawn_with_full_width_or_long_dashes_are_separators() {
        let md = "| 序号 | 受理机构 |\n|－－－|：——：|\n| 1 | 河北省科学技术厅 |\n| — | —— |\n";
        let doc = parse_markdown("t.md", md).unwrap();
        let kinds: Vec<RowKind> = doc.tables[0].rows.iter().map(|r| r.kind).collect();
        // (Short long dashes alone are placeholders in a data row.)
        assert_eq!(kinds, [RowKind::Data, RowKind::Separator, RowKind::Data, RowKind::Data]);
    }

    #[test]
    fn grid_borders_are_separator_rows_of_their_table() {
        let md =
            "+----+------+\n| 序号 | 地址 |\n+====+======+\n| 1 | 一路1号 |\n+----+------+\n| 2 | 二路2号 |\n+----+------+\n\n+ 加号 +\n";
        let doc = parse_markdown("g.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let kinds: Vec<RowKind> = doc.tables[0].rows.iter().map(|r| r.kind).collect();
        use RowKind::{Data, Separator};
        assert_eq!(kinds, [Separator, Data, Separator, Data, Separator, Data, Separator]);
        assert_eq!((doc.tables[0].line_start, doc.tables[0].line_end), (1, 7));
        // Text between plus signs is no border.
        assert_eq!(doc.text_lines.len(), 1);
    }

    #[test]
    fn rows_without_outer_pipes_or_delimiter_row_are_a_table() {
        let md = "说明 | 见附件\n\n序号 | 受理机构 | 地址\n1 | 甲局 | 一路1号\n | 乙局 | 二路2号\n";
        let doc = parse_markdown("p.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let texts: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(texts, [vec!["序号", "受理机构", "地址"], vec!["1", "甲局", "一路1号"], vec!["", "乙局", "二路2号"]]);
        // One line with a pipe or two, alone, is text.
        assert_eq!(doc.text_lines.len(), 1);
    }

    #[test]
    fn tab_separated_lines_keep_their_empty_cells() {
        let cells = split_spaced_row("2\t\t海淀区人力资源和社会保障局\t海淀区四季青路7号\t010-88487000\t", 3).unwrap();
        let texts: Vec<&str> = cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["2", "", "海淀区人力资源和社会保障局", "海淀区四季青路7号", "010-88487000"]);
        assert_eq!(cells[4].col, 4);
        // Runs of spaces beside tabs are alignment: the gaps separate, empty fields go.
        let cells = split_spaced_row("2  \t海淀区人力资源和社会保障局\t\t010-88487000", 3).unwrap();
        assert_eq!(cells.len(), 3);
        // Two fields are no row.
        assert!(split_spaced_row("受理机构\t\t地址", 1).is_none());
        // A list item's marker is no part of the first field.
        let cells = split_spaced_row("- 受理机构：甲局  地址：一路1号  电话：010-12345678", 1).unwrap();
        assert_eq!(cells[0].text, "受理机构：甲局");
    }

    #[test]
    fn aligned_text_lines_are_a_table() {
        let md = "受理点一览\n\n序号  省级地区  受理机构  地址  咨询电话\n1  辽宁  辽宁省科学技术厅  沈阳市和平区三好街 13 号  024-23983327\n\t\t沈阳市科学技术局\t沈阳市沈河区市府大路 260 号\t024-22722114\n说明  见附件\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let t = &doc.tables[0];
        assert_eq!(t.kind, TableKind::Text);
        let rows: Vec<Vec<&str>> = t.cell_texts();
        assert_eq!(rows[0], ["序号", "省级地区", "受理机构", "地址", "咨询电话"]);
        // One space stays inside a field; tabs and runs of spaces separate.
        assert_eq!(rows[1], ["1", "辽宁", "辽宁省科学技术厅", "沈阳市和平区三好街 13 号", "024-23983327"]);
        // A row printed indented is placed under the columns it starts at.
        assert_eq!(rows[2], ["", "", "沈阳市科学技术局", "沈阳市沈河区市府大路 260 号", "024-22722114"]);
        assert_eq!(t.rows[1].line, 4);
        // Lines of fewer than three fields, and a lone spaced line, stay text.
        let texts: Vec<&str> = doc.text_lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["受理点一览", "说明  见附件"]);
        let doc = parse_markdown("t.md", "a  b  c\n\n正文\n").unwrap();
        assert!(doc.tables.is_empty());
        // Prose with double spaces and no number is no table.
        let doc = parse_markdown("t.md", "说明：  本表所列受理点  均可办理\n受理时间：  工作日  上午 9:00-12:00\n").unwrap();
        assert!(doc.tables.is_empty());
        assert_eq!(doc.text_lines.len(), 2);
    }

    #[test]
    fn a_row_printing_two_fields_in_an_aligned_table_is_a_row() {
        // Fields set apart by two spaces, not aligned; two rows print only an address and
        // its number, and a name and its address: rows of the table, in order, not text.
        let md = "序号  省级地区  受理机构  地址  咨询电话\n\
                  1  北京市  北京市科学技术委员会  丰台区西三环南路1号  010-89150841\n\
                  顺义区仓上街16号人才服务科  010-89446673\n\
                  通州区人力资源和社会保障局  通州区新华东街11号院\n\
                  丰台区政务服务中心  丰台区南苑路7号  010-87016516\n\
                  说明  见附件\n";
        let doc = parse_markdown("t.txt", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let rows: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(rows[2], ["顺义区仓上街16号人才服务科", "010-89446673"]);
        assert_eq!(rows[3], ["通州区人力资源和社会保障局", "通州区新华东街11号院"]);
        assert_eq!(rows.len(), 5);
        assert_eq!(doc.tables[0].rows[3].cells[1].col, 1);
        // A line of two fields after the last row, with no number, stays text.
        assert_eq!(doc.text_lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["说明  见附件"]);
    }

    #[test]
    fn names_alone_in_an_aligned_table_are_rows_when_a_row_follows() {
        // Two names printed alone (no address, no number), then a row: rows of the table.
        // Names alone after the table's last row, and a line after a blank line, stay text.
        let md = "序号  省级地区  受理机构  地址  咨询电话\n\
                  17  湖北省  湖北省外国专家局  武汉市武昌区洪山路62号  027-87131811\n\
                  中国(湖北)自由贸易试验区武汉片区管理委员会\n\
                  中国(湖北)自由贸易试验区襄阳片区管理委员会\n\
                  中国(湖北)自贸区宜昌片区发展大道55号  0717-6623247\n\
                  附:说明\n\
                  各受理点工作时间\n\
                  \n\
                  以上  均为工作日\n";
        let doc = parse_markdown("t.txt", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let rows: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[2], ["中国(湖北)自由贸易试验区武汉片区管理委员会"]);
        assert_eq!(rows[3], ["中国(湖北)自由贸易试验区襄阳片区管理委员会"]);
        let text: Vec<&str> = doc.text_lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text, ["附:说明", "各受理点工作时间", "以上  均为工作日"]);
    }

    #[test]
    fn an_indented_tail_in_an_aligned_table_is_placed_under_its_column() {
        let md = "序号  省级地区  受理机构                  地址                          咨询电话\n\
                  1     北京      北京市科学技术委员会      北京市丰台区西三环南路1号     010-89150841\n\
                  \x20               朝阳区人力资源公共服务    将台路5号院                   010-57596100\n\
                  \x20               中心\n\
                  \x20                                         服务中心\n";
        let doc = parse_markdown("a.txt", md).unwrap();
        assert_eq!(doc.tables.len(), 1, "{:#?}", doc);
        let rows: Vec<Vec<&str>> = doc.tables[0].cell_texts();
        assert_eq!(rows[2], ["", "", "朝阳区人力资源公共服务", "将台路5号院", "010-57596100"]);
        assert_eq!(rows[3], ["", "", "中心"]);
        assert_eq!(rows[4], ["", "", "", "服务中心"]);
        assert!(doc.text_lines.is_empty());
    }

    #[test]
    fn a_grid_tables_row_is_the_lines_between_two_borders() {
        let md = "+----+------------------+--------------+\n| 序号 | 受理机构 | 咨询电话 |\n+====+==================+==============+\n\
                  | 1 | 天津市科学技术局(天 | 022-58832123 |\n|   | 津市外国专家局) | 022-58832124 |\n+----+------------------+--------------+\n\
                  | 2 | 滨海新区科技局 | 022-66891234 |\n| 3 | 河北省科学技术厅 | 0311-85813123 |\n+----+------------------+--------------+\n";
        let doc = parse_markdown("g.md", md).unwrap();
        let t = &doc.tables[0];
        let rows: Vec<Vec<&str>> =
            t.rows.iter().filter(|r| r.kind == RowKind::Data).map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        // A full line after another is a row of its own, borders or not.
        assert_eq!(
            rows,
            [
                vec!["序号", "受理机构", "咨询电话"],
                vec!["1", "天津市科学技术局(天 津市外国专家局)", "022-58832123 022-58832124"],
                vec!["2", "滨海新区科技局", "022-66891234"],
                vec!["3", "河北省科学技术厅", "0311-85813123"],
            ]
        );
        let wrapped: Vec<Option<u32>> = t.rows.iter().filter(|r| r.kind == RowKind::Data).map(|r| r.cells[1].wrapped_to).collect();
        assert_eq!(wrapped, [None, Some(5), None, None]);
        // Borders around the header only: a row per line.
        let md = "+----+------+\n| 序号 | 受理机构 |\n+====+======+\n| 1 | 甲局 |\n|   | 乙局 |\n+----+------+\n";
        let doc = parse_markdown("g.md", md).unwrap();
        assert_eq!(doc.tables[0].rows.iter().filter(|r| r.kind == RowKind::Data).count(), 3);
    }

    #[test]
    fn escaped_pipes_stay_in_the_cell() {
        let cells = split_pipe_row(r"| a \| b | c |", 1);
        assert_eq!(cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), vec!["a | b", "c"]);
    }

    #[test]
    fn character_references_in_cells_are_decoded() {
        let cells = split_pipe_row("| 宁穿路&nbsp;2001 号 | 科学技术局&amp;外国专家局 | &nbsp; | a &x; b |", 1);
        assert_eq!(
            cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            vec!["宁穿路 2001 号", "科学技术局&外国专家局", "", "a &x; b"]
        );
    }

    #[test]
    fn colon_rows_are_data_not_separators() {
        let doc = parse_markdown("t.md", "| : | | |\n|--|--|--|\n").unwrap();
        assert_eq!(doc.tables[0].rows[0].kind, RowKind::Data);
        assert_eq!(doc.tables[0].rows[1].kind, RowKind::Separator);
    }

    #[test]
    fn too_many_columns_is_an_error_with_line() {
        let row = format!("|{}\n", "x|".repeat(MAX_COLUMNS + 5));
        let e = parse_markdown("wide.md", &format!("| a |\n{row}")).unwrap_err();
        assert!(e.to_string().starts_with("wide.md:2:"), "{e}");
    }

    #[test]
    fn html_block_inside_markdown() {
        let md = "| a |\n\n<table><tr><td rowspan=\"2\">x</td><td>y</td></tr>\n<tr><td>z</td></tr></table>\nafter\n";
        let doc = parse_markdown("t.md", md).unwrap();
        assert_eq!(doc.tables.len(), 2);
        let t = &doc.tables[1];
        assert_eq!(t.kind, TableKind::Html);
        assert_eq!(t.rows[0].cells[0].merge.unwrap().rows, 2);
        assert_eq!(t.rows[1].cells[0].text, "");
        assert!(!t.rows[1].cells[0].merge.unwrap().is_anchor);
        assert_eq!(t.rows[1].cells[1].text, "z");
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(doc.text_lines.last().unwrap().text, "after");
    }
}
