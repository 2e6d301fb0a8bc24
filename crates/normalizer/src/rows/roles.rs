//! Column roles by content, weighed by the table's column statistics.
//!
//! Each non-empty cell gets one role; field roles must appear in row order
//! (序号 < 省级地区 < 受理机构 < 地址 < 咨询电话) while noise may sit anywhere. Among the
//! assignments that respect that order, the one with the best content-plus-position score
//! wins, so a row shifted by four columns is read as correctly as an aligned one.

use parser::Row;

use crate::classify::{CellScores, Role, HEADER_WORDS};
use crate::text::squash;

/// Weight of the column prior against content scores.
const PRIOR_WEIGHT: f32 = 1.2;

/// Cost of reading a field before one that the table's column order puts ahead of it.
const OUT_OF_ORDER_PENALTY: f32 = 3.0;

/// What the table's rows say about its columns.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Per column, the share of confidently classified cells of each role.
    pub prior: Vec<[f32; 6]>,
    /// Index (within the table's rows) of a real header row, if any.
    pub header_row: Option<usize>,
    /// Rank of each field role in the table's column order (indexed by `Role as usize`):
    /// the natural 序号, 省级地区, 受理机构, 地址, 咨询电话 unless the header or the column
    /// statistics show another order (a directory with 电话 before 地址).
    pub rank: [usize; 5],
    /// Columns the header names but no field takes: `(column, header text)`.
    pub extra: Vec<(u32, String)>,
    /// How many roles the rank rests on (all five for a header): a page-break table with
    /// little evidence of its own takes the order of the header table before it.
    pub rank_evidence: usize,
    /// Columns the header captions as an address (`地址 | 电话 | 地址 | 电话` has two).
    pub address_cols: Vec<usize>,
    /// Columns the header captions as a name and its address (`受理机构及地址`): a line
    /// break the document printed in such a cell parts the two.
    pub name_address_cols: Vec<usize>,
    /// Columns the header captions as a name and its phone (`受理机构及电话`): a name opening
    /// such a cell is the record's name, whatever the row's other text reads like.
    pub name_phone_cols: Vec<usize>,
    /// The area code the phone column's caption states (`电话（区号0571）`): its local
    /// numbers take it.
    pub phone_area: Option<String>,
    /// Columns whose caption names the same field as another column's (`受理机构 | 受理窗口`,
    /// both names): the one a row's field does not take is kept as a note under its
    /// caption, not dropped as noise. (Two address or phone columns are read as more of
    /// the field instead.)
    pub shared_cols: Vec<(u32, String)>,
    /// The text width most of the table's rows have (columns up to the last holding text): a
    /// row wider that opens with empty cells printed cells its page leaves out.
    pub usual_width: usize,
    /// Per column, how many confident cells (a header caption counting three) `prior`
    /// rests on: what one row's own cell weighs in it. Empty when the prior is another
    /// table's, carried over.
    pub confident: Vec<f32>,
    /// Columns of a dataset tablemend wrote (its `points.csv` read back) that it derives
    /// itself (ids, codes, city, district, `address_full`, flags, source): recomputed, so
    /// their printed values are neither a field nor a note.
    pub derived: Vec<(u32, String)>,
    /// Per column, the field its header caption names (empty without a header row): a
    /// field read in a column captioned as another is a repair to show.
    pub caption_roles: Vec<Option<Role>>,
    /// [`usual_column`] of each role, read once: it is asked of every row many times over.
    /// Whatever changes `prior` or `confident` after it was read calls [`Layout::reprior`].
    usual: std::cell::OnceCell<[Option<usize>; 6]>,
}

impl Layout {
    /// Whether the column is one tablemend derives, in a dataset it wrote read back.
    pub fn is_derived(&self, col: u32) -> bool {
        self.derived.iter().any(|(c, _)| *c == col)
    }

    /// The layout of a table nothing is known about.
    pub fn natural() -> Layout {
        Layout {
            prior: Vec::new(),
            header_row: None,
            rank: [0, 1, 2, 3, 4],
            usual_width: 0,
            extra: Vec::new(),
            rank_evidence: 0,
            address_cols: Vec::new(),
            name_address_cols: Vec::new(),
            name_phone_cols: Vec::new(),
            phone_area: None,
            shared_cols: Vec::new(),
            confident: Vec::new(),
            derived: Vec::new(),
            caption_roles: Vec::new(),
            usual: std::cell::OnceCell::new(),
        }
    }

    /// Forgets what was read of `prior` and `confident`, for a change to them.
    pub fn reprior(&mut self) {
        self.usual.take();
    }

    /// How many cells of column `col` read as role `r` (its share times the cells it rests
    /// on, and one): a share resting on few cells says less than a fuller one.
    pub fn cells_of(&self, col: usize, r: usize) -> f32 {
        self.prior.get(col).map_or(0.0, |p| p[r]) * (self.confident.get(col).copied().unwrap_or(0.0) + 1.0)
    }
}

/// The columns tablemend's own `points.csv` holds that it derives from the others.
const DERIVED_COLUMNS: &[&str] =
    &["id", "province_code", "city", "city_code", "district", "district_code", "address_full", "flags", "source_file", "source_lines"];

/// True for the header of a dataset tablemend wrote: its own field captions and the
/// derived columns only it prints.
fn is_own_output(captions: &[String]) -> bool {
    let has = |c: &str| captions.iter().any(|x| x.trim() == c);
    ["institution", "address", "address_full", "phones", "source_lines"].iter().all(|c| has(c))
}

/// The Chinese caption an English one stands for (`Tel` → 电话, `No.` → 序号,
/// `institution_name` → 受理机构), as bilingual directories and datasets exported from a
/// database print their headers. A caption naming none of our fields (`postal_code`,
/// `website`, `province_code`) is [`OTHER_CAPTION`]: a header's caption all the same, its
/// column kept as notes.
fn english_caption(text: &str) -> Option<&'static str> {
    if !text.is_ascii() || text.len() > 40 {
        return None;
    }
    let words = english_words(text)?;
    let joined = words.concat();
    if let Some(c) = match joined.as_str() {
        "no" | "number" | "serialnumber" | "serialno" | "sn" | "seq" | "seqno" | "index" | "nr" => Some("序号"),
        "province" | "region" | "provinceregion" | "area" | "provinces" => Some("省份"),
        "institution" | "organization" | "organisation" | "agency" | "name" | "office" | "acceptanceagency" | "acceptancepoint" => {
            Some("受理机构")
        }
        "address" | "location" | "officeaddress" => Some("地址"),
        "tel" | "telephone" | "phone" | "contact" | "contactnumber" | "telephonenumber" | "phonenumber" | "hotline" | "phones"
        | "telephones" | "mobile" => Some("电话"),
        "fax" | "faxes" => Some("传真"),
        "areacode" | "dialingcode" => Some("区号"),
        "ext" | "extension" | "extno" | "extensionnumber" => Some("分机"),
        "city" | "district" | "county" | "prefecture" => Some("市"),
        "notes" | "note" | "remark" | "remarks" | "status" | "website" | "email" | "postcode" | "zip" | "zipcode" | "id" | "flags"
        | "hours" | "url" => Some(OTHER_CAPTION),
        _ => None,
    } {
        return Some(c);
    }
    if words.len() < 2 {
        return None;
    }
    // A compound caption (`institution_name`, `Phone Numbers`, `province_code`): its words
    // name the field, a qualifier of another kind first (a fax number is no phone, a
    // province's code no province, an email address no address).
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    Some(if has(&["fax", "facsimile"]) {
        "传真"
    } else if has(&["email", "mail", "web", "website", "url", "ip"]) {
        OTHER_CAPTION
    } else if has(&["phone", "phones", "tel", "telephone", "telephones", "mobile", "hotline", "hotlines"]) {
        "电话"
    } else if has(&["code", "codes", "id", "ids", "postal", "zip", "count", "lat", "lng", "latitude", "longitude"]) {
        OTHER_CAPTION
    } else if has(&["address", "addresses", "addr", "location", "street"]) {
        "地址"
    } else if has(&["province", "provinces", "region"]) {
        "省份"
    } else if has(&["institution", "institutions", "organization", "organisation", "agency", "office", "authority", "bureau"])
        || (has(&["name"]) && !has(&["contact", "person", "file", "english", "en"]))
    {
        "受理机构"
    } else if has(&["contact"]) && has(&["number", "no", "numbers"]) {
        "电话"
    } else {
        return None;
    })
}

/// What [`english_caption`] gives a caption naming none of our fields: a caption word of
/// its own ([`CAPTION_WORDS`] holds it), so [`header_role`] maps it to no role.
const OTHER_CAPTION: &str = "信息";

/// The lower-case words of an English caption (`institution_name`, `PhoneNumbers`, `No.`):
/// split at anything not a letter and where a lower-case letter meets a capital. None when
/// a word holds a digit (data such as `A12`, not a caption) or there is no word.
fn english_words(text: &str) -> Option<Vec<String>> {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            return None;
        }
        let boundary = !c.is_ascii_alphabetic() || (c.is_ascii_uppercase() && prev_lower);
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    (!words.is_empty()).then_some(words)
}

/// Maps a header word to the role of its column.
pub fn header_role(word: &str) -> Option<Role> {
    if let Some(chinese) = english_caption(word) {
        return header_role(chinese);
    }
    let w = squash(word);
    // Traditional captions (`受理機構`, `諮詢電話`) name the same fields.
    let w = crate::variants::simplified_text(w);
    // The field word wins over the qualifier: 单位地址 is an address, 单位电话 a phone.
    if w.contains("电话") || w.contains("联系方式") || w.contains("手机") || w.contains("热线") {
        Some(Role::Phone)
    } else if w.contains("地址") || w.contains("地点") || w.contains("位置") {
        Some(Role::Address)
    } else if w.contains("序号") || w.contains("编号") {
        Some(Role::Seq)
    } else if OVERSEER_WORDS.iter().any(|k| w.starts_with(k)) {
        None
    } else if w.contains("机构")
        || w.contains("名称")
        || w.contains("单位")
        || w.contains("窗口")
        || w.contains("受理点")
        || ENTITY_CAPTIONS.iter().any(|k| w.ends_with(k))
    {
        Some(Role::Institution)
    } else if w.contains("省") || w == "地区" {
        Some(Role::Province)
    } else {
        None
    }
}

/// Captions naming the kind of place a directory lists (`银行网点`, `定点医院`, `办事处`):
/// its column holds the names.
const ENTITY_CAPTIONS: &[&str] =
    &["网点", "医院", "学校", "院校", "高校", "银行", "酒店", "宾馆", "办事处", "服务点", "站点", "门店", "公司", "企业", "场所", "营业厅"];

/// Openings of a caption naming the body over the listed place (`主管单位`, `所属公司`), not
/// the place: another column's data, kept as a note.
const OVERSEER_WORDS: &[&str] = &["主管", "所属", "上级", "隶属", "归口"];

/// Captions of a column naming the city or district of each row (`设区市`, `区`, `县(市、
/// 区)`): no field of ours, but a header's caption all the same.
const REGION_CAPTIONS: &[&str] =
    &["区", "市", "县", "区县", "县区", "城市", "地市", "设区市", "市州", "所在市", "所在城市", "所在区", "所属区", "辖区", "行政区"];

/// True for the caption of a column naming each row's city or district (`市州`, `县(市、区)`),
/// as row assembly keeps it on a note (`市州: 株洲市`): where a record names no city, it does.
pub fn is_region_caption(caption: &str) -> bool {
    REGION_CAPTIONS.contains(&caption) || (caption.contains(['(', '（']) && REGION_CAPTIONS.contains(&caption_core(caption).as_str()))
}

/// A caption without its bracketed qualifier (`电话（区号021）` → `电话`, `县(市、区)` →
/// `县`), whitespace removed: what names the column.
fn caption_core(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !c.is_whitespace() => out.push(c),
            _ => {}
        }
    }
    out
}

/// True for a short header caption (`受理机构`, `医院名称`, `联系电话`, `电话（区号021）`),
/// not data.
pub fn is_header_word(text: &str) -> bool {
    // An ASCII digit stays a digit through squashing: no header word has one outside a
    // bracketed qualifier.
    if text.bytes().any(|b| b.is_ascii_digit()) {
        // Only a short caption with a bracket can hide its digits (the test runs on every
        // cell of a table without a header).
        if text.len() > 48 || !text.contains(['(', '（']) {
            return false;
        }
        let sq = squash(text);
        let core = caption_core(&sq);
        // The core holds no digit: the call below does not come back here.
        return core.len() < sq.len() && !core.is_empty() && !core.bytes().any(|b| b.is_ascii_digit()) && is_header_word(&core);
    }
    if english_caption(text).is_some_and(|c| c != "传真") {
        return true;
    }
    let sq = squash(text);
    let n = sq.chars().count();
    if n > 8 {
        // (Its bytes beyond one a character: at most eight Chinese ones, two bytes over each.)
        return n <= 40 && sq.len() - n <= 16 && bilingual_caption(&sq);
    }
    if n == 0 || sq.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // Traditional captions (`受理機構`, `序號`) are the same words.
    let simple = crate::variants::simplified_text(std::borrow::Cow::Borrowed(&*sq));
    // (A caption names a column, never an agency: `技术局服务窗口` is a window's name.)
    HEADER_WORDS.contains(&&*simple)
        || (CAPTION_WORDS.iter().any(|k| simple.ends_with(k)) && !simple.contains(['局', '厅', '委', '处']))
        || PROVINCE_CAPTIONS.contains(&&*simple)
        || REGION_CAPTIONS.contains(&&*simple)
        || (simple.contains(['(', '（']) && REGION_CAPTIONS.contains(&caption_core(&simple).as_str()))
        || OTHER_FIELD_CAPTIONS.contains(&&*simple)
        || bilingual_caption(&sq)
}

/// Captions of columns of no field of ours that such directories print beside them
/// (`备注`, `服务范围`, `工作时间`, `传真`): captions all the same, whole words only (a data
/// cell may end like one: `全市范围`). Their cells are kept as labelled notes.
const OTHER_FIELD_CAPTIONS: &[&str] = &[
    "备注",
    "说明",
    "备注说明",
    "服务范围",
    "受理范围",
    "业务范围",
    "办理范围",
    "服务对象",
    "工作时间",
    "办公时间",
    "受理时间",
    "服务时间",
    "办理时间",
    "咨询时间",
    "传真",
    "邮编",
    "邮政编码",
    "网址",
    "邮箱",
    "电子邮箱",
];

/// True for a caption printed in both languages, squashed (`受理机构Institution`,
/// `电话/Tel`): each half a caption (the Chinese one eight characters at most).
fn bilingual_caption(sq: &str) -> bool {
    if sq.is_ascii() || !sq.bytes().any(|b| b.is_ascii_alphabetic()) || sq.chars().filter(|c| !c.is_ascii()).nth(8).is_some() {
        return false;
    }
    let (zh, en): (String, String) = sq.chars().partition(|c| !c.is_ascii());
    let en = en.trim_matches(['/', '|', '(', ')', '-']);
    english_caption(en).is_some() && is_header_word(&zh)
}

/// True when `row`, printed under the header row, is the header's second line: captions
/// wrapped over two rows (`受理` / `机构`: every text completes the header cell above it
/// into a header word), or sub-captions under a caption spanning them or under empty
/// header cells (`联系方式` over `电话 | 传真`). It holds no digit.
pub fn continues_header(header: &Row, row: &Row) -> bool {
    let mut any = false;
    for (i, c) in row.cells.iter().enumerate() {
        let t = c.text.trim();
        if t.is_empty() {
            continue;
        }
        let above = header.cells.get(i).map_or("", |h| h.text.trim());
        let wraps = !above.is_empty() && squash(t).chars().count() <= 4 && is_header_word(&format!("{above}{t}"));
        // A sub-caption under a caption names a part of the same field (`电话` under
        // `联系方式`): a text naming another (`二楼综合一窗口`, a window, under `地址`) is
        // data, an address's tail at the top of a page whose header was printed again.
        let (role_above, role) = (header_role(above), header_role(t));
        let same_field = above.is_empty() || role_above.is_none() || role.is_none() || role_above == role;
        if !(wraps || (is_sub_caption(t) && same_field)) {
            return false;
        }
        any = true;
    }
    any
}

/// A caption that may name a column under the header row: a header word, or a fax caption
/// (`传真`), which names a column of numbers that are not to be called.
fn is_sub_caption(text: &str) -> bool {
    is_header_word(text)
        || (crate::phone::is_fax_label(text) && squash(text).chars().count() <= 4 && !text.bytes().any(|b| b.is_ascii_digit()))
}

/// Each column's caption: the header cell's, completed by the header's second line when
/// there is one (see [`continues_header`]): a sub-caption names its column (`电话` under
/// `联系方式`), a wrapped caption joins the one above (`受理` + `机构`).
pub fn captions(header: &Row, second: Option<&Row>) -> Vec<String> {
    let width = header.cells.len().max(second.map_or(0, |r| r.cells.len()));
    (0..width)
        .map(|c| {
            let above = header.cells.get(c).map_or("", |h| h.text.trim());
            let below = second.and_then(|r| r.cells.get(c)).map_or("", |h| h.text.trim());
            if below.is_empty() {
                above.to_string()
            } else if above.is_empty() || (is_header_word(above) && is_sub_caption(below)) {
                below.to_string()
            } else {
                format!("{above}{below}")
            }
        })
        .collect()
}

/// True for a note or caption row inside a table: its only text opens with a note mark
/// (`注：`, `说明：`, `备注：`, `附注`), or its first text does with its colon (a note split
/// over cells), or its only text is one cell spanning every column of the row that
/// opens with no place name (`江苏省` or `一、江苏省` across the table heads a section); and
/// it holds no phone number (a record is never a note).
pub fn is_note_row(row: &Row) -> bool {
    let mut texts = row.cells.iter().filter(|c| !c.text.trim().is_empty());
    let (Some(only), next) = (texts.next(), texts.next()) else { return false };
    if next.is_some() {
        // A note whose text OCR split over cells (`说明： | 本表所列受理点 | …`): its first
        // text opens with a note mark with its colon.
        let sq = squash(&only.text);
        return ["注:", "说明:", "备注:", "附注:"].iter().any(|m| sq.starts_with(m))
            && row.cells.iter().all(|c| crate::classify::count_phones(&c.text) == 0);
    }
    // Asked of every one-text row: a note mark's first character, or a span, first.
    if only.merge.is_none() && !only.text.contains(['注', '说', '备', '附']) {
        return false;
    }
    let sq = squash(&only.text);
    let note_mark = ["注:", "说明:", "备注:", "附注", "注1", "注①"].iter().any(|m| sq.starts_with(m));
    let spans_row = row.cells.len() >= 3
        && only.merge.as_ref().is_some_and(|m| m.cols as usize >= row.cells.len())
        && super::heading_province(&only.text).is_none()
        && crate::gazetteer::Gazetteer::get().place_at_start(&sq).is_none();
    (note_mark || spans_row) && crate::classify::count_phones(&only.text) == 0
}

/// True for a totals row (`合计 | 3 个受理点`): its first text opens with 合计, 总计, 小计
/// or 共计, and no cell holds a phone number (a record is never a total).
pub fn is_total_row(row: &Row) -> bool {
    let Some(first) = row.cells.iter().map(|c| c.text.trim()).find(|t| !t.is_empty()) else { return false };
    // Asked of every row: the words all end in 计.
    if !first.contains('计') {
        return false;
    }
    let sq = squash(first);
    ["合计", "总计", "小计", "共计"].iter().any(|w| sq.starts_with(w))
        && row.cells.iter().all(|c| crate::classify::count_phones(&c.text) == 0)
}

/// The words a caption ends with (`受理机构`, `办公地点`, `咨询热线`, `受理点数量`).
const CAPTION_WORDS: &[&str] =
    &["名称", "地址", "电话", "序号", "编号", "机构", "单位", "地点", "联系方式", "窗口", "受理点", "热线", "信息", "数量", "个数"];

/// Captions of the province column besides [`HEADER_WORDS`]'.
const PROVINCE_CAPTIONS: &[&str] = &["省份", "所在地区", "所属地区", "省市", "区域"];

/// True for a caption that is one of the usual words itself (`地址`, `受理机构`, `电话（区号
/// 021）`, `Address`), not only ending like one: no data cell is, while a short window's name
/// may end like one (`二楼人社局窗口`).
fn is_plain_caption(text: &str) -> bool {
    if english_caption(text).is_some() {
        return true;
    }
    let core = caption_core(&squash(text));
    let core = crate::variants::simplified_text(std::borrow::Cow::Owned(core));
    let core: &str = &core;
    HEADER_WORDS.contains(&core)
        || CAPTION_WORDS.contains(&core)
        || PROVINCE_CAPTIONS.contains(&core)
        || REGION_CAPTIONS.contains(&core)
        || OTHER_FIELD_CAPTIONS.contains(&core)
        || bilingual_caption(&squash(text))
}

/// True when at least two cells are header words: a real header, not a promoted data row.
/// One of them must be a caption word itself, unless three or more captions fill the row
/// (`受理单位 | 办公地点 | 服务热线`): two short names of windows (`受理窗口 | 二楼人社局窗口`)
/// are data. A row holding a number is data too (`理窗口 | 窗口 | 020-12345`: a tall row's
/// rests that end like captions).
pub fn is_header_row(row: &Row) -> bool {
    let words = row.cells.iter().filter(|c| is_header_word(&c.text)).count();
    // (Captions name different columns: a row of one word again and again, `窗口 | 窗口`,
    // is fields' wrapped rests, each ending on that word.)
    let one_word_repeated = || {
        let mut filled = row.cells.iter().map(|c| squash(&c.text)).filter(|t| !t.is_empty());
        filled.next().is_some_and(|first| filled.all(|t| t == first))
    };
    // (Five digits in a run: a number, even one too short to dial, `020-12345`; a caption's
    // qualifier holds an area code at most, a remark a date's year.)
    let number = |t: &str| t.as_bytes().split(|b| !b.is_ascii_digit()).any(|run| run.len() >= 5);
    if words < 2 || row.cells.iter().any(|c| number(&c.text)) || one_word_repeated() {
        return false;
    }
    let filled = row.cells.iter().filter(|c| !c.text.trim().is_empty()).count();
    row.cells.iter().any(|c| is_header_word(&c.text) && is_plain_caption(&c.text)) || (words >= 3 && words == filled)
}

/// The header's captions as they stand over its rows' columns: a header a cell narrower than
/// its rows, the rows printing an empty column it does not (`| 序号 | 省份 | 受理窗口 | 地址 | 电话 |`
/// over `| 5 | 宁夏 | 银川市行政审批服务局 | | 银川市…15号窗口 | 0951-… |`), gets an empty caption
/// at that column when its captions past it then name what the rows print there. As printed
/// otherwise.
fn align_captions(
    captions: Vec<String>,
    rows: &[&Row],
    scores: &[Vec<CellScores>],
    header_row: Option<usize>,
    second: Option<usize>,
) -> Vec<String> {
    let hw = captions.len();
    let data: Vec<usize> = (0..rows.len()).filter(|&i| Some(i) != header_row && Some(i) != second).collect();
    let wide: Vec<usize> = data.iter().copied().filter(|&i| rows[i].cells.len() == hw + 1).collect();
    // (Most rows that wide: a few wider rows are rows' own damage.)
    if hw < 3 || wide.len() < 3 || wide.len() * 2 <= data.len() {
        return captions;
    }
    let roles: Vec<Option<Role>> = captions.iter().map(|c| header_role(c)).collect();
    // How well captions (their fields, a gap before `gap`) name what the wide rows print.
    let agreement = |gap: usize| -> i32 {
        let caption_at = |c: usize| match c.cmp(&gap) {
            std::cmp::Ordering::Less => roles.get(c).copied().flatten(),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => roles.get(c - 1).copied().flatten(),
        };
        let mut score = 0;
        for &i in &wide {
            for (c, cell) in rows[i].cells.iter().enumerate() {
                let Some(r) = (!cell.text.trim().is_empty()).then(|| scores[i][c].clear_field()).flatten() else { continue };
                if r == Role::Seq {
                    continue;
                }
                match caption_at(c) {
                    Some(cr) if cr == r => score += 1,
                    Some(_) => score -= 1,
                    None => {}
                }
            }
        }
        score
    };
    let empty_in_rows = |c: usize| wide.iter().all(|&i| rows[i].cells[c].text.trim().is_empty());
    let as_printed = agreement(hw);
    let best = (1..hw).filter(|&c| empty_in_rows(c)).map(|c| (agreement(c), c)).max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    match best {
        Some((score, gap)) if score >= as_printed + 2 => {
            let mut out = captions;
            out.insert(gap, String::new());
            out
        }
        _ => captions,
    }
}

/// Column statistics of one table.
pub fn layout(rows: &[&Row], scores: &[Vec<CellScores>]) -> Layout {
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut counts = vec![[0f32; 6]; width];
    let mut totals = vec![0f32; width];
    let header_row = rows.iter().position(|r| is_header_row(r));
    // The header's second line (sub-captions or wrapped captions), read with it.
    let second = header_row.and_then(|h| rows.get(h + 1).filter(|r| continues_header(rows[h], r)).map(|_| h + 1));
    let captions = header_row.map(|h| captions(rows[h], second.map(|s| rows[s]))).unwrap_or_default();
    let captions = align_captions(captions, rows, scores, header_row, second);
    // A dataset tablemend wrote, read back: the columns it derives are recomputed.
    let derived: Vec<(u32, String)> = if is_own_output(&captions) {
        captions
            .iter()
            .enumerate()
            .filter(|(_, c)| DERIVED_COLUMNS.contains(&c.trim()))
            .map(|(i, c)| (i as u32, c.trim().to_string()))
            .collect()
    } else {
        Vec::new()
    };
    let is_derived = |col: usize| derived.iter().any(|(d, _)| *d as usize == col);
    // Each caption's field, read once for everything below (none for a derived column).
    let caption_roles: Vec<Option<Role>> =
        captions.iter().enumerate().map(|(i, c)| if is_derived(i) { None } else { header_role(c) }).collect();
    // A window's caption beside the body's (`单位名称 | 受理窗口`): both name the row, and the
    // body is the institution; the window's column weighs as one cell, not as a caption.
    let names_window = |c: &str| squash(c).contains("窗口");
    let names_body = |c: &str| !names_window(c) && ["机构", "单位", "名称"].iter().any(|k| squash(c).contains(k));
    let body_caption = captions.iter().any(|c| c.contains('窗'))
        && captions.iter().zip(&caption_roles).any(|(c, r)| *r == Some(Role::Institution) && names_body(c));
    for (c, role) in caption_roles.iter().enumerate().take(width) {
        if let Some(role) = role {
            let window = *role == Role::Institution && body_caption && names_window(&captions[c]);
            let weight = if window { 1.0 } else { 3.0 };
            counts[c][*role as usize] += weight;
            totals[c] += weight;
        }
    }
    // How often each field role is read left of each other one within a row: a table
    // mixing rows of its full width with rows that leave out empty columns has columns
    // of mixed roles, but every row still prints its fields in the table's order.
    let mut before = [[0u32; 5]; 5];
    let mut seen: Vec<usize> = Vec::with_capacity(5);
    for (ri, row) in rows.iter().enumerate() {
        if Some(ri) == header_row || Some(ri) == second {
            continue;
        }
        seen.clear();
        for (c, cell) in row.cells.iter().enumerate() {
            if cell.text.trim().is_empty() {
                continue;
            }
            if let Some(role) = scores[ri][c].clear_field() {
                counts[c][role as usize] += 1.0;
                totals[c] += 1.0;
                let r = role as usize;
                for &l in &seen {
                    if l != r {
                        before[l][r] += 1;
                    }
                }
                seen.push(r);
            }
        }
    }
    let mut prior: Vec<[f32; 6]> = counts
        .iter()
        .zip(&totals)
        .map(|(cnt, &t)| {
            let mut p = [0f32; 6];
            for r in 0..6 {
                p[r] = cnt[r] / (t + 1.0);
            }
            p
        })
        .collect();
    // With no header to caption it, a column of area codes before local numbers is the
    // 区号 column a header would name; it lends no field its weight (`0319` is no 序号).
    let area_col = if header_row.is_none() { area_code_column(rows) } else { None };
    if let Some(col) = area_col {
        lend_no_field_weight(&mut prior, col);
    }
    // Only columns with enough confident cells (or a header) may reorder the roles.
    let strong: Vec<[f32; 6]> = prior.iter().zip(&totals).map(|(p, &t)| if t >= 3.0 { *p } else { [0.0; 6] }).collect();
    let (mut rank, positioned) = role_rank(&strong);
    order_as_rows_print(&mut rank, &before);
    // Header cells naming no field (邮编, 等级, 备注): their columns hold other data, kept
    // as notes rather than read as a field or dropped as noise.
    let mut extra: Vec<(u32, String)> = captions
        .iter()
        .enumerate()
        .filter(|(col, c)| !c.is_empty() && caption_roles[*col].is_none() && !is_derived(*col))
        .map(|(col, c)| (col as u32, extra_caption(c)))
        .collect();
    if let Some(col) = area_col {
        extra.push((col as u32, "区号".to_string()));
    }
    let rank_evidence = if header_row.is_some() { Role::FIELDS.len() } else { positioned };
    let address_cols = (0..captions.len()).filter(|&i| caption_roles[i] == Some(Role::Address)).collect();
    let phone_area = captions.iter().zip(&caption_roles).filter(|(_, r)| **r == Some(Role::Phone)).find_map(|(c, _)| caption_area_code(c));
    let name_address_cols = captions.iter().enumerate().filter(|(_, c)| names_name_and_address(c)).map(|(i, _)| i).collect();
    let name_phone_cols = captions
        .iter()
        .zip(&caption_roles)
        .enumerate()
        .filter(|(_, (c, r))| **r == Some(Role::Phone) && names_a_body(c))
        .map(|(i, _)| i)
        .collect();
    let shared_cols = shared_caption_cols(&captions, &caption_roles);
    let usual_width = crate::rows::usual_width(rows);
    Layout {
        prior,
        header_row,
        rank,
        extra,
        rank_evidence,
        address_cols,
        name_address_cols,
        name_phone_cols,
        phone_area,
        shared_cols,
        usual_width,
        confident: totals,
        derived,
        caption_roles,
        usual: std::cell::OnceCell::new(),
    }
}

/// Clears a column's share of every field in `prior`: a column of other data (`传真`, `邮编`,
/// `区号`) lends no field its weight.
pub(super) fn lend_no_field_weight(prior: &mut [[f32; 6]], col: usize) {
    if let Some(p) = prior.get_mut(col) {
        for r in Role::FIELDS {
            p[r as usize] = 0.0;
        }
    }
}

/// The column, in a table without a header, whose cells are area codes (`0319`, a code the
/// reference table knows) beside local numbers (`3288321`) or mobiles in the next column:
/// two rows at least, and two thirds of the column's cells.
fn area_code_column(rows: &[&Row]) -> Option<usize> {
    let g = crate::gazetteer::Gazetteer::get();
    let is_code = |t: &str| super::prepare::looks_like_area_code(t) && !g.area(t).is_empty();
    // The cell's first number: a local one (`3288321`, after a label `电话：`) or a mobile.
    let is_local = |t: &str| {
        let Some(at) = t.find(|c: char| c.is_ascii_digit()) else { return false };
        let run = &t[at..t[at..].find(|c: char| !c.is_ascii_digit()).map_or(t.len(), |e| at + e)];
        ((7..=8).contains(&run.len()) && !run.starts_with('0')) || (run.len() == 11 && run.starts_with('1'))
    };
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    (1..width.saturating_sub(1)).find(|&col| {
        let (mut filled, mut codes) = (0, 0);
        for row in rows {
            let text = |c: usize| row.cells.get(c).map_or("", |c| c.text.trim());
            if text(col).is_empty() {
                continue;
            }
            filled += 1;
            codes += usize::from(is_code(text(col)) && is_local(&squash(text(col + 1))));
        }
        codes >= 2 && codes * 3 >= filled * 2
    })
}

/// The caption an extra column's values are kept under: as printed, but for an English
/// caption of a column whose values serve the phones (`area_code` → 区号, `ext` → 分机),
/// which reads as the Chinese one that row assembly looks for.
fn extra_caption(caption: &str) -> String {
    match english_caption(caption) {
        Some(c @ ("区号" | "分机")) => c.to_string(),
        _ => squash(caption).into_owned(),
    }
}

/// Columns (with their captions) whose caption names a field another column's caption also
/// names, addresses and phones aside: see [`Layout::shared_cols`].
fn shared_caption_cols(captions: &[String], roles: &[Option<Role>]) -> Vec<(u32, String)> {
    roles
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_some_and(|r| !matches!(r, Role::Address | Role::Phone)) && roles.iter().filter(|o| o == r).count() >= 2)
        .map(|(i, _)| (i as u32, squash(&captions[i]).into_owned()))
        .collect()
}

/// True for a caption naming both a name and its address (`受理机构及地址`, `单位名称、地址`).
fn names_name_and_address(caption: &str) -> bool {
    squash(caption).contains("地址") && names_a_body(caption)
}

/// True for a caption naming the listed body among its words (`受理机构及电话`, `单位名称`).
fn names_a_body(caption: &str) -> bool {
    let w = squash(caption);
    ["机构", "名称", "单位", "窗口", "受理点"].iter().any(|k| w.contains(k))
}

/// The area code a phone column's caption states for its local numbers (`电话（区号0571）`,
/// `联系电话(0571)`), when the area-code table knows it.
fn caption_area_code(caption: &str) -> Option<String> {
    if let Some((area, _, _)) = crate::stated_area_code(caption) {
        return Some(area);
    }
    let sq = squash(caption);
    let open = sq.find(['(', '（'])?;
    let inner = sq[open..].trim_start_matches(['(', '（']);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let code = &inner[..digits];
    let closed = inner[digits..].starts_with([')', '）']);
    (closed && (3..=4).contains(&digits) && code.starts_with('0') && !crate::gazetteer::Gazetteer::get().area(code).is_empty())
        .then(|| code.to_string())
}

/// Orders the field roles by the column where each usually sits; roles without a clear
/// column keep their natural place after the known role before them.
fn role_rank(prior: &[[f32; 6]]) -> ([usize; 5], usize) {
    let position = |r: usize| role_column(prior, r);
    let mut keys: Vec<(f32, usize)> = Vec::with_capacity(5);
    let mut last_known = -1.0f32;
    let mut positioned = 0;
    for r in 0..5 {
        let k = match position(r) {
            Some(c) => {
                positioned += 1;
                last_known = c as f32;
                c as f32
            }
            None => last_known + 0.1 + 0.01 * r as f32,
        };
        keys.push((k, r));
    }
    keys.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut rank = [0usize; 5];
    for (i, (_, r)) in keys.into_iter().enumerate() {
        rank[r] = i;
    }
    (rank, positioned)
}

/// Swaps two roles the rank puts next to each other when the table's rows print them the
/// other way round more often than not (`before[a][b]`: rows reading role `a` left of role
/// `b`), in two rows at least. The columns' shares mislead in a table whose pages leave out
/// empty columns on most rows but print them on some: there the phones of the narrow rows
/// share a column with the names of the wide ones, and the phone column seems to come
/// before the address column.
fn order_as_rows_print(rank: &mut [usize; 5], before: &[[u32; 5]; 5]) {
    let mut order = [0usize; 5];
    for (role, &k) in rank.iter().enumerate() {
        order[k] = role;
    }
    // Five roles: a few bubble passes settle any order.
    for _ in 0..5 {
        let mut swapped = false;
        for i in 0..4 {
            let (a, b) = (order[i], order[i + 1]);
            if before[b][a] >= 2 && before[b][a] > before[a][b] {
                order.swap(i, i + 1);
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    for (k, &role) in order.iter().enumerate() {
        rank[role] = k;
    }
}

/// The column holding at least half of a role's confident cells, if one does.
pub(crate) fn role_column(prior: &[[f32; 6]], role: usize) -> Option<usize> {
    let (col, share) = prior.iter().enumerate().map(|(c, p)| (c, p[role])).max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    (share >= 0.5).then_some(col)
}

/// True when a column order (a rank per role, from a header) puts every pair of roles
/// the table's own cells place in the same order as those cells do: the header's order
/// then completes what the table shows (where its few addresses sit) without contradicting it.
pub fn rank_agrees(prior: &[[f32; 6]], rank: &[usize; 5]) -> bool {
    let cols: Vec<(usize, usize)> = (0..5).filter_map(|r| role_column(prior, r).map(|c| (r, c))).collect();
    cols.iter().all(|&(a, ca)| cols.iter().all(|&(b, cb)| ca >= cb || rank[a] < rank[b]))
}

/// Assigns a role to every cell of a row (empty cells get `None`).
///
/// Field roles follow the table's column order; two fields printed the other way round
/// (OCR reading a page's columns out of order: `0519-85681234 | 常州市龙城大道 1280 号`)
/// are still both read, at `OUT_OF_ORDER_PENALTY`, so weak text after the last field
/// stays noise while a clear address there is kept.
///
/// A row with fewer cells than the table lost some at its start or at its end: it is read
/// against the columns as printed and shifted right as far as it fits, and the best
/// reading wins (`萍乡市人力资源和社会保障局 | 萍乡市人民政府办证大厅 | 0799-…` under
/// 序号 | 受理机构 | 地址 | 电话 lost its 序号 cell). A row opening with empty cells is
/// also read shifted left past them: a page that left out its empty 序号 and province
/// columns still prints them on a row now and then (`| | | 张家港市科学技术局 | 张家港市
/// 沙洲湖科创园(…) | 0512-… |` among rows of three cells).
pub fn assign(row: &Row, scores: &[CellScores], layout: &Layout) -> Vec<Option<Role>> {
    assign_shifted(row, scores, layout).1
}

/// [`assign`], with the number of columns the row's cells were read further right (a row
/// that lost its first cells): which header caption each cell is under.
pub fn assign_shifted(row: &Row, scores: &[CellScores], layout: &Layout) -> (isize, Vec<Option<Role>>) {
    // A phone number under a caption of short codes (`邮编`, `区号`, `分机`) sits there only
    // when the row is read at the wrong shift: a row that lost its first cell has its phone
    // under 邮编 and its fax under 咨询电话 until read a column further right.
    // (The row's phones and its cells holding text found once: a short row in a table
    // hundreds of columns wide is read at hundreds of shifts.)
    let phone_cols: Vec<isize> =
        row.cells.iter().zip(scores).filter(|(_, s)| s.best().0 == Role::Phone && s.phone_count > 0).map(|(c, _)| c.col as isize).collect();
    let misplaced = |offset: isize| {
        let codes = |caption: &str| ["邮编", "邮政", "区号", "分机"].iter().any(|w| caption.contains(w));
        let under_codes = |col: isize| layout.extra.iter().any(|(c, caption)| *c as isize == col && codes(caption));
        phone_cols.iter().filter(|&&col| under_codes(col + offset)).count() as f32 * OUT_OF_ORDER_PENALTY
    };
    let with_text: Vec<usize> = (0..row.cells.len()).filter(|&i| !row.cells[i].text.trim().is_empty()).collect();
    let read_at = |offset: isize| assign_at(row, scores, layout, offset, &with_text);
    let (mut score, mut roles) = read_at(0);
    score -= misplaced(0);
    let mut best = 0;
    // A whole record (three texts or more) read with one of its texts left as noise may
    // sit a column left of its place though empty cells follow it (the right half of a
    // two-up page, shifted): its trailing empty cells are then no edge.
    let texts = row.cells.iter().filter(|c| !c.text.trim().is_empty()).count();
    let unread = row.cells.iter().zip(&roles).any(|(c, r)| *r == Some(Role::Noise) && !c.text.trim().is_empty());
    // (So may a row whose last text, reading best as a phone, is read as a name or an
    // address: `| | | 衡阳市南岳区人民大道571号… | 联系电话: 0734-4 | |`, a window's address and
    // phone printed a column left, its name a merged cell above.)
    let phone_misread = row
        .cells
        .iter()
        .rposition(|c| !c.text.trim().is_empty())
        .is_some_and(|i| scores[i].best().0 == Role::Phone && matches!(roles[i], Some(Role::Institution | Role::Address)));
    // (So may a row of two texts or more wider than the table's usual row by empty cells at its
    // end: `| 广州市政务服务 | 广州市荔湾 | | | | |` over `| 中心 | 区朝阳东路277号… | 020 … |`, a page's
    // head row read where its page prints its fields.)
    let padded = texts >= 2
        && layout.usual_width > 0
        && row.cells.len() > layout.usual_width
        && row.cells[layout.usual_width..].iter().all(|c| c.text.trim().is_empty());
    let edge = if (texts >= 3 && unread) || (texts >= 2 && phone_misread) || padded {
        row.cells.iter().rev().find(|c| !c.text.trim().is_empty())
    } else {
        row.cells.last()
    };
    let last_col = edge.map_or(0, |c| c.col as usize + 1);
    // Every shift that keeps the row inside the table (a stray empty cell elsewhere can
    // make the table wider than the row's true right edge); and, in a row wider than most
    // whose text beyond their width reads as no field, every shift left past its leading
    // empty cells (never in a row of the usual width: a wrapped field's tail sits under its
    // own column; nor where the overflow reads, as a field split by a stray separator does).
    // (A number under a column the header captions, `传真`, is that column's, no overflow.)
    let captioned = |col: u32| layout.extra.iter().any(|(c, _)| *c == col);
    let overflow_unread =
        row.cells.iter().zip(&roles).any(|(c, r)| c.col as usize >= layout.usual_width && *r == Some(Role::Noise) && !captioned(c.col));
    let leading_empty = crate::rows::leading_empty(row);
    let leading_empty =
        if overflow_unread { leading_empty.min(crate::rows::text_width(row).saturating_sub(layout.usual_width.max(1))) } else { 0 };
    // (A text alone on a row as wide as the table's usual one, read as a field where it stands,
    // says nothing of a shift: `| | | 贸易试验区昌吉回 | | | |` a name's middle under the name's
    // column, not an address a column right. Not a text its column reads as no field, a
    // table's rows printed without its leading columns.)
    let lone = texts == 1
        && layout.usual_width > 0
        && row.cells.len() >= layout.usual_width
        && roles.iter().any(|r| matches!(r, Some(Role::Institution | Role::Address)));
    let right = (1..=layout.prior.len().saturating_sub(last_col)).filter(|_| !lone).map(|o| o as isize);
    let left = (1..=leading_empty).map(|o| -(o as isize));
    for offset in right.chain(left) {
        let (shifted_score, shifted) = read_at(offset);
        let shifted_score = shifted_score - misplaced(offset);
        if shifted_score > score {
            (score, roles, best) = (shifted_score, shifted, offset);
        }
    }
    // (Or read without the empty cells a row wider than the table's usual one prints after its
    // name: `| | | 桦南县 | | 佳木斯市桦南县科 | |`, its texts then under the name's and the
    // address's columns.)
    if let Some((_, squeezed)) = read_squeezed(row, scores, layout).filter(|(s, _)| *s > score) {
        (roles, best) = (squeezed, 0);
    }
    if best == 0 {
        name_head_beside_named_address(row, scores, layout, &mut roles);
        province_opening_an_address(row, scores, layout, &mut roles);
        cut_name_before_address(row, scores, layout, &mut roles);
        name_head_read_as_address(row, layout, &mut roles);
        list_item_read_as_name(row, layout, &mut roles);
        place_between_name_and_phone(row, scores, &mut roles);
        name_cut_after_its_place(row, scores, &mut roles);
    } else {
        // (A row read further right may have cut its name short too: `| 河池市 | | 环江毛南族
        // 自治县滨 | 0778-… |` on a page of three cells a row, its name's rest on the next page.)
        cut_name_before_address(row, scores, layout, &mut roles);
    }
    (best, roles)
}

/// A row wider than the table's usual one, its name's column holding text, read at that
/// width, the empty cells it has too many after the name's column left out
/// ([`crate::rows::squeezed_row`]): its score and roles (none for the cells left out).
fn read_squeezed(row: &Row, scores: &[CellScores], layout: &Layout) -> Option<(f32, Vec<Option<Role>>)> {
    let width = layout.usual_width;
    if width == 0 || row.cells.len() <= width {
        return None;
    }
    // (Its name's column holds text: a row opening with empty cells is no row wider after its name.)
    let nc = usual_column(layout, Role::Institution).filter(|&nc| row.cells.get(nc).is_some_and(|c| !c.text.trim().is_empty()))?;
    let kept = crate::rows::squeezed_row(row, width, nc)?;
    let cells = kept.iter().enumerate().map(|(j, &i)| parser::Cell { col: j as u32, ..row.cells[i].clone() }).collect();
    let squeezed = Row { cells, ..row.clone() };
    let kept_scores: Vec<CellScores> = kept.iter().map(|&i| scores[i].clone()).collect();
    let with_text: Vec<usize> = (0..kept.len()).filter(|&j| !squeezed.cells[j].text.trim().is_empty()).collect();
    let (score, read) = assign_at(&squeezed, &kept_scores, layout, 0, &with_text);
    let mut roles = vec![None; row.cells.len()];
    for (j, &i) in kept.iter().enumerate() {
        roles[i] = read[j];
    }
    Some((score, roles))
}

/// A name cut by a stray separator one character after its place (`朔州市科 | 学技术局农村
/// 社会科 | 朔州市朔城区…`): no office is named by one character after its place, so the
/// cell after it, read as the address by its column, is the name's rest, and the text
/// after that, left as noise, is the address (the separator pushed it one column on).
fn name_cut_after_its_place(row: &Row, scores: &[CellScores], roles: &mut [Option<Role>]) {
    let Some(n) = roles.iter().position(|r| *r == Some(Role::Institution)) else { return };
    let (a, rest) = (n + 1, n + 2);
    if roles.get(a) != Some(&Some(Role::Address)) || roles.get(rest) != Some(&Some(Role::Noise)) {
        return;
    }
    let g = crate::gazetteer::Gazetteer::get();
    let name = crate::text::squash(&row.cells[n].text);
    let cut = g.place_at_start(&name).is_some_and(|m| name[m.end..].chars().count() == 1);
    let tail = crate::text::squash(&row.cells[a].text);
    let tail_of_name =
        !tail.bytes().any(|b| b.is_ascii_digit()) && crate::classify::ends_like_name(&tail) && g.place_at_start(&tail).is_none();
    let address = scores[rest].best().0 == Role::Address
        || (g.place_at_start(&crate::text::squash(&row.cells[rest].text)).is_some()
            && super::continuation::names_own_street(&row.cells[rest].text));
    if cut && tail_of_name && address {
        roles[a] = Some(Role::Noise);
        roles[rest] = Some(Role::Address);
    }
}

/// A numbered list item under the address column (`2.市人社局`, a name's second window
/// whose address wraps onto the next row) ends like a name, yet a name never opens a list:
/// in a row with no address, it is the address.
fn list_item_read_as_name(row: &Row, layout: &Layout, roles: &mut [Option<Role>]) {
    let Some(addr_col) = usual_column(layout, Role::Address) else { return };
    if roles.contains(&Some(Role::Address)) {
        return;
    }
    for (cell, role) in row.cells.iter().zip(roles.iter_mut()) {
        if *role == Some(Role::Institution) && cell.col as usize == addr_col && super::continuation::opens_list_item(&cell.text) {
            *role = Some(Role::Address);
        }
    }
}

/// The one text between a row's name and its phone, unread by its content but naming a
/// place (`政府受理点:青岛`, an address cut after its label and city), a zone (`经济技术
/// 开发`) or opening a numbered list (`1.市政务服务中心`), in a row with no address: where
/// every record prints its address, it is the address.
fn place_between_name_and_phone(row: &Row, scores: &[CellScores], roles: &mut [Option<Role>]) {
    if roles.contains(&Some(Role::Address)) {
        return;
    }
    let (Some(n), Some(p)) = (roles.iter().position(|r| *r == Some(Role::Institution)), roles.iter().position(|r| *r == Some(Role::Phone)))
    else {
        return;
    };
    let between: Vec<usize> = (n + 1..p).filter(|&i| !row.cells[i].text.trim().is_empty()).collect();
    let &[m] = between.as_slice() else { return };
    let text = crate::text::squash(&row.cells[m].text);
    let names_place = !crate::gazetteer::Gazetteer::get().find_places(&text).is_empty();
    // (Or a zone, whole or cut inside its word: `经济技术开发` of 开发区.)
    let names_zone = super::continuation::names_a_zone(&text);
    // (Or the first item of a numbered list, `1.市政务服务中心`: a name's windows are listed
    // in its address column, never in its name.)
    let list_item = super::continuation::opens_list_item(&text);
    if roles[m] == Some(Role::Noise) && !scores[m].garbled && crate::text::cjk_count(&text) >= 3 && (names_place || names_zone || list_item)
    {
        roles[m] = Some(Role::Address);
    }
}

/// A name cut at both ends (`局(哈尔滨市外国专`: no place to open it, no ending to close
/// it) reads as weak noise by its content; right before the row's address, where the
/// table prints its names, with only a 序号 or province before it and no name in the row,
/// it is the name as printed.
fn cut_name_before_address(row: &Row, scores: &[CellScores], layout: &Layout, roles: &mut [Option<Role>]) {
    if layout.rank[Role::Address as usize] != layout.rank[Role::Institution as usize] + 1 || roles.contains(&Some(Role::Institution)) {
        return;
    }
    let Some(a) = roles.iter().position(|r| *r == Some(Role::Address)) else { return };
    let filled: Vec<usize> = (0..a).filter(|&i| !row.cells[i].text.trim().is_empty()).collect();
    let Some((&n, before)) = filled.split_last() else { return };
    if roles[n] != Some(Role::Noise) || !before.iter().all(|&i| matches!(roles[i], Some(Role::Seq | Role::Province))) {
        return;
    }
    let text = crate::text::squash(&row.cells[n].text);
    let weak_noise = scores[n].get(Role::Noise) < 1.0 && scores[n].get(Role::Institution) > 0.0;
    // (A shorter head, `贵安新` of 贵安新区经济发展局 cut in thirds, on a row printing its
    // address and its phone: a whole record but for its name, whose name column holds words.)
    let whole_record = roles.contains(&Some(Role::Phone)) && text.chars().all(crate::text::is_cjk) && !scores[n].garbled;
    let short_head = whole_record && scores[n].get(Role::Noise) < 1.0 && crate::text::cjk_count(&text) >= 2;
    if (weak_noise && crate::text::cjk_count(&text) >= 4 || short_head) && !text.bytes().any(|b| b.is_ascii_digit()) {
        roles[n] = Some(Role::Institution);
    }
}

/// A name cut before its ending (`鄂尔多斯市经济技术开发区人才服务`) reads as an address by its
/// place; under the name column, in a row with no name, the address column beside it holding
/// place names alone left as noise (`鄂尔多斯市乌审旗`, the address cut before its street), the
/// two are the name's head and the address's.
fn name_head_read_as_address(row: &Row, layout: &Layout, roles: &mut [Option<Role>]) {
    let (Some(nc), Some(ac)) = (usual_column(layout, Role::Institution), usual_column(layout, Role::Address)) else { return };
    if ac <= nc || roles.contains(&Some(Role::Institution)) {
        return;
    }
    let at = |c: usize| row.cells.iter().position(|cell| cell.col as usize == c);
    let (Some(n), Some(a)) = (at(nc), at(ac)) else { return };
    let filled = |i: usize| !row.cells[i].text.trim().is_empty();
    if roles[n] != Some(Role::Address) || roles[a] != Some(Role::Noise) || (n + 1..a).any(filled) {
        return;
    }
    let (head, places) = (crate::text::squash(&row.cells[n].text), crate::text::squash(&row.cells[a].text));
    if !head.bytes().any(|b| b.is_ascii_digit()) && crate::text::cjk_count(&places) >= 2 && super::continuation::only_places(&places) {
        roles[n] = Some(Role::Institution);
        roles[a] = Some(Role::Address);
    }
}

/// A province's name alone under the address column (not the province column), after a
/// name and with no address: the address wrapped after its first words (`宁夏回族自治区` /
/// `银川市兴庆区…108号`, or cut inside the name, `宁夏回族自治` / `区银川市…`, on the next
/// row or page), not a province cell.
///
/// (The province taken for the row's, the name beside it, read weakly, was left as noise
/// (`重庆市人力社保局政务服务 | 重庆市`): under the name column, it is the name.)
fn province_opening_an_address(row: &Row, scores: &[CellScores], layout: &Layout, roles: &mut [Option<Role>]) {
    if !roles.contains(&Some(Role::Province)) || roles.contains(&Some(Role::Address)) {
        return;
    }
    let Some(addr_col) = usual_column(layout, Role::Address) else { return };
    if usual_column(layout, Role::Province) == Some(addr_col) {
        return;
    }
    if !roles.contains(&Some(Role::Institution)) {
        let province_under_address =
            row.cells.iter().zip(roles.iter()).any(|(c, r)| *r == Some(Role::Province) && c.col as usize == addr_col);
        let name_col = usual_column(layout, Role::Institution);
        let weak = row.cells.iter().position(|c| Some(c.col as usize) == name_col).filter(|&n| {
            let s = &scores[n];
            roles[n] == Some(Role::Noise)
                && !s.garbled
                && s.get(Role::Noise) < 1.0
                && s.get(Role::Institution) > s.get(Role::Noise)
                && crate::text::cjk_count(&row.cells[n].text) >= 4
        });
        match (province_under_address, weak) {
            (true, Some(n)) => roles[n] = Some(Role::Institution),
            _ => return,
        }
    }
    let Some(name) = roles.iter().position(|r| *r == Some(Role::Institution)) else { return };
    for (i, (cell, role)) in row.cells.iter().zip(roles.iter_mut()).enumerate() {
        if *role == Some(Role::Province) && cell.col as usize == addr_col && i > name {
            *role = Some(Role::Address);
        }
    }
}

/// A name's head left as noise in the name column (`萍乡市人力资`, cut before its ending; or
/// a short rest of one on a row of tails, `源和`) beside an address read as the name because
/// it ends like one (`萍乡市人民政府办证大厅`, `…三楼科学技术局`, `麟区文昌街市政府大院`), in
/// a row with no address: each goes under its own column.
fn name_head_beside_named_address(row: &Row, scores: &[CellScores], layout: &Layout, roles: &mut [Option<Role>]) {
    let Some(name_col) = usual_column(layout, Role::Institution) else { return };
    let Some(addr_col) = usual_address_column(layout) else { return };
    if roles.contains(&Some(Role::Address)) {
        return;
    }
    let at = |col: usize| row.cells.iter().position(|c| c.col as usize == col);
    let (Some(n), Some(a)) = (at(name_col), at(addr_col)) else { return };
    let head = crate::text::squash(&row.cells[n].text);
    // (Or, on a row of tails alone, no 序号, province or phone, any short text of words under
    // the name column: `源和 | 麟区文昌街市政府大院`, both rests of a tall row.)
    let tails_only = !roles.iter().any(|r| matches!(r, Some(Role::Seq | Role::Province | Role::Phone)));
    // (A longer one ending on a conjunction no name ends with, `人力资源和`, is one too.)
    let words = head.chars().all(crate::text::is_cjk);
    let short_words = words && (head.chars().count() <= 4 || head.ends_with(['和', '与', '及']));
    let cut_name = roles[n] == Some(Role::Noise)
        && (crate::rows::garbled::starts_with_place(crate::gazetteer::Gazetteer::get(), &head) || (tails_only && short_words))
        && !head.bytes().any(|b| b.is_ascii_digit())
        && !crate::classify::has_institution_suffix(&head);
    if cut_name && roles[a] == Some(Role::Institution) && scores[a].get(Role::Address) > 0.0 {
        roles[n] = Some(Role::Institution);
        roles[a] = Some(Role::Address);
    }
}

/// Five ASCII digits and nothing else: a number the content alone cannot tell from a short
/// phone number.
fn is_five_digit_number(text: &str) -> bool {
    let t = text.trim();
    t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit())
}

/// [`assign`] with the row's cells read `offset` columns further right (left when
/// negative); returns the reading's score too. `idx`: the row's cells holding text.
fn assign_at(row: &Row, scores: &[CellScores], layout: &Layout, offset: isize, idx: &[usize]) -> (f32, Vec<Option<Role>>) {
    let mut out = vec![None; row.cells.len()];
    if idx.is_empty() {
        return (0.0, out);
    }
    // State: the set of field roles used so far (a bit per rank) and the rank of the last
    // one (5 = none yet). dp[k][used][last] = best score after k cells.
    let n = idx.len();
    const NONE: usize = 5;
    const SETS: usize = 1 << 5;
    let mut dp = vec![[[f32::NEG_INFINITY; 6]; SETS]; n + 1];
    // Back pointers packed small (set, last, role): this runs for every row of every table.
    let mut back = vec![[[(0u8, 0u8, Role::Noise); 6]; SETS]; n + 1];
    dp[0][0][NONE] = 0.0;
    // The states reached after k cells (few of the 192), so each step visits only those.
    // Sized for every state at once: no regrowth inside the loop.
    let mut frontier: Vec<(usize, usize)> = Vec::with_capacity(SETS * 6);
    frontier.push((0, NONE));
    let mut next_frontier: Vec<(usize, usize)> = Vec::with_capacity(SETS * 6);
    for (k, &i) in idx.iter().enumerate() {
        let col = (row.cells[i].col as isize + offset).max(0) as usize;
        let prior = layout.prior.get(col).copied().unwrap_or([0.0; 6]);
        let numbered;
        let s = if prior[Role::Seq as usize] >= 0.5 && is_five_digit_number(&row.cells[i].text) {
            // `10000` in the 序号 column of a list of ten thousand points or more: its
            // number, though the content alone reads a short phone number or nothing.
            let mut score = [0.0; 6];
            score[Role::Seq as usize] = 3.0;
            numbered = CellScores { score, ..scores[i].clone() };
            &numbered
        } else {
            &scores[i]
        };
        next_frontier.clear();
        for &(used, last) in &frontier {
            let cur = dp[k][used][last];
            // Noise keeps the state.
            let v = cur + s.get(Role::Noise);
            if dp[k + 1][used][last] == f32::NEG_INFINITY {
                next_frontier.push((used, last));
            }
            if v > dp[k + 1][used][last] {
                dp[k + 1][used][last] = v;
                back[k + 1][used][last] = (used as u8, last as u8, Role::Noise);
            }
            for r in Role::FIELDS {
                // States are ranks: the table's column order of the roles.
                let rank = layout.rank[r as usize];
                // A field needs positive evidence from the content itself, once per row.
                if used & (1 << rank) != 0 || s.get(r) <= 0.0 {
                    continue;
                }
                let order = if last != NONE && rank < last { OUT_OF_ORDER_PENALTY } else { 0.0 };
                let v = cur + s.get(r) + PRIOR_WEIGHT * prior[r as usize] - order;
                let next = used | (1 << rank);
                if dp[k + 1][next][rank] == f32::NEG_INFINITY {
                    next_frontier.push((next, rank));
                }
                if v > dp[k + 1][next][rank] {
                    dp[k + 1][next][rank] = v;
                    back[k + 1][next][rank] = (used as u8, last as u8, r);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next_frontier);
    }
    // The best end state (ties: the smaller set of fields, then the later last rank).
    let mut best = (0usize, NONE);
    let mut best_v = f32::NEG_INFINITY;
    for (used, lasts) in dp[n].iter().enumerate() {
        for last in (0..6).rev() {
            if lasts[last] > best_v {
                best_v = lasts[last];
                best = (used, last);
            }
        }
    }
    let (mut used, mut last) = best;
    for k in (1..=n).rev() {
        let (pu, pl, role) = back[k][used][last];
        out[idx[k - 1]] = Some(role);
        used = pu as usize;
        last = pl as usize;
    }
    (best_v, out)
}

/// Gives a text alone on its row (the tail of a wrapped cell) the role of its column when
/// the content read it as a name but the column holds addresses: `厅外国人工作居留服务窗口`
/// under 地址 ends like a name, yet continues the address above. So does a text opening
/// with a place name but holding no street and number (`龙岩市公安局出入境接待大厅`); row
/// assembly still keeps it apart when the address above has no street number either.
///
/// A fragment of one or two characters (`口` under `…窗`, `)` under `…(市民服务中心`),
/// noise by its content, is the tail of its column's field on a row of tails (no 序号,
/// province or phone): alone on its row when it closes a bracket, or beside one more tail
/// when the table is aligned text (`positioned`: the reader placed each under its column
/// by where it starts).
pub fn lone_tail_by_column(row: &Row, assigned: &mut [Option<Role>], layout: &Layout, positioned: bool) {
    let filled: Vec<usize> = (0..row.cells.len()).filter(|&ci| !row.cells[ci].text.trim().is_empty()).collect();
    // A row of tails only: no 序号, province or phone among its cells.
    let tails_only = filled.iter().all(|&ci| !matches!(assigned[ci], Some(Role::Seq | Role::Province | Role::Phone)));
    for &ci in &filled {
        let t = row.cells[ci].text.trim();
        let fragment = assigned[ci] == Some(Role::Noise) && t.chars().count() <= 2 && !t.chars().any(|c| c.is_ascii_digit());
        let alone = filled.len() == 1;
        if fragment && tails_only && ((positioned && filled.len() <= 2) || (alone && t.starts_with([')', '）']))) {
            let col = row.cells[ci].col as usize;
            // (Not a field the row holds already: a stray mark beside the name is no more of it.)
            let field = [Role::Institution, Role::Address].into_iter().find(|&r| usual_column(layout, r) == Some(col));
            if let Some(field) = field.filter(|&r| !assigned.contains(&Some(r))) {
                assigned[ci] = Some(field);
            }
        }
    }
    // A province's name (or a fragment of one) under the name or address column, where the
    // table's provinces are not, beside the row's other fields: the
    // head of a name or an address cut after it (`四川` / `省眉山市科学技术局`, `湖南省` /
    // `吉首市人民南路58号`), not a section.
    // (Or prints none on this page: the column is the field's all the same.)
    let prov_col = usual_column(layout, Role::Province);
    let others = filled.iter().filter(|&&ci| matches!(assigned[ci], Some(Role::Institution | Role::Address | Role::Phone))).count();
    for &ci in &filled {
        let col = row.cells[ci].col as usize;
        let field = [Role::Institution, Role::Address].into_iter().find(|&r| usual_column(layout, r) == Some(col));
        if let (Some(Role::Province), Some(field)) = (assigned[ci], field) {
            // (The name read in the address column beside it, the address's text taken for
            // a name, `四川 | 河东新区莲花会展中心3 | 0825-…` over `省遂宁市科学技术局 | 号花瓣…`:
            // each is its column's.)
            let name_in_address_column = (field == Role::Institution && !assigned.contains(&Some(Role::Address)))
                .then(|| {
                    filled.iter().copied().find(|&o| {
                        assigned[o] == Some(Role::Institution) && usual_column(layout, Role::Address) == Some(row.cells[o].col as usize)
                    })
                })
                .flatten();
            // (A row numbering its section, `13 | 福建省 | …`, prints its province.)
            let free = !assigned.contains(&Some(field)) || name_in_address_column.is_some();
            if prov_col != Some(col) && others >= 1 && free && !assigned.contains(&Some(Role::Seq)) {
                if let Some(o) = name_in_address_column {
                    assigned[o] = Some(Role::Address);
                }
                assigned[ci] = Some(field);
            }
        }
    }
    // A place's name under the name column read as the address while the address column's
    // own text reads as noise (`张家界市 | 张家`, a tall row's heads): each is its column's.
    if let (Some(nc), Some(ac)) = (usual_column(layout, Role::Institution), usual_column(layout, Role::Address)) {
        let at = |c: usize| filled.iter().copied().find(|&ci| row.cells[ci].col as usize == c);
        if let (Some(n), Some(a)) = (at(nc), at(ac)) {
            // (Place names alone: a street address out of its column keeps its reading.)
            // (Or a name's head opening with a place, no street in it, beside a short head of
            // the address, `新乡市科学 | 红旗`.)
            let head = squash(&row.cells[n].text);
            let name_head = || {
                crate::rows::garbled::starts_with_place(crate::gazetteer::Gazetteer::get(), &head)
                    && !head.bytes().any(|b| b.is_ascii_digit())
                    && !super::continuation::names_own_street(&head)
                    && crate::text::cjk_count(&row.cells[a].text) <= 3
            };
            if assigned[n] == Some(Role::Address)
                && assigned[a] == Some(Role::Noise)
                && !assigned.contains(&Some(Role::Institution))
                && (super::continuation::only_places(&head) || name_head())
            {
                assigned[n] = Some(Role::Institution);
                assigned[a] = Some(Role::Address);
            }
        }
    }
    // A number under the address column, where the table prints no 序号 (`524` under
    // `…市政府大楼A区`): the address's room number wrapped onto the next row, not a 序号.
    for &ci in &filled {
        let col = row.cells[ci].col as usize;
        let seq_here = layout.prior.get(col).is_some_and(|p| p[Role::Seq as usize] >= 0.3);
        if assigned[ci] == Some(Role::Seq)
            && !seq_here
            && usual_column(layout, Role::Address) == Some(col)
            && !assigned.contains(&Some(Role::Address))
        {
            assigned[ci] = Some(Role::Address);
        }
    }
    // A text in the address column beside the phone printed low in a tall row, noise by its
    // content (`厦2501#`): the address's rest.
    if let [a, b] = filled[..] {
        let (text_ci, other) = if assigned[b] == Some(Role::Phone) { (a, b) } else { (b, a) };
        let col = row.cells[text_ci].col as usize;
        if assigned[other] == Some(Role::Phone)
            && assigned[text_ci] == Some(Role::Noise)
            && crate::text::cjk_count(&row.cells[text_ci].text) >= 1
            && usual_column(layout, Role::Address) == Some(col)
            && usual_column(layout, Role::Institution) != Some(col)
        {
            assigned[text_ci] = Some(Role::Address);
        }
    }
    let &[ci] = filled.as_slice() else { return };
    let cell = &row.cells[ci];
    let col = cell.col as usize;
    // A bracketed remark alone on its row (`(受理顺德辖区内单位业务)`, `(A、B类)`) says
    // nothing of the field it ends: its column does.
    let t = cell.text.trim();
    let bracketed = t.starts_with(['(', '（']) && t.ends_with([')', '）']) && crate::text::cjk_count(t) >= 1;
    // (The field most of the column's cells are: a few rows shifted into the column beside
    // it may make that one the name's usual column by share.)
    if tails_only && bracketed && matches!(assigned[ci], Some(Role::Institution | Role::Address | Role::Noise)) {
        let share = |r: Role| layout.prior.get(col).map_or(0.0, |p| p[r as usize]);
        let most =
            [Role::Institution, Role::Address].into_iter().filter(|&r| share(r) >= 0.5).max_by(|&a, &b| share(a).total_cmp(&share(b)));
        if let Some(field) = most.or_else(|| [Role::Institution, Role::Address].into_iter().find(|&r| usual_column(layout, r) == Some(col)))
        {
            assigned[ci] = Some(field);
            return;
        }
    }
    if assigned[ci] != Some(Role::Institution) {
        return;
    }
    if usual_column(layout, Role::Address) == Some(col)
        && usual_column(layout, Role::Institution) != Some(col)
        && (super::continuation::looks_like_tail(&cell.text, None) || !super::continuation::has_street_number(&cell.text))
    {
        assigned[ci] = Some(Role::Address);
    }
}

/// The address's column by the table's column order where its addresses do not say (a
/// page of few rows, their addresses cut or without numbers): the one column between the
/// name's and the phone's, the order putting the address between them (as the rows beside
/// the one text in column `col`, read as `own`, place them).
pub fn address_column_by_order(layout: &Layout, col: usize, own: Option<Role>) -> Option<usize> {
    let usual = |r: Role| usual_column_beside(layout, r, col, own);
    let (name, phone) = (usual(Role::Institution)?, usual(Role::Phone)?);
    let rank = |r: Role| layout.rank[r as usize];
    let between = rank(Role::Institution) + 1 == rank(Role::Address) && rank(Role::Address) + 1 == rank(Role::Phone);
    (between && phone == name + 2).then_some(name + 1)
}

/// The address column, or, when the table does not say so clearly (a page of a few rows
/// whose addresses read as names), the one after the name's where the table's order puts
/// the address next.
pub fn usual_address_column(layout: &Layout) -> Option<usize> {
    let next = layout.rank[Role::Address as usize] == layout.rank[Role::Institution as usize] + 1;
    usual_column(layout, Role::Address).or_else(|| usual_column(layout, Role::Institution).filter(|_| next).map(|c| c + 1))
}

/// The layout as a row read `shift` columns further right sees it (its cell 0 under the
/// table's column `shift`): a row's own columns, for the checks that index its cells.
pub fn shifted_layout(layout: &Layout, shift: isize) -> std::borrow::Cow<'_, Layout> {
    match usize::try_from(shift) {
        Ok(k) if k > 0 && k < layout.prior.len() => {
            let mut own = layout.clone();
            own.prior.drain(..k);
            own.confident.drain(..k.min(own.confident.len()));
            own.reprior();
            std::borrow::Cow::Owned(own)
        }
        _ => std::borrow::Cow::Borrowed(layout),
    }
}

/// The column where a role usually sits in this table, if the table says so clearly.
pub fn usual_column(layout: &Layout, role: Role) -> Option<usize> {
    let usual = layout.usual.get_or_init(|| std::array::from_fn(|r| usual_column_of(layout, r)));
    debug_assert_eq!(usual[role as usize], usual_column_of(layout, role as usize), "Layout::reprior not called after a change");
    usual[role as usize]
}

/// [`usual_column`] read afresh from the layout's statistics.
fn usual_column_of(layout: &Layout, r: usize) -> Option<usize> {
    // (One pass: the purest column, the last of equals, and how many columns most of whose
    // cells read as the role; asked of every row many times over.)
    let (mut col, mut share, mut over_half) = (None, f32::NEG_INFINITY, 0);
    for (c, p) in layout.prior.iter().enumerate() {
        if p[r] >= share {
            (col, share) = (Some(c), p[r]);
        }
        over_half += usize::from(p[r] >= 0.5);
    }
    let col = col.filter(|_| share >= 0.5)?;
    // (Of the columns where most cells read as the role, the one most cells say: a page of
    // narrow rows with a few wide ones opening its sections has the role's column of the wide
    // rows purer, not fuller, than the narrow rows'.)
    if over_half >= 2 && layout.confident.len() == layout.prior.len() {
        let count = |c: usize| layout.cells_of(c, r);
        let fuller =
            (0..layout.prior.len()).filter(|&c| layout.prior[c][r] >= 0.5).max_by(|&a, &b| count(a).total_cmp(&count(b)).then(b.cmp(&a)));
        if let Some(c) = fuller.filter(|&c| count(c) >= 2.0 * count(col)) {
            return Some(c);
        }
    }
    Some(col)
}

/// [`usual_column`] as the table's other rows say it, leaving out one row's own cell in
/// column `col` (read as `own`): a lone text's column is evidence of its field only
/// when it does not rest on that text (`| | (市科技局) | |` above one row of a narrow page).
pub fn usual_column_beside(layout: &Layout, role: Role, col: usize, own: Option<Role>) -> Option<usize> {
    let share = |c: usize, p: &[f32; 6]| match (own, layout.confident.get(c)) {
        (Some(o), Some(&t)) if c == col && t >= 1.0 => (p[role as usize] * (t + 1.0) - f32::from(u8::from(o == role))) / t,
        _ => p[role as usize],
    };
    let (c, share) = layout.prior.iter().enumerate().map(|(c, p)| (c, share(c, p))).max_by(|a, b| a.1.total_cmp(&b.1))?;
    (share >= 0.5).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use parser::markdown::parse_markdown;

    fn roles_of(md: &str) -> Vec<Vec<Option<Role>>> {
        let doc = parse_markdown("t.md", md).unwrap();
        let t = &doc.tables[0];
        let rows: Vec<&Row> = t.rows.iter().filter(|r| r.kind == parser::RowKind::Data).collect();
        let scores: Vec<Vec<CellScores>> = rows.iter().map(|r| r.cells.iter().map(|c| classify(&c.text)).collect()).collect();
        let l = layout(&rows, &scores);
        rows.iter().zip(&scores).map(|(r, s)| assign(r, s, &l)).collect()
    }

    #[test]
    fn captions_printed_in_both_languages_are_captions() {
        for c in ["序号 No.", "省份 Province", "受理机构 Institution", "地址/Address", "电话(Tel)"] {
            assert!(is_header_word(c), "{c}");
        }
        assert_eq!(header_role("受理机构 Institution"), Some(Role::Institution));
        // A name beside its English form, or a caption beside other words, is none.
        assert!(!is_header_word("广州市科学技术局 Guangzhou Science and Technology Bureau"));
        assert!(!is_header_word("地址 Xicheng District"));
    }

    #[test]
    fn english_captions_are_read_by_their_words() {
        let role = |c: &str| header_role(c);
        assert_eq!(role("institution_name"), Some(Role::Institution));
        assert_eq!(role("OrgName"), Some(Role::Institution));
        assert_eq!(role("Phone Numbers"), Some(Role::Phone));
        assert_eq!(role("contact_number"), Some(Role::Phone));
        assert_eq!(role("street_address"), Some(Role::Address));
        assert_eq!(role("Serial No."), Some(Role::Seq));
        // A qualifier of another kind names another field, or none of ours.
        assert_eq!(role("fax_number"), None);
        assert!(crate::phone::is_fax_label(english_caption("fax_number").unwrap()));
        assert_eq!(role("email_address"), None);
        assert_eq!(role("province_code"), None);
        assert_eq!(role("contact_person_name"), None);
        // Captions of no field of ours are captions all the same; data is not.
        for caption in ["postal_code", "website", "Remarks", "city", "province_code"] {
            assert!(is_header_word(caption), "{caption}");
        }
        for data in ["A12", "Room 5", "kj.gov.cn", "active"] {
            assert!(!is_header_word(data), "{data}");
        }
        // The columns serving the phones keep the caption row assembly looks for.
        assert_eq!(extra_caption("area_code"), "区号");
        assert_eq!(extra_caption("Ext."), "分机");
        assert_eq!(extra_caption("postal_code"), "postal_code");
    }

    #[test]
    fn shifted_row_is_read_by_content() {
        let md = "| 1 | 北京 | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 | |\n\
                  | | | | 电子城•IT产业园 国际人才一站式服 务中心 | 朝阳区将台酒仙桥北路甲10号院304号楼 | 010-84592515 (两证联办) |\n\
                  | | | 望京国际人才一站 式服务站 | 朝阳区望京西园四区 425 楼 | 010-61847598 | |\n";
        let r = roles_of(md);
        assert_eq!(r[0][..5], [Some(Role::Seq), Some(Role::Province), Some(Role::Institution), Some(Role::Address), Some(Role::Phone)]);
        assert_eq!(r[1][3..6], [Some(Role::Institution), Some(Role::Address), Some(Role::Phone)]);
    }

    #[test]
    fn rows_leaving_out_empty_columns_keep_the_address_before_the_phone() {
        // Most rows print three cells, some print the empty 序号 and province columns too:
        // by column, the phones of the narrow rows sit left of the wide rows' addresses,
        // yet every row prints its address before its phone. An address with no digit (its
        // weakest reading) is still read.
        let md = "| 潮州市科学技术局 | 潮州市长平路十一街区财 政大楼北楼副楼市政 务服务中心三楼西 侧综合窗口 | 0768-2390001 |\n\
                  | | | 禅城区经济和科技促进局服务窗 口 | 佛山市禅城区同济东路禅城 | 0757-82340001 |\n\
                  | | | 狮山镇行政服务中心 | 佛山市南海区狮山镇狮城路 3号行政大楼一楼 | 0757-86680001 |\n\
                  | 九江镇行政服务中心 | 佛山市南海区启航大道2号A栋九江镇 | 0757-81860001 |\n\
                  | 西樵镇行政服务中心 | 佛山市南海区西樵镇樵高路65号西樵环运大楼西 | 0757-86890001 |\n\
                  | | | | 樵镇行政服务中心36号窗口 | |\n";
        let r = roles_of(md);
        assert_eq!(r[0], [Some(Role::Institution), Some(Role::Address), Some(Role::Phone)]);
        assert_eq!(r[1][2..], [Some(Role::Institution), Some(Role::Address), Some(Role::Phone)]);
    }

    #[test]
    fn a_record_a_column_left_of_its_place_is_read_shifted_despite_empty_cells_after_it() {
        // The address says little by itself (no house number, its road in a bracket): read
        // where it is printed, under the name column, it was left as noise.
        let md = "| 1 | 江苏 | 南京市科学技术局 | 南京市玄武区北京东路39号 | 025-83630001 |\n\
                  | | | 无锡市科学技术局 | 无锡市观山路199号 | 0510-81820001 |\n\
                  | | | 常州市科学技术局 | 常州市龙城大道1280号 | 0519-85680001 |\n\
                  | | 太仓市科学技术局 | 太仓市科教新城创业园(上海东路与北京路交汇处) | 0512-53500001 | |\n\
                  | | | 苏州市科学技术局 | 苏州市平泷路251号 | 0512-69820001 |\n";
        let r = roles_of(md);
        assert_eq!(r[3][1..4], [Some(Role::Institution), Some(Role::Address), Some(Role::Phone)]);
    }

    #[test]
    fn a_rank_contradicted_by_most_rows_takes_their_order() {
        let mut rank = [0, 1, 2, 4, 3];
        let mut before = [[0u32; 5]; 5];
        before[Role::Address as usize][Role::Phone as usize] = 4;
        before[Role::Phone as usize][Role::Address as usize] = 1;
        order_as_rows_print(&mut rank, &before);
        assert_eq!(rank, [0, 1, 2, 3, 4]);
        // One row is no evidence against the columns.
        let mut rank = [0, 1, 2, 4, 3];
        let mut once = [[0u32; 5]; 5];
        once[Role::Address as usize][Role::Phone as usize] = 1;
        order_as_rows_print(&mut rank, &once);
        assert_eq!(rank, [0, 1, 2, 4, 3]);
    }

    #[test]
    fn two_fields_printed_the_other_way_round_are_both_read() {
        let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
                  | 1 | 无锡市科学技术局 | 无锡市观山路 199 号 | 0510-81821234 |\n\
                  | 2 | 常州市科学技术局 | 0519-85681234 | 常州市龙城大道 1280 号 |\n\
                  | 3 | 苏州市科学技术局 | 0512-68181234 | 工作日内回复 |\n";
        let r = roles_of(md);
        assert_eq!(r[2][1..4], [Some(Role::Institution), Some(Role::Phone), Some(Role::Address)]);
        // Weak text after the phone is not promoted to an address out of order.
        assert_ne!(r[3][3], Some(Role::Address));
    }

    #[test]
    fn the_body_column_names_the_row_over_the_window_column() {
        // Both captions name the row, and every cell of both reads as a name: the body's
        // column is the institution on either side of the window's.
        let rows = "| 1 | 南京市科学技术局 | 南京市政务服务中心外国人工作 许可窗口 | 南京市建邺区江东中路265号 | 025-68787185 |\n\
                    | 2 | 无锡市科学技术局 | 无锡市行政服务中心 | 无锡市观山路199号 | 0510-81823456 |\n";
        let r = roles_of(&format!("| 序号 | 单位名称 | 受理 窗口 | 地址 | 电话 |\n|---|---|---|---|---|\n{rows}"));
        assert_eq!(r[1][1..3], [Some(Role::Institution), Some(Role::Noise)]);
        assert_eq!(r[2][1..3], [Some(Role::Institution), Some(Role::Noise)]);
        let swapped = rows.lines().map(|l| {
            let c: Vec<&str> = l.split('|').collect();
            format!("|{}|{}|{}|{}|{}|{}|\n", c[1], c[3], c[2], c[4], c[5], c[6])
        });
        let r = roles_of(&format!("| 序号 | 窗口名称 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|---|\n{}", swapped.collect::<String>()));
        assert_eq!(r[1][1..3], [Some(Role::Noise), Some(Role::Institution)]);
        assert_eq!(r[2][1..3], [Some(Role::Noise), Some(Role::Institution)]);
    }

    #[test]
    fn other_column_orders_are_learned() {
        let md = "| 序号 | 医院名称 | 联系电话 | 地址 |\n\
                  | 1 | 北京协和医院 | 010-69156114 | 东城区帅府园1号 |\n\
                  | 2 | 北京大学第一医院 | 010-83572211 | 西城区西什库大街8号 |\n";
        let r = roles_of(md);
        assert_eq!(r[1][1..4], [Some(Role::Institution), Some(Role::Phone), Some(Role::Address)]);
    }

    #[test]
    fn continuation_fragments_keep_field_order() {
        let md = "| | | 共服务中心 | 心二层海淀区人才服务中心 | |\n| | | 怀柔区政务服务中 心 | 怀柔区雁栖大街 53 号 | 010-69687722 |\n";
        let r = roles_of(md);
        assert_eq!(r[0][2..4], [Some(Role::Institution), Some(Role::Address)]);
    }

    #[test]
    fn captions_of_other_columns_and_short_bilingual_ones_are_captions() {
        // A bilingual caption whose Chinese half is the longer one (`联系电话 Tel`).
        for caption in ["联系电话 Tel", "电话Tel", "受理机构 Institution", "备注", "服务范围", "工作时间", "办公时间 Hours", "传真"]
        {
            assert!(is_header_word(caption), "{caption}");
        }
        // Whole words only: data may end like one.
        for data in ["全市范围", "周一至周五工作时间", "北京 Beijing", "综合窗口A"] {
            assert!(!is_header_word(data), "{data}");
        }
        // A header of bilingual captions beside captions of other columns is a header.
        let md = "| 序号 No. | 地区 Region | 受理机构 Institution | 服务范围 | 办公地址 Address | 工作时间 | 联系电话 Tel | 备注 |\n";
        let doc = parser::markdown::parse_markdown("t.md", md).unwrap();
        assert!(is_header_row(&doc.tables[0].rows[0]));
    }

    #[test]
    fn header_synonyms_name_their_fields() {
        let want = [
            ("联系方式", Some(Role::Phone)),
            ("手机号码", Some(Role::Phone)),
            ("单位电话", Some(Role::Phone)),
            ("办公地点", Some(Role::Address)),
            ("单位地址", Some(Role::Address)),
            ("所在位置", Some(Role::Address)),
            ("单位", Some(Role::Institution)),
            ("邮编", None),
            ("银行网点", Some(Role::Institution)),
            ("定点医院", Some(Role::Institution)),
            ("办事处", Some(Role::Institution)),
            ("网点地址", Some(Role::Address)),
            ("医院等级", None),
            ("主管部门", None),
            ("所属公司", None),
            ("主管单位", None),
        ];
        for (w, role) in want {
            assert_eq!(header_role(w), role, "{w}");
        }
        assert!(is_header_word("办公地点") && is_header_word("联系方式"));
    }

    #[test]
    fn captions_with_qualifiers_and_region_columns_are_header_words() {
        for w in ["电话（区号021）", "联系电话(0571)", "受理窗口", "区", "设区市", "县(市、区)", "服务热线", "受理点数量"]
        {
            assert!(is_header_word(w), "{w}");
        }
        // Characters canonical forms expand (`㈠` is `(一)`) end the reading too.
        for w in ["021-52068900", "北京市(2个)", "黄浦区", "(0571)", "㈠1", "电话㈠1（区号021）"] {
            assert!(!is_header_word(w), "{w}");
        }
        assert_eq!(header_role("受理窗口"), Some(Role::Institution));
        // Traditional captions.
        assert_eq!(header_role("受理機構"), Some(Role::Institution));
        assert_eq!(header_role("諮詢電話"), Some(Role::Phone));
        assert!(is_header_word("序號") && is_header_word("受理機構"));
        assert_eq!(header_role("电话（区号021）"), Some(Role::Phone));
    }

    #[test]
    fn a_header_prints_a_caption_word_itself_or_fills_its_row_with_captions() {
        let row = |cells: &[&str]| {
            let md = format!("| {} |\n", cells.join(" | "));
            parser::markdown::parse_markdown("t.md", &md).unwrap().tables[0].rows[0].clone()
        };
        assert!(is_header_row(&row(&["序号", "省份", "受理机构", "地址", "咨询电话"])));
        assert!(is_header_row(&row(&["受理机构", "地址", "电话(区号021)"])));
        assert!(!is_header_row(&row(&["理窗口", "窗口", "020-12345"])));
        assert!(is_header_row(&row(&["医院名称", "联系电话(0571)"])));
        assert!(is_header_row(&row(&["受理单位", "办公地点", "服务热线"])));
        // Two windows' short names end like captions: data.
        assert!(!is_header_row(&row(&["", "", "受理窗口", "二楼人社局窗口", ""])));
        assert!(!is_header_row(&row(&["", "", "二楼人社局窗口", "", "心人社局窗口"])));
        // A name's rest ending like a caption beside a caption word: an agency's, data.
        assert!(!is_header_row(&row(&["技术局 服务窗口", "窗口", ""])));
    }

    #[test]
    fn a_phone_caption_states_its_area_code() {
        assert_eq!(caption_area_code("电话（区号021）").as_deref(), Some("021"));
        assert_eq!(caption_area_code("联系电话(0571)").as_deref(), Some("0571"));
        assert_eq!(caption_area_code("区号：0571 电话").as_deref(), Some("0571"));
        assert_eq!(caption_area_code("联系电话"), None);
        // A code the area-code table does not know states nothing.
        assert_eq!(caption_area_code("电话(0001)"), None);
    }

    #[test]
    fn a_row_s_own_cell_is_left_out_of_its_column_s_share() {
        // Two rows: a name in column 0 below, a lone name-like text in column 1 above.
        let mut l = Layout::natural();
        l.prior = vec![[0.0, 0.0, 0.5, 0.0, 0.0, 0.0], [0.0, 0.0, 0.5, 0.0, 0.0, 0.0]];
        l.confident = vec![1.0, 1.0];
        assert_eq!(usual_column(&l, Role::Institution), Some(1));
        assert_eq!(usual_column_beside(&l, Role::Institution, 1, Some(Role::Institution)), Some(0));
        // Another table's prior, carried over, holds no cell of this one.
        l.confident.clear();
        assert_eq!(usual_column_beside(&l, Role::Institution, 1, Some(Role::Institution)), Some(1));
    }
    fn layout_of(md: &str) -> Layout {
        let doc = parse_markdown("t.md", md).unwrap();
        let t = &doc.tables[0];
        let rows: Vec<&Row> = t.rows.iter().filter(|r| r.kind == parser::RowKind::Data).collect();
        let scores: Vec<Vec<CellScores>> = rows.iter().map(|r| r.cells.iter().map(|c| classify(&c.text)).collect()).collect();
        layout(&rows, &scores)
    }

    #[test]
    fn a_header_a_cell_narrower_than_its_rows_takes_the_empty_column_they_print() {
        let rows = "| 5 | 宁 夏 | 银川市行政审批服务局 |  | 银川市灵武市和平南路313号市民服务中心15号窗口 | 0951-4911773 |\n\
                    |  |  | 中卫市外国专家局 |  | 中卫市沙坡头区胜利大道411号政务服务中心2楼 | 0955-6940388 |\n\
                    |  |  | 固原市经济技术开发区人才服务中心 |  | 固原市西吉县解放中路95号 | 0954-3539129 |\n";
        let l = layout_of(&format!("| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n|---|---|---|---|---|\n{rows}"));
        assert_eq!(usual_column(&l, Role::Address), Some(4));
        assert_eq!(usual_column(&l, Role::Phone), Some(5));
        // As wide as its rows, a header's captions stand where printed.
        let l = layout_of(&format!("| 序号 | 省份 | 受理窗口 | 备注 | 地 址 | 电 话 |\n|---|---|---|---|---|---|\n{rows}"));
        assert_eq!(usual_column(&l, Role::Address), Some(4));
        assert!(l.extra.iter().any(|(c, _)| *c == 3), "{:?}", l.extra);
        // Nor when a row prints text in the column: no gap the header left out.
        let l = layout_of(&format!(
            "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n|---|---|---|---|---|\n{}",
            rows.replace("|  | 银川", "| 备用 | 银川")
        ));
        assert_eq!(usual_column(&l, Role::Address), Some(3));
    }
}
