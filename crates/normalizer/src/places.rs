//! Places: resolve a record to province, city and district, correct certain OCR errors in
//! place names, and check institution, address and phones against each other.

use std::collections::BTreeMap;
use std::sync::Arc;

use regex::Regex;
use std::sync::OnceLock;

use crate::finding::{Finding, FindingCode};
use crate::gazetteer::{Gazetteer, Level, Resolution};
use crate::phone::parse_phone_cell;
use crate::record::{Phone, PhoneKind};
use crate::text::{clean_field, squash};

/// The placed record fields.
#[derive(Debug, Clone, Default)]
pub struct Placed {
    pub institution: String,
    pub address: String,
    pub province_name: &'static str,
    pub province_code: Option<&'static str>,
    pub city: Option<&'static str>,
    pub city_code: Option<&'static str>,
    pub district: Option<&'static str>,
    pub district_code: Option<&'static str>,
    pub address_full: String,
}

/// The province a record's own text points to (address, name, area codes), by vote.
pub fn own_province(institution: &str, address: &str, phone_cells: &[(String, bool)]) -> Option<usize> {
    own_province_by(institution, address, phone_cells, parse_phone_cell)
}

/// [`own_province`] reading phone cells with `parse` (a document's cache of them: most
/// were read while its rows were assembled).
pub fn own_province_by<C: std::borrow::Borrow<crate::phone::PhoneCell>>(
    institution: &str,
    address: &str,
    phone_cells: &[(String, bool)],
    parse: impl Fn(&str, bool) -> C,
) -> Option<usize> {
    let g = Gazetteer::get();
    let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
    for t in [address, institution] {
        if let Some(p) = g.resolve(&squash(t), None, &[]).province {
            *votes.entry(p).or_insert(0) += 2;
        }
    }
    for (cell, from_number) in phone_cells {
        let parsed = parse(cell, *from_number);
        for p in &parsed.borrow().phones {
            for e in p.area_code.as_deref().map(|a| g.area(a)).unwrap_or(&[]) {
                if let Some(pi) = g.province_by_name(&e.province) {
                    *votes.entry(pi).or_insert(0) += 1;
                }
            }
        }
    }
    votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(p, _)| p)
}

fn addr_start_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"[0-9]+\s*号").unwrap())
}

/// Takes a postcode printed inside a cleaned address (`…265号(邮编:210019)`, `邮政编码 210019`)
/// out of it: (address without it, the six digits). A postcode is no part of the address
/// a visitor reads, and analysts join on the address.
pub fn split_postcode(address: &str) -> Option<(String, String)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"(\(\s*)?邮政?编码?\s*:?\s*([0-9]{6})(\s*\))?").unwrap());
    if !address.contains('邮') {
        return None;
    }
    let c = re.captures(address)?;
    let m = c.get(0)?;
    let (mut start, mut end) = (m.start(), m.end());
    // A bracket holding more than the postcode (`(邮编:310026,电话:…)`) keeps the rest: only
    // the postcode and the separator after it (or before it) go.
    let sep = separates_list_items;
    match (c.get(1), c.get(3)) {
        (Some(open), None) => {
            start = open.end();
            end += address[end..].len() - address[end..].trim_start_matches(sep).len();
        }
        (None, Some(close)) => {
            end = close.start() + (close.as_str().len() - close.as_str().trim_start().len());
            start -= address[..start].len() - address[..start].trim_end_matches(sep).len();
        }
        _ => {}
    }
    let rest = format!("{} {}", &address[..start], &address[end..]);
    let rest = rest.trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | '、' | '。'));
    // (The ` / ` between a point's two addresses stays as it is.)
    let rest = rest.split(" / ").map(crate::text::collapse_wrap_spaces).collect::<Vec<_>>().join(" / ");
    Some((rest, c[2].to_string()))
}

/// The six digits of a cell holding a postcode alone (`100000`, `2100 19`): printed beside a
/// record's fields on a page whose `邮编` column went unnamed, it is the record's postcode,
/// not noise. (China's postcodes open with 0 to 8.)
pub fn postcode_alone(cell: &str) -> Option<String> {
    let digits: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let b = digits.as_bytes();
    (b.len() == 6 && b.iter().all(u8::is_ascii_digit) && b[0] != b'9').then_some(digits)
}

/// Takes a labelled phone closing a cleaned address (`…18号 电话:0571-87051234`, or in a
/// bracket of its own: `…18号(电话:0571-…)`) out of it: (address without it, the label and
/// numbers). A number to call is no part of the address; it is one of the record's phones.
pub fn split_labelled_phone(address: &str) -> Option<(String, String)> {
    if !address.contains("电话") && !address.contains("Tel") && !address.contains("TEL") {
        return None;
    }
    let at = ["联系电话", "咨询电话", "办公电话", "电话", "Tel", "TEL"].iter().filter_map(|l| address.find(l)).min()?;
    let head = address[..at].trim_end();
    let (head, numbers) = match head.strip_suffix('(') {
        Some(h) => (h, address[at..].strip_suffix(')')?),
        None => (head, &address[at..]),
    };
    let head = head.trim_end_matches(|c: char| matches!(c, ',' | ';' | '、' | '/') || c.is_whitespace());
    (crate::text::cjk_count(head) >= 4 && crate::text::bracket_balance(head) == 0 && crate::phone::reads_as_numbers(numbers))
        .then(|| (head.to_string(), numbers.trim().to_string()))
}

/// True for whitespace or a mark parting the items of a list (`,` `;` `、`, either width).
fn separates_list_items(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | '、' | '，' | '；')
}

/// Takes office hours (in brackets, or closing the address) and web or e-mail addresses
/// out of a cleaned address: (address without them, each as a note). They are no part of
/// the address a visitor reads, and analysts join on the address.
pub fn split_contact_remarks(address: &str) -> Option<(String, Vec<String>)> {
    // (Cheap test first: most addresses hold none of these characters.)
    if !address.contains(['@', ':', 'w', 'W', 'Q', 'q', '微']) {
        return None;
    }
    let mut notes = Vec::new();
    let mut text = address.to_string();
    crate::phone::take_web_addresses(&mut text, &mut notes);
    if text.contains(':') {
        let re = crate::phone::hours_re();
        // Hours printed as a list (`周一至周五 9:00-12:00, 13:30-17:00`) are one run: a
        // match joined to the one before it by nothing but separators.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for m in re.find_iter(&text) {
            match runs.last_mut() {
                Some(run) if text[run.1..m.start()].chars().all(separates_list_items) => run.1 = m.end(),
                _ => runs.push((m.start(), m.end())),
            }
        }
        // A bracket holding the hours alone, or hours closing the address.
        let found = runs.into_iter().find_map(|(start, end)| {
            let before = text[..start].trim_end();
            let after = text[end..].trim_start();
            if before.ends_with('(') && after.starts_with(')') {
                Some((before.len() - 1, text.len() - after.len() + 1))
            } else if after.trim_matches(|c: char| matches!(c, ')' | ';' | ',' | '.' | '。')).is_empty()
                && !before.is_empty()
                && crate::text::bracket_balance(before) == 0
            {
                Some((before.len(), text.len()))
            } else {
                None
            }
        });
        if let Some((start, end)) = found {
            let hours = text[start..end].trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ';' | ',' | '.' | '。'));
            notes.push(crate::text::collapse_wrap_spaces(hours));
            text.replace_range(start..end, " ");
        }
    }
    if notes.is_empty() {
        return None;
    }
    // (A bracket that held only what was taken goes with it: `…1号(邮箱: …)`.)
    let text = without_empty_brackets(&text);
    let rest = text.trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | '、' | '。'));
    Some((crate::text::collapse_wrap_spaces(rest), notes))
}

/// The text without bracket pairs holding nothing but whitespace (`( )`, `（）`).
fn without_empty_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open..];
        let inner = after.char_indices().skip(1).find(|(_, c)| !c.is_whitespace());
        match inner {
            Some((i, ')' | '）')) => {
                out.push_str(&rest[..open]);
                rest = &after[i + after[i..].chars().next().map_or(1, char::len_utf8)..];
            }
            _ => {
                let step = open + after.chars().next().map_or(1, char::len_utf8);
                out.push_str(&rest[..step]);
                rest = &rest[step..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The addresses of a cell that numbers them (`1.宁波市… 2.宁波市…`, `1、… 2、…`): each
/// after its number, when there are two or more, counting up from 1, each opening with a
/// place. `None` otherwise.
fn numbered_addresses(text: &str) -> Option<Vec<&str>> {
    let g = Gazetteer::get();
    let t = text.trim_start();
    let mut parts = Vec::new();
    let mut n = 1u32;
    let mut rest = t.strip_prefix('1')?;
    loop {
        let body = rest.trim_start().strip_prefix(['.', '、'])?.trim_start();
        g.place_at_start(body)?;
        n += 1;
        // The next number, after a space or a mark, before its own `.`/`、`.
        let next = n.to_string();
        let cut = body.match_indices(next.as_str()).find(|&(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + next.len()..].trim_start();
            before.is_some_and(|c| c.is_whitespace() || matches!(c, ';' | '；' | ',' | '，'))
                && after.starts_with(['.', '、'])
                && g.place_at_start(after[after.chars().next().map_or(0, char::len_utf8)..].trim_start()).is_some()
        });
        match cut {
            Some((i, _)) => {
                parts.push(body[..i].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '；' | ',' | '，')));
                rest = &body[i + next.len()..];
            }
            None => {
                parts.push(body);
                break;
            }
        }
    }
    (parts.len() >= 2).then_some(parts)
}

/// Cleans an address cell; two addresses of one point printed in one cell (the second
/// starting with a district and a street after the first has its number) are joined
/// with ` / `.
pub fn split_two_addresses(raw: &str) -> String {
    let g = Gazetteer::get();
    let canon = crate::text::canonical_chars(raw);
    if let Some(parts) = numbered_addresses(&canon) {
        return parts.iter().map(|p| clean_field(p)).collect::<Vec<_>>().join(" / ");
    }
    if canon.contains('/') || canon.contains(';') || canon.contains('、') {
        // A printed `/` or `；` separates two addresses only outside brackets and when what
        // follows starts with a place name (`…16号/贵州省贵阳市…`); `24/25号窗口` and
        // `工作/居留` are not address breaks.
        let cleaned = clean_field(&canon);
        let mut out = String::with_capacity(cleaned.len() + 8);
        let mut depth = 0i32;
        for (i, c) in cleaned.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            let rest = cleaned[i + c.len_utf8()..].trim_start();
            // `、` lists windows (`23、24号`) more often than addresses: only after an address
            // that ended on a number's unit or a room.
            let ended = || out.trim_end().ends_with(['号', '室', '楼', '层', '口', '厅', '院']);
            let mark = matches!(c, '/' | ';') || (c == '、' && ended());
            if mark && depth == 0 && g.place_at_start(rest).is_some() {
                out.truncate(out.trim_end().len());
                out.push_str(" / ");
                continue;
            }
            out.push(c);
        }
        return out;
    }
    // The current part is a span of `canon` (its whitespace is the printed one: cleaning
    // removes it the same way as the single spaces a rebuilt string would hold).
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut cur_starts_place = false;
    for tok in canon.split_whitespace() {
        let start = tok.as_ptr() as usize - canon.as_ptr() as usize;
        let end = start + tok.len();
        // Cheap tests first: a second address needs a street word and a first one with a number.
        if let Some((s, e)) = cur {
            // A town alone (`九江镇行政服务中心`) names a building's place, not a second street.
            let streetish = tok.contains(['路', '街', '巷']) || tok.contains("大道");
            // Inside a bracket the first address left open (`…1楼( 洪山礼堂对面…)`) is a remark.
            let open = || crate::text::bracket_balance(&canon[s..e]) > 0;
            if streetish && cur_starts_place && addr_start_re().is_match(&canon[s..e]) && !open() {
                let starts_place = g.place_at_start(tok).is_some_and(|m| g.div(m.candidates[0]).level != Level::Province);
                if starts_place {
                    parts.push(clean_field(&canon[s..e]));
                    cur = None;
                }
            }
        }
        match &mut cur {
            Some((_, e)) => *e = end,
            None => {
                cur_starts_place = g.place_at_start(tok).is_some();
                cur = Some((start, end));
            }
        }
    }
    let last = cur.map_or_else(String::new, |(s, e)| clean_field(&canon[s..e]));
    if parts.is_empty() {
        return last;
    }
    parts.push(last);
    parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" / ")
}

/// What the document says of a record's place outside its name and address.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceHints<'a> {
    /// The province of the record's section.
    pub section_province: Option<usize>,
    /// The caption and value of the row's city or district column (`市州`, `株洲市`); an
    /// empty caption for a place-name cell outside any field.
    pub printed_region: Option<(&'a str, &'a str)>,
}

/// Resolves divisions, corrects certain place-name OCR errors, fills `address_full` and
/// flags contradictions between the fields.
pub fn place(
    mut institution: String,
    mut address: String,
    phones: &mut [Phone],
    hints: PlaceHints<'_>,
    src: &Arc<str>,
    lines: (u32, u32),
    findings: &mut Vec<Finding>,
) -> Placed {
    let PlaceHints { section_province, printed_region } = hints;
    let g = Gazetteer::get();
    let area_prefs: Vec<u32> =
        phones.iter().filter_map(|p| p.area_code.as_deref()).flat_map(|a| g.area(a).iter().map(|e| e.prefecture_code)).collect();

    // OCR errors at the start of a name or address (`古林市` → `吉林市`, `口市` → `海口市`).
    if let Some(p) = section_province {
        correct_place_prefixes(&mut institution, &mut address, p, &area_prefs, src, lines, findings);
    }

    // Places are looked up in simplified form: a traditional-Chinese document
    // (`瀋陽市渾南區…`) names the same divisions (the fields stay as printed).
    // (Owned: a field corrected once the province is settled is read again.)
    let looked_up = |field: &str| crate::variants::simplified_text(squash(field)).into_owned();
    let mut addr_sq = looked_up(&address);
    let mut inst_sq0 = looked_up(&institution);
    let mut addr_res = g.resolve(&addr_sq, section_province, &area_prefs);
    let mut inst_res = g.resolve(&inst_sq0, section_province, &area_prefs);
    // A name that starts with a full place name of another province is checked too.
    if inst_res.prefecture.is_none() && g.place_at_start(&inst_sq0).is_some_and(|m| !m.short) {
        let free = g.resolve(&inst_sq0, None, &area_prefs);
        if free.prefecture.is_some() && !compatible(free.province, section_province) {
            inst_res = free;
        }
    }
    // An address that names nothing in the section's province may name another province:
    // only a full place name at its start counts (short stems match inside other words).
    if addr_res.prefecture.is_none() && g.place_at_start(&addr_sq).is_some_and(|m| !m.short) {
        let addr_free = g.resolve(&addr_sq, None, &area_prefs);
        if addr_free.province.is_some() && !compatible(addr_free.province, section_province) {
            addr_res = addr_free;
        }
    }

    // Province: the section's, unless the record's own address and area codes agree on
    // another one.
    let mut province = section_province;
    let phone_provinces: Vec<usize> = phones
        .iter()
        .filter_map(|p| p.area_code.as_deref())
        .flat_map(|a| g.area(a).iter().filter_map(|e| g.province_by_name(&e.province)))
        .collect();
    // A provincial body names its province first (`新疆生产建设兵团外国专家局`).
    let inst_first = g.place_at_start(&inst_sq0).filter(|m| !m.short);
    if let Some(m) = &inst_first {
        let cand = m.candidates[0];
        if g.div(cand).level == Level::Province && Some(cand) != section_province {
            let before = section_province.map(|p| g.div(p).name.clone()).unwrap_or_default();
            province = Some(cand);
            findings.push(
                Finding::new(FindingCode::ProvinceMismatch, src, lines)
                    .field("province")
                    .change(before.clone(), g.div(cand).name.clone())
                    .msg(format!("section is {before} but the institution is a body of {}; record placed there", g.div(cand).name)),
            );
        }
    }
    if let (Some(sec), Some(ap)) = (province, addr_res.province) {
        if !compatible(Some(ap), Some(sec)) {
            let agrees = phone_provinces.contains(&ap) || inst_res.province == Some(ap);
            let name_sec = g.div(sec).name.clone();
            let name_ap = g.div(ap).name.clone();
            if agrees && province == section_province {
                province = Some(ap);
            }
            findings.push(
                Finding::new(FindingCode::ProvinceMismatch, src, lines)
                    .field("province")
                    .change(name_sec.clone(), g.div(province.unwrap_or(sec)).name.clone())
                    .msg(if agrees {
                        format!("section is {name_sec} but the address (and name or area code) is in {name_ap}; record placed in {name_ap}")
                    } else {
                        format!("section is {name_sec} but the address names a place in {name_ap}")
                    }),
            );
        }
    }
    // An address naming no province leaves the name and the numbers: a name opening with a
    // full place name of another province, whose area code is there too, places the record
    // there (its section's start, a 序号 or province cell, was lost).
    if let (Some(sec), None, Some(ip), Some(_)) = (province, addr_res.province, inst_res.province, &inst_first) {
        if province == section_province && !compatible(Some(ip), Some(sec)) && phone_provinces.contains(&ip) {
            let (name_sec, name_ip) = (g.div(sec).name.clone(), g.div(ip).name.clone());
            province = Some(ip);
            findings.push(
                Finding::new(FindingCode::ProvinceMismatch, src, lines).field("province").change(name_sec.clone(), name_ip.clone()).msg(
                    format!("section is {name_sec} but the institution and its area code are in {name_ip}; record placed in {name_ip}"),
                ),
            );
        }
    }
    if province.is_none() {
        province = addr_res.province.or(inst_res.province);
    }
    // Once the province is settled, read the places again within it (the starts of name
    // and address corrected against its divisions, when the section's did not fit).
    if let Some(p) = province.filter(|&p| Some(p) != section_province) {
        if correct_place_prefixes(&mut institution, &mut address, p, &area_prefs, src, lines, findings) {
            addr_sq = looked_up(&address);
            inst_sq0 = looked_up(&institution);
        }
    }
    if province != section_province && province.is_some() {
        addr_res = g.resolve(&addr_sq, province, &area_prefs);
        inst_res = g.resolve(&inst_sq0, province, &area_prefs);
    }

    // City and district: the address first, then the name.
    let pick = |r: &Resolution| -> bool { r.prefecture.is_some() && (r.province.is_none() || compatible(r.province, province)) };
    let res = if pick(&addr_res) {
        addr_res.clone()
    } else if pick(&inst_res) {
        inst_res.clone()
    } else {
        Resolution::default()
    };
    let mut district = res.county;
    if district.is_none() && res.prefecture.is_some() && res.prefecture == inst_res.prefecture {
        district = inst_res.county;
    }
    // A municipality is its own city even when the address names no district.
    let mut city = res.prefecture.or(province.filter(|&p| g.is_municipality(p)));
    // Else the row's city or district column (`市州: 株洲市`), when it names a division of
    // the province: printed for this row, it outranks an area code.
    if let (None, Some(_), Some((caption, value))) = (city, province, printed_region) {
        let printed = g.resolve(&crate::variants::simplified_text(squash(value)), province, &area_prefs);
        if let Some(c) = printed.prefecture.filter(|_| pick(&printed)) {
            city = Some(c);
            if district.is_none() {
                district = printed.county;
            }
            findings.push(Finding::new(FindingCode::CityFromColumn, src, lines).field("city").change("", g.div(c).name.clone()).msg(
                if caption.is_empty() {
                    format!("no city named in the address or the name; a place-name cell of its row names {}", g.div(c).name)
                } else {
                    format!("no city named in the address or the name; the {caption} column names {}", g.div(c).name)
                },
            ));
        }
    }
    // Else the area codes, when they all point to one city of the province.
    if city.is_none() && !(address.is_empty() && institution.is_empty()) {
        let mut served: Vec<u32> = phones
            .iter()
            .filter(|p| p.kind != PhoneKind::Mobile)
            .filter_map(|p| p.area_code.as_deref())
            .map(|a| g.area(a).iter().map(|e| e.prefecture_code).collect::<Vec<_>>())
            .filter(|v| v.len() == 1)
            .flatten()
            .collect();
        served.sort_unstable();
        served.dedup();
        if let [only] = served.as_slice() {
            if let Some(c) = g.by_code(*only).filter(|&c| compatible(Some(g.province_of(c)), province)) {
                city = Some(c);
                findings.push(
                    Finding::new(FindingCode::CityFromAreaCode, src, lines)
                        .field("city")
                        .change("", g.div(c).name.clone())
                        .msg(format!("no city named; the area code serves only {}", g.div(c).name)),
                );
            }
        }
    }

    let resolved = Resolved {
        province,
        city,
        district,
        inst_city: inst_res.prefecture,
        inst_province: inst_res.province,
        addr_city: addr_res.prefecture,
    };
    check_places(&resolved, &institution, &address, phones, findings, src, lines);

    let province_name = province.map_or("", |p| g.div(p).name.as_str());
    let name_of = |i: Option<usize>| i.map(|i| g.div(i).name.as_str());
    let code_of = |i: Option<usize>| i.map(|i| g.div(i).code_text.as_str());
    let address_full = full_address(&address, [province, city, district]);
    Placed {
        institution,
        address,
        province_code: code_of(province),
        province_name,
        city: name_of(city),
        city_code: code_of(city),
        district: name_of(district),
        district_code: code_of(district),
        address_full,
    }
}

/// What [`place`] resolved for a record, as its cross-field checks read it.
struct Resolved {
    province: Option<usize>,
    city: Option<usize>,
    district: Option<usize>,
    /// The city and province the name names, and the city the address names.
    inst_city: Option<usize>,
    inst_province: Option<usize>,
    addr_city: Option<usize>,
}

/// Flags what a record's resolved places contradict or leave open: a name and an address in
/// different cities, a name in another province than the section's, a former division, no
/// city at all, and each number whose area code serves neither the record's city nor its
/// province (flagged on the number too).
fn check_places(
    r: &Resolved,
    institution: &str,
    address: &str,
    phones: &mut [Phone],
    findings: &mut Vec<Finding>,
    src: &Arc<str>,
    lines: (u32, u32),
) {
    let g = Gazetteer::get();
    let (province, city, district) = (r.province, r.city, r.district);
    // Institution and address in different cities.
    if let (Some(ic), Some(ac)) = (r.inst_city, r.addr_city) {
        // A short name inside a longer one (`杭州湾新区` is in 宁波) is weak evidence: it
        // counts only when the phones do not back the address's city.
        let named_in_full = squash(institution).contains(g.div(ic).name.as_str());
        let ac_code = g.div(ac).code;
        let codes: Vec<&str> = phones.iter().filter_map(|p| p.area_code.as_deref()).collect();
        let phones_back_address = !codes.is_empty() && codes.iter().all(|a| g.area(a).iter().any(|e| e.prefecture_code == ac_code));
        let doubtful = named_in_full || !phones_back_address;
        if doubtful && ic != ac && g.div(ic).level != Level::Province && g.div(ac).level != Level::Province {
            findings.push(
                Finding::new(FindingCode::AddressCityMismatch, src, lines)
                    .field("address")
                    .change(g.div(ic).name.clone(), g.div(ac).name.clone())
                    .msg(format!("the institution names {} but the address is in {}", g.div(ic).name, g.div(ac).name)),
            );
        }
    }
    if let (Some(sec), Some(ip)) = (province, r.inst_province) {
        if !compatible(Some(ip), Some(sec)) && !findings.iter().any(|f| f.code == FindingCode::ProvinceMismatch) {
            findings.push(
                Finding::new(FindingCode::ProvinceMismatch, src, lines)
                    .field("institution")
                    .change(g.div(sec).name.clone(), g.div(ip).name.clone())
                    .msg(format!("section is {} but the institution names a place in {}", g.div(sec).name, g.div(ip).name)),
            );
        }
    }

    // Former divisions.
    for d in [city, district].into_iter().flatten() {
        let div = g.div(d);
        if !div.current {
            let successor = g
                .divisions
                .iter()
                .find(|x| x.current && x.level == div.level && !x.short.is_empty() && x.short == div.short && x.code != div.code)
                .map(|x| format!("{} ({})", x.name, x.code))
                .unwrap_or_else(|| "not recorded in the embedded division table".to_string());
            findings.push(
                Finding::new(FindingCode::DivisionFormer, src, lines)
                    .field("address")
                    .change(div.name.clone(), div.name.clone())
                    .msg(format!("{} ({}) is a former division; successor: {successor}", div.name, div.code)),
            );
        }
    }
    // (Hong Kong, Macau and Taiwan: the division table lists no cities of theirs to name.)
    let lists_cities = province.is_none_or(|p| crate::phone::region_country_code(g.div(p).code).is_none());
    if city.is_none() && lists_cities && !(address.is_empty() && institution.is_empty()) {
        findings.push(
            Finding::new(FindingCode::DivisionUnresolved, src, lines)
                .field("address")
                .msg("no city named in the address or the institution"),
        );
    }

    // Area codes against the record's city (or province).
    for p in phones.iter_mut() {
        let Some(area) = p.area_code.clone() else { continue };
        if p.kind == PhoneKind::Mobile || g.area(&area).is_empty() {
            continue;
        }
        let serves_city = city.map(|c| {
            g.area(&area).iter().any(|e| {
                e.prefecture_code == g.div(c).code || Some(e.prefecture_code) == g.div(c).parent.filter(|_| g.div(c).level == Level::County)
            })
        });
        let serves_province =
            province.map(|pv| g.area(&area).iter().any(|e| g.province_by_name(&e.province).is_some_and(|ep| g.compatible(ep, pv))));
        // An area code of the institution's own city is not the phone's fault when the
        // address is elsewhere (address_city_mismatch says that).
        let serves_institution = r.inst_city.is_some_and(|ip| g.area(&area).iter().any(|e| e.prefecture_code == g.div(ip).code));
        let bad = !serves_institution && matches!((serves_city, serves_province), (Some(false), _) | (None, Some(false)));
        if bad {
            let expected = city
                .map(|c| g.area_codes_for(g.div(c).code))
                .filter(|v| !v.is_empty())
                .map(|v| v.join("/"))
                .unwrap_or_else(|| "another code".to_string());
            let served = g.area(&area).iter().map(|e| e.prefecture.clone()).collect::<Vec<_>>().join("、");
            let place = city.or(province).map(|c| g.div(c).name.clone()).unwrap_or_default();
            p.flags.push(FindingCode::PhoneAreaCodeMismatch);
            findings.push(
                Finding::new(FindingCode::PhoneAreaCodeMismatch, src, lines)
                    .field("phones")
                    .change(p.display(), p.display())
                    .msg(format!("area code {area} serves {served}, not {place}; expected {expected}")),
            );
        }
    }
}

/// Two provinces that may both hold a record: equal, or 新疆 and the 新疆生产建设兵团, whose
/// cities are divisions of 新疆 (the gazetteer gives the Corps no children of its own).
pub fn compatible(a: Option<usize>, b: Option<usize>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => Gazetteer::get().compatible(x, y),
        _ => true,
    }
}

/// The address with the upper levels it leaves out, for geocoders: a level is prefixed
/// unless the address already names it (in full or short form) or starts below it with a
/// province name of its own (`新疆乌鲁木齐市…` under 新疆生产建设兵团). A level named only
/// after an opening place below it is a landmark's name, not the address's top.
fn full_address(address: &str, levels: [Option<usize>; 3]) -> String {
    let g = Gazetteer::get();
    if address.is_empty() {
        return String::new();
    }
    // An address printed in English takes no Chinese place names before it.
    if !address.chars().any(crate::text::is_cjk) && address.bytes().filter(u8::is_ascii_alphabetic).nth(3).is_some() {
        return address.to_string();
    }
    let first = address.split(" / ").next().unwrap_or(address);
    // Compared in simplified form (a traditional-Chinese address names 瀋陽市 as 沈阳市).
    let simple = crate::variants::to_simplified(first);
    let named_in = simple.as_deref().unwrap_or(first);
    let opening_province =
        g.place_at_start(named_in).filter(|m| m.candidates.iter().any(|&c| g.div(c).level == Level::Province)).map(|m| m.end);
    // The distinct levels, top first (municipalities are their own city).
    let mut present: Vec<(usize, usize)> = Vec::new();
    for (k, level) in levels.into_iter().enumerate() {
        if let Some(i) = level.filter(|i| !present.iter().any(|&(_, p)| p == *i)) {
            present.push((k, i));
        }
    }
    // Decided bottom up: a level below that is prefixed needs every level above it too.
    let mut prefixed = vec![false; present.len()];
    for idx in (0..present.len()).rev() {
        let (k, i) = present[idx];
        if k == 0 && opening_province.is_some() {
            continue;
        }
        let d = g.div(i);
        let named = named_in.contains(&d.name) || (!d.short.is_empty() && d.short.chars().count() >= 2 && names_place(named_in, &d.short));
        // An address opening with a level below names this one later as a landmark
        // (`雨城区正和路1号,雅安市行政中心`): the opening place is the address's top.
        let opens_lower = present[idx + 1..].iter().any(|&(_, j)| {
            let low = g.div(j);
            named_in.starts_with(&low.name) || (low.short.chars().count() >= 2 && named_in.starts_with(&low.short))
        });
        prefixed[idx] = !named || opens_lower || prefixed[idx + 1..].iter().any(|&p| p);
    }
    let missing: String = present.iter().zip(&prefixed).filter(|(_, &p)| p).map(|(&(_, i), _)| g.div(i).name.as_str()).collect();
    // Levels an address opening with its province leaves out go after the province's name.
    let at = opening_province.map_or(0, |end| {
        let chars = named_in[..end].chars().count();
        first.char_indices().nth(chars).map_or(first.len(), |(b, _)| b)
    });
    format!("{}{}{}", &first[..at], missing, &first[at..])
}

/// Whether an address names a place by its short name (`河北`) somewhere not as a street's
/// name: `河北大街`, `山东路`, `四川北路` are streets in other provinces' cities.
fn names_place(address: &str, short: &str) -> bool {
    address.match_indices(short).any(|(i, _)| {
        let rest = address[i + short.len()..].trim_start_matches(['东', '南', '西', '北', '中']);
        !(rest.starts_with(['路', '街', '道', '巷', '桥']) || rest.starts_with("大街") || rest.starts_with("大道"))
    })
}

/// Words for kinds of zone, not names of places: a field opening with one is not a place
/// name OCR misread.
const ZONE_WORDS: &[&str] = &[
    "开发区",
    "高新区",
    "保税区",
    "工业区",
    "示范区",
    "试验区",
    "实验区",
    "自贸区",
    "管理区",
    "合作区",
    "功能区",
    "商务区",
    "旅游区",
    "度假区",
    "经济区",
    "产业区",
    "综合区",
    "园区",
    "港区",
    "城区",
    "市区",
    "郊区",
    "矿区",
    "林区",
    "景区",
    "社区",
    "片区",
    "辖区",
    "本市",
    "全市",
    "各市",
    "全县",
    "本县",
    "全区",
    "本区",
];

/// [`correct_place_prefix`] on a record's name and address, each correction a finding: true
/// when either changed (and is to be read again).
fn correct_place_prefixes(
    institution: &mut String,
    address: &mut String,
    province: usize,
    area_prefs: &[u32],
    src: &Arc<str>,
    lines: (u32, u32),
    findings: &mut Vec<Finding>,
) -> bool {
    let mut changed = false;
    for (field, value) in [("institution", institution), ("address", address)] {
        if let Some((fixed, why)) = correct_field_start(value, province, area_prefs) {
            findings
                .push(Finding::new(FindingCode::PlaceNameCorrected, src, lines).field(field).change(value.clone(), fixed.clone()).msg(why));
            *value = fixed;
            changed = true;
        }
    }
    changed
}

const PREFIX_ONLY: &str = "place name at the start corrected: the only division of the province one character away";
const PREFIX_SERVED: &str =
    "place name at the start corrected: of the divisions of the province one character away, the only one the phones' area code serves";

/// The place names opening a field, corrected where OCR misread one character
/// ([`correct_province_name`], [`correct_county_after_city`], [`correct_place_prefix_served`]),
/// with why; the field squashed and looked up once for all three.
fn correct_field_start(value: &str, province: usize, area_prefs: &[u32]) -> Option<(String, &'static str)> {
    let g = Gazetteer::get();
    let sq = squash(value);
    if sq.is_empty() {
        return None;
    }
    let prefix =
        || prefix_served_unplaced(&sq, province, area_prefs).map(|(f, by_area)| (f, if by_area { PREFIX_SERVED } else { PREFIX_ONLY }));
    match g.place_at_start(&sq) {
        Some(m) => correct_county_after_city(&sq, &m, province)
            .map(|f| (f, "county name after its city corrected: the only county of the city one character away")),
        // (A name in traditional forms, `黑龍江省`, is no misread.)
        None if crate::variants::to_simplified(&sq).is_some() => prefix(),
        None => correct_province_name(&sq, province)
            .map(|f| (f, "the section's province, one character misread at the start, corrected"))
            .or_else(prefix),
    }
}

/// Corrects the section's province's full name misread by one character at the start of a
/// field (`淅江省科学技术厅` → `浙江省…`, `黑龙汀省…` → `黑龙江省…`): same length, its last
/// character (省, 区, 市) kept, the misread no place's name (`sq`, squashed, opens with none).
fn correct_province_name(sq: &str, province: usize) -> Option<String> {
    let name = &Gazetteer::get().div(province).name;
    let n = name.chars().count();
    let head = sq.char_indices().nth(n).map_or(sq, |(cut, _)| &sq[..cut]);
    let misread = n >= 3
        && head.chars().last() == name.chars().last()
        && crate::text::one_character_apart(head, name)
        && head.chars().all(crate::text::is_cjk);
    misread.then(|| format!("{name}{}", &sq[head.len()..]))
}

/// Corrects a county's name misread right after its city's (`杭州市上成区…` → `杭州市上城区…`,
/// `南京市建业区` → `南京市建邺区`) when exactly one county of that city is one character
/// substituted away, its last character (区, 县, 市, 旗) kept; the misread is no place's name
/// and no zone's word (`高新区`). `sq` is squashed and `m` the place it opens with.
fn correct_county_after_city(sq: &str, m: &crate::gazetteer::PlaceMatch<'_>, province: usize) -> Option<String> {
    let g = Gazetteer::get();
    if m.short {
        return None;
    }
    // (A document read in simplified forms keeps its own: none is corrected here; the
    // match's offsets are the read text's.)
    let std::borrow::Cow::Borrowed(read) = crate::variants::as_read(sq) else { return None };
    let city = m.candidates.iter().copied().find(|&i| g.div(i).level == Level::Prefecture && g.province_of(i) == province)?;
    let rest = &read[m.end..];
    // (Most addresses go on with a real county's name or a street: no lookup below.)
    let (end, kind) = rest.char_indices().take(6).find(|(_, c)| matches!(c, '市' | '县' | '区' | '旗'))?;
    let head_text = &rest[..end + kind.len_utf8()];
    let n = head_text.chars().count();
    if n < 3 || !head_text.chars().all(crate::text::is_cjk) || ZONE_WORDS.iter().any(|z| head_text.ends_with(z)) {
        return None;
    }
    if g.place_at_start(rest).is_some() {
        return None;
    }
    let city_code = g.div(city).code;
    let mut hits = g.divisions.iter().filter(|d| {
        d.current
            && d.level == Level::County
            && d.parent == Some(city_code)
            && d.name.ends_with(kind)
            && crate::text::one_character_apart(&d.name, head_text)
    });
    let (Some(county), None) = (hits.next(), hits.next()) else { return None };
    Some(format!("{}{}{}", &read[..m.end], county.name, &rest[head_text.len()..]))
}

/// Corrects a place name at the start of a field when exactly one prefecture or county of
/// the province is one OCR error away: one character substituted (`古林市` → `吉林市`), the
/// first character lost (`口市` → `海口市`), or one stray character before it
/// (`河来宾市` → `来宾市`).
pub fn correct_place_prefix(value: &str, province: usize) -> Option<String> {
    correct_place_prefix_served(value, province, &[]).map(|(fixed, _)| fixed)
}

/// [`correct_place_prefix`], and where several divisions are one error away (`沉阳市`: 沈阳市
/// and 辽阳市), the one whose prefecture is among `area_prefs` (the prefectures the record's
/// area codes serve) when exactly one is; true then.
fn correct_place_prefix_served(value: &str, province: usize, area_prefs: &[u32]) -> Option<(String, bool)> {
    let sq = squash(value);
    if sq.is_empty() || Gazetteer::get().place_at_start(&sq).is_some() {
        return None;
    }
    prefix_served_unplaced(&sq, province, area_prefs)
}

/// [`correct_place_prefix_served`] of a squashed text that opens with no place's name.
fn prefix_served_unplaced(sq: &str, province: usize, area_prefs: &[u32]) -> Option<(String, bool)> {
    let g = Gazetteer::get();
    // (A place printed in its traditional form, `秦皇島市`, is no OCR error.)
    if crate::variants::to_simplified(sq).is_some_and(|s| g.place_at_start(&s).is_some()) {
        return None;
    }
    let chars: Vec<char> = sq.chars().collect();
    // The leading name ends at the first 市/州/盟/县/区 within 5 characters.
    let end = chars.iter().take(6).position(|c| matches!(c, '市' | '州' | '盟' | '县' | '区' | '旗'))?;
    let head: String = chars[..=end].iter().collect();
    // A zone word (`开发区管委会`, `高新区…`) is no misread place name (`开平区`).
    if ZONE_WORDS.iter().any(|z| head.ends_with(z)) {
        return None;
    }
    let rest: String = chars[end + 1..].iter().collect();
    let hc: Vec<char> = head.chars().collect();
    // Only a character can be misread as another (`(昆山市…` is a bracket before 昆山市).
    if !hc.iter().all(|&c| crate::text::is_cjk(c)) {
        return None;
    }
    let mut hits: Vec<String> = Vec::new();
    for nc in g.names_in_province(province) {
        let subst =
            nc.len() == hc.len() && nc.len() >= 3 && nc.iter().zip(&hc).filter(|(a, b)| a != b).count() == 1 && nc.last() == hc.last();
        let lost_first = nc.len() == hc.len() + 1 && hc.len() >= 2 && nc[1..] == hc[..];
        // (A road's word, or the 道 of a 街道 or 大道, before the name is the street cut before
        // it, `…德民` + `路顺德区…`: no stray character.)
        let stray_first = hc.len() == nc.len() + 1
            && nc.len() >= 3
            && hc[1..] == nc[..]
            && !crate::rows::continuation::ROAD_WORDS.contains(&hc[0])
            && hc[0] != '道';
        if subst || lost_first || stray_first {
            hits.push(nc.iter().collect());
        }
    }
    hits.sort_unstable();
    hits.dedup();
    if hits.len() == 1 {
        return Some((format!("{}{}", hits[0], rest), false));
    }
    let served = |name: &String| {
        g.place_at_start(name).is_some_and(|m| {
            m.candidates
                .iter()
                .any(|&i| g.province_of(i) == province && g.prefecture_of(i).is_some_and(|pf| area_prefs.contains(&g.div(pf).code)))
        })
    };
    let mut served_hits = hits.iter().filter(|h| served(h));
    match (served_hits.next(), served_hits.next()) {
        (Some(h), None) => Some((format!("{h}{rest}"), true)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_or_listed_addresses_are_joined_with_a_slash() {
        assert_eq!(
            split_two_addresses("1.宁波市鄞州区宁穿路 2001 号 2.宁波市北仑区新碶街道 1 号"),
            "宁波市鄞州区宁穿路2001号 / 宁波市北仑区新碶街道1号"
        );
        assert_eq!(split_two_addresses("温州市鹿城区府东路 199 号、温州市瓯海区 1 号"), "温州市鹿城区府东路199号 / 温州市瓯海区1号");
        // Windows listed with 、 and a number opening a label stay one address.
        assert_eq!(split_two_addresses("东莞市莞城区东城西路 191 号 23、24 号窗口"), "东莞市莞城区东城西路191号23、24号窗口");
        assert_eq!(split_two_addresses("1号受理点:青岛市崂山区同安路891号"), "1号受理点:青岛市崂山区同安路891号");
    }

    #[test]
    fn office_hours_and_web_addresses_leave_the_address() {
        assert_eq!(
            split_contact_remarks("湖州市吴兴区仁皇山路666号(工作时间:9:00-17:00)"),
            Some(("湖州市吴兴区仁皇山路666号".to_string(), vec!["工作时间:9:00-17:00".to_string()]))
        );
        assert_eq!(
            split_contact_remarks("湖州市吴兴区仁皇山路666号 周一至周五 9:00-17:00"),
            Some(("湖州市吴兴区仁皇山路666号".to_string(), vec!["周一至周五 9:00-17:00".to_string()]))
        );
        // Hours of two spells are one note.
        assert_eq!(
            split_contact_remarks("湖州市吴兴区仁皇山路666号周一至周五 9:00-12:00, 13:30-17:00"),
            Some(("湖州市吴兴区仁皇山路666号".to_string(), vec!["周一至周五 9:00-12:00,13:30-17:00".to_string()]))
        );
        assert_eq!(
            split_contact_remarks("绍兴市越城区洋江西路589号 Email:kjj@sx.gov.cn"),
            Some(("绍兴市越城区洋江西路589号".to_string(), vec!["Email: kjj@sx.gov.cn".to_string()]))
        );
        // A bracket that held only the e-mail address or a messenger account goes with it.
        assert_eq!(
            split_contact_remarks("深圳市福田区福中三路1号(邮箱:kj@sz.gov.cn)"),
            Some(("深圳市福田区福中三路1号".to_string(), vec!["邮箱: kj@sz.gov.cn".to_string()]))
        );
        assert_eq!(
            split_contact_remarks("深圳市福田区福中三路1号(QQ群:123456789)"),
            Some(("深圳市福田区福中三路1号".to_string(), vec!["QQ群: 123456789".to_string()]))
        );
        assert_eq!(without_empty_brackets("a( )b（）c(d)"), "abc(d)");
        // Hours in the middle of the address, beside other text in a bracket, stay.
        assert_eq!(split_contact_remarks("湖州市仁皇山路666号(9:00-17:00开放)3楼"), None);
        assert_eq!(split_contact_remarks("1号受理点:青岛市崂山区同安路891号"), None);
    }

    #[test]
    fn a_street_named_after_a_province_does_not_name_it() {
        let g = Gazetteer::get();
        let hebei = g.province_by_name("河北").unwrap();
        assert_eq!(full_address("秦皇岛市海港区河北大街中段146号", [Some(hebei), None, None]), "河北省秦皇岛市海港区河北大街中段146号");
        let shandong = g.province_by_name("山东").unwrap();
        assert_eq!(full_address("青岛市市南区山东路9号", [Some(shandong), None, None]), "山东省青岛市市南区山东路9号");
        assert_eq!(full_address("中国山东青岛市市南区香港中路9号", [Some(shandong), None, None]), "中国山东青岛市市南区香港中路9号");
    }

    #[test]
    fn a_level_named_after_the_opening_place_is_still_prefixed() {
        let g = Gazetteer::get();
        let sichuan = g.province_by_name("四川").unwrap();
        let yaan = g.by_code(511800).unwrap();
        let yucheng = g.by_code(511802).unwrap();
        let levels = [Some(sichuan), Some(yaan), Some(yucheng)];
        // The city named later (a landmark) does not stand for the address's top.
        assert_eq!(full_address("雨城区正和路1号,雅安市行政中心", levels), "四川省雅安市雨城区正和路1号,雅安市行政中心");
        // Opening with it still does; prefixing a level below needs it prefixed too.
        assert_eq!(full_address("雅安市雨城区正和路1号", levels), "四川省雅安市雨城区正和路1号");
        assert_eq!(full_address("正和路1号雅安市行政中心", levels), "四川省雅安市雨城区正和路1号雅安市行政中心");
        assert_eq!(full_address("四川省雨城区正和路1号", levels), "四川省雅安市雨城区正和路1号");
        let beijing = g.province_by_name("北京").unwrap();
        let fengtai = g.by_code(110106).unwrap();
        assert_eq!(
            full_address("丰台区西三环南路1号北京市政务服务中心", [Some(beijing), Some(beijing), Some(fengtai)]),
            "北京市丰台区西三环南路1号北京市政务服务中心"
        );
    }

    #[test]
    fn zone_words_are_not_misread_place_names() {
        let g = Gazetteer::get();
        let hebei = g.province_by_name("河北").unwrap();
        assert_eq!(correct_place_prefix("开发区管委会", hebei), None);
        assert_eq!(correct_place_prefix("高新区创新路1号", hebei), None);
        let jilin = g.province_by_name("吉林").unwrap();
        assert_eq!(correct_place_prefix("古林市外国专家局", jilin).as_deref(), Some("吉林市外国专家局"));
    }

    #[test]
    fn a_place_printed_in_its_traditional_form_is_no_misread_character() {
        let g = Gazetteer::get();
        let hebei = g.province_by_name("河北").unwrap();
        assert_eq!(correct_place_prefix("秦皇島市外國專家局", hebei), None);
        // (An OCR error is still one: `秦皇鸟市` is one character from 秦皇岛市.)
        assert_eq!(correct_place_prefix("秦皇鸟市外国专家局", hebei).as_deref(), Some("秦皇岛市外国专家局"));
    }

    #[test]
    fn a_bracket_before_a_place_is_no_misread_character() {
        let jiangsu = Gazetteer::get().province_by_name("江苏").unwrap();
        assert_eq!(correct_place_prefix("(昆山市登云路268号)", jiangsu), None);
        assert_eq!(correct_place_prefix("昆山市登云路268号", jiangsu), None);
        // Nor a road's word cut from the street before the place.
        let guangdong = Gazetteer::get().province_by_name("广东").unwrap();
        assert_eq!(correct_place_prefix("路顺德区行政服务中心", guangdong), None);
    }

    #[test]
    fn postcodes_leave_the_address() {
        assert_eq!(
            split_postcode("南京市建邺区江东中路265号(邮编:210019)"),
            Some(("南京市建邺区江东中路265号".to_string(), "210019".to_string()))
        );
        assert_eq!(split_postcode("邮政编码 210019,南京市江东中路265号").map(|x| x.0), Some("南京市江东中路265号".to_string()));
        assert_eq!(split_postcode("南京市邮电路 5 号"), None);
        // A labelled phone closing the address is a phone, bracketed or not.
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(split_labelled_phone("上城区解放东路18号(电话:0571-87051234)"), pair("上城区解放东路18号", "电话:0571-87051234"));
        assert_eq!(split_labelled_phone("上城区解放东路18号,联系电话:0571-87051234"), pair("上城区解放东路18号", "联系电话:0571-87051234"));
        assert_eq!(split_labelled_phone("上城区电话局大楼3楼"), None);
        assert_eq!(split_labelled_phone("上城区解放东路18号(电话:0571-87051234)3楼"), None);
        // A bracket holding more than the postcode keeps the rest, balanced.
        assert_eq!(
            split_postcode("上城区解放东路18号(邮编:310026,电话:0571-87051234)").map(|x| x.0),
            Some("上城区解放东路18号(电话:0571-87051234)".to_string())
        );
        assert_eq!(
            split_postcode("上城区解放东路18号(电话:0571-87051234;邮编:310026)").map(|x| x.0),
            Some("上城区解放东路18号(电话:0571-87051234)".to_string())
        );
        assert_eq!(split_postcode("南京市江东中路265号"), None);
        // The ` / ` between a point's two addresses stays.
        assert_eq!(
            split_postcode("贵阳市南明区科学路16号 / 贵阳市南明区遵义路270号(邮编:550002)").map(|x| x.0),
            Some("贵阳市南明区科学路16号 / 贵阳市南明区遵义路270号".to_string())
        );
    }

    #[test]
    fn a_cell_of_six_digits_alone_is_a_postcode() {
        assert_eq!(postcode_alone(" 100000 ").as_deref(), Some("100000"));
        assert_eq!(postcode_alone("2100 19").as_deref(), Some("210019"));
        // Not a number of another length, not one opening with 9, nothing but digits.
        for t in ["10000", "1000000", "900000", "0571-8705", "邮编100000", "10000０", ""] {
            assert_eq!(postcode_alone(t), None, "{t}");
        }
    }

    #[test]
    fn place_name_corrections() {
        let g = Gazetteer::get();
        let jl = g.province_by_name("吉林").unwrap();
        assert_eq!(correct_place_prefix("古林市外国专家局", jl).as_deref(), Some("吉林市外国专家局"));
        let hn = g.province_by_name("海南").unwrap();
        assert_eq!(correct_place_prefix("口市龙华区公园路1号", hn).as_deref(), Some("海口市龙华区公园路1号"));
        let gx = g.province_by_name("广西").unwrap();
        assert_eq!(correct_place_prefix("河来宾市绿源路625号", gx).as_deref(), Some("来宾市绿源路625号"));
        assert_eq!(correct_place_prefix("吉林市松江中路65号", jl), None);
    }

    #[test]
    fn the_sections_province_misread_at_the_start_is_corrected() {
        let g = Gazetteer::get();
        let (zj, hlj, js) =
            (g.province_by_name("浙江").unwrap(), g.province_by_name("黑龙江").unwrap(), g.province_by_name("江苏").unwrap());
        assert_eq!(correct_field_start("淅江省科学技术厅", zj, &[]).map(|x| x.0).as_deref(), Some("浙江省科学技术厅"));
        assert_eq!(correct_field_start("黑龙汀省科学技术厅", hlj, &[]).map(|x| x.0).as_deref(), Some("黑龙江省科学技术厅"));
        // Its own name, another province's, or no province's name: left alone.
        assert_eq!(correct_field_start("浙江省科学技术厅", zj, &[]).map(|x| x.0), None);
        assert_eq!(correct_field_start("江西省科学技术厅", js, &[]).map(|x| x.0), None);
        assert_eq!(correct_field_start("杭州市科学技术局", zj, &[]).map(|x| x.0), None);
    }

    #[test]
    fn a_county_misread_after_its_city_is_corrected() {
        let g = Gazetteer::get();
        let (zj, js, sc) = (g.province_by_name("浙江").unwrap(), g.province_by_name("江苏").unwrap(), g.province_by_name("四川").unwrap());
        assert_eq!(correct_field_start("杭州市上成区解放东路18号", zj, &[]).map(|x| x.0).as_deref(), Some("杭州市上城区解放东路18号"));
        assert_eq!(correct_field_start("南京市建业区江东中路265号", js, &[]).map(|x| x.0).as_deref(), Some("南京市建邺区江东中路265号"));
        // A real county, a zone's word, a street, or no county near enough: left alone.
        assert_eq!(correct_field_start("杭州市上城区解放东路18号", zj, &[]).map(|x| x.0), None);
        assert_eq!(correct_field_start("成都市高新区锦城大道366号", sc, &[]).map(|x| x.0), None);
        assert_eq!(correct_field_start("杭州市解放东路18号", zj, &[]).map(|x| x.0), None);
        assert_eq!(correct_field_start("杭州市文化区18号", zj, &[]).map(|x| x.0), None);
    }

    #[test]
    fn a_misread_place_two_divisions_are_near_takes_the_one_its_area_code_serves() {
        let g = Gazetteer::get();
        let ln = g.province_by_name("辽宁").unwrap();
        // 沉阳市: 沈阳市 and 辽阳市 are one character away.
        assert_eq!(correct_place_prefix("沉阳市沈河区市府大路260号", ln), None);
        let code = |name: &str| g.div(g.place_at_start(name).unwrap().candidates[0]).code;
        let (shenyang, liaoyang) = (code("沈阳市"), code("辽阳市"));
        assert_eq!(
            correct_place_prefix_served("沉阳市沈河区市府大路260号", ln, &[shenyang]),
            Some(("沈阳市沈河区市府大路260号".to_string(), true))
        );
        assert_eq!(correct_place_prefix_served("沉阳市科学技术局", ln, &[liaoyang]), Some(("辽阳市科学技术局".to_string(), true)));
        assert_eq!(correct_place_prefix_served("沉阳市科学技术局", ln, &[shenyang, liaoyang]), None);
    }

    #[test]
    fn two_addresses_in_one_cell() {
        let a = split_two_addresses(
            "浦东新区花木街道,民生路 1500 号三楼, 17-19 窗口(外国人工作居留单一窗口) 徐汇区田林街道中山西路 1525 号 1 号楼",
        );
        assert_eq!(a, "浦东新区花木街道,民生路1500号三楼,17-19窗口(外国人工作居留单一窗口) / 徐汇区田林街道中山西路1525号1号楼");
        assert_eq!(
            split_two_addresses("黑河市爱辉区通江路 10 号 黑河市人民政府第二办公区"),
            "黑河市爱辉区通江路10号黑河市人民政府第二办公区"
        );
        // A `；` before a place name separates two addresses; inside a bracket it does not.
        assert_eq!(split_two_addresses("阳泉市郊区李荫路 50 号；阳泉市城区北大街 1 号"), "阳泉市郊区李荫路50号 / 阳泉市城区北大街1号");
        assert_eq!(split_two_addresses("李荫路 50 号(一楼；二楼)"), "李荫路50号(一楼;二楼)");
        // A wrap space inside a bracket is no break between two addresses.
        assert_eq!(
            split_two_addresses("武昌区洪山路62号1楼( 洪山礼堂对面东四路前行约100米)"),
            "武昌区洪山路62号1楼(洪山礼堂对面东四路前行约100米)"
        );
    }

    /// [`place`] of a name and an address in a province, no region column printed.
    fn place_in(province: Option<usize>, inst: &str, addr: &str, phones: &mut [Phone], f: &mut Vec<Finding>) -> Placed {
        let hints = PlaceHints { section_province: province, printed_region: None };
        place(inst.into(), addr.into(), phones, hints, &Arc::from("t"), (1, 1), f)
    }

    #[test]
    fn area_code_mismatch_is_flagged_with_expected_code() {
        let g = Gazetteer::get();
        let nm = g.province_by_name("内蒙古");
        let mut phones = parse_phone_cell("0438-2210810", false).phones;
        let mut f = Vec::new();
        let p = place_in(nm, "阿拉善盟科技局", "内蒙古阿拉善左旗巴彦浩特镇额鲁特东路", &mut phones, &mut f);
        assert_eq!(p.city, Some("阿拉善盟"));
        let m = f.iter().find(|x| x.code == FindingCode::PhoneAreaCodeMismatch).expect("flagged");
        assert!(m.message.contains("0483"), "{}", m.message);
        assert!(phones[0].flags.contains(&FindingCode::PhoneAreaCodeMismatch));
    }

    #[test]
    fn a_short_name_inside_a_longer_one_is_no_mismatch_when_phones_agree() {
        let g = Gazetteer::get();
        let zj = g.province_by_name("浙江");
        let with_phone = |phone: &str| {
            let mut phones = parse_phone_cell(phone, false).phones;
            let mut f = Vec::new();
            let p = place_in(zj, "杭州湾新区人力资源和社会保障局", "宁波市杭州湾新区机电路498号305室", &mut phones, &mut f);
            (p, f)
        };
        let (p, f) = with_phone("0574-63071272");
        assert_eq!(p.city, Some("宁波市"));
        assert!(!f.iter().any(|x| x.code == FindingCode::AddressCityMismatch), "{f:?}");
        // Phones of the name's city keep the doubt.
        let (_, f) = with_phone("0571-87051076");
        assert!(f.iter().any(|x| x.code == FindingCode::AddressCityMismatch), "{f:?}");
    }

    #[test]
    fn city_mismatch_between_name_and_address() {
        let g = Gazetteer::get();
        let sc = g.province_by_name("四川");
        let mut phones = Vec::new();
        let mut f = Vec::new();
        place_in(sc, "四川省乐山市科学技术局", "德阳市长江东路101号", &mut phones, &mut f);
        assert!(f.iter().any(|x| x.code == FindingCode::AddressCityMismatch));
    }
}
