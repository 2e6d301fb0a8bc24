//! CSV for spreadsheet users: list fields `;`-joined, optional BOM, and a guard against
//! formula injection.
//!
//! A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
//! formula by Excel or LibreOffice; such cells get a leading `'` (the OWASP advice). Only
//! CSV is guarded: Parquet and JSON keep exact values.

use std::borrow::Cow;
use std::io::Write;

use normalizer::{PhoneKind, Record};

use crate::columns::{phone_rows, FindingRow};
use crate::WriteError;

/// Protects a cell against formula injection.
pub fn guard(s: &str) -> Cow<'_, str> {
    if needs_guard(s.as_bytes()) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

fn needs_guard(b: &[u8]) -> bool {
    matches!(b.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// Whether a field must be quoted: it holds a delimiter, a quote or a line break (the
/// csv crate's `QuoteStyle::Necessary`). One branch-free pass: it vectorizes.
fn needs_quotes(b: &[u8]) -> bool {
    b.iter().fold(false, |any, &c| any | matches!(c, b',' | b'"' | b'\n' | b'\r'))
}

/// CSV with the project's settings: `,` between fields, LF after records, a field quoted
/// (its quotes doubled) only when it must be, exactly as the csv crate writes it; data
/// fields guarded against formulas on the way. Written field by field into the buffered
/// file, so no field is copied to be guarded or quoted (the csv crate cost 3 times more).
pub struct CsvWriter<W: Write> {
    w: W,
    fields: usize,
}

fn enc(e: std::io::Error) -> WriteError {
    WriteError::Encode { what: "csv".into(), message: e.to_string() }
}

impl<W: Write> CsvWriter<W> {
    fn field(&mut self, s: &str, guarded: bool) -> std::io::Result<()> {
        if self.fields > 0 {
            self.w.write_all(b",")?;
        }
        self.fields += 1;
        let b = s.as_bytes();
        let guard = guarded && needs_guard(b);
        if !needs_quotes(b) {
            if guard {
                self.w.write_all(b"'")?;
            }
            return self.w.write_all(b);
        }
        self.w.write_all(if guard { b"\"'" } else { b"\"" })?;
        let mut rest = b;
        while let Some(i) = rest.iter().position(|&c| c == b'"') {
            self.w.write_all(&rest[..=i])?;
            self.w.write_all(b"\"")?;
            rest = &rest[i + 1..];
        }
        self.w.write_all(rest)?;
        self.w.write_all(b"\"")
    }

    fn record(&mut self, row: &[&str], guarded: bool) -> Result<(), WriteError> {
        for f in row {
            self.field(f, guarded).map_err(enc)?;
        }
        // A record of one empty field is `""`, so it is not read as no record at all.
        if row.iter().all(|f| f.is_empty()) && row.len() <= 1 {
            self.w.write_all(b"\"\"").map_err(enc)?;
        }
        self.fields = 0;
        self.w.write_all(b"\n").map_err(enc)
    }

    /// The underlying writer, flushed.
    pub fn into_inner(mut self) -> std::io::Result<W> {
        self.w.flush()?;
        Ok(self.w)
    }
}

/// Writes one guarded record.
fn write_guarded<W: Write>(w: &mut CsvWriter<W>, row: &[&str]) -> Result<(), WriteError> {
    w.record(row, true)
}

/// Header of `points.csv`.
pub const POINTS_HEADER: [&str; 18] = [
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
    "faxes",
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

/// A CSV writer with the project's settings, after an optional BOM, its header written.
pub fn csv_writer<W: Write>(mut w: W, bom: bool, header: &[&str]) -> Result<CsvWriter<W>, WriteError> {
    if bom {
        w.write_all(b"\xEF\xBB\xBF").map_err(enc)?;
    }
    let mut cw = CsvWriter { w, fields: 0 };
    cw.record(header, false)?;
    Ok(cw)
}

/// Appends `points` rows: the contract columns; phones in national format, `;`-separated,
/// numbers to call apart from faxes (a flat column cannot carry each number's kind).
pub fn write_points<W: Write>(w: &mut CsvWriter<W>, records: &[Record]) -> Result<(), WriteError> {
    // The joined fields, rebuilt in the same buffers for every record.
    let (mut phones, mut faxes, mut notes, mut flags, mut lines) =
        (String::new(), String::new(), String::new(), String::new(), String::new());
    for r in records {
        phones.clear();
        faxes.clear();
        for p in &r.phones {
            let list = if p.kind == PhoneKind::Fax { &mut faxes } else { &mut phones };
            if !list.is_empty() {
                list.push(';');
            }
            p.push_display(list);
        }
        join_into(&mut notes, r.notes.iter().map(String::as_str));
        join_into(&mut flags, r.flags.iter().map(|f| f.as_str()));
        lines.clear();
        for (i, l) in r.source_lines.iter().enumerate() {
            if i > 0 {
                lines.push(';');
            }
            lines.push_str(itoa::Buffer::new().format(*l));
        }
        let row = [
            r.id.as_str(),
            r.province,
            r.province_code.unwrap_or_default(),
            r.city.unwrap_or_default(),
            r.city_code.unwrap_or_default(),
            r.district.unwrap_or_default(),
            r.district_code.unwrap_or_default(),
            &r.institution,
            &r.address,
            &r.address_full,
            &phones,
            &faxes,
            if r.joint_permit { "1" } else { "0" },
            r.status.as_str(),
            &notes,
            &flags,
            &r.source_file,
            &lines,
        ];
        write_guarded(w, &row)?;
    }
    Ok(())
}

/// `a;b;c` into a reused buffer.
fn join_into<'a>(buf: &mut String, parts: impl Iterator<Item = &'a str>) {
    buf.clear();
    for (i, p) in parts.enumerate() {
        if i > 0 {
            buf.push(';');
        }
        buf.push_str(p);
    }
}

/// Appends `findings` rows.
pub fn write_findings<W: Write>(w: &mut CsvWriter<W>, findings: &[normalizer::Finding]) -> Result<(), WriteError> {
    for f in findings {
        let r = FindingRow::from(f);
        let (mut start, mut end) = (itoa::Buffer::new(), itoa::Buffer::new());
        let row = [
            r.code,
            r.severity,
            r.record_id,
            r.field,
            r.source_file,
            start.format(r.line_start),
            end.format(r.line_end),
            r.before,
            r.after,
            r.message,
        ];
        write_guarded(w, &row)?;
    }
    Ok(())
}

/// Appends `phones` rows.
pub fn write_phones<W: Write>(w: &mut CsvWriter<W>, records: &[Record]) -> Result<(), WriteError> {
    for p in phone_rows(records) {
        let row = [p.record_id, p.number, p.extension, p.e164, p.kind, p.label, p.area_code, &p.area_prefectures, &p.flags];
        write_guarded(w, &row)?;
    }
    Ok(())
}

fn into_bytes(w: CsvWriter<Vec<u8>>) -> Result<Vec<u8>, WriteError> {
    w.into_inner().map_err(enc)
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

    /// The csv crate with the settings this writer replaced, for comparison.
    fn with_csv_crate(rows: &[Vec<&str>]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).flexible(true).from_writer(Vec::new());
        for r in rows {
            for f in r {
                w.write_field(guard(f).as_bytes()).unwrap();
            }
            w.write_record(None::<&[u8]>).unwrap();
        }
        w.into_inner().unwrap()
    }

    #[test]
    fn writes_what_the_csv_crate_wrote() {
        let fields = [
            "",
            "plain",
            "中文,逗号",
            "say \"hi\"",
            "\"",
            "\"\"",
            "a\nb",
            "a\r\nb",
            "=1+2",
            "+86 10",
            "-",
            "@x,y",
            "\tx",
            "\r",
            " lead",
            "trail ",
            "'",
            "a;b",
            "x\"y,z",
        ];
        let mut rows: Vec<Vec<&str>> = vec![vec![], vec![""], vec!["", ""], vec!["\""], vec!["="]];
        for a in fields {
            for b in fields {
                rows.push(vec![a, b, "end"]);
            }
            rows.push(vec![a]);
        }
        let mut ours = CsvWriter { w: Vec::new(), fields: 0 };
        for r in &rows {
            write_guarded(&mut ours, r).unwrap();
        }
        assert_eq!(String::from_utf8(ours.into_inner().unwrap()).unwrap(), String::from_utf8(with_csv_crate(&rows)).unwrap());
    }

    #[test]
    fn formula_cells_are_guarded() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("+8610"), "'+8610");
        assert_eq!(guard("-1"), "'-1");
        assert_eq!(guard("@SUM"), "'@SUM");
        assert_eq!(guard("010-89150841"), "010-89150841");
    }
}
