//! Normalizes the seed in a loop and prints the best time per document: a target for
//! `perf record` with line tables, which criterion's harness makes hard to read:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release --example profile_normalize -p tablemend-normalizer
//! perf record --call-graph dwarf target/release/examples/profile_normalize
//! ```

fn main() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
    let doc = parser::markdown::parse_markdown("seed.md", &text).unwrap();
    // `profile_normalize N`: normalize N times, untimed, for an instruction count under
    // valgrind (bench/instructions.sh): a figure that does not move with the machine's load.
    if let Some(n) = std::env::args().nth(1) {
        let n: usize = n.parse().expect("a count of runs");
        for _ in 0..n {
            std::hint::black_box(normalizer::normalize(&doc));
        }
        return;
    }
    let mut best = f64::MAX;
    for _ in 0..8 {
        let t = std::time::Instant::now();
        for _ in 0..25 {
            std::hint::black_box(normalizer::normalize(&doc));
        }
        best = best.min(t.elapsed().as_secs_f64() / 25.0);
    }
    eprintln!("best {:.2} ms/doc, {:.2} MB/s", best * 1000.0, text.len() as f64 / best / 1e6);
}
