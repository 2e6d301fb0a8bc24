//! Traditional and Japanese character forms that OCR reads in simplified-Chinese text
//! (`張江` for 张江, `単一窗口` for 单一窗口): mapped back to the simplified form when the
//! document as a whole is simplified Chinese, so names and addresses match the rest of the
//! document and the gazetteer. A traditional-Chinese document is left as printed.
//!
//! The table (`data/cjk_variants.csv`) is generated from OpenCC's dictionaries by
//! `examples/gen_cjk_variants.rs`; only characters outside GB 2312 are variants, so a
//! character simplified text may itself use (`乾`, `於`) is never changed.

use std::cell::Cell;
use std::sync::OnceLock;

use parser::Document;

const VARIANTS_CSV: &str = include_str!("../data/cjk_variants.csv");

/// A document is simplified Chinese when its simplified-only forms (`张`, `区`, `务`:
/// characters some variant maps to) outnumber its variants by this factor. The seed: 6
/// variants against thousands; a traditional text the reverse (們, 會, 這, 區 are variants).
const SIMPLIFIED_MAJORITY: usize = 3;

/// A document prints variant forms throughout when at least one CJK character in this many
/// is a variant: its text is then compared in simplified form (rules read `號` as 号). The
/// seed: 6 in 13 478, well below; a traditional text or one mixing forms: one in a few.
/// (Below it, the few slipped characters are mapped in the records all the same: the bar
/// only spares such documents simplifying every text compared, 9 % more instructions.)
const VARIANT_SHARE_TO_READ_SIMPLIFIED: usize = 100;

thread_local! {
    /// Whether the document read on this thread prints variant forms throughout (set by
    /// [`reading_simplified`]): what [`crate::text::squash`] then simplifies.
    static READ_SIMPLIFIED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with squashed text read in simplified form (when `on`), as a document that
/// prints variant forms throughout needs; the previous setting is restored after, panic
/// or not. Work handed to other threads must run in a scope of its own (see
/// [`is_reading_simplified`]).
pub fn reading_simplified<R>(on: bool, f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            READ_SIMPLIFIED.with(|r| r.set(self.0));
        }
    }
    let _restore = Restore(READ_SIMPLIFIED.with(|r| r.replace(on)));
    f()
}

/// Whether squashed text is read in simplified form on this thread: what a parallel loop
/// passes on to its workers' [`reading_simplified`] scopes.
#[inline]
pub fn is_reading_simplified() -> bool {
    READ_SIMPLIFIED.with(Cell::get)
}

/// How a document prints its characters: what decides whether its variants are mapped
/// and whether its text is compared in simplified form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Script {
    /// Simplified Chinese as a whole: its variants are OCR slips, mapped in the records.
    pub simplified: bool,
    /// Variant forms throughout (traditional Chinese, or forms mixed in) rather than a few
    /// slips: the text is compared in simplified form, the records keep what is printed
    /// unless `simplified`.
    pub variants_throughout: bool,
}

impl Script {
    /// The document's script, from one pass over its characters.
    pub fn of(doc: &Document) -> Script {
        let (forms, variants, cjk) = script_counts(doc);
        Script {
            simplified: forms > 0 && forms >= SIMPLIFIED_MAJORITY * variants,
            variants_throughout: variants > 0 && variants * VARIANT_SHARE_TO_READ_SIMPLIFIED >= cjk,
        }
    }
}

/// Simplified-only forms, variants and CJK characters in the document's cells and lines.
fn script_counts(doc: &Document) -> (usize, usize, usize) {
    let (variant_bits, form_bits) = bits();
    let (mut forms, mut variants, mut cjk) = (0usize, 0usize, 0usize);
    let texts = doc.tables.iter().flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.text.as_str())));
    for text in texts.chain(doc.text_lines.iter().map(|l| l.text.as_str())) {
        // Byte by byte, decoding only the 3-byte sequences that may hold a character from
        // U+3400 on (a document's every character is read here: `chars()` cost twice as
        // much). Every character beyond the BMP counts as CJK, none is a variant.
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let lead = b[i];
            if lead < 0xE0 {
                i += if lead < 0x80 { 1 } else { 2 };
            } else if lead < 0xF0 {
                let code = (u32::from(lead & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                if code >= 0x3400 {
                    cjk += 1;
                    variants += usize::from(variant_bits.has_code(code));
                    forms += usize::from(form_bits.has_code(code));
                }
                i += 3;
            } else {
                cjk += 1;
                i += 4;
            }
        }
    }
    (forms, variants, cjk)
}

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
        self.has_code(c as u32)
    }

    /// Whether the character of code point `code` is in the set.
    fn has_code(&self, code: u32) -> bool {
        let i = code as usize;
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

/// The text as rules read it: in simplified form within a [`reading_simplified`] scope,
/// else as it is (borrowed).
pub fn as_read(s: &str) -> std::borrow::Cow<'_, str> {
    read_as(std::borrow::Cow::Borrowed(s))
}

/// [`as_read`] for a text already held as a `Cow` (squashed or canonical text): the check
/// inlined, the simplifying out of line, as few documents need it.
#[inline(always)]
pub fn read_as(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if is_reading_simplified() {
        read_simplified(s)
    } else {
        s
    }
}

#[inline(never)]
fn read_simplified(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    simplified_text(s)
}

/// The text with common characters in their traditional forms (`区` → `區`, `号` → `號`,
/// eleven of them): a document printed in traditional Chinese, for tests.
#[cfg(test)]
pub(crate) fn in_traditional_forms(text: &str) -> String {
    const PAIRS: [(char, char); 11] = [
        ('区', '區'),
        ('号', '號'),
        ('楼', '樓'),
        ('务', '務'),
        ('国', '國'),
        ('华', '華'),
        ('东', '東'),
        ('门', '門'),
        ('广', '廣'),
        ('贵', '貴'),
        ('云', '雲'),
    ];
    text.chars().map(|c| PAIRS.iter().find(|&&(s, _)| s == c).map_or(c, |&(_, t)| t)).collect()
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
        assert_eq!(Script::of(&simplified), Script { simplified: true, variants_throughout: true });
        let traditional = doc_of("| 1 | 臺北市 | 勞動部勞動力發展署 | 臺北市中正區館前路 | 02-23812345 |\n");
        assert_eq!(Script::of(&traditional), Script { simplified: false, variants_throughout: true });
        assert_eq!(Script::of(&doc_of("| a | b |\n")), Script { simplified: false, variants_throughout: false });
        // The seed: a handful of OCR variants (6 in 13 478) in a simplified document, too
        // few for its text to be compared in simplified form.
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        assert_eq!(Script::of(&doc_of(&seed)), Script { simplified: true, variants_throughout: false });
    }

    #[test]
    fn counting_byte_by_byte_agrees_with_counting_chars() {
        let (variant_bits, form_bits) = bits();
        let by_chars = |doc: &Document| {
            let mut counts = (0, 0, 0);
            let texts = doc.tables.iter().flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.text.as_str())));
            for text in texts.chain(doc.text_lines.iter().map(|l| l.text.as_str())) {
                for c in text.chars().filter(|&c| (c as u32) >= 0x3400) {
                    counts.0 += usize::from(form_bits.has(c));
                    counts.1 += usize::from(variant_bits.has(c));
                    counts.2 += 1;
                }
            }
            counts
        };
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        let mixed = "| 1 | 臺北市 | 勞動部 é ☃ 𠀀 （張） | 〇〡㐀䶵 | ｱ 02-2381 |\ntext 區號 𝄞 ©\n";
        for text in [seed.as_str(), mixed, &in_traditional_forms(&seed)] {
            let doc = doc_of(text);
            assert_eq!(script_counts(&doc), by_chars(&doc));
        }
    }

    #[test]
    fn a_variant_and_its_form_are_as_long() {
        // Place matches found in the simplified text are offsets into the printed one.
        for &(v, s) in table() {
            assert_eq!(v.len_utf8(), s.len_utf8(), "{v} -> {s}");
        }
    }

    #[test]
    fn reading_scope_is_restored_after_panic() {
        assert!(!is_reading_simplified());
        assert_eq!(reading_simplified(true, || (is_reading_simplified(), as_read("號樓").into_owned())), (true, "号楼".to_string()));
        assert!(!is_reading_simplified());
        assert_eq!(as_read("號樓"), "號樓");
        let nested = reading_simplified(true, || reading_simplified(false, is_reading_simplified) || !is_reading_simplified());
        assert!(!nested);
        let caught = std::panic::catch_unwind(|| reading_simplified(true, || panic!("inside")));
        assert!(caught.is_err());
        assert!(!is_reading_simplified());
    }
}
