//! Read, normalize and merge documents: parallel across documents, ordered by input, in
//! chunks so memory stays bounded however many documents a run has.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use normalizer::{normalize_owned, Normalized, Severity};
use parser::{parse_path, Document, RowKind, TableKind, SUPPORTED_EXTENSIONS};
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
    pub source_lines: BTreeMap<(Arc<str>, u32), String>,
}

/// Which raw lines to keep with a processed document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepLines {
    /// Lines of records with a warning or an error (what the report shows).
    Review,
    /// Every line (for `explain`).
    All,
}

/// The raw text of a document's lines (table rows as `| a | b |`, other lines as printed)
/// in one buffer: what the report shows beside records, kept so the parsed cells can be
/// dropped before records are built.
struct RawLines {
    source: Arc<str>,
    text: String,
    /// Line number and byte range in `text`, in document order.
    lines: Vec<(u32, std::ops::Range<usize>)>,
}

impl RawLines {
    fn of(doc: &Document) -> RawLines {
        let data_rows = || {
            doc.tables
                .iter()
                .filter(|t| !matches!(t.kind, TableKind::Labelled | TableKind::Stacked))
                .flat_map(|t| t.rows.iter().filter(|r| r.kind == RowKind::Data))
        };
        // A stacked record's fields are lines of their own, shown as printed.
        let stacked_cells =
            || doc.tables.iter().filter(|t| t.kind == TableKind::Stacked).flat_map(|t| t.rows.iter().flat_map(|r| &r.cells));
        let forms = || doc.tables.iter().filter(|t| t.kind == TableKind::Labelled);
        // A form's field lines: the label, a full-width colon (3 bytes) and the value; fields
        // printed on one line are joined by a full-width comma (3 bytes).
        let form_cells = || {
            forms().filter_map(|t| t.rows.split_first()).flat_map(|(h, rows)| {
                rows.iter().flat_map(move |r| {
                    let filled = || r.cells.iter().filter(|c| !c.text.is_empty());
                    filled()
                        .zip(std::iter::once(None).chain(filled().map(Some)))
                        .map(move |(c, prev)| (h, c, prev.is_some_and(|p| p.line == c.line)))
                })
            })
        };
        let form_size: usize = form_cells()
            .map(|(h, c, joined)| {
                c.text.len()
                    + h.cells.get(c.col as usize).map_or(0, |l| if l.text.is_empty() { 0 } else { l.text.len() + 3 })
                    + if joined { 3 } else { 0 }
            })
            .sum();
        let size = data_rows()
            .map(|r| 4 + 3 * r.cells.len().saturating_sub(1) + r.cells.iter().map(|c| c.text.len()).sum::<usize>())
            .sum::<usize>()
            + form_size
            + stacked_cells().map(|c| c.text.len()).sum::<usize>()
            + doc.text_lines.iter().map(|l| l.text.len()).sum::<usize>();
        let mut text = String::with_capacity(size);
        let mut lines: Vec<(u32, std::ops::Range<usize>)> = Vec::with_capacity(data_rows().count() + doc.text_lines.len());
        // A form's rows are shown as printed, a `label：value` line per field (its header row
        // is the labels, shown with the fields).
        for (header, c, joined) in form_cells() {
            let start = text.len();
            if joined {
                text.push('，');
            }
            let label = header.cells.get(c.col as usize).map_or("", |h| h.text.as_str());
            if !label.is_empty() {
                text.push_str(label);
                text.push('：');
            }
            text.push_str(&c.text);
            match lines.last_mut() {
                Some((_, range)) if joined => range.end = text.len(),
                _ => lines.push((c.line, start..text.len())),
            }
        }
        for r in data_rows() {
            let start = text.len();
            text.push_str("| ");
            for (i, c) in r.cells.iter().enumerate() {
                if i > 0 {
                    text.push_str(" | ");
                }
                text.push_str(&c.text);
            }
            text.push_str(" |");
            lines.push((r.line, start..text.len()));
        }
        for (line, t) in stacked_cells().map(|c| (c.line, &c.text)).chain(doc.text_lines.iter().map(|l| (l.line, &l.text))) {
            let start = text.len();
            text.push_str(t);
            lines.push((line, start..text.len()));
        }
        RawLines { source: Arc::from(doc.source.as_str()), text, lines }
    }

    /// The wanted lines (all when `None`) keyed by file and line; texts of one line (HTML
    /// printed on one line: a table's rows, its paragraphs) are joined with a space.
    fn select(&self, wanted: Option<&BTreeSet<u32>>) -> BTreeMap<(Arc<str>, u32), String> {
        let keep = |l: u32| wanted.is_none_or(|w| w.contains(&l));
        let mut out: BTreeMap<(Arc<str>, u32), String> = BTreeMap::new();
        for (l, r) in self.lines.iter().filter(|(l, _)| keep(*l)) {
            let text = &self.text[r.clone()];
            out.entry((self.source.clone(), *l))
                .and_modify(|t| {
                    t.push(' ');
                    t.push_str(text);
                })
                .or_insert_with(|| text.to_string());
        }
        out
    }
}

/// Parses and normalizes one document (a workbook sheet by sheet, see
/// [`parser::Document::into_sheets`]).
pub fn process_one(path: &Path, keep: KeepLines) -> Result<Processed, parser::ParseError> {
    let mut docs = parse_path(path)?.into_sheets();
    if docs.len() == 1 {
        return Ok(process_doc(docs.pop().expect("one document"), keep));
    }
    let mut all = Processed { normalized: Normalized { records: Vec::new(), findings: Vec::new() }, source_lines: BTreeMap::new() };
    for doc in docs {
        let p = process_doc(doc, keep);
        all.normalized.records.extend(p.normalized.records);
        all.normalized.findings.extend(p.normalized.findings);
        all.source_lines.extend(p.source_lines);
    }
    Ok(all)
}

fn process_doc(doc: Document, keep: KeepLines) -> Processed {
    let raw = RawLines::of(&doc);
    let normalized = normalize_owned(doc);
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
    Processed { source_lines: raw.select(wanted.as_ref()), normalized }
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

/// Documents parsed and normalized at once by [`stream`]: more than a chunk, so the cores
/// start on the next chunk while the last documents of one finish.
pub const IN_FLIGHT_DOCS: usize = CHUNK_DOCS + CHUNK_DOCS / 2;

/// Parses and normalizes documents on the thread pool, [`IN_FLIGHT_DOCS`] at a time, and
/// hands them to `emit` in input order, in chunks of [`CHUNK_DOCS`] (the last one shorter).
/// No barrier between chunks, and memory bounded by the window, not the number of
/// documents. Stops at the first failure in input order (its error is returned) or when
/// `emit` returns false; a panic while processing a document is resumed here.
pub fn stream(files: &[PathBuf], keep: KeepLines, mut emit: impl FnMut(Vec<Processed>) -> bool) -> Result<()> {
    type Outcome = std::thread::Result<Result<Processed, parser::ParseError>>;
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Outcome)>();
    // Results that arrived ahead of their turn.
    let mut ahead: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut chunk: Vec<Processed> = Vec::with_capacity(CHUNK_DOCS);
    let (mut spawned, mut next) = (0usize, 0usize);
    while next < files.len() {
        while spawned < files.len() && spawned < next + IN_FLIGHT_DOCS {
            let (tx, path, i) = (tx.clone(), files[spawned].clone(), spawned);
            rayon::spawn(move || {
                let outcome = std::panic::catch_unwind(|| process_one(&path, keep));
                // The receiver is gone only when the run already stopped.
                let _ = tx.send((i, outcome));
            });
            spawned += 1;
        }
        // Every spawned document sends exactly once, and this holds a sender: no hang.
        let (i, outcome) = rx.recv().context("document results channel closed")?;
        ahead.insert(i, outcome);
        while let Some(outcome) = ahead.remove(&next) {
            next += 1;
            match outcome {
                Ok(Ok(p)) => chunk.push(p),
                Ok(Err(e)) => return Err(e.into()),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            let full = chunk.len() == CHUNK_DOCS || next == files.len();
            if full && !emit(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_DOCS))) {
                return Ok(());
            }
        }
    }
    Ok(())
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
        // Moved, not pushed one by one: a chunk can be one huge document, whose arrays are
        // taken as they are.
        let total_records: usize = processed.iter().map(|p| p.normalized.records.len()).sum();
        let total_findings: usize = processed.iter().map(|p| p.normalized.findings.len()).sum();
        for p in processed {
            run.source_lines.extend(p.source_lines);
            let mut renames: BTreeMap<String, String> = BTreeMap::new();
            let mut records = p.normalized.records;
            for r in &mut records {
                let n = self.seen.entry(r.id.clone()).or_insert(0);
                *n += 1;
                if *n > 1 {
                    let new_id = format!("{}-d{}", r.id, n);
                    renames.insert(r.id.clone(), new_id.clone());
                    r.id = new_id;
                }
            }
            let mut findings = p.normalized.findings;
            if !renames.is_empty() {
                for f in &mut findings {
                    if let Some(n) = f.record_id.as_ref().and_then(|id| renames.get(id)) {
                        f.record_id = Some(n.clone());
                    }
                }
            }
            move_into(&mut run.records, records, total_records);
            move_into(&mut run.findings, findings, total_findings);
        }
        run
    }
}

/// Appends `items` to `into`, which will hold `total` in the end: the first array is taken
/// as it is (with room for the rest), so a chunk of one huge document is never copied.
fn move_into<T>(into: &mut Vec<T>, mut items: Vec<T>, total: usize) {
    if into.is_empty() {
        *into = items;
        into.reserve_exact(total.saturating_sub(into.len()));
    } else {
        into.append(&mut items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` one-row documents named by index; the ones in `bad` are empty (a parse error).
    fn docs(dir: &Path, n: usize, bad: &[usize]) -> Vec<PathBuf> {
        (0..n)
            .map(|i| {
                let p = dir.join(format!("{i:03}.md"));
                let text =
                    if bad.contains(&i) { String::new() } else { format!("| {i} | 北京市 | 局{i} | 路{i}号 | 010-6{i:07} |\n") };
                std::fs::write(&p, text).unwrap();
                p
            })
            .collect()
    }

    #[test]
    fn stream_hands_documents_over_in_order_in_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let files = docs(dir.path(), 2 * CHUNK_DOCS + 5, &[]);
        let mut chunks: Vec<Vec<String>> = Vec::new();
        stream(&files, KeepLines::Review, |c| {
            chunks.push(c.iter().map(|p| p.normalized.records[0].source_file.to_string()).collect());
            true
        })
        .unwrap();
        assert_eq!(chunks.iter().map(Vec::len).collect::<Vec<_>>(), [CHUNK_DOCS, CHUNK_DOCS, 5]);
        let names: Vec<String> = chunks.concat();
        assert_eq!(names, files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn stream_stops_at_the_first_failure_in_input_order() {
        let dir = tempfile::tempdir().unwrap();
        // Two bad documents: the later one may finish first; the earlier one is the error.
        let files = docs(dir.path(), 3 * CHUNK_DOCS, &[CHUNK_DOCS + 3, CHUNK_DOCS + 9]);
        let mut emitted = 0;
        let err = stream(&files, KeepLines::Review, |c| {
            emitted += c.len();
            true
        })
        .unwrap_err();
        assert_eq!(emitted, CHUNK_DOCS, "the chunk holding the failure is not handed over");
        let msg = format!("{err:#}");
        assert!(msg.contains(&format!("{:03}.md", CHUNK_DOCS + 3)), "{msg}");
    }

    #[test]
    fn stream_stops_when_told() {
        let dir = tempfile::tempdir().unwrap();
        let files = docs(dir.path(), 3 * CHUNK_DOCS, &[]);
        let mut calls = 0;
        stream(&files, KeepLines::Review, |_| {
            calls += 1;
            false
        })
        .unwrap();
        assert_eq!(calls, 1);
    }

    #[test]
    fn raw_lines_render_rows_and_keep_text_lines() {
        let md = "# 名录\n| 1 | 北京市 | 北京市外国专家局 |\n|---|---|---|\n| 2 |  | 朝阳区 a \\| b |\n说明 010-12345678\n";
        let doc = parser::markdown::parse_markdown("d.md", md).unwrap();
        let raw = RawLines::of(&doc);
        let all = raw.select(None);
        let get = |l: u32| all.get(&(Arc::from("d.md"), l)).map(String::as_str);
        assert_eq!(get(1), Some("# 名录"));
        assert_eq!(get(2), Some("| 1 | 北京市 | 北京市外国专家局 |"));
        assert_eq!(get(3), None, "separator rows are not source text");
        assert_eq!(get(4), Some("| 2 |  | 朝阳区 a | b |"));
        assert_eq!(get(5), Some("说明 010-12345678"));
        let some = raw.select(Some(&BTreeSet::from([4])));
        assert_eq!(some.keys().map(|k| k.1).collect::<Vec<_>>(), vec![4]);
        // The buffer was sized exactly: nothing reallocated on the way.
        assert_eq!(raw.text.capacity(), raw.text.len());
    }

    #[test]
    fn raw_lines_join_the_texts_of_one_line_and_show_stacked_fields_as_printed() {
        let doc = parser::html::parse_html_document("m.html", "<p>说明</p><p>注：以上信息</p>").unwrap();
        let all = RawLines::of(&doc).select(None);
        assert_eq!(all.get(&(Arc::from("m.html"), 1)).map(String::as_str), Some("说明 注：以上信息"));
        let md = "北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n\n天津市科学技术局\n河西区友谊路18号\n022-58832123\n";
        let doc = parser::markdown::parse_markdown("s.md", md).unwrap();
        let raw = RawLines::of(&doc);
        let all = raw.select(None);
        assert_eq!(all.get(&(Arc::from("s.md"), 2)).map(String::as_str), Some("丰台区西三环南路1号"));
        assert_eq!(all.len(), 6);
        assert_eq!(raw.text.capacity(), raw.text.len());
    }

    /// Asserts the lines [`RawLines`] shows for a markdown document, and that its buffer
    /// was sized exactly.
    fn assert_shown(md: &str, expected: &[(u32, &str)]) {
        let doc = parser::markdown::parse_markdown("f.md", md).unwrap();
        let raw = RawLines::of(&doc);
        let all = raw.select(None);
        let lines: Vec<(u32, &str)> = all.iter().map(|(k, v)| (k.1, v.as_str())).collect();
        assert_eq!(lines, expected);
        assert_eq!(raw.text.capacity(), raw.text.len());
    }

    #[test]
    fn raw_lines_show_a_record_printed_on_one_line_whole() {
        let md = "1. 北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841\n2. 海淀区人社局，地址：海淀区四季青路7号，电话：010-88487000\n";
        assert_shown(
            md,
            &[
                (1, "1. 北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841"),
                (2, "2. 海淀区人社局，地址：海淀区四季青路7号，电话：010-88487000"),
            ],
        );
    }

    #[test]
    fn raw_lines_show_form_fields_as_printed() {
        let md = "1. 四川省科学技术厅\n地址：成都市人民南路86号\n电话：028-86711234\n\n2. 成都市科学技术局\n地址：成都市天府大道1366号\n电话：028-61881234\n";
        assert_shown(
            md,
            &[
                (1, "1. 四川省科学技术厅"),
                (2, "地址：成都市人民南路86号"),
                (3, "电话：028-86711234"),
                (5, "2. 成都市科学技术局"),
                (6, "地址：成都市天府大道1366号"),
                (7, "电话：028-61881234"),
            ],
        );
    }
}
