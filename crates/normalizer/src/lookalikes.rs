//! Words of the bodies such directories list, printed with one character OCR took for
//! another of like shape (`科学技木局`, `人力资源和杜会保障局`): read back as the word.
//!
//! Only a word long enough that one character off cannot be another body's word, only a
//! character of a known look-alike pair, and never a word's last character (the kind of
//! body: `科学技术局` and `科学技术厅` are both words).

/// Words of the bodies such lists name, four characters or more.
const BODY_WORDS: &[&str] = &[
    "科学技术局",
    "科学技术厅",
    "科学技术委员会",
    "科技创新委员会",
    "外国专家局",
    "人力资源和社会保障局",
    "人力资源和社会保障厅",
    "人力资源社会保障局",
    "人力资源社会保障厅",
    "行政审批局",
    "行政审批服务局",
    "行政服务中心",
    "政务服务中心",
    "人才服务中心",
    "政务服务管理局",
    "管理委员会",
    "出入境办证中心",
    "外国人来华工作",
    "自由贸易试验区",
    "经济技术开发区",
    "高新技术产业开发区",
];

/// The characters [`BODY_WORDS`] end with: a field's other characters end none.
const WORD_ENDS: [char; 6] = ['局', '厅', '会', '心', '作', '区'];

/// Characters OCR reads for one another (similar shapes), each pair once.
const LOOKALIKE_PAIRS: &[(char, char)] = &[
    ('术', '木'),
    ('技', '枝'),
    ('社', '杜'),
    ('局', '屆'),
    ('厅', '斤'),
    ('员', '贝'),
    ('政', '致'),
    ('务', '各'),
    ('审', '宙'),
    ('批', '比'),
    ('中', '申'),
    ('心', '必'),
    ('人', '入'),
    ('力', '刀'),
    ('源', '原'),
    ('和', '禾'),
    ('理', '埋'),
    ('管', '菅'),
    ('办', '外'),
    ('证', '正'),
    ('境', '镜'),
    ('开', '井'),
    ('发', '友'),
    ('试', '拭'),
    ('验', '脸'),
    ('贸', '贺'),
    ('创', '仓'),
    ('科', '料'),
    ('来', '未'),
    ('华', '毕'),
    ('国', '图'),
    ('民', '氏'),
    ('家', '冢'),
    ('资', '贷'),
    ('保', '堡'),
    ('委', '萎'),
    ('会', '仑'),
];

use std::sync::OnceLock;

fn lookalike(a: char, b: char) -> bool {
    LOOKALIKE_PAIRS.iter().any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
}

/// The text with each body's word read back where one character of it was taken for its
/// look-alike, and the pairs read (`木→术`); `None` when there is none.
pub fn correct_body_words(text: &str) -> Option<(String, Vec<String>)> {
    static WORDS: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| BODY_WORDS.iter().map(|w| w.chars().collect()).collect());
    let mut fixed: Option<(Vec<char>, Vec<String>)> = None;
    // A word ends on its last character, never misread: only there is it tried, against
    // the characters before it read backwards (no copy of the text unless one is read).
    for (at, c) in text.char_indices() {
        if !WORD_ENDS.contains(&c) {
            continue;
        }
        let end = at + c.len_utf8();
        for w in words.iter().filter(|w| w.last() == Some(&c)) {
            let mut before = text[..at].chars().rev();
            let mut diff: Option<(usize, char)> = None;
            let mut whole = true;
            for (k, &want) in w[..w.len() - 1].iter().enumerate().rev() {
                match before.next() {
                    Some(got) if got == want => {}
                    Some(got) if diff.is_none() => diff = Some((k, got)),
                    _ => {
                        whole = false;
                        break;
                    }
                }
            }
            // (The pair looked up last: most words tried differ in two characters at once.)
            let (Some((k, printed)), true) = (diff, whole) else { continue };
            if !lookalike(printed, w[k]) {
                continue;
            }
            let (chars, read) = fixed.get_or_insert_with(|| (text.chars().collect(), Vec::new()));
            // The word's k-th character, counted from the end of the text up to it.
            let index = text[..end].chars().count() - w.len() + k;
            chars[index] = w[k];
            read.push(format!("{printed}→{}", w[k]));
        }
    }
    fixed.map(|(chars, read)| (chars.into_iter().collect(), read))
}

/// Characters no modern name or address prints, each with the common character of like
/// shape OCR took it for (`巿`, the apron radical, for `市`).
const STRAY_FORMS: [(char, char); 1] = [('巿', '市')];

/// The text with each [`STRAY_FORMS`] character read back as the common one, and the
/// pairs read (`巿→市`); `None` when there is none. Unlike a body's word, safe anywhere in
/// a field: the stray form is no character of any name.
pub fn correct_stray_forms(text: &str) -> Option<(String, Vec<String>)> {
    if !text.chars().any(|c| STRAY_FORMS.iter().any(|&(s, _)| s == c)) {
        return None;
    }
    let mut pairs = Vec::new();
    let fixed = text
        .chars()
        .map(|c| match STRAY_FORMS.iter().find(|&&(s, _)| s == c) {
            Some(&(s, common)) => {
                let pair = format!("{s}→{common}");
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
                common
            }
            None => c,
        })
        .collect();
    Some((fixed, pairs))
}

/// Characters a house number ends on (`号`, `室`, `楼`…): the digits before one are a number.
const NUMBER_UNITS: &[char] = &['号', '室', '楼', '层', '栋', '幢', '弄', '座'];

/// The address with letters OCR read for digits in a house number read back (`l50号` →
/// `150号`, `1O5室` → `105室`), and the pairs read; `None` when there is none. Only in a run
/// of digits and `l`, `I`, `O`, `o` that holds a digit, touches no other letter (`B1509`,
/// `IT产业园` stay) and ends on a unit character.
pub fn correct_house_numbers(address: &str) -> Option<(String, Vec<String>)> {
    if !address.bytes().any(|b| matches!(b, b'l' | b'I' | b'O' | b'o')) {
        return None;
    }
    let in_run = |c: char| c.is_ascii_digit() || matches!(c, 'l' | 'I' | 'O' | 'o');
    let chars: Vec<char> = address.chars().collect();
    let mut out = String::with_capacity(address.len());
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !in_run(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && in_run(chars[i]) {
            i += 1;
        }
        let run = &chars[start..i];
        let after_letter = start > 0 && chars[start - 1].is_ascii_alphabetic();
        let before_unit = chars.get(i).is_some_and(|c| NUMBER_UNITS.contains(c));
        let mixed = run.iter().any(char::is_ascii_digit) && run.iter().any(|c| !c.is_ascii_digit());
        for &c in run {
            let digit = match c {
                'l' | 'I' => '1',
                'O' | 'o' => '0',
                _ => c,
            };
            if mixed && before_unit && !after_letter && digit != c {
                pairs.push(format!("{c}→{digit}"));
                out.push(digit);
            } else {
                out.push(c);
            }
        }
    }
    (!pairs.is_empty()).then_some((out, pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_read_for_digits_in_a_house_number_are_read_back() {
        let fixed = |t: &str| correct_house_numbers(t).map(|(f, _)| f);
        assert_eq!(fixed("金华市双溪西路l50号").as_deref(), Some("金华市双溪西路150号"));
        assert_eq!(fixed("大厦1O5室").as_deref(), Some("大厦105室"));
        assert_eq!(correct_house_numbers("路2o号").map(|(_, p)| p), Some(vec!["o→0".to_string()]));
        // Not a letter beside another (`B1509`, `IT产业园`), nor one with no unit after its
        // number, nor letters alone.
        for t in ["中心B1509", "电子城IT产业园", "Block1O号", "No1O", "IO号", "A座10层"] {
            assert_eq!(fixed(t), None, "{t}");
        }
    }

    #[test]
    fn a_stray_form_is_read_as_the_common_character_anywhere() {
        assert_eq!(correct_stray_forms("天津巿河西区巿政府"), Some(("天津市河西区市政府".to_string(), vec!["巿→市".to_string()])));
        assert_eq!(correct_stray_forms("天津市河西区"), None);
    }

    #[test]
    fn every_word_ends_with_one_of_the_ends_tried() {
        for w in BODY_WORDS {
            assert!(WORD_ENDS.contains(&w.chars().last().unwrap()), "{w}");
        }
    }

    #[test]
    fn a_body_word_with_a_look_alike_character_is_read_back() {
        let fix = |t: &str| correct_body_words(t).map(|(s, _)| s);
        assert_eq!(fix("宁波市科学技木局").as_deref(), Some("宁波市科学技术局"));
        assert_eq!(fix("嘉兴市科学枝术局").as_deref(), Some("嘉兴市科学技术局"));
        assert_eq!(fix("绍兴市人力资源和杜会保障局").as_deref(), Some("绍兴市人力资源和社会保障局"));
        assert_eq!(fix("闵行区出入境外证中心8号窗口").as_deref(), Some("闵行区出入境办证中心8号窗口"));
        // Right words, other bodies' words, a last character (the kind of body), a
        // character of no look-alike pair, two characters off: left alone.
        for t in ["杭州市科学技术局", "浙江省科学技术厅", "杭州市科学技术处", "税务服务中心", "杭州市科学拔木局", "杭州市"]
        {
            assert_eq!(fix(t), None, "{t}");
        }
    }
}
