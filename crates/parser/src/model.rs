//! The parsed document: tables, rows and cells with their provenance.

use serde::Serialize;

/// One input document as read, before any interpretation of its rows.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Path of the file as given, used in every provenance reference.
    pub source: String,
    /// Tables in document order.
    pub tables: Vec<Table>,
    /// Lines outside tables, kept so no text of the input is lost.
    pub text_lines: Vec<TextLine>,
}

/// Where a table came from, so the normalizer can weigh layout clues.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TableKind {
    /// A markdown pipe table; each page break of an OCR'd PDF starts a new one.
    Markdown,
    /// An HTML `<table>`, inside markdown or an HTML document.
    Html,
    /// A LaTeX `tabular` (or `longtable`, `array`) environment inside markdown.
    Latex,
    /// One sheet of a spreadsheet.
    Sheet { name: String },
    /// Lines whose fields are set apart by runs of spaces or tabs (a table OCR printed as
    /// aligned text, without pipes).
    Text,
    /// A CSV or TSV file.
    Delimited,
    /// Records printed as `label: value` lines, a block per record; the first row is the
    /// labels (see [`crate::labelled`]).
    Labelled,
    /// Records printed a field per line, a blank line between records; a row per record,
    /// each cell on its own line (see [`crate::stacked`]).
    Stacked,
}

/// A table: rows in order, each row with its own line.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// Position of the table in the document, from 0.
    pub index: usize,
    pub kind: TableKind,
    /// First and last source line (1-based) the table occupies.
    pub line_start: u32,
    pub line_end: u32,
    pub rows: Vec<Row>,
    /// Order among the tables and text lines starting on `line_start` (HTML printed on one
    /// line: a heading, a table, a heading, a table), so the rows after a heading are
    /// placed under it; 0 where each starts a line of its own.
    #[serde(skip_serializing_if = "is_zero")]
    pub pos: u32,
}

/// For serde: a field left out at its default.
fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Whether a row carries data or only markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// Any row with text, including header rows: deciding what is a header is the
    /// normalizer's job, since OCR page tables promote data rows to headers.
    Data,
    /// A markdown `|---|:--|` alignment row.
    Separator,
}

/// One row of cells; ragged rows keep exactly the cells they had.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// 1-based source line (for spreadsheets: the 1-based sheet row).
    pub line: u32,
    pub kind: RowKind,
    pub cells: Vec<Cell>,
}

/// One cell with its text (trimmed, pipes unescaped) and position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub text: String,
    /// 0-based column index within its row.
    pub col: u32,
    /// 1-based source line (spreadsheets: sheet row).
    pub line: u32,
    /// Set when the cell is part of a merged range (HTML span or spreadsheet merge).
    pub merge: Option<Merge>,
    /// True when the text is the digits of a spreadsheet number cell, not typed text.
    pub from_number: bool,
    /// Last source line of a value wrapped over the lines after `line` (a form's field), so
    /// a record lists every line it was read from; `None` for a value on one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrapped_to: Option<u32>,
}

impl Cell {
    /// A plain cell with no merge and typed text.
    pub fn new(text: impl Into<String>, col: u32, line: u32) -> Cell {
        Cell { text: text.into(), col, line, merge: None, from_number: false, wrapped_to: None }
    }
}

/// A merged range a cell belongs to. The anchor (top-left) cell holds the text; covered
/// cells are empty and point at the anchor, so the normalizer can tell a real merge from a
/// blank left by OCR or text repeated in every covered cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// Row and column of the anchor cell within the table grid (0-based).
    pub anchor_row: u32,
    pub anchor_col: u32,
    pub rows: u32,
    pub cols: u32,
    /// True for the anchor cell itself.
    pub is_anchor: bool,
}

/// A line outside any table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextLine {
    pub line: u32,
    pub text: String,
    /// Order among the tables and text lines on the same line (see [`Table::pos`]).
    #[serde(skip_serializing_if = "is_zero")]
    pub pos: u32,
}

impl TextLine {
    /// A line of text with nothing else on its source line before it.
    pub fn new(line: u32, text: impl Into<String>) -> TextLine {
        TextLine { line, text: text.into(), pos: 0 }
    }
}

#[cfg(test)]
impl Table {
    /// Every row's cell texts, for tests to compare a table with what was printed.
    pub(crate) fn cell_texts(&self) -> Vec<Vec<&str>> {
        self.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }
}

impl Document {
    /// A workbook's sheets as documents of their own (`book.xlsx#北京`), each led by its
    /// sheet name as a text line at line 0: a sheet per province names its rows' province,
    /// and rows of two sheets never share a source and line. A workbook of one sheet, or any
    /// other document, comes back whole.
    pub fn into_sheets(self) -> Vec<Document> {
        let sheets = self.tables.iter().filter(|t| matches!(t.kind, TableKind::Sheet { .. }) && !t.rows.is_empty()).count();
        if sheets < 2 || self.tables.iter().any(|t| !matches!(t.kind, TableKind::Sheet { .. })) {
            return vec![self];
        }
        let source = self.source;
        self.tables
            .into_iter()
            .filter(|t| !t.rows.is_empty())
            .map(|mut t| {
                let name = match &t.kind {
                    TableKind::Sheet { name } => name.clone(),
                    _ => String::new(),
                };
                t.index = 0;
                Document { source: format!("{source}#{name}"), tables: vec![t], text_lines: vec![TextLine::new(0, name)] }
            })
            .collect()
    }

    /// All data rows of all tables in document order, with their table index.
    pub fn data_rows(&self) -> impl Iterator<Item = (usize, &Row)> {
        self.tables.iter().flat_map(|t| t.rows.iter().filter(|r| r.kind == RowKind::Data).map(move |r| (t.index, r)))
    }
}
