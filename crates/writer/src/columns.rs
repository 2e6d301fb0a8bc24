//! The published column contracts, one struct per output table, shared by every format.

use normalizer::{Finding, Phone, Record};
use serde::Serialize;

/// One phone as published inside `points` (Parquet/JSON).
#[derive(Debug, Clone, Serialize)]
pub struct PhoneCell {
    pub number: String,
    pub extension: Option<String>,
    pub e164: String,
    pub label: Option<String>,
    pub kind: String,
}

impl From<&Phone> for PhoneCell {
    fn from(p: &Phone) -> Self {
        PhoneCell {
            number: p.number.clone(),
            extension: p.extension.clone(),
            e164: p.e164.clone(),
            label: p.label.clone(),
            kind: p.kind.as_str().to_string(),
        }
    }
}

/// One row of `points`: the contract columns, in order.
#[derive(Debug, Clone, Serialize)]
pub struct PointRow {
    pub id: String,
    pub province: String,
    pub province_code: Option<String>,
    pub city: Option<String>,
    pub city_code: Option<String>,
    pub district: Option<String>,
    pub district_code: Option<String>,
    pub institution: String,
    pub address: String,
    pub address_full: String,
    pub phones: Vec<PhoneCell>,
    pub joint_permit: bool,
    pub status: String,
    pub notes: Vec<String>,
    pub flags: Vec<String>,
    pub source_file: String,
    pub source_lines: Vec<u32>,
}

impl From<&Record> for PointRow {
    fn from(r: &Record) -> Self {
        PointRow {
            id: r.id.clone(),
            province: r.province.clone(),
            province_code: r.province_code.clone(),
            city: r.city.clone(),
            city_code: r.city_code.clone(),
            district: r.district.clone(),
            district_code: r.district_code.clone(),
            institution: r.institution.clone(),
            address: r.address.clone(),
            address_full: r.address_full.clone(),
            phones: r.phones.iter().map(PhoneCell::from).collect(),
            joint_permit: r.joint_permit,
            status: r.status.as_str().to_string(),
            notes: r.notes.clone(),
            flags: r.flags.iter().map(|f| f.as_str().to_string()).collect(),
            source_file: r.source_file.clone(),
            source_lines: r.source_lines.clone(),
        }
    }
}

/// One row of `findings`.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRow {
    pub code: String,
    pub severity: String,
    pub record_id: String,
    pub field: String,
    pub source_file: String,
    pub line_start: u32,
    pub line_end: u32,
    pub before: String,
    pub after: String,
    pub message: String,
}

impl From<&Finding> for FindingRow {
    fn from(f: &Finding) -> Self {
        FindingRow {
            code: f.code.as_str().to_string(),
            severity: f.severity.as_str().to_string(),
            record_id: f.record_id.clone().unwrap_or_default(),
            field: f.field.clone().unwrap_or_default(),
            source_file: f.source_file.clone(),
            line_start: f.line_start,
            line_end: f.line_end,
            before: f.before.clone(),
            after: f.after.clone(),
            message: f.message.clone(),
        }
    }
}

/// One row of `phones`: a number with the record it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneRow {
    pub record_id: String,
    pub number: String,
    pub extension: String,
    pub e164: String,
    pub kind: String,
    pub label: String,
    pub area_code: String,
    pub area_prefectures: String,
    pub flags: String,
}

/// Phone rows of all records, in record order.
pub fn phone_rows(records: &[Record]) -> Vec<PhoneRow> {
    records
        .iter()
        .flat_map(|r| {
            r.phones.iter().map(move |p| PhoneRow {
                record_id: r.id.clone(),
                number: p.number.clone(),
                extension: p.extension.clone().unwrap_or_default(),
                e164: p.e164.clone(),
                kind: p.kind.as_str().to_string(),
                label: p.label.clone().unwrap_or_default(),
                area_code: p.area_code.clone().unwrap_or_default(),
                area_prefectures: p.area_prefectures.join(";"),
                flags: p.flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";"),
            })
        })
        .collect()
}
