//! Row reconstruction: from raw rows to one draft record per acceptance point.
//!
//! The walk goes through every data row of every table in document order (page-break
//! tables continue the document), gives each cell a role ([`roles`]), then decides for each
//! row whether it starts a record, continues the one above ([`continuation`]), or holds
//! garbled text to be pieced together at the end ([`garbled`]).

use std::sync::Arc;
pub mod continuation;
pub mod echo;
pub mod garbled;
pub mod roles;
pub mod two_up;

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::collections::BTreeSet;

use parser::{Document, Row, RowKind, Table};

use crate::classify::{classify, ends_like_name, CellScores, Role};
use crate::finding::{Finding, FindingCode, Severity};
use crate::gazetteer::Gazetteer;
use crate::text::{clean_field, squash};
use garbled::Candidate;
use rayon::prelude::*;

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
}

/// A province section: from one 序号/省级地区 cell to the next.
#[derive(Debug, Clone)]
pub struct Section {
    pub province: Option<usize>,
    pub seq: Option<String>,
    pub first_line: u32,
    /// The printed province text (or empty when not printed).
    pub printed: String,
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
    /// Records before this index belong to a table of another header: no row continues
    /// them, nor takes their name.
    fresh_from: usize,
    /// The fields the last header row named, column by column: a header naming others
    /// opens another table (one naming the same is the header repeated on a new page).
    last_header: Option<Vec<Option<Role>>>,
}

impl Assembly {
    /// The last record, when a row may continue it (it is in the current header's table).
    fn continuable(&self) -> Option<usize> {
        self.drafts.len().checked_sub(1).filter(|&i| i >= self.fresh_from)
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
}

/// What a [`Frag`] was split from, for its `cell_split` finding.
#[derive(Debug, Clone)]
struct Split {
    printed: String,
    severity: Severity,
    why: String,
}

impl Split {
    /// One cell that held two fields: an ordinary repair.
    fn cell(printed: String) -> Split {
        Split { printed, severity: Severity::Info, why: "one cell held two fields; split between them".to_string() }
    }

    /// A reading that pairs text by position: a doubt to review.
    fn doubtful(printed: String, why: String) -> Split {
        Split { printed, severity: Severity::Warning, why }
    }
}

/// Rebuilds records from a parsed document.
pub fn assemble(doc: &Document) -> Assembly {
    assemble_with(doc, PARALLEL_SCAN_MIN_TABLES)
}

/// [`assemble`], reading cells in parallel from `parallel_min_tables` tables on.
fn assemble_with(doc: &Document, parallel_min_tables: usize) -> Assembly {
    let mut asm = Assembly { source: Arc::from(doc.source.as_str()), ..Assembly::default() };
    let src = &Arc::clone(&asm.source);
    // About a draft per row: reserved, so a huge document's drafts are not copied while
    // the array doubles (nor left with room for twice their number).
    // A page printed two records a row is read as its two halves.
    let split = two_up::split_two_up(&doc.tables);
    let tables: &[Table] = split.as_deref().unwrap_or(&doc.tables);
    asm.drafts.reserve_exact(tables.iter().map(|t| t.rows.len()).sum());
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut region_active = false;
    let mut header_seen = false;

    // Lines outside tables are read in order with the tables: a heading naming a province
    // (`## 一、河北省`) places the rows after it; any other line is dropped text.
    let mut text_lines = doc.text_lines.iter().peekable();
    // Text lines before a point of the document: (line, order among what starts on it).
    let mut read_text_lines = |asm: &mut Assembly, candidates: &mut Vec<Candidate>, region: &mut bool, before: (u32, u32)| {
        while let Some(t) = text_lines.next_if(|t| (t.line, t.pos) < before) {
            match heading_province(&t.text) {
                Some(p) => {
                    asm.heading = Some(p);
                    let name = Gazetteer::get().div(p).name.clone();
                    asm.sections.push(Section { province: Some(p), seq: None, first_line: t.line, printed: t.text.clone() });
                    asm.dropped.push(
                        Finding::new(FindingCode::SectionStart, src, (t.line, t.line))
                            .field("province")
                            .change(t.text.clone(), name.clone())
                            .msg(format!("heading names the province of the rows after it: {name}")),
                    );
                }
                None => {
                    // A table row that lost every pipe reads as one whole record: kept as one,
                    // its 序号 and province words (`1 辽宁 辽宁省科学技术厅 …`) read as theirs.
                    let (seq, printed_province, body) = continuation::row_heads(&t.text);
                    let province = printed_province.as_ref().and_then(|p| p.1.province).or(asm.sections.last().and_then(|s| s.province));
                    let whole = continuation::split_whole_record(body, province).or_else(|| continuation::split_labelled_record(body));
                    if let Some((name, addr, phones)) = whole {
                        let f = Frag {
                            line: t.line,
                            seq: seq.map(str::to_string),
                            province: printed_province.map(|(p, sc)| (p.to_string(), sc)),
                            inst: Some(name),
                            addr: Some(addr),
                            phone: Some((phones, false)),
                            split: Some(Split::doubtful(
                                t.text.clone(),
                                "a line outside any table reads as one whole record (a row that lost its pipes); split into its fields"
                                    .to_string(),
                            )),
                            ..Default::default()
                        };
                        process_frag(asm, f, src, candidates, region);
                        continue;
                    }
                    // A line holding a phone number is record data the tables lost (a row
                    // OCR printed as prose): a doubt to review, not a caption.
                    let f = Finding::new(FindingCode::TextLineDropped, src, (t.line, t.line)).change(t.text.clone(), "");
                    asm.dropped.push(if classify(&t.text).phone_count > 0 {
                        f.severity(Severity::Warning).msg("line outside any table holds a phone number: record data not read as a row")
                    } else {
                        f.msg("line outside any table")
                    });
                }
            }
        }
    };

    // The last header, for the page-break tables that follow it.
    let mut header_carry = Carry::default();
    // A huge document (a whole directory in one file) reads its cells on every core, a
    // batch of tables ahead of row assembly, which stays sequential: reading a cell
    // depends on nothing else.
    let parallel = tables.len() >= parallel_min_tables;
    for batch in tables.chunks(SCAN_BATCH_TABLES) {
        let mut scanned: Vec<ScannedTable<'_>> =
            if parallel { batch.par_iter().map(scan_table).collect() } else { batch.iter().map(scan_table).collect() };
        score_wrapped_across_tables(&mut scanned);
        for (table, ScannedTable { rows, scores, mut layout }) in batch.iter().zip(scanned) {
            let first_line = table.rows.first().map_or(0, |r| r.line);
            read_text_lines(&mut asm, &mut candidates, &mut region_active, (first_line, table.pos));
            let extra = carry_header(&mut header_carry, &rows, &mut layout);
            let usual_width = usual_width(&rows);
            for (ri, row) in rows.iter().enumerate() {
                let row_text = row.cells.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" | ");
                if row_text.is_empty() {
                    continue;
                }
                // Rows that hold no record: the header (and its second line), titles above it,
                // totals and notes. Each is kept in the audit with why.
                let header = layout.header_row;
                let no_record: Option<(FindingCode, &'static str)> = if Some(ri) == header {
                    header_seen = true;
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
                    Some((FindingCode::HeaderRowSkipped, "header row"))
                } else if roles::is_total_row(row) {
                    Some((FindingCode::TotalRowDropped, "totals row (合计/总计/小计/共计)"))
                } else if header.is_some_and(|h| ri == h + 1 && roles::continues_header(rows[h], row)) {
                    Some((FindingCode::HeaderRowSkipped, "second line of the header row (captions wrapped over two rows, or sub-captions)"))
                } else if row.cells.iter().all(|c| c.text.trim().is_empty() || roles::is_header_word(&c.text)) && roles::is_header_row(row)
                {
                    // The header printed again inside the table (a page's top read into it):
                    // captions only.
                    Some((FindingCode::HeaderRowSkipped, "header row printed again inside the table"))
                } else if header.is_some_and(|h| ri < h) && !header_seen {
                    Some((FindingCode::TitleRowDropped, "row above the header (title or caption)"))
                } else if roles::is_note_row(row) {
                    Some((FindingCode::TitleRowDropped, "note or caption row inside the table (注：…, or one cell spanning every column)"))
                } else {
                    None
                };
                if let Some((code, why)) = no_record {
                    asm.dropped.push(Finding::new(code, src, lines1(row.line)).change(row_text, "").msg(why));
                    continue;
                }
                let prepared = prepare_row(table, &rows, ri, &scores[ri], &extra, &layout);
                for (_, text) in &prepared.echoes {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(row.line))
                            .change(text.clone(), "")
                            .msg("repeats a cell of the row above from a column further left (the page read twice); left out"),
                    );
                }
                let PreparedRow { row, scores: row_scores, merged_cols, notes, .. } = prepared;
                let (row, row_scores): (&Row, &[CellScores]) = (&row, &row_scores);
                let mut assigned = roles::assign(row, row_scores, &layout);
                roles::lone_tail_by_column(row, &mut assigned, &layout, table.kind == parser::TableKind::Text);
                name_read_as_other(row, row_scores, &mut assigned, &layout);
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
                let mut f = Frag { line: row.line, notes, cell_lines, ..Default::default() };
                // Phone cells beyond the first (a second phone column: 电话 | 传真, or a header
                // spanning two columns) are more phones of the record, not noise.
                let mut spare_phones: Vec<(String, bool)> = Vec::new();
                // Cells no field took, and where the record's phone sat: a second record
                // printed beside the first reads name, address, phone after it.
                let mut unplaced: Vec<usize> = Vec::new();
                let mut phone_col: Option<usize> = None;
                let mut addr_col: Option<usize> = None;
                let mut inst_col: Option<usize> = None;
                let mut text_cols: Vec<usize> = Vec::new();
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
                    if role == Role::Noise && !s.garbled && s.best().0 == Role::Phone && s.get(Role::Phone) >= 5.0 {
                        spare_phones.push((cell.text.clone(), cell.from_number));
                        continue;
                    }
                    if merged_cols.contains(&ci) && role == Role::Institution {
                        f.inst_from_merge = true;
                    }
                    // A cell under a `受理机构及地址` caption with one printed line break
                    // (`萍乡市人力资源和社会保障局<br>萍乡市人民政府办证大厅`): the name,
                    // then its address, whatever each reads like.
                    let name_address_col = layout.name_address_cols.contains(&ci) && role != Role::Phone;
                    if let (true, None, None) = (name_address_col, &f.inst, &f.addr) {
                        if let Some((name, addr)) = name_and_address_at_break(&cell.text) {
                            f.split = Some(Split::cell(cell.text.clone()));
                            f.inst = Some(name);
                            f.addr = Some(addr);
                            continue;
                        }
                    }
                    if s.garbled {
                        f.garbled.push(cell.text.clone());
                        continue;
                    }
                    // `同上` in a field's column: that field of the record above.
                    if crate::text::is_ditto(&cell.text) {
                        let col_role = [Role::Institution, Role::Address, Role::Phone]
                            .into_iter()
                            .find(|&r| roles::usual_column(&layout, r) == Some(ci));
                        if let Some(r) = col_role {
                            f.ditto.push(r);
                            continue;
                        }
                    }
                    let text = cell.text.clone();
                    match role {
                        Role::Seq => f.seq = Some(text),
                        Role::Province => f.province = Some((text, s.clone())),
                        // `北京 北京市科学技术委员会`: OCR merged the province column into the name's.
                        Role::Institution if f.province.is_none() => match continuation::split_leading_province(&text) {
                            Some((prov, name)) => {
                                let scores = classify(&prov);
                                f.province = Some((prov, scores));
                                f.inst = Some(name);
                            }
                            None => f.inst = Some(text),
                        },
                        Role::Institution => f.inst = Some(text),
                        Role::Address => f.addr = Some(text),
                        Role::Phone => f.phone = Some((text, cell.from_number)),
                        // A status remark in a field's column (`暂停受理` under 电话) is the
                        // record's remark: a note, read for its status.
                        Role::Noise if crate::status::split_status(&clean_field(&text)).remark.is_some() => f.notes.push(text),
                        Role::Noise => f.noise.push(text),
                    }
                    match role {
                        Role::Institution => inst_col = Some(ci),
                        Role::Address => addr_col = Some(ci),
                        _ => {}
                    }
                    if role != Role::Noise {
                        if let Some(usual) = roles::usual_column(&layout, role) {
                            if usual != ci && layout.prior.get(ci).map(|p| p[role as usize]).unwrap_or(0.0) < 0.3 {
                                f.shifted.push(format!("{} in column {} (usually {})", role.as_str(), ci + 1, usual + 1));
                            }
                        }
                    }
                }
                if let [ci] = text_cols[..] {
                    f.column_role = [Role::Institution, Role::Address]
                        .into_iter()
                        .find(|&r| roles::usual_column(&layout, r) == Some(ci))
                        .or_else(|| column_role_at_width(&rows, &scores, ri, ci))
                        .or_else(|| {
                            // Or, where the page says nothing of it, as the header's table
                            // of as many cells did.
                            let h = header_carry.header.as_ref().filter(|h| h.width == row.cells.len())?;
                            [Role::Institution, Role::Address].into_iter().find(|&r| roles::role_column(&h.prior, r as usize) == Some(ci))
                        });
                }
                let beside = record_beside(row, row_scores, &f, phone_col, &unplaced);
                if let Some(b) = &beside {
                    let taken: Vec<&str> = b.cols.iter().map(|&ci| row.cells[ci].text.as_str()).collect();
                    f.noise.retain(|t| !taken.contains(&t.as_str()));
                    spare_phones.retain(|(t, _)| !taken.contains(&t.as_str()));
                } else if let (true, Some(addr)) = (layout.address_cols.len() >= 2, &mut f.addr) {
                    // A second address column (`地址 | 电话 | 地址 | 电话`, on the header's page
                    // or a page-break table after it): the point's other address, joined to
                    // the first (`/` before a place reads as ` / `).
                    for &ci in &unplaced {
                        let text = &row.cells[ci].text;
                        let under_address = layout.address_cols.contains(&ci);
                        if under_address && row_scores[ci].best().0 == Role::Address && row_scores[ci].get(Role::Address) >= 2.0 {
                            addr.push('/');
                            addr.push_str(text);
                            f.noise.retain(|t| t != text);
                        }
                    }
                }
                // A cell of a column sharing its caption's field with another column
                // (`受理窗口` beside `受理机构`) that no field took: a note under its caption.
                for &ci in &unplaced {
                    let Some((_, caption)) = layout.shared_cols.iter().find(|(c, _)| *c as usize == ci) else { continue };
                    let text = &row.cells[ci].text;
                    if let Some(i) = f.noise.iter().position(|t| t == text) {
                        f.noise.remove(i);
                        f.notes.push(format!("{caption}: {}", clean_field(text)));
                    }
                }
                // A name or an address split over two cells by a stray separator (a comma
                // inside an unquoted CSV field, a pipe OCR read in a line), in a row a cell
                // wider than most (two address columns side by side, `地址 | 详细地址`, are
                // not one split): joined back.
                if text_width(row) > usual_width {
                    let sep = if table.kind == parser::TableKind::Delimited { "," } else { "" };
                    let next_col = |role: Role| match role {
                        Role::Institution => addr_col,
                        _ => phone_col,
                    };
                    let mut free = unplaced.clone();
                    for (role, col) in [(Role::Institution, inst_col), (Role::Address, addr_col)] {
                        let Some(field) = (if role == Role::Institution { f.inst.as_mut() } else { f.addr.as_mut() }) else { continue };
                        let split = StraySplit { row, scores: row_scores, layout: &layout, unplaced: &free, sep };
                        if let Some((joined, taken, void, note)) = split.join(role, col, next_col(role), field) {
                            *field = joined;
                            let text = &row.cells[taken].text;
                            f.noise.retain(|t| t != text);
                            f.shifted.retain(|m| *m != void);
                            f.shifted.push(note);
                            free.retain(|&c| c != taken);
                        }
                    }
                }
                for (text, from_number) in spare_phones {
                    match &mut f.phone {
                        None => f.phone = Some((text, from_number)),
                        Some((p, n)) if *n == from_number => {
                            p.push(' ');
                            p.push_str(&text);
                        }
                        Some(_) => f.noise.push(text),
                    }
                }
                // One cell flagged garbled for two names' worth of text that is a name and its
                // address set apart by a printed line break (`萍乡市人力资源和社会保障局<br>萍乡
                // 市人民政府办证大厅`).
                if let ([cell], None, None) = (f.garbled.as_slice(), &f.inst, &f.addr) {
                    let province = asm.sections.last().and_then(|s| s.province);
                    let split = crate::text::split_at_line_break(cell).and_then(|_| continuation::split_mixed(cell, province));
                    // Both parts read like names, but the row has one number: one point, its
                    // name and (named like an office) its address, not two points.
                    let one_number = f.phone.as_ref().is_some_and(|(p, _)| crate::classify::count_phones(p) == 1);
                    let lenient = || one_number.then(|| name_and_address_at_break(cell)).flatten();
                    if let Some((name, addr)) = split {
                        f.split = Some(Split::cell(cell.clone()));
                        (f.inst, f.addr) = (Some(name), Some(addr));
                        f.garbled.clear();
                    } else if let Some((name, addr)) = lenient() {
                        f.split = Some(Split::doubtful(
                            cell.clone(),
                            "a printed line break parts a name from text that reads like another name; with one phone in the row, read as the name and its address".to_string(),
                        ));
                        (f.inst, f.addr) = (Some(name), Some(addr));
                        f.garbled.clear();
                    }
                }
                // One cell holding a whole record (name, address, phone), flagged as garbled for
                // its length: split into its three fields when each part reads as one.
                // Its 序号 and province words (`1 北京 北京市科学技术委员会 …`: the row's cells
                // run together) are read as theirs when the row has none of its own.
                if let ([cell], None, None, None) = (f.garbled.as_slice(), &f.inst, &f.addr, &f.phone) {
                    let cell = cell.clone();
                    let heads_free = f.seq.is_none() && f.province.is_none();
                    let (seq, printed, body) = if heads_free { continuation::row_heads(&cell) } else { (None, None, cell.as_str()) };
                    let province = printed.as_ref().and_then(|p| p.1.province).or(asm.sections.last().and_then(|s| s.province));
                    if let Some((name, addr, phones)) = continuation::split_whole_record(body, province) {
                        f.split = Some(Split::cell(cell.clone()));
                        f.garbled.clear();
                        f.inst = Some(name);
                        f.addr = Some(addr);
                        f.phone = Some((phones, false));
                        f.seq = seq.map(str::to_string).or(f.seq.take());
                        f.province = printed.map(|(p, sc)| (p.to_string(), sc)).or(f.province.take());
                    }
                }
                // A row whose one field cell holds a whole record, labelled or set apart by
                // marks (`| 1 | 杭州市科学技术局，地址：…，电话：0571-… |`: a table of one
                // column per record), read as its three fields.
                if let (true, Some(text)) = (f.garbled.is_empty(), only_field(&f)) {
                    let province = asm.sections.last().and_then(|s| s.province);
                    let spaced = text.replace(['；', ';'], " ");
                    let whole = continuation::split_labelled_record(&text).or_else(|| continuation::split_whole_record(&spaced, province));
                    if let Some((name, addr, phones)) = whole.filter(|_| crate::classify::count_phones(&text) >= 1) {
                        f.split = Some(Split::cell(text.clone()));
                        f.inst = Some(name);
                        f.addr = Some(addr);
                        f.phone = Some((phones, false));
                    }
                }
                // Records side by side, read before a cell is taken for a name and its
                // address (`萍乡市人民政府办证大厅 新余市…`: the first record's address), and
                // again if a cell is split below. The row's own province when it opens a
                // section, else the section's.
                let row_province = f.province.as_ref().and_then(|(_, sc)| sc.province).or(asm.sections.last().and_then(|s| s.province));
                let mut side_by_side = split_side_by_side(&f, row_province);
                if let Err(names) = &side_by_side {
                    f.run_together = names.clone();
                    // One cell holding a name and an address.
                    let mut resplit = false;
                    if f.inst.is_some() != f.addr.is_some() {
                        let text = f.inst.clone().or_else(|| f.addr.clone()).unwrap_or_default();
                        let province = asm.sections.last().and_then(|s| s.province);
                        let split =
                            continuation::split_name_bracketed_address(&text).or_else(|| continuation::split_mixed(&text, province));
                        if let Some((name, addr)) = split {
                            f.inst = Some(name);
                            f.addr = Some(addr);
                            f.split = Some(Split::cell(text));
                            resplit = true;
                        }
                    }
                    // One cell holding a name, or an address, and its phone: two fields.
                    let has_addr = f.addr.is_some();
                    resplit |= split_off_phone(&mut f.inst, &mut f.phone, &mut f.split, has_addr, continuation::split_name_phone);
                    resplit |= split_off_phone(&mut f.addr, &mut f.phone, &mut f.split, true, continuation::split_address_phone);
                    if resplit {
                        side_by_side = split_side_by_side(&f, row_province);
                    }
                }
                match side_by_side {
                    Ok(frags) => {
                        for f in frags {
                            process_frag(&mut asm, f, src, &mut candidates, &mut region_active);
                        }
                    }
                    Err(_) => process_frag(&mut asm, f, src, &mut candidates, &mut region_active),
                }
                if let Some(b) = beside {
                    process_frag(&mut asm, b.frag, src, &mut candidates, &mut region_active);
                }
            }
        }
    }
    read_text_lines(&mut asm, &mut candidates, &mut region_active, (u32::MAX, u32::MAX));
    place_candidates(&mut asm, candidates, src);
    asm
}

/// The province a heading line names (`## 一、河北省`, `（二）内蒙古自治区`, `3. 上海市:`),
/// the whole line being numbering, the name and punctuation; or a markdown title opening
/// with a province's full name.
pub(crate) fn heading_province(line: &str) -> Option<usize> {
    static NUMBERING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = NUMBERING.get_or_init(|| {
        regex::Regex::new(
            // A Chinese numeral numbers the line only with 第 or a mark after it: `四川省`
            // opens with 四.
            r"^[#*\s]*(?:第[一二三四五六七八九十百]+[、.．部分]*|[一二三四五六七八九十百]+(?:[、.．\s]|部分)[、.．\s]*|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．)）]|[0-9]{1,3}\s)?\s*",
        )
        .expect("static regex")
    });
    let canon = crate::text::canonical_chars(line);
    // Without its numbering or heading marks (`（二）`, `3.`, `##`, `**`).
    let rest = re.replace(&canon, "");
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '*' | '#'));
    // A count or remark after the name: `一、北京市(共 5 个受理点)`.
    let rest = match (rest.ends_with(')'), rest.rfind('(')) {
        (true, Some(open)) if open > 0 => rest[..open].trim_end(),
        _ => rest,
    };
    let g = Gazetteer::get();
    if let Some(p) = g.province_by_name(&squash(rest)) {
        return Some(p);
    }
    // A markdown title that opens with a province's full name (`# 江苏省外国人工作许可受理点`)
    // is that province's list; so is a line, numbered, bold or plain, whose words after the
    // name only say it is a list (`（二）天津市受理点`, `**河北省受理点名单**`,
    // `浙江省外国人来华工作许可受理点一览表`).
    let sq = crate::text::squash(rest);
    let m = g.place_at_start(&sq)?;
    let p = *m.candidates.first()?;
    let province = m.candidates.len() == 1 && !m.short && g.div(p).level == crate::gazetteer::Level::Province;
    let tail = &sq[m.end..];
    let list_words = ["受理点", "受理机构", "受理窗口", "名单", "一览表", "列表", "联系方式"].iter().any(|w| tail.ends_with(w))
        && tail.chars().count() <= 20
        && !tail.bytes().any(|b| b.is_ascii_digit());
    (province && (canon.trim_start().starts_with('#') || list_words)).then_some(p)
}

/// Fills the fields printed as `同上` from the record above, `(field, value)` for each; a
/// ditto with nothing above to copy stays in the row as text (kept in the audit).
fn fill_dittos(asm: &Assembly, f: &mut Frag) -> Vec<(&'static str, String)> {
    let mut filled = Vec::new();
    for r in std::mem::take(&mut f.ditto) {
        let prev = asm.drafts.last();
        let done = match (r, prev) {
            (Role::Institution, Some(p)) if f.inst.is_none() && !p.institution.is_empty() => {
                f.inst = Some(p.institution.clone());
                filled.push(("institution", p.institution.clone()));
                true
            }
            (Role::Address, Some(p)) if f.addr.is_none() && !p.address.is_empty() => {
                f.addr = Some(p.address.clone());
                filled.push(("address", p.address.clone()));
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

/// A second record printed in the same row after the first one's phone (a two-column page
/// read as one table): the cells no field took.
struct Beside {
    frag: Frag,
    cols: Vec<usize>,
}

/// The record beside the first in a row wider than the table: after the cell the record's
/// phone came from, the unplaced cells read, in order, as a name (with a name's ending),
/// an address and a phone, optionally after a sequence number, and nothing else follows.
/// `None` unless the first record is whole (name, address and phone).
fn record_beside(row: &Row, scores: &[CellScores], f: &Frag, phone_col: Option<usize>, unplaced: &[usize]) -> Option<Beside> {
    let (Some(_), Some(_), Some(_), Some(pc)) = (&f.inst, &f.addr, &f.phone, phone_col) else { return None };
    let after: Vec<usize> = unplaced.iter().copied().filter(|&ci| ci > pc).collect();
    let fields = match after.as_slice() {
        [s, rest @ ..] if rest.len() == 3 && scores[*s].best().0 == Role::Seq => rest,
        all => all,
    };
    let [ni, ai, pi] = fields else { return None };
    let text = |ci: usize| row.cells[ci].text.clone();
    let name_like = scores[*ni].best().0 == Role::Institution && crate::classify::has_institution_suffix(&squash(&row.cells[*ni].text));
    let addr_like = scores[*ai].best().0 == Role::Address && scores[*ai].get(Role::Address) >= 2.0;
    let phone_like = scores[*pi].best().0 == Role::Phone && scores[*pi].phone_count > 0;
    if !(name_like && addr_like && phone_like) {
        return None;
    }
    let printed = after.iter().map(|&ci| text(ci)).collect::<Vec<_>>().join(" | ");
    let frag = Frag {
        line: f.line,
        inst: Some(text(*ni)),
        addr: Some(text(*ai)),
        phone: Some((text(*pi), row.cells[*pi].from_number)),
        split: Some(Split::doubtful(
            printed,
            "a second record printed beside the first in the same row (cells after its phone)".to_string(),
        )),
        ..Default::default()
    };
    Some(Beside { frag, cols: after })
}

/// Several records printed side by side in one row (OCR lost the lines between them): the
/// name cell holds k whole names, the address cell k addresses each opening with a place,
/// the phone cell the numbers of each in turn. Names and addresses may carry wrap spaces;
/// the numbers are dealt out in order, one each when there are k of them, else by the area
/// codes of each address's city (one way only). An error unless every part is told apart,
/// so anything less regular stays with the garbled-cell reconstruction; it holds the names
/// when there were several whole ones (a doubt to flag: records run together).
fn split_side_by_side(f: &Frag, province: Option<usize>) -> Result<Vec<Frag>, Option<Vec<String>>> {
    // Two records hold two numbers at least (most rows hold one: no need to read on).
    let Some((phone, from_number)) = &f.phone else { return Err(None) };
    if phone.bytes().filter(u8::is_ascii_digit).count() < 14 || phone.len() > SIDE_BY_SIDE_MAX_BYTES {
        return Err(None);
    }
    // Either cell may read as garbled (names and addresses run together), or both; the
    // names cell may read as one name (`盐城经济技术开发区行政审批局 扬州市科学技术局`: the
    // first opens with a short place name), the cuts below telling them apart.
    let (names_cell, addr) = match (f.garbled.as_slice(), &f.inst, &f.addr) {
        ([cell], None, Some(addr)) => (cell, addr),
        ([], Some(name), Some(addr)) if name.contains(char::is_whitespace) => (name, addr),
        ([cell], Some(name), None) if name.contains(char::is_whitespace) => (name, cell),
        ([names, addrs], None, None) => (names, addrs),
        _ => return Err(None),
    };
    // A row holds a few records: a longer cell is a page run together (the garbled-cell
    // reading's), and is not cut word by word here.
    if names_cell.len() > SIDE_BY_SIDE_MAX_BYTES || addr.len() > SIDE_BY_SIDE_MAX_BYTES {
        return Err(None);
    }
    let g = Gazetteer::get();
    let place_at = place_opening(province);
    let (names, addrs) = match side_by_side_names(names_cell, &place_at) {
        Some(names) => match side_by_side_addresses(addr, &names, &place_at) {
            Some(addrs) => (names, addrs),
            None => return Err(Some(names)),
        },
        // Names that do not open with a place (`阳光上东国际人才一站式服务站 朝阳国际创投…`,
        // `普洱人力资源和社会保障局 西双纳州…`, OCR's) are told apart only when the addresses
        // beside them part as many ways, each opening with a place of the section's province
        // and naming its street or a number (`朝阳区望京西园四区425楼`): else a name wrapped
        // after its ending (`北京海外学人中心 外国人来华工作事务部…` beside `丰台区西三环南路1号
        // 北京市政务服务中心三层C岛`) stays whole.
        None => {
            let names = whole_names_in_a_row(names_cell).ok_or(None)?;
            let addrs = side_by_side_addresses(addr, &names, &place_at).ok_or(None)?;
            let in_province = |p: &[usize]| p.iter().any(|&c| province.is_none_or(|pr| g.province_of(c) == pr));
            // (Or with the place its name opens with, one no table knows: `贵安新区…`.)
            let own = |(n, a): (&String, &String)| {
                (place_at(a).is_some_and(|p| in_province(&p)) || opens_with_same_place(n, a))
                    && (continuation::names_own_street(a) || a.bytes().any(|b| b.is_ascii_digit()))
            };
            if !names.iter().zip(&addrs).all(own) {
                return Err(None);
            }
            (names, addrs)
        }
    };
    let k = names.len();
    let numbers = crate::phone::parse_phone_cell(phone, *from_number);
    // Only a plain list of numbers is dealt out: labels, remarks, the joint-permit mark or
    // damage stay with the cell's usual reading, where nothing of them is lost.
    let plain = numbers.notes.is_empty()
        && !numbers.joint_permit
        && numbers.phones.iter().all(|p| p.label.is_none())
        && numbers.issues.iter().all(|i| i.code == FindingCode::PhoneShorthandExpanded);
    if !plain || numbers.phones.len() < k {
        return Err(Some(names));
    }
    // Each record's city: its address's, else its name's (`高枧乡…` names none; `四川省凉山
    // 彝族自治州科学技术局` does).
    let city = |t: &str| g.resolve(&squash(t), province, &[]).prefecture.map(|i| g.div(i).name.as_str());
    let cities: Vec<Option<&str>> = addrs.iter().zip(&names).map(|(a, n)| city(a).or_else(|| city(n))).collect();
    let Some(groups) = deal_numbers(phone, &numbers.phones, &cities) else { return Err(Some(names)) };
    let mut out = Vec::with_capacity(k);
    for (i, ((name, address), phones)) in names.iter().zip(addrs).zip(groups).enumerate() {
        let mut part = Frag {
            line: f.line,
            inst: Some(name.to_string()),
            addr: Some(address),
            phone: Some((phones.join(" "), false)),
            split: Some(Split::doubtful(
                format!("{names_cell} | {addr} | {phone}"),
                format!("record {} of {k} printed side by side in one row (names, addresses and phones paired in order)", i + 1),
            )),
            ..Default::default()
        };
        if i == 0 {
            part.seq = f.seq.clone();
            part.province = f.province.clone();
            part.noise = f.noise.clone();
            part.notes = f.notes.clone();
            part.shifted = f.shifted.clone();
            part.cell_lines = f.cell_lines.clone();
        }
        out.push(part);
    }
    Ok(out)
}

/// The divisions a text opens with (empty when only a place one character off its name in
/// the section's province opens it: `城新区` for 城阳区); `None` when no place opens it.
fn place_opening(province: Option<usize>) -> impl Fn(&str) -> Option<Vec<usize>> {
    move |t: &str| {
        let sq = squash(t);
        let g = Gazetteer::get();
        g.place_at_start(&sq)
            .map(|m| m.candidates.to_vec())
            .or_else(|| province.and_then(|p| crate::places::correct_place_prefix(&sq, p)).map(|_| Vec::new()))
    }
}

/// Longest cell (bytes) read for records side by side: a handful of names, addresses or
/// numbers.
const SIDE_BY_SIDE_MAX_BYTES: usize = 1024;

/// The text of a row's one field cell, when the row has exactly one (a name, an address or
/// a phone cell) and it is long enough to hold a name and an address (and no longer than
/// a few records).
fn only_field(f: &Frag) -> Option<String> {
    let fields = [f.inst.as_ref(), f.addr.as_ref(), f.phone.as_ref().map(|(t, _)| t)];
    let [only] = fields.into_iter().flatten().collect::<Vec<_>>()[..] else { return None };
    (only.len() <= SIDE_BY_SIDE_MAX_BYTES && crate::text::cjk_count(only) >= 8).then(|| only.clone())
}

/// The whole names a cell holds side by side: a name ends where its brackets close on a
/// name ending and the next word opens with a place (a wrap space inside a name does
/// not end it). `None` for fewer than two, or a part that is no whole name.
fn side_by_side_names(cell: &str, place_at: &dyn Fn(&str) -> Option<Vec<usize>>) -> Option<Vec<String>> {
    // A name ending before a bracketed remark counts (`…服务窗口(受理三水辖区内单位业务)`).
    // A numbered window's name (`余杭区科技局1`) ends like one too.
    let has_institution_suffix = |t: &str| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_digit());
        let head = t.strip_suffix([')', '）']).and_then(|t| t.rfind(['(', '（']).map(|i| &t[..i])).unwrap_or(t);
        crate::classify::has_institution_suffix(t) || crate::classify::has_institution_suffix(head)
    };
    // An office named by its zone alone (`武汉市自贸区`): it opens with a place and names no
    // street, building or number.
    let zone_office = |n: &str| {
        let sq = squash(n);
        crate::text::cjk_count(&sq) >= 4
            && !sq.bytes().any(|b| b.is_ascii_digit())
            && !sq.contains(['路', '街', '道', '巷', '弄', '号', '楼', '层', '室', '座', '栋'])
            && sq.ends_with('区')
            && place_at(&sq).is_some()
    };
    // A name opens with a place, or with the country before one (`中国(山东)自由贸易试验区…`,
    // `中国天津人力资源开发服务中心`). (A bracket after a name is its remark, whatever place
    // it names.)
    let opens_name = |next: &str| {
        let after_country = next.strip_prefix("中国").map(|t| t.trim_start_matches(['(', '（']));
        !next.starts_with(['(', '（']) && (place_at(next).is_some() || after_country.is_some_and(|t| place_at(t).is_some()))
    };
    let names = parts_ending_where(cell, |cur, next| {
        crate::text::bracket_balance(cur) == 0 && (has_institution_suffix(&squash(cur)) || zone_office(cur)) && next.is_some_and(opens_name)
    });
    let whole = |n: &String| (has_institution_suffix(&squash(n)) && crate::text::cjk_count(n) >= 4) || zone_office(n);
    (names.len() >= 2 && names.iter().all(whole)).then_some(names)
}

/// The names a cell holds side by side, read by their endings alone: cut after every word
/// that ends a whole name (brackets closed, four characters at least); `None` for fewer than
/// two, or a part that is no whole name.
fn whole_names_in_a_row(cell: &str) -> Option<Vec<String>> {
    // (A name has a head of its own before its ending: `服务窗口`, `政务服务大厅` alone are a
    // name's rest wrapped after `…促进局`, `…人力社保局`.)
    let whole = |t: &str| {
        let sq = squash(t);
        let body = sq.trim_end_matches(|c: char| c.is_ascii_digit());
        let ending = crate::classify::INSTITUTION_SUFFIXES.iter().filter(|e| body.ends_with(*e)).map(|e| e.chars().count()).max();
        crate::text::bracket_balance(&sq) == 0
            && crate::classify::has_institution_suffix(body)
            && crate::text::cjk_count(&sq) >= 4
            && ending.is_none_or(|n| crate::text::cjk_count(body) >= n + 3)
    };
    // (A bracket after a name is its remark.)
    let names = parts_ending_where(cell, |cur, next| whole(cur) && !next.is_some_and(|n| n.starts_with(['(', '（'])));
    // (Every part but the last ends whole; the last is words left over unless it does.)
    (names.len() >= 2 && names.last().is_some_and(|n| whole(n))).then_some(names)
}

/// A cell's words joined back into parts (their wrap spaces kept), a part ending after each
/// word where `ends(part so far, next word)` holds; the words after the last end are the last
/// part.
fn parts_ending_where(cell: &str, ends: impl Fn(&str, Option<&str>) -> bool) -> Vec<String> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let mut parts = Vec::new();
    let mut cur = String::new();
    for (i, w) in words.iter().enumerate() {
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
        if ends(&cur, words.get(i + 1).copied()) {
            parts.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// The places a text opens with, outermost first (`四川省达州市…` → 四川省, 达州市), each
/// as the divisions its name may denote.
fn leading_places(text: &str) -> Vec<Vec<usize>> {
    let sq = squash(text);
    let mut chain = Vec::new();
    let mut at = 0;
    for m in Gazetteer::get().find_places(&sq) {
        if m.start != at {
            break;
        }
        chain.push(m.candidates.to_vec());
        at = m.end;
    }
    chain
}

/// The cell's text cut into one address per name: each after the first opens with a place,
/// the one its name opens with or a place inside it (`四川省达州市科学技术局` → `通川区…`,
/// a district of 达州), the name's most specific place first; a name naming no place
/// takes the only word opening with a place before the next name's.
fn side_by_side_addresses(cell: &str, names: &[String], place_at: &dyn Fn(&str) -> Option<Vec<usize>>) -> Option<Vec<String>> {
    let g = Gazetteer::get();
    let words: Vec<&str> = cell.split_whitespace().collect();
    // A short label before an address (`政府受理点:青岛市…`) is not where its place starts.
    let unlabelled = |w: &str| -> String {
        let sq = squash(w);
        match sq.split_once(':') {
            Some((label, rest)) if label.chars().count() <= 8 && !rest.is_empty() => rest.to_string(),
            _ => sq.into_owned(),
        }
    };
    let opening: Vec<Option<Vec<usize>>> = words.iter().map(|w| place_at(&unlabelled(w))).collect();
    let word_places: Vec<Vec<usize>> = words.iter().map(|w| leading_places(&unlabelled(w)).into_iter().flatten().collect()).collect();
    let inside = |w: usize, level: &[usize]| {
        word_places[w]
            .iter()
            .any(|&p| level.contains(&p) || g.prefecture_of(p).is_some_and(|f| level.contains(&f)) || level.contains(&g.province_of(p)))
    };
    let mut cuts = vec![0usize];
    for name in &names[1..] {
        let from = cuts.last().copied().unwrap_or(0) + 1;
        // (A place after a separator opens the record's other address: `…科学路16号 / 贵州省
        // 贵阳市…`.)
        let after_separator = |w: usize| words[w - 1].ends_with(['/', '、', ',', '，', ';', '；']);
        let candidates: Vec<usize> = (from..words.len()).filter(|&w| opening[w].is_some() && !after_separator(w)).collect();
        let chain = leading_places(name);
        // The name's own place or one inside it; else the city it lies in (`金普新区…` →
        // `大连市开发区…`).
        let parent = |w: usize, level: &[usize]| level.iter().any(|&l| g.prefecture_of(l).is_some_and(|f| word_places[w].contains(&f)));
        let own = chain
            .iter()
            .rev()
            .find_map(|level| candidates.iter().copied().find(|&w| inside(w, level)))
            .or_else(|| chain.iter().rev().find_map(|level| candidates.iter().copied().find(|&w| parent(w, level))));
        // Or the one word opening with a street and its house number (`珠江路128号…`) after
        // an address that has its own: an address printed without its place.
        let last = cuts.last().copied().unwrap_or(0);
        let street_opening = || {
            let mut streets = (from..words.len()).filter(|&w| continuation::opens_with_street_number(words[w]));
            let first = streets.next()?;
            let before_has_street = continuation::has_street_number(&words[last..first].concat());
            (streets.next().is_none() && before_has_street).then_some(first)
        };
        // For the last name, the first word after the address before it has its house
        // number, when it opens no building's inside (`…西三段 121号 | 河东新区…`: a zone no
        // table knows opens 遂宁's address).
        let after_house_number = || {
            (cuts.len() + 1 == names.len())
                .then(|| {
                    (from..words.len()).find(|&w| {
                        let next = words[w];
                        continuation::has_house_number(&words[last..w].concat())
                            && !continuation::opens_inside_building(next)
                            && !next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '（' | '-'))
                            && crate::text::cjk_count(&words[w..].concat()) >= 4
                    })
                })
                .flatten()
        };
        // Addresses numbered as a list (`1.市政务服务中心… 2.市人社局…`): the next number opens
        // the next one.
        let numbered = || {
            let opens = |w: &str, n: usize| [format!("{n}."), format!("{n}、")].iter().any(|m| w.starts_with(m.as_str()));
            let k = cuts.len() + 1;
            words.first().is_some_and(|w| opens(w, 1)).then(|| (from..words.len()).find(|&w| opens(words[w], k))).flatten()
        };
        let cut = numbered()
            .or(own)
            .or_else(street_opening)
            // Without a place of the name's own, only one word may open the next address
            // before the name after it would need one.
            .or_else(|| (chain.is_empty() && candidates.len() == names.len() - cuts.len()).then(|| candidates[0]))
            .or_else(after_house_number)?;
        cuts.push(cut);
    }
    cuts.push(words.len());
    let addrs: Vec<String> = cuts.windows(2).map(|w| words[w[0]..w[1]].join(" ")).collect();
    addrs.iter().all(|a| !a.is_empty()).then_some(addrs)
}

/// The numbers of a row of k side-by-side records, dealt out in order (as displayed): one
/// each when there are k; else cut where each group's landlines serve its record's city
/// (mobiles go with their group), one way only; else at the k - 1 bare spaces of a cell
/// whose numbers are otherwise joined by marks (`0512-69820216 0512-57152837; 0512-…`).
fn deal_numbers(cell: &str, phones: &[crate::record::Phone], cities: &[Option<&str>]) -> Option<Vec<Vec<String>>> {
    let k = cities.len();
    let shown = |group: &[crate::record::Phone]| group.iter().map(|p| p.display()).collect::<Vec<_>>();
    if phones.len() == k {
        return Some(phones.chunks(1).map(shown).collect());
    }
    let fits = |group: &[crate::record::Phone], city: Option<&str>| {
        let Some(city) = city else { return false };
        group.iter().all(|p| p.kind != crate::record::PhoneKind::Landline || p.area_prefectures.contains(&city))
    };
    // Every way to cut n numbers into k non-empty runs (k is small: a row of records).
    fn cuts(n: usize, k: usize, from: usize, acc: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if acc.len() == k - 1 {
            out.push(acc.clone());
            return;
        }
        for c in from..n {
            if n - c >= k - 1 - acc.len() {
                acc.push(c);
                cuts(n, k, c + 1, acc, out);
                acc.pop();
            }
        }
    }
    // (Every way to cut is tried: only for a few records and numbers.)
    if k <= 4 && phones.len() <= 16 {
        let mut all = Vec::new();
        cuts(phones.len(), k, 1, &mut Vec::new(), &mut all);
        let mut fitting = all.into_iter().filter_map(|c| {
            let bounds: Vec<usize> = std::iter::once(0).chain(c).chain(std::iter::once(phones.len())).collect();
            let groups: Vec<&[crate::record::Phone]> = bounds.windows(2).map(|w| &phones[w[0]..w[1]]).collect();
            groups.iter().zip(cities).all(|(g, c)| fits(g, *c)).then_some(groups)
        });
        if let Some(first) = fitting.next() {
            if fitting.next().is_none() {
                return Some(first.into_iter().map(shown).collect());
            }
        }
    }
    // Bare spaces between numbers, no mark beside them: where one record's numbers end.
    let marks = ['、', ';', ',', '/', '，', '；'];
    let mut chunks: Vec<String> = vec![String::new()];
    let chars: Vec<char> = cell.trim().chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let before = chars[..start].last().copied();
            let after = chars.get(i).copied();
            let bare = before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit() || c == '(');
            if bare && !before.is_some_and(|c| marks.contains(&c)) {
                chunks.push(String::new());
            } else if let Some(last) = chunks.last_mut() {
                last.push(' ');
            }
            continue;
        }
        if let Some(last) = chunks.last_mut() {
            last.push(chars[i]);
        }
        i += 1;
    }
    if chunks.len() == phones.len() && phones.len() > k {
        // Every number apart from the next by a bare space: one record's numbers are a
        // series (`0512-66683196 0512-66683197 0512-58286113`).
        let bounds = cut_between_series(phones, k)?;
        let groups: Vec<&[crate::record::Phone]> = bounds.windows(2).map(|w| &phones[w[0]..w[1]]).collect();
        let fits_known = |g: &[crate::record::Phone], c: Option<&str>| c.is_none() || fits(g, c);
        return groups.iter().zip(cities).all(|(g, c)| fits_known(g, *c)).then(|| groups.into_iter().map(shown).collect());
    }
    if chunks.len() != k {
        return None;
    }
    let groups: Vec<Vec<String>> =
        chunks.iter().map(|c| crate::phone::parse_phone_cell(c, false).phones.iter().map(|p| p.display()).collect()).collect();
    let dealt: usize = groups.iter().map(Vec::len).sum();
    (dealt == phones.len() && groups.iter().all(|g| !g.is_empty())).then_some(groups)
}

/// Where n numbers printed in a row fall into k records' series: the bounds of k runs, cut
/// at the k - 1 gaps between neighbours sharing the fewest leading digits, when every other
/// gap's neighbours share more, their area code and three digits at least (`…66683196
/// …66683197 | …58286113`); `None` when it is not that clear.
fn cut_between_series(phones: &[crate::record::Phone], k: usize) -> Option<Vec<usize>> {
    if k < 2 || phones.len() <= k {
        return None;
    }
    let shared = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut gaps: Vec<(usize, usize)> = phones.windows(2).enumerate().map(|(i, w)| (shared(&w[0].number, &w[1].number), i + 1)).collect();
    gaps.sort_unstable();
    // The cuts must share strictly fewer digits than any gap left whole, and the numbers of
    // one record be a series: neighbours share their area code and three digits more.
    let series = |a: &str, shared: usize| shared >= a.find('-').map_or(usize::MAX, |d| d + 1 + 3);
    if gaps[k - 2].0 >= gaps[k - 1].0 {
        return None;
    }
    if !gaps[k - 1..].iter().all(|&(n, at)| series(&phones[at].number, n)) {
        return None;
    }
    let mut bounds: Vec<usize> = gaps[..k - 1].iter().map(|&(_, at)| at).collect();
    bounds.sort_unstable();
    bounds.insert(0, 0);
    bounds.push(phones.len());
    Some(bounds)
}

/// A row as role assignment sees it, in assembly and in `inspect` alike.
struct PreparedRow<'a> {
    row: Cow<'a, Row>,
    scores: Cow<'a, [CellScores]>,
    /// Cells filled from the anchor of a merged range.
    merged_cols: Vec<usize>,
    /// Cells emptied as echoes of the row above: (index, text).
    echoes: Vec<(usize, String)>,
    /// Extra-column cells emptied into notes, as `header: value`.
    notes: Vec<String>,
}

/// Fills cells covered by a merged range (HTML rowspan, spreadsheet merge) below its anchor
/// with the anchor's text (the range is the document saying the value repeats), then empties echo
/// cells and extra-column cells (into notes, unless their content clearly is a field: a
/// row shifted into that column).
fn prepare_row<'a>(
    table: &Table,
    rows: &[&'a Row],
    ri: usize,
    scores: &'a [CellScores],
    extra: &[(u32, String)],
    layout: &roles::Layout,
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
        let anchor_text = table
            .rows
            .iter()
            .flat_map(|r| r.cells.iter())
            .find(|c| c.merge.is_some_and(|a| a.is_anchor && a.anchor_row == m.anchor_row && a.anchor_col == m.anchor_col))
            .map(|c| c.text.clone())
            .unwrap_or_default();
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
    // A row that lost its first cells (printed narrower than the header) has its cells
    // under the captions its reading shifts them to: a fax column's number is no phone.
    let narrower = p.row.cells.last().is_some_and(|c| (c.col as usize) + 1 < layout.prior.len());
    let offset = if !extra.is_empty() && narrower { roles::assign_shifted(&p.row, &p.scores, layout).0 as u32 } else { 0 };
    for ci in 0..p.row.cells.len() {
        let cell = &p.row.cells[ci];
        let Some((_, header)) = extra.iter().find(|(c, _)| *c == cell.col + offset) else { continue };
        if cell.text.trim().is_empty() {
            continue;
        }
        let sc = p.scores.get(ci).cloned().unwrap_or_default();
        let (role, best) = sc.best();
        // A status remark (`该窗口已撤销`) scores as an address, but in a remarks column
        // it is a remark: kept as a note, read for the status. Office hours
        // (`周一至周五 9:00-12:00`) look like a phone note but hold no number.
        // A service remark (`两证联办`) ends like a name but is a remark.
        // An area code under a 区号 header (`025`) reads like a 序号 but is the column's.
        let area_code = header.contains("区号") && {
            let t = cell.text.trim();
            (3..=4).contains(&t.len()) && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit())
        };
        // So does an extension under a 分机 header (`801`): a note the phone takes.
        let extension = header.contains("分机") && {
            let t = cell.text.trim();
            (1..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        let column_value = area_code || extension;
        let field_like = role != Role::Noise
            && best >= 2.0
            && !column_value
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

/// What a header table tells the page-break tables that follow it (they have no header).
#[derive(Debug, Clone)]
struct HeaderCarry {
    width: usize,
    extra: Vec<(u32, String)>,
    rank: [usize; 5],
    prior: Vec<[f32; 6]>,
    address_cols: Vec<usize>,
    name_address_cols: Vec<usize>,
    phone_area: Option<String>,
    shared_cols: Vec<(u32, String)>,
}

/// What earlier tables tell a page-break table: the last header's, and the column order the
/// last table without a header showed clearly (a directory whose header OCR lost).
#[derive(Debug, Default)]
struct Carry {
    header: Option<HeaderCarry>,
    learned: Option<HeaderCarry>,
}

/// A row's view for joining a field split over two cells by a stray separator.
struct StraySplit<'a> {
    row: &'a Row,
    scores: &'a [CellScores],
    layout: &'a roles::Layout,
    unplaced: &'a [usize],
    sep: &'static str,
}

impl StraySplit<'_> {
    /// The field (of `role`, read from column `col`; the next field read from `next`)
    /// joined with the other half of it, the column of that half, and the column-shift
    /// message it makes void and its own: its head in the field's usual column, read as
    /// that field too, the field read one column right; or its rest one column right,
    /// pushing the next field one column on.
    fn join(&self, role: Role, col: Option<usize>, next: Option<usize>, field: &str) -> Option<(String, usize, String, String)> {
        let c = col?;
        // The field's usual column, or the one before the next field's when the table does
        // not say (names that vary too much to score as names).
        let next_role = if role == Role::Institution { Role::Address } else { Role::Phone };
        let usual =
            roles::usual_column(self.layout, role).or_else(|| roles::usual_column(self.layout, next_role).and_then(|n| n.checked_sub(1)));
        let name = role.as_str();
        let said = |a: usize, b: usize| format!("{name} split over columns {} and {} by a stray separator; joined", a + 1, b + 1);
        // (The field's column: its usual one, or one where most of its cells sit, on a page
        // where rows that lost a cell hold it one column left.)
        let holds_field = |col: usize| usual == Some(col) || self.layout.prior.get(col).is_some_and(|p| p[role as usize] >= 0.5);
        // (Or, where the table's rows disagree on the column, a head that reads as the field
        // itself: `鞍山市铁东区新兴街道明山 | 街12号…`.)
        let head = c
            .checked_sub(1)
            .filter(|&h| (holds_field(h) || (role == Role::Address && self.scores[h].best().0 == role)) && self.unplaced.contains(&h));
        // (Its place, one column left of where the field was read, in a row a cell too wide,
        // is the evidence: any text but a number goes.)
        let text_only = |c: usize| self.scores[c].phone_count == 0 && self.scores[c].best().0 != Role::Phone;
        if let Some(h) = head.filter(|&h| text_only(h) && crate::text::cjk_count(&self.row.cells[h].text) >= 1) {
            let head = &self.row.cells[h].text;
            let void = format!("{name} in column {} (usually {})", c + 1, h + 1);
            return Some((format!("{head}{}{field}", self.sep), h, void, said(h, c)));
        }
        if !holds_field(c) || next != Some(c + 2) || !self.unplaced.contains(&(c + 1)) {
            return None;
        }
        // The rest reads as no other field than its own: not the next one (an address's
        // head after a whole name), not a phone.
        let (rest, sc) = (&self.row.cells[c + 1].text, &self.scores[c + 1]);
        if !text_only(c + 1) || rest.trim().is_empty() {
            return None;
        }
        // A rest closing the bracket the field left open (`…服务窗口(受 | 理南海辖区内单位
        // 业务)`), or a name's ending after a head without one (`顺德区科 | 学技术局服务窗口
        // (…)`), is the field's, whatever else it reads as.
        let rest_sq = squash(rest);
        let completes = continuation::closes_what_is_open(field, rest)
            || (role == Role::Institution
                && !crate::classify::has_institution_suffix(&squash(field))
                && ends_like_name(&rest_sq)
                && !continuation::whole_name_opening_with_a_city(rest));
        if sc.best().0 == next_role && !completes {
            return None;
        }
        // A whole name, then a text that does not end like one and a next field that opens
        // mid-word (`晋中市外国专家局 | 晋中市科学技术局晋中市榆 | 次区龙湖大街141号`): the
        // separator is inside the next field, which opens with a name.
        // So is a place's office or building before a rest with numbers (`二连浩特市锡林街西
        // 教育科 | 技局办公大楼3楼`, `…产业园 | 9号楼1018办公室`), though it ends like a name.
        let after_whole_name = role == Role::Institution && ends_like_name(&squash(field));
        if let Some(next) = self.row.cells.get(c + 2).map(|n| n.text.as_str()).filter(|_| after_whole_name) {
            // (Or whose head, with the next field, names a street and number: `…行政审批中心 |
            // 空港经济 | 西区三道166号`.)
            let street_head = !completes
                && !ends_like_name(&rest_sq)
                && !rest_sq.contains(['(', ')'])
                && !rest_sq.bytes().any(|b| b.is_ascii_digit())
                && continuation::has_street_number(&format!("{rest_sq}{}", squash(next)));
            if street_head {
                return None;
            }
            if continuation::looks_like_tail(next, None) {
                let address_head = garbled::starts_with_place(Gazetteer::get(), &rest_sq) && next.bytes().any(|b| b.is_ascii_digit());
                if !ends_like_name(&rest_sq) || address_head || continuation::opens_with_building_number(next) {
                    return None;
                }
            }
        }
        let void = format!("{} in column {} (usually {})", next_role.as_str(), c + 3, c + 2);
        Some((format!("{field}{}{rest}", self.sep), c + 1, void, said(c, c + 1)))
    }
}

/// The name or address column `ci` holds in the table's rows of as many cells as row `ri`, when the
/// table as a whole does not say (rows that lost their first cell hold each field a column
/// left of the others): two such rows at least, most of those whose cell there reads clearly
/// as a field reading so.
fn column_role_at_width(rows: &[&Row], scores: &[Vec<CellScores>], ri: usize, ci: usize) -> Option<Role> {
    let width = rows[ri].cells.len();
    let clear: Vec<Role> = (0..rows.len())
        .filter(|&i| i != ri && rows[i].cells.len() == width && rows[i].cells.get(ci).is_some_and(|c| !c.text.trim().is_empty()))
        .filter_map(|i| scores[i][ci].clear_field())
        .collect();
    let count = |r: Role| clear.iter().filter(|&&c| c == r).count();
    [Role::Institution, Role::Address].into_iter().find(|&r| count(r) >= 2 && count(r) * 2 > clear.len())
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

/// True when a name and an address open with the same place name, three characters or more
/// ending like a division's (`贵安新区…局` / `贵安新区数字…`).
fn opens_with_same_place(name: &str, address: &str) -> bool {
    let (n, a) = (squash(name), squash(address));
    let common: String = n.chars().zip(a.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x).collect();
    let place =
        common.char_indices().filter(|(_, c)| "省市区县州旗盟镇乡".contains(*c)).map(|(i, c)| &common[..i + c.len_utf8()]).next_back();
    place.is_some_and(|p| p.chars().count() >= 3)
}

/// The width most rows of a table have (the first of the most common ones).
fn usual_width(rows: &[&Row]) -> usize {
    let mut counts: Vec<usize> = Vec::new();
    for r in rows {
        let w = text_width(r);
        if counts.len() <= w {
            counts.resize(w + 1, 0);
        }
        counts[w] += 1;
    }
    counts.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0))).map_or(0, |(w, _)| w)
}

/// Columns up to the last one holding text: a row with a stray empty cell at its end
/// (`| a | b | c |  |`) is no wider for it.
pub(crate) fn text_width(row: &Row) -> usize {
    row.cells.iter().rposition(|c| !c.text.trim().is_empty()).map_or(0, |i| i + 1)
}

/// Applies what earlier tables showed to this one (see [`carry_header_of`]); with no header
/// ever seen, a table that shows too little of its column order takes the order the last
/// clear table showed. Returns the extra columns.
fn carry_header(carry: &mut Carry, rows: &[&Row], layout: &mut roles::Layout) -> Vec<(u32, String)> {
    let width = matched_width(carry, rows, layout);
    let extra = carry_header_of(&mut carry.header, width, layout);
    if layout.header_row.is_none() && carry.header.is_none() {
        match &carry.learned {
            Some(l) if l.width == width && layout.rank_evidence < 2 => {
                layout.rank = l.rank;
                layout.prior = l.prior.clone();
            }
            // A table that places some fields, in the order learned, takes that order for the
            // rest (`名称 | 电话` placed, its few addresses after the phones).
            Some(l) if l.width == width && layout.rank_evidence < Role::FIELDS.len() && roles::rank_agrees(&layout.prior, &l.rank) => {
                layout.rank = l.rank;
            }
            _ if layout.rank_evidence >= 3 => {
                carry.learned = Some(HeaderCarry {
                    width,
                    extra: Vec::new(),
                    rank: layout.rank,
                    prior: layout.prior.clone(),
                    address_cols: Vec::new(),
                    name_address_cols: Vec::new(),
                    phone_area: None,
                    shared_cols: Vec::new(),
                });
            }
            _ => {}
        }
    }
    extra
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
        if width == usual + 1 && wider * 2 <= rows.len() && carry.header.as_ref().is_some_and(|c| c.width == usual) {
            width = usual;
        }
    }
    // A page whose rows leave the last columns empty but print their cells (`| | | 市政务服务
    // 中心 | |`, an address's rest under a four-column header) has the header's width, a
    // stray empty cell after them or not.
    let cells = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    if let Some(c) = carry.header.as_ref().filter(|c| layout.header_row.is_none() && width < c.width && c.width <= cells) {
        width = c.width;
    }
    width
}

/// Applies the last header to a table (`width` columns) without one of the same width: its
/// extra columns, and its column order and statistics when the table's own rows show too
/// little of them (a directory with 电话 before 地址 stays so after a page break); to a table
/// one or two columns narrower, the extra columns it still has. Returns the extra columns.
fn carry_header_of(carry: &mut Option<HeaderCarry>, width: usize, layout: &mut roles::Layout) -> Vec<(u32, String)> {
    if layout.header_row.is_some() {
        *carry = Some(HeaderCarry {
            width,
            extra: layout.extra.clone(),
            rank: layout.rank,
            prior: layout.prior.clone(),
            address_cols: layout.address_cols.clone(),
            name_address_cols: layout.name_address_cols.clone(),
            phone_area: layout.phone_area.clone(),
            shared_cols: layout.shared_cols.clone(),
        });
        return layout.extra.clone();
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
            layout.shared_cols = c.shared_cols.clone();
            if layout.rank_evidence < 2 {
                layout.rank = c.rank;
                layout.prior = c.prior.clone();
            } else if roles::rank_agrees(&layout.prior, &c.rank) {
                // The table shows part of the order (names, then phones); the header tells
                // where the rest goes (addresses last).
                layout.rank = c.rank;
            }
            // A column whose caption names no field of ours (`传真`, `邮编`) lends no field its
            // weight: of two columns of numbers, the phone's is the one captioned so.
            for &(col, _) in &c.extra {
                if let Some(p) = layout.prior.get_mut(col as usize) {
                    for r in Role::FIELDS {
                        p[r as usize] = 0.0;
                    }
                }
            }
            c.extra.clone()
        }
        // A page-break table without the header's last column or two (nothing printed in
        // them on that page) still has the extra columns that come before.
        Some(c) if width < c.width && width + 2 >= c.width => c.extra.iter().filter(|(col, _)| (*col as usize) < width).cloned().collect(),
        _ => Vec::new(),
    }
}

/// Documents with at least this many tables have their cells read in parallel (a
/// directory's worth; one document of ordinary size runs beside others already).
const PARALLEL_SCAN_MIN_TABLES: usize = 256;

/// Tables read ahead of row assembly at a time: enough work per thread, little memory.
const SCAN_BATCH_TABLES: usize = 64;

/// A table's data rows with their cells' content scores and the column layout they imply:
/// everything about a table that needs no other table.
struct ScannedTable<'a> {
    rows: Vec<&'a Row>,
    scores: Vec<Vec<CellScores>>,
    layout: roles::Layout,
}

fn scan_table(table: &Table) -> ScannedTable<'_> {
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
/// opens the next table.
fn score_wrapped_across_tables(scanned: &mut [ScannedTable<'_>]) {
    for k in 1..scanned.len() {
        let (before, after) = scanned.split_at_mut(k);
        let (upper, lower) = (&mut before[k - 1], &after[0]);
        if let (Some(&last), Some(scores), Some(&first)) = (upper.rows.last(), upper.scores.last_mut(), lower.rows.first()) {
            score_wrapped_cell(last, scores, first);
        }
    }
}

/// [`score_wrapped_cells`] for one row and the row below it (which may open the next
/// table: a cell wrapped across a page break).
fn score_wrapped_cell(upper_row: &Row, upper_scores: &mut [CellScores], below: &Row) {
    let mut texts = below.cells.iter().filter(|c| !c.text.trim().is_empty());
    let (Some(tail), None) = (texts.next(), texts.next()) else { return };
    let Some(ui) = upper_row.cells.iter().position(|c| c.col == tail.col) else { return };
    let upper = &upper_row.cells[ui].text;
    let own = &upper_scores[ui];
    // A province's name opening a wrapped name (`新疆生产建设兵团` + `外国专家局`) says little
    // too: the whole decides.
    let (own_role, own_best) = own.best();
    if upper.trim().is_empty()
        || own.garbled
        || (own_best >= 2.0 && own_role != Role::Province)
        || !continuation::looks_like_tail(&tail.text, None)
    {
        return;
    }
    let whole = classify(&format!("{upper}{}", tail.text));
    let (role, best) = whole.best();
    if matches!(role, Role::Institution | Role::Address) && best >= 2.0 && !whole.garbled {
        upper_scores[ui] = whole;
    }
}

fn lines1(l: u32) -> (u32, u32) {
    (l, l)
}

fn process_frag(asm: &mut Assembly, mut f: Frag, src: &Arc<str>, candidates: &mut Vec<Candidate>, region_active: &mut bool) {
    let g = Gazetteer::get();
    let dittos = fill_dittos(asm, &mut f);
    let has_fields = f.inst.is_some() || f.addr.is_some() || f.phone.is_some();

    // The rest of a number a wrap cut, alone on its row (`21234` under `0539-81`).
    let digits_only = |t: &str| !t.trim().is_empty() && t.trim().bytes().all(|b| b.is_ascii_digit());
    if !has_fields
        && !*region_active
        && f.seq.is_none()
        && f.province.is_none()
        && f.garbled.is_empty()
        && f.notes.is_empty()
        && f.noise.len() == 1
        && digits_only(&f.noise[0])
    {
        if let Some(pi) = asm.continuable() {
            if join_cut_phone(asm, pi, &f.noise[0], false, f.line, src) {
                return;
            }
        }
    }

    // Noise inside the row.
    for n in &f.noise {
        let code = if has_fields || f.seq.is_some() || f.province.is_some() || !f.garbled.is_empty() {
            FindingCode::NoiseTextDropped
        } else {
            FindingCode::NoiseRowDropped
        };
        let finding = Finding::new(code, src, lines1(f.line)).change(n.clone(), "");
        // A cell that is a place name alone (`杭州`, a city column without a header) beside a
        // record's fields repeats where the record is: nothing lost, nothing to doubt.
        let sq = squash(n);
        let place_cell = has_fields && g.place_at_start(&sq).is_some_and(|m| m.end == sq.len());
        asm.dropped.push(if place_cell {
            finding.severity(Severity::Info).msg("place-name cell (a city or district column) beside the record's fields")
        } else if has_fields && crate::text::is_placeholder(n) {
            // `无`, `/`, `—` beside a record's fields: the table says the field is empty.
            finding.severity(Severity::Info).msg("placeholder for an empty field (无, /, —)")
        } else {
            finding.msg("OCR noise left out")
        });
    }

    // Sections.
    update_section(asm, &f, src, g);

    // Garbled text is pieced together once every clean row is known.
    if !f.garbled.is_empty() {
        *region_active = true;
        for gtext in &f.garbled {
            // The run goes on from the open candidate the row just above ended with.
            let carry = candidates.last().is_some_and(|c| c.is_open() && c.last_line < f.line && f.line - c.last_line <= 2);
            let carry = if carry { candidates.pop() } else { None };
            let mut segs = garbled::segment(gtext, f.line, carry);
            if garbled::attach_lead_tail(candidates, &segs) {
                segs.remove(0);
            }
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
    let section = asm.sections.len().saturating_sub(1);
    let in_region = *region_active;
    if f.inst.is_some() && f.garbled.is_empty() && f.phone.is_some() {
        *region_active = false;
    }

    let phone_only = f.inst.is_none() && f.addr.is_none() && f.phone.is_some();
    let prev_idx = asm.continuable();

    // A lone phone continues the record above, unless the page is garbled or the row has
    // values of its own in other columns (`| 无锡 | 0510-12345 |` under `城市 | 服务热线`).
    if phone_only && !in_region && f.notes.is_empty() {
        if let Some(pi) = prev_idx {
            let (ptext, from_number) = f.phone.clone().unwrap();
            if join_cut_phone(asm, pi, &ptext, from_number, f.line, src) {
                asm.drafts[pi].notes.extend(f.notes.iter().cloned());
                return;
            }
            let prev = &mut asm.drafts[pi];
            let dup = prev.phone_cells.iter().any(|(t, _)| squash(t) == squash(&ptext));
            prev.lines.insert(f.line);
            prev.notes.extend(f.notes.iter().cloned());
            // A cell wrapped after a joiner (`0532-85911234/` + `85911235`): one cell again,
            // so the shorthand reads with the area code before it.
            let joiners = ['/', '、', ',', '，', ';', '；'];
            let wrapped = prev
                .phone_cells
                .last_mut()
                .filter(|(t, n)| *n == from_number && (t.trim_end().ends_with(joiners) || ptext.trim_start().starts_with(joiners)));
            if let Some((t, _)) = wrapped {
                t.push_str(&ptext);
            } else if !dup {
                prev.phone_cells.push((ptext.clone(), from_number));
            }
            prev.findings.push(
                Finding::new(FindingCode::SplitRowJoined, src, lines1(f.line))
                    .field("phones")
                    .change(ptext, "")
                    .msg("a row holding only a phone is another number of the record above"),
            );
            return;
        }
    }

    // Tails of wrapped fields with the phone beside them, in a tall row (see
    // [`join_tall_row`]).
    if !in_region && join_tall_row(asm, &f, prev_idx, section, src) {
        return;
    }

    // Tails of wrapped fields continue the record above.
    if f.phone.is_none() && f.seq.is_none() {
        if let Some(pi) = prev_idx {
            // The one text, under the address column, is read as the address's (`市政务服务中心`
            // reads like a name's tail), unless it closes the name's bracket or ends it.
            if f.column_role == Some(Role::Address) && f.addr.is_none() && f.phone.is_none() {
                f.addr = f.inst.take();
            }
            swap_to_open_field(&mut f, &asm.drafts[pi]);
            let prev = &asm.drafts[pi];
            let province = asm.sections.get(section).and_then(|s| s.province);
            // A name alone on its row after a name that does not end like one (`首都医科大学附属`
            // + `北京友谊医院`) is its second half, even when it starts with a place.
            let name_only_row = f.addr.is_none();
            let prev_name_open = !prev.institution.is_empty() && !crate::classify::has_institution_suffix(&squash(&prev.institution));
            // Likewise a name alone under a record that has its address or phone but no name.
            let fills_name = name_only_row
                && f.inst.is_some()
                && prev.institution.is_empty()
                && (!prev.address.is_empty() || !prev.phone_cells.is_empty());
            let inst_tail = fills_name
                || f.inst.as_deref().is_none_or(|t| {
                    continuation::looks_like_tail(t, province)
                        || continuation::unfinished(&prev.institution)
                        || (name_only_row && (prev_name_open || is_remark_only(&squash(t))))
                });
            // An address alone on its row under a record that has none is that record's
            // address, printed a row low.
            let fills_address = f.inst.is_none() && f.addr.is_some() && prev.address.is_empty() && !prev.phone_cells.is_empty();
            let addr_tail = fills_address
                || f.addr.as_deref().is_none_or(|t| {
                    // An address alone on its row opens with a place as printed, or it is a
                    // tail: a place one character off (`城新区` for 城阳区) is not enough.
                    continuation::looks_like_tail(t, if f.inst.is_none() { None } else { province })
                        || continuation::unfinished(&prev.address)
                        || (f.inst.is_none() && continuation::continues_address(&prev.address, t))
                });
            // A whole name beside an address with its street number, under a record whose
            // name and address are whole too, is a record of its own that lacks its phone
            // (`| 乙市科学技术局 | 二路2号 | |`), whatever places its texts name.
            // (Or beside an address opening with the place the name opens with, one no table
            // knows: `贵安新区经济发展局 | 贵安新区数字…`.)
            let whole_record = f.inst.as_deref().is_some_and(|t| {
                let t = squash(t);
                crate::classify::has_institution_suffix(&t) && crate::text::cjk_count(&t) >= 4 && !t.contains(')')
            }) && f
                .addr
                .as_deref()
                .is_some_and(|a| continuation::has_street_number(a) || f.inst.as_deref().is_some_and(|n| opens_with_same_place(n, a)))
                && !continuation::unfinished(&prev.institution)
                && crate::classify::has_institution_suffix(&squash(&prev.institution))
                && !prev.address.is_empty();
            if inst_tail && addr_tail && !whole_record {
                // A name tail joins only a name that is unfinished, or completes one with a
                // name ending (`员会`, `局)`); otherwise it is stray text (`11. 公 体件户`).
                let inst_joins = f.inst.as_deref().is_some_and(|t| {
                    let (pi_text, tail) = (prev.institution.as_str(), squash(t));
                    let closes = tail.contains(')') && !tail.contains('(');
                    // A bracketed remark alone (`(受理南海辖区内单位业务)`) completes a whole name.
                    is_remark_only(&tail)
                        || ((!closes || continuation::unfinished(pi_text))
                            && (continuation::unfinished(pi_text)
                                || !crate::classify::has_institution_suffix(pi_text)
                                || (ends_like_name(&tail) && !closes)))
                });
                let prev = &mut asm.drafts[pi];
                prev.lines.insert(f.line);
                prev.notes.extend(f.notes.iter().cloned());
                if let (Some(t), false) = (&f.inst, inst_joins) {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                            .field("institution")
                            .change(t.clone(), "")
                            .msg("text in the name column that does not continue the name above; left out"),
                    );
                }
                for (field, piece) in [("institution", &f.inst), ("address", &f.addr)] {
                    let Some(p) = piece else { continue };
                    if field == "institution" && !inst_joins {
                        continue;
                    }
                    let was_empty = join_field(
                        prev,
                        field,
                        p,
                        (f.line, src),
                        "the field's text printed a row low, under a record that lacked it",
                        "text wrapped onto the next row joined back",
                    );
                    if field == "institution" && was_empty {
                        prev.inst_source = InstitutionSource::Present;
                        prev.findings.retain(|x| x.code != FindingCode::InstitutionMissing);
                    }
                }
                if f.addr.is_some() {
                    redecide_inheritance(asm, pi, src);
                }
                return;
            }
        }
    }

    // A name cell holding only a bracketed remark (`(受理南海辖区内 单位业务)`) is the tail
    // of the name above, printed beside the next window of a merged name cell.
    if let (Some(t), Some(pi)) = (f.inst.as_deref(), prev_idx) {
        let sq = squash(t);
        // Only a remark: the bracket opened first closes last, or not in this cell (a
        // numbered name, `(3)无锡市科学技术局`, is no remark).
        if is_remark_only(&sq) && f.addr.is_some() && !asm.drafts[pi].institution.is_empty() && !asm.drafts[pi].institution.contains(t) {
            let prev = &mut asm.drafts[pi];
            let before = prev.institution.clone();
            prev.institution.push_str(t);
            prev.lines.insert(f.line);
            prev.findings.push(
                Finding::new(FindingCode::SplitRowJoined, src, lines1(f.line))
                    .field("institution")
                    .change(format!("{before} + {t}"), clean_field(&prev.institution))
                    .msg("a bracketed remark alone in the name cell completes the name above"),
            );
            f.inst = None;
        }
    }

    // A new record: the fragment's fields move into it.
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
                .change(names.join(" | "), "")
                .msg(format!("{} names side by side in one row; their addresses or phones could not be told apart", names.len())),
        );
    }
    if let Some(split) = &f.split {
        d.findings.push(
            Finding::new(FindingCode::CellSplit, src, lines1(f.line))
                .severity(split.severity)
                .change(
                    split.printed.clone(),
                    format!("{} | {} | {}", d.institution, d.address, d.phone_cells.first().map_or("", |p| p.0.as_str())),
                )
                .msg(split.why.clone()),
        );
    }
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

/// Joins a row holding tails of wrapped fields and the phone printed beside them (`| | B 座
/// 12 楼 | 025-… |`, `| 国专家局) | | 0510-… |`: the row's phone sat low in a tall row) to
/// the record above when that record has no phone yet; returns whether it did. A name tail
/// must complete a name left open (a bracket) or without its ending; an address tail needs
/// an address to follow (a whole address follows a name printed alone).
fn join_tall_row(asm: &mut Assembly, f: &Frag, prev_idx: Option<usize>, section: usize, src: &Arc<str>) -> bool {
    let (Some((phone, from_number)), Some(pi)) = (&f.phone, prev_idx) else { return false };
    let prev = &asm.drafts[pi];
    // The 序号 and province centred in a tall row land on its second row with the phone
    // (`| | | 黄浦区科学技术委员会 | 黄浦区五里桥街 | |` / `| 9 | 上海市 | | 道蒙自路… |
    // 021-… |`): the record above is this row's, in the section the row opens. Only
    // tails join then, read by their content.
    let heads = f.seq.is_some() || f.province.is_some();
    let opens_section = asm.sections.get(section).is_some_and(|s| s.first_line == f.line) && prev.section + 1 == section;
    let same_record_section = prev.section == section || (heads && opens_section);
    // An address's rest that cannot stand alone (`5楼526、509室`, `A235和A236`: no place,
    // street or number), or that opens with no place under an address with no street number
    // yet (`南平市建阳区南平市行政` + `服务中心…6号窗口`), and more numbers beside it: the
    // record above goes on, phone or not.
    let province = asm.sections.get(section).and_then(|s| s.province);
    // (A row with text of its own elsewhere, or a status remark, is no rest.)
    // The one text under the address column goes on an address left open (`…1楼"外` +
    // `国专家服务"窗口`), whatever its content reads as.
    let closes_address = f.addr.is_none()
        && f.column_role == Some(Role::Address)
        && f.inst.as_deref().is_some_and(|t| continuation::closes_what_is_open(&prev.address, t) && continuation::looks_like_tail(t, None));
    let rest_of_address = !heads
        && f.noise.is_empty()
        && (closes_address
            || f.inst.is_none()
                && f.addr.as_deref().is_some_and(|t| {
                    crate::status::split_status(t).remark.is_none()
                        && (continuation::opens_inside_building(t)
                            // An address left after a separator (`…科学路16号 /`) goes on.
                            || prev.address.trim_end().ends_with(['/', '、', ',', '，', ';', '；'])
                            || continuation::place_cut_in_two(&squash(&prev.address), &squash(t))
                            || continuation::inside_after_house_number(&prev.address, t)
                            || (continuation::looks_like_tail(t, province)
                                && (!continuation::has_street_number(&prev.address)
                                    || !continuation::names_a_location(t)
                                    || !continuation::names_own_street(t))))
                }));
    // Likewise a name's rest with more numbers beside it and no address: it completes a name
    // left without its ending (`安徽省政务服务中` + `心科技厅窗口`), or goes on a whole name
    // whose record has its address (`重庆市人力社保局` + `政务服务大厅`; a point of its own
    // opens with its place and has an address), or closes the bracket the name left open
    // (`…服务窗口(` + `受理顺德辖区内单位业务)`).
    let rest_of_name = !heads
        && f.noise.is_empty()
        && f.addr.is_none()
        && f.column_role != Some(Role::Address)
        && !prev.institution.is_empty()
        && f.inst.as_deref().is_some_and(|t| {
            let (head, tail) = (squash(&prev.institution), squash(t));
            // (A name cut inside its ending completes it: `…服务窗` + `口(受理…)`.)
            let completes = !crate::classify::has_institution_suffix(&head) && ends_like_name(&format!("{head}{tail}"));
            continuation::closes_what_is_open(&prev.institution, t)
                || continuation::looks_like_tail(t, province)
                    && (!crate::classify::has_institution_suffix(&head) || !prev.address.is_empty())
                    && (crate::classify::has_institution_suffix(&tail) || ends_like_name(&tail) || is_remark_only(&tail) || completes)
                    && !continuation::whole_name_opening_with_a_city(t)
        });
    let rest = if !same_record_section || prev.phone_cells.is_empty() {
        None
    } else if rest_of_name {
        Some(("institution", f.inst.as_deref(), "a wrapped name's rest and more numbers on the next row: the rest of that record"))
    } else if rest_of_address && !prev.address.is_empty() {
        let tail = f.addr.as_deref().or(f.inst.as_deref());
        Some(("address", tail, "a wrapped address's rest and more numbers on the next row: the rest of that record"))
    } else {
        None
    };
    if let Some((field, tail, msg)) = rest {
        let prev = &mut asm.drafts[pi];
        join_field(prev, field, tail.unwrap_or_default(), (f.line, src), "", msg);
        take_phone_and_notes(prev, f, (phone, *from_number));
        return true;
    }
    // Most rows: the record above has its phone (the tests below read text; skip them).
    if !prev.phone_cells.is_empty() || !same_record_section || (f.inst.is_none() && f.addr.is_none()) {
        return false;
    }
    // The one text cell is read as its column's field (`公安局出入境接待大厅` under
    // 地址 reads like a name).
    let (inst, addr) = match f.column_role {
        Some(Role::Address) if f.addr.is_none() => (None, f.inst.as_deref()),
        Some(Role::Institution) if f.inst.is_none() => (f.addr.as_deref(), None),
        _ => (f.inst.as_deref(), f.addr.as_deref()),
    };
    let province = asm.sections.get(section).and_then(|s| s.province);
    // Alone in its row, in its column, any text continues a field: a record with no
    // phone is one whose phone is on the next row far more often than one printed
    // without (a status remark aside: `本窗口自 2019.4.1 起撤销`).
    let lone =
        !heads && f.column_role.is_some() && !prev.institution.is_empty() && crate::status::split_status(&prev.address).remark.is_none();
    let inst_tail = inst.is_none_or(|t| {
        // A name's end is no proof it is whole (`…与科` + `技人才管理处`, `…和社会` +
        // `保障局…`): a name tail alone with the phone, under a name and address with
        // none, ends that name.
        let no_ending = !crate::classify::has_institution_suffix(&squash(&prev.institution));
        let prev_open = continuation::unfinished(&prev.institution) || no_ending || (addr.is_none() && !prev.address.is_empty());
        // A bracketed remark alone (`(龙岩市外国专家局)`) completes even a whole name; a name
        // with no ending at all (`新疆生产建设`) takes any text, a place first or not
        // (`兵团外国专家局`).
        let remark = is_remark_only(&squash(t));
        // A whole name opening like a place the gazetteer does not know (`丙市科学技术局`, or
        // one OCR misread: `古林市…`), under a whole name, is a record of its own.
        let prev_whole = !no_ending && !continuation::unfinished(&prev.institution);
        let own_name = prev_whole && continuation::whole_name_opening_with_a_city(t);
        // A text closing the bracket the name left open (`甘肃省科学技术厅(` + `甘肃省外国专家局)`)
        // is its rest, though it opens with a place.
        let closes = continuation::closes_what_is_open(&prev.institution, t);
        ((continuation::looks_like_tail(t, province) || lone || no_ending) && prev_open && !own_name || remark || closes)
            && !prev.institution.is_empty()
    });
    // Or the address itself, under a name printed alone (`| 南通市科学技术局 | | |`),
    // or beside the tail of that name.
    let addr_low = !heads && prev.address.is_empty() && !prev.institution.is_empty();
    // An address that was only place names (`新疆乌鲁木齐市`) goes on with any text.
    let addr_tail = addr.is_none_or(|t| {
        addr_low
            || (!prev.address.is_empty()
                && (lone || continuation::looks_like_tail(t, None) || (heads && continuation::continues_address(&prev.address, t))))
    });
    if inst_tail && addr_tail {
        let prev = &mut asm.drafts[pi];
        prev.section = section;
        for (field, piece) in [("institution", inst), ("address", addr)] {
            let Some(p) = piece else { continue };
            join_field(
                prev,
                field,
                p,
                (f.line, src),
                "the address and phone printed a row low, under a name printed alone",
                "a wrapped field's tail and a phone on the next row, under a record with no phone: the rest of that record",
            );
        }
        take_phone_and_notes(prev, f, (phone, *from_number));
        return true;
    }
    false
}

/// The record above takes a joined row's phone cell, line and notes.
fn take_phone_and_notes(prev: &mut Draft, f: &Frag, (phone, from_number): (&str, bool)) {
    prev.phone_cells.push((phone.to_string(), from_number));
    prev.lines.insert(f.line);
    prev.notes.extend(f.notes.iter().cloned());
}

/// A cell's name and its address on either side of its one printed line break, in canonical
/// characters, when both are there and neither holds a phone.
fn name_and_address_at_break(text: &str) -> Option<(String, String)> {
    let (name, addr) = crate::text::split_at_line_break(text)?;
    let (name, addr) = (crate::text::canonical_chars(name), crate::text::canonical_chars(addr));
    let no_phone = |t: &str| crate::classify::count_phones(t) == 0;
    (!name.is_empty() && !addr.is_empty() && no_phone(&name) && no_phone(&addr)).then(|| (name.into_owned(), addr.into_owned()))
}

/// Appends a piece of a record's `field` (`institution` or `address`) printed on the row at
/// `at`, with its `split_row_joined` finding: `low` when the field was empty (printed a row
/// low), `wrapped` when the piece is its tail. Returns whether the field was empty.
fn join_field(prev: &mut Draft, field: &'static str, piece: &str, at: (u32, &Arc<str>), low: &'static str, wrapped: &'static str) -> bool {
    let target = if field == "institution" { &mut prev.institution } else { &mut prev.address };
    let before = target.clone();
    target.push_str(piece);
    let after = clean_field(target);
    let msg = if before.is_empty() { low } else { wrapped };
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, at.1, lines1(at.0)).field(field).change(format!("{before} + {piece}"), after).msg(msg),
    );
    before.is_empty()
}

/// The inheritance of a record whose name was found missing, decided again once its address
/// is whole (`1号受理点:` + `青岛市崂山区…`: the label alone named no place to compare).
fn redecide_inheritance(asm: &mut Assembly, pi: usize, src: &Arc<str>) {
    let d = &asm.drafts[pi];
    if pi + 1 != asm.drafts.len() || d.inst_source != InstitutionSource::Missing || !d.institution.is_empty() {
        return;
    }
    let Some(mut d) = asm.drafts.pop() else { return };
    d.findings.retain(|x| x.code != FindingCode::InstitutionMissing);
    decide_inheritance(asm, &mut d, src);
    asm.drafts.push(d);
}

/// An empty name cell: another window of the institution above, or a lost name.
fn decide_inheritance(asm: &Assembly, d: &mut Draft, src: &Arc<str>) {
    let line = *d.lines.iter().next().unwrap_or(&0);
    let province = asm.sections.get(d.section).and_then(|s| s.province);
    let prev = asm.continuable().map(|i| &asm.drafts[i]).filter(|p| p.section == d.section && !p.institution.is_empty());
    if let Some(p) = prev {
        if !d.address.is_empty() && continuation::same_place(&p.institution, &p.address, &d.address, province) {
            d.institution = p.institution.clone();
            d.inst_source = InstitutionSource::Inherited;
            d.findings.push(
                Finding::new(FindingCode::InstitutionInherited, src, lines1(line))
                    .field("institution")
                    .change("", clean_field(&p.institution))
                    .msg(format!(
                        "empty name cell; the address is in the same place as '{}' above (lines {})",
                        clean_field(&p.institution),
                        p.lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(",")
                    )),
            );
            return;
        }
    }
    d.inst_source = InstitutionSource::Missing;
    let why = match prev {
        Some(p) => format!(
            "empty name cell; the address is not in the same place as '{}' above, so the name is not inherited",
            clean_field(&p.institution)
        ),
        None => "empty name cell and no institution above in this section".to_string(),
    };
    d.findings.push(Finding::new(FindingCode::InstitutionMissing, src, lines1(line)).field("institution").msg(why));
}

/// Gives a lone tail that closes a bracket (`海辖区内单位业务)`) to the field above left open
/// by one, a tail that gives an unfinished name its ending to the name, and a tail under an
/// address cut after a separator to the address, whichever field its content or column
/// suggested.
fn swap_to_open_field(f: &mut Frag, prev: &Draft) {
    let closes = |t: &Option<String>| t.as_deref().is_some_and(|t| crate::text::bracket_balance(t) < 0);
    let open_inst = continuation::unfinished(&prev.institution);
    let open_addr = continuation::unfinished(&prev.address);
    // A name cut before its ending (`…服务窗` + `口(受理南海辖区内单位业务)`) is open too,
    // when the tail completes it.
    let completes_name = || {
        let (name, tail) = (squash(&prev.institution), f.addr.as_deref().map(squash).unwrap_or_default());
        // A numbered window's name (`余杭区科技局2`) is whole.
        let whole = ends_like_name(name.trim_end_matches(|c: char| c.is_ascii_digit()));
        // A tail with a number (`中心27号窗口`) is an address's, whatever it ends with.
        !name.is_empty() && !tail.bytes().any(|b| b.is_ascii_digit()) && !whole && ends_like_name(&format!("{name}{tail}"))
    };
    // An address cut after a list separator (`…5号窗口、` + `三楼综合窗口`) goes on.
    let addr_cut = prev.address.trim_end().ends_with(['、', ',', '，', ';', '；']) && !open_inst;
    if f.inst.is_none() && f.addr.is_some() && !open_addr && !addr_cut && ((closes(&f.addr) && open_inst) || completes_name()) {
        f.inst = f.addr.take();
    } else if f.addr.is_none() && ((closes(&f.inst) && open_addr && !open_inst) || addr_cut) {
        f.addr = f.inst.take();
    }
}

/// True for a name cell holding only a bracketed remark (`(本溪市外国专家局)`): the bracket
/// opened first closes last, or not in this cell (a numbered name, `(3)无锡市科学技术局`, is
/// no remark).
fn is_remark_only(sq: &str) -> bool {
    sq.starts_with('(') && sq.find(')').is_none_or(|i| i + 1 == sq.len())
}

/// The number of a 序号 cell (`12`, `12.`, `(12)`).
fn seq_number(seq: Option<&str>) -> Option<u32> {
    seq?.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok()
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

/// Joins the rest of a phone number a wrap cut (`21234`, `6781234`) to its head, left as
/// noise on the row above (`0539-81`, `0535-`) when that record had no phone, if the two
/// read as one valid number. Returns whether it did.
fn join_cut_phone(asm: &mut Assembly, pi: usize, rest: &str, from_number: bool, line: u32, src: &Arc<str>) -> bool {
    let prev = &asm.drafts[pi];
    let prev_line = prev.lines.iter().next_back().copied().unwrap_or(0);
    if !prev.phone_cells.is_empty() {
        return false;
    }
    // Findings are pushed in line order: only the last ones can be of that row.
    let recent = asm.dropped.iter().rev().take_while(|d| d.line_start >= prev_line).count();
    let from = asm.dropped.len() - recent;
    let head = asm.dropped[from..]
        .iter()
        .rposition(|d| d.code == FindingCode::NoiseTextDropped && d.line_start == prev_line && is_phone_head(&d.before))
        .map(|k| from + k);
    let Some(k) = head else { return false };
    // The rest is digits alone: a number of its own (`0757-86680876`) is no rest.
    if rest.trim().is_empty() || !rest.trim().bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let joined = format!("{}{}", asm.dropped[k].before.trim(), rest.trim());
    let parsed = crate::phone::parse_phone_cell(&joined, from_number);
    if parsed.phones.len() != 1 || parsed.phones[0].extension.is_some() || !parsed.issues.is_empty() || !parsed.notes.is_empty() {
        return false;
    }
    let head = asm.dropped.remove(k).before;
    let prev = &mut asm.drafts[pi];
    prev.lines.insert(line);
    prev.phone_cells.push((joined, from_number));
    prev.findings.push(
        Finding::new(FindingCode::SplitRowJoined, src, (prev_line, line))
            .field("phones")
            .change(format!("{head} | {rest}"), "")
            .msg("a phone number cut by a line wrap (its head on the row above) was joined back"),
    );
    true
}

/// True for the head of a phone number a wrap cut (`0539-81`, `0535-`): an area code with
/// a dash, and maybe the first digits of the number.
fn is_phone_head(text: &str) -> bool {
    let t = text.trim();
    let (area, rest) = t.split_once(['-', '－']).unwrap_or((t, ""));
    t.len() <= 10
        && area.starts_with('0')
        && (3..=4).contains(&area.len())
        && area.bytes().all(|b| b.is_ascii_digit())
        && rest.len() < 7
        && rest.bytes().all(|b| b.is_ascii_digit())
}

/// The numbers of a sub-number 序号 cell (`1-2`, `1.2`: the second point under 1).
fn sub_number(seq: Option<&str>) -> Option<(u32, u32)> {
    let (a, b) = seq?.trim().split_once(['-', '.'])?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn update_section(asm: &mut Assembly, f: &Frag, src: &Arc<str>, g: &Gazetteer) {
    let cur = asm.sections.last().cloned();
    let mut new_province: Option<usize> = None;
    let mut printed = String::new();
    if let Some((text, s)) = &f.province {
        printed = text.clone();
        match (s.province, s.province_fragment) {
            (Some(p), false) => new_province = Some(p),
            (cands, true) => {
                // A fragment continues the current province's name when it fits it.
                let fits_current = cur.as_ref().and_then(|c| c.province).is_some_and(|p| g.provinces_containing(text).contains(&p));
                if fits_current {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                            .field("province")
                            .change(text.clone(), "")
                            .msg("rest of the province name split over rows"),
                    );
                } else if let Some(p) = cands {
                    new_province = Some(p);
                } else {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, lines1(f.line))
                            .field("province")
                            .change(text.clone(), "")
                            .msg("province fragment that names no single province"),
                    );
                }
            }
            _ => {}
        }
    }
    let seq = f.seq.clone();
    let same_seq = seq.is_some() && cur.as_ref().and_then(|c| c.seq.clone()) == seq;
    // The same 序号 and province again (a merged cell filled down, or a converter that
    // repeats spanned cells on every row): the section goes on.
    let repeat = same_seq && new_province.is_some_and(|p| cur.as_ref().and_then(|c| c.province) == Some(p));
    if repeat {
        let printed_all = format!("{} | {printed}", seq.clone().unwrap_or_default());
        asm.dropped.push(
            Finding::new(FindingCode::SectionStart, src, lines1(f.line))
                .field("province")
                .change(printed_all, "")
                .msg("the same 序号 and province again (a spanned cell repeated): the section goes on"),
        );
        return;
    }
    // `2` after `1` with no province printed: the 序号 numbers records, not sections (a
    // directory numbering every row, under a heading or beside a province cell merged over
    // its rows); each row is its own section of the same province, logged as
    // `record_number` rather than as a section start.
    let number = seq_number(seq.as_deref());
    let under_heading = matches!((number, seq_number(cur.as_ref().and_then(|c| c.seq.as_deref()))), (Some(a), Some(b)) if a == b + 1)
        && cur.as_ref().is_some_and(|c| c.province == asm.heading);
    // A number right after the row above's whose name or address places it in another
    // province starts that province's section (its province cell lost: `28 | | 甘肃省…`).
    let cur_province = cur.as_ref().and_then(|c| c.province);
    let elsewhere = || {
        let phones: Vec<(String, bool)> = f.phone.iter().cloned().collect();
        crate::places::own_province(f.inst.as_deref().unwrap_or(""), f.addr.as_deref().unwrap_or(""), &phones)
            .is_some_and(|p| cur_province.is_none_or(|c| !g.compatible(p, c)))
    };
    let after_row = matches!((number, asm.prev_seq), (Some(a), Some(b)) if a == b + 1) && cur_province.is_some() && !elsewhere();
    // `1` under a province printed with no number of its own (a heading row spanning the
    // table, `北京市`): the numbering of its records starts.
    let first_under_province = number == Some(1) && cur.as_ref().is_some_and(|c| c.seq.is_none()) && cur_province.is_some() && !elsewhere();
    let prev_seq = asm.prev_seq;
    // `1-2` under `1` (or `1-1`): a point under the section's number, in the section.
    let major = |s: Option<&str>| seq_number(s).or(sub_number(s).map(|(a, _)| a));
    let sub_point = sub_number(seq.as_deref()).is_some_and(|(a, _)| major(cur.as_ref().and_then(|c| c.seq.as_deref())) == Some(a));
    // A row with no number and no name (the rest of a record wrapped onto it) leaves the
    // number of the row above as the last one.
    asm.prev_seq = if number.is_none() && f.inst.is_none() { prev_seq } else { number };
    let next_number = new_province.is_none() && (under_heading || after_row || sub_point || first_under_province);
    if next_number {
        // The number is kept in the audit, as every printed text is.
        let name = cur_province.or(asm.heading).map(|p| g.div(p).name.clone()).unwrap_or_default();
        asm.dropped.push(Finding::new(FindingCode::RecordNumber, src, lines1(f.line)).change(seq.clone().unwrap_or_default(), "").msg(
            if name.is_empty() {
                "序号 numbers records here, not sections".to_string()
            } else {
                format!("序号 numbers records here, not sections: the row goes on in {name}")
            },
        ));
    } else if seq.is_some() || new_province.is_some() {
        let printed_all =
            [seq.clone().unwrap_or_default(), printed.clone()].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" | ");
        let name = new_province.map(|p| g.div(p).name.clone()).unwrap_or_default();
        let msg = match (name.is_empty(), asm.heading) {
            (false, _) => format!("section starts: {name}"),
            (true, Some(h)) => format!("section starts; province not printed in the row, {} from the heading above", g.div(h).name),
            (true, None) => "section starts; province not printed".to_string(),
        };
        asm.dropped.push(
            Finding::new(FindingCode::SectionStart, src, lines1(f.line)).field("province").change(printed_all, name.clone()).msg(msg),
        );
    }
    match (new_province, &seq) {
        (Some(p), _) if same_seq && cur.as_ref().is_some_and(|c| c.province.is_none()) => {
            if let Some(last) = asm.sections.last_mut() {
                last.province = Some(p);
                last.printed = printed;
            }
        }
        (Some(p), _) if cur.as_ref().and_then(|c| c.province) != Some(p) || seq.is_some() => {
            asm.sections.push(Section { province: Some(p), seq: seq.clone(), first_line: f.line, printed });
        }
        (None, Some(_)) if !same_seq => {
            let province = if next_number { cur.as_ref().and_then(|c| c.province) } else { asm.heading };
            asm.sections.push(Section { province, seq: seq.clone(), first_line: f.line, printed: String::new() });
        }
        _ => {}
    }
    if asm.sections.is_empty() {
        asm.sections.push(Section { province: asm.heading, seq: None, first_line: f.line, printed: String::new() });
    }
}

/// How far (in lines) a garbled repeat or a name-only row may be from the record it repeats.
pub const MATCH_WINDOW_LINES: u32 = 200;

/// Matches garbled candidates to the records already built (by phone, name or address),
/// fills what those records lack, and adds the rest as reconstructed records.
fn place_candidates(asm: &mut Assembly, candidates: Vec<Candidate>, src: &Arc<str>) {
    let digits = |s: &str| -> String { s.chars().filter(|c| c.is_ascii_digit()).collect() };
    // Indexes by phone digits, name and address, so matching stays linear in the records.
    let mut by_phone: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_inst: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_addr: HashMap<String, Vec<usize>> = HashMap::new();
    let index_inst = |m: &mut HashMap<String, Vec<usize>>, i: usize, t: &str| {
        let k = squash(t);
        if k.chars().count() >= 6 {
            m.entry(k.into_owned()).or_default().push(i);
        }
    };
    let index_addr = |m: &mut HashMap<String, Vec<usize>>, i: usize, t: &str| {
        let k = squash(t);
        if k.chars().count() >= 8 {
            m.entry(k.into_owned()).or_default().push(i);
        }
    };
    // Only drafts a candidate may match (within the window) are worth indexing.
    let mut cand_lines: Vec<u32> = candidates.iter().map(|c| c.line).collect();
    cand_lines.sort_unstable();
    let in_window = |d: &Draft| {
        let l = *d.lines.iter().next().unwrap_or(&0);
        let k = cand_lines.partition_point(|&c| c < l);
        [k.checked_sub(1), Some(k)].into_iter().flatten().filter_map(|k| cand_lines.get(k)).any(|&c| c.abs_diff(l) <= MATCH_WINDOW_LINES)
    };
    if !candidates.is_empty() {
        for (i, d) in asm.drafts.iter().enumerate().filter(|(_, d)| in_window(d)) {
            for (t, _) in &d.phone_cells {
                for p in &asm.phones.parse(t, false).phones {
                    by_phone.entry(digits(&p.number)).or_default().push(i);
                }
            }
            index_inst(&mut by_inst, i, &d.institution);
            index_addr(&mut by_addr, i, &d.address);
        }
    }
    // Best candidate first, so fills take the most complete pieces.
    // Each keeps its place in the document, so the records it becomes keep printed order.
    let mut cands: Vec<(usize, Candidate)> = candidates.into_iter().enumerate().collect();
    cands.sort_by_cached_key(|(_, c)| (std::cmp::Reverse(c.quality()), std::cmp::Reverse(c.address.chars().count()), c.line));
    let mut orphans: Vec<(usize, Candidate)> = Vec::new();
    for (order, c) in cands {
        let cphones: Vec<String> = c.phones.iter().map(|p| digits(p)).collect();
        let ci = squash(&c.institution);
        let ca = squash(&c.address);
        let mut hits: Vec<usize> = cphones.iter().flat_map(|p| by_phone.get(p).cloned().unwrap_or_default()).collect();
        if ci.chars().count() >= 6 {
            hits.extend(by_inst.get(&*ci).cloned().unwrap_or_default());
        }
        if ca.chars().count() >= 8 {
            hits.extend(by_addr.get(&*ca).cloned().unwrap_or_default());
        }
        // Repeats sit on the same page or the next ones; a far-away match is another record
        // that happens to share a name (or a copy of the document appended to itself).
        let first = |i: usize| *asm.drafts[i].lines.iter().next().unwrap_or(&0);
        let hit = hits.into_iter().filter(|&i| first(i).abs_diff(c.line) <= MATCH_WINDOW_LINES).min();
        if let Some(i) = hit {
            let d = &asm.drafts[i];
            if d.institution.is_empty() && !c.institution.is_empty() && c.quality() >= 2 {
                index_inst(&mut by_inst, i, &c.institution);
            }
            if d.address.is_empty() && !c.address.is_empty() {
                index_addr(&mut by_addr, i, &c.address);
            }
        }
        match hit {
            Some(i) => {
                let d = &mut asm.drafts[i];
                d.lines.extend([c.line, c.span().1]);
                let mut filled = Vec::new();
                if d.institution.is_empty() && !c.institution.is_empty() && c.quality() >= 2 {
                    d.institution = c.institution.clone();
                    d.inst_source = InstitutionSource::Reconstructed;
                    d.findings.retain(|f| f.code != FindingCode::InstitutionMissing);
                    filled.push("institution");
                }
                // On a garbled page a clean-looking row's name cell may hold only the tails of
                // wrapped text (`员会出入境接待大厅…`); a whole name from the garbled run that
                // shares its phone replaces it, the old text kept in the finding.
                let g = Gazetteer::get();
                let whole_name = crate::classify::has_institution_suffix(&c.institution) && garbled::starts_with_place(g, &c.institution);
                if d.in_garbled_region && whole_name && !d.institution.is_empty() && !garbled::starts_with_place(g, &d.institution) {
                    let before = std::mem::replace(&mut d.institution, c.institution.clone());
                    d.inst_source = InstitutionSource::Reconstructed;
                    // The replaced text is the row's own: the finding spans its lines too.
                    let (lo, hi) = (d.lines.first().copied().unwrap_or(c.line), d.lines.last().copied().unwrap_or(c.line));
                    d.findings.push(
                        Finding::new(FindingCode::ReconstructedFromGarbled, src, (lo.min(c.line), hi.max(c.span().1)))
                            .field("institution")
                            .change(before, c.institution.clone())
                            .msg("name cell held only wrapped tails; the whole name is taken from the garbled run with the same phone"),
                    );
                }
                if d.address.is_empty() && !c.address.is_empty() {
                    d.address = c.address.clone();
                    filled.push("address");
                }
                let code = if filled.is_empty() { FindingCode::DuplicateMerged } else { FindingCode::ReconstructedFromGarbled };
                d.findings.push(
                    Finding::new(code, src, c.span())
                        .change(format!("{} {} {}", c.institution, c.address, c.phones.join(" ")).trim().to_string(), "")
                        .msg(if filled.is_empty() {
                            "garbled text repeats this record; merged".to_string()
                        } else {
                            format!("{} filled from garbled text", filled.join(" and "))
                        }),
                );
                for l in &c.leftover {
                    asm.dropped.push(
                        Finding::new(FindingCode::NoiseTextDropped, src, c.span()).change(l.clone(), "").msg("noise in a garbled cell"),
                    );
                }
            }
            None => orphans.push((order, c)),
        }
    }
    // Candidates that match nothing: complete ones become records; a name/address without
    // a phone may complete a phone-only record of the same garbled region.
    orphans.sort_by_key(|(_, c)| c.line);
    let mut added: Vec<(usize, Draft)> = Vec::new();
    for (order, c) in orphans {
        for l in &c.leftover {
            asm.dropped
                .push(Finding::new(FindingCode::NoiseTextDropped, src, c.span()).change(l.clone(), "").msg("noise in a garbled cell"));
        }
        if c.institution.is_empty() && c.address.is_empty() && c.phones.is_empty() {
            continue;
        }
        let near = drafts_near(&asm.drafts, c.line, 5);
        let bare = near.iter().copied().find(|&i| {
            let d = &asm.drafts[i];
            !c.starts_with_tail
                && d.in_garbled_region
                && d.institution.is_empty()
                && d.address.is_empty()
                && c.phones.is_empty()
                && d.lines.iter().any(|l| l.abs_diff(c.line) <= 3)
        });
        if let Some(i) = bare {
            let d = &mut asm.drafts[i];
            d.institution = c.institution.clone();
            d.address = c.address.clone();
            d.inst_source = InstitutionSource::Reconstructed;
            d.lines.extend([c.line, c.span().1]);
            d.findings.retain(|f| f.code != FindingCode::InstitutionMissing);
            d.findings.push(
                Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                    .severity(Severity::Warning)
                    .change(format!("{} {}", c.institution, c.address), "")
                    .msg("name and address from an unplaced garbled fragment paired with the phone-only row nearby (low certainty)"),
            );
            continue;
        }
        // A lone phone of a garbled cell belongs to a nearby record that has none, when its
        // area code serves that record's city.
        if c.institution.is_empty() && c.address.is_empty() && c.phones.len() == 1 {
            let g = Gazetteer::get();
            let pc = crate::phone::parse_phone_cell(&c.phones[0], false);
            let prefs: Vec<&str> = pc.phones.iter().flat_map(|p| p.area_prefectures.iter().copied()).collect();
            let target = near.iter().copied().find(|&i| {
                let d = &asm.drafts[i];
                d.phone_cells.is_empty()
                    && d.lines.iter().any(|l| l.abs_diff(c.line) <= 5)
                    && g.resolve(&squash(&d.address), None, &[]).prefecture.is_some_and(|p| prefs.contains(&g.div(p).name.as_str()))
            });
            if let Some(i) = target {
                let d = &mut asm.drafts[i];
                d.phone_cells.push((c.phones[0].clone(), false));
                d.lines.extend([c.line, c.span().1]);
                d.findings.push(
                    Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                        .field("phones")
                        .change(c.phones[0].clone(), "")
                        .msg("phone from a garbled cell given to the nearby record without one whose city its area code serves"),
                );
                continue;
            }
        }
        // A section index for the new record: the one its line falls in.
        let section = asm.sections.iter().rposition(|s| s.first_line <= c.line).unwrap_or(0);
        // Leading tails that found no record are repeats of text placed elsewhere.
        let keep = !c.phones.is_empty() || (!c.institution.is_empty() && !c.address.is_empty() && !c.lead_tail);
        if !keep {
            asm.dropped.push(
                Finding::new(FindingCode::NoiseTextDropped, src, c.span())
                    .change(format!("{} {}", c.institution, c.address).trim().to_string(), "")
                    .msg("fragment of a garbled cell that could not be placed in any record"),
            );
            continue;
        }
        let mut d = Draft {
            section,
            institution: c.institution.clone(),
            address: c.address.clone(),
            inst_source: if c.institution.is_empty() { InstitutionSource::Missing } else { InstitutionSource::Reconstructed },
            phone_cells: c.phones.iter().map(|p| (p.clone(), false)).collect(),
            lines: [c.line, c.span().1].into_iter().collect(),
            findings: Vec::new(),
            in_garbled_region: true,
            notes: Vec::new(),
        };
        d.findings.push(
            Finding::new(FindingCode::ReconstructedFromGarbled, src, c.span())
                .change(format!("{} {} {}", c.institution, c.address, c.phones.join(" ")).trim().to_string(), "")
                .msg("record pieced from a garbled cell; no clean row matches it"),
        );
        added.push((order, d));
    }
    // Records pieced from one garbled cell in the order the cell prints them.
    added.sort_by_key(|(order, d)| (*d.lines.iter().next().unwrap_or(&0), *order));
    asm.drafts.extend(added.into_iter().map(|(_, d)| d));
    asm.drafts.sort_by_key(|d| *d.lines.iter().next().unwrap_or(&0));
    merge_bare_phone_repeats(asm, src);
}

/// A phone-only row of a garbled page whose phone a record next to it already carries is
/// that record's phone read twice: merged into it. (Rows that share a phone but carry text,
/// like branches of one centre, stay apart.)
fn merge_bare_phone_repeats(asm: &mut Assembly, src: &Arc<str>) {
    let bare = |d: &Draft| d.in_garbled_region && d.institution.is_empty() && d.address.is_empty() && !d.phone_cells.is_empty();
    let phones = |d: &Draft| d.phone_cells.iter().map(|(t, _)| squash(t).into_owned()).collect::<Vec<_>>();
    let mut gone = vec![false; asm.drafts.len()];
    for i in 0..asm.drafts.len() {
        if !bare(&asm.drafts[i]) {
            continue;
        }
        let line = *asm.drafts[i].lines.iter().next().unwrap_or(&0);
        let p = phones(&asm.drafts[i]);
        let target = drafts_near(&asm.drafts, line, 2).into_iter().find(|&j| {
            let d = &asm.drafts[j];
            j != i && !gone[j] && !bare(d) && phones(d) == p && d.lines.iter().any(|l| l.abs_diff(line) <= 2)
        });
        if let Some(j) = target {
            gone[i] = true;
            let lines = std::mem::take(&mut asm.drafts[i].lines);
            let findings = std::mem::take(&mut asm.drafts[i].findings);
            let notes = std::mem::take(&mut asm.drafts[i].notes);
            let keep = &mut asm.drafts[j];
            keep.notes.extend(notes);
            keep.lines.extend(lines);
            keep.findings.extend(findings);
            keep.findings.push(
                Finding::new(FindingCode::DuplicateMerged, src, lines1(line))
                    .field("phones")
                    .change(p.join(" "), "")
                    .msg("phone-only row of a garbled page repeating the phone of the record beside it; merged"),
            );
        }
    }
    let mut k = 0;
    asm.drafts.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Indices of drafts with a source line within `radius` of `line`. Drafts are in document
/// order by first line (garbled additions are sorted in at the end), so a binary search
/// bounds the scan.
fn drafts_near(drafts: &[Draft], line: u32, radius: u32) -> Vec<usize> {
    let first = |d: &Draft| *d.lines.iter().next().unwrap_or(&0);
    // Drafts can span a few lines (continuations), so look a little further back.
    let lo = line.saturating_sub(radius + 50);
    let start = drafts.partition_point(|d| first(d) < lo);
    let mut out = Vec::new();
    for (i, d) in drafts.iter().enumerate().skip(start) {
        if first(d) > line + radius {
            break;
        }
        if d.lines.iter().any(|l| l.abs_diff(line) <= radius) {
            out.push(i);
        }
    }
    out
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
    let mut out = Vec::new();
    // The last header, for the page-break tables that follow it.
    let mut header_carry = Carry::default();
    let mut scanned: Vec<ScannedTable<'_>> = doc.tables.iter().map(scan_table).collect();
    score_wrapped_across_tables(&mut scanned);
    for (table, ScannedTable { rows, scores, mut layout }) in doc.tables.iter().zip(scanned) {
        let extra = carry_header(&mut header_carry, &rows, &mut layout);
        for (ri, row) in rows.iter().enumerate() {
            let prepared = prepare_row(table, &rows, ri, &scores[ri], &extra, &layout);
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
    }
}
