//! Streaming outputs: chunks of whole documents go in, in order; every file is written to a
//! temporary sibling as they arrive and renamed into place by [`Sink::commit`]. A sink
//! dropped without commit deletes its temporary files, so a failed run leaves no partial
//! outputs. Memory is bounded by one chunk plus the report's sections.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use normalizer::{Finding, Record};
use polars::prelude::BatchedWriter;
use tempfile::NamedTempFile;

use crate::columns::{FindingRow, PointRow};
use crate::csv_out::{self, FINDINGS_HEADER, PHONES_HEADER, POINTS_HEADER};
use crate::json_out;
use crate::report::ReportBuilder;
use crate::writeback::Writeback;
use crate::{frames, Format, WriteError, WriteOptions};

/// Rows per Parquet frame, and the fewest rows of a row group but the last: bounds memory,
/// and fixed so output bytes are stable.
pub const PARQUET_BATCH_ROWS: usize = 4096;

/// Write buffer of each output file: the Parquet writer issues many small writes (page
/// headers), and a syscall each cost more than encoding.
const OUT_BUFFER: usize = 256 * 1024;

/// A buffered file the Parquet writer writes through, kept here too so the buffer can be
/// flushed (and its error reported) after the footer: the batched writer never gives its
/// writer back.
#[derive(Clone)]
struct SharedFile(Arc<Mutex<BufWriter<File>>>);

impl Write for SharedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().map_err(|_| std::io::Error::other("parquet output lock poisoned"))?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().map_err(|_| std::io::Error::other("parquet output lock poisoned"))?.flush()
    }
}

/// A Parquet output once its first batch arrived: the writer and its file.
#[derive(Default)]
struct PqFile {
    writer: Option<(BatchedWriter<SharedFile>, SharedFile)>,
    /// Rows not written yet: gathered across chunks into row groups of
    /// [`PARQUET_BATCH_ROWS`] rows at least, so a run of many small documents writes few
    /// row groups (a row group per chunk of sixteen one-record documents kept each group's
    /// metadata in memory to the end: 4.7 KB a document, 437 MiB for 40 000).
    pending: Option<polars::prelude::DataFrame>,
}

/// One output file in progress.
struct Out<W> {
    name: &'static str,
    tmp: NamedTempFile,
    w: W,
    wb: Writeback,
}

/// Hands what an output gained to the kernel's writeback (see [`crate::writeback`]).
fn kick<W>(o: &mut Option<Out<W>>) {
    if let Some(o) = o {
        o.wb.kick(o.tmp.as_file());
    }
}

/// A JSON array written element by element (pretty, two-space indent).
struct JsonArray {
    w: BufWriter<File>,
    n: usize,
    /// One element, written here first: appending to a vector is cheaper than the many
    /// small writes of an element going through the file's buffer one by one.
    buf: Vec<u8>,
}

impl JsonArray {
    /// Appends one element, written by `element` at the array's indentation.
    fn push(&mut self, element: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> std::io::Result<()> {
        self.buf.clear();
        self.buf.extend_from_slice(if self.n == 0 { b"[\n  " } else { b",\n  " });
        element(&mut self.buf)?;
        self.w.write_all(&self.buf)?;
        self.n += 1;
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.w.write_all(if self.n == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.w.flush()
    }
}

/// Every output of a run, written as chunks arrive.
pub struct Sink {
    dir: PathBuf,
    points_csv: Option<Out<csv_out::CsvWriter<BufWriter<File>>>>,
    findings_csv: Option<Out<csv_out::CsvWriter<BufWriter<File>>>>,
    phones_csv: Option<Out<csv_out::CsvWriter<BufWriter<File>>>>,
    points_json: Option<Out<JsonArray>>,
    findings_json: Option<Out<JsonArray>>,
    points_pq: Option<Out<PqFile>>,
    findings_pq: Option<Out<PqFile>>,
    phones_pq: Option<Out<PqFile>>,
    report: Option<(NamedTempFile, ReportBuilder)>,
}

/// The error of an output file; its path is only formatted when an error happens (this
/// runs for every JSON element written).
fn io_err<'a>(dir: &'a Path, name: &'a str) -> impl Fn(std::io::Error) -> WriteError + 'a {
    move |e| WriteError::Io { path: dir.join(name).display().to_string(), source: e }
}

impl Sink {
    /// Opens temporary files for every output the options ask for.
    pub fn create(dir: &Path, opts: &WriteOptions) -> Result<Sink, WriteError> {
        std::fs::create_dir_all(dir).map_err(|e| WriteError::Io { path: dir.display().to_string(), source: e })?;
        if !dir.is_dir() {
            return Err(WriteError::Io {
                path: dir.display().to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory"),
            });
        }
        let tmp = |name: &str| -> Result<(NamedTempFile, File), WriteError> {
            let t = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir).map_err(io_err(dir, name))?;
            let f = t.reopen().map_err(io_err(dir, name))?;
            Ok((t, f))
        };
        let has = |f: Format| opts.formats.contains(&f);
        let csv_out = |name: &'static str, header: &[&str]| -> Result<Out<csv_out::CsvWriter<BufWriter<File>>>, WriteError> {
            let (t, f) = tmp(name)?;
            Ok(Out {
                name,
                tmp: t,
                w: csv_out::csv_writer(BufWriter::with_capacity(OUT_BUFFER, f), opts.csv_bom, header)?,
                wb: Writeback::default(),
            })
        };
        let json_out = |name: &'static str| -> Result<Out<JsonArray>, WriteError> {
            let (t, f) = tmp(name)?;
            Ok(Out {
                name,
                tmp: t,
                w: JsonArray { w: BufWriter::with_capacity(OUT_BUFFER, f), n: 0, buf: Vec::new() },
                wb: Writeback::default(),
            })
        };
        let pq_out = |name: &'static str| -> Result<Out<PqFile>, WriteError> {
            let (t, _) = tmp(name)?;
            Ok(Out { name, tmp: t, w: PqFile::default(), wb: Writeback::default() })
        };
        Ok(Sink {
            dir: dir.to_path_buf(),
            points_csv: if has(Format::Csv) { Some(csv_out("points.csv", &POINTS_HEADER)?) } else { None },
            findings_csv: if has(Format::Csv) { Some(csv_out("findings.csv", &FINDINGS_HEADER)?) } else { None },
            phones_csv: if has(Format::Csv) { Some(csv_out("phones.csv", &PHONES_HEADER)?) } else { None },
            points_json: if has(Format::Json) { Some(json_out("points.json")?) } else { None },
            findings_json: if has(Format::Json) { Some(json_out("findings.json")?) } else { None },
            points_pq: if has(Format::Parquet) { Some(pq_out("points.parquet")?) } else { None },
            findings_pq: if has(Format::Parquet) { Some(pq_out("findings.parquet")?) } else { None },
            phones_pq: if has(Format::Parquet) { Some(pq_out("phones.parquet")?) } else { None },
            report: if opts.report { Some((tmp("report.html")?.0, ReportBuilder::default())) } else { None },
        })
    }

    /// Appends a chunk of whole documents. The outputs are independent files: CSV, JSON,
    /// Parquet and the report are written by four threads at once (each file still by one
    /// thread, in order, so the bytes do not change), which keeps the writer from holding
    /// up the documents behind it and lets one huge document's outputs use every core.
    pub fn write_chunk(
        &mut self,
        records: &[Record],
        findings: &[Finding],
        source_lines: &BTreeMap<(Arc<str>, u32), String>,
    ) -> Result<(), WriteError> {
        let Sink { dir, points_csv, findings_csv, phones_csv, points_json, findings_json, points_pq, findings_pq, phones_pq, report } =
            self;
        let dir: &Path = dir;
        let csv = || -> Result<(), WriteError> {
            if let Some(o) = points_csv {
                csv_out::write_points(&mut o.w, records)?;
            }
            if let Some(o) = findings_csv {
                csv_out::write_findings(&mut o.w, findings)?;
            }
            if let Some(o) = phones_csv {
                csv_out::write_phones(&mut o.w, records)?;
            }
            Ok(())
        };
        let json = || -> Result<(), WriteError> {
            if let Some(o) = points_json {
                for r in records {
                    o.w.push(|w| json_out::point(w, &PointRow::from(r))).map_err(io_err(dir, o.name))?;
                }
            }
            if let Some(o) = findings_json {
                for f in findings {
                    o.w.push(|w| json_out::finding(w, &FindingRow::from(f))).map_err(io_err(dir, o.name))?;
                }
            }
            Ok(())
        };
        let parquet = || -> Result<(), WriteError> {
            // Frames are built a slice at a time: nested columns cost a Series per row, so a
            // slice bounds the memory of even one huge document.
            for part in records.chunks(PARQUET_BATCH_ROWS) {
                if let Some(o) = points_pq.as_mut() {
                    write_pq(o, &mut frames::points_frame(part)?)?;
                }
                if let Some(o) = phones_pq.as_mut() {
                    write_pq(o, &mut frames::phones_frame(part)?)?;
                }
            }
            for part in findings.chunks(PARQUET_BATCH_ROWS) {
                if let Some(o) = findings_pq.as_mut() {
                    write_pq(o, &mut frames::findings_frame(part)?)?;
                }
            }
            Ok(())
        };
        let mut add_to_report = || -> Result<(), WriteError> {
            if let Some((_, b)) = report {
                b.add(records, findings, source_lines).map_err(io_err(dir, "report.html"))?;
            }
            Ok(())
        };
        let results = std::thread::scope(|s| {
            let csv = s.spawn(csv);
            let json = s.spawn(json);
            let parquet = s.spawn(parquet);
            let report = add_to_report();
            let join =
                |h: std::thread::ScopedJoinHandle<'_, Result<(), WriteError>>| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            [join(csv), join(json), join(parquet), report]
        });
        // The first error in a fixed order: the same failure reads the same every run.
        results.into_iter().collect::<Result<(), WriteError>>()?;
        kick(points_csv);
        kick(findings_csv);
        kick(phones_csv);
        kick(points_json);
        kick(findings_json);
        kick(points_pq);
        kick(findings_pq);
        kick(phones_pq);
        Ok(())
    }

    /// Finishes every file and renames them all into place; returns the paths.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, WriteError> {
        let dir = self.dir.clone();
        let mut done: Vec<(NamedTempFile, &'static str)> = Vec::new();
        for o in [self.points_csv.take(), self.findings_csv.take(), self.phones_csv.take()].into_iter().flatten() {
            let mut inner = o.w.into_inner().map_err(io_err(&dir, o.name))?;
            inner.flush().map_err(io_err(&dir, o.name))?;
            done.push((o.tmp, o.name));
        }
        for o in [self.points_json.take(), self.findings_json.take()].into_iter().flatten() {
            o.w.finish().map_err(io_err(&dir, o.name))?;
            done.push((o.tmp, o.name));
        }
        let empties = [frames::points_frame(&[])?, frames::findings_frame(&[])?, frames::phones_frame(&[])?];
        for (o, mut empty) in [self.points_pq.take(), self.findings_pq.take(), self.phones_pq.take()].into_iter().zip(empties) {
            let Some(mut o) = o else { continue };
            if let Some(mut rest) = o.w.pending.take() {
                write_row_group(&mut o, &mut rest)?;
            }
            if o.w.writer.is_none() {
                // No rows at all: still a valid file with the schema.
                let f = o.tmp.reopen().map_err(io_err(&dir, o.name))?;
                frames::parquet_writer(f).finish(&mut empty)?;
            }
            if let Some((w, mut file)) = o.w.writer.take() {
                w.finish()?;
                drop(w);
                file.flush().map_err(io_err(&dir, o.name))?;
            }
            done.push((o.tmp, o.name));
        }
        if let Some((tmp, mut b)) = self.report.take() {
            let mut f = BufWriter::new(tmp.reopen().map_err(io_err(&dir, "report.html"))?);
            b.finish(&mut f).map_err(io_err(&dir, "report.html"))?;
            f.flush().map_err(io_err(&dir, "report.html"))?;
            done.push((tmp, "report.html"));
        }
        let mut paths = Vec::new();
        for (tmp, name) in done {
            let target = dir.join(name);
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(io_err(&dir, name))?;
            }
            tmp.as_file().sync_all().map_err(io_err(&dir, name))?;
            tmp.persist(&target).map_err(|e| WriteError::Io { path: target.display().to_string(), source: e.error })?;
            paths.push(target);
        }
        Ok(paths)
    }
}

/// Adds a frame's rows to the file's pending rows, and writes them as a row group once they
/// are [`PARQUET_BATCH_ROWS`] or more.
fn write_pq(o: &mut Out<PqFile>, df: &mut polars::prelude::DataFrame) -> Result<(), WriteError> {
    if df.height() == 0 {
        return Ok(());
    }
    let pending = match o.w.pending.take() {
        Some(mut p) => {
            p.vstack_mut_owned(std::mem::take(df))?;
            p
        }
        None => std::mem::take(df),
    };
    if pending.height() < PARQUET_BATCH_ROWS {
        o.w.pending = Some(pending);
        return Ok(());
    }
    write_row_group(o, &mut { pending })
}

/// Writes rows as one row group (a frame of several chunks would write a group each).
fn write_row_group(o: &mut Out<PqFile>, df: &mut polars::prelude::DataFrame) -> Result<(), WriteError> {
    df.rechunk_mut();
    if o.w.writer.is_none() {
        let f = o.tmp.reopen().map_err(|e| WriteError::Io { path: o.name.to_string(), source: e })?;
        let file = SharedFile(Arc::new(Mutex::new(BufWriter::with_capacity(OUT_BUFFER, f))));
        let batched = frames::parquet_writer(file.clone()).batched(df.schema())?;
        o.w.writer = Some((batched, file));
    }
    if let Some((w, _)) = &mut o.w.writer {
        w.write_batch(df)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_small_chunks_make_few_parquet_row_groups() {
        // Many small chunks: the rows gather into row groups of PARQUET_BATCH_ROWS (the
        // last one shorter), every row kept, in order.
        let doc =
            parser::markdown::parse_markdown("t.md", "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n").unwrap();
        let record = normalizer::normalize(&doc).records.remove(0);
        let dir = tempfile::tempdir().unwrap();
        let opts = crate::WriteOptions { formats: vec![crate::Format::Parquet], csv_bom: false, report: false };
        let mut sink = Sink::create(dir.path(), &opts).unwrap();
        // Chunks of sixteen one-record documents, as the pipeline hands them on.
        let n = PARQUET_BATCH_ROWS * 2 + 16;
        let records: Vec<Record> = (0..n)
            .map(|i| {
                let mut r = record.clone();
                r.id = format!("r{i}");
                r
            })
            .collect();
        for chunk in records.chunks(16) {
            sink.write_chunk(chunk, &[], &BTreeMap::new()).unwrap();
        }
        sink.commit().unwrap();
        let mut f = std::fs::File::open(dir.path().join("points.parquet")).unwrap();
        let meta = polars_parquet::parquet::read::read_metadata(&mut f).unwrap();
        let groups: Vec<usize> = meta.row_groups.iter().map(|g| g.num_rows()).collect();
        assert_eq!(groups, [PARQUET_BATCH_ROWS, PARQUET_BATCH_ROWS, 16]);
        use polars::prelude::SerReader;
        let df = polars::prelude::ParquetReader::new(std::fs::File::open(dir.path().join("points.parquet")).unwrap()).finish().unwrap();
        let ids: Vec<String> = df.column("id").unwrap().str().unwrap().iter().map(|s| s.unwrap_or_default().to_string()).collect();
        assert_eq!(ids, (0..n).map(|i| format!("r{i}")).collect::<Vec<_>>());
    }

    #[test]
    fn json_arrays_match_serde_json_pretty() {
        let findings: Vec<Finding> = (0..3)
            .map(|i| Finding::new(normalizer::FindingCode::PhoneMissing, &Arc::from("a.md"), (i, i + 1)).msg(format!("m{i}")))
            .collect();
        for n in 0..=findings.len() {
            let tmp = tempfile::NamedTempFile::new().unwrap();
            let mut a = JsonArray { w: BufWriter::new(tmp.reopen().unwrap()), n: 0, buf: Vec::new() };
            for f in &findings[..n] {
                a.push(|w| json_out::finding(w, &FindingRow::from(f))).unwrap();
            }
            a.finish().unwrap();
            let rows: Vec<FindingRow<'_>> = findings[..n].iter().map(FindingRow::from).collect();
            assert_eq!(std::fs::read_to_string(tmp.path()).unwrap(), serde_json::to_string_pretty(&rows).unwrap() + "\n");
        }
    }
}
