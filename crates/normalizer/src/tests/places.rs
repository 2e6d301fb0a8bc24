//! Provinces, cities and places: what a record is placed in when the text says it and when it does not.

use super::*;

#[test]
fn a_province_heads_the_address_below_on_a_page_too_short_to_name_its_columns() {
    // Four rows under a page's noise header: the addresses read as names as often as not,
    // so the table does not name its address column; the name's column and the order of
    // the fields do.
    let n = norm(
        "| 14 | 江 西 | 江西省外国专家局 | 南昌市东湖区北京西路 69 号 | 0791-86386283 |\n\
         |---|---|---|---|---|\n\
         \n\
         | : | | | | |\n\
         |----|--------|------------------------------|---|---------------|\n\
         | | | 九江市人力资源和 社会保障局行政许 可服务科 | 九江市八里湖新区八里湖大道 166 号九江 市民服务中心人社窗口 A011 | 0792-8563518 |\n\
         | | | 景德镇市外国专 | 江西省 | |\n\
         | | | 家局 | 景德镇市昌江区沿江西路59号市人社局 | 0798-8523195 |\n\
         | | | 萍乡市人力资源和 社会保障局 | 萍乡市人民政府办证大厅 | 0799–6234773 |\n",
    );
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect();
    assert!(got.contains(&("景德镇市外国专家局", "江西省景德镇市昌江区沿江西路59号市人社局")), "{got:#?}");
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_province_cell_of_a_wide_row_among_shifted_rows_is_no_address_head() {
    // Rows that lost their first two cells put names and addresses two columns left: the
    // province of a whole row sits in the address column of the rows around, over an
    // address of its province, but the row prints its own address further right.
    let n = norm(
        "| : | | | | |\n|---|---|---|---|---|\n\
         | 九江市人力资源和 社会保障局 | 九江市八里湖新区八里湖大道166号 | 0792-8563518 |\n\
         | 景德镇市外国专家 局 | 江西省景德镇市昌江区沿江西路59号 | 0798-8523195 |\n\
         | | | 新余市外国专家局 | 新余市仰天东大道 623 号 | 0790-6736953 |\n\
         | 宜春市外国专家局 | 宜春市宜阳大厦中座 917 | 0795–3280926 |\n\
         | 抚州市外国专家局 | 江西省抚州市文昌大道 1290 号 | 0794-8222217 |\n\
         | 15 | 山 东 | 山东省外国专家局 | 济南市解放东路16号副楼一楼政务服务大 厅19号窗口 | 0531-81286739 |\n\
         | 济南市科学技术局 | 济南市历下区龙鼎大道 1 号 D529 | 0531-66605973 |\n\
         | 青岛市外国专家局 | 青岛市市南区香港中路 11 号 | 0532-85911893 |\n",
    );
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect();
    assert!(got.contains(&("山东省外国专家局", "济南市解放东路16号副楼一楼政务服务大厅19号窗口")), "{got:#?}");
    assert!(got.contains(&("济南市科学技术局", "济南市历下区龙鼎大道1号D529")), "{got:#?}");
    assert_eq!(got.len(), 8, "{got:#?}");
}

#[test]
fn a_province_split_over_the_rows_of_a_tall_record_heads_no_second_record() {
    // `辽` / `宁` in the province column, the second beside the name's bracket, the
    // address and the phone: one record, and the name's rest is no new point.
    let n = norm_rows(
        "| 5 | 辽 | 辽宁省科学技术厅 | | |\n\
         | | 宁 | (辽宁省外国专家 | 沈阳市和平区三好街 96 号 | 024-23981234 |\n\
         | | | 局) | | |\n\
         | | | 大连市科学技术局 | 大连市西岗区人民广场 1 号 | 0411-83631234 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [("辽宁省科学技术厅(辽宁省外国专家局)", "沈阳市和平区三好街96号", 1), ("大连市科学技术局", "大连市西岗区人民广场1号", 1)]
    );
    assert!(n.records.iter().all(|r| r.province == "辽宁省"));
    // The province's rest completes its short name exactly: nothing to doubt.
    let rest = n.findings.iter().find(|f| f.before == "宁").expect("the rest is logged");
    assert_eq!(rest.severity, Severity::Info);
}

#[test]
fn a_city_column_names_the_city_the_text_does_not() {
    // 0731 serves three cities of 湖南 and 神农城 names none: the 市州 column tells. Where
    // the address names a city, it wins; a column naming no division changes nothing.
    let n = norm(
        "# 湖南省\n\n| 序号 | 市州 | 受理机构 | 受理地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 株洲市 | 科学技术局 | 神农城 | 0731-28681234 |\n\
         | 2 | 株洲市 | 科学技术局 | 湘潭市岳塘区建设南路 | 0731-58581234 |\n\
         | 3 | 市本级 | 科学技术局 | 神农城 | 0731-28681235 |\n",
    );
    let cities: Vec<Option<&str>> = n.records.iter().map(|r| r.city).collect();
    assert_eq!(cities, [Some("株洲市"), Some("湘潭市"), None]);
    assert_eq!(n.records[0].address_full, "湖南省株洲市神农城");
    assert!(n.records[0].flags.contains(&FindingCode::CityFromColumn));
    assert!(n.records[2].flags.contains(&FindingCode::DivisionUnresolved));
    assert_eq!(n.records[0].notes, ["市州: 株洲市"]);
}

#[test]
fn an_address_wrapped_after_its_province_is_not_a_province_cell() {
    // Under 地址 in a table with no province column (headings name the provinces), a
    // province's name alone beside a name opens an address whose rest opens the next page.
    let md = "二十、内蒙古自治区\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
              | 1 | 内蒙古自治区科学技术厅 | 内蒙古自治区 | 0471-6940001 |\n\n\
              | | | 呼和浩特市赛罕区敕勒川大街1号 | |\n|---|---|---|---|\n\
              | 2 | 呼和浩特市科学技术局 | 呼和浩特市新城区新华大街1号 | 0471-6940002 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("内蒙古自治区科学技术厅", "内蒙古自治区呼和浩特市赛罕区敕勒川大街1号"), ("呼和浩特市科学技术局", "呼和浩特市新城区新华大街1号")]
    );
    assert!(n.records.iter().all(|r| r.province == "内蒙古自治区"));
}

#[test]
fn a_city_column_without_header_is_not_a_doubt() {
    let md = "| 1 | 杭州 | 杭州市科学技术局 | 杭州市解放东路18号 | 0571-85253100 |\n| 2 | 宁波 | 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574-89186301 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 2);
    let dropped: Vec<(&str, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| (f.before.as_str(), f.severity)).collect();
    assert_eq!(dropped, [("杭州", Severity::Info), ("宁波", Severity::Info)]);
}

#[test]
fn a_free_trade_zones_name_is_in_the_province_its_bracket_names() {
    // `中国(广西)自由贸易试验区…` opens with no place, but lies in 广西: `广西钦州市…` opens
    // its address, not `钦州港片区…` further on (a place its name holds, read when the
    // name lies nowhere). Two windows of one zone likewise.
    let rows = "\
| 21 | 广西 | 崇左市科学技术局 中国(广西)自由贸易试验区钦州港片区行政审批局 | 崇左市科技信息服务大楼 广西钦州市中马钦州产业 园区友谊大道88号中国(广 西)自由贸易试验区 钦州港片区综合服务大厅 一楼社会事务窗口 3号 | 0771-7968757 0777-8885499 |\n\
| 15 | 山东 | 中国(山东)自由贸易试验区 济南片区管理委员会 中国(山东)自由贸易试验 区济南片区管理委员会 | 济南高新区舜华路750号中国(山东)自由贸易试验区济南片区综合服务中心4楼A411 济南高新区舜华路 750号中国(山东 )自由贸易试验区 济南片区综合服务 中心2楼南厅211窗口 | 0531-88871878 0531-88874881 |\n";
    let n = norm_rows(rows);
    let zone = "中国(山东)自由贸易试验区济南片区管理委员会";
    assert_told_apart(
        &n,
        &[
            ("崇左市科学技术局", "崇左市科技信息服务大楼", 1),
            (
                "中国(广西)自由贸易试验区钦州港片区行政审批局",
                "广西钦州市中马钦州产业园区友谊大道88号中国(广西)自由贸易试验区钦州港片区综合服务大厅一楼社会事务窗口3号",
                1,
            ),
            (zone, "济南高新区舜华路750号中国(山东)自由贸易试验区济南片区综合服务中心4楼A411", 1),
            (zone, "济南高新区舜华路750号中国(山东)自由贸易试验区济南片区综合服务中心2楼南厅211窗口", 1),
        ],
    );
}

#[test]
fn a_province_name_alone_in_the_name_column_heads_the_name_wrapped_below_it() {
    // The 序号 and province centred in a tall row print on its second line, beside the
    // name's rest and the phone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 28 | 甘肃省 | 甘肃省科学技术厅 | 甘肃省兰州市城关区庆阳路166号 | 0931-8878136 |\n\
| | | 兰州市科学技术局 | 甘肃省兰州市城关区南滨河东路5268号 | 0931-8404745 |\n\
| | | 宁夏回族自治区 | 宁夏回族自治区银川市兴庆区文化西街108号 | |\n\
| 29 | 宁夏回族自治区 | 科技厅行政审批办公室 | | 0951-6982683 |\n\
| 30 | 青海省 | 青海省外国专家局 | 青海省西宁市城西区五四西路5号 | 0971-8258253 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 4, "{:#?}", n.records);
    let r = &n.records[2];
    assert_eq!(
        (r.province, r.institution.as_str(), r.address.as_str()),
        ("宁夏回族自治区", "宁夏回族自治区科技厅行政审批办公室", "宁夏回族自治区银川市兴庆区文化西街108号")
    );
    assert_eq!(r.phones.len(), 1);
}

#[test]
fn the_rest_of_a_province_name_on_the_next_row_is_no_doubt() {
    let md = "| 1 | 广西壮族 | 南宁市科学技术局 | 南宁市青秀区民族大道 1 号 | 0771-5773123 |\n\
| | 自治区 | 柳州市科学技术局 | 柳州市城中区 | 0772-2821234 |\n\
| 2 | 内蒙古自治区 | 呼和浩特市科学技术局 | 赛罕区 | 0471-6660000 |\n\
| | 治区 | 包头市科学技术局 | 昆都仑区 | 0472-5150000 |\n";
    let n = norm(md);
    assert_eq!(
        n.records.iter().map(|r| r.province).collect::<Vec<_>>(),
        ["广西壮族自治区", "广西壮族自治区", "内蒙古自治区", "内蒙古自治区"]
    );
    let rests: Vec<(&str, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| (f.before.as_str(), f.severity)).collect();
    // `自治区` completes `广西壮族`; `治区` after a whole name completes nothing: a doubt.
    assert_eq!(rests, [("自治区", Severity::Info), ("治区", Severity::Warning)]);
}

#[test]
fn an_address_tail_under_the_province_column_of_the_row_above_is_not_the_province_s_rest() {
    // The tail row lost its empty cells and opens in the second column, under `贵州省`:
    // a province reads on as a name (`新疆生产建设兵团` + `外国专家局`), not as an
    // address; the address cell beside it, cut inside a word, takes the tail.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 四川省内江市科学技术局 | 内江市市中区新华路西一巷43号四楼 | 0832-8351819 |\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科 | 0851-85553449 |\n\
\n\
| | 学路16号贵州省政务服务中心B013窗口 | |\n|---|---|---|\n\
| | | 贵阳市科技局 | 贵阳市观山湖区市级行政中心市政府大楼A区524 | 0851-87989108 |\n\
| | | 遵义市科技与大数据局 | 遵义市新蒲新区建投大厦2号楼434 | 0851-27616564 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution == "贵州省科技厅").expect("the record");
    assert_eq!(r.address, "贵阳市南明区科学路16号贵州省政务服务中心B013窗口");
    assert_eq!(r.province, "贵州省");
}

#[test]
fn a_zone_cut_inside_its_word_between_a_name_and_its_phone_is_the_address() {
    // `经济技术开发` names no place a table knows and reads as noise by its content; between
    // the name and the phone of a row with no address, it is that address's start.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 2 | 天津市 | 天津市引进人才综合服务中心 | 河西区友谊北路29号 | 022-83869365 |\n\n\
| 天津市开发区人社局 | 经济技术开发 | 022-25203396 |\n|---|---|---|\n\n\
| | | | 区第三大街40号档案馆七楼 | |\n|---|---|---|---|---|\n\
| 3 | 河北省 | 河北省外国专家局 | 河北省石家庄市长安区裕华东路105号科技大厦 | 0311-86251860 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("天津市开发区人社局", "经济技术开发区第三大街40号档案馆七楼"));
}

#[test]
fn a_province_cut_from_an_address_under_the_address_column_opens_that_address() {
    // A tall row: the name and the address's head (`宁夏回族自治`, the province's name cut
    // by the wrap) on its first line, the 序号, province, the address's rest and the
    // phone on its second, after a page break. The head is no province cell: the record
    // is one, in the section the second line opens.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 27 | 西藏自治区 | 西藏自治区外专局 | 西藏拉萨市北京西路46号区人社厅外专局 | 0891-6845869 |\n\n\
| 28 | 甘肃省 | 甘肃省科学技术厅(甘肃省外国专家局) | 甘肃省兰州市城关区庆阳路166号 | 0931-8878136 |\n|---|---|---|---|---|\n\
| | | 兰州市科学技术局 | 甘肃省兰州市城关区南滨河东路5268号名城广场4号楼0917 | 0931-8404745 |\n\
| | | 宁夏回族自治区科技厅行政审批办公室 | 宁夏回族自治 | |\n\n\
| 29 | 宁夏回族自治区 | | 区银川市兴庆区文化西街108号 | 0951-6982683 |\n|---|---|---|---|---|\n\
| 30 | 青海省 | 青海省外国专家局 | 青海省西宁市城西区五四西路5号 | 0971-8258253 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 5, "{:#?}", n.records);
    assert_eq!(names_and_addresses(&n)[3], ("宁夏回族自治区科技厅行政审批办公室", "宁夏回族自治区银川市兴庆区文化西街108号"));
    assert_eq!(n.records[3].province, "宁夏回族自治区");
}

#[test]
fn an_address_in_another_city_under_a_name_alone_is_no_address_of_that_name() {
    let rows = |below: &str| {
        norm_rows(&format!(
            "| 17 | 湖北 | 湖北省科学技术厅 | 武昌区洪山路2号 | 027-87131877 |\n\
             | | | 中国(湖北)自由贸易试验区襄阳片区管理委员会 | | |\n\
             | | | | {below} | 0717-6623247 |\n"
        ))
    };
    // Under a name of 襄阳, an address in 宜昌: a window with no name of its own.
    let n = rows("中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅");
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [("中国(湖北)自由贸易试验区襄阳片区管理委员会", "", 0), ("", "中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅", 1)]
    );
    // In the name's city, or naming none, it is that name's address printed a row low.
    for address in ["襄阳市高新区追日路1号", "高新区追日路1号"] {
        let n = rows(address);
        assert_eq!(names_addresses_phone_counts(&n)[1..], [("中国(湖北)自由贸易试验区襄阳片区管理委员会", address, 1)]);
    }
}

#[test]
fn a_document_printing_no_province_places_each_row_by_its_own_places() {
    // No province printed, rows of three provinces: each its own, as info, and no row
    // reported as out of a section the document never printed.
    let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n\
| 北京市科学技术委员会 | 北京市丰台区西三环南路1号 | 010-89150841 |\n\
| 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58832123 |\n\
| 河北省科学技术厅 | 石家庄市裕华区槐安东路1号 | 0311-85813123 |\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["北京市", "天津市", "河北省"]);
    assert!(n.findings.iter().all(|f| f.severity == finding::Severity::Info), "{:#?}", n.findings);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::ProvinceMismatch));
}

#[test]
fn a_corps_city_under_the_corps_stays_in_the_corps() {
    // 石河子市 is a division of 新疆 in the gazetteer, and a city of the Corps: an empty
    // province cell under the Corps is a merged one, not a section of 新疆.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 新疆 | 新疆维吾尔自治区科学技术厅 | 乌鲁木齐市新华南路1号 | 0991-2361234 |\n\
| 2 | 新疆生产建设兵团 | 兵团科技局 | 乌鲁木齐市光明路196号 | 0991-2891234 |\n\
| 3 |  | 石河子市科学技术局 | 石河子市北四路1号 | 0993-2011234 |\n";
    let provinces: Vec<&str> = norm(md).records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["新疆维吾尔自治区", "新疆生产建设兵团", "新疆生产建设兵团"]);
}

#[test]
fn province_inferred_when_not_printed() {
    let md = "| 13 | | 福州市科学技术局 | 福州市鼓楼区温泉公园路69号 | 0591-87833032 |\n";
    let n = norm(md);
    assert_eq!(n.records[0].province, "福建省");
    assert!(n.records[0].flags.contains(&FindingCode::ProvinceInferred));
}

#[test]
fn a_bare_district_of_a_municipality_and_of_a_city_elsewhere_under_a_mobile_is_the_municipality_s() {
    // `通州区` is 北京's and 南通's; nothing else says which: a municipality prints its
    // districts bare, so 北京, flagged. A section's province still decides where printed.
    let n = norm_rows(
        "| 1 | 云南 | 曲靖市外国专家局 | 曲靖市沾益区和平中路 29 号 | 0874-5945683 |\n\
         |  |  | 建水县人力资源和社会保障局 | 红河哈尼族彝族自治州建水县建设中路 131 号 | 0873-3153570 |\n\
         |  |  | 昆明市科学技术局 | 昆明市呈贡区锦艺路 1 号 | 0871-63135170 |\n\
         | 2 |  | 通州区科技局 | 通州区长江中路 150 号 | 13894542159 |\n\
         | 3 | 江苏 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68505235 |\n\
         |  |  | 通州区行政审批局 | 通州区团结西路 769 号 | 13913524285 |\n",
    );
    assert_eq!(province_name_address(&n)[3], ("北京市", "通州区科技局", "通州区长江中路150号"));
    assert!(n.records[3].flags.contains(&FindingCode::ProvinceInferred));
    assert_eq!(n.records[5].province, "江苏省");
}

#[test]
fn a_province_cell_misread_by_one_character_is_the_province_its_rows_name() {
    let n = norm_rows(
        "| 1 | 浙江 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85251234 |\n\
         | 2 | | 宁波市科学技术局 | 宁波市鄞州区宁穿路1901号 | 0574-89181234 |\n\
         | 3 | 江酉 | 南昌市科学技术局 | 南昌市红谷滩区卧龙路999号 | 0791-83881234 |\n",
    );
    assert_eq!(n.records[2].province, "江西省");
    let fixed = n.findings.iter().find(|f| f.code == FindingCode::PlaceNameCorrected && f.field == Some("province")).expect("a repair");
    assert_eq!((fixed.line_start, fixed.before.as_str(), fixed.after.as_str()), (5, "江酉", "江西省"));
    // Neither noise nor a doubt: the rows agree with the cell but for one character.
    assert!(n.findings.iter().all(|f| f.severity != Severity::Warning), "{:#?}", n.findings);
}

#[test]
fn a_stray_form_of_shi_is_read_as_shi_before_places_are_looked_up() {
    // `巿` (the apron radical) printed for `市`: read back in the name and the address,
    // the city found, the repair a finding on the record's line.
    let n = norm_rows("| 1 | 江苏 | 南京巿科学技术局 | 南京巿建邺区江东中路 265 号 | 025-68787778 |\n");
    assert_eq!(province_name_address(&n), [("江苏省", "南京市科学技术局", "南京市建邺区江东中路265号")]);
    assert_eq!(n.records[0].city, Some("南京市"));
    let fixed: Vec<(Option<&str>, u32)> =
        n.findings.iter().filter(|f| f.code == FindingCode::LookalikeCharFixed).map(|f| (f.field, f.line_start)).collect();
    assert_eq!(fixed, [(Some("address"), 3), (Some("institution"), 3)]);
}

#[test]
fn rows_above_a_centred_province_cell_are_in_its_section() {
    // Each province printed on the middle row of its section (a tall merged cell's text
    // centred): the rows above it, down from the first naming it, are its own, those
    // naming it by one field only (`南昌市…` with no area code, `长沙…`) too.
    let n = norm_rows(
        "| | | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85251234 |\n\
         | 1 | 浙江 | 宁波市科学技术局 | 宁波市鄞州区宁穿路1901号 | 0574-89181234 |\n\
         | | | 温州市科学技术局 | 温州市鹿城区府前街1号 | 0577-88961234 |\n\
         | | | 南昌市外国专家局 | 卧龙路999号 | |\n\
         | | | 赣州市科学技术局 | 章贡区长征大道1号 | 0797-8991234 |\n\
         | 2 | 江西 | 九江市科学技术局 | 九江市浔阳区庐山路1号 | 0792-8581234 |\n\
         | | | 景德镇市科学技术局 | 景德镇市珠山区新厂西路1号 | 0798-8581234 |\n\
         | | | 长沙市科学技术局 | 金星中路1号 | |\n\
         | | | 株洲市外国专家局 | 天元区神农大道1号 | 0731-28681234 |\n\
         | 3 | 湖南 | 湘潭市科学技术局 | 湘潭市岳塘区芙蓉路1号 | 0731-58581234 |\n\
         | | | 衡阳市科学技术局 | 衡阳市蒸湘区船山大道1号 | 0734-8881234 |\n",
    );
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["浙江省", "浙江省", "浙江省", "江西省", "江西省", "江西省", "江西省", "湖南省", "湖南省", "湖南省", "湖南省"]);
    // Each move is a finding on the row's line, naming both provinces.
    let moved: Vec<(u32, &str, &str)> = n
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::ProvinceMismatch && f.message.contains("centred"))
        .map(|f| (f.line_start, f.before.as_str(), f.after.as_str()))
        .collect();
    assert_eq!(moved, [(6, "浙江省", "江西省"), (7, "浙江省", "江西省"), (10, "江西省", "湖南省"), (11, "江西省", "湖南省")]);
}

#[test]
fn a_last_row_naming_the_next_province_alone_stays_in_its_section() {
    // Provinces printed on their sections' first rows: one row naming the next province by
    // its name alone is a doubt, not a sign the cells are centred.
    let n = norm_rows(
        "| 1 | 浙江 | 宁波市科学技术局 | 宁波市鄞州区宁穿路1901号 | 0574-89181234 |\n\
         | | | 温州市科学技术局 | 温州市鹿城区府前街1号 | 0577-88961234 |\n\
         | | | 南昌市外国专家局 | 卧龙路999号 | |\n\
         | 2 | 江西 | 九江市科学技术局 | 九江市浔阳区庐山路1号 | 0792-8581234 |\n\
         | | | 景德镇市科学技术局 | 景德镇市珠山区新厂西路1号 | 0798-8581234 |\n\
         | 3 | 湖南 | 湘潭市科学技术局 | 湘潭市岳塘区芙蓉路1号 | 0731-58581234 |\n",
    );
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["浙江省", "浙江省", "浙江省", "江西省", "江西省", "湖南省"]);
    assert!(n.records[2].flags.contains(&FindingCode::ProvinceMismatch));
}

#[test]
fn rows_above_a_province_cell_printed_on_its_sections_last_row_are_its_own() {
    // Bottom-aligned merged cells: each section's rows but the one above the cell are
    // printed before it, under the province above.
    let n = norm_rows(
        "| | | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85251234 |\n\
         | 1 | 浙江 | 宁波市科学技术局 | 宁波市鄞州区宁穿路1901号 | 0574-89181234 |\n\
         | | | 南昌市外国专家局 | 卧龙路999号 | |\n\
         | | | 赣州市科学技术局 | 章贡区长征大道1号 | 0797-8991234 |\n\
         | 2 | 江西 | 九江市科学技术局 | 九江市浔阳区庐山路1号 | 0792-8581234 |\n\
         | | | 长沙市科学技术局 | 金星中路1号 | |\n\
         | | | 株洲市外国专家局 | 天元区神农大道1号 | 0731-28681234 |\n\
         | 3 | 湖南 | 湘潭市科学技术局 | 湘潭市岳塘区芙蓉路1号 | 0731-58581234 |\n",
    );
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["浙江省", "浙江省", "江西省", "江西省", "江西省", "湖南省", "湖南省", "湖南省"]);
}

#[test]
fn a_numbered_row_whose_place_is_of_no_namesake_in_the_section_above_opens_its_own() {
    // `3 | | 通州区科技局 | 通州区… | 1898…` under 上海's section: 通州区 is 北京's or 南通's, either way
    // not 上海's, so the 序号 opens a section, not a record of 上海; a municipality's district
    // printed bare is the municipality's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 河 南 | 邓州市人力资源和 社会保障局 | 南阳市邓州市和平中路510号 | 0377-65801343 |\n\
         | 2 | 上海 | 上海市外国专家局 | 奉贤区人民东路456号人才大厦2层 | 021-24322883 |\n\
         |  |  |  | 奉贤区团结东路227号 | 021-33409154 |\n\
         | 3 |  | 通州区科技局 | 通州区迎宾西路 241 号科技大厦 9  楼 599 室 | 18983603099 |\n\
         | 4 | 甘 肃 | 武威市行政审批服 务局 | 武威市天祝藏族自治县滨河南路 650  号政务服务中心 9 楼 2 号窗口 | 0935-8810470 |\n",
    );
    let r = n.records.iter().find(|r| r.institution == "通州区科技局").expect("read");
    assert_eq!(r.province, "北京市");
}

#[test]
fn first_rows_naming_no_province_take_the_one_of_the_numbered_rows_below() {
    // The document's first rows print no province cell (a merged cell printing its text
    // lower, or none): the first names a district of several provinces and dials a mobile,
    // so nothing of its own places it; the rows below are all 四川's. Placed in 四川省,
    // with the doubt in a finding.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n|---|---|---|---|---|\n\
         | 1 |  | 市中区人力资源和 社会保障局 | 市中区和平大道621号综合办公楼790 室 | 15712162146(两证联办) |\n\
         | 2 |  |  | 内江市市中区团结北路858号综合办公楼 293室 | 0832-5832449 |\n\
         | 3 |  | 色达县行政审批局 | 甘孜藏族自治州色达县振兴路 845 号 市民服务中心 5 号窗口 | 0836–6902261(工作日) |\n\
         | 4 |  | 南江县科学技术局 | 南江县中山东路531号市民服务中心11 号窗口 | 0827-8273336/3099790 |\n\
         | 5 |  | 东坡区科技局 | 东坡区新华大道 312 号 | 028-4774 9830 |\n",
    );
    assert_eq!(n.records.len(), 5);
    assert!(n.records.iter().all(|r| r.province == "四川省"), "{:?}", n.records.iter().map(|r| r.province).collect::<Vec<_>>());
    assert!(n.records[0].flags.contains(&FindingCode::ProvinceInferred));
}
