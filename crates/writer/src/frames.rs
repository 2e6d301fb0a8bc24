//! Polars frames for the Parquet outputs; nested where the data is nested (phones as a
//! list of structs, notes and flags as lists).

use normalizer::{Finding, Record};
use polars::prelude::*;

use crate::columns::{phone_rows, FindingRow, PointRow};
use crate::WriteError;

fn strs(name: &str, v: Vec<String>) -> Column {
    Column::new(name.into(), v)
}

fn opt_strs(name: &str, v: Vec<Option<String>>) -> Column {
    Column::new(name.into(), v)
}

fn str_list(name: &str, rows: &[Vec<String>]) -> Column {
    let values: usize = rows.iter().map(|r| r.len()).sum();
    let mut b = ListStringChunkedBuilder::new(name.into(), rows.len(), values);
    for r in rows {
        b.append_values_iter(r.iter().map(|s| s.as_str()));
    }
    b.finish().into_series().into_column()
}

fn u32_list(name: &str, rows: &[Vec<u32>]) -> Column {
    let values: usize = rows.iter().map(|r| r.len()).sum();
    let mut b = ListPrimitiveChunkedBuilder::<UInt32Type>::new(name.into(), rows.len(), values, DataType::UInt32);
    for r in rows {
        b.append_slice(r);
    }
    b.finish().into_series().into_column()
}

/// The phones column: one flat struct array of every phone, sliced per row into a list
/// (a slice shares the flat array, where a Series per row would copy five arrays each).
fn phones_list(name: &str, rows: &[PointRow]) -> Result<Column, WriteError> {
    let all: Vec<crate::columns::PhoneCell> = rows.iter().flat_map(|r| r.phones.iter().cloned()).collect();
    let flat = phone_struct(&all)?;
    let mut b = polars::chunked_array::builder::get_list_builder(&phone_dtype(), all.len(), rows.len(), name.into());
    let mut off = 0i64;
    for r in rows {
        let len = r.phones.len();
        b.append_series(&flat.slice(off, len))?;
        off += len as i64;
    }
    Ok(b.finish().into_series().into_column())
}

fn phone_struct(p: &[crate::columns::PhoneCell]) -> Result<Series, WriteError> {
    let fields = [
        Series::new("number".into(), p.iter().map(|x| x.number.clone()).collect::<Vec<_>>()),
        Series::new("extension".into(), p.iter().map(|x| x.extension.clone()).collect::<Vec<Option<String>>>()),
        Series::new("e164".into(), p.iter().map(|x| x.e164.clone()).collect::<Vec<_>>()),
        Series::new("label".into(), p.iter().map(|x| x.label.clone()).collect::<Vec<Option<String>>>()),
        Series::new("kind".into(), p.iter().map(|x| x.kind.clone()).collect::<Vec<_>>()),
    ];
    // Empty string series default to String dtype already; cast keeps nulls typed.
    let fields: Vec<Series> = fields.into_iter().map(|s| s.cast(&DataType::String)).collect::<PolarsResult<_>>()?;
    Ok(StructChunked::from_series("".into(), p.len(), fields.iter())?.into_series())
}

fn phone_dtype() -> DataType {
    DataType::Struct(["number", "extension", "e164", "label", "kind"].iter().map(|n| Field::new((*n).into(), DataType::String)).collect())
}

/// The `points` frame.
pub fn points_frame(records: &[Record]) -> Result<DataFrame, WriteError> {
    let rows: Vec<PointRow> = records.iter().map(PointRow::from).collect();
    let n = rows.len();
    let notes: Vec<Vec<String>> = rows.iter().map(|r| r.notes.clone()).collect();
    let flags: Vec<Vec<String>> = rows.iter().map(|r| r.flags.clone()).collect();
    let lines: Vec<Vec<u32>> = rows.iter().map(|r| r.source_lines.clone()).collect();
    let cols = vec![
        strs("id", rows.iter().map(|r| r.id.clone()).collect()),
        strs("province", rows.iter().map(|r| r.province.clone()).collect()),
        opt_strs("province_code", rows.iter().map(|r| r.province_code.clone()).collect()),
        opt_strs("city", rows.iter().map(|r| r.city.clone()).collect()),
        opt_strs("city_code", rows.iter().map(|r| r.city_code.clone()).collect()),
        opt_strs("district", rows.iter().map(|r| r.district.clone()).collect()),
        opt_strs("district_code", rows.iter().map(|r| r.district_code.clone()).collect()),
        strs("institution", rows.iter().map(|r| r.institution.clone()).collect()),
        strs("address", rows.iter().map(|r| r.address.clone()).collect()),
        strs("address_full", rows.iter().map(|r| r.address_full.clone()).collect()),
        phones_list("phones", &rows)?,
        Column::new("joint_permit".into(), rows.iter().map(|r| r.joint_permit).collect::<Vec<_>>()),
        strs("status", rows.iter().map(|r| r.status.clone()).collect()),
        str_list("notes", &notes),
        str_list("flags", &flags),
        strs("source_file", rows.iter().map(|r| r.source_file.clone()).collect()),
        u32_list("source_lines", &lines),
    ];
    Ok(DataFrame::new(n, cols)?)
}

/// The `findings` frame.
pub fn findings_frame(findings: &[Finding]) -> Result<DataFrame, WriteError> {
    let rows: Vec<FindingRow> = findings.iter().map(FindingRow::from).collect();
    let s = |f: fn(&FindingRow) -> String, name: &str| strs(name, rows.iter().map(f).collect());
    let cols = vec![
        s(|r| r.code.clone(), "code"),
        s(|r| r.severity.clone(), "severity"),
        s(|r| r.record_id.clone(), "record_id"),
        s(|r| r.field.clone(), "field"),
        s(|r| r.source_file.clone(), "source_file"),
        Column::new("line_start".into(), rows.iter().map(|r| r.line_start).collect::<Vec<u32>>()),
        Column::new("line_end".into(), rows.iter().map(|r| r.line_end).collect::<Vec<u32>>()),
        s(|r| r.before.clone(), "before"),
        s(|r| r.after.clone(), "after"),
        s(|r| r.message.clone(), "message"),
    ];
    Ok(DataFrame::new(rows.len(), cols)?)
}

/// The `phones` frame.
pub fn phones_frame(records: &[Record]) -> Result<DataFrame, WriteError> {
    let rows = phone_rows(records);
    let cols = vec![
        strs("record_id", rows.iter().map(|r| r.record_id.clone()).collect()),
        strs("number", rows.iter().map(|r| r.number.clone()).collect()),
        strs("extension", rows.iter().map(|r| r.extension.clone()).collect()),
        strs("e164", rows.iter().map(|r| r.e164.clone()).collect()),
        strs("kind", rows.iter().map(|r| r.kind.clone()).collect()),
        strs("label", rows.iter().map(|r| r.label.clone()).collect()),
        strs("area_code", rows.iter().map(|r| r.area_code.clone()).collect()),
        strs("area_prefectures", rows.iter().map(|r| r.area_prefectures.clone()).collect()),
        strs("flags", rows.iter().map(|r| r.flags.clone()).collect()),
    ];
    Ok(DataFrame::new(rows.len(), cols)?)
}

/// Parquet bytes of a frame (zstd, statistics on); deterministic for the same frame.
pub fn parquet_bytes(df: &mut DataFrame) -> Result<Vec<u8>, WriteError> {
    let mut buf = Vec::new();
    ParquetWriter::new(&mut buf).with_compression(ParquetCompression::Zstd(None)).finish(df)?;
    Ok(buf)
}
