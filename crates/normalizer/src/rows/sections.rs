//! Sections: which province the rows belong to, from headings, the province column and
//! sequence numbers (a section's number or a record's).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{lines1, Assembly, Draft, Frag, Section};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::places;
use crate::text::squash;

/// The province a heading line names (`## 一、河北省`, `（二）内蒙古自治区`, `3. 上海市:`),
/// the whole line being numbering, the name and punctuation; or a markdown title opening
/// with a province's full name.
pub(crate) fn heading_province(line: &str) -> Option<usize> {
    static NUMBERING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = NUMBERING.get_or_init(|| {
        regex::Regex::new(
            // A Chinese numeral numbers the line only with 第 or a mark after it: `四川省`
            // opens with 四.
            r"^[#*\s]*(?:第[一二三四五六七八九十百]+[、.．部分]*|[一二三四五六七八九十百]+(?:[、.．\s]|部分)[、.．\s]*|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．)）]|[0-9]{1,3}\s)?\s*",
        )
        .expect("static regex")
    });
    let canon = crate::text::canonical_chars(line);
    // Without its numbering or heading marks (`（二）`, `3.`, `##`, `**`).
    let rest = re.replace(&canon, "");
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '*' | '#'));
    // A count or remark after the name: `一、北京市(共 5 个受理点)`.
    let rest = match (rest.ends_with(')'), rest.rfind('(')) {
        (true, Some(open)) if open > 0 => rest[..open].trim_end(),
        _ => rest,
    };
    let g = Gazetteer::get();
    if let Some(p) = g.province_by_name(&squash(rest)) {
        return Some(p);
    }
    // A markdown title that opens with a province's full name (`# 江苏省外国人工作许可受理点`)
    // is that province's list; so is a line, numbered, bold or plain, whose words after the
    // name only say it is a list (`（二）天津市受理点`, `**河北省受理点名单**`,
    // `浙江省外国人来华工作许可受理点一览表`).
    let sq = crate::text::squash(rest);
    let m = g.place_at_start(&sq)?;
    let p = *m.candidates.first()?;
    let province = m.candidates.len() == 1 && !m.short && g.div(p).level == crate::gazetteer::Level::Province;
    let tail = &sq[m.end..];
    let list_words = ["受理点", "受理机构", "受理窗口", "名单", "一览表", "列表", "联系方式"].iter().any(|w| tail.ends_with(w))
        && tail.chars().count() <= 20
        && !tail.bytes().any(|b| b.is_ascii_digit());
    (province && (canon.trim_start().starts_with('#') || list_words)).then_some(p)
}

/// The number of a 序号 cell (`12`, `12.`, `(12)`).
pub(super) fn seq_number(seq: Option<&str>) -> Option<u32> {
    seq?.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok()
}

/// The numbers of a sub-number 序号 cell (`1-2`, `1.2`: the second point under 1).
fn sub_number(seq: Option<&str>) -> Option<(u32, u32)> {
    let (a, b) = seq?.trim().split_once(['-', '.'])?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The province the row's own name, address and area codes place it in, if any.
fn row_own_province(f: &Frag) -> Option<usize> {
    let phones: Vec<(String, bool)> = f.phone.iter().cloned().collect();
    places::own_province(f.inst.as_deref().unwrap_or(""), f.addr.as_deref().unwrap_or(""), &phones)
}

/// True when the row's own name, address or area codes place it in a province other than
/// `p`: a few characters of a province's name (`新区` read as 新…区) do not outweigh them.
fn row_places_elsewhere(f: &Frag, p: usize, g: &Gazetteer) -> bool {
    row_own_province(f).is_some_and(|o| !g.compatible(o, p))
}

/// True when the place the row's address (or else its name) first names has no namesake in
/// province `p`: the row is not of `p`'s section even where the place is of two provinces.
fn opens_outside(f: &Frag, p: usize, g: &Gazetteer) -> bool {
    first_place_outside([f.addr.as_deref(), f.inst.as_deref()], p, g)
}

/// [`opens_outside`] of an address and a name (either may be missing).
fn first_place_outside(texts: [Option<&str>; 2], p: usize, g: &Gazetteer) -> bool {
    let first_place = texts.into_iter().flatten().find_map(|t| g.find_places(&squash(t)).into_iter().next());
    first_place.is_some_and(|m| !m.candidates.is_empty() && m.candidates.iter().all(|&c| !g.compatible(g.province_of(c), p)))
}

/// Opens a section where a row names a province or a section number, or carries the current one.
/// Returns true when the row's province cell only went on the current section's name (`辽`
/// / `宁`): no head of a record, so the row may still be the rest of the one above.
pub(super) fn update_section(asm: &mut Assembly, f: &Frag, src: &Arc<str>, g: &Gazetteer) -> bool {
    let cur = asm.sections.last().cloned();
    let mut new_province: Option<usize> = None;
    let mut name_rest = false;
    let mut printed = String::new();
    if let Some((text, s)) = &f.province {
        printed = text.clone();
        match (s.province, s.province_fragment) {
            (Some(p), false) => new_province = Some(p),
            (cands, true) => {
                // A fragment continues the current province's name when it fits it.
                let fits_current = cur.as_ref().and_then(|c| c.province).is_some_and(|p| g.provinces_containing(text).contains(&p));
                if fits_current {
                    name_rest = true;
                    // Info when it completes, exactly, the name the section's row began
                    // (`广西壮族` / `自治区`, or in its short form, `辽` / `宁`): read whole,
                    // nothing of it is lost.
                    let completes = cur.as_ref().is_some_and(|c| {
                        let joined = format!("{}{}", squash(&c.printed), squash(text));
                        c.province.is_some_and(|p| g.province_by_name(&joined) == Some(p))
                    });
                    let f = Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                        .field("province")
                        .change(text.clone(), "")
                        .msg("rest of the province name split over rows");
                    asm.dropped.push(if completes { f.severity(Severity::Info) } else { f });
                } else if let Some(p) = cands.filter(|&p| !row_places_elsewhere(f, p, g)) {
                    new_province = Some(p);
                } else if cands.is_some() {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                            .field("province")
                            .change(text.clone(), "")
                            .msg("province fragment whose row's name, address or area code places it in another province"),
                    );
                } else {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                            .field("province")
                            .change(text.clone(), "")
                            .msg("province fragment that names no single province"),
                    );
                }
            }
            _ => {}
        }
    }
    let seq = f.seq.clone();
    let same_seq = seq.is_some() && cur.as_ref().and_then(|c| c.seq.clone()) == seq;
    // The same 序号 and province again (a merged cell filled down, or a converter that
    // repeats spanned cells on every row): the section goes on.
    let repeat = same_seq && new_province.is_some_and(|p| cur.as_ref().and_then(|c| c.province) == Some(p));
    if repeat {
        let printed_all = format!("{} | {printed}", seq.clone().unwrap_or_default());
        asm.dropped.push(
            Finding::new(FindingCode::SectionStart, src, lines1(f.line))
                .field("province")
                .change(printed_all, "")
                .msg("the same 序号 and province again (a spanned cell repeated): the section goes on"),
        );
        return false;
    }
    // `2` after `1` with no province printed: the 序号 numbers records, not sections (a
    // directory numbering every row, under a heading or beside a province cell merged over
    // its rows); each row is its own section of the same province, logged as
    // `record_number` rather than as a section start.
    let number = seq_number(seq.as_deref());
    let under_heading = matches!((number, seq_number(cur.as_ref().and_then(|c| c.seq.as_deref()))), (Some(a), Some(b)) if a == b + 1)
        && cur.as_ref().is_some_and(|c| c.province == asm.heading);
    // A number right after the row above's whose name or address places it in another
    // province starts that province's section (its province cell lost: `28 | | 甘肃省…`).
    let cur_province = cur.as_ref().and_then(|c| c.province);
    // (Or, the row's province unsure, whose first place lies outside the section whichever of
    // its namesakes it is: `3 | | 通州区科技局 | 通州区… | 1898…` under 上海, 北京's or 南通's.)
    let elsewhere = || match row_own_province(f) {
        Some(p) => cur_province.is_none_or(|c| !g.compatible(p, c)),
        None => cur_province.is_some_and(|c| opens_outside(f, c, g)),
    };
    let after_row = matches!((number, asm.prev_seq), (Some(a), Some(b)) if a == b + 1) && cur_province.is_some() && !elsewhere();
    // `1` under a province printed with no number of its own (a heading row spanning the
    // table, `北京市`): the numbering of its records starts.
    let first_under_province = number == Some(1) && cur.as_ref().is_some_and(|c| c.seq.is_none()) && cur_province.is_some() && !elsewhere();
    let prev_seq = asm.prev_seq;
    // `1-2` under `1` (or `1-1`): a point under the section's number, in the section.
    let major = |s: Option<&str>| seq_number(s).or(sub_number(s).map(|(a, _)| a));
    let sub_point = sub_number(seq.as_deref()).is_some_and(|(a, _)| major(cur.as_ref().and_then(|c| c.seq.as_deref())) == Some(a));
    // A row with no number and no name (the rest of a record wrapped onto it) leaves the
    // number of the row above as the last one.
    asm.prev_seq = if number.is_none() && (f.inst.is_none() || asm.numbers_records) { prev_seq } else { number };
    // (The section's province printed again on each numbered row, as a converter repeats a
    // merged cell's text on every row it spans, is no new section either.)
    let same_province = new_province.is_none() || (new_province == cur_province && seq.is_some());
    let next_number = same_province && (under_heading || after_row || sub_point || first_under_province);
    asm.numbers_records |= next_number && (under_heading || after_row);
    if next_number {
        // The number is kept in the audit, as every printed text is.
        let name = cur_province.or(asm.heading).map(|p| g.div(p).name.clone()).unwrap_or_default();
        // (The section's province printed again beside the number is kept with it.)
        let printed_all = match new_province {
            Some(_) => format!("{} | {printed}", seq.clone().unwrap_or_default()),
            None => seq.clone().unwrap_or_default(),
        };
        asm.dropped.push(Finding::new(FindingCode::RecordNumber, src, lines1(f.line)).change(printed_all, "").msg(if name.is_empty() {
            "序号 numbers records here, not sections".to_string()
        } else {
            format!("序号 numbers records here, not sections: the row goes on in {name}")
        }));
    } else if seq.is_some() || new_province.is_some() {
        let printed_all =
            [seq.clone().unwrap_or_default(), printed.clone()].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" | ");
        let name = new_province.map(|p| g.div(p).name.clone()).unwrap_or_default();
        let msg = match (name.is_empty(), asm.heading) {
            (false, _) => format!("section starts: {name}"),
            (true, Some(h)) => format!("section starts; province not printed in the row, {} from the heading above", g.div(h).name),
            (true, None) => "section starts; province not printed".to_string(),
        };
        asm.dropped.push(
            Finding::new(FindingCode::SectionStart, src, lines1(f.line)).field("province").change(printed_all, name.clone()).msg(msg),
        );
    }
    match (new_province, &seq) {
        (Some(_), _) if next_number => {}
        (Some(p), _) if same_seq && cur.as_ref().is_some_and(|c| c.province.is_none()) => {
            if let Some(last) = asm.sections.last_mut() {
                last.province = Some(p);
                last.printed = printed;
            }
        }
        (Some(p), _) if cur.as_ref().and_then(|c| c.province) != Some(p) || seq.is_some() => {
            asm.sections.push(Section { province: Some(p), seq: seq.clone(), first_line: f.line, printed, goes_on: false, reading: None });
        }
        (None, Some(_)) if !same_seq => {
            let province = if next_number { cur.as_ref().and_then(|c| c.province) } else { asm.heading };
            asm.sections.push(Section {
                province,
                seq: seq.clone(),
                first_line: f.line,
                printed: String::new(),
                goes_on: next_number,
                reading: None,
            });
        }
        _ => {}
    }
    if asm.sections.is_empty() {
        asm.sections.push(Section {
            province: asm.heading,
            seq: None,
            first_line: f.line,
            printed: String::new(),
            goes_on: false,
            reading: None,
        });
    }
    // (A section with no province printed reads its place names in the one its first row
    // naming one names.)
    if let Some(last) = asm.sections.last_mut().filter(|s| s.province.is_none() && s.reading.is_none()) {
        last.reading = row_own_province(f);
    }
    name_rest
}

/// True for a province cell's text that is `province`'s short or full name with one
/// character misread: as long, one character other, at least two.
fn misreads_province(text: &str, province: usize) -> bool {
    let t = squash(text);
    let div = Gazetteer::get().div(province);
    t.chars().nth(1).is_some()
        && t.chars().all(crate::text::is_cjk)
        && [div.short.as_str(), div.name.as_str()].iter().any(|name| crate::text::one_character_apart(name, &t))
}

/// Each section's drafts, by index, in order.
fn drafts_by_section(asm: &Assembly) -> BTreeMap<usize, Vec<usize>> {
    let mut by_section: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, d) in asm.drafts.iter().enumerate() {
        by_section.entry(d.section).or_default().push(i);
    }
    by_section
}

/// [`places::own_province`] of a draft, its phone cells read through the document's cache.
fn own_province(asm: &Assembly, d: &Draft) -> Option<usize> {
    places::own_province_by(&d.institution, &d.address, &d.phone_cells, |t, n| asm.phones.parse(t, n))
}

/// Rows above a province cell that belong to it: a merged province cell printed on the
/// middle row of its section (a tall cell's text centred) leaves the section's first rows
/// under the province above. Where, in at least two places of a document (or its only
/// one), the last rows of a section name the next section's province by two records or
/// more, the document prints its provinces that way: at every such boundary, the rows from
/// the first one naming the next province on (none naming another) move down to it.
pub(crate) fn move_rows_above_centred_provinces(asm: &mut Assembly, src: &Arc<str>) {
    let g = Gazetteer::get();
    let by_section = drafts_by_section(asm);
    // (section, its rows to move down to the next) at each boundary between two printed
    // provinces of different names.
    let mut tails: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut boundaries = 0usize;
    let mut two_or_more = 0usize;
    for si in 0..asm.sections.len().saturating_sub(1) {
        let (Some(p), Some(q)) = (asm.sections[si].province, asm.sections[si + 1].province) else { continue };
        if g.compatible(p, q) {
            continue;
        }
        boundaries += 1;
        let Some(members) = by_section.get(&si) else { continue };
        // The run at the section's end whose rows name the next province or nothing; it
        // opens at its first row naming the next province. The row the province cell is
        // printed on stays. (Read from the end: most sections stop at their last row.)
        let (mut start, mut naming) = (members.len(), 0usize);
        for k in (1..members.len()).rev() {
            match own_province(asm, &asm.drafts[members[k]]) {
                Some(o) if g.compatible(o, q) => {
                    start = k;
                    naming += 1;
                }
                None => {}
                Some(_) => break,
            }
        }
        if naming >= 2 {
            two_or_more += 1;
        }
        if naming >= 1 {
            tails.push((si, members[start..].to_vec()));
        }
    }
    if two_or_more < 2.min(boundaries) || two_or_more == 0 {
        return;
    }
    for (si, rows) in tails {
        let next = si + 1;
        let (from, to) = (asm.sections[si].province, asm.sections[next].province);
        let (from, to) = (from.map(|p| g.div(p).name.clone()).unwrap_or_default(), to.map(|p| g.div(p).name.clone()).unwrap_or_default());
        for i in rows {
            let d = &mut asm.drafts[i];
            d.section = next;
            let l = *d.lines.iter().next().unwrap_or(&0);
            d.findings.push(
                Finding::new(FindingCode::ProvinceMismatch, src, (l, l)).field("province").change(from.clone(), to.clone()).msg(format!(
                    "the row is above the {to} cell in the section of {from}, and it and the rows down to that cell name {to}: \
                     the document prints its province cells centred in their sections; record placed in {to}"
                )),
            );
        }
    }
}

/// Why a section's province, not printed, is the one it is given.
#[derive(Clone, Copy, PartialEq)]
enum Inferred {
    /// Its rows' own places, names and area codes say so.
    ByRows,
    /// An empty cell under the province above: a merged cell.
    MergedFromAbove,
    /// An empty cell over the province below, the first rows of a document whose merged cell
    /// prints its text lower, the rows naming no province and nothing outside it.
    MergedFromBelow,
    /// A district of a municipality and of another province's city alike.
    SharedDistrict,
}

/// Sections whose province was not printed get the one their rows point to.
pub(crate) fn infer_section_provinces(asm: &mut Assembly, src: &Arc<str>) {
    let g = Gazetteer::get();
    let by_section = drafts_by_section(asm);
    // A document that prints no province anywhere (a city's directory) leaves inference as
    // the normal way to place its rows: info, not a doubt.
    let none_printed = asm.sections.iter().all(|s| s.province.is_none());
    // A 序号 on most rows numbers records, not provinces: there a row with an empty province
    // cell is under the province above (a merged cell), unless its own places say otherwise.
    let seq_sections = asm.sections.iter().filter(|s| s.seq.is_some()).count();
    let seq_numbers_records = asm.drafts.len() >= 3 && seq_sections * 10 >= asm.drafts.len() * 6;
    // (Not when every row's first place lies outside a province, whichever of its namesakes.)
    let outside = |asm: &Assembly, members: &[usize], a: usize| {
        !members.is_empty()
            && members.iter().all(|&i| first_place_outside([Some(&asm.drafts[i].address), Some(&asm.drafts[i].institution)], a, g))
    };
    let mut left: Vec<usize> = Vec::new();
    for si in 0..asm.sections.len() {
        if asm.sections[si].province.is_some() {
            continue;
        }
        let members = by_section.get(&si).cloned().unwrap_or_default();
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        let owns: Vec<Option<usize>> = members.iter().map(|&i| own_province(asm, &asm.drafts[i])).collect();
        for p in owns.iter().flatten() {
            *votes.entry(*p).or_insert(0) += 1;
        }
        let best = votes.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(&p, &n)| (p, n));
        let above = si.checked_sub(1).and_then(|a| asm.sections[a].province);
        let merged_from_above = match (seq_numbers_records, above, best) {
            (true, Some(a), None) if !outside(asm, &members, a) => Some(a),
            (true, Some(a), Some((_, n))) if votes.get(&a) == Some(&n) => Some(a),
            _ => None,
        };
        // (Nothing else saying, a district of a municipality and of a prefecture's city alike,
        // `通州区…` under a mobile number: the municipality's, see
        // [`Gazetteer::municipality_of_shared_district`].)
        let shared_district = || {
            members.iter().find_map(|&i| {
                let d = &asm.drafts[i];
                [&d.address, &d.institution].into_iter().find_map(|t| g.municipality_of_shared_district(&squash(t)))
            })
        };
        let by_district = if merged_from_above.is_none() && best.is_none() { shared_district() } else { None };
        let chosen = match (merged_from_above, best, by_district) {
            (Some(p), _, _) => (p, Inferred::MergedFromAbove),
            (None, Some((p, _)), _) => (p, Inferred::ByRows),
            (None, None, Some(p)) => (p, Inferred::SharedDistrict),
            (None, None, None) => {
                left.push(si);
                continue;
            }
        };
        give_inferred_province(asm, si, chosen, &members, &owns, none_printed, src);
    }
    // The sections left, from the last up: an empty cell over the province the next section
    // has, a merged cell printing its text lower (`| 1 | | 市中区人力资源… | 市中区… | 1571… |`
    // over rows of 四川's places), when no province was printed above it.
    for &si in left.iter().rev() {
        let members = by_section.get(&si).cloned().unwrap_or_default();
        let below = asm.sections.get(si + 1).filter(|b| b.first_line > asm.sections[si].first_line).and_then(|b| b.province);
        let none_above = asm.sections[..si].iter().all(|s| s.province.is_none());
        let Some(p) = below.filter(|&p| seq_numbers_records && none_above && !members.is_empty() && !outside(asm, &members, p)) else {
            continue;
        };
        let owns = vec![None; members.len()];
        give_inferred_province(asm, si, (p, Inferred::MergedFromBelow), &members, &owns, none_printed, src);
    }
}

/// Gives section `si` the province inferred for it, with a finding on each of its rows (`owns`:
/// each row's own province, where it names one).
fn give_inferred_province(
    asm: &mut Assembly,
    si: usize,
    (p, why): (usize, Inferred),
    members: &[usize],
    owns: &[Option<usize>],
    none_printed: bool,
    src: &Arc<str>,
) {
    let g = Gazetteer::get();
    asm.sections[si].province = Some(p);
    // The section's province cell, left out as noise, may be that province with one
    // character misread (`淅江`, `黑龙汀`): the rows say which; a repair, not noise.
    let first = asm.sections[si].first_line;
    let mut misread = false;
    for f in asm.dropped.iter_mut().filter(|f| f.code == FindingCode::NoiseTextDropped && f.line_start == first) {
        if misreads_province(&f.before, p) {
            let name = g.div(p).name.clone();
            *f = Finding::new(FindingCode::PlaceNameCorrected, src, (f.line_start, f.line_end))
                .field("province")
                .change(f.before.clone(), name.clone())
                .msg(format!("the province cell, one character misread, is {name}: its rows' addresses, names and area codes say so"));
            misread = true;
        }
    }
    // A document that prints no province at all places each row by its own evidence: a
    // row of another province is in a section of its own (a city's list may name
    // points of several provinces; the first province found is no section of theirs).
    let mut own_sections: BTreeMap<usize, usize> = BTreeMap::new();
    for (&i, own) in members.iter().zip(owns) {
        let Some(q) = own.filter(|&q| none_printed && !g.compatible(p, q)) else { continue };
        let section = *own_sections.entry(q).or_insert_with(|| {
            asm.sections.push(Section { province: Some(q), ..asm.sections[si].clone() });
            asm.sections.len() - 1
        });
        asm.drafts[i].section = section;
    }
    for &i in members {
        let d = &mut asm.drafts[i];
        let name = g.div(asm.sections[d.section].province.unwrap_or(p)).name.clone();
        let l = *d.lines.iter().next().unwrap_or(&0);
        let f = Finding::new(FindingCode::ProvinceInferred, src, (l, l)).field("province").change("", name.clone());
        d.findings.push(if misread {
            f.severity(Severity::Info)
                .msg(format!("the province cell is {name} with one character misread (place_name_corrected): read as its rows say"))
        } else {
            match why {
                Inferred::MergedFromAbove => f.severity(Severity::Info).msg(format!(
                    "province cell empty under {name}: a merged cell (序号 numbers records here), and the row names no other province"
                )),
                Inferred::MergedFromBelow => f.msg(format!(
                    "province cell empty over rows placed in {name}, and none printed above: a merged cell printing its text lower \
                     (序号 numbers records here); the row names no province itself and no place outside {name}"
                )),
                Inferred::SharedDistrict => f.msg(format!(
                    "no province printed or dialled; the district is one of {name} and of another province's city alike, \
                     read as {name}'s (a municipality's addresses print the district bare)"
                )),
                Inferred::ByRows if none_printed => f
                    .severity(Severity::Info)
                    .msg(format!("the document prints no province; {name} inferred from the address, name and area code")),
                Inferred::ByRows => f.msg(format!(
                    "section {} has no province printed; {name} inferred from the addresses, names and area codes of its rows",
                    asm.sections[si].seq.clone().unwrap_or_default()
                )),
            }
        });
    }
}
