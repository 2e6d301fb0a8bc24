//! Stable record ids: a hash of the record's content, never of its position, so adding a
//! row elsewhere in a document does not renumber the others.

use xxhash_rust::xxh3::xxh3_64;

use crate::record::Record;
use crate::text::squash;

/// 16 hex digits of XXH3 over province, institution, address and phones (whitespace-free).
/// Identical records get `-2`, `-3` suffixes in document order (see [`crate::normalize`]).
pub fn record_id(r: &Record) -> String {
    let phones: Vec<String> = r.phones.iter().map(|p| p.display()).collect();
    let key = format!("{}\u{1f}{}\u{1f}{}\u{1f}{}", squash(&r.province), squash(&r.institution), squash(&r.address), phones.join(";"));
    format!("{:016x}", xxh3_64(key.as_bytes()))
}
