//! Spreadsheets (`.xlsx`, `.xls`, `.ods`) via calamine: every sheet a table, number cells
//! kept as their digits (no float formatting damage), merged ranges recorded.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Dimensions, Reader, Sheets};

use crate::model::{Cell, Document, Merge, Row, RowKind, Table, TableKind};
use crate::{ParseError, MAX_COLUMNS};

/// Reads every sheet of a workbook. Row numbers (1-based, as the spreadsheet shows them)
/// take the place of line numbers.
pub fn parse_spreadsheet(path: &Path) -> Result<Document, ParseError> {
    let source = path.display().to_string();
    let err = |m: String| ParseError::Spreadsheet { path: source.clone(), message: m };
    if !path.exists() {
        return Err(ParseError::Io { path: source.clone(), source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file") });
    }
    let mut book = open_workbook_auto(path).map_err(|e| err(e.to_string()))?;
    let names = book.sheet_names().to_vec();
    let mut tables = Vec::new();
    for name in names {
        let range = book.worksheet_range(&name).map_err(|e| err(format!("sheet '{name}': {e}")))?;
        let merges = merged_ranges(&mut book, &name);
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (ri, data_row) in range.rows().enumerate() {
            let abs_r = r0 + ri as u32;
            let line = abs_r + 1;
            if c0 as usize + data_row.len() > MAX_COLUMNS {
                return Err(ParseError::TooManyColumns {
                    path: source.clone(),
                    line,
                    cols: c0 as usize + data_row.len(),
                    max: MAX_COLUMNS,
                });
            }
            let mut cells: Vec<Cell> = (0..c0).map(|c| Cell::new("", c, line)).collect();
            for (ci, value) in data_row.iter().enumerate() {
                let abs_c = c0 + ci as u32;
                let (text, from_number) = cell_text(value);
                let mut cell = Cell::new(text, abs_c, line);
                cell.from_number = from_number;
                if let Some(d) = merges.iter().find(|d| d.contains(abs_r, abs_c)) {
                    cell.merge = Some(Merge {
                        anchor_row: d.start.0,
                        anchor_col: d.start.1,
                        rows: d.end.0 - d.start.0 + 1,
                        cols: d.end.1 - d.start.1 + 1,
                        is_anchor: d.start == (abs_r, abs_c),
                    });
                }
                cells.push(cell);
            }
            if cells.iter().any(|c| !c.text.is_empty()) {
                rows.push(Row { line, kind: RowKind::Data, cells });
            }
        }
        let line_start = rows.first().map(|r| r.line).unwrap_or(1);
        let line_end = rows.last().map(|r| r.line).unwrap_or(1);
        tables.push(Table { index: tables.len(), kind: TableKind::Sheet { name }, line_start, line_end, rows, pos: 0 });
    }
    if tables.iter().all(|t| t.rows.is_empty()) {
        return Err(ParseError::NoContent { path: source });
    }
    Ok(Document { source, tables, text_lines: Vec::new() })
}

fn merged_ranges<RS: std::io::Read + std::io::Seek>(book: &mut Sheets<RS>, name: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        // calamine does not expose merged ranges for .ods and .xlsb.
        _ => Vec::new(),
    }
}

/// Text of a cell. Whole numbers print as their digits (a phone stored as 1089150841 stays
/// `1089150841`); other floats use Rust's shortest round-trip form, never an exponent.
pub fn cell_text(value: &Data) -> (String, bool) {
    match value {
        Data::Empty => (String::new(), false),
        Data::String(s) => (s.trim().to_string(), false),
        Data::Int(i) => (i.to_string(), true),
        Data::Float(f) => (format_float(*f), true),
        Data::Bool(b) => (b.to_string(), false),
        Data::DateTime(d) => (d.to_string(), false),
        Data::DateTimeIso(s) | Data::DurationIso(s) => (s.clone(), false),
        Data::Error(e) => (format!("#{e:?}"), false),
    }
}

fn format_float(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e17 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_keep_their_digits() {
        assert_eq!(format_float(1089150841.0), "1089150841");
        assert_eq!(format_float(87.2e9), "87200000000");
        assert_eq!(format_float(1.5), "1.5");
    }

    #[test]
    fn xlsx_numbers_and_merges() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "受理机构").unwrap();
        ws.write_string(0, 1, "咨询电话").unwrap();
        ws.merge_range(1, 0, 2, 0, "海淀区人力资源公共服务中心", &rust_xlsxwriter::Format::new()).unwrap();
        ws.write_number(1, 1, 1089150841.0).unwrap();
        ws.write_number(2, 1, 1089150842.0).unwrap();
        wb.save(&p).unwrap();
        let doc = parse_spreadsheet(&p).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.rows[1].cells[1].text, "1089150841");
        assert!(t.rows[1].cells[1].from_number);
        let m = t.rows[2].cells[0].merge.unwrap();
        assert_eq!((m.anchor_row, m.rows, m.is_anchor), (1, 2, false));
        assert!(t.rows[1].cells[0].merge.unwrap().is_anchor);
    }

    #[test]
    fn corrupt_xlsx_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.xlsx");
        std::fs::write(&p, b"PK\x03\x04 not really a zip").unwrap();
        let e = parse_spreadsheet(&p).unwrap_err();
        assert!(e.to_string().contains("bad.xlsx"), "{e}");
    }
}
