//! The commands: run, check, explain, inspect.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use normalizer::Severity;
use std::io::IsTerminal;
use writer::sink::Sink;
use writer::{Format, WriteOptions};

use crate::pipeline::{collect_inputs, process, stream, KeepLines, Merger, Processed};
use crate::{FailOn, RunArgs, EXIT_QUALITY};

/// Cleans documents and writes every output; returns the exit code.
pub fn run(a: &RunArgs) -> Result<u8> {
    let start = Instant::now();
    let formats: Vec<Format> = a.format.iter().map(|f| Format::from(*f)).collect();
    let files = collect_inputs(&a.inputs)?;
    // Chunks of documents are normalized in parallel and streamed out in order. A bad input
    // anywhere fails the run before the sink commits; its temporary files are deleted, so
    // nothing is written.
    let opts = WriteOptions { formats, csv_bom: a.csv_bom, report: true };
    let sink = Sink::create(&a.out, &opts).with_context(|| format!("writing outputs to {}", a.out.display()))?;
    let progress = if a.quiet || !std::io::stderr().is_terminal() { ProgressBar::hidden() } else { ProgressBar::new(files.len() as u64) };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}").unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // The writer thread merges (unique ids across documents) and writes one chunk while
    // the normalizers work on the next: the main thread only normalizes.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Processed>>(1);
    let out_dir = a.out.clone();
    let writer_thread = std::thread::spawn(move || -> Result<(Sink, usize, BTreeMap<Severity, usize>)> {
        let mut sink = sink;
        let mut merger = Merger::default();
        let mut by_sev: BTreeMap<Severity, usize> = BTreeMap::new();
        let mut records = 0usize;
        for processed in rx {
            let run = merger.merge(processed);
            for f in &run.findings {
                *by_sev.entry(f.severity).or_insert(0) += 1;
            }
            records += run.records.len();
            sink.write_chunk(&run.records, &run.findings, &run.source_lines)
                .with_context(|| format!("writing outputs to {}", out_dir.display()))?;
        }
        Ok((sink, records, by_sev))
    });
    let failure = stream(&files, KeepLines::Review, |chunk| {
        progress.inc(chunk.len() as u64);
        // A closed channel: the writer failed; its error is reported below.
        tx.send(chunk).is_ok()
    })
    .err();
    drop(tx);
    progress.finish_and_clear();
    let (sink, records, by_sev) = writer_thread.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))??;
    if let Some(e) = failure {
        return Err(e); // dropping the sink deletes its temporary files
    }
    sink.commit().with_context(|| format!("writing outputs to {}", a.out.display()))?;
    let docs = files.len();
    if !a.quiet {
        eprintln!(
            "tablemend: {docs} document(s), {records} records, findings: {} error, {} warning, {} info; {:.2}s -> {}",
            by_sev.get(&Severity::Error).unwrap_or(&0),
            by_sev.get(&Severity::Warning).unwrap_or(&0),
            by_sev.get(&Severity::Info).unwrap_or(&0),
            start.elapsed().as_secs_f64(),
            a.out.display()
        );
    }
    if let Some(level) = a.fail_on {
        let min = match level {
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        };
        let n: usize = by_sev.iter().filter(|(s, _)| **s >= min).map(|(_, n)| n).sum();
        if n > 0 {
            eprintln!("tablemend: --fail-on {}: {n} finding(s) at or above that severity", min.as_str());
            return Ok(EXIT_QUALITY);
        }
    }
    Ok(0)
}

/// Regenerates into a temporary directory and compares with `out`.
pub fn check(inputs: &[PathBuf], out: &Path) -> Result<u8> {
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let args = RunArgs {
        inputs: inputs.to_vec(),
        out: tmp.path().to_path_buf(),
        format: crate::FormatArg::ALL.to_vec(),
        csv_bom: false,
        fail_on: None,
        quiet: true,
    };
    run(&args)?;
    let mut stale = Vec::new();
    let mut names: Vec<String> =
        std::fs::read_dir(tmp.path())?.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    for name in &names {
        let fresh = std::fs::read(tmp.path().join(name))?;
        let committed = std::fs::read(out.join(name)).unwrap_or_default();
        if fresh != committed {
            stale.push(name.clone());
        }
    }
    if stale.is_empty() {
        eprintln!("tablemend check: {} is up to date ({} files)", out.display(), names.len());
        return Ok(0);
    }
    eprintln!("tablemend check: {} is stale: {} differ", out.display(), stale.join(", "));
    let ids = |p: &Path| -> BTreeMap<String, String> {
        std::fs::read(p)
            .ok()
            .and_then(|b| serde_json::from_slice::<Vec<serde_json::Value>>(&b).ok())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|v| Some((v.get("id")?.as_str()?.to_string(), v.to_string())))
            .collect()
    };
    let new = ids(&tmp.path().join("points.json"));
    let old = ids(&out.join("points.json"));
    let added: Vec<&String> = new.keys().filter(|k| !old.contains_key(*k)).collect();
    let removed: Vec<&String> = old.keys().filter(|k| !new.contains_key(*k)).collect();
    let changed: Vec<&String> = new.iter().filter(|(k, v)| old.get(*k).is_some_and(|o| o != *v)).map(|(k, _)| k).collect();
    eprintln!("records: {} added, {} removed, {} changed", added.len(), removed.len(), changed.len());
    for (label, list) in [("added", &added), ("removed", &removed), ("changed", &changed)] {
        for id in list.iter().take(20) {
            eprintln!("  {label} {id}");
        }
        if list.len() > 20 {
            eprintln!("  … {} more {label}", list.len() - 20);
        }
    }
    eprintln!("run `cargo run --release` and commit output/ to refresh");
    Ok(1)
}

/// Prints one record with its source lines and findings.
pub fn explain(id: &str, inputs: &[PathBuf]) -> Result<u8> {
    let files = collect_inputs(inputs)?;
    let run = Merger::default().merge(process(&files, KeepLines::All)?);
    let Some(r) = run.records.iter().find(|r| r.id == id) else {
        bail!("no record with id {id} in {}", inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    };
    let mut lines = vec![
        format!("id:          {}", r.id),
        format!("province:    {} {}", r.province, r.province_code.unwrap_or("")),
        format!("city:        {} {}", r.city.unwrap_or(""), r.city_code.unwrap_or("")),
        format!("district:    {} {}", r.district.unwrap_or(""), r.district_code.unwrap_or("")),
        format!("institution: {}", r.institution),
        format!("address:     {}", r.address),
        format!("phones:      {}", r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join("; ")),
        format!("joint:       {}", r.joint_permit),
        format!("status:      {}", r.status.as_str()),
        format!("notes:       {}", r.notes.join("; ")),
        format!("source:      {} lines {:?}", r.source_file, r.source_lines),
    ];
    for l in &r.source_lines {
        if let Some(t) = run.source_lines.get(&(r.source_file.clone(), *l)) {
            lines.push(format!("  {l:>5} {t}"));
        }
    }
    lines.push("findings:".to_string());
    for f in run.findings.iter().filter(|f| f.record_id.as_deref() == Some(id)) {
        lines.push(format!("  {:<7} {:<28} lines {}-{}: {}", f.severity.as_str(), f.code.as_str(), f.line_start, f.line_end, f.message));
    }
    print_lines(lines)
}

/// Prints the parsed rows of a document with the role of each cell.
pub fn inspect(file: &Path) -> Result<u8> {
    let doc = parser::parse_path(file)?;
    let rows = normalizer::rows::inspect(&doc).into_iter().map(|row| {
        let cells: Vec<String> = row
            .cells
            .iter()
            .filter(|c| !c.text.is_empty())
            .map(|c| {
                let role = if c.garbled { "garbled" } else { c.role.map(|r| r.as_str()).unwrap_or("-") };
                format!("[{}:{}] {}", c.col, role, c.text)
            })
            .collect();
        format!("t{} L{}{} {}", row.table, row.line, if row.header { " header" } else { "" }, cells.join("  "))
    });
    print_lines(rows.chain(doc.text_lines.iter().map(|t| format!("text L{} {}", t.line, t.text))))
}

/// Writes lines to standard output. A reader that stops early (`tablemend inspect … | head`)
/// ends the output quietly, as Unix tools do, instead of a panic on the closed pipe.
fn print_lines(lines: impl IntoIterator<Item = String>) -> Result<u8> {
    use std::io::{ErrorKind, Write};
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = lines.into_iter().try_for_each(|l| writeln!(out, "{l}")).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(0),
        other => other.map(|()| 0).context("writing to standard output"),
    }
}
