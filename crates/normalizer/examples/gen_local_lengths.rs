//! Regenerates `data/cn_local_number_lengths.csv` from libphonenumber's metadata (the
//! `phonenumber` crate): for every area code of `data/cn_area_codes.csv`, the local-number
//! lengths libphonenumber accepts. Run after updating either source:
//!
//! ```text
//! cargo run --example gen_local_lengths -p tablemend-normalizer > crates/normalizer/data/cn_local_number_lengths.csv
//! ```
//! The unit test `phone::tests::local_length_table_matches_libphonenumber` fails when the
//! committed table is stale.

#[path = "../src/phone_lengths_probe.rs"]
mod phone_lengths_probe;

fn main() {
    let g = normalizer::gazetteer::Gazetteer::get();
    print!("{}", phone_lengths_probe::table(g.area_codes()));
}
