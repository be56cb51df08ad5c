//! Scoring and labelling: chooses the main container from the blocks'
//! text statistics, then labels every block with the rule that decided it.
//!
//! The main container is the element whose blocks, summed, carry the most
//! evidence of content: plain-text words count for it, words in links and
//! under boilerplate hints count against it. Because every good block adds
//! to the sum, the winner spreads over every section of a multi-part page
//! and stops where navigation and teaser lists begin, without a fixed
//! notion of "the one article `<div>`".

mod comments;
mod container;
mod fallback;
mod opened;
mod passes;
mod records;

use comments::*;
use container::*;
use fallback::*;
use opened::*;
use passes::*;
use records::*;

use std::collections::{HashMap, HashSet};

use crate::config::Favor;
use crate::model::{BlockKind, Label, Reason};
use crate::segment::{NONE, RawBlock, Segmented};
use crate::{text, tuning};

/// A block's label, the rule behind it, and its weight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Decision {
    pub(crate) label: Label,
    pub(crate) reason: Reason,
    pub(crate) score: f32,
    pub(crate) in_main: bool,
    /// For a [`Label::Comment`] block, the element of its comment (one per
    /// comment); [`NONE`] otherwise.
    pub(crate) comment: u32,
}

/// How a block's linked words are counted.
#[derive(Clone, Copy)]
enum Links<'a> {
    /// Every linked word is a link word.
    Strict,
    /// As [`Links::Strict`], and every word of a teaser (see [`records`]) is
    /// a link word too: an article page with teasers beside or under it.
    Teasers(&'a Records),
    /// A listing page: the text of cards (blocks wrapped whole in a link)
    /// and every word of a record counts as text.
    Listing(&'a Records),
}

/// The words of a block that count as link words.
fn link_words(b: &RawBlock, links: Links) -> u32 {
    let owner = b.owner as usize;
    match links {
        Links::Strict => b.link_words,
        Links::Teasers(r) if b.owner != NONE && r.in_teaser[owner] => b.words,
        Links::Teasers(_) => b.link_words,
        Links::Listing(r) if b.owner != NONE && r.in_record[owner] => 0,
        Links::Listing(_) => b.link_words - b.card_words,
    }
}

/// The words of a block outside links.
fn plain_words(b: &RawBlock, links: Links) -> f32 {
    (b.words - link_words(b, links)) as f32
}

/// The share of a block's words inside links (0 for a block without words).
fn link_density(b: &RawBlock, links: Links) -> f32 {
    if b.words == 0 {
        0.0
    } else {
        link_words(b, links) as f32 / b.words as f32
    }
}

/// A block's own weight as evidence of content.
fn weight(b: &RawBlock, links: Links) -> f32 {
    if let Links::Teasers(r) = links
        && b.owner != NONE
        && r.in_teaser[b.owner as usize]
    {
        // A teaser is no evidence of content, but no more against it than
        // its links are.
        return weight(b, Links::Strict).min(0.0);
    }
    let words = b.words as f32;
    let density = link_density(b, links);
    let links = link_words(b, links) as f32;
    let mut good = 0.0;
    if density <= tuning::MAX_LINK_DENSITY {
        good = words - links;
        if b.words < tuning::SHORT_BLOCK_WORDS && b.kind != BlockKind::Heading {
            good *= 0.5;
        }
    }
    let mut bad = links * tuning::LINK_WORD_COST;
    if b.neg_anc != NONE {
        bad += words * tuning::HINTED_WORD_COST;
    }
    good - bad
}

/// Labels every block.
pub(crate) fn classify(seg: &Segmented, favor: Favor) -> Vec<Decision> {
    let records = records(seg);
    let never = never_content(seg);
    let choice = choose(seg, &records, &never);
    let links = choice.links;
    let items = Items::new(seg);
    let scope = Scope::new(seg, &records, &items, choice, favor);
    // A page's own date lines ("Published …", "Updated …") are metadata;
    // a date on every post of a thread or item of a listing is part of it.
    let datelines: Vec<bool> = seg
        .blocks
        .iter()
        .map(|b| scope.in_main(b) && b.is_date_line())
        .collect();
    let own_dates = datelines.iter().filter(|&&d| d).count() <= tuning::DATELINE_MAX_PER_PAGE;
    let title_block = title_block(seg);
    let mut decisions: Vec<Decision> = seg
        .blocks
        .iter()
        .zip(&scope.weights)
        .enumerate()
        .map(|(i, (b, &score))| {
            let in_main = scope.in_main(b);
            let (label, reason) = if Some(i) == title_block && scope.main != NONE {
                (Label::Boilerplate, Reason::Title)
            } else {
                scope.label(b, in_main, own_dates && datelines[i])
            };
            Decision {
                label,
                reason,
                score,
                in_main,
                comment: NONE,
            }
        })
        .collect();
    drop_repeats(seg, &mut decisions);
    let headlines_are_links = !matches!(links, Links::Listing(_));
    if headlines_are_links {
        drop_headline_runs(seg, &mut decisions);
        drop_records_after_hinted_heading(seg, &records, &mut decisions);
    }
    drop_empty_sections(seg, &mut decisions, headlines_are_links);
    label_comments(seg, &items, &mut decisions);
    label_opened_comments(
        seg,
        scope.thread || seg.head.signals.forum(),
        &mut decisions,
    );
    fall_back(seg, &never, &mut decisions);
    decisions
}

/// Words in the blocks labelled content.
pub(crate) fn kept_words(seg: &Segmented, decisions: &[Decision]) -> u32 {
    seg.blocks
        .iter()
        .zip(decisions)
        .filter(|(_, d)| d.label == Label::Content)
        .map(|(b, _)| b.words)
        .sum()
}

/// The chosen container and what the first labels are judged by: its
/// extent and joined siblings, the favoured side's thresholds, and which of
/// its hints are believed.
struct Scope<'a> {
    seg: &'a Segmented,
    records: &'a Records,
    items: &'a Items,
    favor: Favor,
    main: u32,
    /// The container's extent in pre-order (`lo > hi` when there is none).
    lo: u32,
    hi: u32,
    siblings: Vec<(u32, u32)>,
    sums: Sums,
    links: Links<'a>,
    weights: Vec<f32>,
    max_link_density: f32,
    outside_min_words: u32,
    /// The post of a thread is short, and its replies are the content.
    thread: bool,
    /// The words under boilerplate-hinted elements of each shape inside
    /// the container.
    hinted_by_shape: HashMap<u32, f32>,
}

impl<'a> Scope<'a> {
    fn new(
        seg: &'a Segmented,
        records: &'a Records,
        items: &'a Items,
        choice: Choice<'a>,
        favor: Favor,
    ) -> Self {
        let Choice {
            main,
            sums,
            links,
            weights,
        } = choice;
        let (lo, hi) = if main == NONE {
            (1, 0)
        } else {
            (main, seg.elems[main as usize].end)
        };
        let siblings = if favor == Favor::Precision {
            Vec::new()
        } else {
            joined_siblings(seg, main, &sums)
        };
        let (max_link_density, outside_min_words) = match favor {
            Favor::Precision => (tuning::PRECISION_MAX_LINK_DENSITY, u32::MAX),
            Favor::Recall => (
                tuning::RECALL_MAX_LINK_DENSITY,
                tuning::RECALL_OUTSIDE_MIN_WORDS,
            ),
            _ => (tuning::MAX_LINK_DENSITY, tuning::OUTSIDE_MIN_WORDS),
        };
        // A hint inside the container is believed only for a minor part of
        // it, counting every hinted element of the same shape (a `meta`
        // block repeated in each item of a listing can carry most of it).
        let mut hinted_by_shape: HashMap<u32, f32> = HashMap::new();
        if main != NONE {
            for e in main + 1..=hi {
                let elem = &seg.elems[e as usize];
                if elem.hint < 0 {
                    *hinted_by_shape.entry(elem.shape).or_default() += sums.plain[e as usize];
                }
            }
        }
        let mut scope = Scope {
            seg,
            records,
            items,
            favor,
            main,
            lo,
            hi,
            siblings,
            sums,
            links,
            weights,
            max_link_density,
            outside_min_words,
            thread: false,
            hinted_by_shape,
        };
        // On a thread (a short post, then replies) comments are the content.
        let post_words: f32 = seg
            .blocks
            .iter()
            .filter(|b| scope.in_main(b) && !(b.comment_anc != NONE && b.comment_anc > main))
            .map(|b| plain_words(b, links))
            .sum();
        scope.thread = post_words < tuning::THREAD_MAX_POST_WORDS;
        scope
    }

    /// Whether the block is inside the container or a joined sibling.
    fn in_main(&self, b: &RawBlock) -> bool {
        (self.lo..=self.hi).contains(&b.owner)
            || self
                .siblings
                .iter()
                .any(|&(s, e)| (s..=e).contains(&b.owner))
    }

    /// Whether words this many are a minor part of the container.
    fn minor(&self, words: f32) -> bool {
        words < tuning::MAX_HINTED_SHARE * self.sums.plain[self.main as usize]
    }

    /// Whether the block's boilerplate hint is believed: a landmark
    /// (`<nav>`, `<aside>`, `<footer>`, `<div id="sidebar">`) inside the
    /// container whatever it holds, since HTML names it no part of the
    /// content around it (a sidebar of teasers that outweighs a short
    /// story, a blog's "about" text widgets beside a short post); else a hinted
    /// element inside the container that is a minor part of it, with every
    /// element of its shape (comments, which can outweigh the article above
    /// them, excepted), and not a comment hint on a thread.
    fn believed(&self, b: &RawBlock) -> bool {
        if b.landmark_anc != NONE && b.landmark_anc > self.main {
            return true;
        }
        let neg = b.neg_anc;
        neg != NONE
            && neg > self.main
            && (self.minor(self.sums.plain[neg as usize]) || self.comments_under_article(b))
            && (b.comment_anc == neg
                || self.minor(
                    self.hinted_by_shape
                        .get(&self.seg.elems[neg as usize].shape)
                        .copied()
                        .unwrap_or_default(),
                ))
            && !(self.thread && b.comment_anc == neg)
    }

    /// Whether the block is in a section of readers' comments under an
    /// article: its innermost boilerplate hint is the comment mark, the
    /// section holds comments (by their mark or their shape), and the page
    /// is no thread. Such a section is believed however much it holds:
    /// thirty comments outweigh the story above them.
    fn comments_under_article(&self, b: &RawBlock) -> bool {
        b.comment_anc == b.neg_anc
            && !self.thread
            && !self.seg.head.signals.forum()
            && self.items.in_section_with_items(b.owner)
    }

    /// Whether the block is in a teaser beside an article.
    fn in_teaser(&self, b: &RawBlock) -> bool {
        matches!(self.links, Links::Teasers(_))
            && b.owner != NONE
            && self.records.in_teaser[b.owner as usize]
    }

    /// The first label of a block, and the rule that gave it. `dateline`:
    /// the block is one of the page's own date lines.
    fn label(&self, b: &RawBlock, in_main: bool, dateline: bool) -> (Label, Reason) {
        let density = link_density(b, self.links);
        let (label, reason) = self.first_label(b, in_main, dateline, density);
        if label == Label::Content
            && b.kind != BlockKind::Code
            && text::script::looks_like_script(&b.text, b.words)
        {
            return (Label::Boilerplate, Reason::ScriptText);
        }
        (label, reason)
    }

    /// [`Scope::label`] before the block's own text is looked at.
    fn first_label(
        &self,
        b: &RawBlock,
        in_main: bool,
        dateline: bool,
        density: f32,
    ) -> (Label, Reason) {
        let favor = self.favor;
        if self.main == NONE {
            (Label::Boilerplate, Reason::NoMainContent)
        } else if in_main {
            if self.believed(b) {
                (Label::Boilerplate, Reason::ClassHint)
            } else if self.in_teaser(b) {
                (Label::Boilerplate, Reason::Teaser)
            } else if density > self.max_link_density && b.kind != BlockKind::Heading {
                (Label::Boilerplate, Reason::LinkDense)
            } else if b.kind == BlockKind::Caption && favor != Favor::Recall {
                (Label::Boilerplate, Reason::FigureCaption)
            } else if favor != Favor::Recall && dateline {
                (Label::Boilerplate, Reason::Dateline)
            } else if favor == Favor::Precision
                && b.kind != BlockKind::Heading
                && b.words < tuning::PRECISION_MIN_WORDS
            {
                (Label::Boilerplate, Reason::TooShort)
            } else {
                (Label::Content, Reason::MainContainer)
            }
        } else if b.words >= self.outside_min_words && density < 0.1 && b.neg_anc == NONE {
            (Label::Content, Reason::DenseOutside)
        } else {
            (Label::Boilerplate, Reason::OutsideMain)
        }
    }
}

#[cfg(test)]
mod tests;
