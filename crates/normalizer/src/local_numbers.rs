//! Local numbers printed without their area code where the cell or the column's caption
//! states it once (`区号：0571`).

use crate::gazetteer::Gazetteer;

/// The area code a phone cell states for its numbers (`（区号0571）`, `区号：0571`): the
/// code, the statement as printed, and the cell without it. `None` when the cell states no
/// code, or one the area-code table does not know.
pub(crate) fn stated_area_code(cell: &str) -> Option<(String, String, String)> {
    let at = cell.find("区号")?;
    let after = &cell[at + "区号".len()..];
    let skip = after.len() - after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：')).len();
    let digits = after[skip..].bytes().take_while(u8::is_ascii_digit).count();
    let area = &after[skip..skip + digits];
    if !(3..=4).contains(&digits) || !area.starts_with('0') || Gazetteer::get().area(area).is_empty() {
        return None;
    }
    let mut end = at + "区号".len() + skip + digits;
    let mut start = at;
    let before = cell[..start].trim_end();
    let after_code = cell[end..].trim_start();
    if let (Some(open), Some(close)) = (before.chars().next_back(), after_code.chars().next()) {
        if matches!((open, close), ('(', ')') | ('（', '）') | ('(', '）') | ('（', ')')) {
            start = before.len() - open.len_utf8();
            end = cell.len() - after_code.len() + close.len_utf8();
        }
    }
    let rest = format!("{} {}", cell[..start].trim_end(), cell[end..].trim_start());
    Some((area.to_string(), cell[start..end].to_string(), rest.trim().to_string()))
}

/// The note prefix of an area code a row takes from the 区号 cell above its empty one; the
/// record's finishing reads it as the 区号 column's and says where it came from.
pub(crate) const AREA_CODE_ABOVE: &str = "区号 (above): ";

/// Whether an area code may be the one of a text's place: the text names no city, or one
/// the code serves.
pub(crate) fn may_serve(area: &str, text: &str) -> bool {
    let g = Gazetteer::get();
    g.resolve(text, None, &[]).prefecture.is_none_or(|city| g.area(area).iter().any(|e| e.prefecture_code == g.div(city).code))
}

/// The phone cell with `area` put before each local number that opens the cell or follows
/// a label (`3026880`, `电话:3026880 传真:3026881`): 7 or 8 digits, not starting with 0 or 1.
/// Numbers after a separator (`2826160、2826161`) are shorthand the phone parser expands.
/// `None` when no number is led.
pub(crate) fn lead_local_numbers(cell: &str, area: &str) -> Option<String> {
    let cell = cell.trim_start();
    let mut out = String::with_capacity(cell.len() + 2 * (area.len() + 1));
    let mut led = false;
    let mut prev: Option<char> = None;
    let mut rest = cell;
    while let Some(c) = rest.chars().next() {
        let run = rest.bytes().take_while(u8::is_ascii_digit).count();
        let opens = prev.is_none() || matches!(prev, Some(':' | '：'));
        if run > 0 && (7..=8).contains(&run) && !rest.starts_with(['0', '1']) && opens {
            out.push_str(area);
            out.push('-');
            led = true;
        }
        let take = if run > 0 { run } else { c.len_utf8() };
        out.push_str(&rest[..take]);
        if !rest[..take].trim().is_empty() {
            prev = rest[..take].chars().rev().find(|c| !c.is_whitespace());
        }
        rest = &rest[take..];
    }
    led.then_some(out)
}
