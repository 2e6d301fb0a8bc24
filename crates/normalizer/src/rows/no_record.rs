//! Rows that hold no record: the header (and its second line), titles above it, the
//! header printed again inside a table, totals and notes. Each is kept in the audit with
//! why, never read as a record's text.

use std::sync::Arc;

use parser::Row;

use super::{lines1, roles, Assembly};
use crate::classify::Role;
use crate::finding::{Finding, FindingCode};

/// Why row `ri` of a table holds no record, `None` when it may hold one. A header row is
/// also noted in the assembly: records after a new header continue none above it.
pub(super) fn row_without_record(
    asm: &mut Assembly,
    header_seen: &mut bool,
    rows: &[&Row],
    ri: usize,
    layout: &roles::Layout,
    src: &Arc<str>,
) -> Option<(FindingCode, &'static str)> {
    let row = rows[ri];
    let header = layout.header_row;
    if Some(ri) == header {
        *header_seen = true;
        let fields: Vec<Option<Role>> =
            row.cells.iter().filter(|c| !c.text.trim().is_empty()).map(|c| roles::header_role(&c.text)).collect();
        // One caption OCR damaged (`咨洵电话`) in a header as wide as the last one
        // is that header repeated.
        let repeated = asm
            .last_header
            .as_ref()
            .is_some_and(|last| last.len() == fields.len() && last.iter().zip(&fields).filter(|(a, b)| a != b).count() <= 1);
        if !repeated {
            asm.fresh_from = asm.drafts.len();
        }
        asm.last_header = Some(fields);
        if !layout.derived.is_empty() {
            let names: Vec<&str> = layout.derived.iter().map(|(_, c)| c.as_str()).collect();
            asm.dropped.push(
                Finding::new(FindingCode::DerivedColumnsRecomputed, src, lines1(row.line))
                    .change(names.join(" | "), "")
                    .msg("a dataset tablemend wrote, read back: the columns it derives are recomputed, their printed values not kept"),
            );
        }
        Some((FindingCode::HeaderRowSkipped, "header row"))
    } else if roles::is_total_row(row) {
        Some((FindingCode::TotalRowDropped, "totals row (合计/总计/小计/共计)"))
    } else if header.is_some_and(|h| ri == h + 1 && roles::continues_header(rows[h], row)) {
        Some((FindingCode::HeaderRowSkipped, "second line of the header row (captions wrapped over two rows, or sub-captions)"))
    } else if row.cells.iter().all(|c| c.text.trim().is_empty() || roles::is_header_word(&c.text)) && roles::is_header_row(row) {
        // The header printed again inside the table (a page's top read into it):
        // captions only.
        Some((FindingCode::HeaderRowSkipped, "header row printed again inside the table"))
    } else if header.is_some_and(|h| ri < h) && !*header_seen {
        Some((FindingCode::TitleRowDropped, "row above the header (title or caption)"))
    } else if header.is_some_and(|h| ri < h && rows[ri..h].iter().all(|r| reads_as_title(r))) {
        // Past the first header, a row above a later header may be a page's record: only
        // a title's words make it one (a second document's, or a second table's, caption).
        Some((FindingCode::TitleRowDropped, "title above a later header (it names the table's columns and holds no number)"))
    } else if roles::is_note_row(row) {
        Some((FindingCode::TitleRowDropped, "note or caption row inside the table (注：…, or one cell spanning every column)"))
    } else {
        None
    }
}

/// True for a row that reads as a table's title rather than a record: no number in it, and
/// its words name two of the table's columns (`…受理点地址及对外咨询电话`), or it ends the
/// way a list's title does (`…一览表`, `…名单`).
fn reads_as_title(row: &Row) -> bool {
    if row.cells.iter().any(|c| parser::has_digit_run(&c.text, 5, &[])) {
        return false;
    }
    let joined: String = row.cells.iter().map(|c| crate::text::squash(&c.text).into_owned()).collect();
    if joined.is_empty() {
        return true;
    }
    let joined = crate::variants::simplified_text(std::borrow::Cow::Owned(joined));
    let names = |words: &[&str]| words.iter().any(|w| joined.contains(w));
    let columns = [names(&["电话", "联系方式"]), names(&["地址", "地点"]), names(&["受理点", "受理机构", "名称"])];
    columns.iter().filter(|&&c| c).count() >= 2 || TITLE_ENDINGS.iter().any(|e| joined.ends_with(e))
}

/// How a list's title ends.
const TITLE_ENDINGS: &[&str] = &["一览表", "名单", "名录", "汇总表", "信息表", "通讯录", "联系表"];
