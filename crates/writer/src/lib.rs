//! Publishes records and findings: Parquet (polars), CSV, JSON and an HTML audit report.
//!
//! Every file is written to a temporary name in the output directory and renamed into
//! place only when all files of the run were written, so a failed run leaves the previous
//! outputs untouched and never a half-written file.

pub mod columns;
pub mod csv_out;
pub mod error;
pub mod frames;
pub mod json_out;
pub mod report;
pub mod sink;
mod writeback;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use normalizer::{Finding, Record};

pub use error::WriteError;

/// Output formats for the datasets (the report is always HTML).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Parquet,
    Csv,
    Json,
}

/// How to write a run's outputs.
#[derive(Debug, Clone)]
pub struct WriteOptions {
    pub formats: Vec<Format>,
    /// Prefix CSV files with a UTF-8 BOM so Excel reads Chinese text correctly.
    pub csv_bom: bool,
    /// Write `report.html`.
    pub report: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions { formats: vec![Format::Parquet, Format::Csv, Format::Json], csv_bom: false, report: true }
    }
}

/// Everything one run produced, across documents, in document order.
#[derive(Debug, Clone, Default)]
pub struct RunOutput {
    pub records: Vec<Record>,
    pub findings: Vec<Finding>,
    /// Raw source lines by (file, line), for the report's side-by-side view.
    pub source_lines: std::collections::BTreeMap<(Arc<str>, u32), String>,
}

/// Writes every output file of a run held in memory into `out_dir`; returns the paths
/// written. Runs over many documents stream chunks through a [`sink::Sink`] instead.
pub fn write_all(out_dir: &Path, run: &RunOutput, opts: &WriteOptions) -> Result<Vec<PathBuf>, WriteError> {
    let mut sink = sink::Sink::create(out_dir, opts)?;
    sink.write_chunk(&run.records, &run.findings, &run.source_lines)?;
    sink.commit()
}
