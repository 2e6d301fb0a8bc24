//! Read, normalize and merge documents: parallel across documents, ordered by input, in
//! chunks so memory stays bounded however many documents a run has.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use normalizer::{normalize, Normalized, Severity};
use parser::{parse_path, Document, RowKind, SUPPORTED_EXTENSIONS};
use rayon::prelude::*;
use writer::RunOutput;

/// Documents processed together before their outputs are streamed out.
pub const CHUNK_DOCS: usize = 16;

/// Expands inputs: files as given, directories to their supported files in name order.
pub fn collect_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .with_context(|| format!("{}: cannot read directory", input.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_supported(p))
                .collect();
            found.sort();
            if found.is_empty() {
                bail!("{}: directory holds no document (expected {})", input.display(), SUPPORTED_EXTENSIONS.join(", "));
            }
            files.extend(found);
        } else if input.exists() {
            files.push(input.clone());
        } else {
            bail!("{}: no such file or directory", input.display());
        }
    }
    Ok(files)
}

fn is_supported(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// One processed document: its records and findings, and the raw text of the source lines
/// a reviewer will need.
pub struct Processed {
    pub normalized: Normalized,
    pub source_lines: BTreeMap<(String, u32), String>,
}

/// Which raw lines to keep with a processed document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepLines {
    /// Lines of records with a warning or an error (what the report shows).
    Review,
    /// Every line (for `explain`).
    All,
}

fn raw_lines(doc: &Document, wanted: Option<&BTreeSet<u32>>) -> BTreeMap<(String, u32), String> {
    let mut out = BTreeMap::new();
    let keep = |l: u32| wanted.is_none_or(|w| w.contains(&l));
    for t in &doc.tables {
        for r in t.rows.iter().filter(|r| r.kind == RowKind::Data && keep(r.line)) {
            let text = format!("| {} |", r.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | "));
            out.insert((doc.source.clone(), r.line), text);
        }
    }
    for l in doc.text_lines.iter().filter(|l| keep(l.line)) {
        out.insert((doc.source.clone(), l.line), l.text.clone());
    }
    out
}

/// Parses and normalizes one document.
pub fn process_one(path: &Path, keep: KeepLines) -> Result<Processed, parser::ParseError> {
    let doc = parse_path(path)?;
    let normalized = normalize(&doc);
    let wanted: Option<BTreeSet<u32>> = match keep {
        KeepLines::All => None,
        KeepLines::Review => {
            let flagged: BTreeSet<&str> =
                normalized.findings.iter().filter(|f| f.severity >= Severity::Warning).filter_map(|f| f.record_id.as_deref()).collect();
            Some(
                normalized
                    .records
                    .iter()
                    .filter(|r| flagged.contains(r.id.as_str()))
                    .flat_map(|r| r.source_lines.iter().copied())
                    .collect(),
            )
        }
    };
    Ok(Processed { source_lines: raw_lines(&doc, wanted.as_ref()), normalized })
}

/// Parses and normalizes documents in parallel; the first failure in input order is the
/// error, naming the file (and line where it applies).
pub fn process(files: &[PathBuf], keep: KeepLines) -> Result<Vec<Processed>> {
    let results: Vec<Result<Processed, parser::ParseError>> = files.par_iter().map(|f| process_one(f, keep)).collect();
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        out.push(r?);
    }
    Ok(out)
}

/// Makes record ids unique across the documents of a run, chunk after chunk.
#[derive(Debug, Default)]
pub struct Merger {
    seen: HashMap<String, usize>,
}

impl Merger {
    /// Merges processed documents (in order) into one run output.
    pub fn merge(&mut self, processed: Vec<Processed>) -> RunOutput {
        let mut run = RunOutput::default();
        for p in processed {
            run.source_lines.extend(p.source_lines);
            let mut renames: BTreeMap<String, String> = BTreeMap::new();
            for mut r in p.normalized.records {
                let n = self.seen.entry(r.id.clone()).or_insert(0);
                *n += 1;
                if *n > 1 {
                    let new_id = format!("{}-d{}", r.id, n);
                    renames.insert(r.id.clone(), new_id.clone());
                    r.id = new_id;
                }
                run.records.push(r);
            }
            for mut f in p.normalized.findings {
                if let Some(n) = f.record_id.as_ref().and_then(|id| renames.get(id)) {
                    f.record_id = Some(n.clone());
                }
                run.findings.push(f);
            }
        }
        run
    }
}
