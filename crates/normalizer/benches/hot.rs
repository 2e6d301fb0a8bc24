//! Criterion benches of the hot parts: row splitting, cell classification, phone parsing,
//! division matching and the whole normalizer, on the seed.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use normalizer::gazetteer::Gazetteer;
use normalizer::phone::parse_phone_cell;

fn seed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap()
}

fn benches(c: &mut Criterion) {
    let text = seed();
    let doc = parser::markdown::parse_markdown("seed.md", &text).unwrap();
    let cells: Vec<String> = doc.tables.iter().flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.text.clone()))).collect();
    let phones: Vec<&String> = cells.iter().filter(|c| c.contains('-') && c.chars().any(|ch| ch.is_ascii_digit())).collect();
    let g = Gazetteer::get();
    let n = normalizer::normalize(&doc);
    let addresses: Vec<String> = n.records.iter().map(|r| r.address.clone()).collect();

    let mut grp = c.benchmark_group("seed");
    grp.throughput(Throughput::Bytes(text.len() as u64));
    grp.bench_function("row_splitting", |b| b.iter(|| parser::markdown::parse_markdown("seed.md", &text).unwrap()));
    grp.bench_function("normalize", |b| b.iter(|| normalizer::normalize(&doc)));
    grp.finish();

    let mut grp = c.benchmark_group("cells");
    grp.throughput(Throughput::Elements(cells.len() as u64));
    grp.bench_function("classify", |b| b.iter(|| cells.iter().map(|c| normalizer::classify::classify(c).phone_count).sum::<usize>()));
    grp.finish();

    let mut grp = c.benchmark_group("phones");
    grp.throughput(Throughput::Elements(phones.len() as u64));
    grp.bench_function("parse_phone_cell", |b| b.iter(|| phones.iter().map(|p| parse_phone_cell(p, false).phones.len()).sum::<usize>()));
    grp.finish();

    let mut grp = c.benchmark_group("divisions");
    grp.throughput(Throughput::Elements(addresses.len() as u64));
    grp.bench_function("resolve", |b| b.iter(|| addresses.iter().filter(|a| g.resolve(a, None, &[]).prefecture.is_some()).count()));
    grp.finish();
}

criterion_group!(hot, benches);
criterion_main!(hot);
