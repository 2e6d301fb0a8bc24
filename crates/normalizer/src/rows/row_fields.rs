//! A row's cells given to a record's fields by the roles they read as, against the
//! table's column layout: the fields of one [`Frag`], the cells no field took, and where
//! the fields sat (a record printed beside the first, or a field a stray separator cut,
//! is read from there).

use parser::{Row, TableKind};
use std::cell::OnceCell;

use super::header_carry::HeaderCarry;
use super::side_by_side::{record_beside, Beside};
use super::{
    continuation, is_remark_only, joins, name_alone_at_break, name_and_address_at_break, roles, take_noise, text_width, Frag, Split,
};
use crate::classify::{classify, ends_like_name, CellScores, Role};
use crate::finding::FindingCode;
use crate::gazetteer::Gazetteer;
use crate::text::{clean_field, squash};
use foldhash::{HashMap, HashMapExt};

/// A table as its rows are read: what each row's cells are read against.
pub(super) struct TableView<'a> {
    pub(super) rows: &'a [&'a Row],
    pub(super) scores: &'a [Vec<CellScores>],
    pub(super) layout: &'a roles::Layout,
    pub(super) kind: &'a TableKind,
    /// The last header of the tables before, for a page that shows too little itself.
    pub(super) carried: Option<&'a HeaderCarry>,
    /// The width most rows of the table have.
    pub(super) usual_width: usize,
    /// The most cells a row of the table has (found once a table: asked row by row, a
    /// table's rows squared).
    pub(super) widest_row: usize,
    /// The next table's first data row (not a header): the rest of a record a page break
    /// cut, for a head on this table's last row.
    pub(super) next_table_first: Option<&'a Row>,
    /// The last table's last data row: what a head on this table's first row may finish.
    pub(super) prev_table_last: Option<&'a Row>,
    /// This table's first data row past a header its page printed again: the row under the
    /// last table's last, a page break between.
    pub(super) first_record: Option<&'a Row>,
    /// Per row, its reading by the table's columns ([`roles::assign_shifted`]), made on the
    /// first question: a row's neighbours ask for it too.
    pub(super) readings: &'a [OnceCell<Reading>],
}

/// A row's reading by its table's columns: the columns further right it is read, each
/// cell's role.
pub(super) type Reading = (isize, Vec<Option<Role>>);

impl<'a> TableView<'a> {
    /// Row `i` of the table, the next table's first past its last: a record a page break
    /// cut goes on there.
    fn row_at(&self, i: usize) -> Option<&'a Row> {
        if i == self.rows.len() {
            self.next_table_first
        } else {
            self.rows.get(i).copied()
        }
    }

    /// Row `i`'s reading as it stands in the table (not as prepared for its own fields).
    fn reading(&self, i: usize) -> &'a Reading {
        self.readings[i].get_or_init(|| roles::assign_shifted(self.rows[i], &self.scores[i], self.layout))
    }

    /// True for the table's first row, or its first record past the header or noise line its
    /// page printed: the row under the last table's last, a page break between.
    fn opens_page(&self, i: usize) -> bool {
        i == 0 || self.first_record.is_some_and(|f| std::ptr::eq(f, self.rows[i]))
    }
}

/// Columns of a row's fields, where it has them.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct FieldCols {
    pub(super) inst: Option<usize>,
    pub(super) addr: Option<usize>,
    pub(super) phone: Option<usize>,
}

/// A row's cells read as fields.
pub(super) struct RowFields {
    pub(super) f: Frag,
    /// Phone cells beyond the first (a second phone column: 电话 | 传真, or a header
    /// spanning two columns): more phones of the record, not noise. `(text, from a
    /// number cell, column)`.
    pub(super) spare_phones: Vec<(String, bool, usize)>,
    /// Cells no field took: a second record printed beside the first reads name, address,
    /// phone after the record's phone.
    pub(super) unplaced: Vec<usize>,
    pub(super) cols: FieldCols,
}

/// One row of a table, as prepared for reading (merged cells filled).
#[derive(Clone, Copy)]
pub(super) struct RowCells<'a> {
    /// The row's index among the table's rows.
    pub(super) ri: usize,
    pub(super) row: &'a Row,
    pub(super) scores: &'a [CellScores],
    /// Cells filled from the anchor of a merged range.
    pub(super) merged_cols: &'a [usize],
}

/// Reads a row into a record's fields, `notes` its extra columns' values; with the record
/// printed beside it in the same row, if any.
pub(super) fn read_fields(
    t: &TableView<'_>,
    cells: RowCells<'_>,
    notes: Vec<String>,
    width_roles: &mut WidthRoles,
) -> (Frag, Option<Beside>) {
    let RowCells { row, scores: row_scores, .. } = cells;
    let mut r = cells_to_fields(t, cells, notes, width_roles);
    let beside = take_unplaced(&mut r, row, row_scores, t.layout);
    if wider_than_table(t, row) {
        super::stray_cells::join_stray_cells(&mut r, row, row_scores, t);
    }
    add_spare_phones(&mut r.f, r.spare_phones, r.cols.phone);
    (r.f, beside)
}

/// Gives each cell of a row to the field its role says, with the repairs a row's own cells
/// show (a province cut from the name, a name's remark, the column a lone text sits in).
fn cells_to_fields(t: &TableView<'_>, cells: RowCells<'_>, notes: Vec<String>, width_roles: &mut WidthRoles) -> RowFields {
    let RowCells { ri, row, scores: row_scores, merged_cols } = cells;
    let (shift, mut assigned) = roles::assign_shifted(row, row_scores, t.layout);
    roles::lone_tail_by_column(row, &mut assigned, t.layout, *t.kind == TableKind::Text);
    name_read_as_other(row, row_scores, &mut assigned, t.layout);
    middle_of_open_name(t, ri, row_scores, &mut assigned);
    rest_read_squeezed(t, ri, row, row_scores, &mut assigned);
    whole_name_left_unread(row, row_scores, &mut assigned);
    address_after_the_phone(row, row_scores, &mut assigned);
    name_or_address_by_its_text(t, ri, row_scores, &mut assigned);
    // Lines of cells printed below the row's own line (a form's fields, the
    // wrapped rest of a value).
    let mut cell_lines: Vec<u32> = row
        .cells
        .iter()
        .filter(|c| !c.text.is_empty())
        .flat_map(|c| c.line..=c.wrapped_to.unwrap_or(c.line))
        .filter(|&l| l != row.line)
        .collect();
    cell_lines.sort_unstable();
    cell_lines.dedup();
    let mut f = Frag { line: row.line, notes, cell_lines, whole_table_row: t.rows.len() == 1, ..Default::default() };
    let narrow_rest = narrow_rest_shifted_left(t, ri, row, row_scores, &mut assigned);
    let shifted_head = head_shifted_left(t, ri, row, row_scores, &mut assigned);
    let own_shift = own_columns_shift(t.layout, row, shift);
    f.heads_next = shifted_head || heads_next_row(t, ri, own_shift);
    let own_layout = roles::shifted_layout(t.layout, own_shift);
    if f.heads_next && !shifted_head {
        heads_read_by_column(row, &mut assigned, own_layout.as_ref());
        heads_past_leads(t, ri, row, &mut assigned);
        place_over_name_below(t, ri, row, &mut assigned);
    }
    province_over_name_below(t, ri, row, &mut assigned);
    // Phone cells beyond the first (a second phone column: 电话 | 传真, or a header
    // spanning two columns) are more phones of the record, not noise.
    let mut spare_phones: Vec<(String, bool, usize)> = Vec::new();
    // Cells no field took, and where the record's phone sat: a second record
    // printed beside the first reads name, address, phone after it.
    let mut unplaced: Vec<usize> = Vec::new();
    let mut phone_col: Option<usize> = None;
    let mut addr_col: Option<usize> = None;
    let mut inst_col: Option<usize> = None;
    let mut prov_col: Option<usize> = None;
    // A name cell whose opening words were taken for the province, as printed, and
    // that province: a province cell further right naming another says the row's
    // province, and the name is whole (`河 北 朝阳区…` | `内蒙古`).
    let mut name_before_split: Option<(String, Option<usize>)> = None;
    // A bracketed remark alone under the name column (`(A、B类)`, too short to
    // read as anything): the name's rest, wrapped onto this row, when the row has
    // no name of its own.
    let mut name_remark: Option<usize> = None;
    let mut text_cols: Vec<usize> = Vec::new();
    // (A province or a province and its places, `上海`, `四川省遂宁市`, in the name
    // column of a row that heads the next, with text of the record's beside it:
    // the name's head above its rest, `科学技术局`, not a section.)
    // (Or read as the record's further right, a row wider by empty cells after its name:
    // `| 22 | | 上海 | | | | 长宁区兴业中 | 021-… |`.)
    let read_beside: Vec<usize> = (0..row.cells.len()).filter(|&c| matches!(assigned[c], Some(Role::Address | Role::Phone))).collect();
    let has_other_field = |ci: usize| {
        read_beside.iter().any(|&c| c != ci)
            || [Role::Address, Role::Phone].into_iter().any(|r| {
                roles::usual_column(t.layout, r).is_some_and(|c| c != ci && row.cells.get(c).is_some_and(|x| !x.text.trim().is_empty()))
            })
    };
    // (Or beside an address's head too short to stand, `四川省 | 市中` over
    // `广元市科学技术局 | 区柏杨东路…`: both heads of the row below, whatever the
    // name below opens with.)
    let short_address_beside = |ci: usize| {
        roles::usual_address_column(t.layout)
            .filter(|&ac| ac != ci)
            .and_then(|ac| row.cells.get(ac))
            .is_some_and(|c| continuation::too_short_for_a_name(&c.text))
    };
    // (The next row's cell under a column: in a row of another width, the cell the columns
    // it is read in put there, `| 40 | | 吉林 | 吉林市蛟 | 0432-… |` over `| 市外国专家局 |
    // 河市滨河街19号 | |`, read two columns right.)
    let below_cell = |ci: usize| {
        if let Some(edge) = next_page_from_left_edge(t, ri) {
            return t.next_table_first.and_then(|r| r.cells.get(edge.at(ci)?));
        }
        // (Below the table's last row, the next page's first as wide: `| 17 | | 重庆 | 南岸区滨河东路53 |
        // 023-… |` / page / `| | | 市政务服务中心 | 号综合办公楼682室 | |`.)
        // (Or narrower, this row wider by empty cells after its name, read squeezed to it: `| 38 | |
        // 重庆 | | | 南岸区朝 | 023-… |` / page / `| | | 市行政审批服务局 | 阳北路103号… | |`.)
        if ri + 1 == t.rows.len() {
            let squeezed_to = |r: &&Row| {
                let nc = roles::usual_column(t.layout, Role::Institution).filter(|&nc| ci <= nc);
                r.cells.len() < row.cells.len() && nc.is_some_and(|nc| super::squeezed_row(row, r.cells.len(), nc).is_some())
            };
            // (Or wider by empty cells at its end: `| 9 | | 重庆 | 忠县振兴街996号科 | |` / page / `| | |
            // 市政务服务中心 | 技大厦9楼532室 | 023-… | | |`.)
            let padded = |r: &&Row| r.cells.len() > row.cells.len() && super::all_empty(&r.cells[row.cells.len()..]);
            // (Or wider by the empty cells it opens with, this row opening with text at the left
            // edge, no 序号: `| 重庆市 | 长寿区人民路63号…1 | |` / page / `| | | 人力资源和社会保障局 | 54室 |
            // 023-… |`.)
            // (Its end padded with empty cells too: `| 重庆 | 巫山县…449号行政 | (023)… |` / page / `| | |
            // 市政务服务中心 | 服务中心1楼 | | | | |`.)
            let past_leads = |r: &Row| {
                let k = super::leading_empty(r);
                let opens_with_text = super::leading_empty(row) == 0 && !row.cells.first().is_some_and(super::is_seq_number);
                let fits = k > 0 && k + row.cells.len() <= r.cells.len() && super::all_empty(&r.cells[k + row.cells.len()..]);
                let wider = r.cells.len().checked_sub(row.cells.len()).filter(|&w| w > 0 && k >= w);
                if !opens_with_text {
                    None
                } else if fits {
                    Some(k)
                } else {
                    wider
                }
            };
            let next = t.next_table_first;
            if let Some((r, k)) = next.filter(|r| !padded(r)).and_then(|r| Some((r, past_leads(r)?))) {
                return r.cells.get(ci + k);
            }
            return next.filter(|r| r.cells.len() == row.cells.len() || squeezed_to(r) || padded(r)).and_then(|r| r.cells.get(ci));
        }
        let below = t.rows.get(ri + 1)?;
        let at = if below.cells.len() == row.cells.len() { ci as isize } else { ci as isize + shift - t.reading(ri + 1).0 };
        usize::try_from(at).ok().and_then(|at| below.cells.get(at))
    };
    // (The name the next row reads under column `ci`, its cell `below_cell` gives; or, the
    // table's last, the text the next page's first row opens with at its left edge.)
    let name_under = |ci: usize| -> Option<&str> {
        if ri + 1 == t.rows.len() {
            let next = t.next_table_first.filter(|n| super::leading_empty(n) == 0)?;
            return Some(cell_text(next, 0));
        }
        let (below, cell) = (t.rows.get(ri + 1)?, below_cell(ci)?);
        let at = below.cells.iter().position(|c| std::ptr::eq(c, cell))?;
        (t.reading(ri + 1).1.get(at) == Some(&Some(Role::Institution))).then_some(cell.text.as_str())
    };
    for (ci, cell) in row.cells.iter().enumerate() {
        let Some(role) = assigned[ci] else { continue };
        let s = &row_scores[ci];
        if matches!(role, Role::Institution | Role::Address) {
            text_cols.push(ci);
        }
        if role == Role::Noise && !s.garbled && !cell.text.trim().is_empty() {
            unplaced.push(ci);
        }
        if role == Role::Phone {
            phone_col = Some(ci);
        }
        // (A local number without its area code, `85255002`, under a column of
        // phones, a second one: `电话 | 办公电话`, the 区号 column leading it.)
        let phone_column = || t.layout.prior.get(cell.col as usize).is_some_and(|p| p[Role::Phone as usize] >= 0.5);
        if role == Role::Noise
            && !s.garbled
            && s.best().0 == Role::Phone
            && (s.get(Role::Phone) >= 5.0 || (s.get(Role::Phone) >= 2.0 && phone_column()))
        {
            spare_phones.push((cell.text.clone(), cell.from_number, ci));
            continue;
        }
        if merged_cols.contains(&ci) && role == Role::Institution {
            f.inst_from_merge = true;
        }
        // A cell under a `受理机构及地址` caption with one printed line break
        // (`萍乡市人力资源和社会保障局<br>萍乡市人民政府办证大厅`): the name,
        // then its address, whatever each reads like.
        let name_address_col = t.layout.name_address_cols.contains(&ci) && role != Role::Phone;
        if let (true, None, None) = (name_address_col, &f.inst, &f.addr) {
            if let Some((name, addr)) = name_and_address_at_break(&cell.text) {
                f.split = Some(Split::cell(cell.text.clone()));
                f.inst = Some(name);
                f.addr = Some(addr);
                continue;
            }
            // (Nothing after the break: the name printed without its address,
            // a name by its print, whatever the column's field.)
            if let Some(name) = name_alone_at_break(&cell.text) {
                f.inst = Some(name);
                text_cols.retain(|&c| c != ci);
                continue;
            }
        }
        if s.garbled {
            f.garbled.push(cell.text.clone());
            continue;
        }
        // `同上` in a field's column: that field of the record above.
        if crate::text::is_ditto(&cell.text) {
            // (Or, where the table's columns do not say, the field the row's reading gives the
            // cell: a page whose narrow rows set its columns elsewhere.)
            let col_role = [Role::Institution, Role::Address, Role::Phone]
                .into_iter()
                .find(|&r| roles::usual_column(t.layout, r) == Some(ci))
                .or(Some(role).filter(|r| matches!(r, Role::Institution | Role::Address | Role::Phone)));
            if let Some(r) = col_role {
                f.ditto.push(r);
                continue;
            }
        }
        let text = cell.text.clone();
        // A province cut short in the name column, its rest opening the name
        // below: the name's head, printed above the rest of its tall row.
        let role = match (role, below_cell(ci)) {
            // (Where the table's columns do not say, as rows as wide read their names: a page
            // mixing narrow rows with wide ones opening its sections.)
            (Role::Province, Some(below))
                if roles::usual_column(own_layout.as_ref(), Role::Institution).or_else(|| name_col_of_width(t, ri)) == Some(ci)
                    && (continuation::province_cut_heads_name(&text, &below.text)
                        || (f.heads_next && has_other_field(ci) && continuation::places_head_name(&text, &below.text))
                        || (f.heads_next && short_address_beside(ci) && continuation::only_places(&squash(&text)))) =>
            {
                Role::Institution
            }
            // (Or a province or its fragment that, with the name the row below reads under it,
            // spells a place cut in two, the row naming no name of its own: `龙江` over `县行政审批局`,
            // 龙江县 of 黑龙江's section; `吉林` / page / `市科学技术局`, 吉林市.)
            (Role::Province, _)
                if !assigned.contains(&Some(Role::Institution))
                    && name_under(ci)
                        .is_some_and(|n| ends_like_name(&squash(n)) && continuation::place_cut_in_two(&squash(&text), &squash(n))) =>
            {
                Role::Institution
            }
            // (A province's name's rest alone, `自 治 区` under `新疆维吾尔`, read as a name by its
            // column: the province's, no agency is named so.)
            (Role::Institution, _) if s.province_fragment && ends_a_province_name(&text) => Role::Province,
            // (Likewise a province alone in the address column, the address's
            // rest below it: `湖南` over `省吉首市人民南路58号`; not when the row
            // holds its own address further right, the province in its own
            // column of a row wider than the rows around.)
            (Role::Province, Some(below))
                if roles::usual_address_column(t.layout) == Some(ci)
                    && !assigned.iter().skip(ci + 1).any(|r| *r == Some(Role::Address))
                    && continuation::province_heads_address(&text, &below.text) =>
            {
                Role::Address
            }
            _ => role,
        };
        // (A second name-like text under the address column, the row holding a
        // name and no address, is the address: `四川省遂宁市` read as the name's
        // head, `河东新区莲花会展中心3` beside it.)
        let role = match role {
            Role::Institution if f.inst.is_some() && f.addr.is_none() && roles::usual_column(t.layout, Role::Address) == Some(ci) => {
                Role::Address
            }
            _ => role,
        };
        // (A name with a remark on its window printed after it under the name column,
        // `杭州市外国专家局 市本级窗口自2019.4.1起撤销`, reads as an address by its date: it
        // is the name, the remark taken out of it later.)
        let role = match role {
            Role::Address
                if f.inst.is_none() && roles::usual_column(t.layout, Role::Institution) == Some(ci) && name_before_remark(&text) =>
            {
                Role::Institution
            }
            _ => role,
        };
        match role {
            Role::Seq => f.seq = Some(text),
            Role::Province => {
                prov_col = Some(ci);
                if let Some((whole, split)) = name_before_split.take() {
                    if Gazetteer::get().province_by_name(&squash(&text)) != split {
                        f.inst = Some(whole);
                    }
                }
                // (`6 青 海`: the 序号 read into the province's cell, a number the row does
                // not print otherwise.)
                match province_after_seq(&text, f.seq.is_none()) {
                    Some((seq, province)) => {
                        f.seq = Some(seq.to_string());
                        f.province = Some((province.to_string(), s.clone()));
                    }
                    None => f.province = Some((text, s.clone())),
                }
            }
            // `北京 北京市科学技术委员会`: OCR merged the province column into the name's
            // (and the 序号 column too: `2 天津 天津市科学技术局`).
            // (Only for the row's first name cell: a second goes to the arm below,
            // kept as left-out text, never written over the first.)
            // (`39 中国(山东)…`: the 序号 alone run into the name.)
            Role::Institution if f.province.is_some() && f.inst.is_none() => match seq_run_into_name(&text, f.seq.is_none()) {
                Some((seq, name)) => take_seq_from_name(&mut f, seq, name, &text),
                None => f.inst = Some(text),
            },
            Role::Institution if f.province.is_none() && f.inst.is_none() => match leading_seq(&text, f.seq.is_none())
                .and_then(|(seq, after)| continuation::split_leading_province(after).map(|split| (Some(seq), split)))
                .or_else(|| continuation::split_leading_province(&text).map(|split| (None, split)))
            {
                Some((seq, (prov, name))) => {
                    if let Some(seq) = seq {
                        f.seq = Some(seq.to_string());
                    }
                    let scores = classify(&prov);
                    name_before_split = Some((text, Gazetteer::get().province_by_name(&squash(&prov))));
                    f.province = Some((prov, scores));
                    f.inst = Some(name);
                }
                // (`39 中国(山东)自由贸易试验区…管理委员会`: the 序号 alone run into the name.)
                None => match seq_run_into_name(&text, f.seq.is_none()) {
                    Some((seq, name)) => take_seq_from_name(&mut f, seq, name, &text),
                    None => f.inst = Some(text),
                },
            },
            // A second cell of a field the row holds already is kept as left-out
            // text, not written over the first.
            Role::Institution | Role::Address => {
                let slot = if role == Role::Institution { &mut f.inst } else { &mut f.addr };
                match slot {
                    Some(_) => f.noise.push(text),
                    None => *slot = Some(text),
                }
            }
            Role::Phone => f.phone = Some((text, cell.from_number)),
            // A status remark in a field's column (`暂停受理` under 电话) is the
            // record's remark: a note, read for its status.
            Role::Noise if crate::status::split_status(&clean_field(&text)).remark.is_some() => f.notes.push(text),
            // So are office hours in a cell of their own with no column for them (a row a
            // cell wider than the table): a note, as under an hours caption.
            Role::Noise if crate::phone::is_office_hours(&text) => f.notes.push(clean_field(&text)),
            Role::Noise => {
                if roles::usual_column(t.layout, Role::Institution) == Some(ci) && is_remark_only(&squash(&text)) {
                    name_remark = Some(f.noise.len());
                }
                // (By the table's column, in the row's own columns when it prints them a few
                // further right, `| | 双鸭 | 宝清县…市民 | 0469-… |`; the address's the one
                // after the name's on a page too short to say, `| 社会保障局 | 窗口 | |`; or,
                // where the table's rows disagree on it, as the rows of this row's width read:
                // `心` under `吴忠市政务服务中`, the rows of the page a province and a 序号
                // narrower.)
                let by_column = [Role::Institution, Role::Address].into_iter().find(|&r| {
                    let col = match r {
                        Role::Address => roles::usual_address_column(own_layout.as_ref()),
                        _ => roles::usual_column(own_layout.as_ref(), r),
                    };
                    col == Some(ci)
                });
                // (Or as the row above read the column the cell lines up with: `窗口` in
                // `| 务局 | 窗口 | | | |` under `| 茂名市行政审批服 | …5号 | 0668-… |`.)
                // (Or, a row of two short rests, the other under the address column, the name's
                // printed in a column left of its own: `| 心 | | | 口 | |` under `| 30 | | 怀化市政务服务中
                // | …7号窗 | 0745-… |`, [`tails::join_two_rests`] deciding; or side by side, the name's
                // under its column, the address's beside it where the table prints an empty column:
                // `| | | 心 | 口 | |` under `| | | 拉萨市政务服务中 | | …6号窗 | 1592… |`.)
                let two_short_rests = || {
                    let nc = roles::usual_column(own_layout.as_ref(), Role::Institution)?;
                    let ac = roles::usual_address_column(own_layout.as_ref())?;
                    let texts: Vec<usize> = (0..row.cells.len()).filter(|&c| !cell_text(row, c).is_empty()).collect();
                    let short = |c: usize| {
                        let t = cell_text(row, c);
                        crate::text::cjk_count(t) <= 2 && !t.bytes().any(|b| b.is_ascii_digit())
                    };
                    let gap_above = || ri.checked_sub(1).is_some_and(|i| cell_text(t.rows[i], ci).is_empty());
                    match texts[..] {
                        [n, a] if n == ci && a == ac && ci < nc && short(n) && short(a) => Some(Role::Institution),
                        [n, a] if n == nc && a == ci && ci == nc + 1 && ac > ci && short(n) && short(a) && gap_above() => {
                            Some(Role::Address)
                        }
                        _ => None,
                    }
                };
                // (Or, a row wider than the table's by empty cells after its name, the column the
                // cell goes to once [`squeeze`]d: `口` in `| | | 心 | | | 口 | |` under `| | | 九江市政务服务中 |
                // …7号窗 | | | 咨询电话:… |`.)
                let by_squeeze = || {
                    let nc = roles::usual_column(t.layout, Role::Institution)?;
                    let kept = super::squeezed_row(row, t.layout.usual_width, nc)?;
                    let j = kept.iter().position(|&k| k == ci)?;
                    [Role::Institution, Role::Address].into_iter().find(|&r| roles::usual_column(t.layout, r) == Some(j))
                };
                let by_place = by_column
                    .or_else(|| column_role_at_width(t.rows, t.scores, ri, ci, width_roles))
                    .or_else(|| field_above(t, ri, row, ci))
                    .or_else(two_short_rests)
                    .or_else(|| (row.cells.len() > t.layout.usual_width).then(by_squeeze).flatten());
                // (Right of the name the row reads, with no address read, it is the address's:
                // `口` in `| 贸易试验区焦作片 | 口 | | 0391-… |` under `| 24 | | 中国(河南)自由 | …2号窗 | |`.)
                let name_left = (0..ci).any(|c| assigned[c] == Some(Role::Institution));
                let no_address = !assigned.contains(&Some(Role::Address));
                let by_place = match by_place {
                    Some(Role::Institution) if name_left && no_address => Some(Role::Address),
                    r => r,
                };
                if let Some(r) = by_place {
                    f.field_noise.push((r, text.clone()));
                }
                f.noise.push(text)
            }
        }
        match role {
            Role::Institution => inst_col = Some(ci),
            Role::Address => addr_col = Some(ci),
            _ => {}
        }
        if role != Role::Noise {
            if let Some(usual) = roles::usual_column(t.layout, role) {
                if usual != ci && t.layout.prior.get(ci).map(|p| p[role as usize]).unwrap_or(0.0) < 0.3 {
                    f.shifted.push(format!("{} in column {} (usually {})", role.as_str(), ci + 1, usual + 1));
                }
            } else if let Some(Some(captioned)) = t.layout.caption_roles.get(cell.col as usize) {
                // The table's rows do not say where the field sits (its name and
                // address columns swapped against the header on most rows): the
                // caption the text was read against is shown.
                if *captioned != role && matches!(role, Role::Institution | Role::Address) {
                    f.shifted.push(format!("{} in column {}, captioned as the {}", role.as_str(), ci + 1, captioned.as_str()));
                }
            }
        }
    }
    name_cut_at_province(&mut f, prov_col, inst_col);
    f.name_phone_column = phone_col.is_some_and(|c| t.layout.name_phone_cols.contains(&c));
    f.phone_heads_address = phone_col.is_some() && text_cols.is_empty() && unplaced.is_empty() && address_alone_below(t, ri);
    f.spanning_place = spanning_place(t, row);
    if let (None, Some(k)) = (&f.inst, name_remark) {
        f.inst = Some(f.noise.remove(k));
    }
    // (A row's one text read as noise has its column's field too: the rest of an
    // address cut inside a word, `厦2501#`, is noise by its content.)
    let lone_noise = text_cols.is_empty() && unplaced.len() == 1 && phone_col.is_none();
    if let [ci] = if lone_noise { &unplaced[..] } else { &text_cols[..] } {
        // (A column captioned as a name and its address, `受理机构/地址`, says neither: a
        // record printing its name on one row and its address on the next is read by what
        // each text is.)
        f.name_address_column = t.layout.name_address_cols.contains(ci);
        // (A rest a cell short read by the name above it keeps that reading.)
        if !f.name_address_column && !narrow_rest {
            f.column_role = lone_text_column_role(t, ri, row, row_scores, *ci, width_roles);
        }
        // (Noise alone left of the name's column, where only a 序号 or a province goes, is
        // neither: a rest printed from the row's first cell, `| 心 | | | |` under `| 28 | |
        // 信阳市政务服务中 | … |`, the name's when it gives the name above its ending.)
        let left_of_names = roles::usual_column(t.layout, Role::Institution).is_some_and(|nc| (row.cells[*ci].col as usize) < nc);
        if lone_noise && f.column_role.is_none() && left_of_names {
            f.column_role = Some(Role::Institution);
        }
    }
    RowFields { f, spare_phones, unplaced, cols: FieldCols { inst: inst_col, addr: addr_col, phone: phone_col } }
}

/// Reads a text under a `受理机构/地址` column as the field it reads like: such a column
/// prints names and addresses alike (a record's name on one row, its address on the next),
/// so its share of either says nothing of one cell (`通州区人力资源和社会保障局` on a row
/// of its own, in a column of labelled addresses). A text beside the row's phone that
/// locates nothing by a street or a number, above a row of an address alone, is the name
/// that address is printed under (`武汉市自贸区`, no name's ending).
fn name_or_address_by_its_text(t: &TableView<'_>, ri: usize, scores: &[CellScores], assigned: &mut [Option<Role>]) {
    let has_phone = assigned.contains(&Some(Role::Phone));
    for &ci in &t.layout.name_address_cols {
        let (Some(slot @ Some(Role::Institution | Role::Address)), Some(s)) = (assigned.get_mut(ci), scores.get(ci)) else { continue };
        let (inst, addr) = (s.get(Role::Institution), s.get(Role::Address));
        let text = &t.rows[ri].cells[ci].text;
        if has_phone && addr < 1.0 && !continuation::only_places(&squash(text)) && address_alone_below(t, ri) {
            *slot = Some(Role::Institution);
        } else if inst != addr {
            *slot = Some(if inst > addr { Role::Institution } else { Role::Address });
        }
    }
}

/// The place's name a row spanning the table holds (one cell in a table of three columns or
/// more, or one text repeated in three cells or more, a merged cell as some converters print
/// it), below the province's level (`绵阳市`; a province there starts a section).
fn spanning_place(t: &TableView<'_>, row: &Row) -> Option<String> {
    let mut texts = row.cells.iter().map(|c| c.text.trim()).filter(|x| !x.is_empty());
    let first = texts.next()?;
    let repeated = texts.clone().count() >= 2 && texts.all(|x| x == first);
    let one_cell = row.cells.len() == 1 && t.usual_width >= 3;
    if !(one_cell || repeated) {
        return None;
    }
    let sq = squash(first);
    (continuation::only_places(&sq) && Gazetteer::get().province_by_name(&sq).is_none()).then(|| first.to_string())
}

/// True when the row below prints one text only, under a `受理机构/地址` column, that reads
/// as an address more than as a name: the address of a record printing its name (or, its
/// name lost, its numbers) on the row above.
fn address_alone_below(t: &TableView<'_>, ri: usize) -> bool {
    let (Some(below), Some(scores)) = (t.rows.get(ri + 1), t.scores.get(ri + 1)) else { return false };
    let mut texts = below.cells.iter().enumerate().filter(|(_, c)| !c.text.trim().is_empty());
    let (Some((ci, _)), None) = (texts.next(), texts.next()) else { return false };
    let s = &scores[ci];
    t.layout.name_address_cols.contains(&ci) && s.get(Role::Address) > s.get(Role::Institution)
}

/// Joins back a name a stray separator cut at the province it opens with: the province
/// printed twice, the second time right before a name's rest that opens with no place
/// (`新疆生产建设兵团 | 新疆生产建设兵团 | 外国专家局`), or a province cell running on past
/// the province into a place the name's cell finishes (`四川省乐山 | 市科学技术局`; the
/// province is what the cell opens with), the province and the name in the columns given.
fn name_cut_at_province(f: &mut Frag, prov_col: Option<usize>, inst_col: Option<usize>) {
    if let (Some((prov, _)), Some(pc), Some(ic), Some(name)) = (&f.province, prov_col, inst_col, &f.inst) {
        let copy = f.noise.iter().position(|t| squash(t) == squash(prov));
        let tail = crate::classify::has_institution_suffix(&squash(name)) && continuation::looks_like_tail(name, None);
        if let (true, true, Some(k)) = (pc + 1 == ic, tail, copy) {
            f.inst = Some(format!("{}{name}", prov.trim()));
            f.noise.remove(k);
            f.shifted.push(joins::split_by_stray_separator("institution", pc, ic));
        }
    }
    if let (Some((prov, _)), Some(pc), Some(ic), Some(name)) = (&f.province, prov_col, inst_col, &f.inst) {
        if let (true, Some(own)) = (pc + 1 == ic, province_cut_before_place(prov, name)) {
            f.inst = Some(format!("{}{name}", squash(prov)));
            if let Some(p) = f.province.as_mut() {
                p.0 = own;
            }
            f.shifted.push(joins::split_by_stray_separator("institution", pc, ic));
        }
    }
}

/// The field a row's one text reads as by where it sits (its content says too little: the
/// rest of an address cut inside a word, `厦2501#`): its column's field, by the table's
/// layout, by the rows of its width, by the header's table, or right-aligned against the
/// table's widest row.
fn lone_text_column_role(
    t: &TableView<'_>,
    ri: usize,
    row: &Row,
    row_scores: &[CellScores],
    ci: usize,
    width_roles: &mut WidthRoles,
) -> Option<Role> {
    let own = row_scores[ci].clear_field();
    // (The agency's other name in brackets, `(外国专家局)`, printed left of the name's column,
    // where no address goes, or naming the foreign experts' bureau, the body every point's
    // agency doubles as, wherever it sits (an address's remark names a building or a
    // window): the name's.)
    let text = squash(&row.cells[ci].text);
    let alias_here = roles::usual_column(t.layout, Role::Institution).is_some_and(|nc| ci < nc) || text.contains("外国专家局");
    if alias_here && is_remark_only(&text) && ends_like_name(&text) {
        return Some(Role::Institution);
    }
    [Role::Institution, Role::Address]
        .into_iter()
        .find(|&r| roles::usual_column_beside(t.layout, r, ci, own) == Some(ci))
        .or_else(|| column_role_at_width(t.rows, t.scores, ri, ci, width_roles))
        .or_else(|| {
            // Or, where the page says nothing of it, as the header's table
            // of as many cells did.
            let h = t.carried.filter(|h| h.width == row.cells.len())?;
            [Role::Institution, Role::Address].into_iter().find(|&r| roles::role_column(&h.prior, r as usize) == Some(ci))
        })
        .or_else(|| (roles::address_column_by_order(t.layout, ci, own) == Some(ci)).then_some(Role::Address))
        // Or as the row above read its column: the rest of a head printed off the page's
        // columns like it (`| | 沧州市科学技术局 | 肃宁县人民路762号 | 0317-… |` over `| |
        // (外国专家局) | | |`).
        .or_else(|| field_above(t, ri, row, ci))
        .or_else(|| {
            // Or, in a row narrower than the table, opening with an empty cell,
            // as its cells sit once right-aligned: it left out the page's empty
            // leading columns (`| | 行政服务中心 | |` under `序号 | 省份 |
            // 受理机构 | 地址 | 电话`, the address's rest).
            // (Against the table's widest row: a carried header's table may
            // be wider still by an empty last column.)
            // (Against the width most rows print first: a row wider by a stray empty cell at
            // its end is no measure, `| | 员会 | | |` under `| | | 产业开发区管理委 | | |`.)
            let widest = t.widest_row.min(t.layout.prior.len());
            let opens_empty = row.cells.first().is_some_and(|c| c.text.trim().is_empty());
            let at_width = |w: usize| {
                let lost = w.checked_sub(row.cells.len()).filter(|&l| l > 0)?;
                [Role::Institution, Role::Address].into_iter().find(|&r| roles::usual_column(t.layout, r) == Some(ci + lost))
            };
            // (Nor a row wider than most, by empty cells at its end: it left out nothing,
            // `| | 保障局 | | | | |` under `| | | 州人力资源和社会 | 3楼 | |`.)
            let wider_than_most = row.cells.len() > super::usual_cells(t.rows);
            opens_empty.then(|| at_width(t.usual_width).or_else(|| (!wider_than_most).then(|| at_width(widest)).flatten())).flatten()
        })
}

/// A record's rest printed with empty cells inserted after its name's rest, its address's
/// past the table's columns (`| | | 心 | | | | 773室 | |` under `| 17 | | 龙岩市政务服务中 |
/// …综合办公楼 | 0597-… |`), read with a text left as noise: each text to the column it
/// sits in once the row is [`squeeze`]d to the table's width, under a row printing the name's
/// head in that column. Its texts open in the name's column and sit in the name's, the
/// address's and the phone's (a phone's text reading as one).
fn rest_read_squeezed(t: &TableView<'_>, ri: usize, row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>]) {
    let width = t.layout.usual_width;
    let col = |r: Role| roles::usual_column(t.layout, r);
    let (Some(nc), Some(ac), Some(pc)) = (col(Role::Institution), col(Role::Address), col(Role::Phone)) else { return };
    let texts: Vec<usize> = (0..row.cells.len()).filter(|&i| !row.cells[i].text.trim().is_empty()).collect();
    let noise_left = texts.iter().any(|&i| assigned[i] == Some(Role::Noise));
    if !noise_left || super::text_width(row) <= width || super::leading_empty(row) != nc || pc + 1 != width {
        return;
    }
    let Some(above) = ri.checked_sub(1).map(|i| t.rows[i]) else { return };
    if cell_text(above, nc).is_empty() || above.cells.len() > width {
        return;
    }
    let Some(kept) = super::squeezed_row(row, width, nc) else { return };
    let role_at = |k: usize| match k {
        k if k == nc => Some(Role::Institution),
        k if k == ac => Some(Role::Address),
        k if k == pc => Some(Role::Phone),
        _ => None,
    };
    let mut read = Vec::with_capacity(texts.len());
    for (k, &i) in kept.iter().enumerate() {
        if row.cells[i].text.trim().is_empty() {
            continue;
        }
        match role_at(k) {
            Some(Role::Phone) if scores[i].phone_count == 0 => return,
            Some(r) => read.push((i, r)),
            None => return,
        }
    }
    for (i, r) in read {
        assigned[i] = Some(r);
    }
}

/// [`field_above`] for a page's first row printed from its left edge under the last page's
/// last row, which prints the 序号 and province cells it leaves out: the field that row's
/// cell reads as, past them (`| 心 | 窗口 | |` / under `| 37 | | 咸宁市政务服务中 | …6号 | 0715-… |`).
fn field_above_page(t: &TableView<'_>, row: &Row, ci: usize) -> Option<Role> {
    let above = t.prev_table_last?;
    let k = super::leading_empty(above);
    let k = if k > 0 { k } else { above.cells.iter().take(2).take_while(|c| reads_as_lead(c)).count() };
    if k == 0 || super::leading_empty(row) != 0 || super::text_width(row) + k > above.cells.len() {
        return None;
    }
    // (Its texts past them in the fields' order, the name's head first: a head cut short may
    // read as neither, `咸宁市政务服务中`.)
    if cell_text(above, ci + k).is_empty() || crate::classify::count_phones(cell_text(above, ci + k)) > 0 {
        return None;
    }
    match (k..ci + k).filter(|&c| !cell_text(above, c).is_empty()).count() {
        0 => Some(Role::Institution),
        1 => Some(Role::Address),
        _ => None,
    }
}

/// The name or address the row above read in the column that row `ri`'s cell `ci` lines
/// up with, the two rows opening with as many empty cells: as wide, or this row wider by
/// empty cells at its end or right after its first text (a record's rest printed with
/// stray empty cells: `| | | 务局 | | 窗口 | |` under `| | | 安庆市行政审批服 | …34号 | 0556-… |`).
fn field_above(t: &TableView<'_>, ri: usize, row: &Row, ci: usize) -> Option<Role> {
    if t.opens_page(ri) {
        return field_above_page(t, row, ci);
    }
    let above = t.rows.get(ri.checked_sub(1)?)?;
    // (The row above may itself be wider by empty cells at its end: `| 南昌市政务服务中 | …政务服务
    // | 0791-… | |` over `| 心 | 中心5楼17号窗口 | |`.)
    let (width, text_width) = (row.cells.len(), super::text_width);
    let len = if text_width(above) <= width { above.cells.len().min(width) } else { above.cells.len() };
    let lead = super::leading_empty(row);
    if super::leading_empty(above) != lead || width < len || lead >= len {
        return None;
    }
    let padded = (text_width(row) <= len && ci < len).then_some(ci);
    let squeezed = || super::squeezed_row(row, len, lead)?.iter().position(|&k| k == ci);
    let read = &t.reading(ri - 1).1;
    let field = |col: usize| read.get(col).copied().flatten().filter(|r| matches!(r, Role::Institution | Role::Address));
    padded.and_then(field).or_else(|| squeezed().and_then(field))
}

/// Gives the cells no field took to what they are: a second record printed beside the
/// first (returned, its cells taken), a second address of the point, a note under a caption
/// sharing its field with another column.
fn take_unplaced(r: &mut RowFields, row: &Row, row_scores: &[CellScores], layout: &roles::Layout) -> Option<Beside> {
    let beside = record_beside(row, row_scores, &r.f, r.cols.phone, &r.unplaced);
    if let Some(b) = &beside {
        let taken: Vec<&str> = b.cols.iter().map(|&ci| row.cells[ci].text.as_str()).collect();
        for text in &taken {
            take_noise(&mut r.f.noise, text);
            if let Some(i) = r.spare_phones.iter().position(|(t, _, _)| t == text) {
                r.spare_phones.remove(i);
            }
        }
    } else if let (true, Some(addr)) = (layout.address_cols.len() >= 2, &mut r.f.addr) {
        // A second address column (`地址 | 电话 | 地址 | 电话`, on the header's page
        // or a page-break table after it): the point's other address, joined to
        // the first (`/` before a place reads as ` / `).
        for &ci in &r.unplaced {
            let text = &row.cells[ci].text;
            let under_address = layout.address_cols.contains(&ci);
            if under_address && row_scores[ci].best().0 == Role::Address && row_scores[ci].get(Role::Address) >= 2.0 {
                addr.push('/');
                addr.push_str(text);
                take_noise(&mut r.f.noise, text);
            }
        }
    }
    // A cell of a column sharing its caption's field with another column
    // (`受理窗口` beside `受理机构`) that no field took: a note under its caption.
    for &ci in &r.unplaced {
        let Some((_, caption)) = layout.shared_cols.iter().find(|(c, _)| *c as usize == ci) else { continue };
        let text = &row.cells[ci].text;
        if let Some(i) = r.f.noise.iter().position(|t| t == text) {
            r.f.noise.remove(i);
            r.f.notes.push(format!("{caption}: {}", clean_field(text)));
        }
    }
    beside
}

/// Adds the phone cells beyond the first to the record's phone text, in the order printed
/// (a fax column's numbers last), or to its noise when they were read from another kind of
/// cell than the phone's (a number cell against a text cell).
fn add_spare_phones(f: &mut Frag, mut spare_phones: Vec<(String, bool, usize)>, phone_col: Option<usize>) {
    // A fax column's numbers go last: its label reads on to the numbers after it.
    let fax_labelled = |t: &str| t.split_once([':', '：']).is_some_and(|(label, _)| crate::phone::is_fax_label(label));
    spare_phones.sort_by_key(|(t, _, _)| fax_labelled(t));
    // Numbers printed left of the phone column's come before its own, in the
    // order printed (a row one cell wider than the table, its numbers in two).
    let left_of_phone = |t: &str, ci: usize| f.phone.is_some() && !fax_labelled(t) && phone_col.is_some_and(|pc| ci < pc);
    let (before, after): (Vec<_>, Vec<_>) = spare_phones.into_iter().partition(|(t, _, ci)| left_of_phone(t, *ci));
    for (text, from_number, _) in before.into_iter().rev() {
        match &mut f.phone {
            Some((p, n)) if *n == from_number => {
                p.insert_str(0, cell_joiner(&text));
                p.insert_str(0, &text);
            }
            _ => f.noise.push(text),
        }
    }
    for (text, from_number, _) in after {
        match &mut f.phone {
            None => f.phone = Some((text, from_number)),
            Some((p, n)) if *n == from_number => {
                p.push_str(cell_joiner(p));
                p.push_str(&text);
            }
            Some(_) => f.noise.push(text),
        }
    }
}

/// True for a row wider than most of its table's (two address columns side by side,
/// `地址 | 详细地址`, are not one split), or wider than the header's, on a page where most
/// rows carry a stray separator (the table's own header counts as a carried one does).
fn wider_than_table(t: &TableView<'_>, row: &Row) -> bool {
    let header_width = match t.layout.header_row.and_then(|h| t.rows.get(h)) {
        Some(h) => Some(text_width(h)),
        None => t.carried.map(|h| h.width),
    };
    text_width(row) > t.usual_width || header_width.is_some_and(|w| text_width(row) > w)
}

/// The name column's cell of a row with no name, read as another role by its content, that
/// is the row's name all the same: a province's full name, in a table with a province column
/// of its own (the head of a name wrapped below it: `宁夏回族自治区` / `科技厅行政审批办公室`);
/// or a text scoring as no field beside an address or a phone, with Latin letters or a middle
/// dot (`电子城•IT` / `产业园国际人才…`), three Chinese characters and no number (noise rows
/// are alone, and a garbled page's fragments have no Latin name).
fn name_read_as_other(row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>], layout: &roles::Layout) {
    let Some(name_col) = roles::usual_column(layout, Role::Institution) else { return };
    if assigned.contains(&Some(Role::Institution)) {
        return;
    }
    let name = match assigned.get(name_col) {
        Some(Some(Role::Province)) => {
            let g = Gazetteer::get();
            roles::usual_column(layout, Role::Province).is_some_and(|p| p != name_col)
                && scores[name_col].province.is_some_and(|p| squash(&row.cells[name_col].text) == g.div(p).name.as_str())
        }
        Some(Some(Role::Noise)) => {
            let (text, s) = (&row.cells[name_col].text, &scores[name_col]);
            let latin = text.bytes().filter(u8::is_ascii_alphabetic).count() >= 2 || text.contains(['•', '·']);
            assigned.iter().any(|r| matches!(r, Some(Role::Address | Role::Phone)))
                && latin
                && !s.garbled
                && s.phone_count == 0
                && crate::text::cjk_count(text) >= 3
                && !text.bytes().any(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    if name {
        assigned[name_col] = Some(Role::Institution);
    }
}

/// A short text of words alone on its row under the name column, no field by its content
/// (`市人力`), below a name that does not end like one (`曲靖`): the middle of a name printed
/// over three rows or more (`曲靖` / `市人力` / `资源和社会保障局`), not noise, or the name
/// would lose it. (Noise rows print spaces, marks or repeats, which score as more noise.)
fn middle_of_open_name(t: &TableView<'_>, ri: usize, scores: &[CellScores], assigned: &mut [Option<Role>]) {
    let Some(name_col) = roles::usual_column(t.layout, Role::Institution) else { return };
    let row = t.rows[ri];
    // (Above a table's first row, the last table's last, a page break inside the name: there
    // only a word or a place's name cut in two says so, `中国(山西)自由` / page / `| | 贸易试验区
    // 阳泉片 | | |`.)
    let above = ri.checked_sub(1).map(|i| t.rows[i]).or(t.prev_table_last);
    let across_pages = ri == 0;
    // (Beside other texts read as noise, `市外国 | 自2019.`, too: the row holds no field.)
    let filled: Vec<usize> = (0..row.cells.len()).filter(|&ci| !row.cells[ci].text.trim().is_empty()).collect();
    // (Or the row's one text but its phone a cell left of it, read as an address or noise,
    // that a place's name or a word runs into across the cut: `由贸易试验区齐齐` / `| |
    // 哈尔片区管理委员 | | |` / `会`, `中国(云南)自由` / `| | 贸易试验区楚雄彝 | | 0878-… |`.)
    // (Or at the left edge, two cells or more left, in a row printed without its 序号 and
    // province cells: `| 贸易试验区怒江傈 | | | | 0886-… |` heading a page, `| 贸易试验区黔南布 |
    // 1号政务服务中心… | | 0854-… |`.)
    let a_cell_left = |ci: usize| {
        let col = row.cells[ci].col as usize;
        (col + 1 == name_col || (col == 0 && name_col > 0))
            && matches!(assigned[ci], Some(Role::Address | Role::Noise))
            && filled.iter().all(|&i| {
                // (Or beside the address's rest right of it, the row wider by an empty cell:
                // `| | 贸易试验区南平片 | | | 中心5楼 | 0599-… |`.)
                let rest = assigned[i] == Some(Role::Address) && row.cells[i].col as usize > col;
                i == ci || assigned[i] == Some(Role::Phone) || rest
            })
    };
    let Some(&ci) = filled.iter().find(|&&ci| row.cells[ci].col as usize == name_col) else {
        if let Some(&ci) = filled.iter().find(|&&ci| a_cell_left(ci)) {
            cut_middle_of_open_name(row, above, scores, assigned, name_col, ci);
        }
        return;
    };
    // (Or the row's one text, read as an address by the place it opens with, that a place's
    // name or a word runs into across the cut: `克孜勒苏柯尔克孜` / `自治州高新技术产` / `业开发区…`.)
    // (Or beside the address's rest in its column read as noise, the row read a cell left:
    // `岳阳` over `| | | 楼区人力资源和社会保障局 | 35室 | |`.)
    let address_col = roles::usual_column(t.layout, Role::Address);
    let rest_as_noise = |i: usize| i == ci || (assigned[i] == Some(Role::Noise) && Some(row.cells[i].col as usize) == address_col);
    let read_as_address = assigned[ci] == Some(Role::Address) && filled.iter().all(|&i| rest_as_noise(i));
    if (!read_as_address && filled.iter().any(|&i| assigned[i] != Some(Role::Noise))) || scores[ci].garbled {
        return;
    }
    let text = squash(&row.cells[ci].text);
    if !text.chars().all(crate::text::is_cjk) || text.chars().count() < 2 || scores[ci].get(Role::Noise) >= 1.0 {
        return;
    }
    // (Or a text opening with no place under a name of place names alone beside a whole
    // address: `| | | 延边朝鲜族自治州 | …文化南路424号 | | 0433-… |` over `| | | 经济技术开发区人 | | |`,
    // the address finished, the name not.)
    let under_place_alone = || {
        let above_text = |col: Option<usize>| above.and_then(|a| col.map(|c| cell_text(a, c))).map(str::trim).unwrap_or("");
        let (name, address) = (squash(above_text(Some(name_col))), above_text(roles::usual_column(t.layout, Role::Address)));
        !across_pages
            && continuation::only_places(&name)
            && address.ends_with(continuation::ADDRESS_WHOLE_ENDS)
            && crate::gazetteer::Gazetteer::get().place_at_start(&text).is_none()
    };
    if open_name_above(above, name_col, &text, read_as_address || across_pages)
        || (read_as_address && filled.len() == 1 && under_place_alone())
    {
        assigned[ci] = Some(Role::Institution);
        if read_as_address {
            for &i in filled.iter().filter(|&&i| i != ci) {
                assigned[i] = Some(Role::Address);
            }
        }
    }
}

/// [`middle_of_open_name`] for a text a cell left of the name column: the name's middle
/// when the name above is open and a word or a place's name runs across the cut.
fn cut_middle_of_open_name(
    row: &Row,
    above: Option<&Row>,
    scores: &[CellScores],
    assigned: &mut [Option<Role>],
    name_col: usize,
    ci: usize,
) {
    let text = squash(&row.cells[ci].text);
    if scores[ci].garbled || scores[ci].province.is_some() || text.bytes().any(|b| b.is_ascii_digit()) || crate::text::cjk_count(&text) < 2
    {
        return;
    }
    // (The row above may print its name's middle a cell left too: `| | 贸易试验区大理白 | 路645号… |
    // 0872-… | |` over `| | 族自治州片区管理 | | | |`.)
    let col = row.cells[ci].col as usize;
    if open_name_above(above, name_col, &text, true) || open_name_above(above, col, &text, true) {
        assigned[ci] = Some(Role::Institution);
    }
}

/// True when the row above (`above`) holds, under the name column, a name left open (words,
/// no number, no name's ending) that `text` (squashed) goes on; with `cut`, only across a
/// word or a place's name cut in two: the evidence a text read otherwise needs.
fn open_name_above(above: Option<&Row>, name_col: usize, text: &str, cut: bool) -> bool {
    let above = above.and_then(|r| r.cells.iter().find(|c| c.col as usize == name_col));
    above.map(|c| squash(&c.text)).is_some_and(|a| {
        crate::text::cjk_count(&a) >= 2
            && !a.bytes().any(|b| b.is_ascii_digit())
            && !crate::classify::ends_like_name(&a)
            && (!cut || continuation::name_cut_inside_a_word(&a, text) || continuation::place_cut_in_two(&a, text))
    })
}

/// The name's head, read as noise, of a row heading the next that prints the 序号 and
/// province cells that row leaves out ([`leads_over_narrower`]): the name's, in its column
/// once the row is read past them.
fn heads_past_leads(t: &TableView<'_>, ri: usize, row: &Row, assigned: &mut [Option<Role>]) {
    let Some(nc) = roles::usual_column(t.layout, Role::Institution) else { return };
    let Some(k) = leads_over_narrower(t, ri, nc) else { return };
    let head = cell_text(row, nc + k);
    let no_number = |t: &str| !t.bytes().any(|b| b.is_ascii_digit());
    if assigned.get(nc + k) == Some(&Some(Role::Noise)) && no_number(head) && !assigned.contains(&Some(Role::Institution)) {
        assigned[nc + k] = Some(Role::Institution);
    }
    // (Or, the rest [`squeeze`]d, the name's head read as an address, the address's head
    // further right as noise: each to its column, `| | 自 治 区 | 巴彦淖尔市科学 | | 巴彦淖 | |`.)
    // (The address's column the narrower row reads its address in.)
    let Some(ac) = t.rows.get(ri + 1).and_then(|_| t.reading(ri + 1).1.iter().position(|r| *r == Some(Role::Address))) else { return };
    let width = t.rows.get(ri + 1).map_or(0, |n| n.cells.len());
    let texts = row.cells.get(k..).map_or(0, |c| c.len());
    let Some(kept) =
        (texts > width).then(|| super::squeezed_cells(row.cells[k..].iter().map(|c| c.text.trim().is_empty()), width, nc)).flatten()
    else {
        return;
    };
    let Some(a) = kept.get(ac).map(|&i| i + k).filter(|&a| a != nc + k) else { return };
    if assigned.get(nc + k) == Some(&Some(Role::Address))
        && assigned.get(a) == Some(&Some(Role::Noise))
        && no_number(head)
        && !assigned.contains(&Some(Role::Institution))
    {
        assigned[nc + k] = Some(Role::Institution);
        assigned[a] = Some(Role::Address);
    }
}

/// True for the end of a province's full name and nothing more, past its short name (`自治区`,
/// `维吾尔自治区`, `省`): what a province printed over two rows leaves on the second. (Not one
/// cut inside the short name, `津市` of 天津市: a place's own name, 津市市.)
fn ends_a_province_name(text: &str) -> bool {
    let g = Gazetteer::get();
    let sq = squash(text);
    g.province_by_name(&sq).is_none()
        && g.provinces_containing(&sq).into_iter().any(|p| {
            let d = g.div(p);
            d.name.strip_suffix(&*sq).is_some_and(|head| !head.is_empty() && head.starts_with(d.short.as_str()))
        })
}

/// Reads a place's name left as noise in a row heading the next with no name of its own as
/// the name's head, when the row below prints the name's rest under it, read as that row's
/// name (`| | 宁波市 | | 慈溪市…政务服务 | |` over `| | 科学技术局 | 中心1楼… | 0574-… |`, a cell
/// short): the two cells stand one over the other as printed, whatever the columns say. No
/// province (a section's), the rest opening with no place of its own.
fn place_over_name_below(t: &TableView<'_>, ri: usize, row: &Row, assigned: &mut [Option<Role>]) {
    let Some(below) = t.rows.get(ri + 1).filter(|_| !assigned.contains(&Some(Role::Institution))) else { return };
    let read = &t.reading(ri + 1).1;
    let g = Gazetteer::get();
    let head = (0..row.cells.len().min(below.cells.len())).find(|&ci| {
        let (text, rest) = (squash(cell_text(row, ci)), cell_text(below, ci));
        let is_place = || continuation::only_places(&text) && g.province_by_name(&text).is_none();
        assigned[ci] == Some(Role::Noise)
            && read.get(ci) == Some(&Some(Role::Institution))
            && is_place()
            && continuation::places_head_name(&text, rest)
    });
    if let Some(ci) = head {
        assigned[ci] = Some(Role::Institution);
    }
}

/// Reads a province's name taken for the row's province under a column of names, in a row
/// with no name, as the name's head when the row below prints the name's rest and nothing but
/// rests (`| 38 | | 上海市 | | 嘉定区中山 | 021… |` over `| | 外国专家局 | 北路594号 | | |`,
/// its cells left where it printed them: 上海市外国专家局): a municipality's own bodies open
/// with its name alone.
fn province_over_name_below(t: &TableView<'_>, ri: usize, row: &Row, assigned: &mut [Option<Role>]) {
    let Some(below) = t.rows.get(ri + 1).filter(|_| !assigned.contains(&Some(Role::Institution))) else { return };
    let read = &t.reading(ri + 1).1;
    if read.iter().any(|r| matches!(r, Some(Role::Seq | Role::Province | Role::Phone))) {
        return;
    }
    let Some(rest) = read.iter().position(|r| *r == Some(Role::Institution)).map(|j| cell_text(below, j)) else { return };
    let names_column = |col: usize| t.layout.prior.get(col).is_some_and(|p| p[Role::Institution as usize] > p[Role::Province as usize]);
    let g = Gazetteer::get();
    let head = (0..row.cells.len()).find(|&ci| {
        let text = squash(cell_text(row, ci));
        assigned[ci] == Some(Role::Province)
            && names_column(row.cells[ci].col as usize)
            && g.province_by_name(&text).is_some()
            && continuation::places_head_name(&text, rest)
    });
    if let Some(ci) = head {
        assigned[ci] = Some(Role::Institution);
    }
}

/// Reads a row heading the next by its columns where its content read it otherwise: such a
/// row holds the heads of the fields below, each under its own column.
/// - A text with no number, the row's one text, under the name column, read as an address
///   (`镇江`, `萍乡市人`, `深圳市招商街道境外人员`) or, a short text of words, as noise (`中国`),
///   over the name's rest (`市科学 | 镇江市润州区… | 0511-…`): the name's head (a tall row's,
///   its shorter cells centred), not an address out of its column.
/// - A name's head read as an address beside the address's head, opening with a place,
///   read as noise (`遵义市人力资 | 遵义市绥阳`): each to its column.
/// - A province's name under the address column (not the province's), in a row with no
///   phone, beside a name's head read as noise (`迪庆州人 | 云南`, over `力资源和社会保障局 |
///   省迪庆州香格里拉市…`): both heads, not a section starting on a row read a column off.
fn heads_read_by_column(row: &Row, assigned: &mut [Option<Role>], layout: &roles::Layout) {
    let Some(name_col) = roles::usual_column(layout, Role::Institution) else { return };
    let no_number = |t: &str| !t.bytes().any(|b| b.is_ascii_digit());
    let filled: Vec<usize> = (0..row.cells.len()).filter(|&ci| !row.cells[ci].text.trim().is_empty()).collect();
    if let [ci] = filled[..] {
        let t = squash(&row.cells[ci].text);
        let words = t.chars().count() >= 2 && t.chars().all(crate::text::is_cjk);
        let read_as_other = assigned[ci] == Some(Role::Address) || (assigned[ci] == Some(Role::Noise) && words);
        if row.cells[ci].col as usize == name_col && read_as_other && no_number(&t) {
            assigned[ci] = Some(Role::Institution);
        }
    }
    let Some(addr_col) = roles::usual_column(layout, Role::Address) else { return };
    let at = |col: usize| row.cells.iter().position(|c| c.col as usize == col);
    // (On a page mixing row widths whose layout puts the address's column past an empty cell of
    // the row or its phone, the address's head beside the name's: `| 襄阳 | 襄城区 | | 0710-… |`.)
    let beside = name_col + 1;
    let addr_col = if addr_col > beside
        && at(addr_col).is_none_or(|i| row.cells[i].text.trim().is_empty() || assigned[i] == Some(Role::Phone))
        && at(beside).is_some_and(|i| assigned[i] == Some(Role::Noise))
    {
        beside
    } else {
        addr_col
    };
    // (Both heads, the name's read as an address and the address's, opening with a place,
    // as noise: `遵义市人力资 | 遵义市绥阳 | 0851-…`, `渭南市人 | 渭南市临渭区滨河中路`, each to
    // its column; the address's head cut inside its number too, `南明区行 | 南明区建设路859`,
    // or read as the name, `大理白族自治 | 大理白族自治州宾川县科`; the name's words read as
    // noise then, `东昌区行政 | 通化市东昌区科 | 0435-…`.)
    if let (Some(n), Some(a)) = (at(name_col), at(addr_col)) {
        let (name, addr) = (squash(&row.cells[n].text), squash(&row.cells[a].text));
        let name_as_noise = || assigned[a] == Some(Role::Institution) && crate::text::cjk_count(&name) >= 2;
        if (assigned[n] == Some(Role::Address) || assigned[n] == Some(Role::Noise) && name_as_noise())
            && matches!(assigned[a], Some(Role::Noise | Role::Institution))
            && no_number(&name)
            && crate::text::cjk_count(&addr) >= 2
            && Gazetteer::get().place_at_start(&addr).is_some()
        {
            assigned[n] = Some(Role::Institution);
            assigned[a] = Some(Role::Address);
        }
    }
    if roles::usual_column(layout, Role::Province) == Some(addr_col) || assigned.contains(&Some(Role::Phone)) {
        return;
    }
    // (A row wider than the table, its name's head under the name column, no address: its
    // one text past the table's columns, words with no number, is the address's head, the
    // row printed with empty cells inserted after its name, `| | 自 治 区 | 柳州市外 | | | |
    // 融安县 | |` over `| | | 国专家局 | 光明西路749号 | 电话:… |`.)
    // (The name's head read as the address then, a place's name: `| 30 | | 让胡路区 | | | 大庆市 |
    // |` over `| 科学技术局 | 让胡路区建设东路4号 | 0459-… |`.)
    let n_at = at(name_col);
    let name_as_address = n_at.is_some_and(|n| assigned[n] == Some(Role::Address) && no_number(&row.cells[n].text));
    let other_address = (0..assigned.len()).any(|i| assigned[i] == Some(Role::Address) && Some(i) != n_at);
    if !other_address && n_at.is_some_and(|n| assigned[n] == Some(Role::Institution) || name_as_address) {
        // (Or its one text under the phone column, no number, the address's column empty: `| | |
        // 那曲市政 | | 那曲市 | |` over `| | | 务服务中心 | 聂荣县…308室 | 0896-… |`.)
        let phone_col =
            roles::usual_column(layout, Role::Phone).filter(|_| at(addr_col).is_none_or(|a| row.cells[a].text.trim().is_empty()));
        let past: Vec<usize> = filled
            .iter()
            .copied()
            .filter(|&ci| row.cells[ci].col as usize >= layout.usual_width || Some(row.cells[ci].col as usize) == phone_col)
            .collect();
        if let [ci] = past[..] {
            let t = squash(&row.cells[ci].text);
            if assigned[ci] == Some(Role::Noise) && no_number(&t) && crate::text::cjk_count(&t) >= 2 {
                assigned[ci] = Some(Role::Address);
                if let Some(n) = n_at {
                    assigned[n] = Some(Role::Institution);
                }
            }
        }
    }
    let (Some(n), Some(a)) = (at(name_col), at(addr_col)) else { return };
    let head = squash(&row.cells[n].text);
    if assigned[a] == Some(Role::Province) && assigned[n] == Some(Role::Noise) && crate::text::cjk_count(&head) >= 2 && no_number(&head) {
        assigned[n] = Some(Role::Institution);
        assigned[a] = Some(Role::Address);
    }
}

/// A cell's text by its index, trimmed; empty when the row is too short to hold it.
fn cell_text(r: &Row, c: usize) -> &str {
    r.cells.get(c).map_or("", |c| c.text.trim())
}

/// Text with a phone number's worth of digits (7 or more): a phone, not an address's number.
fn phone_like(text: &str) -> bool {
    text.bytes().filter(u8::is_ascii_digit).count() >= 7
}

/// The rest of a tall row printed a cell or two short, its first cells lost, or a cell left
/// in the table's width: `| | 局 | 窗口 | |` or `| 心 | 9室 | |` under `| | | 马鞍山市科学技术
/// | 含山县…32号 | 0555-… |`. Read by column, the name's rest is noise and the address's
/// rest finishes the name: each goes as many columns right as the row lost cells when the
/// text where the name's rest sits finishes the name above (its ending, `局`, or the bracket
/// it left open, `)`), no province, no ditto, the row holding nothing left of it nor right of
/// the address's rest. True when it did.
fn narrow_rest_shifted_left(t: &TableView<'_>, ri: usize, row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>]) -> bool {
    let col = |r: Role| roles::usual_column(t.layout, r);
    let (Some(nc), Some(ac)) = (col(Role::Institution), col(Role::Address)) else { return false };
    // (Or a cell left, the table's width kept, its last cell empty: `| | 楼区行政审批局 |
    // 中山大道661号… | | |` under `| | | 岳阳 | 岳阳市岳阳楼区 | 0730-… |`.)
    // (Or wider by empty cells at its end, as every row of its page: `| | 心 | 8楼25号窗口 | | | | |`
    // under `| | | 怀化市政务服务中 | …服务中心 | 0745-… | | |`.)
    let kept = t.usual_width > 0 && row.cells.len() >= t.usual_width && super::all_empty(&row.cells[t.usual_width - 1..]);
    // (Or the next page's first row, under the last page's last as wide: `| 21 | | 南宁市政务服务中 |
    // …综合办公楼7 | 0771-… |` / page / `| | 心 | 76室 | | |`.)
    // (Past a line of noise heading the page, `| 一日 一日 日本 |`.)
    let first = t.opens_page(ri);
    let above = match ri {
        // (Or wider by empty cells at its end: `| | 产业开发区管理委 | 口 | | | | | |` under `| | |
        // 嘉峪关市高新技术 | …2号窗 | 0937-… |`.)
        // (Or narrower than it by empty cells after its name, its name where this row's columns
        // put it: `| | | 运城市行政审批服 | | | …32号 | 0359-… |` / page / `| | 务局 | 窗口 | | |`.)
        _ if first => t.prev_table_last.filter(|a| {
            let len = a.cells.len();
            len == row.cells.len()
                || (len < row.cells.len() && super::all_empty(&row.cells[len..]))
                || (len > row.cells.len() && row.cells.len() > nc && squeeze(a, row.cells.len(), nc).is_some())
        }),
        _ => Some(t.rows[ri - 1]),
    };
    // (Or two cells left so, as wide as the row above, its first cell its name's rest beside the
    // address's: `| 心 | 95室 | | | |` under `| | | 信阳市政务服务中 | …综合办公楼3 | 0376 … |`; a
    // lone text there is a page's noise, `| 一日 一日 日本 | | | | |`.)
    let two_left = || {
        let len = row.cells.len();
        nc == 2
            && super::leading_empty(row) == 0
            && !cell_text(row, 1).is_empty()
            && super::text_width(row) + 2 <= len
            && above.is_some_and(|a| a.cells.len() == len)
    };
    let lost = if two_left() {
        2
    } else if kept {
        1
    } else {
        t.usual_width.saturating_sub(row.cells.len())
    };
    let Some(above) = above else { return false };
    if ac <= nc || !(1..=2).contains(&lost) || nc < lost {
        return false;
    }
    // (The rest prints its texts side by side: in a table with empty columns between the
    // name's and the address's, `| | 心 | 82室 | | | | | |` under `| | | 襄阳市政务服务中 | | |
    // | 襄阳市…综合办公楼2 | 0710 … |`, the address's rest sits right of the name's.)
    let (name_at, addr_at) = (nc - lost, nc - lost + 1);
    let gap_empty = || t.rows.iter().enumerate().all(|(i, r)| i == ri || (nc + 1..ac).all(|c| cell_text(r, c).is_empty()));
    if ac > nc + 1 && !gap_empty() {
        return false;
    }
    let filled = |c: usize| !cell_text(row, c).is_empty();
    // (Its address's rest may stay in its column, the name's alone printed a cell left: `| | 心 |
    // | 9楼 | |` under `| | | 遂宁市政务服务中 | …行政服务中心 | 0825-… | | |`.)
    // (Not a phone there, printed a cell left with the name's rest.)
    // (An address's many numbers, `中山大道283号科技大厦5楼462室`, are no phone's: its text holds
    // no number to dial.)
    let dials = |c: usize| phone_like(cell_text(row, c)) && scores.get(c).is_some_and(|s| s.phone_count > 0);
    let in_place = |c: usize| filled(c) && scores.get(c).is_some_and(|s| s.phone_count == 0);
    let addr_at = if !filled(addr_at) && ac > addr_at && in_place(ac) && (addr_at + 1..ac).all(|c| !filled(c)) { ac } else { addr_at };
    // (The record's phone, printed low, may go a cell left with them: `| | 科学技术局(外国 | |
    // 0433-… | |` under `| 5 | | 延边朝鲜族自治州 | 图们市…3楼 | |`.)
    // (Or anywhere right of the address's rest, the row's one text there: `| | 州高新技术产业开 | |
    // 电话:0837-… | | | |` under `| | | 阿坝藏族羌族自治 | …6层 | | | |`.)
    let only_after = || {
        let mut after = (addr_at + 1..row.cells.len()).filter(|&c| !cell_text(row, c).is_empty());
        after.next().filter(|&p| after.next().is_none() && phone_like(cell_text(row, p)))
    };
    let phone_at = col(Role::Phone).and_then(|pc| pc.checked_sub(lost)).filter(|&p| p > addr_at && dials(p)).or_else(only_after);
    if (0..name_at).chain(addr_at + 1..row.cells.len()).filter(|&c| Some(c) != phone_at).any(filled) || !filled(name_at) {
        return false;
    }
    let s = &scores[name_at];
    let rest = cell_text(row, name_at);
    if s.province.is_some() || s.province_fragment || s.garbled || s.phone_count > 0 || crate::text::is_ditto(rest) {
        return false;
    }
    let name = cell_text(above, nc);
    let rest_sq = squash(rest);
    // (Or is the name's middle, its ending on a row further down: neither ends like a name,
    // the rest opens no name and holds no number, `七台河市经济技术` + `开发区人才服务中` + `心`.)
    let middle = || {
        !ends_like_name(&squash(name))
            && !ends_like_name(&rest_sq)
            && !rest.bytes().any(|b| b.is_ascii_digit())
            && continuation::looks_like_tail(rest, None)
    };
    // (Or is the agency's other name in brackets after a whole name: `四平市科学技术局` +
    // `(外国专家局)`.)
    let alias = || is_remark_only(&rest_sq) && ends_like_name(&rest_sq);
    // (Or goes on a word cut inside, the rest not read as a name where it stands: `锡林浩` +
    // `特市人力资源和社会保障局`.)
    let cut_in_word = || assigned[name_at] != Some(Role::Institution) && continuation::name_cut_inside_a_word(name, rest);
    let goes_on = continuation::gives_name_its_ending(name, rest)
        || continuation::closes_what_is_open(name, rest)
        || middle()
        || alias()
        || cut_in_word();
    // (Words, or a bracket closed: no mark of noise, `| : | | |`.)
    let words = crate::text::cjk_count(&rest_sq) >= 1 || continuation::closes_what_is_open(name, rest) || rest_sq.starts_with([')', '）']);
    if name.is_empty() || !goes_on || !words {
        return false;
    }
    assigned[name_at] = Some(Role::Institution);
    if filled(addr_at) {
        assigned[addr_at] = Some(Role::Address);
    }
    if let Some(p) = phone_at {
        assigned[p] = Some(Role::Phone);
    }
    true
}

/// A record's first row printed a cell left of its columns over its rest printed in them,
/// the table's width kept (its 序号 and phone columns empty): `| | 宝鸡市行 | 宝鸡市麟游县和 |
/// 0917-… | |` over `| | | 政审批服务局 | 平东路916号 | |`. Read by column, the name's head
/// in the province's column is lost as noise and the address's head joins the name: each
/// goes to the column right of it, and the row heads the next (on this page or the next).
/// The name's head is no province, no ditto and no whole name (but for a word its rest
/// finishes, `塔城市科` + `技局`), the name whole with its rest (itself no whole name opening
/// with a place, another record's); the address's head opens with a place and is no name
/// (but for one with a number); the province's column is no column of cities (no other row
/// of the table prints a text there that is no province beside a phone in its column).
fn head_shifted_left(t: &TableView<'_>, ri: usize, row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>]) -> bool {
    let col = |r: Role| roles::usual_column(t.layout, r);
    let (Some(nc), Some(ac), Some(phc)) = (col(Role::Institution), col(Role::Address), col(Role::Phone)) else {
        return false;
    };
    // (A page printing few provinces may not say where its province's column is, or put it
    // in the 序号's, `| 5 内蒙古 | 通辽市… |`, a page's first row read a cell left: the one left
    // of the name's.)
    let Some(pc) = nc.checked_sub(1) else { return false };
    // (The rest may head the next page's table: `| | 连云港市科学技术 | 连云港市灌南县振兴北 |
    // 0518-… | |` / page / `| | | 局(外国专家局) | 路46号… | |`.)
    let Some(below_row) = t.row_at(ri + 1) else { return false };
    // (Or the next page's first row, leaving out the 序号 and province columns: `| | 贵阳市行政
    // 审批 | 贵阳市开阳县迎宾 | | |` / page / `| 服务局 | 西路371号… | 0851-… |`; its cells read
    // in this row's columns.)
    // (It may print as many empty cells at its end: `| 县行政审批局 | 83号… | 0932 … | | | |`.)
    // (Or leaving out the province's column only: `| | 科学技术局(外国专家局) | 楼7号窗口 | 0934-… |`.)
    let len = row.cells.len();
    let left_out = nc.saturating_sub(super::leading_empty(below_row));
    // (This row may be wider by empty cells before its phone, printed at its end: `| | 自贡市高新技术产业开发区 |
    // 自贡市荣 | | | 0813-… |` / page / `| 管理委员会 | 县青年西路495号… | |`.)
    let gap = (nc + 1..super::text_width(row)).filter(|&c| cell_text(row, c).is_empty()).count();
    // (Or an empty column past the phone's, in this page's rows alone: `| | 克孜勒 | 阿克陶县人民大道83 |
    // (0908)… | | |` / page / `| 苏柯尔克孜自治州政务服务中心 | 7号综合办公楼247室 | |`.)
    let covers = if super::all_empty(&row.cells[len.min(phc + 1)..]) { len.min(phc + 1) } else { len };
    // (Or the empty columns this page prints before its phone's, empty in this row too: `| | 杜尔 |
    // 大庆市杜尔伯特蒙古 | 0459-… | | | | |` under rows printing their phone past three empty cells, over
    // `| 伯特蒙古族自治县科技局 | 族自治县胜利路778号… | | |`.)
    let page_gap = if phc > ac + 1 && (ac + 1..phc).all(|c| cell_text(row, c).is_empty()) { phc - ac - 1 } else { 0 };
    let covers = covers.saturating_sub(page_gap);
    let fits = |k: usize| super::text_width(below_row) + k <= len && below_row.cells.len() + k + gap >= covers;
    // (Or, narrower by empty columns between the name's, the address's and the phone's too, or
    // itself a cell left in its own columns, its three texts side by side: the name's rest,
    // the address's and the phone, `| | 天宁 | 常州市天宁区迎 | | | |` / page / `| 区科技局 |
    // 宾街211号… | 0519–… |`, `| | 信阳市行政审批 | 信阳市浉河区兴业 | | | |` / page / `| | 服务局 |
    // 东路552号… | 0376 2263336 | |`.)
    // (Or, its name in the name's column, narrower by those columns alone, its name's rest and
    // its address's side by side, this row's phone printed under the address's column: `| | 东乡 |
    // 抚州市东乡区长江中路753 | | | 0794-… | |` / page / `| | | 区行政审批局 | 号市民服务中心5号窗口 | |`.)
    let below_texts: Vec<usize> = (0..below_row.cells.len()).filter(|&c| !cell_text(below_row, c).is_empty()).collect();
    // (A street and its number under the phone's column is no phone there: the address's rest,
    // its page's columns set apart, `apart`.)
    let address_as_phone = |c: usize| !phone_like(cell_text(below_row, c)) && continuation::has_street_number(cell_text(below_row, c));
    let covered = below_texts
        .iter()
        .all(|&c| [nc, ac, phc].iter().any(|&col| col.checked_sub(left_out) == Some(c) && (col != phc || !address_as_phone(c))));
    // (An address's rest with seven digits, `…胜利路778号科技大厦1楼718室`, dials no number.)
    let dials = |t: &str| phone_like(t) && crate::classify::classify(t).phone_count > 0;
    let by_position = fits(left_out) && covered && ac.checked_sub(left_out).is_none_or(|c| !dials(cell_text(below_row, c)));
    let side_by_side = || {
        let k = *below_texts.first()?;
        let three = three_side_by_side(below_row) == Some(k) && k + 3 <= len;
        let two = below_texts == [k, k + 1] && k == nc && ac > nc + 1 && !below_texts.iter().any(|&c| phone_like(cell_text(below_row, c)));
        (three || two).then_some(k)
    };
    let page_below = ri + 1 == t.rows.len();
    let by_texts = if page_below && (left_out > 0 || !covered) && !by_position { side_by_side() } else { None };
    // (A next page neither lined up nor side by side; no wider, `apart_here`.)
    let set_apart = page_below && !covered && !by_position && by_texts.is_none();
    let apart_here = set_apart && below_row.cells.len() <= len;
    // (Or its name's rest in the name's column and its address's further right than this page
    // prints addresses, its columns set apart otherwise: `| | 泰安市政务 | 泰安市肥城 | 0538-… | | | |
    // |` / page / `| | | 服务中心 | | | | 市兴业路264号 | |`, no wider. With the columns of the address's
    // rest and of the phone.)
    let phone_at = |p: usize| phone_like(cell_text(below_row, p));
    let apart = match below_texts[..] {
        [n, a] if apart_here && n == nc && a > ac && a != phc => (!phone_at(a)).then_some((a, phc)),
        // (Or under this page's phone column, a street and its number, the next page wider by an
        // empty column after its name: `| | 兴山区行 | 兴山区 | 0468-… | | |` / page / `| | | 政审批局 | |
        // 文化中路433号… | |`.)
        [n, a] if apart_here && n == nc && a == phc && address_as_phone(a) => Some((a, a + 1)),
        // (Or its address's rest right after its name's, narrower by the empty columns this page
        // prints between them, its phone in its column: `| | 安陆市 | 孝感市安陆市团结街2 | | | | | |`
        // / page / `| | | 科技局 | 78号人才大厦8层 | | | | 0712-… |`; or wider by the empty columns it
        // prints before its phone, printed at its end: `| | 固原市 | 固原市…政务 | | | |` / page / `| | |
        // 人力资源和社会保障局 | 服务中心…窗口 | | | | (0954)… |`.)
        [n, a, p]
            if n == nc
                && a == nc + 1
                && a < ac
                && phone_at(p)
                && (apart_here && p == phc || set_apart && p + 1 == below_row.cells.len() && p > len) =>
        {
            (!phone_at(a)).then_some((a, p))
        }
        _ => None,
    };
    let next_page = page_below && (left_out > 0 && by_position || by_texts.is_some() || apart.is_some());
    let left_out = if next_page { left_out } else { 0 };
    // (Or wider by empty cells before its phone, [`squeeze`]d: `| | 常州 | 新北区团结 | | |` /
    // page / `| | | 市科学技术局 | 东路568号 | | | 0519-… |`.)
    // (This row a cell short, its empty last cell lost, that many and one: `| | 日喀 |
    // 日喀则市桑珠孜区团结街166 | 0892-… |` / page / `| | | 则市人力资源和社会保障局 | 号综合办公楼988室 |
    // | | |`.)
    let squeezed_width = if len == phc { len + 1 } else { len };
    let squeezed = if !next_page && below_row.cells.len() > squeezed_width { squeeze(below_row, squeezed_width, nc) } else { None };
    // (Or the rest row printed a cell left too, as wide, its phone under the address's column:
    // `| | 乐山市行 | 乐山市犍为县人民 | | |` over `| | 政审批服务局 | 北路504号 | 0833 2821924 | |`.)
    let rest_shifted = !next_page
        && squeezed.is_none()
        && below_row.cells.len() == len
        && !cell_text(below_row, pc).is_empty()
        && cell_text(below_row, phc).is_empty()
        && phone_like(cell_text(below_row, ac))
        && (0..pc).all(|c| cell_text(below_row, c).is_empty());
    let below = |c: usize| match &squeezed {
        Some(cells) => cells.get(c).copied().unwrap_or(""),
        None => match by_texts {
            Some(k) if c == nc => cell_text(below_row, k),
            Some(k) if c == ac => cell_text(below_row, k + 1),
            Some(k) if c == phc => cell_text(below_row, k + 2),
            Some(_) => "",
            None if apart.is_some() => match c {
                _ if c == nc => cell_text(below_row, nc),
                _ if c == ac => apart.map_or("", |(a, _)| cell_text(below_row, a)),
                _ if c == phc => apart.map_or("", |(_, p)| cell_text(below_row, p)),
                _ => "",
            },
            None if rest_shifted => c.checked_sub(1).map_or("", |c| cell_text(below_row, c)),
            None => c.checked_sub(left_out).map_or("", |c| cell_text(below_row, c)),
        },
    };
    // (The shifted row may be a cell short, its empty last cell lost: `| | 克拉 |
    // 克拉玛依市克拉玛依区胜利西路 | |`.)
    let width = if squeezed.is_some() {
        squeezed_width
    } else if next_page {
        len
    } else {
        below_row.cells.len()
    };
    // (Or wider by empty cells at its end: `| | 丽江市 | 丽江市永胜县科 | | | |`, `| | 烟台市高新技 |
    // 烟台市栖 | | | | |`.)
    let wider = row.cells.len() > width && super::all_empty(&row.cells[width..]);
    // (Or wider by empty cells after its name's head or its address's, its phone printed at its
    // end, [`squeeze`]d: `| | 沙依巴克 | 乌鲁木齐市沙依 | | | | 0991-… |` over `| | | 区科技局 |
    // 巴克区… | |`.)
    // (Or so, the address's head past them and its empty last cell lost: `| | 武都 | | | 陇南市…9 |
    // |` over `| | | 区科技局 | 10号 | 0939-… |`, read as a row a cell short.)
    // (Or as wide, its name's column empty: `| | 楚雄 | | 楚雄彝族自治州 | |` over `| | | 彝族自治州行政审批服务局 |
    // 姚安县…803室 | 电话:… |`.)
    let nc_empty = cell_text(row, nc).is_empty();
    // (So too over a next page, or a rest row squeezed: `| | 南江 | | 巴中市南江 | |` / page / `| 县科技局
    // | 县人民中路106号… | 0827-… |`, `| | 绩溪 | | 绩溪县解放路853号…6 | |` over `| | | 县科学技术局 | 53室 | |
    // | | 0563-… |`.)
    let squeezable =
        (row.cells.len() == width && nc_empty) || (!next_page && squeezed.is_none() && row.cells.len() > width && (!wider || nc_empty));
    let cols: Option<Vec<usize>> = squeezable
        .then(|| {
            // (Or, its phone printed at its end, as the row of the address's head and phone alone it
            // then reads as: `| | 康保县 | | | 康保县滨河大 | (0313)… |` / page / `| 科学技术局 | 道989号… | |`.)
            let phone_last = row.cells.last().is_some_and(|c| phone_like(&c.text));
            std::iter::once(width)
                .chain(width.checked_sub(1))
                .chain(width.checked_sub(2).filter(|_| phone_last))
                .filter(|&w| w + 1 < row.cells.len() || w < width)
                .find_map(|w| super::squeezed_row(row, w, pc).filter(|m| m.get(nc).is_some_and(|&i| !cell_text(row, i).is_empty())))
        })
        .flatten();
    let at = |c: usize| cols.as_ref().map_or(Some(c), |m| m.get(c).copied());
    let row_text = |c: usize| at(c).map_or("", |c| cell_text(row, c));
    let widths_fit = row.cells.len() == width || row.cells.len() + 1 == width || wider || cols.is_some();
    // (Empty columns may sit between the address's and the phone's, in both rows: `| |
    // 嘉峪关市行政审 | 嘉峪关市光明 | | | | |` over `| | | 批服务局 | 南路572号 | | | 0937-… |`.)
    let gap_empty = (ac + 1..phc).all(|c| row_text(c).is_empty() && below(c).is_empty());
    // (Or between the name's and the address's, in both rows: `| | 云浮 | 云安区滨河北路172号科 |
    // | | | |` over `| | | 市科学技术局(外国专家局) | | | 技大厦6楼584室 | 0766-… |`.)
    let name_gap_empty = (nc + 1..ac).all(|c| row_text(c).is_empty() && below(c).is_empty());
    if pc + 1 != nc || nc >= ac || !name_gap_empty || ac >= phc || !gap_empty || !widths_fit || width <= phc {
        return false;
    }
    // (Its phone may stay in its column, the address's left empty: `| | 三沙市 | 胜利中 | |
    // 0898-… |` / page / `| 人力资源和社会保障局 | 路94号… | |`.)
    let phone_in_place =
        row_text(ac).is_empty() && at(phc).and_then(|c| scores.get(c)).is_some_and(|s| s.phone_count > 0) && below(phc).is_empty();
    if (0..pc).any(|c| !row_text(c).is_empty()) || (!row_text(phc).is_empty() && !phone_in_place) || (0..nc).any(|c| !below(c).is_empty()) {
        return false;
    }
    // (Nor a row printing text past the columns read: `| | 自 治 区 | 根河市人力资 | | | | 呼伦贝尔市根河市光明 |
    // |` over `| | | 源和社会保障局 | 大道929号… | 0470-… | | |`, a province's rest over a name wider by
    // empty cells after it.)
    // (A phone there is the row's, printed at its end: `| | 昭通市政务服 | 昭通市盐 | | | | 0870-… |`.)
    let read_cols = [pc, nc, ac, phc].map(at);
    let past: Vec<&str> =
        (0..row.cells.len()).filter(|i| !read_cols.contains(&Some(*i))).map(|i| cell_text(row, i)).filter(|t| !t.is_empty()).collect();
    let phone_at_end = matches!(past[..], [p] if phone_like(p) && row_text(ac).is_empty());
    if !past.is_empty() && !phone_at_end {
        return false;
    }
    let (head, addr_head, phone, rest) = (row_text(pc), row_text(nc), row_text(ac), below(nc));
    let Some(s) = at(pc).and_then(|c| scores.get(c)) else { return false };
    // (A province's name is the name's head only when the address's rest below opens with the
    // word of a road its head names, `| | 上海市 | 虹口区人民 | | |` over `| | | 科学技术局 |
    // 街153号… | 021-… |`: no address opens with `街`; nor with a road's name's last character,
    // `| | 天津市 | 红桥区中 | 022-… |` / page / `| | | 政务服务中心 | | | | 山中路177号… | |`.)
    let road_cut = continuation::road_cut_before_its_word(addr_head, below(ac)) || continuation::opens_with_cut_road_name(below(ac));
    // (Nor when the name's rest below opens with the `市` a city-province's name was cut
    // before: `| | 北京 | 石景山区…综合办公 | 010-… | |` / page / `| 市外国专家局 | 楼881室 | |`.)
    let city_cut = || {
        let (h, r) = (squash(head), squash(below(nc)));
        r.starts_with('市') && !h.ends_with('市') && Gazetteer::get().province_by_name(&format!("{h}市")).is_some()
    };
    // (Nor when the two read as one place's name longer than the province's: `| | 海南 | 海南藏 |
    // 0974-… |` over `| | | 藏族自治州行政审批服务局 | 族自治州贵南县… |`, 海南藏族自治州.)
    let place_runs_on = || {
        let h = squash(head);
        Gazetteer::get().place_at_start(&format!("{h}{}", squash(below(nc)))).is_some_and(|m| !m.short && m.end > h.len())
    };
    // (A street and its number in the address's head, or its number cut or opening the rest below:
    // `兴业大道2` + `81号…`; a road alone, `| | 儋州 | 和平南路 | | |` over `| | | 市行政审批服务局 |
    // 305号 | 0898 … |`, or cut inside its word, `人民大` + `道444号…`.)
    let numbered = || {
        continuation::has_street_number(addr_head)
            || continuation::house_number_after_road(addr_head, below(ac))
            || continuation::road_number_cut_in_two(addr_head, below(ac))
            || continuation::road_word_cut_before_number(addr_head, below(ac))
    };
    // (Nor when the cell beside it holds a street and its number, no name's, over a name's rest
    // that names no place, a body's words alone: `| | 上海市 | 奉贤区解放东路211号综合办公楼3 | |` /
    // page / `| | | 科学技术局(外国专家局) | 66室 | 021-… |`; or a street whose number the address's
    // rest below opens with, `| | 上海市 | 金山区人民西路 | | |` over `| | | 外国专家局 | 289号 | 021-… |`.)
    // (A province's whole name: its rest, `自 治 区`, sits in its column, the name's row below.)
    let street_beside = || {
        let rest = squash(below(nc));
        s.province.is_some()
            && numbered()
            && Gazetteer::get().place_at_start(&rest).is_none()
            && !rest.starts_with("中国")
            && !continuation::opens_with_a_window(below(nc))
    };
    let province = (s.province.is_some() || s.province_fragment) && !road_cut && !city_cut() && !place_runs_on() && !street_beside();
    if head.is_empty() || addr_head.is_empty() || rest.is_empty() || province || s.garbled {
        return false;
    }
    if !phone.is_empty() && at(ac).and_then(|c| scores.get(c)).is_none_or(|s| s.phone_count == 0) {
        return false;
    }
    // (One phone: a phone on both rows is two records.)
    if !phone.is_empty() && !below(phc).is_empty() {
        return false;
    }
    let (h, a, r) = (squash(head), squash(addr_head), squash(rest));
    let g = Gazetteer::get();
    let no_number = |t: &str| !t.bytes().any(|b| b.is_ascii_digit());
    // (A ditto, `同上`, is the name above: the row is a whole record shifted left, the
    // name below another's, whole, opening with its place; not when a word runs across the
    // cut, the place a word's end: `松原市人力` + `资源和社会保障局`, not 资源县.)
    // (A head whose bracket the rest closes ends like no whole name: `通辽市科学技术局(` +
    // `外国专家局)`; nor one whose rest is its other name in brackets alone, `宝鸡市科学技术局` +
    // `(外国专家局)`.)
    // (The name may end a row further down, that row holding nothing else: `| | 上饶市高新技术产 |
    // 广丰区…965室 | | |` over `| | | 业开发区管理委员 | | 0793-… |` and `| | | 会 | | |`.)
    // (Or printed a cell left as this row is: `| | 铜陵市高新技术产 | 铜陵市…中心 | | |` over `| | |
    // 业开发区管理委员 | 12号窗口 | 0562 … |` and `| | 会 | | | |`.)
    // (Or rows further down still, each the name's alone (the first beside the address's rest), till
    // it ends: `| | 中国(新疆)自由 | 和田地区…中心 | | |` over `| | | 贸易试验区和田地 | 5楼 | 0903-… |`,
    // `| | | 区片区综合服务中 | | |` and `| | | 心 | | |`.)
    let name_alone = |i: usize| {
        let r3 = t.rows.get(i).filter(|_| squeezed.is_none() && left_out == 0)?;
        let filled: Vec<usize> = (0..r3.cells.len()).filter(|&c| !cell_text(r3, c).is_empty()).collect();
        let same_width = r3.cells.len() == below_row.cells.len();
        match filled[..] {
            [c] if c == nc || (c == pc && same_width) => Some(squash(cell_text(r3, c))),
            // (Or beside the address's rest, no phone: `| | | 障局 | 口 | |` under `| | | 人力资源和社会保 |
            // …35号窗 | 0886-… |`.)
            [c, a] if c == nc && a == ac && same_width && i == ri + 2 && !phone_like(cell_text(r3, a)) => Some(squash(cell_text(r3, c))),
            _ => None,
        }
    };
    let mut r = r.into_owned();
    for i in ri + 2..ri + 5 {
        if ends_like_name(&r) {
            break;
        }
        let Some(more) = name_alone(i) else { break };
        r.push_str(&more);
    }
    let alias = is_remark_only(&r) && ends_like_name(&r);
    let cut_in_word = continuation::name_cut_inside_a_word(head, rest);
    let name = no_number(&h)
        && crate::text::cjk_count(&h) >= 2
        && !crate::text::is_ditto(head)
        // (A head ending like a name may be a place's head its rest finishes: `南部` + `县行政审批局`.)
        && (!ends_like_name(&h) || cut_in_word || continuation::closes_what_is_open(head, rest) || alias || continuation::place_cut_in_two(&h, &r))
        && ends_like_name(&format!("{h}{r}"))
        && !(ends_like_name(&r) && g.place_at_start(&r).is_some() && !cut_in_word)
        && !continuation::opens_with_a_window(rest);
    // (An address may end like a name on its building's `…政务服务中心`: not with a number.)
    // (Nor one cut inside a word its rest finishes: `丽江市永胜县科` + `技南路711号`.)
    let a_name = ends_like_name(&a) && no_number(&a) && !continuation::address_cut_inside(addr_head, below(ac));
    // (Or a place's name its rest below finishes: `呼和浩` + `特市土默特左旗…`.)
    // (Or a road's name its rest finishes, `胜利中` + `路94号…`.)
    // (Or a street and its number, no place before them, under a name that is whole: `| | 嘉峪关 |
    // 团结东路141号人 | | |` over `| | | 市科学技术局(外国专家局) | 才大厦4层 | (0937)… |`; not the
    // middle of a record whose name above is open, `红河哈尼族彝族自` over `| | 治州经济技术开发 |
    // 治县光明南路485号… | |`; above a page's first record, the last page's last row, past the
    // page's noise line, `| 35 | | 红河哈尼族彝族自 | …傣族自 | |` / page / `| : | | |` / `| | 治州人力资源
    // 和社 | 治县长江路697号… | 0873-… | |`.)
    // (Or a street whose number is cut, its rest below: `| | 儋州市外国 | 兴业大道2 | | |` over
    // `| | | 专家局 | 81号行政服务中心1楼 | 0898-… |`.)
    let street = || {
        let above = if t.opens_page(ri) { t.prev_table_last } else { ri.checked_sub(1).map(|i| t.rows[i]) };
        numbered() && !open_name_above(above, nc, &h, false)
    };
    let place = g.place_at_start(&a).is_some() || continuation::place_cut_in_two(&a, &squash(below(ac))) || road_cut || street();
    if !name || a_name || !place {
        return false;
    }
    // (The header's caption, `省(区、市)`, is none: rows before the table's first record
    // do not count.)
    let first = t.first_record.and_then(|f| t.rows.iter().position(|r| std::ptr::eq(*r, f))).unwrap_or(0);
    let city_column = (first..t.rows.len())
        .filter(|&i| i != ri)
        .filter(|&i| !cell_text(t.rows[i], pc).is_empty() && !cell_text(t.rows[i], phc).is_empty())
        // (A row printing more than its 序号 before the column is shifted: `| 6 陕西 | 陕西省政务服务中
        // 心科技厅窗口 | …501号… | | 029-… |` prints a name there.)
        .filter(|&i| t.rows[i].cells[..pc].iter().all(|c| c.text.trim().is_empty() || super::is_seq_number(c)))
        .any(|i| t.scores[i].get(pc).is_some_and(|s| s.province.is_none() && !s.province_fragment && !s.header));
    if city_column {
        return false;
    }
    let (Some(pc), Some(nc), Some(ac)) = (at(pc), at(nc), at(ac)) else { return false };
    assigned[pc] = Some(Role::Institution);
    assigned[nc] = Some(Role::Address);
    if !phone.is_empty() {
        assigned[ac] = Some(Role::Phone);
    }
    true
}

/// A whole name (opening with a place, ending like a name, no number) left unread in a row
/// with an address and no name, because it sits after the address, out of the table's
/// column order (`| 杭州市解放东路20号 | 杭州市人力资源和社会保障局 |`): the row's name, not
/// noise, or the name above would be inherited in its place.
fn whole_name_left_unread(row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>]) {
    if assigned.contains(&Some(Role::Institution)) || !assigned.contains(&Some(Role::Address)) {
        return;
    }
    let g = Gazetteer::get();
    let whole = |ci: usize| {
        let s = &scores[ci];
        let sq = squash(&row.cells[ci].text);
        assigned[ci] == Some(Role::Noise)
            && !s.garbled
            && s.phone_count == 0
            && s.province.is_none()
            && !sq.bytes().any(|b| b.is_ascii_digit())
            && crate::text::cjk_count(&sq) >= 6
            && crate::classify::has_institution_suffix(&sq)
            && g.place_at_start(&sq).is_some()
    };
    let found: Vec<usize> = (0..row.cells.len()).filter(|&ci| whole(ci)).collect();
    if let [ci] = found.as_slice() {
        assigned[*ci] = Some(Role::Institution);
    }
}

/// The one text left unread in a row with a name and a phone and no address, printed after
/// the phone (the page's address and phone columns read the other way round: `…审批处 |
/// 0791-83987539 | 南昌市行政服务中心二楼人社局窗口`), opening with a place and going on past
/// it or reading best as an address: the row's address, though too weak an address to be
/// read out of the column order.
/// (A place alone there is a place-name cell, the record's city.)
fn address_after_the_phone(row: &Row, scores: &[CellScores], assigned: &mut [Option<Role>]) {
    let has = |r: Role| assigned.contains(&Some(r));
    if has(Role::Address) || !has(Role::Institution) {
        return;
    }
    let Some(phone) = assigned.iter().position(|r| *r == Some(Role::Phone)) else { return };
    let unread: Vec<usize> =
        (0..row.cells.len()).filter(|&ci| assigned[ci] == Some(Role::Noise) && !row.cells[ci].text.trim().is_empty()).collect();
    let [ci] = unread[..] else { return };
    let s = &scores[ci];
    let sq = squash(&row.cells[ci].text);
    let address = ci > phone
        && !s.garbled
        && s.phone_count == 0
        && s.province.is_none()
        && crate::text::cjk_count(&sq) >= 6
        && (Gazetteer::get().place_at_start(&sq).is_some() || s.best().0 == Role::Address)
        && !continuation::only_places(&sq);
    if address {
        assigned[ci] = Some(Role::Address);
    }
}

/// The texts of the row above a row `width` cells wide, as they line up with its columns.
/// As printed when as wide; a column right when printed a cell left in that width (its
/// last cell empty, its phone under the address column, its name's head under the
/// province's: `| | 北海市高新技术产 | 铁山港区…13 | 0779-… | |` over `| | | 业开发区管理委员 |
/// 1室 | |`) or a cell short (its first cell lost, its phone last: `| | 三沙市高新技术产 |
/// 三沙市…综合办公楼 | 0898-… |` over `| | | 业开发区管理委员 | 986室 | |`, or its texts
/// opening a cell left of the row's); its first
/// `width` when wider by empty cells at its end; [`squeeze`]d when wider by empty cells
/// after the name or the address (`| | | 长沙市高新技术产 | | 长沙市…大厦4 | 0731-… |`); padded
/// with empty cells when narrower, its texts opening in the same column as the row's
/// (`| | | 博尔塔拉蒙古自治 | …72号 | |` over `| | | 州人力资源和社会 | | | | 0909-… |`), or
/// opening in the same cell as the row when the row is wider by empty cells at its end alone
/// (`| 32 | | 南充市高新技术产 | …252号 | 0817 … |` over `| | | 业开发区管理委员 | | | | |`).
/// None otherwise.
fn aligned_above<'r>(above: &'r Row, row: &Row, layout: &roles::Layout) -> Option<Vec<&'r str>> {
    let width = row.cells.len();
    let texts = || above.cells.iter().map(|c| c.text.trim());
    let (nc, phc) = (roles::usual_column(layout, Role::Institution), roles::usual_column(layout, Role::Phone));
    let len = above.cells.len();
    // (Empty columns may sit around its phone, printed left of the phone's column: `| |
    // 唐山市高新技术产 | 唐山市…大厦5 | 0315-… | | | |`, `| | 山南市高新技术产 | 加查县…1楼 | | |
    // 0893-… | |`.)
    // (Or wider by empty cells at its end: `| | 河池市高新技术产 | …科技大厦 | 0778-… | | |`.)
    let as_wide = len == width || (len > width && super::all_empty(&above.cells[width..]));
    let shifted_in_place = as_wide
        && nc.zip(phc).is_some_and(|(nc, phc)| {
            let mut after = (nc + 1..=phc).filter(|&c| !cell_text(above, c).is_empty());
            let phone_left = match (after.next(), after.next()) {
                (Some(p), None) => p < phc && phone_like(cell_text(above, p)),
                _ => false,
            };
            nc > 0
                && phc >= nc + 2
                && phone_left
                && !cell_text(above, nc - 1).is_empty()
                && (0..nc - 1).all(|c| cell_text(above, c).is_empty())
        });
    // (Or a cell short, opening a cell left of the row: `| | 阿勒泰地区科学技 | …563号 | |`
    // over `| | | 术局(外国专家局 | | 联系电话: … |`.)
    let opens_a_cell_left = || super::leading_empty(above) + 1 == super::leading_empty(row) && super::leading_empty(row) < width;
    // (Not when both open in the same column: the row is wider by an empty cell inside it, `|
    // | | 大兴安岭地区科学 | …综合办 | 1397… |` over `| | | 技术局(外国专家 | | 公楼861室 | |`.)
    let same_lead = super::leading_empty(above) == super::leading_empty(row);
    // (The row may be wider still by empty cells at its end: `| | 那曲市高新技术产 | 那曲市…564号 |
    // 0896-… |` over `| | | 业开发区管理委员 | | | | | |`.)
    let a_cell_more = len + 1 == width || (len + 1 < width && opens_a_cell_left() && super::all_empty(&row.cells[len + 1..]));
    // (Nor when it opens with its 序号, no first cell lost: `| 29 | | 茂名市高新技术产 | …966号 | 0668-… |`
    // over `| | | 业开发区管理委员 | | | |`.)
    let numbered = above.cells.first().is_some_and(super::is_seq_number);
    let short = a_cell_more && !same_lead && !numbered && (above.cells.last().is_some_and(|c| phone_like(&c.text)) || opens_a_cell_left());
    // (Or as wide, its one text a cell left of the row's, under the name column: a name's
    // middle printed a cell left, `| | 由贸易试验区齐齐 | | | |` over `| | | 哈尔片区管理委员 | | |`.)
    let lone_a_cell_left = || {
        len == width
            && above.cells.iter().filter(|c| !c.text.trim().is_empty()).count() == 1
            && opens_a_cell_left()
            && nc == Some(super::leading_empty(row))
    };
    // (Or wider by the empty 序号 and province cells it prints, a page that leaves them out
    // below it opening with text: `| | | 自治州高新技术产 | | |` / page / `| 业开发区管理委员 |
    // | |`.)
    let leads = len > width && super::leading_empty(above) >= len - width && super::leading_empty(row) == 0 && width > 0;
    // (Narrower by the empty 序号 and province cells the row prints, opening with text: lined up
    // by its right edge, though the row ends in empty cells too, `| 贸易试验区阿勒泰 | 务中心…窗口 | |`
    // / page / `| | | 地区片区管理委员 | | |`.)
    let left_out_above = || len < width && len > 0 && super::leading_empty(above) == 0 && super::leading_empty(row) >= width - len;
    // (Past all of them when the row ends with empty cells where it would print their texts:
    // `| | | 中国(黑龙江)自 | …科技大厦 | 0453-… |` / page / `| 由贸易试验区牡丹 | 6楼278室 | | |`.)
    let padded_past_leads = || {
        let k = super::leading_empty(above);
        k > len - width && opens_past_left_out(above, row, width) && super::all_empty(&row.cells[len - k..])
    };
    // (Its texts past the empty cells it opens with, as a row `width` cells wide.)
    let past_lead = || Some(texts().skip(super::leading_empty(above)).chain(std::iter::repeat("")).take(width).collect());
    // (Or as wide, on a page whose names open its rows: `| | | 景德镇市经济技术 | …大厦9 | 0798-… |`
    // / page / `| 开发区人才服务中 | 楼832室 | | | |`.)
    let as_wide_left_out = || len == width && nc == Some(0);
    if (len < width || as_wide_left_out()) && opens_left_of(above, row, len) {
        // (Or narrower but opening with the empty 序号 and province cells the row leaves out, the
        // row's texts within the rest: `| | | 文山壮族苗族自治 | …784号 | 0876-… |` / page / `|
        // 州科学技术局(外 | 科技大厦8楼515室 | | | | |`.)
        past_lead()
    } else if shifted_in_place || short || lone_a_cell_left() {
        Some(std::iter::once("").chain(texts()).take(width).collect())
    } else if leads && padded_past_leads() {
        past_lead()
    } else if leads {
        Some(texts().skip(len - width).collect())
    } else if as_wide {
        Some(texts().take(width).collect())
    } else if len > width && opens_past_left_out(above, row, width) {
        // (Or wider by the empty 序号 and province cells it prints and by empty cells at its
        // end, the page below leaving them out: `| | | 中国(吉林)自由 | …763号 | | | | |` / page /
        // `| 贸易试验区延边朝 | 政务服务中心5楼… | 0433-… |`.)
        past_lead()
    } else if len > width && opens_a_cell_left() {
        // (Opening a cell left and wider by empty cells after its name: `| | 甘南藏族自治州科 |
        // | | 临潭县…5楼 | 1393… |` over `| | | 学技术局(外国专 | 33号窗口 | |`.)
        // (Or, too few empty cells for that, opening with the province's cell: squeezed where
        // it stands, `| | 自 治 区 | 固原市高新技术产 | | | 固原市…9层 | 0954–… |` over `| | |
        // 业开发区管理委员 | | |`.)
        let nc = nc?;
        squeeze_texts(std::iter::once("").chain(texts()).collect(), width, nc).or_else(|| squeeze(above, width, nc))
    } else if len > width {
        let nc = nc?;
        squeeze(above, width, nc)
            .or_else(|| {
                // (Or wider by the empty 序号 and province cells it prints, the page below leaving
                // them out, and by empty cells after its name: `| | | 六盘水市经济技术 | | | 六盘水市
                // …中心 | 1972… |` / page / `| 开发区人才服务中 | 29号窗口 | |`.)
                // (Not past a province's text, which names no name: `| | 自 治 区 | | …880室 | 0895-… |`
                // over `| 日喀 | 日喀则市…人 | |`, read past both lead cells below.)
                let k = super::leading_empty(above);
                let province_next = || {
                    above.cells.get(k).is_some_and(|c| {
                        let s = crate::classify::classify(&c.text);
                        s.province.is_some() || s.province_fragment
                    })
                };
                ((1..=2).contains(&k) && super::leading_empty(row) == 0 && !province_next())
                    .then(|| squeeze_texts(texts().skip(k).collect(), width, nc))
                    .flatten()
            })
            .or_else(|| {
                // (Or wider by the 序号 and province cells it prints, the province's text in its
                // cell, the row below leaving them out: `| | 自 治 区 | 桂林市高新技术产 | …768号 |
                // 0773-… |` over `| 业开发区管理委员 | | |`.)
                let k = len - width;
                (k == 2 && super::leading_empty(row) == 0 && above.cells[..k].iter().all(reads_as_lead)).then(|| texts().skip(k).collect())
            })
            .or_else(|| {
                // (Or wider still, by empty cells after its name too: see [`squeezed_past_leads`].)
                (super::leading_empty(row) == 0).then(|| squeezed_past_leads(above, width, nc)).flatten()
            })
    } else if (super::leading_empty(above) == super::leading_empty(row) && super::leading_empty(row) < len)
        || (len < width && len > 0 && super::all_empty(&row.cells[len..]) && (numbered || !left_out_above()))
    {
        Some(texts().chain(std::iter::repeat("")).take(width).collect())
    } else if !numbered && left_out_above() {
        // (Or narrower by the empty 序号 and province cells the row prints, a page leaving
        // them out above it opening with text: `| 大兴安岭地区科学 | …科技大 | 0457-… |` /
        // page / `| | | 技术局(外国专家 | 厦8楼117室 | |`; not above it opening with its 序号,
        // the row wider by an empty cell after its name, `| 28 | | 盘锦市高新技术产 | …332号 | |`
        // over `| | | 业开发区管理委员 | | | 0427-… |`.)
        Some(std::iter::repeat_n("", width - len).chain(texts()).collect())
    } else if let Some(kept) = nc.filter(|_| len < width).and_then(|nc| super::squeezed_row(row, len, nc)) {
        // (Or narrower, the row wider by empty cells inserted after its name: each text above
        // over the cell the row keeps once [`squeeze`]d to its width, `| | 自 治 区 | 乌兰察布市科学技 |
        // …科技大厦 | 电话:0474-… |` / page / `| | | 术局(外国专家局 | | | | 8楼388室 | |`.)
        let mut out = vec![""; width];
        for (&i, text) in kept.iter().zip(texts()) {
            out[i] = text;
        }
        Some(out)
    } else {
        None
    }
}

/// True when `above` opens with empty cells `row` leaves out, `row` opening with text and
/// printing none past what `above` prints after them (`len`, its width).
fn opens_left_of(above: &Row, row: &Row, len: usize) -> bool {
    let k = super::leading_empty(above);
    k > 0 && k < len && super::leading_empty(row) == 0 && super::text_width(row) > 0 && super::text_width(row) <= len - k
}

/// True when `above` opens with one or two empty cells (the 序号 and province columns) that
/// `row`, opening with text, leaves out, and all its texts fit in `row`'s `width` after them.
fn opens_past_left_out(above: &Row, row: &Row, width: usize) -> bool {
    let k = super::leading_empty(above);
    (1..=2).contains(&k) && super::leading_empty(row) == 0 && super::text_width(above) <= k + width
}

/// A row's texts as a row `width` cells wide, the empty cells it has too many dropped from
/// after the name's column (`name_col`): a row printed with empty cells inserted after the
/// name or the address. None when it has not that many empty cells there.
fn squeeze(r: &Row, width: usize, name_col: usize) -> Option<Vec<&str>> {
    squeeze_texts(r.cells.iter().map(|c| c.text.trim()).collect(), width, name_col)
}

/// How many 序号 and province cells row `ri` prints before its name where the next row, on
/// a page of rows leaving them out, prints its name's rest: the row's cells past them line up
/// with that row's (`| | 自 治 区 | 锡林 | 锡林郭勒盟多伦县世纪 | |` over `| 郭勒盟行政审批服务局 |
/// 街43号… | 0479-… |`).
/// (Or the two of them, the row wider by empty cells at its end too: `| | 自 治 区 | 利通区 | 利通区学 |
/// | |` over `| 科技局 | 府西路379号… | 联系电话: 0953-… |`.)
fn leads_over_narrower(t: &TableView<'_>, ri: usize, nc: usize) -> Option<usize> {
    let (row, next) = (t.rows[ri], t.rows.get(ri + 1)?);
    let most = row.cells.len().checked_sub(next.cells.len()).filter(|&k| k > 0 && super::text_width(row) > next.cells.len())?;
    let lead_cell = |c: usize| t.scores[ri].get(c).is_some_and(|s| prints_a_lead(&row.cells[c], s));
    // (Fewer only past a province's text, the row's 序号 and province cells both: a 序号 alone
    // before a name's head is no lead the next row leaves out.)
    let province_at = |c: usize| t.scores[ri].get(c).is_some_and(|s| s.province.is_some() || s.province_fragment);
    // (Past a province's text, the rest may be wider by empty cells after the name, [`squeeze`]d:
    // `| | 自 治 区 | 巴彦淖尔市科学 | | 巴彦淖 | |` over `| 技术局 | 尔市临河区…2楼 | 0478-… |`.)
    let fits = |k: usize| {
        let rest_fits = super::all_empty(&row.cells[k + next.cells.len()..])
            || (k == 2 && province_at(1) && past_leads(row, k, next.cells.len(), nc).is_some());
        (k == most || (k == 2 && province_at(1)))
            && (0..k).all(lead_cell)
            && rest_fits
            && !cell_text(row, nc + k).is_empty()
            && !cell_text(next, nc).is_empty()
    };
    (1..=most).rev().find(|&k| fits(k))
}

/// A row's texts past its first `k` cells (the leads a narrower row leaves out, see
/// [`leads_over_narrower`]) as a row `width` cells wide: as printed when the cells past
/// those are empty, else [`squeeze`]d after the name's column (`nc`, the narrower row's).
/// (Squeezed too when as printed an empty cell would sit between its texts, the one after it
/// no phone: `巴彦淖尔市科学 | | 巴彦淖`, the address's head a cell off.)
fn past_leads(row: &Row, k: usize, width: usize, nc: usize) -> Option<Vec<&str>> {
    let texts: Vec<&str> = row.cells.get(k..)?.iter().map(|c| c.text.trim()).collect();
    let printed = (texts.len() >= width && texts[width..].iter().all(|t| t.is_empty())).then(|| texts[..width].to_vec());
    let gap_inside = printed
        .as_ref()
        .is_some_and(|p| p.iter().position(|t| t.is_empty()).is_some_and(|i| p[i..].iter().any(|t| !t.is_empty() && !phone_like(t))));
    match printed {
        Some(p) if !gap_inside => Some(p),
        Some(p) => squeeze_texts(texts, width, nc).or(Some(p)),
        None => squeeze_texts(texts, width, nc),
    }
}

/// The column of the first of three texts a row prints side by side, the last a phone, the
/// one before it words (`| | 服务局 | 东路552号… | 0376 2263336 | |`): a name's rest, an
/// address's and the record's phone, whatever columns its page puts them in.
fn three_side_by_side(r: &Row) -> Option<usize> {
    let texts: Vec<usize> = (0..r.cells.len()).filter(|&c| !cell_text(r, c).is_empty()).collect();
    let k = *texts.first()?;
    (texts == [k, k + 1, k + 2] && phone_like(cell_text(r, k + 2)) && crate::text::cjk_count(cell_text(r, k + 1)) >= 2).then_some(k)
}

/// The texts of a row wider than `width` by the 序号 and province cells it prints and by empty
/// cells after its name, as a row that width whose name's column is `nc`: squeezed past those
/// cells, `| | 自 治 区 | 石嘴山市高新技术 | | | …科技大厦 | 0952-… |` over `| 产业开发区管理委 | 4楼334室 |
/// |`; or past its 序号 and province printed in one cell, `| 6 重庆 | 重庆市科学技术厅… | …7楼 | | |
/// | 023 … |` over `| 重庆 | 巫山县…449号行政 | (023)… |`.
fn squeezed_past_leads(above: &Row, width: usize, nc: usize) -> Option<Vec<&str>> {
    let k = above.cells.iter().take(2).take_while(|c| reads_as_lead(c) || numbered_province(&c.text)).count();
    (k > 0 && above.cells.len() > width + k && !cell_text(above, k).is_empty())
        .then(|| squeeze_texts(above.cells[k..].iter().map(|c| c.text.trim()).collect(), width, nc))
        .flatten()
}

/// True for a 序号 and a province printed in one cell, `6 重庆`.
fn numbered_province(text: &str) -> bool {
    let t = text.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && {
        let s = crate::classify::classify(&t[digits..]);
        s.province.is_some() || s.province_fragment
    }
}

/// [`prints_a_lead`] for a cell whose scores are not at hand (a row of another table, or one
/// lined up from elsewhere): classified here.
fn reads_as_lead(cell: &parser::Cell) -> bool {
    prints_a_lead(cell, &crate::classify::classify(&cell.text))
}

/// True for a cell a row prints before its name where rows of a narrower page print nothing:
/// empty, its 序号, or its province (`s`, the cell's scores).
fn prints_a_lead(cell: &parser::Cell, s: &CellScores) -> bool {
    cell.text.trim().is_empty() || super::is_seq_number(cell) || s.province.is_some() || s.province_fragment
}

/// The column most rows as wide as row `ri` read their names in (two of them at least, more
/// than in any other column): the name column of a page mixing row widths, where the
/// table's layout says none (`| 阿拉善盟科学技术 局 | …414号 | 0483-… |` among rows opening
/// sections, `| 3 | 内蒙古 | 乌兰察布市… | … | … |`).
fn name_col_of_width(t: &TableView<'_>, ri: usize) -> Option<usize> {
    let width = t.rows[ri].cells.len();
    let mut counts = vec![0usize; width];
    for i in (0..t.rows.len()).filter(|&i| i != ri && t.rows[i].cells.len() == width) {
        for (c, role) in t.reading(i).1.iter().enumerate().take(width) {
            counts[c] += usize::from(*role == Some(Role::Institution));
        }
    }
    let best = (0..width).max_by_key(|&c| (counts[c], std::cmp::Reverse(c)))?;
    (counts[best] >= 2 && (0..width).all(|c| c == best || counts[c] < counts[best])).then_some(best)
}

/// [`squeeze`] over a row's trimmed texts.
fn squeeze_texts(texts: Vec<&str>, width: usize, name_col: usize) -> Option<Vec<&str>> {
    let kept = super::squeezed_cells(texts.iter().map(|t| t.is_empty()), width, name_col)?;
    Some(kept.into_iter().map(|i| texts[i]).collect())
}

/// The shift a row printed without the table's leading columns is read at (its cells a
/// few columns further right), for the checks that line it up with its neighbours by its
/// own columns; 0 for any other row. Such a row ends under the phone column, and the
/// table's field columns are all among those it prints (a table whose layout its narrow
/// rows set reads them where they are; a row read further right for a short text that
/// scores better there keeps the table's columns).
fn own_columns_shift(layout: &roles::Layout, row: &Row, shift: isize) -> isize {
    let field_cols: Vec<usize> =
        [Role::Institution, Role::Address, Role::Phone].into_iter().filter_map(|r| roles::usual_column(layout, r)).collect();
    let in_view = !field_cols.is_empty() && field_cols.iter().all(|&c| c as isize >= shift);
    let ends_at_phone = roles::usual_column(layout, Role::Phone).is_some_and(|pc| pc as isize + 1 == row.cells.len() as isize + shift);
    if shift > 0 && in_view && ends_at_phone {
        shift
    } else {
        0
    }
}

/// How the next page lines up ([`LeftEdge`]: the columns before the name's), when row `ri`,
/// its table's last, printing text under the name column, is followed by a page whose first
/// row, as wide or narrower, prints its texts from its left edge, the row's texts and its own
/// within its columns once it is read that many columns further right (`| 31 | | 吉林 | 蛟河市 | 0432-… |` / page / `| 市政务服务中心 |
/// 人民南路151号… | | | |`; `| 13 | | 石家 | …80 | |` / page / `| 庄市行政审批服务局 | 3号… |
/// 0311-… | |`).
fn next_page_from_left_edge(t: &TableView<'_>, ri: usize) -> Option<LeftEdge> {
    let row = t.rows[ri];
    let next = t.next_table_first.filter(|_| ri + 1 == t.rows.len())?;
    let nc = roles::usual_column(t.layout, Role::Institution).filter(|&nc| nc > 0)?;
    let opens = next.cells.len() <= row.cells.len()
        && super::text_width(row) <= next.cells.len() + nc
        && super::leading_empty(next) == 0
        && !cell_text(row, nc).is_empty();
    let reach = super::text_width(next) + nc;
    // (Its name may sit an empty cell before its address, read without it: `| 锡林郭 | 锡林郭勒盟…综合 |
    // |` / page / `| 勒盟人力资源和社会保障局 | | 办公楼566室 | 0479-… |`.)
    let gap = reach == row.cells.len() + 1 && cell_text(next, 1).is_empty() && !cell_text(next, 2).is_empty();
    (opens && (reach <= row.cells.len() || gap)).then_some(LeftEdge { k: nc, gap })
}

/// How a next page printed from its left edge lines up under a row: `k` columns further
/// right, and past the empty cell after its name when `gap`.
#[derive(Clone, Copy)]
struct LeftEdge {
    k: usize,
    gap: bool,
}

impl LeftEdge {
    /// The next page's cell under column `col` of the row above.
    fn at(self, col: usize) -> Option<usize> {
        col.checked_sub(self.k).map(|c| if self.gap && c >= 1 { c + 1 } else { c })
    }
}

/// True when a row, wider than `width` by empty cells at its end, prints a text that is no
/// phone under the phone column, the last of `width`, and none under the address column: its
/// texts pushed a column on by an empty cell inserted after the name (`| 15 | | 龙子 | |
/// 龙子湖区滨 | |`).
fn texts_past_empty_address(row: &Row, layout: &roles::Layout, width: usize) -> bool {
    let (Some(ac), Some(pc)) = (roles::usual_column(layout, Role::Address), roles::usual_column(layout, Role::Phone)) else { return false };
    let last = cell_text(row, pc);
    pc + 1 == width && ac < pc && cell_text(row, ac).is_empty() && !last.is_empty() && !phone_like(last)
}

/// True when row `ri`'s cell under the name column is the head of a name the next row's
/// cell there finishes (a word or a place's name across the cut: `马鞍` + `山市科学技术局`,
/// `四川省南充市科` + `学技术局`), and itself finishes nothing of the row above's: the first
/// row of a record printed over two, whatever its fragments read like alone.
/// So does an address cell the next row's address finishes (a place's name, a word, a
/// number or a road's name cut: `朝阳` + `区东三环中路7号…`).
fn heads_next_row<'a>(t: &TableView<'a>, ri: usize, shift: isize) -> bool {
    // (The layout as it lines up with the row's own columns, see [`own_columns_shift`].)
    let own_columns = roles::shifted_layout(t.layout, shift);
    let (rows, layout) = (t.rows, own_columns.as_ref());
    // (A page mixing narrow rows with wide ones may say no name column: the one its rows as
    // wide as this read their names in.)
    let usual_name_col = roles::usual_column(layout, Role::Institution);
    let by_width = usual_name_col.is_none() && shift > 0;
    // (Or, read where it stands, over a row of the table printed from its left edge, its name
    // first, wider by empty cells at its end: `| 28 | | 乌鲁木 | 乌鲁木齐市 | |` over `| 齐市科学技术局
    // | 水磨沟区…682号 | 0991-… | | | |`, lined up by the name's column.)
    let from_left_edge_below = |nc: &usize| {
        let (row, next) = (rows[ri], rows.get(ri + 1).copied());
        let name_first = || t.reading(ri + 1).1.first() == Some(&Some(Role::Institution));
        next.is_some_and(|r| {
            *nc > 0
                && !cell_text(row, *nc).is_empty()
                && super::leading_empty(r) == 0
                && super::text_width(r) + nc <= row.cells.len()
                && name_first()
        })
    };
    // (Or, the table's last row, over a next page wider by empty cells it opens with: `| 鄂尔 |
    // 鄂尔多斯市…政务 | 0477-… |` / page / `| | | 多斯市政务服务中心 | 服务中心7楼22号窗口 | |`.)
    let next_page_leads = |nc: &usize| {
        ri + 1 == rows.len()
            && t.next_table_first.is_some_and(|n| super::leading_empty(n) > *nc && n.cells.len() > rows[ri].cells.len())
            && !cell_text(rows[ri], *nc).is_empty()
    };
    // (Or both rows printed from the left edge, their names first, the next row wider by empty
    // cells after its name or address: `| 日喀 | 日喀则市…353号人 | |` over `| 则市政务服务中心 | 才大厦5层 | |
    // 0892-… |`.)
    let both_names_first = |nc: &usize| {
        let (row, next) = (rows[ri], rows.get(ri + 1).copied());
        next.is_some_and(|r| {
            *nc == 0
                && !cell_text(row, 0).is_empty()
                && super::leading_empty(r) == 0
                && (r.cells.len() == row.cells.len() || squeeze(r, row.cells.len(), 0).is_some())
                && t.reading(ri + 1).1.first() == Some(&Some(Role::Institution))
        })
    };
    let name_col_here = usual_name_col.or_else(|| by_width.then(|| name_col_of_width(t, ri)).flatten()).or_else(|| {
        (shift == 0)
            .then(|| name_col_of_width(t, ri))
            .flatten()
            .filter(|nc| from_left_edge_below(nc) || next_page_leads(nc) || both_names_first(nc))
    });
    // (A table captioning a column as a name and its address, `受理机构/地址`, may print a
    // record's name on one row and its address on the next: its rows head nothing.)
    if !layout.name_address_cols.is_empty() {
        return false;
    }
    // (A row wider than the next by empty cells after its name or address reads as that
    // one's width, [`squeeze`]d: `| | | 碾子 | | | 齐齐哈 | |` over `| | | 山区科技局 |
    // 尔市碾子山区…752号… | 0452-… |`.)
    // (Not a table's first row, lined up with the last table's last by its own width.)
    // (Or, too few empty cells there for the next row's width, over a row narrower by the
    // columns before the name's it leaves out, as wide as the next row and those columns, an
    // empty cell inside it: `| 江都 | | 江都区学府东路691号科技大 | |` over `| 区科技局 | 厦3楼297室
    // | 0514–… |`.)
    let first = t.opens_page(ri);
    let (this_len, this_width) = (rows[ri].cells.len(), super::text_width(rows[ri]));
    // (With whether it was squeezed to the next row's width, the row above lined up with that.)
    let squeezed_this: Option<(Vec<&str>, bool)> = rows.get(ri + 1).filter(|_| !first).and_then(|next| {
        let (w, nc) = (next.cells.len(), name_col_here?);
        if w < this_len && (this_width > w || texts_past_empty_address(rows[ri], layout, w)) {
            if let Some(cells) = squeeze(rows[ri], w, nc) {
                return Some((cells, true));
            }
            if let Some(k) = leads_over_narrower(t, ri, nc) {
                return past_leads(rows[ri], k, w, nc).map(|cells| (cells, true));
            }
        }
        let u = w + nc;
        let gap = (nc + 1..this_width).any(|c| cell_text(rows[ri], c).is_empty());
        let name_here = !cell_text(rows[ri], nc).is_empty();
        (u < this_len && gap && name_here && super::leading_empty(next) == 0)
            .then(|| squeeze(rows[ri], u, nc))
            .flatten()
            .map(|c| (c, false))
    });
    // (Or a table's first row wider than the next by the 序号 and province cells it prints, that
    // row leaving them out: `| | 自 治 区 | 墨脱 | 林芝市…行政 | |` over `| 县科技局 | 服务中心2楼 |
    // 0894-… |`.)
    // (The last table's last row above it, as wide, read past as many cells.)
    let first_leads = rows
        .get(ri + 1)
        .filter(|n| first && squeezed_this.is_none() && n.cells.len() < this_len && this_width > n.cells.len())
        .and_then(|next| leads_over_narrower(t, ri, name_col_here?).filter(|k| next.cells.len() + k == this_len));
    let squeezed_this = squeezed_this.or_else(|| first_leads.map(|k| (rows[ri].cells[k..].iter().map(|c| c.text.trim()).collect(), true)));
    // (Or, the table's last row, wider than its rows by empty cells after its name or address,
    // at the table's width: `| | | 六盘水市经济技术 | | | 六盘水市…中心 | 1972… |` / page / `| 开发区人才
    // 服务中 | 29号窗口 | |`.)
    let squeezed_this = squeezed_this.or_else(|| {
        let (w, nc) = (t.layout.usual_width, name_col_here?);
        let last = ri + 1 == rows.len() && t.next_table_first.is_some();
        // (Or no wider in text but for an empty cell inside it: `| 南昌市 | | 南昌市东湖区…26 | |` / page
        // / `| 科学技术局 | 号窗口 | 0791… |`.)
        let gap = || (nc + 1..this_width).any(|c| cell_text(rows[ri], c).is_empty());
        (last && !first && w < this_len && (this_width > w || gap())).then(|| squeeze(rows[ri], w, nc)).flatten().map(|c| (c, false))
    });
    // (Or, wider than the next page's first row by more than the 序号 and province cells that
    // row leaves out, the empty cells after its name dropped: `| | | 博尔塔 | | | 博尔塔拉蒙古自治州 |
    // |` / page / `| 拉蒙古自治州外国专家局 | 博乐市…659号 | 0909–… |`.)
    let squeezed_this = squeezed_this.or_else(|| {
        let next = t.next_table_first.filter(|_| ri + 1 == rows.len() && !first)?;
        let nc = name_col_here?;
        let w = next.cells.len() + nc;
        (w < this_len && this_width > w && super::leading_empty(next) == 0 && super::leading_empty(rows[ri]) == nc)
            .then(|| squeeze(rows[ri], w, nc))
            .flatten()
            .map(|c| (c, false))
    });
    // (Or wider than the next page's first row, that row printing the leading columns, by
    // empty cells after its name: `| | 自 治 区 | 石嘴 | | | | 惠农区振 | |` / page / `| | | 山市行政审批服务局
    // | 兴西路832号 | 0952-… |`.)
    let squeezed_this = squeezed_this.or_else(|| {
        let next = t.next_table_first.filter(|_| ri + 1 == rows.len() && !first)?;
        let nc = name_col_here?;
        (next.cells.len() < this_len && super::leading_empty(next) >= nc && this_width > next.cells.len())
            .then(|| squeeze(rows[ri], next.cells.len(), nc))
            .flatten()
            .map(|c| (c, false))
    });
    let squeezed_to_next = squeezed_this.as_ref().is_some_and(|(_, to_next)| *to_next);
    let squeezed_this = squeezed_this.map(|(cells, _)| cells);
    let width = squeezed_this.as_ref().map_or(rows[ri].cells.len(), Vec::len);
    // (The row after the table's last is the next table's first, the row before its first
    // the last table's last: a page break inside a record, `六盘` / page / `水科技局`.)
    let (prev_table_last, row_at) = (t.prev_table_last, |i: usize| t.row_at(i));
    // (The row above may be of another width or printed a cell left: its texts as they
    // line up with this row's columns, see [`aligned_above`]; above a table's first row,
    // the last table's last, past the header the page printed again.)
    // (A row printed without the table's leading columns, read `shift` columns further
    // right: the row above of this table as its own shift lines it up with this one; the
    // last table's wider one by its right edge.)
    // (A lining up that leaves out every text of the row is no lining up: a row printing its
    // texts in its first cells, the rest empty, lines up by its left edge.)
    let lined_up = |a: &'a Row, a_shift: Option<isize>| {
        let texts = || a.cells.iter().map(|c| c.text.trim());
        let cells: Vec<&str> = match a_shift {
            Some(s) if shift > s => texts().skip((shift - s) as usize).chain(std::iter::repeat("")).take(width).collect(),
            Some(s) => std::iter::repeat_n("", (s - shift) as usize).chain(texts()).chain(std::iter::repeat("")).take(width).collect(),
            None => match a.cells.len().checked_sub(width).filter(|&k| k > 0) {
                // (A row wider still by empty cells after its name, [`squeeze`]d to the columns
                // this row leaves out and its own: `| 26 | | 临夏回族自治州科 | | | 临夏…撒拉族 | 0930-… |`
                // / page / `| 学技术局(外国专 | 自治县团结西路8号… | |`.)
                Some(k) if shift > 0 => name_col_here
                    .filter(|_| super::text_width(a) > width + shift as usize)
                    .and_then(|nc| squeeze(a, width + shift as usize, nc + shift as usize))
                    .map_or_else(|| texts().skip(k).collect(), |cells| cells.into_iter().skip(shift as usize).collect()),
                // (A page as narrow as the row, read where it stands: by its right edge too
                // when no other lining up fits, `| | 自 治 区 | 贵港市高新技术产 | …17号 | |` /
                // page / `| 业开发区管理委员 | 窗口 | 1933… |`.)
                Some(k) => return aligned_above(a, rows[ri], layout).or_else(|| Some(texts().skip(k).collect())),
                None => return aligned_above(a, rows[ri], layout),
            },
        };
        if cells.iter().all(|c| c.is_empty()) && texts().any(|c| !c.is_empty()) {
            aligned_above(a, rows[ri], layout)
        } else {
            Some(cells)
        }
    };
    let by_its_shift = |i: usize| lined_up(rows[i], Some(t.reading(i).0));
    // (A lining up of the row above that puts the name it reads over this row's name column.)
    // (Read only when a lining up is asked: most rows never need the row above's reading.)
    let name_above = std::cell::OnceCell::new();
    let name_above = || {
        *name_above.get_or_init(|| {
            (!first)
                .then(|| t.reading(ri - 1).1.iter().position(|r| *r == Some(Role::Institution)))
                .flatten()
                .map(|c| cell_text(rows[ri - 1], c))
        })
    };
    let names_it = |a: &Vec<&str>| name_col_here.is_none_or(|nc| name_above().is_none_or(|n| a.get(nc) == Some(&n)));
    // (The first of the row above's linings up — by its shift (`lined`), as [`aligned_above`]
    // does, squeezed past its leads — that `accept`s it.)
    let first_lining = |lined: &Option<Vec<&'a str>>, accept: &dyn Fn(&Vec<&str>) -> bool| {
        lined
            .clone()
            .filter(|a| accept(a))
            .or_else(|| aligned_above(rows[ri - 1], rows[ri], layout).filter(|a| accept(a)))
            .or_else(|| squeezed_past_leads(rows[ri - 1], width, name_col_here?).filter(|a| accept(a)))
    };
    // (Above a row read where it stands, a narrower row read further right, lined up by its
    // shift when that puts its name over this row's: `| 县科技局 | 14号窗口 | 咨询电话:… |` over
    // `| 37 | | 大通 | 西宁市…3楼 | |`.)
    let shifted_above_narrower = || {
        let named = |a: &Vec<&str>| name_col_here.and_then(|nc| a.get(nc)).is_some_and(|t| !t.is_empty());
        (squeezed_this.is_none() && rows[ri - 1].cells.len() < this_len && t.reading(ri - 1).0 > 0)
            .then(|| by_its_shift(ri - 1))
            .flatten()
            .filter(named)
            .map(Some)
    };
    // (Or, the last table's last row narrower than this row by more than the empty cells this
    // row opens with, its texts past them within as many cells: lined up past them, as that row
    // reads this one, `| 赤峰市高新技术产 | 翁牛特旗…2楼38 | (0476)… |` / page / `| | | 业开发区管理委员 |
    // 6室 | | | |` over `| | | 会 | | |`.)
    let past_own_leads = |a: &'a Row| {
        let k = super::leading_empty(rows[ri]);
        let fits = k > 0 && k + a.cells.len() < this_len && super::all_empty(&rows[ri].cells[k + a.cells.len()..]);
        fits.then(|| {
            std::iter::repeat_n("", k).chain(a.cells.iter().map(|c| c.text.trim())).chain(std::iter::repeat("")).take(this_len).collect()
        })
    };
    let above = if first {
        match (prev_table_last, first_leads) {
            (Some(a), Some(k)) if a.cells.len() == this_len => Some(a.cells[k..].iter().map(|c| c.text.trim()).collect()),
            _ => prev_table_last.and_then(|a| lined_up(a, None).or_else(|| past_own_leads(a))),
        }
    } else if by_width {
        // (On a page mixing widths, the lining up that finds a name above, or the row above by
        // its left edge.)
        // (The name it reads first: `| 6 重庆 | 重庆市科学技术厅… | …7楼 | | | | 023 … |` over `| 重庆 |
        // 巫山县…449号行政 | (023)… |`, squeezed past its leads, not its address over the name.)
        let named = |a: &Vec<&str>| name_col_here.and_then(|c| a.get(c)).is_some_and(|t| !t.is_empty());
        let its_name = |a: &Vec<&str>| named(a) && names_it(a);
        let lined = by_its_shift(ri - 1);
        first_lining(&lined, &its_name)
            .or_else(|| lined.filter(named))
            .or_else(|| aligned_above(rows[ri - 1], rows[ri], layout).filter(named))
            .or_else(|| Some(rows[ri - 1].cells.iter().map(|c| c.text.trim()).collect()))
    } else if shift > 0 {
        // (Lined up by its shift, unless that leaves the name it reads off this row's name
        // column: a row wider by empty cells after its address, `| 6 重庆 | 重庆市科学技术厅… |
        // …7楼 | | | | 023 … |` over `| 重庆 | 巫山县…449号行政 | (023)… |`, lined up as
        // [`aligned_above`] does.)
        let lined = by_its_shift(ri - 1);
        if lined.as_ref().is_none_or(names_it) {
            lined
        } else {
            first_lining(&lined, &names_it).or(lined)
        }
    } else if let Some(lined) = shifted_above_narrower() {
        lined
    } else if squeezed_this.is_some() && !squeezed_to_next && rows[ri - 1].cells.len() == width {
        // (Above a row read squeezed to the width of the row above, that row as printed.)
        Some(rows[ri - 1].cells.iter().map(|c| c.text.trim()).collect())
    } else {
        // (Above a row read squeezed, lined up with the next row, of the width it is read at.)
        // (Or, lining up with no next row, lined up with this one as printed and squeezed as it
        // is: `| 13 | | 哈尔滨市高新技术 | …市民服务 | 0451-… |` over `| | | 产业开发区管理委 | | | |
        // 中心32号窗口 | |` and `| | 员会 | | |`, a cell left.)
        aligned_above(rows[ri - 1], if squeezed_to_next { rows[ri + 1] } else { rows[ri] }, layout).or_else(|| {
            let kept = super::squeezed_row(rows[ri], width, name_col_here?).filter(|_| squeezed_to_next)?;
            let a = aligned_above(rows[ri - 1], rows[ri], layout)?;
            Some(kept.into_iter().map(|i| a.get(i).copied().unwrap_or("")).collect())
        })
    };
    fn cell_of(r: Option<&Row>, width: usize, col: usize) -> Option<&str> {
        r.filter(|r| r.cells.len() == width).and_then(|r| r.cells.get(col)).map(|c| c.text.trim()).filter(|t| !t.is_empty())
    }
    // (The next page's table may be wider, its extra cells empty at the end of its row:
    // `大石 | 营口市大石桥市胜利西路871号综 |` / page / `桥市科技局 | 合办公楼876室 | 0417-… | |`.)
    let padded = |r: &Row| r.cells.len() > width && super::all_empty(&r.cells[width..]);
    // (Or wider by the empty 序号 and province cells a narrow page left out: `鄂城 | 鄂州市
    // 鄂城区科 | 0711-…` / page / `| | | 区行政审批局 | 技大道26号 | |`.)
    // (Not when this row prints as many empty cells before its texts: `| | | 正蓝 | 正蓝旗…中心 | |` /
    // page / `| | | 旗科学技术局 | | | 22号窗口 | 0479–… |`, wider by empty cells after its name.)
    // (Nor when this row prints text before its name, its 序号: it left out no column, the next
    // row wider by an empty cell after its name, `| 39 | | 中国 | 东西湖区…1 | |` / page / `| | |
    // (湖北)自由贸易试验区… | | 楼36号窗口 | 027-… |`.)
    let numbered_here = name_col_here.is_some_and(|nc| (0..nc).any(|c| !cell_text(rows[ri], c).is_empty()));
    let lead = |r: &Row| {
        r.cells
            .len()
            .checked_sub(width)
            .filter(|&k| k > 0 && !numbered_here && super::leading_empty(r) >= k + super::leading_empty(rows[ri]))
    };
    // (Read by `lead` before `padded` when both fit, unless that puts its first text under this
    // row's 序号: `| 20 | | 西湖 | 西湖区…服务 | |` / page / `| | | 区科学技术局 | 中心19号窗口 | 0791-… |
    // | |`, wider by empty cells at its end.)
    let lead_over_padded =
        |r: &Row| lead(r).is_some_and(|k| rows[ri].cells.get(super::leading_empty(r) - k).is_none_or(|c| !super::is_seq_number(c)));
    // (Or the next row wider by empty cells after its name or address, [`squeeze`]d: `| | |
    // 日喀则市高新技术 | …综合办公 | |` over `| | | 产业开发区管理委 | | 楼747室 | 1529… |`.)
    let squeezed_below = row_at(ri + 1)
        .filter(|r| super::text_width(r) > width && !(ri + 1 == rows.len() && lead(r).is_some()))
        .and_then(|r| squeeze(r, width, name_col_here?));
    // (Or narrower by the empty 序号 and province cells this row prints, the next page leaving
    // them out: `| | | 永定 | 龙岩市永定区胜利中路4 | |` / page / `| 区科技局 | 46号 | 0597-… |`.)
    let this_lead = super::leading_empty(rows[ri]);
    // (Or as wide, the cells it leaves out printed empty at its end: `| 市政务服务中心 | 市民服务中心
    // 33号窗口 | 0421-… | | |` under `| | | 朝阳 | 朝阳市凌源市青年东路87号 | |`.)
    // (Or narrower still, the row's texts all within the columns the next one prints: `| | |
    // 张家 | 张家口市万全区 | | |` / page / `| 口市科学技术局(…) | 科技路72号 | 0313-… |`.)
    // (The row's leading empty cells all the columns before the name's: a row printing its
    // province is narrower by more than them, `| | 自 治 区 | 克什 | 克什克腾旗胜 | |`.)
    let within = |r: &Row| {
        r.cells.len() + this_lead < width && super::text_width(rows[ri]) <= r.cells.len() + this_lead && name_col_here == Some(this_lead)
    };
    // (Or wider by empty cells at its end, its texts within the columns this row prints from its
    // name's: `| | | 鄂尔多 | 鄂尔多斯市东胜区…633号 | |` / page / `| 斯市科学技术局(…) | 政务服务中心… |
    // 0477-… | | | |`.)
    let padded_past =
        |r: &Row| this_lead > 0 && r.cells.len() > width && super::text_width(r) + this_lead <= width && name_col_here == Some(this_lead);
    let trail = |r: &Row| {
        let left_out = r.cells.len() + this_lead == width
            || (r.cells.len() == width && super::text_width(r) + this_lead <= width)
            || within(r)
            || padded_past(r);
        this_lead > 0 && left_out && super::leading_empty(r) == 0
    };
    // (Likewise the next row of this table, a row printed without the leading columns
    // being read in its own; under a row read where it stands too: `| 40 | | 吉林 | 吉林市蛟 |
    // 0432-… |` over `| 市外国专家局 | 河市滨河街19号 | |`.)
    // (Both read as many columns further right, this row at its own columns: the next row as
    // printed, `| 齐齐 | 拜泉县建设 | 咨询电话:0452-… |` over `| 哈尔市人力资源和社会保障局 | 西路468号 | |
    // |` in a page of rows printed without the 序号 and province cells.)
    let same_reading = || shift == 0 && t.reading(ri).0 == t.reading(ri + 1).0;
    let below_lined = (ri + 1 < rows.len() && rows[ri + 1].cells.len() != width && (shift > 0 || t.reading(ri + 1).0 > 0))
        .then(|| if same_reading() { lined_up(rows[ri + 1], Some(shift)) } else { by_its_shift(ri + 1) })
        .flatten();
    // (Or narrower by the 序号 and province cells the next page leaves out while this row
    // prints text in them: `| 27 | | 七台 | 七台河市勃利县…人才 | |` / page / `| 河市行政审批服务局
    // | 大厦2层 | (0464)… |`, lined up by its right edge.)
    let right_edge = |r: &Row| {
        let k = width.checked_sub(r.cells.len()).filter(|&k| k > 0)?;
        let nc = name_col_here?;
        (k <= nc && super::leading_empty(r) == 0 && this_lead < k).then_some(k)
    };
    let padded_here = |r: &Row| {
        r.cells.len() < width
            && squeezed_this.is_none()
            && super::leading_empty(r) >= this_lead.max(1)
            && name_col_here.is_some_and(|nc| nc < r.cells.len())
            && super::all_empty(&rows[ri].cells[r.cells.len()..])
    };
    let both_from_left_edge = |r: &Row| {
        r.cells.len() < width
            && squeezed_this.is_none()
            && this_lead == 0
            && super::leading_empty(r) == 0
            && name_col_here == Some(0)
            && super::all_empty(&rows[ri].cells[r.cells.len()..])
    };
    // (Or no wider, the empty cells this row ends with the next page's leading ones: `| 阿拉 |
    // 阿拉善盟阿拉善右旗青年 | | | |` / page / `| | | 善盟科学技术局(…) | 西路548号… | 0483-… |`.)
    // (Not when this row prints its 序号 before its name: it left out no column, `| 34 | | 东山 |
    // 鹤岗市东山区兴业中 | | | |` / page / `| | | 区科技局 | 路917号… | 0468-… |`, its page wider by
    // empty columns at its end.)
    let tail_lead = |r: &Row| {
        let tail = width.saturating_sub(super::text_width(rows[ri]));
        let k = super::leading_empty(r).saturating_sub(this_lead);
        (r.cells.len() <= width && squeezed_this.is_none() && !numbered_here && k > 0 && k <= tail).then_some(k)
    };
    let lead_and_padded = |r: &Row| {
        let k = super::leading_empty(r).checked_sub(this_lead).filter(|&k| k > 0 && !numbered_here)?;
        (r.cells.len() > k + width && super::all_empty(&r.cells[k + width..])).then_some(k)
    };
    // (Or the next page's first row printing the name's rest, the address's and the phone side
    // by side where its columns put them elsewhere: `| | | 鄂托 | | 鄂尔多斯市 | |` / page / `| |
    // 克前旗科学技术局 | 鄂托克前旗朝阳路338号 | 0477–… | | |`, a cell left and without the empty
    // column after the name's. With where it prints them, the columns they go to.)
    let side_by_side_below = |r: &Row| {
        let nc = name_col_here?;
        let (ac, phc) = (roles::usual_column(layout, Role::Address)?, roles::usual_column(layout, Role::Phone)?);
        let k = three_side_by_side(r)?;
        let this_within = (0..rows[ri].cells.len()).all(|c| c == nc || c == ac || cell_text(rows[ri], c).is_empty());
        (squeezed_this.is_none() && this_within && (k, k + 1, k + 2) != (nc, ac, phc)).then_some((k, nc, ac, phc))
    };
    let from_left_edge = if shift == 0 && squeezed_this.is_none() { next_page_from_left_edge(t, ri) } else { None };
    // (Or the next row of this table printed from its left edge, its name first.)
    let left_edge_below = name_col_here.filter(|nc| squeezed_this.is_none() && from_left_edge_below(nc));
    let cell_at = |i: usize, col: usize| match row_at(i) {
        Some(_) if i == ri && squeezed_this.is_some() => squeezed_this.as_ref().and_then(|s| s.get(col).copied()).filter(|t| !t.is_empty()),
        Some(_) if i == ri + 1 && below_lined.is_some() => below_lined.as_ref().and_then(|b| b.get(col).copied()).filter(|t| !t.is_empty()),
        // (The next row of this table wider by empty cells at its end: `| | | 哈尔 | 哈尔滨市 | |`
        // over `| | | 滨市政务服务中心 | 木兰县迎宾路677号 | 0451-… | | |`.)
        Some(r) if i == ri + 1 && left_edge_below.is_some() => {
            col.checked_sub(left_edge_below.unwrap_or(0)).map(|c| cell_text(r, c)).filter(|t| !t.is_empty())
        }
        Some(r) if i == ri + 1 && i < rows.len() && padded(r) => Some(cell_text(r, col)).filter(|t| !t.is_empty()),
        // (Or narrower, this row wider by empty cells at its end: `| 28 | | 双鸭 | 双鸭山市宝山区长江 | | |
        // | |` over `| | | 山市科学技术局 | 西路49号 | 0469-… |`.)
        Some(r) if i == ri + 1 && i < rows.len() && padded_here(r) => Some(cell_text(r, col)).filter(|t| !t.is_empty()),
        // (Or both printed from their left edge, their names first, this row wider by empty
        // cells at its end: `| 路北 | 路北区新华北 | | |` over `| 区科学技术局 | 路251号 | 1363… |`.)
        Some(r) if i == ri + 1 && i < rows.len() && both_from_left_edge(r) => Some(cell_text(r, col)).filter(|t| !t.is_empty()),
        // (Not when it opens with as many empty cells as it is wider: the 序号 and province
        // cells the row leaves out, `| 贸易试验区阿勒泰 | 务中心7楼38号窗口 | |` / page / `| | | 地区片区
        // 管理委员 | | |`, see `lead`.)
        Some(r) if i == rows.len() && padded(r) && !lead_over_padded(r) && !padded_past(r) => {
            Some(cell_text(r, col)).filter(|t| !t.is_empty())
        }
        Some(r) if i == rows.len() && tail_lead(r).is_some() => {
            Some(cell_text(r, col + tail_lead(r).unwrap_or(0))).filter(|t| !t.is_empty())
        }
        // (Or narrower, this row wider by empty cells at its end, both printing the leading
        // empty cells: `| | | 伊宁 | 伊犁…7楼7 | | |` / page / `| | | 县行政审批局 | 48室 | 0992-… |`.)
        Some(r) if i == rows.len() && padded_here(r) => Some(cell_text(r, col)).filter(|t| !t.is_empty()),
        // (Or both printed from their left edge, their names first: `| 梅河 | 通化市梅 | | | |` /
        // page / `| 口市人力资源和社会保障局 | 河口市学府东路… | 0435-… |`.)
        Some(r) if i == rows.len() && both_from_left_edge(r) => Some(cell_text(r, col)).filter(|t| !t.is_empty()),
        Some(r) if i == rows.len() && trail(r) => col.checked_sub(this_lead).map(|c| cell_text(r, c)).filter(|t| !t.is_empty()),
        Some(r) if i == rows.len() && from_left_edge.is_some() => {
            from_left_edge.and_then(|edge| edge.at(col)).map(|c| cell_text(r, c)).filter(|t| !t.is_empty())
        }
        Some(r) if i == rows.len() && lead(r).is_some() => Some(cell_text(r, col + lead(r).unwrap_or(0))).filter(|t| !t.is_empty()),
        // (Or wider by empty cells at both ends, the 序号 and province cells it prints and the
        // page's extra columns: `| 拉萨市 | | 拉萨市达孜区 | |` / page / `| | | 外国专家局 | 建设路238号… |
        // 0891-… | | |`.)
        Some(r) if i == rows.len() && lead_and_padded(r).is_some() => {
            Some(cell_text(r, col + lead_and_padded(r).unwrap_or(0))).filter(|t| !t.is_empty())
        }
        Some(r) if i == rows.len() && right_edge(r).is_some() => {
            col.checked_sub(right_edge(r).unwrap_or(0)).map(|c| cell_text(r, c)).filter(|t| !t.is_empty())
        }
        Some(_) if i == ri + 1 && squeezed_below.is_some() => {
            squeezed_below.as_ref().and_then(|b| b.get(col).copied()).filter(|t| !t.is_empty())
        }
        Some(r) if i == rows.len() && side_by_side_below(r).is_some() => {
            let (k, nc, ac, phc) = side_by_side_below(r).unwrap_or_default();
            let c = [(nc, k), (ac, k + 1), (phc, k + 2)].into_iter().find(|(c, _)| *c == col).map(|(_, c)| c)?;
            Some(cell_text(r, c)).filter(|t| !t.is_empty())
        }
        r => cell_of(r, width, col),
    };
    let cell_above = |col: usize| above.as_ref().and_then(|a| a.get(col).copied()).filter(|t| !t.is_empty());
    // (An address ending as whole ones do, on a unit or a building's word, `…12号`, `…窗口`.)
    let ends_whole = |a: &str| a.trim_end().ends_with(continuation::ADDRESS_WHOLE_ENDS);
    // The next row's cell one column left of `col` when that row is shifted a cell left,
    // the table's width kept: no 序号, its last cell empty (`| | 源和社会保障局 | 县振兴东路
    // 671号… | | |` under `遵义市人力资 | 遵义市绥阳`).
    // (Or a cell short, its first cell lost, its phone last: `| | 禾区科学技术局 | 54号… |
    // 0990-… |` under `| | | 乌尔 | 克拉玛依市乌尔禾区建设大道8 | |`.)
    let shifted_below = |col: usize| {
        let below = row_at(ri + 1)?;
        let empty = |c: Option<&parser::Cell>| c.is_none_or(|c| c.text.trim().is_empty());
        let kept = below.cells.len() == width && empty(below.cells.last());
        let phone_last = || below.cells.last().is_some_and(|c| phone_like(&c.text));
        let short = below.cells.len() + 1 == width && phone_last();
        // (Or wider by empty cells after its name, [`squeeze`]d, its name's rest alone a cell left:
        // `| 36 | | 中国 | 上思县文化路526号 | |` over `| | (广西)自由贸易试验区…委员会 | | | 市民服务中心23号窗口 |
        // 0770-… |`.)
        let squeezed_name = || {
            let b = squeezed_below.as_ref().filter(|_| Some(col) == name_col_here && col > 0)?;
            (b.get(col).is_some_and(|t| t.is_empty()) && b[..col - 1].iter().all(|t| t.is_empty()))
                .then(|| b[col - 1])
                .filter(|t| !t.is_empty())
        };
        (col > 0 && empty(below.cells.first()) && (kept || short))
            .then(|| cell_text(below, col - 1))
            .filter(|t| !t.is_empty())
            .or_else(squeezed_name)
    };
    // (A name left open a cell left above, the row above's name column empty, goes on in this
    // row's name, which heads nothing: `| | 中国(云南)自由 | | 梁河县…3层 | 0692-… |` over `| | |
    // 贸易试验区德宏傣 | | |` and `| | | 族景颇族自治州片 | | |`.)
    let open_a_cell_left = || {
        let above = (!first && shift == 0).then(|| rows[ri - 1]);
        let Some(nc) = name_col_here else { return false };
        above.zip(nc.checked_sub(1)).is_some_and(|(a, c)| {
            let province = t.scores[ri - 1].get(c).is_some_and(|s| s.province.is_some() || s.province_fragment);
            cell_text(a, nc).is_empty() && !province && open_name_above(Some(a), c, "", false)
        })
    };
    let heads = |role: Role, cut: &dyn Fn(&str, &str) -> bool| {
        let col = if role == Role::Institution { name_col_here } else { roles::usual_column(layout, role) };
        let Some(col) = col else { return false };
        // (The next row's cell in the column is empty when that row is shifted left: its
        // name's rest, a cell left too, says so.)
        let Some(this) = cell_at(ri, col) else { return false };
        let next = cell_at(ri + 1, col);
        let name_rest_shifted = || name_col_here.is_some_and(|nc| shifted_below(nc).is_some());
        // (Nothing of the row above's it finishes: the middle row of a record over three;
        // an address above of place names alone, or stopping short of any number and of a
        // whole ending, goes on in it: `怀柔区` / `雁栖大街` / `53号`, `红旗区人民` / `东路` /
        // `691号`.)
        let address_open = |a: &str| {
            role == Role::Address && !a.bytes().any(|b| b.is_ascii_digit()) && (!ends_whole(a) || continuation::only_places(&squash(a)))
        };
        // (Likewise a name above that does not end like one: `深圳市外国人工作` / `许可服务窗口
        // (受理全` / `深圳市单位业务)`.)
        // (Not an address there, a number in it, beside a phone under the address column:
        // the row above, a whole record, printed a cell left.)
        let shifted_above = |a: &str| {
            a.bytes().any(|b| b.is_ascii_digit()) && roles::usual_column(layout, Role::Address).and_then(cell_above).is_some_and(phone_like)
        };
        // (Not a ditto, `同 上`: the name above, whole.)
        // (Nor the rest of the name above it that it finishes, as printed in the same column: `心`
        // under `中山市政务服务中`, over `| 揭西 | | 揭阳市揭西县…471号 | |`.)
        let finishes_name_above = |a: &str| {
            let (Some(a1), Some(a2)) = (ri.checked_sub(1).filter(|_| !first).map(|i| rows[i]), ri.checked_sub(2).map(|i| rows[i])) else {
                return false;
            };
            a1.cells.len() == a2.cells.len()
                && cell_text(a1, col) == a
                && crate::text::cjk_count(a) <= 3
                && continuation::gives_name_its_ending(cell_text(a2, col), a)
        };
        let name_open = |a: &str| {
            role == Role::Institution
                && !ends_like_name(&squash(a))
                && !shifted_above(a)
                && !crate::text::is_ditto(a)
                && !finishes_name_above(a)
        };
        // (Nor one opening inside the building the address above named, `…人民路1` / `号B座…`.)
        let inside = || role == Role::Address && continuation::opens_inside_building(this);
        // (Or a name opening with a window's word, the window of the office named above:
        // `黄埔区科学技术局` / `服务窗口(受理黄埔` / `辖区内单位业务)`.)
        let window = || role == Role::Institution && continuation::opens_with_a_window(this);
        // (Nor the middle row of a name whose head the row above prints a cell left: `| |
        // 上饶市高新技术产 | 广丰区…965室 | | |` over `| | | 业开发区管理委员 | | 0793-… |` and `| | | 会 |`.)
        let head_a_cell_left = || {
            let above = (!first && shift == 0 && role == Role::Institution).then(|| rows[ri - 1]);
            let Some(h) = above.zip(col.checked_sub(1)).map(|(a, c)| squash(cell_text(a, c))) else { return false };
            let province = t.scores[ri - 1].get(col - 1).is_some_and(|s| s.province.is_some() || s.province_fragment);
            // (Its rest below may be printed a cell left too, `| | 会 | | |`, or end rows further
            // down, each the name's alone.)
            let mut name = format!("{h}{}{}", squash(this), next.or_else(|| shifted_below(col)).map(squash).unwrap_or_default());
            for i in ri + 2..ri + 4 {
                let Some(r) = rows.get(i).filter(|_| !ends_like_name(&name)) else { break };
                if (0..r.cells.len()).any(|c| c != col && !cell_text(r, c).is_empty()) || cell_text(r, col).is_empty() {
                    break;
                }
                name.push_str(&squash(cell_text(r, col)));
            }
            crate::text::cjk_count(&h) >= 2
                && !h.bytes().any(|b| b.is_ascii_digit())
                && !province
                // (`科` ends a section's name, but not cut inside `科学`: `| | 玉树藏族自治州科 | | 玉树…综 |
                // (0976)… |` over `| | | 学技术局(外国专 | 合办公楼314室 | |`.)
                && (!ends_like_name(&h) || continuation::name_cut_inside_a_word(&h, this))
                && ends_like_name(&name)
        };
        // (Nor the middle row of an address whose head the row above prints a cell left, in the
        // name's column, beside the name's head further left: `| | 怒江傈僳族自治州 | 怒江…自治县兴 | |
        // |` over `| | | 人力资源和社会保 | 业东路888号…35号窗 | 0886-… |` and `| | | 障局 | 口 | |`.)
        let address_a_cell_left = || {
            let above = (!first && shift == 0 && role == Role::Address && cell_above(col).is_none()).then(|| rows[ri - 1]);
            let Some((a, c)) = above.zip(col.checked_sub(2)) else { return false };
            let (head, left) = (cell_text(a, c), cell_text(a, c + 1));
            !head.is_empty() && !left.is_empty() && !ends_like_name(&squash(left)) && cut(left, this)
        };
        (next.is_some_and(|next| cut(this, next))
            || shifted_below(col).filter(|_| next.is_some() || name_rest_shifted()).is_some_and(|s| cut(this, s)))
            // (A ditto above, `同 上`, is the name above it, whole: nothing it heads.)
            && !cell_above(col).filter(|a| !crate::text::is_ditto(a)).is_some_and(|a| {
                cut(a, this)
                    // (An address ending whole, `…245号`, takes no name's ending: `通化市东昌区科`
                    // reads as one after it, `科` ending a section's name.)
                    || (role == Role::Institution || !ends_whole(a)) && continuation::gives_name_its_ending(a, this)
                    || continuation::closes_what_is_open(a, this)
                    || continuation::unfinished(a)
                    || address_open(a)
                    || name_open(a)
                    || inside()
                    || window()
            })
            && !(head_a_cell_left() || address_a_cell_left() || role == Role::Institution && open_a_cell_left())
    };
    // (A name cell of place names alone, `合肥市`, heads the name below it whatever that reads.)
    // (A name's ending, the common case, spares the place lookup.)
    // (Or a head too short for a name above a name's rest that opens with no place: `三里` +
    // `屯国际人才一站式服务站`.)
    // (Or a name whose bracket the next row's closes: `天津市自贸区(机场片` + `区)行政审批中心`;
    // not a remark opening with it, `(辽宁省外国专家` + `局)`, the name above's rest.)
    let name_head = |a: &str, b: &str| {
        let remark = a.trim_start().starts_with(['(', '（']);
        continuation::name_cut_inside_a_word(a, b) || (!remark && continuation::closes_what_is_open(a, b)) || {
            let sq = squash(a);
            let short_head = continuation::too_short_for_a_name(&sq)
                && crate::classify::has_institution_suffix(&squash(b))
                && continuation::looks_like_tail(b, None);
            !ends_like_name(&sq) && (short_head || continuation::only_places(&sq))
        }
    };
    // (An address cell cut inside a place's name or a word, `天津市河西` + `区九龙路…`,
    // `经济` + `技术开发区…`, a number or a road's name, `…九龙` + `路58号`, or stopping at its
    // road over its house number, `金坛区鑫城大道` + `2898号`.)
    // (An address ending whole is cut inside no word or place: most rows, spared the
    // lookups.)
    let address_head = |a: &str, b: &str| {
        let whole_end = ends_whole(a);
        continuation::number_cut_in_two(a, b)
            || continuation::opens_with_road_word(b, None)
            || continuation::opens_with_cut_road_name(b)
            || !whole_end && (continuation::address_cut_inside(a, b) || continuation::house_number_after_road(a, b))
    };
    // (Or an address of place names alone beside a name's text of its own, over an address
    // that goes on it: `中国天津 | 天津市` over `人力资源 | 河西区九龙路58号`.)
    let (name_col, addr_col) = (name_col_here, roles::usual_column(layout, Role::Address));
    // (Or place names alone, the row's one text, under an address that ends whole: `…科学一街
    // 353号` / `新疆` / `乌鲁木齐市水区新兴街5号 | 0991-…`, the next window's address cut.)
    let places_head = || {
        let (Some(nc), Some(ac)) = (name_col, addr_col) else { return false };
        let (Some(a), Some(b)) = (cell_at(ri, ac), cell_at(ri + 1, ac)) else { return false };
        let above = cell_above(ac);
        let beside_name = cell_at(ri, nc).is_some();
        let alone_under_whole = || {
            rows[ri].cells.iter().filter(|c| !c.text.trim().is_empty()).count() == 1
                && above.is_some_and(|p| p.trim_end().ends_with(['号', '室', '层', '楼', '座', '栋', '幢', '口']))
        };
        // (Most addresses hold a number: spared the lookups.)
        !a.bytes().any(|b| b.is_ascii_digit())
            && a.chars().count() <= 16
            && (beside_name || alone_under_whole())
            && continuation::only_places(&squash(a))
            && continuation::continues_address(a, b)
            // (Nor under an address of place names alone, which this one goes on: `鹰潭市` /
            // `月湖区` / `经济大厦`, one address over three rows.)
            && !above.is_some_and(|p| {
                continuation::unfinished(p)
                    || continuation::ends_with_country(p)
                    || address_head(p, a)
                    || continuation::only_places(&squash(p))
            })
    };
    // (Or an address too short to stand, `临港`, beside a name cut before its ending, on a
    // row with no phone under a whole name or none: both head the row below, `中国(上海)自由
    // 贸易试验区临 | 临港` over `港新片区人才服务中心 | 新片区国际人才服务港…`.)
    let cut_pair = || {
        let (Some(nc), Some(ac)) = (name_col, addr_col) else { return false };
        let (Some(name), Some(addr), Some(next_name), Some(_)) =
            (cell_at(ri, nc), cell_at(ri, ac), cell_at(ri + 1, nc), cell_at(ri + 1, ac))
        else {
            return false;
        };
        let phone_at = |i: usize| roles::usual_column(layout, Role::Phone).is_some_and(|pc| cell_at(i, pc).is_some());
        // (Or the phone on this row, none below, the name below giving this one its ending:
        // `天津市自贸区(机场片区)行政 | 空港 | 022-…` over `审批中心 | 经济西区三道166号`.)
        let no_phone = !phone_at(ri) || (!phone_at(ri + 1) && continuation::gives_name_its_ending(name, next_name));
        let above_whole = cell_above(nc).is_none_or(|a| ends_like_name(&squash(a)));
        no_phone
            && above_whole
            && continuation::too_short_for_a_name(addr)
            && !crate::text::is_ditto(addr)
            && !crate::text::is_placeholder(addr)
            && !ends_like_name(&squash(name))
    };
    // (Or a name's head alone on its row over the row printing the record's address or
    // phone beside the name's middle, a tall row's shorter cells centred: `深圳市外国人工作`
    // over `许可服务窗口(受理全 | 深圳市福田区… | 0755-…`, under a whole name; when the head
    // opens with a place (or the country, `中国`), or the middle with none, `外国人来华` over
    // `工作许可桂园街道…`; a whole name too over its window, `…科学技术局` over `服务窗口(受理…
    // | …`.)
    let tall_head = || {
        let Some(nc) = name_col else { return false };
        let (Some(head), Some(mid)) = (cell_at(ri, nc), cell_at(ri + 1, nc)) else { return false };
        let alone = rows[ri].cells.iter().filter(|c| !c.text.trim().is_empty()).count() == 1;
        let phone_below = roles::usual_column(layout, Role::Phone).is_some_and(|pc| cell_at(ri + 1, pc).is_some());
        let fields_below = phone_below || addr_col.is_some_and(|ac| cell_at(ri + 1, ac).is_some());
        let above_whole = cell_above(nc)
            .is_none_or(|a| a.trim_end().ends_with([')', '）']) || ends_like_name(&squash(a)) && !continuation::unfinished(a))
            && !open_a_cell_left();
        let sq = squash(head);
        let g = Gazetteer::get();
        // (Under a name left open too, when the head and the middle are cut inside one word
        // or place's name: `襄阳` over `市外国专家局 | …`, `大连市高` over `新园区科技创新局 | …`.)
        // (Punctuation alone, `:`, OCR's noise, heads nothing.)
        // (A ditto below, `同上`, is the name above again, no name's middle.)
        alone
            && fields_below
            && !crate::text::is_ditto(mid)
            && crate::text::cjk_count(&sq) >= 1
            && (above_whole || continuation::name_cut_inside_a_word(head, mid))
            && !head.starts_with(['(', '（'])
            && !head.bytes().any(|b| b.is_ascii_digit())
            && (!ends_like_name(&sq) || continuation::opens_with_a_window(mid))
            && !continuation::opens_with_a_window(head)
            && (super::garbled::starts_with_place(g, &sq) || sq.starts_with("中国") || !super::garbled::starts_with_place(g, &squash(mid)))
    };
    heads(Role::Institution, &name_head) || heads(Role::Address, &address_head) || places_head() || cut_pair() || tall_head()
}

/// True for a whole name followed by a status remark (`杭州市外国专家局市本级窗口自2019.4.1起撤销`).
fn name_before_remark(text: &str) -> bool {
    let split = crate::status::split_status(&clean_field(text));
    split.remark.is_some() && !split.remaining.is_empty() && crate::classify::has_institution_suffix(&split.remaining)
}

/// The 序号 a cell opens with when the province column follows it in the same cell (`2 天津
/// 天津市科学技术局`), and the text after it; `None` when the row has its number already.
fn leading_seq(text: &str, wanted: bool) -> Option<(&str, &str)> {
    // Cheap test first (this runs on every name cell of a row without a province cell): a
    // number to open with.
    if !wanted || !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (Some(seq), Some(_), _) = continuation::row_heads(text) else { return None };
    let at = seq.as_ptr() as usize - text.as_ptr() as usize + seq.len();
    Some((seq, &text[at..]))
}

/// The 序号 a province cell opens with, set apart by a space, when the row has none of its
/// own (`6 青 海`), and the province's name after it (a name, no more: `青 海`).
fn province_after_seq(text: &str, wanted: bool) -> Option<(&str, &str)> {
    let (seq, province) = spaced_seq(text).filter(|_| wanted)?;
    Gazetteer::get().province_by_name(&squash(province)).is_some().then_some((seq, province))
}

/// A number of one to three digits a cell opens with, set apart by a space (a 序号 run into
/// the cell), and the text after it.
fn spaced_seq(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&n) && text[n..].starts_with(char::is_whitespace)).then(|| (&text[..n], text[n..].trim_start()))
}

/// The 序号 a name cell opens with, set apart by a space, when the row has none of its own
/// (`39 中国(山东)自由贸易试验区济南片区管理委员会`), and the name after it; `None` when the
/// number counts something of the name (`2 号窗口`, `1 楼大厅`) or too little follows.
fn seq_run_into_name(text: &str, wanted: bool) -> Option<(&str, &str)> {
    const COUNTED: &[char] = &[
        '号', '室', '楼', '层', '栋', '幢', '弄', '座', '区', '期', '届', '单', '门', '窗', '个', '年', '月', '日', '组', '路', '街', '巷',
    ];
    let (seq, name) = spaced_seq(text).filter(|_| wanted)?;
    let first = name.chars().next()?;
    (crate::text::is_cjk(first) && !COUNTED.contains(&first) && crate::text::cjk_count(name) >= 4).then_some((seq, name))
}

/// Sets the row's 序号 and name from a name cell that held both (see [`seq_run_into_name`]),
/// the cell as printed kept for the `item_number_removed` finding.
fn take_seq_from_name(f: &mut Frag, seq: &str, name: &str, printed: &str) {
    f.seq = Some(seq.to_string());
    f.inst = Some(name.to_string());
    f.split = Some(Split {
        code: FindingCode::ItemNumberRemoved,
        why: format!("the row's 序号 {seq}, set apart by a space, run into the name cell: taken out"),
        ..Split::cell(printed.to_string())
    });
}

/// The province a province cell opens with, when the cell runs on past it into a place the
/// name after it finishes (`四川省乐山` + `市科学技术局`: 乐山市) or into a whole place before a
/// name's rest (`四川省达州市` + `科学技术局`): the name's head, cut off by a stray separator.
/// None when the cell is a province alone.
fn province_cut_before_place(prov: &str, name: &str) -> Option<String> {
    let (p, n) = (squash(prov), squash(name));
    let g = Gazetteer::get();
    let chars: Vec<char> = p.chars().collect();
    // The longest province name the cell opens with, some characters left after it.
    let own = (2..chars.len().min(9)).rev().map(|k| chars[..k].iter().collect::<String>()).find(|s| g.province_by_name(s).is_some())?;
    let rest = &p[own.len()..];
    if crate::text::cjk_count(rest) == 0 || !rest.chars().all(crate::text::is_cjk) {
        return None;
    }
    // Or the cell ends with a whole place and the name is the rest of one that opens with
    // no place (`四川省达州市 | 科学技术局`).
    let whole_place = g.place_at_start(rest).is_some_and(|m| m.end == rest.len())
        && crate::classify::has_institution_suffix(&n)
        && continuation::looks_like_tail(&n, None);
    (whole_place || continuation::place_cut_in_two(&p, &n)).then_some(own)
}

/// The name or address column `ci` holds in the table's rows of as many cells as row `ri`, when the
/// table as a whole does not say (rows that lost their first cell hold each field a column
/// left of the others): two such rows at least, most of those whose cell there reads clearly
/// as a field reading so.
fn column_role_at_width(rows: &[&Row], scores: &[Vec<CellScores>], ri: usize, ci: usize, counts: &mut WidthRoles) -> Option<Role> {
    let width = rows[ri].cells.len();
    let mut c = counts.of(rows, scores).get(&(width, ci)).copied().unwrap_or_default();
    // (Row `ri` itself does not count.)
    if let Some(own) = WidthRoles::clear_at(rows, scores, ri, ci) {
        c[2] -= 1;
        match own {
            Role::Institution => c[0] -= 1,
            Role::Address => c[1] -= 1,
            _ => {}
        }
    }
    let clear = c[2];
    [(Role::Institution, c[0]), (Role::Address, c[1])].into_iter().find(|&(_, n)| n >= 2 && n * 2 > clear).map(|(r, _)| r)
}

/// For [`column_role_at_width`]: by a row width and a column, how many rows of that width
/// read clearly as a name there, as an address, and as any field. Counted once a table, on
/// the first question (asked of many rows, a count per row cost a table's rows squared).
#[derive(Default)]
pub(super) struct WidthRoles(Option<HashMap<(usize, usize), [usize; 3]>>);

impl WidthRoles {
    fn of(&mut self, rows: &[&Row], scores: &[Vec<CellScores>]) -> &HashMap<(usize, usize), [usize; 3]> {
        self.0.get_or_insert_with(|| {
            let mut counts: HashMap<(usize, usize), [usize; 3]> = HashMap::new();
            for (i, row) in rows.iter().enumerate() {
                for ci in 0..row.cells.len() {
                    if let Some(role) = Self::clear_at(rows, scores, i, ci) {
                        let c = counts.entry((row.cells.len(), ci)).or_default();
                        c[2] += 1;
                        match role {
                            Role::Institution => c[0] += 1,
                            Role::Address => c[1] += 1,
                            _ => {}
                        }
                    }
                }
            }
            counts
        })
    }

    /// The field row `i`'s cell in column `ci` reads clearly as, when it holds text.
    fn clear_at(rows: &[&Row], scores: &[Vec<CellScores>], i: usize, ci: usize) -> Option<Role> {
        rows[i].cells.get(ci).filter(|c| !c.text.trim().is_empty())?;
        scores[i][ci].clear_field()
    }
}

/// What joins the numbers of two cells into one phone text: a space, so a number printed
/// over two cells (`0571` | `87051076`) reads as one, but a list mark after a cell ending in
/// a Latin letter: a stray `X` at a cell's end is no extension mark of the next cell's digits
/// (`0571-87051076 X` | `95511` is two numbers and a mark, not extension 95511).
fn cell_joiner(before: &str) -> &'static str {
    if before.trim_end().ends_with(|c: char| c.is_ascii_alphabetic()) {
        "; "
    } else {
        " "
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_name_s_end_alone_is_known_as_one() {
        for t in ["自 治 区", "维吾尔自治区", "壮族自治区", "省"] {
            assert!(ends_a_province_name(t), "{t}");
        }
        // A whole province, a place of its own, or a name: none.
        for t in ["新疆维吾尔自治区", "吉林", "自治州", "科学技术局", "津市"] {
            assert!(!ends_a_province_name(t), "{t}");
        }
    }

    #[test]
    fn a_number_set_apart_before_a_name_is_the_row_s_number_unless_it_counts_the_name() {
        assert_eq!(seq_run_into_name("39 中国(山东)自由贸易试验区", true), Some(("39", "中国(山东)自由贸易试验区")));
        assert_eq!(seq_run_into_name(" 7  中国天津人力资源", true), Some(("7", "中国天津人力资源")));
        // The row has its number; no space; a counted thing; four digits; too little after.
        for (t, wanted) in [
            ("39 中国(山东)自由贸易试验区", false),
            ("39中国(山东)自由贸易试验区", true),
            ("2 号窗口受理点", true),
            ("1 楼大厅受理窗口", true),
            ("2019 年起撤销", true),
            ("3 科技局", true),
        ] {
            assert_eq!(seq_run_into_name(t, wanted), None, "{t}");
        }
    }
}
