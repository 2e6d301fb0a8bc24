//! Derives the variant-character table from OpenCC's dictionaries (the `ferrous-opencc`
//! crate): shared by the table generator (`examples/gen_cjk_variants.rs`) and the test that
//! keeps the committed table in step; never compiled into the product.

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

/// True for the 6 763 ideographs of GB 2312, the basic set every simplified-Chinese text
/// is written in (GBK rows 0xB0..=0xF7, cells 0xA1..=0xFE).
pub fn in_gb2312(c: char) -> bool {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut buf));
    !unmappable && bytes.len() == 2 && (0xB0..=0xF7).contains(&bytes[0]) && (0xA1..=0xFE).contains(&bytes[1])
}

/// `(variant, simplified)` for every ideograph outside GB 2312 that OpenCC converts, alone,
/// to one GB 2312 ideograph: traditional forms (`張` → `张`) directly, Japanese shinjitai
/// (`単` → `單` → `单`) through their traditional form. Characters of GB 2312 are never
/// variants here, so a character a simplified text may use (`乾`, `於`, `芸`) stays.
pub fn pairs() -> Vec<(char, char)> {
    let t2s = OpenCC::from_config(BuiltinConfig::T2s).expect("OpenCC t2s config");
    let jp2t = OpenCC::from_config(BuiltinConfig::Jp2t).expect("OpenCC jp2t config");
    let single = |s: String| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    };
    let mut out = Vec::new();
    for c in (0x3400u32..=0x4DBF).chain(0x4E00..=0x9FFF).filter_map(char::from_u32) {
        if in_gb2312(c) {
            continue;
        }
        let direct = single(t2s.convert(&c.to_string())).filter(|&s| s != c);
        let via_traditional = || single(t2s.convert(&jp2t.convert(&c.to_string()))).filter(|&s| s != c);
        if let Some(s) = direct.or_else(via_traditional).filter(|&s| in_gb2312(s)) {
            out.push((c, s));
        }
    }
    out
}

/// The CSV table `variant,simplified`, in code point order.
pub fn table() -> String {
    let mut out = String::from("variant,simplified\n");
    for (v, s) in pairs() {
        out.push_str(&format!("{v},{s}\n"));
    }
    out
}
