//! Polars frames for the Parquet outputs; nested where the data is nested (phones as a
//! list of structs, notes and flags as lists).

use normalizer::{Finding, Record};
use polars::prelude::*;

use crate::columns::{phone_rows, FindingRow, PointRow};
use crate::WriteError;

fn strs<'a>(name: &str, v: impl Iterator<Item = &'a str>) -> Column {
    Column::new(name.into(), v.collect::<Vec<&str>>())
}

fn opt_strs<'a>(name: &str, v: impl Iterator<Item = Option<&'a str>>) -> Column {
    Column::new(name.into(), v.collect::<Vec<Option<&str>>>())
}

fn str_list<'a, S: AsRef<str> + 'a>(name: &str, rows: impl Iterator<Item = &'a [S]> + Clone) -> Column {
    let values: usize = rows.clone().map(|r| r.len()).sum();
    let mut b = ListStringChunkedBuilder::new(name.into(), rows.clone().count(), values);
    for r in rows {
        b.append_values_iter(r.iter().map(|s| s.as_ref()));
    }
    b.finish().into_series().into_column()
}

fn u32_list<'a>(name: &str, rows: impl Iterator<Item = &'a [u32]> + Clone) -> Column {
    let values: usize = rows.clone().map(|r| r.len()).sum();
    let mut b = ListPrimitiveChunkedBuilder::<UInt32Type>::new(name.into(), rows.clone().count(), values, DataType::UInt32);
    for r in rows {
        b.append_slice(r);
    }
    b.finish().into_series().into_column()
}

/// The phones column: one flat struct array of every phone, cut into rows by offsets (a
/// list built row by row cost a series slice and an append per record).
fn phones_list(name: &str, rows: &[PointRow<'_>]) -> Result<Column, WriteError> {
    use polars_arrow::array::ListArray;
    use polars_arrow::offset::OffsetsBuffer;
    let all: Vec<&crate::columns::PhoneCell<'_>> = rows.iter().flat_map(|r| r.phones.iter()).collect();
    let flat = phone_struct(&all)?.rechunk();
    let values = flat.chunks()[0].clone();
    let offsets: OffsetsBuffer<i64> = polars_arrow::offset::Offsets::try_from_lengths(rows.iter().map(|r| r.phones.len()))?.into();
    let dtype = ListArray::<i64>::default_datatype(values.dtype().clone());
    let list = ListArray::<i64>::try_new(dtype, offsets, values, None)?;
    Ok(ListChunked::with_chunk(name.into(), list).into_series().into_column())
}

fn phone_struct(p: &[&crate::columns::PhoneCell<'_>]) -> Result<Series, WriteError> {
    let fields = [
        Series::new("number".into(), p.iter().map(|x| x.number).collect::<Vec<&str>>()),
        Series::new("extension".into(), p.iter().map(|x| x.extension).collect::<Vec<Option<&str>>>()),
        Series::new("e164".into(), p.iter().map(|x| x.e164).collect::<Vec<&str>>()),
        Series::new("label".into(), p.iter().map(|x| x.label).collect::<Vec<Option<&str>>>()),
        Series::new("kind".into(), p.iter().map(|x| x.kind).collect::<Vec<&str>>()),
    ];
    // Empty string series default to String dtype already; cast keeps nulls typed.
    let fields: Vec<Series> = fields.into_iter().map(|s| s.cast(&DataType::String)).collect::<PolarsResult<_>>()?;
    Ok(StructChunked::from_series("".into(), p.len(), fields.iter())?.into_series())
}

/// The `points` frame.
pub fn points_frame(records: &[Record]) -> Result<DataFrame, WriteError> {
    let rows: Vec<PointRow<'_>> = records.iter().map(PointRow::from).collect();
    let n = rows.len();
    let cols = vec![
        strs("id", rows.iter().map(|r| r.id)),
        strs("province", rows.iter().map(|r| r.province)),
        opt_strs("province_code", rows.iter().map(|r| r.province_code)),
        opt_strs("city", rows.iter().map(|r| r.city)),
        opt_strs("city_code", rows.iter().map(|r| r.city_code)),
        opt_strs("district", rows.iter().map(|r| r.district)),
        opt_strs("district_code", rows.iter().map(|r| r.district_code)),
        strs("institution", rows.iter().map(|r| r.institution)),
        strs("address", rows.iter().map(|r| r.address)),
        strs("address_full", rows.iter().map(|r| r.address_full)),
        phones_list("phones", &rows)?,
        Column::new("joint_permit".into(), rows.iter().map(|r| r.joint_permit).collect::<Vec<_>>()),
        strs("status", rows.iter().map(|r| r.status)),
        str_list("notes", rows.iter().map(|r| r.notes)),
        str_list("flags", rows.iter().map(|r| r.flags.as_slice())),
        strs("source_file", rows.iter().map(|r| r.source_file)),
        u32_list("source_lines", rows.iter().map(|r| r.source_lines)),
    ];
    Ok(DataFrame::new(n, cols)?)
}

/// The `findings` frame.
pub fn findings_frame(findings: &[Finding]) -> Result<DataFrame, WriteError> {
    let rows: Vec<FindingRow<'_>> = findings.iter().map(FindingRow::from).collect();
    let cols = vec![
        strs("code", rows.iter().map(|r| r.code)),
        strs("severity", rows.iter().map(|r| r.severity)),
        strs("record_id", rows.iter().map(|r| r.record_id)),
        strs("field", rows.iter().map(|r| r.field)),
        strs("source_file", rows.iter().map(|r| r.source_file)),
        Column::new("line_start".into(), rows.iter().map(|r| r.line_start).collect::<Vec<u32>>()),
        Column::new("line_end".into(), rows.iter().map(|r| r.line_end).collect::<Vec<u32>>()),
        strs("before", rows.iter().map(|r| r.before)),
        strs("after", rows.iter().map(|r| r.after)),
        strs("message", rows.iter().map(|r| r.message)),
    ];
    Ok(DataFrame::new(rows.len(), cols)?)
}

/// The `phones` frame.
pub fn phones_frame(records: &[Record]) -> Result<DataFrame, WriteError> {
    let rows: Vec<_> = phone_rows(records).collect();
    let cols = vec![
        strs("record_id", rows.iter().map(|r| r.record_id)),
        strs("number", rows.iter().map(|r| r.number)),
        strs("extension", rows.iter().map(|r| r.extension)),
        strs("e164", rows.iter().map(|r| r.e164)),
        strs("kind", rows.iter().map(|r| r.kind)),
        strs("label", rows.iter().map(|r| r.label)),
        strs("area_code", rows.iter().map(|r| r.area_code)),
        strs("area_prefectures", rows.iter().map(|r| r.area_prefectures.as_str())),
        strs("flags", rows.iter().map(|r| r.flags.as_str())),
    ];
    Ok(DataFrame::new(rows.len(), cols)?)
}

/// zstd level of every Parquet file. Level 1 (zstd's fastest) instead of the default 3:
/// each page is compressed by a fresh context whose tables are cleared first, which at
/// level 3 cost 2 % of the whole run; on these small pages level 1's files came out no
/// larger (1000 seed copies: 27.9 MB against 29.1 MB).
pub const ZSTD_LEVEL: i32 = 1;

/// A Parquet writer with the project's settings (zstd at [`ZSTD_LEVEL`], statistics on).
pub fn parquet_writer<W: std::io::Write>(w: W) -> ParquetWriter<W> {
    let level = polars_parquet::write::ZstdLevel::try_new(ZSTD_LEVEL).ok();
    ParquetWriter::new(w).with_compression(ParquetCompression::Zstd(level))
}

/// Parquet bytes of a frame (zstd, statistics on); deterministic for the same frame.
pub fn parquet_bytes(df: &mut DataFrame) -> Result<Vec<u8>, WriteError> {
    let mut buf = Vec::new();
    parquet_writer(&mut buf).finish(df)?;
    Ok(buf)
}
