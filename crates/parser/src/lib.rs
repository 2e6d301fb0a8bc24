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

use std::path::Path;

pub use error::ParseError;
pub use model::{Cell, Document, Merge, Row, RowKind, Table, TableKind, TextLine};

/// Longest line accepted in a text document; longer lines are almost always binary or broken
/// exports, and refusing them keeps memory bounded.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// Most cells accepted in one row; a directory table never has this many columns.
pub const MAX_COLUMNS: usize = 512;

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
    let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    let source = path.display().to_string();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => sheet::parse_spreadsheet(path),
        "md" | "markdown" | "txt" | "html" | "htm" | "csv" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|e| ParseError::Io { path: source.clone(), source: e })?;
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
