//! Row reconstruction: from raw rows to one draft record per acceptance point.
//!
//! The walk goes through every data row of every table in document order (page-break
//! tables continue the document), with the lines outside tables between them
//! (`text_lines`): each table is read on its own first (`scan`: cell scores, column
//! layout) and takes what the tables before it showed (`header_carry`). Each row holding a
//! record (`no_record` tells the others), made ready (`prepare`), gives its cells roles
//! ([`roles`], [`echo`]) and their fields (`row_fields`, `stray_cells`, `one_cell`; what no
//! field took goes to the audit, `row_noise`). Then each row opens a section (`sections`),
//! starts a record, continues the one above ([`continuation`], `tails`, `joins`,
//! `inheritance`), holds records printed side by side
//! (`side_by_side`, [`two_up`]), or holds garbled text ([`garbled`]) placed at the end
//! (`reconstruction`).

pub mod continuation;
pub mod echo;
pub mod garbled;
mod header_carry;
mod inheritance;
mod joins;
mod no_record;
mod one_cell;
mod prepare;
mod reconstruction;
pub mod roles;
mod row_fields;
mod row_noise;
mod scan;
pub(crate) mod sections;
mod side_by_side;
mod stray_cells;
mod tails;
mod text_lines;
pub mod two_up;

use std::collections::BTreeSet;
use std::sync::Arc;

use parser::{Document, Row, Table};

use crate::classify::{CellScores, Role};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::text::{clean_field, squash};
use foldhash::{HashMap, HashMapExt};
use garbled::Candidate;
use header_carry::{carry_header, look_ahead, Carry};
use inheritance::{decide_inheritance, redecide_inheritance};
use joins::{absorb_field_noise, join_cut_phone, join_lone_phone, join_tall_row};
use prepare::{prepare_row, Anchors, PreparedRow};
use rayon::prelude::*;
use reconstruction::place_candidates;
pub use reconstruction::MATCH_WINDOW_LINES;
use scan::{scan_table, score_wrapped_across_tables, ScannedTable, PARALLEL_SCAN_MIN_TABLES, SCAN_BATCH_TABLES};
pub(crate) use sections::heading_province;
use sections::update_section;
use side_by_side::{only_field, split_side_by_side};

/// Where a draft's institution name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstitutionSource {
    Present,
    Inherited,
    Missing,
    Reconstructed,
}

/// A record under construction: raw field texts with their lines.
#[derive(Debug, Clone)]
pub struct Draft {
    pub section: usize,
    pub institution: String,
    pub address: String,
    pub inst_source: InstitutionSource,
    /// Raw phone cell texts and whether each came from a spreadsheet number cell.
    pub phone_cells: Vec<(String, bool)>,
    pub lines: BTreeSet<u32>,
    pub findings: Vec<Finding>,
    /// Built inside a garbled region (its fields may be filled from garbled candidates).
    pub in_garbled_region: bool,
    /// Values of extra columns (`邮编: 100007`), kept as record notes.
    pub notes: Vec<String>,
    /// The number its first row printed under 序号: the row numbered next is another record.
    pub seq: Option<u32>,
    /// A place-name cell of its row outside the fields (`石家庄` under `地区`): its city when
    /// the name and address name none.
    pub region: Option<String>,
}

/// A province section: from one 序号/省级地区 cell to the next.
#[derive(Debug, Clone)]
pub struct Section {
    pub province: Option<usize>,
    pub seq: Option<String>,
    pub first_line: u32,
    /// The printed province text (or empty when not printed).
    pub printed: String,
    /// Opened by a 序号 numbering records (`3` after `2`): the section above goes on in it,
    /// so an empty name cell may still be another window of the name above.
    pub goes_on: bool,
    /// With no province printed, the one its first rows name or dial (`上海市…`, `021-…`):
    /// the province the walk reads the section's place names in (`図行区` is 闵行区 misread
    /// in 上海), before the records' own provinces are inferred.
    pub reading: Option<usize>,
}

impl Section {
    /// The province the section's place names are read in: printed, else its rows'.
    pub fn reading_province(&self) -> Option<usize> {
        self.province.or(self.reading)
    }
}

/// Drafts, sections and the findings not tied to a record.
#[derive(Debug, Default)]
pub struct Assembly {
    pub drafts: Vec<Draft>,
    pub sections: Vec<Section>,
    pub dropped: Vec<Finding>,
    /// Province of the last heading line (`## 一、河北省`): sections that print none take it.
    heading: Option<usize>,
    /// Phone cells read so far (finishing the records reads them again).
    pub phones: crate::phone::PhoneCache,
    /// The document's name, shared by every finding and record made from it.
    pub source: Arc<str>,
    /// The 序号 of the row just read, when it printed one: the next number on the next row
    /// numbers records, not sections.
    prev_seq: Option<u32>,
    /// Set once a 序号 was read as numbering records, not sections: a row without a number
    /// there (another window of the record above) does not break the count.
    numbers_records: bool,
    /// Records before this index belong to a table of another header: no row continues
    /// them, nor takes their name.
    fresh_from: usize,
    /// The fields the last header row named, column by column: a header naming others
    /// opens another table (one naming the same is the header repeated on a new page).
    last_header: Option<Vec<Option<Role>>>,
    /// The phone cells (squashed, counted) of the record rows holding only a phone were last
    /// joined to, its index and how many cells it had then: see [`Assembly::phone_keys`].
    lone_phone_keys: Option<(usize, usize, HashMap<String, usize>)>,
}

impl Assembly {
    /// The last record, when a row may continue it (it is in the current header's table).
    fn continuable(&self) -> Option<usize> {
        self.drafts.len().checked_sub(1).filter(|&i| i >= self.fresh_from)
    }

    /// The squashed phone cells of draft `pi`, counted: a run of rows each holding only a
    /// phone checks its number against a map kept from row to row, not against every cell
    /// again (ten thousand such rows cost their square). Rebuilt when the draft's cells
    /// changed in number since (drafts keep their index while rows are read, and a cell
    /// changes in place only where the map is kept up to date, below).
    fn phone_keys(&mut self, pi: usize) -> &mut HashMap<String, usize> {
        let cells = &self.drafts[pi].phone_cells;
        let fresh = matches!(&self.lone_phone_keys, Some((i, n, _)) if *i == pi && *n == cells.len());
        if !fresh {
            let mut keys = HashMap::with_capacity(cells.len());
            for (t, _) in cells {
                *keys.entry(squash(t).into_owned()).or_insert(0) += 1;
            }
            self.lone_phone_keys = Some((pi, cells.len(), keys));
        }
        &mut self.lone_phone_keys.as_mut().expect("just set").2
    }
}

/// The walk over a document's rows: the records so far, and what it carries from one
/// row to the next.
struct Walk {
    asm: Assembly,
    /// The assembly's source, held beside it to be lent while the assembly is borrowed.
    src: Arc<str>,
    /// Garbled fragments, placed once every clean row is known.
    candidates: Vec<Candidate>,
    /// Inside a run of garbled rows (until a row with a name, a phone and nothing garbled).
    region_active: bool,
}

impl Walk {
    fn new(source: Arc<str>) -> Walk {
        let asm = Assembly { source: Arc::clone(&source), ..Assembly::default() };
        Walk { asm, src: source, candidates: Vec::new(), region_active: false }
    }

    /// Takes a row's fields: a record of their own, or the rest of one above.
    fn push(&mut self, f: Frag) {
        process_frag(&mut self.asm, f, &self.src, &mut self.candidates, &mut self.region_active);
    }

    /// Takes a row's records: those its fields part into side by side (else the one record
    /// holding them all), then the record printed beside them.
    fn push_row(&mut self, mut f: Frag, side_by_side: Result<Vec<Frag>, Option<Vec<String>>>, beside: Option<side_by_side::Beside>) {
        match side_by_side {
            Ok(frags) => {
                for f in frags {
                    self.push(f);
                }
            }
            Err(_) => {
                // Whole names side by side whose records could not be told apart: the
                // one record holding them all keeps their names, flagged, rather than
                // none (its cell otherwise read as a garbled page's fragments).
                if let (Some(names), None, [_]) = (&f.run_together, &f.inst, f.garbled.as_slice()) {
                    if f.addr.is_some() {
                        f.inst = Some(names.join(" / "));
                        f.garbled.clear();
                    }
                }
                self.push(f)
            }
        }
        if let Some(b) = beside {
            self.push(b.frag);
        }
    }
}

/// One row's fields after role assignment.
#[derive(Debug, Default, Clone)]
struct Frag {
    line: u32,
    seq: Option<String>,
    province: Option<(String, CellScores)>,
    inst: Option<String>,
    addr: Option<String>,
    phone: Option<(String, bool)>,
    noise: Vec<String>,
    garbled: Vec<String>,
    shifted: Vec<String>,
    /// The name came from a merged cell spanning this row.
    inst_from_merge: bool,
    /// Whole names side by side that could not be dealt out as records of their own.
    run_together: Option<Vec<String>>,
    /// Cells of columns the header names but no field takes, as `header: value`.
    notes: Vec<String>,
    /// Fields printed as `同上` (ditto), filled from the record above.
    ditto: Vec<Role>,
    /// Text split between the record's fields (a cell holding two fields, a row holding
    /// several records, a line that lost its pipes): reported as `cell_split`.
    split: Option<Split>,
    /// Other lines the row's cells were printed on (a form's fields, a line each).
    cell_lines: Vec<u32>,
    /// The field the table's column order gives the row's one text cell (name or
    /// address), when it has one: a field's tail may read like the other field.
    column_role: Option<Role>,
    /// The row is its table's only one (a page printing one row): no column places its text.
    whole_table_row: bool,
    /// The row's one text sits in a column captioned as a name and its address
    /// (`受理机构/地址`), that prints a record's name on one row and its address on the next:
    /// a name there opens a record, never a name's rest.
    name_address_column: bool,
    /// The row's phone cell sits in a column captioned as a name and its phones
    /// (`受理机构及电话`): a name opening it is the record's, the row's other text its address.
    name_phone_column: bool,
    /// The row holds only phones, in a `受理机构/地址` table whose next row prints only an
    /// address under that column: a record whose name was not printed, its numbers on the
    /// row its name would take.
    phone_heads_address: bool,
    /// The row is one cell spanning the table (or its text repeated in every cell, as some
    /// converters print a merged cell) holding a place's name below its province: a heading
    /// of the records below (`| 绵阳市 |`), no field of theirs.
    spanning_place: Option<String>,
    /// A place-name cell beside the fields, kept for the record's city (see [`Draft::region`]).
    region: Option<String>,
    /// Noise cells (also in `noise`) under the name or address column: too short to read as
    /// a field (`窗口`, `化)`), they are that field's rest when the row goes on the record above.
    field_noise: Vec<(Role, String)>,
    /// The row's phone cell was digits alone completing the number the record above was cut
    /// inside (`0571-8` + `6972243`): the row is that record's rest, whatever its texts read as.
    phone_rest: bool,
    /// The row's name cell is the head of a name the next row's finishes (`马鞍` + `山市科学
    /// 技术局`), and finishes none above: a record's first row, never a tail of the one above.
    heads_next: bool,
}

/// What a [`Frag`] was split from, for its `cell_split` finding.
#[derive(Debug, Clone)]
struct Split {
    /// `cell_split`, or a finding that names the split better (`item_number_removed`).
    code: FindingCode,
    printed: String,
    severity: Severity,
    why: String,
    /// The row's whole number cell, when its numbers were dealt out to records side by side
    /// in order only, nothing telling whose they are: a doubt of its own.
    numbers_in_order: Option<String>,
}

impl Frag {
    /// Gives the fields of a row heading the next their texts left as noise under their
    /// columns: a name's head too short to read as a name (`鄂尔多`), that the next row
    /// finishes, is the name of the record this row opens (likewise a place's name cut short
    /// under the address column, `朝阳`).
    fn take_heads_from_noise(&mut self) {
        // (The name column's head left as noise while the address beside it, ending like a
        // name, was read as the name (`二连浩 | 二连浩特市锡林街西教育科`): each to its
        // column.)
        if let (Some(_), None, Some(k)) = (&self.inst, &self.addr, self.field_noise.iter().position(|(r, _)| *r == Role::Institution)) {
            let (_, text) = self.field_noise.remove(k);
            if let Some(i) = self.noise.iter().position(|t| *t == text) {
                self.noise.remove(i);
                self.addr = self.inst.replace(text);
            }
        }
        for role in [Role::Institution, Role::Address] {
            let slot = if role == Role::Institution { &mut self.inst } else { &mut self.addr };
            if slot.is_some() {
                continue;
            }
            if let Some(k) = self.field_noise.iter().position(|(r, _)| *r == role) {
                let (_, text) = self.field_noise.remove(k);
                if let Some(i) = self.noise.iter().position(|t| *t == text) {
                    self.noise.remove(i);
                    *slot = Some(text);
                }
            }
        }
    }

    /// The row prints one number: its cells hold one point's fields, not two points'.
    fn one_number(&self) -> bool {
        self.phone.as_ref().is_some_and(|(p, _)| crate::classify::count_phones(p) == 1)
    }

    /// The cell split this row's fields came from, as findings on `d` (the record they
    /// went into, a new one or the one above they were joined to): the cell as printed, its
    /// labels and marks included, stays in the audit, and numbers dealt out by order alone
    /// are flagged on the field.
    fn split_findings(&self, d: &Draft, src: &Arc<str>) -> Vec<Finding> {
        let Some(split) = self.split.as_ref() else { return Vec::new() };
        let own_numbers = d.phone_cells.first().map_or("", |p| p.0.as_str());
        // The split text's lines: the row's, and those its cells went on to.
        let lines = (self.line, self.cell_lines.iter().copied().fold(self.line, u32::max));
        let mut out = vec![Finding::new(split.code, src, lines)
            .severity(split.severity)
            .change(split.printed.clone(), format!("{} | {} | {}", d.institution, d.address, own_numbers))
            .msg(split.why.clone())];
        if let Some(cell) = &split.numbers_in_order {
            out.push(
                Finding::new(FindingCode::PhonesDealtInOrder, src, lines1(self.line))
                    .field("phones")
                    .change(cell.clone(), own_numbers.to_string())
                    .msg("more numbers than the records printed side by side, and neither area codes, series nor spacing tell whose: one each in order (a list joined by a mark as one), the last record the rest"),
            );
        }
        out
    }
}

impl Split {
    /// One cell that held two fields: an ordinary repair.
    fn cell(printed: String) -> Split {
        Split {
            code: FindingCode::CellSplit,
            printed,
            severity: Severity::Info,
            why: "one cell held two fields; split between them".to_string(),
            numbers_in_order: None,
        }
    }

    /// A reading that pairs text by position: a doubt to review.
    fn doubtful(printed: String, why: String) -> Split {
        Split { code: FindingCode::CellSplit, printed, severity: Severity::Warning, why, numbers_in_order: None }
    }
}

/// Rebuilds records from a parsed document.
pub fn assemble(doc: &Document) -> Assembly {
    assemble_with(doc, PARALLEL_SCAN_MIN_TABLES)
}

/// [`assemble`], reading cells in parallel from `parallel_min_tables` tables on.
fn assemble_with(doc: &Document, parallel_min_tables: usize) -> Assembly {
    let mut w = Walk::new(Arc::from(doc.source.as_str()));
    let src = &Arc::clone(&w.src);
    // About a draft per row: reserved, so a huge document's drafts are not copied while
    // the array doubles (nor left with room for twice their number).
    // A page printed two records a row is read as its two halves.
    let split = two_up::split_two_up(&doc.tables);
    let tables: &[Table] = split.as_deref().unwrap_or(&doc.tables);
    // A table of one column listing whole records is read as lines of text.
    let listed = text_lines::one_column_lists(tables, &doc.text_lines);
    let (tables, lines): (&[Table], &[parser::TextLine]) = match &listed {
        Some((tables, lines)) => (tables, lines),
        None => (tables, &doc.text_lines),
    };
    w.asm.drafts.reserve_exact(tables.iter().map(|t| t.rows.len()).sum());
    let mut header_seen = false;

    // Lines outside tables are read in order with the tables: a heading naming a province
    // (`## 一、河北省`) places the rows after it; any other line is dropped text.
    let mut text_lines = text_lines::TextLines::new(lines);

    // The last header, for the page-break tables that follow it.
    let mut header_carry = Carry::default();
    // A huge document (a whole directory in one file) reads its cells on every core, a
    // batch of tables ahead of row assembly, which stays sequential: reading a cell
    // depends on nothing else.
    let parallel = tables.len() >= parallel_min_tables;
    let read_simplified = crate::variants::is_reading_simplified();
    let mut table_index = 0;
    for batch in tables.chunks(SCAN_BATCH_TABLES) {
        let mut scanned: Vec<ScannedTable<'_>> = if parallel {
            batch.par_iter().map(|t| crate::variants::reading_simplified(read_simplified, || scan_table(t))).collect()
        } else {
            batch.iter().map(scan_table).collect()
        };
        score_wrapped_across_tables(&mut scanned);
        look_ahead(&mut header_carry, scanned.iter().map(|t| (t.rows.as_slice(), &t.layout)));
        for (table, ScannedTable { rows, scores, mut layout }) in batch.iter().zip(scanned) {
            table_index += 1;
            let first_line = table.rows.first().map_or(0, |r| r.line);
            text_lines.read_before(&mut w, (first_line, table.pos));
            carry_header(&mut header_carry, &rows, &mut layout);
            let extra = layout.extra.clone();
            let mut width_roles = row_fields::WidthRoles::default();
            let mut anchors = Anchors::default();
            let readings: Vec<std::cell::OnceCell<row_fields::Reading>> = rows.iter().map(|_| std::cell::OnceCell::new()).collect();
            let view = row_fields::TableView {
                rows: &rows,
                scores: &scores,
                layout: &layout,
                kind: &table.kind,
                carried: header_carry.header.as_ref(),
                usual_width: usual_width(&rows),
                widest_row: rows.iter().map(|r| r.cells.len()).max().unwrap_or(0),
                next_table_first: tables.get(table_index).and_then(first_record_row),
                prev_table_last: table_index
                    .checked_sub(2)
                    .and_then(|k| tables.get(k))
                    .and_then(|t| t.rows.iter().rev().find(|r| r.kind == parser::RowKind::Data)),
                first_record: first_record_row(table),
                readings: &readings,
            };
            for (ri, row) in rows.iter().enumerate() {
                if all_empty(&row.cells) {
                    continue;
                }
                // Each row of a dataset tablemend wrote is one whole record: none continues
                // the one above or takes its name.
                if !layout.derived.is_empty() {
                    w.asm.fresh_from = w.asm.drafts.len();
                }
                // Rows that hold no record: the header (and its second line), titles above it,
                // totals and notes. Each is kept in the audit with why.
                let no_record = no_record::row_without_record(&mut w.asm, &mut header_seen, &rows, ri, &layout, src);
                if let Some((code, why)) = no_record {
                    let row_text = row.cells.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" | ");
                    w.asm.dropped.push(Finding::new(code, src, lines1(row.line)).change(row_text, "").msg(why));
                    continue;
                }
                let prepared = prepare_row(table, &rows, ri, &scores[ri], &extra, &layout, &mut anchors);
                for (_, text) in &prepared.echoes {
                    w.asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(row.line))
                            .change(text.clone(), "")
                            .msg("repeats a cell of the row above from a column further left (the page read twice); left out"),
                    );
                }
                let PreparedRow { row, scores: row_scores, merged_cols, notes, .. } = prepared;
                let (row, row_scores): (&Row, &[CellScores]) = (&row, &row_scores);
                let (mut f, beside) = row_fields::read_fields(
                    &view,
                    row_fields::RowCells { ri, row, scores: row_scores, merged_cols: &merged_cols },
                    notes,
                    &mut width_roles,
                );
                let section_province = w.asm.sections.last().and_then(|s| s.province);
                one_cell::read_one_cell(&mut f, section_province);
                // Records side by side, read before a cell is taken for a name and its
                // address (`萍乡市人民政府办证大厅 新余市…`: the first record's address), and
                // again if a cell is split below. The row's own province when it opens a
                // section, else the section's.
                let row_province = f.province.as_ref().and_then(|(_, sc)| sc.province).or(section_province);
                let mut side_by_side = split_side_by_side(&f, row_province);
                if let Err(names) = &side_by_side {
                    f.run_together = names.clone();
                    if one_cell::part_run_together(&mut f, section_province) {
                        side_by_side = split_side_by_side(&f, row_province);
                    }
                }
                w.push_row(f, side_by_side, beside);
            }
        }
    }
    text_lines.read_before(&mut w, (u32::MAX, u32::MAX));
    let Walk { mut asm, candidates, src, .. } = w;
    place_candidates(&mut asm, candidates, &src);
    asm
}

/// True when a name and an address open with the same place name, three characters or more
/// ending like a division's (`贵安新区经济发` / `贵安新区数字经济…`): the opening of a record,
/// whether or not a table knows the place, never the tails of the one above.
pub(crate) fn both_open_with_same_place(name: &str, address: &str) -> bool {
    let (n, a) = (squash(name), squash(address));
    let common: String = n.chars().zip(a.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x).collect();
    let end = common.char_indices().filter(|(_, c)| "省市区县州旗盟镇乡".contains(*c)).map(|(i, c)| i + c.len_utf8()).next_back();
    end.is_some_and(|e| common[..e].chars().count() >= 3)
}

/// True when an address opens with a place name its record's name holds, three characters
/// or more ending like a division's, one no table may know: at the name's start
/// (`贵安新区…局` / `贵安新区数字…`) or inside it (`…试验区临港新片区人才服务中心` /
/// `临港新片区国际人才服务港…`).
pub(crate) fn opens_with_same_place(name: &str, address: &str) -> bool {
    if both_open_with_same_place(name, address) {
        return true;
    }
    let (n, a) = (squash(name), squash(address));
    let ends =
        |t: &str| t.char_indices().filter(|(_, c)| "省市区县州旗盟镇乡".contains(*c)).map(|(i, c)| i + c.len_utf8()).collect::<Vec<_>>();
    // Inside the name: the address's first place word (up to its first division ending).
    let first = ends(&a).first().map(|&e| &a[..e]);
    first.is_some_and(|p| p.chars().count() >= 3 && n.contains(p))
}

/// A table's first data row past the header a page printed again (and its second line)
/// or a line of OCR noise heading the page: where a record the page break cut goes on
/// (`西双版` / page, header / `纳傣族自治州…`; `博尔` / page, `| ii |` / `塔拉蒙古自治州…`).
fn first_record_row(table: &Table) -> Option<&Row> {
    // (A noise line, a header and its second line at most before it.)
    let data: Vec<&Row> = table.rows.iter().filter(|r| r.kind == parser::RowKind::Data).take(4).collect();
    let mut i = 0;
    if data.get(i).is_some_and(|r| page_noise(r, data.get(i + 1).copied())) {
        i += 1;
    }
    if data.get(i).is_some_and(|r| roles::is_header_row(r)) {
        i += if data.get(i + 1).is_some_and(|n| roles::continues_header(data[i], n)) { 2 } else { 1 };
    }
    data.get(i).copied()
}

/// A row of OCR noise at a page's top: one text at most, no digit, and no letter at all
/// (`| : | | |`) or a lone cell over rows of three cells or more (`| ii |`, `| 一日 一日 日本 |`).
fn page_noise(row: &Row, next: Option<&Row>) -> bool {
    let mut filled = row.cells.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty());
    let (Some(text), None) = (filled.next(), filled.next()) else { return false };
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    !text.chars().any(char::is_alphanumeric) || (row.cells.len() == 1 && next.is_some_and(|n| n.cells.len() >= 3))
}

/// The width most rows of a table have (the first of the most common ones).
pub(crate) fn usual_width(rows: &[&Row]) -> usize {
    most_common(rows.iter().map(|r| text_width(r)), false)
}

/// The number of cells most rows of a table print, the larger of equally common ones: a
/// row printing more left out none of the table's columns.
pub(crate) fn usual_cells(rows: &[&Row]) -> usize {
    most_common(rows.iter().map(|r| r.cells.len()), true)
}

/// The most common of `widths`, ties to the larger with `larger_on_tie`, else the smaller;
/// 0 for none.
fn most_common(widths: impl Iterator<Item = usize>, larger_on_tie: bool) -> usize {
    let mut counts: Vec<usize> = Vec::new();
    for w in widths {
        if counts.len() <= w {
            counts.resize(w + 1, 0);
        }
        counts[w] += 1;
    }
    let by = |a: &(usize, &usize), b: &(usize, &usize)| a.1.cmp(b.1).then(if larger_on_tie { a.0.cmp(&b.0) } else { b.0.cmp(&a.0) });
    counts.iter().enumerate().max_by(by).map_or(0, |(w, _)| w)
}

/// Columns up to the last one holding text: a row with a stray empty cell at its end
/// (`| a | b | c |  |`) is no wider for it.
pub(crate) fn text_width(row: &Row) -> usize {
    row.cells.iter().rposition(|c| !c.text.trim().is_empty()).map_or(0, |i| i + 1)
}

/// The cells of a row read as a row `width` cells wide (`empty` telling each cell's), the
/// empty cells it has too many left out after column `after`: a row printed with empty
/// cells inserted after its name or address. None when it has not that many there.
pub(crate) fn squeezed_cells(empty: impl ExactSizeIterator<Item = bool>, width: usize, after: usize) -> Option<Vec<usize>> {
    let mut extra = empty.len().checked_sub(width).filter(|&k| k > 0)?;
    let mut out = Vec::with_capacity(width);
    for (i, empty) in empty.enumerate() {
        if extra > 0 && i > after && empty {
            extra -= 1;
        } else {
            out.push(i);
        }
    }
    (extra == 0).then_some(out)
}

/// [`squeezed_cells`] of a row's cells.
pub(crate) fn squeezed_row(row: &Row, width: usize, after: usize) -> Option<Vec<usize>> {
    squeezed_cells(row.cells.iter().map(|c| c.text.trim().is_empty()), width, after)
}

/// True when no cell holds text: a row's tail of empty cells past the width it is read at.
pub(crate) fn all_empty(cells: &[parser::Cell]) -> bool {
    cells.iter().all(|c| c.text.trim().is_empty())
}

/// True for a cell holding a 序号 alone (`27`): a row opening with it has lost no first cell.
pub(crate) fn is_seq_number(cell: &parser::Cell) -> bool {
    let t = cell.text.trim();
    !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// Empty cells before a row's first text: the 序号 and province columns a row prints empty
/// where its page's other rows leave them out.
pub(crate) fn leading_empty(row: &Row) -> usize {
    row.cells.iter().take_while(|c| c.text.trim().is_empty()).count()
}

/// Takes the text of the one cell a field took out of the row's noise: the same text
/// printed in another cell of the row (an OCR repeat) stays, to be accounted for.
fn take_noise(noise: &mut Vec<String>, text: &str) {
    if let Some(i) = noise.iter().position(|t| t == text) {
        noise.remove(i);
    }
}

fn lines1(l: u32) -> (u32, u32) {
    (l, l)
}

/// Fills the fields printed as `同上` from the record above, `(field, value)` for each; a
/// ditto with nothing above to copy stays in the row as text (kept in the audit).
fn fill_dittos(asm: &Assembly, f: &mut Frag) -> Vec<(&'static str, String)> {
    // The field as the record above holds it, without a status remark of its window
    // (`…1288号(该窗口已暂停办理)`): the ditto repeats the place, not that window's state.
    let without_remark = |field: &str| {
        let split = crate::status::split_status(&clean_field(field));
        match split.remark {
            Some(_) if !split.remaining.is_empty() => split.remaining,
            _ => field.to_string(),
        }
    };
    let mut filled = Vec::new();
    for r in std::mem::take(&mut f.ditto) {
        let prev = asm.drafts.last();
        let done = match (r, prev) {
            (Role::Institution, Some(p)) if f.inst.is_none() && !p.institution.is_empty() => {
                let name = without_remark(&p.institution);
                f.inst = Some(name.clone());
                filled.push(("institution", name));
                true
            }
            (Role::Address, Some(p)) if f.addr.is_none() && !p.address.is_empty() => {
                let address = without_remark(&p.address);
                f.addr = Some(address.clone());
                filled.push(("address", address));
                true
            }
            (Role::Phone, Some(p)) if f.phone.is_none() && !p.phone_cells.is_empty() => {
                let cells: Vec<&str> = p.phone_cells.iter().map(|(t, _)| t.as_str()).collect();
                let text = cells.join(" ");
                f.phone = Some((text.clone(), p.phone_cells.iter().all(|(_, n)| *n)));
                filled.push(("phones", text));
                true
            }
            _ => false,
        };
        if !done {
            f.noise.push("同上".to_string());
        }
    }
    filled
}

/// In a column captioned as a name and its address (`受理机构/地址`), the one text of a row
/// under a record that has its whole name and no address is that address, whatever it
/// reads as (`萍乡市人民政府办证大厅`, `…雁门大道南街`: no house number to tell), unless it is
/// a body of the same kind as the name's.
fn address_under_its_name(asm: &Assembly, f: &mut Frag) {
    let (true, Some(pi)) = (f.name_address_column, asm.continuable()) else { return };
    let prev = &asm.drafts[pi];
    let alone = f.addr.is_none() && f.phone.is_none() && f.seq.is_none() && f.province.is_none() && f.noise.is_empty();
    // (Not another body of the same kind, `…襄阳片区管理委员会` under `…武汉片区管理委员会`:
    // two names printed without addresses.)
    let sibling = || f.inst.as_deref().is_some_and(|t| continuation::sibling_name(&prev.institution, t));
    if alone && continuation::whole_name(&prev.institution) && prev.address.is_empty() && !sibling() {
        f.addr = f.inst.take();
    }
}

fn process_frag(asm: &mut Assembly, mut f: Frag, src: &Arc<str>, candidates: &mut Vec<Candidate>, region_active: &mut bool) {
    let g = Gazetteer::get();
    if f.heads_next {
        f.take_heads_from_noise();
    }
    if let Some(place) = f.spanning_place.take() {
        asm.dropped.push(
            Finding::new(FindingCode::TitleRowDropped, src, lines1(f.line))
                .change(place, "")
                .msg("a place's name in a row spanning the table: a heading of the records below, not a field of theirs"),
        );
        return;
    }
    let dittos = fill_dittos(asm, &mut f);
    address_under_its_name(asm, &mut f);
    // A number read as a 序号 beside rests too short to read as fields (`理点 | 区人社局508 |
    // 926`) that completes the number above (`0871-63588`) is that number's rest.
    if let (false, Some(pi)) = (*region_active, asm.continuable()) {
        joins::seq_as_phone_rest(asm, pi, &mut f);
    }
    // A phone cell of digits alone that completes the number the record above was cut inside
    // (`0571-8` + `6972243`), beside texts of its own, is that number's rest: the row is the
    // record's rest, a wrap having cut its name, address and number alike.
    // (Or digits left as noise, too short to read as a number: `43512` under `021-640`.)
    let beside_texts = (f.inst.is_some() || f.addr.is_some()) && f.seq.is_none() && f.garbled.is_empty();
    if let (true, false, Some(pi)) = (beside_texts, *region_active, asm.continuable()) {
        if let Some((text, from_number)) = &f.phone {
            if joins::completes_cut_phone(asm, pi, text, *from_number, f.line) {
                let (text, _) = f.phone.take().expect("matched above");
                f.noise.push(text);
                f.phone_rest = true;
            }
        } else if f.noise.iter().any(|t| joins::completes_cut_phone(asm, pi, t, false, f.line)) {
            f.phone_rest = true;
        }
    }
    let has_fields = f.inst.is_some() || f.addr.is_some() || f.phone.is_some();

    // The rest of a number a wrap cut, alone on its row (`21234` under `0539-81`, `63 078`
    // under `0943-54`, `592369(两证联办)` read as a name for its remark).
    let alone_text = match (&f.inst, &f.addr, f.noise.as_slice()) {
        (Some(t), None, []) | (None, Some(t), []) | (None, None, [t]) => Some(t.clone()),
        _ => None,
    };
    let bare = f.phone.is_none() && f.seq.is_none() && f.province.is_none() && f.garbled.is_empty() && f.notes.is_empty();
    if let (Some(t), true, false, Some(pi)) = (alone_text.as_deref(), bare, *region_active, asm.continuable()) {
        if joins::is_number_rest(t.trim()) && join_cut_phone(asm, pi, t, false, f.line, src) {
            return;
        }
    }
    // (Or read as a 序号 for want of anything else on the row, `8012` under `0573-82061234转`,
    // when it is not the number after the record's own.)
    let lone_number = !has_fields && f.province.is_none() && f.garbled.is_empty() && f.notes.is_empty() && f.noise.is_empty();
    if let (true, false, Some(seq), Some(pi)) = (lone_number, *region_active, f.seq.as_deref(), asm.continuable()) {
        let next_seq = asm.drafts[pi].seq.map(|n| n + 1);
        let after_own = sections::seq_number(Some(seq)).is_some_and(|n| Some(n) == next_seq);
        if joins::is_number_rest(seq.trim()) && !after_own && join_cut_phone(asm, pi, seq, false, f.line, src) {
            return;
        }
    }

    // A text alone on its row closing the bracket a remark in the record's phone column left
    // open (`010-84681219 (两证联` + `办)`, `(两` + `证联办)`): that remark's rest.
    if let (Some(t), true, false, Some(pi)) = (alone_text, bare, *region_active, asm.continuable()) {
        if joins::join_cut_remark(asm, pi, &t, f.line, src) {
            return;
        }
    }

    // Text alone on its row, noise by its content, that is the rest of the field above cut
    // inside a word: under the address column, it finishes a word the address was cut inside
    // (`…国资大` + `厦2501#`); under the name column, it completes a name cut before its
    // ending (`南海区科学技术局服务窗` + `口(受理南海辖区内单位业务)`).
    let alone = f.seq.is_none() && f.province.is_none() && f.garbled.is_empty() && f.phone.is_none();
    // (A row no column places, a page's table of that one row, `| 心 | | |` after `…服务中`, is
    // the name's when it gives the name its ending.)
    // (So is a closing bracket alone, wherever it stands, `| ) | | |` under a page's header, when
    // it closes the one the name above left open, see [`tails::join_lone_rest`].)
    let lone = match f.noise.as_slice() {
        [n] if tails::closing_bracket_alone(n) => Some((n, Role::Institution)),
        [n] => f.column_role.or(Some(Role::Institution).filter(|_| f.whole_table_row)).map(|role| (n, role)),
        _ => None,
    };
    if let (false, true, Some((n, role)), Some(pi)) = (has_fields, alone, lone, asm.continuable()) {
        if tails::join_lone_rest(asm, pi, &f, n, role, src) {
            return;
        }
    }

    // Two such texts, one under the name column, one under the address's, on a row of tails
    // below a record with its number: the rest of its tall row when the name's completes the
    // name (`昆明市五华区受` + `理点`, beside `…五华区人社` + `局508`).
    if let (false, true, [_, _], Some(pi)) = (has_fields, alone, f.noise.as_slice(), asm.continuable()) {
        if tails::join_two_rests(asm, pi, &f, src) {
            return;
        }
    }

    // Noise inside the row: in the audit, a postcode in the notes, a place cell the region.
    row_noise::drop_noise(asm, &mut f, has_fields, src);

    // Sections. (A province cell that only went on the section's name heads no record.)
    if update_section(asm, &f, src, g) {
        f.province = None;
    }

    // Garbled text is pieced together once every clean row is known.
    if !f.garbled.is_empty() {
        *region_active = true;
        for gtext in &f.garbled {
            // The run goes on from the open candidate the row just above ended with.
            let carry = candidates.last().is_some_and(|c| c.is_open() && c.last_line < f.line && f.line - c.last_line <= 2);
            let carry = if carry { candidates.pop() } else { None };
            let mut segs = garbled::segment(gtext, f.line, carry);
            garbled::attach_lead_tail(candidates, &mut segs);
            candidates.extend(segs);
        }
    }
    if !has_fields {
        // Extra-column values on a row with no record: kept as dropped text.
        for n in &f.notes {
            asm.dropped.push(
                Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                    .change(n.clone(), "")
                    .msg("extra-column value on a row without a record"),
            );
        }
        return;
    }
    drop_place_heading(asm, &f, src);
    let section = asm.sections.len().saturating_sub(1);
    let in_region = *region_active;
    if f.inst.is_some() && f.garbled.is_empty() && f.phone.is_some() {
        *region_active = false;
    }

    let phone_only = f.inst.is_none() && f.addr.is_none() && f.phone.is_some();
    let prev_idx = asm.continuable();

    // A lone phone continues the record above, unless the page is garbled or the row has
    // values of its own in other columns (`| 无锡 | 0510-12345 |` under `城市 | 服务热线`),
    // or prints a province other than the record's (`| 天津 | 022-… |` under `| 北京 | 010-… |`:
    // a number per province, not a second one of Beijing's).
    let other_province = f.province.is_some()
        && prev_idx.is_some_and(|pi| {
            let province = |s: usize| asm.sections.get(s).and_then(|x| x.province);
            province(asm.drafts[pi].section) != province(section)
        });
    // (Not numbers heading an address on the next row, below a record with its address, or
    // below a bare name whose city their area code does not serve: a record of their own,
    // its name not printed.)
    let heads_address = f.phone_heads_address
        && prev_idx.is_some_and(|pi| {
            let d = &asm.drafts[pi];
            !d.address.is_empty()
                || (d.phone_cells.is_empty()
                    && f.phone.as_ref().is_some_and(|(p, _)| continuation::number_of_another_city(&d.institution, p)))
        });
    if phone_only && !in_region && f.notes.is_empty() && !other_province && !heads_address {
        if let Some(pi) = prev_idx {
            let (ptext, from_number) = f.phone.clone().unwrap();
            if join_cut_phone(asm, pi, &ptext, from_number, f.line, src) {
                asm.drafts[pi].notes.extend(f.notes.iter().cloned());
                return;
            }
            join_lone_phone(asm, pi, &f, ptext, from_number, src);
            return;
        }
    }

    // Tails of wrapped fields with the phone beside them, in a tall row (see
    // [`join_tall_row`]).
    if !in_region && !f.heads_next && join_tall_row(asm, &f, prev_idx, section, src) {
        if let Some(pi) = prev_idx {
            absorb_field_noise(asm, pi, &f, src);
            // (A name missing above an address now whole is decided again: `2.市人社` +
            // `局609室(…)`, the next window of the name above.)
            if f.addr.is_some() || f.column_role == Some(Role::Address) {
                redecide_inheritance(asm, pi, src);
            }
        }
        return;
    }

    // Tails of wrapped fields continue the record above.
    if f.phone.is_none() && f.seq.is_none() && !f.heads_next {
        if let Some(pi) = prev_idx {
            // The one text, under the address column, is read as the address's (`市政务服务中心`
            // reads like a name's tail), unless it closes the name's bracket or ends it.
            if f.column_role == Some(Role::Address) && f.addr.is_none() && f.phone.is_none() {
                f.addr = f.inst.take();
            }
            tails::swap_to_open_field(&mut f, &asm.drafts[pi]);
            let province = asm.sections.get(section).and_then(Section::reading_province);
            if tails::continues_record_above(&f, &asm.drafts[pi], province) || f.phone_rest {
                tails::join_tail_row(asm, pi, &mut f, src);
                return;
            }
        }
    }

    // A name cell holding only a bracketed remark is the tail of the name above.
    if let Some(pi) = prev_idx {
        if tails::join_remark_name(asm, pi, &mut f, src) {
            return;
        }
    }

    // A new record: the fragment's fields move into it.
    open_record(asm, f, dittos, section, in_region, src);
}

/// The last characters of a city's or county's name printed whole (`承德市`, `锡林郭勒盟`).
const DIVISION_ENDINGS: [char; 6] = ['市', '州', '盟', '县', '区', '旗'];

/// Takes out the record above when it is a place's name alone on its row (`承德市`) heading
/// the row's record: the row's name opens with it (`承德市外国专家局`, maybe after its
/// province), or its whole name with a city of its own (`定州市外国专家局` under `保定市`) or a
/// free-trade zone's name, or, the row printing no name, its address opens with it. The city of the records below printed as a heading row, not the head of a
/// wrapped name, which never repeats its place nor names two cities. Kept in the audit.
fn drop_place_heading(asm: &mut Assembly, f: &Frag, src: &Arc<str>) {
    let Some(pi) = asm.continuable() else { return };
    let d = &asm.drafts[pi];
    let text = match (d.institution.is_empty(), d.address.is_empty()) {
        (false, true) => &d.institution,
        (true, false) => &d.address,
        _ => return,
    };
    if !d.phone_cells.is_empty() || d.lines.len() != 1 || pi + 1 != asm.drafts.len() {
        return;
    }
    let place = squash(text);
    // (After its province's name or none, `江西省吉安市…` under `吉安市`; or without its `市`,
    // `六盘水科技局` under `六盘水市`.)
    let stem = place.trim_end_matches(DIVISION_ENDINGS);
    let stem = if stem.chars().count() >= 2 { stem } else { &*place };
    let opens_with_place =
        |t: &str| t.len() > place.len() && t.find(stem).is_some_and(|at| at == 0 || Gazetteer::get().province_by_name(&t[..at]).is_some());
    let heads = match (f.inst.as_deref().map(squash), f.addr.as_deref().map(squash)) {
        // (Or a free-trade zone's name, `中国(山东)自由贸易试验区…`: no name goes on a city so.)
        (Some(name), _) => {
            (opens_with_place(&name) && crate::text::cjk_count(&name) >= 4)
                || (continuation::whole_name(&name)
                    && (continuation::whole_name_opening_with_a_city(&name)
                        || name.starts_with("中国(")
                        || opens_with_a_place_within(&place, &name)
                        // (Or naming the city again inside, `河南自贸区开封片区…` under
                        // `开封市`: no name repeats its city.)
                        || (stem != &*place && name.contains(stem))))
        }
        // (Its name cell empty: a name's rest too short to read, `市人力`, goes on the place.)
        // (Or an address the gazetteer places in that city wherever it names it:
        // `中国(湖北)自贸区宜昌片区…` under `宜昌市`, `昌吉市…` under `昌吉回族自治州`.)
        (None, Some(addr)) => (opens_with_place(&addr) || in_the_city(&place, &addr)) && f.noise.is_empty() && f.field_noise.is_empty(),
        (None, None) => false,
    };
    // (A city's name as printed whole, `曲靖市`: `曲靖` alone is a name cut after its city's.)
    let whole_place = place.ends_with(DIVISION_ENDINGS);
    if !heads || !whole_place || !continuation::only_places(&place) {
        return;
    }
    let printed = text.clone();
    let line = d.lines.first().copied().unwrap_or(f.line);
    asm.drafts.pop();
    asm.lone_phone_keys = None;
    asm.dropped.push(
        Finding::new(FindingCode::TitleRowDropped, src, lines1(line))
            .change(printed, "")
            .msg("a place's name alone on its row, that the name below opens with: a heading of the records below, not a name's head"),
    );
}

/// The divisions a place's name printed whole and in full (`宜昌市`, not `宜昌`) may denote.
fn divisions_named_whole(place: &str) -> Option<&'static [usize]> {
    Gazetteer::get().place_at_start(place).filter(|m| m.end == place.len() && !m.short).map(|m| m.candidates)
}

/// True when the gazetteer places an address in the city a place's whole name names.
fn in_the_city(place: &str, address: &str) -> bool {
    let Some(heading) = divisions_named_whole(place) else { return false };
    Gazetteer::get().resolve(address, None, &[]).prefecture.is_some_and(|p| heading.contains(&p))
}

/// True when a name opens with the full name of a county or city within the place
/// (`二连浩特市…` under `锡林郭勒盟`, `阿拉善左旗…` under `阿拉善盟`): that division's office
/// under its city's heading, whatever the length of its name, as
/// [`continuation::whole_name_opening_with_a_city`] reads a short one. Not a district
/// (`包河区…` under `合肥市`): a name often goes on with its city's district after a wrap.
fn opens_with_a_place_within(place: &str, name: &str) -> bool {
    let g = Gazetteer::get();
    let Some(heading) = divisions_named_whole(place) else { return false };
    let Some(opening) = g.place_at_start(name).filter(|m| m.end < name.len() && !m.short) else { return false };
    if !name[..opening.end].ends_with(continuation::OFFICE_DIVISION_ENDINGS) {
        return false;
    }
    opening.candidates.iter().any(|&c| g.prefecture_of(c).is_some_and(|p| p != c && heading.contains(&p)))
}

/// Opens a new record with a row's fields (`dittos`: the fields filled from the record above,
/// `in_region`: read inside a run of garbled rows), with the findings of its repairs; a
/// record without a name takes the one above's when it is another window of it.
fn open_record(asm: &mut Assembly, mut f: Frag, dittos: Vec<(&'static str, String)>, section: usize, in_region: bool, src: &Arc<str>) {
    let mut d = Draft {
        section,
        institution: f.inst.take().unwrap_or_default(),
        address: f.addr.take().unwrap_or_default(),
        inst_source: InstitutionSource::Present,
        phone_cells: f.phone.take().into_iter().collect(),
        lines: [f.line].into_iter().chain(f.cell_lines.iter().copied()).collect(),
        findings: Vec::new(),
        in_garbled_region: in_region,
        notes: std::mem::take(&mut f.notes),
        seq: sections::seq_number(f.seq.as_deref()),
        region: f.region.take(),
    };
    for (field, value) in dittos {
        d.findings.push(
            Finding::new(FindingCode::DittoFilled, src, lines1(f.line))
                .field(field)
                .change("同上", clean_field(&value))
                .msg("同上 (ditto): the value of the record above"),
        );
    }
    if f.inst_from_merge {
        d.inst_source = InstitutionSource::Inherited;
        d.findings.push(
            Finding::new(FindingCode::InstitutionInherited, src, lines1(f.line))
                .field("institution")
                .change("", clean_field(&d.institution))
                .msg("the name cell is covered by a merged cell spanning several windows; name taken from it"),
        );
    }
    if !f.shifted.is_empty() {
        d.findings.push(Finding::new(FindingCode::ColumnShiftRepaired, src, lines1(f.line)).msg(f.shifted.join("; ")));
    }
    if let Some(names) = &f.run_together {
        d.findings.push(
            Finding::new(FindingCode::RecordsRunTogether, src, lines1(f.line))
                .field("institution")
                .change(names.join(" | "), clean_field(&d.institution))
                .msg(format!(
                    "{} names side by side in one row; their addresses or phones could not be told apart: one record holds them",
                    names.len()
                )),
        );
    }
    d.findings.extend(f.split_findings(&d, src));
    // A name run into the address without a space, its own cell empty
    // (`河北省科学技术厅石家庄市裕华区槐安东路 1 号`).
    if d.institution.is_empty() && !in_region {
        if let Some((name, addr)) = continuation::split_run_together(&d.address) {
            d.findings.push(
                Finding::new(FindingCode::CellSplit, src, lines1(f.line))
                    .severity(Severity::Warning)
                    .change(d.address.clone(), format!("{name} | {addr}"))
                    .msg("a name and an address run together without a space: split where the name ends and a place begins"),
            );
            (d.institution, d.address) = (name, addr);
        }
    }
    if d.institution.is_empty() && !in_region {
        decide_inheritance(asm, &mut d, src);
    } else if d.institution.is_empty() {
        d.inst_source = InstitutionSource::Missing;
    }
    asm.drafts.push(d);
}

/// The most words a cell read as two whole names holds: two names of 64 characters, each
/// printed with a space between every two characters.
const TWO_NAMES_MAX_WORDS: usize = 128;

/// The one cut of a cell into two whole names (a name's ending, four Chinese characters or
/// more, opening with a place, no number), in canonical characters: `萍乡市人力资源和社会保障局
/// 萍乡市人民政府办证大厅`. `None` when no cut, or more than one, makes two.
fn two_whole_names(text: &str) -> Option<(String, String)> {
    two_names_parted(text, false)
}

/// [`two_whole_names`], also when a conjunction stands alone between them or closes the
/// first (`天津市科学技术局 和 天津市外国专家局`, `… & …`, `…局及 …`): one body's two
/// names, not a name and its address. The names come back without the conjunction.
fn two_names_joined(text: &str) -> Option<(String, String)> {
    two_names_parted(text, true)
}

/// Words that join two names of one body when printed beside a space.
const NAME_CONJUNCTIONS: [char; 4] = ['&', '和', '及', '与'];

/// [`two_whole_names`] and [`two_names_joined`] in one: `conjunctions` leaves out the words
/// that join the two.
fn two_names_parted(text: &str, conjunctions: bool) -> Option<(String, String)> {
    let canon = crate::text::canonical_chars(text);
    let mut toks: Vec<&str> = canon.split_whitespace().collect();
    if conjunctions {
        let n = toks.len();
        toks = toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                if t.len() <= 3 && t.starts_with(NAME_CONJUNCTIONS) {
                    return None;
                }
                let t = if i + 1 < n { t.strip_suffix(NAME_CONJUNCTIONS).filter(|r| !r.is_empty()).unwrap_or(t) } else { t };
                // (A Chinese one opening a word may open a place's name, `和平区`.)
                let t = if i > 0 { t.strip_prefix('&').unwrap_or(t) } else { t };
                (!t.is_empty()).then_some(t)
            })
            .collect();
    }
    // (Most cells are one word, or hold no second word ending like a name: no cut to try.
    // Nor does a cell of more words than two names spaced character by character hold: each
    // cut is tried on the whole text, so a cell of thousands of words cost their square.)
    if toks.len() > TWO_NAMES_MAX_WORDS || continuation::name_words(&canon) < 2 {
        return None;
    }
    let g = Gazetteer::get();
    let whole = |t: &str| {
        let sq = squash(t);
        crate::classify::has_institution_suffix(&sq)
            && crate::text::cjk_count(&sq) >= 4
            && !sq.bytes().any(|b| b.is_ascii_digit())
            && g.place_at_start(&sq).is_some_and(|m| !m.short)
    };
    let mut cuts = (1..toks.len())
        .filter(|&k| crate::classify::has_institution_suffix(toks[k - 1]) && whole(&toks[..k].join(" ")) && whole(&toks[k..].join(" ")));
    let (Some(k), None) = (cuts.next(), cuts.next()) else { return None };
    Some((toks[..k].join(" "), toks[k..].join(" ")))
}

/// A cell's name and its address on either side of its one printed line break, in canonical
/// characters, when both are there and neither holds a phone.
fn name_and_address_at_break(text: &str) -> Option<(String, String)> {
    let (name, addr) = crate::text::split_at_line_break(text)?;
    let (name, addr) = (crate::text::canonical_chars(name), crate::text::canonical_chars(addr));
    let no_phone = |t: &str| crate::classify::count_phones(t) == 0;
    (!name.is_empty() && !addr.is_empty() && no_phone(&name) && no_phone(&addr)).then(|| (name.into_owned(), addr.into_owned()))
}

/// A cell's name alone before its one printed line break, nothing after it (under a
/// `受理机构及地址` caption: the name printed without its address).
fn name_alone_at_break(text: &str) -> Option<String> {
    let (name, addr) = crate::text::split_at_line_break(text)?;
    let name = crate::text::canonical_chars(name);
    (addr.is_empty() && !name.is_empty() && crate::classify::count_phones(&name) == 0).then(|| name.into_owned())
}

/// True for a name cell holding only a bracketed remark (`(本溪市外国专家局)`): the bracket
/// opened first closes last, or not in this cell (a numbered name, `(3)无锡市科学技术局`, is
/// no remark).
fn is_remark_only(sq: &str) -> bool {
    sq.starts_with('(') && sq.find(')').is_none_or(|i| i + 1 == sq.len())
}

/// Splits a cell holding a field and its phone (`…委员会(010-…)`, `…39号 0311-…`) with
/// `split`: the field's cell when the row has no phone, or the phone's cell when the row
/// has no such field (and `phone_cell_may_hold` allows reading it there). Returns whether
/// it split.
fn split_off_phone(
    field: &mut Option<String>,
    phone: &mut Option<(String, bool)>,
    split_from: &mut Option<Split>,
    phone_cell_may_hold: bool,
    split: fn(&str) -> Option<(String, String)>,
) -> bool {
    let (text, from_number) = match (&*field, &*phone) {
        (Some(t), None) => (t.clone(), false),
        (None, Some((t, n))) if phone_cell_may_hold => (t.clone(), *n),
        _ => return false,
    };
    let Some((value, phones)) = split(&text) else { return false };
    *split_from = Some(Split::cell(text));
    *field = Some(value);
    *phone = Some((phones, from_number));
    true
}

/// One cell as `tablemend inspect` shows it.
#[derive(Debug, Clone)]
pub struct InspectCell {
    pub col: u32,
    pub text: String,
    /// The role given to the cell (`None` for empty cells), `garbled` cells marked apart.
    pub role: Option<Role>,
    pub garbled: bool,
}

/// One row as `tablemend inspect` shows it.
#[derive(Debug, Clone)]
pub struct InspectRow {
    pub table: usize,
    pub line: u32,
    pub header: bool,
    pub cells: Vec<InspectCell>,
}

/// The role every cell of a document was given, for debugging a new document.
pub fn inspect(doc: &Document) -> Vec<InspectRow> {
    crate::variants::reading_simplified(crate::variants::Script::of(doc).variants_throughout, || inspect_rows(doc))
}

/// [`inspect`] within the document's reading scope.
fn inspect_rows(doc: &Document) -> Vec<InspectRow> {
    let mut out = Vec::new();
    // The last header, for the page-break tables that follow it.
    let mut header_carry = Carry::default();
    let mut scanned: Vec<ScannedTable<'_>> = doc.tables.iter().map(scan_table).collect();
    score_wrapped_across_tables(&mut scanned);
    look_ahead(&mut header_carry, scanned.iter().map(|t| (t.rows.as_slice(), &t.layout)));
    for (table, ScannedTable { rows, scores, mut layout }) in doc.tables.iter().zip(scanned) {
        carry_header(&mut header_carry, &rows, &mut layout);
        let extra = layout.extra.clone();
        let mut anchors = Anchors::default();
        for (ri, row) in rows.iter().enumerate() {
            let prepared = prepare_row(table, &rows, ri, &scores[ri], &extra, &layout, &mut anchors);
            // Echo cells are shown as noise; extra-column cells (emptied) get no role.
            let mut assigned = roles::assign(&prepared.row, &prepared.scores, &layout);
            roles::lone_tail_by_column(&prepared.row, &mut assigned, &layout, table.kind == parser::TableKind::Text);
            for &(ci, _) in &prepared.echoes {
                assigned[ci] = Some(Role::Noise);
            }
            out.push(InspectRow {
                table: table.index,
                line: row.line,
                header: Some(ri) == layout.header_row,
                cells: row
                    .cells
                    .iter()
                    .enumerate()
                    .map(|(ci, c)| InspectCell { col: c.col, text: c.text.clone(), role: assigned[ci], garbled: scores[ri][ci].garbled })
                    .collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_cells_in_parallel_changes_nothing() {
        let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
        // The seed three times over: batches of tables end inside a copy and between copies.
        let doc = parser::markdown::parse_markdown("seed.md", &md.repeat(3)).expect("parses");
        assert!(doc.tables.len() > SCAN_BATCH_TABLES);
        // Everything but the phone cache (a hash map: its order is not the output's).
        let shown = |a: Assembly| format!("{:?} {:?} {:?} {:?}", a.drafts, a.sections, a.dropped, a.heading);
        assert_eq!(shown(assemble_with(&doc, 0)), shown(assemble_with(&doc, usize::MAX)));
        // In traditional forms: the workers read the cells as the document's thread does.
        let traditional = crate::variants::in_traditional_forms(&md.repeat(3));
        let doc = parser::markdown::parse_markdown("seed.md", &traditional).expect("parses");
        assert!(crate::variants::Script::of(&doc).variants_throughout);
        let read = |min| crate::variants::reading_simplified(true, || shown(assemble_with(&doc, min)));
        assert_eq!(read(0), read(usize::MAX));
    }

    #[test]
    fn two_whole_names_spaced_character_by_character() {
        let spaced = |t: &str| t.chars().map(String::from).collect::<Vec<_>>().join(" ");
        let (a, b) = ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅");
        let want = Some((spaced(a), spaced(b)));
        assert_eq!(two_whole_names(&format!("{} {}", spaced(a), spaced(b))), want);
        // A cell of many names is no two names (and past TWO_NAMES_MAX_WORDS words no cut is
        // tried: each was tried on the whole text).
        let many: Vec<String> = (0..TWO_NAMES_MAX_WORDS).map(|i| format!("萍乡市第{i}人民政府")).collect();
        assert_eq!(two_whole_names(&many.join(" ")), None);
    }
}
