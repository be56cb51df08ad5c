//! Character references in text that the parser never decoded: a page that
//! escaped its JSON-LD as HTML (`&amp;`, `&#8217;`, `&raquo;`) leaves them
//! in the script's text, which the tokenizer reads raw.
//!
//! Decoded as the HTML standard's tokenizer decodes them in text content,
//! with html5ever's own table of the 2,231 named references and its C1
//! replacements, so a reference means here what it means on the page.

use std::borrow::Cow;

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};

/// `s` with its character references decoded; borrowed when it has none.
pub(crate) fn decode(s: &str) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', s.as_bytes()) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while !rest.is_empty() {
        // `rest` starts with `&` here.
        let used = reference(rest, &mut out);
        rest = &rest[used..];
        let next = memchr::memchr(b'&', rest.as_bytes()).unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    Cow::Owned(out)
}

/// Decodes the reference at the start of `s` (which starts with `&`) into
/// `out`, or writes the `&` itself when there is none; the bytes used.
/// Every byte it steps over is ASCII, so the count is a char boundary.
fn reference(s: &str, out: &mut String) -> usize {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        if let Some((c, used)) = numeric(b) {
            out.push(c);
            return used;
        }
    } else if let Some(((c1, c2), used)) = named(s) {
        out.extend(char::from_u32(c1));
        if c2 != 0 {
            out.extend(char::from_u32(c2));
        }
        return used;
    }
    out.push('&');
    1
}

/// `&#123;` or `&#x7B;` (the `;` may be left out): the character, as the
/// standard maps the number, and the bytes used; `None` without digits.
fn numeric(b: &[u8]) -> Option<(char, usize)> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let digits = b[start.min(b.len())..]
        .iter()
        .take_while(|d| (**d as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    // Saturates: any number past U+10FFFF is as bad as any other.
    let n = b[start..start + digits].iter().fold(0u32, |n, &d| {
        n.saturating_mul(radix)
            .saturating_add((d as char).to_digit(radix).unwrap_or(0))
    });
    let end = start + digits;
    let used = if b.get(end) == Some(&b';') {
        end + 1
    } else {
        end
    };
    Some((numeric_char(n), used))
}

/// The character a numeric reference stands for: U+FFFD for zero, a
/// surrogate or a number past Unicode, the windows-1252 character for a C1
/// control that names one, else the number's own character.
fn numeric_char(n: u32) -> char {
    match n {
        0 | 0xD800..=0xDFFF => '\u{FFFD}',
        0x80..=0x9F => C1_REPLACEMENTS[(n - 0x80) as usize]
            .or_else(|| char::from_u32(n))
            .unwrap_or('\u{FFFD}'),
        n => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

/// The longest named reference at the start of `s` (after its `&`), as the
/// tokenizer matches it: the table holds every prefix of every name, so
/// the match grows a character at a time while some name still fits. Its
/// code points and the bytes used.
fn named(s: &str) -> Option<((u32, u32), usize)> {
    let b = s.as_bytes();
    let mut best = None;
    let mut end = 1;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b';') {
        end += 1;
        match NAMED_ENTITIES.get(&s[1..end]) {
            Some(&(0, _)) => {}
            Some(&points) => best = Some((points, end)),
            None => break,
        }
        if b[end - 1] == b';' {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text html5ever's parser makes of `s` in a paragraph.
    fn parsed(s: &str) -> String {
        let dom = crate::dom::parse(&format!("<p>{s}"));
        let mut text = String::new();
        let mut stack = vec![crate::dom::tree::Dom::DOCUMENT];
        while let Some(id) = stack.pop() {
            if let Some(t) = dom.text(id) {
                text.push_str(t);
            }
            let children: Vec<_> = dom.children(id).collect();
            stack.extend(children.into_iter().rev());
        }
        text
    }

    #[test]
    fn every_name_of_the_table() {
        let names: Vec<(&str, (u32, u32))> = NAMED_ENTITIES
            .entries()
            .filter(|(_, p)| p.0 != 0)
            .map(|(k, p)| (*k, *p))
            .collect();
        assert_eq!(names.len(), 2231, "the standard's table has 2,231 names");
        let mut all = String::new();
        for (name, (c1, c2)) in &names {
            let want: String = [*c1, *c2]
                .into_iter()
                .filter(|&c| c != 0)
                .filter_map(char::from_u32)
                .collect();
            assert_eq!(decode(&format!("&{name}")), want, "&{name}");
            assert_eq!(
                decode(&format!("x&{name}y")),
                format!("x{want}y"),
                "&{name}"
            );
            all.push_str(&format!("&{name}|"));
        }
        // And the parser agrees, all of them in one text.
        assert_eq!(decode(&all), parsed(&all));
    }

    #[test]
    fn numbers_as_the_standard_maps_them() {
        for (s, want) in [
            ("&#0;", "\u{FFFD}"),
            ("&#x0;", "\u{FFFD}"),
            ("&#xD800;", "\u{FFFD}"),
            ("&#xDFFF;", "\u{FFFD}"),
            ("&#x110000;", "\u{FFFD}"),
            ("&#99999999999999999999;", "\u{FFFD}"),
            ("&#x80;", "€"),
            ("&#x81;", "\u{81}"),
            ("&#x9F;", "Ÿ"),
            ("&#150;", "–"),
            ("&#8217;", "’"),
            ("&#x2019", "’"),
            ("&#X2019;x", "’x"),
            ("&#;", "&#;"),
            ("&#x;", "&#x;"),
            ("&#xg;", "&#xg;"),
            ("&", "&"),
            ("&&amp;", "&&"),
        ] {
            assert_eq!(decode(s), want, "{s}");
            assert_eq!(parsed(s), want, "the parser on {s}");
        }
    }

    #[test]
    fn names_match_as_the_tokenizer_matches() {
        for s in [
            "&notit;",
            "&notin;",
            "&not",
            "&amp",
            "&ampx",
            "&amp;;",
            "&AMP;",
            "&Amp;",
            "&fjlig;",
            "&NotEqualTilde;",
            "&CounterClockwiseContourIntegral;",
            "&raquo; ☆☆☆☆☆ - ",
            "Tom &ééééééé wins",
            "& Gebäck,süß,",
            "&é;",
            "&a",
            "&;",
        ] {
            assert_eq!(decode(s), parsed(s), "{s}");
        }
    }

    #[test]
    fn random_text_decodes_as_the_parser_decodes_it() {
        const PIECES: &[&str] = &[
            "&", "#", "x", "X", ";", "amp", "lt", "not", "in", "it", "0", "9", "1", "2", "8", "a",
            "F", "é", "☆", "😀", " ", "raquo", "nbsp", "D800", "80", "ffff", "10FFFF",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5_000 {
            let n = 1 + crate::xorshift(&mut state) % 12;
            let s: String = (0..n)
                .map(|_| PIECES[(crate::xorshift(&mut state) % PIECES.len() as u64) as usize])
                .collect();
            assert_eq!(decode(&s), parsed(&s), "{s:?}");
        }
    }
}
