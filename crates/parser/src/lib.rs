//! Lossless reading of OCR'd documents into tables of rows of cells.
//!
//! Every cell keeps the file, line and column it came from, and every line that is not part
//! of a table is kept as a [`TextLine`], so later stages can account for every character of
//! the input. Three document families are read:
//!
//! * markdown with pipe tables as OCR tools emit them (ragged rows, page-break tables,
//!   separator rows) and HTML `<table>` blocks inside it ([`markdown`], [`html`]), and
//!   records printed as `label: value` lines ([`labelled`]) or a field per line
//!   ([`stacked`]);
//! * `.html` documents ([`html`]);
//! * CSV and TSV exports ([`delimited`]);
//! * spreadsheets, `.xlsx`, `.xls`, `.ods` ([`sheet`]).
//!
//! Text files are decoded from UTF-8 (with or without BOM) or GB18030 ([`decode`]).

pub mod decode;
pub mod delimited;
pub mod entities;
pub mod error;
pub mod html;
pub mod inline;
pub mod labelled;
pub mod latex;
pub mod markdown;
pub mod model;
pub mod sheet;
pub mod stacked;
pub mod workbook_budget;

use std::path::Path;

pub use error::ParseError;
pub use model::{Cell, Document, Merge, Row, RowKind, Table, TableKind, TextLine};

/// Longest line accepted in a text document; longer lines are almost always binary or broken
/// exports, and refusing them keeps memory bounded.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// Most cells accepted in one row; a directory table never has this many columns.
pub const MAX_COLUMNS: usize = 512;
/// Where a text's lines start, found once, so each row or cell of a long table finds its
/// line by a binary search (counting newlines from the start for each cost their square).
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(crate) fn of(text: &str) -> LineStarts {
        LineStarts(memchr::memchr_iter(b'\n', text.as_bytes()).collect())
    }

    /// The line of byte `offset`, the text's first line being `first_line`.
    pub(crate) fn line(&self, first_line: u32, offset: usize) -> u32 {
        first_line + self.0.partition_point(|&n| n < offset) as u32
    }
}

/// Largest document accepted, in bytes: a document's records and findings take about
/// fourteen times its size in memory, and a file that never ends (a link to `/dev/zero`)
/// must stop somewhere.
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// Most cells a document may hold, empty ones included: reading them and the records they
/// make take about 130 bytes a cell, so a file of empty cells (`|||…`, `,,,…`: a byte a
/// cell, or an HTML cell spanning a thousand rows) is refused before it takes the
/// machine's memory. (The 1000 seed copies in one file hold 2.4 million.)
pub const MAX_DOCUMENT_CELLS: usize = 6 << 20;

thread_local! {
    /// Cells the document being read on this thread may still hold; set by [`parse_path`]
    /// (a reader called on its own, in tests, counts none).
    static CELLS_LEFT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Counts `n` more cells of the document being read: an error naming the file and the line
/// once they pass [`MAX_DOCUMENT_CELLS`].
pub(crate) fn spend_cells(n: usize, path: &str, line: u32) -> Result<(), ParseError> {
    CELLS_LEFT.with(|left| match left.get() {
        None => Ok(()),
        Some(l) if n <= l => {
            left.set(Some(l - n));
            Ok(())
        }
        Some(_) => Err(ParseError::TooManyCells { path: path.to_string(), line, max: MAX_DOCUMENT_CELLS }),
    })
}

/// Cells the document being read on this thread may still hold (`None` outside
/// [`parse_path`]): what a reader checks a file against before expanding it.
pub(crate) fn cells_left() -> Option<usize> {
    CELLS_LEFT.with(std::cell::Cell::get)
}

/// Runs `f` with a budget of `cells` for the document it reads (the one before restored).
fn with_cell_budget<T>(cells: usize, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<usize>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CELLS_LEFT.with(|left| left.set(self.0));
        }
    }
    let _restore = Restore(CELLS_LEFT.with(|left| left.replace(Some(cells))));
    f()
}

/// Reads a document's bytes: a regular file only (a pipe would wait for a writer forever,
/// a device never end), at most [`MAX_FILE_BYTES`] of them.
fn read_document(path: &Path, source: &str) -> Result<Vec<u8>, ParseError> {
    use std::io::Read;
    let io = |e| ParseError::Io { path: source.to_string(), source: e };
    check_document_file(path, source)?;
    let mut bytes = Vec::new();
    std::fs::File::open(path).map_err(io)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    // (A file that grew past the bound while read.)
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ParseError::TooLarge { path: source.to_string(), bytes: bytes.len() as u64, max: MAX_FILE_BYTES });
    }
    Ok(bytes)
}

/// A document must be a regular file (symbolic links followed) within [`MAX_FILE_BYTES`].
fn check_document_file(path: &Path, source: &str) -> Result<(), ParseError> {
    let meta = std::fs::metadata(path).map_err(|e| ParseError::Io { path: source.to_string(), source: e })?;
    if !meta.is_file() {
        return Err(ParseError::NotAFile { path: source.to_string() });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ParseError::TooLarge { path: source.to_string(), bytes: meta.len(), max: MAX_FILE_BYTES });
    }
    Ok(())
}

/// The text after a list item's marker (`- `, `* `, `+ `, `• `, `· `), when the text opens
/// with one: the marker is markup, no text of the record the item holds.
pub fn strip_list_marker(text: &str) -> Option<&str> {
    ["- ", "* ", "+ ", "• ", "· "].iter().find_map(|m| text.strip_prefix(m))
}

/// Whether text holds a run of `min` or more ASCII digits, the characters in `joiners`
/// allowed inside it (`010-89150841` with `-`): what tells a phone number from the short
/// numbers of addresses, dates and office hours, in every reader that must.
pub fn has_digit_run(text: &str, min: usize, joiners: &[char]) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= min {
                return true;
            }
        } else if !joiners.contains(&c) {
            run = 0;
        }
    }
    false
}

/// File extensions tablemend reads, so a directory scan can skip everything else.
pub const SUPPORTED_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm", "csv", "tsv", "xlsx", "xlsm", "xls", "ods"];

/// Reads any supported document, choosing the reader by extension.
pub fn parse_path(path: &Path) -> Result<Document, ParseError> {
    parse_path_with_budget(path, MAX_DOCUMENT_CELLS)
}

/// [`parse_path`] with a document budget of `cells`.
fn parse_path_with_budget(path: &Path, cells: usize) -> Result<Document, ParseError> {
    with_cell_budget(cells, || parse_path_within_budget(path))
}

fn parse_path_within_budget(path: &Path) -> Result<Document, ParseError> {
    let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    let source = path.display().to_string();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => {
            if path.exists() {
                check_document_file(path, &source)?;
            }
            sheet::parse_spreadsheet(path)
        }
        "md" | "markdown" | "txt" | "html" | "htm" | "csv" | "tsv" => {
            let bytes = read_document(path, &source)?;
            let text = decode::decode_text(&source, &bytes)?;
            match ext.as_str() {
                "html" | "htm" => html::parse_html_document(&source, &text),
                "csv" => delimited::parse_delimited(&source, &text, delimited::sniff_delimiter(&text)),
                "tsv" => delimited::parse_delimited(&source, &text, b'\t'),
                _ => markdown::parse_markdown(&source, &text),
            }
        }
        _ => Err(ParseError::Unsupported { path: source, ext }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error of reading `f` with a budget of ten cells.
    fn over_ten_cells(f: impl FnOnce() -> Result<Document, ParseError>) -> String {
        with_cell_budget(10, f).expect_err("more than ten cells").to_string()
    }

    #[test]
    fn every_reader_counts_its_cells_against_the_document_budget() {
        let md = "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n";
        assert_eq!(over_ten_cells(|| markdown::parse_markdown("t.md", md)), "t.md:4: document holds more than 6291456 cells");
        let csv = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n";
        assert!(over_ten_cells(|| delimited::parse_delimited("t.csv", csv, b',')).starts_with("t.csv:4:"));
        // One HTML cell spanning a hundred rows is a hundred cells.
        let html = "<table><tr><td rowspan=\"100\">a</td></tr></table>";
        assert!(over_ten_cells(|| html::parse_html_document("t.html", html)).starts_with("t.html:1:"));
        let tex = "\\begin{tabular}{lll}\na & b & c \\\\\n1 & 2 & 3 \\\\\n4 & 5 & 6 \\\\\n7 & 8 & 9 \\\\\n\\end{tabular}";
        assert!(over_ten_cells(|| markdown::parse_markdown("t.md", tex)).starts_with("t.md:5:"));
        // A file read by path: its budget is the document's (the sheet's rows, too).
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.csv");
        std::fs::write(&p, csv).unwrap();
        assert!(parse_path_with_budget(&p, 10).unwrap_err().to_string().ends_with("t.csv:4: document holds more than 6291456 cells"));
        assert!(parse_path(&p).is_ok());
        let p = dir.path().join("t.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for r in 0..4 {
            for c in 0..3 {
                ws.write_string(r, c, "x").unwrap();
            }
        }
        wb.save(&p).unwrap();
        assert!(parse_path_with_budget(&p, 10).unwrap_err().to_string().ends_with("t.xlsx:4: document holds more than 6291456 cells"));
        // Within the budget, and with none set (a reader called on its own), all is read.
        assert!(with_cell_budget(12, || markdown::parse_markdown("t.md", md)).is_ok());
        assert!(markdown::parse_markdown("t.md", &md.repeat(10)).is_ok());
    }
}
