//! Other kinds of documents and scripts: HTML, LaTeX, forms, lines, English and traditional characters.

use super::*;

#[test]
fn a_prose_line_with_a_phone_is_a_record_or_a_doubt() {
    let md = "# 各地受理点\n\n| 1 | 浙江省 | 浙江省科学技术厅 | 杭州市环城西路33号 | 0571-87051076 |\n\n\
              宁波市科学技术局 宁波市宁穿路1901号 0574-89186301\n\n注: 如有疑问请拨打 0571-87051000\n";
    let n = norm(md);
    // A row that lost its pipes is one whole record: read, and flagged.
    let r = &n.records[1];
    assert_eq!((r.institution.as_str(), r.address.as_str(), r.province), ("宁波市科学技术局", "宁波市宁穿路1901号", "浙江省"));
    assert!(r.flags.contains(&FindingCode::CellSplit));
    // Prose with a number stays prose, dropped as a doubt.
    let dropped: Vec<(&str, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::TextLineDropped).map(|f| (f.before.as_str(), f.severity)).collect();
    assert_eq!(dropped, [("# 各地受理点", Severity::Info), ("注: 如有疑问请拨打 0571-87051000", Severity::Warning)]);
}

#[test]
fn a_record_wrapped_over_two_prose_lines_is_read_whole() {
    // A page that lost its pipes wrapped one record's numbers onto the next line; another
    // line's number carries its joint-permit remark; a third ran its name into its address
    // with no space. All are records, traced to their lines.
    let md = "| 1 | 浙江省 | 浙江省科学技术厅 | 杭州市环城西路33号 | 0571-87051076 |\n\n\
              宁波市科学技术局 宁波市鄞州区宁穿路 2001 号\n0574-89186365\n\
              温州市科学技术局 温州市鹿城区会展路 1288 号 0577-89090580 (两证联办)\n\
              嘉兴市科学技术局嘉兴市南湖区中环东路1号0573-82152707\n";
    let n = norm(md);
    type Read<'a> = (&'a str, &'a str, Vec<&'a str>, bool, Vec<u32>);
    let got: Vec<Read> = n.records[1..]
        .iter()
        .map(|r| {
            let phones = r.phones.iter().map(|p| p.number.as_str()).collect();
            (r.institution.as_str(), r.address.as_str(), phones, r.joint_permit, r.source_lines.clone())
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号", vec!["0574-89186365"], false, vec![3, 4]),
            ("温州市科学技术局", "温州市鹿城区会展路1288号", vec!["0577-89090580"], true, vec![5]),
            ("嘉兴市科学技术局", "嘉兴市南湖区中环东路1号", vec!["0573-82152707"], false, vec![6]),
        ]
    );
    let split: Vec<(u32, u32)> =
        n.findings.iter().filter(|f| f.code == FindingCode::CellSplit).map(|f| (f.line_start, f.line_end)).collect();
    assert_eq!(split, [(3, 4), (5, 5), (6, 6)]);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::TextLineDropped), "{:#?}", n.findings);
}

#[test]
fn variant_forms_are_simplified_in_a_simplified_document_only() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 1 | 江苏省 | 張家港市科学技术局 | 張家港市人民中路1号(居留単一窗口) | 0512-58679000 |\n\
              | 2 | | 南京市科学技术局 | 南京市建邺区江东中路265号 | 025-68789000 |\n";
    let n = norm(md);
    let r = &n.records[0];
    assert_eq!(r.institution, "张家港市科学技术局");
    assert_eq!(r.address, "张家港市人民中路1号(居留单一窗口)");
    // The fixed name is found in the gazetteer.
    assert_eq!(r.city, Some("苏州市"));
    let f: Vec<&Finding> = n.findings.iter().filter(|f| f.code == FindingCode::VariantCharFixed).collect();
    assert_eq!(f.len(), 2);
    let inst = f.iter().find(|f| f.field == Some("institution")).expect("institution finding");
    assert_eq!((inst.before.as_str(), inst.after.as_str(), inst.line_start), ("張家港市科学技术局", "张家港市科学技术局", 3));

    // A traditional-Chinese directory stays as printed.
    let tw = "| 1 | 臺北市 | 勞動部勞動力發展署 | 臺北市中正區館前路 | 02-23812345 |\n";
    let n = norm(tw);
    assert_eq!(n.records[0].address, "臺北市中正區館前路");
    assert!(n.findings.iter().all(|f| f.code != FindingCode::VariantCharFixed));
}

#[test]
fn a_document_in_traditional_forms_is_read_as_a_simplified_one() {
    // The nameless window under a record printed without a phone, and the second of two
    // addresses after `/`, are found by `號` and the province's name as they would be
    // by 号 and 贵州省; the records keep the forms printed.
    let md = "| 序號 | 省份 | 受理機構 | 地址 | 諮詢電話 |\n|---|---|---|---|---|\n\
              | 1 | 北京市 | 海淀區人力資源公共服務中心 | 海淀區西四環北路73號中關村人才發展中心二層 | 010-68940680 |\n\
              | | | 通州區人力資源和社會保障局 | 通州區新華東街11號院1號樓 | |\n\
              | | | | 經濟技術開發區榮華中路10號亦城國際裙房二層 | 010-67857696 |\n\
              | | | 懷柔區政務服務中心 | 懷柔區雁棲大街53號 | 010-69687722 |\n\
              | 2 | 貴州省 | 貴州省科技廳 | 貴陽市南明區科學路16號/貴州省貴陽市南明區遵義路270號 | 0851-85553449 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("海淀區人力資源公共服務中心", "海淀區西四環北路73號中關村人才發展中心二層", 1),
            ("通州區人力資源和社會保障局", "通州區新華東街11號院1號樓", 0),
            ("", "經濟技術開發區榮華中路10號亦城國際裙房二層", 1),
            ("懷柔區政務服務中心", "懷柔區雁棲大街53號", 1),
            ("貴州省科技廳", "貴陽市南明區科學路16號 / 貴州省貴陽市南明區遵義路270號", 1),
        ]
    );
    assert!(n.findings.iter().all(|f| f.code != FindingCode::VariantCharFixed));
}

#[test]
fn a_directory_printed_in_english_is_read() {
    let md = "| No. | Province | Institution | Address | Telephone |\n|---|---|---|---|---|\n\
              | 1 | Beijing | Beijing Municipal Science and Technology Commission | No. 16 Xizhimen South Street, Xicheng District | 010-89150841 |\n\
              | 2 | Guangdong | Guangzhou Science and Technology Bureau | 171 Lianxin Road, Yuexiu District, Guangzhou | 020-83163671 |\n\
              | | | Shenzhen Foreign Work Permit Service Window | Civic Center Block B, Futian District, Shenzhen | 0755-88121678 |\n\
              | 3 | Shanghai | Shanghai Science and Technology Talent | 1500 Minsheng Road, Pudong New Area, | 021-58603333 |\n\
              | | | Development Center | 3rd Floor, Windows 17-19 | |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, &str, &str)> =
        n.records.iter().map(|r| (r.province, r.institution.as_str(), r.address.as_str(), r.address_full.as_str())).collect();
    assert_eq!(
        got,
        [
            (
                "北京市",
                "Beijing Municipal Science and Technology Commission",
                "No. 16 Xizhimen South Street, Xicheng District",
                "No. 16 Xizhimen South Street, Xicheng District"
            ),
            (
                "广东省",
                "Guangzhou Science and Technology Bureau",
                "171 Lianxin Road, Yuexiu District, Guangzhou",
                "171 Lianxin Road, Yuexiu District, Guangzhou"
            ),
            (
                "广东省",
                "Shenzhen Foreign Work Permit Service Window",
                "Civic Center Block B, Futian District, Shenzhen",
                "Civic Center Block B, Futian District, Shenzhen"
            ),
            (
                "上海市",
                "Shanghai Science and Technology Talent Development Center",
                "1500 Minsheng Road, Pudong New Area, 3rd Floor, Windows 17-19",
                "1500 Minsheng Road, Pudong New Area, 3rd Floor, Windows 17-19"
            ),
        ]
    );
    assert_eq!(n.records[2].phones[0].number, "0755-88121678");
    assert!(n.findings.iter().all(|f| f.severity < Severity::Warning), "{:?}", n.findings);
    assert_eq!(n.records[3].source_lines, [6, 7]);
}

#[test]
fn a_directory_printed_in_both_languages_is_read() {
    let md = "| 序号 No. | 省份 Province | 受理机构 Institution | 地址 Address | 电话 Tel |\n|---|---|---|---|---|\n\
              | 1 | 北京 Beijing | 北京市科学技术委员会 Beijing Municipal Science and Technology Commission | 北京市西城区西直门南大街16号 No. 16 Xizhimen South Street | 010-89150841 |\n\
              | 2 | 广东 Guangdong | 广州市科学技术局 | 广州市越秀区连新路171号 | 020-83163671 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, &str)> = n.records.iter().map(|r| (r.province, r.institution.as_str(), r.address.as_str())).collect();
    assert_eq!(
        got,
        [
            (
                "北京市",
                "北京市科学技术委员会 Beijing Municipal Science and Technology Commission",
                "北京市西城区西直门南大街16号 No. 16 Xizhimen South Street"
            ),
            ("广东省", "广州市科学技术局", "广州市越秀区连新路171号"),
        ]
    );
    // The header is a header, the provinces printed: nothing doubtful.
    assert!(n.findings.iter().all(|f| f.severity < Severity::Warning), "{:?}", n.findings);
}

#[test]
fn a_name_alone_over_another_citys_numbers_and_address_is_no_wrapped_record() {
    // A name printed alone, then a line of numbers and an address of another city (by the
    // area code, or by the address's place beside a mobile's number): a point whose name
    // the list left out, not the name's record wrapped.
    let md = "17 湖北省 湖北省外国专家局 027-87131811 湖北省武汉市武昌区洪山路62号\n\
              武汉市外国专家局 027-65770118 湖北省武汉市江岸区金桥大道117号市民之家\n\
              荆门市外国专家局 0724-2376129 湖北省荆门市象山大道53号\n\
              中国(湖北)自由贸易试验区襄阳片区管理委员会\n\
              0717-6623247 中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅\n\
              宜昌市外国专家局\n\
              0717-6752155 湖北省宜昌市西陵区绿萝路37号704室\n\
              中国(湖北)自由贸易试验区武汉片区管理委员会\n\
              13907170000 湖北省宜昌市高新区发展大道57号\n\
              荆州市外国专家局 0716-8457381 湖北省荆州市荆东路54号\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("湖北省外国专家局", "湖北省武汉市武昌区洪山路62号", 1),
            ("武汉市外国专家局", "湖北省武汉市江岸区金桥大道117号市民之家", 1),
            ("荆门市外国专家局", "湖北省荆门市象山大道53号", 1),
            ("中国(湖北)自由贸易试验区襄阳片区管理委员会", "", 0),
            ("", "中国(湖北)自贸区宜昌片区发展大道55号高新区综合服务大厅", 1),
            ("宜昌市外国专家局", "湖北省宜昌市西陵区绿萝路37号704室", 1),
            ("中国(湖北)自由贸易试验区武汉片区管理委员会", "", 0),
            ("", "湖北省宜昌市高新区发展大道57号", 1),
            ("荆州市外国专家局", "湖北省荆州市荆东路54号", 1)
        ]
    );
}

#[test]
fn a_name_alone_under_a_nameless_point_of_another_city_names_the_next_point() {
    // A name printed low fills the name of the point above that printed none, unless the
    // point's address or area code is of another city: then it is the next point's.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 17 | 湖北 | 荆门市外国专家局 | 湖北省荆门市象山大道53号 | 0724-2376129 |\n\
              | | | | 发展大道55号高新区综合服务大厅 | 0717-6623247 |\n\
              | | | 中国(湖北)自由贸易试验区武汉片区管理委员会 | | |\n\
              | | | | 湖北省咸宁市双鹤路18号市政务服务中心 | 13907150000 |\n\
              | | | 中国(湖北)自由贸易试验区襄阳片区管理委员会 | | |\n\
              | | | | 湖北省宜昌市西陵区绿萝路37号704室 | 0717-6752155 |\n\
              | | | 宜昌市外国专家局 | | |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("荆门市外国专家局", "湖北省荆门市象山大道53号", 1),
            ("", "发展大道55号高新区综合服务大厅", 1),
            ("中国(湖北)自由贸易试验区武汉片区管理委员会", "", 0),
            ("", "湖北省咸宁市双鹤路18号市政务服务中心", 1),
            ("中国(湖北)自由贸易试验区襄阳片区管理委员会", "", 0),
            ("宜昌市外国专家局", "湖北省宜昌市西陵区绿萝路37号704室", 1)
        ]
    );
}

#[test]
fn records_printed_as_label_lines_read_like_table_rows() {
    let md = "## 一、四川省\n\n1. 四川省科学技术厅\n地址：成都市青羊区人民南路一段 86 号\n电话：028-86711234\n\n\
2. 成都市科学技术局\n地址：成都市高新区天府大道\n中段 1366 号\n联系电话：028-61881234、61881235\n\n\
## 二、贵州省\n\n受理机构：贵州省科学技术厅\n地址：贵阳市观山湖区林城西路 95 号\n电话：0851-86891234\n";
    let n = norm(md);
    assert_eq!(
        province_name_address_phones(&n),
        vec![
            ("四川省", "四川省科学技术厅", "成都市青羊区人民南路一段86号", vec!["028-86711234".to_string()]),
            ("四川省", "成都市科学技术局", "成都市高新区天府大道中段1366号", vec!["028-61881234".into(), "028-61881235".into()]),
            ("贵州省", "贵州省科学技术厅", "贵阳市观山湖区林城西路95号", vec!["0851-86891234".into()]),
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // A record's lines are every line of its block.
    assert_eq!(n.records[0].source_lines, [3, 4, 5]);
    // The wrapped rest of an address (line 9) too.
    assert_eq!(n.records[1].source_lines, [7, 8, 9, 10]);
}

#[test]
fn records_printed_one_per_line_read_like_table_rows() {
    let md = "# 北京市\n\n1. 北京市科学技术委员会，地址：丰台区西三环南路1号，电话：010-89150841\n\
2. 海淀区人力资源和社会保障局，地址：海淀区四季青路7号，电话：010-88487000\n\n# 天津市\n\n\
- 天津市科学技术局，地址：天津市河西区友谊路35号，联系电话：022-58831234\n\
- 滨海新区科技局，地址：滨海新区第三大街，联系电话：022-66891234\n";
    let n = norm(md);
    assert_eq!(
        province_name_address_phones(&n),
        vec![
            ("北京市", "北京市科学技术委员会", "丰台区西三环南路1号", vec!["010-89150841".to_string()]),
            ("北京市", "海淀区人力资源和社会保障局", "海淀区四季青路7号", vec!["010-88487000".into()]),
            ("天津市", "天津市科学技术局", "天津市河西区友谊路35号", vec!["022-58831234".into()]),
            ("天津市", "滨海新区科技局", "滨海新区第三大街", vec!["022-66891234".into()]),
        ]
    );
    // A directory printed this way is no damage: no warnings.
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    assert_eq!(n.records[1].source_lines, [4]);
}

#[test]
fn english_captions_and_province_names_read_like_chinese_ones() {
    let md = "| No. | Province | Institution | Address | Tel | Fax |\n|---|---|---|---|---|---|\n\
| 1 | Beijing | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-89151234 | 010-89151235 |\n\
| 2 | Inner Mongolia | 内蒙古自治区科学技术厅 | 呼和浩特市新城区新华大街63号 | 0471-6941234 | |\n\
| 3 | Shaanxi Province | 陕西省科学技术厅 | 西安市高新路18号 | 029-88341234 | |\n";
    let n = norm(md);
    type Read<'a> = (&'a str, &'a str, Vec<(&'a str, PhoneKind)>);
    let got: Vec<Read> = n
        .records
        .iter()
        .map(|r| (r.province, r.institution.as_str(), r.phones.iter().map(|p| (p.number.as_str(), p.kind)).collect()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("北京市", "北京市科学技术委员会", vec![("010-89151234", PhoneKind::Landline), ("010-89151235", PhoneKind::Fax)]),
            ("内蒙古自治区", "内蒙古自治区科学技术厅", vec![("0471-6941234", PhoneKind::Landline)]),
            ("陕西省", "陕西省科学技术厅", vec![("029-88341234", PhoneKind::Landline)]),
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_dataset_s_snake_case_captions_name_its_columns() {
    // A table exported from a database: its header is captions, not noise; the fax
    // column is faxes and the columns of no field of ours are notes under their captions.
    let md = "| province | institution_name | street_address | phone_numbers | fax | postal_code |\n|---|---|---|---|---|---|\n\
| 浙江省 | 杭州市科学技术局 | 杭州市上城区解放东路18号 | 0571-85255000 | 0571-85255001 | 310020 |\n\
| | 宁波市科学技术局 | 宁波市鄞州区宁穿路2001号 | 0574-89186365 | | 315066 |\n";
    let n = norm(md);
    type Read<'a> = (&'a str, &'a str, Vec<(&'a str, PhoneKind)>, Vec<&'a str>);
    let got: Vec<Read> = n
        .records
        .iter()
        .map(|r| {
            let phones = r.phones.iter().map(|p| (p.number.as_str(), p.kind)).collect();
            (r.institution.as_str(), r.address.as_str(), phones, r.notes.iter().map(String::as_str).collect())
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "杭州市科学技术局",
                "杭州市上城区解放东路18号",
                vec![("0571-85255000", PhoneKind::Landline), ("0571-85255001", PhoneKind::Fax)],
                vec!["postal_code: 310020"]
            ),
            ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号", vec![("0574-89186365", PhoneKind::Landline)], vec!["postal_code: 315066"]),
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn records_numbered_under_heading_rows_keep_the_heading_province() {
    // A province row spanning the table, then its records numbered from 1.
    let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 北京市 | | | |\n\
| 1 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-89151234 |\n\
| 2 | 海淀区人力资源和社会保障局 | 海淀区四季青路7号 | 010-88487000 |\n\
| 天津市 | | | |\n\
| 1 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58831234 |\n\
| 2 | 滨海新区科技局 | 滨海新区第三大街 | 022-66891234 |\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["北京市", "北京市", "天津市", "天津市"]);
    assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::ProvinceInferred)), "{:#?}", n.records);
    let numbers: Vec<(u32, &str)> =
        n.findings.iter().filter(|f| f.code == FindingCode::RecordNumber).map(|f| (f.line_start, f.before.as_str())).collect();
    assert_eq!(numbers, [(4, "1"), (5, "2"), (7, "1"), (8, "2")]);
}

#[test]
fn list_items_holding_a_record_lose_their_marker() {
    let md = "## 一、北京市\n\n- 北京市科学技术委员会，地址：北京市西城区西直门南大街16号，电话：010-89151234\n\
* 海淀区人力资源和社会保障局，地址：海淀区四季青路6号，电话：010-88487000\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["北京市科学技术委员会", "海淀区人力资源和社会保障局"]);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::PlaceNameCorrected), "{:#?}", n.findings);
}

#[test]
fn headings_between_tables_of_html_printed_on_one_line_place_the_rows_after_them() {
    // Everything on line 1: the order on the line places each table under its heading
    // (朝阳区 of 长春, under 吉林省, was read as 北京's).
    let html = "<html><body><h2>一、北京市</h2><table><tr><td>序号</td><td>受理机构</td><td>地址</td><td>电话</td></tr>\
<tr><td>1</td><td>海淀区人力资源公共服务中心</td><td>海淀区西四环北路73号</td><td>010-88827144</td></tr></table>\
<h2>二、吉林省</h2><table><tr><td>1</td><td>朝阳区人力资源局</td><td>朝阳区人民大街1号</td><td>0431-88771234</td></tr></table></body></html>";
    let n = normalize(&parser::html::parse_html_document("t.html", html).unwrap());
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.province, r.institution.as_str())).collect();
    assert_eq!(got, [("北京市", "海淀区人力资源公共服务中心"), ("吉林省", "朝阳区人力资源局")]);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::ProvinceInferred), "{:#?}", n.findings);
}

#[test]
fn a_table_of_one_column_per_record_reads_each_cell_as_a_record() {
    // The caption (`受理点信息`) is a header; each cell holds a name, an address and a
    // phone, labelled or set apart by marks.
    let md = "| 序号 | 受理点信息 |\n|---|---|\n\
| 1 | 杭州市科学技术局，地址：杭州市上城区解放东路18号，电话：0571-85253100 |\n\
| 2 | 宁波市科学技术局 地址：宁波市鄞州区宁穿路2001号 电话：0574-89186152 |\n\
| 3 | 温州市科学技术局；温州市鹿城区府东路199号；0577-89090580 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("杭州市科学技术局", "杭州市上城区解放东路18号"),
            ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号"),
            ("温州市科学技术局", "温州市鹿城区府东路199号")
        ]
    );
    let phones: Vec<String> = n.records.iter().flat_map(|r| r.phones.iter().map(|p| p.display())).collect();
    assert_eq!(phones, ["0571-85253100", "0574-89186152", "0577-89090580"]);
}

#[test]
fn a_traditional_chinese_document_reads_its_captions_and_name_endings() {
    // 受理機構 named no field (its cells went to notes), 委員會 no name ending: the name
    // was missing. Names and addresses stay as printed.
    let md = "| 序號 | 省份 | 受理機構 | 地址 | 諮詢電話 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科學技術委員會 | 北京市海淀區西三環北路甲 2 號院 | 010-88827144 |\n\
| 2 | 廣東 | 廣州市科學技術局 | 廣州市越秀區連新路 171 號 | 020-83124567 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("北京市科學技術委員會", "北京市海淀區西三環北路甲2號院"), ("廣州市科學技術局", "廣州市越秀區連新路171號")]
    );
    assert!(n.records.iter().all(|r| r.notes.is_empty()), "{:?}", n.records);
    // Places are looked up in simplified form: 瀋陽市 is 沈阳市, and the full address
    // does not name it twice.
    let md = "| 序號 | 省份 | 受理機構 | 地址 | 諮詢電話 |\n|---|---|---|---|---|\n\
| 1 | 遼寧 | 瀋陽市科學技術局 | 瀋陽市渾南區創新路 300 號 | 024-22851234 |\n";
    let n = norm(md);
    let r = &n.records[0];
    assert_eq!((r.province, r.city, r.district), ("辽宁省", Some("沈阳市"), Some("浑南区")));
    assert_eq!(r.address_full, "辽宁省瀋陽市渾南區創新路300號");
}

#[test]
fn a_company_directory_keeps_its_column_order_across_page_breaks() {
    // 电话 before 地址, names without a government ending, a national short number,
    // a page-break table without header and a name wrapped onto the next row.
    let md = "| 序号 | 单位名称 | 联系电话 | 单位地址 |\n\
|---|---|---|---|\n\
| 1 | 华为技术有限公司 | 0755-28780808 | 深圳市龙岗区坂田华为基地 |\n\
| 2 | 中国平安保险(集团)股份有限公司 | 95511 | 深圳市福田区益田路 5033 号平安金融中心 |\n\
\n\
| 3 | 招商银行股份有限公司 | 0755-83198888 | 深圳市福田区深南大道 7088 号 |\n\
|---|---|---|---|\n\
| 4 | 万科企业股份 | 0755-25606666 | 深圳市盐田区大梅沙环梅路 33 号 |\n\
| | 有限公司 | | |\n";
    let n = norm(md);
    let r = &n.records;
    assert_eq!(r.len(), 4, "{r:#?}");
    assert_eq!(r[1].phones[0].number, "95511");
    assert_eq!(r[1].phones[0].kind, PhoneKind::Service);
    assert_eq!((r[2].institution.as_str(), r[2].address.as_str()), ("招商银行股份有限公司", "深圳市福田区深南大道7088号"));
    assert_eq!(r[3].institution, "万科企业股份有限公司");
    assert_eq!(r[3].phones[0].number, "0755-25606666");
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn province_headings_place_the_rows_after_them() {
    let md = "# 各地受理点\n\n## 一、河北省\n\n| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 高新区管委会 | 高新区黄河大道 136 号 | 0311-85815001 |\n\n\
（二）山西省:\n\n| 1 | 综改区管委会 | 学府街 101 号 | 0351-7030001 |\n|---|---|---|---|\n\n\
三、内蒙古自治区（共 2 个受理点）\n\n| 1 | 科技局 | 新华大街 63 号 | 0471-6944001 |\n";
    let n = norm(md);
    let r = &n.records;
    assert_eq!(r.len(), 3, "{r:#?}");
    assert_eq!((r[0].province, r[1].province, r[2].province), ("河北省", "山西省", "内蒙古自治区"));
    assert!(r.iter().all(|x| !x.flags.contains(&FindingCode::ProvinceInferred)));
    // The title line is no heading: kept as dropped text.
    assert!(n.findings.iter().any(|f| f.code == FindingCode::TextLineDropped && f.before == "# 各地受理点"));
    assert_eq!(heading_count(&n), 3);
}

#[test]
fn a_latex_table_is_read_like_any_other() {
    let md = "\\begin{longtable}{|l|l|l|l|l|}\n\\hline\n序号 & 省级地区 & 受理机构 & 地址 & 咨询电话 \\\\ \\hline\n\
1 & \\multirow{2}{*}{河北} & 河北省科学技术厅 & 石家庄市裕华区槐安东路 123 号 & 0311-85813070 \\\\\n\
2 & & 石家庄市科学技术局 & 石家庄市桥西区新石中路 375 号 & 0311-86687001 \\\\ \\hline\n\
3 & 山西 & \\textbf{山西省科学技术厅} & 太原市小店区长治路 249 号 & 0351-7731379 \\\\\n\\end{longtable}\n";
    let n = norm(md);
    let got: Vec<(&str, &str, u32)> = n.records.iter().map(|r| (r.province, r.institution.as_str(), r.source_lines[0])).collect();
    assert_eq!(got, [("河北省", "河北省科学技术厅", 4), ("河北省", "石家庄市科学技术局", 5), ("山西省", "山西省科学技术厅", 6)]);
}

#[test]
fn labelled_lines_outside_tables_are_records() {
    let md = "# 江苏省受理点\n\n1. 南京市科学技术局 地址：南京市建邺区江东中路265号 电话：025-68787000\n\
2. 苏州市科学技术局，电话：0512-68616213，地址：苏州市姑苏区道前街100号。\n\
说明：地址：见附件，电话：见附件\n";
    let n = norm(md);
    let got: Vec<(&str, &str, String)> =
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones[0].display())).collect();
    assert_eq!(
        got,
        [
            ("南京市科学技术局", "南京市建邺区江东中路265号", "025-68787000".to_string()),
            ("苏州市科学技术局", "苏州市姑苏区道前街100号", "0512-68616213".to_string()),
        ]
    );
    // A line whose "name" is no name stays a dropped line.
    assert!(n.findings.iter().any(|f| f.code == FindingCode::TextLineDropped && f.line_start == 5));
}

#[test]
fn rows_numbered_one_by_one_under_a_heading_are_no_section_starts() {
    let md = "一、北京市\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 北京市科学技术委员会 | 北京市西城区西直门南大街16号 | 010-66150123 |\n\
| 2 | 海淀区人力资源和社会保障局 | 海淀区四季青路6号 | 010-88487000 |\n\
| 3 | 朝阳区人力资源和社会保障局 | 朝阳区将台路5号 | 010-57596100 |\n\n二、天津市\n\n\
| 1 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58832801 |\n|---|---|---|---|\n";
    let n = norm(md);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["北京市", "北京市", "北京市", "天津市"]);
    let starts: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::SectionStart).map(|f| f.line_start).collect();
    // Each heading starts its section; the rows under it, numbered from 1, are records.
    assert_eq!(starts, [1, 9], "{:#?}", n.findings);
    let numbers: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::RecordNumber).map(|f| f.line_start).collect();
    assert_eq!(numbers, [5, 6, 7, 11]);
}

#[test]
fn stacked_records_read_points_without_a_phone_and_sections_of_one_point() {
    let n = norm(
        "1\n北京\n\n北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n\n\
         通州区人力资源和社会保障局\n通州区新华东街11号院1号楼\n\n\
         经济技术开发区荣华中路10号亦城国际裙房二层\n010-67857696\n\n\
         2\n西藏自治区\n\n西藏自治区外专局\n拉萨市北京西路46号\n0891-6845869\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("北京市科学技术委员会", "丰台区西三环南路1号", 1),
            ("通州区人力资源和社会保障局", "通州区新华东街11号院1号楼", 0),
            // (Read in the name's column, its street and number make it an address.)
            ("", "经济技术开发区荣华中路10号亦城国际裙房二层", 1),
            ("西藏自治区外专局", "拉萨市北京西路46号", 1),
        ]
    );
    assert_eq!(n.records.iter().map(|r| r.province).collect::<Vec<_>>(), ["北京市", "北京市", "北京市", "西藏自治区"]);
}

#[test]
fn records_printed_a_field_per_line_are_read() {
    // A table OCR printed cell by cell: 序号, province, name, address, phones a line each.
    let md = "1\n北京\n北京市科学技术委员会\n丰台区西三环南路1号\n010-89150841\n010-89150842\n\n\
              2\n天津\n天津市科学技术局\n河西区友谊路18号\n022-58832123\n";
    let n = norm(md);
    let got: Vec<(&str, &str, &str, Vec<&str>)> = n
        .records
        .iter()
        .map(|r| (r.province, r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.number.as_str()).collect()))
        .collect();
    assert_eq!(
        got,
        [
            ("北京市", "北京市科学技术委员会", "丰台区西三环南路1号", vec!["010-89150841", "010-89150842"]),
            ("天津市", "天津市科学技术局", "河西区友谊路18号", vec!["022-58832123"]),
        ]
    );
}

#[test]
fn html_column_spans_are_one_wide_cell() {
    let html = "<table><tr><th>序号</th><th>受理机构</th><th>地址</th><th colspan=\"2\">咨询电话</th></tr>\n\
<tr><td rowspan=\"2\">1</td><td>杭州市科学技术局</td><td>杭州市上城区解放东路18号</td><td>0571-85252313</td><td>0571-85252314</td></tr>\n\
<tr><td>杭州市西湖区人力社保局</td><td>西湖区文三路 20 号</td><td colspan=\"2\">0571-87212345</td></tr>\n</table>";
    let n = normalize(&parser::html::parse_html_document("t.html", html).unwrap());
    let phones: Vec<usize> = n.records.iter().map(|r| r.phones.len()).collect();
    assert_eq!(phones, [2, 1]);
    assert!(!n.findings.iter().any(|f| matches!(f.code, FindingCode::NoiseTextDropped | FindingCode::PhoneDuplicate)), "{:#?}", n.findings);
}

#[test]
fn a_title_opening_with_a_province_places_the_document() {
    let md = "# 江苏省外国人工作许可受理点\n\n| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 科学技术局 | 建邺区江东中路 265 号 | 025-68787777 |\n";
    let n = norm(md);
    assert_eq!(n.records[0].province, "江苏省");
    assert!(!n.records[0].flags.contains(&FindingCode::ProvinceInferred));
    assert_eq!(heading_count(&n), 1);
    // A short name or a line that is no title does not count.
    for line in ["# 江苏外国人工作许可受理点", "江苏省科学技术厅", "# 全国外国人来华工作许可受理点", "（二）天津市科学技术局"]
    {
        assert_eq!(rows::heading_province(line), None, "{line}");
    }
    // A line naming the province and saying it is a list is a heading, numbered, bold
    // or plain.
    // A province opening with a numeral's character (`四川省`) keeps it.
    for line in ["四川省受理点名单", "**四川省受理点名单**", "四、四川省", "十 四川省"] {
        assert_eq!(rows::heading_province(line).map(|p| Gazetteer::get().div(p).name.as_str()), Some("四川省"), "{line}");
    }
    for line in ["（二）天津市受理点", "**天津市受理点名单**", "2. 天津市外国人工作许可受理点", "天津市外国人来华工作许可受理点一览表"]
    {
        assert_eq!(rows::heading_province(line).map(|p| Gazetteer::get().div(p).name.as_str()), Some("天津市"), "{line}");
    }
}

#[test]
fn another_directory_with_its_own_column_order() {
    // A hospital directory: no province column, phone before address, its own header.
    let md = "| 序号 | 医院名称 | 联系电话 | 地址 |\n\
| 1 | 北京协和医院 | 010-69156114 | 东城区帅府园1号 |\n\
| 2 | 北京大学第一医院 | 010-83572211 | 西城区西什库大街8号 |\n\
| 3 | 首都医科大学附属 | 010-63138585 | 西城区永安路95号 |\n\
| | 北京友谊医院 | | |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 3, "{:#?}", n.records);
    assert_eq!(n.records[0].institution, "北京协和医院");
    assert_eq!(n.records[0].address, "东城区帅府园1号");
    assert_eq!(n.records[0].phones[0].number, "010-69156114");
    assert_eq!(n.records[2].institution, "首都医科大学附属北京友谊医院");
    assert!(n.records.iter().all(|r| r.province == "北京市"));
}

#[test]
fn hong_kong_and_macau_records_read_numbers_in_their_own_plan() {
    let n = norm_rows(
        "| 1 | 香港 | 香港特别行政区政府入境事务处 | 香港湾仔港湾道7号入境事务大楼 | 852-28246111 |\n\
         | 2 | 澳门 | 澳门治安警察局出入境事务厅 | 澳门友谊大马路918号 | 853 2872 5488 / 6612 3456 |\n\
         | 3 | 广东 | 深圳市科技创新委员会 | 深圳市福田区深南大道6008号 | 852-28246111 |\n",
    );
    let shown = |i: usize| n.records[i].phones.iter().map(|p| p.display()).collect::<Vec<_>>();
    assert_eq!(shown(0), ["+852-28246111"]);
    assert_eq!(shown(1), ["+853-28725488", "+853-66123456"]);
    for r in &n.records[..2] {
        assert!(r.flags.contains(&FindingCode::PhoneCountryCodeAdded), "{:?}", r.flags);
        // No city of theirs to name: not a doubt.
        assert!(!r.flags.contains(&FindingCode::DivisionUnresolved), "{:?}", r.flags);
        assert!(!r.flags.iter().any(|f| matches!(f, FindingCode::PhoneAreaCodeMismatch | FindingCode::PhoneUnparsed)), "{:?}", r.flags);
    }
    // A mainland record prints no Hong Kong number without its `+`: read as printed,
    // and the doubt shown.
    assert_eq!(shown(2), ["0852-28246111"]);
    assert!(n.records[2].flags.contains(&FindingCode::PhoneAreaCodeMismatch));
    // Without a province column, a name or address opening with the region's name
    // places the record there; a mainland street named after it (`澳门路`) does not.
    let n = norm(
        "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n\
         | 香港入境事务处 | 香港湾仔港湾道7号 | 2824 6111 |\n\
         | 普陀区人力资源和社会保障局 | 澳门路168号 | 62661234 |\n",
    );
    let shown = |i: usize| n.records[i].phones.iter().map(|p| p.display()).collect::<Vec<_>>();
    assert_eq!(shown(0), ["+852-28246111"]);
    assert_eq!(shown(1), ["62661234"]);
}

#[test]
fn a_bilingual_header_with_columns_of_other_fields_is_a_header() {
    let n = norm(
        "| 序号 No. | 地区 Region | 受理机构 Institution | 服务范围 | 办公地址 Address | 工作时间 | 联系电话 Tel | 备注 |\n\
         |---|---|---|---|---|---|---|---|\n\
         | 1 | 北京 | 北京市科学技术委员会 | 负责全市A类人才审批 | 北京市西城区西直门南大街16号 | 周一至周五 9:00-17:00 | 010-55526666 | |\n\
         | 2 | 天津 | 天津市科学技术局 | 全市范围 | 天津市河西区友谊路18号 | 工作日 9:00-12:00 | 022-58832930 | 两证联办 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [("北京市科学技术委员会", "北京市西城区西直门南大街16号"), ("天津市科学技术局", "天津市河西区友谊路18号")]
    );
    assert_eq!(n.records[0].notes, ["服务范围: 负责全市A类人才审批", "工作时间: 周一至周五 9:00-17:00"]);
    assert!(n.records[1].joint_permit);
    assert!(n.findings.iter().any(|f| f.code == FindingCode::HeaderRowSkipped && f.line_start == 1));
    assert!(n.findings.iter().all(|f| f.severity != Severity::Warning), "{:#?}", n.findings);
}

#[test]
fn full_width_digits_and_dashes_read_as_ascii_ones() {
    // Word processors and OCR print digits, letters and dashes full-width: a window with
    // no phone above one with no name, and three numbered windows of one name, read as
    // their ASCII print does.
    let ascii = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 通州区人力资源和 社会保障局 | 通州区新华东街 11 号院 1 号楼中国北京人 力资源服务产业园通州园区 | (两证联办) |\n\
| | | | 经济技术开发区荣华中路10号亦城国际裙 房二层(政务服务中心国际人才服务厅) | 010-67857696 (两证联办) |\n\
| 2 | 山东 | 青岛市外国专家局 | 政府受理点: 青岛市市南区香港中路 11 号 政府二期办公楼 1715 室。 | 0532-85911893 |\n\
| | | | 1 号受理点: 青岛市崂山区同安路 891 号一 楼大厅 | 0532-66711728 |\n\
| | | | 2号受理点:青岛市市南区福州南路9号社 保大厦四楼 | 0532–66773812 |\n";
    let wide: String = ascii
        .chars()
        .map(|c| match c {
            '0'..='9' | 'A'..='Z' | 'a'..='z' | '-' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            _ => c,
        })
        .collect();
    let fields = |n: &Normalized| -> Vec<(String, String, String, Vec<String>)> {
        n.records
            .iter()
            .map(|r| (r.province.to_string(), r.institution.clone(), r.address.clone(), r.phones.iter().map(|p| p.display()).collect()))
            .collect()
    };
    let (a, w) = (norm(ascii), norm(&wide));
    assert_eq!(a.records.len(), 5);
    assert_eq!(fields(&w), fields(&a));
}

/// A list printing a record a line, its fields parted by single spaces, as OCR reads a
/// table whose rules it lost.
const SPACED_LIST: &str = "全国外国人来华工作许可受理点\n\
序号 省级地区 受理机构 地址 咨询电话\n\
1 北京市 北京市科学技术委员会 丰台区西三环南路1号 010-89150841\n\
朝阳区国际人才一站式服务中心 朝阳区霄云路霄云里1号 010-84681219\n\
海淀区人力资源和社会保障局 海淀区四季青路7号 010-88487000\n\
麦子店国际人才一站式服务站 朝阳区朝阳公园西里南区6号楼麦子店街道办事处 010-58260972\n\
顺义区仓上街16号顺义区人力社保局二层人才服务科(214室) 010-89446673\n\
通州区人力资源和社会保障局 通州区新华东街11号院1号楼人力资源服务产业园\n\
朝阳区人力资源和社会保障局 朝阳区人民政府办证大厅 010-57596100\n\
望京国际人才一站 式服务站 朝阳区望京西园四区 425 楼 010-61847598\n\
2 天津市 天津市滨海新 区行政审批局 滨海新区于家堡融合路 681号 022-66897776\n\
天津市外国专家局 022-23456789\n\
天津市东丽区科学技术局 本窗口自2019.4.1起撤销 022-24392345\n\
中国(天津)自由贸易试验区管理委员会 暂未正式提供服务\n\
中国(天津)自由贸易试验区东疆片区管理委员会\n";

#[test]
fn records_printed_a_line_each_with_spaces_between_fields_are_read() {
    let n = norm(SPACED_LIST);
    assert_eq!(
        names_addresses_phone_counts(&n),
        vec![
            ("北京市科学技术委员会", "丰台区西三环南路1号", 1),
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
            ("海淀区人力资源和社会保障局", "海淀区四季青路7号", 1),
            // An address may end like a name.
            ("麦子店国际人才一站式服务站", "朝阳区朝阳公园西里南区6号楼麦子店街道办事处", 1),
            // A line may print no name, or no number.
            ("", "顺义区仓上街16号顺义区人力社保局二层人才服务科(214室)", 1),
            ("通州区人力资源和社会保障局", "通州区新华东街11号院1号楼人力资源服务产业园", 0),
            // The second field is the address, whatever it ends like.
            ("朝阳区人力资源和社会保障局", "朝阳区人民政府办证大厅", 1),
            // OCR's wrap spaces inside a field part no fields.
            ("望京国际人才一站式服务站", "朝阳区望京西园四区425楼", 1),
            // A province's name opening a name's wrapped head is the name's, not a
            // province word.
            ("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", 1),
            // A name alone and its number.
            ("天津市外国专家局", "", 1),
            // A remark on the point's status in the address's place.
            ("天津市东丽区科学技术局", "", 1),
            ("中国(天津)自由贸易试验区管理委员会", "", 0),
            // A name alone (the list's title above its first section is none).
            ("中国(天津)自由贸易试验区东疆片区管理委员会", "", 0),
        ]
    );
    assert_eq!(n.records.iter().map(|r| r.province).collect::<Vec<_>>(), [vec!["北京市"; 8], vec!["天津市"; 5]].concat());
    assert_eq!(n.records.iter().map(|r| r.status).collect::<Vec<_>>()[9..12], [Status::Active, Status::Closed, Status::NotInService]);
    assert_eq!(n.records[4].source_lines, [7]);
    assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::CellSplit)));
}

#[test]
fn a_lone_line_is_read_the_loose_way_only_in_a_list() {
    // One line after a table: a record only when it reads as one the strict way; the
    // looser reading of a list's lines is not applied to it.
    let md = "| 1 | 北京市 | 北京市科学技术委员会 | 丰台区西三环南路1号 | 010-89150841 |\n\n\
              麦子店国际人才一站式服务站 朝阳区朝阳公园西里南区6号楼麦子店街道办事处 010-58260972\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 1);
    let dropped: Vec<(&str, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::TextLineDropped).map(|f| (f.before.as_str(), f.severity)).collect();
    assert_eq!(dropped, [("麦子店国际人才一站式服务站 朝阳区朝阳公园西里南区6号楼麦子店街道办事处 010-58260972", Severity::Warning)]);
}

#[test]
fn a_one_column_table_of_whole_records_reads_as_a_list() {
    // OCR found the table but no rules between its fields: each row's one cell is a
    // record, read as a record-per-line list's line is.
    let md: String = SPACED_LIST.lines().map(|l| format!("| {l} |\n")).collect();
    let n = norm(&md);
    let lines = norm(SPACED_LIST);
    assert_eq!(names_addresses_phone_counts(&n), names_addresses_phone_counts(&lines));
    assert_eq!(n.records[4].source_lines, [7]);
    // A one-column table of other text stays a table: its rows are dropped as noise, not
    // read as lines.
    let n = norm("| 注 |\n|---|\n| 以上信息截至2020年 |\n");
    assert!(n.records.is_empty());
    assert!(n.findings.iter().all(|f| f.code != FindingCode::TextLineDropped), "{:#?}", n.findings);
}

#[test]
fn a_list_printing_numbers_before_addresses_is_read() {
    // The list's phone column came before its address column: a name, its numbers, then
    // its address (opening with a place, or, in such a list, with anything), or numbers
    // and an address alone.
    let md = "1 北京市 北京市科学技术委员会 010-89150841 丰台区西三环南路1号\n\
              朝阳区国际人才一站式服务中心 010-84681219 朝阳区霄云路霄云里1号\n\
              海淀区人力资源和社会保障局 010-88487000 010-88487001 海淀区四季青路7号\n\
              朝阳区人力资源公共服务中心 010-57596100 将台路5号院15号楼A座\n\
              010-89446673 顺义区仓上街16号人力社保局二层\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        vec![
            ("北京市科学技术委员会", "丰台区西三环南路1号", 1),
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
            ("海淀区人力资源和社会保障局", "海淀区四季青路7号", 2),
            ("朝阳区人力资源公共服务中心", "将台路5号院15号楼A座", 1),
            ("", "顺义区仓上街16号人力社保局二层", 1),
        ]
    );
    assert_eq!(n.records[3].source_lines, [4]);
}

#[test]
fn a_list_printing_numbers_before_addresses_reads_numbered_windows() {
    // A window's number against its address (`1号受理点:…`, `2.市人社局…`) is the address's,
    // and a name numbered among its windows (`余杭区科技局1`) the name's; a name ending like
    // none (`武汉市自贸区`) is still the name.
    let md = "1 北京市 北京市科学技术委员会 010-89150841 丰台区西三环南路1号\n\
              朝阳区国际人才一站式服务中心 010-84681219 朝阳区霄云路霄云里1号\n\
              海淀区人力资源和社会保障局 010-88487000 海淀区四季青路7号\n\
              余杭区科技局1 0571-86370796 余杭区文一西路998号1幢3楼\n\
              青岛市外国专家局 0532-66711728 1号受理点:青岛市崂山区同安路891号一楼大厅\n\
              威海市外国专家局 0631-5190822 2.市人社局609室(威海市胶州路7号)\n\
              武汉市自贸区 027-65528065 武汉市高新大道777号光谷公共服务中心一号楼\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("北京市科学技术委员会", "丰台区西三环南路1号"),
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号"),
            ("海淀区人力资源和社会保障局", "海淀区四季青路7号"),
            ("余杭区科技局1", "余杭区文一西路998号1幢3楼"),
            ("青岛市外国专家局", "1号受理点:青岛市崂山区同安路891号一楼大厅"),
            ("威海市外国专家局", "2.市人社局609室(威海市胶州路7号)"),
            ("武汉市自贸区", "武汉市高新大道777号光谷公共服务中心一号楼"),
        ]
    );
    assert_eq!(phones_of(&n)[5], ["0631-5190822"]);
}
