//! Byte-to-text decoding: UTF-16 with its BOM, UTF-8 (BOM or not), else GB18030, else a
//! clear error.

use std::borrow::Cow;

use crate::ParseError;

/// Decodes a text document. Chinese government documents still circulate in GBK, which
/// GB18030 is a superset of, so that is the one fallback tried.
pub fn decode_text(path: &str, bytes: &[u8]) -> Result<String, ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::Empty { path: path.to_string() });
    }
    // UTF-16 announced by its BOM, as Windows tools save "Unicode text": its ASCII holds NUL
    // bytes, so it is decoded before the binary check, which then applies to its text.
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((encoding_rs::UTF_16LE, rest)),
        [0xFE, 0xFF, rest @ ..] => Some((encoding_rs::UTF_16BE, rest)),
        _ => None,
    };
    if let Some((encoding, rest)) = utf16 {
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(rest)
            .ok_or_else(|| ParseError::Encoding { path: path.to_string() })?;
        return match text.find('\0') {
            Some(offset) => Err(ParseError::Binary { path: path.to_string(), offset: 2 + offset }),
            None if text.trim().is_empty() => Err(ParseError::Empty { path: path.to_string() }),
            None => Ok(text.into_owned()),
        };
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ParseError::Binary { path: path.to_string(), offset });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if s.trim().is_empty() {
            return Err(ParseError::Empty { path: path.to_string() });
        }
        return Ok(s.to_string());
    }
    match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(Cow::Borrowed(s)) => Ok(s.to_string()),
        Some(Cow::Owned(s)) if !looks_like_noise(&s) => Ok(s),
        _ => Err(ParseError::Encoding { path: path.to_string() }),
    }
}

/// GB18030 maps almost every byte sequence to some character, so random bytes "decode";
/// real GBK text is mostly common CJK, ASCII and punctuation. Reject text where control
/// characters or private-use/rare code points are frequent.
fn looks_like_noise(s: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in s.chars() {
        total += 1;
        let u = c as u32;
        let common = c.is_ascii_graphic()
            || c.is_whitespace()
            || (0x4E00..=0x9FFF).contains(&u)
            || (0x3000..=0x303F).contains(&u)
            || (0xFF00..=0xFFEF).contains(&u)
            || (0x2000..=0x206F).contains(&u);
        if !common {
            odd += 1;
        }
    }
    total == 0 || odd * 5 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text("a", "| 北京 |".as_bytes()).unwrap(), "| 北京 |");
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("| 北京 |".as_bytes());
        assert_eq!(decode_text("a", &b).unwrap(), "| 北京 |");
    }

    #[test]
    fn utf16_with_its_bom_is_decoded() {
        let text = "| 1 | 北京 | 海淀区人力资源公共服务中心 | 010-89150841 |\n";
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode_text("a", &le).unwrap(), text);
        assert_eq!(decode_text("a", &be).unwrap(), text);
        // A lone surrogate is no text; a BOM alone is an empty file.
        assert!(matches!(decode_text("a", &[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), Err(ParseError::Encoding { .. })));
        assert!(matches!(decode_text("a", &[0xFF, 0xFE]), Err(ParseError::Empty { .. })));
        assert!(matches!(decode_text("a", &[0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]), Err(ParseError::Binary { .. })));
    }

    #[test]
    fn gbk_is_decoded() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("| 1 | 北京 | 海淀区人力资源公共服务中心 |\n");
        assert_eq!(decode_text("a", &bytes).unwrap(), "| 1 | 北京 | 海淀区人力资源公共服务中心 |\n");
    }

    #[test]
    fn binary_empty_and_garbage_are_errors() {
        assert!(matches!(decode_text("a", b""), Err(ParseError::Empty { .. })));
        assert!(matches!(decode_text("a", b" \n "), Err(ParseError::Empty { .. })));
        assert!(matches!(decode_text("a", b"ab\0cd"), Err(ParseError::Binary { .. })));
        // 0xFF is never a valid byte in GB18030.
        let garbage: Vec<u8> = (0..400u32).map(|i| [0x80u8, 0xFF, 0x81, 0x30, 0xFE][(i % 5) as usize]).collect();
        let e = decode_text("x.md", &garbage).unwrap_err();
        assert!(e.to_string().contains("x.md"));
    }
}
