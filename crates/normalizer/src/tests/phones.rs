//! Phone columns and cells: area codes, faxes, extensions, numbers cut or run into other fields.

use super::*;

#[test]
fn a_tall_rows_rests_ending_like_captions_beside_a_number_are_no_header() {
    // A page's table whose header is a data row: `理窗口 | 窗口` end like captions, but a
    // row holding a number is data, the rest of the tall row above.
    let n = norm(
        "| 19 | 广 东 | | 广州市越秀区连新路 171 号信息大楼 12 楼 专家服务处 | 020-83163671 |\n\
         |----|--------|--|--|---------------|\n\
         | | | 广州市公安出入境管理局工作许可和居留许可\"一窗式\"办 | 广州市越秀区解放南路155号506 | |\n\
         | | | 理窗口 | 窗口 | 020-12345 |\n\
         | | | 南沙人才一站式政务服务大厅 | 广州市南沙区海滨路169号 | 020-12345 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("", "广州市越秀区连新路171号信息大楼12楼专家服务处", 1),
            ("广州市公安出入境管理局工作许可和居留许可\"一窗式\"办理窗口", "广州市越秀区解放南路155号506窗口", 1),
            ("南沙人才一站式政务服务大厅", "广州市南沙区海滨路169号", 1),
        ]
    );
}

#[test]
fn a_stray_letter_ending_a_phone_cell_extends_no_number_of_the_next_cell() {
    // A number in the address column joins the row's phone text; the `X` ending the phone
    // cell is a mark, not an extension mark of those digits.
    let n = norm("| 受理机构 | 电话 | 地址 |\n|---|---|---|\n| 杭州市科学技术局 | 0571-87051076 X | 95511 |\n");
    let r = &n.records[0];
    let phones: Vec<String> = r.phones.iter().map(|p| p.display()).collect();
    assert_eq!(phones, ["0571-87051076", "95511"]);
    assert_eq!(r.notes, ["X"]);
}

#[test]
fn a_short_bracketed_remark_wrapped_beside_the_phone_ends_the_name() {
    // A tall row: the name's remark and the phone printed on its second row.
    let md = "| 13 | 福建 | 福建省科学技术厅 | 福州市鼓楼区湖东路1号 | 0591-87880001 |\n\
              | | | 泉州市科学技术局 | 泉州市丰泽区东海大厦A幢3层80号窗口 | |\n\
              | | | (A、B类) | | 0595-22570001 |\n\
              | | | 三明市科学技术局 | 三明市三元区江滨北路11号 | 0598-7500001 |\n";
    let n = norm(md);
    assert_eq!(names_addresses_phone_counts(&n)[1], ("泉州市科学技术局(A、B类)", "泉州市丰泽区东海大厦A幢3层80号窗口", 1));
    assert_eq!(n.records.len(), 3);
}

#[test]
fn a_column_of_area_codes_before_local_numbers_leads_them_without_a_header() {
    // A page without a header (its caption row lost, or a page break): the codes beside
    // the numbers still lead them, and `0319` is no 序号.
    let md = "| 1 | 河北 | 邢台市外国专家局 | 邢台市红星街139号 | 0319 | 3288321 |\n|---|---|---|---|---|---|\n\
              | | | 邯郸市外国专家局 | 邯郸市丛台东路298号 | 0310 | 13903101234 |\n\
              | | | 保定市外国专家局 | 保定市莲池区东风中路1号 | 0312 | 电话：3026880 传真：3026881 |\n\
              | | | 石家庄市外国专家局 | 石家庄市长安区中山东路452号 | 0311 | 85667324、85667325 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(
        phones,
        [vec!["0319-3288321"], vec!["13903101234"], vec!["0312-3026880", "0312-3026881"], vec!["0311-85667324", "0311-85667325"]]
    );
    assert_eq!(n.records[1].notes, ["区号: 0310"]);
    assert!(n.records.iter().all(|r| r.province == "河北省"), "{:#?}", n.records);
    // Two codes alone are no column: a number of the address, a code once, stay as read.
    let md = "| 1 | 河北 | 邢台市外国专家局 | 邢台市红星街139号 | 0319 | 3288321 |\n|---|---|---|---|---|---|\n\
              | | | 邯郸市外国专家局 | 邯郸市丛台东路298号 | 0310-3118579 | |\n";
    let n = norm(md);
    assert_eq!(n.records[1].phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["0310-3118579"]);
}

#[test]
fn an_area_code_column_leads_the_numbers() {
    let md = "| 序号 | 受理机构 | 地址 | 区号 | 电话 |\n|---|---|---|---|---|\n\
              | 1 | 杭州市科学技术局 | 杭州市解放东路18号 | 0571 | 85253100/85253101 |\n\
              | 2 | 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574 | 13905741234 |\n\
              | 3 | 保定市科学技术局 | 地址：保定市莲池区东风中路1号 | 0312 | 电话：3026880 传真：3026881 |\n\
              | 4 | 江苏省科学技术厅 | 南京市鼓楼区北京西路1号 | 025 | 83521234、83521235 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    // A three-digit code (`025`) too, though it reads like a 序号.
    assert_eq!(
        phones,
        [
            vec!["0571-85253100", "0571-85253101"],
            vec!["13905741234"],
            vec!["0312-3026880", "0312-3026881"],
            vec!["025-83521234", "025-83521235"]
        ]
    );
    assert!(n.records[0].notes.is_empty());
    assert_eq!(n.records[1].notes, ["区号: 0574"]);
    // Labelled local numbers: a phone cell, not noise, each number led by the code.
    assert_eq!(n.records[2].phones[1].kind, PhoneKind::Fax);
    // A label naming the column is no part of the address.
    assert_eq!(n.records[2].address, "保定市莲池区东风中路1号");
    assert!(n.records[2].flags.contains(&FindingCode::FieldLabelRemoved));
    assert!(n.records[2].notes.is_empty());
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn an_area_code_stated_in_the_phone_caption_leads_the_column() {
    // The header names a district column and states the phone column's area code;
    // the page-break table after it keeps the code.
    let md = "| 区 | 受理窗口 | 地址 | 电话（区号021） |\n|---|---|---|---|\n\
              | 黄浦区 | 黄浦区科学技术委员会 | 蒙自路701号 | 53023249 |\n\
              | 长宁区 | 上海虹桥海外人才一站式服务中心 | 金钟路999号A栋 | 52068900 转 12 |\n\
              | 徐汇区 | 徐汇区科创服务中心 | 南宁路999号 | 021-64043512 |\n\n\
              | 静安区 | 静安区科学技术委员会 | 汉中路188号 | 52921375 |\n|---|---|---|---|\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [vec!["021-53023249"], vec!["021-52068900-12"], vec!["021-64043512"], vec!["021-52921375"]]);
    assert_eq!(n.records[0].institution, "黄浦区科学技术委员会");
    assert_eq!(n.records[0].notes, ["区: 黄浦区"]);
    assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::PhoneNoAreaCode)), "{:#?}", n.records);
    assert!(n.records[0].flags.contains(&FindingCode::PhoneShorthandExpanded));
    // A row whose numbers already have their code gets no note of it.
    assert!(n.records[2].notes.iter().all(|t| !t.starts_with("区号")), "{:?}", n.records[2].notes);
}

#[test]
fn rows_holding_only_a_phone_add_each_number_once() {
    // A repeat of a number already there is left out (spaced as printed or not), a cell
    // wrapped after `/` joins the one above, and so on for any length of run.
    let n = norm_rows(
        "| 1 | 北京 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-66151155 |\n\
         | | | | | 010-66151156 |\n| | | | | 010-6615 1155 |\n| | | | | 010-66151157/ |\n| | | | | 66151158 |\n\
         | | | | | 010-66151156 |\n| | | | | 010-66151157/66151158 |\n| | | | | 010-66151159 |\n",
    );
    let want = ["010-66151155", "010-66151156", "010-66151157", "010-66151158", "010-66151159"];
    assert_eq!(phones_of(&n), [want.map(String::from).to_vec()]);
    // (Left out as the rows are read: no number is kept twice to be merged later.)
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::PhoneDuplicate), "{:#?}", n.findings);
    // A long run: the numbers kept are looked up, not compared one by one, past a few.
    let rows: String = (0..300).map(|i| format!("| | | | | 010-6600{:04} |\n", i % 200)).collect();
    let n = norm_rows(&format!("| 1 | 北京 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-66151155 |\n{rows}"));
    let mut want = vec!["010-66151155".to_string()];
    want.extend((0..200).map(|i| format!("010-6600{i:04}")));
    assert_eq!(phones_of(&n), [want]);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::PhoneDuplicate));
}

#[test]
fn a_tail_with_the_phone_on_the_next_row_completes_the_record() {
    let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n\
              | 南京市科学技术局 | 南京市建邺区江东中路 265 号新城大厦 | |\n\
              | | B 座 12 楼 | 025-68787123 |\n\
              | 徐州市科学技术局 | 徐州市新城区元和路 1 号 | 0516-80801234 |\n\
              | | 徐州市泉山区 2 号 | 0516-80801235 |\n\
              | 无锡市科学技术局(无锡市外 | 无锡市观山路 199 号 | |\n\
              | 国专家局) | | 0510-81821234 |\n\
              | 南通市科学技术局 | | |\n\
              | | 南通市崇川区世纪大道 6 号 | 0513-59001234 |\n\
              | 常州市科学技术局(常州市外 | | |\n\
              | 国专家局) | 常州市龙城大道 1280 号 | 0519-85681234 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 6, "{:#?}", n.records);
    assert_eq!(n.records[5].institution, "常州市科学技术局(常州市外国专家局)");
    assert_eq!(n.records[5].address, "常州市龙城大道1280号");
    assert_eq!(n.records[4].address, "南通市崇川区世纪大道6号");
    assert_eq!(n.records[4].flags, [FindingCode::SplitRowJoined, FindingCode::ProvinceInferred]);
    assert_eq!(n.records[3].institution, "无锡市科学技术局(无锡市外国专家局)");
    assert_eq!(n.records[3].phones[0].display(), "0510-81821234");
    assert_eq!(n.records[0].address, "南京市建邺区江东中路265号新城大厦B座12楼");
    assert_eq!(n.records[0].phones[0].display(), "025-68787123");
    assert!(n.records[0].flags.contains(&FindingCode::SplitRowJoined) && !n.records[0].flags.contains(&FindingCode::PhoneMissing));
    // Under a record that has its phone, an address opening with a place is another point.
    assert_eq!(n.records[2].address, "徐州市泉山区2号");
}

#[test]
fn an_address_and_phone_column_gives_both_fields() {
    let md = "| 序号 | 受理机构 | 地址及电话 |\n|---|---|---|\n\
              | 1 | 杭州市科学技术局 | 杭州市解放东路 18 号市民中心 C 座 0571-85253100 0571-85253101 |\n\
              | 2 | 宁波市科学技术局 | 宁波市宁穿路 1901 号行政服务中心 0574-89188123、0574-89188124 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    // Two numbers after an address are no garbled passage (the records were torn apart).
    assert_eq!(
        got,
        [
            ("杭州市科学技术局", "杭州市解放东路18号市民中心C座", vec!["0571-85253100".to_string(), "0571-85253101".to_string()]),
            ("宁波市科学技术局", "宁波市宁穿路1901号行政服务中心", vec!["0574-89188123".to_string(), "0574-89188124".to_string()]),
        ]
    );
    assert!(!n.records.iter().any(|r| r.flags.contains(&FindingCode::ReconstructedFromGarbled)));
    // Likewise a name with its numbers, labelled or not (`受理机构及电话`).
    let md = "| 序号 | 受理机构及电话 | 地址 |\n|---|---|---|\n\
              | 1 | 杭州市科学技术局 0571-85253100 0571-85253101 | 杭州市解放东路 18 号 |\n\
              | 2 | 温州市科学技术局 电话：0577-89090580、0577-89090581 | 温州市鹿城区会展路 1288 号 |\n";
    let n = norm(md);
    let got: Vec<(&str, usize)> = n.records.iter().map(|r| (r.institution.as_str(), r.phones.len())).collect();
    assert_eq!(got, [("杭州市科学技术局", 2), ("温州市科学技术局", 2)]);
}

#[test]
fn numbers_and_names_run_into_the_next_cell_are_taken_apart() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
              | 3 天津市科学技术局 | | 河西区友谊路 18 号 | 022-23456789 |\n\
              | 4 | 河北省科学技术厅石家庄市裕华区槐安东路 1 号 | | 0311-85812345 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got, [("天津市科学技术局", "河西区友谊路18号"), ("河北省科学技术厅", "石家庄市裕华区槐安东路1号")]);
    assert!(n.records[0].flags.contains(&FindingCode::ItemNumberRemoved));
    assert!(n.records[1].flags.contains(&FindingCode::CellSplit));
}

#[test]
fn a_row_number_run_into_the_name_cell_is_taken_out() {
    // The 序号 set apart by a space in the name cell of a row with none of its own, before
    // a name opening with no place (`中国(…)`, `贵安新区`) or a name's head: the row's
    // number, flagged.
    let n = norm_rows(
        "| | 山东 | 39 中国(山东)自由贸易试验区济南片区管理委员会 | 济南高新区舜华路 750 号 | 0531-88871878 |\n\
         | | 贵州 | 28 贵安新区经济发展局 | 贵安新区数字经济产业园 9 号楼 | 0851-88909700 |\n\
         | | | 贵阳市科学技术局 | 贵阳市观山湖区市级行政中心 | 0851-87989108 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("中国(山东)自由贸易试验区济南片区管理委员会", "济南高新区舜华路750号"),
            ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼"),
            ("贵阳市科学技术局", "贵阳市观山湖区市级行政中心"),
        ]
    );
    let removed: Vec<(u32, &str)> =
        n.findings.iter().filter(|f| f.code == FindingCode::ItemNumberRemoved).map(|f| (f.line_start, f.before.as_str())).collect();
    assert_eq!(removed, [(3, "39 中国(山东)自由贸易试验区济南片区管理委员会"), (4, "28 贵安新区经济发展局")]);
}

#[test]
fn an_area_code_stated_in_the_phone_cell_leads_its_numbers() {
    let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
              | 1 | 浙江省外国专家局 | 杭州市环城西路33号 | 87051081（区号0571） |\n\
              | 2 | 杭州市科技局 | 杭州市解放东路18号 | 区号：0571 电话：87060344 |\n\
              | 3 | 宁波市科技局 | 宁波市宁穿路1901号 | 区号 0574 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [vec!["0571-87051081"], vec!["0571-87060344"], vec![]]);
    assert!(n.records[0].notes.is_empty() && n.records[1].notes.is_empty(), "{:?}", n.records);
    assert!(n.records[..2].iter().all(|r| r.flags.contains(&FindingCode::PhoneShorthandExpanded)));
    assert!(!n.findings.iter().any(|f| f.line_start <= 4 && f.code == FindingCode::PhoneNoAreaCode), "{:#?}", n.findings);
    // A statement with no number to lead is left alone (here the audit shows it).
    assert!(n.findings.iter().any(|f| f.before.contains("区号 0574")), "{:#?}", n.findings);
    assert_eq!(stated_area_code("87051081(区号9999)"), None);
    assert_eq!(stated_area_code("87051081 (区号: 0571) 工作日"), Some(("0571".into(), "(区号: 0571)".into(), "87051081 工作日".into())));
}

#[test]
fn local_numbers_are_led_where_they_open_the_cell_or_follow_a_label() {
    assert_eq!(lead_local_numbers(" 85253100/85253101", "0571").as_deref(), Some("0571-85253100/85253101"));
    assert_eq!(lead_local_numbers("电话：3026880 传真: 3026881", "0312").as_deref(), Some("电话：0312-3026880 传真: 0312-3026881"));
    // Already led, a mobile, a short number: nothing to do.
    assert_eq!(lead_local_numbers("0312-3026880", "0312"), None);
    assert_eq!(lead_local_numbers("13905741234", "0574"), None);
    assert_eq!(lead_local_numbers("12345", "0574"), None);
}

#[test]
fn a_second_phone_column_s_local_number_takes_the_area_code_column() {
    // A dataset with a phone, a fax, an area code and a second phone column holding a
    // local number: that number is a phone (it had been dropped as noise, or read as a
    // fax after the fax column's label), led by the area code.
    for header in [
        "| 省份 | 机构名称 | 地址 | 联系电话 | 传真 | 区号 | 办公电话 |",
        "| province | institution_name | address | phone | fax_number | area_code | office_phone |",
    ] {
        let md = format!(
            "{header}\n|---|---|---|---|---|---|---|\n| 浙江省 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85255000 | 0571-85255001 | 0571 | 85255002 |\n"
        );
        let n = norm(&md);
        let kinds: Vec<(&str, PhoneKind)> = n.records[0].phones.iter().map(|p| (p.number.as_str(), p.kind)).collect();
        assert_eq!(
            kinds,
            [("0571-85255000", PhoneKind::Landline), ("0571-85255002", PhoneKind::Landline), ("0571-85255001", PhoneKind::Fax)],
            "{header}"
        );
        assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    }
}

#[test]
fn a_whole_agency_with_numbers_under_a_whole_agency_is_a_point_of_its_own() {
    // No 序号, no status remark: the second name is whole (its place unknown to the
    // gazetteer), after a name that is whole too, so it is another point, not a rest.
    let md = "| 11 | 浙江 | 临安区科技局 | 临安区锦城街道临天二弄 188 号科技大楼 三楼 | 0571-63802132 |\n|---|---|---|---|---|\n\
| | | 钱塘区科技局 | 钱塘区青六北路 499 号钱塘中心 3 号楼 208 室 | 0571-82983342 |\n\
| | | 大江东人力社保局 | | 0571-87060344 0571-87060994 |\n\
| | | 宁波市外国专家局 | 宁波市鄞州区宁穿路 1901 号 | 0574-87187756 |\n";
    let n = norm(md);
    let names: Vec<(&str, usize)> = n.records.iter().map(|r| (r.institution.as_str(), r.phones.len())).collect();
    assert_eq!(names, [("临安区科技局", 1), ("钱塘区科技局", 1), ("大江东人力社保局", 2), ("宁波市外国专家局", 1)]);
}

#[test]
fn a_second_window_without_a_number_does_not_break_record_numbers() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 1 | 江苏 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787123 |\n\
              | 2 | | 常州市科学技术局 | 常州市龙城大道 1280 号 | 0519-85681234 |\n\
              | | | 常州市科学技术局 | 常州市武进区延政中路 5 号 | 0519-86311234 |\n\
              | 3 | | 苏州市科学技术局 | 苏州市平泷路 251 号 | 0512-68181234 |\n";
    let n = norm(md);
    // Row 3 goes on numbering records (it had started a section whose province was
    // then inferred, each record after it flagged).
    let numbers: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::RecordNumber).map(|f| f.line_start).collect();
    assert_eq!(numbers, [4, 6]);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::ProvinceInferred), "{:#?}", n.findings);
    assert!(n.records.iter().all(|r| r.province == "江苏省"));
}

#[test]
fn numbers_printed_in_two_cells_keep_their_printed_order() {
    // A row one cell wider than its fields: the last number is read as the phone field,
    // the one before it had been put after it.
    let n = norm("| 2 | 浙江 | 宁波市科学技术局 | 宁波市宁穿路 1901 号 | 0574-89181234 | 0574-89181235 |\n");
    let phones: Vec<String> = n.records[0].phones.iter().map(|p| p.display()).collect();
    assert_eq!(phones, ["0574-89181234", "0574-89181235"]);
}

#[test]
fn a_fields_rest_on_the_next_row_with_more_numbers_goes_on_the_record_above() {
    // The rest of a name left without its ending, of an address left inside a quotation,
    // of an address cut inside a district's name (across a page break): each beside
    // the record's next number.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽省 | 安徽省政务服务中 | 合肥市马鞍山路509号省政务服务中心2号厅36号窗口 | 0551-62999803 |\n\
| | | 心科技厅窗口 | | 0551-62999806 |\n\
| 22 | 重庆市 | 重庆市科技局 | 重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外 | 023-62192269 |\n\
| | | | 国专家服务\"窗口 | 023-62191366 |\n\
| 1 | 北京市 | 延庆区人才工作局 | 北京市延庆区庆园街60号延 | 010-69107020 |\n\n\
| | | | 庆区政务服务中心五层 | 010-69103406 |\n|---|---|---|---|---|\n\
| | | 怀柔区人力资源和社会保障局 | 怀柔区迎宾中路1号 | 010-69644001 |\n\
| | | 北京海外学人中心 | 丰台区西三环南路1号 | 010-89150841 |\n\
| | | | 北京市政务服务中心三层C岛 | 010-89150842 |\n\
| 22 | 重庆市 | 重庆市人力社保局 | 渝北区春华大道99号 | 023-63120258 |\n\
| | | 政务服务大厅 | | 023-88633907 |\n\
| 11 | 浙江省 | 余杭区科技局2 | 余杭区文一西路601号国际人才园2楼窗口5号外 | 0571-88676837 |\n\
| | | | 籍人士服务专窗 | |\n\
| | | 甘肃省科学技术厅( | 甘肃省兰州市城关区庆阳路166号 | |\n\
| 28 | 甘肃省 | 甘肃省外国专家局) | | 0931-8878136 |\n\
| 11 | 浙江省 | 义乌市国际贸易服务中心 | 义乌市福田路288号国际贸易服务中心经济 | 0579-85232805 |\n\
| | | | 社会大厅16-18号窗口 | 0579-85232803 |\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 / | 0851-85553449 |\n\
| | | | 贵州省贵阳市南明区遵义路270号 | 0851-85557424 |\n\
| 19 | 广东省 | 禅城区经济和科技促进局服务窗口 | 佛山市禅城区同济东路禅城区人民政府通济大院8、9楼 | 0757-82340449 |\n\
| | | (受理禅城辖区内单位业务) | | 0757-82340453 |\n\
| | | 顺德区科学技术局服务窗口( | 佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口 | 0757-22835313 |\n\
| | | 受理顺德辖区内单位业务) | | 0757-22830311 |\n\
| | | 三水区经济和科技促进局服务窗 | 佛山市三水区西南街道健力宝北路37号 | 0757-87732062 |\n\
| | | 口(受理三水辖区内单位业务) | | 0757-87732063 |\n";
    let n = norm(md);
    let got = names_addresses_phone_counts(&n);
    assert_eq!(
        got,
        [
            ("安徽省政务服务中心科技厅窗口", "合肥市马鞍山路509号省政务服务中心2号厅36号窗口", 2),
            ("重庆市科技局", "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口", 2),
            ("延庆区人才工作局", "北京市延庆区庆园街60号延庆区政务服务中心五层", 2),
            ("怀柔区人力资源和社会保障局", "怀柔区迎宾中路1号", 1),
            // The inside of a building named by its house number; a whole name's rest.
            ("北京海外学人中心", "丰台区西三环南路1号北京市政务服务中心三层C岛", 2),
            ("重庆市人力社保局政务服务大厅", "渝北区春华大道99号", 2),
            // A numbered window's name is whole: a tail that would end it goes on the address.
            ("余杭区科技局2", "余杭区文一西路601号国际人才园2楼窗口5号外籍人士服务专窗", 1),
            // A tall row's second line with the section's heads: the name's rest closes its
            // bracket, though it opens with a place.
            ("甘肃省科学技术厅(甘肃省外国专家局)", "甘肃省兰州市城关区庆阳路166号", 1),
            // A window's number is no street of its own; an address left after a separator.
            ("义乌市国际贸易服务中心", "义乌市福田路288号国际贸易服务中心经济社会大厅16-18号窗口", 2),
            ("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号", 2),
            // A bracketed remark alone completes a whole name.
            ("禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务)", "佛山市禅城区同济东路禅城区人民政府通济大院8、9楼", 2),
            // A rest closing the bracket the name left open, though it ends like no name.
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 2),
            // A rest completing a name cut inside its ending.
            ("三水区经济和科技促进局服务窗口(受理三水辖区内单位业务)", "佛山市三水区西南街道健力宝北路37号", 2),
        ]
    );
}

#[test]
fn a_fax_column_stays_the_fax_on_pages_after_the_header() {
    // Every row of the second page has both numbers: the header's captions say which is
    // the phone (the fax column's numbers were read as the phones, the phones dropped).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 邮编 | 咨询电话 | 传真 |\n|---|---|---|---|---|---|---|\n\
| 17 | 湖北省 | 武汉市外国专家局 | 湖北省武汉市江岸区金桥大道117号 | 430000 | 027-65770118 | |\n\
| | | 襄阳市外国专家局 | 湖北省襄阳市襄城区荆州街73号 | 441000 | 0710-3511681 | |\n\n\
| | | 十堰市外国专家局 | 湖北省十堰市北京中路8号 | 442000 | 0719-8109127 | 0719-8109128 |\n|---|---|---|---|---|---|---|\n\
| | | 荆州市外国专家局 | 湖北省荆州市荆东路54号 | 434000 | 0716-8457381 | 0716-8457382 |\n\
| | | 荆门市外国专家局 | 湖北省荆门市象山大道53号 | 448000 | 0724-2376129 | 0724-2376120 |\n";
    let n = norm(md);
    let numbers: Vec<(Vec<String>, Vec<String>)> = n.records[2..]
        .iter()
        .map(|r| {
            let (fax, phone): (Vec<_>, Vec<_>) = r.phones.iter().partition(|p| p.kind == PhoneKind::Fax);
            (phone.iter().map(|p| p.display()).collect(), fax.iter().map(|p| p.display()).collect())
        })
        .collect();
    let want = |p: &str, f: &str| (vec![p.to_string()], vec![f.to_string()]);
    assert_eq!(numbers, [want("0719-8109127", "0719-8109128"), want("0716-8457381", "0716-8457382"), want("0724-2376129", "0724-2376120")]);
}

#[test]
fn phone_numbers_a_wrap_cut_are_joined_back() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|---|\n\
| 1 | 山东 | 临沂市科学技术局 | 临沂市兰山区北京路 6 号 | 0539-81 |\n| | | | | 21234 |\n\
| 2 | | 青岛市科学技术局 | 青岛市市南区香港中路11号 | 0532-85911234/ |\n| | | | | 85911235 |\n\
| 3 | | 烟台市科学技术局 | 烟台市莱山区港城东大街1号 | 0535- |\n| | | | | 6781234 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [vec!["0539-8121234"], vec!["0532-85911234", "0532-85911235"], vec!["0535-6781234"]]);
    assert!(n.records.iter().all(|r| r.province == "山东省" && !r.flags.contains(&FindingCode::ProvinceInferred)), "{:#?}", n.records);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // So are they when the wrap cut the name and the address too: the row of rests goes
    // on the record, the number's rest with them (not a postcode: digits beside no phone).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 浙江 | 杭州市外国专 | 杭州市环城西路 | 0571-87 |\n| | | 家局 | 33号 | 051076 |\n\
| 2 | 浙江 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87187756 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n), [("杭州市外国专家局", "杭州市环城西路33号"), ("宁波市外国专家局", "宁波市鄞州区宁穿路1901号")]);
    assert_eq!(n.records[0].phones.iter().map(|p| p.display()).collect::<Vec<_>>(), ["0571-87051076"]);
    assert!(n.records[0].notes.is_empty(), "{:?}", n.records[0].notes);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // A head read as the record's number, a digit or more short of its area's length,
    // takes its rest too: a rest read as a number of its own beside the texts' rests, a
    // rest too short to read as one, a rest alone; and an extension cut after its `转`,
    // alone on its row (read as a 序号 for want of anything else).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 河北 | 承德市外国专 | 承德市双桥区府前路 | 0314-2 |\n| | | 家局 | 1号 | 050071 |\n\
| 2 | 河北 | 徐水区科 | 徐水区漕河泾街 | 0312-864 |\n| | | 技局 | 道南宁路9号 | 43512 |\n\
| 3 | 河北 | 廊坊市外国专家局 | 廊坊市广阳区祥云北道58号 | 0316-260212 |\n| | | | | 8 |\n\
| 4 | 河北 | 沧州市外国专家局 | 沧州市运河区解放西路42号 | 0317-2129169转 |\n| | | | | 8012 |\n\
| 5 | 河北 | 衡水市外国专家局 | 衡水市桃城区新华西路468号 | 0318-5265105 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [["0314-2050071"], ["0312-86443512"], ["0316-2602128"], ["0317-2129169-8012"], ["0318-5265105"]]);
    assert_eq!(
        names_and_addresses(&n)[..2],
        [("承德市外国专家局", "承德市双桥区府前路1号"), ("徐水区科技局", "徐水区漕河泾街道南宁路9号")]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_cut_numbers_rest_printed_in_groups_or_going_on_with_more_numbers_is_joined_back() {
    // The rest in digit groups (`8635 1089`, `63 078`), or followed by the cell's other
    // numbers after a separator (`22073、3391187`, `0099/2251233`, below a row shifted a
    // cell left too) or a space (`5409 0919-5866927`): the cut number whole, the others
    // read with its area code. (`3 733`, a group of one digit first, is read as a 序号 for
    // want of anything else on its row: the number's rest all the same.)
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|---|\n\
| 1 | 陕西 | 西安市外国专家局 | 西安市蓝田县中山东路877号 | 029- |\n| | | | | 8635 1089 |\n\
| | | 渭南市外国专家局 | 渭南市蒲城县中山街7号 | 0913-749 |\n| | | | | 0099/2251233 |\n\
| | 临渭区科技局 | 临渭区新华路919号 | 0913-748 |\n| | | | | 0099/2251234 |\n\
| | | 宝鸡市外国专家局 | 宝鸡市渭滨区经二路1号 | 0917-32 |\n| | | | | 22073、3391187 |\n\
| | | 宝鸡市外国专家局 | 宝鸡市金台区人民路1号 | 0917-54 | | | |\n| | | | | 63 078 |\n\
| | | 铜川市外国专家局 | 铜川市王益区人民路1号 | 0919-559 |\n| | | | | 5409 0919-5866927 |\n\
| | | 商洛市外国专家局 | 商洛市商州区人民路1号 | 0914-894 |\n| | | | | 3 733 |\n\
| | | 延安市外国专家局 | 延安市宝塔区中心街1号 | 0911-2222222 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(
        phones,
        [
            vec!["029-86351089"],
            vec!["0913-7490099", "0913-2251233"],
            vec!["0913-7480099", "0913-2251234"],
            vec!["0917-3222073", "0917-3391187"],
            vec!["0917-5463078"],
            vec!["0919-5595409", "0919-5866927"],
            vec!["0914-8943733"],
            vec!["0911-2222222"],
        ]
    );
    assert!(n.records.iter().all(|r| r.notes.is_empty()), "{:#?}", n.records);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // A head after a label (`咨询电话:0371-`, `电话:0372-3665521转`), a rest closed by a
    // remark (`(两证联办)`):
    // the remark is the record's, as in a cell printed whole.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|---|\n\
| 1 | 河南 | 郑州市外国专家局 | 郑州市金水区花园路1号 | 咨询电话:0371- |\n| | | | | 51099069 |\n\
| | | 开封市外国专家局 | 开封市龙亭区中山路1号 | 电话：0371-225 |\n| | | | | 57359 |\n\
| | | 洛阳市外国专家局 | 洛阳市西工区中州路1号 | 0379-65 |\n| | | | | 592369(两证联办) |\n\
| | | 新乡市外国专家局 | 新乡市红旗区人民路1号 | 0373-5 |\n| | | | | 828882 (工作日内回复) |\n\
| | | 安阳市外国专家局 | 安阳市文峰区中华路1号 | 电话:0372-3665521转 |\n| | | | | 8012 |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [["0371-51099069"], ["0371-22557359"], ["0379-65592369"], ["0373-5828882"], ["0372-3665521-8012"]]);
    assert_eq!(n.records.iter().map(|r| r.joint_permit).collect::<Vec<_>>(), [false, false, true, false, false]);
    assert_eq!(n.records[3].notes, ["工作日内回复"]);
    assert_eq!(n.records[2].institution, "洛阳市外国专家局");
    // A rest that would read across two numbers, or lose one, is not taken: `0913-749` +
    // `0099 2251233` is no number of 0913's lengths once grouped whole.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|---|\n\
| 1 | 陕西 | 渭南市外国专家局 | 渭南市蒲城县中山街7号 | 0913-749 |\n| | | | | 0099 2251233 |\n";
    let n = norm(md);
    let phones: Vec<String> = n.records.iter().flat_map(|r| r.phones.iter().map(|p| p.display())).collect();
    assert!(!phones.contains(&"0913-74900992251233".to_string()), "{phones:?}");
}

#[test]
fn a_phone_cell_remark_a_wrap_cut_is_joined_back() {
    // `(两证联` + `办)`: the remark's rest alone on the next row (read in the name column
    // for want of anything else) closes the phone cell's bracket: the joint permit holds.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 (两证联 |\n\
| | | | | 办) |\n\
| | | 海淀区人力资源公共服务中心 | 海淀区西四环北路73号 | 010-68940680 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2, "{:#?}", n.records);
    assert!(n.records[0].joint_permit && !n.records[1].joint_permit);
    assert!(n.records[0].notes.is_empty(), "{:?}", n.records[0].notes);
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // So is a remark alone in the phone column, its head left as noise: `(两` + `证联办)`.
    let alone = md.replace("010-84681219 (两证联 |", "(两 |").replace("| 办) |", "| 证联办) |");
    let n = norm(&alone);
    assert_eq!(n.records.len(), 2, "{:#?}", n.records);
    assert!(n.records[0].joint_permit && n.records[0].phones.is_empty());
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn an_address_rest_with_more_numbers_on_the_next_row_goes_on_its_record() {
    // Each rest cannot stand alone, or opens with no place under an address cut before
    // its street number: the numbers beside it are more of the record's. A window of
    // its own (a place first, its name left to the inheritance rules) stays apart.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
| 1 | 浙江省 | 拱墅区科技局 | 拱墅区白石巷202号 | 0571-88259520 |\n\
| | | | 5楼526、509室 | 0571-28910613 |\n\
| | | 南平市科学技术局 | 南平市建阳区南平市行政 | 0599-8810918 |\n\
| | | | 服务中心(闽北卫校旁)四楼一区6号窗口 | 15959930769 |\n\
| | | 南京市科学技术局 | 南京市建邺区江东中路265号行政服务大厅科技局服务窗口 | 025-68505235 |\n\
\n\
| | | | A235和A236 | 025-68505236 |\n\
|---|---|---|---|---|\n\
| | | 东莞市科学技术局 | 东莞市南城区鸿福路199号 | 0769-22835837 |\n\
| | | | 东莞市莞城区东城西路191号 | 0769-22835838 |\n";
    let n = norm(md);
    let got = names_addresses_phone_counts(&n);
    assert_eq!(
        got,
        [
            ("拱墅区科技局", "拱墅区白石巷202号5楼526、509室", 2),
            ("南平市科学技术局", "南平市建阳区南平市行政服务中心(闽北卫校旁)四楼一区6号窗口", 2),
            ("南京市科学技术局", "南京市建邺区江东中路265号行政服务大厅科技局服务窗口A235和A236", 2),
            ("东莞市科学技术局", "东莞市南城区鸿福路199号", 1),
            ("", "东莞市莞城区东城西路191号", 1),
        ]
    );
}

#[test]
fn numbers_are_dealt_by_the_city_of_a_record_s_name_when_its_address_is_in_another() {
    // 乐山's window is in 德阳: its 0833 number serves its name's city.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川省 | 四川省绵阳市科学技术局 四川省雅安市科学技术局 四川省乐山市科学技术局 | 涪城区临园路东段72号新益大厦7楼 雨城区正和路1号 德阳市长江东路101号市政务服务中心 | 0816-2303953 0816-2310895 0835-2223138 0833-2157206 |\n";
    let n = norm(md);
    let got: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(got, [vec!["0816-2303953", "0816-2310895"], vec!["0835-2223138"], vec!["0833-2157206"]]);
    assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::PhonesDealtInOrder)));
}

#[test]
fn numbers_are_not_dealt_in_order_against_their_area_codes() {
    // One each in order would give 宁波's record a 杭州 number: the names are not these
    // records' (or the numbers not in their order), so the row stays one, flagged.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江省 | 杭州市科学技术局 宁波市科学技术局 | 杭州市环城西路33号 宁波市宁穿路1901号 | 0571-87051076 0574-87187756 0571-87060344 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 1, "{:#?}", n.records);
    assert!(n.records[0].flags.contains(&FindingCode::RecordsRunTogether));
    assert_eq!(n.records[0].phones.len(), 3);
}

#[test]
fn numbers_joined_by_a_mark_are_one_records_and_series_part_the_rest() {
    // More bare spaces than records: `023-63120258 / 023-88633907` is one record's
    // pair, and of the bare spaces the one between two series parts the records.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
| 1 | 重庆市 | 重庆市科技局 重庆市人力社保局政务服务大厅 | 重庆市渝北区新溉大道2号 重庆市渝北区仙桃街道春华大道99号 | 023-62192269 023-62191366 023-63120258 / 023-88633907 |\n\
| 2 | 安徽省 | 安徽省政务服务中心科技厅窗口 合肥市外国专家与科技人才管理服务处 | 合肥市马鞍山路509号 合肥市东流路100号 | 0551-62999803 0551-62999806 0551-63536507; 0551-62729928 |\n\
| 3 | 海南省 | 三亚市外专局 儋州市外专局 | 三亚市吉阳区新风街259号 儋州市那大镇新市委大楼 | 0898-88263681 0898-38212524 0898-38221960 0898-23339796 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    let want = |name: &'static str, phones: &[&str]| (name, phones.iter().map(|p| p.to_string()).collect::<Vec<_>>());
    assert_eq!(
        got[..4],
        [
            want("重庆市科技局", &["023-62192269", "023-62191366"]),
            want("重庆市人力社保局政务服务大厅", &["023-63120258", "023-88633907"]),
            want("安徽省政务服务中心科技厅窗口", &["0551-62999803", "0551-62999806"]),
            want("合肥市外国专家与科技人才管理服务处", &["0551-63536507", "0551-62729928"]),
        ]
    );
    // No gap clearer than another (`…88263681 | …38212524 …38221960 | …23339796`): one
    // each in order, the last the rest, both flagged as a guess (三亚's three numbers
    // printed first, this one is wrong; every number stays, once).
    assert_eq!(
        got[4..],
        [want("三亚市外专局", &["0898-88263681"]), want("儋州市外专局", &["0898-38212524", "0898-38221960", "0898-23339796"]),]
    );
    assert!(n.records[4..].iter().all(|r| r.flags.contains(&FindingCode::PhonesDealtInOrder)));
    assert!(n.records[..4].iter().all(|r| !r.flags.contains(&FindingCode::PhonesDealtInOrder)));
}

#[test]
fn an_address_rest_reading_as_noise_beside_the_phone_below_is_the_address() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 13 | 福建省 | 泉州市科学技术局 | 泉州市丰泽区海星街道东海大厦A幢 | 0595-22570075 |\n\
|  |  | 莆田市科学技术局(成果转化与人才科-外国专家局) | 莆田市城厢区荔城中大道1366号国资大 |  |\n\
|  |  |  | 厦2501# | 0594-2655522 |\n\
|  |  | 三明市科学技术局 | 三明市三元区江滨北路11号三明市行政服务中心215窗口 | 0598-7500106 |\n";
    let n = norm(md);
    assert_eq!(n.records[1].address, "莆田市城厢区荔城中大道1366号国资大厦2501#");
    assert_eq!(n.records.len(), 3);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn an_address_printed_with_its_phone_in_one_cell_is_split() {
    let md = "| 序号 | 单位 | 地址及电话 |\n\
|---|---|---|\n\
| 1 | 石家庄市科学技术局 | 石家庄市长安区中山东路 39 号 0311-86687001 |\n\
| 2 | 唐山市科学技术局 | 唐山市路北区建设北路 2 号 电话:0315-2800001 |\n";
    let n = norm(md);
    let r = &n.records;
    assert_eq!(r.len(), 2, "{r:#?}");
    assert_eq!((r[0].address.as_str(), r[0].phones[0].number.as_str()), ("石家庄市长安区中山东路39号", "0311-86687001"));
    assert_eq!((r[1].address.as_str(), r[1].phones[0].number.as_str()), ("唐山市路北区建设北路2号", "0315-2800001"));
    assert!(r.iter().all(|x| x.flags.contains(&FindingCode::CellSplit) && !x.flags.contains(&FindingCode::ReconstructedFromGarbled)));
}

#[test]
fn a_lone_phone_under_another_province_is_no_second_number_of_the_record_above() {
    let md = "| 地区 | 咨询电话 |\n|---|---|\n| 北京 | 010-12345678 |\n| 天津 | 022-12345678 |\n| | 022-12345679 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> = n.records.iter().map(|r| (r.province, r.phones.iter().map(|p| p.display()).collect())).collect();
    assert_eq!(
        got,
        [("北京市", vec!["010-12345678".to_string()]), ("天津市", vec!["022-12345678".to_string(), "022-12345679".to_string()])]
    );
}

#[test]
fn a_status_remark_beside_the_numbers_gives_the_status() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 温州市科学技术局 | 温州市鹿城区车站大道 1 号 | 0577-88961234（暂停受理） |\n\
| 2 | 湖州市科学技术局 | 湖州市龙王山路 1236 号 | 0572-2071091（工作日内回复） |\n";
    let n = norm(md);
    let got: Vec<(Status, &[String])> = n.records.iter().map(|r| (r.status, r.notes.as_slice())).collect();
    assert_eq!(got[0], (Status::NotInService, &["暂停受理".to_string()][..]));
    assert_eq!(got[1], (Status::Active, &["工作日内回复".to_string()][..]));
    assert!(n.records[0].flags.contains(&FindingCode::StatusRemark));
}

#[test]
fn more_numbers_beside_an_address_s_rest_go_on_the_record_above() {
    // A tall row's later numbers printed on its second line, beside the address's rest:
    // a rest closing the bracket the address left open, or opening with the road word it
    // was cut before, goes on that record, numbers and all, though it has a phone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 10 | 江苏省 | 昆山市科学技术局 | 昆山市人才科创发展服务中心一楼服务大厅( | 0512-57152837 |\n\
| | | | 昆山市登云路268号) | 0512-55186067; 0512-50376099 |\n\
| | | 苏州工业园区人事局 | 苏州大道东351号工商大厦 | 0512-66683196 |\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义 | 0851-85553449 |\n\
| | | | 路270号贵州省政务服务中心 | 0851-85557424 |\n\
| | | 贵阳市科技局 | 贵阳市观山湖区市级行政中心市政府大楼A区524 | 0851-87989108 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("昆山市科学技术局", "昆山市人才科创发展服务中心一楼服务大厅(昆山市登云路268号)", 3),
            ("苏州工业园区人事局", "苏州大道东351号工商大厦", 1),
            ("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心", 2),
            ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524", 1),
        ]
    );
}

#[test]
fn an_address_run_into_the_phone_cell_beside_a_zone_name_read_as_an_address() {
    // `武汉市自贸区` reads as an address for its zone word; the phone cell holds the real
    // address and its number (the rule between the two cells lost).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 17 | 湖北省 | 武汉市外国专家局 | 湖北省武汉市江岸区金桥大道117号市民之家 | 027-65770118 |\n\
| | | 武汉市自贸区 | 武汉市高新大道777号光谷公共服务中心一号楼政务大厅二楼D65、D66号窗口 027-65528065 |\n\
| | | 襄阳市外国专家局 | 湖北省襄阳市襄城区荆州街73号 | 0710-3511681-8697 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "027-65528065")).expect("the record");
    assert_eq!(
        (r.institution.as_str(), r.address.as_str()),
        ("武汉市自贸区", "武汉市高新大道777号光谷公共服务中心一号楼政务大厅二楼D65、D66号窗口")
    );
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::PhoneUnparsed), "{:#?}", n.findings);
}

#[test]
fn a_second_phone_column_adds_phones() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 | 传真 |\n|---|---|---|---|---|\n\
| 1 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85252313 | 传真:0571-85252314 |\n\
| 2 | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 | |\n";
    let n = norm(md);
    let phones: Vec<Vec<String>> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect();
    assert_eq!(phones, [vec!["0571-85252313", "0571-85252314"], vec!["0574-89186152"]]);
    assert_eq!(n.records[0].phones[1].kind, PhoneKind::Fax);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_street_address_of_its_own_under_one_with_its_street_and_number_is_another_window() {
    // A record printed without a phone, then a window with no name of its own: its
    // address names its own street and number, so it is no rest of the one above.
    let n = norm_rows(
        "| 1 | 北京 | 顺义区人力资源和社会保障局 | 顺义区仓上街16号 | 010-89446673 |\n\
         | | | 通州区人力资源和社会保障局 | 通州区新华东街11号院1号楼中国北京人力资源服务产业园通州园区 | |\n\
         | | | | 经济技术开发区荣华中路10号亦城国际裙房二层 | 010-67857696 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("顺义区人力资源和社会保障局", "顺义区仓上街16号", 1),
            ("通州区人力资源和社会保障局", "通州区新华东街11号院1号楼中国北京人力资源服务产业园通州园区", 0),
            ("", "经济技术开发区荣华中路10号亦城国际裙房二层", 1),
        ]
    );
    // The rest of an address that named no street number yet still goes on.
    let n = norm_rows(
        "| 1 | 北京 | 顺义区人力资源和社会保障局 | 顺义区仓上街16号 | 010-89446673 |\n\
         | | | 通州区人力资源和社会保障局 | 通州区新华东街 | |\n\
         | | | | 11号院1号楼二层 | 010-67857696 |\n",
    );
    assert_eq!(n.records[1].address, "通州区新华东街11号院1号楼二层");
}

#[test]
fn a_status_remark_in_the_phone_column_is_the_records() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n| 1 | 杭州市科学技术局 | 杭州市解放东路18号 | 暂停受理 |\n\
| 2 | 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574-89188123 |\n";
    let n = norm(md);
    assert_eq!((n.records[0].status, n.records[0].notes.as_slice()), (Status::NotInService, ["暂停受理".to_string()].as_slice()));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped));
}

#[test]
fn an_extension_column_extends_the_rows_number() {
    let md = "| 受理机构 | 地址 | 区号 | 电话 | 分机 |\n|---|---|---|---|---|\n\
| 杭州市科学技术局 | 杭州市解放东路18号 | 0571 | 85253100 | 801 |\n| 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574 | 89188123 | |\n";
    let n = norm(md);
    let phones: Vec<String> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";")).collect();
    assert_eq!(phones, ["0571-85253100-801", "0574-89188123"]);
    assert!(n.records.iter().all(|r| r.notes.is_empty()), "{:?}", n.records.iter().map(|r| &r.notes).collect::<Vec<_>>());
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped));
}

#[test]
fn numbers_under_a_fax_header_are_faxes() {
    let md = "| 序号 | 受理机构 | 地址 | 咨询电话 | 传真 |\n|---|---|---|---|---|\n\
| 1 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85252313 | 0571-85252314 |\n\
| 2 | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 | |\n";
    let n = norm(md);
    let kinds: Vec<Vec<(PhoneKind, Option<&str>)>> =
        n.records.iter().map(|r| r.phones.iter().map(|p| (p.kind, p.label.as_deref())).collect()).collect();
    assert_eq!(kinds, [vec![(PhoneKind::Landline, None), (PhoneKind::Fax, Some("传真"))], vec![(PhoneKind::Landline, None)]]);
    assert!(!n.records[0].notes.iter().any(|t| t.contains("传真")), "{:?}", n.records[0].notes);
}
