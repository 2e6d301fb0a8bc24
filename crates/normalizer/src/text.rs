//! Text cleaning shared by every field: OCR wrap whitespace, width forms, brackets.
//!
//! Style: NFKC (full-width Latin, digits and brackets become ASCII), ASCII `()` for every
//! bracket kind, one `-` for every dash, no whitespace except single spaces between two
//! Latin words.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

fn br_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"(?i)<br\s*/?>").expect("static regex"))
}

/// The text before and after a cell's one line break (`<br>`), when it holds exactly one:
/// a break the document printed, unlike the spaces OCR wraps with.
pub fn split_at_line_break(s: &str) -> Option<(&str, &str)> {
    if !s.contains('<') {
        return None;
    }
    let mut breaks = br_re().find_iter(s);
    let m = breaks.next()?;
    breaks.next().is_none().then(|| (s[..m.start()].trim(), s[m.end()..].trim()))
}

/// True when a cell or text line of the document holds a full-width form of ASCII (see
/// [`fold_to_ascii_width`]).
pub fn has_full_width_ascii(doc: &parser::Document) -> bool {
    doc.tables.iter().flat_map(|t| &t.rows).flat_map(|r| &r.cells).any(|c| holds_full_width_ascii(&c.text))
        || doc.text_lines.iter().any(|l| holds_full_width_ascii(&l.text))
}

/// Writes full-width Latin letters, digits and ASCII marks (`０５７１－８７０５１０７６`, `（`,
/// `：`) in their ASCII forms in every cell and text line: every rule reads a digit or a
/// bracket by its ASCII form, as the fields are written. Lines and columns are kept.
pub fn fold_to_ascii_width(doc: &mut parser::Document) {
    let texts = doc.tables.iter_mut().flat_map(|t| &mut t.rows).flat_map(|r| &mut r.cells).map(|c| &mut c.text);
    for text in texts.chain(doc.text_lines.iter_mut().map(|l| &mut l.text)) {
        if holds_full_width_ascii(text) {
            *text = ascii_width(text);
        }
    }
}

/// True when the text holds a full-width form of printable ASCII. (Each is encoded with the
/// lead byte 0xEF, which Chinese text rarely has: one byte search settles most cells.)
fn holds_full_width_ascii(t: &str) -> bool {
    t.as_bytes().contains(&0xEF) && t.chars().any(is_full_width_ascii)
}

/// True for the full-width forms of printable ASCII (U+FF01 to U+FF5E).
fn is_full_width_ascii(c: char) -> bool {
    ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// The text with each full-width form of printable ASCII in its ASCII form.
fn ascii_width(s: &str) -> String {
    s.chars().map(|c| if is_full_width_ascii(c) { char::from_u32(c as u32 - 0xFEE0).unwrap_or(c) } else { c }).collect()
}

/// True for CJK ideographs, the characters OCR wraps without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// NFKC plus one dash and one bracket style. Text already canonical (most CJK text) is
/// borrowed as is: this runs on every cell many times, the hot path of the pipeline.
pub fn canonical_chars(s: &str) -> Cow<'_, str> {
    // Most text: no `<` and only characters that are their own canonical form, which one
    // byte scan tells (the checks below would each scan it again to say the same).
    if !any_byte(s.as_bytes(), may_change_canonically) {
        return Cow::Borrowed(s);
    }
    // `<br>` inside a markdown cell (MinerU, pandoc) is a line break: a space. (`<br`
    // without its `>` is left as text: no recursion on an unchanged string.)
    if s.contains('<') {
        if let Cow::Owned(spaced) = br_re().replace_all(s, " ") {
            return Cow::Owned(canonical_plain(&spaced).into_owned());
        }
    }
    canonical_plain(s)
}

/// [`canonical_chars`] after `<br>` handling.
fn canonical_plain(s: &str) -> Cow<'_, str> {
    if is_plain(s) || all_fixed(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    if unicode_normalization::is_nfkc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        out.extend(s.chars().filter(|&c| !is_invisible(c)).map(canonical_char));
    } else {
        out.extend(s.nfkc().filter(|&c| !is_invisible(c)).map(canonical_char));
    }
    Cow::Owned(out)
}

/// True for a character that prints nothing and joins nothing a reader sees: a zero-width
/// space or joiner, a word joiner, a byte-order mark inside the text, a soft hyphen. PDF
/// text layers and web pages carry them (`浙\u{200B}江`, `0574\u{AD}-…`); NFKC keeps them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// True when every character is its own canonical form: ASCII but `[`/`]`, or U+4000..=U+9FFF
/// (CJK ideographs, Extension A and the Yijing symbols: none has an NFKC mapping). Checked
/// on bytes: in valid UTF-8 those characters are exactly the sequences led by 0xE4..=0xE9,
/// so every byte can be judged alone (continuation bytes 0x80..=0xBF pass), which lets the
/// compiler check 32 bytes at a time.
fn is_plain(s: &str) -> bool {
    !any_byte(s.as_bytes(), not_plain)
}

/// A byte [`canonical_chars`] may change the text at: a `<` (of `<br>`) or one of a
/// character that is not its own canonical form (see [`not_plain`]).
#[inline(always)]
fn may_change_canonically(b: u8) -> bool {
    (b == b'<') | not_plain(b)
}

/// The byte test of [`is_plain`]. Non-short-circuit `|`/`&` and range tests as one
/// subtraction: vector compares.
#[inline(always)]
fn not_plain(b: u8) -> bool {
    (b == b'[') | (b == b']') | ((b >= 0xC0) & (b.wrapping_sub(0xE4) > 5))
}

/// True when every character is a fixed point of [`canonical_chars`] that cannot compose
/// with a neighbour (NFKC quick check `Yes`, combining class 0): such text is its own
/// canonical form. Catches the CJK punctuation (`、`, `。`, `（`-free text with `·`) that
/// [`is_plain`] rejects, so canonical text re-canonicalized is borrowed, not rebuilt.
fn all_fixed(s: &str) -> bool {
    s.chars().all(is_fixed)
}

/// Whether one character passes [`all_fixed`]. One bit per BMP character, worked out a
/// block of 64 at a time the first time a block is needed (the whole table cost 27 M
/// instructions at every start; a document touches a few dozen blocks).
fn is_fixed(c: char) -> bool {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    static BITS: [AtomicU64; 1024] = [const { AtomicU64::new(0) }; 1024];
    static DONE: [AtomicBool; 1024] = [const { AtomicBool::new(false) }; 1024];
    let i = c as usize;
    if i >= 0x10000 {
        return false;
    }
    let block = i >> 6;
    if !DONE[block].load(Ordering::Acquire) {
        use unicode_normalization::char::canonical_combining_class;
        let mut word = 0u64;
        for k in 0..64u32 {
            let Some(ch) = char::from_u32(((block as u32) << 6) | k) else { continue };
            let fixed = canonical_char(ch) == ch
                && !is_invisible(ch)
                && canonical_combining_class(ch) == 0
                && unicode_normalization::is_nfkc_quick(std::iter::once(ch)) == unicode_normalization::IsNormalized::Yes;
            word |= u64::from(fixed) << k;
        }
        // Threads racing here compute the same word; the flag is published after it.
        BITS[block].store(word, Ordering::Relaxed);
        DONE[block].store(true, Ordering::Release);
    }
    BITS[block].load(Ordering::Relaxed) & (1 << (i & 63)) != 0
}

/// True when the text may hold whitespace: an ASCII space or control, or the lead byte of
/// a multi-byte Unicode space (U+0085/U+00A0: 0xC2; U+1680: 0xE1; U+2000..: 0xE2;
/// U+3000, the ideographic space: 0xE3). A byte scan, where `char::is_whitespace` decodes.
pub fn may_hold_whitespace(s: &str) -> bool {
    any_byte(s.as_bytes(), may_be_whitespace)
}

/// Whether any byte satisfies `f`, a block of 32 at a time without an early exit inside a
/// block (so the block test vectorizes). The last, partial block is padded with zero
/// bytes and tested the same way (most cells are shorter than two blocks, and a byte loop
/// over the rest cost more than the blocks): `f(0)` must be false.
#[inline(always)]
fn any_byte(b: &[u8], f: impl Fn(u8) -> bool + Copy) -> bool {
    debug_assert!(!f(0), "the padding byte must not match");
    let mut blocks = b.chunks_exact(32);
    for block in &mut blocks {
        if block_hit(block.try_into().expect("chunks_exact(32)"), f) {
            return true;
        }
    }
    let rest = blocks.remainder();
    if rest.is_empty() {
        return false;
    }
    let mut pad = [0u8; 32];
    pad[..rest.len()].copy_from_slice(rest);
    block_hit(&pad, f)
}

/// Whether any byte of one block satisfies `f`: a fixed-size array and a byte accumulator,
/// the shape LLVM turns into vector compares.
#[inline(always)]
fn block_hit(block: &[u8; 32], f: impl Fn(u8) -> bool + Copy) -> bool {
    let mut hit = 0u8;
    for &x in block {
        hit |= f(x) as u8;
    }
    hit != 0
}

/// One dash and one bracket style, after NFKC.
fn canonical_char(c: char) -> char {
    match c {
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '－' | '−' => '-',
        '【' | '〔' | '［' | '[' => '(',
        '】' | '〕' | '］' | ']' => ')',
        '“' | '”' | '＂' => '"',
        '\u{2E80}'..='\u{2EFF}' => radical_as_ideograph(c),
        _ => c,
    }
}

/// The ideograph a CJK Radicals Supplement character looks like, where it is a whole
/// character (`⻓` U+2ED3 is `长`): PDF text layers map glyphs to these radicals (`⻓沙市`,
/// `⻄藏`), and NFKC, which maps the Kangxi radicals, leaves them (as Unicode's
/// EquivalentUnifiedIdeograph.txt pairs them). A radical that is only a component (`⻖`)
/// stays.
fn radical_as_ideograph(c: char) -> char {
    match c {
        '\u{2E9F}' => '母',
        '\u{2EA0}' => '民',
        '\u{2EC4}' => '西',
        '\u{2EC5}' => '见',
        '\u{2EC6}' => '角',
        '\u{2EC9}' => '贝',
        '\u{2ECB}' => '车',
        '\u{2ED1}' => '長',
        '\u{2ED3}' => '长',
        '\u{2ED4}' => '门',
        '\u{2ED8}' => '青',
        '\u{2ED9}' => '韦',
        '\u{2EDA}' => '页',
        '\u{2EDB}' => '风',
        '\u{2EDC}' => '飞',
        '\u{2EDD}' => '食',
        '\u{2EE2}' => '马',
        '\u{2EE3}' => '骨',
        '\u{2EE4}' => '鬼',
        '\u{2EE5}' => '鱼',
        '\u{2EE6}' => '鸟',
        '\u{2EE7}' => '卤',
        '\u{2EE8}' => '麦',
        '\u{2EE9}' => '黄',
        '\u{2EEA}' => '黾',
        '\u{2EEB}' => '斉',
        '\u{2EEC}' => '齐',
        '\u{2EED}' => '歯',
        '\u{2EEE}' => '齿',
        '\u{2EEF}' => '竜',
        '\u{2EF0}' => '龙',
        '\u{2EF1}' => '龜',
        '\u{2EF2}' => '亀',
        '\u{2EF3}' => '龟',
        _ => c,
    }
}

/// Removes OCR line-wrap whitespace: every whitespace run goes, except a single space
/// between two Latin letters/digits where at least one side is a letter (`Room 301`, but not
/// a lone letter glued to Chinese text before digits: `1号D 529`), after a clock time
/// (`9:00-12:00 13:30-17:00`), after an English word's punctuation (`No. 16`), and between
/// Chinese text and an English phrase beside it (`委员会 Beijing Municipal …`).
pub fn collapse_wrap_spaces(s: &str) -> String {
    if !may_hold_whitespace(s) {
        return s.to_string();
    }
    let latin = |x: char| x.is_ascii_alphanumeric();
    let mut out = String::with_capacity(s.len());
    // The text between whitespace runs, copied whole; a run between two parts becomes one
    // space when the characters on its two sides call for it.
    let mut prev: Option<char> = None;
    for part in s.split_whitespace() {
        if let (Some(p), Some(n)) = (prev, part.chars().next()) {
            // Two clock times stay apart (`9:00-12:00 13:30-17:00`).
            let after_time = p.is_ascii_digit() && n.is_ascii_digit() && ends_with_clock_minutes(&out);
            // Words and clock times stay apart too (`工作日 9:00-17:00`, `17:00 周六`).
            let word_time = (is_cjk(p) && starts_with_clock_time(part)) || (is_cjk(n) && ends_with_clock_minutes(&out));
            // A lone letter glued to Chinese text or a number is a room or block code
            // (`科技局b 313`, `1号D 529`): its digits were cut off it.
            let code_cut = p.is_ascii_alphabetic() && n.is_ascii_digit() && glued_letter(&out);
            // English words after their punctuation (`No. 16`, `Street, Xicheng`); not
            // numbers in a list (`190, 191`, `E144, E155`).
            let after_word = matches!(p, ',' | '.' | ';' | ':') && latin(n) && ends_with_word_then(&out);
            // Chinese text and an English phrase beside it (`委员会 Beijing Municipal …`,
            // `… Commission 北京市…`); not a code or one word (`北京 CBD 国际`).
            let bilingual = (is_cjk(p) && n.is_ascii_alphanumeric() && opens_english_phrase(part, s))
                || (p.is_ascii_alphabetic() && is_cjk(n) && ends_english_phrase(&out));
            if ((latin(p) && latin(n) && (p.is_ascii_alphabetic() || n.is_ascii_alphabetic() || after_time))
                || word_time
                || after_word
                || bilingual)
                && !code_cut
            {
                out.push(' ');
            }
        }
        out.push_str(part);
        prev = part.chars().next_back();
    }
    out
}

/// True when the text of `s` from `part` (a slice of it) on opens with two English words or
/// more before any Chinese character (`Beijing Municipal …`).
fn opens_english_phrase(part: &str, s: &str) -> bool {
    // (A Chinese character inside the part ends the run there: one word at most.)
    if !part.is_ascii() {
        return false;
    }
    let rest = &s[part.as_ptr() as usize - s.as_ptr() as usize..];
    let run_end = rest.find(|c: char| !c.is_ascii()).unwrap_or(rest.len());
    english_phrase(&rest[..run_end])
}

/// True when the text ends with two English words or more after its last Chinese
/// character (`… Technology Commission`).
fn ends_english_phrase(out: &str) -> bool {
    let start = out.rfind(|c: char| !c.is_ascii()).map_or(0, |i| i + out[i..].chars().next().map_or(1, char::len_utf8));
    english_phrase(&out[start..])
}

/// Two words or more of Latin letters, the first of two letters or more.
fn english_phrase(run: &str) -> bool {
    if !run.contains([' ', ',', '.']) {
        return false;
    }
    let mut words = run.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    words.next().is_some_and(|w| w.len() >= 2) && words.next().is_some()
}

/// Appends a field's piece printed on the next row to its text: with a space between two
/// English words (`Talent` + `Development`, `Area,` + `3rd Floor`), none between Chinese
/// ones (`服务中` + `心`), where the wrap left none.
pub fn push_wrapped(text: &mut String, piece: &str) {
    let (Some(p), Some(n)) = (text.chars().next_back(), piece.chars().next()) else {
        text.push_str(piece);
        return;
    };
    // A word of two letters or more, then a word; or a word's punctuation, then anything
    // Latin (`Area,` + `3rd Floor`; not `E144,` + `E155`).
    let words = p.is_ascii_alphabetic() && text.chars().rev().nth(1).is_some_and(|c| c.is_ascii_alphabetic()) && n.is_ascii_alphabetic();
    let punctuated = matches!(p, ',' | '.' | ';' | ':') && ends_with_word_then(text) && n.is_ascii_alphanumeric();
    if words || punctuated {
        text.push(' ');
    }
    text.push_str(piece);
}

/// True when the text ends with a Latin letter and one punctuation mark (`…No.`,
/// `…Street,`, `…Block B,`).
fn ends_with_word_then(s: &str) -> bool {
    s.chars().rev().nth(1).is_some_and(|c| c.is_ascii_alphabetic())
}

/// True when the text ends with a single Latin letter right after a Chinese character, a
/// digit or a list's or bracket's mark (`…科技局b`, `…5B`, `…(B区)B`, `…E144,E`), not a
/// Latin word's last letter (nor an English word's after its full stop, `No. B`).
fn glued_letter(s: &str) -> bool {
    let mut back = s.chars().rev();
    back.next().is_some_and(|c| c.is_ascii_alphabetic()) && back.next().is_some_and(|c| is_cjk(c) || c.is_ascii_digit() || is_code_mark(c))
}

/// A list's, a range's or a bracket's mark a room or window code follows (`,E155`, `-E160`,
/// `)B103`).
fn is_code_mark(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | ';' | '；' | '-' | '(' | ')' | '（' | '）' | '/' | '#')
}

/// True when the text opens with a clock time (`9:00…`, `13:30…`).
fn starts_with_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&h)
        && b.get(h) == Some(&b':')
        && b.get(h + 1).is_some_and(u8::is_ascii_digit)
        && b.get(h + 2).is_some_and(u8::is_ascii_digit)
}

/// True when the text ends with the minutes of a clock time (`…12:00`).
fn ends_with_clock_minutes(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b[b.len() - 3] == b':'
        && b[b.len() - 2].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b[b.len() - 4].is_ascii_digit()
}

/// Full field cleaning: canonical characters, wrap spaces removed, stray OCR marks trimmed.
pub fn clean_field(s: &str) -> String {
    let s = collapse_wrap_spaces(&canonical_chars(s));
    let trimmed = s.trim_matches(|c: char| matches!(c, '「' | '」' | '|' | ':' | ';' | ',' | '•' | '、') || c.is_whitespace());
    if trimmed.len() == s.len() {
        s
    } else {
        trimmed.to_string()
    }
}

/// Text with all whitespace removed, for comparisons: borrowed when the text already is
/// (most cells, on most of the ~20 call sites that squash each cell). In a document
/// printing variant forms throughout, in simplified form (see
/// [`crate::variants::reading_simplified`]).
#[inline(always)]
pub fn squash(s: &str) -> Cow<'_, str> {
    // Text with nothing to change (no whitespace, only characters that are their own
    // canonical form) is borrowed after one byte scan; the rest is looked up.
    if !any_byte(s.as_bytes(), |b| may_change_canonically(b) | may_be_whitespace(b)) && !crate::variants::is_reading_simplified() {
        return Cow::Borrowed(s);
    }
    squash_memo(s)
}

/// Most texts a document squashes are squashed again and again (one cell by about seven
/// rules): each thread keeps the results of the document it is reading.
#[inline(never)]
fn squash_memo(s: &str) -> Cow<'_, str> {
    SQUASHED.with(|memo| {
        let mut memo = memo.borrow_mut();
        let simplified = crate::variants::is_reading_simplified();
        if memo.simplified != simplified {
            memo.simplified = simplified;
            memo.map.clear();
        }
        if let Some(done) = memo.map.get(s) {
            return match done {
                Some(t) => Cow::Owned(String::from(&**t)),
                None => Cow::Borrowed(s),
            };
        }
        let out = crate::variants::read_as(without_whitespace(canonical_chars(s)));
        if memo.map.len() >= SQUASH_MEMO_ENTRIES {
            memo.map.clear();
        }
        let kept = match &out {
            Cow::Owned(t) if t != s => Some(Box::from(t.as_str())),
            _ => None,
        };
        memo.map.insert(Box::from(s), kept);
        out
    })
}

/// Texts a thread remembers the squashed form of before it starts afresh: a few
/// documents' worth of cells, a few MB at most.
const SQUASH_MEMO_ENTRIES: usize = 16_384;

#[derive(Default)]
struct SquashMemo {
    simplified: bool,
    map: foldhash::HashMap<Box<str>, Option<Box<str>>>,
}

thread_local! {
    static SQUASHED: std::cell::RefCell<SquashMemo> = std::cell::RefCell::new(SquashMemo::default());
}

/// A byte that may belong to a whitespace character (see [`may_hold_whitespace`]):
/// `\t`..=`\r`, 0x1C..=0x1F, space, 0xC2, 0xE1..=0xE3, as vector compares.
#[inline(always)]
fn may_be_whitespace(b: u8) -> bool {
    (b.wrapping_sub(0x09) < 5) | (b.wrapping_sub(0x1C) < 5) | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3)
}

/// The text with every whitespace run removed (copied run by run, not char by char).
pub fn without_whitespace(c: Cow<'_, str>) -> Cow<'_, str> {
    if !may_hold_whitespace(&c) {
        return c;
    }
    // Most text's only whitespace is the ASCII space OCR puts inside words: found with
    // `memchr`, where a general search decodes every character.
    if !any_byte(c.as_bytes(), |b| may_be_whitespace(b) & (b != b' ')) {
        if !c.contains(' ') {
            return c;
        }
        let mut out = String::with_capacity(c.len());
        c.split(' ').for_each(|part| out.push_str(part));
        return Cow::Owned(out);
    }
    // One pass: the text up to the first whitespace is copied whole, the rest run by run.
    let Some(first) = c.find(char::is_whitespace) else { return c };
    let mut out = String::with_capacity(c.len());
    out.push_str(&c[..first]);
    for part in c[first..].split_whitespace() {
        out.push_str(part);
    }
    Cow::Owned(out)
}

/// Count of `(` minus count of `)`.
pub fn bracket_balance(s: &str) -> i32 {
    s.chars().fold(0, |acc, c| match c {
        '(' | '（' => acc + 1,
        ')' | '）' => acc - 1,
        _ => acc,
    })
}

/// True when `a` and `b` are as long and differ in exactly one character: a character OCR
/// misread, the test of every correction of a name against the one meant.
pub fn one_character_apart(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    let mut other = 0;
    loop {
        match (x.next(), y.next()) {
            (Some(p), Some(q)) => other += usize::from(p != q),
            (None, None) => return other == 1,
            _ => return false,
        }
    }
}

/// Number of CJK characters.
pub fn cjk_count(s: &str) -> usize {
    s.chars().filter(|&c| is_cjk(c)).count()
}

/// True for a cell that only says "nothing here": `无`, `暂无`, `/`, `-`, `—`, `空`, `N/A`.
pub fn is_placeholder(text: &str) -> bool {
    let sq = squash(text);
    matches!(&*sq, "无" | "暂无" | "空" | "/" | "-" | "--" | "---" | "N/A" | "n/a" | "NA" | "未提供" | "暂未提供")
        || (!sq.is_empty() && sq.chars().all(|c| matches!(c, '-' | '—' | '一')) && sq.chars().count() <= 3 && !sq.starts_with('一'))
}

/// True for a page's number or footer that OCR printed into the table (`- 3 -`, `第 3 页
/// 共 12 页`, `3/12`, `Page 3 of 12`): the page's furniture, not a record's text.
pub fn is_page_mark(text: &str) -> bool {
    let sq = canonical_chars(&squash(text)).to_lowercase();
    if sq.is_empty() || sq.len() > 24 {
        return false;
    }
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let dashes: &[char] = &['-', '—', '–', '一', '~'];
    // `- 3 -`: a number between dashes.
    if let Some(inner) = sq.strip_prefix(dashes).and_then(|s| s.strip_suffix(dashes)) {
        if digits(inner.trim_matches(dashes)) {
            return true;
        }
    }
    // `3/12`: a page of a count no smaller.
    if let Some((a, b)) = sq.split_once('/') {
        return digits(a) && digits(b) && a.parse::<u32>().ok() <= b.parse::<u32>().ok() && a != "0";
    }
    // `第3页`, `第3页共12页`, `共12页`, `page3of12`, `p.3`.
    let rest =
        sq.strip_prefix("page").or_else(|| sq.strip_prefix("p.")).map(|r| r.split_once("of").map_or((r, None), |(a, b)| (a, Some(b))));
    if let Some((n, of)) = rest {
        return digits(n) && of.is_none_or(digits);
    }
    let mut parts = sq.split("页").filter(|p| !p.is_empty()).peekable();
    sq.ends_with('页')
        && parts.peek().is_some()
        && parts.all(|p| p.strip_prefix('第').or_else(|| p.strip_prefix('共')).is_some_and(|n| digits(n.trim_start_matches('第'))))
}

/// True for a ditto cell (`同上`, `同上。`): the same value as the row above.
pub fn is_ditto(text: &str) -> bool {
    // Asked of every cell: the short test first.
    text.len() <= 16
        && (text.contains('同') || text.contains('〃'))
        && matches!(squash(text).trim_end_matches(['。', '.']), "同上" | "同前" | "〃" | "〃〃")
}

/// A footnote mark closing a name as printed (before canonical forms turn `①` into `1`),
/// `(name, mark)`: `*`, `＊`, `※`, a circled number `①`..`⑳`, `❶`..`❿`, a superscript
/// digit (`¹`), or a reference in square brackets (`[1]`, as OCR prints a superscript); or
/// a mark opening it (`★`, `*`, `●`, `▲`: a list's marked entries).
pub fn split_footnote_mark(raw: &str) -> Option<(&str, &str)> {
    let t = raw.trim();
    let mark = t.chars().next_back()?;
    let is_mark = matches!(
        mark,
        '*' | '＊' | '※' | '\u{2460}'..='\u{2473}' | '\u{2776}'..='\u{277F}' | '¹' | '²' | '³' | '\u{2070}'..='\u{2079}'
    );
    let name = t[..t.len() - mark.len_utf8()].trim_end();
    if is_mark && name.chars().next_back().is_some_and(is_cjk) {
        return Some((name, &t[t.len() - mark.len_utf8()..]));
    }
    // (`[1]`, `［2］`: one or two digits in square brackets.)
    if let Some(open) = t.strip_suffix([']', '］']).and_then(|r| r.rfind(['[', '［'])) {
        let inner = &t[open..].trim_start_matches(['[', '［']).trim_end_matches([']', '］']);
        let name = t[..open].trim_end();
        if (1..=2).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit()) && name.chars().next_back().is_some_and(is_cjk) {
            return Some((name, &t[open..]));
        }
    }
    let lead = t.chars().next()?;
    let is_lead = matches!(lead, '*' | '＊' | '※' | '★' | '☆' | '●' | '○' | '▲' | '△' | '◆' | '◇' | '■' | '□');
    let name = t[lead.len_utf8()..].trim_start();
    (is_lead && name.chars().next().is_some_and(is_cjk)).then(|| (name, &t[..lead.len_utf8()]))
}

/// A list number opening a name, `(number, rest)`: `1.`, `2、`, `(3)` (1 to 3 digits), or
/// `(一)`, `二、` (1 to 3 Chinese numerals), right before a CJK character. `value` is
/// cleaned text: brackets and dots are ASCII.
pub fn split_item_number(value: &str) -> Option<(&str, &str)> {
    const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    // Byte length of the number that opens `s`: ASCII digits, or else Chinese numerals.
    let digits = |s: &str| match s.bytes().take_while(u8::is_ascii_digit).count() {
        0 => s.chars().take_while(|c| NUMERALS.contains(c)).take(4).map(char::len_utf8).sum(),
        n => n,
    };
    let count = |s: &str| s.chars().count();
    let end = if let Some(inner) = value.strip_prefix('(') {
        let n = digits(inner);
        ((1..=3).contains(&count(&inner[..n])) && inner[n..].starts_with(')')).then_some(n + 2)?
    } else {
        let n = digits(value);
        // A Chinese numeral takes `、` only: `一.` is no list number people print.
        let ascii = value.starts_with(|c: char| c.is_ascii_digit());
        let sep = value[n..].chars().next().filter(|c| *c == '、' || (ascii && *c == '.'))?;
        (1..=3).contains(&count(&value[..n])).then_some(n + sep.len_utf8())?
    };
    let rest = &value[end..];
    rest.chars().next().is_some_and(is_cjk).then(|| (&value[..end], rest))
}

/// Numbered address labels (`地址一：…；地址二：…`, `地点1:`) taken out of a cell that
/// lists two or more addresses, `(text without them, the labels)`; `None` for fewer than
/// two. The separators between the addresses stay.
pub fn strip_numbered_address_labels(raw: &str) -> Option<(String, Vec<String>)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re =
        R.get_or_init(|| Regex::new(r"(?:地址|地点|住址)\s*(?:[一二三四五六七八九十]|[0-9]{1,2}|[①-⑩])\s*[:：]\s*").expect("static regex"));
    if !raw.contains("地") && !raw.contains("住址") {
        return None;
    }
    let labels: Vec<String> = re.find_iter(raw).map(|m| m.as_str().trim_end().to_string()).collect();
    (labels.len() >= 2).then(|| (re.replace_all(raw, "").into_owned(), labels))
}

/// Labels that only name an institution field.
const NAME_LABELS: &[&str] = &["名称", "单位名称", "机构名称", "受理机构", "单位", "机构"];

/// A leading label that only names the field, `(label, rest)`: `地址:保定市…` (any label
/// of up to six CJK characters ending in 地址/地点/住址 for an address, a `NAME_LABELS`
/// word for a name). Labels that say more (`1号受理点:`, `企业单位:`) stay. `value` is
/// cleaned text ([`clean_field`]): its colons are ASCII.
pub fn split_field_label(value: &str, address: bool) -> Option<(&str, &str)> {
    let (label, rest) = value.split_once(':')?;
    let label = label.trim();
    let rest = rest.trim_start();
    if rest.is_empty() || label.chars().count() > 6 || !label.chars().all(is_cjk) {
        return None;
    }
    let names_field =
        if address { ["地址", "地点", "住址"].iter().any(|e| label.ends_with(e)) } else { NAME_LABELS.contains(&label) };
    names_field.then_some((label, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_character_apart_is_as_long_and_one_other() {
        assert!(one_character_apart("淅江", "浙江"));
        assert!(!one_character_apart("浙江", "浙江"));
        assert!(!one_character_apart("江酉省", "江西"));
        assert!(!one_character_apart("上成区", "上海市"));
    }

    #[test]
    fn wrap_spaces_go_latin_spaces_stay() {
        assert_eq!(clean_field("丰台区西三环南路 1 号北京市政务服务中 心三层 C 岛"), "丰台区西三环南路1号北京市政务服务中心三层C岛");
        assert_eq!(clean_field("北京 CBD 国际人才 一站式服务中心"), "北京CBD国际人才一站式服务中心");
        assert_eq!(clean_field("Room 301 Tower B"), "Room 301 Tower B");
        // English words keep the space after their punctuation; numbers in a list do not.
        assert_eq!(clean_field("No. 16 Xizhimen South Street, Block B, Xicheng"), "No. 16 Xizhimen South Street, Block B, Xicheng");
        assert_eq!(clean_field("190, 191 窗口 (E141-E144, E155-E160)"), "190,191窗口(E141-E144,E155-E160)");
        assert_eq!(clean_field("「 外国专家局"), "外国专家局");
    }

    #[test]
    fn wrapped_pieces_of_english_words_are_spaced() {
        let joined = |a: &str, b: &str| {
            let mut t = a.to_string();
            push_wrapped(&mut t, b);
            t
        };
        assert_eq!(joined("Science and Technology Talent", "Development Center"), "Science and Technology Talent Development Center");
        assert_eq!(joined("1500 Minsheng Road, Pudong New Area,", "3rd Floor"), "1500 Minsheng Road, Pudong New Area, 3rd Floor");
        // Chinese, codes and numbers are joined as printed.
        assert_eq!(joined("北京市政务服务中", "心三层C岛"), "北京市政务服务中心三层C岛");
        assert_eq!(joined("行政中心B", "座"), "行政中心B座");
        assert_eq!(joined("科技局b", "313"), "科技局b313");
        assert_eq!(joined("E141-E144,", "E155"), "E141-E144,E155");
        assert_eq!(joined("", "Center"), "Center");
    }

    #[test]
    fn widths_dashes_brackets() {
        assert_eq!(clean_field("０２２–６５８１９４０８（两证联办）"), "022-65819408(两证联办)");
        assert_eq!(clean_field("【A】"), "(A)");
    }

    /// The slow path of [`canonical_plain`], for checking the fast ones.
    fn canonical_slow(s: &str) -> String {
        s.nfkc().map(canonical_char).collect()
    }

    #[test]
    fn the_fixed_point_table_only_passes_text_that_stays() {
        // Every BMP character the table passes stays itself alone and after a base letter
        // or ideograph it could compose with; and text of them is borrowed unchanged.
        let mut passed = 0;
        for c in (0..0x10000u32).filter_map(char::from_u32).filter(|&c| all_fixed(&c.to_string())) {
            passed += 1;
            for text in [c.to_string(), format!("e{c}"), format!("は{c}"), format!("{c}\u{0301}"), format!("中{c}、")] {
                if text.chars().all(|x| all_fixed(&x.to_string())) {
                    assert_eq!(canonical_slow(&text), text, "{:04X}", c as u32);
                    assert!(matches!(canonical_plain(&text), Cow::Borrowed(_)));
                }
            }
        }
        // The CJK block, its punctuation and full-width forms: fixed only where NFKC keeps them.
        assert!(passed > 40_000);
        assert!(all_fixed("北京市、上海市。·《》"));
        assert!(!all_fixed("（"));
        assert!(!all_fixed("\u{3000}"));
        assert!(!all_fixed("—"));
        assert_eq!(canonical_plain("电话（传真）—"), "电话(传真)-");
    }

    #[test]
    fn an_unclosed_br_is_text() {
        // Found by the phone_cell fuzz target: this recursed until the stack overflowed.
        assert_eq!(canonical_chars("5<br\u{17}\u{17}"), "5<br\u{17}\u{17}");
        assert_eq!(canonical_chars("a<BR>b<br/>c<br"), "a b c<br");
    }

    #[test]
    fn wrap_space_edges() {
        assert_eq!(collapse_wrap_spaces("  a  b  "), "a b");
        assert_eq!(collapse_wrap_spaces("1 2"), "12");
        assert_eq!(collapse_wrap_spaces("1 \u{3000} B"), "1 B");
        // Two clock times stay apart; a number OCR split does not.
        assert_eq!(collapse_wrap_spaces("周一至周五 9:00-12:00 13:30-17:00"), "周一至周五 9:00-12:00 13:30-17:00");
        assert_eq!(collapse_wrap_spaces("9:00-17:00 周六 10:00"), "9:00-17:00 周六 10:00");
        assert_eq!(collapse_wrap_spaces("路 9 号 1 楼"), "路9号1楼");
        assert_eq!(collapse_wrap_spaces("路 1 366 号"), "路1366号");
        assert_eq!(collapse_wrap_spaces("路 1 号"), "路1号");
        assert_eq!(collapse_wrap_spaces("A\n\tb 3"), "A b 3");
        // A lone letter glued to Chinese text or digits is a code cut off its number.
        assert_eq!(collapse_wrap_spaces("龙鼎大道1号D 529"), "龙鼎大道1号D529");
        assert_eq!(collapse_wrap_spaces("市科技局b 313窗口"), "市科技局b313窗口");
        assert_eq!(collapse_wrap_spaces("行政中心5B 711"), "行政中心5B711");
        assert_eq!(collapse_wrap_spaces("服务区(B区)B 103"), "服务区(B区)B103");
        assert_eq!(collapse_wrap_spaces("(E141-E144,E 155-E160窗口)"), "(E141-E144,E155-E160窗口)");
        assert_eq!(collapse_wrap_spaces("Room 301"), "Room 301");
        assert_eq!(collapse_wrap_spaces("B 301"), "B 301");
        assert_eq!(collapse_wrap_spaces(""), "");
    }

    #[test]
    fn html_line_breaks_in_cells() {
        assert_eq!(clean_field("海淀区人力资源<br>公共服务中心"), "海淀区人力资源公共服务中心");
        assert_eq!(clean_field("Room<BR/>301"), "Room 301");
    }

    #[test]
    fn wrap_spaces_by_parts_agree_with_char_by_char() {
        // The rule char by char, as first written: a whitespace run goes, or becomes one
        // space between two Latin letters/digits with a letter on one side.
        fn slow(s: &str) -> String {
            let latin = |x: char| x.is_ascii_alphanumeric();
            let mut out = String::new();
            let mut prev: Option<char> = None;
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                if c.is_whitespace() {
                    while chars.next_if(|n| n.is_whitespace()).is_some() {}
                    if let (Some(p), Some(&n)) = (prev, chars.peek()) {
                        let before_p = out.chars().rev().nth(1);
                        let code_cut = p.is_ascii_alphabetic()
                            && n.is_ascii_digit()
                            && before_p.is_some_and(|c| is_cjk(c) || c.is_ascii_digit() || is_code_mark(c));
                        let after_word =
                            matches!(p, ',' | '.' | ';' | ':') && latin(n) && before_p.is_some_and(|c| c.is_ascii_alphabetic());
                        let ahead: String = chars.clone().take_while(|c| c.is_ascii()).collect();
                        let mut behind: Vec<char> = out.chars().rev().take_while(|c| c.is_ascii()).collect();
                        behind.reverse();
                        let behind: String = behind.into_iter().collect();
                        let bilingual = (is_cjk(p) && n.is_ascii_alphanumeric() && english_phrase(&ahead))
                            || (p.is_ascii_alphabetic() && is_cjk(n) && english_phrase(&behind));
                        if (latin(p) && latin(n) && (p.is_ascii_alphabetic() || n.is_ascii_alphabetic()) || after_word || bilingual)
                            && !code_cut
                        {
                            out.push(' ');
                        }
                    }
                    continue;
                }
                out.push(c);
                prev = Some(c);
            }
            out
        }
        let pieces = ["", " ", "  ", "\u{3000}", "a", "B", "1", "9", "服", "-", "é", "\t\n", "服a", ",", ".", "ab", "ab c"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let t = format!("{a}{b}{c}{d}");
                        assert_eq!(collapse_wrap_spaces(&t), slow(&t), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn squash_remembers_exactly_what_it_computes() {
        let texts = ["服务中 心", "廣東省 廣州市", "ＡＢ（１）", "a<br>b", "无空格文本", "", " ", "區號 020"];
        let direct = |t: &str| crate::variants::read_as(without_whitespace(canonical_chars(t))).into_owned();
        // Twice each (computed, then remembered), and with the reading switched between
        // rounds: what is remembered for one reading is never served for the other.
        for simplified in [false, true, false, true] {
            crate::variants::reading_simplified(simplified, || {
                for _ in 0..2 {
                    for t in texts {
                        assert_eq!(squash(t), direct(t), "{t:?} simplified={simplified}");
                    }
                }
            });
        }
        // The memory stays bounded however many texts go through it.
        for i in 0..SQUASH_MEMO_ENTRIES + 10 {
            assert_eq!(squash(&format!("第 {i} 号")), format!("第{i}号"));
        }
        assert!(SQUASHED.with(|m| m.borrow().map.len()) <= SQUASH_MEMO_ENTRIES);
    }

    #[test]
    fn without_whitespace_drops_every_run() {
        // Every character, each between two letters: the general path must agree everywhere
        // (the texts before it take the path for ASCII spaces alone).
        let every_char: String = (0..=0x10FFFFu32).filter_map(char::from_u32).flat_map(|c| [c, 'a']).collect();
        for t in [
            "",
            " ",
            "a",
            "服务中 心",
            " 路 1 号 ",
            "a\u{3000}b\u{a0}c",
            "x\t\ny",
            "无空格文本",
            "末尾 ",
            "\u{1c}\u{1f}\u{85}",
            &every_char,
        ] {
            let want: String = t.split_whitespace().collect();
            assert!(without_whitespace(Cow::Borrowed(t)) == want, "{:?}", t.chars().take(40).collect::<String>());
        }
    }

    #[test]
    fn any_byte_finds_a_hit_anywhere_in_any_length() {
        let f = |b: u8| b == b'x';
        for len in 0..100 {
            assert!(!any_byte(&vec![b'a'; len], f), "{len}");
            for at in 0..len {
                let mut v = vec![b'a'; len];
                v[at] = b'x';
                assert!(any_byte(&v, f), "{len} {at}");
            }
        }
    }

    #[test]
    fn byte_checks_agree_with_char_checks() {
        for s in [
            "北京市 朝阳区",
            "a\u{3000}b",
            "x\u{a0}y",
            "\u{2003}",
            "\u{1680}",
            "\u{85}",
            "\u{1f}",
            "吉林",
            "（",
            "[a]",
            "\u{4dc0}",
            "\u{3400}",
            "ｱ",
            "ab",
        ] {
            assert!(may_hold_whitespace(s) || !s.contains(char::is_whitespace), "{s:?}");
            let by_chars = s.chars().all(|c| (c.is_ascii() && c != '[' && c != ']') || ('\u{4000}'..='\u{9FFF}').contains(&c));
            assert_eq!(is_plain(s), by_chars, "{s:?}");
            if is_plain(s) {
                assert_eq!(s.nfkc().collect::<String>(), s, "{s:?}");
            }
        }
        // Long texts (whole 32-byte blocks) agree too, wherever the odd character sits.
        let base = "北京市朝阳区建国路88号SOHO现代城A座";
        for odd in ["[", "（", "\u{3000}", " ", "ｱ", "é"] {
            for at in 0..base.chars().count() {
                let t: String = base.chars().take(at).chain(odd.chars()).chain(base.chars().skip(at)).collect();
                let t = t.repeat(3);
                let by_chars = t.chars().all(|c| (c.is_ascii() && c != '[' && c != ']') || ('\u{4000}'..='\u{9FFF}').contains(&c));
                assert_eq!(is_plain(&t), by_chars, "{t:?}");
                assert!(may_hold_whitespace(&t) || !t.contains(char::is_whitespace), "{t:?}");
            }
        }
        assert!(is_plain(&base.repeat(5)));
        // Every whitespace character of Unicode starts with a byte the scan looks for.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            assert!(may_hold_whitespace(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
        // Every character the byte check passes is its own NFKC.
        for c in (0x4000..=0x9FFFu32).filter_map(char::from_u32) {
            let t = c.to_string();
            assert!(is_plain(&t));
            assert_eq!(t.nfkc().collect::<String>(), t, "{c:?}");
        }
    }

    #[test]
    fn balance() {
        assert_eq!(bracket_balance("大连市科学技术局 (大连市外国专家 局"), 1);
        assert_eq!(bracket_balance("局)"), -1);
    }

    #[test]
    fn only_labels_naming_the_field_are_split_off() {
        assert_eq!(split_field_label("地址:保定市莲池区东风中路1号", true), Some(("地址", "保定市莲池区东风中路1号")));
        assert_eq!(split_field_label(&clean_field("办公地址： 保定市东风中路1号"), true), Some(("办公地址", "保定市东风中路1号")));
        assert_eq!(split_field_label("单位名称:保定市科学技术局", false), Some(("单位名称", "保定市科学技术局")));
        // Labels that tell which window or unit stay.
        assert_eq!(split_field_label("1号受理点:青岛市崂山区同安路891号", true), None);
        assert_eq!(split_field_label("政府受理点:青岛市市南区香港中路11号", true), None);
        assert_eq!(split_field_label("地址:", true), None);
        assert_eq!(split_field_label("地址:保定市", false), None);
    }

    #[test]
    fn list_numbers_before_a_name_are_split_off() {
        assert_eq!(split_item_number("1.南京市科学技术局"), Some(("1.", "南京市科学技术局")));
        assert_eq!(split_item_number("12、苏州市科学技术局"), Some(("12、", "苏州市科学技术局")));
        assert_eq!(split_item_number(&clean_field("（3）无锡市科学技术局")), Some(("(3)", "无锡市科学技术局")));
        // Not a list number: a number that is part of the name, a decimal, a bracketed word.
        assert_eq!(split_item_number("12345政务服务热线"), None);
        assert_eq!(split_item_number("1.5号楼"), None);
        assert_eq!(split_item_number("(受理南海辖区内单位业务)"), None);
        assert_eq!(split_item_number("2.市人社局"), Some(("2.", "市人社局")));
        // Chinese numerals number items too; a place named with one (十堰市, 三亚市) stays.
        assert_eq!(split_item_number("(一)天津市科学技术局"), Some(("(一)", "天津市科学技术局")));
        assert_eq!(split_item_number("十二、滨海新区科技局"), Some(("十二、", "滨海新区科技局")));
        assert_eq!(split_item_number("十堰市科学技术局"), None);
        assert_eq!(split_item_number("三亚市科技工业信息化局"), None);
        assert_eq!(split_item_number("(一站式)服务中心"), None);
        assert_eq!(split_item_number("一.天津市"), None);
    }

    #[test]
    fn numbered_address_labels_leave_a_list_of_addresses() {
        let (text, labels) = strip_numbered_address_labels("地址一：拉萨市金珠西路 1 号；地址二：拉萨市柳梧新区 2 号").unwrap();
        assert_eq!(text, "拉萨市金珠西路 1 号；拉萨市柳梧新区 2 号");
        assert_eq!(labels, ["地址一：", "地址二："]);
        assert_eq!(strip_numbered_address_labels("地址1:一路1号 地址2:二路2号").map(|x| x.0).as_deref(), Some("一路1号 二路2号"));
        // One label is the field's own (removed elsewhere); a street named 地址路 has none.
        assert_eq!(strip_numbered_address_labels("地址一：拉萨市金珠西路 1 号"), None);
        assert_eq!(strip_numbered_address_labels("拉萨市地址路 1 号"), None);
    }

    #[test]
    fn footnote_marks_after_a_name_are_split_off() {
        assert_eq!(split_footnote_mark("南京市科学技术局* "), Some(("南京市科学技术局", "*")));
        assert_eq!(split_footnote_mark("苏州市科学技术局 ①"), Some(("苏州市科学技术局", "①")));
        assert_eq!(split_footnote_mark("苏州市科学技术局"), None);
        // After a digit or a Latin letter it may be part of the text.
        assert_eq!(split_footnote_mark("B座*"), Some(("B座", "*")));
        assert_eq!(split_footnote_mark("Room 3*"), None);
        assert_eq!(split_footnote_mark("*"), None);
        assert_eq!(split_footnote_mark("★杭州市科学技术局"), Some(("杭州市科学技术局", "★")));
        assert_eq!(split_footnote_mark("● 杭州市科学技术局"), Some(("杭州市科学技术局", "●")));
        assert_eq!(split_footnote_mark("★A座"), None);
        // A superscript digit, or a reference in square brackets, as OCR prints one.
        assert_eq!(split_footnote_mark("丰台区科委¹"), Some(("丰台区科委", "¹")));
        assert_eq!(split_footnote_mark("丰台区科委 [12]"), Some(("丰台区科委", "[12]")));
        assert_eq!(split_footnote_mark("丰台区科委［3］"), Some(("丰台区科委", "［3］")));
        assert_eq!(split_footnote_mark("Room 3[1]"), None);
        assert_eq!(split_footnote_mark("丰台区科委[A]"), None);
        assert_eq!(split_footnote_mark("丰台区科委[123]"), None);
    }

    #[test]
    fn radicals_a_pdf_layer_printed_for_ideographs_read_as_them() {
        assert_eq!(canonical_chars("\u{2ED3}沙市\u{2ED4}卫室"), "长沙市门卫室");
        assert_eq!(squash("\u{2EC4} 藏"), "西藏");
        // A Kangxi radical, by NFKC.
        assert_eq!(canonical_chars("\u{2F9C}"), "足");
        // A component alone stays itself.
        assert_eq!(canonical_chars("\u{2ED6}"), "\u{2ED6}");
    }

    #[test]
    fn invisible_characters_are_no_text() {
        assert_eq!(canonical_chars("浙\u{200B}江"), "浙江");
        assert_eq!(canonical_chars("0574\u{AD}-89186365"), "0574-89186365");
        assert_eq!(clean_field("温州市科学技术局\u{FEFF}"), "温州市科学技术局");
        assert_eq!(squash("宁波市\u{2060}科学 技术局"), "宁波市科学技术局");
    }

    #[test]
    fn page_marks_are_the_page_s_furniture() {
        for t in ["- 3 -", "— 4 —", "第 3 页", "第3页 共12页", "共 12 页", "3/12", "Page 3 of 12", "page 3"] {
            assert!(is_page_mark(t), "{t}");
        }
        for t in ["3", "12/3", "0/12", "第三页", "3 号", "87051076/77", "-", "第3号窗口", "页面", "0571-87051076"] {
            assert!(!is_page_mark(t), "{t}");
        }
    }

    #[test]
    fn placeholders_and_dittos() {
        for t in ["无", " 暂无 ", "/", "—", "——", "-", "N/A", "未提供"] {
            assert!(is_placeholder(t), "{t}");
        }
        for t in ["无锡市", "一", "一一", "1", "", "同上"] {
            assert!(!is_placeholder(t), "{t}");
        }
        assert!(is_ditto("同上") && is_ditto("同 上。") && !is_ditto("同上海") && !is_ditto("上"));
        assert!(is_ditto("〃") && is_ditto("同前") && !is_ditto("同前进路"));
    }
}
