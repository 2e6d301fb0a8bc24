//! `points.json` and `findings.json` elements, written by hand in serde_json's pretty
//! format (two-space indent), byte for byte: the two contracts are fixed, and generic
//! serialization was a fifth of the writer's work. A test holds the bytes to serde_json's
//! output of the same rows ([`crate::columns`] stays the one definition of the fields).

use std::io::{self, Write};

use crate::columns::{FindingRow, PhoneCell, PointRow};

/// Spaces for indentation; levels here never go past 3.
const SPACES: &[u8; 16] = b"                ";

fn indent<W: Write>(w: &mut W, level: usize) -> io::Result<()> {
    w.write_all(&SPACES[..2 * level])
}

/// A JSON string, escaped as serde_json escapes it: `"`, `\`, and control characters
/// (`\b \t \n \f \r`, others as `\u00XX`); everything else as is.
fn string<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    let b = s.as_bytes();
    w.write_all(b"\"")?;
    // Most text needs no escape: one branch-free pass (it vectorizes) says so.
    if !b.iter().fold(false, |any, &c| any | (c < 0x20) | (c == b'"') | (c == b'\\')) {
        w.write_all(b)?;
        return w.write_all(b"\"");
    }
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0C => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1F => {
                w.write_all(&b[start..i])?;
                const HEX: &[u8; 16] = b"0123456789abcdef";
                w.write_all(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 0xF) as usize]])?;
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        w.write_all(&b[start..i])?;
        w.write_all(esc)?;
        start = i + 1;
    }
    w.write_all(&b[start..])?;
    w.write_all(b"\"")
}

fn number<W: Write>(w: &mut W, n: u32) -> io::Result<()> {
    w.write_all(itoa::Buffer::new().format(n).as_bytes())
}

fn opt_string<W: Write>(w: &mut W, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => string(w, s),
        None => w.write_all(b"null"),
    }
}

/// Writes the fields of an object at `level` (its braces at `level`, fields one deeper).
struct Object<'w, W: Write> {
    w: &'w mut W,
    level: usize,
    first: bool,
}

impl<'w, W: Write> Object<'w, W> {
    fn open(w: &'w mut W, level: usize) -> io::Result<Self> {
        w.write_all(b"{")?;
        Ok(Object { w, level, first: true })
    }

    /// Starts a field: separator, indent, key (one of ours: nothing to escape); the
    /// caller writes the value.
    fn key(&mut self, k: &'static str) -> io::Result<&mut W> {
        debug_assert!(!k.bytes().any(|c| c < 0x20 || c == b'"' || c == b'\\'));
        self.w.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        indent(self.w, self.level + 1)?;
        self.w.write_all(b"\"")?;
        self.w.write_all(k.as_bytes())?;
        self.w.write_all(b"\": ")?;
        Ok(self.w)
    }

    fn str(&mut self, k: &'static str, v: &str) -> io::Result<()> {
        let w = self.key(k)?;
        string(w, v)
    }

    fn opt(&mut self, k: &'static str, v: Option<&str>) -> io::Result<()> {
        let w = self.key(k)?;
        opt_string(w, v)
    }

    fn close(self) -> io::Result<()> {
        if !self.first {
            self.w.write_all(b"\n")?;
            indent(self.w, self.level)?;
        }
        self.w.write_all(b"}")
    }
}

/// An array at `level` of items each written by `item` (which gets the item's level).
fn array<W: Write, T>(w: &mut W, level: usize, items: &[T], mut item: impl FnMut(&mut W, usize, &T) -> io::Result<()>) -> io::Result<()> {
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[")?;
    for (i, x) in items.iter().enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        indent(w, level + 1)?;
        item(w, level + 1, x)?;
    }
    w.write_all(b"\n")?;
    indent(w, level)?;
    w.write_all(b"]")
}

fn phone<W: Write>(w: &mut W, level: usize, p: &PhoneCell<'_>) -> io::Result<()> {
    let mut o = Object::open(w, level)?;
    o.str("number", p.number)?;
    o.opt("extension", p.extension)?;
    o.str("e164", p.e164)?;
    o.opt("label", p.label)?;
    o.str("kind", p.kind)?;
    o.close()
}

/// One element of `points.json`, as an element of the top-level array (level 1).
pub fn point<W: Write>(w: &mut W, r: &PointRow<'_>) -> io::Result<()> {
    const LEVEL: usize = 1;
    let mut o = Object::open(w, LEVEL)?;
    o.str("id", r.id)?;
    o.str("province", r.province)?;
    o.opt("province_code", r.province_code)?;
    o.opt("city", r.city)?;
    o.opt("city_code", r.city_code)?;
    o.opt("district", r.district)?;
    o.opt("district_code", r.district_code)?;
    o.str("institution", r.institution)?;
    o.str("address", r.address)?;
    o.str("address_full", r.address_full)?;
    array(o.key("phones")?, LEVEL + 1, &r.phones, phone)?;
    o.key("joint_permit")?.write_all(if r.joint_permit { b"true" } else { b"false" })?;
    o.str("status", r.status)?;
    array(o.key("notes")?, LEVEL + 1, r.notes, |w, _, s| string(w, s))?;
    array(o.key("flags")?, LEVEL + 1, &r.flags, |w, _, s| string(w, s))?;
    o.str("source_file", r.source_file)?;
    array(o.key("source_lines")?, LEVEL + 1, r.source_lines, |w, _, l| number(w, *l))?;
    o.close()
}

/// One element of `findings.json` (level 1).
pub fn finding<W: Write>(w: &mut W, f: &FindingRow<'_>) -> io::Result<()> {
    let mut o = Object::open(w, 1)?;
    o.str("code", f.code)?;
    o.str("severity", f.severity)?;
    o.str("record_id", f.record_id)?;
    o.str("field", f.field)?;
    o.str("source_file", f.source_file)?;
    number(o.key("line_start")?, f.line_start)?;
    number(o.key("line_end")?, f.line_end)?;
    o.str("before", f.before)?;
    o.str("after", f.after)?;
    o.str("message", f.message)?;
    o.close()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's pretty form of a value as an element of a top-level array.
    fn serde_element<T: serde::Serialize>(v: &T) -> String {
        let s = serde_json::to_string_pretty(&[v]).unwrap();
        // `[\n  {...}\n]`: the element with its indentation, as written in the file.
        s["[\n  ".len()..s.len() - "\n]".len()].to_string()
    }

    fn ours(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        write(&mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn points_and_findings_match_serde_json_on_the_seed() {
        let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
        let n = normalizer::normalize(&parser::markdown::parse_markdown("seed.md", &md).unwrap());
        for r in &n.records {
            let row = PointRow::from(r);
            assert_eq!(ours(|w| point(w, &row)), serde_element(&row));
        }
        for f in &n.findings {
            let row = FindingRow::from(f);
            assert_eq!(ours(|w| finding(w, &row)), serde_element(&row));
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        for s in ["", "plain 中文", "quote \" and \\ backslash", "\u{7f}\u{2028}/", every_control.as_str(), "a\"\"b\\\\"] {
            assert_eq!(ours(|w| string(w, s)), serde_json::to_string(s).unwrap());
        }
    }
}
