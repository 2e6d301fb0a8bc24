//! Raw OCR table rows in, clean audited records out.
//!
//! [`normalize`] rebuilds one record per real row of the source table ([`rows`]), cleans
//! its text ([`text`], [`status`]), reads its phones ([`phone`]), places it in the
//! administrative divisions ([`gazetteer`], [`places`]) and reports every repair and doubt
//! as a [`Finding`] with a stable [`FindingCode`].

pub mod classify;
mod consensus;
mod duplicates;
mod finalize;
pub mod finding;
pub mod gazetteer;
pub mod id;
mod local_numbers;
mod lookalikes;
pub mod phone;
pub mod places;
pub mod record;
pub mod rows;
pub mod status;
pub mod text;
pub mod variants;

use std::collections::BTreeSet;
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};
use parser::Document;

pub use finding::{Finding, FindingCode, Severity};
pub use record::{Phone, PhoneKind, Record, Status};

use consensus::{complete_names, length_consensus, restore_name_heads};
use duplicates::merge_duplicates;
use finalize::finalize;
pub(crate) use local_numbers::{lead_local_numbers, stated_area_code};
use rows::sections::infer_section_provinces;
use rows::Draft;

/// Records and findings of one document.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub records: Vec<Record>,
    /// Every finding, record-bound and dropped text, sorted by line then code.
    pub findings: Vec<Finding>,
}

/// Turns a parsed document into records and findings. Deterministic: the same document
/// gives the same records, ids and findings in the same order.
pub fn normalize(doc: &Document) -> Normalized {
    if text::has_full_width_ascii(doc) {
        let mut folded = doc.clone();
        text::fold_to_ascii_width(&mut folded);
        return finish(assemble(&folded));
    }
    finish(assemble(doc))
}

/// [`normalize`] for a document the caller is done with: its cells are dropped once rows
/// are assembled, so a huge document's cells and records are never held together.
pub fn normalize_owned(mut doc: Document) -> Normalized {
    text::fold_to_ascii_width(&mut doc);
    let assembled = assemble(&doc);
    drop(doc);
    finish(assembled)
}

/// What records are built from, once a document's rows are read.
struct Assembled {
    asm: rows::Assembly,
    script: variants::Script,
}

fn assemble(doc: &Document) -> Assembled {
    let script = variants::Script::of(doc);
    let mut asm = variants::reading_simplified(script.variants_throughout, || rows::assemble(doc));
    let src = Arc::clone(&asm.source);
    variants::reading_simplified(script.variants_throughout, || {
        rows::sections::move_rows_above_centred_provinces(&mut asm, &src);
        infer_section_provinces(&mut asm, &src)
    });
    Assembled { asm, script }
}

/// Documents with at least this many drafts build their records in parallel (a whole
/// directory in one file; an ordinary document runs beside others already).
const PARALLEL_FINALIZE_MIN_DRAFTS: usize = 4096;

fn finish(assembled: Assembled) -> Normalized {
    finish_with(assembled, PARALLEL_FINALIZE_MIN_DRAFTS)
}

/// [`finish`], building records on every core from `parallel_min_drafts` drafts on.
fn finish_with(assembled: Assembled, parallel_min_drafts: usize) -> Normalized {
    let read_simplified = assembled.script.variants_throughout;
    variants::reading_simplified(read_simplified, || build_records(assembled, parallel_min_drafts))
}

/// [`finish_with`] within the document's reading scope.
fn build_records(assembled: Assembled, parallel_min_drafts: usize) -> Normalized {
    let Assembled { mut asm, script } = assembled;
    let simplified_doc = script.simplified;
    let src = &Arc::clone(&asm.source);
    // Drafts are consumed as records are built: a huge document never holds both in full.
    let drafts = std::mem::take(&mut asm.drafts);
    let province_of = |d: &Draft| asm.sections.get(d.section).and_then(|s| s.province);
    let built: Vec<(Record, Vec<Finding>)> = if drafts.len() >= parallel_min_drafts {
        use rayon::prelude::*;
        // Each thread its own phone cache (a cache only spares work: the records are the
        // same), in draft order.
        drafts
            .into_par_iter()
            .map_init(phone::PhoneCache::default, |cache, d| {
                let province = province_of(&d);
                variants::reading_simplified(script.variants_throughout, || finalize(d, province, src, cache, simplified_doc))
            })
            .collect()
    } else {
        let mut built = Vec::with_capacity(drafts.len());
        for d in drafts {
            let province = province_of(&d);
            built.push(finalize(d, province, src, &asm.phones, simplified_doc));
        }
        built
    };
    let mut built = merge_duplicates(built, src);
    length_consensus(&mut built, &mut asm.dropped, src);
    complete_names(&mut built, src);
    restore_name_heads(&mut built, src);
    duplicates::flag_possible_duplicates(&mut built, src);

    let mut findings: Vec<Finding> = asm.dropped;
    findings.reserve_exact(built.iter().map(|(_, fs)| fs.len()).sum());
    // Counts only, never iterated: a hash map keeps one huge document's ids O(1) each.
    let mut used_ids: HashMap<String, usize> = HashMap::with_capacity(built.len());
    // Collected from `built`'s own buffer (a record is smaller than a record with its
    // findings), so a huge document never holds two arrays of records.
    let records: Vec<Record> = built
        .into_iter()
        .map(|(mut r, fs)| {
            let base = id::record_id(&r);
            let n = used_ids.entry(base.clone()).or_insert(0);
            *n += 1;
            r.id = if *n == 1 { base } else { format!("{base}-{n}") };
            let mut codes: BTreeSet<FindingCode> = fs.iter().map(|f| f.code).collect();
            for p in &r.phones {
                codes.extend(p.flags.iter().copied());
            }
            r.flags = codes.into_iter().collect();
            for mut f in fs {
                f.record_id = Some(r.id.clone());
                findings.push(f);
            }
            r
        })
        .collect();
    duplicates::mark_repeated_noise(&mut findings, &records);
    findings.sort_by(|a, b| {
        (a.line_start, a.code, &a.record_id, &a.field, &a.before).cmp(&(b.line_start, b.code, &b.record_id, &b.field, &b.before))
    });
    Normalized { records, findings }
}

#[cfg(test)]
mod tests;
