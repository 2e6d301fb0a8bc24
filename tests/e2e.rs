//! End-to-end tests: the `tablemend` binary over `raw/` and the fixtures.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn bin() -> Command {
    let mut c = Command::cargo_bin("tablemend").unwrap();
    c.current_dir(root());
    c
}

/// Runs the main job on raw/ into a fresh temp dir.
fn run_seed() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    bin().args(["run", "raw", "--out"]).arg(out.path()).arg("--quiet").assert().success();
    out
}

fn read_csv(p: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(p).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records().map(|rec| headers.iter().zip(rec.unwrap().iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}

fn read_json(p: &Path) -> Vec<serde_json::Value> {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn three_formats_agree_on_the_seed() {
    let out = run_seed();
    let csv_rows = read_csv(&out.path().join("points.csv"));
    let json_rows = read_json(&out.path().join("points.json"));
    let file = std::fs::File::open(out.path().join("points.parquet")).unwrap();
    use polars::prelude::SerReader;
    let df = polars::prelude::ParquetReader::new(file).finish().unwrap();
    assert!(csv_rows.len() > 300, "the seed has some 450 points, got {}", csv_rows.len());
    assert_eq!(csv_rows.len(), json_rows.len());
    assert_eq!(df.height(), csv_rows.len());
    let pq_ids: Vec<String> = df.column("id").unwrap().str().unwrap().iter().map(|s| s.unwrap().to_string()).collect();
    let pq_inst: Vec<String> = df.column("institution").unwrap().str().unwrap().iter().map(|s| s.unwrap().to_string()).collect();
    for (i, (c, j)) in csv_rows.iter().zip(&json_rows).enumerate() {
        assert_eq!(c["id"], j["id"].as_str().unwrap());
        assert_eq!(c["id"], pq_ids[i]);
        assert_eq!(c["institution"], j["institution"].as_str().unwrap());
        assert_eq!(c["institution"], pq_inst[i]);
        assert_eq!(c["address"], j["address"].as_str().unwrap());
        let numbers = |fax: bool| -> String {
            let all = j["phones"].as_array().unwrap().iter().filter(|p| (p["kind"] == "fax") == fax);
            all.map(|p| match p["extension"].as_str() {
                Some(e) => format!("{}-{}", p["number"].as_str().unwrap(), e),
                None => p["number"].as_str().unwrap().to_string(),
            })
            .collect::<Vec<_>>()
            .join(";")
        };
        assert_eq!(c["phones"], numbers(false));
        assert_eq!(c["faxes"], numbers(true));
    }
    let ids: BTreeSet<&String> = csv_rows.iter().map(|r| &r["id"]).collect();
    assert_eq!(ids.len(), csv_rows.len(), "ids are unique");
}

#[test]
fn same_input_same_bytes() {
    let a = run_seed();
    let b = run_seed();
    for name in [
        "points.parquet",
        "points.csv",
        "points.json",
        "findings.parquet",
        "findings.csv",
        "findings.json",
        "phones.csv",
        "phones.parquet",
        "report.html",
    ] {
        let x = std::fs::read(a.path().join(name)).unwrap();
        let y = std::fs::read(b.path().join(name)).unwrap();
        assert!(x == y, "{name} differs between two runs");
    }
}

#[test]
fn seed_records_are_complete_and_unique() {
    let out = run_seed();
    let rows = read_csv(&out.path().join("points.csv"));
    let mut keys = BTreeSet::new();
    for r in &rows {
        assert!(!r["province"].is_empty(), "record without province: {r:?}");
        assert!(
            r["province"].ends_with('省')
                || r["province"].ends_with('市')
                || r["province"].ends_with("区")
                || r["province"].ends_with("兵团"),
            "{}",
            r["province"]
        );
        let key = (r["institution"].clone(), r["address"].clone(), r["phones"].clone());
        assert!(keys.insert(key.clone()), "record emitted twice: {key:?}");
        assert!(!r["source_lines"].is_empty());
        for ch in ["  ", " 号", "中 心"] {
            assert!(!r["institution"].contains(ch) && !r["address"].contains(ch), "wrap space left in {r:?}");
        }
    }
    // Every city-named address resolves a city.
    let with_city = rows.iter().filter(|r| !r["city"].is_empty()).count();
    assert!(with_city * 100 / rows.len() >= 90, "only {with_city} of {} records have a city", rows.len());
}

/// Every phone-like digit run of the seed's table cells appears in a phone, a note or a
/// finding of the output: no number is lost.
#[test]
fn no_phone_digits_lost_on_the_seed() {
    let out = run_seed();
    let raw = std::fs::read_to_string(root().join("raw/000_e4bad3ba35f0caaa.md")).unwrap();
    let points = std::fs::read_to_string(out.path().join("points.json")).unwrap();
    let findings = std::fs::read_to_string(out.path().join("findings.json")).unwrap();
    let mut digits_out = String::new();
    for text in [&points, &findings] {
        digits_out.push_str(&text.chars().map(|c| if c.is_ascii_digit() { c } else { ' ' }).collect::<String>());
        digits_out.push(' ');
    }
    let re = regex_lite(&raw);
    let mut missing = Vec::new();
    for run in re {
        if !digits_out.contains(&run) {
            missing.push(run);
        }
    }
    assert!(missing.is_empty(), "digit runs lost: {missing:?}");
}

/// Local numbers (7-8 digits after an area code or alone) of the raw text.
fn regex_lite(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in raw.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            cur.push(c);
        } else {
            if cur.len() >= 7 && cur.len() <= 11 {
                out.push(cur.clone());
            }
            cur.clear();
        }
    }
    out
}

#[test]
fn check_passes_when_fresh_and_fails_when_stale() {
    let out = run_seed();
    bin().args(["check", "raw", "--out"]).arg(out.path()).assert().success();
    let p = out.path().join("points.json");
    let mut rows = read_json(&p);
    rows.pop();
    std::fs::write(&p, serde_json::to_vec_pretty(&rows).unwrap()).unwrap();
    let a = bin().args(["check", "raw", "--out"]).arg(out.path()).assert().code(1);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("1 added"), "{err}");
}

#[test]
fn fail_on_error_exits_3_after_writing() {
    let out = tempfile::tempdir().unwrap();
    // The seed has phones destroyed by a spreadsheet (`8. 72E+10`): error findings.
    bin().args(["run", "raw", "--quiet", "--fail-on", "error", "--out"]).arg(out.path()).assert().code(3);
    assert!(out.path().join("points.csv").exists());
    let fixture = root().join("tests/fixtures/directory.xls");
    let out2 = tempfile::tempdir().unwrap();
    bin().args(["run", "--quiet", "--fail-on", "error", "--out"]).arg(out2.path()).arg(&fixture).assert().code(0);
}

#[test]
fn explain_and_inspect() {
    let out = run_seed();
    let rows = read_csv(&out.path().join("points.csv"));
    let r = rows.iter().find(|r| r["flags"].contains("institution_inherited")).expect("an inherited record");
    let a = bin().args(["explain", &r["id"]]).assert().success();
    let text = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(text.contains(&r["institution"]) && text.contains("institution_inherited"), "{text}");
    bin().args(["explain", "0000000000000000"]).assert().code(1);
    let a = bin().args(["inspect", "raw/000_e4bad3ba35f0caaa.md"]).assert().success();
    let text = String::from_utf8_lossy(&a.get_output().stdout).to_string();
    assert!(text.contains("header") && text.contains(":phone]") && text.contains(":garbled]"));
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // `tablemend inspect big.md | head -1`: more output than a pipe holds, the reader gone
    // after one line: the command ends without a panic, and successfully.
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("big.md");
    let rows: String = (0..5000).map(|i| format!("| {i} | 北京 | 测试{i}局 | 北京市丰台区{i}路1号 | 010-{} |\n", 89150000 + i)).collect();
    std::fs::write(&doc, rows).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("tablemend"))
        .arg("inspect")
        .arg(&doc)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("t0 L1"), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}

#[test]
fn csv_guard_bom_and_exact_json() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("inject.md");
    std::fs::write(&doc, "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n| 1 | 北京 | =HYPERLINK(\"x\")服务中心 | 海淀区西四环北路73号 | 010-68940680 |\n").unwrap();
    let out = dir.path().join("out");
    bin().args(["run", "--quiet", "--csv-bom", "--out"]).arg(&out).arg(&doc).assert().success();
    let csv = std::fs::read(out.join("points.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let csv = String::from_utf8_lossy(&csv);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    let json = read_json(&out.join("points.json"));
    assert!(json[0]["institution"].as_str().unwrap().starts_with("=HYPERLINK"));
}

#[test]
fn faxes_apart_and_every_printed_landline_form() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("jiangsu.md");
    std::fs::write(
        &doc,
        "# 江苏省外国人来华工作许可受理点\n\n\
         | 序号 | 设区市 | 受理机构 | 办公地址 | 联系电话 | 传真 | 电子邮箱 |\n\
         |---|---|---|---|---|---|---|\n\
         | 1 | 南京市 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | (025)68787045 | 025-68787000 | nj@nanjing.gov.cn |\n\
         | 2 | 常州市 | 常州市科学技术局 | 常州市龙城大道 1280 号 | 86-519-85681234 转 801 | | |\n\
         | 3 | 南通市 | 南通市科学技术局 | 南通市崇川区世纪大道 6 号 （0513）85098765 | | | |\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    bin().args(["run", "--quiet", "--out"]).arg(&out).arg(&doc).assert().success();
    let rows = read_csv(&out.join("points.csv"));
    let got: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r["address"].as_str(), r["phones"].as_str(), r["faxes"].as_str())).collect();
    assert_eq!(
        got,
        [
            ("南京市建邺区江东中路265号", "025-68787045", "025-68787000"),
            ("常州市龙城大道1280号", "0519-85681234-801", ""),
            ("南通市崇川区世纪大道6号", "0513-85098765", ""),
        ]
    );
    assert!(rows.iter().all(|r| r["province"] == "江苏省"));
}

#[test]
fn report_lists_every_warning_record() {
    let out = run_seed();
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    let findings = read_csv(&out.path().join("findings.csv"));
    let mut ids = BTreeSet::new();
    for f in &findings {
        if f["severity"] != "info" && !f["record_id"].is_empty() {
            ids.insert(f["record_id"].clone());
        }
    }
    assert!(!ids.is_empty());
    for id in ids {
        assert!(html.contains(&format!("id=\"r-{id}\"")), "record {id} missing from report");
    }
    assert!(!html.contains("<script") && !html.contains("http"), "report must be self-contained");
    for section in ["id=\"totals\"", "id=\"review\"", "id=\"dropped\""] {
        assert!(html.contains(section));
    }
}

#[test]
fn spreadsheets_numbers_and_merges() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("directory.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["序号", "省级地区", "受理机构", "地址", "咨询电话"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "1").unwrap();
    ws.write_string(1, 1, "北京").unwrap();
    ws.merge_range(1, 2, 2, 2, "海淀区人力资源公共服务中心", &rust_xlsxwriter::Format::new()).unwrap();
    ws.write_string(1, 3, "海淀区西四环北路73号").unwrap();
    ws.write_number(1, 4, 1089150841.0).unwrap();
    ws.write_string(2, 3, "海淀区中关村大街1号").unwrap();
    ws.write_number(2, 4, 1089150842.0).unwrap();
    wb.save(&xlsx).unwrap();
    for input in [xlsx.clone(), root().join("tests/fixtures/directory.xls"), root().join("tests/fixtures/directory.ods")] {
        let out = dir.path().join(format!("out-{}", input.extension().unwrap().to_string_lossy()));
        bin().args(["run", "--quiet", "--out"]).arg(&out).arg(&input).assert().success();
        let rows = read_csv(&out.join("points.csv"));
        assert!(rows.len() >= 2, "{input:?}");
        assert!(rows[0]["phones"].starts_with("010-"), "{:?}", rows[0]);
        assert!(rows[0]["flags"].contains("phone_from_number_cell"), "{:?}", rows[0]);
        assert_eq!(rows[1]["institution"], "海淀区人力资源公共服务中心", "{input:?}");
        assert!(rows[1]["flags"].contains("institution_inherited"));
    }
}

#[test]
fn a_workbook_with_a_sheet_per_province_reads_each_as_its_own_document() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("book.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (sheet, name, addr, phone) in [
        ("北京", "北京市科学技术委员会", "西城区西直门南大街16号", "010-89151234"),
        ("天津市", "天津市科学技术局", "河西区友谊路18号", "022-58831234"),
    ] {
        let ws = wb.add_worksheet().set_name(sheet).unwrap();
        for (c, h) in ["序号", "受理机构", "地址", "咨询电话"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (c, v) in ["1", name, addr, phone].iter().enumerate() {
            ws.write_string(1, c as u16, *v).unwrap();
        }
    }
    wb.save(&xlsx).unwrap();
    let out = dir.path().join("out");
    bin().args(["run", "--quiet", "--out"]).arg(&out).arg(&xlsx).assert().success();
    let rows = read_csv(&out.join("points.csv"));
    let got: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| (r["province"].as_str(), r["flags"].as_str(), r["source_file"].rsplit('/').next().unwrap(), r["source_lines"].as_str()))
        .collect();
    // The sheet names the province (no inference), and the source names the sheet.
    assert_eq!(got, [("北京市", "", "book.xlsx#北京", "2"), ("天津市", "", "book.xlsx#天津市", "2")]);
}

#[test]
fn csv_and_tsv_exports_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // A spreadsheet export: BOM, a quoted cell holding the delimiter, a row without 序号.
    std::fs::write(
        dir.path().join("a.csv"),
        "\u{feff}序号,省级地区,受理机构,地址,咨询电话\n\
         1,北京,北京市科学技术委员会,北京市海淀区西三环北路甲 2 号,010-88827111\n\
         ,,海淀区人力社保局,海淀区大钟寺东路 9 号,\"010-82192255, 010-82192256\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.tsv"), "受理机构\t地址\t联系电话\n杭州市科学技术局\t杭州市上城区解放东路 18 号\t0571-85252313\n")
        .unwrap();
    let out = dir.path().join("out");
    bin().args(["run", "--quiet", "--out"]).arg(&out).arg(dir.path()).assert().success();
    let rows = read_csv(&out.join("points.csv"));
    let got: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| (r["province"].as_str(), r["institution"].as_str(), r["phones"].as_str(), r["source_lines"].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("北京市", "北京市科学技术委员会", "010-88827111", "2"),
            ("北京市", "海淀区人力社保局", "010-82192255;010-82192256", "3"),
            ("浙江省", "杭州市科学技术局", "0571-85252313", "2"),
        ]
    );
}

#[test]
fn its_own_points_csv_reads_back_as_the_same_records() {
    // A dataset tablemend wrote, fed to it again (an analyst re-running an old output after
    // a gazetteer update): every record comes back, its fields unchanged, the derived
    // columns recomputed rather than read as a second address and notes.
    let first = run_seed();
    let input = tempfile::tempdir().unwrap();
    std::fs::copy(first.path().join("points.csv"), input.path().join("points.csv")).unwrap();
    let second = input.path().join("out");
    bin().args(["run", "--quiet", "--out"]).arg(&second).arg(input.path()).assert().success();
    // Every column of the record but its id, division codes, flags and source.
    let fields: Vec<&str> = writer::csv_out::POINTS_HEADER
        .iter()
        .copied()
        .filter(|f| !f.ends_with("_code") && !["id", "flags", "source_file", "source_lines"].contains(f))
        .collect();
    let key = |rows: Vec<BTreeMap<String, String>>| -> BTreeMap<String, Vec<String>> {
        rows.into_iter().map(|r| (r["id"].clone(), fields.iter().map(|f| r[*f].clone()).collect())).collect()
    };
    let before = key(read_csv(&first.path().join("points.csv")));
    let after = key(read_csv(&second.join("points.csv")));
    assert_eq!(before.len(), after.len());
    let differ: Vec<_> = before.iter().filter(|(id, v)| after.get(*id) != Some(v)).map(|(id, v)| (id, v, after.get(id))).take(5).collect();
    assert!(differ.is_empty(), "{differ:#?}");
    let findings = read_csv(&second.join("findings.csv"));
    assert_eq!(findings.iter().filter(|f| f["code"] == "derived_columns_recomputed").count(), 1);
    assert!(!findings.iter().any(|f| f["code"] == "noise_text_dropped"));
}

#[test]
fn gbk_documents_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("gbk.md");
    let text = "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    std::fs::write(&doc, &bytes).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture really is GBK");
    let out = dir.path().join("out");
    bin().args(["run", "--quiet", "--out"]).arg(&out).arg(&doc).assert().success();
    let rows = read_csv(&out.join("points.csv"));
    assert_eq!(rows[0]["institution"], "怀柔区政务服务中心");
}

#[test]
fn no_arguments_is_the_main_job() {
    // Run in a copy of the project layout so the committed output/ is not touched.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("raw")).unwrap();
    std::fs::copy(root().join("raw/000_e4bad3ba35f0caaa.md"), dir.path().join("raw/000_e4bad3ba35f0caaa.md")).unwrap();
    Command::cargo_bin("tablemend").unwrap().current_dir(dir.path()).assert().success();
    assert!(dir.path().join("output/points.parquet").exists());
    assert!(dir.path().join("output/report.html").exists());
}

#[test]
fn readme_documents_every_finding_code() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for code in normalizer::FindingCode::ALL {
        let row = format!("| `{}` | {} | {} |", code.as_str(), code.default_severity().as_str(), code.description());
        assert!(readme.contains(&row), "README lacks the row for {}", code.as_str());
    }
}
