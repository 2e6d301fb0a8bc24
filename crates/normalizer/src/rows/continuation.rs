//! Does a row continue the record above, and may an empty name inherit the one above?

use crate::gazetteer::{Gazetteer, Resolution};
use crate::rows::garbled::starts_with_place;
use crate::text::{bracket_balance, squash};

/// Zone words that name a place no division table knows (高新区, 经开区 …); two windows in
/// different zones are different points even inside one city.
const ZONE_WORDS: &[&str] = &["高新区", "经开区", "开发区", "保税区", "自贸区", "新区", "园区", "港区", "商务区"];

/// A text that does not begin like a new name or address: the tail of a wrapped field
/// (`共服务中心`, `局)`, `员会`, `心二层海淀区人才服务中心`).
/// A start that is a place name up to one OCR error (`古林市`) is a start, not a tail.
pub fn looks_like_tail(text: &str, province: Option<usize>) -> bool {
    let g = Gazetteer::get();
    let s = squash(text);
    // A building unit first (`号石家庄市科学技术局412室`: the house number's 号 wrapped) ends
    // the text above; no name or address starts so, whatever place name follows.
    if opens_inside_squashed(&s) {
        return true;
    }
    // (A county's short name of another province than the section's opens no name or
    // address there: `公安局…` in 福建, `和政务服务局` in 内蒙古.)
    if s.is_empty() || (starts_with_place(g, &s) && !opens_with_place_elsewhere(&s, province)) || s.starts_with("中国") {
        return false;
    }
    province.is_none_or(|p| crate::places::correct_place_prefix(&s, p).is_none())
}

/// [`looks_like_tail`] of an address's text as printed: no place misread is corrected, but a
/// county's short name of another province opens no address (`公安专区…` in 江苏).
pub fn looks_like_address_tail(text: &str, province: Option<usize>) -> bool {
    looks_like_tail(text, None) || opens_with_place_elsewhere(text, province)
}

/// True when a text could locate a place by itself: it names a place, a street or a house
/// number (`A235和A236`, `二楼综合一窗口` do not: they are inside one named before).
pub fn names_a_location(text: &str) -> bool {
    let s = squash(text);
    s.contains(['路', '街', '道', '巷', '弄', '号', '镇', '村', '园']) || !Gazetteer::get().find_places(&s).is_empty()
}

/// True for a whole name (a name ending, five characters or more) opening with one to three
/// characters and 市, 县, 州 or 盟, as a city's office does (`丙市科学技术局`): no wrapped
/// name's tail opens so (`技人才管理处`, `开发区管委会`).
pub fn whole_name_opening_with_a_city(text: &str) -> bool {
    let s = squash(text);
    // (No name opens with 省: `省遂宁市科学技术局` is the rest of `四川` cut above it.)
    if s.starts_with('省') {
        return false;
    }
    let chars: Vec<char> = s.chars().take(4).collect();
    let city_at = (1..chars.len()).find(|&i| matches!(chars[i], '市' | '县' | '州' | '盟'));
    city_at.is_some_and(|i| chars[..i].iter().all(|&c| crate::text::is_cjk(c) && !matches!(c, '城' | '都')))
        && crate::text::cjk_count(&s) >= 5
        && crate::classify::has_institution_suffix(&s)
}

/// True when a text opens with a building unit (`号…`, `楼…`) or a floor or room number
/// (`5楼526、509室`, `B座1201`): it is inside a building the text before it named, the
/// rest of an address, never one of its own.
pub fn opens_inside_building(text: &str) -> bool {
    opens_inside_squashed(&squash(text))
}

/// [`opens_inside_building`] on text without whitespace.
fn opens_inside_squashed(s: &str) -> bool {
    // After a number, 号 opens a numbered label (`1号受理点:`), not a house number's rest.
    s.starts_with(crate::classify::UNIT_WORDS)
        || s.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-').starts_with(['楼', '层', '室', '座', '幢', '栋'])
}

/// True when an address ends at a number and `text` names what that number numbers (`…D65、
/// D66号` + `窗口`, `…3楼127` + `室`): the address was cut before its unit's word.
pub fn names_the_numbered_unit(address: &str, text: &str) -> bool {
    let (a, t) = (squash(address), squash(text));
    let numbered = a.trim_end_matches('号').ends_with(|c: char| c.is_ascii_alphanumeric());
    numbered && t.starts_with(['窗', '室', '房', '门', '厅', '间'])
}

/// True for a text opening with a building's number (`9号楼…`, `3栋`, `A座…`): the rest of
/// an address that named the compound.
pub fn opens_with_building_number(text: &str) -> bool {
    let t = squash(text);
    let rest = t.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    rest.len() < t.len() && rest.trim_start_matches('号').starts_with(['楼', '栋', '幢', '座'])
}

/// True for a text opening with a street's name and its house number (`珠江路128号1楼`,
/// `花园街1号`): an address without its place. A street named by its direction or size
/// alone (`东路85号`, `大街40号`) is the tail of a name cut before it (`…金水 | 东路85号`).
pub fn opens_with_street_number(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^(\p{Han}{1,8}?)(?:路|街|大道|道|巷)[0-9]+号").expect("static regex"));
    text.contains('号')
        && re.captures(text).is_some_and(|c| !c[1].chars().all(|ch| matches!(ch, '东' | '西' | '南' | '北' | '中' | '大' | '新')))
}

/// Splits a cell holding a whole name and its address in brackets after it
/// (`杭州市科学技术局（杭州市上城区解放东路18号）`, `…局(地址：…路2001号)`): the name (no digit
/// in it: `…中心1楼125窗口(胜利路380号)` is an address) and the bracket's street address,
/// its label removed. `None` for a bracket holding another name or a remark.
pub fn split_name_bracketed_address(text: &str) -> Option<(String, String)> {
    let t = text.trim();
    let body = t.strip_suffix([')', '）'])?;
    // The bracket that the last one closes.
    let mut depth = 0i32;
    let open = body.char_indices().rev().find_map(|(i, c)| {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth == 0 => return Some(i),
            '(' | '（' => depth -= 1,
            _ => {}
        }
        None
    })?;
    let (name, inner) = (body[..open].trim(), &body[open..]);
    let inner = inner.trim_start_matches(['(', '（']).trim();
    let inner = ["地址：", "地址:", "地址"].iter().find_map(|l| inner.strip_prefix(l)).unwrap_or(inner).trim();
    let sq = squash(name);
    // A name opens with its place or is long enough to stand alone, and names no floor or
    // house number (`…中心一楼服务大厅(…路268号)` is an address; `服务大厅(…)` its tail).
    let stands_alone = starts_with_place(Gazetteer::get(), &sq) || crate::text::cjk_count(&sq) >= 6;
    let whole_name = crate::classify::has_institution_suffix(&sq)
        && stands_alone
        && !sq.contains(['楼', '层', '室', '号', '座', '栋'])
        && !sq.bytes().any(|b| b.is_ascii_digit());
    (whole_name && has_street_number(inner) && crate::text::bracket_balance(name) == 0).then(|| (name.to_string(), inner.to_string()))
}

/// Splits a cell holding a name followed by an address (`別行区科学技术委 図行区…8号窗口`,
/// or two cells run together when the rule between them was lost) at the first space where
/// the left part ends like a name (before a bracketed remark or a window's number too, or is
/// a zone's office named by its zone) and the right part is an address: it opens with a
/// place and reads as an address, or, after a whole name, names its own street, number or
/// place, or is a numbered item (a later split whose address opens with a place wins over
/// one read by its street alone). The right part never opens with a bracket (the name's
/// remark), a name's ending wrapped off it, or a name's second part.
pub fn split_mixed(text: &str, province: Option<usize>) -> Option<(String, String)> {
    let g = Gazetteer::get();
    let near_place = |t: &str| starts_with_place(g, t) || province.is_some_and(|p| crate::places::correct_place_prefix(t, p).is_some());
    // One line break the document printed (`贵阳市科技局<br>贵阳市观山湖区…A区524`) sets a
    // name apart from the address after it, with less evidence than a space needs: a name
    // (no phone, not an address with a number) before, an address after (a place, or a
    // number; not another name).
    if let Some((left, right)) = crate::text::split_at_line_break(text) {
        let (left, right) = (crate::text::canonical_chars(left), crate::text::canonical_chars(right));
        let (ls, rs) = (crate::classify::classify(&left), crate::classify::classify(&right));
        let rsq = squash(&right);
        let left_name = crate::text::cjk_count(&left) >= 2 && ls.phone_count == 0 && ls.get(crate::classify::Role::Address) < 2.5;
        let right_addr = rs.phone_count == 0
            && (rs.get(crate::classify::Role::Address) >= 2.0 || (near_place(&rsq) && !crate::classify::has_institution_suffix(&rsq)));
        // (Not a break inside a bracket, or inside a road's name: a line wrapped inside one
        // field, `…(广州市天河区珠江<br>新城华利路61号)…`, `…新兴<br>街5号`.)
        let inside_a_field =
            closes_what_is_open(&left, &right) || opens_with_road_word(&right, province) || opens_with_cut_road_name(&right);
        if left_name && right_addr && !inside_a_field {
            return Some((left.into_owned(), right.into_owned()));
        }
    }
    // Otherwise a line break sets the two apart as a space does.
    let text = crate::text::canonical_chars(text);
    let toks: Vec<&str> = text.split_whitespace().collect();
    // The split at token `k`, and whether its address opens with a place.
    let split_at = |k: usize| -> Option<(String, String, bool)> {
        let left = toks[..k].join(" ");
        let right = toks[k..].join(" ");
        let lsq = squash(&left);
        // (A name may end before its bracketed remark, `…服务窗口(受理顺德辖区内单位业务)`, or
        // carry a window's number, `余杭区科技局1`.)
        let numbered = lsq.trim_end_matches(|c: char| c.is_ascii_digit());
        // (Or a zone's office named by its zone alone, `武汉市自贸区`, before an address that
        // opens with a place and has its house number.)
        let zone_name = !crate::classify::ends_like_name(numbered)
            && ZONE_WORDS.iter().any(|z| lsq.ends_with(z))
            && starts_with_place(g, &lsq)
            && !lsq.bytes().any(|b| b.is_ascii_digit());
        let left_name = crate::classify::ends_like_name(numbered) || lsq.ends_with('委') || zone_name;
        // Cheap tests first: most split points fail them and skip classification.
        // (A bracket left open is closed when nothing after it closes it and the name's other
        // name inside it is whole: its closing bracket lost, `大连市科学技术局(大连市外国专家局`.)
        let balanced = match crate::text::bracket_balance(&lsq) {
            0 => true,
            1 if crate::text::bracket_balance(&text) >= 1 => lsq.rsplit_once('(').is_some_and(|(head, inner)| {
                crate::classify::ends_like_name(head) && crate::classify::ends_like_name(inner) && starts_with_place(g, inner)
            }),
            _ => false,
        };
        // (A comma outside brackets parts an address's pieces, not a name's: `区E栋,盘龙区
        // 政务服务中心` is the rest of an address.)
        let comma = || {
            let mut depth = 0i32;
            lsq.chars().any(|c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth <= 0 && matches!(c, ',' | '，')
            })
        };
        if !left_name || crate::text::cjk_count(&lsq) < 4 || !balanced || comma() {
            return None;
        }
        let rsq = squash(&right);
        // (A bracket after a name is its remark, `许昌市科学技术局 (许昌市外国专家局) …`.)
        // (Nor is a space before a road's name's end a cut between name and address: a
        // wrap inside the road's name, `…贡山独龙族怒族自治县科 技南路66号…`, one address.)
        if rsq.starts_with('(') || opens_with_cut_road_name(&rsq) {
            return None;
        }
        // (After a label of its own, `1号受理点:青岛市…`.)
        let unlabelled = rsq.split_once(':').filter(|(l, r)| l.chars().count() <= 8 && !r.is_empty()).map_or(&*rsq, |(_, r)| r);
        let near = near_place(unlabelled);
        let whole_name = crate::classify::ends_like_name(numbered) && !lsq.bytes().any(|b| b.is_ascii_digit());
        // (Or the first of a name's numbered addresses, `1.市政务服务中心(…86号)3楼127号`.)
        let list_item = whole_name
            && unlabelled.split_once(['.', '、']).is_some_and(|(n, rest)| {
                !n.is_empty()
                    && n.len() <= 2
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && rest.starts_with(crate::text::is_cjk)
                    && has_house_number(rest)
            });
        // An address opening with no place, after a name with its whole ending, names its own
        // street and house number (`经济技术开发区第三大街40号…`: a zone no division table
        // knows), a house number, a road and a number (`…航天大道东延线…A栋9楼`), or the
        // name's own place no table knows (`贵安新区经济发展局 贵安新区数字…9号楼`): not in a
        // bracket after a floor (`3楼…窗口(…科普路50号)`). It is never a name's ending wrapped
        // off it (`保障局 余姚市…2号`, `技局 二连浩特市…`) or a name's second part
        // (`… 行政许可服务科 九江市…166号`).
        let street = || {
            let unbracketed = &unlabelled[..unlabelled.find('(').unwrap_or(unlabelled.len())];
            let opens_with_ending =
                unlabelled.char_indices().skip(1).take(4).any(|(i, _)| crate::classify::has_institution_suffix(&unlabelled[..i]))
                    || unlabelled.chars().count() <= 4 && crate::classify::has_institution_suffix(unlabelled);
            // (A word with its house number is no name, whatever it ends with: `嘉善大道100号县政
            // 数据办2楼科技局窗口`.)
            // (Nor is a building the name's own place or a zone opens, a wrap space before its
            // number: `贵安新区经济发展局 贵安新区数字经济产业园 9号楼…`, `…科学技术局 河东新区莲花
            // 会展中心 3号…`.)
            let first_word_a_name = toks.len() > k + 1 && {
                let w = squash(toks[k]);
                let own_building = || {
                    toks[k + 1].starts_with(|c: char| c.is_ascii_digit()) && (super::opens_with_same_place(&lsq, &w) || opens_with_zone(&w))
                };
                crate::classify::ends_like_name(&w) && !has_house_number(&w) && !own_building()
            };
            let numbered_road = names_a_road(unbracketed) && unbracketed.bytes().any(|b| b.is_ascii_digit());
            whole_name
                && !first_word_a_name
                && !opens_with_ending
                && !unlabelled.starts_with(|c: char| c == '(' || c.is_ascii_digit())
                && (has_street_number(unbracketed)
                    || has_house_number(unbracketed)
                    || numbered_road
                    || (super::opens_with_same_place(&lsq, &rsq) && rsq.bytes().any(|b| b.is_ascii_digit())))
        };
        if !near && !list_item && !street() {
            return None;
        }
        // (Nor an address wrapped right after its zone: the zone's area goes on with it
        // (`中国(湖北)自贸区 宜昌片区发展大道55号…`), or a road named after a place (`…经开区
        // 凤城八路109号…`).)
        if zone_name && (!(near && has_house_number(&rsq)) || names_area_of_zone(&lsq, &rsq) || road_named_after_place(&rsq)) {
            return None;
        }
        if crate::classify::classify(&left).get(crate::classify::Role::Address) >= 2.0 {
            return None;
        }
        // An address with a number reads clearly as one; one less clear (`忻州市忻府区雁门大道
        // 南街`, `宜春市宜阳大厦中座917`) opens with a place, names a road, a number, a place
        // within the place or its building, and ends like no name; a house number makes an
        // address whatever it ends with (`…277号)3楼…K4窗口`).
        let right_addr = list_item || {
            let right_scores = crate::classify::classify(&right);
            right_scores.get(crate::classify::Role::Address) >= 2.5
                || (near
                    && right_scores.phone_count == 0
                    && (has_house_number(&rsq)
                        || (crate::text::cjk_count(&rsq) >= 6
                            && !crate::classify::ends_like_name(&rsq)
                            && (names_a_road(&rsq)
                                || rsq.bytes().any(|b| b.is_ascii_digit())
                                || opens_with_two_places(unlabelled)
                                || ["楼", "大厦", "广场", "大院"].iter().any(|b| rsq.ends_with(b))))
                        // (Or, whatever it ends with, a road and a floor of a building:
                        // `汕头市长平路…财政大楼北楼…三楼西侧综合窗口`.)
                        || (crate::text::cjk_count(&rsq) >= 10 && names_a_road(&rsq) && names_a_floor(&rsq))))
        };
        right_addr.then_some((left, right, near || list_item))
    };
    // The first split, unless its address opens with no place (read by its street and
    // number) and a later one's does: the words between are the name's second part
    // (`芜湖市科学技术局 外国专家与科技人才 服务科 芜湖市鸠江区政通路66号…`).
    let mut first: Option<(String, String)> = None;
    for k in 1..toks.len() {
        let Some((left, right, near)) = split_at(k) else { continue };
        if near {
            return Some((left, right));
        }
        first.get_or_insert((left, right));
    }
    first
}

/// A name cut before its ending and its address run together in one cell, the rule between
/// them lost (`中国天津人力资源 天津市河西区九龙路 58 号`, `丹东市科学技术局 (丹东市外国专家
/// 丹东市振兴区…中心北路 2 号`: the name's rest printed on a later row): parted at the first
/// space after which the text opens with a city or county and names its street and number
/// (or a place within it and a road: `曲靖市麒麟区文昌街…`), the text before holding no
/// number, road, label or address of its own and no whole name.
pub fn split_name_head_and_address(text: &str) -> Option<(String, String)> {
    let g = Gazetteer::get();
    let text = crate::text::canonical_chars(text);
    let toks: Vec<&str> = text.split_whitespace().collect();
    (1..toks.len()).find_map(|k| {
        let (left, right) = (toks[..k].join(" "), toks[k..].join(" "));
        let (lsq, rsq) = (squash(&left), squash(&right));
        let head = crate::text::cjk_count(&lsq) >= 4
            && !lsq.bytes().any(|b| b.is_ascii_digit())
            && !names_a_road(&lsq)
            && !crate::classify::ends_like_name(&lsq)
            && !lsq.contains([':', '：'])
            && !only_places(&lsq)
            && crate::classify::classify(&left).get(crate::classify::Role::Address) < 2.0;
        let address = g.place_at_start(&rsq).is_some_and(|m| !m.short)
            && (has_street_number(&rsq) || (opens_with_two_places(&rsq) && names_a_road(&rsq)))
            && crate::classify::count_phones(&right) == 0;
        (head && address).then_some((left, right))
    })
}

/// True when a text names a floor of a building (`三楼`, `5楼`, `二层`, `B1层`): an
/// address's, as a name's is not.
fn names_a_floor(sq: &str) -> bool {
    sq.char_indices().any(|(i, c)| {
        matches!(c, '楼' | '层') && sq[..i].chars().next_back().is_some_and(|p| p.is_ascii_digit() || "一二三四五六七八九十".contains(p))
    })
}

/// True when a text opens with a place and a place inside it (`鹰潭市月湖区…`): an
/// address's start, as no name's is.
fn opens_with_two_places(sq: &str) -> bool {
    let g = Gazetteer::get();
    g.place_at_start(sq).is_some_and(|m| !m.short && g.place_at_start(&sq[m.end..]).is_some_and(|n| !n.short))
}

/// The number of the list item a text opens with (`2.市人社局609室…`, `3、…`), if any.
fn item_number(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let marked =
        rest.starts_with(['.', '、', '．']) && rest[rest.chars().next().map_or(0, char::len_utf8)..].starts_with(crate::text::is_cjk);
    if digits == 0 || digits > 2 || !marked {
        return None;
    }
    t[..digits].parse().ok()
}

/// True when a text opens a numbered list item (`1.市政务服务中心…`, `2、…`): an
/// address's, never a name's part.
pub fn opens_list_item(text: &str) -> bool {
    item_number(&squash(text)).is_some()
}

/// True when the text opens the list item after the one the address opens or holds
/// (`1.市政务服务中心…127号` then `2.市人社局60…`): the next window of the same
/// institution, not the address's rest.
pub fn next_list_item(address: &str, text: &str) -> bool {
    let Some(n) = item_number(&squash(text)).filter(|&n| n >= 2) else { return false };
    let sq = squash(address);
    // Where an item may open: the start, or a digit after anything but a digit.
    sq.char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && sq[..i].chars().next_back().is_none_or(|p| !p.is_ascii_digit() && p != '.'))
        .any(|(i, _)| item_number(&sq[i..]) == Some(n - 1))
}

/// Splits a name run into its address with no space between (`河北省科学技术厅石家庄市
/// 裕华区槐安东路 1 号`) where the name ends and a place begins: the name opens with a place
/// (or 中国), ends like a name and holds no digit; the address opens with a place and holds
/// a number. The first such cut wins; `None` when there is none.
pub fn split_run_together(text: &str) -> Option<(String, String)> {
    let g = Gazetteer::get();
    let canon = crate::text::canonical_chars(text);
    let sq = squash(&canon);
    if !(starts_with_place(g, &sq) || sq.starts_with("中国")) || !sq.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    for (i, _) in sq.char_indices().skip(4) {
        let (left, right) = sq.split_at(i);
        if left.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let whole = bracket_balance(left) == 0 && left.chars().next_back().is_some_and(crate::text::is_cjk);
        if whole
            && crate::classify::has_institution_suffix(left)
            && starts_with_place(g, right)
            && right.bytes().any(|b| b.is_ascii_digit())
            // (Nor inside a place's name, `白银市会|宁县…`: 会宁县.)
            && !place_across(left, right)
        {
            return Some((left.to_string(), right.to_string()));
        }
    }
    None
}

/// Splits a cell holding an address followed by its phone(s) (`…中山东路39号 电话:0311-…`)
/// at the first number: `(address, phones)`, in canonical characters. A label just before
/// the number (`电话:`) goes with the phones. `None` unless the part before reads as an
/// address.
pub fn split_address_phone(text: &str) -> Option<(String, String)> {
    use crate::classify::{classify, Role};
    if let Some(split) = numbers_then_address(text) {
        return Some(split);
    }
    let (addr, phones) = cut_at_first_number(text).and_then(label_to_phones)?;
    let scores = classify(&addr);
    (crate::text::cjk_count(&addr) >= 4 && scores.phone_count == 0 && scores.get(Role::Address) >= 2.0).then_some((addr, phones))
}

/// [`split_address_phone`] for an address cell beside its record's own name: the part
/// before the numbers is the address whatever it reads like (`萍乡市人民政府办证大厅
/// 0799-6234773` ends like a name), so long as it holds no number and the rest reads as
/// phones only.
pub fn split_address_beside_name(text: &str) -> Option<(String, String)> {
    if let Some(split) = split_address_phone(text) {
        return Some(split);
    }
    let (addr, phones) = cut_at_first_number(text).and_then(label_to_phones)?;
    (crate::text::cjk_count(&addr) >= 4 && crate::classify::classify(&addr).phone_count == 0 && phones_only(&phones))
        .then_some((addr, phones))
}

/// An address part ending on a label of the numbers after it (`市外专局:`, `办公室：`), not
/// one the phone parser knows: the label goes with the numbers, `None` when nothing is left
/// before it (the cell is labelled numbers, no address).
fn label_to_phones((addr, phones): (String, String)) -> Option<(String, String)> {
    let t = addr.trim_end();
    if !t.ends_with([':', '：']) {
        return Some((addr, phones));
    }
    let (head, label) = t.rsplit_once(char::is_whitespace)?;
    Some((head.trim_end().to_string(), format!("{label} {phones}")))
}

/// Splits a cell printing its phones first, then the address (`0595-22571234 泉州市丰泽区…`):
/// `(address, phones)`, in canonical characters. The address must open with a place and
/// the numbers before it read as phones (a label before them, `电话:`, is theirs).
pub(super) fn numbers_then_address(text: &str) -> Option<(String, String)> {
    let canon = crate::text::canonical_chars(text);
    let start = crate::classify::first_phone_start(&canon)?;
    if !crate::classify::without_phone_label(&canon[..start]).trim().is_empty() {
        return None;
    }
    // The address starts at the first Chinese character outside brackets after the numbers.
    let mut depth = 0usize;
    let at = canon[start..].char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && crate::text::is_cjk(c) => return Some(start + i),
            _ => {}
        }
        None
    })?;
    let (phones, addr) = (canon[..at].trim().trim_end_matches(['/', ';', ',', '、', '|']).trim_end(), canon[at..].trim());
    let g = crate::gazetteer::Gazetteer::get();
    let reads_as_address =
        crate::text::cjk_count(addr) >= 4 && starts_with_place(g, &squash(addr)) && crate::classify::first_phone_start(addr).is_none();
    // (A bracketed note of the numbers, `(工作日)`, stays theirs.)
    (reads_as_address && crate::phone::reads_as_numbers(phones)).then(|| (addr.to_string(), phones.to_string()))
}

/// A cell cut at its first number, in canonical characters: the text before it, without a
/// label just before the number (`电话:`, which goes with the numbers) or the mark that set
/// the two apart (`…18号/0571-…`, `…1288号;电话:…`, or the brackets around the numbers:
/// `…A幢(0595-22571234)`), and the numbers.
pub(super) fn cut_at_first_number(text: &str) -> Option<(String, String)> {
    let canon = crate::text::canonical_chars(text);
    let start = crate::classify::first_phone_start(&canon)?;
    let cut = crate::classify::without_phone_label(&canon[..start]).len();
    let (head, phones) = (canon[..cut].trim(), canon[cut..].trim());
    let inner = phones.strip_suffix(')').filter(|p| !p.contains(['(', ')']));
    if let (Some(open), Some(inner)) = (head.strip_suffix('('), inner) {
        return Some((open.trim_end().to_string(), inner.trim_end().to_string()));
    }
    let head = head.trim_end_matches(['/', ';', ',', '、', '|']).trim_end();
    Some((head.to_string(), phones.to_string()))
}

/// True when a phone cell's text is numbers and nothing more: one at least, no note, nothing
/// the phone reader could not read.
pub(super) fn phones_only(phones: &str) -> bool {
    let parsed = crate::phone::parse_phone_cell(phones, false);
    !parsed.phones.is_empty()
        && parsed.notes.is_empty()
        && parsed.issues.iter().all(|i| i.code != crate::finding::FindingCode::PhoneUnparsed)
}

/// Splits a cell holding a name followed by its phone (`北京市科学技术委员会(010-89151234)`,
/// `海淀区人力社保局 010-88487000`) at the number: `(name, phones)`, in canonical characters.
/// `None` unless the part before is one name and the rest reads as phones only.
pub fn split_name_phone(text: &str) -> Option<(String, String)> {
    split_name_and_phones(text, true, false)
}

/// [`split_name_phone`] where no colon follows the name: a phone's label (`企业单位:`) is
/// no name.
pub fn split_unlabelled_name_phone(text: &str) -> Option<(String, String)> {
    split_name_and_phones(text, false, false)
}

/// [`split_unlabelled_name_phone`] for a cell its column's caption says holds a name and its
/// phones (`受理机构及电话`): the text before the numbers is the name whatever it ends like
/// (`武汉市自贸区 027-…`), unless it locates like an address or is too short for a name.
pub fn split_captioned_name_phone(text: &str) -> Option<(String, String)> {
    split_name_and_phones(text, false, true)
}

/// [`split_name_phone`], a name followed by a colon taken (`colon_ok`) unless the numbers
/// after it are labelled too; with `any_name`, a name that ends like none.
fn split_name_and_phones(text: &str, colon_ok: bool, any_name: bool) -> Option<(String, String)> {
    let canon = crate::text::canonical_chars(text);
    let start = crate::classify::first_phone_start(&canon)?;
    let head = canon[..start].trim_end();
    // A labelled list (`市外专局: 0898-… 政务中心窗口: 0898-…`): the head is the first
    // number's label, not a name beside its number.
    if head.ends_with([':', '：']) && (!colon_ok || canon[start..].contains([':', '：'])) {
        return None;
    }
    let name = crate::classify::name_before_phones(head).or_else(|| any_name.then(|| plain_name_before_phones(head)).flatten())?;
    let mut phones = canon[start..].trim().trim_start_matches('(');
    // A number printed in brackets after the name: the closing bracket is the number's.
    if head.ends_with('(') {
        phones = phones.trim_end_matches(')');
    }
    phones_only(phones).then(|| (name.to_string(), phones.trim().to_string()))
}

/// The text before a cell's numbers, without its label or separator, when it could be a
/// name ending like none: four Chinese characters or more, no digit, no remark, locating
/// nothing by a street or a number.
pub(super) fn plain_name_before_phones(head: &str) -> Option<&str> {
    let name = crate::classify::without_phone_label(head).trim_end().trim_end_matches(['(', '/', ';', '；', ',', '，', '、']).trim_end();
    let sq = squash(name);
    let plain = crate::text::cjk_count(&sq) >= 4 && !sq.bytes().any(|b| b.is_ascii_digit()) && !crate::classify::is_phone_note(&sq);
    (plain && crate::classify::classify(name).get(crate::classify::Role::Address) < 1.0).then_some(name)
}

/// How many of a cell's words end like a name: more than a name and its address's building
/// means records run together.
pub fn name_words(text: &str) -> usize {
    let mut after_number = false;
    let mut n = 0;
    for w in text.split_whitespace() {
        let sq = squash(w);
        // (A service remark, `(两证联办)`, ends like a name too: it is the phone's note.)
        if crate::classify::has_institution_suffix(&sq) && !numbered_building(&sq, after_number) && !crate::classify::is_service_remark(&sq)
        {
            n += 1;
        }
        after_number = w.ends_with(|c: char| c.is_ascii_digit());
    }
    n
}

/// True for a word ending in a building numbered in its address (`5号院`, `号院` after a
/// wrapped `5`, `3号厅`): its last character ends names too, yet no name is numbered so.
fn numbered_building(sq: &str, after_number: bool) -> bool {
    let mut chars = sq.chars();
    chars.next_back();
    let body = chars.as_str();
    let body = body.strip_suffix('号').unwrap_or(body);
    (body.is_empty() && after_number) || body.ends_with(|c: char| c.is_ascii_digit())
}

/// Splits a cell holding one whole record, `name address phone(s)`, into its fields: a
/// name ending like one, then an address, then numbers that all parse (no second name
/// after the first, no leftover text). `None` for anything else, which stays garbled.
pub fn split_whole_record(text: &str, province: Option<usize>) -> Option<(String, String, String)> {
    // Cheap tests first (this runs on every garbled cell): a number to end with, and at most
    // one word ending like a name.
    if name_words(text) > 1 || crate::classify::first_phone_start(&crate::text::canonical_chars(text)).is_none() {
        return None;
    }
    // The numbers first: an address with its phone beside it reads as less of an address.
    // (Or a name and an address of places alone, `…科学技术局 湘潭市岳塘区`, read as a
    // name as a whole: the split below must find both.)
    let (head, phones) = split_address_phone(text).or_else(|| cut_at_first_number(text).filter(|(_, p)| phones_only(p)))?;
    // (A name run into its address with no space between parts where a place begins.)
    let (name, addr) = split_mixed(&head, province).or_else(|| split_run_together(&head))?;
    let parsed = crate::phone::parse_phone_cell(&phones, false);
    let one_name = !crate::classify::classify(&addr).garbled && crate::classify::classify(&name).phone_count == 0;
    (one_name && !parsed.phones.is_empty() && parsed.notes.is_empty()).then_some((name, addr, phones))
}

/// The 序号 and province words a row that lost its pipes opens with (`1 辽宁 辽宁省科学技术厅
/// …`, `2. 河北省 …`), each if printed, and the text after them.
pub fn row_heads(text: &str) -> (Option<&str>, Option<(&str, crate::classify::CellScores)>, &str) {
    // A word with more text after it.
    let first_word = |s: &str| -> Option<(usize, usize)> {
        let end = s.find(char::is_whitespace)?;
        Some((end, end + s[end..].len() - s[end..].trim_start().len()))
    };
    // A markdown list item's marker (`- `, `* `, `+ `, `• `) is no text of the record.
    let mut rest = text.trim_start();
    if let Some(item) = parser::strip_list_marker(rest) {
        rest = item.trim_start();
    }
    let mut seq = None;
    if let Some((end, next)) = first_word(rest) {
        if crate::classify::classify(&rest[..end]).get(crate::classify::Role::Seq) > 0.0 {
            seq = Some(&rest[..end]);
            rest = &rest[next..];
        }
    }
    let mut province = None;
    if let Some((end, next)) = first_word(rest) {
        let sc = crate::classify::classify(&rest[..end]);
        // (Not a province before its city, `四川省攀枝花市 科学技术局`: a name's wrapped head.)
        if sc.province.is_some() && !sc.province_fragment && sc.get(crate::classify::Role::Province) > 1.0 {
            province = Some((&rest[..end], sc));
            rest = &rest[next..];
        }
    }
    (seq, province, rest)
}

/// Splits a name cell that opens with a province's name, printed apart (`北京 北京市科学技术
/// 委员会`, `天 津 天津市科学技术局`: OCR merged the province column into the name's), into
/// `(province words, name)`; the name must open with a place name, so `新疆 生产建设兵团…`
/// stays whole.
pub fn split_leading_province(text: &str) -> Option<(String, String)> {
    let text = text.trim();
    // Cheap test first: a name cell with a space in its first few characters.
    if !text.chars().take(6).any(char::is_whitespace) {
        return None;
    }
    let g = Gazetteer::get();
    let toks: Vec<&str> = text.split_whitespace().collect();
    for k in 1..toks.len().min(4) {
        let head: String = toks[..k].concat();
        if head.chars().count() > 8 {
            break;
        }
        let Some(p) = g.province_by_name(&head) else { continue };
        let rest_start = toks[k].as_ptr() as usize - text.as_ptr() as usize;
        let rest = &text[rest_start..];
        let rest_sq = squash(rest);
        // The province again (`北京 北京市…`), or its short form before another place
        // (`北京 海淀区…`): `北京市 朝阳区…` may be one name wrapped after its city.
        let repeated = rest_sq.starts_with(head.as_str());
        let short_form = head != g.div(p).name;
        if (repeated || short_form) && starts_with_place(g, &rest_sq) && crate::text::cjk_count(rest) >= 4 {
            return Some((toks[..k].join(" "), rest.to_string()));
        }
    }
    None
}

/// True when `sq` (no whitespace) is a zone's name alone (`河东新区`, `高新区`): a few
/// characters ending in a zone word, nothing else, as an address opens.
pub fn zone_alone(sq: &str) -> bool {
    let n = sq.chars().count();
    (3..=6).contains(&n) && ZONE_WORDS.iter().any(|z| sq.ends_with(z)) && sq.chars().all(crate::text::is_cjk)
}

/// True when a text opens with a zone's name (`经济技术开发区第三大街…`, `东疆港保税区亚洲
/// 路…`): a few characters, no number, then a zone word no division table knows. (A head
/// ending like a name is a name's tail before a zone's, `中心 | 保税区分中心`.)
pub fn opens_with_zone(text: &str) -> bool {
    let sq = squash(text);
    ZONE_WORDS.iter().filter_map(|z| sq.find(z).map(|i| (i, z))).min().is_some_and(|(i, z)| {
        let head = &sq[..i];
        let n = head.chars().count();
        (2..=6).contains(&n)
            && head.chars().all(crate::text::is_cjk)
            && !sq[i + z.len()..].is_empty()
            && !crate::classify::has_institution_suffix(head)
    })
}

/// True when a text opens with a zone named by its kind alone, then a street and its house
/// number (`经开区红星街70号…`, `高新区科普路50号`): an address in its record's own city,
/// printed without the city. (A zone alone before a building, `高新区公共服务中心`, is the
/// building of the address before.)
pub fn opens_with_bare_zone_street(text: &str) -> bool {
    let sq = squash(text);
    ZONE_WORDS.iter().filter(|z| z.chars().count() == 3).any(|z| sq.strip_prefix(z).is_some_and(opens_with_street_number))
}

/// True when `rest`, printed after a whole name, opens with places that name the name's
/// own place again (`柯桥区科学技术局` / `绍兴市柯桥区行政中心`, `晋中市外国专家局` / `晋中市
/// 科学技术局`): where the office is, as an address says it, not the name going on (a
/// branch after its parent body names a place the parent does not: `国家税务总局` /
/// `杭州市税务局`).
pub fn restates_name_place(name: &str, rest: &str) -> bool {
    let g = Gazetteer::get();
    let (name, rest) = (squash(name), squash(rest));
    let Some(own) = g.place_at_start(&name) else { return false };
    let own = &own.candidates;
    let mut at = 0;
    // The places the rest opens with, one after another (`绍兴市`, `柯桥区`).
    while let Some(m) = g.place_at_start(&rest[at..]) {
        if m.candidates.iter().any(|c| own.contains(c)) {
            return true;
        }
        at += m.end;
    }
    false
}

/// True when `text`, read as a province cut short (`新疆维吾尔自`), is a name's head whose
/// rest opens the cell below (`治区科学技术厅(外国专家局)`): a tall row's top line in the
/// name column, not a section. A province whole or in its short form is no cut, but for a
/// city-province's short name over the rest of a name opening with its `市`.
pub fn province_cut_heads_name(text: &str, below: &str) -> bool {
    let g = Gazetteer::get();
    let head = squash(text);
    let Some(p) = g.province_by_name(&head) else { return false };
    let d = g.div(p);
    let Some(rest) = d.name.strip_prefix(&*head) else { return false };
    let below = squash(below);
    // (A city-province's short name cut before its `市`: `重庆` + `市行政审批服务局`.)
    let city_cut = g.is_municipality(p) && head == d.short && below.len() > "市".len() && below.starts_with('市');
    city_cut || (head != d.short && !rest.is_empty() && below.len() > rest.len() && below.starts_with(rest))
}

/// True when `text`, a province alone (`湖南`, `安徽省`, `内蒙古`), is an address's head whose
/// rest opens the cell below: the rest of the province's name then a place (`省吉首市人民南路
/// 58号`), or, after the full or short name, a place of that province (`六安市行政中心…`,
/// `兴安盟乌兰浩特市…`). A tall row's top line in the address column, not a section.
pub fn province_heads_address(text: &str, below: &str) -> bool {
    let g = Gazetteer::get();
    let head = squash(text);
    // (A head cut inside the short name, `内蒙`, is that province's only.)
    let cut_short = || {
        let mut of = g.provinces_containing(&head).into_iter().filter(|&p| g.div(p).short.starts_with(&*head));
        of.next().filter(|_| head.chars().count() >= 2 && of.next().is_none())
    };
    let Some(p) = g.province_by_name(&head).or_else(cut_short) else { return false };
    let (name, short) = (g.div(p).name.as_str(), g.div(p).short.as_str());
    let Some(rest) = name.strip_prefix(&*head) else { return false };
    let below = squash(below);
    // (Or after its short name, the place right after it: `内蒙古` + `兴安盟乌兰浩特市…`; or
    // the short name's rest then the place, `内蒙` + `古阿拉善左旗…`.)
    let short_rest = short.strip_prefix(&*head).filter(|r| !r.is_empty());
    let after = match below.strip_prefix(rest) {
        Some(after) => after,
        None if head == short => below.as_ref(),
        None => match short_rest.and_then(|r| below.strip_prefix(r)) {
            Some(after) => after,
            None => return false,
        },
    };
    g.place_at_start(after).is_some_and(|m| m.candidates.iter().any(|&c| c != p && g.province_of(c) == p))
}

/// True when `text` is a province alone or with places after it (`上海`, `四川省遂宁市`) and
/// the cell below is a name's rest (`虹桥海外人才一站式服务中心`, `科学技术局`): opening with no
/// place, ending like a name. The caller knows the row heads the next.
pub fn places_head_name(text: &str, below: &str) -> bool {
    let head = squash(text);
    only_places(&head)
        && crate::classify::ends_like_name(&squash(below))
        && looks_like_tail(below, None)
        && !whole_name_opening_with_a_city(below)
}

/// Reads a labelled line as one whole record, `(name, address, phones)`: a name with a
/// name's ending, then `地址：…` and `电话：…` in either order (`1. 南京市科学技术局 地址：
/// 南京市建邺区江东中路265号 电话：025-68787000`), the phones all readable. `None` for
/// anything else.
pub fn split_labelled_record(text: &str) -> Option<(String, String, String)> {
    static RE: std::sync::OnceLock<[regex::Regex; 2]> = std::sync::OnceLock::new();
    let [addr_first, phone_first] = RE.get_or_init(|| {
        let name = r"^\s*(?P<name>[^:：，,；;]+?)\s*[，,；;]?\s*";
        let addr = r"(?:办公地址|联系地址|详细地址|地址)\s*[:：]\s*(?P<addr>[^:：]+?)";
        let phone = r"(?:联系电话|咨询电话|办公电话|电话)\s*[:：]\s*(?P<phone>[^:：]+?)";
        let sep = r"\s*[，,；;]?\s*";
        let end = r"\s*[。.；;]?\s*$";
        [
            regex::Regex::new(&format!("{name}{addr}{sep}{phone}{end}")).expect("static regex"),
            regex::Regex::new(&format!("{name}{phone}{sep}{addr}{end}")).expect("static regex"),
        ]
    });
    if !text.contains("地址") || !text.contains("电话") {
        return None;
    }
    let c = addr_first.captures(text).or_else(|| phone_first.captures(text))?;
    let (name, addr, phones) = (c["name"].trim(), c["addr"].trim(), c["phone"].trim());
    let numbered = crate::text::split_item_number(&crate::text::clean_field(name)).map(|(_, rest)| rest.to_string());
    let bare = numbered.unwrap_or_else(|| squash(name).into_owned());
    let parsed = crate::phone::parse_phone_cell(phones, false);
    let ok = crate::classify::has_institution_suffix(&bare) && !parsed.phones.is_empty() && parsed.notes.is_empty();
    ok.then(|| (name.to_string(), addr.to_string(), phones.to_string()))
}

/// True when an address names its street and house number (`东城西路191号`): what a
/// window of its own is found by.
pub fn has_street_number(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"(?:路|街|道|巷|弄|里)\s*[A-Za-z]?[0-9][0-9\s-]*号").expect("static regex"));
    let text = crate::variants::as_read(text);
    text.contains('号') && re.is_match(&text)
}

/// True when a name and an address name two different cities (`…襄阳片区管理委员会`,
/// `…宜昌片区发展大道55号`): the address is not that body's.
pub fn names_another_city(name: &str, address: &str, province: Option<usize>) -> bool {
    let g = Gazetteer::get();
    let city = |t: &str| g.resolve(&squash(t), province, &[]).prefecture;
    matches!((city(name), city(address)), (Some(a), Some(b)) if a != b)
}

/// True when a number's area code serves only cities other than the one a name places
/// (`0717-…`, 宜昌's, under `…襄阳片区管理委员会`): the number of another point, not the
/// name's. False whenever either side is unknown.
pub fn number_of_another_city(name: &str, phone: &str) -> bool {
    let g = Gazetteer::get();
    let Some(area) = leading_area_code(phone) else { return false };
    let Some(city) = g.resolve(name, None, &[]).prefecture.filter(|&c| !g.is_municipality(c)) else { return false };
    let served = g.area(&area);
    !served.is_empty() && !served.iter().any(|e| e.prefecture_code == g.div(city).code)
}

/// The area code a phone cell's text opens with (`0353-5798632` → `0353`), if it opens
/// with a known one, after a label (`电话:`) or in brackets (`(021)77074079`).
fn leading_area_code(phone: &str) -> Option<String> {
    let digits: String = without_phone_label(phone.trim())
        .trim_start_matches(['(', '（'])
        .chars()
        // (Its dash may be any OCR reads, `022–65819408`.)
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '－' | '–' | '—' | '‒' | '―' | ' ' | ')' | '）'))
        .filter(char::is_ascii_digit)
        .collect();
    digits.starts_with('0').then(|| Gazetteer::get().split_area_code(&digits)).flatten()
}

/// The text after a label closed by a colon (`咨询电话:0371-` → `0371-`, a label of words,
/// no digits); the text itself when it has none.
pub(super) fn without_phone_label(text: &str) -> &str {
    match text.rsplit_once([':', '：']) {
        Some((label, rest)) if !label.is_empty() && label.chars().count() <= 8 && !label.bytes().any(|b| b.is_ascii_digit()) => rest.trim(),
        _ => text,
    }
}

/// The prefectures the area codes of phone cells serve (`0353-…` → 阳泉市's code), for
/// telling apart places of one name.
pub fn area_prefectures<'a>(phones: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let g = Gazetteer::get();
    phones.filter_map(leading_area_code).flat_map(|a| g.area(&a).iter().map(|e| e.prefecture_code)).collect()
}

/// True when a point's address, or one of its numbers, is of another city than the one a
/// name places: the name of another point, not that point's (see [`names_another_city`],
/// [`number_of_another_city`]).
pub fn point_of_another_city<'a>(name: &str, address: &str, mut phones: impl Iterator<Item = &'a str>, province: Option<usize>) -> bool {
    names_another_city(name, address, province) || phones.any(|p| number_of_another_city(name, p))
}

/// True when `text` names a street and number of its own under an address that named its
/// street and number (`…新华东街11号院…` + `经济技术开发区荣华中路10号…`): another window's
/// address, not that one's rest. A road's name cut before its word (`…南明区遵` +
/// `义路270号`) or a text opening with the word (`路270号`) is no street of its own.
pub fn another_street_address(prev_address: &str, text: &str) -> bool {
    has_street_number(prev_address) && has_street_number(text) && !opens_with_cut_road_name(text) && !opens_with_road_word(text, None)
}

/// True when an address ends at its house number (`丰台区西三环南路1号`) and `text` names
/// no street of its own, no road and no house number (`北京市政务服务中心三层C岛`; a gate's
/// or a window's number is none: `…产业园南区1号门三楼`): the building's inside, the
/// rest of that address, though it opens with a place, unless that place is another city
/// or district (`鹰潭市外国专家局 鹰潭市月湖区经济大厦` under `新余市…623号`: the next point).
pub fn inside_after_house_number(prev_address: &str, text: &str) -> bool {
    let (prev, sq) = (squash(prev_address), squash(text));
    let inside = prev.ends_with('号') && has_house_number(&prev) && !names_own_street(&sq);
    if !inside {
        return false;
    }
    let g = Gazetteer::get();
    if !starts_with_place(g, &sq) {
        return true;
    }
    // (Place names alone, `新疆`, name no building: the next address's head.)
    if only_places(&sq) {
        return false;
    }
    // (Nor another district of the same city: `朝阳区国际人才…中心` under `丰台区…1号`.)
    // (A district's name several cities share is read in the address's province.)
    let above = g.resolve(&prev, None, &[]);
    let here = g.resolve(&sq, above.province, &[]);
    !matches!((above.prefecture, here.prefecture), (Some(a), Some(b)) if a != b)
        && !matches!((above.county, here.county), (Some(a), Some(b)) if a != b)
}

/// True when a text goes on a number the address above was cut inside (`…遵义路27` +
/// `0号贵州省政务服务中心…`, or at a sub-number's dash, `…庆春东路1` + `-1号…`, `…2号1` +
/// `-1二楼…`), or right
/// after (`…滨河中路495` + `号行政服务中心…`): the address ends in a digit and the text opens
/// with digits and the unit they number (号, 楼, 层, 室 …), or with the unit itself.
pub fn number_cut_in_two(prev_address: &str, text: &str) -> bool {
    const UNITS: [char; 8] = ['号', '楼', '层', '室', '栋', '幢', '座', '弄'];
    // (Most addresses end otherwise: spared the copies below.)
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // (Or cut at the dash of a sub-number, `…庆春东路1` + `-1号`, `…路1-` + `1号`.)
    let dash = ['-', '－'];
    let prev_end = prev_address.trim_end();
    let prev_end = prev_end.strip_suffix(dash).filter(|p| p.ends_with(digit)).unwrap_or(prev_end);
    let text = text.trim_start();
    let after_dash = text.strip_prefix(dash).filter(|t| t.starts_with(digit));
    let text = after_dash.unwrap_or(text);
    if !prev_end.ends_with(digit) {
        return false;
    }
    // (A sub-number's dash and digits go on whatever follows them: `…锦绣路2号1` + `-1二楼…`.)
    if after_dash.is_some() {
        return true;
    }
    // (The unit and more after it: a unit alone, `号`, may be a stray mark.)
    if text.starts_with(UNITS) {
        return text.chars().nth(1).is_some_and(|c| !c.is_whitespace());
    }
    if !text.starts_with(digit) {
        return false;
    }
    let (prev, sq) = (squash(prev_end), squash(text));
    let rest = sq.trim_start_matches(|c: char| c.is_ascii_digit());
    prev.ends_with(|c: char| c.is_ascii_digit()) && rest.len() < sq.len() && rest.starts_with(UNITS)
}

/// True when an address names its road and is cut inside the house number the text goes on
/// (`兴业大道2` + `81号…`): a street and its number, though no place opens it.
pub fn road_number_cut_in_two(address: &str, text: &str) -> bool {
    number_cut_in_two(address, text) && names_a_road(&squash(address))
}

/// True when a text names a zone (`…开发区…`), or ends cut inside a zone's word
/// (`经济技术开发`): a part of an address, though it names no place a table knows.
pub fn names_a_zone(sq: &str) -> bool {
    ZONE_WORDS.iter().any(|z| {
        let cut = z.char_indices().last().map_or("", |(i, _)| &z[..i]);
        sq.contains(z) || (cut.chars().count() >= 2 && sq.ends_with(cut))
    })
}

/// True when `tail` opens with an area (`郑州片区…`, `济南片区…`) of the free-trade zone
/// `name` ends with (`中国(河南)自由贸易试验区`): a zone is cut up into such areas, and one
/// named after its zone is that name's rest, though the zone's name reads whole.
pub fn names_area_of_zone(name: &str, tail: &str) -> bool {
    let (n, t) = (squash(name), squash(tail));
    let zone = ["自由贸易试验区", "自贸试验区", "自贸区"].iter().any(|z| n.ends_with(z));
    // (A longer area's name is a place's whole: `大兴安岭地区片区…`.)
    let area = |a: &str| {
        a.chars().all(crate::text::is_cjk)
            && ((1..=4).contains(&a.chars().count()) || Gazetteer::get().place_at_start(a).is_some_and(|m| m.end == a.len()))
    };
    zone && t.find("片区").is_some_and(|i| area(&t[..i]))
}

/// True when a whitespace-free text opens with a place's name that a road's name goes on
/// with, after a number or a direction at most (`凤城八路109号`, `长安北路…`, `人民大道…`): a
/// road named after the place, not the place.
fn road_named_after_place(sq: &str) -> bool {
    let Some(m) = Gazetteer::get().place_at_start(sq) else { return false };
    let rest = sq[m.end..].trim_start_matches(|c: char| "一二三四五六七八九十东西南北中".contains(c));
    rest.starts_with(ROAD_WORDS) || rest.starts_with("大道")
}

/// Words naming a building or a part of one (`A座`, `…基地`, `…大厅`).
const BUILDING_WORDS: &[&str] = &["座", "楼", "层", "室", "厅", "窗口", "大厦", "中心", "基地", "广场", "大院"];

/// True when a text alone on its row names a building or a part of one, and nothing a
/// place of its own is found by, after an address that stops at its house number (`…南段
/// 129号` + `焦煤双创基地A座`): the building there, though its content alone reads as noise.
pub fn building_after_house_number(prev_address: &str, text: &str) -> bool {
    let sq = squash(text);
    crate::text::cjk_count(&sq) >= 3
        && BUILDING_WORDS.iter().any(|w| sq.contains(w))
        && !names_a_location(&sq)
        && inside_after_house_number(prev_address, &sq)
}

/// True when a whitespace-free text opens with a road's name, a few characters then its
/// road word (`正义路五华坊42号`, `包河大道…`; not a subdistrict, `桂城街道…`), whatever
/// follows.
pub fn opens_with_road(sq: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^\p{Han}{1,6}?(?:路|街|大道|巷)").expect("static regex"));
    re.find(sq).is_some_and(|m| !(m.as_str().ends_with('街') && sq[m.end()..].starts_with('道')))
}

/// True when a text names a street of its own: a road or lane, or a house number (`…1号`,
/// not a window's, room's or gate's number: `16-18号窗口`, `1号门`).
pub fn names_own_street(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[0-9][0-9\s-]*号(?:[^窗楼室房门厅座栋]|$)").expect("static regex"));
    let sq = squash(text);
    names_a_road(&sq) || (sq.contains('号') && re.is_match(&sq))
}

/// The one-character words a road's or lane's name ends with (and `大道`).
pub(crate) const ROAD_WORDS: [char; 4] = ['路', '街', '巷', '弄'];

/// True when a text names a road or lane (`…大道`, `…路`, `…街`, `…巷`, `…弄`).
fn names_a_road(sq: &str) -> bool {
    sq.contains(ROAD_WORDS) || sq.contains("大道")
}

/// True when a text opens with a road's word and no place (`路270号…`, `大道99号…`): the
/// rest of an address cut right before it (`…南明区遵义`, `…仙桃街道春华`), never an address
/// of its own.
pub fn opens_with_road_word(text: &str, province: Option<usize>) -> bool {
    let t = text.trim_start();
    (t.starts_with(ROAD_WORDS) || t.starts_with("大道")) && looks_like_tail(text, province)
}

/// True when a text opens with one character, a road's word (a wide road's, `大道`, or one
/// with its direction, `南路`) and a house number (`义路270号…`, `华大道99号…`, `放南路155号…`):
/// no road's name is one character long, so it is the end of one cut before it (`…南明区遵`
/// + `义路270号…`), the rest of the address above.
pub fn opens_with_cut_road_name(text: &str) -> bool {
    let sq = squash(text);
    let mut chars = sq.chars();
    let Some(a) = chars.next().filter(|&a| crate::text::is_cjk(a)) else { return false };
    let rest = &sq[a.len_utf8()..];
    // (A road's direction before its word, `放南路155号…` of 解放南路.)
    let rest = rest.strip_prefix(['东', '西', '南', '北', '中']).filter(|r| r.starts_with(ROAD_WORDS)).unwrap_or(rest);
    // (Or a wide road's, `华大道99号…` of 春华大道.)
    opens_with_road_word_and_number(rest)
}

/// True when `sq` (squashed) opens with a road's word, `路` or a wide road's `大道`, then a
/// house number (`路94号…`, `大道99号…`): the end of a road's name cut before its word.
fn opens_with_road_word_and_number(sq: &str) -> bool {
    let road = ["大道", "大街"]
        .iter()
        .find(|w| sq.starts_with(*w))
        .map_or_else(|| sq.chars().next().filter(|r| ROAD_WORDS.contains(r)).map(char::len_utf8), |w| Some(w.len()));
    road.is_some_and(|n| sq[n..].starts_with(|d: char| d.is_ascii_digit()))
}

/// True when `text` opens with the word of a road whose name `address` stops before, then
/// its house number (`胜利中` + `路94号…`, `人民` + `大道3号`): one road cut before its
/// word, the address's rest, whatever the head reads like alone.
pub fn road_cut_before_its_word(address: &str, text: &str) -> bool {
    let a = squash(address);
    crate::text::cjk_count(&a) >= 2
        && !a.bytes().any(|b| b.is_ascii_digit())
        && a.ends_with(crate::text::is_cjk)
        && opens_with_road_word_and_number(&squash(text))
}

/// True when `text` finishes the two-character word of a wide road an address's last
/// character began, then gives its house number (`人民大` + `道444号…`, `解放大` + `街12号`):
/// one road cut inside its word, the address's rest.
pub fn road_word_cut_before_number(address: &str, text: &str) -> bool {
    // (The road cut before its word, [`road_cut_before_its_word`], its word's `大` given back.)
    let a = squash(address);
    a.ends_with('大') && road_cut_before_its_word(&a, &format!("大{}", squash(text)))
}

/// True when an address stops at its road's name, before any house number (`…大良街道德民
/// 路`): cut off where its number would follow, so text after it naming no street of its
/// own (`顺德区行政服务中心东座三楼14号窗口`) is its rest.
pub fn stops_at_its_road(address: &str) -> bool {
    let sq = squash(address);
    !has_house_number(&sq) && (sq.ends_with(ROAD_WORDS) || sq.ends_with("大道"))
}

/// True when `text` opens with the house number of an address that stops at its road
/// (`…龙子湖路` + `369号`, `金坛区鑫城大道` + `2898号`): the address's rest.
pub fn house_number_after_road(address: &str, text: &str) -> bool {
    stops_at_its_road(address) && squash(text).starts_with(|c: char| c.is_ascii_digit()) && has_house_number(text)
}

/// True when an address has a house number, after its street or not (`东城西路191号`,
/// `正义路五华坊42号`, `阳江市江城区38号`): the building is named, what follows it is inside.
pub fn has_house_number(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[0-9][0-9\s-]*号").expect("static regex"));
    text.contains('号') && re.is_match(text)
}

/// True when an address alone on its row, under a record whose address has its house
/// number (after its street or not: `正义路五华坊42号`), is the rest of that address rather than another window's: it has no street
/// and number of its own (`龙岩市公安局出入境接待大厅`, `秦皇岛市行政审批局(2楼09窗口)`). A
/// window of its own (`东莞市莞城区东城西路191号…`) is a street address. Under an address
/// that is only place names (`湖北省襄阳市`, after its label: `2号受理点:青岛市`, or after a
/// separator its first address: `…科学路16号 / 贵州省贵阳市`), any address continues it.
pub fn continues_address(prev_address: &str, text: &str) -> bool {
    let prev = squash(prev_address);
    let sq = squash(text);
    // An address opening with another city than the one above names is its own
    // (`江西省景德镇市…59号` / `萍乡市人民政府办证大厅`).
    let g = Gazetteer::get();
    let opening_city = g.place_at_start(&sq).filter(|m| !m.short).and_then(|m| {
        let cities: Vec<usize> = m.candidates.iter().copied().filter(|&i| g.div(i).level == crate::gazetteer::Level::Prefecture).collect();
        (cities.len() == 1).then(|| cities[0])
    });
    if let Some(city) = opening_city {
        let above = g.resolve(&prev, None, &[]).prefecture;
        if above.is_some_and(|a| a != city) {
            return false;
        }
    }
    // So is one opening with another county than the one the address above lies in
    // (`太仓市县府东街99号六号楼` / `吴江区人力资源和社会保障服务大厦…`).
    let opening_county = g
        .place_at_start(&sq)
        .filter(|m| !m.short)
        .is_some_and(|m| m.candidates.iter().all(|&i| g.div(i).level == crate::gazetteer::Level::County));
    if opening_county && g.resolve(&prev, None, &[]).county.is_some() && !same_county(&prev, &sq) {
        return false;
    }
    // An address above naming no road and no number.
    let prev_bare = !names_a_road(&prev) && !prev.bytes().any(|b| b.is_ascii_digit());
    // What is inside a building named by its number, or at a street named above
    // (`开封市郑开大道与12大街交叉口` + `中国(河南)自由贸易试验区…服务中心`). A text that
    // opens with two places, one in the other (`陕西省西安`, `佛山市南海区丹灶镇…`), is an
    // address of its own: a building's name holds one place at most (`资阳市人民政府…`,
    // `贵州省政务服务中心…`).
    let restates_places = g.place_at_start(&sq).filter(|m| !m.short).is_some_and(|m| {
        let inside = |i: usize| m.candidates.iter().any(|&o| o != i && (g.province_of(i) == o || g.prefecture_of(i) == Some(o)));
        g.place_at_start(&sq[m.end..]).is_some_and(|n| n.candidates.iter().any(|&i| inside(i)))
    });
    (!has_street_number(text) && !restates_places && (has_house_number(&prev) || (names_a_road(&prev) && !names_a_road(&sq))))
        // The street and number under an address that named neither (`晋中市科学技术局` +
        // `晋中市榆次区龙湖大街141号`: the address opens with the office it is in).
        || (prev_bare && has_street_number(text))
        || prev.ends_with(':')
        || only_places(prev.rsplit_once(':').map_or(&*prev, |(_, after)| after))
        // (Or whose second address, after a separator, is so far only place names:
        // `…科学路16号 / 贵州省贵阳市`.)
        || prev.rsplit_once(['/', '／']).is_some_and(|(_, after)| only_places(after))
        || place_across(&prev, &squash(text))
        // A room in the same place under such an address (`绍兴市柯桥区行政中心` +
        // `柯桥区科技局A209室`).
        || (prev_bare && !names_own_street(&sq) && same_county(&prev, &sq))
}

/// True when a text opens with no place, or in the county the address above lies in (a
/// county under an address naming none is a place of its own).
fn same_county(prev: &str, sq: &str) -> bool {
    let g = Gazetteer::get();
    let Some(m) = g.place_at_start(sq) else { return true };
    match g.resolve(prev, None, &[]).county {
        Some(county) => m.candidates.contains(&county),
        None => !m.candidates.iter().any(|&i| g.div(i).level == crate::gazetteer::Level::County),
    }
}

/// The last characters of the name of a city, county or banner printed whole: divisions
/// with offices of their own, unlike a district (区), which a name wrapped after its city
/// often goes on with.
pub const OFFICE_DIVISION_ENDINGS: [char; 5] = ['市', '州', '盟', '县', '旗'];

/// True when a text is a city's or county's name printed whole and alone (`襄阳市`) and the
/// gazetteer places the name in another city (`武汉市自贸区`): no rest of that name.
pub fn another_city_alone(name: &str, text: &str) -> bool {
    let sq = squash(text);
    sq.ends_with(OFFICE_DIVISION_ENDINGS) && only_places(&sq) && names_another_city(name, &sq, None)
}

/// True when a text is place names and nothing else (`湖北省襄阳市`, `佛山市南海区丹灶镇`):
/// an address cut off before its street, whatever the next row starts with.
pub fn only_places(sq: &str) -> bool {
    let g = Gazetteer::get();
    let mut rest: &str = sq;
    while let Some(m) = g.place_at_start(rest) {
        rest = &rest[m.end..];
        // A town or street district after the divisions (the gazetteer stops at counties), or
        // a district it does not list (`大兴安岭地区` + `加格达奇区`); not a zone, which names an
        // office as often (`武汉市自贸区`).
        let town = rest.chars().count() <= 5
            && rest.chars().all(crate::text::is_cjk)
            && (["镇", "乡", "街道"].iter().any(|e| rest.ends_with(e))
                || (["区", "县", "旗"].iter().any(|e| rest.ends_with(e)) && !names_a_zone(rest)));
        if rest.is_empty() || town {
            return true;
        }
    }
    false
}

/// True when an address stops at a place's full name after its street or building
/// (`…明山街12号鞍山市` + `政务服务中心`): no address ends on a city or district named after
/// its street, so the text below goes on it.
pub fn ends_with_place(address: &str) -> bool {
    let sq = squash(address);
    Gazetteer::get().find_places(&sq).iter().any(|m| !m.short && m.start > 0 && m.end == sq.len()) && !only_places(&sq)
}

/// True when an address stops at the country's name (`…春华大道99号中国` + `重庆人力资源服务
/// 产业园…`), or at it and a province in brackets as free-trade zones are named (`…750号中国
/// (山东)` + `自由贸易试验区…`): 中国 opens a place's or a park's name, never ends an address.
pub fn ends_with_country(address: &str) -> bool {
    let sq = squash(address);
    if sq.ends_with("中国") {
        return true;
    }
    let Some(body) = sq.strip_suffix([')', '）']) else { return false };
    let Some(open) = body.rfind(['(', '（']) else { return false };
    let inner = &body[open + body[open..].chars().next().map_or(1, char::len_utf8)..];
    body[..open].ends_with("中国") && Gazetteer::get().province_by_name(inner).is_some()
}

/// True when a place's full name (or a short one of three characters or more, `六盘水`)
/// runs across the cut anywhere (`…庆园街60号延` + `庆区政务服务
/// 中心`: 延庆区), and the rest does not open with a place of its own but for that one's
/// end (`…同济东路禅` + `城区人民政府…`: 禅城区, though 城区 is a district too): one text
/// cut in two.
pub fn place_cut_in_two(prev: &str, tail: &str) -> bool {
    let g = Gazetteer::get();
    if prev.is_empty() || tail.is_empty() {
        return false;
    }
    // (Enough on each side for long names cut anywhere: `凉` + `山彝族自治州…`, `凉山彝族自`
    // + `治州…`.)
    let head: String = prev.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    let rest: String = tail.chars().take(8).collect();
    let joined = format!("{head}{rest}");
    let across = g
        .find_places(&joined)
        .into_iter()
        .filter(|m| (!m.short || m.end - m.start >= 9) && m.start < head.len() && m.end > head.len())
        .map(|m| m.end)
        .max();
    // A place the rest opens with is its own, unless it is the end of the longer one across
    // the cut (`…同济东路禅` + `城区人民政府…`: 禅城区, not 城区).
    match (across, g.place_at_start(tail)) {
        (None, _) => false,
        (Some(_), None) => !starts_with_place(g, tail),
        (Some(end), Some(m)) => end >= head.len() + m.end,
    }
}

/// True when the last character of `head` and the first of `tail` spell a place of the
/// section's province by its two-character short name (`…试验区郑` + `州片区…`: 郑州), the
/// rest opening with no place of its own: too short to trust anywhere, such a cut inside
/// one of the province's own places is one.
pub fn short_place_cut(head: &str, tail: &str, province: Option<usize>) -> bool {
    let Some(p) = province else { return false };
    let g = Gazetteer::get();
    let Some(last) = head.chars().next_back() else { return false };
    if !crate::text::is_cjk(last) || g.place_at_start(tail).is_some() {
        return false;
    }
    let joined = format!("{last}{tail}");
    g.place_at_start(&joined).is_some_and(|m| m.end > last.len_utf8() && m.candidates.iter().any(|&c| g.province_of(c) == p))
}

/// True when a place name runs across the cut (`湖北省襄阳市襄` + `城区荆州街73号`: 襄城区):
/// the place names at the start of the joined text reach past the end of the first part.
fn place_across(prev: &str, tail: &str) -> bool {
    let g = Gazetteer::get();
    let joined = format!("{prev}{tail}");
    let mut at = 0;
    while let Some(m) = g.place_at_start(&joined[at..]) {
        let end = at + m.end;
        if at < prev.len() && end > prev.len() {
            return true;
        }
        if end >= prev.len() {
            return false;
        }
        at = end;
    }
    false
}

/// True when a text alone on its row, holding no bracket (a remark's half, `单位业务)`, is
/// never an address's) and opening with no place, is the rest of the address above
/// (`正义路五华坊42号五华区` + `人社局508`), by [`continues_address`]: what a whole name does not
/// take goes there.
pub fn address_goes_on_with(prev_address: &str, text: &str) -> bool {
    !prev_address.is_empty()
        // (Punctuation alone, `.`, is OCR's noise, nobody's rest.)
        && text.chars().any(char::is_alphanumeric)
        && !text.contains(['(', ')', '（', '）'])
        && looks_like_tail(text, None)
        && continues_address(prev_address, text)
}

/// True when `tail` finishes a word of an agency's name, or a place's name, that the name's
/// last characters began (`四川省攀枝花市科` + `学技术局`: 科学, though `科` ends a section's
/// name; `…外国专` + `家局`; `四川省成` + `都市外国专家局`): one name cut in two.
pub fn name_cut_inside_a_word(name: &str, tail: &str) -> bool {
    const WORDS: &[&str] = &[
        "科学",
        "科技",
        "技术",
        "专家",
        "外国",
        "人才",
        "人力",
        "资源",
        "社会",
        "保障",
        "服务",
        "中心",
        "管理",
        "行政",
        "审批",
        "政务",
        "委员会",
        "管委会",
        "创新",
        "人力资源",
        "社会保障",
        "科学技术",
        "外国专家",
        "一站式",
        "自由贸易",
        "试验区",
        "开发区",
        // (A zone's words, cut between two of them: `六盘水市经济技术` + `开发区人才服务中心`.)
        "经济技术开发区",
        "高新技术产业开发区",
    ];
    // The pairs of characters a cut can fall between, inside the words: a cut between any
    // other two (most rows) parts no word, and spares the search.
    static PAIRS: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        let mut v: Vec<(char, char)> = WORDS.iter().flat_map(|w| w.chars().zip(w.chars().skip(1)).collect::<Vec<_>>()).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let (a, t) = (squash(name), squash(tail));
    let at_cut = a.chars().next_back().zip(t.chars().next());
    let word = || {
        at_cut.is_some_and(|p| pairs.binary_search(&p).is_ok())
            && WORDS.iter().any(|w| (1..w.len()).filter(|&i| w.is_char_boundary(i)).any(|i| a.ends_with(&w[..i]) && t.starts_with(&w[i..])))
    };
    // (A whole name ends no place cut short: the common case, spared the lookup. The phone
    // test, a regex, goes last.)
    !a.is_empty()
        && (word() || (!crate::classify::ends_like_name(&a) && place_cut_in_two(&a, &t)))
        && crate::classify::count_phones(&t) == 0
}

/// True for a text of two or three characters with no name's ending (`三里`, `中德`): too
/// short to be a point's name, the head of one cut off below it.
pub fn too_short_for_a_name(text: &str) -> bool {
    let sq = squash(text);
    (2..=3).contains(&sq.chars().count()) && sq.chars().all(crate::text::is_cjk) && !crate::classify::ends_like_name(&sq)
}

/// True when a text opens with a place's short name, or a name of two characters, that
/// names no place in the section's province (`和政务服务局` in 内蒙古: 和政县 is in 甘肃;
/// `公安局` outside 湖北; `西区三道` in 天津: 西区 is 攀枝花's): a word, not the text's own
/// place. False with no province known.
pub fn opens_with_place_elsewhere(text: &str, province: Option<usize>) -> bool {
    let g = Gazetteer::get();
    let Some(p) = province else { return false };
    g.place_at_start(&squash(text)).is_some_and(|m| {
        let word_like = m.short || m.end <= "西区".len();
        word_like && m.candidates.iter().all(|&c| g.province_of(c) != p)
    })
}

/// True when a text opens with a window's word (`服务窗口(受理南海辖区内单位业务)`, `窗口…`):
/// the window of the agency named above it, cut from that name; no point is named so alone.
pub fn opens_with_a_window(text: &str) -> bool {
    let sq = squash(text);
    sq.starts_with("服务窗口") || sq.starts_with("窗口")
}

/// True when `text` finishes a word or a place's name an address was cut inside (`…名城广`
/// + `场4号楼…`, `绍兴市越` + `城区…`): one address cut in two, whatever the rest reads like.
pub fn address_cut_inside(address: &str, text: &str) -> bool {
    finishes_a_word(address, text) || place_cut_in_two(&squash(address), &squash(text))
}

/// True when `text` finishes a word an address's last characters began (`…国资大` +
/// `厦2501#`: 大厦; `…2760号高新` + `区行政服务中心`: 高新区; `…十一街区财` + `政大楼…`:
/// 财政; `…仙桃街` + `道春华大道…`: 街道), a word of a building, a road, a zone or the offices in them (`外国人`, `工作` of a window
/// for foreigners, `人力资源`: its second half, `资源`, is a county's name too; `科技`, whose
/// first half ends a section's name), and holds no phone.
pub fn finishes_a_word(address: &str, text: &str) -> bool {
    const WORDS: &[&str] = &[
        "大厦",
        "大楼",
        "广场",
        "中心",
        "服务中心",
        "服务大厅",
        "大道",
        "大街",
        "街道",
        "大院",
        "窗口",
        "办公室",
        "服务区",
        "财政",
        "政务",
        "行政",
        "服务",
        "综合",
        "外国人",
        "一站式",
        "工作",
        "人力资源",
        "科技",
        "经济技术",
    ];
    let (a, t) = (squash(address), squash(text));
    crate::classify::count_phones(&t) == 0
        && WORDS
            .iter()
            .chain(ZONE_WORDS)
            .any(|w| (1..w.len()).filter(|&i| w.is_char_boundary(i)).any(|i| a.ends_with(&w[..i]) && t.starts_with(&w[i..])))
}

/// How an address ends when it is whole: on a unit or a building's word (`…12号`, `…窗口`,
/// `…大厅`, `…局`).
pub const ADDRESS_WHOLE_ENDS: [char; 15] = ['号', '室', '层', '楼', '座', '栋', '幢', ')', '）', '口', '心', '厅', '院', '处', '局'];

/// True for an address too short to stand that names no number and ends on no place,
/// building or unit word (`九江市八里`, cut inside `八里湖新区`): the head of an address
/// wrapped onto the next row, whatever that row's text reads like.
pub fn address_stops_short(address: &str) -> bool {
    // (Or on a place's, a road's or a building's word.)
    const MORE_ENDS: &[char] =
        &['厦', '场', '园', '馆', '所', '站', '部', '府', '司', '区', '县', '市', '镇', '乡', '街', '道', '路', '巷', '弄', '村'];
    let sq = squash(address);
    let n = crate::text::cjk_count(&sq);
    (3..=6).contains(&n)
        && sq.chars().all(crate::text::is_cjk)
        && !sq.ends_with(ADDRESS_WHOLE_ENDS)
        && !sq.ends_with(MORE_ENDS)
        && !only_places(&sq)
        && Gazetteer::get().place_at_start(&sq).is_some()
}

/// True when a field was cut off: a bracket or a quotation left open (`…1楼"外`), or a
/// separator with nothing after it (`…科学路16号 /`: its second address goes on).
pub fn unfinished(text: &str) -> bool {
    bracket_balance(text) > 0 || quote_open(text) || text.trim_end().ends_with(['/', '／', '、', ',', '，', ';', '；'])
}

/// True when a name's last bracket holds a whole name and lacks only its close
/// (`大连市科学技术局(大连市外国专家局`, OCR having lost the `)`) and the text closes nothing
/// and opens with a place (`大连市高…`): the head of the next name, not the bracket's rest,
/// which would be a name's end (`丹东市科学技术局(` + `丹东市外国专家局)`).
pub fn opens_after_bracket_short_of_its_close(name: &str, text: &str) -> bool {
    let sq = squash(name);
    let Some(inside) = sq.rfind(['(', '（']).map(|at| &sq[at..]) else { return false };
    let inside = inside.trim_start_matches(['(', '（']);
    let tail = squash(text);
    bracket_balance(&sq) == 1
        && crate::text::cjk_count(inside) >= 4
        && crate::classify::has_institution_suffix(inside)
        && !tail.contains([')', '）'])
        && Gazetteer::get().place_at_start(&tail).is_some()
}

/// True for a name that ends like one and leaves nothing open: no row below completes it.
pub fn whole_name(name: &str) -> bool {
    crate::classify::has_institution_suffix(&squash(name)) && !unfinished(name)
}

/// True for a whole name ending in the same name words as `above` (three characters or
/// more: `…武汉片区管理委员会` over `…襄阳片区管理委员会`), reading more as a name than as an
/// address, with no number and no building: another body of the same kind, not an address
/// reading like a name (`…新区广电大楼科技局` names its building).
pub fn sibling_name(above: &str, text: &str) -> bool {
    let (a, t) = (squash(above), squash(text));
    let common = a.chars().rev().zip(t.chars().rev()).take_while(|(x, y)| x == y).count();
    common >= 3
        && common < t.chars().count()
        && whole_name(text)
        && !t.bytes().any(|b| b.is_ascii_digit())
        && !t.contains(['楼', '层', '室', '厦', '院'])
        && {
            let s = crate::classify::classify(text);
            s.get(crate::classify::Role::Address) < s.get(crate::classify::Role::Institution)
        }
}

/// True when `tail` gives a name cut before its ending that ending (`安徽省政务服务中` +
/// `心科技厅窗口`, `…服务窗` + `口(受理南海辖区内单位业务)`): the name's rest.
pub fn gives_name_its_ending(name: &str, tail: &str) -> bool {
    let head = squash(name);
    !crate::classify::has_institution_suffix(&head) && crate::classify::ends_like_name(&format!("{head}{}", squash(tail)))
}

/// True when `text` closes the bracket or quotation `open` left open, before it opens any
/// (`…1楼"外` + `国专家服务"窗口`, `…(天津市外国专家` + `局)`): the rest of that field.
pub fn closes_what_is_open(open: &str, text: &str) -> bool {
    let first = |chars: &[char]| text.find(chars);
    let closes_bracket = bracket_balance(open) > 0 && first(&[')', '）']).is_some_and(|c| first(&['(', '（']).is_none_or(|o| c < o));
    let closes_quote = quote_open(open) && (text.chars().filter(|&c| c == '"').count() % 2 == 1 || text.contains('”'));
    closes_bracket || closes_quote
}

/// True when a text opens a quotation it does not close: an odd number of `"`, or more `“`
/// than `”`.
fn quote_open(text: &str) -> bool {
    if !text.contains(['"', '“']) {
        return false;
    }
    let count = |q: char| text.chars().filter(|&c| c == q).count();
    count('"') % 2 == 1 || count('“') > count('”')
}

/// Location of a record for the inheritance test: institution first, then address.
pub fn location(institution: &str, address: &str, province: Option<usize>, area_prefs: &[u32]) -> Resolution {
    let g = Gazetteer::get();
    let r = g.resolve(&squash(institution), province, area_prefs);
    if r.prefecture.is_some() || r.county.is_some() {
        return r;
    }
    g.resolve(&squash(address), province, area_prefs)
}

/// The one prefecture a record's area codes serve (`0760`: 中山市), none when they serve
/// several or none.
fn only_prefecture(area_prefs: &[u32]) -> Option<usize> {
    let first = *area_prefs.first()?;
    area_prefs.iter().all(|&c| c == first).then(|| Gazetteer::get().by_code(first)).flatten()
}

fn zones(s: &str) -> Vec<&'static str> {
    let sq = squash(s);
    ZONE_WORDS.iter().copied().filter(|z| sq.contains(z)).collect()
}

/// Whether a name-less row at `address` is another window of the institution above
/// (same district, or same city when one side names no district, and no other zone).
/// `area_prefs` holds the prefectures the area codes of each side's numbers serve, the
/// one above's first: a district's name several cities share (`城区`, in 阳泉 and 晋城)
/// is the one of the city its numbers dial.
pub fn same_place(prev_inst: &str, prev_addr: &str, address: &str, province: Option<usize>, area_prefs: (&[u32], &[u32])) -> bool {
    let g = Gazetteer::get();
    let mut prev = location(prev_inst, prev_addr, province, area_prefs.0);
    // (Dialling no area code of its own, a mobile, the one above names a district several
    // cities share, `鼓楼区`: the window below dials the city both are in.)
    if area_prefs.0.is_empty() && prev.prefecture.is_none() && prev.county.is_none() {
        prev = location(prev_inst, prev_addr, province, area_prefs.1);
    }
    // (Naming no place the gazetteer knows, `中国(广东)自由贸易试验区中山片区…` at `建设北路864号…`,
    // the one above is in the one city its area code serves.)
    if prev.prefecture.is_none() && prev.county.is_none() {
        prev.prefecture = only_prefecture(area_prefs.0).filter(|&c| province.is_none_or(|p| g.province_of(c) == p));
    }
    let new = g.resolve(&squash(address), province, area_prefs.1);
    let new_zones = zones(address);
    if !new_zones.is_empty() {
        let prev_text = format!("{prev_inst}{prev_addr}");
        if !new_zones.iter().all(|z| squash(&prev_text).contains(z)) {
            return false;
        }
    }
    match (prev.county, new.county) {
        (Some(a), Some(b)) => return a == b,
        (Some(_), None) => return false,
        _ => {}
    }
    match (prev.prefecture, new.prefecture) {
        (Some(a), Some(b)) => a == b && (new.county.is_none() || prev.county.is_none()),
        _ => false,
    }
}

/// True when the text's first word (up to a space) is a whole name followed by more
/// (`奉化区科学技术局 奉化区行政服务中心(…`): a name printed in the address cell with its
/// address, which opens a record, not the rest of the address above.
pub(super) fn opens_with_a_name(text: &str) -> bool {
    text.trim_start().split_once(char::is_whitespace).is_some_and(|(first, rest)| {
        // (A numbered window, `2.市人社局 609 室(…`, opens with its number, not a name.)
        // (Nor a wrap inside a road's name, `…自治县科 技南路66号…`.)
        !rest.trim().is_empty()
            && crate::text::cjk_count(first) >= 4
            && !first.bytes().any(|b| b.is_ascii_digit())
            && crate::classify::has_institution_suffix(first)
            && !opens_with_cut_road_name(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_code_reads_the_same_whatever_dash_follows_it() {
        let hyphen = area_prefectures(["021-20661678"].into_iter());
        assert!(!hyphen.is_empty());
        for dash in ['–', '—', '－'] {
            assert_eq!(area_prefectures([format!("021{dash}20661678").as_str()].into_iter()), hyphen, "{dash}");
        }
    }

    #[test]
    fn a_name_opening_with_sheng_is_a_provinces_rest() {
        assert!(whole_name_opening_with_a_city("丙市科学技术局"));
        assert!(!whole_name_opening_with_a_city("省遂宁市科学技术局"));
    }

    #[test]
    fn a_label_before_the_numbers_is_no_address() {
        assert_eq!(split_address_beside_name("市外专局: 0898-88263681 政务中心窗口: 0898-38212524"), None);
        let (addr, phones) = split_address_beside_name("萍乡市人民政府办证大厅 办公室: 0799-6234773").unwrap();
        assert_eq!(addr, "萍乡市人民政府办证大厅");
        assert!(phones.starts_with("办公室:"), "{phones}");
    }

    #[test]
    fn a_province_cut_inside_its_short_name_heads_the_address_below() {
        assert!(province_heads_address("内蒙", "古阿拉善左旗巴彦浩特镇额鲁特东路"));
        assert!(province_heads_address("湖南", "省吉首市人民南路58号"));
        assert!(province_heads_address("内蒙古", "兴安盟乌兰浩特市五一街道"));
        // (The rest must open with a place of that province.)
        assert!(!province_heads_address("内蒙", "古城路8号"));
        assert!(!province_heads_address("内蒙", "阿拉善左旗巴彦浩特镇"));
    }

    #[test]
    fn a_short_place_name_cut_counts_only_in_its_own_province() {
        let g = Gazetteer::get();
        let henan = g.province_by_name("河南");
        let zhejiang = g.province_by_name("浙江");
        assert!(short_place_cut("中国(河南)自由贸易试验区郑", "州片区管理委员会", henan));
        assert!(!short_place_cut("中国(河南)自由贸易试验区郑", "州片区管理委员会", zhejiang));
        assert!(!short_place_cut("中国(河南)自由贸易试验区郑", "州片区管理委员会", None));
        // (A rest opening with a place of its own is no cut: `…郑` + `开封市…`.)
        assert!(!short_place_cut("试验区郑", "开封市科学技术局", henan));
    }

    #[test]
    fn an_address_cell_opening_with_a_whole_name_is_told_from_a_numbered_window() {
        assert!(opens_with_a_name("奉化区科学技术局 奉化区行政服务中心(奉化区越岭"));
        assert!(!opens_with_a_name("2.市人社局 609 室(威海市胶州路 7 号)"));
        assert!(!opens_with_a_name("奉化区科学技术局"));
        assert!(!opens_with_a_name("惠江路 567 号"));
    }

    #[test]
    fn punctuation_alone_is_no_address_s_rest() {
        assert!(address_goes_on_with("正义路五华坊42号五华区", "人社局508"));
        assert!(!address_goes_on_with("正义路五华坊42号五华区", "."));
    }

    #[test]
    fn a_numbered_building_is_no_second_name() {
        // `5 号院` ends like a name (院) but is a building of the address: the line is one
        // whole record, not two names run together.
        let t = "朝阳区人力资源公共服务中心 朝阳区将台路 5 号院 15 号楼 A 座 010-57596100";
        assert_eq!(name_words(t), 1);
        assert_eq!(
            split_whole_record(t, None),
            Some(("朝阳区人力资源公共服务中心".into(), "朝阳区将台路 5 号院 15 号楼 A 座".into(), "010-57596100".into()))
        );
        assert_eq!(name_words("北京市朝阳区将台路5号院 朝阳区人民医院"), 1);
        assert_eq!(name_words("南通市科学技术局 南通市崇川区世纪大道6号 0513-59001234 (两证联办)"), 1);
        assert_eq!(name_words("沈阳市科学技术局 沈阳市沈河区市府大路260号 大连市科学技术局"), 2);
    }

    #[test]
    fn a_zone_cut_inside_its_word_is_named() {
        assert!(names_a_zone("经济技术开发"));
        assert!(names_a_zone("天津经济技术开发区第三大街"));
        assert!(!names_a_zone("一日一日日本"));
        assert!(!names_a_zone("社会事务审批窗口"));
    }

    #[test]
    fn a_street_named_by_its_direction_alone_opens_no_address() {
        assert!(opens_with_street_number("珠江路128号1楼5、6号窗口"));
        assert!(opens_with_street_number("花园街1号公安专区"));
        assert!(!opens_with_street_number("东路85号河南自贸大厦"));
        assert!(!opens_with_street_number("大街40号档案馆七楼"));
        assert!(!opens_with_street_number("大道297号"));
    }

    #[test]
    fn a_road_s_name_cut_before_its_last_character_goes_on() {
        assert!(opens_with_cut_road_name("义路270号贵州省政务服务中心"));
        assert!(!opens_with_cut_road_name("珠江路128号1楼5、6号窗口"));
        assert!(!opens_with_cut_road_name("路270号贵州省政务服务中心"));
    }

    #[test]
    fn a_number_cut_in_two_goes_on() {
        assert!(number_cut_in_two("贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路27", "0号贵州省政务服务中心"));
        assert!(number_cut_in_two("石家庄市长安区中山东路4", "52号石家庄市科学技术局412室"));
        // At a sub-number's dash, on either side of it.
        assert!(number_cut_in_two("江干区庆春东路1", "-1号西子联合大厦"));
        assert!(number_cut_in_two("江干区庆春东路1-", "1号西子联合大厦"));
        assert!(!number_cut_in_two("江干区庆春东路", "-1号西子联合大厦"));
        assert!(number_cut_in_two("常州市锦绣路2号1", "-1二楼公安专区5"));
        // Right after the number, before its unit.
        assert!(number_cut_in_two("河东区滨河中路495", "号行政服务中心5楼"));
        assert!(number_cut_in_two("高新区创业路12", "栋3楼"));
        assert!(!number_cut_in_two("河东区滨河中路", "号行政服务中心5楼"));
        assert!(!number_cut_in_two("河东区滨河中路495", "号"));
        // A number of its own after a whole one, or an address opening with one.
        assert!(!number_cut_in_two("石家庄市长安区中山东路452号", "1号受理点:青岛市崂山区同安路891号"));
        assert!(!number_cut_in_two("石家庄市长安区中山东路4", "青岛市崂山区同安路891号"));
    }

    #[test]
    fn a_building_after_a_house_number_is_that_address_s_rest() {
        assert!(building_after_house_number("太原市万柏林区滨河西路南段129号", "焦煤双创基地A座"));
        // Noise, a place of its own, or an address with nothing to go on stay apart.
        assert!(!building_after_house_number("太原市万柏林区滨河西路南段129号", "一日 一日 日本"));
        assert!(!building_after_house_number("太原市万柏林区滨河西路南段129号", "太原市小店区政务中心"));
        assert!(!building_after_house_number("太原市万柏林区滨河西路南段", "焦煤双创基地A座"));
    }

    #[test]
    fn an_address_stopping_at_a_place_s_name_ends_with_a_place() {
        assert!(ends_with_place("鞍山市铁东区新兴街道明山街12号鞍山市"));
        assert!(ends_with_place("正义路五华坊42号五华区"));
        // Place names alone are an address cut before its street (`only_places`), and an
        // address ending anywhere else goes on only by other rules.
        assert!(!ends_with_place("辽宁省鞍山市"));
        assert!(!ends_with_place("鞍山市铁东区新兴街道明山街12号"));
        assert!(!ends_with_place("鞍山市政务服务中心"));
    }

    #[test]
    fn a_zone_alone_is_a_few_characters_ending_in_a_zone_word() {
        assert!(zone_alone("河东新区"));
        assert!(zone_alone("高新区"));
        assert!(!zone_alone("区"));
        assert!(!zone_alone("河东新区管委会"));
        assert!(!zone_alone("A区"));
    }

    #[test]
    fn a_rest_naming_the_name_place_again_is_where_the_office_is() {
        assert!(restates_name_place("柯桥区科学技术局", "绍兴市柯桥区行政中心"));
        assert!(restates_name_place("晋中市外国专家局", "晋中市科学技术局"));
        // A branch after a body naming no place, or another place: the name goes on.
        assert!(!restates_name_place("国家税务总局", "杭州市税务局"));
        assert!(!restates_name_place("柯桥区科学技术局", "上虞区行政中心"));
    }

    #[test]
    fn a_province_cut_short_heads_the_name_below_it() {
        assert!(province_cut_heads_name("新疆维吾尔自", "治区科学技术厅(外国专家局)"));
        assert!(province_cut_heads_name("内蒙古自", "治区科学技术厅"));
        // The province whole, or in its short form, is no cut; nor a cut whose rest the
        // cell below does not open with, or that is only that rest.
        assert!(!province_cut_heads_name("新疆维吾尔自治区", "科学技术厅"));
        assert!(!province_cut_heads_name("新疆", "维吾尔自治区科学技术厅"));
        assert!(!province_cut_heads_name("新疆维吾尔自", "乌鲁木齐市科学技术局"));
        assert!(!province_cut_heads_name("内蒙古自治", "区"));
    }

    #[test]
    fn an_address_naming_a_road_and_a_floor_parts_from_the_name_whatever_it_ends_with() {
        assert_eq!(
            split_mixed("潮州市科学技术局 潮州市新桥路十一街区财政大楼北楼副楼市政务服务中心三楼西侧综合窗口", None),
            Some(("潮州市科学技术局".to_string(), "潮州市新桥路十一街区财政大楼北楼副楼市政务服务中心三楼西侧综合窗口".to_string()))
        );
        // A name naming a road has no floor.
        assert_eq!(split_mixed("潮州市科学技术局 潮州市新桥路街道办事处综合服务窗口", None), None);
        // A comma outside brackets parts an address's pieces: no name before it.
        assert_eq!(split_mixed("区 E 栋,盘龙区政务服务中心 B 区 1 号", None), None);
        assert!(names_a_floor("三楼西侧") && names_a_floor("B1层") && !names_a_floor("财政大楼北楼"));
    }

    #[test]
    fn a_name_in_two_parts_parts_from_the_address_that_opens_with_a_place() {
        // The words after the first name end like one and the address after them opens with
        // a place: the name's second part, not the address's head.
        assert_eq!(
            split_mixed("芜湖市科学技术局 外国专家与科技人才 服务科 芜湖市鸠江区政通路66号政务中心A区426办公室", None),
            Some(("芜湖市科学技术局 外国专家与科技人才 服务科".to_string(), "芜湖市鸠江区政通路66号政务中心A区426办公室".to_string()))
        );
        // With no later split opening with a place, the first stands.
        assert_eq!(
            split_mixed("天津经济技术开发区管理委员会 经济技术开发区第三大街40号管委会服务大厅", None),
            Some(("天津经济技术开发区管理委员会".to_string(), "经济技术开发区第三大街40号管委会服务大厅".to_string()))
        );
    }

    #[test]
    fn a_first_word_with_its_house_number_is_an_address_whatever_it_ends_with() {
        assert_eq!(
            split_mixed("嘉善县科学技术局 嘉善大道100号县政数据办 2楼科技局窗口", None),
            Some(("嘉善县科学技术局".to_string(), "嘉善大道100号县政数据办 2楼科技局窗口".to_string()))
        );
    }

    #[test]
    fn a_building_the_name_s_own_place_opens_cut_from_its_number_is_the_address() {
        // A place no table knows opens both; the building's name ends like a name, but a wrap
        // space, not a name, stands between it and its number.
        assert_eq!(
            split_mixed("贵安新区经济发展局 贵安新区数字经济产业园 9号楼1018办公 室", None),
            Some(("贵安新区经济发展局".to_string(), "贵安新区数字经济产业园 9号楼1018办公 室".to_string()))
        );
        // So does a zone no table knows, in a name that does not name it.
        assert_eq!(
            split_mixed("四川省遂宁市科学技术局 河东新区莲花会展中心 3号花瓣2楼市公安局出入境管 理支队窗口", None),
            Some(("四川省遂宁市科学技术局".to_string(), "河东新区莲花会展中心 3号花瓣2楼市公安局出入境管 理支队窗口".to_string()))
        );
    }

    #[test]
    fn a_name_whose_bracket_never_closes_parts_from_its_address() {
        // The name's other name in its bracket is whole, and nothing after closes it.
        assert_eq!(
            split_mixed("大连市科学技术局(大连市外国专家局 大连市甘井子区东北北路 101号周水子街道大连市行 政服务中心", None),
            Some((
                "大连市科学技术局(大连市外国专家局".to_string(),
                "大连市甘井子区东北北路 101号周水子街道大连市行 政服务中心".to_string()
            ))
        );
        // Its closing bracket printed after the break: not cut inside the bracket.
        assert_ne!(
            split_mixed("朝阳市科学技术局(朝阳市外国专家局 )朝阳市双塔区人民路1号B座", None).map(|(name, _)| name),
            Some("朝阳市科学技术局(朝阳市外国专家局".to_string())
        );
    }

    #[test]
    fn an_address_stopping_at_its_road_awaits_its_number() {
        assert!(stops_at_its_road("佛山市顺德区大良街道德民路"));
        assert!(stops_at_its_road("佛山市禅城区祖庙街道岭南大道"));
        assert!(!stops_at_its_road("佛山市顺德区大良街道"));
        assert!(!stops_at_its_road("东城西路191号"));
    }

    #[test]
    fn a_field_ending_in_a_separator_is_unfinished() {
        assert!(unfinished("贵阳市南明区科学路16号 / "));
        assert!(unfinished("泰安市望岳东路3号,"));
        assert!(unfinished("北京市外国专家局(北京市"));
        assert!(!unfinished("贵阳市南明区科学路16号"));
        assert!(!unfinished("漳州市科学技术局(A、B类)"));
    }

    #[test]
    fn a_name_cut_inside_one_of_its_words_is_told_by_the_word() {
        assert!(name_cut_inside_a_word("四川省攀枝花市科", "学技术局"));
        assert!(name_cut_inside_a_word("兰州市科学技术局(兰州市外国专", "家局)"));
        assert!(name_cut_inside_a_word("镇海区人才服务中", "心"));
        assert!(name_cut_inside_a_word("四川省成", "都市外国专家局"));
        // (`资源` is a county's name too; `站` ends names.)
        assert!(name_cut_inside_a_word("怒江州人力", "资源和社会保障局"));
        assert!(name_cut_inside_a_word("朝阳区国际人才一站", "式服务中心"));
        // A section's name, then a name of its own, is no cut; nor a phone.
        assert!(!name_cut_inside_a_word("外国专家服务科", "宁波市科学技术局"));
        assert!(!name_cut_inside_a_word("市科", "学 0571-87051234"));
    }

    #[test]
    fn a_unit_s_word_after_an_address_s_last_number_names_what_it_numbers() {
        assert!(names_the_numbered_unit("武汉市高新大道777号政务大厅二楼D65、D66号", "窗口"));
        assert!(names_the_numbered_unit("…3楼127", "室"));
        // Not after text, nor a text of its own after a number.
        assert!(!names_the_numbered_unit("佛山市南海区服务", "窗口(受理南海辖区内单位业务)"));
        assert!(!names_the_numbered_unit("…127号", "南海区科学技术局"));
    }

    #[test]
    fn the_item_after_the_address_s_own_is_the_next_list_item() {
        assert!(next_list_item("1.市政务服务中心(威海市文化中路86号)3楼127号", "2.市人社局60"));
        assert!(next_list_item("1、甲区人民路1号 2、乙区中山路2号", "3、丙区解放路3号"));
        // (OCR spacing after the mark, `2. 市人社`, changes nothing.)
        assert!(next_list_item("1. 市政务服务中心(威海市文化中路86号) 3楼 127号", "2. 市人社"));
        assert!(!next_list_item("1.市政务服务中心3楼127号", "3.市人社局609室"));
        assert!(!next_list_item("高新区大道12.5号", "2.市人社局60"));
        assert!(!next_list_item("1.市政务服务中心", "12号楼"));
        assert!(!next_list_item("1.市政务服务中心", "2.5公里处"));
    }

    #[test]
    fn a_province_printed_before_the_name_in_its_cell_is_split_off() {
        let split = split_leading_province;
        assert_eq!(split("北京 北京市科学技术委员会"), Some(("北京".into(), "北京市科学技术委员会".into())));
        assert_eq!(split("天 津 天津市科学技术局"), Some(("天 津".into(), "天津市科学技术局".into())));
        assert_eq!(split("河北 石家庄市 科学技术局"), Some(("河北".into(), "石家庄市 科学技术局".into())));
        assert_eq!(split("北京市 北京市外国专家局"), Some(("北京市".into(), "北京市外国专家局".into())));
        // A full name before another place may be the name's own start, wrapped.
        assert_eq!(split("北京市 朝阳区政务服务中心"), None);
        // A name that is no place's after the province words stays whole, as do names
        // without the space.
        assert_eq!(split("新疆 生产建设兵团外国专家局"), None);
        assert_eq!(split("北京市科学技术委员会"), None);
        assert_eq!(split("北京市科学 技术委员会"), None);
    }

    #[test]
    fn a_name_run_into_its_address_is_split_where_a_place_begins() {
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            split_run_together("河北省科学技术厅石家庄市裕华区槐安东路 1 号"),
            pair("河北省科学技术厅", "石家庄市裕华区槐安东路1号")
        );
        // An address with a name inside it after its number, or no place after the name, stays.
        assert_eq!(split_run_together("沧州市运河区解放西路42号沧州市科技局 外国专家管理科"), None);
        assert_eq!(split_run_together("北京市科学技术委员会院内 2 号楼"), None);
        assert_eq!(split_run_together("石家庄市裕华区槐安东路 1 号"), None);
        // A bracket opened before the place is the address's remark.
        assert_eq!(split_run_together("广州市政务服务大厅(广州市天河区珠江新城华利路61号)5楼516、517窗口"), None);
    }

    #[test]
    fn a_whole_record_in_one_cell_is_split() {
        let t = "山西省科学技术厅 太原市迎泽大街 289 号 0351-4045123";
        let (n, a, p) = split_whole_record(t, None).expect("splits");
        assert_eq!((n.as_str(), a.as_str(), p.as_str()), ("山西省科学技术厅", "太原市迎泽大街 289 号", "0351-4045123"));
        // Two records run together are not one.
        assert_eq!(
            split_whole_record(
                "山西省科学技术厅 太原市迎泽大街 289 号 0351-4045123 大同市科学技术局 大同市御河西路 1 号 0352-2046123",
                None
            ),
            None
        );
        // An address of places alone (no road, no number) after a whole name.
        let (n, a, p) = split_whole_record("湘潭市科学技术局 湘潭市岳塘区 0731-58581234", None).expect("splits");
        assert_eq!((n.as_str(), a.as_str(), p.as_str()), ("湘潭市科学技术局", "湘潭市岳塘区", "0731-58581234"));
        // Two names and a number are no record's fields.
        assert_eq!(split_whole_record("湘潭市科学技术局 湘潭市人力资源和社会保障局 0731-58581234", None), None);
        assert_eq!(split_whole_record("湘潭市科学技术局 湘潭市岳塘区 0731-58581234 (暂停)", None), None);
    }

    #[test]
    fn an_address_with_its_phone_is_split() {
        let t = "唐山市路北区建设北路 2 号 电话:0315-2800001";
        assert_eq!(split_address_phone(t), Some(("唐山市路北区建设北路 2 号".to_string(), "电话:0315-2800001".to_string())));
        assert_eq!(
            split_address_phone("石家庄市长安区中山东路 39 号 0311-86687001 0311-86687002").map(|x| x.1),
            Some("0311-86687001 0311-86687002".to_string())
        );
        // A name is not an address; a bare phone has nothing to split.
        assert_eq!(split_address_phone("石家庄市科学技术局 0311-86687001"), None);
        assert_eq!(split_address_phone("0311-86687001"), None);
        // The mark between the two goes with neither.
        assert_eq!(
            split_address_phone("杭州市上城区解放东路18号/0571-85252313").map(|x| x.0),
            Some("杭州市上城区解放东路18号".to_string())
        );
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        // Numbers printed first, the address after them (a label before them is theirs); not
        // when what follows reads as no address opening with a place.
        assert_eq!(split_address_phone("0595-22571234 泉州市丰泽区丰海路 1 号"), pair("泉州市丰泽区丰海路 1 号", "0595-22571234"));
        assert_eq!(
            split_address_phone("电话：0595-22571234、22571235（工作日）泉州市丰泽区丰海路 1 号"),
            pair("泉州市丰泽区丰海路 1 号", "电话:0595-22571234、22571235(工作日)")
        );
        assert_eq!(split_address_phone("0595-22571234 转 201"), None);
        assert_eq!(split_address_phone("0595-22571234 丰海路 1 号"), None);
        // So do the brackets around the numbers, a label inside them going with the numbers.
        assert_eq!(split_address_phone("泉州市丰泽区丰海路 1 号（0595-22571234）"), pair("泉州市丰泽区丰海路 1 号", "0595-22571234"));
        assert_eq!(
            split_address_beside_name("泉州市丰泽区东海大厦A幢(电话:0595-22571234)"),
            pair("泉州市丰泽区东海大厦A幢", "电话:0595-22571234")
        );
    }

    #[test]
    fn a_name_with_its_phone_is_split() {
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(split_name_phone("北京市科学技术委员会（010-89151234）"), pair("北京市科学技术委员会", "010-89151234"));
        assert_eq!(split_name_phone("海淀区人力资源和社会保障局 010-88487000"), pair("海淀区人力资源和社会保障局", "010-88487000"));
        assert_eq!(
            split_name_phone("温州市科学技术局 电话：0577-89090580、0577-89090581"),
            pair("温州市科学技术局", "0577-89090580、0577-89090581")
        );
        // An address is no name; a name with no number has nothing to split.
        assert_eq!(split_name_phone("海淀区四季青路6号 010-88487000"), None);
        assert_eq!(split_name_phone("北京市科学技术委员会"), None);
        // A labelled list: its first label is no name.
        assert_eq!(split_name_phone("市外专局: 0898-88263681 政务中心窗口: 0898-38212524"), None);
        // A name numbered among its windows, or closed by its remark, is a name too.
        assert_eq!(split_name_phone("余杭区科技局1 0571-86370796"), pair("余杭区科技局1", "0571-86370796"));
        assert_eq!(
            split_name_phone("南海区科学技术局服务窗口(受理南海辖区内单位业务) 0757-81813620"),
            pair("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "0757-81813620")
        );
        // (A house number is no window's: `…路1号` ends like no name.)
        assert_eq!(split_name_phone("余杭区文一西路998号1 0571-86370796"), None);
    }

    #[test]
    fn a_name_with_its_address_in_brackets_is_two_fields() {
        let split = split_name_bracketed_address;
        assert_eq!(
            split("杭州市科学技术局（杭州市上城区解放东路 18 号）"),
            Some(("杭州市科学技术局".to_string(), "杭州市上城区解放东路 18 号".to_string()))
        );
        assert_eq!(
            split("宁波市科学技术局(地址：宁波市鄞州区宁穿路2001号)"),
            Some(("宁波市科学技术局".to_string(), "宁波市鄞州区宁穿路2001号".to_string()))
        );
        // A name in brackets, a remark, or an address whose bracket holds its street: one field.
        for t in [
            "北京市科学技术委员会(北京市外国专家局)",
            "深圳市外国人工作许可服务窗口(受理全深圳市单位业务)",
            "平湖市行政服务中心1楼125窗口(胜利路380号)",
            "昆山市人才科创发展服务中心一楼服务大厅(昆山市登云路268号)",
            "服务大厅(昆山市登云路268号)",
        ] {
            assert_eq!(split(t), None, "{t}");
        }
    }

    #[test]
    fn a_whole_name_opening_with_a_city_is_no_tail() {
        assert!(whole_name_opening_with_a_city("丙市科学技术局"));
        assert!(whole_name_opening_with_a_city("古林市科学技术局"));
        for tail in ["技人才管理处", "开发区管委会", "市外国专家局", "国专家局)", "城市管理局"] {
            assert!(!whole_name_opening_with_a_city(tail), "{tail}");
        }
    }

    #[test]
    fn tails() {
        assert!(looks_like_tail("共服务中心", None));
        assert!(looks_like_tail("局)", None));
        assert!(continues_address("湖北省襄阳市", "襄城区荆州街73号"));
        assert!(continues_address("湖北省襄阳市襄", "城区荆州街73号"));
        assert!(continues_address("佛山市南海区丹灶镇", "金沙城区金兴路7号1座"));
        assert!(continues_address("1号受理点:", "青岛市崂山区同安路891号一楼大厅"));
        assert!(continues_address("贵阳市南明区科学路16号 / 贵州省贵阳市", "南明区遵义路270号贵州省政务服务中心"));
        assert!(!continues_address("贵阳市南明区科学路16号 / 遵义路3号", "南明区遵义路270号贵州省政务服务中心"));
        assert!(!continues_address("东莞市南城区鸿福路199号", "东莞市莞城区东城西路191号"));
        assert!(continues_address("龙岩市新罗区登高东路101号", "龙岩市公安局出入境接待大厅"));
        // Another county than the one above, or the province and city again: an address of
        // its own, though it names no street yet.
        assert!(!continues_address("太仓市县府东街99号六号楼", "吴江区人力资源和社会保障服务大"));
        assert!(!continues_address("陕西省西安市建设东路3号太乙路办公区2号楼5层", "陕西省西安"));
        assert!(!continues_address("佛山市南海区西樵镇樵高路65号西樵环运大楼", "佛山市南海区丹灶镇金沙城区金"));
        assert!(closes_what_is_open("重庆生产力大厦1楼\"外", "国专家服务\"窗口"));
        assert!(closes_what_is_open("天津市科学技术局(天津市外国专家", "局)"));
        assert!(!closes_what_is_open("出入境外证中心8号窗口(中", "開条新区人才服务中心張江(科创)分中心"));
        assert!(!closes_what_is_open("重庆市渝北区新溉大道2号", "国专家服务\"窗口"));
        assert!(place_cut_in_two("北京市延庆区庆园街60号延", "庆区政务服务中心五层"));
        // (A short name of three characters or more counts: `六盘水`.)
        assert!(place_cut_in_two("六盘", "水科技局"));
        assert!(!names_own_street("社会大厅16-18号窗口") && !names_own_street("产业园南区1号门三楼"));
        assert!(names_own_street("东城西路191号") && names_own_street("花园村12号"));
        assert!(!place_cut_in_two("北京市延庆区庆园街60号", "延庆区政务服务中心五层"));
        // A district the rest opens with that is the end of the one across the cut.
        assert!(place_cut_in_two("佛山市禅城区同济东路禅", "城区人民政府通济大院8、9楼"));
        // A house number not right after the street's name names the building all the same.
        assert!(continues_address("正义路五华坊42号", "五华区人社局508"));
        assert!(continues_address("阳江市江城区38号", "阳江市科学技术局209室"));
        assert!(!continues_address("阳江市江城区38号", "阳江市东风路2号"));
        // A building at a street named above; a street under an office's name.
        assert!(continues_address("开封市郑开大道与12大街交叉口", "中国(河南)自由贸易试验区开封片区政务服务中心"));
        assert!(continues_address("晋中市科学技术局", "晋中市榆次区龙湖大街141号"));
        // A room in the same district under an address naming no road and no number; not
        // one in another district.
        assert!(continues_address("绍兴市柯桥区行政中心", "柯桥区科技局A209室"));
        assert!(!continues_address("绍兴市柯桥区行政中心", "越城区行政中心1119室"));
        assert!(!continues_address("开封市郑开大道与12大街交叉口", "开封市金明大道1号"));
        assert!(!continues_address("江西省景德镇市昌江区沿江西路59号市人社局", "萍乡市人民政府办证大厅"));
        assert!(looks_like_tail("号石家庄市科学技术局412室", Some(Gazetteer::get().province_by_name("河北省").unwrap())));
        assert!(looks_like_tail("心二层海淀区人才服务中心", None));
        assert!(!looks_like_tail("怀柔区政务服务中心", None));
        assert!(!looks_like_tail("中国(湖北)自由贸易试验区武汉片区", None));
        let jl = Gazetteer::get().province_by_name("吉林");
        assert!(!looks_like_tail("古林市外国专家局", jl));
    }

    #[test]
    fn mixed_name_and_address() {
        let sh = Gazetteer::get().province_by_name("上海");
        let (a, b) = split_mixed("別行区科学技术委 図行区本生領出入境外证中心8号窗口(中", sh).unwrap();
        assert_eq!((a.as_str(), b.as_str()), ("別行区科学技术委", "図行区本生領出入境外证中心8号窗口(中"));
        assert!(split_mixed("北京海外学人中心 外国人来华工作事 务部(北京市外国人 来华工作事务中心)", sh).is_none());
        // A line break sets name and address apart as a space does.
        assert_eq!(
            split_mixed("山东省科学技术厅<br>济南市历下区解放路166号", None),
            Some(("山东省科学技术厅".to_string(), "济南市历下区解放路166号".to_string()))
        );
        // A printed line break needs less: a name without a known ending, an address
        // without a house number.
        for (cell, name, addr) in [
            ("贵阳市科技局<br>贵阳市观山湖区市级行政中心市政府大楼A区524", "贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524"),
            ("武汉市自贸区<br/>武汉市高新大道777号光谷公共服务中心", "武汉市自贸区", "武汉市高新大道777号光谷公共服务中心"),
            ("余杭区科技局2<BR>余杭区文一西路601号国际人才园2楼", "余杭区科技局2", "余杭区文一西路601号国际人才园2楼"),
        ] {
            assert_eq!(split_mixed(cell, None), Some((name.to_string(), addr.to_string())), "{cell}");
        }
        // A name wrapped at a break stays whole.
        assert!(split_mixed("北京市科学技术委员会<br>(北京市外国专家局)", None).is_none());
        assert!(split_mixed("北京市科学技术委员会<br>北京市外国专家局", None).is_none());
        // So does an address wrapped at a break inside its bracket or its road's name.
        assert!(split_mixed("广州市政务服务大厅(广州市天河区珠江<br>新城华利路61号)5楼516、517窗口", None).is_none());
        assert!(split_mixed("新疆乌鲁木齐市水区新兴<br>街5号", None).is_none());
        // An address wrapped right after its zone (the zone's area or a road named after a
        // place after it) is one address.
        assert!(split_mixed("中国(湖北)自贸区 宜昌片区发展大道55号高新区综合服务大厅", None).is_none());
        assert!(split_mixed("陕西省西安市经开区 凤城八路109号2号楼7层", None).is_none());
        assert!(split_mixed("沧州市运河区解放西路42号沧州市科技局 外国专家管理科", None).is_none());
        assert!(split_mixed("苏州高新区行政服务中心 3 楼人社局 C15 号窗口(苏州高新区科普路 50 号)", None).is_none());
    }

    #[test]
    fn a_name_and_its_address_in_one_cell_where_the_rule_between_them_was_lost() {
        for (cell, name, addr) in [
            // A name ending before its bracketed remark.
            (
                "顺德区科学技术局服务窗口(受理顺德辖区内 单位业务) 佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口",
                "顺德区科学技术局服务窗口(受理顺德辖区内 单位业务)",
                "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口",
            ),
            // An address opening with a zone no table knows, naming its street and number.
            ("天津市开发区人社局 经济技术开发区第三大街40号档案馆七楼", "天津市开发区人社局", "经济技术开发区第三大街40号档案馆七楼"),
            // A numbered window; an address after a label of its own; a numbered address.
            ("余杭区科技局1 余杭区文一西路998号1幢3楼", "余杭区科技局1", "余杭区文一西路998号1幢3楼"),
            ("青岛市外国专家局 1号受理点:青岛市崂山区同安路891号一楼大厅", "青岛市外国专家局", "1号受理点:青岛市崂山区同安路891号一楼大厅"),
            (
                "威海市外国专家局 1.市政务服务中心(威海市文化中路86号)3楼127号",
                "威海市外国专家局",
                "1.市政务服务中心(威海市文化中路86号)3楼127号",
            ),
            // Addresses without a house number: a road, a number, a place within a place.
            ("忻州市政务服务中心 忻州市忻府区雁门大道南街", "忻州市政务服务中心", "忻州市忻府区雁门大道南街"),
            ("宜春市外国专家局 宜春市宜阳大厦中 座917", "宜春市外国专家局", "宜春市宜阳大厦中 座917"),
            ("鹰潭市外国专家局 鹰潭市月湖区经济大厦", "鹰潭市外国专家局", "鹰潭市月湖区经济大厦"),
            // A zone's office named by its zone; an address ending in its building; one with a
            // house number and no road.
            ("武汉市自贸区 武汉市高新大道777号光谷公共服务中心", "武汉市自贸区", "武汉市高新大道777号光谷公共服务中心"),
            ("崇左市科学技术局 崇左市科技信息服务大楼", "崇左市科学技术局", "崇左市科技信息服务大楼"),
            (
                "四川省遂宁市科学技术局 河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口",
                "四川省遂宁市科学技术局",
                "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口",
            ),
            // A house number makes the address, though it ends like a name.
            (
                "奉化区科学技术局 奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口",
                "奉化区科学技术局",
                "奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口",
            ),
            // The name's own place, which no table knows.
            ("贵安新区经济发展局 贵安新区数字经济产业园9号楼1018办公室", "贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室"),
            // A place the name holds inside it, its street and number in a bracket.
            (
                "浙江(宁波)自由贸易区梅山新片区人才服务中心 梅山新片区国际人才港(七星路 88 号 2 号窗口)",
                "浙江(宁波)自由贸易区梅山新片区人才服务中心",
                "梅山新片区国际人才港(七星路 88 号 2 号窗口)",
            ),
            // The name's remark and second part stay with it.
            (
                "许昌市科学技术局 (许昌市外国专家 局) 许昌市魏都区竹林路与龙兴路交叉口东200米创业服务中心A座1822房间",
                "许昌市科学技术局 (许昌市外国专家 局)",
                "许昌市魏都区竹林路与龙兴路交叉口东200米创业服务中心A座1822房间",
            ),
            (
                "九江市人力资源和社会保障局 行政许可服务科 九江市八里湖新区 八里湖大道166号",
                "九江市人力资源和社会保障局 行政许可服务科",
                "九江市八里湖新区 八里湖大道166号",
            ),
        ] {
            assert_eq!(split_mixed(cell, None), Some((name.to_string(), addr.to_string())), "{cell}");
        }
        // A zone alone before an address with no house number stays one text.
        assert_eq!(split_mixed("武汉市自贸区 武汉市光谷公共服务中心", None), None);
        // A name's ending wrapped off it is no address's start, whatever number follows.
        for (cell, name, addr) in [
            ("金山区科学技术委 员会 金山区蒙山北路585号", "金山区科学技术委 员会", "金山区蒙山北路585号"),
            ("余姚市人力资源和社会 保障局 余姚市谭家岭东路2号1楼", "余姚市人力资源和社会 保障局", "余姚市谭家岭东路2号1楼"),
            (
                "二连浩特市教育科 技局 二连浩特市锡林街西教育科技局办公大楼3楼",
                "二连浩特市教育科 技局",
                "二连浩特市锡林街西教育科技局办公大楼3楼",
            ),
        ] {
            assert_eq!(split_mixed(cell, None), Some((name.to_string(), addr.to_string())), "{cell}");
        }
    }

    #[test]
    fn an_address_and_its_numbers_in_one_cell_beside_the_records_name() {
        // Ending like a name, the address reads as none on its own.
        assert_eq!(split_address_phone("萍乡市人民政府办证大厅 0799-6234773"), None);
        assert_eq!(
            split_address_beside_name("萍乡市人民政府办证大厅 0799-6234773"),
            Some(("萍乡市人民政府办证大厅".to_string(), "0799-6234773".to_string()))
        );
        // Text after the numbers is more than one record's.
        assert_eq!(split_address_beside_name("龙岩市公安局出入境接待大厅 0597-2220870 三明市科学技术局"), None);
    }

    #[test]
    fn a_zone_opens_a_text_after_a_few_characters() {
        assert!(opens_with_zone("经济技术开发区第三大街40号"));
        assert!(opens_with_zone("东疆港保税区亚洲路46"));
        // A number first, a zone alone, a zone deep inside, or one opening the text (a place
        // then: the gazetteer's business) is none.
        assert!(!opens_with_zone("681号自贸区行政审"));
        assert!(!opens_with_zone("东疆港保税区"));
        assert!(!opens_with_zone("青羊区人民西路2号成都出入境接待中心高新区"));
        assert!(!opens_with_zone("高新区公共服务中心"));
        assert!(!opens_with_zone("中心保税区分中心"));
    }

    #[test]
    fn a_zone_named_by_its_kind_alone_opens_an_address_with_its_street() {
        assert!(opens_with_bare_zone_street("经开区红星街70号市民之家3楼"));
        assert!(opens_with_bare_zone_street("高新区 科普路 50号"));
        // A building, a zone with a head of its own, or a street without its number is none.
        assert!(!opens_with_bare_zone_street("高新区公共服务中心"));
        assert!(!opens_with_bare_zone_street("东疆港保税区亚洲路46号"));
        assert!(!opens_with_bare_zone_street("经开区红星街"));
    }

    #[test]
    fn a_rest_finishing_the_word_an_address_was_cut_inside() {
        assert!(finishes_a_word("莆田市城厢区荔城中大道1366号国资大", "厦2501#"));
        assert!(finishes_a_word("北仑区长江路116号行政服务中", "心A座B715"));
        assert!(finishes_a_word("合肥市创新大道2760号高新", "区行政服务中心"));
        assert!(finishes_a_word("汕头市长平路十一街区财", "政大楼北楼副楼汕头市政务服务中心三楼西侧综合窗口"));
        // A service centre's or hall's word cut after `服务`.
        assert!(finishes_a_word("慈溪市振兴中路510号政务服务", "中心1楼16号窗口"));
        assert!(finishes_a_word("某区人民路1号行政服务", "大厅3号窗口"));
        // `外国人`, the word of every window for foreigners (`…一楼外` + `国人工作、居留办理窗口`).
        assert!(finishes_a_word("海口市五指山南路3号政务服务中心一楼外", "国人工作、居留办理窗口"));
        // `工作`, of the permit such a window serves (`…接待大厅外国人工` + `作居留服务窗口`).
        assert!(finishes_a_word("玉林市双拥路99号玉林市公安局出入境接待大厅外国人工", "作居留服务窗口"));
        // `人力资源`, though its second half is a county's name (资源县).
        assert!(finishes_a_word("重庆市渝北区仙桃街道春华大道99号中国重庆人力", "资源服务产业园南区1号门三楼"));
        // OCR's noise under a whole address finishes nothing.
        assert!(!finishes_a_word("内蒙古巴彦淖尔市临河区乌兰布和路东市人力资源和社会保障局大楼四楼4010", "7.77 火冰中工 4"));
        assert!(!finishes_a_word("莆田市城厢区荔城中大道1366号国资大", "0594-2655522"));
    }

    #[test]
    fn a_wide_road_cut_inside_its_word_before_its_number() {
        assert!(road_word_cut_before_number("人民大", "道444号科技大厦2楼207室"));
        assert!(road_word_cut_before_number("解放大", "街 12 号"));
        // Not a word that goes on without a number, nor a head ending elsewhere.
        assert!(!road_word_cut_before_number("人民大", "道科技大厦"));
        assert!(!road_word_cut_before_number("人民", "大道444号"));
        assert!(!road_word_cut_before_number("大", "道444号"));
    }

    #[test]
    fn an_address_stopping_at_the_country_s_name_is_cut() {
        assert!(ends_with_country("重庆市渝北区仙桃街道春华大道99号中国"));
        assert!(!ends_with_country("重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园"));
        assert!(ends_with_country("济南高新区舜华路750号中国(山东)"));
        assert!(ends_with_country("济南高新区舜华路750号中国（山东省）"));
        assert!(!ends_with_country("济南高新区舜华路750号(山东)"));
        assert!(!ends_with_country("中国(山东)自由贸易试验区"));
    }

    #[test]
    fn another_citys_place_after_a_house_number_is_no_rest_of_the_address() {
        assert!(inside_after_house_number("丰台区西三环南路1号", "北京市政务服务中心三层C岛"));
        assert!(!inside_after_house_number("新余市仰天东大道623号", "鹰潭市外国专家局 鹰潭市月湖区经济大厦"));
        // Nor another district of the city, though several cities have one of that name.
        assert!(!inside_after_house_number("丰台区西三环南路1号", "朝阳区国际人才一站式服务中心"));
        assert!(inside_after_house_number("丰台区西三环南路1号", "丰台区政务服务中心三层"));
        // A gate's number is no house number: the park is inside the address above.
        assert!(inside_after_house_number("重庆市渝北区仙桃街道春华大道99号", "中国重庆人力资源服务产业园南区1号门三楼"));
        assert!(!inside_after_house_number("重庆市渝北区仙桃街道春华大道99号", "重庆市渝中区人和街1号"));
        assert!(!inside_after_house_number("重庆市渝北区仙桃街道春华大道99号", "重庆市渝中区大礼堂2号大院"));
    }

    #[test]
    fn windows_of_one_bureau() {
        let g = Gazetteer::get();
        let gd = g.province_by_name("广东");
        assert!(same_place(
            "南海区科学技术局服务窗口(受理南海辖区内单位业务)",
            "佛山市南海区里水镇新兴路15号",
            "佛山市南海区狮山镇狮城路3号",
            gd,
            (&[], &[])
        ));
        // `城区` is a district of 阳泉市 and of 晋城市 (and more): the one above is the
        // district of the city its number dials, 0353 阳泉市's.
        let sx = g.province_by_name("山西");
        let yangquan = g.area("0353").iter().map(|e| e.prefecture_code).collect::<Vec<_>>();
        assert!(same_place("城区科技局", "城区人民路52号", "阳泉市城区长江南路450号", sx, (&yangquan, &yangquan)));
        let bj = g.province_by_name("北京");
        assert!(!same_place("海淀区人力资源公共服务中心", "海淀区西四环北路73号", "顺义区仓上街16号", bj, (&[], &[])));
        assert!(!same_place("通州区人力资源和社会保障局", "通州区新华东街11号院", "经济技术开发区荣华中路10号", bj, (&[], &[])));
        let sd = g.province_by_name("山东");
        assert!(same_place("青岛市外国专家局", "政府受理点:青岛市市南区香港中路11号", "1号受理点:青岛市崂山区同安路891号", sd, (&[], &[])));
        let jl = g.province_by_name("吉林");
        assert!(!same_place("吉林市外国专家局", "吉林市松江中路65号", "延吉市建工街492号", jl, (&[], &[])));
    }
}
