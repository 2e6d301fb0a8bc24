//! Any bytes read as a zipped workbook: counted against a budget without panicking, in
//! memory bounded by the stream (the count is what guards calamine from a zip bomb).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parser::workbook_budget::check_ods(std::io::Cursor::new(data), 10_000);
    let _ = parser::workbook_budget::check_xlsx(std::io::Cursor::new(data), 10_000);
});
