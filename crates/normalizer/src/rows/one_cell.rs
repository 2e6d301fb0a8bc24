//! A row whose text sits in one cell (flagged garbled for its length, or the one field
//! cell): read as the fields it holds when they part clearly, a name and its address, an
//! address and its numbers, a whole record; left to the garbled-page rules otherwise.

use super::{continuation, name_and_address_at_break, only_field, split_off_phone, two_names_joined, two_whole_names, Frag, Split};
use crate::gazetteer::Gazetteer;
use crate::text::squash;

/// Reads a row's one garbled cell, or its one field cell holding a whole record, as the
/// fields it holds; `section_province` is the province of the section the row is in.
pub(super) fn read_one_cell(f: &mut Frag, section_province: Option<usize>) {
    // One cell flagged garbled for two names' worth of text that is a name and its
    // address set apart by a printed line break (`萍乡市人力资源和社会保障局<br>萍乡
    // 市人民政府办证大厅`).
    // So is one flagged for its length beside the row's own numbers, when it parts
    // into one name and one address that reads as no more than one (`重庆市科技局
    // 重庆市渝北区新溉大道2号 重庆生产力大厦…`: the rule between the cells lost).
    if let ([cell], None, None) = (f.garbled.as_slice(), &f.inst, &f.addr) {
        let province = section_province;
        // (A cell with four words or more ending like a name holds more than a
        // name and its address: not tried, unless the row has one number, as one
        // record does: `朝阳市科学技术局 (朝阳市外国专家 局) …1号B座 朝阳市政务服务
        // 中心 二楼…窗口`.)
        let few_words = || match continuation::name_words(cell) {
            ..=3 => true,
            // (A record's name and address, not a page run together: short.)
            4 => f.one_number() && cell.chars().count() <= 100,
            _ => false,
        };
        let split = match crate::text::split_at_line_break(cell) {
            Some(_) => continuation::split_mixed(cell, province),
            None if f.phone.is_some() && few_words() => continuation::split_mixed(cell, province).filter(|(_, addr)| {
                let a = crate::classify::classify(addr);
                !a.garbled && a.phone_count == 0
            }),
            None => None,
        };
        // Both parts read like names, but the row has one number: one point, its
        // name and (named like an office) its address, not two points.
        let one_number = f.one_number();
        // (Two whole names parted by a space alone, `萍乡市人力资源和社会保障局 萍乡市
        // 人民政府办证大厅`, likewise: the rule between the cells lost.)
        let lenient = || {
            let at_break = name_and_address_at_break(cell).map(|s| (s, "a printed line break parts"));
            one_number.then(|| at_break.or_else(|| two_whole_names(cell).map(|s| (s, "a space parts")))).flatten()
        };
        if let Some((name, addr)) = split {
            f.split = Some(Split::cell(cell.clone()));
            (f.inst, f.addr) = (Some(name), Some(addr));
            f.garbled.clear();
        } else if let Some(((name, addr), parted)) = lenient() {
            f.split = Some(Split::doubtful(
                cell.clone(),
                format!(
                    "{parted} a name from text that reads like another name; with one phone in the row, read as the name and its address"
                ),
            ));
            (f.inst, f.addr) = (Some(name), Some(addr));
            f.garbled.clear();
        }
    }
    // One cell flagged garbled for two whole names (`温州市科学技术局<br>温州市行政
    // 审批服务中心`) in a row with an address and one number of its own: one point's
    // name, the office and where its window is, as the rest of the row says (not a
    // garbled page's fragments, which would leave the point with no name).
    if let ([cell], None, Some(addr), true) = (f.garbled.as_slice(), &f.inst, &f.addr, f.one_number()) {
        let spaced = crate::text::split_at_line_break(cell).map_or_else(|| cell.clone(), |(a, b)| format!("{a} {b}"));
        // (An address cell naming two places, `石家庄市…39 号 唐山市…2 号`, may be two
        // records' addresses: left to the garbled-cell rules.)
        let g = Gazetteer::get();
        let places = addr.split_whitespace().filter(|t| g.place_at_start(&squash(t)).is_some_and(|m| !m.short)).count();
        if places <= 1
            && two_whole_names(&spaced).or_else(|| two_names_joined(&spaced)).is_some()
            && !crate::classify::classify(addr).garbled
        {
            f.split = Some(Split::doubtful(
                cell.clone(),
                "two whole names in the name cell of a row with its own address and one number: read as one point's name".to_string(),
            ));
            f.inst = Some(cell.clone());
            f.garbled.clear();
        }
    }
    // One cell flagged garbled beside the row's own name, the row holding no address
    // or phone: its address and numbers run together when the rule between their
    // cells was lost (`定州市中山中路科学技术局304室外国专家科 0312-…`: a building's
    // office named in the address reads as a second name), whenever the text before
    // the first number holds none and everything after it reads as phones.
    if let ([cell], Some(_), None, None) = (f.garbled.as_slice(), &f.inst, &f.addr, &f.phone) {
        if let Some((addr, phones)) = continuation::split_address_beside_name(cell) {
            f.split = Some(Split::cell(cell.clone()));
            f.garbled.clear();
            f.addr = Some(addr);
            f.phone = Some((phones, false));
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
        let province = printed.as_ref().and_then(|p| p.1.province).or(section_province);
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
    // One text cell beside the row's number holding a name cut before its ending and its
    // address (`中国天津人力资源 天津市河西区九龙路 58 号`: the rule between the cells lost,
    // the name's rest on the next page): the name's head and the address.
    if let (true, Some(text), true) = (f.garbled.is_empty(), f.inst.clone().xor(f.addr.clone()), f.phone.is_some()) {
        if let Some((name, addr)) = continuation::split_name_head_and_address(&text) {
            f.split = Some(Split::cell(text));
            (f.inst, f.addr) = (Some(name), Some(addr));
        }
    }
    // A row whose one field cell holds a whole record, labelled or set apart by
    // marks (`| 1 | 杭州市科学技术局，地址：…，电话：0571-… |`: a table of one
    // column per record), read as its three fields.
    if let (true, Some(text)) = (f.garbled.is_empty(), only_field(f)) {
        let province = section_province;
        let spaced = text.replace(['；', ';'], " ");
        let whole = continuation::split_labelled_record(&text).or_else(|| continuation::split_whole_record(&spaced, province));
        if let Some((name, addr, phones)) = whole.filter(|_| crate::classify::count_phones(&text) >= 1) {
            f.split = Some(Split::cell(text.clone()));
            f.inst = Some(name);
            f.addr = Some(addr);
            f.phone = Some((phones, false));
        }
    }
}

/// Parts the fields a row ran together, when its records could not be told apart side by
/// side: a name and its address in one cell, an address and its numbers in the phone's, a
/// name or an address and its phone. True when a field was parted (the row is read for
/// records side by side again).
pub(super) fn part_run_together(f: &mut Frag, section_province: Option<usize>) -> bool {
    // One cell holding a name and an address.
    let mut resplit = false;
    if f.inst.is_some() != f.addr.is_some() {
        let text = f.inst.clone().or_else(|| f.addr.clone()).unwrap_or_default();
        let province = section_province;
        let split = continuation::split_name_bracketed_address(&text).or_else(|| continuation::split_mixed(&text, province));
        // Two whole names, each opening with a place, in the name cell of a row with
        // no address and one number: one point, its name and (named like an office)
        // its address, the rule between their cells lost.
        let office_address = || (f.one_number() && f.inst.is_some()).then(|| two_whole_names(&text)).flatten();
        if let Some((name, addr)) = split {
            f.inst = Some(name);
            f.addr = Some(addr);
            f.split = Some(Split::cell(text));
            resplit = true;
        } else if let Some((name, addr)) = office_address() {
            f.inst = Some(name);
            f.addr = Some(addr);
            f.split = Some(Split::doubtful(
                text,
                "two whole names in the name cell of a row with no address and one number: read as the name and its address".to_string(),
            ));
            resplit = true;
        }
    }
    // A phone cell holding an address and its numbers beside a row's "address" that
    // names no road and no number (`武汉市自贸区 | 武汉市高新大道777号… 027-…`): the
    // name, its own cell read as an address for its zone word.
    if let (None, Some(a), Some((p, from_number))) = (&f.inst, &f.addr, &f.phone) {
        let bare = !a.contains(['路', '街', '道', '巷', '弄', '号']) && !a.bytes().any(|b| b.is_ascii_digit());
        if let Some((addr, phones)) = continuation::split_address_phone(p).filter(|_| bare) {
            let printed = format!("{a} | {p}");
            (f.inst, f.addr, f.phone) = (Some(a.clone()), Some(addr), Some((phones, *from_number)));
            f.split = Some(Split::cell(printed));
            resplit = true;
        }
    }
    // A phone cell opening with a name under a `受理机构及电话` caption, in a row whose one
    // other text was read as a name (`朔州市科学技术局农村社会科 0349-… | 朔州市朔城区市府街
    // 市政府三楼科学技术局`, an office named at the end of the address): the caption says
    // which is the name, and the other text is the address.
    if let (true, Some(other), None, Some((p, from_number))) = (f.name_phone_column, &f.inst, &f.addr, &f.phone) {
        if let Some((name, phones)) = continuation::split_unlabelled_name_phone(p) {
            f.split = Some(Split::cell(p.clone()));
            (f.inst, f.addr, f.phone) = (Some(name), Some(other.clone()), Some((phones, *from_number)));
            resplit = true;
        }
    }
    // One cell holding a name, or an address, and its phone: two fields. (A phone cell
    // opening with a name, in a row with no address, holds it only with no name elsewhere
    // on the row and no colon after it: `杭州市外国专家局 0571-… 0571-…` under a
    // `受理机构及电话` caption, not the label `市政务服务中心: 0898-…`.)
    let has_addr = f.addr.is_some();
    if f.name_phone_column && f.inst.is_none() {
        resplit |= split_off_phone(&mut f.inst, &mut f.phone, &mut f.split, true, continuation::split_captioned_name_phone);
    }
    if has_addr {
        resplit |= split_off_phone(&mut f.inst, &mut f.phone, &mut f.split, true, continuation::split_name_phone);
    } else {
        let no_name = f.inst.is_none();
        resplit |= split_off_phone(&mut f.inst, &mut f.phone, &mut f.split, no_name, continuation::split_unlabelled_name_phone);
    }
    let split_address = if f.inst.is_some() { continuation::split_address_beside_name } else { continuation::split_address_phone };
    resplit |= split_off_phone(&mut f.addr, &mut f.phone, &mut f.split, true, split_address);
    resplit
}
