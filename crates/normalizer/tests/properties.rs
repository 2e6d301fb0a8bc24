//! Properties of the normalizer: it never panics, and no text of a cell or of a line outside
//! the tables is lost: every character lands in a record of that line, its notes, or a
//! finding about that line, as many times as a table row prints it (a piece the row prints
//! twice, an OCR echo, and a label before each value count once; a line outside the tables,
//! once at least).

use std::collections::{BTreeMap, BTreeSet};

use normalizer::phone::{parse_phone_cell, with_region_code};
use normalizer::text::{canonical_chars, squash};
use normalizer::{normalize, normalize_owned, Normalized};
use parser::markdown::parse_markdown;
use parser::{Document, RowKind};
use proptest::prelude::*;

#[path = "../../../tests/support/proptest_config.rs"]
mod proptest_config;
use proptest_config::config;

/// Text as fields hold it: canonical characters with whitespace gone, letters without
/// their combining marks (a letter and a mark a space kept apart, `c ¸`, may land in two
/// findings; each keeps its part, and the mark alone is no text).
fn comparable(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    canonical_chars(&squash(text)).nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).collect()
}

/// How many times each character occurs in a text.
fn counts(text: &str) -> BTreeMap<char, usize> {
    let mut m = BTreeMap::new();
    for c in text.chars() {
        *m.entry(c).or_default() += 1;
    }
    m
}

/// Characters accounted for at each line, each as many times as records and findings of
/// that line hold it.
fn accounted(n: &Normalized) -> BTreeMap<u32, BTreeMap<char, usize>> {
    let mut by_line: BTreeMap<u32, BTreeMap<char, usize>> = BTreeMap::new();
    let mut add = |line: u32, text: &str| {
        let have = by_line.entry(line).or_default();
        for (c, k) in counts(text) {
            *have.entry(c).or_default() += k;
        }
    };
    for r in &n.records {
        let mut text = format!("{}{}{}{}", r.province, r.institution, r.address, r.notes.join(""));
        if r.joint_permit {
            text.push_str("两证联办");
        }
        for p in &r.phones {
            text.push_str(&p.display());
            text.push_str(p.label.as_deref().unwrap_or(""));
        }
        let text = comparable(&text);
        for l in &r.source_lines {
            add(*l, &text);
        }
    }
    for f in &n.findings {
        let text = comparable(&format!("{}{}", f.before, f.after));
        for l in f.line_start..=f.line_end {
            add(l, &text);
        }
    }
    by_line
}

/// The characters of the labels in a text: the word before each colon (`联系人：`, `1. 甲局：`).
fn label_chars(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    for part in text.split(['：', ':']).rev().skip(1) {
        let label = part.rsplit(|c: char| c.is_whitespace() || matches!(c, '，' | ',' | '；' | ';')).next().unwrap_or("");
        out.extend(comparable(label).chars());
    }
    out
}

/// The text with each extension mark between a number and its extension (`x8001`,
/// `EXT 8001`, `分机号：8001`) read as `转`: structure, like `转`, once the extension is kept.
fn without_extension_marks(text: &str) -> String {
    static MARK: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = MARK
        .get_or_init(|| regex::Regex::new(r"([0-9])\s*(?:[xX]|(?i:ext)\.?|分机号)\s*:?\s*([0-9]{1,6})($|[^0-9.-])").expect("static regex"));
    re.replace_all(text, "${1}转${2}${3}").into_owned()
}

/// Letters, digits or CJK characters of a row's cells that are not accounted for at its line
/// as many times as the row prints them: the row's text, the character, and how many times
/// it is printed and kept.
fn lost(doc: &Document, n: &Normalized) -> Vec<(u32, String, char, usize, usize)> {
    let acc = accounted(n);
    let empty = BTreeMap::new();
    let mut out = Vec::new();
    for t in &doc.tables {
        for r in t.rows.iter().filter(|r| r.kind == RowKind::Data) {
            let have = acc.get(&r.line).unwrap_or(&empty);
            // A piece printed twice in a row (an OCR echo: `| 中心陆家嘴(金融) | 中心陆家嘴(金融) |`,
            // `(金融) (金融)` in one cell, `(金融)0571-…(金融)`, or once more after a label) is
            // one text.
            let pieces: BTreeSet<String> = r
                .cells
                .iter()
                .flat_map(|c| {
                    // A bracketed remark is a piece of its own: the normalizer keeps a remark
                    // the record prints twice once.
                    without_extension_marks(&canonical_chars(&c.text))
                        .replace('(', " (")
                        .replace(')', ") ")
                        .split(|ch: char| matches!(ch, '，' | ',' | '；' | ';') || ch.is_whitespace())
                        .flat_map(|piece| match piece.rfind(':') {
                            Some(colon) => [comparable(&piece[..=colon]), comparable(&piece[colon + 1..])],
                            None => [comparable(piece), String::new()],
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            let mut printed: String = pieces.into_iter().collect();
            // The joint-permit mark is a flag: printed twice it is still one.
            if printed.matches("两证联办").nth(1).is_some() {
                printed = printed.replace("两证联办", "") + "两证联办";
            }
            // A label (`联系人：`) is the row's structure, not its text: printed before each
            // value it names, it is kept once.
            let labels: BTreeSet<char> = r.cells.iter().flat_map(|c| label_chars(&c.text)).collect();
            for (ch, k) in counts(&printed) {
                // `转` only marks an extension (`010-57596100 转 3` → `010-57596100-3`).
                let kept = have.get(&ch).copied().unwrap_or(0);
                let k = if labels.contains(&ch) { 1 } else { k };
                if ch.is_alphanumeric() && ch != '转' && kept < k {
                    out.push((r.line, printed.clone(), ch, k, kept));
                }
            }
        }
    }
    // A line outside any table: a heading, a record that lost its pipes (perhaps wrapped
    // onto the next line), or dropped text; each character of it is kept at its line.
    for t in &doc.text_lines {
        let have = acc.get(&t.line).unwrap_or(&empty);
        let printed = comparable(&t.text);
        for (ch, k) in counts(&printed) {
            let kept = have.get(&ch).copied().unwrap_or(0);
            if ch.is_alphanumeric() && ch != '转' && kept < k.min(1) {
                out.push((t.line, printed.clone(), ch, k, kept));
            }
        }
    }
    out
}

#[test]
fn nothing_lost_on_the_seed() {
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
    let doc = parse_markdown("seed.md", &md).unwrap();
    let n = normalize(&doc);
    let l = lost(&doc, &n);
    assert!(l.is_empty(), "{} cells lose text, e.g. {:?}", l.len(), &l[..l.len().min(10)]);
}

/// Inputs the random test once failed on, kept as fixed cases.
#[test]
fn nothing_lost_on_inputs_found_before() {
    let mut failed = Vec::new();
    for md in [
        "受理机构：乙局，受理机构：北京<br>海淀，受理机构：8. 72E+10\n地址：95511\n| 大专院校、科研院所: 027-87131811 企业单位: 027-87131877 |\n| 员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976 | 员会 |\n| 1 |\n1. 甲局，受理机构：1\n丙局，受理机构：1",
        "受理机构：1\n联系人：张三，受理机构：1\n地址：员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976\nc¸",
        "| 北京 |\n1. 甲局，受理机构：自 治 区\n1. 甲局，受理机构：本窗口自 2019. 4. 1 起撤销\n| 95511 |\n联系人：序号\n受理机构：乙局，受理机构：95511，受理机构：010-89150841 010-89150842 (两证联办)，受理机构：1\n| 1 |",
        "| 1 | 受理机构 | 1 | 1 | 序号 | 1 | 1 |\n| 1 |\n| 自 治 区 | (受理南海辖区内 单位业务) | 8. 72E+10 | 共服务中心 | 1 |\n| 1 |",
        "联系人：1\n地址：大专院校、科研院所: 027-87131811 企业单位: 027-87131877\n传真：010-89150841 010-89150842 (两证联办)\nI´\n| 1 |\n| 1 |",
        "| 佛山市南海区狮山镇狮城路 3 号 | 0539-81 |\n\n| 1 | 序号 | 序号 |\n| 龙 | 21234 |",
        "| 1 | 1 | 序号 | 1 | 1 | 1 | 1 | 序号 |\n\n| 海淀区人力资源公 | 0539-81 |\n\n| 0757-86680876 | 1 | : | 8. 72E+10 | 1 | 1 |",
        "受理机构：外国专家局 珲春市站前西街 466 号 0433-7563399 0451-82363096 「\n地址：1\n咨询电话：010-89150841 010-89150842 (两证联办)\n1. 甲局：1\n| 1 |",
        "| 12 |",
        "| 1 |\n| 1 |\n1. 甲局，咨询电话：1，受理机构：1\n受理机构：乙局，地址：010-89150841 010-89150842 (两证联办)，受理机构：010-89150841 010-89150842 (两证联办)",
        "1. 甲局，受理机构：1，地址：受理机构\n受理机构：乙局，咨询电话：0757-86680876，受理机构：ii，受理机构：0757-86680876\n地址：1",
        "1. 甲局：中心陆家嘴(金融)\n联系人：张三，受理机构：中心陆家嘴(金融)\n丙局 地址：共服务中心 地址：1 咨询电话：010-89150841 010-89150842 (两证联办)",
        "| 0532-85911234/ | 员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976 |\n| 1 |\n联系人：8. 72E+10\n受理机构：乙局，受理机构：0532-85911234/，受理机构：1\n联系人：1\n受理机构：1",
        "咨询电话：局)\n咨询电话：(受理南海辖区内 单位业务)\n联系人：8. 72E+10\n1. 甲局，受理机构：1",
        "受理机构：1\n地址：010-89150841 010-89150842 (两证联办)\n及\n咨询电话：1",
        "受理机构：5<br\n>\n地址：1\n咨询电话：1",
        "受理机构：1\n地址：0757-86680876\nX 21234\n咨询电话：1",
        "北京 大专院校、科研院所: 027-87131811 企业单位: 027-87131877 X 21234\n1. 甲局，受理机构：1",
        "河 北 朝阳区国际人才一站式服务中心\n受理机构：内蒙古\n地址：1\n| 外国专家局 珲春市站前西街 466 号 0433-7563399 0451-82363096 「 |\n丙局，受理机构：1\n丙局，受理机构：1",
        "| 受理机构 |\n(受理南海辖区内 单位业务) (两证联办)\n受理机构：1\n联系人：张三，受理机构：(受理南海辖区内 单位业务)，受理机构：0532-85911234/\n| 1 |\n1. 甲局：1\n1. 甲局，受理机构：1",
        "1. 甲局：1\n1. 甲局：1\n| 员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976 |\n传真：1\n0571-87051076/87056704 X\n受理机构：1\n联系人：8. 72E+10\n| 1 |",
        "受理机构：乙局，受理机构：010-89150841 010-89150842 (两证联办)，受理机构：海淀区人力资源公，受理机构：010-89150841 010-89150842 (两证联办)\n联系人：张三，受理机构：员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976，受理机构：010-89150841 010-89150842 (两证联办)\n地址：1",
        "序号\n受理机构：010-89150841 010-89150842 (两证联办)\n1 X\n地址：8. 72E+10\n咨询电话：1",
        "| 受理机构 |\n\n受理机构：0757-86680876\n咨询电话：X\n8. 72E+10\n| 1 |\n丙局，受理机构：1\n1. 甲局，受理机构：1",
        "<table><tr><td>5<br</td><td>大专院校、科研院所: 027-87131811 企业单位: 027-87131877</td></tr>\n<tr><td>(受理南海辖区内 单位业务)</td><td>(受理南海辖区内 单位业务)</td></tr></table>",
        "<table><tr><td>5<br</td><td>中心陆家嘴(金融)</td><td>0571-87051076/87056704</td></tr>\n<tr><td>中心陆家嘴(金融)</td></tr></table>",
        "受理机构    1    010-89150841 010-89150842 (两证联办)    1\n局)    共服务中心    受理机构",
        "1    1    1\n丙局，联系人：1\n地址：1\n\u{dcf}\n受理机构：1\n1. 甲局，受理机构：1\nii    (受理南海辖区内 单位业务)    ii\n1    1    010-89150841 010-89150842 (两证联办)    1\n| 1 |",
        "8. 72E+10    8. 72E+10    X\n地址：95511\n受理机构：1\n咨询电话：1",
        "| 序号 | 1 | 地址 |\n| 1 |\n本窗口自 2019. 4. 1 起撤销    8. 72E+10    龙\n0571-87051076/87056704    1    1",
        "| 1 |\n联系人：张三 受理机构：0757-86680876 受理机构：中心陆家嘴(金融) 受理机构：中心陆家嘴(金融)\n受理机构：1\n\n1. 甲局，受理机构：1",
    ] {
        let doc = parse_markdown("gen.md", md).unwrap();
        let n = normalize(&doc);
        let l = lost(&doc, &n);
        if !l.is_empty() {
            failed.push(format!("{md:?}: lost {l:?}\n{:#?}\n{:#?}", n.records, n.findings));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

const FRAGMENTS: &[&str] = &[
    "1",
    "12",
    "北京",
    "河 北",
    "内蒙古",
    "自 治 区",
    "龙",
    "海淀区人力资源公",
    "共服务中心",
    "朝阳区国际人才一站式服务中心",
    "丰台区西三环南路 1 号",
    "心二层海淀区人才服务中心",
    "010-89150841 010-89150842 (两证联办)",
    "(两证联办)",
    "0571-87051076/87056704",
    "8. 72E+10",
    "ii",
    ":",
    "D D D D D",
    "一日 一日 日本 日本 日本",
    "局)",
    "员会",
    "本窗口自 2019. 4. 1 起撤销",
    "古林市外国专家局",
    "外国专家局 珲春市站前西街 466 号 0433-7563399 0451-82363096 「",
    "大专院校、科研院所: 027-87131811 企业单位: 027-87131877",
    "",
    "",
    "",
    "X",
    "7.77 火冰中工 4",
    "(受理南海辖区内 单位业务)",
    "佛山市南海区狮山镇狮城路 3 号",
    "0757-86680876",
    // A number a wrap cut, and a cell wrapped after a joiner.
    "0539-81",
    "21234",
    "0532-85911234/",
    "1-2",
    "序号",
    "受理机构",
    "地址",
    "咨询电话",
    // Garbled-page shapes: a run cut at the row, tails opening a later view, echoes.
    "金山区科学技术委 金山区山阳镇龙山路 555 号金山区行政服",
    "员会 务中心二楼 D 区无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976",
    "局(外国专家局) 室 大庆市科学技术局 (外国专家局) 大庆市东风路 19 号 0459-6364918",
    "中心陆家嘴(金融)",
    "邮编",
    "95511",
    // Markup: a line break, and one left unclosed (a stack overflow the fuzzer found).
    "北京<br>海淀",
    "5<br",
    // Hong Kong and Macau numbers in their plan; two names of one body; extension ranges.
    "香港",
    "852-28246111",
    "853 2872 5488 / 6612 3456",
    "天津市科学技术局 和 天津市外国专家局",
    "0813-2201234转8001-8003",
];

fn row() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 1..9).prop_map(|cells| format!("| {} |", cells.join(" | ")))
}

/// A `label: value` line, as records printed as forms have (read as a table by the parser).
fn label_line() -> impl Strategy<Value = String> {
    (proptest::sample::select(&["受理机构", "地址", "咨询电话", "联系人", "传真", "1. 甲局"][..]), proptest::sample::select(FRAGMENTS))
        .prop_map(|(label, value)| format!("{label}：{value}"))
}

/// A record on one line (`甲局，地址：…，电话：…`), fields set apart by commas or spaces.
fn record_line() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(&["1. 甲局", "受理机构：乙局", "丙局", "联系人：张三"][..]),
        proptest::collection::vec(label_line(), 1..4),
        proptest::sample::select(&["，", ", ", " ", "；"][..]),
    )
        .prop_map(|(head, fields, sep)| format!("{head}{sep}{}", fields.join(sep)))
}

/// A piece of a phone cell: numbers, their parts, separators, words that join them.
fn phone_part() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(&["010", "0571", "0578", "021", "0898", "400", "138"][..]).prop_map(str::to_string),
        4 => "[1-9][0-9]{0,8}",
        4 => proptest::sample::select(&["-", "-", " ", "/", "、", "转", "~", "(", ")", ";", "传真:", " 或 ", "+86 ", "分机", "电话:", ".", "—", "(两证联办)", ","][..])
            .prop_map(str::to_string),
    ]
}

/// Fragments on a line without pipes: a row that lost them, or prose.
fn plain_line() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 1..5).prop_map(|parts| parts.join(" "))
}

/// An HTML table as OCR tools embed in markdown, on one line or a row per line, some cells
/// spanning rows or columns.
fn html_table() -> impl Strategy<Value = String> {
    let cell = (proptest::sample::select(FRAGMENTS), proptest::sample::select(&["", "", "", " rowspan=\"2\"", " colspan=\"2\""][..]))
        .prop_map(|(text, span)| format!("<td{span}>{text}</td>"));
    let row = proptest::collection::vec(cell, 1..7).prop_map(|cells| format!("<tr>{}</tr>", cells.concat()));
    (proptest::collection::vec(row, 1..5), proptest::bool::ANY)
        .prop_map(|(rows, one_line)| format!("<table>{}</table>", rows.join(if one_line { "" } else { "\n" })))
}

/// Fields set apart by runs of spaces: a table OCR printed as aligned text.
fn aligned_line() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 3..6).prop_map(|parts| parts.join("    "))
}

fn doc_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => row(),
            1 => Just(String::new()),
            1 => Just("|---|---|---|".to_string()),
            1 => "\\PC{0,30}",
            2 => label_line(),
            1 => record_line(),
            1 => plain_line(),
            1 => html_table(),
            1 => aligned_line()
        ],
        1..40,
    )
    .prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn never_panics_and_loses_nothing(md in doc_text()) {
        if let Ok(doc) = parse_markdown("gen.md", &md) {
            let n = normalize(&doc);
            let l = lost(&doc, &n);
            prop_assert!(l.is_empty(), "lost {:?}", l);
            // ids are unique within a document
            let ids: BTreeSet<&String> = n.records.iter().map(|r| &r.id).collect();
            prop_assert_eq!(ids.len(), n.records.len());
            // Dropping the cells early changes nothing.
            let owned = normalize_owned(doc);
            prop_assert_eq!(&owned.records, &n.records);
            prop_assert_eq!(&owned.findings, &n.findings);
        }
    }

    #[test]
    fn phone_format_round_trips(area in proptest::sample::select(vec!["010", "021", "0571", "0351", "0898", "0438"]),
                                local in "[2-8][0-9]{6,7}", ext in proptest::option::of("[0-9]{1,4}")) {
        let raw = match &ext { Some(e) => format!("{area}-{local}-{e}"), None => format!("{area}-{local}") };
        let first = parse_phone_cell(&raw, false);
        prop_assert_eq!(first.phones.len(), 1);
        let shown = first.phones[0].display();
        let second = parse_phone_cell(&shown, false);
        prop_assert_eq!(&second.phones[0].display(), &shown);
        prop_assert_eq!(&second.phones[0].e164, &first.phones[0].e164);
    }

    #[test]
    fn phone_cells_keep_every_digit_run(parts in proptest::collection::vec(phone_part(), 1..8)) {
        let cell = parts.concat();
        let c = parse_phone_cell(&cell, false);
        let mut kept = String::new();
        for p in &c.phones {
            kept.push_str(&p.display());
            kept.push(' ');
            kept.push_str(&canonical_chars(p.label.as_deref().unwrap_or("")));
            kept.push(' ');
        }
        for t in c.notes.iter().chain(c.issues.iter().map(|i| &i.before)) {
            kept.push_str(&canonical_chars(t));
            kept.push(' ');
        }
        let digits_kept: String = kept.chars().filter(char::is_ascii_digit).collect();
        for run in canonical_chars(&cell).split(|ch: char| !ch.is_ascii_digit()).filter(|r| !r.is_empty()) {
            // (A country code `86`/`0086` before a number is dropped as read.)
            let national = run.strip_prefix("0086").or_else(|| run.strip_prefix("86")).unwrap_or(run);
            prop_assert!(digits_kept.contains(run) || digits_kept.contains(national), "{run} of {cell:?} is in none of {kept:?}");
        }
    }

    #[test]
    fn region_codes_keep_every_digit_in_order(s in "[0-9 +()/、转-]{0,40}", code in proptest::sample::select(vec!["852", "853", "886"])) {
        if let Some(read) = with_region_code(&s, code) {
            let mut kept = read.chars().filter(char::is_ascii_digit);
            let lost = s.chars().filter(char::is_ascii_digit).find(|d| !kept.any(|k| k == *d));
            prop_assert!(lost.is_none(), "{s:?} read as {read:?}");
            let _ = parse_phone_cell(&read, false);
        }
    }

    #[test]
    fn phone_cells_never_panic(s in "\\PC{0,60}") {
        let _ = parse_phone_cell(&s, false);
        let _ = parse_phone_cell(&s, true);
    }
}

/// Every record of the seed has a province, and a city wherever its text names a place.
#[test]
fn seed_records_have_province_and_named_city() {
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
    let n = normalize(&parse_markdown("seed.md", &md).unwrap());
    let g = normalizer::gazetteer::Gazetteer::get();
    for r in &n.records {
        assert!(!r.province.is_empty(), "no province: {r:?}");
        let names_place = [&r.address, &r.institution].iter().any(|t| {
            g.find_places(&normalizer::text::squash(t))
                .iter()
                .any(|m| !m.short && m.candidates.iter().any(|&c| g.div(c).level != normalizer::gazetteer::Level::Province))
        });
        if names_place {
            assert!(r.city.is_some(), "text names a place but no city: {} | {} (lines {:?})", r.institution, r.address, r.source_lines);
        }
    }
}
