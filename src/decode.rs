//! Bytes to UTF-8: byte order mark, UTF-16 without one, the caller's hint,
//! `<meta charset>`, UTF-8, and for the rest Firefox's guess (`chardetng`),
//! in that order; and the check that refuses input that is not text at
//! all.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::error::BinaryKind;
use crate::text::find_ci;

/// How far into the page a `<meta>` charset declaration is looked for. The
/// HTML standard's prescan stops at 1024 bytes; real pages often put the
/// declaration after a long `<head>` preamble, so we look further.
const META_SCAN_BYTES: usize = 4096;

/// A page with at least this many C1 control characters (U+0080–U+009F)
/// is taken to be UTF-8 encoded twice (see [`repair_double_encoding`]).
/// Text never uses C1 controls; one or two can be stray bytes.
const DOUBLE_ENCODED_MIN_MARKS: usize = 3;

/// What the caller knows of a page's encoding: the charset its server
/// declared, and the top-level domain it came from (`b"ru"`), which helps
/// guess an undeclared one.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Hints<'a> {
    pub(crate) charset: Option<&'a str>,
    pub(crate) tld: Option<&'a [u8]>,
}

/// Decodes `bytes` to UTF-8, replacing invalid sequences with U+FFFD, and
/// undoes a second encoding (see [`repair_double_encoding`]); with the text,
/// the encoding it was read in.
pub(crate) fn decode<'a>(bytes: &'a [u8], hints: Hints) -> (Cow<'a, str>, &'static Encoding) {
    let (encoding, utf8) = sniff_utf8(bytes, hints);
    // Valid UTF-8 without a BOM is the text as it is: validated once, by
    // the sniffing. Otherwise `decode` replaces what is invalid, and strips
    // a BOM that matches the chosen encoding.
    let text = match utf8 {
        Some(text) if encoding == UTF_8 => Cow::Borrowed(text),
        _ => encoding.decode(bytes).0,
    };
    let text = match repair_double_encoding(&text) {
        Some(repaired) => Cow::Owned(repaired),
        None => text,
    };
    (text, encoding)
}

/// Repairs text that was UTF-8 encoded twice: its UTF-8 bytes read as
/// Latin-1 and encoded again, so that `’` (E2 80 99) reads `â` followed by
/// two C1 controls. Such a page carries many C1 controls, which real text
/// never does; on such a page (at least [`DOUBLE_ENCODED_MIN_MARKS`] of
/// them) every run of a UTF-8 lead character (U+00C2–U+00F4) and its
/// continuation characters (U+0080–U+00BF) that decodes to one character
/// is replaced by it. `None` when there is nothing to repair.
fn repair_double_encoding(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    // A C1 control is C2 80..=9F in UTF-8.
    let marks = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
        .take(DOUBLE_ENCODED_MIN_MARKS)
        .count();
    if marks < DOUBLE_ENCODED_MIN_MARKS {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let continuations = match c {
            '\u{C2}'..='\u{DF}' => 1,
            '\u{E0}'..='\u{EF}' => 2,
            '\u{F0}'..='\u{F4}' => 3,
            _ => 0,
        };
        let mut seq = [c as u8, 0, 0, 0];
        let mut len = 1;
        while len <= continuations {
            match chars.peek() {
                Some(&n @ '\u{80}'..='\u{BF}') => {
                    seq[len] = n as u8;
                    len += 1;
                    chars.next();
                }
                _ => break,
            }
        }
        match std::str::from_utf8(&seq[..len]) {
            Ok(repaired) if len > 1 && len == continuations + 1 => out.push_str(repaired),
            // Not a whole sequence: keep the characters as they were.
            _ => seq[..len].iter().for_each(|&b| out.push(char::from(b))),
        }
    }
    Some(out)
}

/// How much of the start of the input [`utf16_without_bom`] and
/// [`binary_kind`] look at.
const SNIFF_BYTES: usize = 4096;

/// Chooses the encoding of `bytes`.
#[cfg(test)]
pub(crate) fn sniff(bytes: &[u8], charset: Option<&str>) -> &'static Encoding {
    let hints = Hints { charset, tld: None };
    sniff_utf8(bytes, hints).0
}

/// Chooses the encoding of `bytes`; with it, `bytes` as text if the choice
/// took validating them as UTF-8 and they are (never with a BOM).
fn sniff_utf8<'a>(bytes: &'a [u8], hints: Hints) -> (&'static Encoding, Option<&'a str>) {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return (encoding, None);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return (encoding, None);
    }
    if let Some(encoding) = hints
        .charset
        .and_then(|h| Encoding::for_label(h.trim().as_bytes()))
    {
        return (ascii_compatible(encoding), None);
    }
    let utf8 = std::str::from_utf8(bytes);
    let text = utf8.as_ref().ok().copied();
    if let Some(encoding) = meta_charset(&bytes[..bytes.len().min(META_SCAN_BYTES)]) {
        // A page that declares a legacy single-byte encoding but whose bytes
        // are valid UTF-8 with multi-byte sequences was saved as UTF-8 and
        // never updated its declaration: legacy text is almost never valid
        // multi-byte UTF-8 by accident.
        let saved_as_utf8 = text.is_some() && encoding.is_single_byte() && !bytes.is_ascii();
        return if saved_as_utf8 {
            (UTF_8, text)
        } else {
            (ascii_compatible(encoding), text)
        };
    }
    if text.is_some() {
        return (UTF_8, text);
    }
    // A page cut off in the middle of a multi-byte character is still UTF-8.
    if let Err(e) = utf8
        && e.error_len().is_none()
        && e.valid_up_to() > 0
    {
        return (UTF_8, None);
    }
    (guess(bytes, hints.tld), None)
}

/// The legacy encoding of undeclared bytes that are not UTF-8, as Firefox
/// guesses it (`chardetng`, from the first [`GUESS_BYTES`] and the page's
/// top-level domain). Windows-1252, the web's most common legacy encoding,
/// when the sample has too few non-ASCII bytes for a guess to mean much
/// (under one in [`GUESS_MIN_SHARE`]: a few `£`, `§` or accented names in
/// English prose, which the detector reads as windows-1250 or -874 as
/// readily), or when the guess beats no other candidate.
fn guess(bytes: &[u8], tld: Option<&[u8]>) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(GUESS_BYTES)];
    let non_ascii = sample.iter().filter(|b| !b.is_ascii()).count();
    if non_ascii * GUESS_MIN_SHARE < sample.len() {
        return WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, sample.len() == bytes.len());
    // The detector panics on a label that is not lower-case ASCII.
    let tld = tld.filter(|t| {
        !t.is_empty()
            && t.iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
    });
    // A page that is not valid UTF-8 is not UTF-8: never the guess.
    match detector.guess_assess(tld, false) {
        (encoding, true) => ascii_compatible(encoding),
        (_, false) => WINDOWS_1252,
    }
}

/// The guess needs at least one non-ASCII byte in this many (see
/// [`guess`]). A page in a legacy encoding of a language other than
/// English has many more: Cyrillic, Greek or CJK prose is nearly all
/// non-ASCII, Polish or Czech about one letter in fifteen.
const GUESS_MIN_SHARE: usize = 256;

/// How much of an undeclared legacy page the guess reads: enough for a
/// page's prose to outweigh its markup, little beside its parse.
const GUESS_BYTES: usize = 64 << 10;

/// UTF-16 without a byte order mark, told by its zero bytes: markup is
/// ASCII, so UTF-16LE has a zero in most odd bytes and UTF-16BE in most
/// even ones, while ASCII-compatible text has next to none. Believed over
/// the caller's hint, which for such a page is usually a server default.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    if sample.len() < 8 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let units = sample.len() / 2;
    // At least a third of one side zero, and the other side almost none.
    let utf16 = |zeros: usize, others: usize| zeros * 3 >= units && others * 16 <= zeros;
    if utf16(odd, even) {
        Some(UTF_16LE)
    } else if utf16(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Formats whose first bytes say they are not HTML, as served by mistake
/// under `text/html` (a compressed body nobody decompressed, a download).
const SIGNATURES: &[(&[u8], BinaryKind)] = &[
    (b"\x1F\x8B", BinaryKind::Gzip),
    (b"\x28\xB5\x2F\xFD", BinaryKind::Zstd),
    (b"BZh", BinaryKind::Bzip2),
    (b"\xFD7zXZ\x00", BinaryKind::Xz),
    (b"PK\x03\x04", BinaryKind::Zip),
    (b"%PDF-", BinaryKind::Pdf),
    (b"\x89PNG\r\n\x1A\n", BinaryKind::Png),
    (b"\xFF\xD8\xFF", BinaryKind::Jpeg),
    (b"GIF87a", BinaryKind::Gif),
    (b"GIF89a", BinaryKind::Gif),
    (b"\x00asm", BinaryKind::WebAssembly),
    (b"\x7FELF", BinaryKind::Executable),
];

/// Whether `byte` is one that text never holds: the HTML standard's
/// "binary data bytes" (C0 controls but tab, line feed, form feed,
/// carriage return and escape, which ISO-2022 encodings use).
fn is_binary_byte(byte: u8) -> bool {
    matches!(byte, 0x00..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F)
}

/// The known binary format that `bytes` start with, if any.
pub(crate) fn signature_kind(bytes: &[u8]) -> Option<BinaryKind> {
    SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|&(_, kind)| kind)
}

/// What `text` is if it is not text after all: a known binary format by
/// its first bytes, or [`BinaryKind::ControlBytes`] when at least one byte in 32 of its
/// start (and at least four) is a control byte that text never holds. A
/// page with a few stray NUL bytes is still text: the parser replaces them.
///
/// Give it decoded text: UTF-16 is full of zero bytes until decoded.
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if let Some(kind) = signature_kind(bytes) {
        return Some(kind);
    }
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = sample.iter().filter(|&&b| is_binary_byte(b)).count();
    (controls >= 4 && controls * 32 >= sample.len()).then_some(BinaryKind::ControlBytes)
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
    while let Some(at) = find_ci(rest, 0, b"<meta") {
        rest = &rest[at + 5..];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(c) = find_ci(tag, 0, b"charset") {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `bytes` decoded without hints.
    fn decoded(bytes: &[u8]) -> Cow<'_, str> {
        decode(bytes, Hints::default()).0
    }

    /// `text` written in `encoding`, without a declaration.
    fn encoded(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} writes {text:?}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn undeclared_legacy_encodings_are_guessed() {
        // Pages without a declaration, as servers sent them for years:
        // prose enough for the guess, inside ASCII markup.
        let pages = [
            (
                "windows-1251",
                "<html><head><title>Новости</title></head><body><p>Городской совет \
                 во вторник проголосовал за ремонт старого моста через реку. \
                 Работы начнутся весной и продлятся два года.</p></body></html>",
            ),
            (
                "Shift_JIS",
                "<html><head><title>ニュース</title></head><body><p>市議会は火曜日、\
                 川に架かる古い橋の修理を決めました。工事は春に始まり、二年続きます。\
                 </p></body></html>",
            ),
            (
                "GBK",
                "<html><head><title>新闻</title></head><body><p>市议会星期二投票决定修复\
                 河上的旧桥。工程将于春天开始，持续两年。</p></body></html>",
            ),
            (
                "ISO-8859-2",
                "<html><head><title>Wiadomości</title></head><body><p>Rada miasta \
                 zagłosowała we wtorek za remontem starego mostu na rzece. Prace \
                 zaczną się wiosną i potrwają dwa lata, mówią urzędnicy.</p></body></html>",
            ),
        ];
        for (name, text) in pages {
            let encoding = Encoding::for_label(name.as_bytes()).unwrap();
            let bytes = encoded(text, encoding);
            let (out, chosen) = decode(&bytes, Hints::default());
            assert_eq!(chosen.name(), name);
            assert_eq!(out, text, "{name}");
        }
    }

    #[test]
    fn the_domain_helps_the_guess() {
        // Too little text to tell Cyrillic encodings apart by itself; the
        // `.ru` of the page's URL says which are likely.
        let bytes = encoded("<p>Мир</p>", encoding_rs::KOI8_R);
        let ru = Hints {
            charset: None,
            tld: Some(b"ru"),
        };
        assert_eq!(decode(&bytes, ru).0, "<p>Мир</p>");
        // A declaration wins over the guess.
        let mut declared = b"<meta charset=windows-1251>".to_vec();
        declared.extend_from_slice(&bytes);
        assert_eq!(decode(&declared, ru).1.name(), "windows-1251");
    }

    #[test]
    fn bom_wins_over_everything() {
        let bytes = b"\xEF\xBB\xBF<meta charset=windows-1252><p>\xC3\xA9</p>";
        assert_eq!(sniff(bytes, Some("iso-8859-2")), UTF_8);
        assert_eq!(decoded(bytes), "<meta charset=windows-1252><p>é</p>");
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
    fn undeclared_western_text_is_windows_1252() {
        let text = "<p>The caf\u{e9}\u{2019}s na\u{ef}ve \u{201c}cr\u{e8}me br\u{fb}l\u{e9}e\u{201d} \
                    is the one dish the reviewers agreed on \u{2014} twice.</p>";
        let bytes = encoded(text, encoding_rs::WINDOWS_1252);
        assert_eq!(decoded(&bytes), text);
        // With nothing to go on, the guess is windows-1252.
        assert_eq!(
            decode(b"<p>\xE9</p>", Hints::default()).1.name(),
            "windows-1252"
        );
        // A page of English prose with a few pound signs is not Polish
        // (`Ł3,000`), whatever the detector would say of them alone.
        let prose = "<p>Fees for any course will be \u{a3}3,000 next year, and graduates \
                     earn about \u{a3}15,000 in their first job, the survey says.</p>";
        let menu = "<li><a href=\"/courses/\">Courses and fees</a></li>\n".repeat(24);
        let page = format!(
            "<html><head><title>Fees</title></head><body><ul>{menu}</ul>{prose}</body></html>"
        );
        let bytes = encoded(&page, encoding_rs::WINDOWS_1252);
        assert_eq!(decode(&bytes, Hints::default()).1.name(), "windows-1252");
        // A domain label the detector would panic on is not given to it.
        for tld in [&b"RU"[..], b"xn--p1ai.", "рф".as_bytes(), b""] {
            let hints = Hints {
                charset: None,
                tld: Some(tld),
            };
            let _ = decode(b"<p>\xC0\xC1\xC2\xC3</p>", hints);
        }
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        assert_eq!(sniff(b"<p>caf\xC3", None), UTF_8);
    }

    #[test]
    fn utf8_encoded_twice_is_repaired() {
        let twice = "it\u{e2}\u{80}\u{99}s a caf\u{c3}\u{a9} \u{e2}\u{80}\u{94} \u{e2}\u{80}\u{9c}ok\u{e2}\u{80}\u{9d}";
        assert_eq!(
            decoded(twice.as_bytes()),
            "it\u{2019}s a café \u{2014} \u{201c}ok\u{201d}"
        );
        // Text without the C1 controls of a second encoding is left alone,
        // even where it looks like one (French guillemets after a vowel).
        let text = "Ã© is not é here, nor à» there";
        assert_eq!(decoded(text.as_bytes()), text);
        // A lead character without its continuations stays as it is.
        let cut = "\u{e2}\u{80}\u{99}\u{e2}\u{80}\u{99}\u{e2}\u{80}\u{99} \u{e2}x \u{c3}";
        assert_eq!(
            decoded(cut.as_bytes()),
            "\u{2019}\u{2019}\u{2019} \u{e2}x \u{c3}"
        );
    }

    #[test]
    fn utf16_without_bom_is_told_by_its_zero_bytes() {
        let le: Vec<u8> = "<p>Grüße, 世界</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "<p>Grüße, 世界</p>"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(sniff(&le, None), UTF_16LE);
        assert_eq!(sniff(&be, Some("windows-1252")), UTF_16BE);
        assert_eq!(decoded(&le), "<p>Grüße, 世界</p>");
        assert_eq!(decoded(&be), "<p>Grüße, 世界</p>");
        // A few NUL bytes in ASCII text are not UTF-16.
        assert_eq!(sniff(b"<p>one\0 two\0 three\0 four</p>", None), UTF_8);
    }

    #[test]
    fn binary_input_is_named() {
        assert_eq!(binary_kind(b"\x1F\x8B\x08\x00rest"), Some(BinaryKind::Gzip));
        assert_eq!(binary_kind(b"%PDF-1.7\n%\xE2\xE3"), Some(BinaryKind::Pdf));
        let noise: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        assert_eq!(binary_kind(&noise), Some(BinaryKind::ControlBytes));
        assert_eq!(binary_kind(b"<p>Hello\0 world\0</p>"), None);
        assert_eq!(binary_kind(b"\x1B$B<p>ISO-2022-JP\x1B(B\t\r\n\x0C"), None);
        assert_eq!(binary_kind(b""), None);
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = b"\xFF\xFE<\0p\0>\0h\0i\0";
        assert_eq!(decoded(bytes), "<p>hi");
    }
}
