//! Garbled candidates placed: each is matched to a record already built from clean rows
//! (by phone, name or address) and fills what that record lacks, or else becomes a
//! reconstructed record of its own; a phone-only row repeating a neighbour's phone is merged.

use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};

use super::garbled::{self, Candidate};
use super::{lines1, Assembly, Draft, InstitutionSource};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// How far (in lines) a garbled repeat or a name-only row may be from the record it repeats.
pub const MATCH_WINDOW_LINES: u32 = 200;

/// The lines of a finding about a record's text replaced by a garbled candidate's: the
/// record's own lines and the candidate's.
fn span_with_row(d: &Draft, c: &Candidate) -> (u32, u32) {
    let (lo, hi) = (d.lines.first().copied().unwrap_or(c.line), d.lines.last().copied().unwrap_or(c.line));
    (lo.min(c.line), hi.max(c.span().1))
}

/// Matches garbled candidates to the records already built (by phone, name or address),
/// fills what those records lack, and adds the rest as reconstructed records.
pub(super) fn place_candidates(asm: &mut Assembly, candidates: Vec<Candidate>, src: &Arc<str>) {
    let digits = |s: &str| -> String { s.chars().filter(|c| c.is_ascii_digit()).collect() };
    // Indexes by phone digits, name and address, so matching stays linear in the records.
    let mut by_phone: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_inst: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_addr: HashMap<String, Vec<usize>> = HashMap::new();
    let index_inst = |m: &mut HashMap<String, Vec<usize>>, i: usize, t: &str| {
        let k = squash(t);
        if k.chars().count() >= 6 {
            m.entry(k.into_owned()).or_default().push(i);
        }
    };
    let index_addr = |m: &mut HashMap<String, Vec<usize>>, i: usize, t: &str| {
        let k = squash(t);
        if k.chars().count() >= 8 {
            m.entry(k.into_owned()).or_default().push(i);
        }
    };
    // Only drafts a candidate may match (within the window) are worth indexing.
    let mut cand_lines: Vec<u32> = candidates.iter().map(|c| c.line).collect();
    cand_lines.sort_unstable();
    let in_window = |d: &Draft| {
        let l = *d.lines.iter().next().unwrap_or(&0);
        let k = cand_lines.partition_point(|&c| c < l);
        [k.checked_sub(1), Some(k)].into_iter().flatten().filter_map(|k| cand_lines.get(k)).any(|&c| c.abs_diff(l) <= MATCH_WINDOW_LINES)
    };
    if !candidates.is_empty() {
        for (i, d) in asm.drafts.iter().enumerate().filter(|(_, d)| in_window(d)) {
            for (t, _) in &d.phone_cells {
                for p in &asm.phones.parse(t, false).phones {
                    by_phone.entry(digits(&p.number)).or_default().push(i);
                }
            }
            index_inst(&mut by_inst, i, &d.institution);
            index_addr(&mut by_addr, i, &d.address);
        }
    }
    // Best candidate first, so fills take the most complete pieces.
    // Each keeps its place in the document, so the records it becomes keep printed order.
    let mut cands: Vec<(usize, Candidate)> = candidates.into_iter().enumerate().collect();
    cands.sort_by_cached_key(|(_, c)| (std::cmp::Reverse(c.quality()), std::cmp::Reverse(c.address.chars().count()), c.line));
    let mut orphans: Vec<(usize, Candidate)> = Vec::new();
    for (order, mut c) in cands {
        // A fragment read as a name that is word for word a record's address (`绍兴市新昌县科创
        // 服务中心12楼1218室` after its name in a garbled run) is that address repeated.
        if c.address.is_empty() && by_addr.contains_key(&*squash(&c.institution)) {
            c.address = std::mem::take(&mut c.institution);
        }
        let cphones: Vec<String> = c.phones.iter().map(|p| digits(p)).collect();
        let ci = squash(&c.institution);
        let ca = squash(&c.address);
        let mut hits: Vec<usize> = cphones.iter().flat_map(|p| by_phone.get(p).cloned().unwrap_or_default()).collect();
        if ci.chars().count() >= 6 {
            hits.extend(by_inst.get(&*ci).cloned().unwrap_or_default());
        }
        if ca.chars().count() >= 8 {
            hits.extend(by_addr.get(&*ca).cloned().unwrap_or_default());
        }
        // Repeats sit on the same page or the next ones; a far-away match is another record
        // that happens to share a name (or a copy of the document appended to itself).
        let first = |i: usize| *asm.drafts[i].lines.iter().next().unwrap_or(&0);
        let hit = hits.into_iter().filter(|&i| first(i).abs_diff(c.line) <= MATCH_WINDOW_LINES).min();
        if let Some(i) = hit {
            let d = &asm.drafts[i];
            if d.institution.is_empty() && !c.institution.is_empty() && c.quality() >= 2 {
                index_inst(&mut by_inst, i, &c.institution);
            }
            if d.address.is_empty() && !c.address.is_empty() {
                index_addr(&mut by_addr, i, &c.address);
            }
        }
        match hit {
            Some(i) => {
                let d = &mut asm.drafts[i];
                d.lines.extend([c.line, c.span().1]);
                let mut filled = Vec::new();
                if d.institution.is_empty() && !c.institution.is_empty() && c.quality() >= 2 {
                    d.institution = c.institution.clone();
                    d.inst_source = InstitutionSource::Reconstructed;
                    d.findings.retain(|f| f.code != FindingCode::InstitutionMissing);
                    filled.push("institution");
                }
                // On a garbled page a clean-looking row's name cell may hold only the tails of
                // wrapped text (`员会出入境接待大厅…`); a whole name from the garbled run that
                // shares its phone replaces it, the old text kept in the finding.
                let g = Gazetteer::get();
                let whole_name = crate::classify::has_institution_suffix(&c.institution) && garbled::starts_with_place(g, &c.institution);
                if d.in_garbled_region && whole_name && !d.institution.is_empty() && !garbled::starts_with_place(g, &d.institution) {
                    let before = std::mem::replace(&mut d.institution, c.institution.clone());
                    d.inst_source = InstitutionSource::Reconstructed;
                    // The replaced text is the row's own: the finding spans its lines too.
                    let span = span_with_row(d, &c);
                    d.findings.push(
                        Finding::new(FindingCode::ReconstructedFromGarbled, src, span)
                            .field("institution")
                            .change(before, c.institution.clone())
                            .msg("name cell held only wrapped tails; the whole name is taken from the garbled run with the same phone"),
                    );
                }
                // So may its address cell hold only the address's tail (`观山路 199 号`, its head
                // printed beside the name): the garbled run's whole address that ends with it
                // replaces it.
                // (Cheap tests first: a candidate matches a record on every garbled page.)
                let tail_only = d.in_garbled_region && !d.address.is_empty() && c.address.len() > d.address.len() && {
                    let (da, ca) = (squash(&d.address), squash(&c.address));
                    !da.is_empty() && ca.len() > da.len() && ca.ends_with(&*da) && garbled::starts_with_place(g, &c.address)
                };
                if tail_only {
                    let before = std::mem::replace(&mut d.address, c.address.clone());
                    let span = span_with_row(d, &c);
                    d.findings.push(
                        Finding::new(FindingCode::ReconstructedFromGarbled, src, span)
                            .field("address")
                            .change(before, c.address.clone())
                            .msg("address cell held only the address's tail; the whole address is taken from the garbled run with the same phone"),
                    );
                }
                if d.address.is_empty() && !c.address.is_empty() {
                    d.address = c.address.clone();
                    filled.push("address");
                }
                let code = if filled.is_empty() { FindingCode::DuplicateMerged } else { FindingCode::ReconstructedFromGarbled };
                d.findings.push(
                    Finding::new(code, src, c.span())
                        .change(format!("{} {} {}", c.institution, c.address, c.phones.join(" ")).trim().to_string(), "")
                        .msg(if filled.is_empty() {
                            "garbled text repeats this record; merged".to_string()
                        } else {
                            format!("{} filled from garbled text", filled.join(" and "))
                        }),
                );
                for l in &c.leftover {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, c.span()).change(l.clone(), "").msg("noise in a garbled cell"),
                    );
                }
            }
            None => orphans.push((order, c)),
        }
    }
    // Candidates that match nothing: records of their own, rests, or noise.
    place_orphans(asm, orphans, src);
}

/// Places the candidates that matched no record (`orphans`, each with its place in the
/// document): complete ones become records; a name or an address without a phone may be
/// the rest of a record printed a row low, or complete a phone-only record of the same
/// garbled region; what fits nowhere is kept in the audit.
fn place_orphans(asm: &mut Assembly, mut orphans: Vec<(usize, Candidate)>, src: &Arc<str>) {
    orphans.sort_by_key(|(_, c)| c.line);
    let mut added: Vec<(usize, Draft)> = Vec::new();
    for (order, c) in orphans {
        for l in &c.leftover {
            asm.dropped
                .push(Finding::new(FindingCode::NoiseTextDropped, src, c.span()).change(l.clone(), "").msg("noise in a garbled cell"));
        }
        if c.institution.is_empty() && c.address.is_empty() && c.phones.is_empty() {
            continue;
        }
        let near = drafts_near(&asm.drafts, c.line, 5);
        let g = Gazetteer::get();
        // The row right below a cell that ended with a record under way (a name and the
        // head of its address, no phone), holding no name and an address that opens with
        // no place (`人民东路 2 号 0756-…`): that record's rest, printed a row low.
        let goes_on = |d: &Draft| {
            !d.address.is_empty()
                && !c.address.is_empty()
                && !c.institution.is_empty()
                && !garbled::starts_with_place(g, &d.address)
                && d.lines.first().is_some_and(|&l| l > c.span().1 && l - c.span().1 <= 2)
        };
        let bare = near.iter().copied().find(|&i| {
            let d = &asm.drafts[i];
            !c.starts_with_tail
                && d.in_garbled_region
                && d.institution.is_empty()
                && (d.address.is_empty() || goes_on(d))
                && c.phones.is_empty()
                && d.lines.iter().any(|l| l.abs_diff(c.line) <= 3)
        });
        if let Some(i) = bare {
            let d = &mut asm.drafts[i];
            let rest = !d.address.is_empty();
            d.institution = c.institution.clone();
            d.address = format!("{}{}", c.address, d.address);
            d.inst_source = InstitutionSource::Reconstructed;
            d.lines.extend([c.line, c.span().1]);
            d.findings.retain(|f| f.code != FindingCode::InstitutionMissing);
            d.findings.push(
                Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                    .severity(Severity::Warning)
                    .change(format!("{} {}", c.institution, c.address), "")
                    .msg(if rest {
                        "name and address head from the end of a garbled cell, whose record the row below goes on with its address and phone"
                    } else {
                        "name and address from an unplaced garbled fragment paired with the phone-only row nearby (low certainty)"
                    }),
            );
            continue;
        }
        // A lone phone of a garbled cell belongs to a nearby record that has none, when its
        // area code serves that record's city.
        if c.institution.is_empty() && c.address.is_empty() && c.phones.len() == 1 {
            let pc = crate::phone::parse_phone_cell(&c.phones[0], false);
            let prefs: Vec<&str> = pc.phones.iter().flat_map(|p| p.area_prefectures.iter().copied()).collect();
            let target = near.iter().copied().find(|&i| {
                let d = &asm.drafts[i];
                d.phone_cells.is_empty()
                    && d.lines.iter().any(|l| l.abs_diff(c.line) <= 5)
                    && g.resolve(&squash(&d.address), None, &[]).prefecture.is_some_and(|p| prefs.contains(&g.div(p).name.as_str()))
            });
            if let Some(i) = target {
                let d = &mut asm.drafts[i];
                d.phone_cells.push((c.phones[0].clone(), false));
                d.lines.extend([c.line, c.span().1]);
                d.findings.push(
                    Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                        .field("phones")
                        .change(c.phones[0].clone(), "")
                        .msg("phone from a garbled cell given to the nearby record without one whose city its area code serves"),
                );
                continue;
            }
        }
        // An address alone, from a garbled cell on a record's own row, is the address of that
        // record when it has none (the name and phone taken from the same cell); so is a text
        // read as a name that has a house number (`…5号楼3楼…303办公室`).
        let lone_address = match (c.institution.is_empty(), c.address.is_empty()) {
            (true, false) => Some(&c.address),
            (false, true) if super::continuation::has_house_number(&c.institution) => Some(&c.institution),
            _ => None,
        };
        if let (Some(address), true) = (lone_address, c.phones.is_empty()) {
            let target = near.iter().copied().find(|&i| asm.drafts[i].address.is_empty() && asm.drafts[i].lines.contains(&c.line));
            if let Some(i) = target {
                let address = address.clone();
                let d = &mut asm.drafts[i];
                d.address = address.clone();
                d.lines.extend([c.line, c.span().1]);
                d.findings.retain(|f| f.code != FindingCode::AddressMissing);
                d.findings.push(
                    Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                        .field("address")
                        .change(address, "")
                        .msg("address from a garbled cell of the record's own row, which had none"),
                );
                continue;
            }
        }
        // A section index for the new record: the one its line falls in.
        let section = asm.sections.iter().rposition(|s| s.first_line <= c.line).unwrap_or(0);
        // Leading tails that found no record are repeats of text placed elsewhere.
        let keep = !c.phones.is_empty() || (!c.institution.is_empty() && !c.address.is_empty() && !c.lead_tail);
        if !keep {
            asm.dropped.push(
                Finding::new(FindingCode::NoiseTextDropped, src, c.span())
                    .change(format!("{} {}", c.institution, c.address).trim().to_string(), "")
                    .msg("fragment of a garbled cell that could not be placed in any record"),
            );
            continue;
        }
        let mut d = Draft {
            section,
            institution: c.institution.clone(),
            address: c.address.clone(),
            inst_source: if c.institution.is_empty() { InstitutionSource::Missing } else { InstitutionSource::Reconstructed },
            phone_cells: c.phones.iter().map(|p| (p.clone(), false)).collect(),
            lines: [c.line, c.span().1].into_iter().collect(),
            findings: Vec::new(),
            in_garbled_region: true,
            notes: Vec::new(),
            seq: None,
            region: None,
        };
        d.findings.push(
            Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                .change(format!("{} {} {}", c.institution, c.address, c.phones.join(" ")).trim().to_string(), "")
                .msg("record pieced from a garbled cell; no clean row matches it"),
        );
        added.push((order, d));
    }
    // Records pieced from one garbled cell in the order the cell prints them.
    added.sort_by_key(|(order, d)| (*d.lines.iter().next().unwrap_or(&0), *order));
    asm.drafts.extend(added.into_iter().map(|(_, d)| d));
    asm.drafts.sort_by_key(|d| *d.lines.iter().next().unwrap_or(&0));
    merge_bare_phone_repeats(asm, src);
}

/// A phone-only row of a garbled page whose phone a record next to it already carries is
/// that record's phone read twice: merged into it. (Rows that share a phone but carry text,
/// like branches of one centre, stay apart.)
fn merge_bare_phone_repeats(asm: &mut Assembly, src: &Arc<str>) {
    let bare = |d: &Draft| d.in_garbled_region && d.institution.is_empty() && d.address.is_empty() && !d.phone_cells.is_empty();
    let phones = |d: &Draft| d.phone_cells.iter().map(|(t, _)| squash(t).into_owned()).collect::<Vec<_>>();
    let mut gone = vec![false; asm.drafts.len()];
    for i in 0..asm.drafts.len() {
        if !bare(&asm.drafts[i]) {
            continue;
        }
        let line = *asm.drafts[i].lines.iter().next().unwrap_or(&0);
        let p = phones(&asm.drafts[i]);
        let target = drafts_near(&asm.drafts, line, 2).into_iter().find(|&j| {
            let d = &asm.drafts[j];
            j != i && !gone[j] && !bare(d) && phones(d) == p && d.lines.iter().any(|l| l.abs_diff(line) <= 2)
        });
        if let Some(j) = target {
            gone[i] = true;
            let lines = std::mem::take(&mut asm.drafts[i].lines);
            let findings = std::mem::take(&mut asm.drafts[i].findings);
            let notes = std::mem::take(&mut asm.drafts[i].notes);
            let keep = &mut asm.drafts[j];
            keep.notes.extend(notes);
            keep.lines.extend(lines);
            keep.findings.extend(findings);
            keep.findings.push(
                Finding::new(FindingCode::DuplicateMerged, src, lines1(line))
                    .field("phones")
                    .change(p.join(" "), "")
                    .msg("phone-only row of a garbled page repeating the phone of the record beside it; merged"),
            );
        }
    }
    let mut k = 0;
    asm.drafts.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Indices of drafts with a source line within `radius` of `line`. Drafts are in document
/// order by first line (garbled additions are sorted in at the end), so a binary search
/// bounds the scan.
fn drafts_near(drafts: &[Draft], line: u32, radius: u32) -> Vec<usize> {
    let first = |d: &Draft| *d.lines.iter().next().unwrap_or(&0);
    // Drafts can span a few lines (continuations), so look a little further back.
    let lo = line.saturating_sub(radius + 50);
    let start = drafts.partition_point(|d| first(d) < lo);
    let mut out = Vec::new();
    for (i, d) in drafts.iter().enumerate().skip(start) {
        if first(d) > line + radius {
            break;
        }
        if d.lines.iter().any(|l| l.abs_diff(line) <= radius) {
            out.push(i);
        }
    }
    out
}
