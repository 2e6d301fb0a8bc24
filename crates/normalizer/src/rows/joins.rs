//! A record's pieces printed apart, joined: a field cut in two by a stray separator within
//! a row, wrapped tails with a phone printed low in a tall row, a phone number a wrap cut, and a
//! row holding only a phone.

use std::sync::Arc;

use parser::Row;

use super::{continuation, garbled, is_remark_only, lines1, roles, Assembly, Draft, Frag, Section};
use crate::classify::{ends_like_name, CellScores, Role};
use crate::finding::{Finding, FindingCode};
use crate::gazetteer::Gazetteer;
use crate::text::{clean_field, squash};

/// A row's view for joining a field split over two cells by a stray separator.
pub(super) struct StraySplit<'a> {
    pub(super) row: &'a Row,
    pub(super) scores: &'a [CellScores],
    pub(super) layout: &'a roles::Layout,
    pub(super) unplaced: &'a [usize],
    pub(super) sep: &'static str,
}

impl StraySplit<'_> {
    /// The field (of `role`, read from column `col`; the next field read from `next`)
    /// joined with the other half of it, the column of that half, and the column-shift
    /// message it makes void and its own: its head in the field's usual column, read as
    /// that field too, the field read one column right; or its rest one column right,
    /// pushing the next field one column on.
    pub(super) fn join(&self, role: Role, col: Option<usize>, next: Option<usize>, field: &str) -> Option<(String, usize, String, String)> {
        let c = col?;
        // The field's usual column, or the one before the next field's when the table does
        // not say (names that vary too much to score as names).
        let next_role = if role == Role::Institution { Role::Address } else { Role::Phone };
        let usual =
            roles::usual_column(self.layout, role).or_else(|| roles::usual_column(self.layout, next_role).and_then(|n| n.checked_sub(1)));
        let name = role.as_str();
        let said = |a: usize, b: usize| split_by_stray_separator(name, a, b);
        // (The field's column: its usual one, or one where most of its cells sit, on a page
        // where rows that lost a cell hold it one column left.)
        let holds_field = |col: usize| usual == Some(col) || self.layout.prior.get(col).is_some_and(|p| p[role as usize] >= 0.5);
        // (Or, where the table's rows disagree on the column, a head that reads as the field
        // itself: `鞍山市铁东区新兴街道明山 | 街12号…`.)
        // (Or, in a table too short for its columns to say, an address's head that opens
        // with a place and does not end like a name, or names its street, before a rest
        // opening with none: `珲春市外国专家局 | 珲春市站前西 | 街466号`, `…半汤大道合巢经开区管委
        // | 会14楼`.)
        let place_head = |h: usize| {
            let g = Gazetteer::get();
            let (head, rest) = (squash(&self.row.cells[h].text), squash(field));
            role == Role::Address
                && garbled::starts_with_place(g, &head)
                && (!ends_like_name(&head) || continuation::names_own_street(&head))
                && !garbled::starts_with_place(g, &rest)
                && !opens_aside(&rest)
                && !head.bytes().any(|b| b.is_ascii_digit())
        };
        let head = c.checked_sub(1).filter(|&h| {
            self.unplaced.contains(&h) && (holds_field(h) || (role == Role::Address && self.scores[h].best().0 == role) || place_head(h))
        });
        // (Its place, one column left of where the field was read, in a row a cell too wide,
        // is the evidence: any text but a number or office hours goes.)
        let text_only = |c: usize| {
            self.scores[c].phone_count == 0
                && self.scores[c].best().0 != Role::Phone
                && !crate::phone::is_office_hours(&self.row.cells[c].text)
        };
        if let Some(h) = head.filter(|&h| text_only(h) && crate::text::cjk_count(&self.row.cells[h].text) >= 1) {
            let head = &self.row.cells[h].text;
            let void = format!("{name} in column {} (usually {})", c + 1, h + 1);
            return Some((format!("{head}{}{field}", self.sep), h, void, said(h, c)));
        }
        // (Likewise an address read as one where the rows disagree on its column.)
        let field_col = holds_field(c) || (role == Role::Address && self.scores[c].best().0 == role);
        if !field_col || next != Some(c + 2) || !self.unplaced.contains(&(c + 1)) {
            return None;
        }
        // The rest reads as no other field than its own: not the next one (an address's
        // head after a whole name), not a phone.
        let (rest, sc) = (&self.row.cells[c + 1].text, &self.scores[c + 1]);
        if !text_only(c + 1) || rest.trim().is_empty() {
            return None;
        }
        // A rest closing the bracket the field left open (`…服务窗口(受 | 理南海辖区内单位
        // 业务)`), or a name's ending after a head without one (`顺德区科 | 学技术局服务窗口
        // (…)`), is the field's, whatever else it reads as.
        let rest_sq = squash(rest);
        let completes = continuation::closes_what_is_open(field, rest)
            || (role == Role::Institution
                && !crate::classify::has_institution_suffix(&squash(field))
                && ends_like_name(&rest_sq)
                && !continuation::whole_name_opening_with_a_city(rest));
        if sc.best().0 == next_role && !completes {
            return None;
        }
        // (A name's rest has a word in it, unless it closes the name's bracket: digits and
        // marks alone, as a postcode printed next to a name, are not the name's: `吉林市外国
        // 专家局 | 100000`; nor is a postcode an address's rest: `吉林市松江中路65号 | 132000`.)
        let no_word = !rest.chars().any(char::is_alphabetic);
        if (role == Role::Institution && no_word && !completes) || crate::places::postcode_alone(rest).is_some() {
            return None;
        }
        // (Nor is a remark of words that read as no field, no number in them, after an
        // address that ends whole: a remarks column's cell, `…松江中路65号 | 工作日受理 |
        // 0432-…`.)
        if role == Role::Address && !completes && remark_after_whole_address(field, rest, sc) {
            return None;
        }
        // A whole name, then a text that does not end like one and a next field that opens
        // mid-word (`晋中市外国专家局 | 晋中市科学技术局晋中市榆 | 次区龙湖大街141号`): the
        // separator is inside the next field, which opens with a name.
        // So is a place's office or building before a rest with numbers (`二连浩特市锡林街西
        // 教育科 | 技局办公大楼3楼`, `…产业园 | 9号楼1018办公室`), though it ends like a name.
        let after_whole_name = role == Role::Institution && ends_like_name(&squash(field));
        if let Some(next) = self.row.cells.get(c + 2).map(|n| n.text.as_str()).filter(|_| after_whole_name) {
            // (Or a numbered item, or a text whose bracket the next field closes: `威海市外国
            // 专家局 | 1.市政务服务中心( | 威海市文化中路86号)3楼127号`.)
            if continuation::opens_list_item(rest) || continuation::closes_what_is_open(rest, next) {
                return None;
            }
            // (Or that names the name's own place again, as an address opens, after a name
            // with no bracket left open: `柯桥区科学技术局 | 绍兴市柯桥区行政中心 | 柯桥区科技局
            // A209室`.)
            if !completes && crate::text::bracket_balance(field) <= 0 && continuation::restates_name_place(field, rest) {
                return None;
            }
            // (Or a label the next field gives the value of: `青岛市外国专家局 | 政府受理点 |
            // :青岛市市南区…`; or a zone alone, as addresses open: `…科学技术局 | 河东新区 |
            // 莲花会展中心3号…`.)
            if next.trim_start().starts_with([':', '：']) || (!completes && continuation::zone_alone(&rest_sq)) {
                return None;
            }
            // (Or a zone opening the next field, cut before its street and number: `…科学技术局
            // | 河东新区莲花会 | 展中心3号…`.)
            if !completes && continuation::opens_with_zone(rest) && next.bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            // (Or whose head, with the next field, names a street and number: `…行政审批中心 |
            // 空港经济 | 西区三道166号`.)
            let street_head = !completes
                && !ends_like_name(&rest_sq)
                && !rest_sq.contains(['(', ')'])
                && !rest_sq.bytes().any(|b| b.is_ascii_digit())
                && continuation::has_street_number(&format!("{rest_sq}{}", squash(next)));
            if street_head {
                return None;
            }
            if continuation::looks_like_tail(next, None) {
                let address_head = garbled::starts_with_place(Gazetteer::get(), &rest_sq) && next.bytes().any(|b| b.is_ascii_digit());
                if !ends_like_name(&rest_sq) || address_head || continuation::opens_with_building_number(next) {
                    return None;
                }
            }
        }
        let void = format!("{} in column {} (usually {})", next_role.as_str(), c + 3, c + 2);
        Some((format!("{field}{}{rest}", self.sep), c + 1, void, said(c, c + 1)))
    }
}

/// True for a text of three or more words' characters, no digit, reading as no field, after
/// an address with a number that ends whole (on its number, room, building or office): a
/// remark printed in a column of its own.
fn remark_after_whole_address(address: &str, rest: &str, scores: &CellScores) -> bool {
    let (addr, rest_sq) = (squash(address), squash(rest));
    addr.ends_with(continuation::ADDRESS_WHOLE_ENDS)
        && addr.bytes().any(|b| b.is_ascii_digit())
        && crate::text::cjk_count(&rest_sq) >= 3
        && !rest_sq.bytes().any(|b| b.is_ascii_digit())
        && scores.best().0 == Role::Noise
}

/// True for a text opening with an aside, a bracketed remark alone (`(昆山市登云路268号)`) or
/// a quotation (`"外国专家服务"窗口`): no address or name opens so, it is the rest of the
/// field above.
fn opens_aside(t: &str) -> bool {
    is_remark_only(&squash(t)) || t.trim_start().starts_with(['"', '“'])
}

/// The column-shift note of a field joined back from columns `a` and `b` (0-based), one
/// wording wherever a stray separator's split is mended.
pub(super) fn split_by_stray_separator(field: &str, a: usize, b: usize) -> String {
    format!("{field} split over columns {} and {} by a stray separator; joined", a + 1, b + 1)
}

/// True for a name ending as an agency does (`…局`, `…委员会`, `…管委会`, `…厅` but not a
/// hall, `…大厅`), not in a bracket: a whole body's name.
fn ends_like_agency(sq: &str) -> bool {
    sq.ends_with('局') || sq.ends_with("委员会") || sq.ends_with("管委会") || (sq.ends_with('厅') && !sq.ends_with("大厅"))
}

/// Joins a row holding tails of wrapped fields and the phone printed beside them (`| | B 座
/// 12 楼 | 025-… |`, `| 国专家局) | | 0510-… |`: the row's phone sat low in a tall row) to
/// the record above when that record has no phone yet; returns whether it did. A name tail
/// must complete a name left open (a bracket) or without its ending; an address tail needs
/// an address to follow (a whole address follows a name printed alone).
pub(super) fn join_tall_row(asm: &mut Assembly, f: &Frag, prev_idx: Option<usize>, section: usize, src: &Arc<str>) -> bool {
    let (Some((phone, from_number)), Some(pi)) = (&f.phone, prev_idx) else { return false };
    let prev = &asm.drafts[pi];
    // The 序号 and province centred in a tall row land on its second row with the phone
    // (`| | | 黄浦区科学技术委员会 | 黄浦区五里桥街 | |` / `| 9 | 上海市 | | 道蒙自路… |
    // 021-… |`): the record above is this row's, in the section the row opens. Only
    // tails join then, read by their content.
    let heads = f.seq.is_some() || f.province.is_some();
    // (Not below a record whose row printed the number just before this row's: `| 13 | … |`
    // then `| 14 | 北京市 | | …10号… | 010-… |` is the next record, heads printed on its own
    // row; centred heads land below a row that printed none.)
    if matches!((prev.seq, super::sections::seq_number(f.seq.as_deref())), (Some(a), Some(b)) if b == a + 1) {
        return false;
    }
    let opens_section = asm.sections.get(section).is_some_and(|s| s.first_line == f.line) && prev.section + 1 == section;
    let same_record_section = prev.section == section || (heads && opens_section);
    // An address's rest that cannot stand alone (`5楼526、509室`, `A235和A236`: no place,
    // street or number), or that opens with no place under an address with no street number
    // yet (`南平市建阳区南平市行政` + `服务中心…6号窗口`), and more numbers beside it: the
    // record above goes on, phone or not.
    let province = asm.sections.get(section).and_then(Section::reading_province);
    // (A row with text of its own elsewhere, or a status remark, is no rest.)
    // The one text under the address column goes on an address left open (`…1楼"外` +
    // `国专家服务"窗口`), whatever its content reads as.
    let closes_address = f.addr.is_none()
        && f.column_role == Some(Role::Address)
        && f.inst.as_deref().is_some_and(|t| {
            (continuation::closes_what_is_open(&prev.address, t)
                || continuation::ends_with_place(&prev.address)
                || continuation::place_cut_in_two(&squash(&prev.address), &squash(t))
                || opens_aside(t))
                && continuation::looks_like_tail(t, None)
                // (Or a building of the address's city after its house number, though it reads
                // as a name: `…明山街12号` + `鞍山市政务服务中心`.)
                || continuation::inside_after_house_number(&prev.address, t)
        });
    let rest_of_address = !heads
        && only_field_noise(f)
        && !f.addr.as_deref().or(f.inst.as_deref()).is_some_and(continuation::opens_with_a_name)
        && (closes_address
            || f.inst.is_none()
                && f.addr.as_deref().is_some_and(|t| {
                    crate::status::split_status(t).remark.is_none()
                        // (The next numbered window, `1.…127号` then `2.…`, is a record.)
                        && !continuation::next_list_item(&prev.address, t)
                        && (continuation::opens_inside_building(t)
                            // An address left after a separator (`…科学路16号 /`) goes on,
                            // as does one whose rest opens with one (`/ 贵州省贵阳市…`), and
                            // one that is only place names (`南平市建阳区` + `南平市行政服务
                            // 中心…6号窗口`).
                            || prev.address.trim_end().ends_with(['/', '、', ',', '，', ';', '；'])
                            || t.trim_start().starts_with(['/', '／'])
                            || continuation::only_places(&squash(&prev.address))
                            || continuation::place_cut_in_two(&squash(&prev.address), &squash(t))
                            || continuation::inside_after_house_number(&prev.address, t)
                            // (Or one closing the bracket the address left open, `…服务大厅(`
                            // + `昆山市登云路268号)`, or opening with the road word the address
                            // was cut before, `…南明区遵义` + `路270号…`.)
                            || continuation::closes_what_is_open(&prev.address, t)
                            || continuation::opens_with_road_word(t, province)
                            // (Or one under an address stopping at a place's name, `…12号
                            // 鞍山市` + `政务服务中心`, or an aside, `(昆山市登云路268号)`.)
                            || continuation::ends_with_place(&prev.address)
                            // (Or one going on a number the address was cut inside: `…遵义路
                            // 27` + `0号…`.)
                            || continuation::number_cut_in_two(&prev.address, t)
                            || continuation::opens_with_cut_road_name(t)
                            // (Or one finishing the word the address was cut inside: `…中国
                            // 重庆人力` + `资源服务产业园…`, though `资源` is a county's name.)
                            || continuation::finishes_a_word(&prev.address, t)
                            || continuation::ends_with_country(&prev.address)
                            || opens_aside(t)
                            || (continuation::stops_at_its_road(&prev.address) && !continuation::names_own_street(t))
                            || (continuation::looks_like_tail(t, province)
                                && (!continuation::has_street_number(&prev.address)
                                    || !continuation::names_a_location(t)
                                    || !continuation::names_own_street(t))))
                }));
    // Likewise a name's rest with more numbers beside it and no address: it completes a name
    // left without its ending (`安徽省政务服务中` + `心科技厅窗口`), or goes on a whole name
    // whose record has its address (`重庆市人力社保局` + `政务服务大厅`; a point of its own
    // opens with its place and has an address), or closes the bracket the name left open
    // (`…服务窗口(` + `受理顺德辖区内单位业务)`).
    let rest_of_name = !heads
        && only_field_noise(f)
        && f.addr.is_none()
        && f.column_role != Some(Role::Address)
        && !f.name_address_column
        && !prev.institution.is_empty()
        && f.inst.as_deref().is_some_and(|t| {
            let (head, tail) = (squash(&prev.institution), squash(t));
            // (A name cut inside its ending completes it: `…服务窗` + `口(受理…)`.)
            let completes = continuation::gives_name_its_ending(&prev.institution, t);
            continuation::closes_what_is_open(&prev.institution, t)
                || continuation::looks_like_tail(t, province)
                    && (!crate::classify::has_institution_suffix(&head) || !prev.address.is_empty())
                    && (crate::classify::has_institution_suffix(&tail) || ends_like_name(&tail) || is_remark_only(&tail) || completes)
                    && !continuation::whole_name_opening_with_a_city(t)
                    // (A whole agency after a whole agency is another point: `钱塘区科技局` +
                    // `大江东人力社保局`, whose place the gazetteer does not know.)
                    && !(ends_like_agency(&head) && ends_like_agency(&tail) && crate::text::cjk_count(&tail) >= 4)
        });
    let rest = if !same_record_section || prev.phone_cells.is_empty() {
        None
    } else if rest_of_name {
        Some(("institution", f.inst.as_deref(), "a wrapped name's rest and more numbers on the next row: the rest of that record"))
    } else if rest_of_address && !prev.address.is_empty() {
        let tail = f.addr.as_deref().or(f.inst.as_deref());
        Some(("address", tail, "a wrapped address's rest and more numbers on the next row: the rest of that record"))
    } else {
        None
    };
    if let Some((field, tail, msg)) = rest {
        join_field(&mut asm.drafts[pi], field, tail.unwrap_or_default(), (f.line, src), "", msg);
        take_phone_and_notes(asm, pi, f, (phone, *from_number), src);
        return true;
    }
    // Most rows: the record above has its phone (the tests below read text; skip them).
    if !prev.phone_cells.is_empty() || !same_record_section || (f.inst.is_none() && f.addr.is_none()) {
        return false;
    }
    join_phone_printed_low(asm, f, pi, section, heads, src)
}

/// [`join_tall_row`] for a row under a record with no phone yet (`pi`): its texts the
/// rests of that record's name and address (or the address itself, under a name printed
/// alone), its phone the record's, printed a row low. `heads`: the row prints a 序号 or a
/// province (centred on the tall row's second line).
fn join_phone_printed_low(asm: &mut Assembly, f: &Frag, pi: usize, section: usize, heads: bool, src: &Arc<str>) -> bool {
    let Some((phone, from_number)) = &f.phone else { return false };
    let prev = &asm.drafts[pi];
    // The one text cell is read as its column's field (`公安局出入境接待大厅` under
    // 地址 reads like a name), unless it gives the name above the ending it was cut before
    // or finishes the word it was cut inside (`玉溪市高新技术产` + `业开发区管理委员`, a page whose
    // header's columns are not its rows').
    let finishes_name = || f.inst.as_deref().is_some_and(|t| super::tails::completes_open_name(prev, t, f));
    let (inst, addr) = match f.column_role {
        Some(Role::Address) if f.addr.is_none() && !finishes_name() => (None, f.inst.as_deref()),
        Some(Role::Institution) if f.inst.is_none() => (f.addr.as_deref(), None),
        _ => (f.inst.as_deref(), f.addr.as_deref()),
    };
    let province = asm.sections.get(section).and_then(Section::reading_province);
    // Alone in its row, in its column, any text continues a field: a record with no
    // phone is one whose phone is on the next row far more often than one printed
    // without (a status remark aside: `本窗口自 2019.4.1 起撤销`).
    let lone =
        !heads && f.column_role.is_some() && !prev.institution.is_empty() && crate::status::split_status(&prev.address).remark.is_none();
    let inst_tail = inst.is_none_or(|t| {
        // A name's end is no proof it is whole (`…与科` + `技人才管理处`, `…和社会` +
        // `保障局…`): a name tail alone with the phone, under a name and address with
        // none, ends that name.
        let no_ending = !crate::classify::has_institution_suffix(&squash(&prev.institution));
        // (Or a record whose address is place names alone, cut before its street, that the
        // row's address goes on: `…人社局 | 章贡区` + `窗口 | 长征大道9号 | 0797-…`.)
        let prev_open = continuation::unfinished(&prev.institution)
            || no_ending
            // (A name cut inside a word, `…攀枝花市科` + `学技术局`, though `科` ends names.)
            || continuation::name_cut_inside_a_word(&prev.institution, t)
            || continuation::only_places(&squash(&prev.institution))
            || (addr.is_none() && !prev.address.is_empty())
            // (Or a window's word opening the row's name: `南海区科学技术局` + `服务窗口(…)`.)
            || continuation::opens_with_a_window(t)
            || (addr.is_some() && continuation::only_places(&squash(&prev.address)))
            // (Or a name's rest beside an address's, neither opening with a place, the
            // address naming no street of its own: `重庆市人力社保局` + `政务服务大厅 |
            // 服务产业园南区1号门三楼`; a record of its own opens with its place.)
            || addr.is_some_and(|a| {
                continuation::looks_like_tail(t, province)
                    && continuation::looks_like_address_tail(a, province)
                    && !continuation::names_own_street(a)
                    && !continuation::opens_with_a_name(a)
            })
            // (Or one beside an address's certain rest: `…人社局 | 章贡区长征` + `窗口 | 大道9号`.)
            || addr.is_some_and(|a| {
                continuation::opens_with_road_word(a, None)
                    || continuation::opens_with_cut_road_name(a)
                    || continuation::opens_inside_building(a)
                    || continuation::number_cut_in_two(&prev.address, a)
                    || continuation::address_cut_inside(&prev.address, a)
                    // (Or the house number of an address that stops at its road: `…龙子湖路` +
                    // `369号`.)
                    || continuation::house_number_after_road(&prev.address, a)
            });
        // A bracketed remark alone (`(龙岩市外国专家局)`) completes even a whole name; a name
        // with no ending at all (`新疆生产建设`) takes any text, a place first or not
        // (`兵团外国专家局`).
        let remark = is_remark_only(&squash(t));
        // A whole name opening like a place the gazetteer does not know (`丙市科学技术局`, or
        // one OCR misread: `古林市…`), under a whole name, is a record of its own.
        let prev_whole = continuation::whole_name(&prev.institution);
        // (So is a street and number of its own under a whole name, read in the name's
        // column: `…社会保障局` + `经济技术开发区荣华中路10号…`, a window's address.)
        let own_name = prev_whole && (continuation::whole_name_opening_with_a_city(t) || continuation::has_street_number(t));
        // A text closing the bracket the name left open (`甘肃省科学技术厅(` + `甘肃省外国专家局)`)
        // is its rest, though it opens with a place.
        let closes = continuation::closes_what_is_open(&prev.institution, t);
        // (A name left open, `丹东市科学技术局(`, takes any text: `丹东市外国专家`.)
        let left_open = continuation::unfinished(&prev.institution);
        ((continuation::looks_like_tail(t, province) || lone || no_ending || left_open) && prev_open && !own_name || remark || closes)
            && !prev.institution.is_empty()
    });
    // Or the address itself, under a name printed alone (`| 南通市科学技术局 | | |`),
    // or beside the tail of that name.
    // (Not an address in another city than the name's: `…襄阳片区管理委员会` alone, then
    // `中国(湖北)自贸区宜昌片区…` with its phone, is a window with no name of its own.)
    let addr_low = !heads
        && prev.address.is_empty()
        && !prev.institution.is_empty()
        && addr.is_none_or(|a| !continuation::names_another_city(&prev.institution, a, province));
    // A name's ending beside it that finishes a name cut inside a word or a place's name
    // (`常州市武进区政务服` + `务中心`, `江阴` + `市科学技术局`), or under place names alone
    // (`沈阳市` + `外国专家局`): the row is that record's rest, whatever its address reads
    // like (`江阴市场`, `沈阳市政务服务中心…`: no row opens a record with half a name).
    // (Likewise the rest of a name left open, `…服务窗口(受理` + `顺德辖区内单位业务)`,
    // `丹东市科学技术局(` + `丹东市外国专家`, or a window's, `南海区科学技术局` + `服务窗口(受理…)`.)
    let name_goes_on = inst_tail
        && inst.is_some_and(|t| {
            let (head, tail) = (squash(&prev.institution), squash(t));
            // (Asked below twice each: looked up once, when the cheap tests leave it open.)
            let across = std::cell::OnceCell::new();
            let across = || *across.get_or_init(|| continuation::place_cut_in_two(&head, &tail));
            let places = std::cell::OnceCell::new();
            let places = || *places.get_or_init(|| continuation::only_places(&head));
            continuation::closes_what_is_open(&prev.institution, t)
                || continuation::unfinished(&prev.institution)
                || (continuation::opens_with_a_window(t) && ends_like_name(&tail))
                // (Or a short ending, the rest of the name's last word, `黑河市科学技术` + `局(外国
                // 专家局)`.)
                // (Or a longer one opening with no place, `…社会保障局行政` + `许可服务科`: a
                // record of its own names its place first.)
                || (continuation::gives_name_its_ending(&prev.institution, t)
                    && (tail.split(['(', '（']).next().is_some_and(|w| (1..=3).contains(&w.chars().count()))
                        || continuation::looks_like_tail(t, province)))
                // (A place's name cut in two is no place misread opening a name: `昆明市五` +
                // `华区受理点` is 五华区, not a misread `五华区…`; under place names alone,
                // `昆明市` + `五华区受理点`, a name opening with its own place goes on them.)
                || (continuation::looks_like_tail(t, province) || across() || places())
                    && ends_like_name(&tail)
                    // (A word cut, though the head ends like a name: `湘潭市科` + `学技术局`.)
                    && (continuation::name_cut_inside_a_word(&prev.institution, t)
                        || !crate::classify::has_institution_suffix(&head)
                            && (across() || continuation::short_place_cut(&head, &tail, province) || places()))
        });
    // An address that was only place names (`新疆乌鲁木齐市`) goes on with any text.
    let addr_tail = addr.is_none_or(|t| {
        addr_low
            || name_goes_on
            || (!prev.address.is_empty()
                && ((lone || continuation::looks_like_address_tail(t, province))
                    // (Not a street and number of its own under an address that named its
                    // street and number: two windows, the upper printed without a phone.)
                    && !continuation::another_street_address(&prev.address, t)
                    // (Or the rest of a place's name or a word the address was cut inside:
                    // `绍兴市越` + `城区行政中心…`, `…名城广` + `场4号楼…`.)
                    || continuation::address_cut_inside(&prev.address, t)
                    // (Or any text after an address left open, `包河大道118号,` + `包河区政务
                    // 服务中心…`, or stopping at a place's name after its number, `…101号龙岩市`
                    // + `公安局出入境接待大厅`.)
                    || continuation::unfinished(&prev.address)
                    || continuation::ends_with_place(&prev.address)
                    // (Or any address under one that is place names alone: `宁夏回族自治区` +
                    // `银川市兴庆区文化西街108号`.)
                    || continuation::only_places(&squash(&prev.address))
                    // (Under the heads centred on a tall row's second line, an address left
                    // after a separator, `…科学路16号 /`, goes on with the next, whole one.)
                    || (heads && (continuation::continues_address(&prev.address, t) || continuation::unfinished(&prev.address)))))
    });
    if inst_tail && addr_tail {
        let prev = &mut asm.drafts[pi];
        prev.section = section;
        for (field, piece) in [("institution", inst), ("address", addr)] {
            let Some(p) = piece else { continue };
            join_field(
                prev,
                field,
                p,
                (f.line, src),
                "the address and phone printed a row low, under a name printed alone",
                "a wrapped field's tail and a phone on the next row, under a record with no phone: the rest of that record",
            );
        }
        take_phone_and_notes(asm, pi, f, (phone, *from_number), src);
        return true;
    }
    false
}

/// True when the row's only noise is text under the name or address column (see
/// [`absorb_field_noise`]): no stray text keeps it from going on the record above.
fn only_field_noise(f: &Frag) -> bool {
    f.noise.iter().all(|n| f.field_noise.iter().any(|(_, t)| t == n))
}

/// Appends the noise cells under the name or address column of a row that went on the
/// record at `pi` to that record's field (`| 技术局 | 窗口 | 0574-… |`: `窗口` is too short to
/// read as an address alone, yet it is the address's rest), taking back their
/// `noise_text_dropped` findings. Only Chinese text, and only onto a field that has text:
/// a rest needs its head.
pub(super) fn absorb_field_noise(asm: &mut Assembly, pi: usize, f: &Frag, src: &Arc<str>) {
    if asm.drafts[pi].in_garbled_region {
        return;
    }
    for (role, text) in &f.field_noise {
        let field = if *role == Role::Institution { "institution" } else { "address" };
        let prev = &asm.drafts[pi];
        let head = if *role == Role::Institution { &prev.institution } else { &prev.address };
        // (Or a room's number wrapped off the address, `524`, `18#`.)
        let t = text.trim();
        let room = t.bytes().any(|b| b.is_ascii_digit()) && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'#');
        // (Not a numbered item under the name column, `11. 公 体件户`: no name's rest.)
        if head.is_empty()
            || (crate::text::cjk_count(text) == 0 && !(room && *role == Role::Address))
            || (*role == Role::Institution && continuation::opens_list_item(text))
            || crate::text::is_placeholder(text)
            || crate::text::is_page_mark(text)
            || !f.noise.contains(text)
        {
            continue;
        }
        let Some(k) = noted_noise(asm, f.line, text) else { continue };
        asm.dropped.remove(k);
        let prev = &mut asm.drafts[pi];
        prev.lines.insert(f.line);
        join_field(
            prev,
            field,
            text,
            (f.line, src),
            "",
            "a short rest of the field under its column on the row that goes on the record, joined back",
        );
    }
}

/// The record above takes a joined row's phone cell, line and notes, and the cell split its
/// fields came from.
fn take_phone_and_notes(asm: &mut Assembly, pi: usize, f: &Frag, (phone, from_number): (&str, bool), src: &Arc<str>) {
    if !join_cut_phone(asm, pi, phone, from_number, f.line, src) {
        asm.drafts[pi].phone_cells.push((phone.to_string(), from_number));
    }
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(f.line);
    prev.notes.extend(f.notes.iter().cloned());
    let findings = f.split_findings(prev, src);
    prev.findings.extend(findings);
}

/// Appends a piece of a record's `field` (`institution` or `address`) printed on the row at
/// `at`, with its `split_row_joined` finding: `low` when the field was empty (printed a row
/// low), `wrapped` when the piece is its tail. Returns whether the field was empty.
pub(super) fn join_field(
    prev: &mut Draft,
    field: &'static str,
    piece: &str,
    at: (u32, &Arc<str>),
    low: &'static str,
    wrapped: &'static str,
) -> bool {
    let target = if field == "institution" { &mut prev.institution } else { &mut prev.address };
    let before = target.clone();
    crate::text::push_wrapped(target, piece);
    let after = clean_field(target);
    let msg = if before.is_empty() { low } else { wrapped };
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, at.1, lines1(at.0)).field(field).change(format!("{before} + {piece}"), after).msg(msg),
    );
    before.is_empty()
}

/// Where the head of a phone number a wrap cut sits, its rest on a row below.
enum CutHead {
    /// The record's last phone cell: one number short of its area's length (`0314-205007`),
    /// or ending on the word before an extension (`…1234转`).
    Cell,
    /// Text left as noise on the record's last row above (`0539-81`, `0535-`), the record
    /// having no phone: the index of its finding in [`Assembly::dropped`].
    Dropped(usize),
}

/// The head a phone number's rest (`21234`, `6781234`, printed on the row at `line`)
/// completes on record `pi`, and the number the two make, if they read as valid numbers:
/// the record's last phone cell a wrap cut short, or a head left as noise on its last row
/// when it had no phone. The rest may print its digits in groups (`8635 1089`) and go on
/// with the cell's other numbers (`22073、3391187`, `0099/2251233`).
fn cut_number_head(asm: &Assembly, pi: usize, rest: &str, from_number: bool, line: u32) -> Option<(CutHead, String)> {
    let rest = rest.trim();
    let rest_count = rest_numbers(rest)?;
    let prev = &asm.drafts[pi];
    let (head, at) = match prev.phone_cells.last() {
        Some((cell, n)) => {
            if *n != from_number || !(is_short_number(cell) || ends_before_extension(cell)) {
                return None;
            }
            (cell.as_str(), CutHead::Cell)
        }
        None => {
            let k = noise_on_record_row(asm, pi, line, |d| is_phone_head(&d.before))?;
            (asm.dropped[k].before.as_str(), CutHead::Dropped(k))
        }
    };
    // (A remark closing the rest, `(两证联办)`, is read with the cell; the numbers are
    // checked without it.)
    let parsed = crate::phone::parse_phone_cell(&format!("{}{}", head.trim(), without_remark(rest)), from_number);
    let joined = format!("{}{rest}", head.trim());
    // (An extension only after a head that asked for one: `0573-82061234转` + `8012`.)
    let extension_fits = |p: &crate::record::Phone| p.extension.is_some() == ends_before_extension(head);
    // One number per number printed (the cut one counted once): none lost, none read
    // across two.
    let numbers = head.trim().split(NUMBER_SEPARATORS).count() + rest_count - 1;
    // (A shorthand read with the area code of the number before it, `…/2251233`, is no doubt.)
    let all_valid = parsed.phones.len() == numbers
        && parsed.phones.first().is_some_and(extension_fits)
        && parsed.issues.iter().all(|i| i.code == FindingCode::PhoneShorthandExpanded)
        && parsed.notes.is_empty();
    all_valid.then_some((at, joined))
}

/// The text before a bracketed remark closing it (`789046 (工作日内回复)` → `789046`), a
/// remark of words, no digits; the text itself when it has none.
fn without_remark(text: &str) -> &str {
    let t = text.trim_end();
    match t.find(['(', '（']) {
        Some(at) if t.ends_with([')', '）']) && !t[at..].bytes().any(|b| b.is_ascii_digit()) => t[..at].trim_end(),
        _ => t,
    }
}

/// What parts the numbers of one phone cell (`0571-87051076/87056704`).
const NUMBER_SEPARATORS: [char; 7] = ['/', '、', ',', ';', '，', '；', '／'];

/// Whether a text can be the rest of a number a wrap cut (see [`rest_numbers`]).
pub(super) fn is_number_rest(rest: &str) -> bool {
    rest_numbers(rest).is_some()
}

/// How many numbers a text that can be the rest of a number a wrap cut prints, the cut
/// one among them: digits, in groups a space apart (`8635 1089`), maybe followed by the
/// cell's other numbers, after a separator (`22073、3391187`, `0099/2251233`) or a space
/// before a number with its area code (`5409 0797-5866927`), and a remark closing it
/// (`(两证联办)`). `None` for any other text.
fn rest_numbers(rest: &str) -> Option<usize> {
    let mut count = 0;
    for (k, part) in without_remark(rest).split(NUMBER_SEPARATORS).enumerate() {
        let mut groups = part.split_whitespace();
        let first = groups.next()?;
        let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
        let dialled = |g: &str| g.contains(['-', '－']) && landline_parts(g).is_some_and(|(_, local)| !local.is_empty());
        // (The cut number's rest opens the text: digits alone.)
        if !(digits(first) || k > 0 && dialled(first)) {
            return None;
        }
        count += 1;
        for g in groups {
            if dialled(g) {
                count += 1;
            } else if !digits(g) {
                return None;
            }
        }
    }
    Some(count)
}

/// Joins the rest of a phone number a wrap cut (`21234`, `6781234`) to its head on record
/// `pi` (see [`cut_number_head`]). Returns whether it did.
pub(super) fn join_cut_phone(asm: &mut Assembly, pi: usize, rest: &str, from_number: bool, line: u32, src: &Arc<str>) -> bool {
    let Some((at, joined)) = cut_number_head(asm, pi, rest, from_number, line) else { return false };
    let head_line = asm.drafts[pi].lines.range(..line).next_back().copied().unwrap_or(line);
    let head = join_to_phone_cell(asm, pi, at, joined, from_number);
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(line);
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, src, (head_line, line))
            .field("phones")
            .change(format!("{} | {}", head.trim(), rest.trim()), "")
            .msg("a phone number cut by a line wrap (its head on the row above) was joined back"),
    );
    // (An empty name cell is decided again by the whole number's area code: `和平区…` dialling
    // `022-62` + `623040`, 和平区 of 天津, not of 沈阳.)
    super::inheritance::redecide_inheritance(asm, pi, src);
    true
}

/// Joins a text alone on its row (`办)`) to a remark a wrap cut in record `pi`'s phone
/// column: the record's last phone cell, or a remark alone left as noise on its last row
/// when it had no phone (`(两`), whose bracket the text closes, the record's name and
/// address closed. Returns whether it did.
pub(super) fn join_cut_remark(asm: &mut Assembly, pi: usize, text: &str, line: u32, src: &Arc<str>) -> bool {
    let prev = &asm.drafts[pi];
    let closed = |field: &str| crate::text::bracket_balance(field) <= 0;
    if !closed(&prev.institution) || !closed(&prev.address) || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let at = match prev.phone_cells.last() {
        Some((cell, _)) => continuation::closes_what_is_open(cell, text).then_some(CutHead::Cell),
        None => noise_on_record_row(asm, pi, line, |d| {
            d.field.is_none() && d.before.trim_start().starts_with(['(', '（']) && continuation::closes_what_is_open(&d.before, text)
        })
        .map(CutHead::Dropped),
    };
    let Some(at) = at else { return false };
    let head = match at {
        CutHead::Cell => prev.phone_cells.last().map(|(c, n)| (c.clone(), *n)).expect("matched above"),
        CutHead::Dropped(k) => (asm.dropped[k].before.clone(), false),
    };
    let joined = format!("{}{text}", head.0);
    join_to_phone_cell(asm, pi, at, joined.clone(), head.1);
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(line);
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, src, lines1(line))
            .field("phones")
            .change(format!("{} + {text}", head.0), joined)
            .msg("a remark in the phone cell cut by a wrap, its rest alone on the next row, joined back"),
    );
    true
}

/// Puts `joined` (a head and its rest) in record `pi`'s phone cells where the head was:
/// in place of its last cell, or as a new cell for a head left as noise (its finding
/// taken out). Returns the head's text.
fn join_to_phone_cell(asm: &mut Assembly, pi: usize, at: CutHead, joined: String, from_number: bool) -> String {
    match at {
        CutHead::Cell => {
            // (A cell changed in place: the lone-phone map is built again.)
            asm.lone_phone_keys = None;
            let cell = asm.drafts[pi].phone_cells.last_mut().expect("a cell read above");
            std::mem::replace(&mut cell.0, joined)
        }
        CutHead::Dropped(k) => {
            asm.drafts[pi].phone_cells.push((joined, from_number));
            asm.dropped.remove(k).before
        }
    }
}

/// The index of a finding of text left as noise on record `pi`'s last row before `line`
/// (a row going on the record may be in it already) that `fits`: a head a wrap cut.
fn noise_on_record_row(asm: &Assembly, pi: usize, line: u32, fits: impl Fn(&Finding) -> bool) -> Option<usize> {
    let row = asm.drafts[pi].lines.range(..line).next_back().copied().unwrap_or(0);
    // Findings are pushed in line order: only the last ones can be of that row.
    let recent = asm.dropped.iter().rev().take_while(|d| d.line_start >= row).count();
    let from = asm.dropped.len() - recent;
    asm.dropped[from..].iter().rposition(|d| d.code == FindingCode::NoiseTextDropped && d.line_start == row && fits(d)).map(|k| from + k)
}

/// Whether a row's phone cell is the rest of the number record `pi` was cut inside (digits
/// alone completing it): the row goes on that record, its texts the fields' rests.
pub(super) fn completes_cut_phone(asm: &Assembly, pi: usize, rest: &str, from_number: bool, line: u32) -> bool {
    cut_number_head(asm, pi, rest, from_number, line).is_some()
}

/// Reads a number taken for a 序号 on a row of field rests too short to read as fields
/// (`理点 | 区人社局508 | 926` under `昆明市五华区受 | 正义路五华坊42号五华 | 0871-63588`) as
/// the rest of the number record `pi` was cut inside, when it completes that number and is
/// not the number after the record's own: the row is the record's rest (one wrap cut the
/// name, the address and the number), each rest the field of its column.
pub(super) fn seq_as_phone_rest(asm: &Assembly, pi: usize, f: &mut Frag) {
    let Some(seq) = f.seq.as_deref().map(str::trim) else { return };
    // (A field taken back from the rests, `(外国专家与国际合作科)` read as the name's remark,
    // is one of them.)
    let rest_or_none = |v: &Option<String>| v.as_ref().is_none_or(|t| f.field_noise.iter().any(|(_, n)| n == t));
    let bare = rest_or_none(&f.inst) && rest_or_none(&f.addr) && f.phone.is_none() && f.province.is_none() && f.garbled.is_empty();
    let rests_only = !f.field_noise.is_empty() && only_field_noise(f);
    let next_seq = asm.drafts[pi].seq.map(|n| n + 1);
    if !bare || !rests_only || super::sections::seq_number(Some(seq)) == next_seq || !completes_cut_phone(asm, pi, seq, false, f.line) {
        return;
    }
    let seq = f.seq.take().expect("matched above");
    for (role, text) in std::mem::take(&mut f.field_noise) {
        let field = if role == Role::Institution { &mut f.inst } else { &mut f.addr };
        match (field.is_none(), f.noise.iter().position(|t| *t == text)) {
            (true, Some(k)) => {
                f.noise.remove(k);
                *field = Some(text);
            }
            _ => f.field_noise.push((role, text)),
        }
    }
    f.noise.push(seq);
}

/// Where the audit holds `text` of row `line` as noise left out: the finding a join that
/// takes the text back removes.
pub(super) fn noted_noise(asm: &Assembly, line: u32, text: &str) -> Option<usize> {
    asm.dropped.iter().rposition(|d| d.code == FindingCode::NoiseTextDropped && d.line_start == line && d.before == text)
}

/// Joins a phone's rest left as noise on a row that goes on the record above (the wrap cut
/// the name, the address and the number alike: `杭州市外国专 | … | 0571-87` over `家局 | … |
/// 051076`) to the head that row left as noise, as [`join_cut_phone`] does for a rest alone.
pub(super) fn absorb_cut_phone(asm: &mut Assembly, pi: usize, f: &Frag, src: &Arc<str>) {
    if f.phone.is_some() || asm.drafts[pi].in_garbled_region {
        return;
    }
    for text in &f.noise {
        if noted_noise(asm, f.line, text).is_some() && join_cut_phone(asm, pi, text, false, f.line, src) {
            // (The head, dropped on a row above, is gone: the rest's place is found again.)
            if let Some(k) = noted_noise(asm, f.line, text) {
                asm.dropped.remove(k);
            }
            return;
        }
    }
}

/// True for a cell of one number ending on the word that opens an extension (`0573-82061234
/// 转`, `…分机`): its extension cut off by a wrap.
fn ends_before_extension(text: &str) -> bool {
    let t = continuation::without_phone_label(text.trim());
    let number = t.trim_end_matches('转').trim_end_matches("分机").trim_end();
    number.len() < t.len() && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

/// True for a cell of one landline number shorter than every local number of its area code
/// (`0314-205007`, `0535-`): no whole number, a head a wrap cut.
fn is_short_number(text: &str) -> bool {
    let lengths = |area: &str| crate::phone::local_lengths(area);
    text.contains(['-', '－'])
        && landline_parts(text).is_some_and(|(area, local)| !lengths(area).is_empty() && lengths(area).iter().all(|&l| local.len() < l))
}

/// True for the head of a phone number a wrap cut (`0539-81`, `0535-`): an area code with
/// a dash, and maybe the first digits of the number.
fn is_phone_head(text: &str) -> bool {
    let t = continuation::without_phone_label(text.trim());
    t.len() <= 10 && landline_parts(t).is_some_and(|(_, local)| local.len() < 7)
}

/// The area code and the local digits of a landline printed `0xxx-digits` (or the area code
/// alone), maybe after a label (`电话:0715-478`), if the text is one.
fn landline_parts(text: &str) -> Option<(&str, &str)> {
    let t = continuation::without_phone_label(text.trim());
    let (area, local) = t.split_once(['-', '－']).unwrap_or((t, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    (area.starts_with('0') && (3..=4).contains(&area.len()) && digits(area) && digits(local)).then_some((area, local))
}

/// Adds a row holding only a phone to the record `pi` above as another of its numbers: in
/// the cell it wrapped from after a joiner (`0532-85911234/` + `85911235`), else a cell of
/// its own unless the record prints it already.
pub(super) fn join_lone_phone(asm: &mut Assembly, pi: usize, f: &Frag, ptext: String, from_number: bool, src: &Arc<str>) {
    let key = squash(&ptext).into_owned();
    let dup = asm.phone_keys(pi).contains_key(&key);
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(f.line);
    prev.notes.extend(f.notes.iter().cloned());
    // A cell wrapped after a joiner (`0532-85911234/` + `85911235`): one cell again,
    // so the shorthand reads with the area code before it.
    let wrapped = prev.phone_cells.last_mut().filter(|(t, n)| {
        *n == from_number && (t.trim_end().ends_with(NUMBER_SEPARATORS) || ptext.trim_start().starts_with(NUMBER_SEPARATORS))
    });
    // (The map follows the cell: its old text out, the joined one in.)
    let mut rekeyed = None;
    if let Some((t, _)) = wrapped {
        let old = squash(t).into_owned();
        t.push_str(&ptext);
        rekeyed = Some((Some(old), squash(t).into_owned()));
    } else if !dup {
        prev.phone_cells.push((ptext.clone(), from_number));
        rekeyed = Some((None, key));
    }
    let cells = prev.phone_cells.len();
    if let (Some((old, new)), Some((_, n, keys))) = (rekeyed, asm.lone_phone_keys.as_mut()) {
        if let Some(old) = old {
            if let Some(c) = keys.get_mut(&old) {
                *c -= 1;
                if *c == 0 {
                    keys.remove(&old);
                }
            }
        }
        *keys.entry(new).or_insert(0) += 1;
        *n = cells;
    }
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, src, lines1(f.line))
            .field("phones")
            .change(ptext, "")
            .msg("a row holding only a phone is another number of the record above"),
    );
}
