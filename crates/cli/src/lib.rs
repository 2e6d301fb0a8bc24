//! Command line of tablemend: clean OCR'd tables into audited datasets.
//!
//! The binary is thin: [`main_with_args`] parses arguments with clap and dispatches to
//! [`pipeline`] (read, normalize, write) and the review commands.

pub mod alloc;
pub mod commands;
pub mod pipeline;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit code when an input could not be processed (usage errors exit with 2, via clap).
pub const EXIT_INPUT: u8 = 1;
/// Exit code when `--fail-on` found findings at or above the given severity.
pub const EXIT_QUALITY: u8 = 3;

/// Clean messy OCR-extracted tables into audited Parquet, CSV and JSON datasets.
///
/// With no subcommand, cleans every document in `raw/` into `output/` (the main job).
#[derive(Debug, Parser)]
#[command(name = "tablemend", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Severity threshold for `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Warning,
    Error,
}

/// A dataset format on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Parquet,
    Csv,
    Json,
}

impl FormatArg {
    /// All formats, the default.
    pub const ALL: [FormatArg; 3] = [FormatArg::Parquet, FormatArg::Csv, FormatArg::Json];
}

impl From<FormatArg> for writer::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Parquet => writer::Format::Parquet,
            FormatArg::Csv => writer::Format::Csv,
            FormatArg::Json => writer::Format::Json,
        }
    }
}

/// Options shared by the commands that write outputs.
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    /// Documents or directories to clean (.md, .txt, .html, .csv, .tsv, .xlsx, .xls, .ods); directories
    /// are read one level deep, in name order.
    #[arg(default_value = "raw")]
    pub inputs: Vec<PathBuf>,
    /// Directory the outputs are written to (created if missing).
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// Dataset formats to write, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "parquet,csv,json")]
    pub format: Vec<FormatArg>,
    /// Start CSV files with a UTF-8 BOM so Excel shows Chinese text correctly.
    #[arg(long)]
    pub csv_bom: bool,
    /// After writing everything, exit with code 3 if findings at or above this severity exist.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clean documents into datasets, findings and an audit report.
    Run(RunArgs),
    /// Regenerate into a temporary directory and compare with the committed outputs; exit 1
    /// with a summary of added, removed and changed records when they differ.
    Check {
        /// Documents or directories (as for `run`).
        #[arg(default_value = "raw")]
        inputs: Vec<PathBuf>,
        /// The committed output directory to compare with.
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
    },
    /// Print one record's fields, its source lines and its findings.
    Explain {
        /// The record id (as in points.csv).
        id: String,
        /// Documents or directories the record comes from.
        #[arg(long, default_value = "raw")]
        inputs: Vec<PathBuf>,
    },
    /// Print the parsed tables, rows and cells of a document with the role each cell got.
    Inspect {
        /// The document to inspect.
        file: PathBuf,
    },
}

/// Parses arguments and runs; returns the process exit code.
pub fn main_with_args<I: IntoIterator<Item = T>, T: Into<OsString> + Clone>(args: I) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        None => commands::run(&RunArgs {
            inputs: vec![PathBuf::from("raw")],
            out: PathBuf::from("output"),
            format: FormatArg::ALL.to_vec(),
            csv_bom: false,
            fail_on: None,
            quiet: false,
        }),
        Some(Command::Run(a)) => commands::run(&a),
        Some(Command::Check { inputs, out }) => commands::check(&inputs, &out),
        Some(Command::Explain { id, inputs }) => commands::explain(&id, &inputs),
        Some(Command::Inspect { file }) => commands::inspect(&file),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
