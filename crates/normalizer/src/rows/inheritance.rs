//! Empty name cells: another window of the institution above (a merged cell), or a name
//! OCR lost.

use std::sync::Arc;

use super::{continuation, lines1, Assembly, Draft, InstitutionSource};
use crate::finding::{Finding, FindingCode};
use crate::text::clean_field;

/// The inheritance of a record whose name was found missing, decided again once its address
/// is whole (`1号受理点:` + `青岛市崂山区…`: the label alone named no place to compare). A
/// name the whole address shows it opens with is split off first: `奉化区科学技术局
/// 奉化区行政服务中心(奉化区越岭` and then `街道…277号)3楼…`, the rule between the name's and
/// the address's cells lost and the address wrapped.
pub(super) fn redecide_inheritance(asm: &mut Assembly, pi: usize, src: &Arc<str>) {
    let d = &asm.drafts[pi];
    if pi + 1 != asm.drafts.len() || d.inst_source != InstitutionSource::Missing || !d.institution.is_empty() {
        return;
    }
    let Some(mut d) = asm.drafts.pop() else { return };
    d.findings.retain(|x| x.code != FindingCode::InstitutionMissing);
    let province = asm.sections.get(d.section).and_then(|s| s.province);
    if let Some((name, addr)) = continuation::split_mixed(&d.address, province) {
        let line = *d.lines.iter().next().unwrap_or(&0);
        d.findings.push(
            Finding::new(FindingCode::CellSplit, src, lines1(line))
                .change(d.address.clone(), format!("{name} | {addr}"))
                .msg("one cell held two fields; split between them once the address wrapped onto the next row was joined"),
        );
        (d.institution, d.address, d.inst_source) = (name, addr, InstitutionSource::Present);
    } else {
        decide_inheritance(asm, &mut d, src);
    }
    asm.drafts.push(d);
}

/// An empty name cell: another window of the institution above, or a lost name.
pub(super) fn decide_inheritance(asm: &Assembly, d: &mut Draft, src: &Arc<str>) {
    let line = *d.lines.iter().next().unwrap_or(&0);
    let province = asm.sections.get(d.section).and_then(|s| s.province);
    // (A section a record number opened goes on from the one above: `3 | | | 常州市武进区…`
    // under `2 | | 常州市科学技术局 | 常州市…`, the name cell merged over both rows.)
    let goes_on = |p: &Draft| {
        p.section + 1 == d.section
            && asm
                .sections
                .get(d.section)
                .is_some_and(|s| s.goes_on && asm.sections.get(p.section).is_some_and(|a| a.province == s.province))
    };
    let prev = asm.continuable().map(|i| &asm.drafts[i]).filter(|p| (p.section == d.section || goes_on(p)) && !p.institution.is_empty());
    // (Not when the address opens with a name of its own, the rule between the two cells
    // lost: that is the row's name, split off once the address is whole.)
    let own_name = continuation::opens_with_a_name(&d.address);
    if let Some(p) = prev {
        let prefs = |d: &Draft| continuation::area_prefectures(d.phone_cells.iter().map(|(t, _)| t.as_str()));
        let area_prefs = (prefs(p), prefs(d));
        if !d.address.is_empty()
            && !own_name
            && continuation::same_place(&p.institution, &p.address, &d.address, province, (&area_prefs.0, &area_prefs.1))
        {
            d.institution = p.institution.clone();
            d.inst_source = InstitutionSource::Inherited;
            d.findings.push(
                Finding::new(FindingCode::InstitutionInherited, src, lines1(line))
                    .field("institution")
                    .change("", clean_field(&p.institution))
                    .msg(format!(
                        "empty name cell; the address is in the same place as '{}' above (lines {})",
                        clean_field(&p.institution),
                        p.lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(",")
                    )),
            );
            return;
        }
    }
    d.inst_source = InstitutionSource::Missing;
    let why = match prev {
        Some(p) => format!(
            "empty name cell; the address is not in the same place as '{}' above, so the name is not inherited",
            clean_field(&p.institution)
        ),
        None => "empty name cell and no institution above in this section".to_string(),
    };
    d.findings.push(Finding::new(FindingCode::InstitutionMissing, src, lines1(line)).field("institution").msg(why));
}
