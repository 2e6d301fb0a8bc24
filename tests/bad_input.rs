//! Bad and hostile input: a clear error naming the file (and line), a non-zero exit code,
//! no panic and no output written.

use std::path::Path;

use assert_cmd::Command;

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case { dir: tempfile::tempdir().unwrap() }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs tablemend on `input`; asserts exit 1, the message, and that nothing was written.
    fn fails(&self, input: &Path, expect_in_message: &[&str]) {
        let out = self.dir.path().join("out");
        let a = Command::cargo_bin("tablemend").unwrap().args(["run", "--quiet", "--out"]).arg(&out).arg(input).assert().code(1);
        let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
        assert!(!err.contains("panicked"), "{err}");
        for e in expect_in_message {
            assert!(err.contains(e), "expected '{e}' in: {err}");
        }
        let written: Vec<_> = std::fs::read_dir(&out).map(|d| d.filter_map(|e| e.ok()).collect()).unwrap_or_default();
        assert!(written.is_empty(), "outputs written despite the error: {written:?}");
    }
}

#[test]
fn missing_file() {
    let c = Case::new();
    c.fails(&c.dir.path().join("nope.md"), &["nope.md", "no such file"]);
}

#[test]
fn directory_without_documents() {
    let c = Case::new();
    let d = c.dir.path().join("empty_dir");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("notes.docx"), b"x").unwrap();
    c.fails(&d, &["empty_dir", "no document"]);
}

#[test]
fn empty_file() {
    let c = Case::new();
    let p = c.file("empty.md", b"");
    c.fails(&p, &["empty.md", "empty"]);
}

#[test]
fn binary_file() {
    let c = Case::new();
    let p = c.file("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    c.fails(&p, &["image.md", "binary"]);
}

#[test]
fn neither_utf8_nor_gb18030() {
    let c = Case::new();
    // 0xFF never occurs in GB18030 and 0x80 0xFF is not UTF-8 either.
    let bytes: Vec<u8> = (0..600u32).map(|i| [0x80u8, 0xFF, 0x81, 0x30, 0xFE][(i % 5) as usize]).collect();
    let p = c.file("latin.md", &bytes);
    c.fails(&p, &["latin.md", "neither UTF-8 nor GB18030"]);
}

#[test]
fn corrupt_xlsx() {
    let c = Case::new();
    let p = c.file("broken.xlsx", b"PK\x03\x04 this is not a complete zip archive");
    c.fails(&p, &["broken.xlsx", "spreadsheet"]);
}

#[test]
fn xlsx_cells_a_sheet_apart() {
    // Two cells at opposite corners of a sheet (a 6 KB file): read as the two cells they
    // are, never as the sheet's 17 billion cells between (that ran out of memory).
    let c = Case::new();
    let p = c.dir.path().join("corners.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "受理机构").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&p).unwrap();
    c.fails(&p, &["corners.xlsx:1:", "16384 cells"]);
    // Within the columns accepted, a million rows apart: the two rows only.
    let p = c.dir.path().join("far.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (col, text) in ["怀柔区政务服务中心", "怀柔区雁栖大街53号", "010-69687722"].iter().enumerate() {
        ws.write_string(0, col as u16, *text).unwrap();
    }
    ws.write_string(1_048_575, 400, "x").unwrap();
    wb.save(&p).unwrap();
    let out = c.dir.path().join("out");
    Command::cargo_bin("tablemend").unwrap().args(["run", "--quiet", "--out"]).arg(&out).arg(&p).assert().code(0);
    let points = std::fs::read_to_string(out.join("points.csv")).unwrap();
    assert!(points.contains("怀柔区雁栖大街53号"), "{points}");
}

#[test]
fn ods_expanding_to_millions_of_cells() {
    // An .ods of a few hundred bytes: one value cell repeated 900 times in a row repeated
    // 100 000 times. calamine expands it whole (9.5 GB, 27 s); it is counted and refused
    // before, naming the sheet and the row.
    use std::io::Write;
    let c = Case::new();
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="900" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#).unwrap();
    zip.finish().unwrap();
    let p = c.file("bomb.ods", &bytes.into_inner());
    c.fails(&p, &["bomb.ods", "sheet 'S'", "cells, counting repeated ones (row 1)"]);
}

#[test]
fn password_protected_xlsx() {
    // Excel stores an encrypted workbook as an OLE compound file, not a zip: the header
    // below is what such a file starts with.
    let c = Case::new();
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend(std::iter::repeat_n(0u8, 504));
    bytes.extend(b"EncryptedPackage".iter());
    let p = c.file("secret.xlsx", &bytes);
    c.fails(&p, &["secret.xlsx", "spreadsheet"]);
}

#[test]
fn ten_megabyte_single_line() {
    let c = Case::new();
    let mut line = String::from("| 1 | 北京 | ");
    while line.len() < 10 * 1024 * 1024 {
        line.push_str("海淀区人力资源公共服务中心 ");
    }
    line.push_str("|\n");
    let p = c.file("long.md", format!("| a | b |\n{line}").as_bytes());
    c.fails(&p, &["long.md:2:", "bytes long"]);
}

#[test]
fn ten_thousand_columns() {
    let c = Case::new();
    let row = format!("|{}\n", " x |".repeat(10_000));
    let p = c.file("wide.md", format!("| 序号 | 地址 |\n{row}").as_bytes());
    c.fails(&p, &["wide.md:2:", "cells"]);
    // The same in a CSV export.
    let p = c.file("wide.csv", format!("序号,地址\n{}\n", vec!["x"; 10_000].join(",")).as_bytes());
    c.fails(&p, &["wide.csv:2:", "cells"]);
}

#[test]
fn html_nested_a_hundred_thousand_deep() {
    // Hostile, not bad: read as any page is (the record inside), no stack overflow.
    let c = Case::new();
    let n = 100_000;
    let html = format!(
        "{}<table><tr><td>怀柔区政务服务中心</td><td>{}怀柔区雁栖大街53号{}</td><td>010-69687722</td></tr></table>{}",
        "<div>".repeat(n),
        "<span>".repeat(n),
        "</span>".repeat(n),
        "</div>".repeat(n)
    );
    let p = c.file("deep.html", html.as_bytes());
    let out = c.dir.path().join("out");
    let a = Command::cargo_bin("tablemend").unwrap().args(["run", "--quiet", "--out"]).arg(&out).arg(&p).assert().code(0);
    assert!(a.get_output().stderr.is_empty(), "{}", String::from_utf8_lossy(&a.get_output().stderr));
    let points = std::fs::read_to_string(out.join("points.csv")).unwrap();
    assert!(points.contains("怀柔区政务服务中心") && points.contains("怀柔区雁栖大街53号"), "{points}");
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_no_documents() {
    // A named pipe would wait for a writer forever; a link to /dev/zero never ends.
    let c = Case::new();
    let fifo = c.dir.path().join("pipe.md");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    if made {
        c.fails(&fifo, &["pipe.md", "not a regular file"]);
    }
    let zero = c.dir.path().join("zero.md");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    c.fails(&zero, &["zero.md", "not a regular file"]);
    let zero = c.dir.path().join("zero.xlsx");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    c.fails(&zero, &["zero.xlsx", "not a regular file"]);
}

#[test]
fn a_file_over_the_size_accepted() {
    // Sparse: no disk written, the size is what counts.
    let c = Case::new();
    let p = c.dir.path().join("huge.md");
    std::fs::File::create(&p).unwrap().set_len(parser::MAX_FILE_BYTES + 1).unwrap();
    c.fails(&p, &["huge.md", "bytes, more than the"]);
}

#[test]
fn unwritable_output_directory() {
    let c = Case::new();
    let doc = c.file("ok.md", "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n".as_bytes());
    // A regular file where the output directory should be: no user, root included, can
    // create files below it.
    let out = c.file("out_is_a_file", b"x");
    let a = Command::cargo_bin("tablemend").unwrap().args(["run", "--quiet", "--out"]).arg(&out).arg(&doc).assert().code(1);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("out_is_a_file"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), b"x");
}

#[test]
fn one_bad_document_writes_nothing() {
    let c = Case::new();
    let good = c.file("a_good.md", "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n".as_bytes());
    let _bad = c.file("b_bad.md", b"");
    let _ = good;
    c.fails(c.dir.path(), &["b_bad.md"]);
}

#[test]
fn usage_errors_exit_2() {
    Command::cargo_bin("tablemend").unwrap().args(["run", "--nonsense"]).assert().code(2);
    let a = Command::cargo_bin("tablemend").unwrap().args(["run", "--format", "xml", "raw"]).assert().code(2);
    assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("xml"));
}
