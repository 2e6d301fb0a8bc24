#[global_allocator]
static A: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let t = std::time::Instant::now();
    let doc = parser::parse_path(std::path::Path::new(&p)).unwrap();
    println!("parse {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n = normalizer::normalize_owned(doc);
    println!("normalize {:?} ({} records)", t.elapsed(), n.records.len());
    let t = std::time::Instant::now();
    drop(n);
    println!("drop {:?}", t.elapsed());
}
