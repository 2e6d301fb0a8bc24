//! What a cell holds, judged from its content alone: scores for each column role.
//!
//! Positions lie in OCR'd tables (rows shift left and right), content does not: a phone
//! looks like a phone wherever it sits. These scores are combined with the table's column
//! statistics in [`crate::rows::roles`].

use std::sync::OnceLock;

use regex::Regex;

use crate::gazetteer::Gazetteer;
use std::borrow::Cow;

use crate::text::{canonical_chars, cjk_count, squash, without_whitespace};

/// The role a cell plays in a record row, in the order fields appear in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Seq = 0,
    Province = 1,
    Institution = 2,
    Address = 3,
    Phone = 4,
    /// OCR noise: kept in the audit, not in a record.
    Noise = 5,
}

impl Role {
    /// The roles that carry record fields, in row order.
    pub const FIELDS: [Role; 5] = [Role::Seq, Role::Province, Role::Institution, Role::Address, Role::Phone];

    /// Stable lowercase name, for `inspect` and findings.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Seq => "seq",
            Role::Province => "province",
            Role::Institution => "institution",
            Role::Address => "address",
            Role::Phone => "phone",
            Role::Noise => "noise",
        }
    }
}

/// Institution name endings (bureaus, centres, windows…), longest first.
pub const INSTITUTION_SUFFIXES: &[&str] = &[
    "管理委员会",
    "委员会",
    "管委会",
    "服务中心",
    "服务平台",
    "服务大厅",
    "服务窗口",
    "工作站",
    "服务站",
    "受理点",
    "办公室",
    "产业园",
    // Other directories (companies, banks, schools).
    "有限公司",
    "公司",
    "银行",
    "分行",
    "支行",
    "酒店",
    "宾馆",
    "饭店",
    "集团",
    "大学",
    "学校",
    // Public-security and other disciplined units (`出入境管理支队`), regional offices
    // (`地区行署`), customs.
    "支队",
    "大队",
    "总队",
    "行署",
    "海关",
    "中心",
    "大厅",
    "窗口",
    "专窗",
    "专区",
    "平台",
    "厅",
    "局",
    "处",
    "科",
    "站",
    "委",
    "会",
    "办",
    "所",
    "院",
    "部",
    "股",
    "室",
];

/// Words both names and addresses end on (a window, a hall, an office): alone in a cell,
/// the wrapped end of either.
const BUILDING_WORDS: &[&str] = &["窗口", "大厅", "服务大厅", "办公室", "服务窗口", "专窗"];

/// Words of a building's units (`号`, `楼`, `室`): a text opening with one is inside the
/// building the text before it named, an address's rest.
pub const UNIT_WORDS: [char; 7] = ['楼', '层', '室', '号', '座', '幢', '栋'];

/// True for a word both names and addresses end on alone (`窗口`, `大厅`): the wrapped end
/// of either, as its column says.
pub fn is_building_word(squashed: &str) -> bool {
    BUILDING_WORDS.contains(&squashed)
}

/// Header words of directory tables (this seed's and common synonyms).
pub const HEADER_WORDS: &[&str] = &[
    "序号",
    "编号",
    "省级地区",
    "省份",
    "地区",
    "受理机构",
    "机构名称",
    "单位名称",
    "名称",
    "地址",
    "办公地址",
    "联系地址",
    "咨询电话",
    "联系电话",
    "电话",
    "办公电话",
];

struct Res {
    addr_num: Regex,
    street: Regex,
    phone: Regex,
    excel: Regex,
    seq: Regex,
    bracket: Regex,
    label: Regex,
    decimal: Regex,
    road: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| Res {
        addr_num: Regex::new(
            r"[0-9]+\s*(号|楼|室|层|弄|栋|座|幢|房间|办公室|窗口|单元|大街|米)|[A-Za-z][0-9]{2,}|[A-Za-z]\s*(座|栋|幢)\s*[0-9]+|[0-9]+-[0-9]+号?|第.+(街|大街)",
        )
        .unwrap(),
        street: Regex::new(r"路|街|道|巷|镇|乡|村|广场|大厦|大楼|园区|楼|号|交叉口|附近|院内|大院|行政中心|市民中心|服务中心|办公区|片区")
            .unwrap(),
        // A landline (`0571-87051076`, `(0571)87051076`, `+86 571 87051076`,
        // `86-571-87051076`), a mobile, or 10-12 digits from 0. What the phone reader
        // (`crate::phone`) reads as a number is counted here too.
        phone: Regex::new(
            r"(?:\+?86[\s-]?)?0[0-9]{2,3}\s*-\s*[0-9]{3,8}|0[0-9]{2,3}\s*[~._一=ーｰ:]\s*[1-9][0-9]{6,7}|\(\s*0[0-9]{2,3}\s*\)\s*[0-9]{3,4}[\s-]?[0-9]{3,4}|(?:(?:\+\s*|00)86|86[\s-]|\(\s*\+?\s*86\s*\))[\s-]*(?:0?(?:10|2[0-9]|[3-9][0-9]{2})[\s-]+|\(\s*0?(?:10|2[0-9]|[3-9][0-9]{2})\s*\)[\s-]*)[0-9]{3,4}[\s-]?[0-9]{4}|(?:^|[^[0-9]])1[3-9][0-9]{9}(?:[^[0-9]]|$)|0[0-9]{9,11}",
        )
        .unwrap(),
        excel: Regex::new(r"[0-9]\s*\.\s*[0-9]+\s*[Ee]\s*\+\s*[0-9]+").unwrap(),
        // `1`, `1.`, `1、`, `(1)` (full-width brackets are ASCII after canonicalization).
        // (A sub-number, `1-2`, opens with no 0: `010-69` is a phone's head a wrap cut.)
        seq: Regex::new(r"^(?:[0-9]{1,4}[.、]?|\([0-9]{1,3}\)|[1-9][0-9]{0,2}[-.][1-9][0-9]?)$").unwrap(),
        bracket: Regex::new(r"\([^()]*\)?").unwrap(),
        label: Regex::new(r"[^[0-9]:;,、/\s]+(?:\s+[^[0-9]:;,、/\s]+)*\s*:").unwrap(),
        decimal: Regex::new(r"[0-9]+\.[0-9]+").unwrap(),
        road: Regex::new(r"路|大街|巷|交叉口|东南角|西南角|东北角|西北角").unwrap(),
    })
}

/// Content scores of one cell for each role, plus facts used by row reconstruction.
#[derive(Debug, Clone, Default)]
pub struct CellScores {
    /// Indexed by `Role as usize`.
    pub score: [f32; 6],
    /// Phone numbers seen in the cell.
    pub phone_count: usize,
    /// The cell mixes several records' text (names, addresses and phones run together).
    pub garbled: bool,
    /// The cell matches a province name, or a fragment of one split over rows.
    pub province: Option<usize>,
    pub province_fragment: bool,
    pub header: bool,
}

impl CellScores {
    /// Score for a role.
    pub fn get(&self, r: Role) -> f32 {
        self.score[r as usize]
    }

    /// The field the cell reads as beyond doubt (a score of 2 at least, 1 above any other
    /// field's): what a column's statistics count.
    pub fn clear_field(&self) -> Option<Role> {
        let (role, best) = self.best();
        if role == Role::Noise || best < 2.0 {
            return None;
        }
        let second = Role::FIELDS.iter().filter(|r| **r != role).map(|r| self.get(*r)).fold(f32::MIN, f32::max);
        (best - second >= 1.0).then_some(role)
    }

    /// The role with the highest content score.
    pub fn best(&self) -> (Role, f32) {
        let mut best = (Role::Noise, f32::MIN);
        for r in [Role::Seq, Role::Province, Role::Institution, Role::Address, Role::Phone, Role::Noise] {
            if self.get(r) > best.1 {
                best = (r, self.get(r));
            }
        }
        best
    }
}

/// True when the text ends like an institution name.
pub fn has_institution_suffix(s: &str) -> bool {
    let t = s.trim_end_matches([')', '(']);
    let Some(c) = t.chars().next_back() else { return false };
    if has_simplified_suffix(t) {
        return true;
    }
    // A traditional-Chinese ending (`委員會`, `機構`) reads as its simplified form.
    crate::variants::simplified(c).is_some() && {
        let tail: String = t.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
        crate::variants::to_simplified(&tail).is_some_and(|tail| has_simplified_suffix(&tail))
    }
}

/// True when a (whitespace-free) text ends like a name, or does so before a bracketed remark
/// closing it (`…许可窗口(侧重受理龙华区单位业务)`): the name ends before the bracket.
pub fn ends_like_name(sq: &str) -> bool {
    if has_institution_suffix(sq) {
        return true;
    }
    let Some(body) = sq.strip_suffix(')') else { return false };
    body.rfind('(').is_some_and(|i| i > 0 && has_institution_suffix(&body[..i]))
}

/// True for a name numbered among its windows (`余杭区科技局1`, `余杭区科技局2`): a whole
/// name, then one or two digits and no other digit.
fn numbered_window_name(sq: &str, digits: usize, cjk: usize) -> bool {
    let body = sq.trim_end_matches(|c: char| c.is_ascii_digit());
    let n = sq.len() - body.len();
    (1..=2).contains(&n) && digits == n && cjk >= 4 && has_institution_suffix(body)
}

/// True when a text is a place then the short name of one of that place's own divisions,
/// nothing after (`焦作市中站`: 中站区 is 焦作市's): the text stops before the division's ending.
fn place_then_own_division(g: &Gazetteer, sq: &str) -> bool {
    let places = g.find_places(sq);
    let [.., head, stem] = &places[..] else { return false };
    stem.short
        && stem.end == sq.len()
        && head.end == stem.start
        && stem.candidates.iter().any(|&c| g.prefecture_of(c).is_some_and(|p| head.candidates.contains(&p)))
}

/// [`has_institution_suffix`] of a text ending in a simplified (or shared) character.
fn has_simplified_suffix(t: &str) -> bool {
    let Some(c) = t.chars().next_back() else { return false };
    // Endings grouped by their last character: one lookup, then only that group's
    // longer endings are compared (most text ends in no ending's last character).
    match suffix_groups().binary_search_by_key(&c, |g| g.0) {
        Ok(i) => {
            let (_, alone, longer) = &suffix_groups()[i];
            *alone || longer.iter().any(|suf| t.ends_with(suf))
        }
        Err(_) => false,
    }
}

/// [`INSTITUTION_SUFFIXES`] by last character: whether that character alone is an
/// ending, and the longer endings that end with it.
fn suffix_groups() -> &'static [(char, bool, Vec<&'static str>)] {
    static G: OnceLock<Vec<(char, bool, Vec<&'static str>)>> = OnceLock::new();
    G.get_or_init(|| {
        let mut groups: Vec<(char, bool, Vec<&'static str>)> = Vec::new();
        for suf in INSTITUTION_SUFFIXES {
            let Some(last) = suf.chars().next_back() else { continue };
            let i = match groups.iter().position(|g| g.0 == last) {
                Some(i) => i,
                None => {
                    groups.push((last, false, Vec::new()));
                    groups.len() - 1
                }
            };
            if suf.chars().count() == 1 {
                groups[i].1 = true;
            } else {
                groups[i].2.push(suf);
            }
        }
        groups.sort_unstable_by_key(|g| g.0);
        groups
    })
}

/// Number of phone-number-like runs in a text.
pub fn count_phones(text: &str) -> usize {
    res().phone.find_iter(&canonical_chars(text)).count()
}

/// Byte offset of the first phone number's first digit in canonical text, if any.
pub fn first_phone_start(canon: &str) -> Option<usize> {
    let m = res().phone.find(canon)?;
    // A bracketed area code starts at its bracket; the mobile and `86` alternatives may
    // start at the character before the number.
    Some(canon[m.start()..].find(|c: char| c.is_ascii_digit() || c == '+' || c == '(').map_or(m.start(), |i| m.start() + i))
}

/// The text before a cell's first number without the phone label that ends it
/// (`…1288号;电话:` → `…1288号;`, `温州市科学技术局 电话：` → `温州市科学技术局 `); the text
/// as it was when no label ends it.
pub fn without_phone_label(head: &str) -> &str {
    let h = head.trim_end().trim_end_matches([':', '：']).trim_end();
    PHONE_LABELS.iter().find_map(|l| h.strip_suffix(l)).unwrap_or(head)
}

/// The labels a phone cell prints before its numbers, longest first where one ends another.
const PHONE_LABELS: [&str; 7] = ["联系电话", "咨询电话", "办公电话", "电话", "Tel", "TEL", "tel"];

/// The one name the text before a cell's first number is (`海淀区人力社保局 `,
/// `北京市科学技术委员会(`, `温州市科学技术局 电话：`), without the bracket, separator or
/// phone label between it and the number; `None` when that text is no name alone.
pub fn name_before_phones(head: &str) -> Option<&str> {
    let name = without_phone_label(head).trim_end().trim_end_matches(['(', '/', ';', '；', ',', '，', '、', ':', '：']).trim_end();
    let sq = squash(name);
    let (cjk, digits) = (cjk_count(&sq), sq.bytes().filter(u8::is_ascii_digit).count());
    // (Or one numbered among its windows: `余杭区科技局1 0571-…`.)
    let one_name = cjk >= 4 && (digits == 0 && ends_like_name(&sq) || numbered_window_name(&sq, digits, cjk));
    one_name.then_some(name)
}

/// True for one address or one name followed by its phones and nothing else (`杭州市解放
/// 东路 18 号市民中心 C 座 0571-85253100 0571-85253101`, a `地址及电话` column; `温州市科学
/// 技术局 电话：0577-…、0577-…`): an address that opens with no name, or a name alone, then
/// numbers with their separators, labels and bracketed notes. Records run together open
/// with a name before an address (`外国专家局 珲春市…466 号 0433-… 0451-…`) or go on after a
/// number.
fn one_field_then_phones(canon: &str) -> bool {
    let Some(start) = first_phone_start(canon) else { return false };
    let (head, tail) = canon.split_at(start);
    let r = res();
    let tail = r.bracket.replace_all(tail, " ");
    let tail = r.label.replace_all(&tail, " ");
    if cjk_count(&tail.replace(['转', '或', '及', '和'], "")) > 0 {
        return false;
    }
    if name_before_phones(head).is_some() {
        return true;
    }
    // The words before the house number: a place and a street, no name (a `中心` after the
    // number is a building's). The number may follow its street without a space
    // (`北京市延庆区庆园街60号 …`).
    let before_number = &head[..head.find(|c: char| c.is_ascii_digit()).unwrap_or(head.len())];
    let mut words = before_number.split_whitespace().peekable();
    let opens_as_address = words.peek().is_some_and(|w| cjk_count(w) >= 2) && words.all(|w| !has_institution_suffix(w));
    // (Or one word opening with a place and naming a building, its floor right after it:
    // `苏州高新区行政服务中心3楼人社局C15号窗口…`, the 中心 a building's.)
    let building_floor = || {
        let after = head[before_number.len()..].trim_start_matches(|c: char| c.is_ascii_digit());
        let mut words = before_number.split_whitespace();
        let one_word =
            words.next().is_some_and(|w| cjk_count(w) >= 4 && Gazetteer::get().place_at_start(w).is_some()) && words.next().is_none();
        one_word && !before_number.ends_with(char::is_whitespace) && after.starts_with(['楼', '层', 'F'])
    };
    (opens_as_address || building_floor()) && !head.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// True when the cell is a note-only phone cell such as `(两证联办)`.
pub fn is_phone_note(s: &str) -> bool {
    is_phone_note_squashed(&squash(s))
}

fn is_phone_note_squashed(t: &str) -> bool {
    t.starts_with('(') && is_service_remark_squashed(t)
}

/// True for a phone label and a number too short to be whole (`联系电话:0734-4`, squashed):
/// a phone cell a wrap cut, its number's rest on the row below. No address has a label.
fn is_labelled_number_head(t: &str) -> bool {
    let Some(rest) = PHONE_LABELS.iter().find_map(|l| t.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    rest.bytes().all(|b| b.is_ascii_digit() || b == b'-') && rest.bytes().filter(u8::is_ascii_digit).count() >= 3
}

/// True for a short service remark, bracketed or not (`两证联办`, `(工作日内回复)`): in a
/// remarks column it is a remark, though it ends like a name (`…办`).
pub fn is_service_remark(s: &str) -> bool {
    let t = squash(s);
    t.chars().count() <= 12 && is_service_remark_squashed(&t)
}

fn is_service_remark_squashed(t: &str) -> bool {
    t.contains("联办") || t.contains("工作日") || t.contains("回复")
}

/// Whitespace tokens of `text` (in order, slices of it), with the tokens from one that
/// opens a bracket to the one closing it taken as one slice.
fn bracket_groups<'a>(text: &'a str, toks: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(toks.len());
    let mut open: Option<(usize, i32)> = None;
    for t in toks {
        let start = t.as_ptr() as usize - text.as_ptr() as usize;
        let (begin, depth) = open.take().unwrap_or((start, 0));
        let depth = depth + crate::text::bracket_balance(t);
        if depth > 0 {
            open = Some((begin, depth));
        } else {
            out.push(&text[begin..start + t.len()]);
        }
    }
    if let Some((begin, _)) = open {
        out.push(&text[begin..]);
    }
    out
}

/// True for a room or window code: letters, an optional dash, then digits (`D618`, `B-409`).
fn is_room_code(sq: &str) -> bool {
    let letters = sq.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = sq[letters..].strip_prefix('-').unwrap_or(&sq[letters..]);
    (1..=2).contains(&letters) && (2..=5).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit())
}

/// The province a numbered heading names (`一、北京市`, `(二)天津市`, `3.上海市`), or a
/// cell holding a 序号 and a province (`1 北京`), for canonical text of `n` characters
/// besides whitespace.
fn numbered_province(text: &str, n: usize, cjk: usize) -> Option<usize> {
    let first = text.trim_start().chars().next()?;
    let numbered = first.is_ascii_digit() || first == '(' || first == '第' || "一二三四五六七八九十".contains(first);
    // The longest province name is 新疆维吾尔自治区 (8) or 新疆生产建设兵团 (8); numbering adds a
    // few, a count after it a few more (`三十一、新疆维吾尔自治区(共10个)`, 18). Every name has
    // two CJK characters (a phone cell has none).
    if !numbered || !(3..=20).contains(&n) || cjk < 2 {
        return None;
    }
    crate::rows::heading_province(text)
}

/// The province a cell names with a colon or a bracketed count after it (`北京(2个)`,
/// `内蒙古(3)`, `宁夏回族自治区:`), for whitespace-free canonical text.
fn decorated_province(g: &Gazetteer, sq: &str) -> Option<usize> {
    if !sq.ends_with([':', ')']) {
        return None;
    }
    let t = sq.trim_end_matches(':');
    let t = match t.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        // A count: `2个`, `共2个`, `共3个受理点`, `二处`.
        Some((name, count))
            if count.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                && count.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十共计个家处所受理点窗口".contains(c)) =>
        {
            name
        }
        Some(_) => return None,
        None => t,
    };
    g.province_by_name(t)
}

/// A province cell that prints the city after the province (`浙江杭州`, `江苏·南京`,
/// `湖南省株洲市`): the province and the city's text, when the rest is one place of that
/// province and nothing more.
pub(crate) fn province_then_place(g: &Gazetteer, sq: &str) -> Option<(usize, String)> {
    // (Cheap tests first: a short text of Chinese characters and at most a separator,
    // opening with the first character of a province's name; this runs on every cell.)
    const FIRSTS: &str = "北天河山内辽吉黑上江浙安福湖广海重四贵云西陕甘青宁新";
    if !(12..=40).contains(&sq.len())
        || !sq.chars().next().is_some_and(|c| FIRSTS.contains(c))
        || sq.bytes().any(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    // Every province's short name has two or three characters (`浙江`, `黑龙江`).
    let mut ends = sq.char_indices().map(|(i, _)| i).skip(2);
    let (two, three) = (ends.next()?, ends.next()?);
    let (p, short) = [two, three].into_iter().find_map(|i| g.province_by_name(&sq[..i]).map(|p| (p, i)))?;
    // The full name (`湖南省`, `广西壮族自治区`) when printed so, else the short one.
    let full = g.div(p).name.as_str();
    let cut = if sq.starts_with(full) { full.len() } else { short };
    let rest = sq[cut..].trim_start_matches(['·', '•', '-', '/', '、', ',', ':']);
    let whole_place = g.place_at_start(rest).is_some_and(|m| m.end == rest.len());
    (whole_place && g.resolve(rest, Some(p), &[]).prefecture.is_some_and(|c| g.province_of(c) == p)).then(|| (p, rest.to_string()))
}

/// Words an English name of a body ends with (`… Bureau`, `… Service Center`).
const ENGLISH_NAME_WORDS: &[&str] = &[
    "bureau",
    "commission",
    "committee",
    "center",
    "centre",
    "department",
    "office",
    "administration",
    "agency",
    "window",
    "station",
    "hall",
    "authority",
    "council",
    "ministry",
    "division",
    "section",
    "service",
    "services",
    "branch",
    "platform",
];

/// Words of an English address (`Road`, `Street`, `District`, `Floor`).
const ENGLISH_ADDRESS_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "blvd",
    "highway",
    "alley",
    "district",
    "county",
    "town",
    "township",
    "village",
    "building",
    "bldg",
    "tower",
    "plaza",
    "floor",
    "fl",
    "room",
    "rm",
    "block",
    "park",
    "zone",
    "no",
    "square",
    "court",
    "gate",
];

/// Institution and address scores of a field printed in English, when the text is words of
/// Latin letters (two at least): a name ending in a body's word, an address holding a
/// street's word or a house number; else low for both, the column deciding.
fn english_field_scores(canon: &str) -> Option<(f32, f32)> {
    let words: Vec<String> =
        canon.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    let letter_words = words.iter().filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic())).count();
    if letter_words < 2 || !canon.chars().all(|c| c.is_ascii() || c.is_whitespace() || "，。、（）：".contains(c)) {
        return None;
    }
    let has_number = words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()));
    let address_words = words.iter().filter(|w| ENGLISH_ADDRESS_WORDS.contains(&w.as_str())).count();
    let last_letters = words.iter().rev().find(|w| w.bytes().all(|b| b.is_ascii_alphabetic()));
    let named = last_letters.is_some_and(|w| ENGLISH_NAME_WORDS.contains(&w.as_str()));
    let mut addr: f32 = 0.2 + if address_words > 0 { 1.5 } else { 0.0 } + if has_number { 1.0 } else { 0.0 };
    let mut inst: f32 = if named { 2.0 } else { 0.2 };
    if named && !has_number {
        addr -= 0.5;
    }
    if has_number && address_words > 0 {
        inst -= 1.0;
    }
    Some((inst.max(0.0), addr.max(0.0)))
}

/// The province of a cell printing its name in Chinese and in English letters (`北京Beijing`
/// squashed): the Chinese half names a province, the rest is letters.
fn bilingual_province(g: &Gazetteer, sq: &str) -> Option<usize> {
    // (A province's name is eight characters at most.)
    if sq.len() > 60
        || sq.is_ascii()
        || !sq.bytes().any(|b| b.is_ascii_alphabetic())
        || sq.chars().filter(|c| !c.is_ascii()).nth(8).is_some()
    {
        return None;
    }
    let (zh, en): (String, String) = sq.chars().partition(|c| !c.is_ascii());
    en.chars().all(|c| c.is_ascii_alphabetic() || "-/()'.".contains(c)).then(|| g.province_by_name(&zh)).flatten()
}

/// Scores one cell's text.
pub fn classify(text: &str) -> CellScores {
    // (Within a document printing variant forms throughout, read in simplified form.)
    let canon = crate::variants::read_as(canonical_chars(text));
    if crate::phone::is_plain_landline(&canon) {
        // The commonest cell (`0571-87051076`): what every test below concludes for it (a
        // test holds this equal to the full reading).
        let mut s = CellScores { phone_count: 1, ..CellScores::default() };
        s.score[Role::Phone as usize] = 5.0;
        s.score[Role::Noise as usize] = 0.6;
        return s;
    }
    classify_canonical(canon)
}

/// [`classify`] on canonical text, every test run.
fn classify_canonical(canon: Cow<'_, str>) -> CellScores {
    let r = res();
    let g = Gazetteer::get();
    let mut s = CellScores::default();
    let sq = without_whitespace(Cow::Borrowed(&*canon));
    // One pass for the counts and the ASCII characters present (the guards below tested
    // each character with a scan of its own). The whitespace-free text holds the same
    // non-whitespace characters as the canonical one.
    let (mut n, mut cjk, mut digits, mut ascii) = (0usize, 0usize, 0usize, 0u128);
    for c in sq.chars() {
        n += 1;
        if c.is_ascii() {
            ascii |= 1 << (c as u32);
            digits += usize::from(c.is_ascii_digit());
        } else {
            cjk += usize::from(crate::text::is_cjk(c));
        }
    }
    if n == 0 {
        return s;
    }
    let has = |c: u8| ascii & (1 << c) != 0;
    // Latin letters (the bits of `A`-`Z` and `a`-`z`).
    let letters = ascii & ((0x3ff_ffff << b'A') | (0x3ff_ffff << b'a')) != 0;
    // Each regex below runs only when the characters it needs are there (exact guards:
    // a phone needs 6+ digits, scientific notation a '+', a label a ':'…).
    s.phone_count = if digits >= 6 { r.phone.find_iter(&canon).count() } else { 0 };
    // `0311 8599 1234`, `0 1 0 - 8 9 1 5 0 8 4 1`: a number printed in groups, read as
    // the phone reader reads it. (A phone cell holds more digits than Chinese characters;
    // an address with numbers does not, and is spared the reading.)
    let grouped = || canon.contains(char::is_whitespace) || canon.bytes().filter(|&b| b == b'-').nth(1).is_some();
    if s.phone_count == 0 && digits >= 7 && cjk <= digits && grouped() {
        let mut joined = canon.to_string();
        crate::phone::join_number_groups(&mut joined);
        if joined != *canon {
            s.phone_count = r.phone.find_iter(&joined).count();
        }
    }
    // A cell that is only a national short number (95511, 12345) is a phone cell.
    if s.phone_count == 0 && crate::phone::is_national_short_cell(&sq) {
        s.phone_count = 1;
    }
    let excel = has(b'+') && r.excel.is_match(&canon);
    let phone_note = is_phone_note_squashed(&sq) || (digits >= 3 && is_labelled_number_head(&sq));

    // Header cells.
    if HEADER_WORDS.contains(&&*sq) {
        s.header = true;
    }

    // Sequence numbers.
    if sq.len() <= 6 && r.seq.is_match(&sq) {
        s.score[Role::Seq as usize] = 3.0;
    }

    // Provinces, whole or as fragments split over rows (`自治区`, `龙`).
    if let Some(p) = g.province_by_name(&sq) {
        s.province = Some(p);
        s.score[Role::Province as usize] = 4.0;
    } else if let Some(p) = (n <= 8).then(|| crate::variants::to_simplified(&sq)).flatten().and_then(|s| g.province_by_name(&s)) {
        // A province printed in traditional forms (`廣東`, `黑龍江`), in any document.
        s.province = Some(p);
        s.score[Role::Province as usize] = 4.0;
    } else if let Some(p) = (letters && (2..=8).contains(&cjk)).then(|| bilingual_province(g, &sq)).flatten() {
        // `北京 Beijing`, `广东 Guangdong`: a province cell printed in both languages.
        s.province = Some(p);
        s.score[Role::Province as usize] = 4.0;
    } else if let Some(p) = decorated_province(g, &sq) {
        // `北京(2个)`, `宁夏回族自治区:`: a province cell with its count or a colon.
        s.province = Some(p);
        s.score[Role::Province as usize] = 4.0;
    } else if let Some((p, _)) = province_then_place(g, &sq) {
        // `浙江杭州`, `湖南省株洲市`: a province cell printing the city after it. Or an
        // address cut after its city (`湖北省宜昌市` + `西陵区…`): scored low, so the
        // column decides.
        s.province = Some(p);
        s.score[Role::Province as usize] = 1.0;
    } else if let Some(p) = numbered_province(&canon, n, cjk) {
        // `一、北京市`, `(二)天津市`: a section heading printed as a table row.
        s.province = Some(p);
        s.score[Role::Province as usize] = 4.0;
    } else if let Some(p) = (n == 1).then(|| g.province_by_abbreviation(&sq)).flatten() {
        // `沪`, `粤`: a province printed as its one-character abbreviation.
        s.province = Some(p);
        s.score[Role::Province as usize] = 3.0;
    } else if n <= 5 && cjk == n {
        let cands = g.provinces_containing(&sq);
        if !cands.is_empty() && cands.len() <= 6 {
            s.province_fragment = true;
            if cands.len() == 1 {
                s.province = Some(cands[0]);
            }
            s.score[Role::Province as usize] = if n == 1 { 1.2 } else { 2.0 };
        }
    }

    // Phones: the cell is numbers, separators, labels and bracketed notes.
    let without_notes = if has(b'(') { r.bracket.replace_all(&canon, " ") } else { Cow::Borrowed(&*canon) };
    let without_labels =
        if has(b':') && without_notes.contains(':') { r.label.replace_all(&without_notes, " ") } else { Cow::Borrowed(&*without_notes) };
    let rest_cjk = cjk_count(&without_labels);
    if s.phone_count > 0 || excel {
        s.score[Role::Phone as usize] = if rest_cjk <= 2 { 5.0 } else { 2.0 };
        // Much text beside a phone is several records run together, unless it is one
        // address printed with its phone (`…中山东路39号 0311-86687001`): that cell is
        // split in row assembly. A name ending in the text, or a second phone, means more.
        let name_like = without_labels.split_whitespace().any(|t| cjk_count(t) >= 2 && has_institution_suffix(t));
        // One name and its one number (`…委员会(010-89151234)`) are one record's two fields,
        // split in row assembly like an address and its phone.
        let mut words = without_labels.split_whitespace().filter(|t| !t.bytes().any(|b| b.is_ascii_digit()));
        let one_name = s.phone_count == 1 && words.next().is_some_and(has_institution_suffix) && words.next().is_none();
        if rest_cjk >= 8 && (s.phone_count >= 2 || name_like) && !one_name && !one_field_then_phones(&canon) {
            s.garbled = true;
        }
    } else if phone_note {
        s.score[Role::Phone as usize] = 2.5;
    } else if digits >= 7 && (rest_cjk == 0 || cjk_count(&without_labels.replace("分机", "").replace('转', "")) == 0) {
        // Local numbers without their area code (a 区号 column holds it), labels, notes
        // and extensions aside: `电话:3026880 传真:3026881`, `52068900 转 12`.
        s.score[Role::Phone as usize] = 2.0;
    }

    // Institutions.
    let starts_with_place = g.place_at_start(&sq).is_some() || sq.starts_with("中国(");
    let addr_num = (digits > 0 || canon.contains('第')) && r.addr_num.is_match(&canon);
    let mut inst: f32 = 0.0;
    // (A place then the short name of one of its own divisions that ends like a name, `焦作市中站`
    // of 中站区, `秦皇岛市山海关`: an address's head cut before the division's `区`, no name.)
    let division_head = || digits == 0 && starts_with_place && cjk <= 10 && place_then_own_division(g, &sq);
    if cjk >= 1 && (ends_like_name(&sq) || numbered_window_name(&sq, digits, cjk)) && !division_head() {
        inst += 2.0;
    }
    // The closing part of a bracketed remark wrapped onto the next row: `单位业务)`, `、B类)`.
    if cjk >= 1 && sq.ends_with(')') && !has(b'(') {
        inst += 1.0;
    }
    if cjk >= 2 {
        // Name words (局, 厅, 委 of 管委会…): one pass for the single characters.
        if sq.contains(['局', '厅', '委', '处', '站', '办']) || ["中心", "平台", "窗口"].iter().any(|k| sq.contains(k)) {
            inst += 0.5;
        }
        if starts_with_place {
            inst += 0.3;
        }
        // (A free-trade zone's name cut short, `中国(河北)自`: a name's head, no address, which
        // prints its road and number after the zone.)
        if sq.starts_with("中国(") && digits == 0 && !r.road.is_match(&sq) {
            inst += 1.0;
        }
        // (A place then `科`, `石家庄市藁城区科`: the head of a 科学技术局 or 科技局 cut after
        // its first character, or of an address's 科技路; a section's name says its work,
        // `外事科`.)
        if sq.strip_suffix('科').is_some_and(|h| h.ends_with(['市', '区', '县', '州', '旗', '盟'])) {
            inst -= 1.5;
        }
        if addr_num {
            inst -= 2.0;
        }
        // Names rarely hold a road: `瑶海区郎溪路与长临路交叉口…政务中心` is an address.
        if r.road.is_match(&sq) {
            inst -= 1.5;
        }
        if s.phone_count > 0 {
            inst -= 3.0;
        }
    }
    // A house or room number and one unit word, `257室`, `5号`: an address's end, though `室`
    // ends names too (`办公室`), whose words come first.
    if addr_num && cjk == 1 {
        inst = inst.min(0.5);
    }
    // A name with no known ending is still a name candidate.
    if cjk >= 4 && s.phone_count == 0 && !addr_num {
        inst = inst.max(0.2);
    }
    if phone_note {
        inst = 0.0;
    }
    // Text opening with a building unit (`楼服务大厅`, `号窗口`, `层`) is the wrapped end of an
    // address: no name starts that way.
    let unit_start = sq.starts_with(UNIT_WORDS);
    if unit_start {
        inst = 0.0;
    }
    s.score[Role::Institution as usize] = inst;

    // Addresses. Place words inside brackets qualify a name as often as they locate an
    // address (`中心临港(新片区)`): only text outside brackets counts as street evidence.
    let unbracketed = if has(b'(') { r.bracket.replace_all(&sq, "") } else { Cow::Borrowed(&*sq) };
    // Opening with a zone no table knows (`贵安新区数字经济`: two characters at least, then
    // 新区, 开发区 or the like) locates a text as a place does.
    let opens_with_zone = !starts_with_place
        && sq.char_indices().take(8).skip(2).any(|(i, _)| {
            ["新区", "开发区", "高新区", "经开区", "保税区"].iter().any(|z| sq[i..].starts_with(z))
                && sq[..i].chars().all(crate::text::is_cjk)
        });
    let mut addr: f32 = 0.0;
    if cjk >= 2 {
        if addr_num {
            addr += 2.5;
        }
        if r.street.is_match(&unbracketed) {
            addr += 1.0;
        }
        if r.road.is_match(&unbracketed) {
            addr += 1.0;
        } else if has(b'(') && r.road.is_match(&sq) && !unbracketed.contains(['局', '厅', '委', '处', '站', '办']) {
            // A road only in the bracket (`…科创园(华昌路与五联路交汇处)`) locates the text
            // less than a road outside it, but still: names seldom bracket a road (when no
            // name word stands outside it).
            addr += 0.5;
        }
        if starts_with_place || opens_with_zone {
            addr += 0.5;
        }
        if has_institution_suffix(&sq) && !addr_num {
            addr -= 0.5;
        }
        if s.phone_count > 0 {
            addr -= 2.0;
        }
        if crate::status::may_mention_status(&sq)
            && (["暂未", "取消"].iter().any(|k| sq.contains(k)) || crate::status::mentions_status(&sq))
        {
            addr += 2.0;
        }
    }
    if cjk >= 3 && s.phone_count == 0 {
        addr = addr.max(0.2);
    }
    if phone_note {
        addr = 0.0;
    }
    if unit_start && cjk >= 1 && s.phone_count == 0 {
        addr = addr.max(2.0);
    }
    // A house number alone (`5 号`, `3 楼`): the end of an address wrapped onto the next
    // row. One unit character is too little for the street evidence above.
    if addr_num && cjk == 1 && s.phone_count == 0 {
        addr = addr.max(2.0);
    }
    // A room code alone (`D618`, `B-409`): the end of an address wrapped onto the next row.
    if cjk == 0 && s.phone_count == 0 && n <= 7 && is_room_code(&sq) {
        addr = addr.max(2.0);
    }
    // Office hours alone (`周一至周五 9:00-12:00`): their digits are neither a house number
    // nor a phone; no field claims them (a remarks column keeps them as a note).
    if digits > 0 && (has(b':') || canon.contains('周')) && crate::phone::is_office_hours(&canon) {
        addr = 0.0;
        s.score[Role::Phone as usize] = 0.0;
    }
    // A cell labelled as the address (`地址:朔州市…科学技术局`) is one, whatever it ends like.
    if has(b':') && s.phone_count == 0 && crate::text::split_field_label(&sq, true).is_some() {
        addr = addr.max(4.0);
        s.score[Role::Institution as usize] = 0.0;
    }
    // A building's word alone, `窗口`, `大厅`: the end of a name (`…综合服务` + `窗口`) as often
    // as of an address (`…31号` + `窗口`); the column decides.
    if is_building_word(&sq) {
        s.score[Role::Institution as usize] = s.score[Role::Institution as usize].min(0.5);
        addr = addr.max(0.5);
    }
    s.score[Role::Address as usize] = addr;

    // Garbled: several institution names and addresses in one cell.
    // Text without whitespace is one token: nothing below needs it split (no vector built).
    let one_token = !crate::text::may_hold_whitespace(&canon);
    let toks: Vec<&str> = if one_token { Vec::new() } else { canon.split_whitespace().collect() };
    let tokens = &toks;
    // A house or room number makes an address (`…5号楼307室` ends like 室, a name ending).
    let name_token = |t: &str| has_institution_suffix(t) && cjk_count(t) >= 4 && !(digits > 0 && r.addr_num.is_match(t));
    let inst_tokens = if toks.len() >= 2 { toks.iter().filter(|t| name_token(t)).count() } else { 0 };
    // Both tests below need two name-like tokens: most cells stop here.
    if inst_tokens >= 2 {
        // A bracket opened in one token and closed in a later one is one name wrapped
        // inside its remark (`营口市科学技术局( 营口市外国专家局)`), not two names.
        let toks = bracket_groups(&canon, &toks);
        // A place name in full (`资源` alone, a county's short name, opens ordinary words).
        let place_start = |t: &str| g.place_at_start(t).is_some_and(|m| !m.short);
        let name_at = |t: &str| name_token(t) && place_start(t);
        let addr_at =
            |t: &str| place_start(t) && !has_institution_suffix(t) && ["路", "街", "道", "镇", "号"].iter().any(|k| t.contains(k));
        let place_inst = toks.iter().filter(|t| name_at(t)).count();
        // A name, then an address: records run together. An address, then a name, is one
        // address naming its building (`…启航大道2号A栋 九江镇行政服务中心`).
        let name_then_addr = toks.iter().position(|t| name_at(t)).is_some_and(|i| toks[i + 1..].iter().any(|t| addr_at(t)));
        if place_inst >= 2 || name_then_addr {
            s.garbled = true;
        }
    }

    // Noise: what is left when nothing fits.
    let repetitive = tokens.len() >= 3 && {
        let mut distinct: Vec<&str> = tokens.clone();
        distinct.sort_unstable();
        distinct.dedup();
        // Half the tokens repeats, or short tokens one of which repeats (`一日 一日 日本`):
        // no name or address wraps into repeated bits (`自 治 区` repeats none). A whole name
        // printed twice (two windows of one office, their names side by side) is no such bit.
        let repeated_name = || {
            let name_like = |t: &&str| has_institution_suffix(t) && cjk_count(t) >= 4;
            distinct.iter().filter(|t| tokens.iter().filter(|u| u == t).count() > 1).any(name_like)
        };
        (distinct.len() * 2 <= tokens.len() && !repeated_name())
            || (distinct.len() < tokens.len() && tokens.iter().all(|t| t.chars().count() <= 2))
    };
    // Text opening with a place name is rarely noise (`萍乡市人力资`, a name cut short).
    let mut noise: f32 = if cjk >= 4 && (starts_with_place || opens_with_zone) { 0.2 } else { 0.6 };
    if cjk == 0 && digits == 0 {
        noise = 3.0; // `ii`, `X`, `:`, `E À`, `•`
    }
    if repetitive {
        noise = 4.0;
    }
    // `7.77 火冰中工 4`: a decimal number with no address marker is misread graphics.
    if has(b'.') && r.decimal.is_match(&canon) && !addr_num && !r.street.is_match(&sq) {
        noise = noise.max(2.0);
    }
    // (A name's ending alone, `局`, is the last character of a name wrapped onto the next
    // row as often as noise.)
    if cjk <= 1 && digits == 0 && !s.province_fragment && !(cjk == 1 && ends_like_name(&sq)) {
        noise = noise.max(2.0);
    }
    // A field printed in English (`Guangzhou Science and Technology Bureau`, `171 Lianxin
    // Road, Yuexiu District`): scored by its words, as the Chinese ones are by theirs.
    if cjk == 0 && letters && s.phone_count == 0 && digits < 7 && !repetitive {
        if let Some((inst, addr)) = english_field_scores(&canon) {
            s.score[Role::Institution as usize] = inst;
            s.score[Role::Address as usize] = addr;
            noise = noise.min(0.6);
        }
    }
    s.score[Role::Noise as usize] = noise;
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_labelled_number_cut_short_is_a_phone_cell() {
        assert_eq!(classify("联系电话: 0734-4").best().0, Role::Phone);
        assert_eq!(classify("电话：0571-870").best().0, Role::Phone);
        // (Two digits are no number's head; nor is a label before words.)
        assert_ne!(classify("联系电话: 07").best().0, Role::Phone);
        assert!(!super::is_labelled_number_head("联系电话:见窗口"));
    }

    #[test]
    fn a_place_then_its_own_division_cut_before_its_ending_is_no_name() {
        // `中站` ends like a name (`…站`), but 中站区 is 焦作市's: the head of an address.
        assert!(classify("焦作市中站").get(Role::Institution) < 1.0);
        assert!(classify("秦皇岛市山海关").get(Role::Institution) < 1.0);
        // Another city's division, or a body after it, reads as before.
        assert!(classify("焦作市中站服务站").get(Role::Institution) >= 2.0);
        assert!(classify("郑州市中站").get(Role::Institution) >= 2.0);
    }

    #[test]
    fn a_cell_labelled_as_the_address_is_one_whatever_it_ends_like() {
        assert_eq!(classify("地址:朔州市朔城区市府街市政府三楼科学技术局").best().0, Role::Address);
        assert_eq!(classify("地址：乌兰察布市集宁区新区广电大楼科技局").best().0, Role::Address);
        // (Unlabelled, it reads as a name.)
        assert_eq!(classify("朔州市朔城区市府街市政府三楼科学技术局").best().0, Role::Institution);
    }

    #[test]
    fn a_province_cell_printing_its_city_is_a_province_cell() {
        let g = Gazetteer::get();
        let city = |t: &str| super::province_then_place(g, t).map(|(p, c)| (g.div(p).name.clone(), c));
        assert_eq!(city("浙江杭州"), Some(("浙江省".to_string(), "杭州".to_string())));
        assert_eq!(city("湖南省株洲市"), Some(("湖南省".to_string(), "株洲市".to_string())));
        assert_eq!(city("江苏·南京"), Some(("江苏省".to_string(), "南京".to_string())));
        assert_eq!(classify("浙江杭州").province.map(|p| g.div(p).name.as_str()), Some("浙江省"));
        // A city of another province, a name, an address: no such cell.
        assert_eq!(city("浙江南京"), None);
        assert_eq!(city("浙江省科学技术厅"), None);
        assert_eq!(city("浙江省杭州市解放东路"), None);
    }

    #[test]
    fn a_text_opening_with_a_zone_no_table_knows_locates_like_a_place() {
        let s = classify("贵安新区数字经济");
        assert!(s.get(Role::Address) > s.get(Role::Noise), "{s:?}");
        // Not a zone word at the very start (`新区…`), nor one past the opening words.
        assert!(classify("新区数字经济产业").get(Role::Noise) > classify("贵安新区数字经济").get(Role::Noise));
    }

    #[test]
    fn a_name_numbered_among_its_windows_is_a_name() {
        // As much a name as without its number.
        let (numbered, bare) = (classify("余杭区科技局1"), classify("余杭区科技局"));
        assert_eq!(numbered.best().0, Role::Institution);
        assert!(numbered.get(Role::Institution) >= bare.get(Role::Institution), "{numbered:?} {bare:?}");
        // Not an address ending in a room number, nor a name with more numbers in it.
        assert_ne!(classify("上城区望潮路77号科技局东楼1114").best().0, Role::Institution);
        assert!(!super::numbered_window_name("科技局123", 3, 3));
    }

    #[test]
    fn a_road_only_in_the_bracket_is_some_address_evidence() {
        // A park's name with its crossing in the bracket: an address more than noise.
        let s = classify("张家港市沙洲湖科创园(华昌路与五联路交汇处)");
        assert!(s.get(Role::Address) > s.get(Role::Noise), "{s:?}");
        // Not with a name word outside the bracket.
        let s = classify("张家港市科学技术局(华昌路与五联路交汇处)");
        assert!(s.get(Role::Address) <= s.get(Role::Noise).max(0.2), "{s:?}");
    }

    #[test]
    fn text_opening_with_a_place_is_rarely_noise() {
        // A name cut short by a wrap: weak as a field, but weaker still as noise.
        let s = classify("杭州湾新区人力资");
        assert!(s.get(Role::Noise) < s.get(Role::Institution).max(s.get(Role::Address)), "{s:?}");
        assert!(classify("人力资").get(Role::Noise) >= 0.6);
    }

    #[test]
    fn provinces_in_traditional_forms_are_provinces() {
        let g = Gazetteer::get();
        for (cell, name) in [("廣東", "广东省"), ("黑龍江", "黑龙江省"), ("遼寧省", "辽宁省")] {
            let s = classify(cell);
            assert_eq!(s.province.map(|p| g.div(p).name.as_str()), Some(name), "{cell}");
            assert_eq!(s.best().0, Role::Province, "{cell}");
        }
    }

    #[test]
    fn a_room_code_alone_is_an_address_tail() {
        assert_eq!(classify("D618").best().0, Role::Address);
        assert_eq!(classify("B-409").best().0, Role::Address);
        assert_ne!(classify("ii").best().0, Role::Address);
        assert_ne!(classify("8697").best().0, Role::Address);
    }

    #[test]
    fn repeated_short_bits_are_noise() {
        assert_eq!(classify("一日 一日 日本").best().0, Role::Noise);
        assert_ne!(classify("自 治 区").best().0, Role::Noise);
        // A whole name printed twice: two windows of one office, side by side.
        assert_ne!(
            classify("中国(山东)自由贸易试验区 济南片区管理委员会 中国(山东)自由贸易试验区 济南片区管理委员会").best().0,
            Role::Noise
        );
        assert_eq!(classify("D D D D D D").best().0, Role::Noise);
    }

    #[test]
    fn a_name_wrapped_inside_its_bracket_is_not_two_names() {
        assert!(!classify("营口市科学技术局( 营口市外国专家局)").garbled);
        assert!(!classify("锦州市科学技术局(锦州市外国 专家局)").garbled);
        let t = "营口市科学技术局( 营口市外国专家局) x";
        let toks: Vec<&str> = t.split_whitespace().collect();
        assert_eq!(bracket_groups(t, &toks), ["营口市科学技术局( 营口市外国专家局)", "x"]);
        // An address naming its building after the street, or words opening with a county's
        // short name (资源), is no second record.
        assert!(!classify("佛山市南海区启航大道2号A栋 九江镇行政服务中心 社会民生综合窗口").garbled);
        assert!(!classify("楚雄市阳光大道283号一公司 两市场楚雄州人力 资源和社会保障局引进智力办 公室").garbled);
        assert!(!classify("宜兴市教育西路1号5号楼307室 宜兴市人力资源和社会保障局").garbled);
        // Two names side by side stay garbled.
        assert!(classify("嵊州市科学技术局 绍兴市嵊州市领带园一路403号 新昌县科学技术局").garbled);
    }

    use super::*;

    fn best(t: &str) -> Role {
        classify(t).best().0
    }

    #[test]
    fn plain_landlines_score_as_fully_read() {
        let mut texts: Vec<String> = vec!["0571-87051076".into(), "010-89150841".into(), "0999-1234567".into(), "0571－87051076".into()];
        texts.extend((10..1000).map(|n| format!("0{n}-{}", 1_234_567 + n * 7)));
        texts.extend((10..1000).map(|n| format!("0{n}-{}", 12_345_678 + n * 13)));
        let mut fast = 0;
        for t in &texts {
            let canon = canonical_chars(t);
            fast += usize::from(crate::phone::is_plain_landline(&canon));
            let (a, b) = (classify(t), classify_canonical(canon));
            assert_eq!(
                (a.score, a.phone_count, a.garbled, a.province, a.province_fragment, a.header),
                (b.score, b.phone_count, b.garbled, b.province, b.province_fragment, b.header),
                "{t}"
            );
        }
        assert_eq!(fast, texts.len(), "every text took the fast path");
    }

    #[test]
    fn banks_branches_and_hotels_end_like_names() {
        for name in ["招商银行苏州分行", "工商银行鼓楼支行", "徐州国际酒店", "友谊宾馆", "北京饭店"] {
            assert!(has_institution_suffix(name), "{name}");
            assert_eq!(best(name), Role::Institution, "{name}");
        }
    }

    #[test]
    fn suffix_groups_agree_with_the_list() {
        let naive = |s: &str| {
            let t = s.trim_end_matches([')', '(']);
            INSTITUTION_SUFFIXES.iter().any(|suf| t.ends_with(suf))
        };
        let mut texts: Vec<String> = vec![String::new(), "(".into(), "中心)".into(), "心".into(), "某某心".into(), "路1号".into()];
        for suf in INSTITUTION_SUFFIXES {
            let chars: Vec<char> = suf.chars().collect();
            for k in 0..chars.len() {
                let tail: String = chars[k..].iter().collect();
                texts.push(format!("某市{tail}"));
                texts.push(format!("某市{tail})"));
                texts.push(format!("{tail}x"));
            }
        }
        for t in &texts {
            assert_eq!(has_institution_suffix(t), naive(t), "{t}");
        }
    }

    #[test]
    fn roles_by_content() {
        assert_eq!(best("1"), Role::Seq);
        // A list of a thousand points or more numbers them with four digits.
        assert_eq!(best("1024"), Role::Seq);
        for seq in ["7.", "12、", "（3）", "(45)", "1-2", "10.3"] {
            assert_eq!(best(seq), Role::Seq, "{seq}");
        }
        // A phone's head a wrap cut is no sub-number.
        assert_ne!(best("010-69"), Role::Seq);
        assert_eq!(best("河 北"), Role::Province);
        // (Also numbered and counted: `三十一、新疆维吾尔自治区（共10个）`.)
        for heading in [
            "一、北京市",
            "(二)天津市",
            "三、新疆维吾尔自治区",
            "4. 上海市",
            "1 北京",
            "3 河 北",
            "二十七、西藏自治区（共27个）",
            "三十一、新疆维吾尔自治区（共10个）",
        ] {
            assert_eq!(best(heading), Role::Province, "{heading}");
            assert!(classify(heading).province.is_some(), "{heading}");
        }
        for cell in ["北京(2个)", "内蒙古（3）", "宁夏回族自治区：", "河 北:", "北京市（共2个）", "天津市(共3个受理点)", "河北(二处)"]
        {
            assert!(classify(cell).province.is_some(), "{cell}");
        }
        // A bracket that is no count makes a name, not a province.
        assert!(classify("北京(外国专家局)").province.is_none());
        // Numbering before a name that is no province's is no heading.
        assert_ne!(best("一、北京市外国专家局"), Role::Province);
        assert_eq!(best("自 治 区"), Role::Province);
        assert_eq!(best("北京海外学人中心 外国人来华工作事 务部(北京市外国人 来华工作事务中心)"), Role::Institution);
        // A name's rest wrapped to the next row, its ending before a bracketed remark.
        assert_eq!(best("中心来华工作许可窗口(侧重受理龙华区单位业务)"), Role::Institution);
        assert_eq!(best("丰台区西三环南路 1 号北京市政务服务中 心三层 C 岛"), Role::Address);
        assert_eq!(best("010-89150841 010-89150842 (两证联办)"), Role::Phone);
        assert_eq!(best("(两证联办)"), Role::Phone);
        assert_eq!(best("8. 72E+10"), Role::Phone);
        assert_eq!(best("95511"), Role::Phone);
        assert_eq!(best("12345 转 3"), Role::Phone);
        assert_eq!(best("95511分机8"), Role::Phone);
        for service in ["96166", "96110-1", "95105105"] {
            assert_eq!(best(service), Role::Phone, "{service}");
        }
        assert_ne!(best("12345 转 3 号楼"), Role::Phone);
        assert_eq!(best("ii"), Role::Noise);
        assert_eq!(best("一日 一日 日本 日本 日本 日本 日本 日本"), Role::Noise);
        assert_eq!(best("D D D D D D"), Role::Noise);
        assert_eq!(best("市本级窗口自 2019. 4. 1 起撤销"), Role::Address);
        // The wrapped end of an address, though it ends like a name.
        assert_eq!(best("楼服务大厅"), Role::Address);
        assert_eq!(best("号窗口"), Role::Address);
        // A number and one unit word ends an address, though `室` ends names too.
        assert_eq!(best("257室"), Role::Address);
        assert_eq!(best("大专院校、科研院所: 027-87131811 企业单位: 027-87131877"), Role::Phone);
        // Every way the phone reader reads a landline is a phone here too.
        for t in [
            "(025)68787045",
            "（0514）87368888",
            "(0352)798-2073",
            "0571一87051076",
            "0574.89186152",
            "86-519-85681234 转 801",
            "+86 571 87051076",
            "0086 10 89150841",
        ] {
            assert_eq!(best(t), Role::Phone, "{t}");
            assert_eq!(count_phones(t), 1, "{t}");
        }
    }

    #[test]
    fn place_words_in_brackets_are_not_street_evidence() {
        let s = classify("中心临港(新片区)");
        assert!(s.get(Role::Institution) > s.get(Role::Address), "{s:?}");
        assert_eq!(best("临港新片区紫杉路158弄1号楼(5号窗口)"), Role::Address);
    }

    #[test]
    fn an_address_and_its_phones_are_no_garbled_passage() {
        assert!(!classify("杭州市解放东路 18 号市民中心 C 座 0571-85253100 0571-85253101").garbled);
        assert!(!classify("宁波市宁穿路 1901 号行政服务中心 0574-89188123、0574-89188124 (工作日)").garbled);
        // Opening with a building named like a body, its floor right after it.
        assert!(!classify("苏州高新区行政服务中心3楼人社局C15号窗口(苏州高新区科普路50号) 0512-68753123").garbled);
        // Records run together stay garbled: a name first, or text after a number.
        assert!(classify("外国专家局 珲春市站前西街 466 号 0433-7563399 0451-82363096 「").garbled);
        assert!(classify("珲春市站前西街 466 号 0433-7563399 延吉市建工街 492 号 0433-2879153").garbled);
        assert!(classify("1 北京 北京市科学技术委员会 丰台区西三环南路 1 号 010-89150841 010-89150842").garbled);
        assert!(classify("苏州市科技局 苏州高新区行政服务中心3楼 0512-68753123 0512-68753124").garbled);
        // A name and its numbers, labelled or not.
        assert!(!classify("杭州市科学技术局 0571-85253100 0571-85253101").garbled);
        assert!(!classify("温州市科学技术局 电话：0577-89090580、0577-89090581").garbled);
    }

    #[test]
    fn a_number_printed_letter_spaced_is_a_phone() {
        let s = classify("0 1 0 - 8 9 1 5 0 8 4 1");
        assert_eq!((best("0 1 0 - 8 9 1 5 0 8 4 1"), s.phone_count), (Role::Phone, 1));
    }

    #[test]
    fn a_number_printed_in_groups_is_a_phone() {
        // Scored as a phone as high as a plain number beside it (a fax column after it
        // took the phone's place, and the grouped number was dropped as noise).
        for t in ["0311 8599 1234", "0755-8812 1678", "139 1234 5678"] {
            let s = classify(t);
            assert_eq!((best(t), s.phone_count), (Role::Phone, 1), "{t}");
            assert_eq!(s.score[Role::Phone as usize], classify("0311-85991234").score[Role::Phone as usize], "{t}");
        }
    }

    #[test]
    fn an_address_with_its_phone_is_not_garbled() {
        let t = "唐山市路北区建设北路 2 号 电话:0315-2800001";
        assert!(!classify(t).garbled);
        assert_eq!(first_phone_start(t), t.find("0315"));
        // A bracketed area code belongs to the number, not to the address before it.
        let t = "南通市崇川区世纪大道 6 号 (0513)85098765";
        assert_eq!(first_phone_start(t), t.find("(0513"));
    }

    #[test]
    fn garbled_cells_are_detected() {
        assert!(classify("外国专家局 珲春市站前西街 466 号 0433-7563399 0451-82363096 「").garbled);
        assert!(!classify("010-89150841 010-89150842 (两证联办)").garbled);
        assert!(!classify("市外专局: 0898-88263681 政务中心窗口: 0898-38212524 外国人服务专 区:0898-38221960").garbled);
    }

    #[test]
    fn a_document_in_traditional_forms_is_classified_as_in_simplified() {
        let (printed, simplified) =
            ("中國(湖北)自貿區宜昌片區發展大道55號高新區綜合服務大廳", "中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅");
        assert_eq!(classify(simplified).best().0, Role::Address);
        let read = crate::variants::reading_simplified(true, || classify(printed));
        assert_eq!(format!("{read:?}"), format!("{:?}", classify(simplified)));
    }

    #[test]
    fn a_province_printed_in_both_languages_is_a_province() {
        let g = Gazetteer::get();
        for (text, name) in [("北京 Beijing", "北京市"), ("广东 Guangdong", "广东省"), ("内蒙古 Inner Mongolia", "内蒙古自治区")]
        {
            let s = classify(text);
            assert_eq!((s.best().0, s.province.map(|p| g.div(p).name.as_str())), (Role::Province, Some(name)), "{text}");
        }
        // A name or an address beside its English form is no province.
        assert_ne!(classify("北京市科学技术委员会 Beijing Municipal Science and Technology Commission").best().0, Role::Province);
    }

    #[test]
    fn fields_printed_in_english_are_scored_by_their_words() {
        let best = |t: &str| classify(t).best().0;
        assert_eq!(best("Guangzhou Science and Technology Bureau"), Role::Institution);
        assert_eq!(best("Shenzhen Foreign Work Permit Service Window"), Role::Institution);
        assert_eq!(best("No. 16 Xizhimen South Street, Xicheng District"), Role::Address);
        assert_eq!(best("171 Lianxin Road, Yuexiu District, Guangzhou"), Role::Address);
        // Bits of OCR noise stay noise.
        for noise in ["ii", "E À", "X X X X", ":"] {
            assert_eq!(best(noise), Role::Noise, "{noise}");
        }
    }

    #[test]
    fn a_building_word_alone_reads_as_neither_field_more_than_the_other() {
        // `窗口` ends `…综合服务` + `窗口` and `…31号` + `窗口` alike: its column decides.
        for word in ["窗口", "大厅", "办公室"] {
            let s = classify(word);
            let (inst, addr) = (s.score[Role::Institution as usize], s.score[Role::Address as usize]);
            assert!(inst <= addr && addr < 1.0, "{word}: {inst} {addr}");
        }
        // With words before it, a name.
        assert_eq!(classify("政务服务窗口").best().0, Role::Institution);
    }
}
