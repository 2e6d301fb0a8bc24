//! Tables as printed: headers, columns, page breaks, shifted and widened rows, sections and numbering.

use super::*;

#[test]
fn the_next_numbered_window_with_its_phone_is_a_record_of_its_own() {
    // Its name cell merged with the one above; its address cut inside a number, the rest
    // opening the next page.
    let md = "| 15 | 山东 | 烟台市外国专家局 | 1.市政务服务中心(烟台市港城东大街1号)3楼127号 | 0535-6630001 |\n\
              | | | | 2.市人社局60 | 0535-6630002 |\n\n\
              | | | | 9室(烟台市胶州路7号) | |\n|---|---|---|---|---|\n\
              | | | 潍坊市外国专家局 | 潍坊市高新区东方路3396号 | 0536-8230001 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("烟台市外国专家局", "1.市政务服务中心(烟台市港城东大街1号)3楼127号", 1),
            ("烟台市外国专家局", "2.市人社局609室(烟台市胶州路7号)", 1),
            ("潍坊市外国专家局", "潍坊市高新区东方路3396号", 1)
        ]
    );
}

#[test]
fn an_address_left_after_its_separator_goes_on_across_a_page_break() {
    // The second address opens the next page alone: the same record's, not another window.
    let md = "| 24 | 贵州 | 遵义市科技局 | 遵义市汇川区人民路1号 / | 0851-28220001 |\n\n\
              | | | | 贵州省遵义市新蒲新区新蒲大道99号政务服务中心 | |\n|---|---|---|---|---|\n\
              | | | 六盘水市科技局 | 六盘水市钟山区八一路81号 | 0858-8220001 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("遵义市科技局", "遵义市汇川区人民路1号 / 贵州省遵义市新蒲新区新蒲大道99号政务服务中心", 1),
            ("六盘水市科技局", "六盘水市钟山区八一路81号", 1)
        ]
    );
}

#[test]
fn a_stray_separator_inside_a_numbered_address_splits_no_name() {
    // The address's first part (a numbered item, its bracket left open) is not the
    // name's rest.
    let md = "| 15 | 山东 | 山东省外国专家局 | 济南市解放东路16号 | 0531-81280001 |\n\
              | | | 烟台市外国专家局 | 1.市政务服务中心( | 烟台市港城东大街1号)3楼127号 | 0535-6630001 |\n\
              | | | 潍坊市外国专家局 | 潍坊市高新区东方路3396号 | 0536-8230001 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("烟台市外国专家局", "1.市政务服务中心(烟台市港城东大街1号)3楼127号"));
}

#[test]
fn a_seq_read_into_the_province_cell_of_a_table_numbering_every_row_counts() {
    // Every row numbered; the 序号 of a section's first row read into its province's cell
    // (`6 青 海`, the row a cell short). The next number, `7`, goes on in 青海省: its
    // empty name cell is another window of the name above, not a section without one.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 广东 | 佛山市政务服务中心 | 佛山市南海区人民南路271号 | 0757-58374311 |\n\
| 6 青 海 | 海北藏族自治州科学技术局 | 海晏县科技南路436号 | 0970-5489804 |\n\
| 7 | | | 海北藏族自治州海晏县团结大道461号 | 0970-7405602 |\n\
| 8 | | 玛多县科技局 | 果洛藏族自治州玛多县光明路1号 | 0975-7882884 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address(&n),
        [
            ("广东省", "佛山市政务服务中心", "佛山市南海区人民南路271号"),
            ("青海省", "海北藏族自治州科学技术局", "海晏县科技南路436号"),
            ("青海省", "海北藏族自治州科学技术局", "海北藏族自治州海晏县团结大道461号"),
            ("青海省", "玛多县科技局", "果洛藏族自治州玛多县光明路1号"),
        ]
    );
    assert!(n.records[2].flags.contains(&FindingCode::InstitutionInherited), "{:?}", n.records[2].flags);
}

#[test]
fn a_repeated_seq_and_province_continue_the_section() {
    // Converters that repeat a spanned cell on every row (and spreadsheets whose merged
    // 序号/省份 cells are filled down) print the same section start again and again.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 1 | 江西省 | 南昌市科学技术局 | 南昌市红谷滩区卧龙路999号 | 0791-83881234 |\n\
              | 1 | 江西省 | | 南昌市青山湖区高新大道1号 | 0791-88561234 |\n\
              | 2 | 山东省 | 山东省科学技术厅 | 济南市历下区解放路15号 | 0531-51751234 |\n";
    let n = norm(md);
    assert_eq!(n.records[1].institution, "南昌市科学技术局");
    assert!(n.records[1].flags.contains(&FindingCode::InstitutionInherited));
    // The repeat is kept in the audit, not as a new section.
    let starts: Vec<(u32, &str)> =
        n.findings.iter().filter(|f| f.code == FindingCode::SectionStart).map(|f| (f.line_start, f.after.as_str())).collect();
    assert_eq!(starts, [(3, "江西省"), (4, ""), (5, "山东省")]);
}

#[test]
fn an_empty_area_code_cell_under_a_filled_one_is_a_merged_cell() {
    // Another window of the bureau above, its 区号 cell merged with the one above; a row
    // naming a city the code does not serve ends the merged cell, and the rows after it.
    let md = "| 序号 | 地市 | 受理机构 | 地址 | 区号 | 电话 |\n|---|---|---|---|---|---|\n\
              | 1 | 嘉兴 | 嘉兴市科技局 | 嘉兴市南湖区广场路 | 0573 | 82525001 |\n\
              |  |  | 嘉兴市南湖区行政服务中心 | 嘉兴市南湖区纺工路 1000 号 | | 82525002 |\n\
              | 2 | 湖州 | 湖州市科技局 | 湖州市吴兴区仁皇山路 | | 82525003 |\n\
              | 3 |  | 某某服务中心 | 人民路 1 号 | | 82525004 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [vec!["0573-82525001"], vec!["0573-82525002"], vec!["82525003"], vec!["82525004"]]);
    let taken = n.findings.iter().find(|f| f.line_start == 4 && f.code == FindingCode::PhoneShorthandExpanded).expect("a finding");
    assert!(taken.message.contains("row above"), "{}", taken.message);
    assert!(n.records.iter().all(|r| r.notes.iter().all(|t| !t.starts_with("区号"))), "{:#?}", n.records);
    // The search for the merged cell's code looks a bounded way up (a long table whose
    // 区号 column is empty stays linear): forty rows below, a number keeps its print.
    let mut md =
        String::from("| 受理机构 | 地址 | 区号 | 电话 |\n|---|---|---|---|\n| 嘉兴市科技局 | 嘉兴市南湖区广场路 | 0573 | 82525001 |\n");
    for i in 0..40 {
        md.push_str(&format!("| 嘉兴市第{i}窗口 | 嘉兴市南湖区纺工路 {i} 号 | | 8252{:04} |\n", 100 + i));
    }
    let n = norm(&md);
    assert_eq!(n.records[1].phones[0].display(), "0573-82520100");
    assert_eq!(n.records[40].phones[0].display(), "82520139");
}

#[test]
fn a_header_naming_other_fields_opens_another_table() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
              | 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787123 |\n\
              | 2 | 无锡市科学技术局(无锡市外 | 无锡市观山路 199 号 | 0510-81821234 |\n\n\
              | 序 号 | 受理机构 | 地址 | 咨洵电活 |\n|---|---|---|---|\n\
              | | 国专家局) | | |\n\n\
              | 城市 | 服务热线 |\n|---|---|\n\
              | 南京 | 025-12345 |\n\
              | 无锡 | 0510-12345 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    // The header repeated on a new page continues the table (the name's tail joins),
    // one caption damaged or not;
    // the hotline table's rows are rows of their own, not more numbers of the last point.
    assert_eq!(
        got,
        [
            ("南京市科学技术局", vec!["025-68787123".to_string()]),
            ("无锡市科学技术局(无锡市外国专家局)", vec!["0510-81821234".to_string()]),
            ("", vec!["025-12345".to_string()]),
            ("", vec!["0510-12345".to_string()]),
        ]
    );
    assert_eq!(n.records[3].notes, ["城市: 无锡"]);
}

#[test]
fn a_page_number_printed_in_the_table_is_no_doubt() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江 | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186365 |\n\
| - 3 - | | | | |\n| 第 3 页 共 12 页 | | | | |\n\
| | | 温州市科学技术局 | 温州市鹿城区会展路 1288 号 | 0577-89090580 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2);
    let dropped: Vec<(u32, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::NoiseRowDropped).map(|f| (f.line_start, f.severity)).collect();
    assert_eq!(dropped, [(4, Severity::Info), (5, Severity::Info)]);
}

#[test]
fn an_empty_province_cell_under_record_numbers_is_a_merged_cell() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 1 | 浙江省 | 浙江省科学技术厅 | 杭州市环城西路33号 | 0571-87051076 |\n\
              | 2 | | 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574-89186301 |\n\
              | 3 | | 科学技术局 | 人民路1号 | |\n\
              | 4 | | 南京市科学技术局 | 南京市建邺区江东中路265号 | 025-68789000 |\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    // Rows 2 and 3 are under 浙江省 (row 3 names no place at all): their numbers number
    // records. Row 4's own places name 江苏省: the province cell was lost there, so that
    // is inferred and doubted.
    assert_eq!(provinces, ["浙江省", "浙江省", "浙江省", "江苏省"]);
    let inferred: Vec<(u32, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::ProvinceInferred).map(|f| (f.line_start, f.severity)).collect();
    assert_eq!(inferred, [(6, Severity::Warning)]);
    let numbers: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::RecordNumber).map(|f| f.line_start).collect();
    assert_eq!(numbers, [4, 5]);
}

#[test]
fn a_province_printed_again_on_each_numbered_row_is_one_section() {
    // A converter repeating a merged province cell on every row it spans: the rows are
    // one section (each had been a section of its own, so an empty name cell found no
    // name above to take).
    let md = "| 序号 | 地区 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|---|\n\
              | 1 | 广东省 | 广州市科学技术局 | 广州市越秀区连新路 171 号 | 020-83124567 |\n\
              | 2 | 广东省 | | 广州市越秀区解放南路 155 号 | 020-83121234 |\n\
              | 3 | 广东省 | 珠海市科技创新局 | 珠海市香洲区人民东路 125 号 | 0756-2121234 |\n\
              | 4 | 广西 | 南宁市行政审批局 | 南宁市良庆区玉洞大道 33 号 | 0771-3221229 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["广州市科学技术局", "广州市科学技术局", "珠海市科技创新局", "南宁市行政审批局"]);
    let starts: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::SectionStart).map(|f| f.line_start).collect();
    assert_eq!(starts, [3, 6]);
    assert_eq!(n.records.iter().map(|r| r.province).collect::<Vec<_>>(), ["广东省", "广东省", "广东省", "广西壮族自治区"]);
}

#[test]
fn a_numbered_row_with_an_empty_name_cell_in_the_same_place_takes_the_name_above() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 1 | 江苏 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787123 |\n\
              | 2 | | 常州市科学技术局 | 常州市龙城大道 1280 号 | 0519-85681234 |\n\
              | 3 | | | 常州市武进区延政中路 5 号 | 0519-86311234 |\n\
              | 4 | | | 苏州市平泷路 251 号 | 0512-68181234 |\n";
    let n = norm(md);
    // Row 3's name cell is merged with row 2's (same city); row 4's is not (another city).
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names[2..], ["常州市科学技术局", ""], "{:#?}", n.records);
    let lines = |code: FindingCode| n.findings.iter().filter(|f| f.code == code).map(|f| f.line_start).collect::<Vec<_>>();
    assert_eq!(lines(FindingCode::InstitutionInherited), [5]);
    assert_eq!(lines(FindingCode::InstitutionMissing), [6]);
}

#[test]
fn a_column_naming_the_body_over_each_place_is_kept_as_a_note() {
    let md = "| 序号 | 单位名称 | 主管部门 | 地址 | 电话 |\n|---|---|---|---|---|\n\
              | 1 | 南京市外国专家服务中心 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787123 |\n\
              | 2 | 无锡市人才服务中心 | 无锡市人力资源和社会保障局 | 无锡市观山路 199 号 | 0510-81821234 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<&str>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.notes.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        got,
        [
            ("南京市外国专家服务中心", vec!["主管部门: 南京市科学技术局"]),
            ("无锡市人才服务中心", vec!["主管部门: 无锡市人力资源和社会保障局"])
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn sub_captions_under_the_header_name_their_columns() {
    // `联系方式` spans `电话 | 传真` on the header's second line: the fax column is faxes.
    let md = "| 序号 | 受理机构 | 地址 | 联系方式 | |\n|---|---|---|---|---|\n| | | | 电话 | 传真 |\n\
| 1 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58831234 | 022-58831235 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 1, "{:#?}", n.records);
    let kinds: Vec<(&str, PhoneKind)> = n.records[0].phones.iter().map(|p| (p.number.as_str(), p.kind)).collect();
    assert_eq!(kinds, [("022-58831234", PhoneKind::Landline), ("022-58831235", PhoneKind::Fax)]);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    assert!(n.findings.iter().any(|f| f.code == FindingCode::HeaderRowSkipped && f.line_start == 3), "{:#?}", n.findings);
}

#[test]
fn a_caption_naming_the_kind_of_place_listed_is_the_name_column() {
    // `银行网点` names no field word (名称, 机构, 单位): the names of its column had been
    // kept as notes but for those ending like a name, most records left nameless.
    let md = "| 序号 | 城市 | 银行网点 | 营业地址 | 客服电话 |\n|---|---|---|---|---|\n\
| 1 | 南京市 | 中国银行南京分行营业部 | 南京市玄武区中山南路148号 | 025-84201234 |\n\
| 2 | 苏州市 | 招商银行苏州分行 | 苏州工业园区星阳街5号 | 0512-67891234 |\n\
| 3 | 徐州市 | 徐州国际酒店 | 徐州市泉山区建国西路1号 | 0516-83331234 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["中国银行南京分行营业部", "招商银行苏州分行", "徐州国际酒店"]);
    assert!(n.records.iter().all(|r| r.notes.iter().all(|x| !x.contains("银行网点"))), "{:#?}", n.records);
}

#[test]
fn sub_numbers_are_points_of_their_section() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-89151234 |\n\
| 1-1 | | 海淀区分中心 | 海淀区北四环西路58号 | 010-82681234 |\n\
| 1.2 | | 朝阳区分中心 | 朝阳区工体北路甲2号 | 010-85991234 |\n\
| 2 | 天津 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58831234 |\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["北京市", "北京市", "北京市", "天津市"]);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    let numbers: Vec<&str> = n.findings.iter().filter(|f| f.code == FindingCode::RecordNumber).map(|f| f.before.as_str()).collect();
    assert_eq!(numbers, ["1-1", "1.2"]);
}

#[test]
fn five_digit_record_numbers_are_numbers_not_short_phones() {
    // A list of ten thousand points or more: `10000` under 序号 is its number, though it
    // is also a national short number (China Telecom's).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 9999 | 河北省 | 河北省外国专家局 | 石家庄市裕华区槐安东路88号 | 0311-85813385 |\n\
| 10000 | | 石家庄市科学技术局 | 石家庄市长安区中山东路11号 | 0311-86686137 |\n\
| 10001 | 山西省 | 山西省科学技术厅 | 太原市小店区长治路189号 | 0351-7012345 |\n\
| 10002 | | 大同市科学技术局 | 大同市平城区御河西路1号 | 12345 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [["0311-85813385"], ["0311-86686137"], ["0351-7012345"], ["12345"]]);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["河北省", "河北省", "山西省", "山西省"]);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_page_placing_some_fields_takes_the_learned_column_order_for_the_rest() {
    // No header: phones before addresses, learned from the first page; the second places
    // names and phones, and its address without a number sits after the phone.
    let md = "| 锡林郭勒盟科技局 | 0479-8238839 | 锡林浩特市经济技术开发区行署2号楼620室 |\n|---|---|---|\n\
| 乌兰察布市科技局 | 0474-8181120 | 乌兰察布市集宁区新区广电大楼5楼 |\n\
| 鄂尔多斯市科技局 | 0477-8589512 | 鄂尔多斯市康巴什区金信商务广场A2科创中心大楼 |\n\
| 乌海市行政审批和政务服务局 | 0473-3998395 | 乌海市海勃湾区市府大道2号党群服务中心二楼 |\n\n\
| 阿拉善盟科技局 | 0483-8322100 | 内蒙古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室 |\n|---|---|---|\n\
| 满洲里市行政审批和政务服务 局 | 0470-6220036 | 满洲里市世纪大道财政局二楼 |  |\n\
| 二连浩特市教育科技局 | 0479-7539663 | 二连浩特市锡林街西教育科技局 办公大楼3楼 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution.starts_with("满洲里")).expect("满洲里 record");
    assert_eq!(r.address, "满洲里市世纪大道财政局二楼");
}

#[test]
fn a_numbered_address_ending_like_a_name_is_read_under_its_column() {
    // `2.市人社局` ends like a name, but opens a list: under 地址, beside an empty name
    // cell (the window above's), it is that window's second address, its rest below.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 山东省 | 泰安市外国专家局 | 泰安市望岳东路3号 | 0538-6991778 |\n\
| | | 烟台市外国专家局 | 1.市政务服务中心(烟台市港城东大街1号)3楼 | 0535-6630001 |\n\
| | | | 2.市人社局 | 0535-6630002 |\n\
| | | | 508室(烟台市南大街2号) | |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("烟台市外国专家局", "2.市人社局508室(烟台市南大街2号)"), "{:#?}", n.records);
}

#[test]
fn a_first_page_too_short_to_show_its_order_takes_the_next_clear_pages() {
    // One row, no header: `丰台区西三环南路` after the phone reads out of the usual
    // order; the next page shows phones before addresses, row after row.
    let md = "1、北京市\n\n\
| 北京海外学人中心外国人来华工作事务部 | 010-89150841 | 丰台区西三环南路 |\n|---|---|---|\n\n\
| | | 1号北京市政务服务中心三层C岛 |\n|---|---|---|\n\
| 朝阳区人力资源公共服务中心 | 010-57596100 | 将台路5号院15号楼A座 |\n\
| 朝阳区国际人才一站式服务中心 | 010-84681219 | 朝阳区霄云路霄云里1号 |\n\
| 北京CBD国际人才一站式服务中心 | 010-65927145 | 朝阳区东三环中路7号财富中心写字楼A座 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[0],
        ("北京海外学人中心外国人来华工作事务部", "丰台区西三环南路1号北京市政务服务中心三层C岛"),
        "{:#?}",
        n.findings
    );
}

#[test]
fn a_field_a_stray_separator_cut_is_joined_by_where_its_half_sits() {
    // Most rows of the page carry a stray separator: wider than the header, not than the
    // page. The one text left unread joins the field beside it: the address's head
    // between a whole name and the address, its rest before the phone, the name's head
    // before the name.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 广东省 | 广州市科学技术局 | 广州市越秀区府前路1号 | 020-83123456 |\n\n\
| | | 九江镇科学技术局 | 佛山市南海区启航大道 | 2号A栋九江镇行政服务中心 | 0757-81866107 |\n|---|---|---|---|---|---|\n\
| | | 西樵镇科学技术局 | 佛山市南海区西樵镇樵高路65号 | 西樵环运大楼36号窗口 | 0757-86890281 |\n\
| | | 丹灶镇科学技术局 | 佛山市南海区丹灶镇金兴路7号 | 0757-86600304 |\n\
| | | 佛山高新区(自贸区) | 综合服务中心 | 佛山市南海区桂城街道海五路28号E06窗口 | 0757-86600305 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[1..],
        [
            ("九江镇科学技术局", "佛山市南海区启航大道2号A栋九江镇行政服务中心"),
            ("西樵镇科学技术局", "佛山市南海区西樵镇樵高路65号西樵环运大楼36号窗口"),
            ("丹灶镇科学技术局", "佛山市南海区丹灶镇金兴路7号"),
            ("佛山高新区(自贸区)综合服务中心", "佛山市南海区桂城街道海五路28号E06窗口"),
        ],
        "{:#?}",
        n.findings
    );
    // On a page whose rows disagree on the columns (one lost a cell), the name's head
    // before the name, with nothing but empty cells before it.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 16 | 河南省 | 郑州市科学技术局 | 郑州市金水区金水东路8 | 0371-67880637 |\n\n\
| | | | 5号河南自贸大厦 | |\n|---|---|---|---|---|\n\
| | 开封市政务服务中心 | 开封市郑开大道与12大街交叉口 | 0371-22732115 |\n\
| | | 洛阳高新区(自贸区) | 综合服务中心 | 洛阳高新区河洛路与凌波路交叉口E06窗口 | 0379-65650557 |\n\
| 17 | 湖北省 | 湖北省科学技术厅 | 湖北省武汉市武昌区洪山路62号 | 027-87131811 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[2],
        ("洛阳高新区(自贸区)综合服务中心", "洛阳高新区河洛路与凌波路交叉口E06窗口"),
        "{:#?}",
        n.findings
    );
}

#[test]
fn a_page_of_one_tail_under_the_address_column_goes_on_the_address() {
    // The page prints its empty last cell: it has the header's width, so its one text is
    // read under its column (it read like a name's tail and went on the name); and an
    // address opening with another city is no rest of the one above.
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 8 | 荆门市外国专家局 | 湖北省荆门市象山大道53号 | 0724-2376129 |\n\
| 9 | 咸宁市外国专家局 | 湖北省咸宁市双鹤路18号 | 0715-8126453 |\n\n\
| | | 市政务服务中心 | |\n|---|---|---|---|\n\
| 10 | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号市人社局 | 0798-8523195 |\n\
| | | 萍乡市人民政府办证大厅 | |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[1], ("咸宁市外国专家局", "湖北省咸宁市双鹤路18号市政务服务中心"));
    assert_eq!(got[2], ("景德镇市外国专家局", "江西省景德镇市昌江区沿江西路59号市人社局"));
    // With no header at all (headings name the provinces), the width of the column order
    // the last clear table showed.
    let md = "**湖北省**\n\n| 荆州市外国专家局 | 湖北省荆州市荆东路54号 | 0716-8457381 |\n|---|---|---|\n\
| 荆门市外国专家局 | 湖北省荆门市象山大道53号 | 0724-2376129 |\n\
| 咸宁市外国专家局 | 湖北省咸宁市双鹤路18号 | 0715-8126453 |\n\n\
| | 市政务服务中心 | |\n|---|---|---|\n\n**湖南省**\n\n\
| 湖南省科学技术厅 | 湖南省长沙市岳麓区岳麓大道233号科技大厦 | 0731-88988067 |\n|---|---|---|\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("咸宁市外国专家局", "湖北省咸宁市双鹤路18号市政务服务中心"), "{:#?}", n.findings);
}

#[test]
fn a_stray_separator_widens_no_table_the_pages_are_matched_against() {
    // The header's page has a row a cell wider; the pages after it still take its
    // columns: a tail under the address column, a page opening with a wider row.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽 | 宣城市科学技术局 | 宣城市宣州区鳌峰中路57-1 | 0563-3022780 |\n\
| | | 铜陵市科学技术局 | 安徽省铜陵市铜官区北京路科技 | 大厦7楼 | 0562-2821255 |\n\
| | | 池州市市科技局窗口 | 池州市清风西路政务 | 0566-2311197 |\n\n\
| | | | 服务中心二楼综合一窗口 | |\n|---|---|---|---|---|\n\
| | | 安庆市科学技术局 | 安庆市菱湖北路30号 | 0556-5347173 |\n\n\
| 31 | 新疆 | 新疆维吾尔自治区科学技术厅(外 | 国专家局) | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n|---|---|---|---|---|---|\n\
| 32 | 新疆生产建设兵团 | 新疆生产建设兵团外国专家局 | 新疆乌鲁木齐市水磨沟区516号 | 0991-2899404 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[2], ("池州市市科技局窗口", "池州市清风西路政务服务中心二楼综合一窗口"));
    assert_eq!(got[4], ("新疆维吾尔自治区科学技术厅(外国专家局)", "新疆乌鲁木齐市新市区科学一街353号"));
}

#[test]
fn extra_columns_become_notes_and_a_province_free_document_is_not_in_doubt() {
    let md = "| 序号 | 公证处名称 | 地址 | 邮编 | 联系电话 |\n\
| 1 | 北京市方圆公证处 | 东城区东四十条甲 22 号 | 100007 | 010-64096699 |\n\
\n\
| 2 | 北京市国信公证处 | 朝阳区建国门外大街 2 号 | 100022 | 010-65693030 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2, "{:#?}", n.records);
    assert_eq!(n.records[0].notes, vec!["邮编: 100007"]);
    // The second table has no header: the extra column is carried over.
    assert_eq!(n.records[1].notes, vec!["邮编: 100022"]);
    assert!(n.records.iter().all(|r| r.province == "北京市"));
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_row_that_lost_its_first_cell_keeps_its_fax_out_of_the_phones() {
    // The row lost its 序号 cell: read one column further right, its number in the 邮编
    // column is the phone and the one in the 咨询电话 column the fax (it was a second
    // phone, the fax label lost).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 邮编 | 咨询电话 | 传真 |\n\
|---|---|---|---|---|---|---|\n\
| 1 | 辽宁省 | 沈阳市科学技术局 | 沈阳市浑南区创新路 300 号 | 110179 | 024-22851234 | 024-22851235 |\n\
| | 本溪市科学技术局 | 本溪市高新区枫叶路 188 号 | 117004 | 024 4568 9024 | 024-45689025 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2, "{:#?}", n.records);
    let phones = |r: &Record, kind: PhoneKind| r.phones.iter().filter(|p| p.kind == kind).map(|p| p.display()).collect::<Vec<_>>();
    assert_eq!(phones(&n.records[1], PhoneKind::Landline), ["024-45689024"]);
    assert_eq!(phones(&n.records[1], PhoneKind::Fax), ["024-45689025"]);
    assert_eq!(n.records[1].notes, vec!["邮编: 117004"]);
}

#[test]
fn a_full_row_among_rows_that_lost_their_first_cell_keeps_its_fax_out_of_the_phones() {
    // On a page after the header, most rows lost their first cell; a row printing all
    // seven cells has its number under 传真 as the fax, not as an overflow to be read a
    // column left (its phone then the 邮编's, the fax the phone).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 邮编 | 咨询电话 | 传真 |\n\
|---|---|---|---|---|---|---|\n\
| 18 | 湖南省 | 衡阳市科学技术局 | 衡阳市蒸湘区长丰大道33号 | 780672 | 0734-8869287 | |\n\n\
| | 怀化市科学技术局 | 怀化市鹤城区府前路2号市民服务中心A栋10楼 | | 0745-2711655 | |\n\
|---|---|---|---|---|---|\n\
| | 郴州市科学技术局 | 郴州市北湖区惠泽路38号 | | 0735 288 2693 | |\n\
| | 常德市科学技术局 | 常德市人民政府2号楼5楼 | 804429 | 0736 725 6593 | |\n\
| | | 娄底市科学技术局 | 娄底市湘中大道500号市政府大院5号楼 | | 0738 831 2569 | |\n\
| | | 邵阳市科学技术局 | 邵阳市大祥区城北路16号市政府 | 820267 | 0739-5360598 | 0739-5360599 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 6, "{:#?}", n.records);
    let phones = |r: &Record, kind: PhoneKind| r.phones.iter().filter(|p| p.kind == kind).map(|p| p.display()).collect::<Vec<_>>();
    let last = &n.records[5];
    assert_eq!((last.institution.as_str(), last.address.as_str()), ("邵阳市科学技术局", "邵阳市大祥区城北路16号市政府"));
    assert_eq!(phones(last, PhoneKind::Landline), ["0739-5360598"]);
    assert_eq!(phones(last, PhoneKind::Fax), ["0739-5360599"]);
    assert_eq!(last.notes, vec!["邮编: 820267"]);
}

#[test]
fn rows_that_lost_their_first_cell_before_a_full_row_keep_their_faxes_out_of_the_phones() {
    // A page opening with two rows that lost their first cell, then a full row: read
    // where the full row's cells are, the short rows' phones sit under 邮编 and their
    // faxes under 咨询电话; a phone under 邮编 says they are a column further right.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 邮编 | 咨询电话 | 传真 |\n\
|---|---|---|---|---|---|---|\n\
| 11 | 浙江省 | 柯桥区科学技术局 | 绍兴市柯桥区行政中心柯桥区科技局A209室 | | 0575-85678273 | 0575-85678274 |\n\n\
| | 上虞区科学技术局 | 绍兴市上虞区行政中心3号楼3233室 | | 0575 8219 8996 | 0575-82198997 |\n\
|---|---|---|---|---|---|\n\
| | 诸暨市科学技术局 | 绍兴市诸暨市浦阳路18号科技局大楼一楼大厅 | | 0575-89089380 | 0575-89089381 |\n\
| | | 嵊州市科学技术局 | 绍兴市嵊州市领带园一路403号国资大楼1819室 | 725420 | 0575-83795915 | |\n";
    let n = norm(md);
    let phones = |r: &Record, kind: PhoneKind| r.phones.iter().filter(|p| p.kind == kind).map(|p| p.display()).collect::<Vec<_>>();
    let got: Vec<(&str, Vec<String>, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), phones(r, PhoneKind::Landline), phones(r, PhoneKind::Fax))).collect();
    let want = |name: &'static str, phone: &str, fax: &[&str]| (name, vec![phone.to_string()], fax.iter().map(|f| f.to_string()).collect());
    assert_eq!(
        got,
        [
            want("柯桥区科学技术局", "0575-85678273", &["0575-85678274"]),
            want("上虞区科学技术局", "0575-82198996", &["0575-82198997"]),
            want("诸暨市科学技术局", "0575-89089380", &["0575-89089381"]),
            want("嵊州市科学技术局", "0575-83795915", &[]),
        ]
    );
}

#[test]
fn tails_at_the_top_of_a_page_under_a_header_printed_again_go_on_their_records() {
    // The header is printed again on every page: a window's tail right under it is the
    // address above's rest, not the header's second line; a bracketed remark alone on
    // its row goes with the field of its column (the name), and an address cut after
    // its label and city (`2号受理点:青岛市`) goes on with the district after it.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 | 备注 |\n\
|---|---|---|---|---|---|\n\
| 1 | 安徽省 | 池州市科学技术局 | 池州市清风西路政务服务中心 | 0566-2311197 | |\n\
\n\
| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 | 备注 |\n\
|---|---|---|---|---|---|\n\
| | | | 二楼综合一窗口 | | |\n\
| 2 | 山东省 | 青岛市外国专家局 | 2号受理点:青岛市 | 0532-66773812 | 周一至周五 9:00-17:00 |\n\
| | | | 市南区福州南路9号社保大厦四楼 | | |\n\
| 3 | 广东省 | 顺德区科学技术局服务窗口 | 佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口 | 0757-22835313 | |\n\
| | | (受理顺德辖区内单位业务) | | | |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(
        got,
        [
            ("池州市科学技术局", "池州市清风西路政务服务中心二楼综合一窗口"),
            ("青岛市外国专家局", "2号受理点:青岛市市南区福州南路9号社保大厦四楼"),
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口"),
        ]
    );
}

#[test]
fn a_class_remark_and_an_address_tail_after_a_page_break_go_on_their_records() {
    // `(A、B类)` alone under the name reads as noise by its content; `路北300米…` opens
    // with 路北 (a district of 唐山, without its 区) but is 300 m north of a road.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
| 1 | 福 建 | 漳州市科学技术局 | 漳州市龙文区水仙大街 100号市行政服务中心3楼 B区 | 0596-2170790 |\n\
| | | (A、B类) | | |\n\
| 2 | 山 西 | 临汾市行政审批服务 管理局 | 临汾市锣鼓桥东滨河东 | ０３５７－２１０５１３０ |\n\
\n\
| | | | 路北300米政务服务中心 | |\n\
|---|---|---|---|---|\n\
| | | 运城市科学技术局 | 运城市河东东街272号科技局 三楼 | 0359 - 8711213 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(
        got,
        [
            ("漳州市科学技术局(A、B类)", "漳州市龙文区水仙大街100号市行政服务中心3楼B区"),
            ("临汾市行政审批服务管理局", "临汾市锣鼓桥东滨河东路北300米政务服务中心"),
            ("运城市科学技术局", "运城市河东东街272号科技局三楼"),
        ]
    );
    assert_eq!(n.records[1].phones[0].display(), "0357-2105130");
    assert_eq!(n.records[2].phones[0].display(), "0359-8711213");
}

#[test]
fn a_numbered_list_after_another_record_s_address_goes_on_by_its_numbers() {
    // `1.…` opens 威海's first address after 泰安's; `2.…` (its number cut by a wrap
    // space, `60 9室`) opens the next.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东省 | 泰安市外国专家局 威海市外国专家局 威海市外国专家局 | 泰安市望岳东路3号,泰安市市 政大楼A5035房间 1.市政务服务中心(威 海市文化中路86 号)3楼127号 2.市人社局60 9室(威海市胶州路7号) | 0538-6991778 0631-5897092 0631-5190822 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("泰安市外国专家局", "泰安市望岳东路3号,泰安市市政大楼A5035房间"),
            ("威海市外国专家局", "1.市政务服务中心(威海市文化中路86号)3楼127号"),
            ("威海市外国专家局", "2.市人社局609室(威海市胶州路7号)"),
        ]
    );
}

#[test]
fn a_road_after_a_house_number_opens_the_address_before_an_office_naming_no_street() {
    // `五华区人社局508` opens with 五华区, the name's place, but names no street:
    // `正义路五华坊42号`, a road after the address before ends with its house number, opens
    // the address. Not a subdistrict (`桂城街道…`), which goes on the address before.
    let rows = "\
| 25 | 云南省 | 云南省外国专家局 昆明市五华区受理点 | 昆明市五华区如安街56号 正义路五华坊42号 五华区人社局508 | 0871-63630501 0871-63588926 |\n\
| 19 | 广东省 | 南海区科学技术局服务窗口 南海区科学技术局服务窗 口 | 佛山市南海区南港路8号 桂城街道行政服务中心投资建 设综合窗口 佛山市南海区狮山镇狮 城路3号行政大楼 | 0757-81813620 0757-86680876 |\n";
    let n = norm_rows(rows);
    assert_told_apart(
        &n,
        &[
            ("云南省外国专家局", "昆明市五华区如安街56号", 1),
            ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508", 1),
            ("南海区科学技术局服务窗口", "佛山市南海区南港路8号桂城街道行政服务中心投资建设综合窗口", 1),
            ("南海区科学技术局服务窗口", "佛山市南海区狮山镇狮城路3号行政大楼", 1),
        ],
    );
}

#[test]
fn a_tail_atop_a_page_whose_rows_disagree_on_columns_is_read_by_rows_as_wide_as_its_own() {
    // Half the page's rows lost their 序号 cell: the table as a whole says nothing of
    // column 3, the rows of four cells say it holds the address.
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 32 | 湛江市科学技术局 | 湛江市赤坎区体育北路15号市行政服务中心 | 0759-3480402 |\n\
| 33 | 茂名市科学技术局 | 茂名市油城十路6号 | 0668-2271032 |\n\n\
|  |  | 行政服务中心 |  |\n|---|---|---|---|\n\
| 肇庆市科学技术局 | 肇庆市端州区端州六路芙蓉西二街市科技中心大楼10楼 | 0758-2899960 |\n\
| 35 | 清远市科学技术局 | 清远市清城区新城人民二路7号政务服务中心一楼 | 0763-3371351 |\n\
| 36 | 潮州市科学技术局 | 潮州市湘桥区潮州大道286号海逸花园B幢科技大楼302室 | 0768-2393586 |\n\
| 揭阳市科学技术局 | 揭阳市榕城区临江北路市机关大院8号楼 | 0663-8071598 |\n\
| 38 | 云浮市科学技术局 | 云浮市云城区城中路111号云浮市行政服务中心12号受理窗口 | 0766-8819205 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("茂名市科学技术局", "茂名市油城十路6号行政服务中心"));
    assert_eq!(n.records.len(), 7);
    // Where those rows say nothing clear of the column either, the header's table does.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 20 | 广西 | 桂林市科学技术局 | 桂林市临桂区西城中路69号 | 0773-3680298 |\n\
| | | 北海市行政审批局 | 北海市北海大道177号市政 | |\n\n\
| | | | 务服务中心二楼社会事务审批科 | 0779-3211041 |\n|---|---|---|---|---|\n\
| | | 百色市科学技术局 | 百色市右江区百城街道新兴路21号 | 0776-2833627 |\n\
| | 防城港市大数据和行政审批局 | 防城港市北部湾大道148号市大数据和行政审批局社会事务审批科窗口 | 0770-2886100 |\n\
| | | 钦州市行政审批局 | 钦州市金海湾东大街市民服务中心二楼行政审批局社会事务审批窗口 | 0777-2558953 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("北海市行政审批局", "北海市北海大道177号市政务服务中心二楼社会事务审批科"));
}

#[test]
fn a_page_printing_a_stray_empty_cell_keeps_the_headers_extra_columns() {
    // The page's rows print one empty cell more than the header has columns: its fax
    // column is the header's still, so the row that lost its first cell has a fax.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 邮编 | 咨询电话 | 传真 |\n|---|---|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 | 550002 | 0851-85553449 |  |\n\
|  |  | 铜仁市科技局 | 铜仁市碧江区东太大道368号 |  | 0856-5225836 | 0856-5225837 |\n\n\
|  |  | 黔西南州科技局 | 兴义市向阳路89号 |  | 0859-3229136 |  |  |\n|---|---|---|---|---|---|---|---|\n\
| 25 | 云南省 | 云南省外国专家局 | 昆明市五华区如安街56号 | 764653 | 0871-63630501 |  |\n\
|  | 昆明市五华区受理点 | 正义路五华坊42号五华区人社局508 | 772572 | 0871 6358 8926 | 0871-63588927 |\n\
|  |  | 昆明市盘龙区受理点 | 盘龙区锦武路15号 |  | 0871 6571 6160 |  |\n";
    let n = norm(md);
    let r = &n.records[4];
    assert_eq!(r.institution, "昆明市五华区受理点");
    let numbers: Vec<(String, PhoneKind)> = r.phones.iter().map(|p| (p.display(), p.kind)).collect();
    assert_eq!(numbers, [("0871-63588926".to_string(), PhoneKind::Landline), ("0871-63588927".to_string(), PhoneKind::Fax)]);
}

#[test]
fn a_page_with_a_few_rows_shifted_far_right_keeps_the_headers_extra_columns() {
    // After the page break, one row prints seven empty cells before its own, another three:
    // the page is as wide as the header for most of its rows, so its remarks column stays a column of
    // remarks (notes), not noise; in the shifted row the remark sits between the address
    // and the phone, and is no rest of the address.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 | 备注 |\n|---|---|---|---|---|---|\n\
| 1 | 山西 | 山西省外国专家局 | 太原市万柏林区滨河西路南段 129 号 | 0351-7406297 | 工作日受理 |\n\
|  |  | 太原市行政审批服务管理局 | 太原市万柏林区南屯街1号 | 0351-2366318 | 工作日受理 |\n\n\
|  |  | 大同市行政审批服务管理局 | 大同市恒安街 209 号 | 0352-7982073 | 工作日受理 |\n|---|---|---|---|---|---|\n\
|  |  | 阳泉市行政审批服务管理局 | 阳泉市郊区李荫路 50 号 | 0353-3333073 | 工作日受理 |\n\
|  |  |  |  |  |  |  | 长治市行政审批服务管理局 | 长治市潞州区太行西街 406 号 | 0355-2110736 |\n\
|  |  |  | 晋城市行政审批服务管理局 | 晋城市文博路 366 号西二楼 235 号 | 工作日受理 | 0356-2218199 |  |  |  |\n\
|  |  | 朔州市科学技术局 | 朔州市朔城区市府街 3 号 | 0349-2029435 | 工作日受理 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 7, "{:#?}", n.records);
    for r in n.records.iter().filter(|r| !r.institution.starts_with("长治")) {
        assert_eq!(r.notes, vec!["备注: 工作日受理"], "{}", r.institution);
    }
    assert_eq!(n.records[5].address, "晋城市文博路366号西二楼235号");
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_remark_between_a_whole_address_and_the_phone_is_no_rest_of_the_address() {
    // A row a cell wider than the table: the words after an address ending on its number,
    // reading as no field, are a remark, not the address's rest; an address's real rest
    // after a stray separator still joins.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 7 | 吉 林 | 吉林省外国专家局 | 长春市南关区亚泰大街 3336 号 | 0431-89634002 |\n\
|  |  | 吉林市外国专家局 | 吉林市松江中路 65 号 | 工作日受理 | 0432-62048680 |\n\
|  |  | 延边州外国专家局 | 延吉市建工街 492 号 | 0433-2879153 |\n\
|  |  | 珲春市外国专家局 | 珲春市站前西街 466 号 | 0433-7563399 |\n\
|  |  | 通化市外国专家局 | 通化市东昌区新华大街 | 1299 号 | 0435-3219000 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[1], ("吉林市外国专家局", "吉林市松江中路65号"));
    assert_eq!(got[4], ("通化市外国专家局", "通化市东昌区新华大街1299号"));
}

#[test]
fn office_hours_beside_a_name_are_no_rest_of_it() {
    // A row a cell wider than the table prints its hours after the name: a note of the
    // record, not the name's rest cut off by a stray separator.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 7 | 吉 林 | 吉林省外国专家局 | 长春市南关区亚泰大街 3336 号 | 0431-89634002 |\n\
|  |  | 吉林市外国专家局 | 工作日8:30-17:30 | 吉林市松江中路 65 号 | 0432-62048680 |\n\
|  |  | 延边州外国专家局 | 延吉市建工街 492 号 | 0433-2879153 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
    assert!(n.records[1].notes.iter().any(|t| t.contains("8:30-17:30")), "{:#?}", n.records[1]);
}

#[test]
fn a_municipality_under_the_city_caption_is_no_name_shifted_into_an_empty_cell() {
    // 北京市 is a province's name and its city's: under 城市 beside an empty name cell, it
    // is the city column's value, not the name shifted one column left.
    let md = "| 序号 | 省份 | 城市 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|---|\n\
| 1 | 北京市 | 北京市 | 顺义区人力资源和社会保障局 | 顺义区仓上街16号 | 010-89446672 |\n\
| 2 | 北京市 | 北京市 |  | 顺义区仓上街16号顺义区人力社保局二层人才服务科(214室) | 010-89446673 |\n\
| 3 | 河北省 | 石家庄市 | 石家庄市科学技术局 | 石家庄市桥西区中山西路1号 | 0311-86687001 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 3);
    assert_ne!(n.records[1].institution, "北京市");
    assert_eq!(n.records[1].notes, vec!["城市: 北京市"]);
    assert!(!n.records[1].flags.contains(&FindingCode::ColumnShiftRepaired), "{:?}", n.records[1].flags);
}

#[test]
fn a_header_printed_again_inside_a_table_is_one_skipped_row() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 北京市海淀区西三环北路甲 2 号院 | 010-88827144 |\n\
| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
| | | 海淀区人力资源公共服务中心 | 海淀区西四环北路 73 号 | 010-88827145 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2);
    // Five captions were five noise warnings.
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    let skipped: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::HeaderRowSkipped).map(|f| f.line_start).collect();
    assert_eq!(skipped, [1, 4]);
}

#[test]
fn a_page_break_table_without_the_last_column_keeps_the_extra_columns_before_it() {
    let md = "| 序号 | 省份 | 单位名称 | 地址 | 邮编 | 联系电话 | 备注 |\n\
|---|---|---|---|---|---|---|\n\
| 1 | 北京 | 北京市人才服务中心 | 北京市西城区西直门南小街 80 号 | 100035 | 010-12345678 | 工作日 |\n\
\n\
| 2 | 山西 | 太原市人才服务中心 | 太原市迎泽区迎泽大街 1 号 | 030001 | 0351-4040404 |\n\
|---|---|---|---|---|---|\n\
| 3 | | 大同市人才服务中心 | 大同市平城区迎宾街 1 号 | 037000 | 0352-4040404 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 3, "{:#?}", n.records);
    assert_eq!(n.records[0].notes, vec!["邮编: 100035", "备注: 工作日"]);
    assert_eq!(n.records[1].notes, vec!["邮编: 030001"]);
    assert_eq!(n.records[2].notes, vec!["邮编: 037000"]);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_remarks_column_gives_the_status() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 | 备注 |\n|---|---|---|---|---|\n\
| 1 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85252313 | 该窗口已撤销 |\n\
| 2 | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 | 周一至周五 |\n\
| 3 | 温州市科学技术局 | 温州市会展路1288号 | 0577-89090580 | 周一至周五 9:00-12:00 |\n\
| 4 | 湖州市科学技术局 | 湖州市龙王山路 1236 号 | 0572-2071091 | 两证联办 |\n";
    let n = norm(md);
    let got: Vec<(Status, &[String])> = n.records.iter().map(|r| (r.status, r.notes.as_slice())).collect();
    assert_eq!(got[0], (Status::Closed, &["备注: 该窗口已撤销".to_string()][..]));
    assert_eq!(got[1], (Status::Active, &["备注: 周一至周五".to_string()][..]));
    // Office hours hold digits but no number: a note of the column, not a phone.
    assert_eq!(got[2], (Status::Active, &["备注: 周一至周五 9:00-12:00".to_string()][..]));
    // `两证联办` ends like a name (`…办`) but in a remarks column it is the joint-permit remark.
    assert_eq!(got[3], (Status::Active, &["备注: 两证联办".to_string()][..]));
    assert!(n.records[3].joint_permit && !n.records[2].joint_permit);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_name_with_a_remark_on_its_window_in_one_cell_keeps_the_name() {
    // Read by its date the cell looks like an address; under the name column, the name is
    // the text before the remark on its window.
    let md = "| 11 | 浙江 | 浙江省外国专家局 | 杭州市环城西路 33 号 | 0571-87051076 |\n\
| | | 杭州市外国专家局 市本级窗口自 2019. 4. 1 起撤销 | | 0571-87060344 0571-87060994 |\n\
| | | 上城区科技局 | 上城区望潮路 77 号科技局东楼 1114 | 0571-86972242 |\n";
    let n = norm(md);
    let r = &n.records[1];
    assert_eq!((r.institution.as_str(), r.address.as_str(), r.status), ("杭州市外国专家局", "", Status::Closed));
    assert_eq!(r.notes, ["市本级窗口自2019.4.1起撤销"]);
    assert!(!r.flags.contains(&FindingCode::InstitutionMissing), "{:#?}", n.findings);
}

#[test]
fn a_house_number_wrapped_onto_the_next_row_ends_the_address() {
    let md = "| 序号 | 单位名称 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 山西省公安厅出入境 | 太原市迎泽区新建南路 | 0351-4163410 |\n\
| | 管理局 | 5 号 | |\n\
| 2 | 辽宁省公安厅出入境管理局 | 沈阳市和平区南京南街 1 号 | 024-23126633 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[0], ("山西省公安厅出入境管理局", "太原市迎泽区新建南路5号"));
    assert_eq!(got.len(), 2);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_header_wrapped_over_two_rows_is_one_header() {
    let md = "| 序号 | 受理 | 地址 | 咨询 |\n|---|---|---|---|\n| | 机构 | | 电话 |\n\
| 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 |\n\
| 2 | 苏州市科学技术局 | 苏州市姑苏区道前街 100 号 | 0512-68616213 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2);
    let skipped: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::HeaderRowSkipped).map(|f| f.line_start).collect();
    assert_eq!(skipped, [1, 3]);
    assert!(n.findings.iter().all(|f| f.severity < Severity::Warning || f.code == FindingCode::ProvinceInferred), "{:#?}", n.findings);
}

#[test]
fn a_second_record_beside_the_first_in_a_wider_row_is_its_own_record() {
    let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 |\n\
| 2 | 无锡市科学技术局 | 无锡市观山路199号 | 0510-81822561 | 常州市科学技术局 | 常州市新北区龙锦路 1280 号 | 0519-85681512 |\n\
| 3 | 扬州市科学技术局 | 扬州市文昌西路 1 号 | 0514-87868888 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_phones(&n),
        [
            ("南京市科学技术局", "025-68787000".to_string()),
            ("无锡市科学技术局", "0510-81822561".to_string()),
            ("常州市科学技术局", "0519-85681512".to_string()),
            ("扬州市科学技术局", "0514-87868888".to_string()),
        ]
    );
    assert_eq!(n.records[2].address, "常州市新北区龙锦路1280号");
    // Paired by position: a doubt to review, nothing dropped.
    assert!(n.records[2].flags.contains(&FindingCode::CellSplit));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    let split_severity =
        |n: &Normalized| n.findings.iter().find(|f| f.code == FindingCode::CellSplit).map(|f| f.severity).expect("a cell_split");
    assert_eq!(split_severity(&n), Severity::Warning);
}

#[test]
fn a_wrapped_tail_on_a_narrower_page_is_not_scored_with_the_cell_of_its_column_index() {
    // The next page leaves out its empty 序号 and province columns: the address's tail
    // opens it in its second column, which on the page above holds the province.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 20 | 海南省 | 海南省外专局 | 海口市五指山南路3号海南省人民政府政务服务中心一楼 | 0898-65326830 |\n\
| | | 三亚市外专局 | 三亚市吉阳区新风街259号市政务服务中心二楼16号窗口 | 0898-88263681 |\n\
| 21 | 广西壮族自治区 | 广西高层次人才\"一站式\"服务平台 | 南宁市青秀区 | 0771-5505065 |\n\
\n\
| | 金洲路33号广西人才大厦一楼8号窗口 | |\n|---|---|---|\n\
| 南宁市行政审批局 | 南宁市良庆区玉洞大道33号南宁市民中心B座五楼一窗服务区 | 0771-3221229 |\n\
| 柳州市行政审批局 | 柳州市鱼峰区龙湖路13号柳州市民服务中心南楼 | 0772-2629040 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution.starts_with("广西高层次")).expect("the record");
    assert_eq!(r.address, "南宁市青秀区金洲路33号广西人才大厦一楼8号窗口");
    assert_eq!(r.province, "广西壮族自治区");
}

#[test]
fn a_building_alone_on_the_next_page_s_first_row_goes_on_the_address_stopping_at_its_number() {
    // The page break cuts `…南段129号` from its building; the next page's first row holds
    // it alone, under its address column (the narrower page's second), and it reads as
    // noise by its content (that page's other address is cut too). It is that address's
    // rest, not text to leave out.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 3 | 河北省 | 辛集市外国专家局 | 辛集市市府街1号政府主楼614室 | 0311-83283257 |\n\
| 4 | 山西省 | 山西省外国专家局 | 太原市万柏林区滨河西路南段129号 | 0351-74062977 |\n\n\
| | 焦煤双创基地A座 | |\n|---|---|---|\n\
| 山西省人力资源和社会保障厅行政审批处 | 太原市小店区 | 0351-7731379 |\n\n\
| | | | 坞城南路50号 | |\n|---|---|---|---|---|\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("辛集市外国专家局", "辛集市市府街1号政府主楼614室", 1),
            ("山西省外国专家局", "太原市万柏林区滨河西路南段129号焦煤双创基地A座", 1),
            ("山西省人力资源和社会保障厅行政审批处", "太原市小店区坞城南路50号", 1),
        ]
    );
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseRowDropped), "{:#?}", n.findings);
}

#[test]
fn two_short_windows_at_a_page_s_top_are_no_header() {
    // The rests of a wrapped name and address open the next page; both end like captions
    // (`…窗口`), neither is one: they go on the record above, not into the audit.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 江西省 | 南昌市人社局行政审批处 | 南昌市行政服务中心二楼人社局 | 0791-83987539 |\n\
| | | 九江市人社局行政许可服务 | 九江市民服务中心人社局 | 0792-8563518 |\n\n\
| | | 受理窗口 | 二楼人社局窗口 | |\n|---|---|---|---|---|\n\
| | | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号 | 0798-8523195 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("九江市人社局行政许可服务受理窗口", "九江市民服务中心人社局二楼人社局窗口"));
    let skipped: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::HeaderRowSkipped).map(|f| f.line_start).collect();
    assert_eq!(skipped, [1]);
}

#[test]
fn an_address_cut_by_a_stray_separator_after_a_name_in_its_column_is_joined() {
    // On a page whose rows disagree on the columns (one lost its first cell), a row a
    // cell wider for a stray separator inside its address read its address's head as
    // its name: the whole name before it is the name, the two halves the address.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区南港路8号桂城街道行政服务中心 | 0757-81813620 |\n\n\
| | 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区狮山镇狮城路3号行政大楼一楼 | 0757-86680876 |\n|---|---|---|---|\n\
| | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号A栋九江镇行政服务中心 | 0757-81866107 |\n\
| | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区西樵镇樵高 | 路65号西樵环运大楼西樵镇行政服务中心36号窗口 | 0757-86890281 |\n\
| | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区大沥镇振兴路54号大沥镇行政服务中心8-11号窗口 | 0757-85593610 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 5, "{:#?}", n.records);
    assert_eq!(
        names_and_addresses(&n)[3],
        ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区西樵镇樵高路65号西樵环运大楼西樵镇行政服务中心36号窗口")
    );
}

#[test]
fn a_numbered_window_between_a_name_and_its_phone_is_the_address_on_a_one_row_page() {
    // A narrow page of one row (its own header): `1.市政务服务中心` ends like a name, but
    // a name's windows are listed in its address; the bracket's rest printed a row low,
    // on the next page, goes on it.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 泰安市外国专家局 | 泰安市望岳东路3号 ,泰安市市政大楼A5035房 间 | 0538-6991778 |\n\n\
| 威海市外国专家局 | 1.市政务服务中心 | 0631-5897092 |\n|---|---|---|\n\n\
| | | | (威海市文化中路86号)3楼127号 | |\n|---|---|---|---|---|\n\
| | | 威海市外国专家局 | 2.市人社局609室(威 海市胶州路7号) | 0631-5190822 |\n\
| | | 日照市外国专家局 | 日照市北京路128号劳动大厦507室 | 0633-8866707 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("威海市外国专家局", "1.市政务服务中心(威海市文化中路86号)3楼127号"));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_narrow_page_s_first_row_holding_an_address_s_rest_goes_on_the_address() {
    // The page after a break leaves out its two empty leading columns on its first row
    // (`| | 行政服务中心 | |`: 受理机构 | 地址 | 电话), its other rows printing them all:
    // right-aligned, the text is under 地址, the rest of the address above, though it
    // ends like a name and the name above is whole.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 湛江市科学技术局 | 湛江市赤坎区体育北路15号市行政服务中心二楼266窗口 | 0759-3480402 |\n\
| | | 茂名市科学技术局 | 茂名市油城十路6号 | 0668-2271032 |\n\n\
| | 行政服务中心 | |\n|---|---|---|\n\
| | | 肇庆市科学技术局 | 肇庆市端州区端州六路芙蓉西二街市科技中心大楼10楼 | 0758-2899960 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("湛江市科学技术局", "湛江市赤坎区体育北路15号市行政服务中心二楼266窗口"),
            ("茂名市科学技术局", "茂名市油城十路6号行政服务中心"),
            ("肇庆市科学技术局", "肇庆市端州区端州六路芙蓉西二街市科技中心大楼10楼"),
        ]
    );
}

#[test]
fn a_narrow_row_is_right_aligned_against_its_own_table_s_widest_row() {
    // The header's table is a cell wider than its header (one row's empty last cell);
    // the page after it, `| | 子店街道办事处 | |` above rows of five cells, left out two
    // leading columns, not three: the text is under 地址, the address cut above.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 朝阳区人力资源公共服务中心 | 将台路5号院15号楼A座 | 010-57596100-3 | |\n\
| | | 望京国际人才一站式服务站 | 朝阳区望京西园四区425楼 | 010-61847598 |\n\
| | | 麦子店国际人才一站式服务站 | 朝阳区朝阳公园西里南区6号楼麦 | 010-58260972 |\n\n\
| | 子店街道办事处 | |\n|---|---|---|\n\
| | | 三里屯国际人才一站式服务站 | 朝阳区三里屯街道幸福二村 | 010-84751472 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[2..],
        [
            ("麦子店国际人才一站式服务站", "朝阳区朝阳公园西里南区6号楼麦子店街道办事处"),
            ("三里屯国际人才一站式服务站", "朝阳区三里屯街道幸福二村")
        ]
    );
}

#[test]
fn a_lone_text_s_column_is_read_from_the_rows_beside_it() {
    // A narrow page's two rows: the lone text's own cell (`(市科技局)`, read as a name)
    // would make its column the name's as much as the row below's name column; left
    // out, the column sits between the name's and the phone's, the address's.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 18 | 湖南省 | 湖南省科学技术厅 | 湖南省长沙市岳麓区岳麓大道233号科技大厦 | 0731-88988067 |\n\n\
| 株洲市科学技术局 | 株洲市天元区 | 0731-28687667 |\n|---|---|---|\n\
| 张家界市科学技术局 | 张家界市永定区崇文路351号 | 0744-8329209 |\n\n\
| | (市科技局) | |\n|---|---|---|\n\
| 衡阳市科学技术局 | 衡阳市蒸湘区 | 0734-8869287 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[2..],
        [("张家界市科学技术局", "张家界市永定区崇文路351号(市科技局)"), ("衡阳市科学技术局", "衡阳市蒸湘区")]
    );
}

#[test]
fn stray_separators_on_most_rows_of_the_header_s_own_page_are_joined_back() {
    // Most rows of the first page carry a stray pipe, so most are a cell wider than the
    // page's header: wider than the header, not than most rows, is what marks a split.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 北京海外学人中心外国 | 人来华工作事务部 | 丰台区西三环南路1号北京市政务服务中心三层C岛 | 010-89150841 |\n\
| | | 朝阳区人力资源公共服务中心 | 将台路5 | 号院15号楼A座 | 010-57596100-3 |\n\
| | | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄 | 云里1号 | 010-84681219 |\n\
| | | 电子城•IT产业园国际人才一站式服务中心 | 朝阳区将台酒仙桥北路甲10号院304号楼 | 010-84592515 |\n\
| | | 望京国际人 | 才一站式服务站 | 朝阳区望京西园四区425楼 | 010-61847598 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("北京海外学人中心外国人来华工作事务部", "丰台区西三环南路1号北京市政务服务中心三层C岛"),
            ("朝阳区人力资源公共服务中心", "将台路5号院15号楼A座"),
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号"),
            ("电子城•IT产业园国际人才一站式服务中心", "朝阳区将台酒仙桥北路甲10号院304号楼"),
            ("望京国际人才一站式服务站", "朝阳区望京西园四区425楼"),
        ]
    );
}

#[test]
fn a_row_printing_the_empty_columns_its_page_leaves_out_is_read_shifted_left() {
    // `沙洲湖科创园(…)` reads more like a name than an address by its content alone:
    // only under the page's address column is it the address.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 10 | 江苏省 | 江苏省科学技术厅 | 南京玄武区成贤街118号3号门 | 025-83236029 |\n\
| | | 南京市科学技术局 | 南京市建邺区江东中路265号 | 025-68787000 |\n\
\n\
| 苏州市科学技术局 | 苏州市平泷路251号 | 0512-69820216 |\n|---|---|---|\n\
| 昆山市科学技术局 | 昆山市前进西路1801号 | 0512-57152837 |\n\
| | | 张家港市科学技术局 | 张家港市沙洲湖科创园(华昌路与五联路交汇处) | 0512-58286113 | |\n\
| 常熟市科学技术局 | 常熟市香山北路9号 | 0512-52822091 |\n\
| 太仓市科学技术局 | 太仓市上海东路 88 号 | 0512-53531234 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution == "张家港市科学技术局").expect("the record");
    assert_eq!(r.address, "张家港市沙洲湖科创园(华昌路与五联路交汇处)");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    assert_eq!(n.records.len(), 7);
}

#[test]
fn a_tail_alone_on_a_short_page_goes_under_the_column_its_order_leaves_for_the_address() {
    // The short page's addresses are cut or hold no clear number, so its column
    // statistics name no address column: the order (name, address, phone) does.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 内蒙古自治区 | 内蒙古自治区科学技术厅 | 呼和浩特市赛罕区丰州南路78号 | 0471-6328620 |\n\
| | | 赤峰市科技局 | 赤峰市松山区玉龙大街1号党政综合楼C座 | 0476-8332153 |\n\
| | | 乌兰察布市科技局 | 乌兰察布市集 | 0474-8181120 |\n\
\n\
| | 宁区新区广电大楼科技局 | |\n|---|---|---|\n\
| 鄂尔多斯市科技局 | 鄂尔多斯市康巴什区金信商务广 场A2科创中心大楼 | 0477-8589512 |\n\
| 乌海市行政审批和政务服务局 | 乌海市海勃湾区市府大 | 0473-3998395 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution == "乌兰察布市科技局").expect("the record");
    assert_eq!(r.address, "乌兰察布市集宁区新区广电大楼科技局");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn rows_whose_rule_between_two_cells_was_lost_read_as_their_fields() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-66153881 |\n\
| | | 延庆区人才工作局 | 北京市延庆区庆园街60号 延庆区政务服务中心五层 010-69107020 010-69103406 |\n\
| 2 | 河北省 | 定州市外国专家局 | 定州市中山中路科学技术局304室外国专家科 0312-2302033 |\n\
| | | 石家庄市外国专家局 | 石家庄市长安区中山东路452号 | 0311-85667324 |\n\
| 3 | 重庆市 | 重庆市科技局 重庆市渝北区新溉大道2号 重庆生产力大厦1 楼\"外国专家服务\"窗口 | 023-62192269; 023-62191366 |\n\
| | | 重庆市人力社保局政务服务大厅 | 重庆市渝北区仙桃街道春华大道99号 | 023-63120258 |\n";
    let n = norm(md);
    let fields = |name: &str| {
        let r = n.records.iter().find(|r| r.institution == name).unwrap_or_else(|| panic!("{name}: {:#?}", n.records));
        (r.address.clone(), r.phones.iter().map(|p| p.display()).collect::<Vec<_>>())
    };
    assert_eq!(
        fields("延庆区人才工作局"),
        ("北京市延庆区庆园街60号延庆区政务服务中心五层".to_string(), vec!["010-69107020".to_string(), "010-69103406".to_string()])
    );
    assert_eq!(fields("定州市外国专家局"), ("定州市中山中路科学技术局304室外国专家科".to_string(), vec!["0312-2302033".to_string()]));
    assert_eq!(fields("重庆市科技局").0, "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口");
    assert_eq!(n.records.len(), 6, "{:#?}", n.records);
    assert!(!n.records.iter().any(|r| r.flags.contains(&FindingCode::ReconstructedFromGarbled)));
}

#[test]
fn a_second_address_column_is_the_points_other_address() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 | 地址 | 电话 |\n|---|---|---|---|---|---|\n\
| 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 | 南京市玄武区北京东路 41 号 | 025-68787001 |\n\
| 2 | 苏州市科学技术局 | 苏州市姑苏区道前街 100 号 | 0512-68616213 | | |\n\
\n\
| 3 | 无锡市科学技术局 | 无锡市梁溪区解放南路 1 号 | 0510-81821234 | 无锡市新吴区菱湖大道 111 号 | 0510-81821235 |\n\
|---|---|---|---|---|---|\n";
    let n = norm(md);
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.address.as_str(), r.institution.as_str())).collect();
    // The page-break table after the header's page has the same columns.
    assert_eq!(
        got,
        [
            ("南京市建邺区江东中路265号 / 南京市玄武区北京东路41号", "南京市科学技术局"),
            ("苏州市姑苏区道前街100号", "苏州市科学技术局"),
            ("无锡市梁溪区解放南路1号 / 无锡市新吴区菱湖大道111号", "无锡市科学技术局")
        ]
    );
    assert_eq!(names_and_phones(&n)[0].1, "025-68787000;025-68787001");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn totals_rows_and_footnote_marks_are_no_part_of_a_record() {
    let md = "| 序号 | 单位名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 南京市科学技术局* | 南京市建邺区江东中路 265 号 | 025-68787000 |\n\
| 2 | 苏州市科学技术局① | 苏州市姑苏区道前街 100 号 | 0512-68616213 |\n\
| 合计 | 2 个受理点 | | |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["南京市科学技术局", "苏州市科学技术局"]);
    assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::FootnoteMarkRemoved)));
    let total: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::TotalRowDropped).map(|f| f.line_start).collect();
    assert_eq!(total, [5]);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::SplitRowJoined), "{:#?}", n.findings);
}

#[test]
fn a_ditto_repeats_the_place_not_the_window_s_status() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江 | 温州市科学技术局 | 温州市鹿城区会展路 1288 号(该窗口已于 2020 年 1 月 1 日起暂停办理) | 0577-89090580 |\n\
| | | 鹿城区科技局 | 同上 | 同上 |\n";
    let n = norm(md);
    let got: Vec<(&str, Status)> = n.records.iter().map(|r| (r.address.as_str(), r.status)).collect();
    assert_eq!(got, [("温州市鹿城区会展路1288号", Status::NotInService), ("温州市鹿城区会展路1288号", Status::Active)]);
}

#[test]
fn ditto_cells_copy_the_field_above_and_placeholders_are_no_doubt() {
    let md = "| 序号 | 单位名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 |\n\
| 2 | 南京市人力资源和社会保障局 | 同上 | 同上 |\n\
| 3 | 同上 | 南京市玄武区北京东路 1 号 | 无 |\n";
    let n = norm(md);
    let r = &n.records;
    assert_eq!((r[1].address.as_str(), r[1].phones[0].display()), ("南京市建邺区江东中路265号", "025-68787000".to_string()));
    assert_eq!(r[2].institution, "南京市人力资源和社会保障局");
    assert!(r[2].phones.is_empty());
    let dittos: Vec<(u32, Option<&str>)> =
        n.findings.iter().filter(|f| f.code == FindingCode::DittoFilled).map(|f| (f.line_start, f.field)).collect();
    assert_eq!(dittos, [(4, Some("address")), (4, Some("phones")), (5, Some("institution"))]);
    // `无` says the phone is empty: kept in the audit, not a doubt.
    assert!(n.findings.iter().all(|f| f.severity < Severity::Warning || f.code == FindingCode::ProvinceInferred), "{:#?}", n.findings);
}

#[test]
fn note_rows_inside_a_table_are_no_name_tails_but_province_rows_still_head_sections() {
    let html = "<table><tr><td>序号</td><td>省级地区</td><td>受理机构</td><td>地址</td><td>咨询电话</td></tr>\n\
<tr><td>1</td><td>江苏</td><td>江苏省科学技术厅</td><td>南京市鼓楼区北京西路 39 号</td><td>025-83356281</td></tr>\n\
<tr><td colspan=\"5\">以下为各市受理点</td></tr>\n\
<tr><td></td><td></td><td>南京市科学技术局</td><td>南京市建邺区江东中路 265 号</td><td>025-68787000</td></tr>\n\
<tr><td colspan=\"5\">浙江省</td></tr>\n\
<tr><td></td><td></td><td>杭州市科学技术局</td><td>杭州市上城区解放东路 18 号</td><td>0571-85252313</td></tr>\n\
<tr><td></td><td></td><td>注：工作日受理</td><td></td><td></td></tr>\n\
<tr><td>说明：</td><td>本表所列受理点</td><td>均可办理外国人来华工作许可业务</td><td></td><td></td></tr>\n</table>\n";
    let n = normalize(&parser::markdown::parse_markdown("t.md", html).unwrap());
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.province, r.institution.as_str())).collect();
    assert_eq!(got, [("江苏省", "江苏省科学技术厅"), ("江苏省", "南京市科学技术局"), ("浙江省", "杭州市科学技术局")]);
    let notes: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::TitleRowDropped).map(|f| f.line_start).collect();
    // The last note, split over cells, is a note too (its `…受理点` is no name).
    assert_eq!(notes, [3, 7, 8]);
}

#[test]
fn a_row_run_into_one_cell_keeps_its_number_and_province_apart() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 北京 北京市科学技术委员会 丰台区西三环南路 1 号 010-89150841 |\n\
| 2 | 天津 | 天津市科学技术局 | 天津市河西区友谊路 35 号 | 022-58831234 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address_phones(&n),
        vec![
            ("北京市", "北京市科学技术委员会", "丰台区西三环南路1号", vec!["010-89150841".to_string()]),
            ("天津市", "天津市科学技术局", "天津市河西区友谊路35号", vec!["022-58831234".into()]),
        ]
    );
    assert!(!n.records[0].flags.contains(&FindingCode::ProvinceInferred), "{:#?}", n.records[0]);
}

#[test]
fn numbered_names_are_records_of_their_own() {
    let md = "| 编号 | 名称 | 详细地址 | 办公电话 |\n| :-: | :-- | :-- | --: |\n\
| 01 | 1.南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 |\n\
| 02 | 2、苏州市科学技术局 | 苏州市姑苏区道前街 100 号 | 0512-68616213 |\n\
| 03 | (3)无锡市科学技术局 | 无锡市观山路199号 | 0510 81822561 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["南京市科学技术局", "苏州市科学技术局", "无锡市科学技术局"]);
    assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::ItemNumberRemoved)));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::SplitRowJoined), "{:#?}", n.findings);
}

#[test]
fn page_break_tables_take_the_header_order_their_rows_agree_with() {
    // 受理机构 | 联系电话 | 地址; a stray empty cell at the end of one row. After the
    // page break, the names and phones show their columns; the header says where the
    // weak address (no house number) goes.
    let md = "| 受理机构 | 联系电话 | 地址 |\n|---|---|---|\n\
| 包头市科技局 | 0472-5618490 | 包头市九原区开元大街1号 |  |\n\
| 赤峰市科技局 | 0476-8332153 | 赤峰市松山区玉龙大街1号党政综合楼C座 |\n\n\
| 阿拉善盟科技局 | 0483-8338181 | 内蒙古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室 |\n|---|---|---|\n\
| 满洲里市行政审批和政务服务局 | 0470-6220036 | 满洲里市世纪大道财政局 二楼 |\n\
| 二连浩特市教育科技局 | 0479-7539663 | 二连浩特市锡林街西教育科技局办公大楼3楼 |\n";
    let n = norm(md);
    assert_eq!(n.records[3].address, "满洲里市世纪大道财政局二楼", "{:#?}", n.findings);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_row_that_lost_its_first_cell_is_read_against_the_columns_it_sits_under() {
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号市人社局 | 0798-8523195 |\n\
| 萍乡市人力资源和社会保障局 | 萍乡市人民政府办证大厅 | 0799-6234773 |\n\
| 3 | 新余市外国专家局 | 新余市仰天东大道623号 | 0790-6736953 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[1], ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅"));
}

#[test]
fn a_tail_in_the_wrong_column_goes_to_the_field_it_completes() {
    // The tails sit under 地址 (a page whose columns slid), but close the name's bracket
    // or give the name its ending; a tail with a number stays the address's.
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 南海区科学技术局服务窗口(受理南 | 佛山市南海区狮山镇狮城路3号 | 0757-86680876 |\n\
|  |  | 海辖区内单位业务) |  |\n\
| 2 | 南海区科学技术局服务窗 | 佛山市南海区大沥镇振兴路54号 | 0757-85593610 |\n\
|  |  | 口(受理南海辖区内单位业务) |  |\n\
| 3 | 余杭区科技局1 | 余杭区文一西路998号1幢3楼企业服务 | 0571-86370796 |\n\
|  |  | 中心27号窗口 |  |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    let name = "南海区科学技术局服务窗口(受理南海辖区内单位业务)";
    assert_eq!(got[0], (name, "佛山市南海区狮山镇狮城路3号"));
    assert_eq!(got[1], (name, "佛山市南海区大沥镇振兴路54号"));
    assert_eq!(got[2], ("余杭区科技局1", "余杭区文一西路998号1幢3楼企业服务中心27号窗口"));
}

#[test]
fn header_split_rows_inheritance() {
    let md = "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
| 1 | 北京 | 海淀区人力资源公 | 海淀区西四环北路73号中关村人才发展中 | 010-68940680 |\n\
\n\
| | | 共服务中心 | 心二层海淀区人才服务中心 | |\n\
|---|---|---|---|---|\n\
| | | | 顺义区仓上街16号顺义区人力社保局二层 | 010-89446673 |\n\
| | | 丰台区政务服务中 心 | 丰台区南苑路7号三层大厅 | 010-87016516 (两证联办) |\n\
| | | | 丰台区丰台路1号 | 010-87016517 |\n";
    let n = norm(md);
    let r = &n.records;
    assert_eq!(r.len(), 4, "{r:#?}");
    assert_eq!(r[0].institution, "海淀区人力资源公共服务中心");
    assert_eq!(r[0].address, "海淀区西四环北路73号中关村人才发展中心二层海淀区人才服务中心");
    assert_eq!(r[0].source_lines, vec![2, 4]);
    assert_eq!(r[1].institution, "");
    assert!(r[1].flags.contains(&FindingCode::InstitutionMissing));
    assert!(r[2].joint_permit);
    assert_eq!(r[3].institution, "丰台区政务服务中心");
    assert!(r[3].flags.contains(&FindingCode::InstitutionInherited));
    assert!(r.iter().all(|x| x.province == "北京市"));
    assert_eq!(r[0].district, Some("海淀区"));
}

#[test]
fn a_text_printed_in_two_cells_is_taken_once() {
    // The first `0539-81` is the address's rest beyond a stray separator; the second,
    // the same text in another cell, is still noise of the row, shown as such.
    let md = "| 中心陆家嘴(金融) | 海淀区人力资源公 | 0539-81 | 010-89150841 010-89150842 (两证联办) | 0539-81 | 1 |\n| 1 |\n";
    let n = norm(md);
    assert_eq!(n.records[0].address, "海淀区人力资源公0539-81");
    let dropped: Vec<&str> = n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| f.before.as_str()).collect();
    assert_eq!(dropped, ["0539-81", "1"]);
}

#[test]
fn a_name_cut_before_its_ending_beside_an_address_ending_like_a_name_in_a_wide_row_keeps_each_to_its_cell() {
    // A row a cell wider than the table: the address (`…市政府大院`) ends like a name and is
    // read as one; the name before it, cut before its ending (its rest on the next page),
    // reads as nothing. Each is its own cell's field, whatever the extra cell.
    for row in [
        "| | | | 曲靖市人力资源和 | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |",
        "| | | 曲靖市人力资源和 | | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |",
    ] {
        let md = format!(
            "| 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街 56 号 | 0871-63630501 |\n\
             | | | 昭通市人力资源和社会保障局 | 昭通市昭阳区崇义街 30 号 | 0870-2127725 |\n\
             {row}\n\n\
             | 社会保障局 | | |\n\
             |---|---|---|\n\
             | 玉溪市人力资源和社会保障局 | 玉溪市红塔区南祥路 10 号 405 室 | 0877-2015677 |\n"
        );
        let n = norm(&md);
        assert_eq!(names_and_addresses(&n)[2], ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院"), "{row}");
        assert_eq!(n.records.len(), 4, "{row}");
    }
}

#[test]
fn one_character_left_alone_in_the_name_column_is_no_name() {
    // `自`, the rest of a province's name OCR printed in the name column: the record has no
    // name (flagged), the character in the audit.
    let n = norm_rows(
        "| 30 | 新疆 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街 353 号 | 0991-3680731 |\n\
         | | | 自 | 新疆乌鲁木齐市水磨沟区新兴街 5 号 | 0991-4608457 |\n",
    );
    assert_eq!(n.records.len(), 2);
    assert_eq!(n.records[1].institution, "");
    assert!(n.records[1].flags.contains(&FindingCode::InstitutionMissing), "{:#?}", n.records[1]);
    assert!(n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped && f.before == "自" && f.line_start == 4));
}

#[test]
fn a_second_documents_title_above_its_header_is_no_record_of_the_first() {
    // Two lists printed one after the other: the second's title (OCR split over cells,
    // no number) sits between the first's last record and the second's header.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 新疆 | 新疆生产建设兵团外国专家局 | 乌鲁木齐市水磨沟区 516 号 | 0991-2899404 |\n\n\
         | | | 全国外 | 国人来华工作许可受理点地址及对外咨询电记 | 舌 |\n|---|---|---|---|---|\n\
         | 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         | 1 | 北京 | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [("新疆生产建设兵团外国专家局", "乌鲁木齐市水磨沟区516号"), ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号")]
    );
    assert!(n.findings.iter().any(|f| f.code == FindingCode::TitleRowDropped && f.line_start == 5), "{:#?}", n.findings);
}

#[test]
fn a_pages_first_record_above_a_repeated_header_is_still_read() {
    // A record with no number above a later header is no title: it names no columns.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 新疆 | 新疆生产建设兵团外国专家局 | 乌鲁木齐市水磨沟区 516 号 | 0991-2899404 |\n\n\
         | 2 | 北京 | 朝阳区人才服务中心 | 朝阳区霄云路 1 号 | |\n|---|---|---|---|---|\n\
         | 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         | 3 | 北京 | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 |\n",
    );
    assert_eq!(n.records.len(), 3, "{:#?}", names_and_addresses(&n));
}

#[test]
fn a_name_and_address_column_prints_each_on_a_row_of_its_own() {
    // Under a `受理机构/地址` caption each record prints its name (beside its phone) on one
    // row and its address on the next: a name after an address's house number is the next
    // record, not a building inside that address.
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | 1 | 北京 | 朝阳区国际人才一站式服务中心 | 010-84681219 |\n\
         | | | 朝阳区霄云路霄云里1号 | |\n\
         | | | 望京国际人才一站式服务站 | 010-61847598 |\n\
         | | | 朝阳区望京西园四区425楼 | |\n\
         | 2 | 天津 | 天津市科学技术局 | 022-58832930 |\n\
         | | | 天津市河西区友谊路18号 | |\n\
         | 3 | 江西 | 萍乡市人力资源和社会保障局 | 0799-6234773 |\n\
         | | | 萍乡市人民政府办证大厅 | |\n\
         | | | 鹰潭市外国专家局 | 0701-6441696 |\n\
         | | | 地址:鹰潭市月湖区经济大厦外专局 | |\n",
    );
    // (An address with no number, reading like a name, `萍乡市人民政府办证大厅`, is the
    // address of the name above it; so is one labelled, `地址:…外专局`.)
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
            ("望京国际人才一站式服务站", "朝阳区望京西园四区425楼", 1),
            ("天津市科学技术局", "天津市河西区友谊路18号", 1),
            ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅", 1),
            ("鹰潭市外国专家局", "鹰潭市月湖区经济大厦外专局", 1)
        ]
    );
}

#[test]
fn under_a_name_and_address_caption_the_row_below_a_name_is_its_address() {
    // Whatever it reads as: a name's words (`…三楼科学技术局`), or a place and a street with
    // no number (`…雁门大道南街`) that would head the name on the next row, the table's last.
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | | | 长治市行政审批服务管理局 | 0355-2110736 |\n\
         | | | 长治市潞州区太行西街406号 | |\n\
         | | | 晋城市行政审批服务管理局 | 0356-2218199 |\n\
         | | | 晋城市文博路366号市政务服务中心西二楼235号 | |\n\
         | | | 朔州市科学技术局农村社会科 | 0349-2029435 |\n\
         | | | 朔州市朔城区市府街市政府三楼科学技术局 | |\n\
         | | | 忻州市政务服务中心 | 0350-3092827 |\n\
         | | | 忻州市忻府区雁门大道南街 | |\n\
         | | | 吕梁市外国专家局 | 18035889119 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("长治市行政审批服务管理局", "长治市潞州区太行西街406号", 1),
            ("晋城市行政审批服务管理局", "晋城市文博路366号市政务服务中心西二楼235号", 1),
            ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局", 1),
            ("忻州市政务服务中心", "忻州市忻府区雁门大道南街", 1),
            ("吕梁市外国专家局", "", 1)
        ]
    );
}

#[test]
fn under_a_name_and_address_caption_numbers_alone_over_an_address_are_a_nameless_record() {
    // Below a whole record, a row of numbers alone over a row of an address alone is a
    // record whose name was not printed; the name after it opens the next record, its
    // address below it though it has no number.
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | 1 | 北京 | 海淀区人力资源公共服务中心 | 010-68940680 |\n\
         | | | 海淀区西四环北路73号中关村人才发展中心二层 | |\n\
         | | | | 010-89446673 |\n\
         | | | 顺义区仓上街16号顺义区人力社保局二层 | |\n\
         | | | 通州区人力资源和社会保障局 | |\n\
         | | | 通州区新华东街11号院1号楼 | |\n\
         | | | 怀柔区政务服务中心 | 010-69687722 |\n\
         | | | 怀柔区雁栖大街53号 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("海淀区人力资源公共服务中心", "海淀区西四环北路73号中关村人才发展中心二层", 1),
            ("", "顺义区仓上街16号顺义区人力社保局二层", 1),
            ("通州区人力资源和社会保障局", "通州区新华东街11号院1号楼", 0),
            ("怀柔区政务服务中心", "怀柔区雁栖大街53号", 1)
        ]
    );
}

#[test]
fn under_a_name_and_address_caption_a_second_number_before_the_address_stays_the_names() {
    // Numbers alone under a name that has no address yet are more of its numbers; an
    // address wrapped onto a second row goes on.
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | 1 | 北京 | 延庆区人才工作局 | 010-69107020 |\n\
         | | | | 010-69103406 |\n\
         | | | 北京市延庆区庆园街 | |\n\
         | | | 60号延庆区政务服务中心五层 | |\n",
    );
    assert_eq!(names_addresses_phone_counts(&n), [("延庆区人才工作局", "北京市延庆区庆园街60号延庆区政务服务中心五层", 2)]);
}

#[test]
fn under_a_name_and_address_caption_numbers_of_another_city_than_the_name_above_are_a_nameless_record() {
    // Under a name with neither address nor number, numbers alone over an address alone
    // are the name's when their area code serves the city it names (`0710` under `襄阳市…`),
    // and a record whose name was not printed when it serves another (`0717`, 宜昌's).
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | 1 | 湖北 | 荆门市外国专家局 | 0724-2376129 |\n\
         | | | 湖北省荆门市象山大道53号 | |\n\
         | | | 中国(湖北)自由贸易试验区襄阳片区管理委员会 | |\n\
         | | | | 0717-6623247 |\n\
         | | | 中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅 | |\n\
         | | | 襄阳市外国专家局 | |\n\
         | | | | 0710-3511681 |\n\
         | | | 湖北省襄阳市襄城区荆州街73号 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("荆门市外国专家局", "湖北省荆门市象山大道53号", 1),
            ("中国(湖北)自由贸易试验区襄阳片区管理委员会", "", 0),
            ("", "中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅", 1),
            ("襄阳市外国专家局", "湖北省襄阳市襄城区荆州街73号", 1)
        ]
    );
}

#[test]
fn under_a_name_and_address_caption_each_text_reads_as_what_it_is() {
    // In a column of labelled addresses, a name alone on its row is a name; a text beside
    // the row's number that names no street (`武汉市自贸区`) is the name of the address
    // below it, labelled or not; an address under a name with no number is its address,
    // wherever it opens (`呈贡新区…`, a zone no table knows).
    for label in ["", "地址："] {
        let md = format!(
            "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
             | 1 | 湖北 | 武汉市外国专家局 | 027-65770118 |\n\
             | | | {label}湖北省武汉市江岸区金桥大道117号市民之家 | |\n\
             | | | 武汉市自贸区 | 027-65528065 |\n\
             | | | {label}武汉市高新大道777号光谷公共服务中心一号楼 | |\n\
             | | | 襄阳市外国专家局 | |\n\
             | | | {label}湖北省襄阳市襄城区荆州街73号 | |\n\
             | 2 | 云南 | 云南省外国专家局 | 0871-63630501 |\n\
             | | | {label}昆明市五华区如安街56号 | |\n\
             | | | 昆明市外国专家局 | |\n\
             | | | {label}呈贡新区市级行政中心8号楼318 | |\n"
        );
        let n = norm(&md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("武汉市外国专家局", "湖北省武汉市江岸区金桥大道117号市民之家", 1),
                ("武汉市自贸区", "武汉市高新大道777号光谷公共服务中心一号楼", 1),
                ("襄阳市外国专家局", "湖北省襄阳市襄城区荆州街73号", 0),
                ("云南省外国专家局", "昆明市五华区如安街56号", 1),
                ("昆明市外国专家局", "呈贡新区市级行政中心8号楼318", 0)
            ],
            "label {label:?}"
        );
    }
}

#[test]
fn under_a_name_and_address_caption_a_body_of_the_same_kind_is_no_address() {
    // Two names printed without addresses, ending in the same name words, are two records;
    // an address naming the office it houses (`…广电大楼科技局`) is still the address.
    let n = norm(
        "| 序号 | 省份 | 受理机构/地址 | 咨询电话 |\n|---|---|---|---|\n\
         | 1 | 湖北 | 中国(湖北)自由贸易试验区武汉片区管理委员会 | |\n\
         | | | 中国(湖北)自由贸易试验区襄阳片区管理委员会 | |\n\
         | 2 | 内蒙古 | 乌兰察布市科技局 | 0474-8181120 |\n\
         | | | 乌兰察布市集宁区新区广电大楼科技局 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("中国(湖北)自由贸易试验区武汉片区管理委员会", "", 0),
            ("中国(湖北)自由贸易试验区襄阳片区管理委员会", "", 0),
            ("乌兰察布市科技局", "乌兰察布市集宁区新区广电大楼科技局", 1)
        ]
    );
}

#[test]
fn a_city_printed_alone_above_its_records_heads_them() {
    // A city's name alone in the name column, the records below opening with it (after
    // their province or not, with its 市 or not), with a city of their own, or, nameless,
    // their address placed in it, or naming it again inside (`河南自贸区开封片区…`): a heading,
    // in the audit, not a name's head, nor the rest of a name above that names another city
    // (`武汉市自贸区`). A name cut after its city
    // (`合肥市` + `包河区人社局…`), or before a rest too short to read (`昭通市` + `人` +
    // `力资源和…`), is still joined; a city's name cut short (`曲靖`) heads nothing.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 河北 | 河北省科学技术厅 | 石家庄市裕华区槐安东路 | 0311-85813456 |\n\
         | | | 承德市 | | |\n\
         | | | 承德市外国专家局 | 承德市双桥区府前路1号 | 0314-2050074 |\n\
         | | | 保定市 | | |\n\
         | | | 定州市外国专家局 | 定州市中山中路304室 | 0312-2302033 |\n\
         | | | 锡林郭勒盟 | | |\n\
         | | | 二连浩特市教育科技局 | 二连浩特市锡林街西 | 0479-7539663 |\n\
         | | | 阜新市 | | |\n\
         | | | | 阜新市细河区龙城路7号 | 0418-6696011 |\n\
         | | | 武汉市自贸区 | 武汉市高新大道777号 | 027-65528065 |\n\
         | | | 开封市 | | |\n\
         | | | 河南自贸区开封片区政务服务中心 | 开封市郑开大道与12大街交叉口 | 0371-22732115 |\n\
         | | | 宜昌市 | | |\n\
         | | | | 中国(湖北)自贸区宜昌片区发展大道55号 | 0717-6623247 |\n\
         | 2 | 四川 | 巴中市 | | |\n\
         | | | 四川省巴中市科学技术局 | 经开区红星街70号 | 0827-5269390 |\n\
         | | | 六盘水市 | | |\n\
         | | | 六盘水科技局 | 六盘水市钟山区八一路81号 | 0858-8224508 |\n\
         | 3 | 安徽 | 合肥市 | | |\n\
         | | | 包河区人社局就业人才中心 | 包河大道118号 | 0551-63357042 |\n\
         | 4 | 云南 | 曲靖 | | |\n\
         | | | | 曲靖市麒麟区文昌街 | 0874-3139575 |\n\
         | | | 昭通市 | | |\n\
         | | | 人 | 昭通市昭阳区崇义街30号 | 0870-2127725 |\n\
         | | | 力资源和社会保障局 | | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("河北省科学技术厅", "石家庄市裕华区槐安东路", 1),
            ("承德市外国专家局", "承德市双桥区府前路1号", 1),
            ("定州市外国专家局", "定州市中山中路304室", 1),
            ("二连浩特市教育科技局", "二连浩特市锡林街西", 1),
            ("", "阜新市细河区龙城路7号", 1),
            ("武汉市自贸区", "武汉市高新大道777号", 1),
            ("河南自贸区开封片区政务服务中心", "开封市郑开大道与12大街交叉口", 1),
            ("", "中国(湖北)自贸区宜昌片区发展大道55号", 1),
            ("四川省巴中市科学技术局", "经开区红星街70号", 1),
            ("六盘水科技局", "六盘水市钟山区八一路81号", 1),
            ("合肥市包河区人社局就业人才中心", "包河大道118号", 1),
            ("曲靖", "曲靖市麒麟区文昌街", 1),
            ("昭通市人力资源和社会保障局", "昭通市昭阳区崇义街30号", 1)
        ]
    );
    let headings: Vec<&str> = n.findings.iter().filter(|f| f.code == FindingCode::TitleRowDropped).map(|f| f.before.as_str()).collect();
    assert_eq!(headings, ["承德市", "保定市", "锡林郭勒盟", "阜新市", "开封市", "宜昌市", "巴中市", "六盘水市"]);
}

#[test]
fn a_city_in_a_row_spanning_the_table_heads_its_records() {
    // One cell spanning the table, or its text repeated in every cell (a merged cell as
    // some converters print it): a heading, not the rest of the address above. A province
    // there still starts a section.
    for heading in ["| 绵阳市 |", "| 绵阳市 | 绵阳市 | 绵阳市 | 绵阳市 | 绵阳市 |"] {
        let md = format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
             | 1 | 四川 | 四川省巴中市科学技术局 | 经开区红星街70号市民之家3楼 | 0827-5269390 |\n\
             {heading}\n\
             | | | 绵阳市科学技术局 | 绵阳市涪城区 | 0816-2222222 |\n\
             | 贵州 |\n\
             | 2 | | 贵州省科学技术厅 | 贵阳市观山湖区 | 0851-88888888 |\n"
        );
        let n = norm(&md);
        assert_eq!(
            province_name_address(&n),
            [
                ("四川省", "四川省巴中市科学技术局", "经开区红星街70号市民之家3楼"),
                ("四川省", "绵阳市科学技术局", "绵阳市涪城区"),
                ("贵州省", "贵州省科学技术厅", "贵阳市观山湖区")
            ],
            "{heading}"
        );
        assert!(n.findings.iter().any(|f| f.code == FindingCode::TitleRowDropped && f.before == "绵阳市"), "{heading}");
    }
}

#[test]
fn a_name_and_phone_column_holds_each_name_before_its_numbers() {
    // Under a `受理机构及电话` caption: a name closed by its remark (`…窗口(受理…业务)`), and
    // a name with its numbers on a row with no address, are records of their own.
    let n = norm(
        "| 序号 | 省份 | 受理机构及电话 | 地址 |\n|---|---|---|---|\n\
         | 1 | 广东 | 南海区科学技术局服务窗口(受理南海辖区内单位业务) 0757-81813620 | 佛山市南海区南港路8号 |\n\
         | 2 | 浙江 | 浙江省外国专家局 0571-87051076 | 杭州市环城西路33号 |\n\
         | | | 杭州市外国专家局 0571-87060344 0571-87060994 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区南港路8号", 1),
            ("浙江省外国专家局", "杭州市环城西路33号", 1),
            ("杭州市外国专家局", "", 2)
        ]
    );
}

#[test]
fn under_a_name_and_phone_caption_the_name_is_the_one_before_the_numbers() {
    // The caption says which text is the name: the one opening the phone cell, whatever
    // the address beside it ends like (`…三楼科学技术局`, `…办证大厅`), and whatever the name
    // itself ends like (`武汉市自贸区`, no name's ending).
    let n = norm(
        "| 序号 | 省份 | 受理机构及电话 | 地址 |\n|---|---|---|---|\n\
         | 1 | 山西 | 朔州市科学技术局农村社会科 0349-2029435 | 朔州市朔城区市府街市政府三楼科学技术局 |\n\
         | | | 乌兰察布市科技局 0474-8181120 | 乌兰察布市集宁区新区广电大楼科技局 |\n\
         | | | 南昌市人社局行政审批处 0791-83987539 | 南昌市行政服务中心二楼人社局窗口 |\n\
         | | | 萍乡市人力资源和社会保障局 0799-6234773 | 萍乡市人民政府办证大厅 |\n\
         | | | 曲靖市人力资源和社会保障局 0874-3139575 | 曲靖市麒麟区文昌街市政府大院 |\n\
         | | | 武汉市外国专家局 027-65770118 | 湖北省武汉市江岸区金桥大道117号市民之家 |\n\
         | | | 武汉市自贸区 027-65528065 | 武汉市高新大道777号光谷公共服务中心一号楼政务大厅二楼D65、D66号窗口 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局", 1),
            ("乌兰察布市科技局", "乌兰察布市集宁区新区广电大楼科技局", 1),
            ("南昌市人社局行政审批处", "南昌市行政服务中心二楼人社局窗口", 1),
            ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅", 1),
            ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院", 1),
            ("武汉市外国专家局", "湖北省武汉市江岸区金桥大道117号市民之家", 1),
            ("武汉市自贸区", "武汉市高新大道777号光谷公共服务中心一号楼政务大厅二楼D65、D66号窗口", 1)
        ]
    );
}

#[test]
fn a_label_before_the_numbers_is_no_name_under_a_name_and_phone_caption() {
    // A row with its name elsewhere keeps a label's text as the numbers' (`市政务服务中心:`),
    // and a short word before them (`办公室`) names no record.
    let n = norm(
        "| 序号 | 省份 | 受理机构及电话 | 地址 |\n|---|---|---|---|\n\
         | 1 | 海南 | 海南省外国专家局 0898-88263681 | 海口市五指山南路3号 |\n\
         | | | 市政务服务中心: 0898-38212524 | |\n\
         | | | 办公室 0898-38212525 | |\n",
    );
    assert_eq!(names_addresses_phone_counts(&n), [("海南省外国专家局", "海口市五指山南路3号", 3)]);
}

#[test]
fn a_labelled_number_alone_on_its_row_stays_the_record_aboves() {
    // `市政务服务中心:` labels the number (the window it reaches): no name of a record of
    // its own, though it ends like one.
    let n = norm_rows(
        "| 1 | 海南 | 海南省外国专家局 | 海口市五指山南路3号 | 市外专局: 0898-88263681 |\n\
         | | | | | 市政务服务中心: 0898-38212524 |\n",
    );
    assert_eq!(names_addresses_phone_counts(&n), [("海南省外国专家局", "海口市五指山南路3号", 2)]);
}

#[test]
fn a_page_whose_one_row_printed_a_cell_left_makes_a_column_purest_reads_its_names_where_the_last_page_did() {
    // A page of four rows, wider by empty columns, its last row a name's rest printed a cell left: that row alone prints in column 1, as many names as column 2 holds; the names go where the last page read them, and `哈尔` heads the rest below.
    let n = norm(
        "| 5 | 宁夏回族 | 海原县科技局 | 中卫市海原县新华南路166号 | 0955-4289372 |\n\
         |---|---|---|---|---|\n\
         |  | 自 治 区 | 固原市科学技术局 | 固原市彭阳县解放东路 711 号科技大 厦 4 楼 733 室 | 0954-4629954 |\n\
         | 6 | 黑龙江 | 金林区行政审批局 | 伊春市金林区迎宾中路 643 号人才大 厦 8 层 | 0458-4924620 |\n\
         \n\
         |  |  |  |  |  |  | 伊春市金林区科技中路 869 号行政服 务中心 2 楼 | 0458 5883651 |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 大兴安岭地区经济 技术开发区人才服 务中心 |  |  |  | 大兴安岭地区漠河市中山南路846号行政服务中心1楼 | (0457)5482951 |\n\
         |  |  | 哈尔 |  |  |  | 哈尔滨市宾县科技街5 |  |\n\
         |  | 滨市政务服务中心 | 12号 |  |  |  | 0451-60797844 0451-63499549 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("哈尔滨市政务服务中心", "哈尔滨市宾县科技街512号")), "{read:?}");
}

#[test]
fn a_page_s_first_row_over_a_row_a_cell_short_reads_its_names_where_the_last_page_did() {
    // `| | | 池州市行 | 池州市 | | | | |` over `| | 政审批服务局 | 东至县…944室 | 0566-… |`: the narrow row alone prints in column 1.
    let n = norm(
        "| 6 | 安 徽 | 淮南市科学技术局 | 淮南市凤台县长江北路 663 号综合办 公楼 757 室 | 0554-2099711 |\n\
         |---|---|---|---|---|\n\
         |  |  | 芜湖市外国专家局 | 芜湖市南陵县振兴北路 864 号科技大 厦 6 楼 932 室 | 0553-8892878 |\n\
         |  |  | 宣城市行政审批服 务局 | 宣城市泾县科技西路384号 | 0563 6139190 |\n\
         \n\
         |  |  | 池州市行 | 池州市 |  |  |  |  |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  | 政审批服务局 | 东至县朝阳南路863号综合办公楼944室 | 0566-7608737 |\n\
         |  |  | 亳州市外国专家局 | 亳州市蒙城县人民东路 15 号行政服务 中心 2 楼 | 0558-8421367 |\n\
         |  |  |  |  |  |  | 亳州市蒙城县振兴大道 272 号 | 0558-8409296 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("池州市行政审批服务局", "池州市东至县朝阳南路863号综合办公楼944室")), "{read:?}");
}
