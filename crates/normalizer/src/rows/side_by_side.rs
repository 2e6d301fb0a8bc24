//! Records printed side by side: a second record beside the first in a row wider than the
//! table, and several records run together in one row's cells (OCR lost the lines between
//! them), told apart by whole names, addresses opening with a place and series of numbers.

use parser::Row;

use super::{continuation, opens_with_same_place, Frag, Split};
use crate::classify::{CellScores, Role};
use crate::finding::FindingCode;
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// A second record printed in the same row after the first one's phone (a two-column page
/// read as one table): the cells no field took.
pub(super) struct Beside {
    pub(super) frag: Frag,
    pub(super) cols: Vec<usize>,
}

/// The record beside the first in a row wider than the table: after the cell the record's
/// phone came from, the unplaced cells read, in order, as a name (with a name's ending),
/// an address and a phone, optionally after a sequence number, and nothing else follows.
/// `None` unless the first record is whole (name, address and phone).
pub(super) fn record_beside(row: &Row, scores: &[CellScores], f: &Frag, phone_col: Option<usize>, unplaced: &[usize]) -> Option<Beside> {
    let (Some(_), Some(_), Some(_), Some(pc)) = (&f.inst, &f.addr, &f.phone, phone_col) else { return None };
    let after: Vec<usize> = unplaced.iter().copied().filter(|&ci| ci > pc).collect();
    let fields = match after.as_slice() {
        [s, rest @ ..] if rest.len() == 3 && scores[*s].best().0 == Role::Seq => rest,
        all => all,
    };
    let [ni, ai, pi] = fields else { return None };
    let text = |ci: usize| row.cells[ci].text.clone();
    let name_like = scores[*ni].best().0 == Role::Institution && crate::classify::has_institution_suffix(&squash(&row.cells[*ni].text));
    let addr_like = scores[*ai].best().0 == Role::Address && scores[*ai].get(Role::Address) >= 2.0;
    let phone_like = scores[*pi].best().0 == Role::Phone && scores[*pi].phone_count > 0;
    if !(name_like && addr_like && phone_like) {
        return None;
    }
    let printed = after.iter().map(|&ci| text(ci)).collect::<Vec<_>>().join(" | ");
    let frag = Frag {
        line: f.line,
        inst: Some(text(*ni)),
        addr: Some(text(*ai)),
        phone: Some((text(*pi), row.cells[*pi].from_number)),
        split: Some(Split::doubtful(
            printed,
            "a second record printed beside the first in the same row (cells after its phone)".to_string(),
        )),
        ..Default::default()
    };
    Some(Beside { frag, cols: after })
}

/// Several records printed side by side in one row (OCR lost the lines between them): the
/// name cell holds k whole names, the address cell k addresses each opening with a place,
/// the phone cell the numbers of each in turn. Names and addresses may carry wrap spaces;
/// the numbers are dealt out in order, one each when there are k of them, else by the area
/// codes of each address's city (one way only), series or spacing, else (more numbers than
/// records) one each and the rest to the last, flagged. An error unless every name and
/// address is told apart, so anything less regular stays with the garbled-cell
/// reconstruction; it holds the names when there were several whole ones (a doubt to flag:
/// records run together).
pub(super) fn split_side_by_side(f: &Frag, province: Option<usize>) -> Result<Vec<Frag>, Option<Vec<String>>> {
    // Two records hold two numbers at least (most rows hold one: no need to read on).
    let Some((phone, from_number)) = &f.phone else { return Err(None) };
    if phone.bytes().filter(u8::is_ascii_digit).count() < 14 || phone.len() > SIDE_BY_SIDE_MAX_BYTES {
        return Err(None);
    }
    // Either cell may read as garbled (names and addresses run together), or both; the
    // names cell may read as one name (`盐城经济技术开发区行政审批局 扬州市科学技术局`: the
    // first opens with a short place name), the cuts below telling them apart.
    let (names_cell, addr) = match (f.garbled.as_slice(), &f.inst, &f.addr) {
        ([cell], None, Some(addr)) => (cell, addr),
        ([], Some(name), Some(addr)) if name.contains(char::is_whitespace) => (name, addr),
        ([cell], Some(name), None) if name.contains(char::is_whitespace) => (name, cell),
        ([names, addrs], None, None) => (names, addrs),
        _ => return Err(None),
    };
    // A row holds a few records: a longer cell is a page run together (the garbled-cell
    // reading's), and is not cut word by word here.
    if names_cell.len() > SIDE_BY_SIDE_MAX_BYTES || addr.len() > SIDE_BY_SIDE_MAX_BYTES {
        return Err(None);
    }
    let g = Gazetteer::get();
    let place_at = place_opening(province);
    let numbers = crate::phone::parse_phone_cell(phone, *from_number);
    // The numbers dealt out to these names and addresses, and whether by order alone.
    let deal = |names: &[String], addrs: &[String]| -> Option<(Vec<Vec<String>>, bool)> {
        let k = names.len();
        // Only a plain list of numbers is dealt out: labels, remarks, the joint-permit mark or
        // damage stay with the cell's usual reading, where nothing of them is lost.
        let plain = numbers.notes.is_empty()
            && !numbers.joint_permit
            && numbers.phones.iter().all(|p| p.label.is_none())
            && numbers.issues.iter().all(|i| match i.code {
                FindingCode::PhoneShorthandExpanded => true,
                // (A number repeated: only as records sharing it, one each.)
                FindingCode::PhoneDuplicate => numbers.phones.len() < k,
                _ => false,
            });
        // (Fewer numbers than records: records sharing a number print it once each, `020-12345
        // 020-12345`, which the cell's reading counts once; dealt out below by the spaces.)
        if !plain || numbers.phones.is_empty() {
            return None;
        }
        // Each record's city: its address's, else its name's (`高枧乡…` names none; `四川省凉山
        // 彝族自治州科学技术局` does).
        let city = |t: &str| g.resolve(&squash(t), province, &[]).prefecture.map(|i| g.div(i).name.as_str());
        // (Either serves: `四川省乐山市…` may print an address in 德阳.)
        let cities: Vec<[Option<&str>; 2]> = addrs.iter().zip(names).map(|(a, n)| [city(a), city(n)]).collect();
        if let Some(groups) = deal_numbers(phone, &numbers.phones, &cities) {
            return Some((groups, false));
        }
        // More numbers than records with nothing telling whose they are (`0571-86972243
        // 0571-88259520 0571-28910613` beside two names of one city): one each in order, the
        // last record the rest, flagged, unless an area code says otherwise (then the names
        // are not these records'). Each record keeps its own name and address, which one
        // record holding them all would not; every number stays in the row's records.
        if numbers.phones.len() <= k {
            return None;
        }
        let groups = numbers_in_order(phone, &numbers.phones, k);
        groups.iter().zip(&cities).all(|(g, c)| serves_if_known(g, c)).then(|| (groups.into_iter().map(shown).collect(), true))
    };
    // Names that do not open with a place (`阳光上东国际人才一站式服务站 朝阳国际创投…`,
    // `普洱人力资源和社会保障局 西双纳州…`, OCR's) are told apart only when the addresses
    // beside them part as many ways, each opening with a place of the section's province
    // and naming its street or a number (`朝阳区望京西园四区425楼`): else a name wrapped
    // after its ending (`北京海外学人中心 外国人来华工作事务部…` beside `丰台区西三环南路1号
    // 北京市政务服务中心三层C岛`) stays whole.
    let by_endings = || -> Option<(Vec<String>, Vec<String>)> {
        let names = whole_names_in_a_row(names_cell)?;
        let addrs = side_by_side_addresses(addr, &names, &place_at)?;
        let in_province = |p: &[usize]| p.iter().any(|&c| province.is_none_or(|pr| g.province_of(c) == pr));
        // (Or with the place its name opens with, one no table knows: `贵安新区…`; the first
        // with its street and number, printed without its place: `将台路5号院…`.)
        let own = |i: usize, (n, a): (&String, &String)| {
            let street = continuation::names_own_street(a);
            (place_at(a).is_some_and(|p| in_province(&p))
                || opens_with_same_place(n, a)
                || (i == 0 && street && continuation::has_house_number(a)))
                && (street || a.bytes().any(|b| b.is_ascii_digit()))
        };
        names.iter().zip(&addrs).enumerate().all(|(i, na)| own(i, na)).then_some((names, addrs))
    };
    // Names cut before a place first; then (they may hold two run together, the second
    // opening with none, `…一站式服务中心 望京国际人才…`, or the numbers' area codes say the
    // records are others) names cut after their endings; a reading whose numbers are dealt
    // by what they print before one dealing them by order alone.
    let by_place = side_by_side_names(names_cell, &place_at);
    let read_with = |names: Vec<String>, addrs: Vec<String>| {
        deal(&names, &addrs).map(|(numbers, in_order)| Reading { names, addrs, numbers, in_order })
    };
    let place_read = by_place
        .as_ref()
        .and_then(|names| side_by_side_addresses(addr, names, &place_at).map(|addrs| (names.clone(), addrs)))
        .and_then(|(names, addrs)| read_with(names, addrs));
    // (Names cut after their endings also win when they part more records, each told apart
    // as surely: `金普新区科学技术局 自贸区制度创新二局 | 鞍山市…`, where only 鞍山 opens with
    // a place, deals 大连's two numbers to the first two.)
    let settled =
        place_read.as_ref().is_some_and(|r| !r.in_order && whole_names_in_a_row(names_cell).is_none_or(|n| n.len() <= r.names.len()));
    // (The names cut after their endings, kept for the flag when no reading holds.)
    let (read, ending_names) = if settled {
        (place_read, None)
    } else {
        let endings = by_endings();
        let ending_names = endings.as_ref().map(|(names, _)| names.clone());
        let ending_read = endings.and_then(|(names, addrs)| read_with(names, addrs));
        let read = match (place_read, ending_read) {
            (Some(p), Some(e)) if e.in_order || (!p.in_order && e.names.len() <= p.names.len()) => Some(p),
            (p, e) => e.or(p),
        };
        (read, ending_names)
    };
    let Some(Reading { names, addrs, numbers: groups, in_order }) = read else {
        // Whole names whose records could not be told apart: flagged as run together.
        return Err(by_place.or(ending_names));
    };
    let k = names.len();
    let mut out = Vec::with_capacity(k);
    for (i, ((name, address), phones)) in names.iter().zip(addrs).zip(groups).enumerate() {
        let mut part = Frag {
            line: f.line,
            inst: Some(name.to_string()),
            addr: Some(address),
            phone: Some((phones.join(" "), false)),
            split: Some(Split {
                numbers_in_order: in_order.then(|| phone.clone()),
                ..Split::doubtful(
                    format!("{names_cell} | {addr} | {phone}"),
                    format!("record {} of {k} printed side by side in one row (names, addresses and phones paired in order)", i + 1),
                )
            }),
            ..Default::default()
        };
        if i == 0 {
            part.seq = f.seq.clone();
            part.province = f.province.clone();
            part.noise = f.noise.clone();
            part.notes = f.notes.clone();
            part.shifted = f.shifted.clone();
            part.cell_lines = f.cell_lines.clone();
        }
        out.push(part);
    }
    Ok(out)
}

/// Records side by side as read: their names, addresses and numbers, in order, and whether
/// the numbers were dealt by order alone (a doubt).
struct Reading {
    names: Vec<String>,
    addrs: Vec<String>,
    numbers: Vec<Vec<String>>,
    in_order: bool,
}

/// The divisions a text opens with (empty when only a place one character off its name in
/// the section's province opens it: `城新区` for 城阳区); `None` when no place opens it.
fn place_opening(province: Option<usize>) -> impl Fn(&str) -> Option<Vec<usize>> {
    move |t: &str| {
        let sq = squash(t);
        let g = Gazetteer::get();
        g.place_at_start(&sq)
            .map(|m| m.candidates.to_vec())
            .or_else(|| province.and_then(|p| crate::places::correct_place_prefix(&sq, p)).map(|_| Vec::new()))
    }
}

/// Longest cell (bytes) read for records side by side: a handful of names, addresses or
/// numbers.
const SIDE_BY_SIDE_MAX_BYTES: usize = 1024;

/// The text of a row's one field cell, when the row has exactly one (a name, an address or
/// a phone cell) and it is long enough to hold a name and an address (and no longer than
/// a few records).
pub(super) fn only_field(f: &Frag) -> Option<String> {
    let fields = [f.inst.as_ref(), f.addr.as_ref(), f.phone.as_ref().map(|(t, _)| t)];
    let [only] = fields.into_iter().flatten().collect::<Vec<_>>()[..] else { return None };
    (only.len() <= SIDE_BY_SIDE_MAX_BYTES && crate::text::cjk_count(only) >= 8).then(|| only.clone())
}

/// The whole names a cell holds side by side: a name ends where its brackets close on a
/// name ending and the next word opens with a place (a wrap space inside a name does
/// not end it). `None` for fewer than two, or a part that is no whole name.
fn side_by_side_names(cell: &str, place_at: &dyn Fn(&str) -> Option<Vec<usize>>) -> Option<Vec<String>> {
    // A name ending before a bracketed remark counts (`…服务窗口(受理三水辖区内单位业务)`).
    // A numbered window's name (`余杭区科技局1`) ends like one too.
    let has_institution_suffix = |t: &str| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_digit());
        let head = before_closing_remark(t).unwrap_or(t);
        crate::classify::has_institution_suffix(t) || crate::classify::has_institution_suffix(head)
    };
    // An office named by its zone alone (`武汉市自贸区`): it opens with a place and names no
    // street, building or number.
    let zone_office = |n: &str| {
        let sq = squash(n);
        crate::text::cjk_count(&sq) >= 4
            && !sq.bytes().any(|b| b.is_ascii_digit())
            && !sq.contains(['路', '街', '道', '巷', '弄', '号', '楼', '层', '室', '座', '栋'])
            && sq.ends_with('区')
            && place_at(&sq).is_some()
    };
    // A name opens with a place, or with the country before one (`中国(山东)自由贸易试验区…`,
    // `中国天津人力资源开发服务中心`). (A bracket after a name is its remark, whatever place
    // it names.)
    // (Or a whole name of its own opening with a zone no table knows: `金普新区科学技术局`.)
    let opens_name = |next: &str| {
        let after_country = next.strip_prefix("中国").map(|t| t.trim_start_matches(['(', '（']));
        let zone_name = || continuation::opens_with_zone(next) && crate::classify::has_institution_suffix(&squash(next));
        !next.starts_with(['(', '（']) && (place_at(next).is_some() || after_country.is_some_and(|t| place_at(t).is_some()) || zone_name())
    };
    // (A bracket left open on a whole name, `…技术局(大连市外国专家局`, before a word opening
    // another name with a place: OCR lost its closing half.)
    let closed = |cur: &str| {
        let balance = crate::text::bracket_balance(cur);
        balance == 0 || (balance == 1 && !cur.trim_end().ends_with(['(', '（']) && crate::classify::has_institution_suffix(&squash(cur)))
    };
    let names = parts_ending_where(cell, |cur, next| {
        closed(cur) && (has_institution_suffix(&squash(cur)) || zone_office(cur)) && next.is_some_and(opens_name)
    });
    let whole = |n: &String| (has_institution_suffix(&squash(n)) && crate::text::cjk_count(n) >= 4) || zone_office(n);
    (names.len() >= 2 && names.iter().all(whole)).then_some(names)
}

/// The text before a bracketed remark that ends it (`…服务中心` of `…服务中心(侧重受理…)`):
/// where a name's ending is looked for.
fn before_closing_remark(t: &str) -> Option<&str> {
    t.strip_suffix([')', '）']).and_then(|t| t.rfind(['(', '（']).map(|i| &t[..i]))
}

/// The names a cell holds side by side, read by their endings alone: cut after every word
/// that ends a whole name (brackets closed, four characters at least); `None` for fewer than
/// two, or a part that is no whole name.
fn whole_names_in_a_row(cell: &str) -> Option<Vec<String>> {
    // (A name has a head of its own before its ending: `服务窗口`, `政务服务大厅` alone are a
    // name's rest wrapped after `…促进局`, `…人力社保局`.)
    // (A name ending before a bracketed remark counts: `…服务中心(侧重受理南山区业务)`.)
    let whole = |t: &str| {
        let sq = squash(t);
        let body = sq.trim_end_matches(|c: char| c.is_ascii_digit());
        let body = match before_closing_remark(body) {
            Some(head) if crate::classify::has_institution_suffix(head) => head,
            _ => body,
        };
        let ending = crate::classify::INSTITUTION_SUFFIXES.iter().filter(|e| body.ends_with(*e)).map(|e| e.chars().count()).max();
        crate::text::bracket_balance(&sq) == 0
            && crate::classify::has_institution_suffix(body)
            && crate::text::cjk_count(&sq) >= 4
            && ending.is_none_or(|n| crate::text::cjk_count(body) >= n + 3)
    };
    // (A bracket after a name is its remark; a word the next one finishes, `…人才一站` +
    // `式服务中心`, only looks like an ending.)
    // (Nor does a name end before a word too short to be a name that ends like one, `…和社会
    // | 保障局`: the name's own tail.)
    // (Nor before one ending like a name with too short a head to be one, `…政务服务大厅 |
    // 综合窗口`.)
    let tail = |n: &str| {
        crate::classify::has_institution_suffix(&squash(n))
            && (crate::text::cjk_count(n) < 4 || (crate::text::bracket_balance(n) == 0 && !whole(n)))
    };
    // (Nor where the next part finishes a word of a name the part began, `南京市科` +
    // `学技术局`: 科学, though `科` ends a section's name.)
    let mut names = parts_ending_where(cell, |cur, next| {
        whole(cur)
            && !next.is_some_and(|n| {
                n.starts_with(['(', '（'])
                    || super::continuation::finishes_a_word(cur, n)
                    || super::continuation::name_cut_inside_a_word(cur, n)
                    || tail(n)
            })
    });
    // (Every part but the last ends whole; the last is words left over unless it does, or
    // unless with the part before it it makes that part whole again: the words before it
    // only looked like an ending, `望京国际人才一站` + `式服务站`.)
    if let [.., before, last] = names.as_slice() {
        let joined = format!("{before} {last}");
        if !whole(last) && whole(&joined) {
            names.truncate(names.len() - 2);
            names.push(joined);
        }
    }
    (names.len() >= 2 && names.last().is_some_and(|n| whole(n))).then_some(names)
}

/// A cell's words joined back into parts (their wrap spaces kept), a part ending after each
/// word where `ends(part so far, next word)` holds; the words after the last end are the last
/// part.
fn parts_ending_where(cell: &str, ends: impl Fn(&str, Option<&str>) -> bool) -> Vec<String> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let mut parts = Vec::new();
    let mut cur = String::new();
    for (i, w) in words.iter().enumerate() {
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
        if ends(&cur, words.get(i + 1).copied()) {
            parts.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// The places a text opens with, outermost first (`四川省达州市…` → 四川省, 达州市), each
/// as the divisions its name may denote.
fn leading_places(text: &str) -> Vec<Vec<usize>> {
    let sq = squash(text);
    let mut chain = Vec::new();
    let mut at = 0;
    for m in Gazetteer::get().find_places(&sq) {
        if m.start != at {
            break;
        }
        chain.push(m.candidates.to_vec());
        at = m.end;
    }
    chain
}

/// The places a name opens with, or for a free trade zone's (`中国(广西)自由贸易试验区…`)
/// the province its bracket names.
fn name_places(name: &str) -> Vec<Vec<usize>> {
    let chain = leading_places(name);
    if !chain.is_empty() {
        return chain;
    }
    let sq = squash(name);
    sq.strip_prefix("中国(").and_then(|rest| rest.split_once(')')).map(|(inside, _)| leading_places(inside)).unwrap_or_default()
}

/// The cell's text cut into one address per name: each after the first opens with a place,
/// the one its name opens with or a place inside it (`四川省达州市科学技术局` → `通川区…`,
/// a district of 达州), the name's most specific place first; a name naming no place
/// takes the only word opening with a place before the next name's.
fn side_by_side_addresses(cell: &str, names: &[String], place_at: &dyn Fn(&str) -> Option<Vec<usize>>) -> Option<Vec<String>> {
    let g = Gazetteer::get();
    let words: Vec<&str> = cell.split_whitespace().collect();
    // A short label before an address (`政府受理点:青岛市…`) is not where its place starts.
    let unlabelled = |w: &str| -> String {
        let sq = squash(w);
        match sq.split_once(':') {
            Some((label, rest)) if label.chars().count() <= 8 && !rest.is_empty() => rest.to_string(),
            _ => sq.into_owned(),
        }
    };
    let opening: Vec<Option<Vec<usize>>> = words.iter().map(|w| place_at(&unlabelled(w))).collect();
    let word_places: Vec<Vec<usize>> = words.iter().map(|w| leading_places(&unlabelled(w)).into_iter().flatten().collect()).collect();
    let inside = |w: usize, level: &[usize]| {
        word_places[w]
            .iter()
            .any(|&p| level.contains(&p) || g.prefecture_of(p).is_some_and(|f| level.contains(&f)) || level.contains(&g.province_of(p)))
    };
    // The candidates of the first place a word opens with.
    let first_place = |w: usize| leading_places(&unlabelled(words[w])).into_iter().next().unwrap_or_default();
    // The words that may open the next name's address, given where the ones before opened:
    // the reading's choice first, then the others worth trying when it leaves a later name
    // none.
    let options = |cuts: &[usize]| -> Vec<usize> {
        let name = &names[cuts.len()];
        let last = cuts.last().copied().unwrap_or(0);
        let from = last + 1;
        let chain = name_places(name);
        // (A place after a separator opens the record's other address: `…科学路16号 / 贵州省
        // 贵阳市…`.)
        let after_separator = |w: usize| words[w - 1].ends_with(['/', '、', ',', '，', ';', '；']);
        // A district of the city the address so far named, one this name does not name,
        // goes on that address (`合肥市亳州路182号 | 庐阳区政务服务中心`, beside `…合肥市高新区…`).
        let goes_on = |w: usize| {
            let so_far: Vec<usize> = (last..w).flat_map(|i| word_places[i].iter().copied()).collect();
            let first = first_place(w);
            !first.is_empty()
                && first.iter().all(|&p| {
                    !so_far.contains(&p)
                        && !chain.iter().flatten().any(|&c| c == p)
                        && g.prefecture_of(p).is_some_and(|f| f != p && so_far.contains(&f))
                })
        };
        // (Nor inside a bracket the address so far left open and the words after close:
        // `…服务大厅( | 昆山市登云路26 8号) …`.)
        let in_bracket = |w: usize| continuation::closes_what_is_open(&words[last..w].concat(), &words[w..].concat());
        // (Nor does one after a word of place names alone: `… / 贵州省贵阳市 | 南明区遵义路…` is
        // one address cut before its street.)
        let after_places = |w: usize| continuation::only_places(&squash(words[w - 1]));
        // Every name after this one needs a word of its own: the last word this address may
        // open at.
        let Some(latest) = words.len().checked_sub(names.len() - cuts.len()) else { return Vec::new() };
        if latest < from {
            return Vec::new();
        }
        let openings: Vec<usize> = (from..words.len())
            .filter(|&w| opening[w].is_some() && !after_separator(w) && !after_places(w) && !in_bracket(w) && !goes_on(w))
            .collect();
        let candidates: Vec<usize> = openings.iter().copied().filter(|&w| w <= latest).collect();
        // The name's own place or one inside it; else the city it lies in (`金普新区…` →
        // `大连市开发区…`), which also wins when it opens a word naming its street before the
        // name's own place (`…2号楼20430 | 嘉兴市洪兴西路1765号 秀洲区行政中心533室` for
        // 秀洲区科学技术局).
        let parent =
            |w: usize, level: &[usize]| level.iter().any(|&l| g.prefecture_of(l).is_some_and(|f| f != l && word_places[w].contains(&f)));
        // (Never a word opening with the city the name before names, not the one this one
        // names, while that record's address has not named it: `青羊区人民西路2号 |
        // 成都出入境接待中心…` is the address of `四川省成都市…`, not of `四川省巴中市…` after
        // it, though both lie in 四川省.)
        let cities_of = |chain: &[Vec<usize>]| -> Vec<usize> { chain.iter().flatten().filter_map(|&p| g.prefecture_of(p)).collect() };
        let own_cities = cities_of(&chain);
        let before: Vec<usize> = cities_of(&name_places(&names[cuts.len() - 1])).into_iter().filter(|c| !own_cities.contains(c)).collect();
        let other_city = |w: usize| {
            let first = first_place(w);
            let named = |f: usize| (last..w).any(|i| word_places[i].contains(&f));
            !own_cities.is_empty()
                && !first.is_empty()
                && first.iter().all(|&p| g.prefecture_of(p).is_some_and(|f| before.contains(&f) && !named(f)))
        };
        // (A word opening with the place the address before opens with and naming no street
        // up to the next such word, one that does, is that address's building: `…周水子街道
        // | 大连市行政服务中心 | 大连市高新区高新1 号…` for `大连市高新园区…`, `…新溉大道2号 |
        // 重庆生产力大厦1楼… | 重庆市渝北区仙桃街道春华大道99号…`.)
        let building_before = |w: usize, level: &[usize]| {
            // (Or a wider place holding it: `…金水东路85号 | 河南自贸大厦 | 开封市…`.)
            let place_before = first_place(last);
            let opens_like_before = first_place(w)
                .iter()
                .any(|&p| place_before.iter().any(|&q| q == p || g.province_of(q) == p || g.prefecture_of(q) == Some(p)));
            let next = candidates.iter().copied().find(|&c| c > w && inside(c, level) && !other_city(c));
            opens_like_before
                && next.is_some_and(|n| {
                    let upto = |a: usize, b: usize| words[a..b].concat();
                    let end = candidates.iter().copied().find(|&c| c > n).unwrap_or(words.len());
                    !continuation::names_own_street(&upto(w, n)) && continuation::names_own_street(&upto(n, end))
                })
        };
        let own_place = chain
            .iter()
            .rev()
            .find_map(|level| candidates.iter().copied().find(|&w| inside(w, level) && !other_city(w) && !building_before(w, level)));
        // (Only a word naming its own street there: `北京市政务服务中心三层C岛` is the first
        // address's building.)
        let its_city = chain
            .last()
            .and_then(|level| candidates.iter().copied().find(|&w| parent(w, level) && continuation::names_own_street(words[w])));
        // (Or its short name opening a road named after it, which the tables do not read as
        // the place, as `中山路` is not in 中山市: `象山港路300号…` for 象山县, `包河大道118号…`
        // for `合肥市包河区…`; before a wider place of the name's, `合肥市亳州路…`.)
        let short_road = chain.last().and_then(|level| {
            (from..words.len()).find(|&w| {
                let sq = squash(words[w]);
                !after_separator(w)
                    && !in_bracket(w)
                    && continuation::names_own_street(words[w])
                    && level.iter().any(|&d| {
                        let name = &g.div(d).name;
                        let short = name.strip_suffix(['县', '区', '市', '旗']).unwrap_or(name);
                        short.chars().count() >= 2
                            && sq.strip_prefix(short).is_some_and(|rest| {
                                let street = rest.find(|c: char| c.is_ascii_digit()).map_or(rest, |i| &rest[..i]);
                                street.chars().count() <= 3 && street.contains(['路', '街', '道'])
                            })
                    })
            })
        });
        let own_place = match (own_place, short_road) {
            (Some(o), Some(r)) => Some(o.min(r)),
            (o, r) => o.or(r),
        };
        let own = match (own_place, its_city) {
            (Some(o), Some(c)) if c < o => Some(c),
            (Some(o), _) => Some(o),
            (None, _) => chain
                .iter()
                .rev()
                .find_map(|level| candidates.iter().copied().find(|&w| parent(w, level) && continuation::names_own_street(words[w]))),
        };
        // Or the one word opening with a street and its house number (`珠江路128号…`) after
        // an address that has its own: an address printed without its place.
        let street_opening = || {
            // (Not after an ordinal cut from its number: `…开发区第 | 三大街40号`.)
            let mut streets = (from..words.len())
                .filter(|&w| continuation::opens_with_street_number(words[w]) && !in_bracket(w) && !words[w - 1].ends_with('第'));
            let first = streets.next()?;
            let before_has_street = continuation::has_street_number(&words[last..first].concat());
            // (Nor after a word opening with a place and naming its street, which may open
            // the address first: `大连市开发区金马路1 | 97号… 大连保税区洞庭路1号…` for
            // `金普新区…`.)
            let place_before = candidates.iter().any(|&c| c < first && continuation::names_own_street(words[c]));
            (streets.next().is_none() && before_has_street && !place_before).then_some(first)
        };
        // For the last name, the first word after the address before it has its house
        // number, when it opens no building's inside (`…西三段 121号 | 河东新区…`: a zone no
        // table knows opens 遂宁's address).
        // (A word opening with a place the name holds is preferred, `临港新片区…`, then one
        // opening with a township or town, `高枧乡…`, then one opening with its street and
        // number, `亚洲路4611号…`: the words before it may be the first
        // address's building or its cut tail, `…101号市政务 | 服务中心一楼二号窗口`, `…681号
        // 自贸区行 | 政审批中心`.)
        let after_house_numbers = || {
            let fits = |w: usize| {
                let next = words[w];
                let before = words[last..w].concat();
                continuation::has_house_number(&before)
                    && !continuation::finishes_a_word(&before, next)
                    && !in_bracket(w)
                    && !continuation::opens_inside_building(next)
                    && !next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '（' | '-'))
                    && crate::text::cjk_count(&words[w..].concat()) >= 4
            };
            let first = |tier: &dyn Fn(usize) -> bool| (from..=latest).find(|&w| fits(w) && tier(w));
            // (First of all a word opening with a place the name holds, one no table
            // knows: `临港新片区…` for `…试验区临港新片区人才服务中心`. A zone named by its kind
            // alone goes with the street after it, which a wrap space may cut from its
            // number: `经开区红星街70 | 号…`.)
            [
                first(&|w| super::opens_with_same_place(name, words[w])),
                first(&|w| opens_with_town(words[w])),
                first(&|w| continuation::opens_with_zone(words[w])),
                first(&|w| continuation::opens_with_bare_zone_street(&words[w..words.len().min(w + 2)].concat())),
                first(&|w| continuation::opens_with_street_number(words[w])),
                first(&|_| true),
            ]
        };
        let after_house_number =
            || (cuts.len() + 1 == names.len()).then(after_house_numbers).and_then(|tiers| tiers.into_iter().flatten().next());
        // Addresses numbered as a list (`1.市政务服务中心… 2.市人社局…`, after another
        // record's address or not): the next number opens the next one.
        let opens = |w: &str, n: usize| [format!("{n}."), format!("{n}、")].iter().any(|m| w.starts_with(m.as_str()));
        let numbered = || {
            let at = words.get(last)?;
            let n = (1..=9).find(|&n| opens(at, n))?;
            (from..words.len()).find(|&w| opens(words[w], n + 1))
        };
        // Or the first item of a numbered list after an address that is none (`…A5035房间
        // 1.市政务服务中心(威海市…)`): a list opens the next record's addresses.
        let list_opening = || {
            (!words[last].starts_with(|c: char| c.is_ascii_digit())).then(|| (from..words.len()).find(|&w| opens(words[w], 1))).flatten()
        };
        // As many words left as names: one each, when the word opens like an address, two
        // Chinese characters before any digit (not the cut tail `1号` of `…融合路68 | 1号`).
        let opens_like_address = |w: &str| w.chars().take_while(|c| !c.is_ascii_digit()).filter(|&c| crate::text::is_cjk(c)).count() >= 2;
        let forced = (latest == from && opens_like_address(words[from]) && !in_bracket(from)).then_some(from);
        // (A word opening with a road, after a word ending the address before with its house
        // number, opens the address before the name's own place when that names no street:
        // `昆明市五华区如安街56号 | 正义路五华坊42号 五华区人社局508` for `昆明市五华区受理点`,
        // whose office is in the building on that road.)
        let own = own.map(|o| {
            let road_first = |w: usize| {
                let sq = squash(words[w]);
                opening[w].is_none()
                    && !in_bracket(w)
                    && words[w - 1].ends_with('号')
                    && continuation::opens_with_road(&sq)
                    && continuation::names_own_street(&sq)
            };
            match (from..o).find(|&w| road_first(w)) {
                Some(r) if !continuation::names_own_street(words[o]) => r,
                _ => o,
            }
        });
        let cut = forced
            .or_else(numbered)
            .or(own)
            .or_else(list_opening)
            .or_else(street_opening)
            // Without a place of the name's own, only one word may open the next address
            // before the name after it would need one.
            .or_else(|| (chain.is_empty() && openings.len() == names.len() - cuts.len()).then(|| openings[0]))
            .or_else(after_house_number)
            .filter(|&w| w <= latest);
        // (Before the last name, when that choice leaves a later name no address: the words
        // after the address's house number, as for the last name, up to the first opening
        // with a place, `…4611号1楼 | 空港经济西区三道166号 河东区…` for
        // `天津市自贸区(机场片区)…` beside `天津市行政许可服务中心`, whose own place `河东区…`
        // is.)
        let mut out: Vec<usize> = cut.into_iter().collect();
        if cuts.len() + 1 < names.len() {
            // (Nor a word opening with the city of the name before: its address's building,
            // `青羊区人民西路2号 | 成都出入境接待中心…` for `四川省成都市…`.)
            let first_opening = openings.iter().copied().find(|&o| !other_city(o));
            let fits = |w: &usize| first_opening.is_none_or(|o| *w <= o) && !other_city(*w);
            for w in after_house_numbers().into_iter().flatten().filter(fits) {
                if !out.contains(&w) {
                    out.push(w);
                }
            }
        }
        out
    };
    // Depth first over the names, a bounded number of steps (a row holds a few records).
    fn search(options: &dyn Fn(&[usize]) -> Vec<usize>, names: usize, cuts: &mut Vec<usize>, steps: &mut usize) -> bool {
        if cuts.len() == names {
            return true;
        }
        for w in options(cuts) {
            if *steps == 0 {
                return false;
            }
            *steps -= 1;
            cuts.push(w);
            if search(options, names, cuts, steps) {
                return true;
            }
            cuts.pop();
        }
        false
    }
    let mut cuts = vec![0usize];
    if !search(&options, names.len(), &mut cuts, &mut 64) {
        return None;
    }
    cuts.push(words.len());
    let addrs: Vec<String> = cuts.windows(2).map(|w| words[w[0]..w[1]].join(" ")).collect();
    addrs.iter().all(|a| !a.is_empty()).then_some(addrs)
}

/// True when a word opens with a township or a town's name (`高枧乡…`, `九江镇…`: two to
/// four characters, then 乡 or 镇), a place the division tables stop short of.
fn opens_with_town(word: &str) -> bool {
    let sq = squash(word);
    sq.char_indices().take(5).skip(2).any(|(i, c)| matches!(c, '乡' | '镇') && sq[..i].chars().all(crate::text::is_cjk))
}

/// The numbers of a row of k side-by-side records, dealt out in order (as displayed): one
/// each when there are k; else cut where each group's landlines serve its record's city
/// (mobiles go with their group), one way only; else at the k - 1 bare spaces of a cell
/// whose numbers are otherwise joined by marks (`0512-69820216 0512-57152837; 0512-…`).
fn deal_numbers(cell: &str, phones: &[crate::record::Phone], cities: &[[Option<&str>; 2]]) -> Option<Vec<Vec<String>>> {
    let k = cities.len();
    if phones.len() == k {
        return Some(phones.chunks(1).map(shown).collect());
    }
    // Every way to cut n numbers into k non-empty runs (k is small: a row of records).
    fn cuts(n: usize, k: usize, from: usize, acc: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if acc.len() == k - 1 {
            out.push(acc.clone());
            return;
        }
        for c in from..n {
            if n - c >= k - 1 - acc.len() {
                acc.push(c);
                cuts(n, k, c + 1, acc, out);
                acc.pop();
            }
        }
    }
    // (Every way to cut is tried: only for a few records and numbers.)
    if k <= 4 && phones.len() <= 16 {
        let mut all = Vec::new();
        cuts(phones.len(), k, 1, &mut Vec::new(), &mut all);
        let fitting: Vec<Vec<&[crate::record::Phone]>> = all
            .into_iter()
            .filter_map(|c| {
                let bounds: Vec<usize> = std::iter::once(0).chain(c).chain(std::iter::once(phones.len())).collect();
                let groups: Vec<&[crate::record::Phone]> = bounds.windows(2).map(|w| &phones[w[0]..w[1]]).collect();
                groups.iter().zip(cities).all(|(g, c)| serves(g, c)).then_some(groups)
            })
            .collect();
        // Several ways (a mobile between two cities' landlines): a record's numbers open with
        // its landline, when it has one (`0599-… 159… | 0597-…`).
        let landline = |p: &crate::record::Phone| p.kind == crate::record::PhoneKind::Landline;
        let opens_with_landline =
            |groups: &Vec<&[crate::record::Phone]>| groups.iter().all(|g| !g.iter().any(landline) || g.first().is_some_and(landline));
        let chosen: Vec<&Vec<&[crate::record::Phone]>> =
            if fitting.len() > 1 { fitting.iter().filter(|g| opens_with_landline(g)).collect() } else { fitting.iter().collect() };
        if let [only] = chosen[..] {
            return Some(only.iter().map(|g| shown(g)).collect());
        }
    }
    let groups = marked_lists(cell);
    let chunks = groups.len();
    if chunks > k && phones.len() > k {
        // More bare spaces than records: numbers joined by a mark stay together, and one
        // record's numbers apart by bare spaces are a series (`0512-66683196 0512-66683197
        // 0512-58286113`, `023-62192269 023-62191366 023-63120258 / 023-88633907`).
        let counts: Vec<usize> = groups.iter().map(Vec::len).collect();
        if counts.contains(&0) || counts.iter().sum::<usize>() != phones.len() {
            return None;
        }
        let bare_gaps: Vec<usize> = counts.iter().scan(0, |at, c| Some(std::mem::replace(at, *at + c))).skip(1).collect();
        let bounds = cut_between_series(phones, k, &bare_gaps)?;
        let groups: Vec<&[crate::record::Phone]> = bounds.windows(2).map(|w| &phones[w[0]..w[1]]).collect();
        return groups.iter().zip(cities).all(|(g, c)| serves_if_known(g, c)).then(|| groups.into_iter().map(shown).collect());
    }
    if chunks != k {
        return None;
    }
    let dealt: usize = groups.iter().map(Vec::len).sum();
    // Every number once, or (fewer numbers than records) the same numbers, some repeated.
    let same_numbers = phones.len() < k && {
        let printed: std::collections::BTreeSet<&String> = groups.iter().flatten().collect();
        let read = shown(phones);
        printed.len() == read.len() && read.iter().all(|r| printed.contains(r))
    };
    ((dealt == phones.len() || same_numbers) && groups.iter().all(|g| !g.is_empty())).then_some(groups)
}

/// The numbers of a group as displayed, in order.
fn shown(group: &[crate::record::Phone]) -> Vec<String> {
    group.iter().map(|p| p.display()).collect()
}

/// True when a group's landlines all serve one of its record's cities (its address's, its
/// name's); mobiles serve any.
fn serves(group: &[crate::record::Phone], cities: &[Option<&str>; 2]) -> bool {
    cities.iter().flatten().any(|c| group.iter().all(|p| p.kind != crate::record::PhoneKind::Landline || p.area_prefectures.contains(c)))
}

/// [`serves`], or true when the record names no city.
fn serves_if_known(group: &[crate::record::Phone], cities: &[Option<&str>; 2]) -> bool {
    cities.iter().all(Option::is_none) || serves(group, cities)
}

/// The numbers of a cell in the lists its bare spaces part (no mark beside them: where one
/// record's numbers may end), each list's numbers as displayed.
fn marked_lists(cell: &str) -> Vec<Vec<String>> {
    let marks = ['、', ';', ',', '/', '，', '；'];
    let mut chunks: Vec<String> = vec![String::new()];
    let chars: Vec<char> = cell.trim().chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let before = chars[..start].last().copied();
            let after = chars.get(i).copied();
            let bare = before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit() || c == '(');
            if bare && !before.is_some_and(|c| marks.contains(&c)) {
                chunks.push(String::new());
            } else if let Some(last) = chunks.last_mut() {
                last.push(' ');
            }
            continue;
        }
        if let Some(last) = chunks.last_mut() {
            last.push(chars[i]);
        }
        i += 1;
    }
    chunks.iter().map(|c| shown(&crate::phone::parse_phone_cell(c, false).phones)).collect()
}

/// n numbers (more than k) dealt out to k records with nothing telling whose they are: one
/// each in order, the last record the rest; numbers joined by a mark (`…62192269 /
/// …62191366`) go together, when the cell's marked lists are at least k and hold them all.
fn numbers_in_order<'a>(cell: &str, phones: &'a [crate::record::Phone], k: usize) -> Vec<&'a [crate::record::Phone]> {
    let lists = marked_lists(cell);
    let whole = lists.len() >= k && lists.iter().all(|l| !l.is_empty()) && lists.iter().map(Vec::len).sum::<usize>() == phones.len();
    let counts: Vec<usize> = if whole { lists.iter().map(Vec::len).collect() } else { vec![1; phones.len()] };
    let mut bounds = vec![0];
    for c in &counts[..k - 1] {
        bounds.push(bounds[bounds.len() - 1] + c);
    }
    bounds.push(phones.len());
    bounds.windows(2).map(|w| &phones[w[0]..w[1]]).collect()
}

/// Where n numbers printed in a row fall into k records' series: the bounds of k runs, cut
/// at the k - 1 of the `gaps` (before which number a bare space stands) between neighbours
/// sharing the fewest leading digits, when every other such gap's neighbours share more,
/// their area code and three digits at least (`…66683196 …66683197 | …58286113`), and no
/// cut's neighbours share as many; `None` when it is not that clear.
fn cut_between_series(phones: &[crate::record::Phone], k: usize, gaps: &[usize]) -> Option<Vec<usize>> {
    if k < 2 || gaps.len() < k {
        return None;
    }
    let shared = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut gaps: Vec<(usize, usize)> = gaps.iter().map(|&at| (shared(&phones[at - 1].number, &phones[at].number), at)).collect();
    gaps.sort_unstable();
    // The cuts must share strictly fewer digits than any gap left whole, and the numbers of
    // one record be a series: neighbours share their area code and three digits more.
    let series = |a: &str, shared: usize| shared >= a.find('-').map_or(usize::MAX, |d| d + 1 + 3);
    if gaps[k - 2].0 >= gaps[k - 1].0 {
        return None;
    }
    if !gaps[k - 1..].iter().all(|&(n, at)| series(&phones[at].number, n)) {
        return None;
    }
    // (Nor is a cut made inside a series: `…87051076 …87056704 | …86972242 …86972243` may be
    // one record's two numbers then two records' one each.)
    if gaps[..k - 1].iter().any(|&(n, at)| series(&phones[at].number, n)) {
        return None;
    }
    let mut bounds: Vec<usize> = gaps[..k - 1].iter().map(|&(_, at)| at).collect();
    bounds.sort_unstable();
    bounds.insert(0, 0);
    bounds.push(phones.len());
    Some(bounds)
}
