//! The block under way: its text, spans and word counts as the walk
//! reads them, and the flush that turns it into a [`RawBlock`].

use super::*;

/// The text of the block being built, with whitespace collapsed as it
/// arrives.
#[derive(Default)]
pub(super) struct Buffer {
    pub(super) text: String,
    pub(super) pending_space: bool,
    pub(super) words: u32,
    pub(super) link_words: u32,
    pub(super) card_words: u32,
    /// Of `link_words`, those in links to the page itself.
    pub(super) anchor_words: u32,
    /// Words inside links before the first plain word, and whether a plain
    /// word has arrived.
    pub(super) lead_link_words: u32,
    pub(super) plain_seen: bool,
    /// The text wrapped as it arrives, for its density, and the length in
    /// characters of the token still open at its end.
    pub(super) wrap: Wrap,
    pub(super) open_token: usize,
    /// Preformatted text arrived: its density is measured on the whole text.
    pub(super) raw: bool,
    pub(super) spans: Vec<Span>,
    /// Blocks flushed so far: tells a span whether its start is still in
    /// the buffer.
    pub(super) generation: u64,
    /// Header and data cells of the row being built.
    pub(super) header_cells: u32,
    pub(super) data_cells: u32,
    /// Images met since the last block with text: they go with the next
    /// block that has some, unless their keeper closes first.
    pub(super) images: Vec<PendingImage>,
    /// Room in which [`flush`] builds a block's class and id words.
    pub(super) class_id: String,
}

/// An image waiting for its block. Its keeper is the parent of the
/// element holding it (looking through links, `<picture>` and `<span>`):
/// an image alone in a paragraph or a lead-image `<div>` goes with the
/// next paragraph; a logo alone in a header's `<div>` goes nowhere.
pub(super) struct PendingImage {
    pub(super) pos: usize,
    pub(super) keeper: u32,
    pub(super) kind: SpanKind,
}

impl Buffer {
    pub(super) fn push_text(&mut self, s: &str, ctx: &Ctx) {
        let ascii = s.is_ascii();
        let words = count_words(s, ascii);
        self.words += words;
        if ctx.in_link {
            self.link_words += words;
            if ctx.in_anchor {
                self.anchor_words += words;
            }
        }
        if ctx.in_card {
            self.card_words += words;
        }
        if ctx.in_link && !self.plain_seen {
            self.lead_link_words += words;
        } else if words > 0 && !ctx.in_link {
            self.plain_seen = true;
        }
        if ctx.in_pre {
            self.text.push_str(s);
            self.raw = true;
            return;
        }
        if ascii {
            // The same as below, a byte at a time instead of a char.
            if s.starts_with(|c: char| c.is_ascii_whitespace()) {
                self.pending_space = true;
            }
            for piece in s.split_ascii_whitespace() {
                self.push_piece(piece, piece.len());
                self.pending_space = true;
            }
            self.pending_space = s.ends_with(|c: char| c.is_ascii_whitespace())
                || s.is_empty() && self.pending_space;
            return;
        }
        for (i, piece) in s.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if !piece.is_empty() {
                self.push_piece(piece, piece.chars().count());
            }
        }
    }

    /// Appends a run of `chars` characters without whitespace, after one
    /// space if whitespace came before it.
    pub(super) fn push_piece(&mut self, piece: &str, chars: usize) {
        // The last byte, not the last char: both are ASCII.
        let last = self.text.as_bytes().last().copied();
        if self.pending_space && last.is_some_and(|b| b != b'\n') {
            self.text.push(' ');
            self.close_token();
        } else if matches!(last, Some(b' ' | b'\n')) {
            self.close_token();
        }
        self.pending_space = false;
        self.text.push_str(piece);
        self.open_token += chars;
    }

    /// Wraps the token at the end of the text, if one is open.
    pub(super) fn close_token(&mut self) {
        if self.open_token > 0 {
            self.wrap.token(self.open_token);
            self.open_token = 0;
        }
    }

    pub(super) fn push_break(&mut self) {
        if !self.text.is_empty() {
            let trimmed = self.text.trim_end_matches(' ').len();
            self.text.truncate(trimmed);
            self.text.push('\n');
        }
        self.pending_space = false;
    }

    pub(super) fn push_separator(&mut self, sep: &str) {
        if !self.text.trim().is_empty() {
            self.text.push_str(sep);
            self.close_token();
            for token in sep.split_whitespace() {
                self.wrap.token(token.chars().count());
            }
        }
        self.pending_space = false;
    }
}

/// Ends the block being built, owned by `owner` (the innermost open element
/// holding all its text), and records it if it has any text.
pub(super) fn flush(
    dom: &Dom,
    buf: &mut Buffer,
    out: &mut Segmented,
    stack: &[Frame],
    owner: &Frame,
) {
    let text = if owner.ctx.in_pre {
        buf.text.trim_matches('\n').trim_end()
    } else {
        buf.text.trim()
    };
    if !text.is_empty() {
        let text = text.to_string();
        // The ancestors, innermost last: `stack` plus `owner` when the owner
        // has already been popped.
        let popped = stack.last().is_none_or(|f| f.elem != owner.elem);
        let chain = stack.iter().chain(popped.then_some(owner));
        let n = stack.len() + usize::from(popped);
        let tag_path = tag_path(chain.clone(), n);
        let class_id = class_id(dom, &mut buf.class_id, chain.clone(), n);
        let spans = buf.take_spans(&text, owner.ctx.in_pre);
        let code_lang = (owner.ctx.kind == BlockKind::Code)
            .then(|| code_language(dom, chain.clone()))
            .flatten();
        let words = buf.words;
        let link_words = (buf.link_words + buf.card_words).min(words);
        // A heading that is all link is a card's title, unless its link
        // points into the page (a permalink, a back-reference to the table
        // of contents).
        let card_words = if owner.ctx.kind == BlockKind::Heading
            && link_words == words
            && buf.anchor_words < words
        {
            words
        } else {
            buf.card_words.min(words)
        };
        out.blocks.push(RawBlock {
            text_density: if buf.raw {
                text_density(&text, words)
            } else {
                buf.close_token();
                buf.wrap.density(words)
            },
            text,
            kind: owner.ctx.kind,
            level: owner.ctx.level,
            words,
            link_words,
            card_words,
            lead_link_words: buf.lead_link_words.min(words),
            owner: owner.elem,
            neg_anc: owner.ctx.neg_anc,
            landmark_anc: owner.ctx.landmark_anc,
            comment_anc: owner.ctx.comment_anc,
            tag_path,
            class_id,
            spans,
            list: owner.ctx.list,
            header_row: owner.ctx.kind == BlockKind::TableCell
                && (owner.ctx.in_thead || buf.header_cells > 0 && buf.data_cells == 0),
            code_lang,
        });
    }
    buf.reset();
}

/// The tag path of a block: the names of its innermost
/// [`tuning::TAG_PATH_DEPTH`] ancestors (of `n` in `chain`), outermost
/// first, at most [`tuning::TAG_PATH_MAX_BYTES`].
fn tag_path<'a>(chain: impl Iterator<Item = &'a Frame> + Clone, n: usize) -> String {
    let path = chain
        .skip(n.saturating_sub(tuning::TAG_PATH_DEPTH))
        .filter(|f| f.elem != NONE);
    // Allocated at its length: one per block, and blocks can be many.
    let mut tag_path = String::with_capacity(
        path.clone()
            .map(|f| f.name.len() + 1)
            .sum::<usize>()
            .min(tuning::TAG_PATH_MAX_BYTES),
    );
    for f in path {
        if !tag_path.is_empty() {
            tag_path.push('>');
        }
        // Copied no further than the cap: names can be long.
        let room = tuning::TAG_PATH_MAX_BYTES.saturating_sub(tag_path.len());
        tag_path.push_str(truncate_at_char(&f.name, room));
    }
    tag_path
}

/// The class and id of the three innermost ancestors (of `n` in `chain`),
/// innermost first, read from the DOM only here, for the blocks that need
/// them: built in `scratch`, a buffer kept from block to block, then copied
/// out at its length.
fn class_id<'a>(
    dom: &Dom,
    scratch: &mut String,
    chain: impl Iterator<Item = &'a Frame>,
    n: usize,
) -> String {
    scratch.clear();
    let mut innermost: [Option<&Frame>; 3] = [None; 3];
    for (slot, f) in innermost.iter_mut().zip(chain.skip(n.saturating_sub(3))) {
        *slot = Some(f);
    }
    for f in innermost.into_iter().rev().flatten() {
        if scratch.len() >= tuning::CLASS_ID_MAX_BYTES {
            break;
        }
        let Some((_, attrs)) = dom.element(f.node) else {
            continue;
        };
        let mut first = true;
        for a in attrs {
            // Only the head of a long value is looked at, not even
            // trimmed whole: each block reads it again.
            if !dom::is_class_or_id(&a.name.local) {
                continue;
            }
            let value = truncate_at_char(&a.value, tuning::CLASS_ID_MAX_BYTES).trim();
            if value.is_empty() {
                continue;
            }
            if !scratch.is_empty() {
                scratch.push_str(if first { " / " } else { " " });
            }
            // Copied no further than the cap.
            let room = tuning::CLASS_ID_MAX_BYTES.saturating_sub(scratch.len());
            scratch.push_str(truncate_at_char(value, room));
            first = false;
        }
    }
    scratch.clone()
}

impl Buffer {
    /// The block's spans and images as ranges of `text`, its trimmed text.
    fn take_spans(&mut self, text: &str, in_pre: bool) -> Vec<Span> {
        let kept = if in_pre {
            self.text.trim_start_matches('\n')
        } else {
            self.text.trim_start()
        };
        let lead = self.text.len() - kept.len();
        let mut spans: Vec<Span> = self
            .spans
            .drain(..)
            .filter_map(|sp| {
                // A span's ends were taken as the text grew; trimming since
                // (spaces before a line break) may have moved a character
                // under them: cut back to a char boundary.
                let start = floor_char_boundary(text, sp.start.max(lead) - lead);
                let end = floor_char_boundary(text, sp.end.max(lead) - lead);
                (start < end).then_some(Span { start, end, ..sp })
            })
            .collect();
        for image in self.images.drain(..) {
            if spans.len() < tuning::MAX_SPANS_PER_BLOCK {
                let pos = floor_char_boundary(text, image.pos.max(lead) - lead);
                spans.push(Span {
                    start: pos,
                    end: pos,
                    kind: image.kind,
                });
            }
        }
        spans
    }

    /// Empties the buffer for the next block.
    fn reset(&mut self) {
        // Images of a block without text wait for the next one, at its start.
        for image in &mut self.images {
            image.pos = 0;
        }
        self.text.clear();
        self.pending_space = false;
        self.words = 0;
        self.link_words = 0;
        self.card_words = 0;
        self.anchor_words = 0;
        self.lead_link_words = 0;
        self.plain_seen = false;
        self.wrap = Wrap::default();
        self.open_token = 0;
        self.raw = false;
        self.spans.clear();
        self.generation += 1;
        self.header_cells = 0;
        self.data_cells = 0;
    }
}

/// The language a `<pre>` (or the `<code>` inside it) names in its class:
/// `language-rust`, `lang-py`, `highlight-source-js`.
pub(super) fn code_language<'a>(
    dom: &Dom,
    chain: impl Iterator<Item = &'a Frame> + Clone,
) -> Option<String> {
    let pre = chain.filter(|f| &*f.name == "pre").last()?;
    std::iter::once(pre.node)
        .chain(dom.children(pre.node))
        .find_map(|n| {
            let (_, attrs) = dom.element(n)?;
            let class = dom::attr(attrs, &local_name!("class"))?;
            class.split_ascii_whitespace().find_map(|c| {
                ["language-", "lang-", "highlight-source-"]
                    .iter()
                    .find_map(|p| c.strip_prefix(p))
                    .filter(|l| !l.is_empty() && l.len() <= 32)
                    .map(str::to_ascii_lowercase)
            })
        })
}
