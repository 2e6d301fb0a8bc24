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
    /// Text that fit no field (kept for the audit).
    pub leftover: Vec<String>,
}

impl Candidate {
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

fn is_phone_token(tok: &str) -> bool {
    let t = canonical_chars(tok);
    count_phones(&t) == 1 && t.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+')
}

/// Splits a garbled run into candidates, in order.
pub fn segment(text: &str, line: u32) -> Vec<Candidate> {
    let g = Gazetteer::get();
    let canon = canonical_chars(text);
    let mut out: Vec<Candidate> = Vec::new();
    let mut cur = Candidate { line, ..Default::default() };
    let mut in_addr = false;
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
            out.push(std::mem::replace(&mut cur, Candidate { line, ..Default::default() }));
            in_addr = false;
            continue;
        }
        // `员会`, `局(外国专家局)`: the tail of the name of the record just closed.
        if cur.is_empty() && !starts_with_place(g, tok) && has_institution_suffix(tok) && cjk_count(tok) <= 8 {
            if let Some(prev) = out.last_mut() {
                if !prev.institution.is_empty() && !has_institution_suffix(&prev.institution) {
                    prev.institution.push_str(tok);
                    continue;
                }
            }
        }
        let place = starts_with_place(g, tok);
        let inst_like = (has_institution_suffix(tok) || tok.contains('局') || tok.contains("科学技术")) && !looks_like_address(tok);
        if place && inst_like && cjk_count(tok) >= 4 {
            if !cur.is_empty() {
                out.push(std::mem::replace(&mut cur, Candidate { line, ..Default::default() }));
            }
            cur.institution = tok.to_string();
            in_addr = false;
        } else if place && looks_like_address(tok) {
            if in_addr && !cur.address.is_empty() {
                out.push(std::mem::replace(&mut cur, Candidate { line, ..Default::default() }));
            }
            cur.address.push_str(tok);
            in_addr = true;
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
            if frag && !has_institution_suffix(&prev.institution) && !prev.institution.is_empty() {
                prev.institution.push_str(&c.institution);
                prev.leftover.extend(c.leftover);
                continue;
            }
        }
        merged.push(c);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_phones_and_place_starts() {
        let c = segment(
            "术局(外国专家局) 中心 1 号楼 0313 室 牡丹江市科学技术局(外国专家局) 牡丹江市东安区卧龙街12 号牡丹江市人民 0453-6171764 佳木斯市科学技术局(外国专家局) 佳木斯市长安路 2666 号政府一号楼 1140 0454-8550317",
            114,
        );
        assert_eq!(c.len(), 3);
        assert_eq!(c[1].institution, "牡丹江市科学技术局(外国专家局)");
        assert_eq!(c[1].address, "牡丹江市东安区卧龙街12号牡丹江市人民");
        assert_eq!(c[1].phones, vec!["0453-6171764"]);
        assert_eq!(c[2].address, "佳木斯市长安路2666号政府一号楼1140");
    }

    #[test]
    fn letter_runs_are_noise() {
        let c = segment("金山区科学技术委 金山区蒙山北路 585 号 (外国人工作/居留 D D D D D 021-58603333", 146);
        assert_eq!(c[0].address, "金山区蒙山北路585号(外国人工作/居留");
        assert_eq!(c[0].leftover, vec!["D D D D D"]);
    }

    #[test]
    fn trailing_name_fragment_joins_previous() {
        let c = segment("七台河市科学技术 七台河市桃山区大同街45号党政办公中心 0464-8292721 局(外国专家局)", 122);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].institution, "七台河市科学技术局(外国专家局)");
        assert_eq!(c[0].address, "七台河市桃山区大同街45号党政办公中心");
    }
}
