//! Rows without a phone or a 序号 under a record: the rest of its fields a wrap moved onto
//! the next row (a name's or an address's tail, a field printed a row low), or a record of
//! its own that lacks its phone. Decided by what the texts finish above, then joined.

use std::sync::Arc;

use super::inheritance::redecide_inheritance;
use super::joins::{absorb_cut_phone, absorb_field_noise, join_field, noted_noise};
use super::{
    both_open_with_same_place, continuation, is_remark_only, lines1, opens_with_same_place, Assembly, Draft, Frag, InstitutionSource,
};
use crate::classify::{ends_like_name, Role};
use crate::finding::{Finding, FindingCode};
use crate::text::{clean_field, squash};

/// True when the row's texts are the rest of the record above (`prev`): each of its name
/// and address text is a tail of that field or fills it, and the row is no whole record of
/// its own. `province` is the section's.
pub(super) fn continues_record_above(f: &Frag, prev: &Draft, province: Option<usize>) -> bool {
    // A name alone on its row after a name that does not end like one (`首都医科大学附属`
    // + `北京友谊医院`) is its second half, even when it starts with a place.
    let name_only_row = f.addr.is_none();
    let prev_name_open = !prev.institution.is_empty() && !crate::classify::has_institution_suffix(&squash(&prev.institution));
    let prev_whole = continuation::whole_name(&prev.institution);
    // Likewise a name alone under a record that has its address or phone but no name, one
    // of the city they are in (`…武汉片区管理委员会` under `0717-… 湖北省宜昌市…` names the
    // next point).
    let fills_name = name_only_row
        && prev.institution.is_empty()
        && (!prev.address.is_empty() || !prev.phone_cells.is_empty())
        && f.inst.as_deref().is_some_and(|t| {
            !continuation::point_of_another_city(t, &prev.address, prev.phone_cells.iter().map(|(p, _)| p.as_str()), province)
        });
    // An address's rest beyond doubt (the word, place's name, number or road's name
    // the address above was cut inside: `…12大` + `街交叉口…`) takes the name's text
    // beside it along, whatever that reads like (`开封片区政务服务中心`).
    // (Or any address under one stopping at the country's name, `…750号中国(山东)` +
    // `自由贸易试验区济南片区…`: no address ends so.)
    let addr_cut = f.addr.as_deref().is_some_and(|a| {
        continuation::address_cut_inside(&prev.address, a)
            || continuation::number_cut_in_two(&prev.address, a)
            || continuation::opens_with_cut_road_name(a)
            || continuation::opens_with_road_word(a, province)
            || (continuation::ends_with_country(&prev.address) && continuation::looks_like_address_tail(a, province))
    });
    // (A name under an address in a `受理机构/地址` column, which prints a record's name
    // above its address, opens the next record: it neither fills a name nor goes on one.)
    let opens_next = f.name_address_column && !prev.address.is_empty() && f.inst.is_some() && !addr_cut;
    let inst_tail = !opens_next
        && (fills_name
            || addr_cut
            // (Never a city's name alone naming another city than the name, `武汉市自贸区`
            // + `襄阳市`: a heading of the records below, no name names two cities.)
            // (Nor a place opening a name under a name whose bracket lacks only its close.)
            || f.inst.as_deref().is_none_or(|t| {
                !continuation::another_city_alone(&prev.institution, t)
                    && !continuation::opens_after_bracket_short_of_its_close(&prev.institution, t)
            } && {
                // (A whole name opening like a place the gazetteer does not know, `古林市外国
                // 专家局` where the section's province is unknown to correct it, under a whole
                // name, is a record of its own.)
                (continuation::looks_like_tail(t, province) && !(prev_whole && continuation::whole_name_opening_with_a_city(t)))
                // (Or any text under a head too short for a name: `中德` + `常州创新
                // 产业园`.)
                || continuation::too_short_for_a_name(&prev.institution)
                // (Or a name's ending after a name without one, that opens with a
                // place of another province: `…行政审批` + `和政务服务局`, 和政县.)
                || (prev_name_open && ends_like_name(&squash(t)) && continuation::opens_with_place_elsewhere(t, province))
                || continuation::unfinished(&prev.institution)
                // (A name cut inside a place's name or a word: `四川省成` + `都市外国
                // 专家局`, though `都市` reads as 成都市 misread.)
                || continuation::name_cut_inside_a_word(&prev.institution, t)
                // (Or an area of the free-trade zone the name above ends with: `中国(河南)自由
                // 贸易试验区` + `郑州片区管理委员会…`.)
                || continuation::names_area_of_zone(&prev.institution, t)
                // (Or one under a name of place names alone: `合肥市` + `包河区人社局…`.)
                || continuation::only_places(&squash(&prev.institution))
                || (name_only_row && (prev_name_open || is_remark_only(&squash(t))))
                // (Or a window's word opening a name alone on its row, under a name with
                // its address: `黄埔区科学技术局` + `服务窗口(受理黄埔`, the window of that
                // office; a record of its own opens with its place.)
                || (name_only_row && window_of_office_above(prev, t))
            }));
    // An address alone on its row under a record that has none is that record's
    // address, printed a row low.
    // (Or under a name in a `受理机构/地址` column, which prints the address below its name.)
    let fills_address = f.inst.is_none()
        && f.addr.is_some()
        && prev.address.is_empty()
        && (!prev.phone_cells.is_empty() || (f.name_address_column && continuation::whole_name(&prev.institution)));
    // (The next numbered window, `1.…127号` then `2.市人社`, is no tail.)
    let addr_tail = fills_address
        || f.addr.as_deref().is_none_or(|t| !continuation::next_list_item(&prev.address, t)) && f.addr.as_deref().is_none_or(|t| {
            // An address alone on its row opens with a place as printed, or it is a
            // tail: a place one character off (`城新区` for 城阳区) is not enough.
            // (A street and house number of its own under an address that has
            // one is another window's address: `…新华东街11号院…园区` + `经济技术开发区
            // 荣华中路10号…`, whatever place the gazetteer does not know it opens with.)
            (if f.inst.is_none() { continuation::looks_like_address_tail(t, province) } else { continuation::looks_like_tail(t, province) }
                    && !(continuation::has_street_number(t) && continuation::has_street_number(&prev.address)))
                    || continuation::unfinished(&prev.address)
                    // (A second address after a separator, `/ 贵州省贵阳市…270号…`, goes
                    // on the first, its own street and number or not.)
                    || t.trim_start().starts_with(['/', '／'])
                    // (An address that is only place names, `锦州市`, goes on with any
                    // address beside the name's rest: `术局(…)` + `太和区市府路68号`.)
                    || continuation::only_places(&squash(&prev.address))
                    // (Or one beside the rest of a name cut inside a word or before its
                    // ending, `河南省科` + `学技术厅 | 河南科技信息大厦…`, `来宾市科学技术` +
                    // `局 | 来宾市科技企业孵化基地…`: that row is the record's rest.)
                    || (f.inst.as_deref().is_some_and(|n| {
                        // (A name closed by its remark, `…(…单位业务)`, ends like one.)
                        continuation::name_cut_inside_a_word(&prev.institution, n)
                            || (continuation::gives_name_its_ending(&prev.institution, n)
                                && !ends_like_name(&squash(&prev.institution)))
                            || continuation::closes_what_is_open(&prev.institution, n)
                    })
                        && !(continuation::has_street_number(t) && continuation::has_street_number(&prev.address)))
                    // (Or one finishing a place's name the address was cut inside:
                    // `长春市南` + `关区亚泰大街…`, though `关区` reads as 南关区 misread.)
                    || continuation::place_cut_in_two(&squash(&prev.address), &squash(t))
                    || (f.inst.is_none() && continuation::continues_address(&prev.address, t))
                    // (Or under an address stopping at the country's name: `…99号中国`
                    // + `重庆人力资源服务产业园…`.)
                    || continuation::ends_with_country(&prev.address)
        });
    // A whole name beside an address with its street number, under a record whose
    // name and address are whole too, is a record of its own that lacks its phone
    // (`| 乙市科学技术局 | 二路2号 | |`), whatever places its texts name.
    // (Or beside an address opening with the place the name opens with, one no table
    // knows: `贵安新区经济发展局 | 贵安新区数字…`.)
    let whole_record = f.inst.as_deref().is_some_and(|t| {
        let t = squash(t);
        crate::classify::has_institution_suffix(&t) && crate::text::cjk_count(&t) >= 4 && !t.contains(')')
    }) && f
        .addr
        .as_deref()
        .is_some_and(|a| continuation::has_street_number(a) || f.inst.as_deref().is_some_and(|n| opens_with_same_place(n, a)))
        && continuation::whole_name(&prev.institution)
        // (An address of place names alone, `南京玄武区`, is cut before its street:
        // `江苏省科` + `学技术厅` beside it ends like a name but is its rest.)
        && !prev.address.is_empty()
        && !continuation::only_places(&squash(&prev.address))
        // (Nor a place and a word's head, `九江市八里` + `湖新区八里湖大道166号…`.)
        && !continuation::address_stops_short(&prev.address)
        // (Nor when the row's texts finish words the fields above were cut inside:
        // `四川省南充市科` + `学技术局`, `顺庆区万` + `年西路2号`.)
        && !f.inst.as_deref().is_some_and(|t| {
            continuation::name_cut_inside_a_word(&prev.institution, t) || continuation::names_area_of_zone(&prev.institution, t)
        })
        && !f.addr.as_deref().is_some_and(|a| continuation::address_cut_inside(&prev.address, a))
        // (Nor under an address stopping at the country's name, `…99号中国` +
        // `重庆人力资源服务产业园…`: the name of what follows in it; nor beside any
        // address's rest beyond doubt, `…春华` + `大道99号…`.)
        && !continuation::ends_with_country(&prev.address)
        && !addr_cut;
    // (A name and an address opening with the same place, one no table knows, open a
    // record: `贵安新区经济发 | 贵安新区数字经济…` under `黔西南州科技局`.)
    // (Under a whole name: below one cut short, `郑州航空港经`, they are its rests.)
    let prev_whole = ends_like_name(&squash(&prev.institution)) && !continuation::unfinished(&prev.institution);
    // (Nor when that place is the one the name and the address above were both cut inside:
    // `阿鲁科 | 阿鲁科` + `尔沁旗科学技术局 | 尔沁旗科技南路60号…`, 阿鲁科尔沁旗, though `科` ends a name.)
    let both_cut = |n: &str, a: &str| {
        continuation::place_cut_in_two(&squash(&prev.institution), &squash(n))
            && continuation::place_cut_in_two(&squash(&prev.address), &squash(a))
    };
    let opens_record = prev_whole && matches!((&f.inst, &f.addr), (Some(n), Some(a)) if both_open_with_same_place(n, a) && !both_cut(n, a));
    inst_tail && addr_tail && !whole_record && !opens_record
}

/// True for a name opening with a window's word under an office printed with its address
/// (`黄埔区科学技术局` + `服务窗口(受理黄埔`): that office's window, its name's rest.
fn window_of_office_above(prev: &Draft, text: &str) -> bool {
    !prev.address.is_empty() && continuation::opens_with_a_window(text)
}

/// Joins a row that continues the record `pi` above into it: its name's text when it goes
/// on the name (else the address's, or left out, in the audit), its address's, notes, the
/// noise its fields were cut from, a cut number's rest.
pub(super) fn join_tail_row(asm: &mut Assembly, pi: usize, f: &mut Frag, src: &Arc<str>) {
    let prev = &asm.drafts[pi];
    // A name tail joins only a name that is unfinished, or completes one with a
    // name ending (`员会`, `局)`); otherwise it is stray text (`11. 公 体件户`).
    let inst_joins = f.inst.as_deref().is_some_and(|t| {
        // (A row completing the record's cut number is its rest, its name's text too.)
        if f.phone_rest {
            return true;
        }
        let (pi_text, tail) = (prev.institution.as_str(), squash(t));
        // (A numbered item, `11. 公 体件户`, is no name's part.)
        if continuation::opens_list_item(&tail) {
            return false;
        }
        let closes = tail.contains(')') && !tail.contains('(');
        // A bracketed remark alone (`(受理南海辖区内单位业务)`) completes a whole name.
        // (So does a name's rest finishing a word the name was cut inside, though
        // the head ends like a name: `余杭区科` + `技局2`.)
        is_remark_only(&tail)
            || continuation::name_cut_inside_a_word(pi_text, t)
            || window_of_office_above(prev, t)
            || ((!closes || continuation::unfinished(pi_text))
                && (continuation::unfinished(pi_text)
                    || !crate::classify::has_institution_suffix(pi_text)
                    // (Not beside an address cut before its street, `朔州市朔城区`,
                    // or stopping at a place's name after it, `…12号鞍山市`: the
                    // text goes on that first.)
                    // (Beside an address cell of its own, the text is the name's:
                    // `江苏省科` + `学技术厅 | 成贤街118号…` under `南京玄武区`.)
                    || (ends_like_name(&tail)
                        && !closes
                        && (f.addr.is_some()
                            || !continuation::only_places(&squash(&prev.address))
                                && !continuation::ends_with_place(&prev.address)))))
    });
    // A name's text the whole name above does not take is the address's rest when
    // that address goes on with it (`正义路五华坊42号五华区` + `人社局508`).
    let to_address =
        !inst_joins && f.addr.is_none() && f.inst.as_deref().is_some_and(|t| continuation::address_goes_on_with(&prev.address, t));
    if to_address {
        f.addr = f.inst.take();
    }
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(f.line);
    prev.notes.extend(f.notes.iter().cloned());
    if let (Some(t), false) = (&f.inst, inst_joins) {
        asm.dropped.push(
            Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                .field("institution")
                .change(t.clone(), "")
                .msg("text in the name column that does not continue the name above; left out"),
        );
    }
    for (field, piece) in [("institution", &f.inst), ("address", &f.addr)] {
        let Some(p) = piece else { continue };
        if field == "institution" && !inst_joins {
            continue;
        }
        let was_empty = join_field(
            prev,
            field,
            p,
            (f.line, src),
            "the field's text printed a row low, under a record that lacked it",
            "text wrapped onto the next row joined back",
        );
        if field == "institution" && was_empty {
            prev.inst_source = InstitutionSource::Present;
            prev.findings.retain(|x| x.code != FindingCode::InstitutionMissing);
        }
    }
    if inst_joins {
        place_cell_heads_name(asm, pi, src);
    }
    let findings = f.split_findings(&asm.drafts[pi], src);
    asm.drafts[pi].findings.extend(findings);
    absorb_field_noise(asm, pi, f, src);
    absorb_name_ending(asm, pi, f, src);
    absorb_address_ending(asm, pi, f, src);
    absorb_cut_phone(asm, pi, f, src);
    if f.addr.is_some() {
        redecide_inheritance(asm, pi, src);
    }
}

/// Puts the place-name cell a record's row printed in front of the name a rest row gave it,
/// when that name names no place of its own (`| | 涡阳县 | 亳州市涡阳县…人才 | 0558-… |` over
/// `| | | 科学技术局 | 大厦7层 | |`): the name's head, read as a city column's cell, not the
/// record's region. Only a place the address names too.
fn place_cell_heads_name(asm: &mut Assembly, pi: usize, src: &Arc<str>) {
    let d = &asm.drafts[pi];
    let Some(place) = d.region.clone() else { return };
    let name = squash(&d.institution);
    let g = crate::gazetteer::Gazetteer::get();
    let bare = !name.is_empty()
        && g.place_at_start(&name).is_none()
        && !name.starts_with(['(', '（'])
        && crate::classify::has_institution_suffix(&name)
        && squash(&d.address).contains(&place);
    if !bare {
        return;
    }
    let joined = format!("{place}{}", d.institution);
    let line = *d.lines.iter().next().unwrap_or(&0);
    let lines = d.lines.clone();
    asm.dropped.retain(|x| !(x.code == FindingCode::NoiseTextDropped && lines.contains(&x.line_start) && squash(&x.before) == *place));
    let d = &mut asm.drafts[pi];
    d.findings.push(
        Finding::new(FindingCode::SplitRowJoined, src, lines1(line))
            .field("institution")
            .change(format!("{place} + {}", d.institution), joined.clone())
            .msg("a place-name cell of the record's row heads the name its next row printed, which names no place"),
    );
    d.institution = joined;
    d.region = None;
}

/// Joins the one text a rest row left as noise, no name of its own beside it, to the name
/// above it gives its ending (`| 心 | 心4楼 | |` under `…政务服务中 | …行政服务中`, a page
/// whose columns nothing names) or its other name in brackets: the name's rest, not noise.
fn absorb_name_ending(asm: &mut Assembly, pi: usize, f: &Frag, src: &Arc<str>) {
    let [n] = f.noise.as_slice() else { return };
    let prev = &asm.drafts[pi];
    // (Or the name's other name in brackets, `(外国专家局)`.)
    let alias = remark_of_name_above(prev, n) && ends_like_name(&squash(n));
    let rest = f.inst.is_none()
        && !n.bytes().any(|b| b.is_ascii_digit())
        && crate::text::cjk_count(n) >= 1
        && (continuation::gives_name_its_ending(&prev.institution, n) || alias);
    if rest && !prev.in_garbled_region {
        take_back_noise(asm, pi, f, n, "institution", "a name's ending left beside the rest of its address, joined back", src);
    }
}

/// Joins the one text a rest row left as noise beside the name's rest, no address of its
/// own, to the address above when it is that address's building word after its number
/// (`窗口` under `…27号`, a page printed a column narrower) or its unit's (`层` under
/// `…大厦1`): the address's rest, not noise.
fn absorb_address_ending(asm: &mut Assembly, pi: usize, f: &Frag, src: &Arc<str>) {
    let [n] = f.noise.as_slice() else { return };
    let prev = &asm.drafts[pi];
    let address = squash(&prev.address);
    let after_number = address.strip_suffix('号').is_some_and(|a| a.ends_with(|c: char| c.is_ascii_digit()));
    let sq = squash(n);
    // (Or its unit's word after the number it stops at: `层` under `…人才大厦1`.)
    let unit = address.ends_with(|c: char| c.is_ascii_digit())
        && sq.starts_with(crate::classify::UNIT_WORDS)
        && crate::text::cjk_count(&sq) <= 4
        && !sq.bytes().any(|b| b.is_ascii_digit());
    let rest = f.addr.is_none() && (after_number && crate::classify::is_building_word(&sq) || unit);
    if rest && !prev.in_garbled_region {
        take_back_noise(asm, pi, f, n, "address", "an address's building word left beside the rest of its name, joined back", src);
    }
}

/// Joins text `n` a row of `f` left as noise to `field` of record `pi`, its noise finding
/// taken back: a rest the row's reading missed, found once the row went on that record.
fn take_back_noise(asm: &mut Assembly, pi: usize, f: &Frag, n: &str, field: &'static str, msg: &'static str, src: &Arc<str>) {
    let Some(k) = noted_noise(asm, f.line, n) else { return };
    asm.dropped.remove(k);
    join_field(&mut asm.drafts[pi], field, n, (f.line, src), "", msg);
}

/// True for a text of closing brackets alone (`)`): wherever it stands, the rest of a name
/// above that left its bracket open.
pub(super) fn closing_bracket_alone(n: &str) -> bool {
    !n.trim().is_empty() && squash(n).chars().all(|c| c == ')')
}

/// Joins a text alone on its row (`n`, noise by its content, under the column of `role`)
/// to the record `pi` above when it is the rest of a field cut inside a word: under the
/// address column, it finishes a word the address was cut inside (`…国资大` + `厦2501#`);
/// under the name column, it completes a name cut before its ending (`南海区科学技术局服务窗`
/// + `口(受理南海辖区内单位业务)`). True when joined.
pub(super) fn join_lone_rest(asm: &mut Assembly, pi: usize, f: &Frag, n: &str, role: Role, src: &Arc<str>) -> bool {
    let prev = &asm.drafts[pi];
    let same_section = asm.sections.len().checked_sub(1) == Some(prev.section);
    let rest = match role {
        Role::Address => {
            if continuation::finishes_a_word(&prev.address, n) {
                Some(("address", "an address cut inside a word, its rest on the next row, joined back"))
            } else if continuation::closes_what_is_open(&prev.address, n) && crate::text::cjk_count(n) >= 1 {
                // (Or closes the bracket the address left open: `…713室(即将变` + `化)`.)
                Some(("address", "an address's bracket closed on the next row, joined back"))
            } else {
                // (Or names a part of the building the address stops at the house number
                // of: `…南段129号` + `焦煤双创基地A座`.)
                continuation::building_after_house_number(&prev.address, n)
                    .then_some(("address", "an address's building, on the next row after its house number, joined back"))
            }
        }
        Role::Institution => {
            let completes = completes_name_above(prev, n);
            // (Or a bracketed remark alone, `(受理南海辖区内单位业务)`: the remark of the
            // name above when that name has none, whole as it is.)
            let remark = remark_of_name_above(prev, n);
            // (Or a bracket alone closing the one the name left open: `…局(外国专家局` + `)`.)
            let bracket = closing_bracket_alone(n) && continuation::closes_what_is_open(&prev.institution, n);
            if completes || bracket {
                Some(("institution", "a name cut before its ending, its rest on the next row, joined back"))
            } else {
                remark.then_some(("institution", "a name's bracketed remark alone on the next row, joined back"))
            }
        }
        _ => None,
    };
    if let (true, Some((field, msg))) = (same_section, rest) {
        let prev = &mut asm.drafts[pi];
        prev.lines.insert(f.line);
        join_field(prev, field, n, (f.line, src), "", msg);
        // (The row's values of extra columns, `联系人: …`, are that record's too.)
        prev.notes.extend(f.notes.iter().cloned());
        return true;
    }
    false
}

/// Joins two texts alone on their row like [`join_lone_rest`]'s, one under the name column,
/// one under the address's, to the record `pi` above with its number: the rest of its tall
/// row when the name's completes the name (`昆明市五华区受` + `理点`, beside `…五华区人社` +
/// `局508`). True when joined.
pub(super) fn join_two_rests(asm: &mut Assembly, pi: usize, f: &Frag, src: &Arc<str>) -> bool {
    let piece = |role: Role| f.field_noise.iter().find(|(r, _)| *r == role).map(|(_, t)| t.clone());
    let prev = &asm.drafts[pi];
    let same_section = asm.sections.len().checked_sub(1) == Some(prev.section);
    if let (Some(n), Some(a), true) = (piece(Role::Institution), piece(Role::Address), f.field_noise.len() == 2) {
        // (A rest of one character completes the name when the address's rest finishes a
        // word the address was cut inside too: `…公共服务中` + `心` beside `…政务服务中` + `心`.)
        let one_char = || {
            crate::text::cjk_count(&n) == 1
                && continuation::gives_name_its_ending(&prev.institution, &n)
                && continuation::finishes_a_word(&prev.address, &a)
        };
        let completes = !prev.address.is_empty() && !prev.phone_cells.is_empty() && (completes_name_above(prev, &n) || one_char());
        if same_section && completes {
            let prev = &mut asm.drafts[pi];
            prev.lines.insert(f.line);
            join_field(prev, "institution", &n, (f.line, src), "", "a name cut before its ending, its rest on the next row, joined back");
            join_field(prev, "address", &a, (f.line, src), "", "text wrapped onto the next row joined back");
            prev.notes.extend(f.notes.iter().cloned());
            return true;
        }
    }
    false
}

/// True for a bracketed remark alone (`(外国专家局)`, `(受理南海辖区内单位业务)`) under a name
/// that prints none: that name's remark, whole as it is.
fn remark_of_name_above(prev: &Draft, text: &str) -> bool {
    is_remark_only(&squash(text)) && !prev.institution.is_empty() && !prev.institution.contains(['(', '（'])
}

/// True when a short rest too short to read as a field (`理点`, `口(受理…)`) gives the name
/// of the record above the ending it was cut before: the name's rest.
fn completes_name_above(prev: &Draft, rest: &str) -> bool {
    // (One character is enough, `…服务中` + `心`, `…服务窗` + `口`: the name's ending it
    // gives is the evidence; a stray character, `日`, gives none.)
    !prev.institution.is_empty() && continuation::gives_name_its_ending(&prev.institution, rest) && crate::text::cjk_count(rest) >= 1
}

/// True when a tail (`tail`, of the row `f`) gives the name above, cut before its ending, that
/// ending (`…服务窗` + `口(受理南海辖区内单位业务)`), or finishes the word it was cut inside
/// (`中国(云南)自由` + `贸易试验区德宏傣`, the name's middle): the name's rest, whatever column
/// it stands in.
pub(super) fn completes_open_name(prev: &Draft, tail: &str, f: &Frag) -> bool {
    let name = squash(&prev.institution);
    let whole_name = ends_like_name(name.trim_end_matches(|c: char| c.is_ascii_digit()));
    let tail = squash(tail);
    // A tail with a number (`中心27号窗口`) is an address's, whatever it ends with.
    // (Nor one naming what the address's last number numbers: `…D66号` + `窗口`, or
    // `…D66` + `号窗口`: inside a building, no name's rest.)
    !name.is_empty()
        && !tail.bytes().any(|b| b.is_ascii_digit())
        && !whole_name
        && (ends_like_name(&format!("{name}{tail}")) || continuation::name_cut_inside_a_word(&name, &tail))
        && !continuation::names_the_numbered_unit(&prev.address, &tail)
        && !continuation::opens_inside_building(&tail)
        // (Nor one opening with a road's word or finishing a word the address was cut
        // inside, `…麒麟区文昌` + `街市政府大院`, or under an address stopping at its road
        // before any number, `…麒麟区文昌街` + `市政府大院`: the address's rest, whatever
        // it ends with.)
        && !continuation::opens_with_road_word(&tail, None)
        && !continuation::address_cut_inside(&prev.address, &tail)
        && !continuation::stops_at_its_road(&prev.address)
        // (Nor one opening with a road's name, `清水河南路市科`, nor beside a text of the
        // name column's own, `市外国`: that text is the name's rest.)
        && !continuation::opens_with_road(&tail)
        && !f.field_noise.iter().any(|(r, _)| *r == Role::Institution)
}

/// Gives a lone tail that closes a bracket (`海辖区内单位业务)`) to the field above left open
/// by one, a tail that gives an unfinished name its ending to the name, and a tail under an
/// address cut after a separator to the address, whichever field its content or column
/// suggested.
pub(super) fn swap_to_open_field(f: &mut Frag, prev: &Draft) {
    let closes = |t: &Option<String>| t.as_deref().is_some_and(|t| crate::text::bracket_balance(t) < 0);
    let open_inst = continuation::unfinished(&prev.institution);
    let open_addr = continuation::unfinished(&prev.address);
    // (A numbered window's name, `余杭区科技局2`, is whole.)
    let name = squash(&prev.institution);
    let whole_name = ends_like_name(name.trim_end_matches(|c: char| c.is_ascii_digit()));
    // A name cut before its ending (`…服务窗` + `口(受理南海辖区内单位业务)`) is open too,
    // when the tail completes it.
    let completes_name = || completes_open_name(prev, f.addr.as_deref().unwrap_or_default(), f);
    // An address cut after a list separator (`…5号窗口、` + `三楼综合窗口`) goes on; so
    // does one cut inside a word the tail finishes (`…2760号高新` + `区行政服务中心`, which
    // ends like a name), beside a whole name.
    // (Or a place's name cut in two: `乌兰察布市集` + `宁区新区广电大楼科技局`, 集宁区.)
    let word_cut = whole_name && f.inst.as_deref().is_some_and(|t| continuation::address_cut_inside(&prev.address, t));
    let addr_cut = (prev.address.trim_end().ends_with(['、', ',', '，', ';', '；']) || word_cut) && !open_inst;
    // A name closed by its bracketed remark after its ending (`…服务窗口(受理南海辖区内单位
    // 业务)`) is whole: a tail after it that ends like a name (`行政服务中心社会民生综合窗口`)
    // is the rest of the address beside it, when that address goes on with it (`…2号A栋九江镇`).
    let after_closing_remark = || {
        whole_name
            && name.ends_with(')')
            && !crate::classify::has_institution_suffix(&name)
            && f.inst.as_deref().is_some_and(|t| continuation::address_goes_on_with(&prev.address, t))
    };
    // (A unit's word alone, `窗口`, under an address stopping at its number, `…39号`, beside a
    // whole name: what that number numbers, the address's rest, though it ends like a name.)
    let unit_word = || {
        whole_name
            && f.inst.as_deref().is_some_and(|t| {
                let sq = squash(t);
                crate::text::cjk_count(&sq) <= 3
                    && sq.chars().all(crate::text::is_cjk)
                    && continuation::names_the_numbered_unit(&prev.address, &sq)
            })
    };
    if f.inst.is_none() && f.addr.is_some() && !open_addr && !addr_cut && ((closes(&f.addr) && open_inst) || completes_name()) {
        f.inst = f.addr.take();
    } else if f.addr.is_none()
        // (Not beside the address's own rest under its column, `技局 | 技局` below `乌兰察布市科
        // | …广电大楼科`: the name column's text is the name's rest.)
        && !f.field_noise.iter().any(|(r, _)| *r == Role::Address)
        && ((closes(&f.inst) && open_addr && !open_inst) || addr_cut || after_closing_remark() || unit_word())
    {
        f.addr = f.inst.take();
    }
}

/// A name cell holding only a bracketed remark (`(受理南海辖区内 单位业务)`) is the tail
/// of the name above, printed beside the next window of a merged name cell: joined to the
/// name of the record `pi` (the row's name taken out of `f`). True when the whole row joined
/// that record (no window of its own).
pub(super) fn join_remark_name(asm: &mut Assembly, pi: usize, f: &mut Frag, src: &Arc<str>) -> bool {
    let Some(t) = f.inst.as_deref() else { return false };
    let sq = squash(t);
    // Only a remark: the bracket opened first closes last, or not in this cell (a
    // numbered name, `(3)无锡市科学技术局`, is no remark).
    if is_remark_only(&sq) && f.addr.is_some() && !asm.drafts[pi].institution.is_empty() && !asm.drafts[pi].institution.contains(t) {
        let prev = &mut asm.drafts[pi];
        let before = prev.institution.clone();
        prev.institution.push_str(t);
        prev.lines.insert(f.line);
        prev.findings.push(
            Finding::new(FindingCode::SplitRowJoined, src, lines1(f.line))
                .field("institution")
                .change(format!("{before} + {t}"), clean_field(&prev.institution))
                .msg("a bracketed remark alone in the name cell completes the name above"),
        );
        f.inst = None;
        // With no number of its own the row is no other window: it is the rest of the
        // record's tall row, its address the address's rest (`龙岩市科学技术局` + `(龙岩市
        // 外国专家局)` beside `…登高东路101号` + `龙岩市公安局出入境接待大厅`).
        let no_window = f.phone.is_none() && f.seq.is_none() && f.split.is_none() && f.ditto.is_empty() && f.run_together.is_none();
        if no_window && !prev.address.is_empty() && !prev.phone_cells.is_empty() {
            let a = f.addr.take().unwrap_or_default();
            join_field(prev, "address", &a, (f.line, src), "", "text wrapped onto the next row joined back");
            prev.notes.extend(f.notes.iter().cloned());
            absorb_field_noise(asm, pi, f, src);
            redecide_inheritance(asm, pi, src);
            return true;
        }
    }
    false
}
