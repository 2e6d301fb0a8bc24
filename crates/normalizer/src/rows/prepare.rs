//! A row made ready for role assignment: merged ranges filled, echo cells and extra-column
//! cells emptied into notes.

use std::borrow::Cow;

use foldhash::{HashMap, HashMapExt};

use parser::{Row, Table};

use super::{echo, roles};
use crate::classify::{classify, CellScores, Role};
use crate::local_numbers::{may_serve, AREA_CODE_ABOVE};
use crate::text::clean_field;

/// A row as role assignment sees it, in assembly and in `inspect` alike.
pub(super) struct PreparedRow<'a> {
    pub(super) row: Cow<'a, Row>,
    pub(super) scores: Cow<'a, [CellScores]>,
    /// Cells filled from the anchor of a merged range.
    pub(super) merged_cols: Vec<usize>,
    /// Cells emptied as echoes of the row above: (index, text).
    pub(super) echoes: Vec<(usize, String)>,
    /// Extra-column cells emptied into notes, as `header: value`.
    pub(super) notes: Vec<String>,
}

/// The text of each merged range's anchor cell in a table, by the anchor's position: found
/// once a table, on its first covered cell (searched for each covered cell, a long merged
/// column cost the table's cells squared).
#[derive(Default)]
pub(super) struct Anchors(Option<HashMap<(u32, u32), String>>);

impl Anchors {
    fn of(&mut self, table: &Table) -> &HashMap<(u32, u32), String> {
        self.0.get_or_insert_with(|| {
            let mut texts = HashMap::new();
            for c in table.rows.iter().flat_map(|r| r.cells.iter()) {
                if let Some(a) = c.merge.filter(|a| a.is_anchor) {
                    // (The first anchor of a position, in reading order, as a search finds.)
                    texts.entry((a.anchor_row, a.anchor_col)).or_insert_with(|| c.text.clone());
                }
            }
            texts
        })
    }
}

/// Whether a 区号 cell's text is an area code: three or four digits opening with 0.
pub(super) fn looks_like_area_code(t: &str) -> bool {
    (3..=4).contains(&t.len()) && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit())
}

/// How many rows up an empty 区号 cell looks for the area code of its merged cell.
const AREA_CODE_REACH_ROWS: usize = 30;

/// The area code printed in the 区号 column of the nearest row above that fills it, when
/// the row's own cell there is empty (or not printed).
fn area_code_above(rows: &[&Row], ri: usize, extra: &[(u32, String)], offset: isize) -> Option<String> {
    let (col, _) = extra.iter().find(|(_, h)| h.contains("区号"))?;
    let cell_at =
        |r: &Row, shift: i64| r.cells.iter().find(|c| i64::from(c.col) + shift == i64::from(*col)).map(|c| c.text.trim().to_string());
    if cell_at(rows[ri], offset as i64).is_some_and(|t| !t.is_empty()) {
        return None;
    }
    // (A merged cell spans a few windows of one place: the search looks a bounded way up,
    // so a long table whose 区号 column is empty stays linear.)
    let from = ri.saturating_sub(AREA_CODE_REACH_ROWS);
    let filled = from + rows[from..ri].iter().rposition(|r| cell_at(r, 0).is_some_and(|t| !t.is_empty()))?;
    let area = cell_at(rows[filled], 0)?;
    // The rows between, empty there too, took it as well unless they name a city it does
    // not serve: there the merged cell had ended.
    let row_text = |r: &Row| r.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" ");
    (looks_like_area_code(&area) && rows[filled + 1..ri].iter().all(|r| may_serve(&area, &row_text(r)))).then_some(area)
}

/// Fills cells covered by a merged range (HTML rowspan, spreadsheet merge) below its anchor
/// with the anchor's text (the range is the document saying the value repeats), then empties echo
/// cells and extra-column cells (into notes, unless their content clearly is a field: a
/// row shifted into that column).
pub(super) fn prepare_row<'a>(
    table: &Table,
    rows: &[&'a Row],
    ri: usize,
    scores: &'a [CellScores],
    extra: &[(u32, String)],
    layout: &roles::Layout,
    anchors: &mut Anchors,
) -> PreparedRow<'a> {
    let phone_area = layout.phone_area.as_deref();
    let mut p = PreparedRow {
        row: Cow::Borrowed(rows[ri]),
        scores: Cow::Borrowed(scores),
        merged_cols: Vec::new(),
        echoes: Vec::new(),
        notes: Vec::new(),
    };
    for ci in 0..rows[ri].cells.len() {
        let cell = &rows[ri].cells[ci];
        let Some(m) = cell.merge else { continue };
        // Only the anchor's column repeats down a range: the other columns of a range
        // spanning columns are one wide cell, not copies (`咨询电话` over two columns).
        if m.is_anchor || !cell.text.trim().is_empty() || cell.col != m.anchor_col {
            continue;
        }
        let anchor_text = anchors.of(table).get(&(m.anchor_row, m.anchor_col)).cloned().unwrap_or_default();
        if anchor_text.is_empty() {
            continue;
        }
        p.scores.to_mut()[ci] = classify(&anchor_text);
        p.row.to_mut().cells[ci].text = anchor_text;
        p.merged_cols.push(ci);
    }
    for ci in echo::echo_cells(rows, ri, &p.scores) {
        let text = std::mem::take(&mut p.row.to_mut().cells[ci].text);
        p.scores.to_mut()[ci] = CellScores::default();
        p.echoes.push((ci, text));
    }
    // A dataset tablemend wrote, read back: what it derives is recomputed (the columns are
    // named once, at the header), its notes column lists notes, and its joint-permit and
    // status columns are read by the finishing of the record.
    let own_output = !layout.derived.is_empty();
    for ci in 0..p.row.cells.len() {
        if layout.is_derived(p.row.cells[ci].col) && !p.row.cells[ci].text.is_empty() {
            p.row.to_mut().cells[ci].text.clear();
            p.scores.to_mut()[ci] = CellScores::default();
        }
    }
    // A row that lost its first cells (printed narrower than the header), or printed empty
    // cells the page leaves out, has its cells under the captions its reading shifts them
    // to: a fax column's number is no phone.
    let offset = if extra.is_empty() { 0 } else { roles::assign_shifted(&p.row, &p.scores, layout).0 };
    for ci in 0..p.row.cells.len() {
        let cell = &p.row.cells[ci];
        let Some((_, header)) = extra.iter().find(|(c, _)| i64::from(*c) == i64::from(cell.col) + offset as i64) else { continue };
        if cell.text.trim().is_empty() {
            continue;
        }
        if own_output && matches!(header.as_str(), "notes" | "joint_permit" | "status") {
            let value = clean_field(&cell.text);
            if header == "notes" {
                p.notes.extend(value.split(';').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string));
            } else {
                p.notes.push(format!("{header}: {value}"));
            }
            p.row.to_mut().cells[ci].text.clear();
            p.scores.to_mut()[ci] = CellScores::default();
            continue;
        }
        let sc = p.scores.get(ci).cloned().unwrap_or_default();
        let (role, best) = sc.best();
        // A status remark (`该窗口已撤销`) scores as an address, but in a remarks column
        // it is a remark: kept as a note, read for the status. Office hours
        // (`周一至周五 9:00-12:00`) look like a phone note but hold no number.
        // A service remark (`两证联办`) ends like a name but is a remark.
        // An area code under a 区号 header (`025`) reads like a 序号 but is the column's.
        let area_code = header.contains("区号") && looks_like_area_code(cell.text.trim());
        // So does an extension under a 分机 header (`801`): a note the phone takes.
        let extension = header.contains("分机") && {
            let t = cell.text.trim();
            (1..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        // So is a place's name alone under a city or district caption (`城市 | 北京市`, a
        // municipality's name read as its province): the column's, not a field shifted.
        let region = roles::is_region_caption(header) && super::continuation::only_places(&crate::text::squash(&cell.text));
        let column_value = area_code || extension || region;
        // The row holds a name in the name column already (`单位名称 | 主管部门`, a name
        // under each): this one is the extra column's data, not a shifted field. (A number
        // under a 传真 caption beside the phone column's is still read, as the fax.)
        let held = role == Role::Institution
            && roles::usual_column(layout, role).is_some_and(|usual| {
                p.row.cells.iter().zip(p.scores.iter()).enumerate().any(|(cj, (c, s))| {
                    cj != ci && i64::from(c.col) + offset as i64 == usual as i64 && !c.text.trim().is_empty() && s.best().0 == role
                })
            });
        let column_data = column_value || held;
        let field_like = role != Role::Noise
            && best >= 2.0
            && !column_data
            && !(role == Role::Phone && sc.phone_count == 0)
            && !crate::classify::is_service_remark(&cell.text);
        if field_like && crate::status::split_status(&clean_field(&cell.text)).remark.is_none() {
            // A number under a 传真 (fax) header is the record's fax: the header is its
            // label when the cell has none of its own.
            if role == Role::Phone && crate::phone::is_fax_label(header) && !cell.text.contains([':', '：']) {
                let labelled = format!("{header}: {}", cell.text);
                p.row.to_mut().cells[ci].text = labelled;
            }
            continue;
        }
        p.notes.push(format!("{header}: {}", clean_field(&cell.text)));
        p.row.to_mut().cells[ci].text.clear();
        p.scores.to_mut()[ci] = CellScores::default();
    }
    // An empty 区号 cell under one that holds an area code is a merged cell, as an empty
    // name cell is: the row's local numbers take the area code printed above it.
    if !p.notes.iter().any(|n| n.starts_with("区号: ")) {
        if let Some(area) = area_code_above(rows, ri, extra, offset) {
            let leads = p
                .row
                .cells
                .iter()
                .zip(p.scores.iter())
                .any(|(c, sc)| sc.best().0 == Role::Phone && crate::lead_local_numbers(&c.text, &area).is_some());
            if leads {
                p.notes.push(format!("{AREA_CODE_ABOVE}{area}"));
            }
        }
    }
    // A phone column captioned with its area code (`电话（区号021）`): the row's local
    // numbers take it, as from a 区号 column.
    if let Some(area) = phone_area {
        let leads = p
            .row
            .cells
            .iter()
            .zip(p.scores.iter())
            .any(|(c, sc)| sc.best().0 == Role::Phone && crate::lead_local_numbers(&c.text, area).is_some());
        if leads && !p.notes.iter().any(|n| n.starts_with("区号: ")) {
            p.notes.push(format!("区号: {area}"));
        }
    }
    p
}
