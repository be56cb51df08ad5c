//! Word counts by Unicode's word boundaries (UAX #29), fast for the
//! scripts of most pages.

use unicode_segmentation::UnicodeSegmentation;

/// [`count_words`]'s classes of characters, after UAX #29's word break
/// properties: letters, digits, `_` (which joins), the characters that join
/// letters (`:`), digits (`,` `;`) or both (`.` `'` `’` `‘`) when the same
/// class stands on both sides, and the rest.
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const UNDERSCORE: u8 = 3;
const MID_LETTER: u8 = 4;
const MID_NUM: u8 = 5;
const MID_NUM_LETTER: u8 = 6;
/// A character the fast path does not know: the text is counted by
/// `unicode-segmentation` instead.
const UNKNOWN: u8 = 7;

/// The class of every ASCII byte, looked up instead of matched.
static BYTE_CLASSES: [u8; 128] = {
    let mut table = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            b':' => MID_LETTER,
            b',' | b';' => MID_NUM,
            b'.' | b'\'' => MID_NUM_LETTER,
            _ => OTHER,
        };
        b += 1;
    }
    table
};

/// The class of a character of the text of European pages: ASCII, the
/// letters of Latin-1, Latin Extended-A and Cyrillic, typographic quotes,
/// dashes and the common signs. Anything else (combining marks, soft
/// hyphens, other scripts, digits other than ASCII's) is [`UNKNOWN`].
fn char_class(c: char) -> u8 {
    match c {
        '\0'..='\x7f' => BYTE_CLASSES[c as usize],
        '\u{c0}'..='\u{d6}'
        | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{17f}'
        | '\u{410}'..='\u{44f}'
        | '\u{401}'
        | '\u{451}' => LETTER,
        '\u{2018}' | '\u{2019}' => MID_NUM_LETTER,
        '\u{a0}' | '\u{a1}' | '\u{a2}' | '\u{a3}' | '\u{a5}' | '\u{a7}' | '\u{a9}' | '\u{ab}'
        | '\u{ae}' | '\u{b0}' | '\u{b1}' | '\u{bb}' | '\u{bf}' | '\u{d7}' | '\u{f7}'
        | '\u{2010}' | '\u{2013}' | '\u{2014}' | '\u{201c}' | '\u{201d}' | '\u{201e}'
        | '\u{2022}' | '\u{2026}' | '\u{20ac}' | '\u{2122}' => OTHER,
        _ => UNKNOWN,
    }
}

/// The number of words in `s` by Unicode's word boundaries (UAX #29):
/// runs of letters, digits and `_` with at least one letter or digit, where
/// a [`MID_LETTER`] or [`MID_NUM_LETTER`] between two letters, or a
/// [`MID_NUM`] or [`MID_NUM_LETTER`] between two digits, joins them. That
/// is what `unicode-segmentation` counts for the characters [`char_class`]
/// knows, at a fraction of its cost; text with any other character is
/// counted by it.
pub(crate) fn count_words(s: &str, ascii: bool) -> u32 {
    if ascii {
        return count_ascii(s.as_bytes());
    }
    count_classes(s.chars().map(char_class)).unwrap_or_else(|| s.unicode_words().count() as u32)
}

/// Whether a character of class `mid` between two of class `side` joins
/// them into one word.
fn joins(side: u8, mid: u8) -> bool {
    match side {
        LETTER => matches!(mid, MID_LETTER | MID_NUM_LETTER),
        DIGIT => matches!(mid, MID_NUM | MID_NUM_LETTER),
        _ => false,
    }
}

/// A word count under way: the words so far, whether a token of letters,
/// digits and `_` is open, and whether it has been counted (a run of `_`
/// alone is not a word).
#[derive(Default)]
struct Words {
    count: u32,
    in_word: bool,
    counted: bool,
}

impl Words {
    /// A letter, digit or `_` arrives.
    fn word_char(&mut self, c: u8) {
        if !self.in_word {
            self.in_word = true;
            self.counted = false;
        }
        if !self.counted && c != UNDERSCORE {
            self.count += 1;
            self.counted = true;
        }
    }
}

/// [`count_classes`] for ASCII text, a byte at a time.
fn count_ascii(bytes: &[u8]) -> u32 {
    let class = |i: usize| BYTE_CLASSES[usize::from(bytes[i] & 0x7f)];
    let mut words = Words::default();
    for i in 0..bytes.len() {
        let c = class(i);
        if matches!(c, LETTER | DIGIT | UNDERSCORE) {
            words.word_char(c);
        } else if words.in_word {
            words.in_word = i > 0
                && i + 1 < bytes.len()
                && class(i - 1) == class(i + 1)
                && joins(class(i - 1), c);
        }
    }
    words.count
}

/// [`count_words`] over the classes of the characters of a text; `None` at
/// the first [`UNKNOWN`] one.
fn count_classes(mut classes: impl Iterator<Item = u8>) -> Option<u32> {
    let mut words = Words::default();
    let mut prev = OTHER;
    let mut current = classes.next();
    while let Some(c) = current {
        let next = classes.next();
        match c {
            UNKNOWN => return None,
            LETTER | DIGIT | UNDERSCORE => words.word_char(c),
            _ if words.in_word => words.in_word = next == Some(prev) && joins(prev, c),
            _ => {}
        }
        prev = c;
        current = next;
    }
    Some(words.count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_word_count_matches_unicode_segmentation() {
        let samples = [
            "Hello, world! It's 3.14 or 1,000,000; e.g. U.S. a:b a_b 9am 10:30 --dash-- x'",
            "don't 'quoted' end. .start a..b 1..2 1.a a.1 ___ _a_ '' ,1, ;2; 3.",
            "  leading and trailing  ",
            "",
            "email@example.com https://example.org/path?q=1&r=2 #tag $5.99 (parens) [x]",
        ];
        for s in samples {
            assert_eq!(
                count_words(s, true),
                s.unicode_words().count() as u32,
                "{s:?}"
            );
        }
    }

    /// Every character the fast path knows behaves as its class says, in
    /// every position that class matters in.
    #[test]
    fn known_characters_count_as_unicode_segmentation_does() {
        let known = (0..=0x2200u32)
            .filter_map(char::from_u32)
            .filter(|&c| char_class(c) != UNKNOWN);
        let mut checked = 0;
        for c in known {
            for s in [
                format!("{c}"),
                format!("a{c}b"),
                format!("1{c}2"),
                format!("\u{e9}{c}\u{e9}"),
                format!("_{c}_ x{c}"),
                format!("{c}{c}a {c}1"),
            ] {
                let expected = s.unicode_words().count() as u32;
                assert_eq!(
                    count_words(&s, s.is_ascii()),
                    expected,
                    "{s:?} U+{:04X}",
                    c as u32
                );
            }
            checked += 1;
        }
        assert!(checked > 400, "{checked} characters known");
    }

    /// Random text from the known characters counts the same both ways.
    #[test]
    fn random_known_text_counts_as_unicode_segmentation_does() {
        const ALPHABET: &[char] = &[
            'a', 'Z', '\u{e9}', '\u{17e}', '\u{434}', '0', '7', '_', ':', ',', ';', '.', '\'',
            '\u{2019}', '\u{2018}', ' ', '\u{a0}', '-', '\u{2014}', '\u{201c}', '!', '\n',
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let len = crate::xorshift(&mut state) % 12;
            let s: String = (0..len)
                .map(|_| ALPHABET[(crate::xorshift(&mut state) % ALPHABET.len() as u64) as usize])
                .collect();
            assert_eq!(
                count_words(&s, s.is_ascii()),
                s.unicode_words().count() as u32,
                "{s:?}"
            );
        }
    }
}
