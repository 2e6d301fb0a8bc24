//! A name or an address split over two cells by a stray separator (a comma inside an
//! unquoted CSV field, a pipe OCR read in a line), in a row a cell wider than most: joined
//! back, and the cells it took out of the row's noise.

use parser::{Row, TableKind};

use super::joins::{self, StraySplit};
use super::row_fields::{RowFields, TableView};
use super::{continuation, garbled, take_noise, Frag};
use crate::classify::{CellScores, Role};
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// Joins the fields of a row wider than its table (see the module) that a stray separator
/// cut over two cells.
pub(super) fn join_stray_cells(r: &mut RowFields, row: &Row, row_scores: &[CellScores], t: &TableView<'_>) {
    let sep = if *t.kind == TableKind::Delimited { "," } else { "" };
    let next_col = |role: Role| match role {
        Role::Institution => r.cols.addr,
        _ => r.cols.phone,
    };
    let mut free = r.unplaced.clone();
    if let Some((name, ci)) = section_before_address(row, row_scores, &r.f, &free, (r.cols.inst, r.cols.addr)) {
        let text = row.cells[ci].text.clone();
        take_noise(&mut r.f.noise, &text);
        r.f.shifted.push(joins::split_by_stray_separator("institution", ci - 2, ci - 1));
        r.f.inst = Some(name);
        r.f.addr = Some(text);
        free.retain(|&c| c != ci);
    }
    if let Some(ci) = name_head_before_address(row, row_scores, &r.f, &free, r.cols.inst) {
        let text = row.cells[ci].text.clone();
        take_noise(&mut r.f.noise, &text);
        r.f.shifted.retain(|m| !m.starts_with("institution in column"));
        r.f.shifted.push(format!(
            "an address ending like a name read as the name in column {}; the name cut before its ending is the text before it, in column {}",
            r.cols.inst.map_or(0, |c| c + 1),
            ci + 1
        ));
        r.f.addr = r.f.inst.take();
        r.f.inst = Some(text);
        free.retain(|&c| c != ci);
    }
    for (role, col) in [(Role::Institution, r.cols.inst), (Role::Address, r.cols.addr)] {
        let Some(field) = (if role == Role::Institution { r.f.inst.as_mut() } else { r.f.addr.as_mut() }) else { continue };
        let split = StraySplit { row, scores: row_scores, layout: t.layout, unplaced: &free, sep };
        if let Some((joined, taken, void, note)) = split.join(role, col, next_col(role), field) {
            *field = joined;
            let text = &row.cells[taken].text;
            take_noise(&mut r.f.noise, text);
            r.f.shifted.retain(|m| *m != void);
            r.f.shifted.push(note);
            free.retain(|&c| c != taken);
        }
    }
    if let Some((joined, ci)) = stray_name_head(row, row_scores, &r.f, &free, r.cols.inst) {
        let text = row.cells[ci].text.clone();
        take_noise(&mut r.f.noise, &text);
        r.f.shifted.push(joins::split_by_stray_separator("institution", ci, ci + 1));
        r.f.inst = Some(joined);
    } else if let Some((name, ci)) = name_split_before_address(row, row_scores, &r.f, &free, r.cols.inst) {
        for c in [ci, ci + 1] {
            let text = row.cells[c].text.clone();
            take_noise(&mut r.f.noise, &text);
        }
        // (What was read as the name one column on is the address there.)
        r.f.shifted.retain(|m| !m.starts_with("institution in column"));
        r.f.shifted.push(joins::split_by_stray_separator("institution", ci, ci + 1));
        r.f.addr = r.f.inst.take();
        r.f.inst = Some(name);
    }
}

/// The one text left unread in a row a cell wider than the table, right before the name
/// with only a 序号 or province before it: the name's head a stray separator cut off, on a
/// page whose rows disagree on the columns (`| | | 洛阳高新区(自贸区) | 综合服务中心 | …`,
/// beside a row that lost a cell). Returns the joined name and the head's column.
fn stray_name_head(row: &Row, scores: &[CellScores], f: &Frag, free: &[usize], inst_col: Option<usize>) -> Option<(String, usize)> {
    let inst = f.inst.as_deref()?;
    let ci = lone_text_before_name(row, f, free, inst_col?)?;
    let (text, sc) = (row.cells[ci].text.as_str(), &scores[ci]);
    // Weak noise only: a text, no number, nothing repeated or misread graphics.
    if sc.phone_count > 0
        || sc.get(Role::Noise) >= 1.0
        || crate::text::cjk_count(text) < 2
        || !f.noise.iter().any(|t| t == text)
        || province_before_name(text, inst)
    {
        return None;
    }
    Some((format!("{text}{inst}"), ci))
}

/// True when a text is a province, or a province's rest, printed in its own column before
/// a name opening with its own place, not the name's head: `| | 自 治 区 | 北海市科学技术局 |
/// …`, under `| 5 | 广西壮族 | …`. (Read alone: the row's scores may read it with the
/// rest below it.)
fn province_before_name(text: &str, name: &str) -> bool {
    let sc = crate::classify::classify(text);
    (sc.province_fragment || sc.best().0 == Role::Province) && garbled::starts_with_place(Gazetteer::get(), name)
}

/// The column of the one text left unread (`free`) in a row, when it sits right before the
/// name's column `n` with only the row's 序号 and province before it.
fn lone_text_before_name(row: &Row, f: &Frag, free: &[usize], n: usize) -> Option<usize> {
    let filled = |c: &usize| !row.cells[*c].text.trim().is_empty();
    let texts: Vec<usize> = free.iter().copied().filter(filled).collect();
    let &[ci] = texts.as_slice() else { return None };
    let before = (0..ci).filter(filled).count();
    let right_before = ci < n && !(ci + 1..n).any(|c| filled(&c));
    (right_before && before == usize::from(f.seq.is_some()) + usize::from(f.province.is_some())).then_some(ci)
}

/// The name of a section under a whole name, read as the address in a row a cell wider
/// than the table, before the one text left unread right after it that opens with a place:
/// a stray separator set the section apart (`朔州市科学技术局 | 农村社会科 | 朔州市朔城区…`).
/// Returns the joined name and the address's column.
fn section_before_address(
    row: &Row,
    scores: &[CellScores],
    f: &Frag,
    free: &[usize],
    (inst_col, addr_col): (Option<usize>, Option<usize>),
) -> Option<(String, usize)> {
    let (inst, section, a) = (squash(f.inst.as_deref()?), squash(f.addr.as_deref()?), addr_col?);
    if inst_col? + 1 != a {
        return None;
    }
    let g = Gazetteer::get();
    let suffix = |t: &str| crate::classify::has_institution_suffix(t);
    let is_section = suffix(&section)
        && !garbled::starts_with_place(g, &section)
        && !section.bytes().any(|b| b.is_ascii_digit())
        && section.chars().count() <= 8;
    let next = a + 1;
    let text = row.cells.get(next)?.text.as_str();
    let address = free.contains(&next)
        && scores[next].phone_count == 0
        && garbled::starts_with_place(g, &squash(text))
        && !free.iter().any(|&c| c != next && !row.cells[c].text.trim().is_empty());
    (suffix(&inst) && is_section && address).then(|| (format!("{inst}{section}"), next))
}

/// The two texts left unread in a row a cell wider than the table, right before the one
/// read as its name with only a 序号 or province before them, when they join into a name
/// the first lacks the ending of and that name opens with a place: the name cut in two by a
/// stray separator, and the address (ending like a name: `朔州市科学技术局农 | 村社会科 |
/// 朔州市朔城区市府街市政府三楼科学技术局`). Returns the joined name and the head's column.
fn name_split_before_address(
    row: &Row,
    scores: &[CellScores],
    f: &Frag,
    free: &[usize],
    inst_col: Option<usize>,
) -> Option<(String, usize)> {
    if f.addr.is_some() {
        return None;
    }
    let (inst, n) = (f.inst.as_deref()?, inst_col?);
    let filled = |c: &usize| !row.cells[*c].text.trim().is_empty();
    let texts: Vec<usize> = free.iter().copied().filter(filled).collect();
    let &[a, b] = texts.as_slice() else { return None };
    let plain = |c: usize| scores[c].phone_count == 0 && crate::text::cjk_count(&row.cells[c].text) >= 1;
    if b != a + 1 || n != a + 2 || !plain(a) || !plain(b) {
        return None;
    }
    let (head, rest) = (squash(&row.cells[a].text), squash(&row.cells[b].text));
    let name = format!("{head}{rest}");
    let before = (0..a).filter(filled).count();
    let whole = !crate::classify::has_institution_suffix(&head) && crate::classify::has_institution_suffix(&name);
    let address = garbled::starts_with_place(Gazetteer::get(), &squash(inst));
    (whole && address && before == usize::from(f.seq.is_some()) + usize::from(f.province.is_some())).then_some((name, a))
}

/// The one text left unread in a row a cell wider than the table, right before the text
/// read as its name, with only a 序号 or province before it, when that "name" is an address
/// ending like a name (it opens with a place and names a road: `曲靖市麒麟区文昌街市政府大院`)
/// and the text is a name cut before its ending (`曲靖市人力资源和`, its rest on a later
/// row): the name and its address, each in its own cell. Returns the name's column.
fn name_head_before_address(row: &Row, scores: &[CellScores], f: &Frag, free: &[usize], inst_col: Option<usize>) -> Option<usize> {
    if f.addr.is_some() {
        return None;
    }
    let inst = squash(f.inst.as_deref()?);
    let ci = lone_text_before_name(row, f, free, inst_col?)?;
    let address = Gazetteer::get().place_at_start(&inst).is_some_and(|m| !m.short) && continuation::names_own_street(&inst);
    let head = squash(&row.cells[ci].text);
    let name_head = scores[ci].phone_count == 0
        && crate::text::cjk_count(&head) >= 4
        && !head.bytes().any(|b| b.is_ascii_digit())
        && !crate::classify::ends_like_name(&head)
        && !continuation::names_own_street(&head)
        && !continuation::only_places(&head);
    (address && name_head).then_some(ci)
}
