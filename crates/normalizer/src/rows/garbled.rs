//! Garbled cells: several records run together in one cell (and often repeated across the
//! rows of a badly OCR'd page). Phones and place-name starts are the anchors that split the
//! run into institution / address / phone candidates.

use crate::classify::{count_phones, has_institution_suffix};
use crate::gazetteer::Gazetteer;
use crate::text::{canonical_chars, cjk_count, squash};

/// A record pieced from a garbled run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Candidate {
    pub institution: String,
    pub address: String,
    /// Raw phone texts, one per number.
    pub phones: Vec<String>,
    /// Source line of the garbled cell.
    pub line: u32,
    /// Last source line it drew text from (a run continued in the next row's cell).
    pub last_line: u32,
    /// Text that fit no field (kept for the audit).
    pub leftover: Vec<String>,
    /// It opens with a short name ending (`员会`, `局)`) that had no name to finish: the
    /// second line of a record whose first line is elsewhere, not a record of its own.
    pub starts_with_tail: bool,
    /// The cell opens with the tails of a record whose head is in an earlier view of the
    /// page (`局(外国专家局) 室 大庆市…`): name tail in `institution`, address tail in
    /// `address`, for [`attach_lead_tail`].
    pub lead_tail: bool,
}

impl Candidate {
    fn at(line: u32) -> Candidate {
        Candidate { line, last_line: line, ..Default::default() }
    }

    /// Source lines, first and last.
    pub fn span(&self) -> (u32, u32) {
        (self.line, self.last_line.max(self.line))
    }

    /// Still open at the end of its cell: no phone closed it, and a name or address is
    /// under way. The next row's garbled cell may continue it.
    pub fn is_open(&self) -> bool {
        self.phones.is_empty() && (!self.institution.is_empty() || !self.address.is_empty())
    }

    fn is_empty(&self) -> bool {
        self.institution.is_empty() && self.address.is_empty() && self.phones.is_empty()
    }

    /// How trustworthy the pieces look: names and addresses that start with a place.
    pub fn quality(&self) -> i32 {
        let g = Gazetteer::get();
        let mut q = 0;
        if starts_with_place(g, &self.institution) {
            q += 2;
        }
        if has_institution_suffix(&self.institution) {
            q += 1;
        }
        if starts_with_place(g, &self.address) {
            q += 1;
        }
        q
    }
}

/// True when the text begins with a place name (or `中国(` as in 中国(上海)自由贸易试验区).
pub fn starts_with_place(g: &Gazetteer, s: &str) -> bool {
    let sq = squash(s);
    sq.starts_with("中国(") || g.place_at_start(&sq).is_some()
}

fn looks_like_address(tok: &str) -> bool {
    ["路", "街", "道", "号", "巷", "镇", "楼", "室", "广场", "大厦"].iter().any(|k| tok.contains(k))
        || tok.chars().any(|c| c.is_ascii_digit())
}

/// A name the tail may finish: one with no name ending yet, or one cut inside a longer
/// ending (`…科学技术委` + `员会` makes `委员会`).
fn joins_name(name: &str, tail: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    if !has_institution_suffix(name) {
        return true;
    }
    let joined = format!("{name}{tail}");
    crate::classify::INSTITUTION_SUFFIXES.iter().any(|suf| suf.len() > tail.len() && joined.ends_with(suf))
}

fn is_name_like(tok: &str) -> bool {
    (has_institution_suffix(tok) || tok.contains('局') || tok.contains("科学技术")) && !looks_like_address(tok)
}

/// Text that goes on with a wrapped field: no place start, no phone, no new name head.
fn is_tail_text(tok: &str, starts_with_place: bool) -> bool {
    let name_head = is_name_like(tok) && cjk_count(tok) >= 4;
    !starts_with_place && !name_head && !is_phone_token(tok)
}

fn is_phone_token(tok: &str) -> bool {
    let t = canonical_chars(tok);
    count_phones(&t) == 1 && t.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+')
}

/// Splits a garbled run into candidates, in order. `carry` is the open candidate the
/// previous row's garbled cell ended with: OCR cut the run at the row, so it goes on here.
pub fn segment(text: &str, line: u32, carry: Option<Candidate>) -> Vec<Candidate> {
    let g = Gazetteer::get();
    let canon = canonical_chars(text);
    let mut out: Vec<Candidate> = Vec::new();
    let mut in_addr = carry.as_ref().is_some_and(|c| !c.address.is_empty());
    let mut cur = match carry {
        Some(mut c) => {
            c.last_line = line;
            c
        }
        None => Candidate::at(line),
    };
    // Set after a name tail went to the candidate closed before: address tails follow.
    let mut tail_of_prev = false;
    // Runs of three or more lone Latin letters (`D D D D`) are misread graphics.
    let toks: Vec<&str> = canon.split_whitespace().collect();
    let lone = |t: &str| t.chars().count() == 1 && t.chars().all(|c| c.is_ascii_alphabetic());
    let mut noise = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        while j < toks.len() && lone(toks[j]) {
            j += 1;
        }
        if j - i >= 3 {
            noise[i..j].iter_mut().for_each(|n| *n = true);
        }
        i = j.max(i + 1);
    }
    for (k, tok) in toks.iter().copied().enumerate() {
        if noise[k] {
            // One leftover per run, not per letter.
            if k > 0 && noise[k - 1] {
                if let Some(last) = cur.leftover.last_mut() {
                    last.push(' ');
                    last.push_str(tok);
                    continue;
                }
            }
            cur.leftover.push(tok.to_string());
            continue;
        }
        if is_phone_token(tok) {
            cur.phones.push(tok.to_string());
            out.push(std::mem::replace(&mut cur, Candidate::at(line)));
            in_addr = false;
            continue;
        }
        let place = starts_with_place(g, tok);
        // A multi-line cell pair read line by line interleaves the columns: `金山区科学技术委
        // 金山区…行政服` then `员会 务中心二楼…`. A short name ending that is no place is the
        // tail of a name left open: the current candidate's, or the one just closed by its
        // phone; the text after it is then that record's address tail.
        let name_tail = !place && has_institution_suffix(tok) && cjk_count(tok) <= 8 && !looks_like_address(tok);
        if name_tail && joins_name(&cur.institution, tok) {
            cur.institution.push_str(tok);
            tail_of_prev = false;
            continue;
        }
        if name_tail && cur.is_empty() {
            if let Some(prev) = out.last_mut().filter(|p| joins_name(&p.institution, tok)) {
                prev.institution.push_str(tok);
                tail_of_prev = true;
                continue;
            }
            cur.starts_with_tail = cjk_count(tok) <= 3;
            if out.is_empty() && cur.leftover.is_empty() {
                cur.lead_tail = true;
                cur.institution.push_str(tok);
                continue;
            }
        }
        // After a leading name tail, text up to the next name or address start is the
        // address tail of that same record.
        if cur.lead_tail && is_tail_text(tok, place) {
            cur.address.push_str(tok);
            continue;
        }
        if tail_of_prev && cur.is_empty() && is_tail_text(tok, place) {
            if let Some(prev) = out.last_mut().filter(|p| !p.address.is_empty()) {
                prev.address.push_str(tok);
                continue;
            }
        }
        tail_of_prev = false;
        let inst_like = is_name_like(tok);
        if place && inst_like && cjk_count(tok) >= 4 {
            if !cur.is_empty() {
                out.push(std::mem::replace(&mut cur, Candidate::at(line)));
            }
            cur.institution = tok.to_string();
            in_addr = false;
        } else if place && (looks_like_address(tok) || (!in_addr && has_institution_suffix(&cur.institution))) {
            // A place after a whole name opens the address even without a street word
            // (`淮南市科学技术局 淮南市山南新区 1 号`).
            if in_addr && !cur.address.is_empty() {
                out.push(std::mem::replace(&mut cur, Candidate::at(line)));
            }
            cur.address.push_str(tok);
            in_addr = true;
        } else if in_addr && tok.starts_with('(') && !tok.contains(')') {
            // A bracket the address opens and a later token closes (`…6号窗口 (区日入境接待
            // 大厅 外国人来华工作许可窗口 )`) is the address's remark, whatever it names.
            cur.address.push_str(tok);
        } else if tok.starts_with('(') && has_institution_suffix(tok) && !cur.institution.is_empty() && !cur.institution.ends_with(')') {
            cur.institution.push_str(tok);
        } else if in_addr {
            if tok.starts_with('(') && has_institution_suffix(tok) {
                cur.leftover.push(tok.to_string());
            } else {
                cur.address.push_str(tok);
            }
        } else if cjk_count(tok) == 0 && !tok.chars().any(|c| c.is_ascii_digit()) {
            cur.leftover.push(tok.to_string());
        } else {
            cur.institution.push_str(tok);
        }
    }
    if !cur.is_empty() || !cur.leftover.is_empty() {
        out.push(cur);
    }
    // A trailing name fragment (`局(外国专家局)`) completes the previous candidate's name.
    let mut merged: Vec<Candidate> = Vec::new();
    for c in out {
        if let Some(prev) = merged.last_mut() {
            let frag = c.address.is_empty() && c.phones.is_empty() && !c.institution.is_empty() && !starts_with_place(g, &c.institution);
            if frag && joins_name(&prev.institution, &c.institution) {
                prev.institution.push_str(&c.institution);
                prev.leftover.extend(c.leftover);
                continue;
            }
        }
        merged.push(c);
    }
    merged
}

/// Lines back an earlier view of the same page may be.
const LEAD_TAIL_REACH_LINES: u32 = 50;

/// Gives a cell's leading tails (see [`Candidate::lead_tail`]) to their record: the one
/// that came just before, in an earlier view of the same page, the record this cell goes on
/// with (found by phone). The lead leaves the cell when that record took all of it; a tail it
/// could not take stays, to be placed or reported. Returns false when there is no such record.
pub fn attach_lead_tail(earlier: &mut [Candidate], cell: &mut Vec<Candidate>) -> bool {
    let [lead, next, ..] = cell.as_mut_slice() else { return false };
    if !lead.lead_tail || !lead.phones.is_empty() || next.phones.is_empty() {
        return false;
    }
    let digits = |p: &str| p.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    let next_phones: Vec<String> = next.phones.iter().map(|p| digits(p)).collect();
    // Views of one page sit close together: the search looks back a bounded distance.
    let reach = earlier.iter().rev().take_while(|c| c.line + LEAD_TAIL_REACH_LINES >= lead.line).count();
    let from = earlier.len() - reach;
    let Some(y) = earlier[from..].iter().rposition(|c| c.phones.iter().any(|p| next_phones.contains(&digits(p)))).map(|y| y + from) else {
        return false;
    };
    if y == 0 || earlier[y - 1].line != earlier[y].line || earlier[y - 1].phones.is_empty() {
        return false;
    }
    let prev = &mut earlier[y - 1];
    let mut used = false;
    if joins_name(&prev.institution, &lead.institution) {
        prev.institution.push_str(&std::mem::take(&mut lead.institution));
        used = true;
    }
    let addr_open = prev.address.ends_with(|c: char| c.is_ascii_digit()) || crate::text::bracket_balance(&prev.address) > 0;
    if !lead.address.is_empty() && addr_open {
        prev.address.push_str(&std::mem::take(&mut lead.address));
        used = true;
    }
    if used {
        prev.last_line = prev.last_line.max(lead.line);
        if lead.institution.is_empty() && lead.address.is_empty() {
            prev.leftover.append(&mut lead.leftover);
            cell.remove(0);
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_phones_and_place_starts() {
        let c = segment(
            "术局(外国专家局) 中心 1 号楼 0313 室 牡丹江市科学技术局(外国专家局) 牡丹江市东安区卧龙街12 号牡丹江市人民 0453-6171764 佳木斯市科学技术局(外国专家局) 佳木斯市长安路 2666 号政府一号楼 1140 0454-8550317",
            114,
            None,
        );
        assert_eq!(c.len(), 3);
        assert_eq!(c[1].institution, "牡丹江市科学技术局(外国专家局)");
        assert_eq!(c[1].address, "牡丹江市东安区卧龙街12号牡丹江市人民");
        assert_eq!(c[1].phones, vec!["0453-6171764"]);
        assert_eq!(c[2].address, "佳木斯市长安路2666号政府一号楼1140");
    }

    #[test]
    fn a_bracket_the_address_opens_stays_with_the_address() {
        // Its first token ends like a name (`…接待大厅`), but the bracket opened after the
        // address's window is the address's remark, closed tokens later.
        let c = segment(
            "青浦区科学技术委员会 青浦区夏阳街道华浦路 500号6号窗口 (区日入境接待大厅 外国人来华工作许可窗口 ) 021-59805109",
            7,
            None,
        );
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.institution.as_str(), c.address.as_str())).collect();
        assert_eq!(got, [("青浦区科学技术委员会", "青浦区夏阳街道华浦路500号6号窗口(区日入境接待大厅外国人来华工作许可窗口)")]);
    }

    #[test]
    fn a_place_after_a_whole_name_opens_the_address() {
        // No street word in the address: the place after the name's ending starts it.
        let c =
            segment("蚌埠市科学技术局 蚌埠市龙子湖区东海大道 1 号 0552-3116123 淮南市科学技术局 淮南市山南新区 1 号 0554-6676123", 4, None);
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.institution.as_str(), c.address.as_str())).collect();
        assert_eq!(got, [("蚌埠市科学技术局", "蚌埠市龙子湖区东海大道1号"), ("淮南市科学技术局", "淮南市山南新区1号")]);
    }

    #[test]
    fn letter_runs_are_noise() {
        let c = segment("金山区科学技术委 金山区蒙山北路 585 号 (外国人工作/居留 D D D D D 021-58603333", 146, None);
        assert_eq!(c[0].address, "金山区蒙山北路585号(外国人工作/居留");
        assert_eq!(c[0].leftover, vec!["D D D D D"]);
    }

    #[test]
    fn interleaved_line_tails_join_their_record() {
        // Two wrapped columns read line by line: name head, address head, (phone), then the
        // second line of both.
        let c = segment(
            "松江区科学技术委 松江区永丰街道乐都西路 867-871 号 4 号 021-37657976 员会 楼 2 楼 190,191 窗口 \
             青浦区科学技术委 青浦区夏阳街道华浦路 500 号 6 号窗口 021-59805109",
            147,
            None,
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].institution, "松江区科学技术委员会");
        assert_eq!(c[0].address, "松江区永丰街道乐都西路867-871号4号楼2楼190,191窗口");
        let c = segment(
            "金山区科学技术委 金山区山阳镇龙山路 555 号金山区行政服 员会 务中心二楼 D 区综合受理大厅 19-20 号窗口 021-57922206",
            145,
            None,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].institution, "金山区科学技术委员会");
        assert_eq!(c[0].address, "金山区山阳镇龙山路555号金山区行政服务中心二楼D区综合受理大厅19-20号窗口");
    }

    #[test]
    fn leading_tails_go_to_the_record_before_in_an_earlier_view() {
        let mut earlier = segment(
            "佳木斯市科学技术局(外国专家局) 佳木斯市长安路 2666 号政府一号楼 1140 0454-8550317 大庆市科学技术局(外国专家局) 大庆市东风路 19 号 0459-6364918",
            114,
            None,
        );
        let mut cell = segment("局(外国专家局) 室 大庆市科学技术局 (外国专家局) 大庆市东风路 19 号市政府 0459-6364918", 116, None);
        assert!(cell[0].lead_tail);
        assert_eq!((cell[0].institution.as_str(), cell[0].address.as_str()), ("局(外国专家局)", "室"));
        assert!(attach_lead_tail(&mut earlier, &mut cell));
        assert_eq!(earlier[0].address, "佳木斯市长安路2666号政府一号楼1140室");
        assert_eq!(earlier[0].institution, "佳木斯市科学技术局(外国专家局)");
        assert_eq!(earlier[0].span(), (114, 116));
        // The name tail, which the whole name did not take, stays to be reported.
        assert_eq!((cell[0].institution.as_str(), cell[0].address.as_str()), ("局(外国专家局)", ""));
        assert_eq!(cell.len(), 2);
    }

    #[test]
    fn a_leading_tail_taken_whole_leaves_the_cell_and_its_noise_goes_with_it() {
        let mut earlier =
            segment("嘉兴市科学技术 嘉兴市南湖区广场路 1 0573-82525001 湖州市科学技术局 湖州市吴兴区仁皇山路 2 号 0572-2255001", 10, None);
        let mut cell = segment("局 号 湖州市科学技术局 湖州市吴兴区仁皇山路 2 号 0572-2255001", 12, None);
        cell[0].leftover.push("D".into());
        assert!(cell[0].lead_tail, "{cell:?}");
        assert!(attach_lead_tail(&mut earlier, &mut cell));
        assert_eq!((earlier[0].institution.as_str(), earlier[0].address.as_str()), ("嘉兴市科学技术局", "嘉兴市南湖区广场路1号"));
        assert_eq!(cell.len(), 1, "{cell:?}");
        assert!(earlier[0].leftover.contains(&"D".to_string()), "{earlier:?}");
    }

    #[test]
    fn trailing_name_fragment_joins_previous() {
        let c = segment("七台河市科学技术 七台河市桃山区大同街45号党政办公中心 0464-8292721 局(外国专家局)", 122, None);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].institution, "七台河市科学技术局(外国专家局)");
        assert_eq!(c[0].address, "七台河市桃山区大同街45号党政办公中心");
    }
}
