//! Writes the seed's records 112 times over, in chunks of 16 documents as the pipeline
//! sends them, into every output and prints the best time per document: a writer-only target for A/B timing and
//! `perf record`, apart from normalization.
//!
//! ```text
//! cargo run --release --example profile_write -p tablemend-writer
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

/// The allocator of the binary, so timings match a real run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
    let doc = parser::markdown::parse_markdown("seed.md", &text).unwrap();
    let n = normalizer::normalize(&doc);
    let lines: BTreeMap<(Arc<str>, u32), String> = BTreeMap::new();
    let (chunks, per_chunk) = (7, 16);
    let docs = chunks * per_chunk;
    let records: Vec<_> = (0..per_chunk).flat_map(|_| n.records.iter().cloned()).collect();
    let findings: Vec<_> = (0..per_chunk).flat_map(|_| n.findings.iter().cloned()).collect();
    // `profile_write N`: write N chunks once, untimed, for an instruction count under valgrind.
    if let Some(n) = std::env::args().nth(1) {
        let n: usize = n.parse().expect("a count of chunks");
        let dir = tempfile::tempdir().unwrap();
        let mut sink = writer::sink::Sink::create(dir.path(), &writer::WriteOptions::default()).unwrap();
        for _ in 0..n {
            sink.write_chunk(&records, &findings, &lines).unwrap();
        }
        sink.commit().unwrap();
        return;
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let t = std::time::Instant::now();
        let mut sink = writer::sink::Sink::create(dir.path(), &writer::WriteOptions::default()).unwrap();
        for _ in 0..chunks {
            sink.write_chunk(&records, &findings, &lines).unwrap();
        }
        sink.commit().unwrap();
        best = best.min(t.elapsed().as_secs_f64() / docs as f64);
    }
    eprintln!("best {:.2} ms/doc ({} records, {} findings per doc)", best * 1000.0, n.records.len(), n.findings.len());
}
