//! Any phone cell text: parsed into numbers, notes and issues without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = normalizer::phone::parse_phone_cell(data, false);
    let _ = normalizer::phone::parse_phone_cell(data, true);
    let g = normalizer::gazetteer::Gazetteer::get();
    let _ = g.resolve(data, None, &[]);
});
