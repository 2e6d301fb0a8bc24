//! What `normalize` makes of small documents, one behaviour a test, by topic.

use super::*;
use crate::gazetteer::Gazetteer;
use parser::markdown::parse_markdown;

mod continuation;
mod formats;
mod layout;
mod merged;
mod phones;
mod places;

#[test]
fn building_records_in_parallel_changes_nothing() {
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
    let doc = parse_markdown("seed.md", &md.repeat(3)).expect("parses");
    let parallel = finish_with(assemble(&doc), 0);
    let sequential = finish_with(assemble(&doc), usize::MAX);
    assert!(sequential.records.len() > 400);
    assert_eq!(format!("{parallel:?}"), format!("{sequential:?}"));
    // In traditional forms: the workers read the drafts as the document's thread does.
    let traditional = variants::in_traditional_forms(&md.repeat(3));
    let doc = parse_markdown("seed.md", &traditional).expect("parses");
    assert!(variants::Script::of(&doc).variants_throughout);
    assert_eq!(format!("{:?}", finish_with(assemble(&doc), 0)), format!("{:?}", finish_with(assemble(&doc), usize::MAX)));
}

fn norm(md: &str) -> Normalized {
    normalize(&parse_markdown("t.md", md).unwrap())
}

/// Each record's name and address, in order.
fn names_and_addresses(n: &Normalized) -> Vec<(&str, &str)> {
    n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect()
}

/// Each record's name, address and number of phones, in order.
fn names_addresses_phone_counts(n: &Normalized) -> Vec<(&str, &str, usize)> {
    n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.len())).collect()
}

/// Rows of the seed's five columns, under its header.
fn norm_rows(rows: &str) -> Normalized {
    norm(&format!("| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n{rows}"))
}

/// Asserts each record's name, address and number of phones, none of them dealt out
/// by order alone: records side by side told apart by what they print.
fn assert_told_apart(n: &Normalized, want: &[(&str, &str, usize)]) {
    assert_eq!(names_addresses_phone_counts(n), want);
    assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::PhonesDealtInOrder)), "{:#?}", n.records);
}

/// Phone displays of each record, in order.
fn phones_of(n: &Normalized) -> Vec<Vec<String>> {
    n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect()
}

/// `(province, institution, address)` of every record.
fn province_name_address(n: &Normalized) -> Vec<(&str, &str, &str)> {
    n.records.iter().map(|r| (r.province, r.institution.as_str(), r.address.as_str())).collect()
}

fn province_name_address_phones(n: &Normalized) -> Vec<(&str, &str, &str, Vec<String>)> {
    n.records
        .iter()
        .map(|r| (r.province, r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.number.clone()).collect()))
        .collect()
}

/// Each record's name and its phones, `;`-separated.
fn names_and_phones(n: &Normalized) -> Vec<(&str, String)> {
    n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";"))).collect()
}

fn heading_count(n: &Normalized) -> usize {
    n.findings.iter().filter(|f| f.code == FindingCode::SectionStart && f.message.contains("heading names")).count()
}
