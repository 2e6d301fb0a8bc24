//! What a workbook would expand to, counted from its zipped XML before calamine reads it:
//! calamine expands an OpenDocument sheet whole, repeated cells and rows included (a file
//! of a few hundred bytes, one cell repeated 900 times in a row repeated 100 000 times,
//! took 9.5 GB and 27 s before the document's cell budget could refuse it), and loads an
//! `.xlsx` file's shared strings whole on opening (an 826 KB file of 20 million of them
//! took 1.3 GB and 9 s).
//!
//! Each count streams the XML (constant memory, however large it unpacks). For `.ods`,
//! per sheet: the cells holding a value, each repetition counted, and the box around
//! them, which calamine's dense range fills; empty cells repeated to a sheet's edge
//! (LibreOffice writes `number-columns-repeated="1024"` rows a million times over) hold
//! nothing and count for nothing. For `.xlsx`: the shared strings (a cell's text is one;
//! more of them than the cells a document may hold is no document). Worksheets themselves
//! are read cell by cell against the budget (see `sheet`).

use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};

/// The most a part calamine reads whole (`content.xml`, `sharedStrings.xml`) may unpack
/// to: a sheet of the document's cell budget is far smaller.
pub const MAX_CONTENT_BYTES: u64 = 256 << 20;

/// Why a workbook is refused before it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverBudget {
    /// A part read whole unpacks to more bytes than [`MAX_CONTENT_BYTES`].
    Content { part: String, bytes: u64 },
    /// A sheet holds more value cells than the budget, or a box around them larger than it.
    Cells { sheet: String, cells: u64, row: u64 },
    /// The shared strings of an `.xlsx` outnumber the cells the budget allows.
    SharedStrings { max: u64 },
}

impl std::fmt::Display for OverBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OverBudget::Content { part, bytes } => write!(f, "{part} unpacks to {bytes} bytes or more (at most {MAX_CONTENT_BYTES})"),
            OverBudget::SharedStrings { max } => write!(f, "more than {max} shared strings"),
            OverBudget::Cells { sheet, cells, row } => {
                write!(f, "sheet '{sheet}': more than {cells} cells, counting repeated ones (row {row})")
            }
        }
    }
}

/// A part of the zip, its declared size checked, as an XML stream cut at
/// [`MAX_CONTENT_BYTES`] (the declared size may lie). `None` when there is no such part.
fn part_xml<'a, R: Read + Seek>(
    zip: &'a mut zip::ZipArchive<R>,
    name: &str,
) -> Option<Result<quick_xml::Reader<BufReader<impl Read + 'a>>, OverBudget>> {
    let part = zip.by_name(name).ok()?;
    if part.size() > MAX_CONTENT_BYTES {
        return Some(Err(OverBudget::Content { part: name.to_string(), bytes: part.size() }));
    }
    Some(Ok(quick_xml::Reader::from_reader(BufReader::new(part.take(MAX_CONTENT_BYTES + 1)))))
}

/// Refuses an `.ods` workbook whose sheets would expand to more than `max_cells` cells
/// (value cells, or the box around them), or whose `content.xml` unpacks past
/// [`MAX_CONTENT_BYTES`]. A file that is no zip, or has no `content.xml`, passes: calamine
/// says what is wrong with it.
pub fn check_ods<R: Read + Seek>(file: R, max_cells: u64) -> Result<(), OverBudget> {
    let Ok(mut zip) = zip::ZipArchive::new(file) else { return Ok(()) };
    let Some(xml) = part_xml(&mut zip, "content.xml") else { return Ok(()) };
    let mut xml = xml?;
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    loop {
        // (XML the count cannot read is calamine's to report.)
        let Ok(event) = xml.read_event_into(&mut buf) else { return Ok(()) };
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => sheet = Sheet::named(&e),
            Event::Start(e) if e.name().as_ref() == "table:table-row" => sheet.open_row(repeat(&e, "table:number-rows-repeated")),
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => sheet.skip_rows(repeat(&e, "table:number-rows-repeated")),
            Event::End(e) if e.name().as_ref() == "table:table-row" => sheet.close_row(max_cells)?,
            // A cell with content (`<text:p>` inside) or a typed value holds something.
            Event::Start(e) if is_cell(&e) => sheet.cell(repeat(&e, "table:number-columns-repeated"), true),
            Event::Empty(e) if is_cell(&e) => {
                let typed = matches!(e.try_get_attribute("office:value-type"), Ok(Some(_)));
                sheet.cell(repeat(&e, "table:number-columns-repeated"), typed)
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        if xml.buffer_position() > MAX_CONTENT_BYTES {
            return Err(OverBudget::Content { part: "content.xml".into(), bytes: xml.buffer_position() });
        }
        buf.clear();
    }
}

/// Refuses an `.xlsx` workbook holding more shared strings than `max_cells`, or whose
/// shared strings unpack past [`MAX_CONTENT_BYTES`]. A file that is no zip, or has no
/// shared strings, passes: calamine says what is wrong with it.
pub fn check_xlsx<R: Read + Seek>(file: R, max_cells: u64) -> Result<(), OverBudget> {
    let Ok(mut zip) = zip::ZipArchive::new(file) else { return Ok(()) };
    let name =
        zip.file_names().filter_map(Result::ok).find(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml")).map(|n| n.into_owned());
    let Some(xml) = name.and_then(|n| part_xml(&mut zip, &n)) else { return Ok(()) };
    let mut xml = xml?;
    let mut buf = Vec::new();
    let mut strings = 0u64;
    loop {
        let Ok(event) = xml.read_event_into(&mut buf) else { return Ok(()) };
        match event {
            // (`si`, or `x:si` in a file that names the namespace.)
            Event::Start(e) | Event::Empty(e) if e.name().as_ref().rsplit(':').next() == Some("si") => {
                strings += 1;
                if strings > max_cells {
                    return Err(OverBudget::SharedStrings { max: max_cells });
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        if xml.buffer_position() > MAX_CONTENT_BYTES {
            return Err(OverBudget::Content { part: "sharedStrings.xml".into(), bytes: xml.buffer_position() });
        }
        buf.clear();
    }
}

fn is_cell(e: &BytesStart<'_>) -> bool {
    matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell")
}

/// An element's repetition count (`table:number-rows-repeated="3"`), 1 when it has none.
fn repeat(e: &BytesStart<'_>, attr: &str) -> u64 {
    match e.try_get_attribute(attr) {
        Ok(Some(a)) => a.value.trim().parse().unwrap_or(1),
        _ => 1,
    }
}

/// The count of the sheet being read.
#[derive(Default)]
struct Sheet {
    name: String,
    /// The next row's index, repetitions counted.
    row: u64,
    /// The current row's repetitions, its next column, and its value cells.
    row_repeat: u64,
    col: u64,
    row_cells: u64,
    /// Value cells so far, and the box around them (first and past-last row and column).
    cells: u64,
    rows: Option<(u64, u64)>,
    cols: Option<(u64, u64)>,
}

impl Sheet {
    fn named(e: &BytesStart<'_>) -> Sheet {
        let name = match e.try_get_attribute("table:name") {
            Ok(Some(a)) => a.value.into_owned(),
            _ => String::new(),
        };
        Sheet { name, ..Sheet::default() }
    }

    fn open_row(&mut self, repeat: u64) {
        (self.row_repeat, self.col, self.row_cells) = (repeat, 0, 0);
    }

    fn skip_rows(&mut self, repeat: u64) {
        self.row = self.row.saturating_add(repeat);
    }

    fn cell(&mut self, repeat: u64, holds_value: bool) {
        let start = self.col;
        self.col = self.col.saturating_add(repeat);
        if holds_value {
            self.row_cells = self.row_cells.saturating_add(repeat);
            let (a, b) = self.cols.unwrap_or((start, self.col));
            self.cols = Some((a.min(start), b.max(self.col)));
        }
    }

    fn close_row(&mut self, max_cells: u64) -> Result<(), OverBudget> {
        let end = self.row.saturating_add(self.row_repeat);
        if self.row_cells > 0 {
            self.cells = self.cells.saturating_add(self.row_cells.saturating_mul(self.row_repeat));
            let (a, _) = self.rows.unwrap_or((self.row, end));
            self.rows = Some((a, end));
        }
        let area = match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0).saturating_mul(c1 - c0),
            _ => 0,
        };
        if self.cells > max_cells || area > max_cells {
            return Err(OverBudget::Cells { sheet: self.name.clone(), cells: max_cells, row: self.row + 1 });
        }
        self.row = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// An .ods workbook of one sheet whose `content.xml` body is `rows`.
    fn ods(rows: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
        zip.start_file("content.xml", stored).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    const VALUE: &str = r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn repeated_value_cells_count_each_repetition() {
        // One value cell repeated 900 times in a row repeated 100 000 times: 90 million.
        let bomb = ods(
            r#"<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="900" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        );
        assert_eq!(check_ods(Cursor::new(bomb), 1_000_000), Err(OverBudget::Cells { sheet: "S".into(), cells: 1_000_000, row: 1 }));
        // Two value cells far apart: the box between them is what calamine fills.
        let far = ods(&format!(
            r#"<table:table-row>{VALUE}</table:table-row><table:table-row table:number-rows-repeated="5000"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="999"/>{VALUE}</table:table-row>"#
        ));
        assert!(matches!(check_ods(Cursor::new(far), 1_000_000), Err(OverBudget::Cells { row: 5002, .. })));
    }

    #[test]
    fn empty_cells_repeated_to_the_edge_count_for_nothing() {
        // As LibreOffice writes a small sheet: its values, then empty cells and rows
        // repeated to the sheet's edge.
        let sheet = ods(&format!(
            r#"<table:table-row>{VALUE}{VALUE}<table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        ));
        assert_eq!(check_ods(Cursor::new(sheet), 100), Ok(()));
        // Not a zip, or no content.xml: calamine's to say.
        assert_eq!(check_ods(Cursor::new(b"not a zip".to_vec()), 100), Ok(()));
    }

    #[test]
    fn shared_strings_past_the_budget_are_refused() {
        let book = |n: usize| {
            let mut out = Cursor::new(Vec::new());
            let mut zip = zip::ZipWriter::new(&mut out);
            let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            zip.start_file("xl/sharedStrings.xml", stored).unwrap();
            write!(
                zip,
                r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{}</sst>"#,
                "<si><t>x</t></si>".repeat(n)
            )
            .unwrap();
            zip.finish().unwrap();
            out.into_inner()
        };
        assert_eq!(check_xlsx(Cursor::new(book(100)), 100), Ok(()));
        assert_eq!(check_xlsx(Cursor::new(book(101)), 100), Err(OverBudget::SharedStrings { max: 100 }));
        assert_eq!(check_xlsx(Cursor::new(b"not a zip".to_vec()), 100), Ok(()));
    }
}
