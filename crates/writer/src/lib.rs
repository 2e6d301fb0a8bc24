//! Publishes records and findings: Parquet (polars), CSV, JSON and an HTML audit report.
//!
//! Every file is written to a temporary name in the output directory and renamed into
//! place only when all files of the run were written, so a failed run leaves the previous
//! outputs untouched and never a half-written file.

pub mod atomic;
pub mod columns;
pub mod csv_out;
pub mod error;
pub mod frames;
pub mod report;

use std::path::{Path, PathBuf};

use normalizer::{Finding, Record};

pub use error::WriteError;

/// Output formats for the datasets (the report is always HTML).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Parquet,
    Csv,
    Json,
}

impl Format {
    /// Parses `parquet`, `csv` or `json`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "parquet" => Some(Format::Parquet),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
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
    pub source_lines: std::collections::BTreeMap<(String, u32), String>,
}

/// Writes every output file of a run into `out_dir`; returns the paths written.
pub fn write_all(out_dir: &Path, run: &RunOutput, opts: &WriteOptions) -> Result<Vec<PathBuf>, WriteError> {
    std::fs::create_dir_all(out_dir).map_err(|e| WriteError::Io { path: out_dir.display().to_string(), source: e })?;
    let mut batch = atomic::Batch::new(out_dir);
    let has = |f: Format| opts.formats.contains(&f);
    if has(Format::Parquet) {
        let mut points = frames::points_frame(&run.records)?;
        batch.add("points.parquet", frames::parquet_bytes(&mut points)?)?;
        let mut findings = frames::findings_frame(&run.findings)?;
        batch.add("findings.parquet", frames::parquet_bytes(&mut findings)?)?;
        let mut phones = frames::phones_frame(&run.records)?;
        batch.add("phones.parquet", frames::parquet_bytes(&mut phones)?)?;
    }
    if has(Format::Csv) {
        batch.add("points.csv", csv_out::points_csv(&run.records, opts.csv_bom)?)?;
        batch.add("findings.csv", csv_out::findings_csv(&run.findings, opts.csv_bom)?)?;
        batch.add("phones.csv", csv_out::phones_csv(&run.records, opts.csv_bom)?)?;
    }
    if has(Format::Json) {
        let points: Vec<columns::PointRow> = run.records.iter().map(columns::PointRow::from).collect();
        batch.add("points.json", json_bytes(&points)?)?;
        let findings: Vec<columns::FindingRow> = run.findings.iter().map(columns::FindingRow::from).collect();
        batch.add("findings.json", json_bytes(&findings)?)?;
    }
    if opts.report {
        batch.add("report.html", report::render(run).into_bytes())?;
    }
    batch.commit()
}

fn json_bytes<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, WriteError> {
    let mut b = serde_json::to_vec_pretty(v).map_err(|e| WriteError::Encode { what: "json".into(), message: e.to_string() })?;
    b.push(b'\n');
    Ok(b)
}
