//! Typed parse errors; each names the file, and the line where one applies.

use thiserror::Error;

/// Why a document could not be read; every variant names the file so the CLI can report it.
#[derive(Debug, Error)]
pub enum ParseError {
    #[error("{path}: cannot read file")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a regular file (a directory, pipe, socket or device)")]
    NotAFile { path: String },
    #[error("{path}: file is {bytes} bytes, more than the {max} bytes accepted")]
    TooLarge { path: String, bytes: u64, max: u64 },
    #[error("{path}: file is empty")]
    Empty { path: String },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not a text document")]
    Binary { path: String, offset: usize },
    #[error("{path}: text is neither UTF-8 nor GB18030/GBK")]
    Encoding { path: String },
    #[error("{path}:{line}: line is {bytes} bytes long, more than the {max} bytes accepted")]
    LineTooLong { path: String, line: u32, bytes: usize, max: usize },
    #[error("{path}:{line}: row has {cols} cells, more than the {max} accepted")]
    TooManyColumns { path: String, line: u32, cols: usize, max: usize },
    #[error("{path}:{line}: document holds more than {max} cells")]
    TooManyCells { path: String, line: u32, max: usize },
    #[error("{path}: cannot read spreadsheet: {message}")]
    Spreadsheet { path: String, message: String },
    #[error("{path}:{line}: cannot read delimited text: {message}")]
    Delimited { path: String, line: u32, message: String },
    #[error("{path}: unsupported file type '.{ext}' (expected .md, .txt, .html, .csv, .tsv, .xlsx, .xls or .ods)")]
    Unsupported { path: String, ext: String },
    #[error("{path}: document holds no table and no text")]
    NoContent { path: String },
}
