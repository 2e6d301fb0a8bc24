//! Phone cells: split, expand, label, validate and explain every number.
//!
//! Length rules come from libphonenumber's metadata (`data/cn_local_number_lengths.csv`,
//! generated from the `phonenumber` crate); area codes and the prefectures they serve come
//! from the embedded table, which also keeps legacy codes valid in 2020-era documents.

use foldhash::HashMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use regex::Regex;

use crate::finding::FindingCode;
use crate::gazetteer::Gazetteer;
use crate::record::{Phone, PhoneKind};
use crate::text::{canonical_chars, collapse_wrap_spaces};

/// A problem found while reading a phone cell, before it is tied to a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneIssue {
    pub code: FindingCode,
    pub before: String,
    pub message: String,
}

/// Everything read from one phone cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneCell {
    pub phones: Vec<Phone>,
    /// Bracketed remarks (`工作日内回复`) and unreadable text, cleaned.
    pub notes: Vec<String>,
    /// `(两证联办)`: work and residence permits handled together.
    pub joint_permit: bool,
    pub issues: Vec<PhoneIssue>,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("static regex")
}

struct Patterns {
    foreign: Regex,
    bracket: Regex,
    excel: Regex,
    bracketed_area: Regex,
    trailing_area: Regex,
    spaced_digits: Regex,
    intl: Regex,
    double_dash: Regex,
    postcode: Regex,
    spaced_area: Regex,
    spaced_local: Regex,
    spaced_mobile: Regex,
    spaced_service: Regex,
    dashed_local: Regex,
    misread_dash: Regex,
    spaced_shorthand: Regex,
    hours: Regex,
    web: Regex,
    messenger: Regex,
    token: Regex,
    ext_mark: Regex,
    range: Regex,
    tail: Regex,
    split_local: Regex,
    split_area: Regex,
    split_mobile: Regex,
    run_together: Regex,
    /// A whole landline, then the next number's area code and dash, or a mobile.
    run_on_landline: Regex,
    /// A mobile, then a landline's area code and dash, or another mobile.
    run_on_mobile: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // A Hong Kong, Macau or Taiwan number after its country code (`+852 2824 6111`,
        // `(853) 2856 2323`, `+886 (0)2 2311 3731`): read whole, before the mainland forms.
        foreign: re(
            r"(^|[^0-9+])(?:(?:\+\s*|00)(852|853|886)|\(\s*\+?\s*(852|853|886)\s*\))[\s-]*(?:\(\s*0\s*\)[\s-]*)?([0-9](?:[\s-]?[0-9]){6,9})(?-u:\b)",
        ),
        bracket: re(r"\(([^()]*)\)?"),
        excel: re(r"[0-9]\s*\.\s*[0-9]+\s*[Ee]\s*\+\s*[0-9]+"),
        bracketed_area: re(r"\(\s*(0[0-9]{2,3})\s*\)[\s-]*([0-9])"),
        trailing_area: re(r"(^|[^0-9])([1-9][0-9]{6,7})\s*\(\s*(0[0-9]{2,3})\s*\)"),
        // A local number letter-spaced after its area code (spaced or not), or a mobile.
        spaced_digits: re(r"(^|[^0-9])((?:[0-9](?: [0-9]){2,3}|0[0-9]{2,3})(?: ?- ?| )[0-9](?: [0-9]){6,7}|1(?: [0-9]){10})($|[^0-9])"),
        // `+86 571 87051076`, `0086-571-…`, `86-571-…` (the bare prefix only before a
        // separator), the area code's `0` printed or not.
        postcode: re(r"(?:邮编|邮政编码)\s*:?\s*([0-9]{6})"),
        double_dash: re(r"([0-9])\s*-{2,}\s*([0-9])"),
        // The area code may be bracketed (`+86(571)87051076`) or follow the trunk prefix
        // in brackets (`+86 (0)21 5860 3333`), and the local number printed in two groups
        // (`+86 574 8918 6365`, `+86-10-6401-2345`).
        intl: re(
            r"(^|[^0-9+])(?:(?:\+\s*|00)86[\s-]*|\(\s*\+?\s*86\s*\)[\s-]*|86[\s-]+)(?:\(\s*0\s*\)[\s-]*)?(?:0?(10|2[0-9]|[3-9][0-9]{2})[\s-]+|\(\s*0?(10|2[0-9]|[3-9][0-9]{2})\s*\)[\s-]*)([0-9]{3,4})[\s-]?([0-9]{4})($|[^0-9])",
        ),
        // (A local number, or a city's service number: `020 12345`.)
        spaced_area: re(r"(^|[^0-9-])(0[0-9]{2,3})(?:\s+-?\s*|-\s+)([1-9][0-9]{6,7}|[19][0-9]{4,5})($|[^0-9])"),
        // (The number may carry its extension: `010 5759 6100-3`.)
        spaced_local: re(r"(^|[^0-9-])(0[0-9]{2,3})(\s*-\s*|\s+)([1-9][0-9]{2,3})\s+([0-9]{4})($|[^0-9-]|-[0-9]{1,5}(?:$|[^0-9-]))"),
        hours: re(
            r"(?:(?:办公|办理|受理|工作|服务|咨询|接待)时间\s*:\s*)?(?:(?:(?:周[一二三四五六日天]\s*(?:至|到|-|~)\s*周[一二三四五六日天]|工作日|每天|上午|下午)\s*)*(?:[0-9]{1,2}\s*:\s*[0-9]{2}\s*(?:-|~|至|到)\s*[0-9]{1,2}\s*:\s*[0-9]{2})|周[一二三四五六日天]\s*(?:至|到|-|~)\s*周[一二三四五六日天])",
        ),
        spaced_shorthand: re(r"([/、,;]\s*)([1-9][0-9]{2,3})\s+([0-9]{4})($|[^0-9-])"),
        dashed_local: re(r"(^|[^0-9-])(0[0-9]{2,3})-([1-9][0-9]{2,3})-([0-9]{4})($|[^0-9-]|-[0-9]{1,5}(?:$|[^0-9-]))"),
        // (A `)` only in a cell with no `(`: `0571)87051076`, its opening bracket lost.)
        misread_dash: re(r"(^|[^0-9(])(0[0-9]{2,3})\s*[~._一=ーｰ:)]\s*([1-9][0-9]{6,7})($|[^0-9])"),
        range: re(r"(^|[^0-9])((?:0[0-9]{2,3}-)?)([1-9][0-9]{6,7})\s*(?:~|至|到)\s*([0-9]{1,4}|[1-9][0-9]{6,7})($|[^0-9])"),
        tail: re(r"(^|[^0-9])((?:0[0-9]{2,3}-)?)([1-9][0-9]{6,7})((?:\s*[/、]\s*[0-9]{1,4})+)($|[\s;,)(])"),
        // (The rest may carry an extension, `0710-3511 681-8697`, when it opens with no 0: an
        // area code's, the next number's.)
        split_local: re(r"(^|[^0-9-])(0[0-9]{2,3}-)([1-9][0-9]{0,6}) ([0-9]{1,7}|[1-9][0-9]{0,6}-[0-9]{1,5})($|[^0-9-])"),
        split_area: re(r"(^|[^0-9-])(0[0-9]{1,2}) ([0-9]{1,2})(-[1-9][0-9]{6,7})($|[^0-9-])"),
        split_mobile: re(r"(^|[^0-9])(1[3-9][0-9]{0,9}(?: [0-9]{1,9}){1,3})($|[^0-9])"),
        run_together: re(r"(^|[^0-9])(0[0-9]{2,3})-([1-9][0-9]{6,7})(0[0-9]{2,3})-([1-9][0-9]{6,7})($|[^0-9])"),
        run_on_landline: re(
            r"(?P<pre>^|[^0-9])(?P<area>0[0-9]{2,3})-(?P<local>[1-9][0-9]{6,7})(?P<next>0[0-9]{2,3}-|1[3-9][0-9]{9}(?:$|[^0-9]))",
        ),
        run_on_mobile: re(r"(?P<pre>^|[^0-9])1[3-9][0-9]{9}(?P<next>0[0-9]{2,3}-|1[3-9][0-9]{9}(?:$|[^0-9]))"),
        spaced_mobile: re(r"(^|[^0-9])(1[3-9][0-9])[\s-]+([0-9]{4})[\s-]+([0-9]{4})($|[^0-9])"),
        spaced_service: re(r"(^|[^0-9-])([48]00[0-9]?)[\s-]+([0-9]{3,4})[\s-]+([0-9]{3,4})($|[^0-9])"),
        messenger: re(r"(?i)(?P<label>QQ群?|微信号?|微信群|wechat|weixin)\s*(?:号码|号)?\s*:?\s*(?P<v>[a-z0-9][a-z0-9_-]{4,29})"),
        web: re(
            r"(?i)(?:(?P<label>网址|网站|邮箱|电子邮箱|电子邮件|e-?mail|web(?:site)?)\s*:?\s*)?(?P<v>[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|(?:https?://|www\.)[a-z0-9./?=&_%#:~-]+)",
        ),
        token: re(r"\+?[0-9]+(?:\s*-\s*[0-9]+)*|(?:转|分机|ext\.?)\s*[0-9]+|:"),
        // (Not before `.`: `X 8. 72E+10` is a mark and a number a spreadsheet mangled.)
        ext_mark: re(r"([0-9])\s*(?:[xX]|(?i:ext)\.?|分机号)\s*:?\s*([0-9]{1,6})($|[^0-9.-])"),
    })
}

/// A spaced-number match joined by `join` when its area code (capture `group`) is a known
/// one, else left as printed.
fn if_known_area(g: &Gazetteer, c: &regex::Captures, group: usize, join: impl FnOnce() -> String) -> String {
    if g.area(&c[group]).is_empty() {
        c[0].to_string()
    } else {
        join()
    }
}

/// Replaces in place, without copying a text no match touched (most cells). Returns
/// whether anything matched (even when replaced by itself).
fn replace_in<R: regex::Replacer>(text: &mut String, re: &Regex, rep: R) -> bool {
    match re.replace_all(text, rep) {
        std::borrow::Cow::Owned(t) => {
            *text = t;
            true
        }
        std::borrow::Cow::Borrowed(_) => false,
    }
}

/// Whether a local number printed in groups (`local_len` digits after `area`) is joined,
/// given what follows it, `after`: always before anything but an extension (`-3`); before
/// one, only when the joined number has its area's length (`010-5759-6100-3`).
fn groups_may_join(area: &str, local_len: usize, after: &str) -> bool {
    !after.starts_with('-') || local_lengths(area).contains(&local_len)
}

/// True for a run of 22 digits and dashes or more with no space: two numbers or more printed
/// with nothing between them (the shortest pair, `010-1234567` twice or two mobiles, is 22).
fn has_long_number_run(text: &str) -> bool {
    let mut run = 0;
    for b in text.bytes() {
        run = if b.is_ascii_digit() || b == b'-' { run + 1 } else { 0 };
        if run >= 22 {
            return true;
        }
    }
    false
}

/// Puts a space between numbers run together, a cell's line breaks lost in extraction
/// (`0571-870603440571-870609940571-87917821`, `0577-8909058013905771234`,
/// `1390577123413905771235`): after a whole landline (a known area code, a local number of
/// its length) where a known area code and its dash or a mobile follows, and after a mobile
/// where a landline's area code or another mobile follows. Each boundary is one pass; a
/// cell's chain takes a few.
fn split_run_on_numbers(text: &mut String, p: &Patterns) {
    let split = |c: &regex::Captures| {
        let (pre, next) = (&c["pre"], &c["next"]);
        let next_known = next.starts_with('1') || !local_lengths(next.trim_end_matches('-')).is_empty();
        let first_whole = match (c.name("area"), c.name("local")) {
            (Some(area), Some(local)) => local_lengths(area.as_str()).contains(&local.as_str().len()),
            _ => true,
        };
        if first_whole && next_known {
            let first = &c[0][pre.len()..c[0].len() - next.len()];
            format!("{pre}{first} {next}")
        } else {
            c[0].to_string()
        }
    };
    for _ in 0..MAX_RUN_ON_PASSES {
        let landline = replace_in(text, &p.run_on_landline, split);
        let mobile = replace_in(text, &p.run_on_mobile, split);
        if !landline && !mobile {
            break;
        }
    }
}

/// How many numbers run together one cell is split into at most, a bound on the passes.
const MAX_RUN_ON_PASSES: usize = 16;

/// [`replace_in`] twice: a match takes the character after it, so a number printed right
/// after another (`027 8713 1877 027 8713 1810`) is only matched on the second pass.
fn replace_in_adjacent<R: regex::Replacer>(text: &mut String, re: &Regex, mut rep: R) {
    // A second match can only have been missed beside a first one.
    if replace_in(text, re, rep.by_ref()) {
        replace_in(text, re, rep.by_ref());
    }
}

/// Phone cells a [`PhoneCache`] keeps (per kind) before it starts over: a few directories'
/// worth, ~2 MB.
pub const PHONE_CACHE_CELLS: usize = 4096;

/// Phone cells of one document, each parsed once: row assembly reads a record's phones to
/// match repeats, and finishing the record reads them again.
#[derive(Debug, Default)]
pub struct PhoneCache {
    /// Indexed by `from_number`.
    parsed: [RefCell<HashMap<String, Rc<PhoneCell>>>; 2],
}

impl PhoneCache {
    /// [`parse_phone_cell`], remembered.
    pub fn parse(&self, raw: &str, from_number: bool) -> Rc<PhoneCell> {
        let map = &self.parsed[usize::from(from_number)];
        if let Some(c) = map.borrow().get(raw) {
            return Rc::clone(c);
        }
        let c = Rc::new(parse_phone_cell(raw, from_number));
        let mut map = map.borrow_mut();
        // Bounded: a huge document (a whole directory concatenated) would otherwise keep
        // every parsed cell; it re-parses instead.
        if map.len() >= PHONE_CACHE_CELLS {
            map.clear();
        }
        map.insert(raw.to_string(), Rc::clone(&c));
        c
    }
}

/// Parses a phone cell. `from_number` is set when the text is a spreadsheet number.
pub fn parse_phone_cell(raw: &str, from_number: bool) -> PhoneCell {
    let canon = canonical_chars(raw);
    if is_plain_landline(&canon) {
        // The commonest cell by far (`0571-87051076`): no pattern below can match it, and
        // the cell is one token, an area code and a local number.
        let mut out = PhoneCell::default();
        let (area, local) = canon.split_once('-').expect("a plain landline has its dash");
        push_with_area(area, local, None, None, Vec::new(), &mut out, Gazetteer::get());
        return out;
    }
    parse_phone_text(&canon, from_number)
}

/// The text with numbers whose every digit is printed apart (`0 1 0 - 8 9 1 5 0 8 4 1`, a
/// number typeset letter-spaced) closed up; `None` when it holds none.
fn collapse_spaced_digits(text: &str) -> Option<String> {
    if !text.contains(' ') {
        return None;
    }
    match patterns()
        .spaced_digits
        .replace_all(text, |c: &regex::Captures| format!("{}{}{}", &c[1], c[2].chars().filter(|ch| *ch != ' ').collect::<String>(), &c[3]))
    {
        std::borrow::Cow::Owned(t) => Some(t),
        std::borrow::Cow::Borrowed(_) => None,
    }
}

/// The text with each letter OCR reads for a digit (`O`, `o`, `〇` for 0; `l`, `I` for 1)
/// read as that digit where it sits inside a number: digits (or a dash) on both sides, one
/// of them a digit; or opening a run of three or more digits (`O571`); or closing one
/// (`8705107O`). `None` when there is none.
fn letters_as_digits(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit_of = |c: char| match c {
        'O' | 'o' | '〇' => Some('0'),
        'l' | 'I' => Some('1'),
        _ => None,
    };
    let is_d = |i: Option<&char>| i.is_some_and(|c| c.is_ascii_digit());
    let is_dash = |i: Option<&char>| i == Some(&'-');
    let is_edge = |i: Option<&char>| i.is_none_or(|c| !c.is_alphanumeric());
    let run = |from: usize, step: isize| {
        let mut n = 0;
        let mut k = from as isize;
        while k >= 0 && (k as usize) < chars.len() && chars[k as usize].is_ascii_digit() {
            n += 1;
            k += step;
        }
        n
    };
    let mut out = chars.clone();
    let mut changed = false;
    for (i, &c) in chars.iter().enumerate() {
        let Some(d) = digit_of(c) else { continue };
        let (prev, next) = (i.checked_sub(1).and_then(|k| chars.get(k)), chars.get(i + 1));
        let inside = (is_d(prev) || is_dash(prev)) && (is_d(next) || is_dash(next)) && (is_d(prev) || is_d(next));
        // `O571…`, or an area code before its dash (`O10-89150841`).
        let after = run(i + 1, 1);
        let opens = is_edge(prev) && is_d(next) && (after >= 3 || (after == 2 && chars.get(i + 1 + after) == Some(&'-')));
        let closes = is_d(prev) && is_edge(next) && i >= 1 && run(i - 1, -1) >= 3;
        if inside || opens || closes {
            out[i] = d;
            changed = true;
        }
    }
    changed.then(|| out.into_iter().collect())
}

/// `0` + 2–3 digits (not `00`, an international prefix), `-`, 7–8 digits, nothing else:
/// a landline printed the standard way, which no special reading applies to.
pub fn is_plain_landline(t: &str) -> bool {
    let b = t.as_bytes();
    let Some(dash) = b.iter().position(|&c| c == b'-') else { return false };
    let (area, local) = (&b[..dash], &b[dash + 1..]);
    (3..=4).contains(&area.len())
        && area[0] == b'0'
        && area[1] != b'0'
        && (7..=8).contains(&local.len())
        && area.iter().chain(local).all(u8::is_ascii_digit)
}

/// [`parse_phone_cell`] on canonical text.
fn parse_phone_text(canon: &str, from_number: bool) -> PhoneCell {
    let p = patterns();
    let g = Gazetteer::get();
    let mut out = PhoneCell::default();
    let mut text = canon.replace(['；'], ";");
    let bracketed = rewrite_printed_forms(&mut text, &mut out);
    let fax_marks = take_remarks(&mut text, &mut out, bracketed);

    let mut label: Option<String> = None;
    // Set while the label has named no number yet: a label that never does is a note.
    let mut label_unused = false;
    let mut last_area: Option<String> = None;
    let mut last_end = 0usize;
    let mut pending_gap = String::new();
    // The three token kinds start differently (a digit or `+`; 转/分机/ext; `:`), so a plain
    // search tells them apart without the cost of capture groups.
    let tokens: Vec<regex::Match> = p.token.find_iter(&text).collect();
    // The number an extension was just attached to: `转801、802` lists a second extension.
    let mut ext_base: Option<usize> = None;
    // Each number token's end and the phones it gave, for the `(传真)` marks.
    let mut read: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for m in tokens {
        let (num, ext, colon) = match m.as_str().as_bytes().first() {
            Some(b':') => (None, None, true),
            Some(b) if b.is_ascii_digit() || *b == b'+' => (Some(m), None, false),
            _ => (None, Some(m), false),
        };
        let gap = text[last_end..m.start()].to_string();
        last_end = m.end();
        if let (Some(i), Some(n)) = (ext_base.take(), num) {
            let short = n.as_str().len() <= 5 && n.as_str().bytes().all(|b| b.is_ascii_digit());
            // `转8001-8003`, `转8001~03`: a range of extensions, listed one by one.
            let from = out.phones[i].extension.clone().unwrap_or_default();
            let range = (short && matches!(gap.trim(), "-" | "~" | "至" | "到")).then(|| expand_range(&from, n.as_str())).flatten();
            if let Some(list) = range {
                out.issues.push(PhoneIssue {
                    code: FindingCode::PhoneShorthandExpanded,
                    before: format!("{from}~{}", n.as_str()),
                    message: format!("the range of extensions {from}~{} lists {} extensions", n.as_str(), list.len()),
                });
                for e in list.into_iter().skip(1) {
                    let mut more = out.phones[i].clone();
                    more.extension = Some(e);
                    out.phones.push(more);
                }
                ext_base = Some(i);
                continue;
            }
            if short && gap.trim().chars().all(|ch| matches!(ch, '、' | ',' | '/' | ';' | '或' | '及' | '和')) {
                let mut more = out.phones[i].clone();
                more.extension = Some(n.as_str().to_string());
                out.phones.push(more);
                ext_base = Some(i);
                continue;
            }
        }
        if colon {
            let l = collapse_wrap_spaces(&format!("{pending_gap}{gap}"));
            let l = l.trim_matches(|ch: char| ch == ';' || ch == ',' || ch == '、' || ch == '/' || ch.is_whitespace());
            if label_unused {
                out.notes.extend(label.take());
            }
            label = if l.is_empty() { None } else { Some(l.to_string()) };
            label_unused = label.is_some();
            pending_gap.clear();
            continue;
        }
        // `传真 0573-82159822`, `咨询电话 0571-…`: a label word printed without its colon
        // still labels the number after it.
        match num.and_then(|_| trailing_label_word(&gap)) {
            Some((rest, word)) => {
                note_gap(rest, !read.is_empty(), &mut out);
                if label_unused {
                    out.notes.extend(label.take());
                }
                label = Some(word.to_string());
                label_unused = true;
            }
            // `联系人：张先生 0572-…`: the label names the person, not the number; the two are
            // one note.
            None if label_unused && label.as_deref().is_some_and(is_person_label) && is_person_name(&gap) => {
                let person = collapse_wrap_spaces(gap.trim());
                out.notes.push(format!("{}: {person}", label.take().unwrap_or_default()));
                label_unused = false;
            }
            None => note_gap(&gap, !read.is_empty(), &mut out),
        }
        pending_gap.clear();
        if let Some(e) = ext {
            let digits: String = e.as_str().chars().filter(|ch| ch.is_ascii_digit()).collect();
            if let Some(last) = out.phones.last_mut() {
                if last.extension.is_none() {
                    last.extension = Some(digits);
                    ext_base = Some(out.phones.len() - 1);
                    continue;
                }
            }
            out.notes.push(e.as_str().to_string());
            continue;
        }
        let Some(tok) = num.map(|n| n.as_str()) else { continue };
        let before = out.phones.len();
        read_number(tok, from_number, label.clone(), &mut last_area, &mut out, g);
        label_unused &= out.phones.len() == before;
        read.push((m.end(), before..out.phones.len()));
        // `0571-87051076-8001/8002`: an extension printed as a group also takes more.
        if out.phones.len() == before + 1 && out.phones[before].extension.is_some() {
            ext_base = Some(before);
        }
    }
    let tail = text[last_end..].to_string();
    note_gap(&tail, false, &mut out);
    if label_unused {
        out.notes.extend(label);
    }

    // `0351-7731379、7731380(传真)`: the number just before a fax remark is a fax. (Text
    // taken out after the marks were placed left spaces of its length: they still hold.)
    for mark in fax_marks {
        let before_mark = |end: usize| end <= mark && text.get(end..mark).is_some_and(|t| t.trim().is_empty());
        let Some((_, phones)) = read.iter().rev().find(|(end, _)| before_mark(*end)) else { continue };
        let Some(i) = out.notes.iter().position(|n| is_fax_label(n.trim())) else { continue };
        let marked = &mut out.phones[phones.clone()];
        if !marked.is_empty() && marked.iter().all(|ph| ph.kind == PhoneKind::Landline && ph.label.is_none()) {
            let label = out.notes.remove(i);
            for ph in marked {
                ph.kind = PhoneKind::Fax;
                ph.label = Some(label.clone());
            }
        }
    }
    // `(传真) 028-86917700`: a lone number marked as a fax by its remark.
    if let ([ph], Some(i)) = (out.phones.as_mut_slice(), out.notes.iter().position(|n| n == "传真")) {
        if ph.kind == PhoneKind::Landline && ph.label.is_none() {
            ph.kind = PhoneKind::Fax;
            ph.label = Some(out.notes.remove(i));
        }
    }

    // Duplicates within the cell.
    let mut seen = Vec::new();
    let mut kept: Vec<Phone> = Vec::new();
    for ph in out.phones.drain(..) {
        let key = ph.display();
        if let Some(i) = seen.iter().position(|k| *k == key) {
            keep_repeat_label(&kept[i], &ph, &mut out.notes);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneDuplicate,
                before: key.clone(),
                message: format!("{key} is listed twice; kept once"),
            });
            continue;
        }
        seen.push(key);
        kept.push(ph);
    }
    out.phones = kept;
    out
}

/// Rewrites the forms a phone cell prints its numbers in to the ones the reading knows: a
/// country code, a dash OCR read as another mark, letters read for digits, an area code in
/// brackets or after the number, an extension mark, a range and short tails listed whole.
/// True when the cell holds a bracket (its remarks are taken out next).
fn rewrite_printed_forms(text: &mut String, out: &mut PhoneCell) -> bool {
    let p = patterns();
    let g = Gazetteer::get();
    // Each pattern runs only when a character it must match is there (most cells are one
    // plain number).
    if text.contains("85") || text.contains("886") {
        replace_in(text, &p.foreign, |c: &regex::Captures| {
            let code = c.get(2).or(c.get(3)).map_or("", |m| m.as_str());
            match foreign_number(code, &c[4]) {
                Some(number) => format!("{}+{code}-{number}", &c[1]),
                None => c[0].to_string(),
            }
        });
    }
    if text.contains("86") {
        replace_in_adjacent(text, &p.intl, |c: &regex::Captures| {
            let area = c.get(2).or(c.get(3)).map_or("", |m| m.as_str());
            format!("{}0{area}-{}{}{}", &c[1], &c[4], &c[5], &c[6])
        });
    }
    // `0571~87051076`, `0571.87051076`, `0571一87051076`, `0571：87051076`: the dash OCR
    // read as another mark, between a known area code and a local number.
    if text.contains(['~', '.', '_', '一', '=', 'ー', 'ｰ', ':', ')']) {
        let opened = text.contains('(');
        replace_in(text, &p.misread_dash, |c: &regex::Captures| {
            if opened && c[0].contains(')') {
                return c[0].to_string();
            }
            if_known_area(g, c, 2, || format!("{}{}-{}{}", &c[1], &c[2], &c[3], &c[4]))
        });
    }
    // `O571-87O51076`, `8705l077`: a letter OCR read for a digit inside a number.
    if text.contains(['O', 'o', 'l', 'I', '〇']) {
        if let Some(fixed) = letters_as_digits(text) {
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneDigitRepaired,
                message: format!("letters OCR read for digits in '{}' read as the digits: '{fixed}'", text.trim()),
                before: text.trim().to_string(),
            });
            *text = fixed;
        }
    }
    // `0571——87051076`: a dash printed twice (or an em dash read as two) between digits.
    if text.contains("--") {
        replace_in(text, &p.double_dash, "$1-$2");
    }
    let bracketed = text.contains('(');
    // `(0571)87051076`: an area code in brackets is part of the number, not a remark.
    if bracketed {
        replace_in(text, &p.bracketed_area, "$1-$2");
        // `87051076（0571）`: the area code printed after the number it leads.
        replace_in(text, &p.trailing_area, |c: &regex::Captures| if_known_area(g, c, 3, || format!("{}{}-{}", &c[1], &c[3], &c[2])));
    }
    join_number_groups(text);
    // `0571-87051076 x8001`, `EXT 8001`, `分机号：8001`: an extension right after the number,
    // marked as the reading below knows extensions.
    if text.contains(['x', 'X', 'E', '号']) {
        replace_in(text, &p.ext_mark, "${1}转${2}${3}");
    }

    // `0571-87051076~78`, `0571-87051076 至 87051078`: consecutive numbers printed as a
    // range, listed one by one (as shorthand, which the reading below expands with the area
    // code).
    if text.contains('~') || text.contains('至') || text.contains('到') {
        replace_in(text, &p.range, |c: &regex::Captures| match expand_range(&c[3], &c[4]) {
            Some(list) => {
                out.issues.push(PhoneIssue {
                    code: FindingCode::PhoneShorthandExpanded,
                    before: format!("{}~{}", &c[3], &c[4]),
                    message: format!("the range {}~{} lists {} numbers", &c[3], &c[4], list.len()),
                });
                format!("{}{}{}{}", &c[1], &c[2], list.join("/"), &c[5])
            }
            None => c[0].to_string(),
        });
    }

    // `0573-85061697/98`: a short tail after a number replaces its last digits (the
    // number next to it), listed whole so the reading below expands it with the area code.
    if text.contains('/') || text.contains('、') {
        replace_in(text, &p.tail, |c: &regex::Captures| {
            let first = &c[3];
            let mut list = vec![first.to_string()];
            for t in c[4].split(['/', '、']).map(str::trim).filter(|t| !t.is_empty()) {
                list.push(format!("{}{t}", &first[..first.len() - t.len()]));
            }
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneShorthandExpanded,
                before: format!("{first}{}", c[4].split_whitespace().collect::<String>()),
                message: format!("the short tails after {first} replace its last digits: {}", list[1..].join(", ")),
            });
            format!("{}{}{}{}", &c[1], &c[2], list.join("/"), &c[5])
        });
    }
    bracketed
}

/// Takes out of a phone cell what is no number, as notes: bracketed remarks (`(两证联办)`
/// sets the joint permit), web addresses, office hours, a postcode, and numbers a
/// spreadsheet mangled (kept when every digit survived). Returns where `(传真)` remarks
/// stood, each marking the number printed before it.
fn take_remarks(text: &mut String, out: &mut PhoneCell, bracketed: bool) -> Vec<usize> {
    let p = patterns();
    // Bracketed remarks, possibly wrapped with spaces: `(工作日内 回复)`.
    let mut remarks = Vec::new();
    // Where a `(传真)` remark stood in the text after the brackets are gone: it marks the
    // number printed just before it (`0351-7731379、7731380(传真)`).
    let mut fax_marks: Vec<usize> = Vec::new();
    if bracketed {
        let mut shrink = 0usize;
        replace_in(text, &p.bracket, |c: &regex::Captures| {
            let inner = c.get(1).map(|m| m.as_str()).unwrap_or("");
            let whole = c.get(0).expect("the whole match");
            // A bracket holding a number of its own (`（传真：0315-2810124）`) or an extension
            // (`（转801）`) is read, not kept as a remark: its brackets become spaces, so the
            // text keeps its length.
            if holds_full_number(inner) || is_extension(inner) {
                let close = if whole.as_str().ends_with(')') { " " } else { "" };
                return format!(" {inner}{close}");
            }
            let r = collapse_wrap_spaces(inner);
            if is_fax_label(r.trim()) {
                fax_marks.push(whole.start() - shrink);
            }
            shrink += whole.len() - 1;
            remarks.push(r);
            " ".to_string()
        });
    }
    for r in remarks {
        if r.contains("两证联办") {
            out.joint_permit = true;
            // A longer remark (`工作许可和居留许可两证联办`) stays whole: its rest alone says nothing.
            if !r.replace("两证联办", "").trim().is_empty() {
                out.notes.push(r.trim().to_string());
            }
        } else if !r.is_empty() {
            out.notes.push(r);
        }
    }
    if text.contains("两证联办") {
        out.joint_permit = true;
        *text = text.replace("两证联办", &" ".repeat("两证联办".len()));
    }

    // A web address or e-mail printed in the phone column: a note with its label, not
    // number fragments (`www.12345.cn` holds digits).
    take_web_addresses(text, &mut out.notes);

    // Office hours printed beside the number (`周一至周五 8:30-12:00`): a note, not digits.
    if text.contains(':') || text.contains('周') {
        replace_in(text, &p.hours, |c: &regex::Captures| {
            out.notes.push(collapse_wrap_spaces(&c[0]));
            " ".repeat(c[0].len())
        });
    }

    // A postcode printed beside the number (`邮编310000`): a note, as in the address.
    if text.contains("邮") {
        replace_in(text, &p.postcode, |c: &regex::Captures| {
            out.notes.push(format!("邮编: {}", &c[1]));
            " ".repeat(c[0].len())
        });
    }

    // Spreadsheet damage: the digits are gone, unless the notation printed every one of them
    // (`5.7187051076E+10` is 57187051076 exactly).
    if text.contains('+') {
        replace_in(text, &p.excel, |c: &regex::Captures| {
            let s = c[0].to_string();
            if let Some(digits) = whole_scientific(&s) {
                out.issues.push(PhoneIssue {
                    code: FindingCode::PhoneFromNumberCell,
                    message: format!("'{s}' is a number in scientific notation that kept every digit: read as {digits}"),
                    before: s,
                });
                return format!("{digits:<width$}", width = c[0].len());
            }
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneExcelDamaged,
                message: format!("'{s}' is a number mangled into scientific notation; the phone's digits are lost"),
                before: s,
            });
            " ".repeat(c[0].len())
        });
    }
    fax_marks
}

/// Keeps the label a number printed again carries (`办事大厅：0532-85911234`) as a note
/// when the kept printing's label differs: the repeat is dropped, its label is no number.
pub fn keep_repeat_label(kept: &Phone, repeat: &Phone, notes: &mut Vec<String>) {
    if let Some(l) = repeat.label.as_ref().filter(|l| kept.label.as_ref() != Some(*l) && !notes.contains(l)) {
        notes.push(l.clone());
    }
}

/// True for a label (or a column header) naming a fax only: `传真`, `Fax`; not `电话/传真`
/// or `(含传真)`, `兼传真` (a phone that takes faxes too), whose numbers take calls.
pub fn is_fax_label(label: &str) -> bool {
    let l = label.to_ascii_lowercase();
    (l.contains("传真") || l.contains("fax"))
        && !(l.contains("电话") || l.contains("tel") || l.contains("phone") || l.contains(['含', '兼', '同']))
}

/// Takes web and e-mail addresses (`邮箱: a@b.cn`, `www.…`) and messenger accounts
/// (`QQ: 12345678`, `微信: abc123`: no phone numbers, though all digits) out of a field into
/// notes, each with its label, leaving spaces of their length (positions found before still
/// hold).
pub(crate) fn take_web_addresses(text: &mut String, notes: &mut Vec<String>) {
    if text.contains(['Q', 'q', '微', 'w', 'W']) {
        replace_in(text, &patterns().messenger, |c: &regex::Captures| {
            notes.push(format!("{}: {}", &c["label"], &c["v"]));
            " ".repeat(c[0].len())
        });
    }
    if !(text.contains('@') || text.contains("www") || text.contains("http")) {
        return;
    }
    replace_in(text, &patterns().web, |c: &regex::Captures| {
        let v = c["v"].trim_end_matches('.');
        notes.push(match c.name("label") {
            Some(l) => format!("{}: {v}", l.as_str()),
            None => v.to_string(),
        });
        " ".repeat(c[0].len())
    });
}

/// The pattern of office hours with their label (`工作时间: 周一至周五 9:00-17:00`).
pub(crate) fn hours_re() -> &'static Regex {
    &patterns().hours
}

/// Whether the text is office hours and nothing else with digits (`周一至周五 9:00-12:00`).
pub fn is_office_hours(text: &str) -> bool {
    let hours = &patterns().hours;
    hours.is_match(text) && !hours.replace_all(text, "").bytes().any(|b| b.is_ascii_digit())
}

/// The text with numbers printed in groups closed up (`0311 8599 1234`, `138 1234 5678`,
/// `0 1 0 - 8 9 1 5 …`, `0571-870 51076`): the phone reader and the cell classifier must
/// see the same numbers.
pub(crate) fn join_number_groups(text: &mut String) {
    let p = patterns();
    let g = Gazetteer::get();
    if let Some(joined) = collapse_spaced_digits(text) {
        *text = joined;
    }
    // Numbers printed in groups need a space between two groups, or (a mobile, a 400
    // number) two dashes: a plain `0571-87051076` skips every pattern below.
    let spaced = text.contains(char::is_whitespace);
    if spaced || text.bytes().filter(|&b| b == b'-').nth(1).is_some() {
        // `138 1234 5678`, `138-1234-5678`: a mobile printed in its 3-4-4 groups.
        replace_in_adjacent(text, &p.spaced_mobile, "$1$2$3$4$5");
        if text.contains("400") || text.contains("800") {
            // Ten digits in any grouping: `400 810 1234`, `4008-123-456`.
            replace_in_adjacent(text, &p.spaced_service, |c: &regex::Captures| {
                if c[2].len() + c[3].len() + c[4].len() == 10 {
                    format!("{}{}{}{}{}", &c[1], &c[2], &c[3], &c[4], &c[5])
                } else {
                    c[0].to_string()
                }
            });
        }
        // `0571-870510760571-87056704`: two numbers run together, OCR having lost the space
        // between them; both read whole (known area codes, local numbers of their lengths).
        replace_in_adjacent(text, &p.run_together, |c: &regex::Captures| {
            let whole = |area: &str, local: &str| local_lengths(area).contains(&local.len());
            if whole(&c[2], &c[3]) && whole(&c[4], &c[5]) {
                format!("{}{}-{} {}-{}{}", &c[1], &c[2], &c[3], &c[4], &c[5], &c[6])
            } else {
                c[0].to_string()
            }
        });
    }
    if has_long_number_run(text) {
        split_run_on_numbers(text, p);
    }
    if spaced || text.bytes().filter(|&b| b == b'-').nth(1).is_some() {
        // `010-8915-0841`: a local number printed in two groups after a known area code (a
        // 3-4 digit group is no local number, so this is no extension).
        replace_in_adjacent(text, &p.dashed_local, |c: &regex::Captures| {
            if !groups_may_join(&c[2], c[3].len() + c[4].len(), &c[5]) {
                return c[0].to_string();
            }
            if_known_area(g, c, 2, || format!("{}{}-{}{}{}", &c[1], &c[2], &c[3], &c[4], &c[5]))
        });
    }
    if spaced {
        // `022 - 2330 1234`: a known area code, then a local number printed in two groups.
        replace_in_adjacent(text, &p.spaced_local, |c: &regex::Captures| {
            if !groups_may_join(&c[2], c[4].len() + c[5].len(), &c[6]) {
                return c[0].to_string();
            }
            if_known_area(g, c, 2, || format!("{}{}-{}{}{}", &c[1], &c[2], &c[4], &c[5], &c[6]))
        });
        // `…/8233 3333`: the shorthand after it printed in two groups as well.
        replace_in(text, &p.spaced_shorthand, "$1$2$3$4");
    }
    if spaced {
        // OCR spaces inside a number, where neither part is a number by itself:
        // `0571-870 51076`, `0710-3511 681-8697` (a local number of 7 or 8 digits, its
        // extension kept; `0574-8718775 6` too, whose area
        // dials 8 digits, not 7), `057 1-87051076` (a known area code), `1380 571 2345` (11
        // digits of a mobile).
        replace_in_adjacent(text, &p.split_local, |c: &regex::Captures| {
            let rest = c[4].split('-').next().unwrap_or("");
            let (head, n) = (c[3].len(), c[3].len() + rest.len());
            let lens = local_lengths(c[2].trim_end_matches('-'));
            let fits = if lens.is_empty() { (7..=8).contains(&n) && head <= 6 } else { lens.contains(&n) && !lens.contains(&head) };
            if fits {
                format!("{}{}{}{}{}", &c[1], &c[2], &c[3], &c[4], &c[5])
            } else {
                c[0].to_string()
            }
        });
        replace_in_adjacent(text, &p.split_area, |c: &regex::Captures| {
            let area = format!("{}{}", &c[2], &c[3]);
            if area.len() <= 4 && g.area(&c[2]).is_empty() && !g.area(&area).is_empty() {
                format!("{}{area}{}{}", &c[1], &c[4], &c[5])
            } else {
                c[0].to_string()
            }
        });
        replace_in_adjacent(text, &p.split_mobile, |c: &regex::Captures| {
            let digits: String = c[2].chars().filter(|ch| ch.is_ascii_digit()).collect();
            if digits.len() == 11 {
                format!("{}{digits}{}", &c[1], &c[3])
            } else {
                c[0].to_string()
            }
        });
    }
    // `0311 86687001`, `0412 - 5539457`: a known area code, a space (or a dash with spaces),
    // then the local number (read before a number after a `/` is taken for a short tail),
    // or a city's service number (`020 12345`, as `020-12345` is printed).
    if text.contains(char::is_whitespace) {
        replace_in_adjacent(text, &p.spaced_area, |c: &regex::Captures| {
            if c[3].len() >= 7 || is_national_short(&c[3]) {
                if_known_area(g, c, 2, || format!("{}{}-{}{}", &c[1], &c[2], &c[3], &c[4]))
            } else {
                c[0].to_string()
            }
        });
    }
}

/// True when a text reads as phone numbers: one at least, and nothing the phone reader could
/// not read (bracketed notes and labels are allowed): numbers to take out of another field.
pub fn reads_as_numbers(text: &str) -> bool {
    let parsed = parse_phone_cell(text, false);
    !parsed.phones.is_empty() && parsed.issues.iter().all(|i| i.code != FindingCode::PhoneUnparsed)
}

/// The integer a spreadsheet's scientific notation prints whole (`5.7187051076E+10` →
/// `57187051076`): as many digits as the exponent asks for, none cut off. `None` when
/// digits were lost (`8.72E+10`).
fn whole_scientific(s: &str) -> Option<String> {
    let sq: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (mantissa, exp) = sq.split_once(['E', 'e'])?;
    let exp: usize = exp.trim_start_matches('+').parse().ok()?;
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (mantissa.find('.') == Some(1) && digits.len() == exp + 1).then_some(digits)
}

/// The label word (`传真`, `咨询电话`, `手机`, `Tel`) that ends the text before a number,
/// and the text before it; `None` when the text ends otherwise.
fn trailing_label_word(gap: &str) -> Option<(&str, &str)> {
    let t = gap.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '、'));
    let start = t.rfind(char::is_whitespace).map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let word = &t[start..];
    let lower = word.to_ascii_lowercase();
    let names_number = is_fax_label(word)
        || ["电话", "手机", "热线", "号码"].iter().any(|w| word.ends_with(w))
        || ["tel", "tel.", "phone", "mobile"].contains(&lower.as_str());
    (!word.is_empty() && word.chars().count() <= 6 && names_number).then(|| (&gap[..start], word))
}

/// True for a label naming a contact person (`联系人`, `负责人`, `Contact`), not a number.
fn is_person_label(label: &str) -> bool {
    let l = label.trim();
    ["联系人", "负责人", "联络人", "经办人", "咨询人"].contains(&l) || l.eq_ignore_ascii_case("contact")
}

/// True for a person's name as a contact list prints it (`张先生`, `李女士`, `王老师`, `刘洋`):
/// two to five characters, no digit.
fn is_person_name(text: &str) -> bool {
    let t = crate::text::squash(text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '、')));
    (2..=5).contains(&t.chars().count()) && t.chars().all(crate::text::is_cjk)
}

/// Whether text is one or more people named by surname (or full name) and title
/// (`张老师`, `王女士、李先生`, `欧阳主任`) and nothing else: a contact, not a number's text.
fn is_titled_person(text: &str) -> bool {
    const TITLES: [&str; 9] = ["老师", "女士", "先生", "同志", "主任", "科长", "处长", "经理", "小姐"];
    let people: Vec<&str> = text.split(['、', ',', '，', '/', ' ']).filter(|p| !p.is_empty()).collect();
    !people.is_empty()
        && people.iter().all(|p| {
            TITLES.iter().any(|t| {
                p.strip_suffix(t).is_some_and(|name| (1..=3).contains(&name.chars().count()) && name.chars().all(crate::text::is_cjk))
            })
        })
}

/// Whether text is an extension and nothing else (`转801`, `分机 8001`, `ext.12`).
fn is_extension(text: &str) -> bool {
    let t = text.trim();
    let rest = ["转", "分机", "ext.", "ext"].iter().find_map(|m| t.strip_prefix(m)).unwrap_or("");
    let rest = rest.trim();
    !rest.is_empty() && rest.len() <= 6 && rest.bytes().all(|b| b.is_ascii_digit())
}

/// Whether text holds a run of seven or more digits (dashes inside allowed): a whole
/// phone number, not an extension, a date or office hours.
fn holds_full_number(text: &str) -> bool {
    parser::has_digit_run(text, 7, &['-'])
}

/// Text around numbers: separators are fine, anything else is kept as a note so nothing
/// is lost. A connecting word (`或`, `及`, `和`) separates only `between` two numbers;
/// before the first or after the last it is text of its own.
fn note_gap(gap: &str, between: bool, out: &mut PhoneCell) {
    let g = collapse_wrap_spaces(gap);
    let g = g.trim_matches(|c: char| {
        matches!(c, ';' | ',' | '、' | '/' | '|' | '.' | '。' | '·' | '•' | '「' | '」' | '-' | '"' | '\'' | '=')
            || (between && matches!(c, '或' | '及' | '和'))
            || c.is_whitespace()
    });
    if is_hotline_label(g) {
        // A hotline's name (`12345政务热线`) says what the number is: a note, no doubt.
        out.notes.push(g.to_string());
    } else if is_titled_person(g) {
        // A contact person by surname and title (`张老师 0571-…`, `王女士、李先生`): whom
        // to ask, printed without its `联系人:` label; a note, no doubt.
        out.notes.push(format!("联系人: {g}"));
    } else if !g.is_empty() {
        out.notes.push(g.to_string());
        out.issues.push(PhoneIssue {
            code: FindingCode::PhoneUnparsed,
            before: g.to_string(),
            message: format!("'{g}' in the phone cell is not a number; kept in notes"),
        });
    }
}

/// The ten digits of a nationwide 400/800 number printed in `groups`, if they are one, and
/// the extension printed after them (`400-820-8820-1`, as written out), if any.
fn service_number(groups: &[String]) -> Option<(String, Option<String>)> {
    let ten = |gs: &[String]| {
        let d = gs.concat();
        (d.len() == 10 && (d.starts_with("400") || d.starts_with("800"))).then_some(d)
    };
    ten(groups).map(|d| (d, None)).or_else(|| match groups {
        [head @ .., ext] if (1..=5).contains(&ext.len()) => ten(head).map(|d| (d, Some(ext.clone()))),
        _ => None,
    })
}

/// A service number dialled without an area code: 95xxx(x) and 95xxxxxx (banks, insurers,
/// airlines, enterprises), 96xxx(x) (a city's public services), 100xx (carriers), 123xx
/// (government hotlines such as 12345). None is a local landline: those open with 2 to 8.
pub fn is_national_short(digits: &str) -> bool {
    digits.bytes().all(|b| b.is_ascii_digit())
        && ((digits.starts_with("95") && matches!(digits.len(), 5 | 6 | 8))
            || (digits.starts_with("96") && (5..=6).contains(&digits.len()))
            || (digits.len() == 5 && (digits.starts_with("100") || digits.starts_with("123"))))
}

/// The area code and local number of digits that lost their leading 0 (`57189151234` →
/// `0571`, `89151234`): a known area code followed by a local number of a length that area
/// uses, opening with 2 to 9. None for anything else (a mobile, a service number, a number
/// of a wrong length).
fn lost_leading_zero(g: &Gazetteer, digits: &str) -> Option<(String, String)> {
    if !(9..=11).contains(&digits.len()) || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let full = format!("0{digits}");
    let area = g.split_area_code(&full)?;
    let local = &full[area.len()..];
    (!local.starts_with(['0', '1']) && local_lengths(&area).contains(&local.len())).then(|| (area, local.to_string()))
}

/// Whether a whitespace-free cell is a national short number, with or without an extension
/// (`12345`, `12345转3`): a phone cell though it holds too few digits to look like one.
pub fn is_national_short_cell(sq: &str) -> bool {
    // (Cheap test first: this runs on every cell that holds no number.)
    if sq.len() < 5 || !sq.starts_with(['1', '9']) {
        return false;
    }
    let head = sq.find(['转', '分', 'e', '-']).map_or(sq, |i| &sq[..i]);
    let rest = &sq[head.len()..];
    let dashed_ext = |r: &str| r.strip_prefix('-').is_some_and(|d| (1..=5).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
    if is_national_short(head) && (rest.is_empty() || is_extension(rest) || dashed_ext(rest)) {
        return true;
    }
    // `12345政务热线`, `12345(市民热线)`: the number and the hotline's name after it.
    let digits = sq.find(|c: char| !c.is_ascii_digit()).map_or(sq, |i| &sq[..i]);
    is_national_short(digits) && is_hotline_label(&sq[digits.len()..])
}

/// True for a hotline's name printed beside its number (`政务热线`, `(市民服务热线)`).
fn is_hotline_label(text: &str) -> bool {
    let t = text.trim_matches(['(', ')', '（', '）', ':', '：']);
    t.ends_with("热线") && t.chars().count() <= 10 && !t.bytes().any(|b| b.is_ascii_digit())
}

/// The country code a region's records print their numbers under (Hong Kong, Macau,
/// Taiwan, by division code): their phone cells are read in that plan, not the mainland's.
pub fn region_country_code(division_code: u32) -> Option<&'static str> {
    REGIONS.iter().find(|(d, _)| *d == division_code).map(|(_, code)| *code)
}

/// Hong Kong, Macau and Taiwan: division code and country code.
pub const REGIONS: [(u32, &str); 3] = [(810000, "852"), (820000, "853"), (710000, "886")];

/// A Hong Kong, Macau or Taiwan record's phone cell with the country code written where
/// the print left out its `+` (`852-28246111`, read otherwise as `0852`, an old 遵义 area
/// code) or, in Hong Kong and Macau, whose numbers are eight digits with no area code, the
/// whole code (`2824 6111`, otherwise a local number missing its area code). Bare numbers
/// are left alone in a cell that also prints a mainland number (`0755-88981800/88981801`:
/// the second is that area's). `None` when nothing changes.
pub fn with_region_code(cell: &str, code: &str) -> Option<String> {
    let text = canonical_chars(cell);
    let b = text.as_bytes();
    // Runs of digits joined by single spaces or dashes: one printed number each.
    let mut runs: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (start, mut digits) = (i, String::new());
        loop {
            while i < b.len() && b[i].is_ascii_digit() {
                digits.push(char::from(b[i]));
                i += 1;
            }
            if i + 1 < b.len() && matches!(b[i], b' ' | b'-') && b[i + 1].is_ascii_digit() {
                i += 1;
            } else {
                break;
            }
        }
        runs.push((start, i, digits));
    }
    let mainland =
        runs.iter().any(|(_, _, d)| (d.len() >= 9 && d.starts_with('0') && !d.starts_with("00")) || (d.len() == 11 && d.starts_with('1')));
    let eight_digit_plan = code != "886";
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (start, end, digits) in &runs {
        let before = text[..*start].trim_end();
        // Already under a country code: `+852…`, `(852) …`, `00852…`, `(+852) 2824 6111`.
        let under_code = before.ends_with(['+', '(']) || before.trim_end_matches([')', ' ', '-']).ends_with(code);
        if under_code || digits.starts_with("00") {
            continue;
        }
        let number = match digits.strip_prefix(code) {
            Some(rest) if foreign_number(code, rest).is_some() => rest,
            _ if eight_digit_plan && !mainland && digits.len() == 8 && !digits.starts_with(['0', '1']) => digits.as_str(),
            _ => continue,
        };
        out.push_str(&text[copied..*start]);
        out.push('+');
        out.push_str(code);
        out.push(' ');
        out.push_str(number);
        copied = *end;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Country codes of Hong Kong, Macau and Taiwan: numbers with no mainland area code.
const FOREIGN_CODES: [&str; 3] = ["852", "853", "886"];

/// The digits of a number under a foreign country code, when as many as its plan has (Hong
/// Kong and Macau 8; Taiwan 8 or 9 after its trunk `0`).
fn foreign_number(code: &str, printed: &str) -> Option<String> {
    let digits: String = printed.chars().filter(char::is_ascii_digit).collect();
    let digits = if code == "886" { digits.trim_start_matches('0').to_string() } else { digits };
    let ok = match code {
        "852" | "853" => digits.len() == 8,
        _ => (8..=9).contains(&digits.len()),
    };
    ok.then_some(digits)
}

/// A token [`parse_phone_text`] wrote for a foreign number (`+852-28246111`): its country
/// code and digits.
fn foreign_token(tok: &str) -> Option<(&str, &str)> {
    let rest = tok.strip_prefix('+')?;
    let code = FOREIGN_CODES.into_iter().find(|c| rest.starts_with(c))?;
    let number = rest[code.len()..].strip_prefix('-')?;
    (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some((code, number))
}

/// A foreign number's kind by its first digit: mobiles of Hong Kong (5, 6, 7, 9), Macau (6)
/// and Taiwan (9, nine digits); fixed lines otherwise.
fn foreign_kind(code: &str, number: &str) -> PhoneKind {
    let first = number.as_bytes().first().copied().unwrap_or(b'0');
    let mobile = match code {
        "852" => matches!(first, b'5' | b'6' | b'7' | b'9'),
        "853" => first == b'6',
        _ => first == b'9' && number.len() == 9,
    };
    if mobile {
        PhoneKind::Mobile
    } else {
        PhoneKind::Landline
    }
}

fn read_number(
    tok: &str,
    from_number: bool,
    label: Option<String>,
    last_area: &mut Option<String>,
    out: &mut PhoneCell,
    g: &'static Gazetteer,
) {
    if let Some((code, number)) = foreign_token(tok) {
        let is_fax = label.as_deref().is_some_and(is_fax_label);
        let kind = if is_fax { PhoneKind::Fax } else { foreign_kind(code, number) };
        push_phone(
            out,
            Phone {
                number: format!("+{code}-{number}"),
                extension: None,
                e164: format!("+{code}{number}"),
                label,
                kind,
                area_code: None,
                area_prefectures: Vec::new(),
                flags: Vec::new(),
            },
        );
        return;
    }
    let intl = tok.starts_with('+');
    let groups: Vec<String> = tok
        .trim_start_matches('+')
        .split('-')
        .map(|s| s.chars().filter(|c| c.is_ascii_digit()).collect::<String>())
        .filter(|s| !s.is_empty())
        .collect();
    let mut groups = groups;
    if groups.is_empty() {
        return;
    }
    if intl || (groups.len() > 1 && groups[0] == "86") || (groups.len() == 1 && groups[0].starts_with("86") && groups[0].len() >= 12) {
        if groups[0] == "86" {
            groups.remove(0);
        } else if groups[0].starts_with("86") {
            groups[0] = groups[0][2..].to_string();
        }
        if groups.is_empty() {
            return;
        }
        if let Some(f) = groups.first_mut() {
            if !f.starts_with('0') && !f.starts_with('1') {
                f.insert(0, '0');
            }
        }
    }
    let mut flags = Vec::new();
    // The groups printed after the local number (an extension, more extensions, more numbers).
    let (area, local, after): (Option<String>, String, &[String]) = match groups.as_slice() {
        // A local part of one or two digits is a number cut short (`0311-8`), not one.
        [a, l, rest @ ..] if a.starts_with('0') && (3..=4).contains(&a.len()) && l.len() >= 3 => (Some(a.clone()), l.clone(), rest),
        // `571-87051076`: an area code that lost its leading 0, a known one once restored.
        // (Beijing's `10-66151155` too: no mobile number opens with 10, and two digits and
        // eight make no mobile number.)
        [a, l, rest @ ..]
            if !intl
                && (!a.starts_with(['0', '1']) || (a == "10" && l.len() == 8))
                && (2..=3).contains(&a.len())
                && (7..=8).contains(&l.len())
                && !g.area(&format!("0{a}")).is_empty() =>
        {
            let full = format!("0{a}");
            flags.push(FindingCode::PhoneDigitRepaired);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneDigitRepaired,
                before: tok.trim().to_string(),
                message: format!("'{}' read with the leading 0 of its area code restored: {full}-{l}", tok.trim()),
            });
            (Some(full), l.clone(), rest)
        }
        // (Mobile numbers open with 13 to 19: `12345678901` is none.)
        [one] if one.len() == 11 && one.starts_with('1') && one.as_bytes()[1] >= b'3' => {
            push_phone(out, Phone::without_area(one.clone(), one, label, PhoneKind::Mobile));
            return;
        }
        // Nationwide service numbers: 400-xxx-xxxx, 800-xxx-xxxx, maybe with an extension.
        _ if service_number(&groups).is_some() => {
            let (d, extension) = service_number(&groups).expect("the guard found one");
            let number = format!("{}-{}-{}", &d[..3], &d[3..6], &d[6..]);
            push_phone(out, Phone { extension, ..Phone::without_area(number, &d, label, PhoneKind::Service) });
            return;
        }
        // National short numbers: banks and carriers (95511, 10086), government hotlines (12345).
        [one, ext @ ..] if is_national_short(one) && ext.len() <= 1 && ext.iter().all(|e| e.len() <= 5) => {
            let extension = ext.first().cloned();
            push_phone(out, Phone { extension, ..Phone::without_area(one.clone(), one, label, PhoneKind::Service) });
            return;
        }
        // (`07103511681-8697`: its extension after it.)
        [one, ext @ ..]
            if one.starts_with('0')
                && one.len() >= 10
                && ext.len() == 1
                && ext[0].len() <= 5
                && g.split_area_code(one).is_some_and(|a| local_lengths(&a).contains(&(one.len() - a.len()))) =>
        {
            let a = g.split_area_code(one).expect("the guard found one");
            (Some(a.clone()), one[a.len()..].to_string(), ext)
        }
        [one] if one.starts_with('0') && one.len() >= 10 => match g.split_area_code(one) {
            Some(a) => (Some(a.clone()), one[a.len()..].to_string(), &[]),
            None => (None, one.clone(), &[]),
        },
        [one] if from_number && !one.starts_with('0') && g.split_area_code(&format!("0{one}")).is_some() && one.len() >= 9 => {
            let full = format!("0{one}");
            let a = g.split_area_code(&full).unwrap();
            flags.push(FindingCode::PhoneFromNumberCell);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneFromNumberCell,
                before: one.clone(),
                message: format!("numeric cell {one} read as {full} (leading 0 of the area code restored)"),
            });
            (Some(a.clone()), full[a.len()..].to_string(), &[])
        }
        // `57189151234` in a text cell: a spreadsheet column of numbers exported as text (a
        // CSV) lost the leading 0 the same way. Read so only when the digits make a known area
        // code and a local number of that area's length, and nothing else.
        [one] if !from_number && lost_leading_zero(g, one).is_some() => {
            let (a, local) = lost_leading_zero(g, one).expect("the guard found one");
            flags.push(FindingCode::PhoneDigitRepaired);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneDigitRepaired,
                before: one.clone(),
                message: format!("'{one}' read with the leading 0 of its area code restored: {a}-{local}"),
            });
            (Some(a), local, &[])
        }
        [one] if (7..=8).contains(&one.len()) && last_area.is_some() => {
            let a = last_area.clone().unwrap();
            flags.push(FindingCode::PhoneShorthandExpanded);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneShorthandExpanded,
                before: one.clone(),
                message: format!("shorthand {one} expanded with the shared area code to {a}-{one}"),
            });
            (Some(a), one.clone(), &[])
        }
        // A local number printed without its area code (`89090580`, with its extension
        // `53023249-8`): kept as printed, since which code was meant is the reader's
        // guess; no e164.
        [one, ext @ ..]
            if (7..=8).contains(&one.len()) && !one.starts_with(['0', '1']) && ext.len() <= 1 && ext.iter().all(|e| e.len() <= 5) =>
        {
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneNoAreaCode,
                before: one.clone(),
                message: format!("{one} is printed without an area code; kept as printed"),
            });
            push_phone(
                out,
                Phone {
                    number: one.clone(),
                    extension: ext.first().cloned(),
                    e164: String::new(),
                    label,
                    kind: PhoneKind::Landline,
                    area_code: None,
                    area_prefectures: Vec::new(),
                    flags: vec![FindingCode::PhoneNoAreaCode],
                },
            );
            return;
        }
        _ => {
            let s = groups.join("-");
            if !s.is_empty() {
                out.notes.push(tok.trim().to_string());
                out.issues.push(PhoneIssue {
                    code: FindingCode::PhoneUnparsed,
                    before: tok.trim().to_string(),
                    message: format!("'{}' is not a complete phone number; kept in notes", tok.trim()),
                });
            }
            return;
        }
    };
    let Some(area) = area else {
        out.notes.push(tok.trim().to_string());
        out.issues.push(PhoneIssue {
            code: FindingCode::PhoneUnknownAreaCode,
            before: tok.trim().to_string(),
            message: format!("'{}' does not start with a known area code; kept in notes", tok.trim()),
        });
        return;
    };
    *last_area = Some(area.clone());
    let mut flags = Some(flags);
    for (area, number, ext, expanded) in numbers_and_extensions(&area, local, after, g) {
        let mut flags = flags.take().unwrap_or_default();
        if expanded {
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneShorthandExpanded,
                before: number.clone(),
                message: format!("{number}, a whole local number after a dash, expanded with the shared area code to {area}-{number}"),
            });
            flags.push(FindingCode::PhoneShorthandExpanded);
        }
        push_with_area(&area, &number, ext, label.clone(), flags, out, g);
    }
}

/// The numbers a number printed with dash-separated groups after its local number names,
/// so no group printed is left out: a known area code and a local number after it are a
/// number of their own (`0571-87051076-0571-87051077`), a group as long as a local number
/// under the area code before it is one too (`0578-2091000-2091003`; marked true: expanded
/// with that code), and any other group the extension of the number before it, or that
/// number's at another extension when it has one already (`0571-87051076-8001-8002`).
fn numbers_and_extensions(area: &str, local: String, after: &[String], g: &Gazetteer) -> Vec<(String, String, Option<String>, bool)> {
    let is_local = |area: &str, n: &str| {
        let lens = local_lengths(area);
        !n.starts_with(['0', '1']) && if lens.is_empty() { (7..=8).contains(&n.len()) } else { lens.contains(&n.len()) }
    };
    let mut numbers: Vec<(String, String, Option<String>, bool)> = vec![(area.to_string(), local, None, false)];
    let mut i = 0;
    while let Some(n) = after.get(i) {
        i += 1;
        let last = numbers.len() - 1;
        let area = numbers[last].0.clone();
        match after.get(i) {
            Some(next) if n.starts_with('0') && (3..=4).contains(&n.len()) && !g.area(n).is_empty() && is_local(n, next) => {
                numbers.push((n.clone(), next.clone(), None, false));
                i += 1;
            }
            _ if is_local(&area, n) => numbers.push((area, n.clone(), None, true)),
            _ if numbers[last].2.is_none() => numbers[last].2 = Some(n.clone()),
            _ => numbers.push((area, numbers[last].1.clone(), Some(n.clone()), false)),
        }
    }
    numbers
}

/// The local numbers of a range `first~tail` (`87051076~78`: the tail replaces the last
/// digits), when it runs upwards over at most ten numbers; `None` for anything else.
fn expand_range(first: &str, tail: &str) -> Option<Vec<String>> {
    let cut = first.len().checked_sub(tail.len())?;
    let last = format!("{}{tail}", &first[..cut]);
    let (a, b): (u64, u64) = (first.parse().ok()?, last.parse().ok()?);
    (b > a && b - a <= 9).then(|| (a..=b).map(|n| format!("{n:0width$}", width = first.len())).collect())
}

/// A number with its area code: checked against the code's table, then kept.
fn push_with_area(
    area: &str,
    local: &str,
    ext: Option<String>,
    label: Option<String>,
    mut flags: Vec<FindingCode>,
    out: &mut PhoneCell,
    g: &'static Gazetteer,
) {
    let entries = g.area(area);
    if entries.is_empty() {
        flags.push(FindingCode::PhoneUnknownAreaCode);
        out.issues.push(PhoneIssue {
            code: FindingCode::PhoneUnknownAreaCode,
            before: format!("{area}-{local}"),
            message: format!("{area} is not a Chinese fixed-line area code"),
        });
    }
    // A short local number is a service line (`020-12345`, `0571-96345`: they open with 1
    // or 9); any other is a landline with digits lost, its length checked.
    let kind = if local.len() <= 6 && local.starts_with(['1', '9']) { PhoneKind::Service } else { PhoneKind::Landline };
    if kind == PhoneKind::Landline && !entries.is_empty() {
        let lens = local_lengths(area);
        if !lens.is_empty() && !lens.contains(&local.len()) {
            flags.push(FindingCode::PhoneInvalidLength);
            out.issues.push(PhoneIssue {
                code: FindingCode::PhoneInvalidLength,
                before: format!("{area}-{local}"),
                message: format!(
                    "local numbers under {area} have {} digits; {local} has {}",
                    lens.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" or "),
                    local.len()
                ),
            });
        }
    }
    // Lengths are checked as for any fixed line; the label says it takes no calls.
    let is_fax = label.as_deref().is_some_and(is_fax_label);
    let kind = if kind == PhoneKind::Landline && is_fax { PhoneKind::Fax } else { kind };
    let mut number = String::with_capacity(area.len() + 1 + local.len());
    number.push_str(area);
    number.push('-');
    number.push_str(local);
    let mut e164 = String::with_capacity(2 + area.len() + local.len());
    e164.push_str("+86");
    e164.push_str(&area[1..]);
    e164.push_str(local);
    let phone = Phone {
        number,
        extension: ext,
        e164,
        label,
        kind,
        area_code: Some(area.to_string()),
        area_prefectures: entries.iter().map(|e| e.prefecture.as_str()).collect(),
        flags,
    };
    push_phone(out, phone);
}

fn push_phone(out: &mut PhoneCell, p: Phone) {
    out.phones.push(p);
}

impl Phone {
    /// A number with no area code (mobiles, 400/800 numbers).
    fn without_area(number: String, digits: &str, label: Option<String>, kind: PhoneKind) -> Phone {
        Phone {
            number,
            extension: None,
            e164: format!("+86{digits}"),
            label,
            kind,
            area_code: None,
            area_prefectures: Vec::new(),
            flags: Vec::new(),
        }
    }
}

const LOCAL_LENGTHS_CSV: &str = include_str!("../data/cn_local_number_lengths.csv");

/// Valid local-number lengths for an area code (with its 0), from libphonenumber's
/// metadata (a table generated by `examples/gen_local_lengths.rs`, so no run pays the
/// library's start-up); empty when libphonenumber does not know the code (legacy codes),
/// in which case no length is flagged.
pub fn local_lengths(area: &str) -> &'static [usize] {
    static TABLE: OnceLock<HashMap<&'static str, Vec<usize>>> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        LOCAL_LENGTHS_CSV
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(','))
            .map(|(code, lens)| (code, lens.split(';').filter_map(|x| x.parse().ok()).collect()))
            .collect()
    });
    t.get(area).map(|v| v.as_slice()).unwrap_or(&[])
}

#[cfg(test)]
#[path = "phone_lengths_probe.rs"]
mod phone_lengths_probe;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_numbers_get_their_country_code() {
        let cases: [(&str, &str, Option<&str>); 9] = [
            ("852-28246111", "852", Some("+852 28246111")),
            ("853 2872 5488", "853", Some("+853 28725488")),
            ("2824 6111 / 9123 4567", "852", Some("+852 28246111 / +852 91234567")),
            ("886-2-2311-3731", "886", Some("+886 223113731")),
            ("+852 2824 6111", "852", None),
            ("(853) 2856 2323", "853", None),
            ("00852-9123-4567", "852", None),
            // A mainland number in the cell: its shorthand stays the mainland's.
            ("0755-88981800/88981801", "852", None),
            // Taiwan prints area codes: a bare number is not read in its plan.
            ("2311 3731", "886", None),
        ];
        for (cell, code, want) in cases {
            assert_eq!(with_region_code(cell, code).as_deref(), want, "{cell}");
        }
        let c = parse_phone_cell(&with_region_code("853 2872 5488", "853").unwrap(), false);
        assert_eq!(c.phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["+853-28725488"]);
        assert!(c.issues.is_empty());
    }

    #[test]
    fn plain_landlines_read_the_same_directly() {
        let mut texts = vec![
            "0571-87051076".to_string(),
            "010-8915084".to_string(),
            "0086-12345678".to_string(),
            "0571-870510761".to_string(),
            "057-87051076".to_string(),
            "09999-1234567".to_string(),
            "0999-1234567".to_string(),
            "0571－87051076".to_string(),
        ];
        // Every area code shape (known or not), and lengths around the valid ones.
        for a in (10..1000).map(|n| format!("0{n}")) {
            for local in ["123456", "1234567", "12345678", "123456789"] {
                texts.push(format!("{a}-{local}"));
            }
        }
        for t in &texts {
            for from_number in [false, true] {
                let canon = canonical_chars(t);
                assert_eq!(parse_phone_cell(t, from_number), parse_phone_text(&canon, from_number), "{t}");
            }
        }
        assert!(is_plain_landline("0571-87051076") && !is_plain_landline("0086-12345678") && !is_plain_landline("0571-8705107a"));
    }

    #[test]
    fn a_messenger_account_is_no_phone_number() {
        for (t, note) in [("0755-88121678 (QQ: 12345678)", "QQ: 12345678"), ("0755-88121678 微信:abc123", "微信: abc123")] {
            let cell = parse_phone_cell(t, false);
            assert_eq!(cell.phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["0755-88121678"], "{t}");
            assert_eq!(cell.notes, [note], "{t}");
            assert!(cell.issues.is_empty(), "{t}: {cell:?}");
        }
        // `微信同号` (the number is the account too) names no account.
        assert_eq!(parse_phone_cell("18905971234(微信同号)", false).phones.len(), 1);
    }

    #[test]
    fn a_hotline_printed_with_its_name_is_its_number_and_a_note() {
        for t in ["12345政务热线", "12345(市民服务热线)"] {
            assert!(is_national_short_cell(t), "{t}");
            let cell = parse_phone_cell(t, false);
            assert_eq!(cell.phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["12345"], "{t}");
            assert_eq!(cell.notes.len(), 1, "{t}: {cell:?}");
            assert!(cell.issues.is_empty(), "{t}: {cell:?}");
        }
        // Other words after a short number are no hotline's name; digits in them neither.
        assert!(!is_national_short_cell("12345号楼"));
        assert!(!is_national_short_cell("12345热线2"));
    }

    #[test]
    fn ocr_spaces_inside_a_number_are_closed() {
        let shown = |t: &str| parse_phone_cell(t, false).phones.iter().map(|p| p.display()).collect::<Vec<_>>();
        for t in ["0571-870 51076", "0571-87051 076", "057 1-87051076"] {
            assert_eq!(shown(t), ["0571-87051076"], "{t}");
        }
        assert_eq!(shown("1380 571 2345"), ["13805712345"]);
        // With its extension after the rest (0710 dials 7 digits).
        assert_eq!(shown("0710-3511 681-8697"), ["0710-3511681-8697"]);
        // Or no dash after the area code, the extension after a dash.
        assert_eq!(shown("07103511681-8697"), ["0710-3511681-8697"]);
        // Two whole numbers side by side stay two.
        assert_eq!(shown("0571-87051076 87051077"), ["0571-87051076", "0571-87051077"]);
        assert_eq!(shown("13805712345 13905712345"), ["13805712345", "13905712345"]);
        // A known area code before the space is not glued to what follows.
        assert!(!shown("010 1-2345678").iter().any(|p| p.starts_with("0101")));
        // A space inside a local number whose first part is no number of its area (0574
        // dials 8 digits), and no number of a 7-digit area split so.
        assert_eq!(shown("0574-8718775 6"), ["0574-87187756"]);
        assert_eq!(shown("0570-3029068 3029069"), ["0570-3029068", "0570-3029069"]);
        // Two numbers run together, the space between them lost.
        assert_eq!(shown("0571-870510760571-87056704"), ["0571-87051076", "0571-87056704"]);
        assert_eq!(shown("0570-30290680571-87056704"), ["0570-3029068", "0571-87056704"]);
        // A cell's numbers all run together, its line breaks lost: a chain, a landline and
        // a mobile either way round, two mobiles.
        assert_eq!(
            shown("0571-870603440571-870609940571-879178210572-2071091"),
            ["0571-87060344", "0571-87060994", "0571-87917821", "0572-2071091"]
        );
        assert_eq!(shown("0577-8909058013905771234"), ["0577-89090580", "13905771234"]);
        assert_eq!(shown("139057712340577-89090580"), ["13905771234", "0577-89090580"]);
        assert_eq!(shown("1390577123413905771235"), ["13905771234", "13905771235"]);
        // A local number printed in two groups, its extension after it.
        assert_eq!(shown("010 5759 6100-3"), ["010-57596100-3"]);
        assert_eq!(shown("010-5759-6100-3"), ["010-57596100-3"]);
        assert_eq!(shown("0710 351 1681-8697"), ["0710-3511681-8697"]);
        assert_eq!(shown("0710-351-1681-8697"), ["0710-3511681-8697"]);
        // A city's service number after its area code and a space, as with a dash.
        assert_eq!(shown("020 12345"), ["020-12345"]);
        assert_eq!(shown("0571 96345"), ["0571-96345"]);
        assert_eq!(shown("020-12345"), ["020-12345"]);
    }

    #[test]
    fn extensions_marked_by_x_ext_or_fenjihao_extend_the_number() {
        let shown = |t: &str| parse_phone_cell(t, false).phones.iter().map(|p| p.display()).collect::<Vec<_>>();
        for t in
            ["0571-87051076 x8001", "0571-87051076X8001", "0571-87051076 EXT 8001", "0571-87051076 Ext.8001", "0571-87051076 分机号：8001"]
        {
            let cell = parse_phone_cell(t, false);
            assert_eq!(shown(t), ["0571-87051076-8001"], "{t}");
            assert!(cell.notes.is_empty() && cell.issues.is_empty(), "{t}: {cell:?}");
        }
        // A fax label's letters are no extension mark.
        let cell = parse_phone_cell("0571-87051076 Fax 0571-87051077", false);
        assert!(cell.phones.iter().all(|p| p.extension.is_none()), "{cell:?}");
        // Nor is a letter before a number a spreadsheet mangled: the letter stays text.
        let cell = parse_phone_cell("0571-87051076 X 8. 72E+10", false);
        assert_eq!(shown("0571-87051076 X 8. 72E+10"), ["0571-87051076"]);
        assert!(cell.notes.iter().any(|n| n.contains('X')), "{cell:?}");
    }

    #[test]
    fn a_number_that_lost_its_leading_zero_in_a_text_cell_is_restored_when_it_can_only_be_one() {
        for (t, want) in [("57189151234", "0571-89151234"), ("1089151234", "010-89151234"), ("2168181234", "021-68181234")] {
            let cell = parse_phone_cell(t, false);
            let shown: Vec<String> = cell.phones.iter().map(|p| p.display()).collect();
            assert_eq!(shown, [want], "{t}");
            assert_eq!(cell.issues.iter().map(|i| i.code).collect::<Vec<_>>(), [FindingCode::PhoneDigitRepaired], "{t}");
        }
        // A mobile, a number of another length for its area, or one whose local part opens
        // with 1 is left alone.
        for t in ["13857112345", "5718915123", "2112345678"] {
            let cell = parse_phone_cell(t, false);
            assert!(cell.issues.iter().all(|i| i.code != FindingCode::PhoneDigitRepaired), "{t}: {cell:?}");
        }
    }

    #[test]
    fn service_numbers_need_no_area_code() {
        for (t, want) in [("95105105", "95105105"), ("96166", "96166"), ("95105105 转 2", "95105105-2"), ("96110-1", "96110-1")] {
            let cell = parse_phone_cell(t, false);
            let shown: Vec<String> = cell.phones.iter().map(|p| p.display()).collect();
            assert_eq!(shown, [want], "{t}");
            assert!(cell.phones.iter().all(|p| p.kind == PhoneKind::Service), "{t}: {cell:?}");
            assert!(cell.issues.is_empty(), "{t}: {cell:?}");
        }
    }

    #[test]
    fn short_tails_replace_the_last_digits() {
        let shown = |t: &str| parse_phone_cell(t, false).phones.iter().map(|p| p.display()).collect::<Vec<_>>();
        assert_eq!(shown("0573-85061697/98"), ["0573-85061697", "0573-85061698"]);
        assert_eq!(shown("0573-85061697/98/99"), ["0573-85061697", "0573-85061698", "0573-85061699"]);
        assert_eq!(shown("0571-87051076、7"), ["0571-87051076", "0571-87051077"]);
        let c = parse_phone_cell("0573-85061697/98", false);
        assert!(c.issues.iter().any(|i| i.code == FindingCode::PhoneShorthandExpanded && i.before == "85061697/98"));
        assert!(c.notes.is_empty(), "{:?}", c.notes);
        // A number then a window (`、2号窗口`) is no tail.
        assert_eq!(shown("0571-87051076、2号窗口"), ["0571-87051076"]);
        // Whole numbers after the slash are read as before.
        assert_eq!(shown("0571-87051076/87056704"), ["0571-87051076", "0571-87056704"]);
        assert_eq!(shown("0851-85553449/85557424"), ["0851-85553449", "0851-85557424"]);
    }

    #[test]
    fn a_short_local_number_is_a_service_line_only_as_one_opens() {
        let c = parse_phone_cell("020-12345", false);
        assert_eq!((c.phones[0].kind, c.phones[0].flags.as_slice()), (PhoneKind::Service, &[][..]));
        // Digits lost from a landline: kept as printed, its length doubted.
        let c = parse_phone_cell("0571-870510", false);
        assert_eq!((c.phones[0].kind, c.phones[0].flags.as_slice()), (PhoneKind::Landline, &[FindingCode::PhoneInvalidLength][..]));
        // Eleven digits that open as no mobile does are no mobile.
        let c = parse_phone_cell("12345678901", false);
        assert!(c.phones.is_empty(), "{:?}", c.phones);
        assert_eq!(parse_phone_cell("13800138000", false).phones[0].kind, PhoneKind::Mobile);
    }

    #[test]
    fn ranges_list_each_number() {
        let shown = |t: &str| parse_phone_cell(t, false).phones.iter().map(|p| p.display()).collect::<Vec<_>>();
        assert_eq!(shown("0571-87051076~78"), ["0571-87051076", "0571-87051077", "0571-87051078"]);
        assert_eq!(shown("0571-87051079至81"), ["0571-87051079", "0571-87051080", "0571-87051081"]);
        // The last number printed whole.
        assert_eq!(shown("0571-87051076 至 87051078"), ["0571-87051076", "0571-87051077", "0571-87051078"]);
        let c = parse_phone_cell("0571-87051076～78", false);
        assert!(c.issues.iter().any(|i| i.code == FindingCode::PhoneShorthandExpanded && i.before == "87051076~78"));
        assert!(c.notes.is_empty(), "{:?}", c.notes);
        // Downwards, or over more than ten numbers: not a range this reads; kept as printed.
        assert_eq!(expand_range("87051076", "70"), None);
        assert_eq!(expand_range("87051076", "99"), None);
        assert_eq!(expand_range("87051076", "123456789"), None);
        // Office hours are no range of numbers.
        assert_eq!(parse_phone_cell("0755-88102110 周一至周五 8:30-12:00", false).phones.len(), 1);
    }

    #[test]
    fn a_connecting_word_separates_only_between_numbers() {
        let c = parse_phone_cell("0571-87051076 及 0571-87056704", false);
        assert_eq!(c.phones.len(), 2);
        assert!(c.notes.is_empty(), "{:?}", c.notes);
        // After the last number it is text of its own, kept.
        let c = parse_phone_cell("010-89150841 (两证联办) 及", false);
        assert_eq!(c.phones.len(), 1);
        assert_eq!(c.notes, ["及"]);
    }

    #[test]
    fn office_hours_are_a_note() {
        let c = parse_phone_cell("0755-88102110 周一至周五 8:30-12:00", false);
        assert_eq!(c.notes, ["周一至周五 8:30-12:00"]);
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        // The hours' own label stays with them (it was a note of its own, after them).
        let c = parse_phone_cell("咨询电话:0571-87051076 办理时间:周一至周五", false);
        assert_eq!((c.phones.len(), c.notes.as_slice()), (1, ["办理时间:周一至周五".to_string()].as_slice()));
        let c = parse_phone_cell("0571-87051076 邮编310000", false);
        assert_eq!((c.phones.len(), c.notes.as_slice(), c.issues.len()), (1, ["邮编: 310000".to_string()].as_slice(), 0));
        let c = parse_phone_cell("0571-87051076 办公时间: 9:00-17:00", false);
        assert_eq!(c.notes, ["办公时间:9:00-17:00"]);
        let c = parse_phone_cell("企业单位: 027-87131877", false);
        assert_eq!(c.phones[0].label.as_deref(), Some("企业单位"));
    }

    #[test]
    fn a_contact_person_by_title_is_a_note_not_a_doubt() {
        // `张老师 0571-…`: whom to ask, printed without its label; text that is no titled
        // person (`办公室`, a title alone, a longer name) stays a doubt.
        let c = parse_phone_cell("张老师 0571-87051077", false);
        assert_eq!((nums(&c), c.notes.clone(), codes(&c)), (vec!["0571-87051077".to_string()], vec!["联系人: 张老师".to_string()], vec![]));
        let c = parse_phone_cell("0571-87051077 王女士、欧阳先生", false);
        assert_eq!((c.notes.clone(), codes(&c)), (vec!["联系人: 王女士、欧阳先生".to_string()], vec![]));
        for text in ["老师 0571-87051077", "人才服务中心主任 0571-87051077"] {
            assert_eq!(codes(&parse_phone_cell(text, false)), [FindingCode::PhoneUnparsed], "{text}");
        }
    }

    #[test]
    fn a_contact_person_is_a_note_with_its_label() {
        let c = parse_phone_cell("联系人：张先生 0572-2398888", false);
        assert_eq!(c.phones.iter().map(|p| (p.display(), p.label.clone())).collect::<Vec<_>>(), [("0572-2398888".to_string(), None)]);
        assert_eq!(c.notes, ["联系人: 张先生"]);
        assert!(c.issues.iter().all(|i| i.code != FindingCode::PhoneUnparsed), "{:?}", c.issues);
        // A label naming the number still labels it.
        let c = parse_phone_cell("咨询电话：0572-2398888", false);
        assert_eq!(c.phones[0].label.as_deref(), Some("咨询电话"));
    }

    #[test]
    fn a_fax_word_without_its_colon_labels_the_number_after_it() {
        let c = parse_phone_cell("受理咨询 0573-82152707 传真 0573-82159822", false);
        assert_eq!(nums(&c), ["0573-82152707", "0573-82159822"]);
        assert_eq!(c.phones[1].kind, PhoneKind::Fax);
        assert_eq!(c.phones[1].label.as_deref(), Some("传真"));
        assert_eq!(c.phones[0].kind, PhoneKind::Landline);
        // The other words stay a note, as before.
        assert_eq!(c.notes, ["受理咨询"]);
        assert_eq!(parse_phone_cell("0571-87051076 Fax 0571-87051077", false).phones[1].kind, PhoneKind::Fax);
    }

    #[test]
    fn fax_numbers_keep_their_label_and_say_so() {
        let c = parse_phone_cell("电话：025-68787777 传真：025-68787778", false);
        let kinds: Vec<(&str, PhoneKind)> = c.phones.iter().map(|p| (p.number.as_str(), p.kind)).collect();
        assert_eq!(kinds, [("025-68787777", PhoneKind::Landline), ("025-68787778", PhoneKind::Fax)]);
        assert_eq!(c.phones[1].label.as_deref(), Some("传真"));
        assert_eq!(parse_phone_cell("Fax: 010-89150841", false).phones[0].kind, PhoneKind::Fax);
        assert_eq!(parse_phone_cell("电话/传真:0871-63111111", false).phones[0].kind, PhoneKind::Landline);
        let c = parse_phone_cell("028-86917700（传真）", false);
        assert_eq!((c.phones[0].kind, c.phones[0].label.as_deref(), c.notes.len()), (PhoneKind::Fax, Some("传真"), 0));
        // A phone that takes faxes too stays a phone; the remark is kept.
        for raw in ["028-86917700（含传真）", "028-86917700(兼传真)"] {
            let c = parse_phone_cell(raw, false);
            assert_eq!((c.phones[0].kind, c.notes.len()), (PhoneKind::Landline, 1), "{raw}");
        }
        // A fax number in brackets after the phone is read, and the phone stays a phone.
        for raw in ["0315-2810123（传真：0315-2810124）", "0315-2810123(传真0315-2810124)"] {
            let c = parse_phone_cell(raw, false);
            let kinds: Vec<(&str, PhoneKind)> = c.phones.iter().map(|p| (p.number.as_str(), p.kind)).collect();
            assert_eq!(kinds, [("0315-2810123", PhoneKind::Landline), ("0315-2810124", PhoneKind::Fax)], "{raw}");
            assert!(c.notes.is_empty(), "{raw}: {:?}", c.notes);
        }
        // Brackets without a whole number stay remarks.
        assert_eq!(parse_phone_cell("0315-2810123(工作日 9:00-17:00)", false).phones.len(), 1);
    }

    #[test]
    fn the_cache_returns_what_parsing_returns_and_stays_bounded() {
        let cache = PhoneCache::default();
        for raw in ["0571-87051076/87056704", "8. 72E+10", "(两证联办)"] {
            assert_eq!(*cache.parse(raw, false), parse_phone_cell(raw, false));
            assert!(Rc::ptr_eq(&cache.parse(raw, false), &cache.parse(raw, false)));
        }
        assert_eq!(*cache.parse("1089150841", true), parse_phone_cell("1089150841", true));
        assert_ne!(*cache.parse("1089150841", true), *cache.parse("1089150841", false));
        for i in 0..PHONE_CACHE_CELLS + 10 {
            cache.parse(&format!("0571-8{i:07}"), false);
        }
        assert!(cache.parsed[0].borrow().len() <= PHONE_CACHE_CELLS);
    }

    #[test]
    fn local_length_table_matches_libphonenumber() {
        let g = Gazetteer::get();
        let expected = super::phone_lengths_probe::table(g.area_codes());
        assert!(
            LOCAL_LENGTHS_CSV == expected,
            "data/cn_local_number_lengths.csv is stale: regenerate it with examples/gen_local_lengths.rs"
        );
        assert_eq!(local_lengths("0571"), &[8]);
        assert!(local_lengths("0000").is_empty());
    }

    fn nums(c: &PhoneCell) -> Vec<String> {
        c.phones.iter().map(|p| p.display()).collect()
    }

    fn codes(c: &PhoneCell) -> Vec<FindingCode> {
        c.issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn an_area_code_that_lost_its_zero_and_label_words_without_colon_are_read() {
        let c = parse_phone_cell("571-87051076", false);
        assert_eq!(nums(&c), ["0571-87051076"]);
        assert_eq!(codes(&c), [FindingCode::PhoneDigitRepaired]);
        // No known code once restored: left alone.
        let c = parse_phone_cell("600-87051076", false);
        assert!(c.phones.is_empty(), "{c:?}");
        // Beijing's 010 printed as `10`, before eight digits (a mobile's head, `13-`, or
        // `10` before seven digits, is not read so).
        let c = parse_phone_cell("10-66151155", false);
        assert_eq!(nums(&c), ["010-66151155"]);
        assert_eq!(codes(&c), [FindingCode::PhoneDigitRepaired]);
        assert!(parse_phone_cell("10-6615115", false).phones.is_empty());
        assert_ne!(nums(&parse_phone_cell("13-905711234", false)), ["013-905711234"]);
        let c = parse_phone_cell("咨询电话 0571-87051076 手机 13905711234", false);
        assert_eq!(nums(&c), ["0571-87051076", "13905711234"]);
        assert_eq!(c.phones[0].label.as_deref(), Some("咨询电话"));
        assert_eq!(c.phones[1].label.as_deref(), Some("手机"));
        assert!(c.notes.is_empty() && codes(&c).is_empty(), "{c:?}");
    }

    #[test]
    fn a_fax_remark_after_text_taken_out_marks_its_number() {
        // Found by fuzzing: 两证联办 taken out after the (fax) mark was placed moved it past
        // the text's end (a panic).
        let c = parse_phone_cell("两证联办 0351-7731379(传真)", false);
        assert!(c.joint_permit);
        assert_eq!(c.phones[0].kind, PhoneKind::Fax);
        let raw = String::from_utf8_lossy(&[
            0xd9, 0xb6, 0xe4, 0xb8, 0xa4, 0xe8, 0xaf, 0x81, 0xe8, 0x81, 0x94, 0xe5, 0x8a, 0x9e, 0x2f, 0x32, 0x60, 0x04, 0x28, 0x28, 0x01,
            0x00, 0x2b, 0x32, 0x30, 0x35, 0x28, 0x66, 0x61, 0x78, 0x2b, 0xb0,
        ])
        .into_owned();
        let _ = parse_phone_cell(&raw, false);
    }

    #[test]
    fn numbers_printed_apart_or_led_from_behind_are_read() {
        assert_eq!(nums(&parse_phone_cell("0 1 0 - 8 9 1 5 0 8 4 1", false)), ["010-89150841"]);
        assert_eq!(nums(&parse_phone_cell("0 5 7 1 8 7 0 5 1 0 7 6", false)), ["0571-87051076"]);
        assert_eq!(nums(&parse_phone_cell("87051076（0571）", false)), ["0571-87051076"]);
        assert_eq!(nums(&parse_phone_cell("(0571) 87051076", false)), ["0571-87051076"]);
        let c = parse_phone_cell("O10-89150841", false);
        assert_eq!(nums(&c), ["010-89150841"]);
        assert_eq!(codes(&c), [FindingCode::PhoneDigitRepaired]);
        // Groups of two or more digits are no letter-spacing.
        assert_eq!(collapse_spaced_digits("010 8915 0841"), None);
        assert_eq!(collapse_spaced_digits("1 2 3"), None);
        // Only the local number letter-spaced, after an area code printed whole; a mobile.
        assert_eq!(nums(&parse_phone_cell("0311-8 6 0 8 1 2 3 4", false)), ["0311-86081234"]);
        assert_eq!(nums(&parse_phone_cell("0311 8 6 0 8 1 2 3", false)), ["0311-8608123"]);
        assert_eq!(nums(&parse_phone_cell("1 3 8 3 1 6 1 2 3 4 5", false)), ["13831612345"]);
    }

    #[test]
    fn an_area_code_with_a_digit_or_two_after_it_is_no_number() {
        let c = parse_phone_cell("0311-8", false);
        assert!(c.phones.is_empty());
        assert_eq!(codes(&c), [FindingCode::PhoneUnparsed]);
        assert_eq!(c.notes, ["0311-8"]);
    }

    #[test]
    fn a_local_number_without_area_code_is_kept_as_printed() {
        let c = parse_phone_cell("89090580", false);
        assert_eq!(nums(&c), ["89090580"]);
        assert_eq!(codes(&c), [FindingCode::PhoneNoAreaCode]);
        assert!(c.phones[0].e164.is_empty() && c.phones[0].area_code.is_none());
        // After a number with an area code it is shorthand for that code, as before.
        assert_eq!(nums(&parse_phone_cell("0577-89090580 89090581", false)), ["0577-89090580", "0577-89090581"]);
        // Its extension, after a dash or a word, stays with it.
        assert_eq!(nums(&parse_phone_cell("53023249-8", false)), ["53023249-8"]);
        assert_eq!(nums(&parse_phone_cell("52068900 转 12", false)), ["52068900-12"]);
        assert_eq!(codes(&parse_phone_cell("52068900 转 12", false)), [FindingCode::PhoneNoAreaCode]);
        // Too short or too long for a local number: not a phone.
        assert!(parse_phone_cell("890905", false).phones.is_empty());
    }

    #[test]
    fn web_and_mail_addresses_are_notes() {
        let c = parse_phone_cell("0573-82152707 网址: www.jxkj12.gov.cn", false);
        assert_eq!(nums(&c), ["0573-82152707"]);
        assert_eq!(c.notes, ["网址: www.jxkj12.gov.cn"]);
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        let c = parse_phone_cell("邮箱:hz2019@hangzhou.gov.cn;0571-85253100", false);
        assert_eq!(nums(&c), ["0571-85253100"]);
        assert_eq!(c.notes, ["邮箱: hz2019@hangzhou.gov.cn"]);
        assert!(c.issues.is_empty(), "{:?}", c.issues);
    }

    #[test]
    fn every_group_after_a_dash_is_kept() {
        // More groups than one extension: each is the same number at another extension, or,
        // as long as a local number, a number of its own under the same area code.
        let c = parse_phone_cell("0571-87051076-8001-8002", false);
        assert_eq!(nums(&c), ["0571-87051076-8001", "0571-87051076-8002"]);
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        let c = parse_phone_cell("0578-2091000-2091003", false);
        assert_eq!(nums(&c), ["0578-2091000", "0578-2091003"]);
        assert_eq!(codes(&c), [FindingCode::PhoneShorthandExpanded]);
        let c = parse_phone_cell("0578-2091000-2091003-12", false);
        assert_eq!(nums(&c), ["0578-2091000", "0578-2091003-12"]);
        // A whole number after a dash, its area code with it: no extension, nothing expanded.
        let c = parse_phone_cell("0571-87051076-0571-87051077", false);
        assert_eq!(nums(&c), ["0571-87051076", "0571-87051077"]);
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        assert_eq!(nums(&parse_phone_cell("0571-87051076-8001-0574-89186312", false)), ["0571-87051076-8001", "0574-89186312"]);
        // One extension stays one, whatever its length.
        assert_eq!(nums(&parse_phone_cell("0710-3511681-8697", false)), ["0710-3511681-8697"]);
    }

    #[test]
    fn a_trailing_area_code_leads_a_whole_number_only() {
        assert_eq!(nums(&parse_phone_cell("87051076（0571）", false)), ["0571-87051076"]);
        // Not the last digits of a longer run: those stay as printed.
        let c = parse_phone_cell("01010000(0571)", false);
        assert!(nums(&c).iter().all(|n| !n.contains("0571")), "{:?}", nums(&c));
        assert!(c.notes.iter().chain(c.issues.iter().map(|i| &i.before)).any(|t| t.contains("01010000")), "{c:?}");
    }

    #[test]
    fn table_of_formats() {
        let cases: &[(&str, &[&str])] = &[
            ("010-89150841 010-89150842 (两证联办)", &["010-89150841", "010-89150842"]),
            ("0571-87051076/87056704", &["0571-87051076", "0571-87056704"]),
            ("0827-5269390、5775697", &["0827-5269390", "0827-5775697"]),
            ("0573-82152707/82159822/ 82159829", &["0573-82152707", "0573-82159822", "0573-82159829"]),
            ("0710-3511681-8697", &["0710-3511681-8697"]),
            ("022–65819408", &["022-65819408"]),
            ("０２２－６５８１９４０８", &["022-65819408"]),
            ("18035889119(工作日内回 复)", &["18035889119"]),
            ("0599-8810918; 15959930769", &["0599-8810918", "15959930769"]),
            ("020-12345", &["020-12345"]),
            ("010-57596100 转 3", &["010-57596100-3"]),
            ("0571-85253100转801、802", &["0571-85253100-801", "0571-85253100-802"]),
            ("0571-87051076 转 8001 或 8002", &["0571-87051076-8001", "0571-87051076-8002"]),
            ("0571-87051076-8001/8002", &["0571-87051076-8001", "0571-87051076-8002"]),
            ("400 820 8820", &["400-820-8820"]),
            ("800 810 8888", &["800-810-8888"]),
            ("4008 123 456", &["400-812-3456"]),
            ("0412-5591225 / 0412 - 5539457", &["0412-5591225", "0412-5539457"]),
            ("025-68505235、025 - 68505236", &["025-68505235", "025-68505236"]),
            ("027-87131811 027 8713 1877 027 8713 1810", &["027-87131811", "027-87131877", "027-87131810"]),
            ("138 1234 5678 139 1234 5678", &["13812345678", "13912345678"]),
            ("400-8123-456", &["400-812-3456"]),
            ("0571-85253100转801/802/803", &["0571-85253100-801", "0571-85253100-802", "0571-85253100-803"]),
            ("0813-2201234转8001-8003", &["0813-2201234-8001", "0813-2201234-8002", "0813-2201234-8003"]),
            ("0813-2201234 转 8001~03", &["0813-2201234-8001", "0813-2201234-8002", "0813-2201234-8003"]),
            ("0813-2201234转8001至8002", &["0813-2201234-8001", "0813-2201234-8002"]),
            // Downwards, or over more than ten: no range this reads.
            ("0813-2201234转8003-8001", &["0813-2201234-8003"]),
            ("0571-85253100转801、0571-85253101", &["0571-85253100-801", "0571-85253101"]),
            ("023-62192269、 023-62191366", &["023-62192269", "023-62191366"]),
            ("0816-2303953、2310895、 2310596", &["0816-2303953", "0816-2310895", "0816-2310596"]),
            ("+86 10 89150841", &["010-89150841"]),
            ("86-519-85681234 转 801", &["0519-85681234-801"]),
            ("电话86-10-89150841", &["010-89150841"]),
            ("0086 571 87051076", &["0571-87051076"]),
            ("+86-0571-87051076", &["0571-87051076"]),
            ("(86)571-87051076", &["0571-87051076"]),
            ("0571——87051076", &["0571-87051076"]),
            ("0571-87051076（转801）", &["0571-87051076-801"]),
            ("（+86）571 87051076", &["0571-87051076"]),
            ("+86 13812345678", &["13812345678"]),
            ("+86 574 8918 6365", &["0574-89186365"]),
            ("+86 138 1234 5678", &["13812345678"]),
            ("+86 20 8888 1234 / +86 138 1234 5678", &["020-88881234", "13812345678"]),
            ("+86-571-8705-1076", &["0571-87051076"]),
            ("+86(571)87051076", &["0571-87051076"]),
            ("+86 (0)21 5860 3333", &["021-58603333"]),
            ("0755-88981800；+852 2824 6111", &["0755-88981800", "+852-28246111"]),
            ("(853) 2856 2323", &["+853-28562323"]),
            ("+886 (0)2 2311 3731 转 12", &["+886-223113731-12"]),
            ("00852-9123-4567", &["+852-91234567"]),
            ("+86-(0)571-87051076", &["0571-87051076"]),
            ("0086-10-6401 2345", &["010-64012345"]),
            ("+86 10 6401-2345 转 8", &["010-64012345-8"]),
            ("(0352)798-2073", &["0352-7982073"]),
            ("022-23142110 · 022-23142111", &["022-23142110", "022-23142111"]),
            ("0571~87051076", &["0571-87051076"]),
            ("0574.89186152", &["0574-89186152"]),
            ("0575_81505315", &["0575-81505315"]),
            ("0571一87051076", &["0571-87051076"]),
            ("0571ー87051076", &["0571-87051076"]),
            ("0571：87051076", &["0571-87051076"]),
            ("0571)87051076", &["0571-87051076"]),
            ("（0571）-87051076", &["0571-87051076"]),
            ("(0571)87051076 (9:00-17:00)", &["0571-87051076"]),
            ("传真:0571-87051077", &["0571-87051077"]),
            ("010-8915-0841", &["010-89150841"]),
            ("(0571)87051076", &["0571-87051076"]),
            ("（0571）87051076 (工作日)", &["0571-87051076"]),
            ("400-810-8888", &["400-810-8888"]),
            ("400-820-8820-1", &["400-820-8820-1"]),
            ("400 820 8820 转 1", &["400-820-8820-1"]),
            ("95511", &["95511"]),
            ("0311 86687001", &["0311-86687001"]),
            ("0311 86687001 0311 86687002", &["0311-86687001", "0311-86687002"]),
            ("12345", &["12345"]),
            ("4008108888", &["400-810-8888"]),
            ("138 1234 5678", &["13812345678"]),
            ("138-1234-5678 / 0431-88908222", &["13812345678", "0431-88908222"]),
            ("022 - 2330 1234", &["022-23301234"]),
            ("0431 8890 8222", &["0431-88908222"]),
            ("0512-5715 2837", &["0512-57152837"]),
            ("0755-88102110 周一至周五 8:30-12:00", &["0755-88102110"]),
            ("0451-8233 2222/8233 3333", &["0451-82332222", "0451-82333333"]),
            ("咨询: 0755-88102110 工作日 9:00 - 17:30", &["0755-88102110"]),
        ];
        for (raw, want) in cases {
            let c = parse_phone_cell(raw, false);
            assert_eq!(nums(&c), *want, "{raw}");
        }
        // A stray dash beside a number is no remark, nor are the quotes and the `=` of a
        // spreadsheet's text cell (`="0571-87051076"`, `'0571-87051076`).
        for raw in
            ["0571-87051076-", "-0571-87051076", "0571-87051076 - 0571-87051077", "=\"0571-87051076\"", "'0571-87051076", "“0571-87051076”"]
        {
            let c = parse_phone_cell(raw, false);
            assert!(c.notes.is_empty() && codes(&c).is_empty(), "{raw}: {c:?}");
        }
    }

    #[test]
    fn labels_notes_and_joint_permit() {
        let c = parse_phone_cell("大专院校、科研院所: 027-87131811 企业单位: 027-87131877 中等及以下教育和培训机 构: 027-87131810", false);
        let labels: Vec<_> = c.phones.iter().map(|p| p.label.clone().unwrap_or_default()).collect();
        assert_eq!(labels, vec!["大专院校、科研院所", "企业单位", "中等及以下教育和培训机构"]);
        let c = parse_phone_cell("0351-7731379(工作日内回 复)", false);
        assert_eq!(c.notes, vec!["工作日内回复"]);
        let c = parse_phone_cell("(两证联办)", false);
        assert!(c.joint_permit && c.phones.is_empty() && c.issues.is_empty());
        // A fax remark marks the number just before it, not the others.
        let c = parse_phone_cell("0351-7731379、7731380(传真)", false);
        let kinds: Vec<_> = c.phones.iter().map(|p| (p.display(), p.kind)).collect();
        assert_eq!(kinds, [("0351-7731379".to_string(), PhoneKind::Landline), ("0351-7731380".to_string(), PhoneKind::Fax)]);
        assert!(c.notes.is_empty(), "{:?}", c.notes);
        let c = parse_phone_cell("0351-7731379 (传真) 0351-7731380", false);
        assert_eq!(c.phones.iter().map(|p| p.kind).collect::<Vec<_>>(), [PhoneKind::Fax, PhoneKind::Landline]);
        let c = parse_phone_cell("0531-88874881 (受理范围 内高新区业务)", false);
        assert_eq!(c.notes, vec!["受理范围内高新区业务"]);
        let c = parse_phone_cell("市外专局: 0898-88263681 政务中心窗口: 0898-38212524 外国人服务专 区:0898-38221960", false);
        assert_eq!(c.phones[2].label.as_deref(), Some("外国人服务专区"));
        // A label that names no number (none follows, or what follows is no number) is a
        // note, not lost.
        let c = parse_phone_cell("010-89150841 (两证联办) 备用:", false);
        assert_eq!((c.phones.len(), c.notes.clone()), (1, vec!["备用".to_string()]));
        let c = parse_phone_cell("010-89150841 甲局: 1 乙局: 010-89150842", false);
        assert_eq!(c.phones[1].label.as_deref(), Some("乙局"));
        assert!(c.notes.iter().any(|n| n == "甲局"), "{:?}", c.notes);
    }

    #[test]
    fn a_number_printed_twice_keeps_the_second_label_as_a_note() {
        let c = parse_phone_cell("咨询电话：0757-86680876 办事大厅：0757-86680876", false);
        assert_eq!(nums(&c), ["0757-86680876"]);
        assert_eq!(c.notes, ["办事大厅"]);
        assert_eq!(codes(&c), [FindingCode::PhoneDuplicate]);
    }

    #[test]
    fn hong_kong_macau_and_taiwan_numbers_keep_their_country_code() {
        let c = parse_phone_cell("+852 2824 6111 / +852 9123 4567 (853) 6612 3456 传真：+886 2 2311 3731", false);
        let got: Vec<(&str, &str, PhoneKind, Option<&str>)> =
            c.phones.iter().map(|p| (p.number.as_str(), p.e164.as_str(), p.kind, p.area_code.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("+852-28246111", "+85228246111", PhoneKind::Landline, None),
                ("+852-91234567", "+85291234567", PhoneKind::Mobile, None),
                ("+853-66123456", "+85366123456", PhoneKind::Mobile, None),
                ("+886-223113731", "+886223113731", PhoneKind::Fax, None),
            ]
        );
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        // Too few digits for the plan: not read as such a number.
        assert!(parse_phone_cell("+852 2824 611", false).phones.iter().all(|p| !p.number.starts_with("+852")));
    }

    #[test]
    fn letters_read_for_digits_are_digits() {
        for (cell, want) in [("O571-87O51076", "0571-87051076"), ("0571-8705l077", "0571-87051077"), ("0571-87051O78", "0571-87051078")] {
            let c = parse_phone_cell(cell, false);
            assert_eq!(c.phones.iter().map(|p| p.display()).collect::<Vec<_>>(), [want], "{cell}");
            assert_eq!(codes(&c), [FindingCode::PhoneDigitRepaired], "{cell}");
        }
        // Letters of words stay letters.
        assert_eq!(letters_as_digits("Tel: 0571-87051076"), None);
        assert_eq!(letters_as_digits("Hotline 12345"), None);
    }

    #[test]
    fn damage_and_validation() {
        let c = parse_phone_cell("8. 72E+10", false);
        assert!(c.phones.is_empty());
        assert_eq!(codes(&c), vec![FindingCode::PhoneExcelDamaged]);
        // The notation printed every digit: nothing is lost (the area code's 0 was).
        let c = parse_phone_cell("5.7187051076E+10", false);
        assert_eq!(c.phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["0571-87051076"]);
        assert!(!codes(&c).contains(&FindingCode::PhoneExcelDamaged), "{c:?}");
        assert_eq!(whole_scientific("1.3905711234E+10"), Some("13905711234".to_string()));
        assert_eq!(whole_scientific("8.72E+10"), None);
        // libphonenumber accepts 8-digit numbers under 0351; the document-level length
        // consensus (`crate::length_consensus`) is what flags 0351-74062977.
        let c = parse_phone_cell("0311-8625186", false);
        assert_eq!(c.phones[0].flags, vec![FindingCode::PhoneInvalidLength]);
        let c = parse_phone_cell("0571-87051076/87056704", false);
        assert_eq!(c.phones[1].flags, vec![FindingCode::PhoneShorthandExpanded]);
        assert_eq!(c.phones[1].e164, "+8657187056704");
        let c = parse_phone_cell("1089150841", true);
        assert_eq!(nums(&c), vec!["010-89150841"]);
        assert_eq!(c.phones[0].flags, vec![FindingCode::PhoneFromNumberCell]);
        let c = parse_phone_cell("010-1234567 010-1234567", false);
        assert_eq!(c.phones.len(), 1);
        assert!(codes(&c).contains(&FindingCode::PhoneDuplicate));
        let c = parse_phone_cell("0512-57152837", false);
        assert!(c.phones[0].flags.is_empty());
        assert!(c.phones[0].area_prefectures.contains(&"苏州市"));
    }

    #[test]
    fn nothing_lost_in_digit_runs() {
        // Every digit run of 7+ digits in the input appears in some output number or note.
        for raw in ["0573-82152707/82159822/ 82159829", "电话 12345 或 0571-1234567", "abc 0999-1234567"] {
            let c = parse_phone_cell(raw, false);
            let all: String = c.phones.iter().map(|p| p.display()).chain(c.notes.clone()).collect::<Vec<_>>().join(" ");
            for run in raw.split(|ch: char| !ch.is_ascii_digit()).filter(|r| r.len() >= 5) {
                assert!(all.contains(run), "{run} lost from {raw}: {all}");
            }
        }
    }
}
