//! Status remarks printed inside fields (`本窗口自 2019. 4. 1 起撤销`): they describe the
//! point, not its address, so they move to `status` and `notes`.

use crate::record::Status;
use crate::text::squash;

const KEYWORDS: &[(&str, Status)] = &[
    ("撤销", Status::Closed),
    ("已取消", Status::Closed),
    ("停止受理", Status::Closed),
    ("停止办理", Status::Closed),
    ("不再受理", Status::Closed),
    ("已关闭", Status::Closed),
    ("已停用", Status::Closed),
    ("暂未正式提供服务", Status::NotInService),
    ("暂未提供服务", Status::NotInService),
    ("暂停", Status::NotInService),
    ("暂不受理", Status::NotInService),
    ("暂未开放", Status::NotInService),
    ("尚未开通", Status::NotInService),
    ("待开通", Status::NotInService),
    ("即将开通", Status::NotInService),
    ("筹建中", Status::NotInService),
    ("筹备中", Status::NotInService),
    ("协调取消中", Status::Changing),
    ("即将变化", Status::Changing),
    ("即将调整", Status::Changing),
    ("即将变更", Status::Changing),
    ("即将搬迁", Status::Changing),
    // A move (`自2020年3月1日起迁至…1号`): the printed address is changing.
    ("迁至", Status::Changing),
    ("迁址", Status::Changing),
    ("已搬迁", Status::Changing),
    // Last: a keyword above holding one of these says more (`暂停办理` is a pause).
    ("停办", Status::Closed),
    ("不再办理", Status::Closed),
    ("已合并", Status::Closed),
    ("合并至", Status::Closed),
];

/// A field split into what stays and the remark taken out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSplit {
    pub remaining: String,
    pub remark: Option<String>,
    pub status: Status,
}

/// Characters of which every status keyword holds one (and `暂未`, `取消`).
const KEY_CHARS: [char; 12] = ['撤', '消', '暂', '即', '停', '再', '闭', '尚', '待', '筹', '并', '迁'];

/// Whether the text may hold a status word: one pass that rules most fields out.
pub fn may_mention_status(sq: &str) -> bool {
    sq.contains(KEY_CHARS)
}

/// Whether squashed text holds a status keyword (`撤销`, `暂不受理`…).
pub fn mentions_status(sq: &str) -> bool {
    may_mention_status(sq) && KEYWORDS.iter().any(|(k, _)| sq.contains(k))
}

/// Takes a status remark out of a cleaned field. A bracketed remark is cut out; a field
/// that is a remark as a whole (`市本级窗口自2019.4.1起撤销`) becomes empty.
pub fn split_status(field: &str) -> StatusSplit {
    let sq = squash(field);
    // Every keyword holds one of these characters: one pass rules most fields out.
    let found = if mentions_status(&sq) { KEYWORDS.iter().find(|(k, _)| sq.contains(k)) } else { None };
    let Some((kw, status)) = found.filter(|(k, _)| !is_schedule(&sq, k)) else {
        return StatusSplit { remaining: field.to_string(), remark: None, status: Status::Active };
    };
    // Bracketed remark: `…713室(即将变化)`.
    if let Some(open) = field.rfind('(') {
        let close = field[open..].find(')').map(|c| open + c + 1).unwrap_or(field.len());
        let inner = &field[open..close];
        if inner.contains(kw) {
            let remark = inner.trim_start_matches('(').trim_end_matches(')').to_string();
            let remaining = format!("{}{}", &field[..open], &field[close..]).trim().to_string();
            return StatusSplit { remaining, remark: Some(remark), status: *status };
        }
    }
    // A remark printed after the field it speaks of (`长沙市科学技术局本窗口自2019.4.1起撤销`):
    // the field stays when the text before the remark is a whole name or address.
    if let Some(at) = remark_start(field, kw) {
        let (head, remark) = field.split_at(at);
        let remaining = head.trim_end_matches([',', ';', '、', '，', '；']).trim_end().to_string();
        return StatusSplit { remaining, remark: Some(remark.to_string()), status: *status };
    }
    StatusSplit { remaining: String::new(), remark: Some(field.to_string()), status: *status }
}

/// Times a point can be shut at while it serves (`周末停办`, `节假日暂停受理`, `午休暂停服务`):
/// named before a keyword, the remark tells opening hours, not the point's status.
const SCHEDULE_WORDS: &[&str] =
    &["周末", "节假日", "午休", "中午", "周六", "周日", "星期六", "星期日", "双休日", "休息日", "非工作日", "夜间", "晚间", "春节", "国庆"];

/// True when a period of time is named just before the keyword (a few characters between
/// at most): a schedule, not a status.
fn is_schedule(sq: &str, kw: &str) -> bool {
    let Some(at) = sq.find(kw) else { return false };
    let before = &sq[..at];
    SCHEDULE_WORDS.iter().filter_map(|w| before.rfind(w).map(|i| i + w.len())).any(|end| before[end..].chars().count() <= 4)
}

/// Words that open a remark about the point itself (`本窗口…`, `该受理点…`).
const REMARK_OPENERS: &[&str] = &["本窗口", "该窗口", "此窗口", "本受理点", "该受理点", "此受理点", "本服务点", "该服务点"];

/// Where a remark holding `kw` begins after a whole field: at an opener word, at a date
/// (`自2019.4.1起`, `于2020年`), or at the keyword, when the text before it ends like a name
/// (an institution ending other than a window) or an address (`…218号`).
fn remark_start(field: &str, kw: &str) -> Option<usize> {
    let end = field.find(kw)?;
    let before = &field[..end];
    let opener = REMARK_OPENERS.iter().filter_map(|o| before.find(o)).min();
    let dated = before.char_indices().find_map(|(i, c)| {
        let next = before[i + c.len_utf8()..].chars().next();
        (matches!(c, '自' | '于' | '从') && next.is_some_and(|d| d.is_ascii_digit())).then_some(i)
    });
    // Or at the keyword itself, printed right after the field (`…713室 即将变化`, `…713室，暂停受理`).
    let at = opener.into_iter().chain(dated).chain(Some(end)).min().filter(|&i| i > 0)?;
    let head = field[..at].trim_end_matches([',', ';', '、', '，', '；', ' ']);
    let whole_address = head.ends_with(['号', '室', '楼', '层', '座']) && head.bytes().any(|b| b.is_ascii_digit());
    if whole_name(head) || (crate::text::cjk_count(head) >= 4 && whole_address) {
        return Some(at);
    }
    // Or at the window it speaks of, named between a whole name and the date (`杭州市外国专家局
    // 市本级窗口自2019.4.1起撤销`): the name stays, the window goes with the remark.
    let subject = |i: usize| {
        let t = &head[i..];
        t.chars().count() <= 8 && WINDOW_WORDS.iter().any(|w| t.ends_with(w))
    };
    head.char_indices().map(|(i, _)| i).filter(|&i| i > 0).find(|&i| subject(i) && whole_name(&head[..i]))
}

/// Words naming the window or point a remark after a name speaks of (`市本级窗口`).
const WINDOW_WORDS: &[&str] = &["窗口", "受理点", "服务点"];

/// True for a whole institution's name before a remark (an ending other than a window's).
fn whole_name(head: &str) -> bool {
    crate::text::cjk_count(head) >= 4 && crate::classify::has_institution_suffix(head) && !head.ends_with("窗口")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_holds_a_key_char() {
        for k in KEYWORDS.iter().map(|(k, _)| *k).chain(["暂未", "取消"]) {
            assert!(may_mention_status(k), "{k}");
        }
    }

    #[test]
    fn remarks_move_out() {
        let s = split_status("本窗口自2019.4.1起撤销");
        assert_eq!((s.remaining.as_str(), s.status), ("", Status::Closed));
        let s = split_status("福州市长乐区大数据产业园3期13号楼713室(即将变化)");
        assert_eq!(s.remaining, "福州市长乐区大数据产业园3期13号楼713室");
        assert_eq!(s.remark.as_deref(), Some("即将变化"));
        assert_eq!(s.status, Status::Changing);
        assert_eq!(split_status("暂未正式提供服务").status, Status::NotInService);
        // A point being set up is not in service yet; a street named 建设中路 is no remark.
        assert_eq!(split_status("筹建中").status, Status::NotInService);
        assert_eq!(split_status("杭州市一路1号(待开通)").remaining, "杭州市一路1号");
        assert_eq!(split_status("石家庄市建设中路1号").status, Status::Active);
        assert_eq!(split_status("嘉兴市本级窗口目前协调取消中").status, Status::Changing);
        // A move printed after the address: the address as printed stays, the move is a remark.
        let s = split_status("宁波市鄞州区宁穿路2001号(自2020年3月1日起迁至宁波市海曙区1号)");
        assert_eq!((s.remaining.as_str(), s.status), ("宁波市鄞州区宁穿路2001号", Status::Changing));
        assert_eq!(s.remark.as_deref(), Some("自2020年3月1日起迁至宁波市海曙区1号"));
        assert_eq!(split_status("杭州市环城西路33号").status, Status::Active);
        assert_eq!(split_status("该窗口已停止受理业务").status, Status::Closed);
        // A point merged into another is closed as a point of its own.
        let s = split_status("该受理点已合并至嘉兴市行政服务中心");
        assert_eq!((s.remaining.as_str(), s.status), ("", Status::Closed));
        assert_eq!(split_status("嘉兴市南湖区并联审批窗口").status, Status::Active);
        assert_eq!(split_status("该窗口已于2020年1月1日起暂停办理").status, Status::NotInService);
        assert_eq!(split_status("温州市会展路1288号(暂不受理)").remaining, "温州市会展路1288号");
        // A time the point is shut at while it serves is its hours, not its status.
        for hours in ["周末停办", "节假日暂停受理", "(午休暂停服务)", "周六、周日暂停办理"] {
            assert_eq!(split_status(hours).status, Status::Active, "{hours}");
        }
        assert_eq!(split_status("中山路假日酒店3楼(已撤销)").status, Status::Closed);
        assert_eq!(split_status("周末值班窗口,本窗口自2020年起撤销").status, Status::Closed);
        // Place words that share characters with the remarks stay addresses.
        assert_eq!(split_status("人民路停车场旁再就业服务中心").status, Status::Active);
        // A remark after a whole name or address leaves the field; one that is the whole
        // field, or follows a window's name, takes it all.
        let s = split_status("长沙市科学技术局本窗口自2019.4.1起撤销");
        assert_eq!((s.remaining.as_str(), s.remark.as_deref()), ("长沙市科学技术局", Some("本窗口自2019.4.1起撤销")));
        let s = split_status("长沙市岳麓大道218号自2020年1月1日起停止受理");
        assert_eq!((s.remaining.as_str(), s.status), ("长沙市岳麓大道218号", Status::Closed));
        // A remark printed after a whole address without brackets leaves the address.
        for field in ["福州市长乐区大数据产业园3期13号楼713室 即将变化", "福州市长乐区大数据产业园3期13号楼713室，暂停受理"]
        {
            assert_eq!(split_status(field).remaining, "福州市长乐区大数据产业园3期13号楼713室", "{field}");
        }
        let s = split_status("福州市长乐区大数据产业园3期13号楼713室暂未正式提供服务");
        assert_eq!((s.remaining.as_str(), s.remark.as_deref()), ("福州市长乐区大数据产业园3期13号楼713室", Some("暂未正式提供服务")));
        assert_eq!(split_status("市本级窗口自2019.4.1起撤销").remaining, "");
        assert_eq!(split_status("嘉兴市本级窗口目前协调取消中").remaining, "");
        assert_eq!(split_status("杭州市服务窗口自2019.4.1起撤销").remaining, "");
        // A remark about a window of the name before it leaves the name.
        let s = split_status("杭州市外国专家局市本级窗口自2019.4.1起撤销");
        assert_eq!((s.remaining.as_str(), s.remark.as_deref()), ("杭州市外国专家局", Some("市本级窗口自2019.4.1起撤销")));
        for (k, _) in KEYWORDS {
            assert!(k.contains(KEY_CHARS), "{k}");
        }
    }
}
