//! The text a row holds outside its fields, kept in the audit with why: a postcode moved to
//! the record's notes, a place-name cell (the record's city), placeholders for an empty
//! field, page marks, and OCR noise.

use std::sync::Arc;

use super::{lines1, Assembly, Frag};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// Puts the row's noise in the audit (a postcode alone beside a record's fields and phone,
/// on a page whose `邮编` column has no header to name it, is the record's postcode: a
/// note), and sets the place the row names outside its fields as its region (a place-name
/// cell, or a province cell printing the city after it, `湖南省株洲市`).
pub(super) fn drop_noise(asm: &mut Assembly, f: &mut Frag, has_fields: bool, src: &Arc<str>) {
    let g = Gazetteer::get();
    if has_fields && f.phone.is_some() {
        let mut postcodes = Vec::new();
        f.noise.retain(|n| match crate::places::postcode_alone(n) {
            Some(code) => {
                postcodes.push((n.clone(), code));
                false
            }
            None => true,
        });
        for (n, code) in postcodes {
            f.notes.push(format!("邮编: {code}"));
            asm.dropped.push(
                Finding::new(FindingCode::PostcodeMoved, src, lines1(f.line))
                    .change(n, "")
                    .msg(format!("postcode {code} alone in a cell beside the record's fields (no 邮编 column named here) moved to notes")),
            );
        }
    }
    let mut region = None;
    for n in &f.noise {
        let code = if has_fields || f.seq.is_some() || f.province.is_some() || !f.garbled.is_empty() {
            FindingCode::NoiseTextDropped
        } else {
            FindingCode::NoiseRowDropped
        };
        let finding = Finding::new(code, src, lines1(f.line)).change(n.clone(), "");
        // A cell that is a place name alone (`杭州`, a city column without a header) beside a
        // record's fields repeats where the record is: nothing lost, nothing to doubt.
        let sq = squash(n);
        let place_cell = has_fields && g.place_at_start(&sq).is_some_and(|m| m.end == sq.len());
        if place_cell && region.is_none() {
            region = Some(sq.into_owned());
        }
        asm.dropped.push(if place_cell {
            finding.severity(Severity::Info).msg("place-name cell (a city or district column) beside the record's fields")
        } else if has_fields && crate::text::is_placeholder(n) {
            // `无`, `/`, `—` beside a record's fields: the table says the field is empty.
            finding.severity(Severity::Info).msg("placeholder for an empty field (无, /, —)")
        } else if crate::text::is_page_mark(n) {
            finding.severity(Severity::Info).msg("page number or footer (- 3 -, 第 3 页, 3/12)")
        } else {
            finding.msg("OCR noise left out")
        });
    }
    // (A province cell printing the city after it, `湖南省株洲市`, names the city too.)
    f.region =
        region.or_else(|| f.province.as_ref().and_then(|(t, _)| crate::classify::province_then_place(g, &squash(t)).map(|(_, c)| c)));
}
