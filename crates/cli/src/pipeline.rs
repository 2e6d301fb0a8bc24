//! Read, normalize and merge documents; parallel across documents, ordered by input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use normalizer::{normalize, Normalized};
use parser::{parse_path, Document, RowKind, SUPPORTED_EXTENSIONS};
use rayon::prelude::*;
use writer::RunOutput;

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

/// One processed document.
pub struct Processed {
    pub doc: Document,
    pub normalized: Normalized,
}

/// Parses and normalizes documents in parallel; the first failure (in input order) is
/// returned as the error, naming the file (and line where it applies).
pub fn process(files: &[PathBuf]) -> Result<Vec<Processed>> {
    let results: Vec<Result<Processed, parser::ParseError>> = files
        .par_iter()
        .map(|f| {
            let doc = parse_path(f)?;
            let normalized = normalize(&doc);
            Ok(Processed { doc, normalized })
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        out.push(r?);
    }
    Ok(out)
}

/// Merges documents into one run, making ids unique across documents.
pub fn merge(processed: Vec<Processed>) -> RunOutput {
    let mut run = RunOutput::default();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for p in processed {
        for t in &p.doc.tables {
            for r in t.rows.iter().filter(|r| r.kind == RowKind::Data) {
                let text = format!("| {} |", r.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | "));
                run.source_lines.insert((p.doc.source.clone(), r.line), text);
            }
        }
        for l in &p.doc.text_lines {
            run.source_lines.insert((p.doc.source.clone(), l.line), l.text.clone());
        }
        let mut renames: BTreeMap<String, String> = BTreeMap::new();
        for mut r in p.normalized.records {
            let n = seen.entry(r.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                let new_id = format!("{}-d{}", r.id, n);
                renames.insert(r.id.clone(), new_id.clone());
                r.id = new_id;
            }
            run.records.push(r);
        }
        for mut f in p.normalized.findings {
            if let Some(id) = &f.record_id {
                if let Some(n) = renames.get(id) {
                    f.record_id = Some(n.clone());
                }
            }
            run.findings.push(f);
        }
    }
    run
}
