//! Any bytes: decoding (UTF-8/GB18030), the HTML table reader and the CSV reader never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = parser::decode::decode_text("fuzz.html", data) {
        let _ = parser::html::parse_html_document("fuzz.html", &text);
        let _ = parser::markdown::parse_markdown("fuzz.md", &text);
        let _ = parser::delimited::parse_delimited("fuzz.csv", &text, parser::delimited::sniff_delimiter(&text));
    }
});
