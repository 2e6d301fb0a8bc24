//! CSV for spreadsheet users: list fields `;`-joined, optional BOM, and a guard against
//! formula injection.
//!
//! A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
//! formula by Excel or LibreOffice; such cells get a leading `'` (the OWASP advice). Only
//! CSV is guarded: Parquet and JSON keep exact values.

use normalizer::Record;

use crate::columns::{phone_rows, FindingRow, PointRow};
use crate::WriteError;

/// Protects a cell against formula injection.
pub fn guard(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn writer(bom: bool) -> (csv::Writer<Vec<u8>>, bool) {
    (csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new()), bom)
}

fn finish(w: csv::Writer<Vec<u8>>, bom: bool) -> Result<Vec<u8>, WriteError> {
    let body = w.into_inner().map_err(|e| WriteError::Encode { what: "csv".into(), message: e.to_string() })?;
    let mut out = Vec::with_capacity(body.len() + 3);
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    out.extend_from_slice(&body);
    Ok(out)
}

fn enc(e: csv::Error) -> WriteError {
    WriteError::Encode { what: "csv".into(), message: e.to_string() }
}

/// `points.csv`: the contract columns; phones in national format, `;`-separated.
pub fn points_csv(records: &[Record], bom: bool) -> Result<Vec<u8>, WriteError> {
    let (mut w, bom) = writer(bom);
    w.write_record([
        "id",
        "province",
        "province_code",
        "city",
        "city_code",
        "district",
        "district_code",
        "institution",
        "address",
        "address_full",
        "phones",
        "joint_permit",
        "status",
        "notes",
        "flags",
        "source_file",
        "source_lines",
    ])
    .map_err(enc)?;
    for r in records {
        let p = PointRow::from(r);
        let phones = r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";");
        let row = [
            p.id,
            p.province,
            p.province_code.unwrap_or_default(),
            p.city.unwrap_or_default(),
            p.city_code.unwrap_or_default(),
            p.district.unwrap_or_default(),
            p.district_code.unwrap_or_default(),
            p.institution,
            p.address,
            p.address_full,
            phones,
            if p.joint_permit { "1".into() } else { "0".into() },
            p.status,
            p.notes.join(";"),
            p.flags.join(";"),
            p.source_file,
            p.source_lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(";"),
        ];
        w.write_record(row.iter().map(|c| guard(c))).map_err(enc)?;
    }
    finish(w, bom)
}

/// `findings.csv`.
pub fn findings_csv(findings: &[normalizer::Finding], bom: bool) -> Result<Vec<u8>, WriteError> {
    let (mut w, bom) = writer(bom);
    w.write_record(["code", "severity", "record_id", "field", "source_file", "line_start", "line_end", "before", "after", "message"])
        .map_err(enc)?;
    for f in findings {
        let r = FindingRow::from(f);
        let row = [
            r.code,
            r.severity,
            r.record_id,
            r.field,
            r.source_file,
            r.line_start.to_string(),
            r.line_end.to_string(),
            r.before,
            r.after,
            r.message,
        ];
        w.write_record(row.iter().map(|c| guard(c))).map_err(enc)?;
    }
    finish(w, bom)
}

/// `phones.csv`.
pub fn phones_csv(records: &[Record], bom: bool) -> Result<Vec<u8>, WriteError> {
    let (mut w, bom) = writer(bom);
    w.write_record(["record_id", "number", "extension", "e164", "kind", "label", "area_code", "area_prefectures", "flags"]).map_err(enc)?;
    for p in phone_rows(records) {
        let row = [p.record_id, p.number, p.extension, p.e164, p.kind, p.label, p.area_code, p.area_prefectures, p.flags];
        w.write_record(row.iter().map(|c| guard(c))).map_err(enc)?;
    }
    finish(w, bom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("+8610"), "'+8610");
        assert_eq!(guard("-1"), "'-1");
        assert_eq!(guard("@SUM"), "'@SUM");
        assert_eq!(guard("010-89150841"), "010-89150841");
    }
}
