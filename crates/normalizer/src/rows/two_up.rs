//! Pages printed two records a row, under a header that prints its captions twice
//! (`序号 | 名称 | 地址 | 电话 | 序号 | 名称 | 地址 | 电话`): each half is a table of its own,
//! read left half first (a two-column page's reading order), so a name wrapped onto the
//! row below or a cell lost in one half is read within its half, not against the other.

use std::borrow::Cow;

use parser::{Row, RowKind, Table};

use super::roles::is_header_word;
use super::text_width as width;
use crate::text::squash;

/// `k` when the row's first `k` captions are printed again right after them (`k` ≥ 3: a
/// record needs a name, an address and a phone; `地址 | 电话 | 地址 | 电话` is one record's
/// two windows), at least two of them header words.
pub fn caption_period(row: &Row) -> Option<usize> {
    let n = width(row);
    if n < 6 || n % 2 == 1 {
        return None;
    }
    let k = n / 2;
    // Cheap test first (asked of the first rows of every table): the first caption again.
    let same_first = |a: &str, b: &str| a.chars().filter(|c| !c.is_whitespace()).eq(b.chars().filter(|c| !c.is_whitespace()));
    if !same_first(&row.cells[0].text, &row.cells[k].text) {
        return None;
    }
    let caps: Vec<Cow<'_, str>> = row.cells[..n].iter().map(|c| squash(&c.text)).collect();
    let headers = caps[..k].iter().filter(|c| is_header_word(c)).count();
    (caps[..k] == caps[k..] && headers >= 2).then_some(k)
}

/// The first data row among the first three that is a header (two or more header words).
fn header_of(table: &Table) -> Option<&Row> {
    table.rows.iter().filter(|r| r.kind == RowKind::Data).take(3).find(|r| super::roles::is_header_row(r))
}

/// The table's rows split at column `k`: the left half, then the right half (rows left
/// empty in a half are not kept; separator rows go to both).
fn halves(table: &Table, k: usize) -> [Table; 2] {
    let half = |right: bool| {
        let rows = table
            .rows
            .iter()
            .filter_map(|r| {
                let cells: Vec<parser::Cell> = r
                    .cells
                    .iter()
                    .filter(|c| (c.col as usize >= k) == right)
                    .map(|c| {
                        let mut c = c.clone();
                        if right {
                            c.col -= k as u32;
                            if let Some(m) = &mut c.merge {
                                m.anchor_col = m.anchor_col.saturating_sub(k as u32);
                            }
                        }
                        c
                    })
                    .collect();
                let keep = r.kind != RowKind::Data || cells.iter().any(|c| !c.text.trim().is_empty());
                keep.then_some(Row { line: r.line, kind: r.kind, cells })
            })
            .collect();
        Table { index: 0, kind: table.kind.clone(), line_start: table.line_start, line_end: table.line_end, rows, pos: table.pos }
    };
    [half(false), half(true)]
}

/// The document's tables with every two-up table split into its halves: a table whose
/// header prints its captions twice, and the page-break tables after it that have no
/// header of their own and the same width. `None` when no table is two-up (no copy).
pub fn split_two_up(tables: &[Table]) -> Option<Vec<Table>> {
    // Cheap test first: a two-up header is among a table's first rows.
    let first_rows = |t: &'_ Table| t.rows.iter().filter(|r| r.kind == RowKind::Data).take(3).any(|r| caption_period(r).is_some());
    if !tables.iter().any(first_rows) {
        return None;
    }
    let mut out = Vec::with_capacity(tables.len() + 8);
    let mut period: Option<usize> = None;
    for t in tables {
        match header_of(t) {
            // (A header is a row printing captions, `roles::is_header_row`: a page-break
            // table's first row that only reads like one, `| | 二楼人社局窗口 | … | 心人社局
            // 窗口 |`, is data and does not end the layout.)
            Some(h) => period = caption_period(h),
            None => {
                // A page-break table of the same layout; a page whose right half is empty is
                // no wider than a half.
                let w = t.rows.iter().filter(|r| r.kind == RowKind::Data).map(width).max().unwrap_or(0);
                if period.is_some_and(|k| w > 2 * k) {
                    period = None;
                }
            }
        }
        match period {
            Some(k) => out.extend(halves(t, k)),
            None => out.push(t.clone()),
        }
    }
    for (i, t) in out.iter_mut().enumerate() {
        t.index = i;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &Table) -> Vec<Vec<&str>> {
        t.rows.iter().filter(|r| r.kind == RowKind::Data).map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn a_two_up_page_and_its_page_break_tables_split_into_halves() {
        let md = "| 序号 | 名称 | 地址 | 电话 | 序号 | 名称 | 地址 | 电话 |\n|---|---|---|---|---|---|---|---|\n\
| 1 | a局 | a路1号 | 010-1 | 3 | c局 | c路3号 | 010-3 |\n\
| 2 | b局 | b路2号 | 010-2 | | | | |\n\
\n\
| 4 | d局 | d路4号 | 010-4 | 5 | e局 | e路5号 | 010-5 |\n|---|---|---|---|---|---|---|---|\n\
\n\
| 序号 | 名称 | 地址 | 电话 |\n|---|---|---|---|\n| 6 | f局 | f路6号 | 010-6 |\n";
        let doc = parser::markdown::parse_markdown("t.md", md).unwrap();
        let out = split_two_up(&doc.tables).expect("two-up");
        let all: Vec<Vec<Vec<&str>>> = out.iter().map(texts).collect();
        assert_eq!(
            all,
            [
                vec![vec!["序号", "名称", "地址", "电话"], vec!["1", "a局", "a路1号", "010-1"], vec!["2", "b局", "b路2号", "010-2"]],
                vec![vec!["序号", "名称", "地址", "电话"], vec!["3", "c局", "c路3号", "010-3"]],
                vec![vec!["4", "d局", "d路4号", "010-4"]],
                vec![vec!["5", "e局", "e路5号", "010-5"]],
                // A header of its own, printed once: the layout ended.
                vec![vec!["序号", "名称", "地址", "电话"], vec!["6", "f局", "f路6号", "010-6"]],
            ]
        );
        assert_eq!(out[1].rows[1].cells[0].col, 0, "the right half's columns count from 0");
        assert_eq!(out.iter().map(|t| t.index).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_row_that_only_reads_like_a_header_does_not_end_the_layout() {
        // The next page opens with two windows' rests (`…窗口`, short as captions are): no
        // caption of the layout, no usual header word, so that page is still two-up.
        let md = "| 序号 | 名称 | 地址 | 电话 | 序号 | 名称 | 地址 | 电话 |\n|---|---|---|---|---|---|---|---|\n\
| 1 | a局 | a路1号 | 010-1 | 3 | c局 | c路3号 | 010-3 |\n\
\n\
| | | 二楼人社局窗口 | | | | 心人社局窗口 | |\n|---|---|---|---|---|---|---|---|\n\
| 4 | d局 | d路4号 | 010-4 | 5 | e局 | e路5号 | 010-5 |\n";
        let doc = parser::markdown::parse_markdown("t.md", md).unwrap();
        let out = split_two_up(&doc.tables).expect("two-up");
        let all: Vec<Vec<Vec<&str>>> = out.iter().map(texts).collect();
        assert_eq!(
            all,
            [
                vec![vec!["序号", "名称", "地址", "电话"], vec!["1", "a局", "a路1号", "010-1"]],
                vec![vec!["序号", "名称", "地址", "电话"], vec!["3", "c局", "c路3号", "010-3"]],
                vec![vec!["", "", "二楼人社局窗口", ""], vec!["4", "d局", "d路4号", "010-4"]],
                vec![vec!["", "", "心人社局窗口", ""], vec!["5", "e局", "e路5号", "010-5"]],
            ]
        );
    }

    #[test]
    fn an_ordinary_header_is_no_two_up_page() {
        for md in [
            "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n| 1 | 北京 | a局 | a路1号 | 010-1 |\n",
            // One record's two windows.
            "| 地址 | 电话 | 地址 | 电话 |\n|---|---|---|---|\n| a路1号 | 010-1 | b路2号 | 010-2 |\n",
        ] {
            let doc = parser::markdown::parse_markdown("t.md", md).unwrap();
            assert!(split_two_up(&doc.tables).is_none(), "{md}");
        }
    }
}
