//! CSV for spreadsheet users: list fields `;`-joined, optional BOM, and a guard against
//! formula injection.
//!
//! A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
//! formula by Excel or LibreOffice; such cells get a leading `'` (the OWASP advice). Only
//! CSV is guarded: Parquet and JSON keep exact values.

use std::borrow::Cow;

use normalizer::Record;

use crate::columns::{phone_rows, FindingRow};
use crate::WriteError;

/// Protects a cell against formula injection.
pub fn guard(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// Writes one guarded record, field by field (no owned copy of a field that needs no guard).
fn write_guarded<W: std::io::Write>(w: &mut csv::Writer<W>, row: &[&str]) -> Result<(), WriteError> {
    for c in row {
        w.write_field(guard(c).as_bytes()).map_err(enc)?;
    }
    w.write_record(None::<&[u8]>).map_err(enc)
}

fn enc(e: csv::Error) -> WriteError {
    WriteError::Encode { what: "csv".into(), message: e.to_string() }
}

/// Header of `points.csv`.
pub const POINTS_HEADER: [&str; 17] = [
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
];
/// Header of `findings.csv`.
pub const FINDINGS_HEADER: [&str; 10] =
    ["code", "severity", "record_id", "field", "source_file", "line_start", "line_end", "before", "after", "message"];
/// Header of `phones.csv`.
pub const PHONES_HEADER: [&str; 9] =
    ["record_id", "number", "extension", "e164", "kind", "label", "area_code", "area_prefectures", "flags"];

/// A CSV writer with the project's settings (LF line ends), after an optional BOM.
pub fn csv_writer<W: std::io::Write>(mut w: W, bom: bool, header: &[&str]) -> Result<csv::Writer<W>, WriteError> {
    if bom {
        w.write_all(b"\xEF\xBB\xBF").map_err(|e| WriteError::Encode { what: "csv".into(), message: e.to_string() })?;
    }
    let mut cw = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(w);
    cw.write_record(header).map_err(enc)?;
    Ok(cw)
}

/// Appends `points` rows: the contract columns; phones in national format, `;`-separated.
pub fn write_points<W: std::io::Write>(w: &mut csv::Writer<W>, records: &[Record]) -> Result<(), WriteError> {
    for r in records {
        let phones = r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";");
        let flags = r.flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";");
        let lines = r.source_lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(";");
        let row = [
            r.id.as_str(),
            &r.province,
            r.province_code.as_deref().unwrap_or_default(),
            r.city.as_deref().unwrap_or_default(),
            r.city_code.as_deref().unwrap_or_default(),
            r.district.as_deref().unwrap_or_default(),
            r.district_code.as_deref().unwrap_or_default(),
            &r.institution,
            &r.address,
            &r.address_full,
            &phones,
            if r.joint_permit { "1" } else { "0" },
            r.status.as_str(),
            &r.notes.join(";"),
            &flags,
            &r.source_file,
            &lines,
        ];
        write_guarded(w, &row)?;
    }
    Ok(())
}

/// Appends `findings` rows.
pub fn write_findings<W: std::io::Write>(w: &mut csv::Writer<W>, findings: &[normalizer::Finding]) -> Result<(), WriteError> {
    for f in findings {
        let r = FindingRow::from(f);
        let (start, end) = (r.line_start.to_string(), r.line_end.to_string());
        let row = [r.code, r.severity, r.record_id, r.field, r.source_file, &start, &end, r.before, r.after, r.message];
        write_guarded(w, &row)?;
    }
    Ok(())
}

/// Appends `phones` rows.
pub fn write_phones<W: std::io::Write>(w: &mut csv::Writer<W>, records: &[Record]) -> Result<(), WriteError> {
    for p in phone_rows(records) {
        let row = [p.record_id, p.number, p.extension, p.e164, p.kind, p.label, p.area_code, &p.area_prefectures, &p.flags];
        write_guarded(w, &row)?;
    }
    Ok(())
}

fn into_bytes(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, WriteError> {
    w.into_inner().map_err(|e| WriteError::Encode { what: "csv".into(), message: e.to_string() })
}

/// `points.csv` of records held in memory.
pub fn points_csv(records: &[Record], bom: bool) -> Result<Vec<u8>, WriteError> {
    let mut w = csv_writer(Vec::new(), bom, &POINTS_HEADER)?;
    write_points(&mut w, records)?;
    into_bytes(w)
}

/// `findings.csv` of findings held in memory.
pub fn findings_csv(findings: &[normalizer::Finding], bom: bool) -> Result<Vec<u8>, WriteError> {
    let mut w = csv_writer(Vec::new(), bom, &FINDINGS_HEADER)?;
    write_findings(&mut w, findings)?;
    into_bytes(w)
}

/// `phones.csv` of records held in memory.
pub fn phones_csv(records: &[Record], bom: bool) -> Result<Vec<u8>, WriteError> {
    let mut w = csv_writer(Vec::new(), bom, &PHONES_HEADER)?;
    write_phones(&mut w, records)?;
    into_bytes(w)
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
