//! Bytes to UTF-8: byte order mark, the caller's hint, `<meta charset>`,
//! UTF-8, windows-1252, in that order.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How far into the page a `<meta>` charset declaration is looked for. The
/// HTML standard's prescan stops at 1024 bytes; real pages often put the
/// declaration after a long `<head>` preamble, so we look further.
const META_SCAN_BYTES: usize = 4096;

/// Decodes `bytes` to UTF-8, replacing invalid sequences with U+FFFD.
pub(crate) fn decode<'a>(bytes: &'a [u8], hint: Option<&str>) -> Cow<'a, str> {
    let encoding = sniff(bytes, hint);
    // `decode` strips a BOM that matches the chosen encoding.
    let (text, _, _) = encoding.decode(bytes);
    text
}

/// Chooses the encoding of `bytes`.
pub(crate) fn sniff(bytes: &[u8], hint: Option<&str>) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    if let Some(encoding) = hint.and_then(|h| Encoding::for_label(h.trim().as_bytes())) {
        return ascii_compatible(encoding);
    }
    let utf8 = std::str::from_utf8(bytes);
    let valid_utf8 = utf8.is_ok();
    if let Some(encoding) = meta_charset(&bytes[..bytes.len().min(META_SCAN_BYTES)]) {
        // A page that declares a legacy single-byte encoding but whose bytes
        // are valid UTF-8 with multi-byte sequences was saved as UTF-8 and
        // never updated its declaration: legacy text is almost never valid
        // multi-byte UTF-8 by accident.
        let saved_as_utf8 = valid_utf8 && encoding.is_single_byte() && !bytes.is_ascii();
        return if saved_as_utf8 {
            UTF_8
        } else {
            ascii_compatible(encoding)
        };
    }
    if valid_utf8 {
        return UTF_8;
    }
    // A page cut off in the middle of a multi-byte character is still UTF-8.
    if let Err(e) = utf8 {
        if e.error_len().is_none() && e.valid_up_to() > 0 {
            return UTF_8;
        }
    }
    WINDOWS_1252
}

/// A page that declares UTF-16 in ASCII bytes is not UTF-16; the HTML
/// standard reads such a declaration as UTF-8.
fn ascii_compatible(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else {
        encoding
    }
}

/// Finds `charset=` inside a `<meta` tag: `<meta charset="x">` and
/// `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut rest = head;
    while let Some(at) = find_ci(rest, b"<meta") {
        rest = &rest[at + 5..];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(c) = find_ci(tag, b"charset") {
            let value = tag[c + 7..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .skip_while(|&&b| b == b'=')
                .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                .take_while(|b| {
                    !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
                })
                .copied()
                .collect::<Vec<u8>>();
            if let Some(encoding) = Encoding::for_label(&value) {
                return Some(encoding);
            }
        }
        rest = &rest[end..];
    }
    None
}

fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_everything() {
        let bytes = b"\xEF\xBB\xBF<meta charset=windows-1252><p>\xC3\xA9</p>";
        assert_eq!(sniff(bytes, Some("iso-8859-2")), UTF_8);
        assert_eq!(decode(bytes, None), "<meta charset=windows-1252><p>é</p>");
    }

    #[test]
    fn hint_wins_over_meta() {
        let bytes = b"<meta charset=utf-8><p>\xE9</p>";
        assert_eq!(sniff(bytes, Some(" ISO-8859-1 ")).name(), "windows-1252");
    }

    #[test]
    fn unknown_hint_is_ignored() {
        assert_eq!(
            sniff(b"<meta charset=koi8-r>", Some("x-no-such")).name(),
            "KOI8-R"
        );
    }

    #[test]
    fn meta_http_equiv() {
        let bytes = br#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">"#;
        assert_eq!(sniff(bytes, None).name(), "Shift_JIS");
    }

    #[test]
    fn valid_utf8_beats_a_legacy_meta_declaration() {
        let bytes = "<meta charset=iso-8859-1><p>café</p>".as_bytes();
        assert_eq!(sniff(bytes, None), UTF_8);
        assert_eq!(
            sniff(b"<meta charset=iso-8859-1><p>caf\xe9</p>", None).name(),
            "windows-1252"
        );
        // The caller's hint is still believed.
        assert_eq!(sniff(bytes, Some("iso-8859-1")).name(), "windows-1252");
    }

    #[test]
    fn meta_utf16_means_utf8() {
        assert_eq!(sniff(b"<meta charset='utf-16'>", None), UTF_8);
    }

    #[test]
    fn undeclared_non_utf8_is_windows_1252() {
        assert_eq!(
            decode(b"<p>na\xEFve \x93quoted\x94</p>", None),
            "<p>naïve \u{201c}quoted\u{201d}</p>"
        );
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        assert_eq!(sniff(b"<p>caf\xC3", None), UTF_8);
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = b"\xFF\xFE<\0p\0>\0h\0i\0";
        assert_eq!(decode(bytes, None), "<p>hi");
    }
}
