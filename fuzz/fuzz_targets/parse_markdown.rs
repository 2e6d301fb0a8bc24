//! Any text: the markdown reader returns a document or an error, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = parser::markdown::parse_markdown("fuzz.md", data);
});
