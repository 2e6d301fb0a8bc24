//! Raw OCR table rows in, clean audited records out.
//!
//! [`normalize`] rebuilds one record per real row of the source table ([`rows`]), cleans
//! its text ([`text`], [`status`]), reads its phones ([`phone`]), places it in the
//! administrative divisions ([`gazetteer`], [`places`]) and reports every repair and doubt
//! as a [`Finding`] with a stable [`FindingCode`].

pub mod classify;
mod consensus;
mod duplicates;
mod finalize;
pub mod finding;
pub mod gazetteer;
pub mod id;
mod local_numbers;
mod lookalikes;
pub mod phone;
pub mod places;
pub mod record;
pub mod rows;
pub mod status;
pub mod text;
pub mod variants;

use std::collections::BTreeSet;
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};
use parser::Document;

pub use finding::{Finding, FindingCode, Severity};
pub use record::{Phone, PhoneKind, Record, Status};

use consensus::{complete_names, length_consensus, restore_name_heads};
use duplicates::merge_duplicates;
use finalize::finalize;
pub(crate) use local_numbers::{lead_local_numbers, stated_area_code};
use rows::sections::infer_section_provinces;
use rows::Draft;

/// Records and findings of one document.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub records: Vec<Record>,
    /// Every finding, record-bound and dropped text, sorted by line then code.
    pub findings: Vec<Finding>,
}

/// Turns a parsed document into records and findings. Deterministic: the same document
/// gives the same records, ids and findings in the same order.
pub fn normalize(doc: &Document) -> Normalized {
    finish(assemble(doc))
}

/// [`normalize`] for a document the caller is done with: its cells are dropped once rows
/// are assembled, so a huge document's cells and records are never held together.
pub fn normalize_owned(doc: Document) -> Normalized {
    let assembled = assemble(&doc);
    drop(doc);
    finish(assembled)
}

/// What records are built from, once a document's rows are read.
struct Assembled {
    asm: rows::Assembly,
    script: variants::Script,
}

fn assemble(doc: &Document) -> Assembled {
    let script = variants::Script::of(doc);
    let mut asm = variants::reading_simplified(script.variants_throughout, || rows::assemble(doc));
    let src = Arc::clone(&asm.source);
    variants::reading_simplified(script.variants_throughout, || infer_section_provinces(&mut asm, &src));
    Assembled { asm, script }
}

/// Documents with at least this many drafts build their records in parallel (a whole
/// directory in one file; an ordinary document runs beside others already).
const PARALLEL_FINALIZE_MIN_DRAFTS: usize = 4096;

fn finish(assembled: Assembled) -> Normalized {
    finish_with(assembled, PARALLEL_FINALIZE_MIN_DRAFTS)
}

/// [`finish`], building records on every core from `parallel_min_drafts` drafts on.
fn finish_with(assembled: Assembled, parallel_min_drafts: usize) -> Normalized {
    let read_simplified = assembled.script.variants_throughout;
    variants::reading_simplified(read_simplified, || build_records(assembled, parallel_min_drafts))
}

/// [`finish_with`] within the document's reading scope.
fn build_records(assembled: Assembled, parallel_min_drafts: usize) -> Normalized {
    let Assembled { mut asm, script } = assembled;
    let simplified_doc = script.simplified;
    let src = &Arc::clone(&asm.source);
    // Drafts are consumed as records are built: a huge document never holds both in full.
    let drafts = std::mem::take(&mut asm.drafts);
    let province_of = |d: &Draft| asm.sections.get(d.section).and_then(|s| s.province);
    let built: Vec<(Record, Vec<Finding>)> = if drafts.len() >= parallel_min_drafts {
        use rayon::prelude::*;
        // Each thread its own phone cache (a cache only spares work: the records are the
        // same), in draft order.
        drafts
            .into_par_iter()
            .map_init(phone::PhoneCache::default, |cache, d| {
                let province = province_of(&d);
                variants::reading_simplified(script.variants_throughout, || finalize(d, province, src, cache, simplified_doc))
            })
            .collect()
    } else {
        let mut built = Vec::with_capacity(drafts.len());
        for d in drafts {
            let province = province_of(&d);
            built.push(finalize(d, province, src, &asm.phones, simplified_doc));
        }
        built
    };
    let mut built = merge_duplicates(built, src);
    length_consensus(&mut built, src);
    complete_names(&mut built, src);
    restore_name_heads(&mut built, src);
    duplicates::flag_possible_duplicates(&mut built, src);

    let mut findings: Vec<Finding> = asm.dropped;
    findings.reserve_exact(built.iter().map(|(_, fs)| fs.len()).sum());
    // Counts only, never iterated: a hash map keeps one huge document's ids O(1) each.
    let mut used_ids: HashMap<String, usize> = HashMap::with_capacity(built.len());
    // Collected from `built`'s own buffer (a record is smaller than a record with its
    // findings), so a huge document never holds two arrays of records.
    let records: Vec<Record> = built
        .into_iter()
        .map(|(mut r, fs)| {
            let base = id::record_id(&r);
            let n = used_ids.entry(base.clone()).or_insert(0);
            *n += 1;
            r.id = if *n == 1 { base } else { format!("{base}-{n}") };
            let mut codes: BTreeSet<FindingCode> = fs.iter().map(|f| f.code).collect();
            for p in &r.phones {
                codes.extend(p.flags.iter().copied());
            }
            r.flags = codes.into_iter().collect();
            for mut f in fs {
                f.record_id = Some(r.id.clone());
                findings.push(f);
            }
            r
        })
        .collect();
    duplicates::mark_repeated_noise(&mut findings, &records);
    findings.sort_by(|a, b| {
        (a.line_start, a.code, &a.record_id, &a.field, &a.before).cmp(&(b.line_start, b.code, &b.record_id, &b.field, &b.before))
    });
    Normalized { records, findings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use parser::markdown::parse_markdown;

    #[test]
    fn building_records_in_parallel_changes_nothing() {
        let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        let doc = parse_markdown("seed.md", &md.repeat(3)).expect("parses");
        let parallel = finish_with(assemble(&doc), 0);
        let sequential = finish_with(assemble(&doc), usize::MAX);
        assert!(sequential.records.len() > 400);
        assert_eq!(format!("{parallel:?}"), format!("{sequential:?}"));
        // In traditional forms: the workers read the drafts as the document's thread does.
        let traditional = variants::in_traditional_forms(&md.repeat(3));
        let doc = parse_markdown("seed.md", &traditional).expect("parses");
        assert!(variants::Script::of(&doc).variants_throughout);
        assert_eq!(format!("{:?}", finish_with(assemble(&doc), 0)), format!("{:?}", finish_with(assemble(&doc), usize::MAX)));
    }

    fn norm(md: &str) -> Normalized {
        normalize(&parse_markdown("t.md", md).unwrap())
    }

    /// Each record's name and address, in order.
    fn names_and_addresses(n: &Normalized) -> Vec<(&str, &str)> {
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect()
    }

    /// Each record's name, address and number of phones, in order.
    fn names_addresses_phone_counts(n: &Normalized) -> Vec<(&str, &str, usize)> {
        n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.len())).collect()
    }

    /// Rows of the seed's five columns, under its header.
    fn norm_rows(rows: &str) -> Normalized {
        norm(&format!("| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n{rows}"))
    }

    /// Asserts each record's name, address and number of phones, none of them dealt out
    /// by order alone: records side by side told apart by what they print.
    fn assert_told_apart(n: &Normalized, want: &[(&str, &str, usize)]) {
        assert_eq!(names_addresses_phone_counts(n), want);
        assert!(n.records.iter().all(|r| !r.flags.contains(&FindingCode::PhonesDealtInOrder)), "{:#?}", n.records);
    }

    #[test]
    fn place_names_alone_beside_an_address_head_too_short_to_stand_head_the_row_below() {
        // `四川省 | 市中` at a page's top, over a name opening with its city and an address
        // finishing 市中区: one record, though the name below reads as whole.
        let n = norm(
            "| 23 | 四 川 | 四川省成都市外国 专家局 | 青羊区人民西路 2 号 | 028-62377790 |\n\
             |---|---|---|---|---|\n\
             | | | 四川省巴中市科学 技术局 | 经开区红星街 70 号 | 0827-5269390 |\n\
             \n\
             | | | 四川省 | 市中 | |\n\
             |---|---|---|---|---|\n\
             | | | 广元市科学技术局 | 区柏杨东路222号 | 0839-3269691 |\n\
             | | | 四川省绵阳市科学 技术局 | 涪城区临园路东段72号 | 0816-2303953 |\n",
        );
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("四川省成都市外国专家局", "青羊区人民西路2号", 1),
                ("四川省巴中市科学技术局", "经开区红星街70号", 1),
                ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
                ("四川省绵阳市科学技术局", "涪城区临园路东段72号", 1),
            ]
        );
    }

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
    fn a_tall_record_wrapped_at_any_point_is_one_record() {
        // The phone on the first or the second line; names cut inside a word (`科` + `学`,
        // though `科` ends names) or before their ending (`局` alone); addresses cut inside a
        // place's name, after place names alone, or before their unit's word.
        let n = norm_rows(
            "| 1 | 四川 | 四川省科学技术厅 | 成都市人民南路四段11号 | 028-85221234 |\n\
             | | | 四川省攀枝花市科 | 攀枝花市东区攀 | |\n\
             | | | 学技术局 | 枝花大道东段479号 | 0812-3324635 |\n\
             | | | 四川省南充市科 | 顺庆区万 | 0817-2238620 |\n\
             | | | 学技术局 | 年西路2号 | |\n\
             | | | 四川省阿坝藏族羌 族自治州 | 马尔康市 | |\n\
             | | | 科学技术 局 | 茸勒街 21 号 | 0837-2841236 |\n\
             | | | 宜宾市科学技术 | 翠屏区中山街142号 | 0831-8226207 |\n\
             | | | 局 | 宜宾市政务服务中心 | |\n\
             | | | 泸州市科学技术局 | 江阳区酒城大道一段2号 D65、D66 号 | 0830-8900807 |\n\
             | | | | 窗口 | |\n\
             | | | 绵阳市科学技 | 绵阳市涪城区 | |\n\
             | | | 术局 | 临园路东段76号 | 0816-2531234 |\n\
             | | | 四川 | 东坡区眉州大道西三段12 | 028-38168884 |\n\
             | | | 省眉山市科学技术局 | 1号 | |\n\
             | 2 | 安徽 | 合肥市 | 包河大道118号,包河 | 0551-63357042 |\n\
             | | | 包河区人社局就业人才中心 | 区政务服务中心一楼大厅 | |\n\
             | 3 | 湖南 | 张家界市 | 张家 | |\n\
             | | | 科学技术局 | 界市永定区崇文路351号 | 0744-8329209 |\n\
             | 4 | 北京 | 麦子店国际人 | 朝阳区朝阳公园西里南区6号楼 | 010-58260972 |\n\
             | | | 才一站式服务站 | | |\n\
             | | | 三里 | 朝阳区三里屯街道幸福二村38号楼4单 | 010-84751472 |\n\
             | | | 屯国际人才一站式服务站 | 元三层 | |\n\
             | 5 | 湖南 | 湘西州 | 湖南 | |\n\
             | | | 科技局 | 省吉首市人民南路58号 | 0743-8224003 |\n\
             | | | 六安市 | 安徽省 | |\n\
             | | | 科学技术局 | 六安市行政中心5号楼3楼 | 0564-3378378 |\n\
             | 10 | 江苏 | 中德 | 金坛区鑫城大道 | 0519-82818550 |\n\
             | | | 常州创新产业园 | 2898号 | |\n\
             | 16 | 河南 | 河南自贸区 | 开封市郑开大道与12大 | 0371-22732115 |\n\
             | | | 开封片区政务服务中心 | 街交叉口中国(河南)自由贸易试验区开封片区政务服务中心 | |\n\
             | 5 | 内蒙古 | 满洲里市行政审批 | 满洲里市世纪大道 | 0470-6220036 |\n\
             | | | 和政务服务局 | 财政局二楼 | |\n\
             | 11 | 浙江 | 余杭区科 | 余杭区文一西路601号国际人 | 0571-88676837 |\n\
             | | | 技局2 | 才园2楼窗口5号外籍人士服务专窗 | |\n\
             | 2 | 天津 | 天津市开发区人社局 | 经济 | |\n\
             | | | | 技术开发区第三大街40号档案馆七楼 | 022-25202710 |\n\
             | 23 | 四川 | 四川省遂宁市 | 河东新区莲花会展中心3 | 0825-2655078 |\n\
             | | | 科学技术局 | 号花瓣2楼市公安局出入境管理支队窗口 | |\n\
             | 9 | 上海 | 上海 | 长宁 | |\n\
             | | | 虹桥海外人才一站式服务中心 | 区新泾镇金钟路999号A栋10号 | 021-52068900 |\n\
             | 22 | 重庆 | 重庆市人力社保局政务服务 | 重庆市 | 023-63120258 |\n\
             | | | 大厅 | 渝北区仙桃街道春华大道99号 | |\n\
             | | | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华大道99号中国 | 023-63120258 |\n\
             | | | 政务服务大厅 | 重庆人力资源服务产业园南区1号门三楼 | |\n\
             | 5 | 内蒙古 | 二连浩 | 二连浩特市锡林街西教育科 | |\n\
             | | | 特市教育科技局 | 技局办公大楼3楼 | 0479-7539663 |\n\
             | 16 | 河南 | 新乡市科学 | 红旗 | 0373-5828882 |\n\
             | | | 技术局 | 区人民东路691号 | |\n\
             | 2 | 天津 | 天津市自贸区(机场片 | 空港 | 022-84606757 |\n\
             | | | 区)行政审批中心 | 经济西区三道166号 | |\n\
             | 16 | 河南 | 郑州航空港经 | 河南省郑州航空港经 | 0371-86190689 |\n\
             | | | 济综合实验区科技人才局 | 济综合实验区新港大道297号 | |\n\
             | 23 | 四川 | 四川省凉山彝族自 | 高枧 | 0834-2185066 |\n\
             | | | 治州科学技术局 | 乡航天大道东延线道路北侧 | |\n\
             | | | 四川省甘 | 泸州市 | 0830-2522944 |\n\
             | | | 孜藏族自治州科技局 | 龙马潭区龙马大道一段70号 | |\n\
             | 5 | 内蒙古 | 兴安 | 内蒙古 | |\n\
             | | | 盟科技局 | 兴安盟乌兰浩特市五一街道五一北大路85号 | 0482-8833713 |\n\
             | 25 | 云南 | 曲靖市人力资 | 曲靖市麒 | 0874-3139575 |\n\
             | | | 源和社会保障局 | 麟区文昌街市政府大院 | |\n\
             | | | 昆明市人力资 | 昆明市五 | 0871-63139575 |\n\
             | | | 源和 | 华区市政府大院 | |\n\
             | | | 社会保障局 | | |\n\
             | 17 | 湖北 | 武汉市自贸区 | 武汉市高新大道777号 | 027-65528065 |\n\
             | | | 襄阳 | 湖北省 | 0710-3511681 |\n\
             | | | 市外国专家局 | 襄阳市襄城区荆州街73号 | |\n\
             | 9 | 上海 | 中国(上海)自由贸易试验 | 临港 | |\n\
             | | | 区临港新片区人才服务中心 | 新片区国际人才服务港 | 021-68289698 |\n\
             | 13 | 福建 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号 | 0597-2220870 |\n\
             | | | (龙岩市外国专家局) | 龙岩市公安局出入境接待大厅 | |\n\
             | 25 | 云南 | 云南省科学技术厅 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
             | | | 昭通市 | 昭通市昭阳区崇义街市 | 0870-2127725 |\n\
             | | | 人力资源和 | 政府大院 | |\n\
             \n\
             | 社会保障局 | | |\n\
             |---|---|---|\n\
             | | | 昆明市五华区受 | 正义路五华坊42号五华区人社 | 0871-63588926 |\n\
             | | | 理点 | 局508 | |\n\
             | 15 | 山东 | 山东省外国专家局 | 济南市解放东路16号 | 0531-81286739 |\n\
             | | | 中国(山东)自由贸易试验区 | 济南高新区舜华路750号中国(山东) | 0531-88871878 |\n\
             | | | 济南片区管理委员会 | 自由贸易试验区济南片区综合服务中心4楼A411 | |\n\
             | 22 | 重庆 | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华 | 023-63120251 |\n\
             | | | 政务服务大厅 | 大道101号南区二楼 | |\n\
             | 2 | 天津 | 天津市自贸区(机场片区)行政 | 空港 | 022-84606758 |\n\
             | | | 审批中心 | 经济西区三道167号 | |\n\
             | 17 | 湖北 | 武汉市 | 武汉市高新大道778号光谷公共服务中心二楼D65、D66 | 027-65528066 |\n\
             | | | 自贸区 | 号窗口 | |\n\
             | 23 | 四川 | 四川省科学技术厅 | 成都市人民南路四段12号 | 028-85221235 |\n\
             | | | 四川 | 河东新区莲花会展中心4 | 0825-2655079 |\n\
             | | | 省遂宁市科学技术局 | 号花瓣3楼窗口 | |\n",
        );
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("四川省科学技术厅", "成都市人民南路四段11号", 1),
                ("四川省攀枝花市科学技术局", "攀枝花市东区攀枝花大道东段479号", 1),
                ("四川省南充市科学技术局", "顺庆区万年西路2号", 1),
                ("四川省阿坝藏族羌族自治州科学技术局", "马尔康市茸勒街21号", 1),
                ("宜宾市科学技术局", "翠屏区中山街142号宜宾市政务服务中心", 1),
                ("泸州市科学技术局", "江阳区酒城大道一段2号D65、D66号窗口", 1),
                ("绵阳市科学技术局", "绵阳市涪城区临园路东段76号", 1),
                // (A province's name heading a name under the name column is no section.)
                ("四川省眉山市科学技术局", "东坡区眉州大道西三段121号", 1),
                // (A name of place names alone heads the name below it.)
                ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅", 1),
                // (Each head in its column, though the name's reads like an address.)
                ("张家界市科学技术局", "张家界市永定区崇文路351号", 1),
                ("麦子店国际人才一站式服务站", "朝阳区朝阳公园西里南区6号楼", 1),
                // (A head too short for a name, above a name's rest, heads it.)
                ("三里屯国际人才一站式服务站", "朝阳区三里屯街道幸福二村38号楼4单元三层", 1),
                // (A province alone heads the address below it, in short form or whole.)
                ("湘西州科技局", "湖南省吉首市人民南路58号", 1),
                ("六安市科学技术局", "安徽省六安市行政中心5号楼3楼", 1),
                // (A head too short for a name takes any name's rest; an address's rest beyond
                // doubt takes the name's text beside it along.)
                ("中德常州创新产业园", "金坛区鑫城大道2898号", 1),
                ("河南自贸区开封片区政务服务中心", "开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心", 1),
                // (A rest opening with a place of another province, 和政县; a word finished
                // though the head ends like a name, 科 + 技; an address's head cut inside a
                // word; a province and its places heading the name below.)
                ("满洲里市行政审批和政务服务局", "满洲里市世纪大道财政局二楼", 1),
                ("余杭区科技局2", "余杭区文一西路601号国际人才园2楼窗口5号外籍人士服务专窗", 1),
                ("天津市开发区人社局", "经济技术开发区第三大街40号档案馆七楼", 1),
                ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口", 1),
                ("上海虹桥海外人才一站式服务中心", "长宁区新泾镇金钟路999号A栋10号", 1),
                // (A province alone under the address column is no reason to leave the name
                // beside it, read weakly, as noise.)
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号", 1),
                // (An address stopping at the country's name goes on with the next row's;
                // a name's head left as noise beside an address read as the name.)
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
                ("二连浩特市教育科技局", "二连浩特市锡林街西教育科技局办公大楼3楼", 1),
                // (A name's head opening with a place, read as the address beside a short
                // head of the address left as noise: each to its column.)
                ("新乡市科学技术局", "红旗区人民东路691号", 1),
                // (A name whose bracket the next row closes heads it: the short address head
                // beside it is the address's.)
                ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号", 1),
                // (But under a name cut short, a name and an address opening alike are its
                // rests.)
                ("郑州航空港经济综合实验区科技人才局", "河南省郑州航空港经济综合实验区新港大道297号", 1),
                // (Long names cut anywhere: 凉山彝族自治州, 甘孜藏族自治州; a province's short
                // name over a place of its own heads the address.)
                ("四川省凉山彝族自治州科学技术局", "高枧乡航天大道东延线道路北侧", 1),
                ("四川省甘孜藏族自治州科技局", "泸州市龙马潭区龙马大道一段70号", 1),
                ("兴安盟科技局", "内蒙古兴安盟乌兰浩特市五一街道五一北大路85号", 1),
                // (On a row of tails, a short text under the name column beside an address's
                // rest read as a name: each to its column.)
                ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院", 1),
                ("昆明市人力资源和社会保障局", "昆明市五华区市政府大院", 1),
                // (A zone's name after a city is no place names alone: `武汉市自贸区` is a
                // whole name, heading nothing below it; `试验区` is a word of names.)
                ("武汉市自贸区", "武汉市高新大道777号", 1),
                ("襄阳市外国专家局", "湖北省襄阳市襄城区荆州街73号", 1),
                ("中国(上海)自由贸易试验区临港新片区人才服务中心", "临港新片区国际人才服务港", 1),
                // (A bracketed remark alone under the name, with no number of its own, is
                // the rest of the tall row, not another window: its address goes on too.)
                ("龙岩市科学技术局(龙岩市外国专家局)", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅", 1),
                // (A name's rest ending on a conjunction, `人力资源和`, beside an address's
                // rest that ends like a name: each to its column.)
                ("云南省科学技术厅", "昆明市五华区如安街56号", 1),
                ("昭通市人力资源和社会保障局", "昭通市昭阳区崇义街市政府大院", 1),
                // (Rests too short to read as fields under both columns, the name's giving the
                // name its ending: the tall row's last line.)
                ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508", 1),
                // (An address stopping at the country and its province in brackets goes on
                // with the next row's, the name's text beside it along.)
                ("山东省外国专家局", "济南市解放东路16号", 1),
                (
                    "中国(山东)自由贸易试验区济南片区管理委员会",
                    "济南高新区舜华路750号中国(山东)自由贸易试验区济南片区综合服务中心4楼A411",
                    1
                ),
                // (A whole name beside an address's certain rest, `大道101号…`, is the rest of
                // the record above, no record of its own; an address's short head beside a name
                // the row below gives its ending heads that row.)
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道101号南区二楼", 1),
                ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道167号", 1),
                // (A rest opening inside a building, `号窗口`, is the address's, though it ends
                // like a name and the name above is open.)
                ("武汉市自贸区", "武汉市高新大道778号光谷公共服务中心二楼D65、D66号窗口", 1),
                // (A province's short name over its name's rest opening with 省: no whole name
                // opens so.)
                ("四川省科学技术厅", "成都市人民南路四段12号", 1),
                ("四川省遂宁市科学技术局", "河东新区莲花会展中心4号花瓣3楼窗口", 1),
            ]
        );
    }

    #[test]
    fn a_name_cut_in_half_takes_the_row_below_whatever_its_address_reads_like() {
        // The phone on the second row; the address's rest opens like a place (`公安`县,
        // `江阴市`, `沈阳市`) or follows a comma or a road's name; the name's head is cut
        // inside a word or a place's name, or is place names alone.
        let n = norm_rows(
            "| 10 | 江苏 | 江苏省科学技术厅 | 南京玄武区成贤街118号3号门 | 025-83236029 |\n\
             | | | 常州市武进区政务服 | 武进区花园街1号 | |\n\
             | | | 务中心 | 公安专区7号窗口 | 0519-86318304 |\n\
             | | | 江阴 | 江阴市东外环路9号高新技术创业园E座三楼中国国际人才市场 | |\n\
             | | | 市科学技术局 | 江阴市场 | 0510-66227002 |\n\
             | 12 | 安徽 | 合肥市包河区人 | 包河大道118号, | |\n\
             | | | 社局就业人才中心 | 包河区政务服务中心一楼大厅 | 0551-63357042 |\n\
             | | | 合肥市新站区人社局 | 合肥市龙子湖路 | |\n\
             | | | 人力资源中心 | 369号 | 0551-65777157 |\n\
             | 6 | 辽宁 | 沈阳市 | 沈阳市沈河区市府大路260号 | |\n\
             | | | 外国专家局 | 沈阳市政务服务中心A15窗口 | 024-83962797 |\n\
             | | | 大连市科学技术局 | 大连市甘井子区东北北路101号 | 0411-65851150 |\n\
             | 19 | 广东 | 南海区科学技术局 | 佛山市南海区南港路8号桂城街道行政服务中心 | |\n\
             | | | 服务窗口(受理南海辖区内单位业务) | 投资建设综合窗口、社会民生综合窗口 | 0757-81813620 |\n\
             | | | 顺德区科学技术局服务窗口(受理 | 佛山市顺德区大良街道德民路 | |\n\
             | | | 顺德辖区内单位业务) | 顺德区行政服务中心东座三楼14号窗口 | 0757-22835313 |\n\
             | | | 顺德区科学 | 佛山市顺德区大良街道德民路 | |\n\
             | | | 技术局服务窗口(受理顺德辖区内单位业务) | 顺德区行政服务中心东座三楼14号窗口 | 0757-22830311 |\n\
             | 18 | 湖南 | 湘潭市科 | 湘潭市湘潭大道1号 | |\n\
             | | | 学技术局 | 湘潭市政府大楼14楼 | 0731-58519867 |\n\
             | 22 | 重庆 | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华大道99号中国重庆人力资源 | |\n\
             | | | 政务服务大厅 | 服务产业园南区1号门三楼 | 023-63120258 |\n\
             | 10 | 江苏 | 常州市武进区政务 | 武进区花园街1号 | |\n\
             | | | 服务中心 | 公安专区8号窗口 | 0519-86318305 |\n\
             | 13 | 福建 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号龙岩市 | |\n\
             | | | (龙岩市外国专家局) | 公安局出入境接待大厅 | 0597-2220870 |\n\
             | 2 | 天津 | 中国 | 天津市河西区九龙 | |\n\
             | | | 天津人力资源开发服务中心 | 路58号 | 022-23269358 |\n\
             | | | 中国 | 天津市河西 | |\n\
             | | | 天津人力资源开发服务中心 | 区九龙路59号 | 022-23269359 |\n\
             | 6 | 辽宁 | 丹东市科学技术局( | 丹东市振兴区浪头镇丹东新区银 | |\n\
             | | | 丹东市外国专家局 | 河大街中心北路2号 | 0415-2127271 |\n\
             | 8 | 黑龙江 | 大兴安岭地区行署 | 大兴安岭地区加格达奇区 | |\n\
             | | | 科学技术局(外国专家局) | 景观大道135号 | 0457-2732005 |\n\
             | 24 | 贵州 | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n\
             | | | 贵安新区经济发 | 贵安新区数字经济产业园9号楼101 | |\n\
             | | | 展局 | 8办公室 | 0851-88909700 |\n\
             | 2 | 天津 | 天津市滨海新区行政审批局 | 滨海新区于家堡融合路681号 | 022-66897776 |\n\
             | | | 中国天津 | 天津市 | |\n\
             | | | 人力资源开发服务中心 | 河西区九龙路60号 | 022-23269360 |\n\
             | 16 | 河南 | 河南省科学技术厅 | 郑州市花园路27号 | 0371-65950135 |\n\
             | | | 中国(河南)自由贸易试验区郑 | 郑州市金水区金水东路85号 | |\n\
             | | | 州片区管理委员会行政审批处 | 河南自贸大厦 | 0371-67880637 |\n\
             | 9 | 上海 | 黄浦区科学技术委员会 | 黄浦区蒙自路701号 | 021-53023249 |\n\
             | | | | 浦东新区日京路38号办证大厅单一窗口 | 021-22043562 |\n\
             | | | 中国(上海)自由贸易试验区临 | 临港 | |\n\
             | | | 港新片区人才服务中心 | 新片区国际人才服务港(紫杉路158弄1号楼5号窗口) | 021-68289698 |\n\
             | 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
             | | | 昆明市五 | 正义路五华坊42号 | |\n\
             | | | 华区受理点 | 五华区人社局508 | 0871-63588926 |\n\
             | 22 | 重庆 | 重庆市科技局 | 重庆市渝北区新溉大道2号 | 023-62192269 |\n\
             | | | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华 | |\n\
             | | | 政务服务大厅 | 大道100号北区二楼 | 023-63120259 |\n\
             | 5 | 内蒙古 | 内蒙古自治区科学技术厅 | 呼和浩特市新城区新华大街1号 | 0471-6602266 |\n\
             | | | 阿拉 | 内蒙 | |\n\
             | | | 善盟科技局 | 古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室 | 0483-2210810 |\n\
             | 20 | 海南 | 海口市外专局 | 海口市龙华区公园路1号 | 0898-66750650 |\n\
             | | | 三亚市 | 三亚市吉阳区新风街259号市政务服务中心二楼16号 | |\n\
             | | | 外专局 | 窗口 | 市外专局: 0898-88263681 政务中心窗口: 0898-38212524 |\n\
             | 8 | 黑龙江 | 黑龙江省科学技术厅 | 哈尔滨市南岗区汉水路1号 | 0451-12345678 |\n\
             | | | 黑河市科学技术 | 黑河市爱辉区通江路10号 | |\n\
             | | | 局(外国专家局) | 黑河市人民政府第二办公区 | 0456-8785009 |\n\
             | 23 | 四川 | 四川省成都市外国专家局 | 青羊区人民西路2号 | 028-62377790 |\n\
             | | | 四川 | 市中 | |\n\
             | | | 省广元市科学技术局 | 区柏杨东路222号 | 0839-3269691 |\n\
             | 25 | 云南 | 云南省人力资源和社会保障厅 | 昆明市西山区日新中路516号 | 0871-64195000 |\n\
             | | | 昆明市 | 正义路五华坊43号 | |\n\
             | | | 五华区受理点 | 五华区人社局509 | 0871-63588927 |\n",
        );
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("江苏省科学技术厅", "南京玄武区成贤街118号3号门", 1),
                ("常州市武进区政务服务中心", "武进区花园街1号公安专区7号窗口", 1),
                ("江阴市科学技术局", "江阴市东外环路9号高新技术创业园E座三楼中国国际人才市场江阴市场", 1),
                ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅", 1),
                ("合肥市新站区人社局人力资源中心", "合肥市龙子湖路369号", 1),
                ("沈阳市外国专家局", "沈阳市沈河区市府大路260号沈阳市政务服务中心A15窗口", 1),
                ("大连市科学技术局", "大连市甘井子区东北北路101号", 1),
                // (A window's word opening the name's rest, a bracket closed, a word finished.)
                (
                    "南海区科学技术局服务窗口(受理南海辖区内单位业务)",
                    "佛山市南海区南港路8号桂城街道行政服务中心投资建设综合窗口、社会民生综合窗口",
                    1
                ),
                ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 1),
                ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 1),
                // (A word cut though the head ends like a name; a name's rest and an
                // address's, neither opening with a place, under a whole name.)
                ("湘潭市科学技术局", "湘潭市湘潭大道1号湘潭市政府大楼14楼", 1),
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
                // (A county's short name of another province opens no address, `公安`县 in
                // 江苏; an address stopping at a place's name after its number goes on.)
                ("常州市武进区政务服务中心", "武进区花园街1号公安专区8号窗口", 1),
                ("龙岩市科学技术局(龙岩市外国专家局)", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅", 1),
                // (An address cell cut before its road's word or inside a place's name heads
                // the row below: the name's short head is the name's.)
                ("中国天津人力资源开发服务中心", "天津市河西区九龙路58号", 1),
                ("中国天津人力资源开发服务中心", "天津市河西区九龙路59号", 1),
                // (A name left open takes any text; a district the gazetteer does not list
                // after a place, 加格达奇区, is place names alone.)
                ("丹东市科学技术局(丹东市外国专家局", "丹东市振兴区浪头镇丹东新区银河大街中心北路2号", 1),
                ("大兴安岭地区行署科学技术局(外国专家局)", "大兴安岭地区加格达奇区景观大道135号", 1),
                // (A name and an address opening with the same place, one the gazetteer does
                // not know, under a whole record: a record's first line, no tails.)
                ("黔西南州科技局", "兴义市向阳路89号", 1),
                ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室", 1),
                // (An address of place names alone beside a name's text, over an address that
                // goes on it, heads that row: no tail of the record above.)
                ("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", 1),
                ("中国天津人力资源开发服务中心", "天津市河西区九龙路60号", 1),
                // (A name cut inside a two-character short name of one of the section's own
                // places, `郑` + `州片区…`: 郑州, takes the row below, its address too.)
                ("河南省科学技术厅", "郑州市花园路27号", 1),
                ("中国(河南)自由贸易试验区郑州片区管理委员会行政审批处", "郑州市金水区金水东路85号河南自贸大厦", 1),
                // (An address too short to stand beside a name cut before its ending, the row
                // printing no phone, heads the row below: no tail of the record above.)
                ("黄浦区科学技术委员会", "黄浦区蒙自路701号", 1),
                ("", "浦东新区日京路38号办证大厅单一窗口", 1),
                ("中国(上海)自由贸易试验区临港新片区人才服务中心", "临港新片区国际人才服务港(紫杉路158弄1号楼5号窗口)", 1),
                // (A place's name cut in two, `昆明市五` + `华区受理点`, is no misread place
                // opening a name of its own.)
                ("云南省外国专家局", "昆明市五华区如安街56号", 1),
                ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508", 1),
                // (An address cut before its road's word `大道` goes on with the next row's.)
                ("重庆市科技局", "重庆市渝北区新溉大道2号", 1),
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道100号北区二楼", 1),
                // (A province cut inside its short name, `内蒙` + `古阿拉善左旗…`, heads the
                // address below: no section's province.)
                ("内蒙古自治区科学技术厅", "呼和浩特市新城区新华大街1号", 1),
                ("阿拉善盟科技局", "内蒙古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室", 1),
                // (A label before the numbers, `市外专局:`, is no address beside the phone.)
                ("海口市外专局", "海口市龙华区公园路1号", 1),
                ("三亚市外专局", "三亚市吉阳区新风街259号市政务服务中心二楼16号窗口", 2),
                // (A short ending below, `局(外国专家局)`, finishes the name: its address too.)
                ("黑龙江省科学技术厅", "哈尔滨市南岗区汉水路1号", 1),
                ("黑河市科学技术局(外国专家局)", "黑河市爱辉区通江路10号黑河市人民政府第二办公区", 1),
                ("四川省成都市外国专家局", "青羊区人民西路2号", 1),
                ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
                // (A name opening with its own place goes on place names alone above it.)
                ("云南省人力资源和社会保障厅", "昆明市西山区日新中路516号", 1),
                ("昆明市五华区受理点", "正义路五华坊43号五华区人社局509", 1),
            ]
        );
    }

    #[test]
    fn a_row_that_goes_on_the_record_above_keeps_its_short_cells() {
        // `窗口` and `化)`, too short to read as fields alone, are the fields' rests on a row
        // that goes on the record above; they are not left out.
        let n = norm_rows(
            "| 1 | 浙江 | 江北区科学 | 江北区丽江东路85弄16号江北区行政服务中心3楼72号 | |\n\
             | | | 技术局 | 窗口 | 0574-87661400 |\n\
             | 2 | 福建 | 中国(福建)自由贸易试验区福州片区 | 福州市长乐区大数据产业园3期13号楼713室(即将变 | 0591-28200812 |\n\
             | | | | 化) | |\n\
             | 3 | 贵州 | 贵阳 | 贵阳市观山湖区市级行政中心市政府大楼A区 | 0851-87989108 |\n\
             | | | 市科技局 | 524 | |\n\
             | | | 遵义市科技与大数据局 | 遵义市新蒲新区建投大厦2号楼 | 0851-28612345 |\n\
             | | | | 434 | |\n",
        );
        assert_eq!(
            names_and_addresses(&n),
            [
                ("江北区科学技术局", "江北区丽江东路85弄16号江北区行政服务中心3楼72号窗口"),
                // (The closed remark, `(即将变化)`, is read for the status.)
                ("中国(福建)自由贸易试验区福州片区", "福州市长乐区大数据产业园3期13号楼713室"),
                // (A room's number alone under the address column is no 序号 either.)
                ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524"),
                ("遵义市科技与大数据局", "遵义市新蒲新区建投大厦2号楼434"),
            ]
        );
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    }

    #[test]
    fn an_address_alone_that_names_its_own_place_is_another_window() {
        // Its own street and number, the next numbered item, another county, or its
        // province again: another window of the name above, not the address's rest.
        let n = norm_rows(
            "| 1 | 北京 | 通州区人力资源和社会保障局 | 通州区新华东街11号院1号楼通州园区 | 010-81234567 |\n\
             | | | | 经济技术开发区荣华中路10号亦城国际裙房二层 | |\n\
             | | | | 服务厅) | 010-67857696 |\n\
             | 2 | 山东 | 威海市外国专家局 | 1. 市政务服务中心(威海市文化中路86号) 3楼 127号 | 0631-5897092 |\n\
             | | | | 2. 市人社 | |\n\
             | | | | 局 609 室(威海市胶州路 7 号) | 0631-5190822 |\n\
             | 3 | 江苏 | 太仓市科学技术局 | 太仓市县府东街99号六号楼 | 0512-53536819 |\n\
             | | | | 吴江区人力资源和社会保障服务大 | |\n\
             | | | | 厦二楼24/25号窗口(开平路300号) | 0512-63950234 |\n\
             | 4 | 陕西 | 陕西省人力资源社会保障厅 | 陕西省西安市建设东路3号太乙路办公区2号楼5层 | 029-85391857 |\n\
             | | | | 陕西省西安 | |\n\
             | | | | 市经开区凤城八路109号2号楼7层 | 029-86786938 |\n",
        );
        let addresses: Vec<&str> = n.records.iter().map(|r| r.address.as_str()).collect();
        assert_eq!(
            addresses,
            [
                "通州区新华东街11号院1号楼通州园区",
                "经济技术开发区荣华中路10号亦城国际裙房二层服务厅)",
                "1.市政务服务中心(威海市文化中路86号)3楼127号",
                "2.市人社局609室(威海市胶州路7号)",
                "太仓市县府东街99号六号楼",
                "吴江区人力资源和社会保障服务大厦二楼24/25号窗口(开平路300号)",
                "陕西省西安市建设东路3号太乙路办公区2号楼5层",
                "陕西省西安市经开区凤城八路109号2号楼7层",
            ]
        );
        assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
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
    fn a_whole_name_printed_after_the_address_is_the_row_s_name_not_the_one_above() {
        // The row's two texts in each other's columns: the name, out of the column order,
        // is still the name; the name above is not inherited in its place.
        let n = norm(
            "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
             | 1 | ★杭州市科学技术局 | 杭州市解放东路 18 号 | 0571-87051234 |\n\
             | 2 | 杭州市解放东路 20 号 | 杭州市人力资源和社会保障局 | 0571-87051235 |\n",
        );
        let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect();
        assert_eq!(got, [("杭州市科学技术局", "杭州市解放东路18号"), ("杭州市人力资源和社会保障局", "杭州市解放东路20号")]);
        assert!(n.records[0].flags.contains(&FindingCode::FootnoteMarkRemoved));
        assert!(n.records[1].flags.contains(&FindingCode::ColumnShiftRepaired));
        assert!(!n.records[1].flags.contains(&FindingCode::InstitutionInherited));
    }

    #[test]
    fn a_place_name_cell_outside_the_fields_names_the_city_the_text_does_not() {
        // Under 地区 (a province caption) the cells print cities: no field takes them, but
        // 0731 serves three cities and the text names none, so the cell tells. A cell naming
        // no division changes nothing and stays a doubt; nor does `新区`, though it reads as
        // a fragment of 新疆维吾尔自治区, start 新疆's section: the row's 0731 is 湖南's.
        let n = norm(
            "# 湖南省\n\n| 序号 | 地区 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|---|\n\
             | 1 | 株洲 | 市科学技术局 | 神农城 | 0731-28681234 |\n\
             | 2 | 湘潭 | 市科学技术局 | 建设南路 | 0731-58581234 |\n\
             | 3 | 新区 | 市科学技术局 | 建设南路 | 0731-58581235 |\n",
        );
        let cities: Vec<Option<&str>> = n.records.iter().map(|r| r.city).collect();
        assert_eq!(cities, [Some("株洲市"), Some("湘潭市"), None]);
        assert!(n.records.iter().all(|r| r.province == "湖南省"), "{:?}", n.records.iter().map(|r| r.province).collect::<Vec<_>>());
        assert!(n.records[0].flags.contains(&FindingCode::CityFromColumn));
        assert!(n.records[0].notes.is_empty(), "the cell is no note: {:?}", n.records[0].notes);
        let dropped: Vec<(&str, Severity)> =
            n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| (f.before.as_str(), f.severity)).collect();
        assert!(dropped.contains(&("株洲", Severity::Info)), "{dropped:?}");
        assert!(dropped.contains(&("新区", Severity::Warning)), "{dropped:?}");
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
    fn a_name_cut_at_both_ends_before_its_address_is_the_name() {
        // Printed a field per line: where the records above hold their phones, this one
        // holds its name; and `局(伊春市外国专` opens with no place and ends with no name's
        // ending. Right before the address, after the 序号 and province, it is the name as
        // printed, not noise.
        let md = "大庆市科学技术局\n大庆市萨尔图区纬二路 2 号\n0459-6281234\n\n\
                  8\n黑龙江省\n局(伊春市外国专\n伊春市伊美区兴安街 3 号\n0458-3611174\n\n\
                  齐齐哈尔市科学技术局\n齐齐哈尔市龙沙区卜奎大街 1 号\n0452-2790317\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n),
            [
                ("大庆市科学技术局", "大庆市萨尔图区纬二路2号"),
                ("局(伊春市外国专", "伊春市伊美区兴安街3号"),
                ("齐齐哈尔市科学技术局", "齐齐哈尔市龙沙区卜奎大街1号")
            ],
            "{:#?}",
            n.findings
        );
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
            [
                ("内蒙古自治区科学技术厅", "内蒙古自治区呼和浩特市赛罕区敕勒川大街1号"),
                ("呼和浩特市科学技术局", "呼和浩特市新城区新华大街1号")
            ]
        );
        assert!(n.records.iter().all(|r| r.province == "内蒙古自治区"));
    }

    #[test]
    fn a_name_tail_opening_a_page_is_not_read_shifted_into_the_address() {
        // The tail opens a narrow page, empty cells after it, among names that end like no
        // name (a character more, as a perturbed copy prints them): it is no record shifted
        // left, and never the address's rest.
        let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
                  | 11 | 浙江 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87180001 |\n\n\
                  | 象山县科学技术局五 | 象山港路300号县行政服务中心3楼社会 民生区 | 0574-65730001 |\n|---|---|---|\n\
                  | | 北仑区兴业大道2号(保税区行政服务大厅)一楼人力社保事务办理区 | 0574-89280001 |\n\
                  | 杭州湾新区人力资 | 宁波市杭州湾新区机电路 498 号 305 室 | 0574-63070001 |\n\n\
                  | 源和社会保障局十 | | |\n|---|---|---|\n\
                  | 温州市外国专家局五 | 温州市鹿城区会展路1288号世界温州人家 园 B 座 1 幢 16 楼 | 0577-89090001 |\n\
                  | 湖州市外国专家局八 | 湖州市龙王山路 1236 号科创园 D 座 213 室 | 0572-2070001 |\n\
                  | 嘉兴市外国专家局三 | 嘉兴市本级窗口目前协调取消中 | 0573-82150001 |\n";
        let n = norm(md);
        let (name, address) = names_and_addresses(&n)[3];
        assert!(name.starts_with("杭州湾新区人力资"), "{name}");
        assert_eq!(address, "宁波市杭州湾新区机电路498号305室");
    }

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
    fn a_name_cut_on_a_row_printing_the_left_out_columns_is_read_whole() {
        // A page leaving out its empty 序号 and province columns prints them on some rows; one
        // such row's name is cut inside a word, its rest on the narrow row below.
        let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
                  | 19 | 广东 | 深圳市科技创新委员会 | 深圳市福田区深南大道1号 | 0755-88100001 |\n\n\
                  | 深圳市蛇口街道境外人员管 | 深圳市南山区工业六路1号科技大厦 | 0755-26830001 |\n|---|---|---|\n\
                  | | | 理服务中心(侧重受理南山区单位业务) | | |\n\
                  | | | 外国人来华工作许可桂 | 深圳市罗湖区书城路1号都市名园F座 | 0755-25100001 |\n\
                  | 园街道工作站 | | |\n\
                  | 汕头市科学技术局 | 汕头市长平路1号财政大楼 | 0754-88420001 |\n\
                  | 珠海市科技创新局 | 珠海市香洲区人民东路125号 | 0756-2120001 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("外国人来华工作许可桂园街道工作站", "深圳市罗湖区书城路1号都市名园F座"));
        assert_eq!(n.records.len(), 5);
    }

    #[test]
    fn an_address_cut_after_its_road_goes_on_with_the_second_number() {
        // The address stops at its road's name; its rest, naming no street, wraps onto the
        // next row beside the record's second number: no other window.
        let md = "| 19 | 广东 | 佛山市科学技术局 | 佛山市禅城区季华五路28号 | 0757-83030001 |\n\
                  | | | 禅城区科学技术局服务窗口 | 佛山市禅城区祖庙街道岭南大道 | 0757-83330001 |\n\
                  | | | | 禅城区行政服务中心东座三楼14号窗口 | 0757-83330002 |\n\
                  | | | 高明区科学技术局 | 佛山市高明区荷城街道星河路21号 | 0757-88680001 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n)[1],
            ("禅城区科学技术局服务窗口", "佛山市禅城区祖庙街道岭南大道禅城区行政服务中心东座三楼14号窗口", 2)
        );
        assert_eq!(n.records.len(), 3);
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
    fn a_name_s_rest_on_a_row_printing_the_left_out_columns_ends_the_name() {
        // A narrow page; the name's rest sits on a row printing the empty 序号 and province
        // columns, so two columns right of the name it ends.
        let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
                  | 19 | 广东 | 佛山市科学技术局 | 佛山市禅城区季华五路28号 | 0757-83030001 |\n\n\
                  | 禅城区科学技术局服务窗口 | 佛山市禅城区同济东路1号 | 0757-82340001 |\n|---|---|---|\n\
                  | 顺德区科学技术局服务窗 | 佛山市顺德区大良街道德民路1号 | 0757-22830001 |\n\
                  | | | 口(受理顺德辖区内单位业务) | | |\n\
                  | 高明区科学技术局服务窗口 | 佛山市高明区荷城街道星河路21号 | 0757-88680001 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路1号"));
        assert_eq!(n.records.len(), 4);
    }

    #[test]
    fn joint_permit_is_read_from_any_field() {
        let md = "| 1 | 北京 | 北京市科学技术委员会(两证联办) | 北京市海淀区西三环北路 1 号 | 010-12345678 |\n\
                  | | | 海淀区人才服务中心 | 海淀区大钟寺东路 9 号(两证联办窗口) | 010-87654321 |\n\
                  | | | 朝阳区人才服务中心 | 朝阳区霄云路 1 号 | 010-84681219 |\n";
        let n = norm(md);
        let joint: Vec<bool> = n.records.iter().map(|r| r.joint_permit).collect();
        assert_eq!(joint, [true, true, false]);
        assert_eq!(n.records[0].institution, "北京市科学技术委员会(两证联办)");
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
    fn a_line_break_parts_a_name_from_an_address_named_like_an_office() {
        let rows = "| 1 | 萍乡市人力资源和社会保障局<br>萍乡市人民政府办证大厅 | 0799-6836868 |\n\
                    | 2 | 贵阳市科技局<br>贵阳市观山湖区长岭北路 A 区 524 | 0851-87987654 |\n\
                    | 3 | 新余市外国专家局<br>新余市行政服务中心 | 0790-6441234 |\n";
        let want = [
            ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅", "0799-6836868"),
            ("贵阳市科技局", "贵阳市观山湖区长岭北路A区524", "0851-87987654"),
            ("新余市外国专家局", "新余市行政服务中心", "0790-6441234"),
        ];
        // Under a caption naming both, and under none (a page-break table): one point per
        // row, not two names of a garbled passage (the last point was lost, its phone given
        // to the first's address).
        for header in ["| 序号 | 受理机构及地址 | 咨询电话 |\n|---|---|---|\n", ""] {
            let n = norm(&format!("{header}{rows}"));
            let got: Vec<(&str, &str, String)> =
                n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones[0].display())).collect();
            let want: Vec<(&str, &str, String)> = want.iter().map(|(a, b, c)| (*a, *b, c.to_string())).collect();
            assert_eq!(got, want, "header {header:?}");
            assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
            assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::CellSplit)));
        }
    }

    /// Phone displays of each record, in order.
    fn phones_of(n: &Normalized) -> Vec<Vec<String>> {
        n.records.iter().map(|r| r.phones.iter().map(|p| p.display()).collect()).collect()
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
    fn heads_centred_on_the_second_row_of_a_tall_row_keep_the_record_whole() {
        // The 序号 and province, centred, sit on the row below the name with the phone: the
        // record above is this section's first, not the last of the section before.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
                  | 8 | 黑龙江省 | 黑河市科学技术局 | 黑河市爱辉区通江路10号 | 0456-8785009 |\n\
                  | | | 黄浦区科学技术委员会 | 黄浦区五里桥街 | |\n\
                  | 9 | 上海市 | | 道蒙自路701号11-12号窗口 | 021-53023249 |\n\
                  | | | 安徽省科技厅引进国外智力与科 | 合肥市包河区紫云路996号419室 | |\n\
                  | | | 技人才管理处 | | 0551-62657061 |\n\
                  | | | 新疆维吾尔自治区科学技术厅(外国专家局) | 新疆乌鲁木齐市 | |\n\
                  | 31 | 新疆维吾尔自治区 | | 新市区科学一街353号 | 0991-3680731 |\n\
                  | | | 贵州省科技厅 | 贵阳市南明区科学路16号 / | |\n\
                  | 24 | 贵州省 | | 贵州省贵阳市南明区遵义路270号贵州省政务服务中心 | 0851-85553449 |\n";
        let n = norm(md);
        let got = province_name_address(&n);
        assert_eq!(
            got,
            [
                ("黑龙江省", "黑河市科学技术局", "黑河市爱辉区通江路10号"),
                ("上海市", "黄浦区科学技术委员会", "黄浦区五里桥街道蒙自路701号11-12号窗口"),
                // A name's end is no proof it is whole (`…与科`): the tail alone with the
                // phone ends it. (Its province is its name's, against the section's.)
                ("安徽省", "安徽省科技厅引进国外智力与科技人才管理处", "合肥市包河区紫云路996号419室"),
                ("新疆维吾尔自治区", "新疆维吾尔自治区科学技术厅(外国专家局)", "新疆乌鲁木齐市新市区科学一街353号"),
                // An address left after a separator goes on with the next, whole one.
                ("贵州省", "贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心"),
            ]
        );
        assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
    }

    #[test]
    fn a_name_cut_inside_its_province_on_a_tall_row_is_the_name_head() {
        // The top line of a tall row holds the name cut right inside the province it opens
        // with (`新疆维吾尔自`): read alone it is a province, and would open a section of
        // its own with the address and no name or phone.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
                  | 30 | 青海省 | 青海省外国专家局 | 青海省西宁市城西区五四西路5号 | 0971-8258253 |\n\
                  | | | 新疆维吾尔自 | 新疆乌鲁木齐市新市区科学 一街353号 | |\n\
                  | 31 | 新疆维吾尔自治区 | 治区科学技术厅(外国专家局) | | 0991-3680731 |\n\
                  | | | 宁夏回族自 | 宁夏回族自治区银川市兴庆区 | |\n\
                  | 29 | 宁夏回族自治区 | 治区科技厅行政审批办公室 | 文化西街108号 | 0951-6982683 |\n";
        let n = norm(md);
        assert_eq!(
            province_name_address(&n),
            [
                ("青海省", "青海省外国专家局", "青海省西宁市城西区五四西路5号"),
                ("新疆维吾尔自治区", "新疆维吾尔自治区科学技术厅(外国专家局)", "新疆乌鲁木齐市新市区科学一街353号"),
                ("宁夏回族自治区", "宁夏回族自治区科技厅行政审批办公室", "宁夏回族自治区银川市兴庆区文化西街108号"),
            ]
        );
        assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
    }

    #[test]
    fn an_address_and_phone_column_gives_both_fields() {
        let md = "| 序号 | 受理机构 | 地址及电话 |\n|---|---|---|\n\
                  | 1 | 杭州市科学技术局 | 杭州市解放东路 18 号市民中心 C 座 0571-85253100 0571-85253101 |\n\
                  | 2 | 宁波市科学技术局 | 宁波市宁穿路 1901 号行政服务中心 0574-89188123、0574-89188124 |\n";
        let n = norm(md);
        let got: Vec<(&str, &str, Vec<String>)> = n
            .records
            .iter()
            .map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect()))
            .collect();
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
        assert_eq!(
            stated_area_code("87051081 (区号: 0571) 工作日"),
            Some(("0571".into(), "(区号: 0571)".into(), "87051081 工作日".into()))
        );
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
    fn a_city_column_without_header_is_not_a_doubt() {
        let md = "| 1 | 杭州 | 杭州市科学技术局 | 杭州市解放东路18号 | 0571-85253100 |\n| 2 | 宁波 | 宁波市科学技术局 | 宁波市宁穿路1901号 | 0574-89186301 |\n";
        let n = norm(md);
        assert_eq!(n.records.len(), 2);
        let dropped: Vec<(&str, Severity)> =
            n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| (f.before.as_str(), f.severity)).collect();
        assert_eq!(dropped, [("杭州", Severity::Info), ("宁波", Severity::Info)]);
    }

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

    /// `(province, institution, address)` of every record.
    fn province_name_address(n: &Normalized) -> Vec<(&str, &str, &str)> {
        n.records.iter().map(|r| (r.province, r.institution.as_str(), r.address.as_str())).collect()
    }

    fn province_name_address_phones(n: &Normalized) -> Vec<(&str, &str, &str, Vec<String>)> {
        n.records
            .iter()
            .map(|r| (r.province, r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.number.clone()).collect()))
            .collect()
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
    fn numbers_printed_in_two_cells_keep_their_printed_order() {
        // A row one cell wider than its fields: the last number is read as the phone field,
        // the one before it had been put after it.
        let n = norm("| 2 | 浙江 | 宁波市科学技术局 | 宁波市宁穿路 1901 号 | 0574-89181234 | 0574-89181235 |\n");
        let phones: Vec<String> = n.records[0].phones.iter().map(|p| p.display()).collect();
        assert_eq!(phones, ["0574-89181234", "0574-89181235"]);
    }

    #[test]
    fn names_and_addresses_swapped_against_the_header_are_read_and_shown() {
        let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 南京市建邺区江东中路 265 号 | 南京市科学技术局 | 025-68787123 |\n\
| 2 | 无锡市观山路 199 号 | 无锡市科学技术局 | 0510-81821234 |\n\
| 3 | 徐州市新城区汉风路 1 号 | 徐州市科学技术局 | 0516-80801234 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[0], ("南京市科学技术局", "南京市建邺区江东中路265号"));
        // Every row's repair is in the audit (it had been silent).
        let shifted: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::ColumnShiftRepaired).map(|f| f.line_start).collect();
        assert_eq!(shifted, [3, 4, 5]);
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
    fn a_window_whose_address_is_finished_on_the_next_row_inherits_the_name() {
        // `1号受理点:` alone names no place; with its rest it is in 青岛 like the name above.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东 | 青岛市外国专家局 | 政府受理点:青岛市市南区香港中路11号 | 0532-85911893 |\n\
| | | | 1号受理点: | 0532-66711728 |\n\n\
| | | | 青岛市崂山区同安路891号一楼大厅 | |\n|---|---|---|---|---|\n\
| | | 淄博市外国专家局 | 淄博市张店区联通路202号 | 0533-2791863 |\n";
        let n = norm(md);
        let r = &n.records[1];
        assert_eq!((r.institution.as_str(), r.address.as_str()), ("青岛市外国专家局", "1号受理点:青岛市崂山区同安路891号一楼大厅"));
        assert!(
            r.flags.contains(&FindingCode::InstitutionInherited) && !r.flags.contains(&FindingCode::InstitutionMissing),
            "{:?}",
            r.flags
        );
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
        assert_eq!(
            numbers,
            [want("0719-8109127", "0719-8109128"), want("0716-8457381", "0716-8457382"), want("0724-2376129", "0724-2376120")]
        );
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
    fn a_tail_finishing_the_word_an_address_was_cut_inside_goes_on_the_address() {
        // `区行政服务中心` ends like a name, on a narrow page whose columns say nothing; the
        // name above is whole and the address stops inside `高新区`: the address's rest.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 安徽省 | 合肥市庐阳区人社局就业保障中心 | 合肥市亳州路182号庐阳区政务服务中心 | 0551-65699354 |\n\
| | | 合肥市高新区人劳局劳 动管理处 | 合肥市创新大道2760号高新 | 0551-65315587 |\n\n\
| | 区行政服务中心 | |\n|---|---|---|\n\
| 合肥市新站区人社局人力资源中心 | 合肥市龙子湖路369号 | 0551-65777157 |\n\
| | | 巢湖市经开区人劳局人事综合处 | 巢湖市半汤大道合巢经开区管委会14楼 | 0551-82818271 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n)[1],
            ("合肥市高新区人劳局劳动管理处", "合肥市创新大道2760号高新区行政服务中心"),
            "{:#?}",
            n.findings
        );
        // So does one finishing a place's name the address was cut inside (集宁区), though
        // one character off a place of the province on its own.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 内蒙古自治区 | 锡林郭勒盟科技局 | 锡林浩特市经济技术开发区行署2号楼620室 | 0479-8238839 |\n\
| | | 乌兰察布市科技局 | 乌兰察布市集 | 0474-8181120 |\n\n\
| | | | 宁区新区广电大楼科技局 | |\n|---|---|---|---|---|\n\
| | | 鄂尔多斯市科技局 | 鄂尔多斯市康 | 巴什区金信商务广场A2科创中心大楼 | 0477-8589512 |\n\
| | | 乌海市行政审批 | 和政务服务局 | 乌海市海勃湾区市府大道2号 | 0473-3998300 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[1], ("乌兰察布市科技局", "乌兰察布市集宁区新区广电大楼科技局"), "{:#?}", n.findings);
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
    fn an_address_rest_that_cannot_open_an_address_goes_on_with_its_numbers() {
        // A tall row's second line, its address rest and another number: the rest opens with
        // the separator before a second address, or follows an address that is only places.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 | 0851-85553449 |\n\
| | | | / 贵州省贵阳市南明区遵义路270号政务服务大厅 | 0851-85557424 |\n\
| | | 南平市科学技术局 | 南平市建阳区 | 0599-8810918 |\n\
| | | | 南平市行政服务中心(闽北卫校旁)四楼一区6号窗口 | 15959930769 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号政务服务大厅", 2),
                ("南平市科学技术局", "南平市建阳区南平市行政服务中心(闽北卫校旁)四楼一区6号窗口", 2),
            ],
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
    fn a_names_head_beside_an_address_ending_like_a_name_stays_the_name() {
        // A page whose rows disagree on the columns (one lost a cell): the name's head, cut
        // before its ending, was dropped as noise and the address read as the name.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
|  | 山西省人力资源和 社会保障厅行政审批处 | 太原市小店区坞城南路50 号 | 0351-7731379 |\n\
|  | 太原市行政审批服务管理局 | 太原市万柏林区南屯街1号 | 0351-2366318 |\n\
|  | 大同市行政审批服 务管理局 | 大同市恒安街209号 | 0352-7982073 |\n\
|  |  | 阳泉市行政审批服务 管理局 | 阳泉市郊区李荫路50号 | 0353-3333073 |\n\
| 一日 一日 日本 |\n\
|  |  | 长治市行政审批服务管理局 | 长治市潞州区太行西街406号 | 0355-2110736 |\n\
|  |  | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
\n\
|  |  | 朔州市科学技 | 朔州市朔城区市府 街市政府三楼科学技术局 |  |\n\
|---|---|---|---|---|\n\
|  |  | 术局农村社会科 |  | 0349-2029435 |\n\
|  |  | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n\
|  |  | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n\
|  | 晋中市外国专家局 | 晋中市科学技术局晋中市 榆次区龙湖大街1 41号 | 0354-3260085 |\n\
|  |  | 临汾市行政审批服务管理局 | 临汾市锣鼓桥东滨河东 |  |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0349-2029435")).expect("朔州");
        assert_eq!((r.institution.as_str(), r.address.as_str()), ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
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
    fn list_items_holding_a_record_lose_their_marker() {
        let md = "## 一、北京市\n\n- 北京市科学技术委员会，地址：北京市西城区西直门南大街16号，电话：010-89151234\n\
* 海淀区人力资源和社会保障局，地址：海淀区四季青路6号，电话：010-88487000\n";
        let n = norm(md);
        let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
        assert_eq!(names, ["北京市科学技术委员会", "海淀区人力资源和社会保障局"]);
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::PlaceNameCorrected), "{:#?}", n.findings);
    }

    #[test]
    fn a_name_cell_holding_its_phone_is_two_fields() {
        let md = "| 序号 | 省份 | 受理机构（咨询电话） | 地址 |\n|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会（010-89151234） | 北京市西城区西直门南大街16号 |\n\
| 2 | | 海淀区人力资源和社会保障局 010-88487000 | 海淀区四季青路6号 |\n";
        let n = norm(md);
        let got: Vec<(&str, &str, String)> = n
            .records
            .iter()
            .map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";")))
            .collect();
        assert_eq!(
            got,
            [
                ("北京市科学技术委员会", "北京市西城区西直门南大街16号", "010-89151234".to_string()),
                ("海淀区人力资源和社会保障局", "海淀区四季青路6号", "010-88487000".to_string())
            ]
        );
        assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
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
        let want =
            |name: &'static str, phone: &str, fax: &[&str]| (name, vec![phone.to_string()], fax.iter().map(|f| f.to_string()).collect());
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
        let got: Vec<(&str, &str, Vec<String>)> = n
            .records
            .iter()
            .map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect()))
            .collect();
        let want = |name: &'static str, addr: &'static str, phones: &[&str]| {
            (name, addr, phones.iter().map(|p| p.to_string()).collect::<Vec<_>>())
        };
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
    fn a_name_wrapped_inside_科技_is_not_cut_after_its_first_half() {
        // `科` ends a section's name (`外专科`), but `…园区科 | 技创新局` is one word wrapped:
        // the first name runs on, the second (opening with a zone no table knows) is its own.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 大连市高新园区科 技创新局 金普新区科学技术局 | 大连市高新区高新1号高新区公 共服务中心 大连市开发区金马路1 97号金普新区行 政服务中心 | 0411-84790590 0411-87935782 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
                ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
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
    fn a_road_named_after_a_record_s_place_opens_its_address() {
        // `象山港路…` (象山县's), `包河大道…` (包河区's): the tables do not read a short name
        // before a road as the place (`中山路` is not in 中山市), but for the name holding it
        // it opens the address, before a wider place of the name's (`合肥市亳州路…`).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江省 | 宁海县科学技术局 象山县科学技术局 宁波国家高新技术产业开发区人力资源和社会保障局 | 宁海县桃源街道桃源北路2号县科创中心10楼1010室 象山港路300号县行政 服务中心3楼社会民生区 宁波市高新区广贤路997号(高新区行政服务大厅)9号窗口 | 0574-59959759 0574-65733516 0574-89288658 |\n\
| 12 | 安徽省 | 黄山市科学技术局 合肥市包河区人社局就业人才 中心 合肥市庐阳区人社局就业保障中心 | 黄山市屯溪区黄山西路76号 百川财富广场1单元 11楼 包河大道118号,包河区政务服务中心一楼大厅 合肥市亳州路182号庐阳区政 务服务中心 | 0559-2357763 0551-63357042 0551-65699354 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n),
            [
                ("宁海县科学技术局", "宁海县桃源街道桃源北路2号县科创中心10楼1010室"),
                ("象山县科学技术局", "象山港路300号县行政服务中心3楼社会民生区"),
                ("宁波国家高新技术产业开发区人力资源和社会保障局", "宁波市高新区广贤路997号(高新区行政服务大厅)9号窗口"),
                ("黄山市科学技术局", "黄山市屯溪区黄山西路76号百川财富广场1单元11楼"),
                ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅"),
                ("合肥市庐阳区人社局就业保障中心", "合肥市亳州路182号庐阳区政务服务中心"),
            ]
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
    fn a_name_before_the_last_takes_the_words_after_a_house_number_when_its_place_is_the_next_ones() {
        // `天津市自贸区(机场片区)…` names 天津市 only: `河东区…`, the first word inside it, would
        // leave `天津市行政许可服务中心` after it no address; `空港经济西区三道166号`, after the
        // address before has its house number, opens it instead.
        let row = "| 2 | 天津 | 天津市自贸区(东疆保税港区)行政审批中心 天津市自贸区(机场片区) 行政审批中心 天津市行政许可服务中心 | 东疆港保税区亚洲 路4611号1楼 空港经济西区三道166号 河东区红星路79号 | 022-25605046 022-84606757 022-24538914 |\n";
        let n = norm_rows(row);
        let want = [
            ("天津市自贸区(东疆保税港区)行政审批中心", "东疆港保税区亚洲路4611号1楼", 1),
            ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号", 1),
            ("天津市行政许可服务中心", "河东区红星路79号", 1),
        ];
        assert_told_apart(&n, &want);
        // Four names, the last wrapped before `1号`.
        let row = "| 2 | 天津 | 天津市自贸区(东疆保税港区)行政审批中心 天津市自贸区(机场片区) 行政审批中心 天津市行政许可服务中心 天津市滨海新区行政审批 局 | 东疆港保税区亚洲 路4611号1楼 空港经济西区三道166号 河东区红星路79号 滨海新区于家堡融合路68 1号 | 022-25605046 022-84606757 022-24538914 022-66897776 |\n";
        let n = norm_rows(row);
        let mut want = want.to_vec();
        want.push(("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", 1));
        assert_told_apart(&n, &want);
        // Not past a word opening with a place, nor at one opening with the city of the name
        // before: `成都出入境接待中心…` is the building of `四川省成都市…`'s address, and
        // `经开区…` opens 巴中's.
        let row = "| 23 | 四川省 | 四川省成都市外国专家局 四川省巴中市科学技术局 四川省广元市科学技 术局 四川省绵阳市科学技 术局 | 青羊区人民西路2号 成都出入境接待中心3楼12 -17号窗口 经开区红星街70号市民之家3楼(综合服务窗口) 市中区柏杨东路222号 涪城区临园路东段72号新益大厦7楼综合窗口 | 028-62377790 0827-5269390、0827-5775697 0839-3269691 0816-2303953 / 0816-2310895 / 0816-2310596 |\n";
        let n = norm_rows(row);
        assert_told_apart(
            &n,
            &[
                ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口", 1),
                ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼(综合服务窗口)", 2),
                ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
                ("四川省绵阳市科学技术局", "涪城区临园路东段72号新益大厦7楼综合窗口", 3),
            ],
        );
    }

    #[test]
    fn a_word_opening_with_the_place_before_and_naming_no_street_is_that_addresss_building() {
        // `大连市行政服务中心` and `重庆生产力大厦…` open with the city the address before
        // opens with (`河南自贸大厦`, its province) and name no street; the words after them
        // do: the next name's address opens there.
        let rows = "\
| 6 | 辽宁省 | 大连市科学技术局(大 连市外国专家局 大连市高新园区科技创新局 | 大连市甘井子区东北 北路101号周水子街道 大连市行政服务中心 大连市高新区高新1 号高新区公共服务中心 | 0411-65851150 0411-84790590 |\n\
| 22 | 重庆市 | 重庆市科技局 重庆市人力社保局政务服务大厅 | 重庆市渝北区新溉大道2号 重庆生产力大厦1楼\"外国专家 服务\"窗口 重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼 | 023-62192269 023-63120258 |\n\
| 16 | 河南省 | 中国(河南)自由贸易试验区郑州片区管理委员会行政审批处 河南自贸区开封片区政务服务中心 | 郑州市金水区金水东路85号 河南自贸大厦 开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心 | 0371-67880637 0371-22732115 |\n";
        let n = norm_rows(rows);
        assert_told_apart(
            &n,
            &[
                ("大连市科学技术局(大连市外国专家局", "大连市甘井子区东北北路101号周水子街道大连市行政服务中心", 1),
                ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
                ("重庆市科技局", "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口", 1),
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
                ("中国(河南)自由贸易试验区郑州片区管理委员会行政审批处", "郑州市金水区金水东路85号河南自贸大厦", 1),
                ("河南自贸区开封片区政务服务中心", "开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心", 1),
            ],
        );
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
    fn a_word_ending_like_a_name_with_too_short_a_head_is_the_name_before_its_rest() {
        // `综合窗口` ends like a name but has no head of its own: the rest of `…政务服务大厅`
        // wrapped, not the start of `中德常州创新产业园`.
        let rows = "\
| 10 | 江苏省 | 武进国家高新技术产业 开发区政务服务大厅 综合窗口 中德常州创新产业园 | 武进高新区海湖路特1号 金坛区鑫城大道2898 号 | 0519-86220167 0519-82818550 |\n";
        let n = norm_rows(rows);
        assert_told_apart(
            &n,
            &[
                ("武进国家高新技术产业开发区政务服务大厅综合窗口", "武进高新区海湖路特1号", 1),
                ("中德常州创新产业园", "金坛区鑫城大道2898号", 1),
            ],
        );
        // A name's bracket cut open (`抚顺市科学技术局( | 外国专家局)`) is not such a word: the
        // name before it ends.
        let rows = "\
| 6 | 辽宁省 | 金普新区科学技术局 自贸区制度创新二局 鞍山市科学技术局(外国专家局) 抚顺市科学技术局( 外国专家局) | 大连市开发区金马路197号金普新区行政服务中心 大连保税区洞庭路1号自贸区行政服务中心 鞍山市铁东区新兴街道明 山街12号鞍山市政务 服务中心 抚顺市顺城区长城街振兴大厦A座1312 | 0411-87935782 0411-81641509 0412-5591225、0412-5539457 024-57500960 |\n";
        let n = norm_rows(rows);
        assert_told_apart(
            &n,
            &[
                ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
                ("自贸区制度创新二局", "大连保税区洞庭路1号自贸区行政服务中心", 1),
                ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心", 2),
                ("抚顺市科学技术局(外国专家局)", "抚顺市顺城区长城街振兴大厦A座1312", 1),
            ],
        );
    }

    #[test]
    fn a_street_opening_a_later_word_does_not_pass_a_place_that_opens_an_address_first() {
        // `金普新区…` names no place: the word opening with a place and naming its street
        // (`大连市开发区金马路1`) opens its address, not the street further on
        // (`大连保税区洞庭路1号…`, the next record's).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 大连市高新园区科技创新局 金普新区科学技术局 自贸区制度创新二局 | 大连市高新区高新1号高新 区公共服务中心 大连市开发区金马路1 97号金普新区行政服务中心 大连保税区洞庭路1号自贸区行政服务中心 | 0411-84790590 0411-87935782 0411-81641509 |\n";
        let n = norm(md);
        assert_told_apart(
            &n,
            &[
                ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
                ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
                ("自贸区制度创新二局", "大连保税区洞庭路1号自贸区行政服务中心", 1),
            ],
        );
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
    fn a_lone_bracketed_remark_is_the_remark_of_the_name_above() {
        // On a page whose rows disagree on the name's column, the remark alone on its row
        // goes on the name above that has none, not into the audit as noise.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 韶关市科学技术局 | 韶关市武江区新华北路32号 | 0751-8632211 |\n\n\
| 珠海市科技创新局 | 珠海市香洲区人民东路125号工商大厦一楼1-3号窗口 | 0756-2128405 |\n\
| 汕头市科学技术局 | 汕头市长平路十一街区财 政大楼北楼副楼汕头市政务服务 中心三楼西侧综合窗口 | 0754-88426676 |\n\
| 佛山市国际人才一站式 服务专区窗口(受 理佛山市全市范围业务) | 佛山市禅城区季华五路28号市行政服务中心4楼 | 0757-83036137 |\n\
| 禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务) | 佛山市禅城区同济 东路禅城区人民政府通济大院8 、9楼 | 0757-82340449 / 0757-82340453 |\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区里水镇新兴路15号行政服务中心27-29号窗口 | 0757-85609966 |\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区南港路8号桂城街道行政服务中心投资建设综合窗口、社会民生综合窗口 | 0757-81813620 |\n\
| 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区狮山镇狮城路 3号行政大楼一楼狮 山镇行政服务中心12、1 3、40号窗口 | 0757-86680876 |\n\
|  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号 A栋九江镇行政服务中心社会民 生综合窗口 | 0757-81866107 |\n\
|  |  | 南海区科学技术局服务窗 口(受理南海辖区内单位业 务) | 佛山市南海区西樵镇樵高路65号西樵环运大楼西樵镇行政服务中心36号窗口 | 0757-86890281 |\n\
| 南海区科学技术局服务窗口 | 佛山市南海区丹灶镇金沙城区金兴路7号1座丹灶镇行政服务中心18-19号窗口 | 0757-86600304 |\n\
|  |  | (受理南海辖区内单位业务) |  |  |\n\
\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区大沥镇振兴路54号大沥镇行政服务中心8-11号窗口 | 0757-85593610 |\n\
|---|---|---|\n\
| 顺德区科学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口 | 0757-22835313、0757-22830311 |\n\
| 高明区经济和科技促进局服务 窗口(受理高明辖区内 单位业务) | 佛山市高明区荷城街道星河路蟠龙街21号六楼高新合作交流股 | 0757-88683298 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.address.contains("丹灶镇")).expect("丹灶");
        assert_eq!(r.institution, "南海区科学技术局服务窗口(受理南海辖区内单位业务)");
        assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseRowDropped), "{:#?}", n.findings);
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
    fn a_name_whose_bracket_ocr_left_open_ends_before_the_next_name() {
        // `…技术局(沈阳市外国专家局` lost its `)`; the next word opens another name with a
        // place: two records run together, parted.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 沈阳市科学技术局(沈阳市外国专家局 沈阳市浑南区科技局 | 沈阳市沈河区市府大路260号 沈阳市浑南区创新路100号 | 024-22720001 024-23780002 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n),
            [("沈阳市科学技术局(沈阳市外国专家局", "沈阳市沈河区市府大路260号"), ("沈阳市浑南区科技局", "沈阳市浑南区创新路100号")],
            "{:#?}",
            n.findings
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
    fn a_name_head_in_latin_letters_is_a_name_not_noise() {
        // `电子城•IT` scores as no field; in the name column beside an address it opens the
        // name whose rest is on the next row with the phone.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 朝阳区人力资源公共服务中心 | 将台路5号院15号楼A座 | 010-57596100 |\n\
|  |  | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 |\n\
|  |  | 电子城•IT | 朝阳区将台酒仙桥北路甲10号院304号楼 |  |\n\
|  |  | 产业园国际人才一站式服务中心 |  | 010-84592515 |\n\
|  |  | 北京CBD国际人才一站式服务中心 | 朝阳区东三环中路7号财富中心写字楼A座 | 010-65927145 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n)[1..3],
            [
                ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
                ("电子城•IT产业园国际人才一站式服务中心", "朝阳区将台酒仙桥北路甲10号院304号楼", 1),
            ]
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
    fn a_whole_name_under_a_whole_record_is_its_own_record() {
        // 丙市 is no place the gazetteer knows (as 古林市, OCR's 吉林市, is not): the whole
        // name opening with a city is a record of its own, not the tail of the name above.
        let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n\
| 甲市科学技术局 | 一路1号 | 010-89150841 |\n\
| 乙市科学技术局 | 二路2号 | |\n\
| 丙市人才服务中心 | | 010-89150843 |\n";
        let n = norm(md);
        let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
        assert_eq!(names, ["甲市科学技术局", "乙市科学技术局", "丙市人才服务中心"]);
        assert!(n.records[1].phones.is_empty());
        // A whole name beside an address opening with the place it opens with (a zone no
        // table knows), its phone low in a tall row across a page break.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n\
| | | 贵安新区经济发展局 | 贵安新区数字 | |\n\n\
| | | | 经济产业园9号楼1018办公室 | 0851-88909700 |\n|---|---|---|---|---|\n\
| 25 | 云南省 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("黔西南州科技局", "兴义市向阳路89号", 1),
                ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室", 1),
                ("云南省外国专家局", "昆明市五华区如安街56号", 1),
            ]
        );
    }

    #[test]
    fn a_field_split_over_two_cells_by_a_stray_separator_is_joined() {
        // A comma inside an unquoted CSV field: the address's head was dropped as noise.
        let csv = "序号,省份,受理机构,地址,咨询电话\n\
1,广东,深圳市外国人工作许可服务窗口,深圳市福田区福中三路市民中心B区行政服务大厅东厅,受理窗口55-57号,0755-88121678\n\
2,,广州市科学技术局,广州市越秀区连新路171号,020-83124567\n\
3,,佛山市科学技术局,佛山市禅城区季华五路28号,0757-83036137\n";
        let n = normalize(&parser::delimited::parse_delimited("t.csv", csv, b',').unwrap());
        assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区行政服务大厅东厅,受理窗口55-57号");
        // So does a name's, its rest pushing the address and the phone one column on.
        let csv = "序号,省份,受理机构,地址,咨询电话\n\
1,广东,深圳市外国人工作许可服务窗口,受理全深圳市单位业务,深圳市福田区福中三路市民中心B区,0755-88121678\n\
2,,广州市科学技术局,广州市越秀区连新路171号,020-83124567\n";
        let n = normalize(&parser::delimited::parse_delimited("t.csv", csv, b',').unwrap());
        assert_eq!(n.records[0].institution, "深圳市外国人工作许可服务窗口,受理全深圳市单位业务");
        assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区");
        // A pipe OCR read inside an address: its rest pushed the phone one column on.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 广东 | 深圳市外国人工作许可服务窗口 | 深圳市福田区福中三路市民中心 | B 区行政服务大厅东厅 | 0755-88121678 |\n\
| | | 广州市科学技术局 | 广州市越秀区连新路171号 | 020-83124567 |\n";
        let n = norm(md);
        assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区行政服务大厅东厅");
        assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
        // An address opening with a name, split after that name: the whole name before it
        // stays the name, and the address is joined back.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 山西 | 山西省科学技术厅 | 太原市小店区长治路189号 | 0351-7012345 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局晋中市榆 | 次区龙湖大街141号 | 0354-3260085 |\n\
| | | 运城市科学技术局 | 运城市河东东街272号 | 0359-8711213 |\n";
        let n = norm(md);
        assert_eq!(n.records[1].institution, "晋中市外国专家局");
        assert_eq!(n.records[1].address, "晋中市科学技术局晋中市榆次区龙湖大街141号");
        // Or split after the head that names the name's own place again, as an address
        // opens (`绍兴市柯桥区…` after `柯桥区…局`), where the next cell opens with no word cut.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 浙江 | 浙江省科学技术厅 | 杭州市西湖区文三路 | 0571-87054006 |\n\
| | | 柯桥区科学技术局 | 绍兴市柯桥区行政中心 | 柯桥区科技局A209室 | 0575-85678273 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局 | 晋中市榆次区龙湖大街141号 | 0354-3260085 |\n\
| | | 上虞区科学技术局 | 绍兴市上虞区市民大道 | 0575-82123456 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n)[1..3],
            [
                ("柯桥区科学技术局", "绍兴市柯桥区行政中心柯桥区科技局A209室"),
                ("晋中市外国专家局", "晋中市科学技术局晋中市榆次区龙湖大街141号")
            ]
        );
        // A name cut right after the province it opens with, printed where the province
        // column already holds it (the row alone on its page).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅(外国专家局) | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\n\
| 32 | 新疆生产建设兵团 | 新疆生产建设兵团 | 外国专家局 | 新疆乌鲁木齐市水磨沟区516号南湖明珠大厦 | 0991-2899404 |\n|---|---|---|---|---|---|\n";
        let n = norm(md);
        assert_eq!(
            province_name_address(&n)[1],
            ("新疆生产建设兵团", "新疆生产建设兵团外国专家局", "新疆乌鲁木齐市水磨沟区516号南湖明珠大厦")
        );
        // Or inside the place after the province, or after that whole place, the head read
        // as the province column's (a row a cell wider than its page).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省乐山 | 市科学技术局 | 德阳市长江东路101号市政务服务中心一楼二号窗口 | 0833-2157206 |\n\
| | | 四川省达州市 | 科学技术局 | 通川区永兴路2号 | 0818-2389003 |\n\
| | | 四川省内江市科学技术局 | 内江市市中区新华路西一巷43号 | 0832-8351819 |\n";
        let n = norm(md);
        assert_eq!(
            province_name_address(&n)[1..],
            [
                ("四川省", "四川省乐山市科学技术局", "德阳市长江东路101号市政务服务中心一楼二号窗口"),
                ("四川省", "四川省达州市科学技术局", "通川区永兴路2号"),
                ("四川省", "四川省内江市科学技术局", "内江市市中区新华路西一巷43号")
            ]
        );
        // Or after a label the next cell gives the value of, or a zone alone.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东 | 山东省科学技术厅 | 济南市历下区解放路 | 0531-51751234 |\n\
| | | 青岛市外国专家局 | 政府受理点 | :青岛市市南区香港中路11号政府二期办公楼1715室 | 0532-85911893 |\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省遂宁市科学技术局 | 河东新区 | 莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口 | 0825-2655078 |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        assert_eq!(
            [got[1], got[3]],
            [
                ("青岛市外国专家局", "政府受理点:青岛市市南区香港中路11号政府二期办公楼1715室"),
                ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口")
            ]
        );
        // Or after a zone opening an address cut inside a word (`河东新区莲花会 | 展中心…`).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省遂宁市科学技术局 | 河东新区莲花会 | 展中心3号花瓣2楼市公安局出入境管理支队窗口 | 0825-2655078 |\n\
| | | 四川省宜宾市科学技术局 | 翠屏区中山街142号 | 0831-8226207 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[1], ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口"));
        // Or with a head that names a street and number with the rest (its rest opening
        // with a place: `西区`, a district of 攀枝花).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 2 | 天津 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58832901 |\n\
| | | 天津市自贸区(机场片区)行政审批中心 | 空港经济 | 西区三道166号 | 022-84606757 |\n\
| | | 天津市滨海新区行政审批局 | 滨海新区于家堡融合路681号 | 022-65305900 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[1], ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号"));
        // Or with a head ending like a name: a place's office or a compound, then numbers.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 内蒙古 | 内蒙古自治区科学技术厅 | 呼和浩特市赛罕区丰州南路78号 | 0471-6328620 |\n\
| | | 二连浩特市教育科技局 | 二连浩特市锡林街西教育科 | 技局办公大楼3楼 | 0479-7539663 |\n\
| 2 | 贵州 | 贵安新区经济发展局 | 贵安新区数字经济产业园 | 9号楼1018办公室 | 0851-88909700 |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        assert_eq!(
            got[1..],
            [
                ("二连浩特市教育科技局", "二连浩特市锡林街西教育科技局办公大楼3楼"),
                ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室")
            ]
        );
        // A page whose rows disagree on the address column (one lost its first cell): the
        // head reads as an address itself.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁 | 大连市科学技术局 | 大连市甘井子区东北北路101号 | 0411-65851150 |\n\n\
| | | 自贸区制度创新二局 | 大连保税区洞庭路1号自贸区行政服务中心 | 0411-81641509 |\n|---|---|---|---|---|\n\
| | | 鞍山市科学技术局(外国专家局) | 鞍山市铁东区新兴街道明山 | 街12号鞍山市政务服务中心 | 0412-5591225 |\n\
| | 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴 大厦A座1312 | 024-57500960 |\n\
| | | 本溪市科学技术局(本溪市外国专家局) | 本溪市高新技术产业开发区 | 024-45689024 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.institution.starts_with("鞍山")).expect("鞍山");
        assert_eq!(r.address, "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心");
        // So does a split address's head where no column holds most addresses: its rest
        // one column right, before the phone, joins it.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽 | 宿州市科学技术局 | 安徽省宿州市高新区拱辰路8号科技大厦511室 | 0557-3060062 |\n\n\
| | 蚌埠市科学技术局 | 蚌埠市胜利中路89号 | 0552-3125667 |\n|---|---|---|---|\n\
| | | 阜阳市科学技术局 | 安徽省阜阳市颍州区清河东路539 | 号市委九楼科技局 | 0558-2264200 |\n\
| | | 淮南市科学技术局 | 淮南市田家庵区朝阳 | 0554-6673580 |\n\n\
| | | | 中路91号科技大厦515室科技局外专科 | |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.institution.starts_with("阜阳")).expect("阜阳");
        assert_eq!(r.address, "安徽省阜阳市颍州区清河东路539号市委九楼科技局");
        // Likewise the names (two rows hold theirs a column left): a name split inside its
        // bracket, or before its ending, is joined back, not run into the address; so is a
        // name's head the split left a column left of the name.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东 | 禅城区经济和科技促进局服务窗口 | 佛山市禅城区同济东路通济大院8楼 | 0757-82340449 |\n\n\
| | 南海区科学技术局服务窗口 | 佛山市南海区里水镇新兴路15号行政服务中心 | 0757-85600001 |\n|---|---|---|---|\n\
| | 南海区科学技术局服务窗口 | 佛山市南海区南港路8号桂城街道行政服务中心 | 0757-86230001 |\n\
| | | 南海区科学技术局服务窗口(受 | 理南海辖区内单位业务) | 佛山市南海区狮山镇狮城路3号行政大楼 | 0757-86680876 |\n\
| | | 顺德区科 | 学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民路顺德区行政服务中心 | 0757-22835313 |\n\
| | | 高明区经济和科技促进局 | 佛山市高明区荷城街道星河路蟠龙街21号 | 0757-88683298 |\n\
| | | 三水区经济和科技促进局 | 佛山市三水区西南街道健力宝北路37号 | 0757-87732062 |\n\
| | | 韶关市科学技术局 | 韶关市武江区新华北路32号 | 0751-8632211 |\n\
| | | 河源市科学技术局 | 河源市源城区文明路43-1号 | 0762-3887322 |\n\
| | | 佛山市人力资 | 源和社会保障局 | 佛山市禅城区季华五路18号 | 0757-83030000 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[9], ("佛山市人力资源和社会保障局", "佛山市禅城区季华五路18号"));
        assert_eq!(
            names_and_addresses(&n)[3..5],
            [
                ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区狮山镇狮城路3号行政大楼"),
                ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心"),
            ]
        );
        // Two address columns in every row are not one split.
        let md = "| 受理机构 | 地址 | 详细地址 | 电话 |\n|---|---|---|---|\n\
| 广州市科学技术局 | 广州市越秀区 | 广州市越秀区连新路171号 | 020-83124567 |\n\
| 佛山市科学技术局 | 佛山市禅城区 | 佛山市禅城区季华五路28号 | 0757-83036137 |\n";
        assert!(norm(md).records.iter().all(|r| !r.address.contains("区广州") && !r.address.contains("区佛山")));
    }

    #[test]
    fn a_name_cell_holding_its_address_in_brackets_gives_both_fields() {
        let md = "| 序号 | 受理机构（地址） | 电话 |\n|---|---|---|\n\
| 1 | 杭州市科学技术局（杭州市上城区解放东路 18 号） | 0571-85253100 |\n\
| 2 | 宁波市科学技术局（地址：宁波市鄞州区宁穿路 2001 号） | 0574-89186152 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n),
            [("杭州市科学技术局", "杭州市上城区解放东路18号"), ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号")]
        );
        assert!(n.findings.iter().all(|f| f.code != FindingCode::InstitutionMissing), "{:#?}", n.findings);
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
    fn a_second_name_column_is_kept_as_a_note_under_its_caption() {
        // 受理机构 and 受理窗口 both caption a name: the window the name does not take was
        // dropped as noise. On the page-break table after the header it is kept too.
        let md = "| 序号 | 城市 | 受理机构 | 受理窗口 | 办公地址 | 联系电话 |\n\
|---|---|---|---|---|---|\n\
| 1 | 杭州 | 杭州市科学技术局 | 市民中心 A 座 3 楼 12 号窗口 | 杭州市上城区解放东路 18 号 | 0571-85253100 |\n\
| 2 | 宁波 | 宁波市科学技术局 | | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 |\n\
\n\
| 3 | 温州 | 温州市科学技术局 | 行政服务中心 | 温州市鹿城区府东路 199 号 | 0577-89090580 |\n";
        let n = norm(md);
        assert_eq!(n.records.len(), 3, "{:#?}", n.records);
        let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
        assert_eq!(names, ["杭州市科学技术局", "宁波市科学技术局", "温州市科学技术局"]);
        assert_eq!(n.records[0].notes, vec!["城市: 杭州", "受理窗口: 市民中心A座3楼12号窗口"]);
        assert_eq!(n.records[1].notes, vec!["城市: 宁波"]);
        assert_eq!(n.records[2].notes, vec!["城市: 温州", "受理窗口: 行政服务中心"]);
        assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
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
    fn two_names_in_the_name_cell_of_a_whole_row_are_one_points_name() {
        for sep in ["<br>", " "] {
            let md = format!(
                "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 浙江省 | 杭州市科学技术局 | 杭州市上城区解放东路 18 号 | 0571-87051076 |\n\
| 2 | 浙江省 | 温州市科学技术局{sep}温州市行政审批服务中心 | 温州市鹿城区车站大道 1 号 | 0577-88961234 |\n"
            );
            let n = norm(&md);
            assert_eq!(n.records.len(), 2, "{sep}: {:#?}", n.records);
            assert_eq!(n.records[1].institution, "温州市科学技术局温州市行政审批服务中心", "{sep}");
            assert!(n.records[1].flags.contains(&FindingCode::CellSplit), "{sep}");
            assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{sep}: {:#?}", n.findings);
        }
    }

    #[test]
    fn a_lone_phone_under_another_province_is_no_second_number_of_the_record_above() {
        let md = "| 地区 | 咨询电话 |\n|---|---|\n| 北京 | 010-12345678 |\n| 天津 | 022-12345678 |\n| | 022-12345679 |\n";
        let n = norm(md);
        let got: Vec<(&str, Vec<String>)> =
            n.records.iter().map(|r| (r.province, r.phones.iter().map(|p| p.display()).collect())).collect();
        assert_eq!(
            got,
            [("北京市", vec!["010-12345678".to_string()]), ("天津市", vec!["022-12345678".to_string(), "022-12345679".to_string()])]
        );
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

    /// Each record's name and its phones, `;`-separated.
    fn names_and_phones(n: &Normalized) -> Vec<(&str, String)> {
        n.records.iter().map(|r| (r.institution.as_str(), r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";"))).collect()
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
    fn a_bracketed_remark_alone_goes_on_the_field_most_of_its_column_holds() {
        // Rows that leave out an empty column print their names one column left: by share of
        // its few cells that column is the names' usual one, but the remark's own column
        // holds names in most rows (and the address's usual column is further right).
        let md = "|  | 外国人来华工作许可桂 园街道工作站 | 深圳市罗湖区书城路1 号都市名园F座裙楼五层新围 社区党群服务中心 | 883619 | 0755-25102948 |  |\n\
|  |  | 深圳市前海深港现代服务 业合作区管理局 | 深圳市前海深港现代服务业合作区前湾一路19号前海e站通服务大厅A栋211办公室 |  | 0755-88981800 |  |  |\n\
|  |  | 禅城区经济和科技促进 局服务窗口(受理 禅城辖区内单位业务) | 佛山市禅城区同济东路禅城区人民政府通济大院8、9楼 |  | 0757 8234 0449; 0757-82340453 | 0757-82340440 |\n\
|  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区里水镇新兴 路15号行政服务中心 27-29号窗口 |  | 0757 8560 9966 |  |\n\
|  |  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区南港路8 号桂城街道行政服务中 心投资建设综合窗 口、社会民生综合窗口 |  | 0757 8181 3620 | 0757-81813621 |\n\
|  |  | 南海区科学技术局服务窗口 | 佛山市南海区狮山镇狮 城路3号行政大楼一 楼狮山镇行政服务中心12、1 3、40号窗口 | 146971 | 0757-86680876 |  |\n\
|  |  | (受理南海辖区内单位业务) |  |  |  |  |\n\
|  | 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区启航大道2 号A栋九江镇行政 服务中心社会民生综合窗 口 |  | 0757-81866107 | 0757-81866108 |\n\
|  |  | 南海区科学技术局服务窗口( 受理南海辖区内单位业务) | 佛山市南海区西樵镇樵高路65 号西樵环运大楼西樵 镇行政服务中心36号窗 口 | 162809 | 0757-86890281 |  |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.address.contains("狮山镇")).expect("the record");
        assert_eq!(r.institution, "南海区科学技术局服务窗口(受理南海辖区内单位业务)");
        assert!(!r.address.contains("受理"), "{}", r.address);
    }

    #[test]
    fn a_tail_after_a_name_closed_by_its_remark_goes_on_the_address() {
        // `…服务窗口(受理…业务)` ends like a name before its remark: whole. The text on the
        // row below (a narrower row, under no column of its own) ends like a name too, but it
        // goes on the address (`…九江镇` + `行政服务中心…`), not after the remark.
        let md = "| | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号A栋九江镇 | 0757-81866107 |\n\
|---|---|---|---|---|\n\
| | 行政服务中心社会民生综合窗口 | |\n\
| 南海区科学技术局服务窗口 | 佛山市南海区西樵镇樵高路65号西樵环运大楼 | 0757-86890281 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n)[0],
            ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区启航大道2号A栋九江镇行政服务中心社会民生综合窗口")
        );
    }

    #[test]
    fn a_place_between_a_name_and_its_phone_is_the_address_cut_short() {
        // `政府受理点:青岛` reads as nothing by its content (a label, a city without 市), on a
        // page of one row; between the name and the phone, naming a place, it is the address,
        // and the next page's text goes on it.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东省 | 济南市科学技术局 | 济南市历下区龙鼎大道1号D529 | 0531-66605973 |\n\
\n\
| 青岛市外国专家局 | 政府受理点:青岛 | 0532-85911893 |\n|---|---|---|\n\
\n\
| | | | 市市南区香港中路11号政府二期办公楼1715室。 | |\n|---|---|---|---|---|\n\
| | | 淄博市外国专家局 | 淄博市张店区联通路202号 | 0533-2791863 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.institution == "青岛市外国专家局").expect("the record");
        assert_eq!(r.address, "政府受理点:青岛市市南区香港中路11号政府二期办公楼1715室。");
    }

    #[test]
    fn a_name_like_rest_a_whole_name_does_not_take_goes_on_the_address() {
        // `人社局508` ends like a name, and the name above is whole; the address above has its
        // house number and goes on with a text that names no street of its own.
        let md = "| | | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n|---|---|---|---|---|\n\
| 25 | 云南省 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
\n\
| | | 昆明市五华区受理点 | 正义路五华坊42号五华区 | 0871-63588926 |\n|---|---|---|---|---|\n\
\n\
| | 人社局508 | |\n|---|---|---|\n\
| | | 昆明市盘龙区受理点 | 盘龙区锦武路15号盘龙区政务服务中心B区1号 | 0871-65716160 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508"));
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:?}", n.findings);
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
    fn a_bracketed_aside_or_the_rest_of_an_address_stopping_at_a_place_goes_on_the_record_above() {
        // A tall row's second line: an aside in brackets (no address opens with one), or a
        // building under an address that stops at a city's name (`…12号鞍山市`), is the rest
        // of the address above, numbers and all, though it reads like a name alone.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 10 | 江苏省 | 昆山市科学技术局 | 昆山市人才科创发展服务中心一楼服务大厅 | 0512-57152837 |\n\
| | | | (昆山市登云路268号) | 0512-55186067; 0512-50376099 |\n\
| | | 苏州工业园区人事局 | 苏州大道东351号工商大厦 | 0512-66683196 |\n\
| 6 | 辽宁省 | 鞍山市科学技术局(外国专家局) | 鞍山市铁东区新兴街道明山街12号鞍山市 | 0412-5591225 |\n\
| | | | 政务服务中心 | 0412-5539457 |\n\
| | | 抚顺市科学技术局 | 抚顺市顺城区长城街振兴大厦A座1312 | 024-57500960 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("昆山市科学技术局", "昆山市人才科创发展服务中心一楼服务大厅(昆山市登云路268号)", 3),
                ("苏州工业园区人事局", "苏州大道东351号工商大厦", 1),
                ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心", 2),
                ("抚顺市科学技术局", "抚顺市顺城区长城街振兴大厦A座1312", 1),
            ]
        );
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
    fn a_tall_row_cut_inside_a_road_s_name_or_its_house_number_is_one_record() {
        // The second line goes on the record above, and its phone with it, when it opens
        // with the rest of the road's name (`…南明区遵` + next page `义路270号…`: no road's
        // name is one character long) or of the house number (`…遵义路27` + `0号…`).
        for (head, rest, page_break) in [("贵州省贵阳市南明区遵", "义路270号", "\n"), ("贵州省贵阳市南明区遵义路27", "0号", "")]
        {
            let md = format!(
                "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 / {head} | 0851-85553449 |\n{page_break}\
| | | | {rest}贵州省政务服务中心政务服务大厅法人综合服务区B013-B022窗口 | 0851-85557424 |\n\
| | | 贵阳市科技局 | 贵阳市观山湖区市级行政中心市政府大楼A区524 | 0851-87989108 |\n"
            );
            let n = norm(&md);
            assert_eq!(
                names_addresses_phone_counts(&n),
                [
                    (
                        "贵州省科技厅",
                        "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心政务服务大厅法人综合服务区B013-B022窗口",
                        2
                    ),
                    ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524", 1),
                ],
                "{head} + {rest}"
            );
        }
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
    fn a_name_like_rest_goes_on_an_address_cut_before_its_street_first() {
        // `朔州市朔城区` is place names alone: what the next page's first row holds
        // (`市府街市政府三楼科学技术局`, ending like a name) goes on it, not on the whole name.
        let md = "| 阳泉市行政审批服务管理局 | 0353-3333073 | 阳泉市郊区李荫路50号 | |\n|---|---|---|---|\n\
| 长治市行政审批服务管理局 | 0355-2110736 | 长治市潞州区太行西街406号 |\n\
| 朔州市科学技术局农村社会科 | 0349-2029435 | 朔州市朔城区 |\n\n\
| | | 市府街市政府三楼科学技术局 |\n|---|---|---|\n\
| 忻州市政务服务中心 | 0350-3092827 | 忻州市忻府区雁门大道南街 |\n\
| 吕梁市外国专家局 | 18035889119 | 吕梁市离石区滨河北中路35号 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
        // So does one under an address stopping at a place's name after its street.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 金普新区科学技术局 | 大连市开发区金马路 197号金普新区 行政服务中心 | 0411-87935782 | |\n\
| | | 自贸区制度创新二局 | 大连保税区洞庭路1号自贸区行政服务中心 | 0411-81641509 |\n\
| | | 鞍山市科学技术局(外国专 家局) | 鞍山市铁东区新兴街道明山街12号鞍山市 | 0412-5591225、0412-5539457 |\n\n\
| | 政务服务中心 | |\n|---|---|---|\n\
| 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴大 | 024-57500960 |\n\n\
| | | | 厦A座1312 | |\n|---|---|---|---|---|\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心"));
    }

    #[test]
    fn a_tall_row_s_second_line_finishing_a_place_a_road_or_a_quotation_is_one_record() {
        // The second line goes on the record above, numbers and all, when it finishes the
        // district the address was cut inside (`…同济东路禅` + `城区…`: 禅城区, though 城区 is
        // a district's name too), opens with the road's word the address was cut before
        // (`…大良街道德民` + `路顺德区…`: no stray character before 顺德区), or opens with
        // the quotation it closes (`"外国专家服务"窗口`, though it ends like a name).
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务) | 佛山市禅城区同济东路禅 | 0757-82340449 |\n\n\
| | | | 城区人民政府通济大院8、9楼 | 0757-82340453 |\n|---|---|---|---|---|\n\
| | | 顺德区科学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民 | 0757-22835313 |\n\
| | | | 路顺德区行政服务中心东座三楼14号窗口 | 0757-22830311 |\n\
| | | 高明区经济和科技促进局服务窗口 | 佛山市高明区荷城街道星河路蟠龙街21号六楼 | 0757-88683298 |\n\
| 22 | 重庆市 | 重庆市科技局 | 重庆市渝北区新溉大道2号重庆生产力大厦1楼 | 023-62192269 |\n\
| | | | \"外国专家服务\"窗口 | 023-62191366 |\n\
| | | 重庆市人力社保局政务服务大厅 | 重庆市渝北区仙桃街道春华大道99号 | 023-63120258 |\n";
        let n = norm(md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务)", "佛山市禅城区同济东路禅城区人民政府通济大院8、9楼", 2),
                ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 2),
                ("高明区经济和科技促进局服务窗口", "佛山市高明区荷城街道星河路蟠龙街21号六楼", 1),
                ("重庆市科技局", "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口", 2),
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号", 1),
            ]
        );
    }

    #[test]
    fn a_tall_row_s_second_line_opening_with_a_place_that_goes_on_the_address_is_one_record() {
        // Each second line opens with a place, yet goes on the address above, its number
        // the record's second: it names no street of its own after an address stopping at
        // its house number (`1号门` numbers a gate); it finishes the word the address was cut
        // inside (`…中国重庆人力` + `资源…`: 资源 is a county's name too); the address stops
        // at the country's name (`…99号中国`); under the address column it reads as a name
        // but is a building of the city after the house number (`鞍山市政务服务中心`) or
        // finishes the city's name the address was cut inside (`…12号鞍山` + `市政务…`).
        let chongqing = "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼";
        let anshan = "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心";
        for cut in
            ["重庆市渝北区仙桃街道春华大道99号", "重庆市渝北区仙桃街道春华大道99号中国重庆人力", "重庆市渝北区仙桃街道春华大道99号中国"]
        {
            let md = format!(
                "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 22 | 重庆市 | 重庆市人力社保局政务服务大厅 | {cut} | 023-63120258 |\n\
| | | | {} | 023-88633907 |\n\
| 23 | 四川省 | 四川省成都市外国专家局 | 青羊区人民西路2号成都出入境接待中心3楼12-17号窗口 | 028-62377790 |\n",
                &chongqing[cut.len()..]
            );
            let n = norm(&md);
            assert_eq!(
                names_addresses_phone_counts(&n),
                [
                    ("重庆市人力社保局政务服务大厅", chongqing, 2),
                    ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口", 1)
                ],
                "{cut}"
            );
        }
        for cut in ["鞍山市铁东区新兴街道明山街12号", "鞍山市铁东区新兴街道明山街12号鞍山"] {
            let md = format!(
                "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 辽宁省 | 鞍山市科学技术局(外国专家局) | {cut} | 0412-5591225 |\n\n\
| | | | {} | 0412-5539457 |\n|---|---|---|---|---|\n\
| | | 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴大厦A座1312 | 024-57500960 |\n",
                &anshan[cut.len()..]
            );
            let n = norm(&md);
            assert_eq!(
                names_addresses_phone_counts(&n),
                [("鞍山市科学技术局(外国专家局)", anshan, 2), ("抚顺市科学技术局(外国专家局)", "抚顺市顺城区长城街振兴大厦A座1312", 1)],
                "{cut}"
            );
        }
    }

    #[test]
    fn a_postcode_beside_a_name_is_no_part_of_it() {
        // A row a cell too wide for a postcode printed after the name, on a page whose 邮编
        // column has no header: the name stays whole, the postcode is a note, audited.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 吉林 | 长春市外国专家局 | 长春市人民大街1号 | 0431-88906234 |\n\
| | | 吉林市外国专家局 | 132000 | 吉林市松江中路65号 | 0432-62048680 |\n\
| | | 四平市外国专家局 | 四平市铁西区英雄大路1号 | 0434-3283410 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
        assert_eq!(n.records[1].notes, ["邮编: 132000"]);
        assert!(n.records[0].notes.is_empty() && n.records[2].notes.is_empty());
        let moved: Vec<_> = n.findings.iter().filter(|f| f.code == FindingCode::PostcodeMoved).collect();
        assert_eq!(moved.len(), 1, "{:#?}", n.findings);
        assert_eq!((moved[0].line_start, moved[0].before.as_str()), (4, "132000"));
        // So is one printed after the address, before the phone.
        let after_address =
            md.replace("| 吉林市外国专家局 | 132000 | 吉林市松江中路65号 |", "| 吉林市外国专家局 | 吉林市松江中路65号 | 132000 |");
        let n = norm(&after_address);
        assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
        assert_eq!(n.records[1].notes, ["邮编: 132000"]);
        // A name's rest printed after a stray separator is still joined: it has words.
        let md = md.replace("| 吉林市外国专家局 | 132000 |", "| 吉林市外国专 | 家局 |");
        let n = norm(&md);
        assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
    }

    #[test]
    fn a_name_cut_by_a_stray_separator_before_an_address_ending_like_a_name_is_joined() {
        // `…科学技术局` ends the address like a name, so the address read as the row's name
        // and the name's two halves as nothing: the halves join into the name (the head
        // lacks the ending the two make), the text after them, opening with a place, is the
        // address.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 山西省 | 阳泉市行政审批服务管理局 | 阳泉市郊区李荫路50号 | 0353-3333073 |\n\
| | | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
| | | 朔州市科学技术局农 | 村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
| | | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
        assert_eq!(n.records.len(), 4);
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
    fn an_address_head_opening_with_a_place_cut_off_by_a_stray_separator_is_joined_in_a_short_table() {
        // A page of three rows of three widths (a narrow row, one a cell too wide for a
        // stray separator inside its address, a full one): the columns say nothing, but a
        // head that opens with a place and ends like no name, before a rest that opens
        // with none, is the address's head, not text to leave out.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 长春市外国专家局 | 长春市南关区华新街700号市政务服务中心577办公室 | 0431-88777276 |\n\n\
| | 吉林市外国专家局 | 吉林市松江中路65号 | 0432-62048680 |\n|---|---|---|---|\n\
| | | 珲春市外国专家局 | 珲春市站前西 | 街466号 | 0433-7563399 |\n\
| 8 | 黑龙江省 | 哈尔滨市科学技术局 | 哈尔滨市南岗区中山路181号 | 0451-82363096 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("珲春市外国专家局", "珲春市站前西街466号"));
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
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
    fn a_name_cut_by_a_stray_separator_one_character_after_its_place_is_joined() {
        // `朔州市科 | 学技术局农村社会科`: the head ends in 科 as a section's name does, but no
        // office is a place and one character; the rest is the name's, not the address's,
        // though the table's columns put an address there.
        let md = "| | | | 太行西街406号 | |\n\
|---|---|---|---|---|\n\
| | | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
| | | 朔州市科 | 学技术局农村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
| | | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n\
| | | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局晋中市榆次区 龙湖大街141号 | 0354-3260085 |\n\
| | | 临汾市行政审批服务管理局 | 临汾市锣鼓桥东滨 河东路北300米政务服 务中心 | 0357-2105130 |\n\
| | 运城市科学技术局 | 运城市河东东街272号科技局三楼 | 0359-8711213 |\n\
| 5 | 内蒙古自治区 | 内蒙古自治区科学技术 厅 | 呼和浩特市赛罕区丰州南路78号 | 0471-6328620 |\n\
| | | 呼和浩特市行政审批和政务服务局 | 呼和浩特市赛罕区敕勒川大街6号 | 0471-5332099 |\n\
| | | 包头市科技局 | 包头市九原区开元大街1 号,包头市党政大楼C区5楼 | 0472-5618490 |\n\
| | | 呼伦贝尔市科技局 | 呼伦贝尔市海拉尔区满洲里南路呼伦贝尔市科技 | 0470-8221984 |\n\
| | | | 创业服务中心4楼 | |\n";
        let n = norm(md);
        let pairs = names_and_addresses(&n);
        assert!(pairs.contains(&("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局")), "{pairs:#?}");
    }

    #[test]
    fn an_address_head_naming_its_street_is_joined_though_it_ends_like_a_name() {
        // `…合巢经开区管委 | 会14楼`: the head ends like a name (`管委`), but a name names no
        // road; the separator cut the word 管委会.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽省 | 合肥市高新区 | 合肥市创新大道276 0号高新区行政服务中心 | 0551-65315587 |\n\
| | | 人劳局劳动管理处 | | |\n\n\
| | | 合肥市新站区人社局 | 合肥市龙子湖路369号 | 0551-65777157 |\n|---|---|---|---|---|\n\
| | | 人力资源中心 | | |\n\
| | | 巢湖市经开区人劳局人 事综合处 | 巢湖市半汤大道合巢经开区管委 | 会14楼 | 0551-82818271 |\n\
| 13 | 福建省 | 厦门市科学技术局 | 厦门市思明区镇 | 0592-2021855 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("巢湖市经开区人劳局人事综合处", "巢湖市半汤大道合巢经开区管委会14楼"));
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    }

    #[test]
    fn a_name_and_its_address_in_one_cell_with_four_words_ending_like_names_part_beside_one_number() {
        // The rule between name and address lost: the cell's name, its bracketed other name,
        // the address's building and window all end like names, but the row has one
        // number, as one record has: it parts as a name and its address, nothing left out.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 铁岭市科学技术局(铁岭市外国专家局) | 铁岭市凡河新区金沙江路28号 | 024-72681311 |\n\
| | | 朝阳市科学技术局 (朝阳市外国专家 局) 朝阳市双塔区人民路1号B座 朝阳市政务服务中心 二楼咨询综合受理窗口 | 0421-2617976 |\n\
| | | 葫芦岛市科学技术局(葫芦岛 市外国专家局) | 葫芦岛市龙港区龙湾大街15号 | 0429-6660711 |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n)[1],
            ("朝阳市科学技术局(朝阳市外国专家局)", "朝阳市双塔区人民路1号B座朝阳市政务服务中心二楼咨询综合受理窗口")
        );
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
    fn a_section_set_apart_from_its_name_by_a_stray_separator_is_joined_back() {
        // A row a cell wider: the section's name (`农村社会科`, no place, no number) sits in
        // the address column, the address (opening with a place) one column on.
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
|---|---|---|---|---|\n\
|  |  | 长治市行政审批服务管理局 | 长治市潞州区太行西街406号 | 0355-2110736 |\n\
|  |  | 晋城市行政审批服务管理局 | 晋城市文博路3 | 0356-2218199 |\n\
|  |  |  | 66号市政务服务中心西二楼235号 |  |\n\
|  |  | 朔州市科学技术局 | 农村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
|  |  | 忻州市政务服务中心 | 忻州市忻府区雁门大道 南街 | 0350-3092827 |\n\
|  |  | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n";
        let n = norm(md);
        assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
        assert!(n.records[2].flags.contains(&FindingCode::ColumnShiftRepaired), "{:?}", n.records[2].flags);
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
    fn a_name_run_into_an_address_that_wraps_is_split_once_the_address_is_whole() {
        let md = "一、浙江省\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87187756 |\n\
| 2 | 奉化区科学技术局 奉化区行政服务中心(奉化区越岭 | 0574-88689139 |\n\
| | | 街道大成东路277号)3楼基本建设项目服务区K4窗口 | |\n\
| 3 | 余姚市人力资源和社会保障局 | 余姚市谭家岭东路2号 | 0574-62727829 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0574-88689139")).expect("the record");
        assert_eq!(
            (r.institution.as_str(), r.address.as_str()),
            ("奉化区科学技术局", "奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口")
        );
        assert!(r.flags.contains(&FindingCode::CellSplit));
        assert!(!r.flags.contains(&FindingCode::InstitutionMissing));
    }

    #[test]
    fn a_name_run_into_its_address_on_an_unnumbered_row_opens_a_record() {
        // The row lost a cell: its name and address sit in the name column, its number in
        // the address column. It had been joined to the record above as a second address
        // and number.
        let md = "一、浙江省\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87187756 |\n\
| | 奉化区科学技术局 奉化区行政服务中心(奉化区越岭 | 0574-88689139 |\n\
| | | 街道大成东路277号)3楼基本建设项目服务区K4窗口 | |\n\
| | 余姚市人力资源和社会保障局 | 余姚市谭家岭东路2号 | 0574-62727829 |\n";
        let n = norm(md);
        let got: Vec<(&str, &str, usize)> = names_addresses_phone_counts(&n);
        assert_eq!(
            got,
            [
                ("宁波市外国专家局", "宁波市鄞州区宁穿路1901号", 1),
                ("奉化区科学技术局", "奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口", 1),
                ("余姚市人力资源和社会保障局", "余姚市谭家岭东路2号", 1)
            ]
        );
    }

    #[test]
    fn two_whole_names_in_the_name_cell_of_a_row_with_one_number_are_its_name_and_address() {
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 14 | 江西省 | 江西省外国专家局 | 南昌市东湖区北京西路69号 | 0791-86386283 |\n\
| | | 萍乡市人力资源和社会保障局 萍乡市人民政府办证大厅 | 0799-6234773 |\n\
| | | 新余市外国专家局 | 新余市仰天东大道623号 | 0790-6736953 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0799-6234773")).expect("the record");
        assert_eq!((r.institution.as_str(), r.address.as_str()), ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅"));
        // A guess by position and look: a doubt to review.
        let split = n.findings.iter().find(|f| f.code == FindingCode::CellSplit).expect("a cell_split");
        assert_eq!(split.severity, Severity::Warning);
        assert_eq!(n.records.len(), 3);
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
    fn an_address_cut_inside_a_word_takes_its_rest_alone_on_the_next_row() {
        let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 13 | 福建省 | 泉州市科学技术局 | 泉州市丰泽区海星街道东海大厦A幢市行政服务中心大厅3层80号窗口 | 0595-22570075 |\n\
| | | 莆田市科学技术局 | 莆田市城厢区荔城中大道1366号国资大 | 0594-2655522 |\n\
| | | | 厦2501# | |\n\
| | | 三明市科学技术局 | 三明市三元区江滨北路11号三明市行政服务中心215窗口 | 0598-7500106 |\n";
        let n = norm(md);
        let r = n.records.iter().find(|r| r.institution == "莆田市科学技术局").expect("the record");
        assert_eq!(r.address, "莆田市城厢区荔城中大道1366号国资大厦2501#");
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseRowDropped), "{:#?}", n.findings);
        assert_eq!(n.records.len(), 3);
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
    fn an_address_a_row_low_fills_the_record_without_one() {
        let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 1 | 浙江省科学技术厅 | 杭州市环城西路 33 号 | 0571-87054056 |\n\
| | 杭州市科学技术局 | | 0571-85252313 |\n\
| | | 杭州市上城区解放东路 18 号 | |\n\
| | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 |\n\
| | | 宁波市江北区人民路 132 号 | |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        assert_eq!(
            got,
            [
                ("浙江省科学技术厅", "杭州市环城西路33号"),
                ("杭州市科学技术局", "杭州市上城区解放东路18号"),
                ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号"),
                // Under a record that has an address, it is another window.
                ("宁波市科学技术局", "宁波市江北区人民路132号"),
            ]
        );
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
    fn a_name_a_row_low_names_the_record_without_one() {
        let md = "| 序号 | 单位名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 苏州市科学技术局 | 苏州市姑苏区道前街 100 号 | 0512-68616213 |\n\
| 2 | | 无锡市观山路199号 | 0510-81822561 |\n\
| | 无锡市科学技术局 | | |\n\
| 3 | 常州市科学技术局 | 常州市新北区龙锦路 1280 号 | 0519-85681512 |\n";
        let n = norm(md);
        let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
        assert_eq!(names, ["苏州市科学技术局", "无锡市科学技术局", "常州市科学技术局"]);
        assert_eq!(n.records[1].source_lines, [4, 5]);
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::InstitutionMissing), "{:#?}", n.findings);
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
    fn a_name_opening_with_another_province_than_its_province_cell_stays_whole() {
        // The name column before the province column: the name's opening province words are
        // no province of their own when the row's province cell names another.
        let md = "| 受理机构 | 省份 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 河 北 朝阳区国际人才一站式服务中心 | 内蒙古 | 呼和浩特市新城区新华大街 1 号 | 0471-1234567 |\n\
| 北京 北京市科学技术委员会 | 北京 | 丰台区西三环南路 1 号 | 010-89150841 |\n";
        let n = norm(md);
        assert_eq!(
            province_name_address(&n),
            vec![
                ("内蒙古自治区", "河北朝阳区国际人才一站式服务中心", "呼和浩特市新城区新华大街1号"),
                ("北京市", "北京市科学技术委员会", "丰台区西三环南路1号"),
            ]
        );
    }

    #[test]
    fn a_stray_mark_under_the_name_column_beside_a_name_is_no_second_name() {
        // An aligned-text row read a column shifted: its name, and a mark under the name
        // column. The mark had been read as the name's tail and written over the name.
        let md = "序号    本窗口自 2019. 4. 1 起撤销    序号    1\n1    010-89150841 010-89150842 (两证联办)    1\n海淀区人力资源公    X    (两证联办)";
        let n = norm(md);
        assert_eq!(n.records.len(), 1, "{:#?}", n.records);
        assert_eq!(n.records[0].institution, "海淀区人力资源公");
        assert!(n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped && f.before == "X"), "{:#?}", n.findings);
    }

    #[test]
    fn a_name_cell_holding_the_number_and_province_too_keeps_them_apart() {
        // OCR merged the 序号 and province columns into the name's on one row.
        let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 丰台区西三环南路 1 号 | 010-89150841 |\n\
| 2 天津 天津市科学技术局 | 天津市河西区友谊路 35 号 | 022-58832961 |\n";
        let n = norm(md);
        assert_eq!(
            province_name_address(&n),
            vec![("北京市", "北京市科学技术委员会", "丰台区西三环南路1号"), ("天津市", "天津市科学技术局", "天津市河西区友谊路35号")]
        );
        assert!(!n.records[1].flags.contains(&FindingCode::ProvinceMismatch), "{:#?}", n.records[1]);
    }

    #[test]
    fn rows_without_pipes_keep_their_number_and_province_apart() {
        // One space between fields: each line is read as one whole record.
        let spaced = "1 辽宁 辽宁省科学技术厅 沈阳市和平区三好街 13 号 024-23983327\n\
2 沈阳市科学技术局 沈阳市沈河区市府大路 260 号 024-22722114\n\
3 吉林省 吉林省科学技术厅 长春市人民大街 8999 号 0431-88908222\n";
        // Fields aligned by runs of spaces: a table, header and all.
        let aligned = "序号  省级地区  受理机构  地址  咨询电话\n\
1  辽宁  辽宁省科学技术厅  沈阳市和平区三好街 13 号  024-23983327\n\
2      沈阳市科学技术局  沈阳市沈河区市府大路 260 号  024-22722114\n\
3  吉林省  吉林省科学技术厅  长春市人民大街 8999 号  0431-88908222\n";
        for md in [spaced, aligned] {
            let n = norm(md);
            let got = province_name_address(&n);
            assert_eq!(
                got,
                [
                    ("辽宁省", "辽宁省科学技术厅", "沈阳市和平区三好街13号"),
                    ("辽宁省", "沈阳市科学技术局", "沈阳市沈河区市府大路260号"),
                    ("吉林省", "吉林省科学技术厅", "长春市人民大街8999号"),
                ],
                "{md}"
            );
            assert!(!n.findings.iter().any(|f| f.code == FindingCode::TextLineDropped), "{:#?}", n.findings);
        }
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
    fn wrapped_tails_go_back_to_their_field() {
        // Under 地址: a tail ending like a name, one opening with the house number's 号, and
        // one naming a building but no street; a bracketed remark alone under a whole name.
        let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 玉林市科学技术局 | 玉林市双拥路99号玉林市公安局出入境接待大 | 0775-2685197 |\n\
|  |  | 厅外国人工作居留服务窗口 |  |\n\
| 2 | 石家庄市外国专家局 | 石家庄市长安区中山东路452 | 0311-85667324 |\n\
|  |  | 号石家庄市科学技术局412室 |  |\n\
| 3 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号 | 0597-2220870 |\n\
|  |  | 龙岩市公安局出入境接待大厅 |  |\n\
| 4 | 本溪市科学技术局 | 本溪市高新技术产业开发区枫叶路188-1号14楼 | 024-45689024 |\n\
|  | (本溪市外国专家局) |  |  |\n\
| 5 | 南海区科学技术局 | 佛山市南海区南港路8号桂城街道行政服务中心 | 0757-81813620 |\n\
|  | 服务窗口(受理南海辖区内单位业务) |  |  |\n\
| 6 | 漳州市科学技术局(A | 漳州市龙文区水仙大街100号市行政服务中心3楼 | 0596-2170790 |\n\
|  | 、B类) |  |  |\n\
| 7 | 临沂市外国专家局 | 临沂市兰山区北 | 0539-8319013 |\n\
|  |  | 城新区北京路33号5楼外专科 |  |\n\
| 8 | 三门峡市科学技术局 | 三门峡市五原路西段商会大厦 | 0398-3160813 |\n\
|  |  | A座7005 |  |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        let want = [
            ("玉林市科学技术局", "玉林市双拥路99号玉林市公安局出入境接待大厅外国人工作居留服务窗口"),
            ("石家庄市外国专家局", "石家庄市长安区中山东路452号石家庄市科学技术局412室"),
            ("龙岩市科学技术局", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅"),
            ("本溪市科学技术局(本溪市外国专家局)", "本溪市高新技术产业开发区枫叶路188-1号14楼"),
            ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区南港路8号桂城街道行政服务中心"),
            ("漳州市科学技术局(A、B类)", "漳州市龙文区水仙大街100号市行政服务中心3楼"),
            ("临沂市外国专家局", "临沂市兰山区北城新区北京路33号5楼外专科"),
            ("三门峡市科学技术局", "三门峡市五原路西段商会大厦A座7005"),
        ];
        assert_eq!(got, want);
        // A window of its own, with its street and number, stays a record.
        let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 东莞市科学技术局 | 东莞市南城区鸿福路199号东莞市民服务中心二楼 | 0769-22835837 |\n\
|  |  | 东莞市莞城区东城西路191号东莞市公安局签证中心 |  |\n";
        assert_eq!(norm(md).records.len(), 2);
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
    fn a_name_cut_short_is_no_noise_beside_an_address_ending_like_a_name() {
        let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 江西省外国专家局 | 南昌市东湖区北京西路69号 | 0791-86386283 |\n\
| 2 | 南昌市人社局行政审批处 | 南昌市行政服务中心二楼人社局 窗口 | 0791-83987539 |\n\
| 3 | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号市人社局 | 0798-8523195 |\n\
| 4 | 萍乡市人力资 | 萍乡市人民政府办证 大厅 | 0799-6234773 |\n\
|  | 源和社会保障局 |  |  |\n\
| 5 | 新余市外国专家局 | 新余市仰天东大道623号 | 0790-6736953 |\n\
| 6 | 鹰潭市外国专家局 | 鹰潭市月湖区经济大厦 | 0701-6441696 |\n\
| 7 | 宜春市外国专家局 | 宜春市宜阳大厦中座917 | 0795-3280926 |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        assert_eq!(got[3], ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅"), "{:#?}", n.findings);
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
    fn place_names_alone_under_an_address_that_ends_whole_head_the_next_windows_address() {
        // `新疆` alone on its row, under `…353号`: the head of the address below it (a window
        // printed without a name), not the rest of the one above.
        let n = norm_rows(
            "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
             | | | | 新疆 | |\n\
             | | | | 乌鲁木齐市水区新兴街5号 | 0991-4608457 |\n",
        );
        assert_eq!(
            names_addresses_phone_counts(&n),
            [("新疆维吾尔自治区科学技术厅", "新疆乌鲁木齐市新市区科学一街353号", 1), ("", "新疆乌鲁木齐市水区新兴街5号", 1)]
        );
        // Likewise with the window's phone beside its head: place names alone are no
        // building inside the address above.
        let n = norm_rows(
            "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
             | | | | 新疆 | 0991-4608457 |\n\
             | | | | 乌鲁木齐市水区新兴街5号 | |\n",
        );
        assert_eq!(
            names_addresses_phone_counts(&n),
            [("新疆维吾尔自治区科学技术厅", "新疆乌鲁木齐市新市区科学一街353号", 1), ("", "新疆乌鲁木齐市水区新兴街5号", 1)]
        );
        // Under an address that does not end whole, place names alone may be its rest.
        let n = norm_rows(
            "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号,外国专家服务中心, | 0991-3680731 |\n\
             | | | | 新疆 | |\n\
             | | | | 乌鲁木齐市水区新兴街5号 | 0991-4608457 |\n",
        );
        assert_eq!(n.records[1].address, "乌鲁木齐市水区新兴街5号");
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
    fn a_name_and_its_area_code_in_another_province_place_a_record_whose_address_names_none() {
        // The 序号 of the next province's first row lost: a row after 海南's whose name opens
        // with a city of 广西 and whose area code is there, its address opening with a stray
        // character (`河来宾市`), is 广西's, its address read against 广西's divisions.
        let n = norm_rows(
            "| 20 | 海南 | 海南省外专局 | 海口市五指山南路3号 | 0898-65326830 |\n\
             | | | 儋州市外专局 | 儋州市那大镇新市委大楼七楼0712室 | 0898-23339796 |\n\
             | | | 来宾市科学技术局 | 河来宾市绿源路 625 号 | 0772-4278365 |\n",
        );
        let r = &n.records[2];
        assert_eq!((r.province, r.address.as_str()), ("广西壮族自治区", "来宾市绿源路625号"), "{r:#?}");
        assert!(r.flags.contains(&FindingCode::ProvinceMismatch) && r.flags.contains(&FindingCode::PlaceNameCorrected), "{r:#?}");
        assert_eq!(n.records[1].province, "海南省");
        // Without the area code's word the name alone moves nothing.
        let n = norm_rows(
            "| 20 | 海南 | 海南省外专局 | 海口市五指山南路3号 | 0898-65326830 |\n\
             | | | 来宾市科学技术局 | 绿源路 625 号 | 0898-4278365 |\n",
        );
        assert_eq!(n.records[1].province, "海南省", "{:#?}", n.records[1]);
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
    fn a_whole_name_and_numbered_address_without_a_phone_is_a_record() {
        // No place name opens either text (which would set them apart as a record anyway).
        let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n| 甲市科学技术局 | 一路1号 | 010-89150841 |\n\
| 乙市科学技术局 | 二路2号 | |\n| 丁市科学技术局 | 四路4号 | 010-89150844 |\n\
| 戊市科学技术局(戊市外 | 五路5号行政 | 010-89150845 |\n| 国专家局) | 服务中心 | |\n";
        let n = norm(md);
        let got = names_and_addresses(&n);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[1], ("乙市科学技术局", "二路2号"));
        // Tails of an unfinished name still join it.
        assert_eq!(got[3], ("戊市科学技术局(戊市外国专家局)", "五路5号行政服务中心"));
    }

    #[test]
    fn a_closing_bracket_alone_under_a_field_is_its_tail() {
        let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 丰台区西三环南路1号(政务服务中心 | 010-89150841 |\n\
|  |  |  | ) |  |\n\
|  |  | 海淀区人力资源公共服务中心 | 西四环北路73号 | 010-68940680 |\n";
        let n = norm(md);
        assert_eq!(n.records[0].address, "丰台区西三环南路1号(政务服务中心)");
        assert_eq!(n.records.len(), 2);
        // In an aligned-text table the reader placed a one-character tail under its column.
        let txt = "序号  省份  受理机构            地址                      咨询电话\n\
                   1     北京  北京市科学技术委员会  丰台区西三环南路1号服务窗  010-89150841\n\
                   \x20                                 口\n";
        let n = norm(txt);
        assert_eq!(n.records[0].address, "丰台区西三环南路1号服务窗口");
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
    fn a_name_wrapped_after_its_province_words_is_one_name() {
        let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 新疆维吾尔自 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
|  | 治区科学技术厅(外国专家局) |  |  |\n\
| 2 | 新疆生产建设兵团 | 新疆乌鲁木齐市水磨沟区516号南湖明珠大厦 | 0991-2899404 |\n\
|  | 外国专家局 |  |  |\n";
        let n = norm(md);
        let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
        assert_eq!(names, ["新疆维吾尔自治区科学技术厅(外国专家局)", "新疆生产建设兵团外国专家局"]);
        let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
        assert_eq!(provinces, ["新疆维吾尔自治区", "新疆生产建设兵团"]);
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

    #[test]
    fn html_column_spans_are_one_wide_cell() {
        let html = "<table><tr><th>序号</th><th>受理机构</th><th>地址</th><th colspan=\"2\">咨询电话</th></tr>\n\
<tr><td rowspan=\"2\">1</td><td>杭州市科学技术局</td><td>杭州市上城区解放东路18号</td><td>0571-85252313</td><td>0571-85252314</td></tr>\n\
<tr><td>杭州市西湖区人力社保局</td><td>西湖区文三路 20 号</td><td colspan=\"2\">0571-87212345</td></tr>\n</table>";
        let n = normalize(&parser::html::parse_html_document("t.html", html).unwrap());
        let phones: Vec<usize> = n.records.iter().map(|r| r.phones.len()).collect();
        assert_eq!(phones, [2, 1]);
        assert!(
            !n.findings.iter().any(|f| matches!(f.code, FindingCode::NoiseTextDropped | FindingCode::PhoneDuplicate)),
            "{:#?}",
            n.findings
        );
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

    fn heading_count(n: &Normalized) -> usize {
        n.findings.iter().filter(|f| f.code == FindingCode::SectionStart && f.message.contains("heading names")).count()
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
    fn province_inferred_when_not_printed() {
        let md = "| 13 | | 福州市科学技术局 | 福州市鼓楼区温泉公园路69号 | 0591-87833032 |\n";
        let n = norm(md);
        assert_eq!(n.records[0].province, "福建省");
        assert!(n.records[0].flags.contains(&FindingCode::ProvinceInferred));
    }

    #[test]
    fn noise_rows_are_findings_not_records() {
        let md = "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n| ii | | | | |\n| : | | | : | |\n";
        let n = norm(md);
        assert_eq!(n.records.len(), 1);
        let dropped: Vec<_> = n.findings.iter().filter(|f| f.code == FindingCode::NoiseRowDropped).map(|f| f.line_start).collect();
        assert_eq!(dropped, vec![2, 3, 3]);
    }

    #[test]
    fn the_seed_s_records_printed_as_a_clean_table_read_back_the_same() {
        // What tablemend writes, printed one record a row and numbered, is input no rule
        // may misread (a row numbered next after a record with no phone had joined it).
        let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        let fields = |r: &Record| {
            let phones: Vec<String> = r.phones.iter().map(|p| p.display()).collect();
            (r.province, r.institution.clone(), r.address.clone(), phones.join(" "))
        };
        let first: Vec<_> = norm(&md).records.iter().map(fields).collect();
        let mut table = String::from("| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n");
        for (i, (province, name, address, phones)) in first.iter().enumerate() {
            table.push_str(&format!("| {} | {province} | {name} | {address} | {phones} |\n", i + 1));
        }
        let again: Vec<_> = norm(&table).records.iter().map(fields).collect();
        assert_eq!(again.len(), first.len());
        for (a, b) in first.iter().zip(&again) {
            assert_eq!(a, b);
        }
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
        let mut got: Vec<(&str, &str, Vec<String>)> = n
            .records
            .iter()
            .map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect()))
            .collect();
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
        assert_eq!(
            severities,
            [Severity::Info, Severity::Info, Severity::Warning, Severity::Warning, Severity::Warning, Severity::Warning]
        );
        assert_eq!(findings[0].message, "repeats text of the record on line 1");
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
    fn a_police_unit_s_name_wrapped_at_its_own_ending_joins_its_name() {
        // Another directory (exit-entry offices): `支队` ends a name as `局` does, so the
        // rest of a name printed a row low, in the name column or shifted into the first,
        // joins the name and not the whole address beside it.
        let md = "| 序号 | 名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 珠海市公安局出入境 | 珠海市香洲区情侣路 3 号 | 0756-8646020 |\n\
| 管理支队 | | | |\n\
| 2 | 汕头市公安局 | 汕头市龙湖区长平路 6 号 | 0754-88178811 |\n\
| | 出入境管理支队 | | |\n";
        let n = norm(md);
        assert_eq!(
            names_and_addresses(&n),
            [("珠海市公安局出入境管理支队", "珠海市香洲区情侣路3号"), ("汕头市公安局出入境管理支队", "汕头市龙湖区长平路6号")]
        );
    }

    #[test]
    fn cut_off_names_are_completed_from_the_document() {
        let md = "| 1 | 上海 | 奉贤区科学技术委员会 | 奉贤区南桥镇望园南路1529弄 | 021-67137581 |\n\
| | | 崇明区科学技术委员会 | 崇明区城桥镇崇明大道7800号 | 021-59627016 |\n\
| | | 金山区科学技术委 | 金山区山阳镇龙山路555号 | 021-57922206 |\n\
| | | 嘉定区人力资源局 | 嘉定区博乐路1号 | 021-12345678 |\n";
        let n = norm(md);
        assert_eq!(n.records[2].institution, "金山区科学技术委员会");
        assert!(n.records[2].flags.contains(&FindingCode::NameCompleted));
        assert_eq!(n.records[3].institution, "嘉定区人力资源局");
    }

    #[test]
    fn ids_are_stable_and_content_based() {
        let a = norm("| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n");
        let b = norm("| 1 | 北京 | 丰台区政务服务中心 | 丰台区南苑路7号 | 010-87016516 |\n| | | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n");
        assert_eq!(a.records[0].id, b.records[1].id);
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
    fn two_names_of_one_body_joined_by_a_conjunction_stay_the_name() {
        for (sep, joined) in [(" 和 ", "和"), (" & ", "&"), (" 及 ", "及"), ("与 ", "与")] {
            let n = norm_rows(&format!(
                "| 1 | 天津 | 天津市科学技术局{sep}天津市外国专家局 | 天津市河西区友谊路18号 | 022-58832930 |\n\
                 | 2 | 河北 | 河北省科学技术厅 | 石家庄市槐安西路88号 | 0311-85813245 |\n"
            ));
            assert_eq!(n.records.len(), 2, "{sep}");
            assert_eq!(n.records[0].institution, format!("天津市科学技术局{joined}天津市外国专家局"), "{sep}");
            assert!(!n.records[0].flags.contains(&FindingCode::InstitutionMissing), "{sep}");
            assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{sep}: {:#?}", n.findings);
        }
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
}
