//! Regenerates `data/cjk_variants.csv` from OpenCC's dictionaries (the `ferrous-opencc`
//! crate): the traditional and Japanese forms OCR reads in simplified-Chinese text, each
//! with its simplified form. Run after updating the crate:
//!
//! ```text
//! cargo run --example gen_cjk_variants -p tablemend-normalizer > crates/normalizer/data/cjk_variants.csv
//! ```
//! The unit test `variants::tests::table_matches_opencc` fails when the committed table is
//! stale.

#[path = "../src/variants_probe.rs"]
mod variants_probe;

fn main() {
    print!("{}", variants_probe::table());
}
