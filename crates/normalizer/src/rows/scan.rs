//! A table read on its own, before assembly: each data row's cells scored by content and
//! the column layout they imply, in parallel for documents of many tables.

use parser::{Row, RowKind, Table};

use super::{continuation, roles};
use crate::classify::{classify, CellScores, Role};

/// Documents with at least this many tables have their cells read in parallel (a
/// directory's worth; one document of ordinary size runs beside others already).
pub(super) const PARALLEL_SCAN_MIN_TABLES: usize = 256;

/// Tables read ahead of row assembly at a time: enough work per thread, little memory.
pub(super) const SCAN_BATCH_TABLES: usize = 64;

/// A table's data rows with their cells' content scores and the column layout they imply:
/// everything about a table that needs no other table.
pub(super) struct ScannedTable<'a> {
    pub(super) rows: Vec<&'a Row>,
    pub(super) scores: Vec<Vec<CellScores>>,
    pub(super) layout: roles::Layout,
}

/// Reads one table on its own: its data rows, their cells' scores and its layout.
pub(super) fn scan_table(table: &Table) -> ScannedTable<'_> {
    let rows: Vec<&Row> = table.rows.iter().filter(|r| r.kind == RowKind::Data).collect();
    let mut scores: Vec<Vec<CellScores>> = rows.iter().map(|r| r.cells.iter().map(|c| classify(&c.text)).collect()).collect();
    score_wrapped_cells(&rows, &mut scores);
    let layout = roles::layout(&rows, &scores);
    ScannedTable { rows, scores, layout }
}

/// Scores a cell whose text wraps onto the row below (that row holds only the tail, in the
/// same column) by its whole text, when its own part says little: `萍乡市人力资` is nothing
/// clear, `萍乡市人力资` + `源和社会保障局` is a name. The tail row is still read on its own.
fn score_wrapped_cells(rows: &[&Row], scores: &mut [Vec<CellScores>]) {
    for ri in 1..rows.len() {
        score_wrapped_cell(rows[ri - 1], &mut scores[ri - 1], rows[ri]);
    }
}

/// [`score_wrapped_cells`] across page breaks: a cell of a table's last row whose tail
/// opens the next table. Only between tables of one width: a page that prints fewer columns
/// (its empty 序号 and province columns left out) holds a tail in another column index.
pub(super) fn score_wrapped_across_tables(scanned: &mut [ScannedTable<'_>]) {
    for k in 1..scanned.len() {
        let (before, after) = scanned.split_at_mut(k);
        let (upper, lower) = (&mut before[k - 1], &after[0]);
        let same_width = upper.layout.usual_width == lower.layout.usual_width;
        if let (Some(&last), Some(scores), Some(&first)) = (upper.rows.last(), upper.scores.last_mut(), lower.rows.first()) {
            if same_width {
                score_wrapped_cell(last, scores, first);
            } else {
                // (A row of rests is matched cell by cell: only against a row as wide.)
                score_wrapped_row(last, scores, first);
            }
        }
    }
}

/// [`score_wrapped_cells`] for one row and the row below it (which may open the next
/// table: a cell wrapped across a page break).
fn score_wrapped_cell(upper_row: &Row, upper_scores: &mut [CellScores], below: &Row) {
    let mut texts = below.cells.iter().filter(|c| !c.text.trim().is_empty());
    let (Some(tail), None) = (texts.next(), texts.next()) else {
        score_wrapped_row(upper_row, upper_scores, below);
        return;
    };
    // (A row printing the empty 序号 and province columns its page leaves out holds its
    // cells that many columns right of the row below: `| | | 外国人来华工作许可桂 | … |` over
    // `| 园街道工作站 | | |`.)
    let leading = |r: &Row| super::leading_empty(r) as u32;
    let extra = leading(upper_row).saturating_sub(leading(below).min(tail.col));
    let same_col = |c: &parser::Cell| c.col == tail.col;
    let Some(ui) = upper_row.cells.iter().position(same_col).filter(|&ui| !upper_row.cells[ui].text.trim().is_empty()).or_else(|| {
        (extra > 0 && below.cells.len() < upper_row.cells.len())
            .then(|| upper_row.cells.iter().position(|c| c.col == tail.col + extra))
            .flatten()
    }) else {
        return;
    };
    score_by_whole(&upper_row.cells[ui].text, &mut upper_scores[ui], &tail.text);
}

/// [`score_wrapped_cell`] for a row over a row of several rests, one of the two with the
/// phone (a record's cells all wrapped, its last line printed low or past a page break):
/// each cell that says little alone is scored by its text and the one below it, `贵安新区经`
/// + `济发展局` a name, so the row's name is not read as noise beside its address.
fn score_wrapped_row(upper_row: &Row, upper_scores: &mut [CellScores], below: &Row) {
    // (Each cell below looked up once: a number search per cell.)
    let below_phones: Vec<bool> =
        below.cells.iter().map(|c| !c.text.trim().is_empty() && crate::classify::count_phones(&c.text) > 0).collect();
    // (Or the phone on the row above, the rests below: `锡林 | 锡林浩特市…行署 | 0479-…` over
    // `郭勒盟科技局 | 2号楼620室`.)
    let phone_above = upper_scores.iter().any(|s| s.phone_count > 0);
    if phone_above == below_phones.contains(&true) {
        return;
    }
    let Some(upper_cells) = aligned_cells(upper_row, below) else { return };
    let pairs = || upper_cells.iter().copied().zip(below.cells.iter().zip(&below_phones));
    // (A phone over or under another text is a row shifted against the other: `| 自 治 区 |
    // 琼结县 | 山南市琼结县中山 | |` over `| 科技局 | 街987号… | 1564… |`, a cell short.)
    let phone_faces_text = pairs().any(|(ui, (b, &b_phone))| {
        !upper_row.cells[ui].text.trim().is_empty() && !b.text.trim().is_empty() && (upper_scores[ui].phone_count > 0 || b_phone)
    });
    if phone_faces_text {
        return;
    }
    // (Nor a row of rests printed a cell left of the row above: a rest under an empty cell
    // finishing the name in the cell right of it, `| | | 中卫市人力资源 | | 沙坡头区和平路 |
    // 0955-… |` over `| | 和社会保障局 | 962号… | | |`, lines up no cell with its own.)
    let finishes_right = pairs().any(|(ui, (b, _))| {
        let (up, right) = (upper_row.cells[ui].text.trim(), upper_row.cells.get(ui + 1).map_or("", |c| c.text.trim()));
        // (Or goes on a word the name was cut inside: `中国(山东)自由` + `贸易试验区济南片`.)
        let goes_on = || continuation::gives_name_its_ending(right, &b.text) || continuation::name_cut_inside_a_word(right, &b.text);
        up.is_empty() && !right.is_empty() && !b.text.trim().is_empty() && goes_on()
    });
    if finishes_right {
        return;
    }
    for (ui, (tail, &tail_phone)) in pairs() {
        if !tail.text.trim().is_empty() && upper_scores[ui].phone_count == 0 && !tail_phone {
            score_by_whole(&upper_row.cells[ui].text, &mut upper_scores[ui], &tail.text);
        }
    }
}

/// The indices of `upper`'s cells over the cells of `below`, column by column: all of them
/// when the two are as wide, or `upper` wider by a stray empty cell at its end (`| 太平 |
/// 阜新市太平区 | | |`), or with the empty cells `upper` has too many after its first text left out
/// (`| | | 邢台市 | | | 邢台市任 | 0319-… |` over `| | | 政务服务中心 | 泽区文化大道543号 | |`,
/// `| 海勃 | 乌海市海勃湾区 | | 0473-… |` over `| 湾区行政审批局 | 青年路432号 | |`), both
/// opening with the same empty cells. None otherwise: a row's rests are matched cell by cell
/// only against a row that lines up.
fn aligned_cells(upper: &Row, below: &Row) -> Option<Vec<usize>> {
    let (up_len, below_len) = (upper.cells.len(), below.cells.len());
    if up_len == below_len {
        return Some((0..up_len).collect());
    }
    // (Of other widths, both open with the same empty cells: `| | 盘锦市行政审 | 盘锦市大洼 |
    // 0427-… |`, shifted a cell left, is over `| | | 批服务局 | 区文化西路… | |` no more.)
    let first = super::leading_empty(upper);
    if first != super::leading_empty(below) {
        return None;
    }
    if up_len > below_len && super::text_width(upper) <= below_len {
        return Some((0..below_len).collect());
    }
    // (A 序号 opening the row, `| 27 | | 鹤岗市行政审 | … |` over `| 批服务局 | 东路… | | |`:
    // the empty cell after it is the province's, no extra one.)
    if first >= up_len || super::is_seq_number(&upper.cells[first]) {
        return None;
    }
    super::squeezed_row(upper, below_len, first)
}

/// Scores a cell by its text and its wrapped rest below when its own part says little and
/// the whole reads as a name or an address.
fn score_by_whole(upper: &str, own: &mut CellScores, tail: &str) {
    // A province's name opening a wrapped name (`新疆生产建设兵团` + `外国专家局`) says little
    // too: the whole decides.
    // (Not a province's rest, `自 治 区`: no name opens with it; the rest below it is the
    // name's beside it, a cell left: `| 17 | 自 治 区 | 包头市行政审批服 | …` over `| | 务局 | |`.)
    let (own_role, own_best) = own.best();
    if upper.trim().is_empty()
        || own.garbled
        || own.province_fragment
        || (own_best >= 2.0 && own_role != Role::Province)
        || !continuation::looks_like_tail(tail, None)
    {
        return;
    }
    let whole = classify(&format!("{upper}{tail}"));
    let (role, best) = whole.best();
    // A province's name reads on as a name; an address after it (`贵州省` + `学路16号`) is
    // the rest of the address cell beside it, shifted left with the row that lost cells.
    let fits = role == Role::Institution || (role == Role::Address && own_role != Role::Province);
    if fits && best >= 2.0 && !whole.garbled && !opens_with_field_label(tail) {
        *own = whole;
    }
}

/// True for text opening with a field's label (`地址：…`, `单位名称:…`): a field of its own,
/// never the rest of a cell wrapped from the row above.
fn opens_with_field_label(text: &str) -> bool {
    let canon = crate::text::canonical_chars(text);
    let sq = crate::text::squash(&canon);
    crate::text::split_field_label(&sq, true).is_some() || crate::text::split_field_label(&sq, false).is_some()
}
