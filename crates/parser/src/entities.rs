//! HTML character references (`&amp;`, `&nbsp;`, `&#21271;`), as OCR exporters write them
//! in HTML tables and in markdown cells alike.

use std::borrow::Cow;

/// Decodes the entities HTML exporters actually emit (text without `&` is borrowed).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let window: String = rest.chars().take(12).collect();
        let end = window.find(';');
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let ch = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32),
                _ if ent.starts_with('#') => ent[1..].parse::<u32>().ok().and_then(char::from_u32),
                _ => None,
            };
            ch.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_never_split_characters() {
        assert_eq!(decode_entities("&3𖫀Ό;x"), "&3𖫀Ό;x");
        assert_eq!(decode_entities("&#21271;&amp;&nbsp;"), "北& ");
    }

    #[test]
    fn text_without_references_is_borrowed() {
        assert!(matches!(decode_entities("北京市"), Cow::Borrowed(_)));
        assert_eq!(decode_entities("a &unknown; b"), "a &unknown; b");
    }
}
