//! Spreadsheets (`.xlsx`, `.xls`, `.ods`) via calamine: every sheet a table, number cells
//! kept as their digits (no float formatting damage), merged ranges recorded.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{open_workbook_auto, Data, DataRef, Dimensions, Reader, Sheets};

use crate::model::{Cell, Document, Merge, Row, RowKind, Table, TableKind};
use crate::{workbook_budget, ParseError, MAX_COLUMNS};

/// Reads every sheet of a workbook. Row numbers (1-based, as the spreadsheet shows them)
/// take the place of line numbers.
pub fn parse_spreadsheet(path: &Path) -> Result<Document, ParseError> {
    let source = path.display().to_string();
    let err = |m: String| ParseError::Spreadsheet { path: source.clone(), message: m };
    if !path.exists() {
        return Err(ParseError::Io { path: source.clone(), source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file") });
    }
    // (What calamine reads whole is counted first: an OpenDocument sheet, which it expands,
    // and an .xlsx file's shared strings, which it loads on opening.)
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    type Check = fn(std::io::BufReader<std::fs::File>, u64) -> Result<(), workbook_budget::OverBudget>;
    let check: Option<Check> = match ext.as_deref() {
        Some("ods") => Some(workbook_budget::check_ods),
        Some("xlsx" | "xlsm") => Some(workbook_budget::check_xlsx),
        _ => None,
    };
    if let Some(check) = check {
        let file = std::fs::File::open(path).map_err(|e| ParseError::Io { path: source.clone(), source: e })?;
        let budget = crate::cells_left().unwrap_or(crate::MAX_DOCUMENT_CELLS) as u64;
        check(std::io::BufReader::new(file), budget).map_err(|e| err(e.to_string()))?;
    }
    let mut book = open_workbook_auto(path).map_err(|e| err(e.to_string()))?;
    let names = book.sheet_names().to_vec();
    let mut tables = Vec::new();
    for name in names {
        let sheet = SparseSheet::read(&mut book, &name).map_err(|e| err(format!("sheet '{name}': {e}")))?;
        let merges = MergeSweep::new(merged_ranges(&mut book, &name));
        let rows = sheet_rows(&source, sheet, merges)?;
        let line_start = rows.first().map(|r| r.line).unwrap_or(1);
        let line_end = rows.last().map(|r| r.line).unwrap_or(1);
        tables.push(Table { index: tables.len(), kind: TableKind::Sheet { name }, line_start, line_end, rows, pos: 0 });
    }
    if tables.iter().all(|t| t.rows.is_empty()) {
        return Err(ParseError::NoContent { path: source });
    }
    Ok(Document { source, tables, text_lines: Vec::new() })
}

/// A sheet's cells that hold a value, by (row, column), and the box around them all. Kept
/// sparse: two cells a million rows and sixteen thousand columns apart (a 2 KB file) are
/// two cells here, where calamine's dense range held every cell between (and ran the
/// machine out of memory).
struct SparseSheet {
    cells: BTreeMap<(u32, u32), Data>,
    start: (u32, u32),
    end: (u32, u32),
}

impl SparseSheet {
    fn read<RS: std::io::Read + std::io::Seek>(book: &mut Sheets<RS>, name: &str) -> Result<SparseSheet, String> {
        let mut cells = BTreeMap::new();
        match book {
            Sheets::Xlsx(x) => {
                // As calamine's own range reads it: the cells in stream order, empty ones
                // left out, a later cell at a position replacing an earlier one; a chart
                // sheet holds none.
                let mut reader = match x.worksheet_cells_reader(name) {
                    Ok(r) => r,
                    Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(SparseSheet::of(cells)),
                    Err(e) => return Err(e.to_string()),
                };
                while let Some(c) = reader.next_cell().map_err(|e| e.to_string())? {
                    if !matches!(c.get_value(), DataRef::Empty) {
                        let pos = c.get_position();
                        cells.insert(pos, Data::from(c.get_value().clone()));
                        // (A workbook of more cells than a document may hold is refused as
                        // it is read, as the rows built from them would be.)
                        if cells.len() > crate::MAX_DOCUMENT_CELLS {
                            return Err(format!("more than {} cells (row {})", crate::MAX_DOCUMENT_CELLS, pos.0 + 1));
                        }
                    }
                }
            }
            // (The other formats' readers build the range whole; their sizes are bounded:
            // .xls at 65 536 rows by 256 columns, .ods by the count made before it is
            // opened, `workbook_budget`.)
            _ => {
                let range = book.worksheet_range(name).map_err(|e| e.to_string())?;
                let (r0, c0) = range.start().unwrap_or((0, 0));
                for (r, c, v) in range.used_cells() {
                    cells.insert((r0 + r as u32, c0 + c as u32), v.clone());
                    if cells.len() > crate::MAX_DOCUMENT_CELLS {
                        return Err(format!("more than {} cells (row {})", crate::MAX_DOCUMENT_CELLS, r0 + r as u32 + 1));
                    }
                }
            }
        }
        Ok(SparseSheet::of(cells))
    }

    fn of(cells: BTreeMap<(u32, u32), Data>) -> SparseSheet {
        let start = (cells.keys().map(|k| k.0).min().unwrap_or(0), cells.keys().map(|k| k.1).min().unwrap_or(0));
        let end = (cells.keys().map(|k| k.0).max().unwrap_or(0), cells.keys().map(|k| k.1).max().unwrap_or(0));
        SparseSheet { cells, start, end }
    }
}

/// The rows of a sheet holding text, each as wide as the sheet's box (its columns from
/// the first, empty ones before the box's left edge included), merged ranges recorded.
fn sheet_rows(source: &str, sheet: SparseSheet, mut merges: MergeSweep) -> Result<Vec<Row>, ParseError> {
    let (c0, width) = (sheet.start.1, (sheet.end.1 - sheet.start.1) as usize + 1);
    if sheet.cells.is_empty() {
        return Ok(Vec::new());
    }
    if c0 as usize + width > MAX_COLUMNS {
        return Err(ParseError::TooManyColumns {
            path: source.to_string(),
            line: sheet.start.0 + 1,
            cols: c0 as usize + width,
            max: MAX_COLUMNS,
        });
    }
    let mut rows = Vec::new();
    let mut values = sheet.cells.into_iter().peekable();
    while let Some(&((abs_r, _), _)) = values.peek() {
        let line = abs_r + 1;
        let mut row_values: Vec<Option<Data>> = vec![None; width];
        while let Some(((_, c), v)) = values.next_if(|((r, _), _)| *r == abs_r) {
            row_values[(c - c0) as usize] = Some(v);
        }
        crate::spend_cells(c0 as usize + width, source, line)?;
        let mut cells: Vec<Cell> = (0..c0).map(|c| Cell::new("", c, line)).collect();
        let covering = merges.at_row(abs_r);
        for (ci, value) in row_values.into_iter().enumerate() {
            let abs_c = c0 + ci as u32;
            let (text, from_number) = value.as_ref().map_or((String::new(), false), cell_text);
            let mut cell = Cell::new(text, abs_c, line);
            cell.from_number = from_number;
            if let Some(d) = covering.iter().find(|d| d.contains(abs_r, abs_c)) {
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
    Ok(rows)
}

/// A sheet's merged ranges, handed out row by row in increasing order: the ranges covering
/// the row, in the workbook's order (the first containing a cell is the cell's), so a cell
/// looks among the few ranges crossing its row, not among them all.
struct MergeSweep {
    /// Ranges by their first row, and the next one not yet crossing a row asked.
    by_start: Vec<Dimensions>,
    next: usize,
    /// Ranges crossing the last row asked, with their order in the workbook.
    active: Vec<(usize, Dimensions)>,
    order: Vec<usize>,
}

impl MergeSweep {
    fn new(merges: Vec<Dimensions>) -> MergeSweep {
        let mut indexed: Vec<(usize, Dimensions)> = merges.into_iter().enumerate().collect();
        indexed.sort_by_key(|(i, d)| (d.start.0, *i));
        let (order, by_start) = indexed.into_iter().unzip();
        MergeSweep { by_start, next: 0, active: Vec::new(), order }
    }

    /// The ranges crossing `row`, in the workbook's order; rows must be asked in increasing
    /// order.
    fn at_row(&mut self, row: u32) -> Vec<Dimensions> {
        self.active.retain(|(_, d)| d.end.0 >= row);
        while let Some(d) = self.by_start.get(self.next).filter(|d| d.start.0 <= row) {
            if d.end.0 >= row {
                self.active.push((self.order[self.next], *d));
            }
            self.next += 1;
        }
        self.active.sort_by_key(|(i, _)| *i);
        self.active.iter().map(|(_, d)| *d).collect()
    }
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
    fn merged_ranges_are_handed_out_row_by_row_in_workbook_order() {
        let d = |r0, c0, r1, c1| Dimensions { start: (r0, c0), end: (r1, c1) };
        // Listed: a range from row 5, one over rows 1-2, one over rows 2-6.
        let mut sweep = MergeSweep::new(vec![d(5, 0, 6, 0), d(1, 1, 2, 1), d(2, 2, 6, 3)]);
        assert_eq!(sweep.at_row(0), []);
        assert_eq!(sweep.at_row(2), [d(1, 1, 2, 1), d(2, 2, 6, 3)]);
        assert_eq!(sweep.at_row(3), [d(2, 2, 6, 3)]);
        assert_eq!(sweep.at_row(6), [d(5, 0, 6, 0), d(2, 2, 6, 3)]);
        assert_eq!(sweep.at_row(7), []);
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
