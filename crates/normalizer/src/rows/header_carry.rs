//! What earlier tables tell a page-break table that has no header of its own: the last
//! header's extra columns and column order, or the order the last clear table showed.

use parser::Row;

use super::{roles, text_width, usual_width};
use crate::classify::Role;

/// What a header table tells the page-break tables that follow it (they have no header).
#[derive(Debug, Clone)]
pub(super) struct HeaderCarry {
    pub(super) width: usize,
    pub(super) extra: Vec<(u32, String)>,
    pub(super) rank: [usize; 5],
    pub(super) prior: Vec<[f32; 6]>,
    pub(super) address_cols: Vec<usize>,
    pub(super) name_address_cols: Vec<usize>,
    pub(super) name_phone_cols: Vec<usize>,
    pub(super) phone_area: Option<String>,
    pub(super) shared_cols: Vec<(u32, String)>,
}

impl HeaderCarry {
    /// The column order (and statistics) a table without a header showed clearly.
    fn order_of(width: usize, layout: &roles::Layout) -> HeaderCarry {
        HeaderCarry {
            width,
            extra: Vec::new(),
            rank: layout.rank,
            prior: layout.prior.clone(),
            address_cols: Vec::new(),
            name_address_cols: Vec::new(),
            name_phone_cols: Vec::new(),
            phone_area: None,
            shared_cols: Vec::new(),
        }
    }
}

/// What earlier tables tell a page-break table: the last header's, and the column order the
/// last table without a header showed clearly (a directory whose header OCR lost).
#[derive(Debug, Default)]
pub(super) struct Carry {
    pub(super) header: Option<HeaderCarry>,
    pub(super) learned: Option<HeaderCarry>,
    /// The column the last table that showed it clearly read its names in.
    pub(super) name_col: Option<usize>,
}

/// Applies what earlier tables showed to this one (see [`carry_header_of`]); with no header
/// ever seen, a table that shows too little of its column order takes the order the last
/// clear table showed. The extra columns it has are `layout.extra` then.
pub(super) fn carry_header(carry: &mut Carry, rows: &[&Row], layout: &mut roles::Layout) {
    let width = matched_width(carry, rows, layout);
    carry_header_of(&mut carry.header, width, layout);
    if layout.header_row.is_none() && carry.header.is_none() {
        match &carry.learned {
            Some(l) if l.width == width && layout.rank_evidence < 2 => {
                layout.rank = l.rank;
                layout.prior = l.prior.clone();
                // (A prior resting on no cell of this table: see `Layout::confident`.)
                layout.confident.clear();
                layout.reprior();
            }
            // A table that places some fields, in the order learned, takes that order for the
            // rest (`名称 | 电话` placed, its few addresses after the phones).
            Some(l) if l.width == width && layout.rank_evidence < Role::FIELDS.len() && roles::rank_agrees(&layout.prior, &l.rank) => {
                layout.rank = l.rank;
            }
            _ if layout.rank_evidence >= 3 => carry.learned = Some(HeaderCarry::order_of(width, layout)),
            _ => {}
        }
    }
    if layout.header_row.is_none() {
        lean_on_last_name_column(rows, layout, carry.name_col);
    }
    let col = roles::usual_column(layout, Role::Institution);
    if col.is_some_and(|c| names_in(layout, c) >= 2.0) {
        carry.name_col = col;
    }
}

/// How many of a column's confident cells read as names.
fn names_in(layout: &roles::Layout, col: usize) -> f32 {
    layout.cells_of(col, Role::Institution as usize)
}

/// A page whose name column rests on one name says little of it: a row printed a cell left
/// (`| | 政审批服务局 | 东至县…944室 | 0566-… |` among rows printing their names a cell further
/// right) makes its column the purest, no other row printing text there. Where the column the
/// last clear table read its names in holds as many of the page's names, the names go there:
/// it weighs as one name more.
fn lean_on_last_name_column(rows: &[&Row], layout: &mut roles::Layout, last: Option<usize>) {
    let (Some(last), Some(col)) = (last, roles::usual_column(layout, Role::Institution)) else { return };
    let here = names_in(layout, col);
    let printed = rows.iter().filter(|r| r.cells.get(col).is_some_and(|c| !c.text.trim().is_empty())).count();
    if last == col || printed > 1 || here > 1.0 + f32::EPSILON || names_in(layout, last) + f32::EPSILON < here {
        return;
    }
    let counts: [f32; 6] = std::array::from_fn(|r| layout.cells_of(last, r) + f32::from(u8::from(r == Role::Institution as usize)));
    let (Some(p), Some(cells)) = (layout.prior.get_mut(last), layout.confident.get_mut(last)) else { return };
    *cells += 1.0;
    *p = std::array::from_fn(|r| counts[r] / (*cells + 1.0));
    layout.reprior();
}

/// A page's column of few confident cells says little of its field (two addresses and a
/// name's wrapped tail under 地址 are one third a name, a room number wrapped past the break
/// one fifth a 序号): its share of each field leans on the header's, as if the header's column
/// added [`CARRIED_PRIOR_CELLS`] cells to the page's; a long page's own cells outweigh them.
fn lean_on_carried_prior(layout: &mut roles::Layout, carried: &[[f32; 6]]) {
    for (col, p) in layout.prior.iter_mut().enumerate() {
        let (Some(&cells), Some(c)) = (layout.confident.get(col), carried.get(col)) else { continue };
        for r in 0..6 {
            p[r] = (p[r] * (cells + 1.0) + c[r] * CARRIED_PRIOR_CELLS) / (cells + 1.0 + CARRIED_PRIOR_CELLS);
        }
    }
    layout.reprior();
}

/// How many cells of its column the header's share of each field weighs as on a page.
const CARRIED_PRIOR_CELLS: f32 = 3.0;

/// Before any header or clear table was seen, the order the first clear table ahead shows
/// (among `ahead`, rows and layout of the tables to come): the pages before it, too short
/// to show their own (`名称 | 电话 | 地址`, one row), read their fields in that order. A
/// header ahead of it stops the look: the header's order is for the pages after it.
pub(super) fn look_ahead<'a>(carry: &mut Carry, ahead: impl IntoIterator<Item = (&'a [&'a Row], &'a roles::Layout)>) {
    if carry.header.is_some() || carry.learned.is_some() {
        return;
    }
    for (rows, layout) in ahead {
        if layout.header_row.is_some() {
            return;
        }
        if layout.rank_evidence >= 3 {
            carry.learned = Some(HeaderCarry::order_of(matched_width(carry, rows, layout), layout));
            return;
        }
    }
}

/// The width a table is matched against the header's and the learned order by: its widest
/// row's text, but for a stray separator's row or empty last cells it prints.
fn matched_width(carry: &Carry, rows: &[&Row], layout: &roles::Layout) -> usize {
    let mut width = rows.iter().map(|r| text_width(r)).max().unwrap_or(0);
    // A header's table is as wide as its captions: a row a cell wider (a stray separator)
    // does not widen what the pages after it are matched against.
    if let Some(h) = layout.header_row.filter(|&h| h < rows.len()) {
        let captions = text_width(rows[h]);
        if usual_width(rows) <= captions {
            width = captions;
        }
    }
    // Nor does it widen a page after it where no more rows are that wide than not.
    if layout.header_row.is_none() {
        let usual = usual_width(rows);
        let wider = rows.iter().filter(|r| text_width(r) > usual).count();
        if width > usual && wider * 2 <= rows.len() && carry.header.as_ref().is_some_and(|c| c.width == usual) {
            width = usual;
        }
    }
    // A page whose rows leave the last columns empty but print their cells (`| | | 市政务服务
    // 中心 | |`, an address's rest under a four-column header) has the header's width, a
    // stray empty cell after them or not; with no header seen, the width of the order
    // learned from the last clear table (`| | 市政务服务中心 | |` under three columns).
    let cells = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let known = carry.header.as_ref().or(carry.learned.as_ref());
    if let Some(c) = known.filter(|c| layout.header_row.is_none() && width < c.width && c.width <= cells) {
        width = c.width;
    }
    width
}

/// Applies the last header to a table (`width` columns) without one of the same width: its
/// extra columns, and its column order and statistics when the table's own rows show too
/// little of them (a directory with 电话 before 地址 stays so after a page break); to a table
/// one or two columns narrower, the extra columns it still has (into `layout.extra`).
fn carry_header_of(carry: &mut Option<HeaderCarry>, width: usize, layout: &mut roles::Layout) {
    if layout.header_row.is_some() {
        *carry = Some(HeaderCarry {
            width,
            extra: layout.extra.clone(),
            rank: layout.rank,
            prior: layout.prior.clone(),
            address_cols: layout.address_cols.clone(),
            name_address_cols: layout.name_address_cols.clone(),
            name_phone_cols: layout.name_phone_cols.clone(),
            phone_area: layout.phone_area.clone(),
            shared_cols: layout.shared_cols.clone(),
        });
        return;
    }
    if let Some(c) = carry.as_ref().filter(|c| width <= c.width && width + 2 >= c.width) {
        if layout.phone_area.is_none() {
            layout.phone_area = c.phone_area.clone();
        }
    }
    match carry {
        Some(c) if c.width == width => {
            layout.address_cols = c.address_cols.clone();
            layout.name_address_cols = c.name_address_cols.clone();
            layout.name_phone_cols = c.name_phone_cols.clone();
            layout.shared_cols = c.shared_cols.clone();
            if layout.rank_evidence < 2 {
                layout.rank = c.rank;
                layout.prior = c.prior.clone();
                layout.confident.clear();
                layout.reprior();
            } else {
                if roles::rank_agrees(&layout.prior, &c.rank) {
                    // The table shows part of the order (names, then phones); the header
                    // tells where the rest goes (addresses last).
                    layout.rank = c.rank;
                }
                lean_on_carried_prior(layout, &c.prior);
            }
            // A column whose caption names no field of ours (`传真`, `邮编`) lends no field its
            // weight: of two columns of numbers, the phone's is the one captioned so.
            for &(col, _) in &c.extra {
                roles::lend_no_field_weight(&mut layout.prior, col as usize);
            }
            layout.reprior();
            layout.extra = c.extra.clone();
        }
        // A page-break table without the header's last column or two (nothing printed in
        // them on that page) still has the extra columns that come before.
        Some(c) if width < c.width && width + 2 >= c.width => {
            layout.extra = c.extra.iter().filter(|(col, _)| (*col as usize) < width).cloned().collect();
        }
        _ => {}
    }
}
