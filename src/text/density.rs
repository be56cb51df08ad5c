//! boilerpipe's text density: words per line of text wrapped at a fixed width.

use crate::tuning;

/// boilerpipe's text density: words per line when the text is wrapped at
/// [`tuning::WRAP_WIDTH`] characters, not counting the last line (which is
/// usually short); a one-line block's density is its word count.
pub(crate) fn text_density(text: &str, words: u32) -> f32 {
    if text.is_ascii() {
        wrapped_density(text.split_ascii_whitespace().map(str::len), words)
    } else {
        wrapped_density(text.split_whitespace().map(|t| t.chars().count()), words)
    }
}

/// [`text_density`] over the lengths of a block's whitespace-separated
/// tokens, in characters.
fn wrapped_density(token_lengths: impl Iterator<Item = usize>, words: u32) -> f32 {
    let mut wrap = Wrap::default();
    for len in token_lengths {
        wrap.token(len);
    }
    wrap.density(words)
}

/// Text wrapped at [`tuning::WRAP_WIDTH`] characters, a token at a time,
/// for [`text_density`].
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Wrap {
    /// Lines, less one.
    breaks: usize,
    col: usize,
    tokens_before_last: usize,
    tokens_in_line: usize,
}

impl Wrap {
    /// Places a token of `len` characters.
    pub(crate) fn token(&mut self, len: usize) {
        if self.col > 0 && self.col + 1 + len > tuning::WRAP_WIDTH {
            self.breaks += 1;
            self.tokens_before_last += self.tokens_in_line;
            self.tokens_in_line = 0;
            self.col = 0;
        }
        // A token longer than a line (a URL, a run of CJK text) fills lines
        // of its own.
        let extra = len / tuning::WRAP_WIDTH;
        if extra > 0 {
            self.breaks += extra;
            self.tokens_before_last += self.tokens_in_line + 1;
            self.tokens_in_line = 0;
            self.col = len % tuning::WRAP_WIDTH;
            return;
        }
        self.col += if self.col > 0 { 1 + len } else { len };
        self.tokens_in_line += 1;
    }

    /// Words per line, not counting the last, for a block of `words` words.
    pub(crate) fn density(&self, words: u32) -> f32 {
        if self.breaks == 0 {
            return words as f32;
        }
        // Scale whitespace tokens to unicode words (they differ for CJK text).
        let tokens = (self.tokens_before_last + self.tokens_in_line).max(1) as f32;
        let scale = words as f32 / tokens;
        self.tokens_before_last as f32 * scale / self.breaks as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn density_of_one_line_is_word_count() {
        assert_eq!(text_density("a b c", 3), 3.0);
        let long = "word ".repeat(40);
        let d = text_density(long.trim(), 40);
        assert!((d - 16.0).abs() < 0.01, "{d}");
    }
}
