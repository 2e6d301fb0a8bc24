//! Several records in one row or cell, and garbled pages: told apart, dealt their numbers, pieced back.

use super::*;

#[test]
fn records_printed_side_by_side_in_one_row_are_split() {
    let md = "| 1 | 河北 | 河北省科学技术厅 | 石家庄市裕华区槐安东路 1 号 | 0311-12345678 |\n\
              | | | 石家庄市科学技术局 唐山市科学技术局 | 石家庄市长安区中山东路 39 号 唐山市路北区建设北路 2 号 | 0311-86687001 0315-2800001 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, String)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones[0].display())).collect();
    assert_eq!(
        got[1..],
        [
            ("石家庄市科学技术局", "石家庄市长安区中山东路39号", "0311-86687001".to_string()),
            ("唐山市科学技术局", "唐山市路北区建设北路2号", "0315-2800001".to_string())
        ]
    );
    assert!(n.records[1..].iter().all(|r| r.flags.contains(&FindingCode::CellSplit)));
    // Counts that disagree (two names, one phone) are left to the garbled-cell rules.
    let md =
        "| 1 | 河北 | 石家庄市科学技术局 唐山市科学技术局 | 石家庄市长安区中山东路 39 号 唐山市路北区建设北路 2 号 | 0311-86687001 |\n";
    assert!(norm(md).records.iter().all(|r| !r.flags.contains(&FindingCode::CellSplit)));
}

#[test]
fn a_name_wrapped_inside_a_word_is_one_record_not_two_side_by_side() {
    // `南京市科` ends like a section's name, but `学技术局` finishes 科学: one name, its
    // address wrapped after its number, two numbers of one point.
    let md = "| 10 | 江苏 | 江苏省科学技术厅 | 南京市鼓楼区北京西路68号 | 025-83356350 |\n\
              | | | 南京市科 学技术局 | 江苏省南京市建邺区江东中路265号 南京市行政服务大厅科技局服务窗口A235和A236 | 025-68505235 025-68505236 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [("南京市科学技术局", "江苏省南京市建邺区江东中路265号南京市行政服务大厅科技局服务窗口A235和A236", 2)]
    );
}

#[test]
fn records_side_by_side_sharing_one_number_each_get_it() {
    // The shared number printed once per record: the cell reads it once.
    let md = "| 19 | 广东 | 广东省科学技术厅 | 广州市越秀区连新路171号 | 020-83160001 |\n\
              | | | 番禺区科学技术局服务窗口(受理番禺辖区内单位业务) 花都区科学技术局服 务窗口(受理花都辖 区内单位业务) | 广州市番禺区市桥街清河东路1号 广州市花都区新华街公益路1号 | 020-12345 020-12345 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    assert_eq!(
        got[1..],
        [
            ("番禺区科学技术局服务窗口(受理番禺辖区内单位业务)", vec!["020-12345".to_string()]),
            ("花都区科学技术局服务窗口(受理花都辖区内单位业务)", vec!["020-12345".to_string()])
        ]
    );
    // A number repeated beside as many distinct numbers as records is not dealt out.
    let md = "| 19 | 广东 | 广东省科学技术厅 | 广州市越秀区连新路171号 | 020-83160001 |\n\
              | | | 番禺区科学技术局 花都区科学技术局 | 广州市番禺区市桥街清河东路1号 广州市花都区新华街公益路1号 | 020-84620001 020-86880001 020-84620001 |\n";
    assert!(norm(md).records.iter().all(|r| !r.flags.contains(&FindingCode::CellSplit)));
}

#[test]
fn records_side_by_side_part_where_a_numbered_list_of_addresses_opens() {
    // The second record's first address is the first of a list, its place in a bracket.
    let md = "| 15 | 山东 | 山东省外国专家局 | 济南市解放东路16号 | 0531-81280001 |\n\
              | | | 日照市外国专家局 烟台市外国专家局 | 日照市北京路128号,日照市劳动大厦507室 1.市政务服务中心(烟台市港城东大街1号)3楼127号 | 0633-8860001 0535-6630001 |\n\
              | | | | 2.市人社局609室(烟台市胶州路7号) | 0535-6630002 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [
            ("日照市外国专家局", "日照市北京路128号,日照市劳动大厦507室", 1),
            ("烟台市外国专家局", "1.市政务服务中心(烟台市港城东大街1号)3楼127号", 1),
            ("烟台市外国专家局", "2.市人社局609室(烟台市胶州路7号)", 1)
        ]
    );
}

#[test]
fn records_side_by_side_part_before_an_address_opening_with_a_town() {
    // The second address opens with a township no division table knows; the word after
    // the first address's house number is still its building.
    let md = "| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区东大街1号 | 028-86720001 |\n\
              | | | 四川省内江市科学技术局 四川省阿坝藏族羌族自治州科学技术局 | 内江市东兴区汉渝大道101号市政务 服务中心一楼二号窗口 茸勒乡马尔康大道北 侧集中办公区A栋9 楼 | 0832-8350001 0837-2840001 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[1..],
        [
            ("四川省内江市科学技术局", "内江市东兴区汉渝大道101号市政务服务中心一楼二号窗口"),
            ("四川省阿坝藏族羌族自治州科学技术局", "茸勒乡马尔康大道北侧集中办公区A栋9楼")
        ]
    );
    // Likewise an address opening with its street and number, the first address's last
    // word cut inside a word.
    let md = "| 2 | 天津 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-23010001 |\n\
              | | | 天津市自贸区(空港经济区)行政审批中心 天津市自贸区(临港经济区)行政审批中心 | 天津滨海新区空港经 济区西三道166号自贸区行 政审批中心 渤海路1号临港大厦1楼 | 022-84900001 022-25200001 |\n";
    assert_eq!(
        names_and_addresses(&norm(md))[1..],
        [
            ("天津市自贸区(空港经济区)行政审批中心", "天津滨海新区空港经济区西三道166号自贸区行政审批中心"),
            ("天津市自贸区(临港经济区)行政审批中心", "渤海路1号临港大厦1楼")
        ]
    );
}

#[test]
fn records_side_by_side_deal_a_mobile_to_the_landline_before_it() {
    // The mobile fits either record's city: a record's numbers open with its landline.
    let md = "| 13 | 福建 | 福建省科学技术厅 | 福州市鼓楼区湖东路1号 | 0591-87880001 |\n\
              | | | 三明市科学技术局 莆田市科学技术局 | 三明市三元区江滨北路11号 莆田市城厢区荔城中大道1366号 | 0598-7500001 13900000001 0594-2650001 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    assert_eq!(
        got[1..],
        [
            ("三明市科学技术局", vec!["0598-7500001".to_string(), "13900000001".to_string()]),
            ("莆田市科学技术局", vec!["0594-2650001".to_string()])
        ]
    );
}

#[test]
fn a_point_printed_twice_with_other_numbers_is_a_doubt() {
    // The same name and address again with a number one digit apart: kept (either may be
    // right), the later one flagged against the earlier.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江 | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186365 |\n\
| | | 温州市科学技术局 | 温州市鹿城区会展路 1288 号 | 0577-89090580 |\n\
| | | 宁波市科学技术局 | 宁波市鄞州区宁穿路2001号 | 0574-89186366 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 3);
    let flagged: Vec<(u32, &str, &str)> = n
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::PossibleDuplicate)
        .map(|f| (f.line_start, f.before.as_str(), f.after.as_str()))
        .collect();
    assert_eq!(flagged, [(5, "0574-89186365", "0574-89186366")]);
    // Its phones again with an address OCR garbled: flagged on the address.
    let garbled = md.replace("宁穿路2001号 | 0574-89186366", "宁穹路2001号 | 0574-89186365");
    let n = norm(&garbled);
    let flagged: Vec<(u32, Option<&str>)> =
        n.findings.iter().filter(|f| f.code == FindingCode::PossibleDuplicate).map(|f| (f.line_start, f.field)).collect();
    assert_eq!(flagged, [(5, Some("address"))]);
    assert!(n.records[2].flags.contains(&FindingCode::PossibleDuplicate));
    assert!(!n.records[0].flags.contains(&FindingCode::PossibleDuplicate));
    // (Letters OCR read for the house number's digits are read back first: the same
    // point, printed twice, merged.)
    let n = norm(&md.replace("宁穿路2001号 | 0574-89186366", "宁穿路2O0l号 | 0574-89186365"));
    assert_eq!(n.records.len(), 2, "{:#?}", n.records);
    assert!(n.findings.iter().any(|f| f.code == FindingCode::LookalikeCharFixed && f.after.contains("2001号")));
    // Far apart (a file holding the directory twice), the same point is listed again.
    let filler: String = (0..210).map(|i| format!("| | | 温州市第{i}分局 | 温州市鹿城区会展路{i}号 | 0577-8909{i:04} |\n")).collect();
    let far = format!("{md}{filler}| | | 宁波市科学技术局 | 宁波市鄞州区宁穿路2001号 | 0574-89186367 |\n");
    let n = norm(&far);
    let lines: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::PossibleDuplicate).map(|f| f.line_start).collect();
    assert_eq!(lines, [5]);
}

#[test]
fn garbled_views_give_tails_and_heads_back() {
    // One page read as several overlapping runs: a run opening with the tails of a
    // record whose head was lost, a phone-only row, then a run opening with the tails
    // of the record before 保定.
    let md = "| 1 | 河北 | 石家庄市科学技术局(外国专家局) | 石家庄市长安区中山东路1号 | 0311-86687001 |\n\
| | | 唐山市科学技术局(外国专家局) | 唐山市路北区建设北路2号 | 0315-2800001 |\n\
| | | 秦皇岛市科学技术局(外国专家局) | 秦皇岛市海港区文化路3号 | 0335-3030001 |\n\
| 术局(外国专家局) 中心 1 号楼 0313 室 邯郸市科学技术局(外国专家局) 邯郸市丛台区人民路 12 号 0310-3100001 邢台市科学技术局(外国专家局) 邢台市桥东区新华路 26 号政府一号楼 1140 0319-3200001 保定市科学技术局(外国专家局) 保定市竞秀区东风路 19 号 0312-3300001 | | | | |\n\
| | | | | 0317-2790317 |\n\
| 局(外国专家局) 室 保定市科学技术局 (外国专家局) 保定市竞秀区东风路 19 号 0312-3300001 | | | | |\n";
    let n = norm(md);
    let by_phone =
        |p: &str| n.records.iter().find(|r| r.phones.iter().any(|x| x.number == p)).unwrap_or_else(|| panic!("{p}: {:#?}", n.records));
    let xt = by_phone("0319-3200001");
    assert_eq!(xt.address, "邢台市桥东区新华路26号政府一号楼1140室");
    assert_eq!(xt.source_lines, vec![4, 6]);
    let cz = by_phone("0317-2790317");
    assert_eq!(cz.institution, "沧州市科学技术局(外国专家局)");
    assert_eq!(cz.address, "中心1号楼0313室");
    assert!(cz.flags.contains(&FindingCode::NameCompleted));
    assert_eq!(n.records.iter().filter(|r| r.institution.starts_with("保定")).count(), 1);
    assert_eq!(n.records.len(), 7, "{:#?}", n.records);
}

#[test]
fn a_garbled_run_cut_at_the_row_goes_on_in_the_next_row() {
    // Two wrapped columns read line by line and cut at the row: 金山's name and address
    // end in the next row's cell; 松江's clean-looking row holds only tails.
    let md = "| 9 | 上海 | 黄浦区科学技术委员会 | 黄浦区五里桥街道蒙自路701号 | 021-53023249 |\n\
| 徐汇区科学技术委 徐汇区南宁路 999 号 021-64043512 员会 2 楼 13 号窗口 金山区科学技术委 金山区山阳镇龙山路 555 号金山区行政服 | | | | 021-57922206 |\n\
| 员会 务中心二楼无差别综合受理大厅 19-20 号窗口 松江区科学技术委 松江区乐都西路 867 号 4 号 021-37657976 | | | | |\n\
| 员会 出入境接待大厅窗口) | | | | 021-37657976 |\n";
    let n = norm(md);
    let find = |p: &str| n.records.iter().find(|r| r.institution.starts_with(p)).unwrap_or_else(|| panic!("{p}: {:#?}", n.records));
    let js = find("金山区");
    assert_eq!(js.institution, "金山区科学技术委员会");
    assert_eq!(js.address, "金山区山阳镇龙山路555号金山区行政服务中心二楼无差别综合受理大厅19-20号窗口");
    assert_eq!(find("徐汇区").address, "徐汇区南宁路999号2楼13号窗口");
    let sj = find("松江区");
    assert_eq!(sj.institution, "松江区科学技术委员会");
    assert!(n.records.iter().all(|r| !r.institution.starts_with("员会")), "{:#?}", n.records);
    // The tail text the name replaced is kept in a finding.
    assert!(n.findings.iter().any(|f| f.before.contains("出入境接待大厅")));
}

#[test]
fn numbered_records_under_a_merged_province_cell_keep_its_province() {
    // 序号 numbers every record; the province is printed once (a merged cell). A number
    // whose row names another province starts that province (its cell lost).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 河北 | 石家庄市科学技术局 | 石家庄市长安区中山东路 39 号 | 0311-86681234 |\n\
| 2 | | 唐山市科学技术局 | 唐山市路北区建设北路 99 号 | 0315-2801234 |\n\
| 3 | | 开发区管委会 | 高新区创新路 1 号 | 0311-85681234 |\n\
| 4 | | 甘肃省科学技术厅 | 甘肃省兰州市城关区庆阳路 166 号 | 0931-8878136 |\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["河北省", "河北省", "河北省", "甘肃省"]);
    assert!(n.records[..3].iter().all(|r| !r.flags.contains(&FindingCode::ProvinceInferred)), "{:#?}", n.records);
    assert!(n.records[3].flags.contains(&FindingCode::ProvinceInferred));
    assert_eq!(n.records[2].institution, "开发区管委会");
    // Every printed number stays in the audit.
    for (line, seq) in [(4, "2"), (5, "3"), (6, "4")] {
        assert!(n.findings.iter().any(|f| f.line_start == line && f.before == seq), "{line}: {:#?}", n.findings);
    }
}

#[test]
fn records_pieced_from_one_garbled_cell_keep_printed_order() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 8 | 辽宁 | 辽宁省科学技术厅 | 沈阳市和平区三好街 13 号 | 024-23983327 |\n\
| | | 大连市科学技术局 大连市西岗区人民广场 1 号 0411-83631234 鞍山市科学技术局 鞍山市铁东区胜利南路 35 号 0412-5581234 | | |\n\
| | | 抚顺市科学技术局 | 抚顺市新抚区中央大街 1 号 | 024-57501234 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["辽宁省科学技术厅", "大连市科学技术局", "鞍山市科学技术局", "抚顺市科学技术局"]);
}

#[test]
fn records_merged_into_one_row_are_dealt_out() {
    // Names wrapped inside, addresses opening with a district of the name's city or
    // after a label, numbers dealt out by area code, at the bare space between two
    // records' lists or between two series; where nothing tells whose numbers are whose,
    // in order, flagged.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
| 1 | 江苏省 | 苏州市科学技术局 昆山市科学技术局 | 苏州市平泷路251号城市生活广场二楼 昆山市人才科创发展服务中心一楼服务大厅 | 0512-69820216 0512-57152837; 0512-55186067 |\n\
| 2 | 四川省 | 四川省凉山彝族自 治州科学技术局 四川省达州市科学技术局 | 西昌市高枧乡航天大道 9楼 通川区永兴路2号 | 0834-2185066 0818-2389003 0818-2389004 |\n\
| 3 | 山东省 | 济南市科学技术局(济南市外国专家局) 青岛市外国专家局 | 济南市历下区龙鼎大道 1号D529 政府受理点:青岛市市南区香港中路11号 | 0531-66605973 0532-85911893 |\n\
| 4 | 浙江省 | 滨江区科技局 萧山区科技局 | 滨江区泰安路200号 萧山区金惠路685号 | 0571-87702465 0571-82898588 0571-81898555 |\n\
| 5 | 湖北省 | 武汉市外国专家局 武汉市自贸区 | 湖北省武汉市江岸区金桥大道117号市民之家 武汉市高新大道777号光谷 公共服务中心 | 027-65770118 027-65528065 |\n\
| 6 | 江苏省 | 常州市武进区政务服务中心 常州市新北区行政服务中心综合窗口 | 武进区花园街1号公安 专区7号窗口 珠江路128号1楼5 、6号窗口 | 0519-86318304 0519-85180337 |\n\
| 7 | 四川省 | 四川省眉山市科学技术局 四川省遂宁市科学技术局 | 东坡区眉州大道西三段 121号 河东新区莲花会展中心3号 花瓣2楼市公安局出 入境管理支队窗口 | 028-38168884 0825-2655078 |\n\
| 8 | 山东省 | 威海市外国专家局 威海市外国专家局 | 1.市政务服务中心(威海市 文化中路86号)3楼 127号 2.市人社局609室(威海市胶州路7号) | 0631-5897092 0631-5190822 |\n\
| 9 | 江苏省 | 苏州工业园区人事局 张家港市科学技术局 | 苏州大道东351号工商大厦 张家港市沙洲湖科创园 | 0512-66683196 0512-66683197 0512-58286113 |\n\
| 10 | 浙江省 | 余杭区科技局1 余杭区科技局2 | 余杭区文一西路998号1幢 余杭区文一西路601号国际人才园2楼 | 0571-86370796 0571-88676837 |\n\
| 11 | 湖北省 | 武汉市自贸区 襄阳市外国专家局 | 武汉市高新大道777号光谷 湖北省襄阳市襄城区荆州街73号 | 027-65528065 0710-3511681 |\n\
| 12 | 天津市 | 天津市滨海新区行政审批局 中国天津人力资源开发服务中心 | 滨海新区于家堡融合路681号 天津市河西区九龙路58号 | 022-65305900 022-28132712 |\n\
| 24 | 贵州省 | 贵州省科技厅 贵阳市科技局 | 贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号 贵阳市观山湖区市级行政中心 | 0851-85553449; 0851-85557424 0851-87989108 |\n\
| 11 | 浙江省 | 江干区科技局 拱墅区科技局 | 江干区庆春东路1-1号 拱墅区白石巷202号 | 0571-86972243 0571-88259520 0571-28910613 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    let want =
        |name: &'static str, addr: &'static str, phones: &[&str]| (name, addr, phones.iter().map(|p| p.to_string()).collect::<Vec<_>>());
    assert_eq!(
        got[..6],
        [
            want("苏州市科学技术局", "苏州市平泷路251号城市生活广场二楼", &["0512-69820216"]),
            want("昆山市科学技术局", "昆山市人才科创发展服务中心一楼服务大厅", &["0512-57152837", "0512-55186067"]),
            want("四川省凉山彝族自治州科学技术局", "西昌市高枧乡航天大道9楼", &["0834-2185066"]),
            want("四川省达州市科学技术局", "通川区永兴路2号", &["0818-2389003", "0818-2389004"]),
            want("济南市科学技术局(济南市外国专家局)", "济南市历下区龙鼎大道1号D529", &["0531-66605973"]),
            want("青岛市外国专家局", "政府受理点:青岛市市南区香港中路11号", &["0532-85911893"]),
        ]
    );
    assert_eq!(n.records.len(), 28, "{:#?}", n.records);
    // Numbers of one area that are no clear series (`…87702465 …82898588 …81898555`):
    // one each in order, the last record the rest, flagged.
    assert_eq!(
        got[6..8],
        [
            want("滨江区科技局", "滨江区泰安路200号", &["0571-87702465"]),
            want("萧山区科技局", "萧山区金惠路685号", &["0571-82898588", "0571-81898555"]),
        ]
    );
    assert_eq!(
        got[26..],
        [
            want("江干区科技局", "江干区庆春东路1-1号", &["0571-86972243"]),
            want("拱墅区科技局", "拱墅区白石巷202号", &["0571-88259520", "0571-28910613"]),
        ]
    );
    let in_order = |i: usize| n.records[i].flags.contains(&FindingCode::PhonesDealtInOrder);
    assert!((0..28).all(|i| in_order(i) == [6, 7, 26, 27].contains(&i)));
    assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::RecordsRunTogether)));
    // An office named by its zone alone (`武汉市自贸区`) is a name too.
    assert_eq!(
        got[8..26],
        [
            want("武汉市外国专家局", "湖北省武汉市江岸区金桥大道117号市民之家", &["027-65770118"]),
            want("武汉市自贸区", "武汉市高新大道777号光谷公共服务中心", &["027-65528065"]),
            // An address printed without its place opens with its street and number.
            want("常州市武进区政务服务中心", "武进区花园街1号公安专区7号窗口", &["0519-86318304"]),
            want("常州市新北区行政服务中心综合窗口", "珠江路128号1楼5、6号窗口", &["0519-85180337"]),
            // The last address opening with a zone no table knows, after a house number.
            want("四川省眉山市科学技术局", "东坡区眉州大道西三段121号", &["028-38168884"]),
            want("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口", &["0825-2655078"]),
            // Addresses numbered as a list.
            want("威海市外国专家局", "1.市政务服务中心(威海市文化中路86号)3楼127号", &["0631-5897092"]),
            want("威海市外国专家局", "2.市人社局609室(威海市胶州路7号)", &["0631-5190822"]),
            // Numbers sharing an area code, apart by bare spaces: each record's are a series.
            want("苏州工业园区人事局", "苏州大道东351号工商大厦", &["0512-66683196", "0512-66683197"]),
            want("张家港市科学技术局", "张家港市沙洲湖科创园", &["0512-58286113"]),
            // Numbered windows' names; a zone's office before another name; a name
            // opening with the country before its place.
            want("余杭区科技局1", "余杭区文一西路998号1幢", &["0571-86370796"]),
            want("余杭区科技局2", "余杭区文一西路601号国际人才园2楼", &["0571-88676837"]),
            want("武汉市自贸区", "武汉市高新大道777号光谷", &["027-65528065"]),
            want("襄阳市外国专家局", "湖北省襄阳市襄城区荆州街73号", &["0710-3511681"]),
            want("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", &["022-65305900"]),
            want("中国天津人力资源开发服务中心", "天津市河西区九龙路58号", &["022-28132712"]),
            // A place after a separator opens the record's other address, not the next's.
            want("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号", &["0851-85553449", "0851-85557424"]),
            want("贵阳市科技局", "贵阳市观山湖区市级行政中心", &["0851-87989108"]),
        ]
    );
}

#[test]
fn merged_records_are_not_cut_before_a_street_s_direction() {
    // `第三 | 大街40号`, `金水 | 东路85号`, `第 | 三大街40号`: the space before a street
    // named by its direction or size alone, or after an ordinal, is a wrap inside the
    // second address, not where it opens.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 天津市 | 天津市引进人才综合服务 中心 天津市开发区人社局 | 河西区友谊北路29号 经济技术开发区第三 大街40号档案馆七楼 | 022-83869365 022-25203396 |\n\
| 2 | 河南省 | 郑州航空港经济综合实验区科技人才局 中国(河南)自由贸易试验区郑州片区管理委员会 | 河南省郑州航空港经济综合实验区新港大道297号 郑州市金水区金水 东路85号河南自贸大厦 | 0371-86190689 0371-67880637 |\n\
| 3 | 天津市 | 天津市人才服务中心 天津市开发区人社局二处 | 河西区友谊北路30号 经济技术开发区第 三大街41号档案馆七楼 | 022-83869366 022-25203397 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("天津市引进人才综合服务中心", "河西区友谊北路29号"),
            ("天津市开发区人社局", "经济技术开发区第三大街40号档案馆七楼"),
            ("郑州航空港经济综合实验区科技人才局", "河南省郑州航空港经济综合实验区新港大道297号"),
            ("中国(河南)自由贸易试验区郑州片区管理委员会", "郑州市金水区金水东路85号河南自贸大厦"),
            ("天津市人才服务中心", "河西区友谊北路30号"),
            ("天津市开发区人社局二处", "经济技术开发区第三大街41号档案馆七楼"),
        ]
    );
}

#[test]
fn a_merged_record_s_address_does_not_open_with_the_city_of_the_name_before() {
    // `成都出入境接待中心…` lies in 四川省 as 巴中 does, but names the city of the name
    // before, whose address (`青羊区人民西路2号`) has not named it yet: it goes on that.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川省 | 四川省成都市外国专家局 四川省巴中市科学技术局 | 青羊区人民西路2号 成都出入境接待中心3楼12-17号窗口 经开区红星街70号市民之家3楼 | 028-62377790 0827-5269390 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口"),
            ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼")
        ]
    );
}

#[test]
fn records_merged_into_one_row_part_after_a_name_ending_before_its_remark() {
    // The first name ends before a bracketed remark and the second opens with no place:
    // told apart by their endings, each address opening with a place of the province.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
| 1 | 广东省 | 深圳市红山国际服务中心来华工作许可窗口 | 深圳市龙华区民治街道红山6979二期8栋 | 0755-21019987 |\n\
|  |  | 深圳市招商街道境外人员管理服务中心(侧重受理南山区、宝安区单位业务) 外国人来华工作许可桂园街道工作站 | 深圳市南山区工业六 路蛇口网谷科技大厦2期 B座1楼 深圳市罗湖区书城路1号都市名园F座 | 0755-26834570 0755-25102948 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("深圳市红山国际服务中心来华工作许可窗口", "深圳市龙华区民治街道红山6979二期8栋"),
            ("深圳市招商街道境外人员管理服务中心(侧重受理南山区、宝安区单位业务)", "深圳市南山区工业六路蛇口网谷科技大厦2期B座1楼"),
            ("外国人来华工作许可桂园街道工作站", "深圳市罗湖区书城路1号都市名园F座"),
        ]
    );
    assert_eq!(n.records[2].phones[0].display(), "0755-25102948");
}

#[test]
fn records_merged_into_one_row_whose_numbers_nothing_tells_apart_deal_them_in_order() {
    // Four numbers of one area for three records: `…87051076 …87056704` share their first
    // four digits as much as a record's two numbers do, so no cut between them is clear.
    // Each record keeps its own name and address, takes one number in order (the last the
    // rest), and is flagged with the row's whole number cell: no number lost or doubled.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江省 | 浙江省外国专家局 上城区科技局 江干区科技局 | 杭州市环城西路33号 上城区望潮路77号科 技局东楼1114 江干区庆春东路1-1号西子联合大厦10楼1013室 | 0571-87051076 0571-87056704 0571-86972242 0571-86972243 |\n\
| | | 拱墅区科技局 | 拱墅区白石巷202号5楼526、509室 | 0571-88259520、0571-28910613 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("浙江省外国专家局", "杭州市环城西路33号", 1),
            ("上城区科技局", "上城区望潮路77号科技局东楼1114", 1),
            ("江干区科技局", "江干区庆春东路1-1号西子联合大厦10楼1013室", 2),
            ("拱墅区科技局", "拱墅区白石巷202号5楼526、509室", 2),
        ]
    );
    for r in &n.records[..3] {
        assert!(r.flags.contains(&FindingCode::PhonesDealtInOrder), "{r:?}");
        assert!(!r.flags.contains(&FindingCode::RecordsRunTogether), "{r:?}");
    }
    assert!(!n.records[3].flags.contains(&FindingCode::PhonesDealtInOrder));
    let dealt: Vec<String> = n.records[..3].iter().flat_map(|r| r.phones.iter().map(|p| p.display())).collect();
    assert_eq!(dealt, ["0571-87051076", "0571-87056704", "0571-86972242", "0571-86972243"]);
    let flagged = n.findings.iter().filter(|f| f.code == FindingCode::PhonesDealtInOrder).collect::<Vec<_>>();
    assert_eq!(flagged.len(), 3);
    assert!(flagged.iter().all(|f| f.before == "0571-87051076 0571-87056704 0571-86972242 0571-86972243" && f.line_start == 3));
}

#[test]
fn numbers_dealt_in_order_keep_a_list_joined_by_a_mark_together() {
    // `023-62192269 / 023-62191366` is one record's pair; the bare spaces after it form no
    // series: one list each in order, the last record the rest, flagged.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 22 | 重庆市 | 重庆市科技局 重庆市人力社保局政务服务大厅 | 重庆市渝北区新溉大道2号 重庆市渝北区仙桃街道春华大道99号 | 023-62192269 / 023-62191366 023-63120258 023-88633907 |\n";
    let n = norm(md);
    let got: Vec<(&str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    assert_eq!(
        got,
        [
            ("重庆市科技局", vec!["023-62192269".to_string(), "023-62191366".to_string()]),
            ("重庆市人力社保局政务服务大厅", vec!["023-63120258".to_string(), "023-88633907".to_string()]),
        ]
    );
    assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::PhonesDealtInOrder)));
}

#[test]
fn names_cut_before_places_that_hold_two_are_read_by_their_endings() {
    // `西双纳州` (OCR's 西双版纳州) is no place: cut before places, the first two names
    // stay one and take no address of their own; cut after their endings (`…和社会 |
    // 保障局` is a name's own tail, too short to be a name), each has its record.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 25 | 云南省 | 普洱人力资源和社会保障局 西双纳州人力资源和社会 保障局 德宏州人力资源和社会保障局 | 普洱市月光路1号市人社局2楼 景洪市易武路17号 芒市胞波路60号 | 0879-2123387 0691-2140351 0692-2120369 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("普洱人力资源和社会保障局", "普洱市月光路1号市人社局2楼", 1),
            ("西双纳州人力资源和社会保障局", "景洪市易武路17号", 1),
            ("德宏州人力资源和社会保障局", "芒市胞波路60号", 1),
        ]
    );
    assert_eq!(n.records[1].phones[0].display(), "0691-2140351");
}

#[test]
fn names_read_by_their_endings_win_when_they_take_one_number_each() {
    // Cut before places, `北京CBD…` and `望京…` (no place) stay one name and the three
    // numbers would be dealt by order alone; cut after their endings, three names take
    // an address and a number each.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 电子城•IT产业园国际人 才一站式服务中心 北京CBD国际人才 一站式服务中心 望京国际人才一站式服务 站 | 朝阳区将台酒仙桥北路甲10号院304号楼 朝阳区东三环中路7号 财富中心写字楼A座翼楼 0309 朝阳区望京西园四区425楼 | 010-84592515 010-65927145 010-61847598 |\n";
    let n = norm(md);
    assert_told_apart(
        &n,
        &[
            ("电子城•IT产业园国际人才一站式服务中心", "朝阳区将台酒仙桥北路甲10号院304号楼", 1),
            ("北京CBD国际人才一站式服务中心", "朝阳区东三环中路7号财富中心写字楼A座翼楼0309", 1),
            ("望京国际人才一站式服务站", "朝阳区望京西园四区425楼", 1),
        ],
    );
}

#[test]
fn names_read_by_their_endings_win_when_they_part_more_records_as_surely() {
    // Cut before places, only `鞍山市…` opens a name: two records, 大连's two numbers to
    // one name holding two. Cut after their endings, three names take an address each and
    // the area codes deal the numbers (two of 大连, two of 鞍山).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 金普新区科学技术局 自贸区制度创新二局 鞍山市科学技术局(外国专家 局) | 大连市开发区金马路197号金 普新区行政服务中心 大连保税区洞庭路1号自贸区行政服务中心 鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心 | 0411-87935782 0411-81641509 0412-5591225、0412-5539457 |\n";
    let n = norm(md);
    assert_told_apart(
        &n,
        &[
            ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
            ("自贸区制度创新二局", "大连保税区洞庭路1号自贸区行政服务中心", 1),
            ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心", 2),
        ],
    );
}

#[test]
fn as_many_words_left_as_names_give_each_name_one() {
    // `经开区红星街…` opens with a zone no table knows, not a place of 巴中's: with three
    // words for three names, it is still 巴中's address (the area codes agree).
    let rows = "\
| 23 | 四川 | 四川省成都市外国专家局 四川省巴中市科学技术局 四川省广元市科学技术局 | 青羊区人民西路2号成都出入境接待中心3楼12-17号窗口 经开区红星街70号市民之家3楼(综合服务窗口) 市中区柏杨东路222号 | 028-62377790 0827-5269390 0839-3269691 |\n";
    let n = norm_rows(rows);
    assert_told_apart(
        &n,
        &[
            ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口", 1),
            ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼(综合服务窗口)", 1),
            ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
        ],
    );
    // Not a word that goes on the one before (`…融合路68 | 1号`): the row stays one
    // record, flagged, rather than two with the wrong addresses.
    let rows = "\
| 2 | 天津 | 天津市河东区行政审批局 天津市滨海新区行政审批局 | 河东区红星路79号滨海新区于家堡融合路68 1号 | 022-24538914 022-66897776 |\n";
    let n = norm_rows(rows);
    assert_eq!(n.records.len(), 1, "{:#?}", n.records);
    assert!(n.records[0].flags.contains(&FindingCode::RecordsRunTogether));
}

#[test]
fn the_first_of_names_read_by_their_endings_may_print_its_address_without_its_place() {
    // `将台路5号院15号楼A座` names its street and number but no place: still the first
    // record's own address. A name wrapped after its ending beside one address whose
    // second part names no street stays one record.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 北京海外学人中心 外国人来华工作事务部(北京市外国人来华工作事务中心) | 丰台区西三环南路1号 北京市政务服务中心三层C岛 | 010-89150841 010-89150842 |\n\
| | | 朝阳区人力资源公共服务中心 朝阳区国际人才一站式服务中心 电子城•IT产业园国际人才一站式服务中心 | 将台路5号院15号楼A座 朝阳区霄云路霄云里1号 朝阳区将台酒仙桥北路甲10号院304号楼 | 010-57596100-3 010-84681219 010-84592515 |\n";
    let n = norm(md);
    assert_told_apart(
        &n,
        &[
            ("北京海外学人中心外国人来华工作事务部(北京市外国人来华工作事务中心)", "丰台区西三环南路1号北京市政务服务中心三层C岛", 2),
            ("朝阳区人力资源公共服务中心", "将台路5号院15号楼A座", 1),
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
            ("电子城•IT产业园国际人才一站式服务中心", "朝阳区将台酒仙桥北路甲10号院304号楼", 1),
        ],
    );
}

#[test]
fn a_garbled_cell_holding_a_name_and_its_address_gives_the_record_both() {
    // The rule between name and address lost on a page's first row, the address ending
    // like a name (`…303办公室`): both go on the row's record.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽省 | 滁州市科学技术局 | 滁州市龙蟠大道99号政务中心北5楼 | 0550-3043132 |\n\n\
| | | 六安市科学技术局 安徽省六安市行政中心 5号楼3楼六安市 科学技术局303办 公室 | 0564-3378378 |\n|---|---|---|---|\n\
| | | 马鞍山市科技局窗口 | 马鞍山市印山东路2009 号汇通大厦行政服务中心三 楼B18号 | 0555-2321523 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("六安市科学技术局", "安徽省六安市行政中心5号楼3楼六安市科学技术局303办公室"));
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn the_last_merged_address_opens_with_a_place_its_name_holds() {
    // After the first address's house number, the words before the place the second
    // name holds inside it (`临港新片区`, no table's) are the first address's rest.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 9 | 上海市 | 崇明区科学技术委员会 中国(上海)自由贸易试验区临港新片区人才服务中心 | 崇明区城桥镇城桥镇崇明大道 7800号,外国人来华 工作许可窗口 临港新片区国际人才服务港(紫杉路158弄1号楼5号窗口) | 021-59627016 021-68289698 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("崇明区科学技术委员会", "崇明区城桥镇城桥镇崇明大道7800号,外国人来华工作许可窗口", 1),
            ("中国(上海)自由贸易试验区临港新片区人才服务中心", "临港新片区国际人才服务港(紫杉路158弄1号楼5号窗口)", 1),
        ]
    );
}

#[test]
fn merged_addresses_part_by_how_places_nest() {
    // A district of the city the first address named goes on that address; a word
    // naming the second name's city and its street opens the second, before the
    // second name's district further on.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 安徽省 | 合肥市庐阳区人社局就业保障中心 合肥市高新区人劳局劳动管理处 | 合肥市亳州路182号 庐阳区政务服务中心 合肥市创新大道2760号高新 区行政服务中心 | 0551-65699354 0551-65315587 |\n\
| 2 | 浙江省 | 海宁市科学技术局 秀洲区科学技术局 | 海宁市海州西路226号行政中心2号楼20430 嘉兴市洪兴西路1765号 秀洲区行政中心5 33室 | 0573-87659015 0573-82720254 |\n\
| 3 | 北京市 | 北京海外学人中心外国人来华工作事务部 朝阳区人力资源公共服务中心 | 丰台区西三环南路1号 北京市政务服务中心三层C岛 将台路5号院15号楼A座 | 010-89150841 010-57596100 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("合肥市庐阳区人社局就业保障中心", "合肥市亳州路182号庐阳区政务服务中心"),
            ("合肥市高新区人劳局劳动管理处", "合肥市创新大道2760号高新区行政服务中心"),
            ("海宁市科学技术局", "海宁市海州西路226号行政中心2号楼20430"),
            ("秀洲区科学技术局", "嘉兴市洪兴西路1765号秀洲区行政中心533室"),
            // (Not the name's city naming no street: the first address's building.)
            ("北京海外学人中心外国人来华工作事务部", "丰台区西三环南路1号北京市政务服务中心三层C岛"),
            ("朝阳区人力资源公共服务中心", "将台路5号院15号楼A座"),
        ],
        "{:#?}",
        n.findings
    );
}

#[test]
fn merged_addresses_are_not_cut_after_a_word_of_place_names_alone() {
    // The first record's second address opens `贵州省贵阳市`, then wraps: `南明区…` (a
    // district of the second name's city) goes on it; the second address opens with
    // that city further on.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 贵阳市科技局 | 贵阳市南明区科学路16号 / 贵州省贵阳市 南明区遵义路270号贵州省政务服务中心 贵阳市观山湖区市级行政中心市政府大楼A区524 | 0851-85553449 0851-87989108 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心"),
            ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524")
        ]
    );
}

#[test]
fn merged_addresses_without_places_are_cut_before_a_zone_and_never_inside_a_word() {
    // The second address names no place a table knows: it opens with its zone
    // (`东疆港保税区…`), not at the first word after a house number (`批中心`, the rest of
    // `行政审批中心`); nor does one open with the end of a word (`窗` + `口`).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 2 | 天津市 | 天津市自贸区(中心商务 区)行政审批中心 天津市自贸区(东疆 保税港区)行政审 批中心 | 天津滨海新区于家堡融和路 681号自贸区行政审 批中心 东疆港保税区亚洲路46 11号1楼 | 022-65819408 022-25605046 |\n\
| 23 | 四川省 | 四川省成都市外国专家局 四川省巴中市科学技术局 | 青羊区人民西路2 号成都出入境接待中心 3楼12-17号窗 口 经开区红星街70 号市民之家3楼(综合服务 窗口) | 028-62377790 0827-5269390 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("天津市自贸区(中心商务区)行政审批中心", "天津滨海新区于家堡融和路681号自贸区行政审批中心"),
            ("天津市自贸区(东疆保税港区)行政审批中心", "东疆港保税区亚洲路4611号1楼"),
            ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口"),
            ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼(综合服务窗口)"),
        ]
    );
}

#[test]
fn a_merged_address_opening_with_a_zone_named_by_its_kind_opens_there() {
    // `经开区红星街70 | 号…` (a zone of 巴中 printed without its city, a wrap space before
    // its number) opens the second address, not the first word after a house number
    // (`都出入境…`, the rest of a city's name cut by a wrap space).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川省 | 四川省成都市外国专 家局 四川省巴中市科学 技术局 | 青羊区人民西路2号成 都出入境接待中心3楼12 -17号窗口 经开区红星街70 号市民之家3楼( 综合服务窗口) | 028-62377790 0827-5269390 0827-5775697 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口"),
            ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼(综合服务窗口)"),
        ]
    );
}

#[test]
fn three_merged_names_part_before_one_opening_with_a_zone_no_table_knows() {
    // `金普新区科学技术局` opens with a zone, not a division: a whole name of its own all
    // the same, so the row holds three records, one number each.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 大连市科学技术局( 大连市外国专家局 大连市高新园区科技创新局 金普新区科学技术局 | 大连市甘井子区东北北路 101号周水子街 道大连市行政服务 中心 大连市高新区高新1号高新区公共服务中心 大连市开发区金马路19 7号金普新区行政服务中 心 | 0411-65851150 0411-84790590 0411-87935782 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("大连市科学技术局(大连市外国专家局", "大连市甘井子区东北北路101号周水子街道大连市行政服务中心"),
            ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心"),
            ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心"),
        ]
    );
    let phones: Vec<String> = n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";")).collect();
    assert_eq!(phones, ["0411-65851150", "0411-84790590", "0411-87935782"]);
}

#[test]
fn merged_addresses_are_not_cut_inside_a_bracket_the_words_after_close() {
    // `…服务大厅(` then `昆山市…` (a place inside 苏州): the bracket closes two words on, so
    // the next address opens after it. An address left open for good (`…窗口(中`) is cut
    // all the same. (`外证` is `办证` with a character of like shape: read back,
    // lookalike_char_fixed.)
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 昆山市科学技术局 苏州工业园区人事局 | 昆山市人才科创发 展服务中心一楼服务大厅( 昆山市登云路26 8号) 苏州大道东351号工商大厦 | 0512-57152837 0512-66683196 |\n\
| | | 泰安市外国专家局 威海市外国专家局 | 泰安市望岳东路3号,泰安市市 政大楼A5035房间 1.市政务服务中心( 威海市文化中路8 6号)3楼127号 | 0538-6991778 0631-5897092 |\n\
| | | 闵行区科学技术委员会 金山区科学技术委员会 | 闵行区本生领出入境外证中心8号窗口(中 金山区山阳镇龙山路555号金山区行政服务中心 | 021-64986160 021-57922206 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("昆山市科学技术局", "昆山市人才科创发展服务中心一楼服务大厅(昆山市登云路268号)"),
            ("苏州工业园区人事局", "苏州大道东351号工商大厦"),
            ("泰安市外国专家局", "泰安市望岳东路3号,泰安市市政大楼A5035房间"),
            ("威海市外国专家局", "1.市政务服务中心(威海市文化中路86号)3楼127号"),
            ("闵行区科学技术委员会", "闵行区本生领出入境办证中心8号窗口(中"),
            ("金山区科学技术委员会", "金山区山阳镇龙山路555号金山区行政服务中心"),
        ]
    );
}

#[test]
fn merged_names_opening_with_no_place_are_cut_only_where_their_addresses_part_too() {
    // Each address opens with a place of the section's province and names its street:
    // two records. A name wrapped after a name ending beside one address (the building's
    // inside on the next line, or a wrapped street) stays one record.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 阳光上东国际人才一站式服务站 朝阳国际创投集聚区国际人才一站式服务站 | 朝阳区东四环北路6号2区1号楼 朝阳区利泽西街6号院3号楼 | 010-84682100 010-85893535 |\n\
| 2 | 北京市 | 北京海外学人中心 外国人来华工作事务部 | 丰台区西三环南路1号 北京市政务服务中心三层C岛 | 010-89150841 010-89150842 |\n\
| 3 | 云南省 | 普洱人力资源和社会保障局 西双纳州人力资源和社会保障局 | 普洱市月光路1号市人社局2楼 景洪市易武路17号 | 0879-2123387 0691-2140351 |\n\
| 4 | 重庆市 | 重庆市人力社保局 政务服务大厅 | 重庆市渝北区仙桃街道春华大 道99号中国重庆人力 资源服务产业园南 区1号门三楼 | 023-63120258; 023-88633907 |\n\
| 5 | 北京市 | 望京国际人才一站式服务站 麦子店国际人才一站式服务站 | 朝阳区望京西园四区425楼 朝阳区朝阳公园西里南区6号楼 | 010-61847598 010-58260972 |\n\
| 24 | 贵州省 | 黔西南州科技局 贵安新区经济发展局 | 兴义市向阳路89号 贵安新区数字经济产业园9号楼1018办公室 | 0859-3229136 0851-88909700 |\n\
| 19 | 广东省 | 禅城区经济和科技促进局 服务窗口 | 佛山市禅城区同济东路1号 禅城区人民政府通济大院8楼 | 0757-82340449 0757-82340453 |\n\
| 6 | 北京市 | 北京CBD国际人才一站式 服务中心 三里屯国际人才一站 式服务站 | 朝阳区东三环中路7 号财富中心写字楼A座 翼楼0309 朝阳区三里屯街道幸福二村38号楼 | 010-65927145 010-64161234 |\n\
| 7 | 北京市 | 亦庄国际人才一站 式服务中心 酒仙桥国际人才一站 式服务站 | 大兴区荣华中路10号 朝阳区酒仙桥路14号 | 010-67881234 010-64331234 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("阳光上东国际人才一站式服务站", "朝阳区东四环北路6号2区1号楼", 1),
            ("朝阳国际创投集聚区国际人才一站式服务站", "朝阳区利泽西街6号院3号楼", 1),
            ("北京海外学人中心外国人来华工作事务部", "丰台区西三环南路1号北京市政务服务中心三层C岛", 2),
            ("普洱人力资源和社会保障局", "普洱市月光路1号市人社局2楼", 1),
            ("西双纳州人力资源和社会保障局", "景洪市易武路17号", 1),
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 2),
            // Addresses naming a building's number, not a street.
            ("望京国际人才一站式服务站", "朝阳区望京西园四区425楼", 1),
            ("麦子店国际人才一站式服务站", "朝阳区朝阳公园西里南区6号楼", 1),
            // An address opening with the zone its name opens with, one no table knows.
            ("黔西南州科技局", "兴义市向阳路89号", 1),
            ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室", 1),
            // A name's ending alone (`服务窗口`) is the rest of the name before it.
            ("禅城区经济和科技促进局服务窗口", "佛山市禅城区同济东路1号禅城区人民政府通济大院8楼", 2),
            // A name wrapped right after words that only look like an ending (`一站`):
            // the words left over after it (`式服务站`) are its rest.
            ("北京CBD国际人才一站式服务中心", "朝阳区东三环中路7号财富中心写字楼A座翼楼0309", 1),
            ("三里屯国际人才一站式服务站", "朝阳区三里屯街道幸福二村38号楼", 1),
            // Both names wrapped there: a word the next one finishes (`一站` + `式…`) ends
            // no name.
            ("亦庄国际人才一站式服务中心", "大兴区荣华中路10号", 1),
            ("酒仙桥国际人才一站式服务站", "朝阳区酒仙桥路14号", 1),
        ]
    );
}

#[test]
fn a_two_up_page_is_read_as_its_halves() {
    // Under a header printing its captions twice, the page is read as its two halves: a
    // name wrapped in the right half joins its own record, not the left one's.
    let md = "| 序号 | 受理机构 | 地址 | 电话 | 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|---|---|---|---|\n\
| 1 | 南京市科学技术局 | 南京市建邺区江东中路 265 号 | 025-68787000 | 3 | 常州市科学技术 | 常州市龙城大道 1280 号 | 0519-85681234 |\n\
| | | | | | 局 | | |\n\
| 2 | 无锡市科学技术局 | 无锡市观山路 199 号 | 0510-81822561 | 4 | 扬州市科学技术局 | 扬州市文昌西路 171 号 | |\n\
| | | | | | | | 0514-87368888 |\n";
    let n = norm(md);
    let mut got = names_and_phones(&n);
    got.sort();
    assert_eq!(
        got,
        [
            ("南京市科学技术局", "025-68787000".to_string()),
            ("常州市科学技术局", "0519-85681234".to_string()),
            ("扬州市科学技术局", "0514-87368888".to_string()),
            ("无锡市科学技术局", "0510-81822561".to_string()),
        ]
    );
    assert!(!n.findings.iter().any(|f| f.severity > Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_garbled_cell_ending_inside_a_record_goes_on_in_the_row_below() {
    // The cell ends with a name and its address's head; the row below prints the
    // address's rest and the phone, and no name.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n| --- | --- | --- | --- | --- |\n\
| 19 | 广东 | 广州市科学技术局 | 广州市越秀区府前路 1 号 | 020-83124567 |\n\
| 广州市科学技术局 广州市越秀区府前路 1 号 020-83124567 深圳市科技创新委员会 深圳市福田区深南大道 6008 号 0755-88102222 珠海市科技创新局 珠海市香洲区 | | |\n\
| 人民东路 2 号 0756-2222222 | | |\n\
| | 汕头市科学技术局 | 汕头市龙湖区 1 号 | 0754-88888888 |\n";
    let n = norm(md);
    let mut got: Vec<(&str, &str, Vec<String>)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect())).collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("广州市科学技术局", "广州市越秀区府前路1号", vec!["020-83124567".to_string()]),
            ("汕头市科学技术局", "汕头市龙湖区1号", vec!["0754-88888888".to_string()]),
            ("深圳市科技创新委员会", "深圳市福田区深南大道6008号", vec!["0755-88102222".to_string()]),
            ("珠海市科技创新局", "珠海市香洲区人民东路2号", vec!["0756-2222222".to_string()]),
        ]
    );
}

#[test]
fn an_address_tail_beside_a_garbled_run_takes_the_runs_whole_address() {
    // The address cell of the garbled row's record holds the address's head with the
    // name, its tail a row low; the run beside it prints the whole address.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n| --- | --- | --- | --- | --- |\n\
| 10 | 江苏 | 南京市科学技术局 | 南京市玄武区北京东路 41 号 | 025-84420004 |\n\
| | 无锡市科学技术局 无锡市滨湖区观山路 199 号 0510-85109110 常州市科学技术局 常州市新北区龙锦路 1588 号 0519-85587110 | 无锡市科学技术局 无锡市滨湖区 | 0510-85109110 |\n\
| | 苏州市科学技术局 苏州市姑苏区 三香路 998 号 0512-68610010 | 观山路 199 号 | |\n";
    let n = norm(md);
    let wuxi = n.records.iter().find(|r| r.institution == "无锡市科学技术局").expect("the record");
    assert_eq!(wuxi.address, "无锡市滨湖区观山路199号");
    assert!(
        n.findings.iter().any(|f| f.record_id.as_deref() == Some(wuxi.id.as_str()) && f.before == "观山路 199 号"),
        "{:#?}",
        n.findings
    );
}

#[test]
fn no_garbled_fragment_left_out_repeats_a_record() {
    // Text left out that is word for word a record's address or name (a fragment of a
    // garbled run, a cell echoing the row above) repeats that record: info, not a
    // warning that text could not be placed.
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
    let n = norm(&md);
    let known: BTreeSet<String> = n
        .records
        .iter()
        .flat_map(|r| [crate::text::squash(&r.address).into_owned(), crate::text::squash(&r.institution).into_owned()])
        .collect();
    let left_out: Vec<&str> = n
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::NoiseTextDropped && f.severity != Severity::Info)
        .filter(|f| known.contains(&*crate::text::squash(&f.before)))
        .map(|f| f.before.as_str())
        .collect();
    assert!(left_out.is_empty(), "{left_out:?}");
}

#[test]
fn noise_repeating_a_record_nearby_is_info() {
    let n = norm("| 1 | 北京 | 北京市海淀区人力资源和社会保障局 | 北京市东城区甲路1号综合服务大厅二楼 | 010-89150841 |\n");
    let src: Arc<str> = Arc::from("t.md");
    let noise = |line: u32, text: &str| Finding::new(FindingCode::NoiseTextDropped, &src, (line, line)).change(text, "");
    let mut findings = vec![
        noise(3, "路1号综合服务 大厅二楼"),
        noise(3, "北京市海淀区人力资源和社会保障局"),
        noise(3, "大厅二楼"),
        noise(30, "路1号综合服务大厅二楼"),
        noise(3, "乙路2号综合服务大厅二楼"),
        noise(3, "人力资源和社会保障局"),
    ];
    assert!(findings.iter().all(|f| f.severity == Severity::Warning));
    duplicates::mark_repeated_noise(&mut findings, &n.records);
    let severities: Vec<Severity> = findings.iter().map(|f| f.severity).collect();
    // A long part of the address and the whole name repeat the record; a short part
    // recurs by chance, as does a name's ending (the lost tail of another name), and a
    // repeat far away or a text the record does not hold is still a doubt.
    assert_eq!(severities, [Severity::Info, Severity::Info, Severity::Warning, Severity::Warning, Severity::Warning, Severity::Warning]);
    assert_eq!(findings[0].message, "repeats text of the record on line 1");
}

#[test]
fn a_row_printed_twice_before_its_name_s_rest_is_one_record_with_the_whole_name() {
    // OCR printed the row twice; the name's rest, on the next page, joins the second copy
    // only: one record, the whole name, the repeat in the audit.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 云南 | 昭通市人力资源和 社会保障局 | 昭通市昭阳区崇义街 30 号 | 0870-2127725 |\n\
         | | | 曲靖市人力资源和 | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |\n\
         | | | 曲靖市人力资源和 | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |\n\
         \n\
         | 社会保障局 | | |\n|---|---|---|\n\
         | 玉溪市人力资源和 社会保障局 | 玉溪市红塔区南祥路 10 号 405 室 | 0877-2015677 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("昭通市人力资源和社会保障局", "昭通市昭阳区崇义街30号"),
            ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院"),
            ("玉溪市人力资源和社会保障局", "玉溪市红塔区南祥路10号405室"),
        ]
    );
    assert_eq!(n.records[1].source_lines, [4, 5, 7]);
    let merged: Vec<(&str, &str)> =
        n.findings.iter().filter(|f| f.code == FindingCode::DuplicateMerged).map(|f| (f.before.as_str(), f.after.as_str())).collect();
    assert_eq!(merged, [("曲靖市人力资源和", "曲靖市人力资源和社会保障局")]);
}
