//! The published column contracts, one struct per output table, shared by every format.

use normalizer::{Finding, Phone, Record};
use serde::Serialize;

/// One phone as published inside `points` (Parquet/JSON); borrows the record.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneCell<'a> {
    pub number: &'a str,
    pub extension: Option<&'a str>,
    pub e164: &'a str,
    pub label: Option<&'a str>,
    pub kind: &'static str,
}

impl<'a> From<&'a Phone> for PhoneCell<'a> {
    fn from(p: &'a Phone) -> Self {
        PhoneCell { number: &p.number, extension: p.extension.as_deref(), e164: &p.e164, label: p.label.as_deref(), kind: p.kind.as_str() }
    }
}

/// One row of `points`: the contract columns, in order. Borrows the record, so writing a
/// format copies no field.
#[derive(Debug, Clone, Serialize)]
pub struct PointRow<'a> {
    pub id: &'a str,
    pub province: &'a str,
    pub province_code: Option<&'a str>,
    pub city: Option<&'a str>,
    pub city_code: Option<&'a str>,
    pub district: Option<&'a str>,
    pub district_code: Option<&'a str>,
    pub institution: &'a str,
    pub address: &'a str,
    pub address_full: &'a str,
    pub phones: Vec<PhoneCell<'a>>,
    pub joint_permit: bool,
    pub status: &'static str,
    pub notes: &'a [String],
    pub flags: Vec<&'static str>,
    pub source_file: &'a str,
    pub source_lines: &'a [u32],
}

impl<'a> From<&'a Record> for PointRow<'a> {
    fn from(r: &'a Record) -> Self {
        PointRow {
            id: &r.id,
            province: r.province,
            province_code: r.province_code,
            city: r.city,
            city_code: r.city_code,
            district: r.district,
            district_code: r.district_code,
            institution: &r.institution,
            address: &r.address,
            address_full: &r.address_full,
            phones: r.phones.iter().map(PhoneCell::from).collect(),
            joint_permit: r.joint_permit,
            status: r.status.as_str(),
            notes: &r.notes,
            flags: r.flags.iter().map(|f| f.as_str()).collect(),
            source_file: &r.source_file,
            source_lines: &r.source_lines,
        }
    }
}

/// One row of `findings`; borrows the finding.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRow<'a> {
    pub code: &'static str,
    pub severity: &'static str,
    pub record_id: &'a str,
    pub field: &'a str,
    pub source_file: &'a str,
    pub line_start: u32,
    pub line_end: u32,
    pub before: &'a str,
    pub after: &'a str,
    pub message: &'a str,
}

impl<'a> From<&'a Finding> for FindingRow<'a> {
    fn from(f: &'a Finding) -> Self {
        FindingRow {
            code: f.code.as_str(),
            severity: f.severity.as_str(),
            record_id: f.record_id.as_deref().unwrap_or_default(),
            field: f.field.unwrap_or_default(),
            source_file: &f.source_file,
            line_start: f.line_start,
            line_end: f.line_end,
            before: &f.before,
            after: &f.after,
            message: &f.message,
        }
    }
}

/// One row of `phones`: a number with the record it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneRow<'a> {
    pub record_id: &'a str,
    pub number: &'a str,
    pub extension: &'a str,
    pub e164: &'a str,
    pub kind: &'static str,
    pub label: &'a str,
    pub area_code: &'a str,
    pub area_prefectures: String,
    pub flags: String,
}

/// Phone rows of all records, in record order, one at a time (a chunk can be a whole
/// huge document).
pub fn phone_rows(records: &[Record]) -> impl Iterator<Item = PhoneRow<'_>> {
    records.iter().flat_map(|r| {
        r.phones.iter().map(move |p| PhoneRow {
            record_id: &r.id,
            number: &p.number,
            extension: p.extension.as_deref().unwrap_or_default(),
            e164: &p.e164,
            kind: p.kind.as_str(),
            label: p.label.as_deref().unwrap_or_default(),
            area_code: p.area_code.as_deref().unwrap_or_default(),
            area_prefectures: p.area_prefectures.join(";"),
            flags: p.flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";"),
        })
    })
}
