//! Inline markup OCR-to-markdown tools put inside table cells: emphasis (`**序号**`), code
//! spans and links (`[name](url)`), inline math (`$\cdot$`, `$0 2 2 - 2 3 1 4 2 1 1 0$`) and
//! backslash escapes (`\*`), inline HTML formatting (`<sup>1</sup>`, `<b>…</b>`). Like
//! character references, it is syntax, not text: a cell is read as a reader sees it. Text
//! without `*`, `_`, `$`, `` ` ``, `]`, `<` or `\` is borrowed unchanged.

use std::borrow::Cow;

/// The cell's text without emphasis markers, with inline math written out and backslash
/// escapes (`\*`, `1\.`, `\_`) read as the character they escape.
pub fn decode_inline(s: &str) -> Cow<'_, str> {
    let escapes = memchr::memchr(b'\\', s.as_bytes()).is_some();
    let spans = memchr::memchr2(b'`', b']', s.as_bytes()).is_some();
    let tags = memchr::memchr(b'<', s.as_bytes()).is_some();
    if !escapes && !spans && !tags && memchr::memchr3(b'*', b'_', b'$', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = Cow::Borrowed(s);
    if tags {
        if let Some(t) = strip_formatting_tags(&out) {
            out = Cow::Owned(t);
        }
    }
    if spans {
        if let Some(t) = strip_code_and_links(&out) {
            out = Cow::Owned(t);
        }
    }
    if out.contains('$') {
        if let Some(t) = decode_math(&out) {
            out = Cow::Owned(t);
        }
    }
    if out.contains(['*', '_']) {
        if let Some(t) = strip_emphasis(&out) {
            out = Cow::Owned(t);
        }
    }
    // Last, so an escaped marker is no marker: `\*南湖区\*` is `*南湖区*`.
    if escapes {
        if let Some(t) = unescape(&out) {
            out = Cow::Owned(t);
        }
    }
    out
}

/// Markdown's backslash escapes: a backslash before ASCII punctuation prints that
/// character alone (OCR-to-markdown tools escape `*`, `_`, `#`, `.` after a number…); any
/// other backslash is text. `None` when there is no escape.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            any = true;
            continue;
        }
        out.push(c);
    }
    any.then_some(out)
}

/// Removes paired code-span backticks (`` `…` ``: the text inside is the cell's) and writes a
/// link or image (`[杭州市科学技术局](http://…)`, `![](…)`) as its text. `None` when there
/// is neither.
///
/// A link is `[text](target)`, the text holding no bracket and the target no space or
/// bracket; links nest (`[[甲](a)](b)` is `甲`). One pass, left to right: a cell of a
/// hundred thousand links costs a hundred thousand steps, not their square.
fn strip_code_and_links(s: &str) -> Option<String> {
    let ticks = s.matches('`').count();
    let s: Cow<'_, str> = if ticks >= 2 && ticks.is_multiple_of(2) { Cow::Owned(s.replace('`', "")) } else { Cow::Borrowed(s) };
    let b = s.as_bytes();
    // Bytes of `s` kept so far, and the offsets (into `out`) of the `[` not yet closed, of
    // the last `]` kept, and of the `[` and `!` a link's text no longer needs (dropped at the
    // end, so nesting never moves the text it keeps).
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut opens: Vec<usize> = Vec::new();
    let mut last_close: Option<usize> = None;
    let mut dropped: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'[' => {
                opens.push(out.len());
                out.push(b'[');
            }
            b']' if b.get(i + 1) == Some(&b'(') => {
                // The target: up to the first `)`, no space or bracket before it.
                let target_end = b[i + 2..]
                    .iter()
                    .position(|&c| c == b')' || c.is_ascii_whitespace() || matches!(c, b'(' | b'[' | b']'))
                    .map(|k| i + 2 + k)
                    .filter(|&e| b[e] == b')' && !s[i + 2..e].contains(char::is_whitespace));
                let open = opens.last().copied().filter(|&o| last_close.is_none_or(|c| c < o));
                if let (Some(open), Some(end)) = (open, target_end) {
                    opens.pop();
                    dropped.push(open);
                    if open > 0 && out[open - 1] == b'!' {
                        dropped.push(open - 1);
                    }
                    i = end + 1;
                    continue;
                }
                last_close = Some(out.len());
                out.push(b']');
            }
            b']' => {
                last_close = Some(out.len());
                out.push(b']');
            }
            c => out.push(c),
        }
        i += 1;
    }
    if dropped.is_empty() {
        return matches!(s, Cow::Owned(_)).then(|| s.into_owned());
    }
    dropped.sort_unstable();
    let mut kept = Vec::with_capacity(out.len() - dropped.len());
    let mut from = 0;
    for d in dropped {
        kept.extend_from_slice(&out[from..d]);
        from = d + 1;
    }
    kept.extend_from_slice(&out[from..]);
    // Only ASCII bytes (`[`, `!`) were dropped, at character boundaries: still UTF-8.
    Some(String::from_utf8(kept).expect("only ASCII bytes dropped"))
}

/// Removes `**…**` and `__…__` pairs anywhere, and one `*…*` or `_…_` wrapping the whole
/// text. A lone `*` (a footnote mark after a name) or an odd `**` stays.
fn strip_emphasis(s: &str) -> Option<String> {
    let mut t = s.to_string();
    for marker in ["**", "__"] {
        let n = t.matches(marker).count();
        if n >= 2 && n & 1 == 0 {
            t = t.replace(marker, "");
        }
    }
    for marker in ['*', '_'] {
        let trimmed = t.trim();
        if trimmed.len() > 2 && trimmed.starts_with(marker) && trimmed.ends_with(marker) && trimmed.matches(marker).count() == 2 {
            t = trimmed[1..trimmed.len() - 1].to_string();
        }
        if let Some(inner) = strip_spaced_emphasis(&t, marker) {
            t = inner;
        }
    }
    (t != s).then_some(t)
}

/// Removes `*…*` and `_…_` pairs set off by spaces inside a text (`西城区 _金融街_ 1 号`): the
/// opening marker after a space or the text's start and before a non-space, the closing one
/// after a non-space and before a space or the text's end. A marker touching a word on its
/// outer side (`wang_li@…`, `…局* 甲局*`) is text. `None` when there is no such pair.
fn strip_spaced_emphasis(t: &str, marker: char) -> Option<String> {
    let b = t.as_bytes();
    let m = marker as u8;
    let space_or_edge = |i: Option<usize>| i.is_none_or(|i| b.get(i).is_none_or(u8::is_ascii_whitespace));
    let mut cut = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in b.iter().enumerate() {
        if c != m {
            continue;
        }
        let before = i.checked_sub(1);
        let after = i + 1;
        match open {
            Some(o) if o + 1 < i && !b[i - 1].is_ascii_whitespace() && space_or_edge(Some(after)) => {
                cut.extend([o, i]);
                open = None;
            }
            _ if space_or_edge(before) && b.get(after).is_some_and(|c| !c.is_ascii_whitespace() && *c != m) => open = Some(i),
            _ => {}
        }
    }
    if cut.is_empty() {
        return None;
    }
    // (Only ASCII bytes are cut, at character boundaries: still UTF-8. `cut` is in order:
    // one pass over the text.)
    let mut cuts = cut.iter().peekable();
    let kept: Vec<u8> = b.iter().enumerate().filter(|(i, _)| cuts.next_if_eq(&i).is_none()).map(|(_, &c)| c).collect();
    Some(String::from_utf8(kept).expect("only ASCII bytes cut"))
}

/// Tags of inline formatting an OCR-to-markdown tool may leave in a cell: their text is
/// the cell's, the tags are not. (`<br>` is a line break the normalizer reads.)
const FORMATTING_TAGS: [&str; 16] =
    ["sup", "sub", "b", "strong", "i", "em", "u", "span", "font", "small", "big", "s", "strike", "del", "ins", "mark"];

/// The digits as superscript characters (`12` → `¹²`), as a printed footnote mark reads;
/// `None` unless the text is one to three ASCII digits.
fn superscript_digits(d: &str) -> Option<String> {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    ((1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| d.bytes().map(|b| SUPERSCRIPTS[usize::from(b - b'0')]).collect())
}

/// Removes inline formatting tags (`<b>`, `</span>`, `<font color="red">`), writing the
/// digits of a `<sup>` as superscripts (`局<sup>1</sup>`: a footnote mark, not a `1` of the
/// name). `None` when there is none; any other `<` is text.
fn strip_formatting_tags(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut any = false;
    // The tag a `<` opens, `(closing, name, byte length)`, when it is a formatting tag.
    let tag_at = |t: &str| -> Option<(bool, &'static str, usize)> {
        // (Looked for near the `<` only: a long cell of `<` without `>` costs its length,
        // not its square.)
        let end = memchr::memchr(b'>', &t.as_bytes()[..t.len().min(256)])?;
        let inner = &t[1..end];
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(i) => (true, i),
            None => (false, inner),
        };
        let name_len = inner.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = &inner[name_len..];
        let name = FORMATTING_TAGS.iter().find(|n| n.eq_ignore_ascii_case(&inner[..name_len]))?;
        // (`<span class="x">` takes attributes; `<b2>` or `<i,j>` is no tag.)
        (after.is_empty() || after.starts_with(char::is_whitespace) || (after == "/")).then_some((closing, *name, end + 1))
    };
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match tag_at(rest) {
            Some((false, "sup", len)) => {
                any = true;
                let body = &rest[len..];
                // `<sup>1</sup>`: the digits as superscripts.
                let close = body.find('<').filter(|&c| tag_at(&body[c..]).is_some_and(|(closing, name, _)| closing && name == "sup"));
                match close.and_then(|c| superscript_digits(body[..c].trim()).map(|d| (c, d))) {
                    Some((c, digits)) => {
                        out.push_str(&digits);
                        let (_, _, close_len) = tag_at(&body[c..]).unwrap_or((true, "sup", 0));
                        rest = &body[c + close_len..];
                    }
                    None => rest = body,
                }
            }
            Some((_, _, len)) => {
                any = true;
                rest = &rest[len..];
            }
            None => {
                out.push('<');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    any.then_some(out)
}

/// Writes out each `$…$` span: known commands as their characters, font commands as their
/// argument, braces and `^`/`_` dropped, and the spaces math mode puts between digits
/// removed. `None` when the dollars do not pair up (text, not math).
fn decode_math(s: &str) -> Option<String> {
    let n = s.matches('$').count();
    if n < 2 || n & 1 == 1 {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut parts = s.split('$');
    out.push_str(parts.next().unwrap_or(""));
    let mut in_math = true;
    for part in parts {
        if in_math {
            out.push_str(&math_text(part));
        } else {
            out.push_str(part);
        }
        in_math = !in_math;
    }
    Some(out)
}

/// The text of one inline formula.
fn math_text(m: &str) -> String {
    const SYMBOLS: &[(&str, &str)] = &[
        ("\\cdot", "·"),
        ("\\bullet", "•"),
        ("\\sim", "~"),
        ("\\times", "×"),
        ("\\textasteriskcentered", "*"),
        ("\\ast", "*"),
        ("\\#", "#"),
        ("\\%", "%"),
        ("\\&", "&"),
        ("\\_", "_"),
        ("\\{", "("),
        ("\\}", ")"),
        ("\\circ", "°"),
        ("\\quad", " "),
        ("\\,", ""),
        ("\\;", ""),
        ("\\!", ""),
        ("\\ ", " "),
    ];
    // Longest first: `\\text` is the start of `\\textbf`.
    const FONTS: &[&str] = &[
        "\\textcircled",
        "\\operatorname",
        "\\mathrm",
        "\\mathbf",
        "\\mathit",
        "\\mathsf",
        "\\mathtt",
        "\\textbf",
        "\\textrm",
        "\\text",
        "\\rm",
        "\\bf",
    ];
    let mut t = m.to_string();
    for (cmd, ch) in SYMBOLS {
        t = t.replace(cmd, ch);
    }
    // (A number in a circle, `\textcircled{1}`, and a superscript number, `^{1}`: the
    // marks they print, `①`, `¹`, a footnote's, not digits of the text.)
    t = marked_numbers(&t);
    for f in FONTS {
        t = t.replace(f, "");
    }
    t.retain(|c| !matches!(c, '{' | '}' | '^'));
    // Math mode spaces every character: `0 2 2 - 2 3 1 4` is `022-2314`. Spaces between
    // digits, dashes and dots go; others (between words) stay single.
    // A run of spaces is read once (looking ahead from each space of a long run cost the
    // square of its length): none between two tight characters, else one.
    let tight = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '·' | '~' | '*'));
    let mut out = String::with_capacity(t.len());
    let mut rest = t.trim();
    while let Some(space) = rest.find(' ') {
        out.push_str(&rest[..space]);
        rest = rest[space..].trim_start_matches(' ');
        if !(tight(out.chars().next_back()) && tight(rest.chars().next())) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

/// `\textcircled{n}` (1 to 20) as its circled number and `^{n}`/`^n` as superscript digits;
/// any other argument is left to be written out as text.
fn marked_numbers(t: &str) -> String {
    if !t.contains(['^', '\\']) {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    loop {
        let circled = rest.find("\\textcircled");
        let sup = rest.find('^');
        let Some(at) = [circled, sup].into_iter().flatten().min() else { break };
        out.push_str(&rest[..at]);
        let is_circled = circled == Some(at);
        let arg_from = at + if is_circled { "\\textcircled".len() } else { 1 };
        let after = rest[arg_from..].trim_start();
        let skipped = rest.len() - arg_from - after.len();
        // The argument: `{…}` or one character.
        let (arg, len) = match after.strip_prefix('{') {
            Some(inner) => match inner.find('}') {
                Some(close) => (inner[..close].split_whitespace().collect::<String>(), close + 2),
                None => (String::new(), 0),
            },
            None => after.chars().next().map_or((String::new(), 0), |c| (c.to_string(), c.len_utf8())),
        };
        let mark = if is_circled {
            arg.parse::<u32>().ok().filter(|n| (1..=20).contains(n)).and_then(|n| char::from_u32(0x2460 + n - 1)).map(String::from)
        } else {
            superscript_digits(&arg)
        };
        match mark {
            Some(m) => {
                out.push_str(&m);
                rest = &rest[arg_from + skipped + len..];
            }
            None => {
                out.push_str(&rest[at..arg_from]);
                rest = &rest[arg_from..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_is_markup() {
        assert_eq!(decode_inline("**序号**"), "序号");
        assert_eq!(decode_inline("__地址__"), "地址");
        assert_eq!(decode_inline("*海淀区人力社保局*"), "海淀区人力社保局");
        assert_eq!(decode_inline("北京市**科学**技术委员会"), "北京市科学技术委员会");
        // A footnote mark, an odd marker and an e-mail stay as printed.
        assert_eq!(decode_inline("北京市外国专家局*"), "北京市外国专家局*");
        assert_eq!(decode_inline("a**b"), "a**b");
        assert_eq!(decode_inline("wang_li@bj.gov.cn"), "wang_li@bj.gov.cn");
        // A pair set off by spaces inside the text is emphasis; one touching a word outside is not.
        assert_eq!(decode_inline("西城区 _金融街_ 1 号"), "西城区 金融街 1 号");
        assert_eq!(decode_inline("西城区 *金融街* 1 号"), "西城区 金融街 1 号");
        assert_eq!(decode_inline("甲局* 乙局*"), "甲局* 乙局*");
        assert_eq!(decode_inline("a_b c_d"), "a_b c_d");
        assert_eq!(decode_inline("甲 _ 乙 _"), "甲 _ 乙 _");
        let n = 50_000;
        assert_eq!(decode_inline(&"_甲_ ".repeat(n)), "甲 ".repeat(n));
        assert!(matches!(decode_inline("北京市"), Cow::Borrowed(_)));
    }

    #[test]
    fn inline_formatting_tags_are_markup() {
        assert_eq!(decode_inline("<b>北京市科学技术委员会</b>"), "北京市科学技术委员会");
        assert_eq!(decode_inline("海淀区科委<sup>1</sup>"), "海淀区科委¹");
        assert_eq!(decode_inline("海淀区<SPAN class=\"x\">科委</SPAN><sup>注</sup>"), "海淀区科委注");
        assert_eq!(decode_inline("100m<sup>2</sup>"), "100m²");
        // A `<` that opens no formatting tag is text; `<br>` is left for the normalizer.
        assert_eq!(decode_inline("a<b2>c"), "a<b2>c");
        assert_eq!(decode_inline("1<2"), "1<2");
        assert_eq!(decode_inline("甲<br>乙"), "甲<br>乙");
        assert_eq!(decode_inline("<sup>1"), "1");
        let n = 100_000;
        assert_eq!(decode_inline(&"<".repeat(n)).len(), n);
    }

    #[test]
    fn backslash_escapes_print_what_they_escape() {
        assert_eq!(decode_inline("嘉兴市\\*南湖区\\* 中环东路"), "嘉兴市*南湖区* 中环东路");
        assert_eq!(decode_inline("\\*海淀区人力社保局\\*"), "*海淀区人力社保局*");
        assert_eq!(decode_inline("1\\. 甲局"), "1. 甲局");
        assert_eq!(decode_inline("a\\\\b"), "a\\b");
        // A backslash before anything else is text.
        assert_eq!(decode_inline("C:\\路"), "C:\\路");
    }

    #[test]
    fn code_spans_and_links_are_markup() {
        assert_eq!(decode_inline("`温州市鹿城区车站大道 1 号`"), "温州市鹿城区车站大道 1 号");
        assert_eq!(decode_inline("[杭州市科学技术局](http://kj.hangzhou.gov.cn/)"), "杭州市科学技术局");
        assert_eq!(decode_inline("杭州市 ![](images/p3.jpg) 科学技术局"), "杭州市  科学技术局");
        // A lone backtick, a bracketed remark and an unfinished link stay as printed.
        assert_eq!(decode_inline("杭州`市"), "杭州`市");
        assert_eq!(decode_inline("[注1] 杭州市(外国专家局)"), "[注1] 杭州市(外国专家局)");
        assert_eq!(decode_inline("[杭州市](未完"), "[杭州市](未完");
        // Nested links, and a link after one that is not: each read on its own.
        assert_eq!(decode_inline("[[杭州市](a)科学技术局](b)"), "杭州市科学技术局");
        assert_eq!(decode_inline("![![图](a)](b)局"), "图局");
        assert_eq!(decode_inline("[注](见 下) [杭州市](c)"), "[注](见 下) 杭州市");
        assert_eq!(decode_inline("[甲]乙](c)"), "[甲]乙](c)");
    }

    #[test]
    fn a_cell_of_many_links_or_spaces_reads_whole() {
        // Each link of a long run, and links nested deep, are written as their text.
        let n = 20_000;
        assert_eq!(decode_inline(&"[甲](a) ".repeat(n)), "甲 ".repeat(n));
        assert_eq!(decode_inline(&format!("{}局{}", "[".repeat(n), "](x)".repeat(n))), "局");
        // A formula spaced out over a long run: one space, or none between digits.
        assert_eq!(decode_inline(&format!("$1{}2$", " ".repeat(n))), "12");
        assert_eq!(decode_inline(&format!("$a{}b$", " ".repeat(n))), "a b");
    }

    #[test]
    fn inline_math_is_written_out() {
        assert_eq!(decode_inline("022-23142110 $\\cdot$ 022-23142111"), "022-23142110 · 022-23142111");
        assert_eq!(decode_inline("$0 2 2 - 2 3 1 4 2 1 1 0$"), "022-23142110");
        assert_eq!(decode_inline("$\\mathrm { 0 5 7 1 } - 8 7 0 5 1 0 7 6$"), "0571-87051076");
        assert_eq!(decode_inline("北京市外国专家局 $^ { * }$"), "北京市外国专家局 *");
        // Numbers in circles and superscripts print marks, not digits.
        assert_eq!(decode_inline("$\\textcircled{1}$北京"), "①北京");
        assert_eq!(decode_inline("朝阳区科委$^{2}$"), "朝阳区科委²");
        assert_eq!(decode_inline("朝阳区科委$^ { 1 2 }$"), "朝阳区科委¹²");
        assert_eq!(decode_inline("$\\textcircled{ 3 }$"), "③");
        assert_eq!(decode_inline("$\\textcircled{a}$"), "a");
        // Unpaired dollars are text.
        assert_eq!(decode_inline("US$5"), "US$5");
    }
}
