//! Inline markup OCR-to-markdown tools put inside table cells: emphasis (`**序号**`), code
//! spans and links (`[name](url)`), inline math (`$\cdot$`, `$0 2 2 - 2 3 1 4 2 1 1 0$`) and
//! backslash escapes (`\*`). Like character references, it is syntax, not text: a cell is
//! read as a reader sees it. Text without `*`, `_`, `$`, `` ` ``, `]` or `\` is borrowed
//! unchanged.

use std::borrow::Cow;

/// The cell's text without emphasis markers, with inline math written out and backslash
/// escapes (`\*`, `1\.`, `\_`) read as the character they escape.
pub fn decode_inline(s: &str) -> Cow<'_, str> {
    let escapes = memchr::memchr(b'\\', s.as_bytes()).is_some();
    let spans = memchr::memchr2(b'`', b']', s.as_bytes()).is_some();
    if !escapes && !spans && memchr::memchr3(b'*', b'_', b'$', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = Cow::Borrowed(s);
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
fn strip_code_and_links(s: &str) -> Option<String> {
    let mut t = s.to_string();
    let ticks = t.matches('`').count();
    if ticks >= 2 && ticks.is_multiple_of(2) {
        t = t.replace('`', "");
    }
    // `[text](target)`, the target holding no space or bracket.
    while let Some(close) = t.find("](") {
        let Some(open) = t[..close].rfind('[') else { break };
        let Some(end) = t[close + 2..].find(')').map(|e| close + 2 + e) else { break };
        let target = &t[close + 2..end];
        if target.contains(char::is_whitespace) || target.contains(['(', '[', ']']) || t[open + 1..close].contains(['[', ']']) {
            break;
        }
        let start = if t[..open].ends_with('!') { open - 1 } else { open };
        let text = t[open + 1..close].to_string();
        t.replace_range(start..=end, &text);
    }
    (t != s).then_some(t)
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
    }
    (t != s).then_some(t)
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
    for f in FONTS {
        t = t.replace(f, "");
    }
    t.retain(|c| !matches!(c, '{' | '}' | '^'));
    // Math mode spaces every character: `0 2 2 - 2 3 1 4` is `022-2314`. Spaces between
    // digits, dashes and dots go; others (between words) stay single.
    let chars: Vec<char> = t.trim().chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let prev = out.chars().next_back();
            let next = chars[i + 1..].iter().find(|c| **c != ' ');
            let tight = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '·' | '~' | '*'));
            if tight(prev.as_ref()) && tight(next) || prev == Some(' ') {
                continue;
            }
        }
        out.push(c);
    }
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
        assert!(matches!(decode_inline("北京市"), Cow::Borrowed(_)));
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
    }

    #[test]
    fn inline_math_is_written_out() {
        assert_eq!(decode_inline("022-23142110 $\\cdot$ 022-23142111"), "022-23142110 · 022-23142111");
        assert_eq!(decode_inline("$0 2 2 - 2 3 1 4 2 1 1 0$"), "022-23142110");
        assert_eq!(decode_inline("$\\mathrm { 0 5 7 1 } - 8 7 0 5 1 0 7 6$"), "0571-87051076");
        assert_eq!(decode_inline("北京市外国专家局 $^ { * }$"), "北京市外国专家局 *");
        assert_eq!(decode_inline("$\\textcircled{1}$北京"), "1北京");
        // Unpaired dollars are text.
        assert_eq!(decode_inline("US$5"), "US$5");
    }
}
