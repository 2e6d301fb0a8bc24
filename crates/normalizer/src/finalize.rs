//! A draft made a record: fields cleaned, phones read, places resolved and the fields
//! checked against each other, each repair and doubt a finding.

use std::sync::Arc;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::gazetteer::Gazetteer;
use crate::local_numbers::{lead_local_numbers, may_serve, stated_area_code, AREA_CODE_ABOVE};
use crate::rows::{Draft, InstitutionSource};
use crate::text::clean_field;
use crate::{phone, places, status, text, variants};
use crate::{Finding, FindingCode, Phone, Record, Status};

/// Builds one record from a draft of its section's province, with the findings of every
/// repair and doubt; `simplified_doc` maps variant characters only in simplified documents.
pub(crate) fn finalize(
    d: Draft,
    section_province: Option<usize>,
    src: &Arc<str>,
    phone_cache: &phone::PhoneCache,
    simplified_doc: bool,
) -> (Record, Vec<Finding>) {
    let first = *d.lines.iter().next().unwrap_or(&0);
    let last = *d.lines.iter().next_back().unwrap_or(&0);
    let mut findings = d.findings;
    let mut notes: Vec<String> = d.notes;

    let at = At { src, lines: (first, last) };
    let mut texts = clean_texts(&d.institution, &d.address, simplified_doc, &mut notes, &mut findings, at);
    let (mut phones, joint) = read_phones(d.phone_cells, &mut texts, &mut notes, &mut findings, section_province, phone_cache, at);
    let CleanTexts { mut institution, address, status, .. } = texts;
    // One Chinese character left alone as the name (`自`, a province's letter OCR put in the
    // name column, that no name took) is no name: noise, the name missing.
    let lone_character = {
        let mut chars = institution.chars();
        chars.next().is_some_and(text::is_cjk) && chars.next().is_none()
    };
    if lone_character {
        findings.push(
            Finding::new(FindingCode::NoiseTextDropped, src, (first, last))
                .field("institution")
                .change(std::mem::take(&mut institution), "")
                .msg("one character alone in the name column is no name; left out"),
        );
    }

    // Places.
    // The row's city or district column, kept on a note under its caption (`市州: 株洲市`),
    // or else a place-name cell beside its fields (no caption).
    let printed_region = notes
        .iter()
        .find_map(|n| n.split_once(": ").filter(|(caption, _)| crate::rows::roles::is_region_caption(caption)))
        .or(d.region.as_deref().map(|r| ("", r)));
    let hints = places::PlaceHints { section_province, printed_region };
    let placed = places::place(institution, address, &mut phones, hints, src, (first, last), &mut findings);
    let institution = placed.institution;
    let address = placed.address;

    for (field, value) in [("institution", &institution), ("address", &address)] {
        if text::bracket_balance(value) != 0 {
            findings.push(
                Finding::new(FindingCode::UnbalancedBracket, src, (first, last))
                    .field(field)
                    .change(value.clone(), value.clone())
                    .msg("a bracket is not closed (or not opened); kept as printed"),
            );
        }
    }
    if phones.is_empty() && !findings.iter().any(|f| f.code == FindingCode::PhoneExcelDamaged) {
        findings.push(
            Finding::new(FindingCode::PhoneMissing, src, (first, last)).field("phones").msg("no phone number printed for this record"),
        );
    }
    if address.is_empty() && status == Status::Active {
        findings.push(Finding::new(FindingCode::AddressMissing, src, (first, last)).field("address").msg("no address for this record"));
    }
    if (d.inst_source == InstitutionSource::Missing || lone_character)
        && !findings.iter().any(|f| f.code == FindingCode::InstitutionMissing)
    {
        findings.push(
            Finding::new(FindingCode::InstitutionMissing, src, (first, last))
                .field("institution")
                .msg("no institution name survives for this record"),
        );
    }

    // Pushes leave room for four of each; a huge document holds every record at once.
    phones.shrink_to_fit();
    notes.shrink_to_fit();
    findings.shrink_to_fit();
    let record = Record {
        id: String::new(),
        province: placed.province_name,
        province_code: placed.province_code,
        city: placed.city,
        city_code: placed.city_code,
        district: placed.district,
        district_code: placed.district_code,
        institution,
        address,
        address_full: placed.address_full,
        phones,
        joint_permit: joint,
        status,
        notes,
        flags: Vec::new(),
        source_file: Arc::clone(src),
        source_lines: d.lines.iter().copied().collect(),
    };
    (record, findings)
}

/// A record's name and address cleaned, with what cleaning took out of them.
struct CleanTexts {
    institution: String,
    address: String,
    /// From a status remark in the address or the name.
    status: Status,
    /// A labelled phone the address closed with (`…18号(电话:0571-…)`).
    address_phone: Option<String>,
}

/// Where a record's findings point: its file and its first and last lines.
#[derive(Clone, Copy)]
struct At<'a> {
    src: &'a Arc<str>,
    lines: (u32, u32),
}

/// Cleans a draft's name and address (`d_inst`, `d_addr`): marks, labels and list numbers
/// removed, variant and look-alike characters read back, a postcode, contacts and status
/// remarks moved to the notes, a labelled phone to the phones.
fn clean_texts(
    d_inst: &str,
    d_addr: &str,
    simplified_doc: bool,
    notes: &mut Vec<String>,
    findings: &mut Vec<Finding>,
    at: At<'_>,
) -> CleanTexts {
    let (src, (first, last)) = (at.src, at.lines);
    let mut institution = match text::split_footnote_mark(d_inst) {
        Some((name, mark)) => {
            let name = clean_field(name);
            findings.push(
                Finding::new(FindingCode::FootnoteMarkRemoved, src, (first, last))
                    .field("institution")
                    .change(d_inst.to_string(), name.clone())
                    .msg(if d_inst.trim_start().starts_with(mark) {
                        format!("mark '{mark}' before the name removed")
                    } else {
                        format!("footnote mark '{mark}' after the name removed")
                    }),
            );
            name
        }
        None => clean_field(d_inst),
    };
    // Numbered labels listing a point's addresses (`地址一:…;地址二:…`) go; the addresses
    // part as any two printed in one cell do.
    let listed = text::strip_numbered_address_labels(d_addr);
    if let Some((stripped, labels)) = &listed {
        findings.push(
            Finding::new(FindingCode::FieldLabelRemoved, src, (first, last))
                .field("address")
                .change(d_addr.to_string(), stripped.clone())
                .msg(format!("labels {} removed from a list of addresses", labels.join(" "))),
        );
    }
    let mut address = places::split_two_addresses(listed.as_ref().map_or(d_addr, |l| &l.0));

    // Traditional/Japanese forms OCR read in a simplified document, before places are
    // looked up (`張家港市` must find 张家港市).
    if simplified_doc {
        for (field, value) in [("institution", &mut institution), ("address", &mut address)] {
            if let Some(fixed) = variants::to_simplified(value) {
                let pairs: Vec<String> =
                    value.chars().zip(fixed.chars()).filter(|(a, b)| a != b).map(|(a, b)| format!("{a}→{b}")).collect();
                findings.push(
                    Finding::new(FindingCode::VariantCharFixed, src, (first, last))
                        .field(field)
                        .change(value.clone(), fixed.clone())
                        .msg(format!("variant forms in a simplified-Chinese document: {}", pairs.join(", "))),
                );
                *value = fixed;
            }
        }
    }

    // A character no name prints, taken for a common one of like shape (`天津巿`), and a
    // body's word with one character OCR took for its look-alike (`科学技木局`).
    // (And letters read for digits in a house number: `l50号`.)
    type Correction = fn(&str) -> Option<(String, Vec<String>)>;
    let corrections: [(&str, Correction, &str); 5] = [
        ("institution", crate::lookalikes::correct_stray_forms, "a character no name prints read as the common one of like shape"),
        ("institution", crate::lookalikes::correct_body_words, "a character of like shape read back in a body's word"),
        ("address", crate::lookalikes::correct_stray_forms, "a character no name prints read as the common one of like shape"),
        ("address", crate::lookalikes::correct_body_words, "a character of like shape read back in a body's word"),
        ("address", crate::lookalikes::correct_house_numbers, "a letter of like shape read back as a digit in a house number"),
    ];
    for (field, correct, why) in corrections {
        let value = if field == "institution" { &mut institution } else { &mut address };
        if let Some((fixed, pairs)) = correct(value) {
            findings.push(
                Finding::new(FindingCode::LookalikeCharFixed, src, (first, last))
                    .field(field)
                    .change(value.clone(), fixed.clone())
                    .msg(format!("{why}: {}", pairs.join(", "))),
            );
            *value = fixed;
        }
    }

    // A list number before the name (`1.南京市科学技术局`) numbers the rows, not the name;
    // so does one set apart only by a space OCR lost, before a place (`3 天津市科学技术局`,
    // a 序号 run into the name).
    let bare_number = || {
        let n = institution.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &institution[n..];
        ((1..=3).contains(&n) && Gazetteer::get().place_at_start(rest).is_some()).then(|| (&institution[..n], rest))
    };
    if let Some((number, rest)) = text::split_item_number(&institution).or_else(bare_number) {
        findings.push(
            Finding::new(FindingCode::ItemNumberRemoved, src, (first, last))
                .field("institution")
                .change(institution.clone(), rest.to_string())
                .msg(format!("list number '{number}' removed from the start of the name")),
        );
        institution = rest.to_string();
    }

    // A label that only names the field (`地址:保定市…`) says nothing the column does not.
    for (field, value) in [("institution", &mut institution), ("address", &mut address)] {
        if let Some((label, rest)) = text::split_field_label(value, field == "address") {
            findings.push(
                Finding::new(FindingCode::FieldLabelRemoved, src, (first, last))
                    .field(field)
                    .change(value.clone(), rest.to_string())
                    .msg(format!("label '{label}:' removed")),
            );
            *value = rest.to_string();
        }
    }

    if let Some((rest, code)) = places::split_postcode(&address) {
        findings.push(
            Finding::new(FindingCode::PostcodeMoved, src, (first, last))
                .field("address")
                .change(address.clone(), rest.clone())
                .msg(format!("postcode {code} moved to notes")),
        );
        notes.push(format!("邮编: {code}"));
        address = rest;
    }
    if let Some((rest, moved)) = places::split_contact_remarks(&address) {
        findings.push(
            Finding::new(FindingCode::ContactMoved, src, (first, last))
                .field("address")
                .change(address.clone(), rest.clone())
                .msg(format!("'{}' moved to notes", moved.join("', '"))),
        );
        notes.extend(moved);
        address = rest;
    }

    // A labelled phone closing the address (`…18号(电话:0571-…)`) is one of the phones.
    let mut address_phone = None;
    if let Some((rest, numbers)) = places::split_labelled_phone(&address) {
        findings.push(
            Finding::new(FindingCode::CellSplit, src, (first, last))
                .field("address")
                .change(address.clone(), rest.clone())
                .msg(format!("'{numbers}' printed inside the address moved to the phones")),
        );
        address = rest;
        address_phone = Some(numbers);
    }

    // Status remarks out of the address (and the name).
    let mut status = Status::Active;
    for (field, value) in [("address", &mut address), ("institution", &mut institution)] {
        let s = status::split_status(value);
        if let Some(remark) = s.remark {
            findings.push(
                Finding::new(FindingCode::StatusRemark, src, (first, last))
                    .field(field)
                    .change(value.clone(), s.remaining.clone())
                    .msg(format!("status '{}' from remark '{remark}'", s.status.as_str())),
            );
            notes.push(remark);
            status = s.status;
            *value = s.remaining;
        }
    }
    CleanTexts { institution, address, status, address_phone }
}

/// Reads a record's phone cells (with the address's labelled phone, completed by
/// [`complete_cells`]) into its numbers, each once, their notes and issues kept. Returns the
/// numbers and whether the record is a joint-permit window; its status is set from a status
/// column or a remark.
fn read_phones(
    mut phone_cells: Vec<(String, bool)>,
    texts: &mut CleanTexts,
    notes: &mut Vec<String>,
    findings: &mut Vec<Finding>,
    section_province: Option<usize>,
    phone_cache: &phone::PhoneCache,
    at: At<'_>,
) -> (Vec<Phone>, bool) {
    let (src, (first, last)) = (at.src, at.lines);
    let mut status = texts.status;
    phone_cells.extend(texts.address_phone.take().map(|n| (n, false)));
    let phone_cells = complete_cells(phone_cells, texts, notes, findings, section_province, phone_cache, at);
    let (institution, address) = (&texts.institution, &texts.address);
    let mut phones: Vec<Phone> = Vec::new();
    // The joint-permit and status columns of a dataset tablemend wrote, read back
    // (`joint_permit: 1`, `status: closed`): the record's own fields again, not notes.
    let mut own_joint = false;
    let mut own_status = None;
    notes.retain(|n| {
        // An area code from the row above not taken is no text of this record.
        if n.starts_with(AREA_CODE_ABOVE) {
            return false;
        }
        if let Some(v) = n.strip_prefix("joint_permit: ") {
            own_joint |= matches!(v, "1" | "true");
            return !matches!(v, "0" | "1" | "true" | "false");
        }
        if let Some(v) = n.strip_prefix("status: ") {
            let st = Status::from_name(v);
            own_status = own_status.or(st);
            return st.is_none();
        }
        true
    });
    if let Some(st) = own_status.filter(|_| status == Status::Active) {
        status = st;
    }
    // `(两证联办)` beside the name or address, or in a remarks column, says the same as
    // beside the phone.
    let mut joint =
        own_joint || institution.contains("两证联办") || address.contains("两证联办") || notes.iter().any(|n| n.contains("两证联办"));
    // Numbers kept, by their display, once a record holds many: each next number is found
    // in a map, not compared with every one before (a record of ten thousand numbers, a
    // column of lone phone rows, cost their square). Likewise the notes.
    const MANY: usize = 16;
    let mut kept_at: HashMap<String, usize> = HashMap::new();
    let (mut noted, mut noted_upto): (HashSet<String>, usize) = (HashSet::new(), 0);
    for (cell, from_number) in &phone_cells {
        let pc = phone_cache.parse(cell, *from_number);
        joint |= pc.joint_permit;
        for n in &pc.notes {
            let known = if notes.len() < MANY {
                notes.contains(n)
            } else {
                noted.extend(notes[noted_upto..].iter().cloned());
                noted_upto = notes.len();
                noted.contains(n)
            };
            if !known {
                notes.push(n.clone());
            }
        }
        for issue in &pc.issues {
            let sev = issue.code.default_severity();
            findings.push(
                Finding::new(issue.code, src, (first, last))
                    .field("phones")
                    .change(issue.before.clone(), "")
                    .msg(issue.message.clone())
                    .severity(sev),
            );
        }
        for p in pc.phones.iter().cloned() {
            let shown = p.display();
            let kept = if phones.len() < MANY {
                phones.iter().find(|q| q.display() == shown)
            } else {
                // (Kept numbers have distinct displays: the map holds the first of each.)
                for (i, q) in phones.iter().enumerate().skip(kept_at.len()) {
                    kept_at.insert(q.display(), i);
                }
                kept_at.get(&shown).map(|&i| &phones[i])
            };
            if let Some(kept) = kept {
                // (Its label, if another, stays as a note: `受理机构：95511` under `95511`.)
                crate::phone::keep_repeat_label(kept, &p, notes);
                findings.push(
                    Finding::new(FindingCode::PhoneDuplicate, src, (first, last))
                        .field("phones")
                        .change(p.display(), "")
                        .msg(format!("{} listed twice for this record; kept once", p.display())),
                );
                continue;
            }
            phones.push(p);
        }
    }

    // A remarks column (`备注: 该窗口已撤销`), or a remark beside the numbers
    // (`0577-88961234（暂停受理）`), tells the status as well.
    if status == Status::Active {
        if let Some((note, st)) = notes.iter().find_map(|n| {
            let s = status::split_status(n);
            s.remark.map(|_| (n.clone(), s.status))
        }) {
            findings.push(
                Finding::new(FindingCode::StatusRemark, src, (first, last))
                    .field("status")
                    .change(note.clone(), st.as_str())
                    .msg(format!("status '{}' from the remark '{note}' (kept in notes)", st.as_str())),
            );
            status = st;
        }
    }
    texts.status = status;
    (phones, joint)
}

/// Completes a record's phone cells before they are read: an area code from a 区号 column
/// (or the row above's, a merged cell) or stated in the cell leading its local numbers, a
/// Hong Kong, Macau or Taiwan record's numbers read in the region's plan, an extension
/// column extending the one number.
fn complete_cells(
    mut phone_cells: Vec<(String, bool)>,
    texts: &CleanTexts,
    notes: &mut Vec<String>,
    findings: &mut Vec<Finding>,
    section_province: Option<usize>,
    phone_cache: &phone::PhoneCache,
    at: At<'_>,
) -> Vec<(String, bool)> {
    let (src, (first, last)) = (at.src, at.lines);
    let (institution, address) = (texts.institution.as_str(), texts.address.as_str());
    // Phones. An area code printed in a column of its own (`区号 | 电话`) leads the numbers
    // of the phone cells that start without one.
    let area_column = notes.iter().position(|n| {
        n.strip_prefix("区号: ")
            .or_else(|| n.strip_prefix(AREA_CODE_ABOVE))
            .is_some_and(|a| a.len() <= 4 && a.starts_with('0') && !Gazetteer::get().area(a).is_empty())
    });
    // An area code stated in the phone cell itself (`87051081（区号0571）`, `区号：0571
    // 电话：87060344`) leads the cell's local numbers the same way.
    for (cell, _) in phone_cells.iter_mut() {
        if let Some((area, stated, rest)) = stated_area_code(cell) {
            if let Some(led) = lead_local_numbers(&rest, &area) {
                findings.push(
                    Finding::new(FindingCode::PhoneShorthandExpanded, src, (first, last))
                        .field("phones")
                        .change(cell.clone(), led.clone())
                        .msg(format!("area code {area} from '{stated}' in the phone cell")),
                );
                *cell = led;
            }
        }
    }
    // The area code of the row above stops where the record names a city it does not serve:
    // the empty cell was lost, not merged.
    let area_column = area_column
        .filter(|&i| notes[i].strip_prefix(AREA_CODE_ABOVE).is_none_or(|area| may_serve(area, &format!("{address} {institution}"))));
    if let Some(i) = area_column {
        let (area, whence) = match notes[i].strip_prefix(AREA_CODE_ABOVE) {
            Some(a) => (a.to_string(), "the 区号 column of the row above (this row's cell there is empty: a merged cell)"),
            None => (notes[i]["区号: ".len()..].to_string(), "the 区号 column, or the phone column's caption"),
        };
        let mut used = false;
        for (cell, _) in phone_cells.iter_mut() {
            if let Some(led) = lead_local_numbers(cell, &area) {
                findings.push(
                    Finding::new(FindingCode::PhoneShorthandExpanded, src, (first, last))
                        .field("phones")
                        .change(cell.clone(), led.clone())
                        .msg(format!("area code {area} from {whence}")),
                );
                *cell = led;
                used = true;
            }
        }
        if used {
            notes.remove(i);
        }
    }
    // A Hong Kong, Macau or Taiwan record's numbers are read in the region's own plan
    // (its section's province, or a name or address opening with the region's name).
    // (Read as a place: `香港路`, `澳门路`, streets of mainland cities, name no region.)
    let g = Gazetteer::get();
    // (Looked up only for a text opening with a region's short name: most open with none.)
    let shorts = phone::REGIONS.map(|(division, _)| g.by_code(division).map_or("", |p| g.div(p).short.as_str()));
    let opens_with_region = |t: &str| {
        let t = t.trim_start();
        if !shorts.iter().any(|s| !s.is_empty() && t.starts_with(s)) {
            return None;
        }
        g.place_at_start(&text::squash(t))
            .and_then(|m| m.candidates.iter().copied().find(|&i| phone::region_country_code(g.div(i).code).is_some()))
    };
    // (A section inferred from the records around, its province not printed, may hold a
    // record opening with a mainland place: that record is the mainland's.)
    let opens_with_mainland = |t: &str| {
        g.place_at_start(&text::squash(t))
            .is_some_and(|m| m.candidates.iter().all(|&i| phone::region_country_code(g.div(g.province_of(i)).code).is_none()))
    };
    let region = opens_with_region(address)
        .or_else(|| opens_with_region(institution))
        .or_else(|| {
            section_province.filter(|&p| {
                phone::region_country_code(g.div(p).code).is_some() && !opens_with_mainland(address) && !opens_with_mainland(institution)
            })
        })
        .and_then(|p| phone::region_country_code(g.div(p).code).map(|code| (code, g.div(p).name.as_str())));
    if let Some((code, name)) = region {
        for (cell, _) in phone_cells.iter_mut() {
            if let Some(read) = phone::with_region_code(cell, code) {
                findings.push(
                    Finding::new(FindingCode::PhoneCountryCodeAdded, src, (first, last))
                        .field("phones")
                        .change(cell.clone(), read.clone())
                        .msg(format!("read in the numbering plan of {name} (+{code})")),
                );
                *cell = read;
            }
        }
    }
    // An extension in a column of its own (`分机: 801`) extends the record's one number.
    if let Some(i) = notes.iter().position(|n| n.starts_with("分机: ")) {
        let ext = notes[i]["分机: ".len()..].to_string();
        if let [(cell, from_number)] = phone_cells.as_mut_slice() {
            let parsed = phone_cache.parse(cell, *from_number);
            if parsed.phones.len() == 1 && parsed.phones[0].extension.is_none() {
                let extended = format!("{cell} 转{ext}");
                findings.push(
                    Finding::new(FindingCode::PhoneShorthandExpanded, src, (first, last))
                        .field("phones")
                        .change(cell.clone(), extended.clone())
                        .msg(format!("extension {ext} from the 分机 column")),
                );
                *cell = extended;
                notes.remove(i);
            }
        }
    }
    phone_cells
}
