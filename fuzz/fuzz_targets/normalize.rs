//! Any markdown: parsing and normalizing never panic, loop or blow up.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(doc) = parser::markdown::parse_markdown("fuzz.md", data) {
        let _ = normalizer::normalize(&doc);
    }
});
