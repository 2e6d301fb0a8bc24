//! Records printed twice (a garbled page repeating clean rows, a row read twice across a
//! page break) merged into one, their findings and lines kept.

use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};

use crate::{phone, rows, text};
use crate::{Finding, FindingCode, Record, Severity, Status};

/// A row repeating a record already emitted (same name, address and phones) is merged, and
/// so is a row holding only a name that another record (the next one, else any with an
/// address) carries: a page header promoted from the row below, or a garbled repeat.
/// Linear in the records: lookups go through hash maps.
pub(crate) fn merge_duplicates(built: Vec<(Record, Vec<Finding>)>, src: &Arc<str>) -> Vec<(Record, Vec<Finding>)> {
    let n = built.len();
    let name_key = |r: &Record| text::squash(&r.institution).into_owned();
    let name_only = |(a, afs): &(Record, Vec<Finding>)| {
        a.address.is_empty()
            && a.phones.is_empty()
            && !a.institution.is_empty()
            && a.status == Status::Active
            && !afs.iter().any(|f| f.field == Some("phones") && f.code != FindingCode::PhoneMissing)
    };
    // Names are indexed only when some record holds nothing but a name.
    let mut with_address: HashMap<String, Vec<usize>> = HashMap::new();
    if built.iter().any(name_only) {
        for (i, (r, _)) in built.iter().enumerate() {
            if !r.address.is_empty() && !r.institution.is_empty() {
                with_address.entry(name_key(r)).or_default().push(i);
            }
        }
    }
    let first_line = |r: &Record| r.source_lines.first().copied().unwrap_or(0);
    // Where each name-only record goes.
    let mut target: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if !name_only(&built[i]) {
            continue;
        }
        let a = &built[i].0;
        let k = name_key(a);
        target[i] = if i + 1 < n && name_key(&built[i + 1].0) == k {
            Some(i + 1)
        } else {
            with_address.get(&k).and_then(|v| {
                v.iter().copied().find(|&t| t != i && first_line(&built[t].0).abs_diff(first_line(a)) <= rows::MATCH_WINDOW_LINES)
            })
        };
    }
    let mut slots: Vec<Option<(Record, Vec<Finding>)>> = built.into_iter().map(Some).collect();
    for i in 0..n {
        let Some(t) = target[i] else { continue };
        if target[t].is_some() {
            continue; // never merge into a record that is itself merged away
        }
        let Some((gone, gone_findings)) = slots[i].take() else { continue };
        let Some(next) = slots[t].as_mut() else {
            slots[i] = Some((gone, gone_findings));
            continue;
        };
        let l = gone.source_lines.first().copied().unwrap_or(0);
        absorb(&mut next.0, &gone);
        // Only the repairs of the merged row's text stay; its doubts were about a record
        // that no longer exists.
        carry(&mut next.1, gone_findings);
        next.1.push(
            Finding::new(FindingCode::DuplicateMerged, src, (l, l))
                .field("institution")
                .change(gone.institution.clone(), next.0.institution.clone())
                .msg("a row holding only this name repeats a record; merged"),
        );
    }
    // Exact repeats, compacted in place: `slots[..kept]` holds the records kept so far.
    // Records by a hash of their (name, address, phones) key; a hit is confirmed by
    // comparing the fields, so the map holds no copy of any text.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut kept: usize = 0;
    for i in 0..n {
        let Some((r, fs)) = slots[i].take() else { continue };
        if !r.phones.is_empty() {
            let h = repeat_key_hash(&r);
            let hit =
                seen.get(&h).and_then(|v| v.iter().copied().find(|&e| slots[e].as_ref().is_some_and(|(x, _)| same_repeat_key(x, &r))));
            if let Some(existing) = hit.and_then(|e| slots[e].as_mut()) {
                let l = r.source_lines.first().copied().unwrap_or(0);
                absorb(&mut existing.0, &r);
                carry(&mut existing.1, fs);
                existing.1.push(
                    Finding::new(FindingCode::DuplicateMerged, src, (l, r.source_lines.last().copied().unwrap_or(l)))
                        .msg("row repeats a record already emitted; merged"),
                );
                continue;
            }
            // A repeat of the record just kept whose name one copy has whole and the other
            // cut short (a row printed twice before the page its name's rest went to: the
            // rest joined to the second copy only): the whole name stays.
            if let Some(prev) = kept.checked_sub(1).and_then(|k| slots[k].as_mut()).filter(|(p, _)| repeat_with_name_cut(p, &r)) {
                let l = r.source_lines.first().copied().unwrap_or(0);
                let last = r.source_lines.last().copied().unwrap_or(l);
                let (mut r, mut fs) = (r, fs);
                if r.institution.chars().count() > prev.0.institution.chars().count() {
                    std::mem::swap(&mut prev.0, &mut r);
                    std::mem::swap(&mut prev.1, &mut fs);
                }
                let short = r.institution.clone();
                absorb(&mut prev.0, &r);
                carry(&mut prev.1, fs);
                prev.1.push(
                    Finding::new(FindingCode::DuplicateMerged, src, (l, last))
                        .field("institution")
                        .change(short, prev.0.institution.clone())
                        .msg("row repeats the record above, its name cut short on one of the copies; merged, the whole name kept"),
                );
                continue;
            }
            seen.entry(h).or_default().push(kept);
        }
        slots[kept] = Some((r, fs));
        kept += 1;
    }
    slots.truncate(kept);
    // Every slot left is full; collected in place.
    slots.into_iter().map_while(|s| s).collect()
}

/// Flags each record sharing its name and one more field with a record up to
/// [`rows::MATCH_WINDOW_LINES`] lines above, the third field differing (exact repeats were
/// merged before): its address with other phones (a digit read differently), or its phones
/// with another address (a repeat whose address OCR garbled). A doubt for the auditor, as
/// only one of them may be right; both are kept. (Farther apart, the same point is another
/// part of the document listing it again, as a file holding several editions of a directory
/// does.) Linear: keys by hash.
pub(crate) fn flag_possible_duplicates(built: &mut [(Record, Vec<Finding>)], src: &Arc<str>) {
    use std::hash::{BuildHasher, Hash, Hasher};
    let state = foldhash::fast::FixedState::with_seed(0);
    let hash_pair = |a: &str, b: &str| {
        let mut h = state.build_hasher();
        a.hash(&mut h);
        b.hash(&mut h);
        h.finish()
    };
    let first_line = |r: &Record| r.source_lines.first().copied().unwrap_or(0);
    // The phones as shown, `;`-joined, into a reused buffer.
    let shown_into = |r: &Record, buf: &mut String| {
        buf.clear();
        for (k, p) in r.phones.iter().enumerate() {
            if k > 0 {
                buf.push(';');
            }
            p.push_display(buf);
        }
    };
    let (mut own, mut theirs) = (String::new(), String::new());
    // Hashes of (name, address) and (name, phones) → the latest record holding them; a hit
    // is confirmed on the fields, so the maps hold no text.
    let mut by_address: HashMap<u64, usize> = HashMap::new();
    let mut by_phones: HashMap<u64, usize> = HashMap::new();
    for i in 0..built.len() {
        let r = &built[i].0;
        if r.institution.is_empty() {
            continue;
        }
        // (Fields are clean by now: canonical characters, wrap spaces gone.)
        let name = r.institution.as_str();
        let near = |e: usize| first_line(&built[e].0).abs_diff(first_line(r)) <= rows::MATCH_WINDOW_LINES;
        let same_name = |e: usize| built[e].0.institution == name;
        let mut same_address = None;
        if !r.address.is_empty() {
            let h = hash_pair(name, &r.address);
            same_address = by_address.get(&h).copied().filter(|&e| near(e) && same_name(e) && built[e].0.address == r.address);
            if same_address.is_none() {
                by_address.insert(h, i);
            }
        }
        let mut same_phones = None;
        shown_into(r, &mut own);
        if !r.phones.is_empty() {
            let h = hash_pair(name, &own);
            same_phones = by_phones.get(&h).copied().filter(|&e| {
                near(e) && same_name(e) && {
                    shown_into(&built[e].0, &mut theirs);
                    theirs == own
                }
            });
            if same_phones.is_none() {
                by_phones.insert(h, i);
            }
        }
        let (field, e, what) = match (same_address, same_phones) {
            (Some(e), _) => ("phones", e, "address"),
            (None, Some(e)) => ("address", e, "phones"),
            (None, None) => continue,
        };
        let earlier = &built[e].0;
        let (before, after) = if field == "phones" {
            shown_into(earlier, &mut theirs);
            (theirs.clone(), own.clone())
        } else {
            (earlier.address.clone(), r.address.clone())
        };
        let lines = earlier.source_lines.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        let l = first_line(r);
        let last = r.source_lines.last().copied().unwrap_or(l);
        built[i].1.push(
            Finding::new(FindingCode::PossibleDuplicate, src, (l, last)).field(field).change(before.clone(), after).msg(format!(
                "same institution and {what} as the record on line {lines}, another {field} ('{before}' there); kept, as either may be the right one"
            )),
        );
    }
}

/// Hash of what makes two records exact repeats: name and address without whitespace,
/// and the phones as displayed.
fn repeat_key_hash(r: &Record) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0).build_hasher();
    text::squash(&r.institution).hash(&mut h);
    text::squash(&r.address).hash(&mut h);
    // The phones as displayed, each closed by a character no number holds.
    let mut phones = String::new();
    for p in &r.phones {
        p.push_display(&mut phones);
        phones.push(';');
    }
    phones.hash(&mut h);
    h.finish()
}

/// Whether two records are exact repeats (see [`repeat_key_hash`]).
fn same_repeat_key(a: &Record, b: &Record) -> bool {
    text::squash(&a.institution) == text::squash(&b.institution)
        && text::squash(&a.address) == text::squash(&b.address)
        && a.phones.len() == b.phones.len()
        && a.phones.iter().zip(&b.phones).all(|(p, q)| p.display() == q.display())
}

/// True when `b` repeats `a` (the same address and phones) and one name is the other cut
/// short: the head of the other, by two characters or more.
fn repeat_with_name_cut(a: &Record, b: &Record) -> bool {
    let (x, y) = (text::squash(&a.institution), text::squash(&b.institution));
    let (short, long) = if x.len() <= y.len() { (&x, &y) } else { (&y, &x) };
    !a.address.is_empty()
        && !a.phones.is_empty()
        && short.chars().count() >= 2
        && short.len() < long.len()
        && long.starts_with(&**short)
        && text::squash(&a.address) == text::squash(&b.address)
        && a.phones.len() == b.phones.len()
        && a.phones.iter().zip(&b.phones).all(|(p, q)| p.display() == q.display())
}

/// Keeps a merged record's findings about its text (repairs, dropped or damaged text);
/// its doubts about fields were about a record that no longer exists.
fn carry(into: &mut Vec<Finding>, gone: Vec<Finding>) {
    into.extend(gone.into_iter().filter(|f| {
        !matches!(
            f.code,
            FindingCode::ProvinceMismatch
                | FindingCode::AddressCityMismatch
                | FindingCode::DivisionUnresolved
                | FindingCode::PhoneMissing
                | FindingCode::AddressMissing
                | FindingCode::InstitutionMissing
        )
    }));
}

/// Takes a merged record's lines, joint-permit mark and notes into the one that stays.
fn absorb(into: &mut Record, gone: &Record) {
    // (Repeats come in reading order: lines after the kept ones are appended, not sorted
    // in again, so a record repeated ten thousand times costs no sort per repeat.)
    let after = into.source_lines.last().is_none_or(|&last| gone.source_lines.first().is_some_and(|&l| l > last))
        && gone.source_lines.windows(2).all(|w| w[0] < w[1]);
    into.source_lines.extend(gone.source_lines.iter().copied());
    if !after {
        into.source_lines.sort_unstable();
        into.source_lines.dedup();
    }
    into.joint_permit |= gone.joint_permit;
    for n in &gone.notes {
        if !into.notes.contains(n) {
            into.notes.push(n.clone());
        }
    }
    for p in &gone.phones {
        if let Some(kept) = into.phones.iter().find(|q| q.display() == p.display()) {
            phone::keep_repeat_label(kept, p, &mut into.notes);
        }
    }
}

/// Lines around a left-out text searched for the record it repeats.
const REPEAT_WINDOW_LINES: u32 = 5;

/// The most records those lines are searched for: a garbled line holds a few, and a line
/// read as thousands of records (a cell of thousands of numbers) made each left-out text
/// look at them all.
const REPEAT_WINDOW_RECORDS: usize = 256;

/// Text left out as noise that repeats a field of a record printed within a few lines, word
/// for word, loses nothing: the whole name or address (four Chinese characters or more), or
/// a part of an address too long to recur by chance (eight or more: `务中心二楼D区无差别综合受理
/// 大厅` of `…行政服务中心二楼D区无差别综合受理大厅19-20号窗口`), an OCR echo on a garbled page.
/// Its warning becomes info naming that record's line. (Not a part of a name: endings such as
/// `源和社会保障局` recur, and a name's lost tail must stay a doubt.) `records` are in
/// document order.
pub(crate) fn mark_repeated_noise(findings: &mut [Finding], records: &[Record]) {
    let first = |r: &Record| r.source_lines.first().copied().unwrap_or(0);
    for f in findings.iter_mut() {
        if !matches!(f.code, FindingCode::NoiseTextDropped | FindingCode::NoiseRowDropped) || f.severity != Severity::Warning {
            continue;
        }
        let sq = text::squash(&f.before);
        let cjk = text::cjk_count(&sq);
        if cjk < 4 {
            continue;
        }
        // Only the few records within the window are looked at (fields squashed then), so a
        // huge document costs no copy of its records' texts.
        let lo = f.line_start.saturating_sub(REPEAT_WINDOW_LINES);
        let start = records.partition_point(|r| first(r) < lo);
        let repeated =
            records[start..].iter().take_while(|r| first(r) <= f.line_end + REPEAT_WINDOW_LINES).take(REPEAT_WINDOW_RECORDS).find(|r| {
                let (name, address) = (text::squash(&r.institution), text::squash(&r.address));
                *name == *sq || *address == *sq || (cjk >= 8 && address.contains(&*sq))
            });
        if let Some(r) = repeated {
            f.severity = Severity::Info;
            f.message = format!("repeats text of the record on line {}", first(r)).into();
        }
    }
}
