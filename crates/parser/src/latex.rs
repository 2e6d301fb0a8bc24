//! LaTeX `tabular` environments, as OCR tools that write formulas in LaTeX (Nougat, some
//! PDF-to-markdown pipelines) print tables: rows end at `\\`, cells part at `&`, rules
//! (`\hline`, `\toprule`…) are markup, and `\multicolumn` / `\multirow` are merged ranges.
//! Text before the environment opens or after it ends on the same line stays a text line,
//! so nothing is lost.

use crate::inline::decode_inline;
use crate::model::{Cell, Merge, Row, RowKind, Table, TableKind, TextLine};
use crate::{ParseError, MAX_COLUMNS};

/// The table environments read as tables.
const ENVIRONMENTS: &[&str] = &["tabular", "tabular*", "tabularx", "longtable", "array"];

/// Commands that draw rules or mark a long table's parts: markup, no text.
const RULES: &[&str] = &[
    "\\hline",
    "\\toprule",
    "\\midrule",
    "\\bottomrule",
    "\\endfirsthead",
    "\\endhead",
    "\\endfoot",
    "\\endlastfoot",
    "\\centering",
    "\\hfill",
    "\\noalign",
];

/// Where a table environment opens in a line: the byte offset of its `\begin`.
pub fn find_open(line: &str) -> Option<usize> {
    if !line.contains("\\begin") {
        return None;
    }
    line.match_indices("\\begin").find(|(i, _)| env_name(&line[i + "\\begin".len()..]).is_some()).map(|(i, _)| i)
}

/// The name of a table environment `{tabular}` opening `rest`, with the length of `{…}`.
fn env_name(rest: &str) -> Option<(&'static str, usize)> {
    let rest_trimmed = rest.trim_start();
    let skipped = rest.len() - rest_trimmed.len();
    let inner = rest_trimmed.strip_prefix('{')?;
    let close = inner.find('}')?;
    let name = inner[..close].trim();
    ENVIRONMENTS.iter().find(|e| **e == name).map(|e| (*e, skipped + close + 2))
}

/// Whether the line closes a table environment.
pub fn closes(line: &str) -> bool {
    line.match_indices("\\end").any(|(i, _)| env_name(&line[i + "\\end".len()..]).is_some())
}

/// Reads one table environment: `block` holds the source lines from the one it opens on
/// (`first_line`) to the one it closes on. Text outside the environment comes back as
/// text lines.
pub fn parse_tabular(source: &str, block: &str, first_line: u32, index: usize) -> Result<(Table, Vec<TextLine>), ParseError> {
    let mut text_lines = Vec::new();
    let open = find_open(block).unwrap_or(0);
    let before = block[..open].trim();
    if !before.is_empty() {
        text_lines.push(TextLine::new(first_line, before));
    }
    // The body starts after `\begin{tabular}` and its arguments (`{|c|c|}`, a width first
    // for `tabular*`/`tabularx`, a position `[t]`).
    let after_begin = &block[open + "\\begin".len()..];
    let (name, name_len) = env_name(after_begin).unwrap_or(("tabular", 0));
    let mut body_start = open + "\\begin".len() + name_len;
    let args = if matches!(name, "tabular*" | "tabularx") { 2 } else { 1 };
    let args_start = body_start;
    body_start = skip_arguments(block, body_start, args);
    // (A column spec is ASCII markup; text OCR read into it is kept.)
    let spec = &block[args_start..body_start];
    if !spec.is_ascii() {
        text_lines.push(TextLine::new(first_line, spec.trim()));
    }
    // The body ends at the environment's `\end{…}`; text after it is a text line.
    let end = block[body_start..]
        .match_indices("\\end")
        .find(|(i, _)| env_name(&block[body_start + i + "\\end".len()..]).is_some_and(|(n, _)| n == name))
        .map(|(i, _)| body_start + i);
    let body_end = end.unwrap_or(block.len());
    if let Some(e) = end {
        let close_len = "\\end".len() + env_name(&block[e + "\\end".len()..]).map_or(0, |(_, l)| l);
        let after = block[e + close_len..].trim();
        if !after.is_empty() {
            let line = first_line + block[..e].matches('\n').count() as u32;
            // (Placed after the table when printed on the line the table starts on.)
            let pos = if line == first_line { u32::from(!before.is_empty()) + 1 } else { 0 };
            text_lines.push(TextLine { line, text: after.to_string(), pos });
        }
    }
    let starts = crate::LineStarts::of(block);
    let line_at = |offset: usize| starts.line(first_line, offset);

    let mut rows: Vec<Row> = Vec::new();
    // Per column, a `\multirow` still covering the rows below: (anchor row, rows left, merge).
    let mut covering: Vec<Option<(u32, Merge)>> = Vec::new();
    for (start, raw_row) in split_unescaped(&block[body_start..body_end], "\\\\", body_start) {
        let row_text = strip_row_markup(raw_row);
        if row_text.trim().is_empty() {
            continue;
        }
        let lead = raw_row.len() - raw_row.trim_start().len();
        let row_line = line_at(start + lead + rule_prefix_len(raw_row.trim_start()));
        let ri = rows.len() as u32;
        let mut cells: Vec<Cell> = Vec::new();
        for (_, raw_cell) in split_unescaped(&row_text, "&", 0) {
            let col = cells.len() as u32;
            if cells.len() >= MAX_COLUMNS {
                return Err(ParseError::TooManyColumns {
                    path: source.to_string(),
                    line: row_line,
                    cols: cells.len() + 1,
                    max: MAX_COLUMNS,
                });
            }
            let (text, span_cols, span_rows) = cell_content(raw_cell.trim());
            let covered = covering.get(col as usize).copied().flatten();
            let mut cell = Cell::new(text, col, row_line);
            if let (Some((left, m)), true) = (covered, cell.text.is_empty()) {
                cell.merge = Some(Merge { is_anchor: false, ..m });
                covering[col as usize] = (left > 1).then_some((left - 1, m));
            } else if covered.is_some() {
                covering[col as usize] = None;
            }
            if span_cols > 1 || span_rows > 1 {
                let m = Merge { anchor_row: ri, anchor_col: col, rows: span_rows, cols: span_cols, is_anchor: true };
                cell.merge = Some(m);
                if span_rows > 1 {
                    if covering.len() <= col as usize {
                        covering.resize(col as usize + 1, None);
                    }
                    covering[col as usize] = Some((span_rows - 1, m));
                }
            }
            cells.push(cell);
            // A `\multicolumn` covers the columns after it.
            for k in 1..span_cols {
                let m = Merge { anchor_row: ri, anchor_col: col, rows: span_rows, cols: span_cols, is_anchor: false };
                let mut covered = Cell::new("", col + k, row_line);
                covered.merge = Some(m);
                cells.push(covered);
            }
        }
        crate::spend_cells(cells.len(), source, row_line)?;
        rows.push(Row { line: row_line, kind: RowKind::Data, cells });
    }
    let line_end = line_at(body_end);
    // (After the text printed before it on its first line.)
    let pos = u32::from(!before.is_empty());
    Ok((Table { index, kind: TableKind::Latex, line_start: first_line, line_end, rows, pos }, text_lines))
}

/// The offset after `n` brace arguments (and any `[…]` option) from `at`.
fn skip_arguments(text: &str, at: usize, n: usize) -> usize {
    at + brace_args(&text[at..], n).1
}

/// The offset of the `}` closing the `{` at `open`.
fn matching_brace(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in text[open..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits at `sep` outside braces, not where a backslash escapes it (`\&`): the pieces
/// with their offsets (plus `base`).
fn split_unescaped<'a>(text: &'a str, sep: &str, base: usize) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && text[i..].starts_with(sep) {
            out.push((base + start, &text[start..i]));
            i += sep.len();
            // `\\[2pt]`: the row's extra space is markup (text in the brackets is not).
            if sep == "\\\\" && text[i..].starts_with('[') {
                if let Some(e) = text[i..].find(']').filter(|&e| text[i..i + e].is_ascii()) {
                    i += e + 1;
                }
            }
            start = i;
            continue;
        }
        // A backslash escapes the character after it (`\&`, `\\` is handled above).
        if bytes[i] == b'\\' && sep == "&" {
            i += 1;
            if i < bytes.len() {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push((base + start, &text[start..]));
    out
}

/// The length of the rules opening a row (`\hline \hline`), so its line is where its text
/// starts.
fn rule_prefix_len(row: &str) -> usize {
    let mut rest = row;
    loop {
        let t = rest.trim_start();
        let Some(rule) = RULES.iter().chain(["\\cline", "\\cmidrule"].iter()).find(|r| t.starts_with(**r)) else {
            return row.len() - t.len();
        };
        let mut after = &t[rule.len()..];
        // `\cline{2-3}`, `\cmidrule(lr){2-3}`: their arguments too.
        if let Some(a) = after.strip_prefix('(').and_then(|a| a.find(')').map(|e| &a[e + 1..])) {
            after = a;
        }
        if after.starts_with('{') {
            if let Some(e) = after.find('}') {
                after = &after[e + 1..];
            }
        }
        rest = after;
    }
}

/// A row without its rules.
fn strip_row_markup(row: &str) -> String {
    let mut out = row.to_string();
    for rule in RULES {
        out = out.replace(rule, " ");
    }
    for rule in ["\\cline", "\\cmidrule"] {
        while let Some(i) = out.find(rule) {
            let mut end = i + rule.len();
            if out[end..].starts_with('(') {
                end += out[end..].find(')').map_or(0, |e| e + 1);
            }
            if out[end..].starts_with('{') {
                end += out[end..].find('}').map_or(0, |e| e + 1);
            }
            out.replace_range(i..end, " ");
        }
    }
    out
}

/// A cell's text, and the columns and rows it spans (`\multicolumn{2}{c}{…}`,
/// `\multirow{3}{*}{…}`), commands written out as their text.
fn cell_content(raw: &str) -> (String, u32, u32) {
    let mut cols = 1u32;
    let mut rows = 1u32;
    let mut text = raw.to_string();
    // `\multicolumn{n}{spec}{text}` and `\multirow{n}{width}{text}`, nested either way.
    loop {
        let t = text.trim();
        let (cmd, is_cols) = if t.starts_with("\\multicolumn") {
            ("\\multicolumn", true)
        } else if t.starts_with("\\multirow") {
            ("\\multirow", false)
        } else {
            break;
        };
        let (args, end) = brace_args(&t[cmd.len()..], 3);
        let [n, spec, inner] = args.as_slice() else { break };
        // (Its count and spec are ASCII markup; text OCR read into them is kept.)
        let stray: String = [*n, *spec].iter().filter(|a| !a.is_ascii()).copied().collect();
        let n: u32 = n.trim().parse().unwrap_or(1).clamp(1, MAX_COLUMNS as u32);
        if is_cols {
            cols = n;
        } else {
            rows = n;
        }
        // (Text printed after the command is the cell's too.)
        text = format!("{stray}{inner}{}", &t[cmd.len() + end..]);
    }
    (clean_text(&text), cols, rows)
}

/// The first `n` brace arguments of a command (an optional `[…]` skipped), and the offset
/// after the last one read.
fn brace_args(text: &str, n: usize) -> (Vec<&str>, usize) {
    let mut out = Vec::new();
    let mut at = 0usize;
    while out.len() < n {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        let mut pos = at + rest.len() - trimmed.len();
        if trimmed.starts_with('[') {
            match trimmed.find(']') {
                Some(e) => pos += e + 1,
                None => break,
            }
        }
        let rest = &text[pos..];
        let trimmed = rest.trim_start();
        if !trimmed.starts_with('{') {
            break;
        }
        let open = pos + rest.len() - trimmed.len();
        let Some(close) = matching_brace(text, open) else { break };
        out.push(&text[open + 1..close]);
        at = close + 1;
    }
    (out, at)
}

/// A cell's text as a reader sees it: font and box commands (`\textbf{…}`, `\makecell{…}`)
/// give their argument, line breaks inside a cell (`\newline`, `\\` in a `\makecell`) a
/// space, escaped characters (`\&`, `\%`, `\_`) themselves, and inline math is written out.
fn clean_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let rest = &raw[i + 1..];
                let name_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
                if name_len == 0 {
                    // An escaped character, or `\\` (a line break inside a cell).
                    if let Some(&(_, e)) = chars.peek() {
                        chars.next();
                        out.push(if e == '\\' { ' ' } else { e });
                    }
                    continue;
                }
                let name = &rest[..name_len];
                for _ in 0..name_len {
                    chars.next();
                }
                match name {
                    "newline" | "par" | "linebreak" | "quad" | "qquad" => out.push(' '),
                    "textbackslash" => out.push('\\'),
                    _ => {}
                }
                // Its optional argument is markup (`\makecell[c]{…}`), unless it holds text.
                if let Some(&(o, '[')) = chars.peek() {
                    if raw[o..].find(']').is_some_and(|e| raw[o..o + e].is_ascii()) {
                        for (_, n) in chars.by_ref() {
                            if n == ']' {
                                break;
                            }
                        }
                    }
                }
            }
            '{' | '}' => {}
            '~' => out.push(' '),
            _ => out.push(c),
        }
    }
    let spaced = out.split_whitespace().collect::<Vec<_>>().join(" ");
    decode_inline(&spaced).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &Table) -> Vec<Vec<&str>> {
        t.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn rows_and_cells_of_a_tabular() {
        let block = "\\begin{tabular}{|c|c|p{3cm}|}\n\\hline 序号 & 受理机构 & 电话 \\\\\n\\hline 1 & 北京市\\textbf{科学技术}委员会 & 010-66151234 \\\\\n\\hline\n\\end{tabular}";
        let (t, lines) = parse_tabular("a.md", block, 10, 0).unwrap();
        assert_eq!(texts(&t), [vec!["序号", "受理机构", "电话"], vec!["1", "北京市科学技术委员会", "010-66151234"]]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [11, 12]);
        assert_eq!((t.line_start, t.line_end), (10, 14));
        assert!(lines.is_empty());
    }

    #[test]
    fn rows_of_a_long_tabular_keep_their_lines() {
        // A rule line before each row: row k on line 10 + 2k + 2.
        let rows: String = (0..3000).map(|k| format!("\\hline\n甲{k} & 010-{k:08} \\\\\n")).collect();
        let block = format!("\\begin{{tabular}}{{ll}}\n{rows}\\end{{tabular}}");
        let (t, _) = parse_tabular("a.md", &block, 10, 0).unwrap();
        assert_eq!(t.rows.len(), 3000);
        for (k, r) in t.rows.iter().enumerate() {
            assert_eq!((r.line, r.cells[0].text.as_str()), (10 + 2 * k as u32 + 2, format!("甲{k}").as_str()));
        }
        assert_eq!(t.line_end, 10 + 6001);
    }

    #[test]
    fn escapes_spans_and_text_around() {
        let block = "表 1 \\begin{tabular*}{\\textwidth}{ll} A \\& B & \\multicolumn{2}{c}{合并} \\\\ \\multirow{2}{*}{甲局} & x \\\\ & y \\\\[2pt] \\cline{1-2} \\end{tabular*} 注";
        let (t, lines) = parse_tabular("a.md", block, 1, 0).unwrap();
        assert_eq!(texts(&t), [vec!["A & B", "合并", ""], vec!["甲局", "x"], vec!["", "y"]]);
        let m = t.rows[0].cells[2].merge.unwrap();
        assert!(!m.is_anchor && m.cols == 2);
        let below = t.rows[2].cells[0].merge.unwrap();
        assert!(!below.is_anchor && below.anchor_row == 1 && below.rows == 2);
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["表 1", "注"]);
    }

    #[test]
    fn openings_and_closings_are_found() {
        assert_eq!(find_open("x \\begin{tabular}{cc}"), Some(2));
        assert_eq!(find_open("\\begin{equation}"), None);
        assert!(closes("\\end{longtable}"));
        assert!(!closes("\\end{document}"));
    }
}
