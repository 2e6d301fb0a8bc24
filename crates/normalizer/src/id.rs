//! Stable record ids: a hash of the record's content, never of its position, so adding a
//! row elsewhere in a document does not renumber the others.

use xxhash_rust::xxh3::xxh3_64;

use crate::record::Record;

/// 16 hex digits of XXH3 over province, institution, address and phones (whitespace-free).
/// Identical records get `-2`, `-3` suffixes in document order (see [`crate::normalize`]).
pub fn record_id(r: &Record) -> String {
    // The key is built in one buffer: this runs once per record of every document.
    let mut key = String::with_capacity(r.province.len() + r.institution.len() + r.address.len() + 16 * r.phones.len() + 3);
    for (i, field) in [r.province, r.institution.as_str(), r.address.as_str()].into_iter().enumerate() {
        if i > 0 {
            key.push('\u{1f}');
        }
        key.push_str(&crate::text::squash(field));
    }
    key.push('\u{1f}');
    for (i, p) in r.phones.iter().enumerate() {
        if i > 0 {
            key.push(';');
        }
        p.push_display(&mut key);
    }
    // `{:016x}` by hand: the formatting machinery cost a fifth of this function.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let h = xxh3_64(key.as_bytes());
    (0..16).rev().map(|i| char::from(HEX[((h >> (4 * i)) & 0xF) as usize])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::squash;

    #[test]
    fn the_key_is_the_squashed_fields_and_phones() {
        let n = crate::normalize(
            &parser::markdown::parse_markdown("t.md", "| 1 | 北京市 | A 局 | Room 301 Tower B | 010-89150841 转 3 010-89150842 |\n")
                .unwrap(),
        );
        let r = &n.records[0];
        let phones: Vec<String> = r.phones.iter().map(|p| p.display()).collect();
        let key = format!("{}\u{1f}{}\u{1f}{}\u{1f}{}", squash(r.province), squash(&r.institution), squash(&r.address), phones.join(";"));
        assert_eq!(record_id(r), format!("{:016x}", xxh3_64(key.as_bytes())));
        assert_eq!(phones, ["010-89150841-3", "010-89150842"]);
    }
}
