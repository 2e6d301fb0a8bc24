//! Traditional and Japanese character forms that OCR reads in simplified-Chinese text
//! (`張江` for 张江, `単一窗口` for 单一窗口): mapped back to the simplified form when the
//! document as a whole is simplified Chinese, so names and addresses match the rest of the
//! document and the gazetteer. A traditional-Chinese document is left as printed.
//!
//! The table (`data/cjk_variants.csv`) is generated from OpenCC's dictionaries by
//! `examples/gen_cjk_variants.rs`; only characters outside GB 2312 are variants, so a
//! character simplified text may itself use (`乾`, `於`) is never changed.

use std::sync::OnceLock;

use parser::Document;

const VARIANTS_CSV: &str = include_str!("../data/cjk_variants.csv");

/// A document is simplified Chinese when its simplified-only forms (`张`, `区`, `务`:
/// characters some variant maps to) outnumber its variants by this factor. The seed: 6
/// variants against thousands; a traditional text the reverse (們, 會, 這, 區 are variants).
const SIMPLIFIED_MAJORITY: usize = 3;

/// The table, sorted by variant for binary search.
fn table() -> &'static [(char, char)] {
    static T: OnceLock<Vec<(char, char)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: Vec<(char, char)> = VARIANTS_CSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut it = l.split(',').map(|f| f.chars().next());
                Some((it.next()??, it.next()??))
            })
            .collect();
        t.sort_unstable();
        t
    })
}

/// A set of BMP characters as one bit each (8 KiB): a per-character test over whole
/// documents without hashing or searching.
struct CharSet(Box<[u64; 1024]>);

impl CharSet {
    /// The set of the given characters (those beyond the BMP are left out).
    fn of(chars: impl Iterator<Item = char>) -> CharSet {
        let mut b = Box::new([0u64; 1024]);
        for c in chars.filter(|&c| (c as u32) < 0x10000) {
            b[c as usize >> 6] |= 1 << (c as usize & 63);
        }
        CharSet(b)
    }

    /// Whether `c` is in the set.
    fn has(&self, c: char) -> bool {
        let i = c as usize;
        i < 0x10000 && self.0[i >> 6] & (1 << (i & 63)) != 0
    }
}

/// Variants, and the characters some variant maps to (`张`, `区`, `务`).
fn bits() -> &'static (CharSet, CharSet) {
    static B: OnceLock<(CharSet, CharSet)> = OnceLock::new();
    B.get_or_init(|| (CharSet::of(table().iter().map(|&(v, _)| v)), CharSet::of(table().iter().map(|&(_, s)| s))))
}

/// The simplified form of a variant character.
pub fn simplified(c: char) -> Option<char> {
    if !bits().0.has(c) {
        return None;
    }
    let t = table();
    t.binary_search_by_key(&c, |&(v, _)| v).ok().map(|i| t[i].1)
}

/// Whether the document is simplified Chinese: its simplified forms outnumber its variants
/// `SIMPLIFIED_MAJORITY` to one. Only such documents get their variants mapped.
pub fn is_simplified_document(doc: &Document) -> bool {
    let (variant_bits, form_bits) = bits();
    let (mut forms, mut variants) = (0usize, 0usize);
    let texts = doc.tables.iter().flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.text.as_str())));
    for text in texts.chain(doc.text_lines.iter().map(|l| l.text.as_str())) {
        for c in text.chars().filter(|&c| (c as u32) >= 0x3400) {
            variants += usize::from(variant_bits.has(c));
            forms += usize::from(form_bits.has(c));
        }
    }
    forms > 0 && forms >= SIMPLIFIED_MAJORITY * variants
}

/// The text with its variant characters in simplified form, or `None` when it has none.
pub fn to_simplified(s: &str) -> Option<String> {
    let variant_bits = &bits().0;
    if !s.chars().any(|c| variant_bits.has(c)) {
        return None;
    }
    Some(s.chars().map(|c| simplified(c).unwrap_or(c)).collect())
}

/// The text in simplified form, borrowed when it has no variant: what the reader compares
/// captions, endings and places with in a traditional-Chinese document.
pub fn simplified_text(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    match to_simplified(&s) {
        Some(simple) => std::borrow::Cow::Owned(simple),
        None => s,
    }
}

#[cfg(test)]
#[path = "variants_probe.rs"]
mod variants_probe;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_opencc() {
        assert!(VARIANTS_CSV == variants_probe::table(), "data/cjk_variants.csv is stale: regenerate it with examples/gen_cjk_variants.rs");
    }

    #[test]
    fn variants_map_and_simplified_text_stays() {
        assert_eq!(to_simplified("開条新区人才服务中心張江(科创)分中心").as_deref(), Some("开条新区人才服务中心张江(科创)分中心"));
        assert_eq!(to_simplified("外国人工作/居留単一窗口").as_deref(), Some("外国人工作/居留单一窗口"));
        // Simplified text, and GB 2312 characters that look traditional, are left alone.
        assert_eq!(to_simplified("乾县於家堡芸香路1号"), None);
        assert_eq!(to_simplified("Room 301"), None);
        assert!(variants_probe::in_gb2312('张') && !variants_probe::in_gb2312('張'));
    }

    fn doc_of(text: &str) -> Document {
        parser::markdown::parse_markdown("t.md", text).expect("parses")
    }

    #[test]
    fn only_a_simplified_document_is_mapped() {
        let simplified = doc_of("| 1 | 上海市 | 浦东新区人才服务中心張江分中心 | 上海市浦东新区民生路1500号 | 021-58603333 |\n");
        assert!(is_simplified_document(&simplified));
        let traditional = doc_of("| 1 | 臺北市 | 勞動部勞動力發展署 | 臺北市中正區館前路 | 02-23812345 |\n");
        assert!(!is_simplified_document(&traditional));
        assert!(!is_simplified_document(&doc_of("| a | b |\n")));
        // The seed: a handful of OCR variants in a simplified document.
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        assert!(is_simplified_document(&doc_of(&seed)));
    }
}
