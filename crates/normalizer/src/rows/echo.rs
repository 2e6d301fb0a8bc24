//! Echo cells: on a badly OCR'd page a wrapped name cell is sometimes read twice, the copy
//! one row lower and one column to the right (`| 中心临港(新片区) | 中心陆家嘴(金融) |`, the
//! second cell repeating the row above). The copy would compete with the row's own name.

use parser::Row;

use crate::classify::{CellScores, Role};
use crate::text::squash;

/// Rows above searched for the original.
const LOOKBACK_ROWS: usize = 2;
/// Shortest text worth comparing (shorter ones repeat by chance).
const MIN_CHARS: usize = 4;

/// Columns of row `ri` whose text repeats a whole cell of one of the rows just above that
/// sits further left (a part of one is a common ending by chance: `和社会保障局` under
/// `玉溪市人力资源和社会保障局`). The copy is exact: the same pixels read twice give the same text, while a
/// near copy (`中心张江(科创)分` under `中心来江(科创)分中心`) may be a sibling's name. Only rows with two or more
/// name-like cells are looked at, and one name-like cell is always left.
pub fn echo_cells(rows: &[&Row], ri: usize, scores: &[CellScores]) -> Vec<usize> {
    let row = rows[ri];
    let named: Vec<usize> = (0..row.cells.len()).filter(|&ci| scores.get(ci).is_some_and(|s| s.get(Role::Institution) > 0.0)).collect();
    if named.len() < 2 || ri == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &ci in &named {
        let text = squash(&row.cells[ci].text);
        if text.chars().count() < MIN_CHARS {
            continue;
        }
        // (A row above that lost its first cells holds its texts as many columns left: the
        // same name there, in the same column once aligned, is another window of it. The
        // cells it lost show in its width, or in its count of cells when this row's last
        // ones are empty: its phone printed on the next row.)
        let width = super::text_width(row);
        let echoed = rows[ri.saturating_sub(LOOKBACK_ROWS)..ri].iter().any(|above| {
            let lost = width.saturating_sub(super::text_width(above));
            let lost_cells = row.cells.len().saturating_sub(above.cells.len());
            above.cells.iter().take(ci).enumerate().any(|(c, cell)| c + lost != ci && c + lost_cells != ci && squash(&cell.text) == text)
        });
        // (The copy sits right of the row's own name: a name with no name-like text before
        // it in its row is the row's own, another window of the name above.)
        let after_a_name = named.iter().any(|&o| o < ci);
        // (Nor the head of an address naming the place the row's own name opens with: `| |
        // | 恩施土家族苗族自治州行政审批 | 恩施土家族 | 0718-… |` under `| | | 恩施土家族 | 鹤峰县朝阳 | … |`.)
        let opens_own_name =
            || named.iter().any(|&o| o < ci && squash(&row.cells[o].text).strip_prefix(&*text).is_some_and(|rest| !rest.is_empty()));
        // (Nor a place's name alone, which every window of a city prints by chance: `| | | 石家庄市 |
        // 石家庄市 | 0311-… |` two rows under a name opening `石家庄市`, an address's head.)
        let place_alone = || super::continuation::only_places(&text);
        if echoed && after_a_name && !ends_name_beside(row, ci, &text) && !opens_own_name() && !place_alone() {
            out.push(ci);
        }
    }
    if out.len() == named.len() {
        out.remove(0);
    }
    out
}

/// True when the text ends the name in the cell before it, a stray separator between them
/// (`普洱人力资源 | 和社会保障局`, `鸡西市科学技术局( | 外国专家局)`: the bracket the name
/// opened closes): a rest that opens with no place, the same as a wrapped name's rest just
/// above, not its copy.
fn ends_name_beside(row: &Row, ci: usize, text: &str) -> bool {
    use crate::text::bracket_balance;
    let Some(left) = ci.checked_sub(1).map(|l| squash(&row.cells[l].text)) else { return false };
    let whole = format!("{left}{text}");
    let closes_bracket = bracket_balance(&left) > 0 && bracket_balance(&whole) == 0;
    !left.is_empty()
        && (closes_bracket || !crate::classify::has_institution_suffix(&left) && crate::classify::has_institution_suffix(&whole))
        && crate::gazetteer::Gazetteer::get().place_at_start(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::classify;
    use parser::markdown::parse_markdown;

    fn echoes(md: &str) -> Vec<Vec<usize>> {
        let doc = parse_markdown("t.md", md).unwrap();
        let rows: Vec<&Row> = doc.tables[0].rows.iter().filter(|r| r.kind == parser::RowKind::Data).collect();
        let scores: Vec<Vec<CellScores>> = rows.iter().map(|r| r.cells.iter().map(|c| classify(&c.text)).collect()).collect();
        (0..rows.len()).map(|ri| echo_cells(&rows, ri, &scores[ri])).collect()
    }

    #[test]
    fn a_name_read_again_one_row_lower_and_further_right_is_an_echo() {
        let md = "| 中心来江 (科创)分 中心 | | | 021-59166328 |\n\
                  | 中心陆家嘴(金融) | 中心张江(科创)分 | | 021-58603333 |\n\
                  | 中心临港(新片区) | 中心陆家嘴(金融) | | 021-58603333 |\n\
                  | 中心保税区分中心 | 中心临港 (新片区) | | 021-58603333 |\n";
        // Row 2 is a near copy only: kept.
        assert_eq!(echoes(md), vec![vec![], vec![], vec![1], vec![1]]);
    }

    #[test]
    fn a_place_s_name_alone_repeated_by_an_address_s_head_is_no_echo() {
        // Two windows of one city's bureau, each name's head and the second address's head
        // its city's name alone: the address's, printed again by chance.
        let md = "| | 石家庄市 | 桥西区光明 | 19242914855 |\n\
                  | | 行政审批服务局 | 西路963号 | |\n\
                  | | 石家庄市 | 石家庄市 | 0311-52769120 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![], vec![]]);
    }

    #[test]
    fn a_common_ending_found_inside_a_cell_above_is_no_echo() {
        // A name split by a stray pipe: its rest is no copy of the name ending it shares.
        let md = "| | 玉溪市人力资源和社会保障局 | 玉溪市红塔区南祥路10号 | 0877-2015677 | |\n\
                  | | 红河州人力资源 | 和社会保障局 | 红河州蒙自市州级行政中心 | 0873-3732129 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![]]);
        // Nor is a name's rest the same as the wrapped rest of the name above.
        let md = "| | 文山州人力资源 | 文山市华龙北路1号 | 0876-2136916 | |\n\
                  | | 和社会保障局 | | | |\n\
                  | | 普洱人力资源 | 和社会保障局 | 普洱市月光路1号市人社局2楼 | 0879-2123387 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![], vec![]]);
        // Nor a name's bracketed rest that closes the bracket its first part opened.
        let md = "| | 七台河市科学技术局( | 七台河市新兴区中心街1号 | 0464-8270001 | |\n\
                  | | 外国专家局) | | | |\n\
                  | | 鹤岗市科学技术局( | 外国专家局) | 鹤岗市向阳区红军路1号 | 0468-3450001 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![], vec![]]);
    }

    #[test]
    fn a_name_in_the_same_column_as_a_row_that_lost_a_cell_is_no_echo() {
        // Another window of the bureau above, whose row lost its first cell.
        let md = "| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区狮山镇狮城路3号行政大楼一楼狮山镇行政服务中心12、13、40号窗口 | 0757-86680876 |\n\
                  | 16 | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号A栋九江镇行政服务中心社会民生综合窗口 | 0757-81866107 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![]]);
        // So when this row's phone is on the next row: it prints one cell more, though its
        // text is no wider.
        let md = "| | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区西樵镇樵高路65号 | 0757-86890281 |\n\
                  | | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区丹 | |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![]]);
        // So when this row is a cell wider for a stray separator inside its address, no
        // name-like text before its name: the copy of a name sits right of the row's own.
        let md = "| | 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区狮山镇狮城路3号 | 0757-86680876 |\n\
                  | | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号A栋 | 0757-81866107 |\n\
                  | | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区西樵镇樵高 | 路65号西樵环运大楼西樵镇行政服务中心36号窗口 | 0757-86890281 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![], vec![]]);
    }

    #[test]
    fn a_name_repeated_in_the_same_column_or_a_lone_name_is_not() {
        // The second window of one bureau: same name, same column.
        let md = "| 1 | 宜兴市人力资源和社会保障局 | 宜兴市教育西路1号宜兴市人力资源和社会保障局 | 0510-87986259 |\n\
                  | | 宜兴市人力资源和社会保障局 | 宜兴市人民路2号 | 0510-87986260 |\n";
        assert_eq!(echoes(md), vec![Vec::<usize>::new(), vec![]]);
    }
}
