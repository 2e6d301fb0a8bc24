//! What the document's other records say about one: a number's length against the others
//! of its area code, a name cut off or headless completed the way its siblings read.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};

use crate::gazetteer::Gazetteer;
use crate::text;
use crate::{Finding, FindingCode, PhoneKind, Record};

/// Completes names cut off by OCR: a name whose last five characters are, in at least two
/// other names of the document, followed by the same short ending (`…科学技术委` before
/// `员会`) gets that ending. Names that already end a known way are left alone.
pub(crate) fn complete_names(built: &mut [(Record, Vec<Finding>)], src: &Arc<str>) {
    const TAIL: usize = 5;
    let names: Vec<Vec<char>> = built.iter().map(|(r, _)| r.institution.chars().collect()).collect();
    let incomplete =
        |r: &Record, n: &[char]| n.len() >= TAIL + 2 && text::bracket_balance(&r.institution) == 0 && !ends_complete(&r.institution);
    // Only the tails of names that may be completed are worth indexing (most documents
    // have none).
    let wanted: foldhash::HashSet<&[char]> =
        built.iter().zip(&names).filter(|((r, _), n)| incomplete(r, n)).map(|(_, n)| &n[n.len() - TAIL..]).collect();
    if wanted.is_empty() {
        return;
    }
    // tail -> ending -> distinct names with that tail and ending (indexed by tail: linear)
    let mut endings: HashMap<String, BTreeMap<String, BTreeSet<String>>> = HashMap::new();
    for n in &names {
        for extra in 1..=3usize {
            if n.len() >= TAIL + extra + 2 {
                let cut = n.len() - extra;
                if !wanted.contains(&n[cut - TAIL..cut]) {
                    continue;
                }
                let tail: String = n[cut - TAIL..cut].iter().collect();
                let end: String = n[cut..].iter().collect();
                endings.entry(tail).or_default().entry(end).or_default().insert(n.iter().collect());
            }
        }
    }
    for (i, (r, fs)) in built.iter_mut().enumerate() {
        let n = &names[i];
        if !incomplete(r, n) {
            continue;
        }
        let tail: String = n[n.len() - TAIL..].iter().collect();
        let mut best: Option<(&String, usize)> = None;
        let Some(by_end) = endings.get(&tail) else { continue };
        for extra in 1..=3usize {
            for (e, set) in by_end.iter().filter(|(e, _)| e.chars().count() == extra && e.chars().all(text::is_cjk)) {
                let others = set.iter().filter(|x| **x != r.institution).count();
                if others >= 2 && best.is_none_or(|(_, c)| others > c) {
                    best = Some((e, others));
                }
            }
        }
        if let Some((end, count)) = best {
            let before = r.institution.clone();
            r.institution.push_str(end);
            let l = r.source_lines.first().copied().unwrap_or(0);
            fs.push(
                Finding::new(FindingCode::NameCompleted, src, (l, l))
                    .field("institution")
                    .change(before, r.institution.clone())
                    .msg(format!("name ends '…{tail}'; {count} other names of the document continue that with '{end}'")),
            );
        }
    }
}

/// Gives a name pieced from a garbled page that lost its head (`术局(外国专家局)`) the head
/// its siblings show: when other names of the document read `<their city><T>` with `T`
/// ending in the fragment, and the record's city is known (address or area code), the
/// name is `<city><T>`. Flagged `name_completed` with the fragment as printed.
pub(crate) fn restore_name_heads(built: &mut [(Record, Vec<Finding>)], src: &Arc<str>) {
    const MIN_FRAGMENT: usize = 3;
    let g = Gazetteer::get();
    let fragment = |r: &Record, fs: &[Finding]| {
        r.city.is_some()
            && fs.iter().any(|f| f.code == FindingCode::ReconstructedFromGarbled)
            && r.institution.chars().count() >= MIN_FRAGMENT
            && g.place_at_start(&r.institution).is_none()
    };
    // The names that may get a head; most documents have none, and nothing is indexed.
    let wanted: foldhash::HashSet<String> = built.iter().filter(|(r, fs)| fragment(r, fs)).map(|(r, _)| r.institution.clone()).collect();
    if wanted.is_empty() {
        return;
    }
    // T -> number of names `<city>T` (city = that record's own city).
    let mut tails: HashMap<String, usize> = HashMap::new();
    for (r, _) in built.iter() {
        if let Some(t) = r.city.and_then(|c| r.institution.strip_prefix(c)) {
            if t.chars().count() > MIN_FRAGMENT {
                *tails.entry(t.to_string()).or_default() += 1;
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    // Every proper ending of a common tail, so a fragment is looked up, not compared with
    // every tail (linear in the names).
    let mut by_ending: HashMap<String, Vec<(&String, usize)>> = HashMap::new();
    for (t, &n) in tails.iter().filter(|(_, n)| **n >= 2) {
        for (i, _) in t.char_indices().skip(1) {
            if t[i..].chars().count() >= MIN_FRAGMENT && wanted.contains(&t[i..]) {
                by_ending.entry(t[i..].to_string()).or_default().push((t, n));
            }
        }
    }
    for (r, fs) in built.iter_mut() {
        if !fragment(r, fs) {
            continue;
        }
        let Some(city) = r.city else { continue };
        let frag = r.institution.clone();
        let mut fits: Vec<(&String, usize)> = by_ending.get(&frag).cloned().unwrap_or_default();
        fits.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        // Two endings equally common: nothing says which.
        if fits.len() > 1 && fits[0].1 == fits[1].1 {
            continue;
        }
        let Some(&(t, n)) = fits.first() else { continue };
        r.institution = format!("{city}{t}");
        let l = r.source_lines.first().copied().unwrap_or(0);
        fs.push(
            Finding::new(FindingCode::NameCompleted, src, (l, l))
                .field("institution")
                .change(frag, r.institution.clone())
                .msg(format!("name lost its head on a garbled page; {n} other names read '<their city>{t}', and this record is in {city}")),
        );
    }
}

/// A name that ends the way complete names do (`…局`, `…中心`, `…委员会`), as opposed to a
/// cut-off one (`…委`, `…分`).
fn ends_complete(name: &str) -> bool {
    const STRONG: &[&str] = &[
        "局",
        "厅",
        "处",
        "中心",
        "委员会",
        "管委会",
        "站",
        "科",
        "室",
        "窗口",
        "大厅",
        "平台",
        "专窗",
        "专区",
        "受理点",
        "办公室",
        "产业园",
        ")",
    ];
    STRONG.iter().any(|s| name.ends_with(s))
}

/// Flags a local number whose length no other number under its area code shares in the
/// document while at least two others agree on another length (`0351-74062977` among
/// seven-digit 0351 numbers). libphonenumber's per-region rules accept both lengths for
/// many codes, so the document's own consensus is the sharper test.
///
/// A number one rest short of that length whose rest a wrap left as noise on a row that went
/// on its record (`0851-2761656` + `4`: seven digits read as a whole 0851 number) takes the
/// rest back from `dropped` instead.
pub(crate) fn length_consensus(built: &mut [(Record, Vec<Finding>)], dropped: &mut Vec<Finding>, src: &Arc<str>) {
    let mut by_area: BTreeMap<String, BTreeMap<usize, usize>> = BTreeMap::new();
    for (r, _) in built.iter() {
        for p in r.phones.iter().filter(|p| p.kind == PhoneKind::Landline) {
            if let Some(a) = &p.area_code {
                let local = p.number.len() - a.len() - 1;
                // The key is copied once per area code, not once per phone.
                let counts = match by_area.get_mut(a.as_str()) {
                    Some(c) => c,
                    None => by_area.entry(a.clone()).or_default(),
                };
                *counts.entry(local).or_insert(0) += 1;
            }
        }
    }
    for (r, fs) in built.iter_mut() {
        let lines = (r.source_lines.first().copied().unwrap_or(0), r.source_lines.last().copied().unwrap_or(0));
        for p in r.phones.iter_mut().filter(|p| p.kind == PhoneKind::Landline) {
            let Some(a) = p.area_code.as_deref() else { continue };
            let local = p.number.len() - a.len() - 1;
            let counts = &by_area[a];
            let mine = counts.get(&local).copied().unwrap_or(0);
            let other = counts.iter().filter(|(l, _)| **l != local).max_by_key(|(_, c)| **c);
            if let Some((&ol, &oc)) = other {
                if mine == 1 && oc >= 2 && !p.flags.contains(&FindingCode::PhoneInvalidLength) {
                    if let Some(joined) = take_back_cut_rest(p, &r.source_lines, ol.saturating_sub(local), dropped, src) {
                        fs.push(joined);
                        continue;
                    }
                    // Written while the area code is still borrowed from the phone.
                    let a = p.area_code.as_deref().unwrap_or_default();
                    let finding = Finding::new(FindingCode::PhoneInvalidLength, src, lines)
                        .field("phones")
                        .change(p.display(), p.display())
                        .msg(format!(
                            "{} has a {local}-digit local number; the {oc} other {a} numbers in this document have {ol} digits",
                            p.display()
                        ));
                    p.flags.push(FindingCode::PhoneInvalidLength);
                    fs.push(finding);
                }
            }
        }
    }
}

/// The rest (`want` digits) of phone `p`'s number left as noise on one of its record's rows
/// below its first (`lines`): joined to the number when the two read as one valid number,
/// its `noise_text_dropped` finding taken out of `dropped`; the join's finding.
fn take_back_cut_rest(p: &mut crate::Phone, lines: &[u32], want: usize, dropped: &mut Vec<Finding>, src: &Arc<str>) -> Option<Finding> {
    let first = *lines.first()?;
    let is_rest = |d: &Finding| {
        d.code == FindingCode::NoiseTextDropped
            && d.line_start > first
            && lines.contains(&d.line_start)
            && d.before.len() == want
            && d.before.bytes().all(|b| b.is_ascii_digit())
    };
    if want == 0 || p.extension.is_some() {
        return None;
    }
    let k = dropped.iter().position(is_rest)?;
    let joined = format!("{}{}", p.number, dropped[k].before);
    let cell = crate::phone::parse_phone_cell(&joined, false);
    let [whole] = cell.phones.as_slice() else { return None };
    if !cell.issues.is_empty() || whole.number != joined || whole.extension.is_some() {
        return None;
    }
    let rest = dropped.remove(k);
    let finding = Finding::new(FindingCode::SplitRowJoined, src, (first, rest.line_start))
        .field("phones")
        .change(format!("{} | {}", p.number, rest.before), joined)
        .msg("a phone number cut by a line wrap (its head a shorter number than the others of its area code) was joined back");
    let label = p.label.take();
    *p = whole.clone();
    p.label = label;
    Some(finding)
}
