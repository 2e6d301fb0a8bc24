//! CSV and TSV exports of a directory: one table, every record a row, ragged rows kept as
//! they are (a record's line is the line it starts on; a quoted cell may span lines).

use crate::model::{Cell, Document, Row, RowKind, Table, TableKind};
use crate::{ParseError, MAX_COLUMNS, MAX_LINE_BYTES};

/// The delimiter of a `.csv` file: of `,`, tab and `;`, the one its first line holds most
/// of (spreadsheet exports in some locales use `;`).
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    [b',', b'\t', b';'].into_iter().max_by_key(|d| (first.bytes().filter(|b| b == d).count(), *d == b',')).unwrap_or(b',')
}

/// Reads delimited text (already decoded) into one table.
pub fn parse_delimited(source: &str, text: &str, delimiter: u8) -> Result<Document, ParseError> {
    if let Some((i, l)) = text.lines().enumerate().find(|(_, l)| l.len() > MAX_LINE_BYTES) {
        return Err(ParseError::LineTooLong { path: source.to_string(), line: i as u32 + 1, bytes: l.len(), max: MAX_LINE_BYTES });
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut rows = Vec::new();
    // The reader's own line count skips blank lines; a record's line is counted from the
    // byte it starts at (past any blank lines before it).
    let starts = crate::LineStarts::of(text);
    let line_at = |byte: usize| {
        let start = byte + text.as_bytes()[byte.min(text.len())..].iter().take_while(|b| b.is_ascii_whitespace() && **b != b'\t').count();
        starts.line(1, start)
    };
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| line_at(p.byte() as usize));
                if record.len() > MAX_COLUMNS {
                    return Err(ParseError::TooManyColumns { path: source.to_string(), line, cols: record.len(), max: MAX_COLUMNS });
                }
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                crate::spend_cells(record.len(), source, line)?;
                // A quoted field may hold line breaks: each cell keeps the last line the record
                // has reached by its end, so a record lists every line it was read from.
                let mut reached = line;
                let cells = record
                    .iter()
                    .enumerate()
                    .map(|(c, f)| {
                        let mut cell = Cell::new(f.trim(), c as u32, line);
                        reached += f.bytes().filter(|&b| b == b'\n').count() as u32;
                        cell.wrapped_to = (reached > line).then_some(reached);
                        cell
                    })
                    .collect();
                rows.push(Row { line, kind: RowKind::Data, cells });
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) as u32;
                return Err(ParseError::Delimited { path: source.to_string(), line, message: e.to_string() });
            }
        }
    }
    let (Some(first), Some(last)) = (rows.first().map(|r| r.line), rows.last().map(|r| r.line)) else {
        return Err(ParseError::NoContent { path: source.to_string() });
    };
    let table = Table { index: 0, kind: TableKind::Delimited, line_start: first, line_end: last, rows, pos: 0 };
    Ok(Document { source: source.to_string(), tables: vec![table], text_lines: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_keep_their_lines_and_ragged_rows_every_cell() {
        let text = "序号,受理机构,地址,咨询电话\n1,北京市科学技术委员会,\"北京市海淀区西三环北路甲2号\",010-88827111\n\n2,\"海淀区\n人力社保局\",海淀区大钟寺东路9号,010-82192255,多一格\n";
        let doc = parse_delimited("d.csv", text, sniff_delimiter(text)).unwrap();
        let t = &doc.tables[0];
        let rows: Vec<(u32, Vec<&str>)> = t.rows.iter().map(|r| (r.line, r.cells.iter().map(|c| c.text.as_str()).collect())).collect();
        assert_eq!(
            rows,
            [
                (1, vec!["序号", "受理机构", "地址", "咨询电话"]),
                (2, vec!["1", "北京市科学技术委员会", "北京市海淀区西三环北路甲2号", "010-88827111"]),
                (4, vec!["2", "海淀区\n人力社保局", "海淀区大钟寺东路9号", "010-82192255", "多一格"]),
            ]
        );
        assert_eq!(t.kind, TableKind::Delimited);
        // The record over lines 4-5 lists both: its cells from the line break on reach line 5.
        let reach: Vec<Option<u32>> = t.rows[2].cells.iter().map(|c| c.wrapped_to).collect();
        assert_eq!(reach, [None, Some(5), Some(5), Some(5), Some(5)]);
    }

    #[test]
    fn the_delimiter_is_the_one_the_first_line_holds_most_of() {
        assert_eq!(sniff_delimiter("序号\t受理机构\t地址\n"), b'\t');
        assert_eq!(sniff_delimiter("序号;受理机构;地址\n"), b';');
        assert_eq!(sniff_delimiter("序号,受理机构\n"), b',');
        assert_eq!(sniff_delimiter("\n"), b',');
    }

    #[test]
    fn an_empty_table_is_no_content() {
        assert!(matches!(parse_delimited("d.csv", ",,\n ,\n", b','), Err(ParseError::NoContent { .. })));
    }
}
