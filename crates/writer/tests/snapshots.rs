//! Snapshot tests of the published findings and of a small report: a change in what
//! tablemend reports shows up as a reviewed snapshot diff.

use writer::{csv_out, report, RunOutput};

const DOC: &str = "| | | 全国外 | 国人来华工作许可受理点 | |\n\
| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
| 1 | 北京 | 海淀区人力资源公 | 海淀区西四环北路73号中关村人才发展中 | 010-68940680 |\n\
\n\
| | | 共服务中心 | 心二层海淀区人才服务中心 | |\n\
|---|---|---|---|---|\n\
| | | | 顺义区仓上街16号顺义区人力社保局二层 | 010-89446673 |\n\
| ii | | | | |\n\
| 2 | 山 西 | 山西省外国专家局 | 太原市万柏林区滨河西路南段 129 号 | 0351-74062977(工作日内 回复) |\n\
| | | 太原市行政审批服 务管理局 | 太原市万柏林区南屯街1号 | 0351-2366318 |\n\
| | | 大同市行政审批服 务管理局 | 大同市恒安街 209 号 | 0352-7982073 |\n\
| | | 阳泉市行政审批服 务管理局 | 阳泉市郊区李荫路 50 号 | 0353-3333073 0353-3333073 |\n\
| | | 昆明市外国专家局 | 太原市市本级窗口自 2019. 4. 1 起撤销 | 8. 72E+10 |\n";

fn run() -> RunOutput {
    let doc = parser::markdown::parse_markdown("small.md", DOC).unwrap();
    let n = normalizer::normalize(&doc);
    RunOutput { records: n.records, findings: n.findings, source_lines: Default::default() }
}

#[test]
fn findings_csv_snapshot() {
    let r = run();
    let csv = String::from_utf8(csv_out::findings_csv(&r.findings, false).unwrap()).unwrap();
    insta::assert_snapshot!("findings_small", csv);
}

#[test]
fn points_csv_snapshot() {
    let r = run();
    let csv = String::from_utf8(csv_out::points_csv(&r.records, false).unwrap()).unwrap();
    insta::assert_snapshot!("points_small", csv);
}

#[test]
fn report_snapshot() {
    let r = run();
    insta::assert_snapshot!("report_small", report::render(&r).unwrap());
}
