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
    } else if roles::is_note_row(row) {
        Some((FindingCode::TitleRowDropped, "note or caption row inside the table (注：…, or one cell spanning every column)"))
    } else {
        None
    }
}
