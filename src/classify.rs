//! Scoring and labelling: chooses the main container from the blocks'
//! text statistics, then labels every block with the rule that decided it.
//!
//! The main container is the element whose blocks, summed, carry the most
//! evidence of content: plain-text words count for it, words in links and
//! under boilerplate hints count against it. Because every good block adds
//! to the sum, the winner spreads over every section of a multi-part page
//! and stops where navigation and teaser lists begin, without a fixed
//! notion of "the one article `<div>`".

use std::collections::{HashMap, HashSet};

use crate::config::Favor;
use crate::model::{BlockKind, Label, Reason};
use crate::segment::{NONE, RawBlock, Segmented};
use crate::tuning;

/// A block's label, the rule behind it, and its weight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Decision {
    pub(crate) label: Label,
    pub(crate) reason: Reason,
    pub(crate) score: f32,
    pub(crate) in_main: bool,
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

/// Runs of records: per element, whether it is inside a record, and
/// whether it is inside a teaser.
///
/// A record is one of at least [`tuning::MIN_RECORDS`] siblings of the same
/// shape (tag and first class token) that each hold text outside links.
/// Cards of a listing, posts of a thread, results of a search are records;
/// a menu's items, all links, are not. A teaser is a record with a heading
/// that is all link, or a linked title that opens a summary cut short
/// ([`is_excerpt`]): the title of another page over its summary, the shape
/// of "related stories" under an article and of the items of a listing.
struct Records {
    /// The records themselves (not what is inside them).
    is_record: Vec<bool>,
    in_record: Vec<bool>,
    in_teaser: Vec<bool>,
}

fn records(seg: &Segmented) -> Records {
    let n = seg.elems.len();
    // Per element: words, words outside links, and a heading all link.
    let mut words = vec![(0u32, 0u32, false); n];
    for b in &seg.blocks {
        if b.owner != NONE {
            let w = &mut words[b.owner as usize];
            w.0 += b.words;
            w.1 += b.words - b.link_words;
            w.2 |= is_headline(b) && b.words >= tuning::TEASER_MIN_TITLE_WORDS || is_excerpt(b);
        }
    }
    for e in (0..n).rev() {
        let parent = seg.elems[e].parent;
        if parent != NONE {
            let (all, plain, titled) = words[e];
            let up = &mut words[parent as usize];
            up.0 += all;
            up.1 += plain;
            up.2 |= titled;
        }
    }
    let mut in_record = vec![false; n];
    let mut in_teaser = vec![false; n];
    let mut children: Vec<(u32, u32)> = Vec::new();
    for p in 0..n {
        let end = seg.elems[p].end as usize;
        if end < p + tuning::MIN_RECORDS {
            continue;
        }
        // Children follow their parent in pre-order, each subtree contiguous.
        children.clear();
        let mut c = p + 1;
        while c <= end {
            let (all, plain, _) = words[c];
            if plain >= tuning::RECORD_MIN_PLAIN_WORDS
                && all >= tuning::RECORD_MIN_WORDS
                && plain as f32 >= tuning::RECORD_MIN_PLAIN_SHARE * all as f32
            {
                children.push((seg.elems[c].shape, c as u32));
            }
            c = seg.elems[c].end as usize + 1;
        }
        if children.len() < tuning::MIN_RECORDS {
            continue;
        }
        children.sort_unstable();
        for run in children.chunk_by(|a, b| a.0 == b.0) {
            if run.len() < tuning::MIN_RECORDS {
                continue;
            }
            // Teasers come in runs: the run is one if most of it is.
            let teasers = run
                .iter()
                .filter(|&&(_, c)| {
                    let (all, _, titled) = words[c as usize];
                    titled && all <= tuning::TEASER_MAX_WORDS
                })
                .count();
            for &(_, c) in run {
                in_record[c as usize] = true;
                in_teaser[c as usize] = 2 * teasers >= run.len();
            }
        }
    }
    let is_record = in_record.clone();
    inherit(seg, &mut in_record);
    inherit(seg, &mut in_teaser);
    Records {
        is_record,
        in_record,
        in_teaser,
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

/// Per element, summed over the blocks inside it.
struct Sums {
    /// Block weights.
    weight: Vec<f32>,
    /// Words outside links.
    plain: Vec<f32>,
}

/// Chooses the main container: the element with the highest summed block
/// weight, or [`NONE`] for a page without blocks; an element that encloses
/// the best so far must outweigh it by [`tuning::ENCLOSING_MIN_GAIN`];
/// and the per-element sums. Elements inside a consent dialog (`never`, see
/// [`never_content`]) are chosen only when no other element carries any
/// weight.
fn main_container(seg: &Segmented, weights: &[f32], links: Links, never: &[bool]) -> (u32, Sums) {
    let n = seg.elems.len();
    let mut sum = vec![0f32; n];
    let mut plain = vec![0f32; n];
    for (b, w) in seg.blocks.iter().zip(weights) {
        if b.owner != NONE {
            sum[b.owner as usize] += w;
            plain[b.owner as usize] += plain_words(b, links);
        }
    }
    let (mut best, mut best_never) = (NONE, NONE);
    let (mut best_score, mut best_never_score) = (f32::MIN, f32::MIN);
    // Reverse pre-order visits every element after all its descendants, so
    // each sum is complete when it is read and then passed up.
    for e in (0..n).rev() {
        let elem = &seg.elems[e];
        let s = sum[e];
        let score = if elem.hint > 0 && s > 0.0 {
            s * (1.0 + tuning::POSITIVE_CONTAINER_BONUS)
        } else {
            s
        };
        if never[e] {
            if score > best_never_score {
                best_never_score = score;
                best_never = e as u32;
            }
        } else if score > best_score
            && (!encloses(seg, e as u32, best)
                || score > best_score * (1.0 + tuning::ENCLOSING_MIN_GAIN))
        {
            best_score = score;
            best = e as u32;
        }
        if elem.parent != NONE {
            // A consent dialog's text is no evidence for what holds it.
            if elem.never_content {
                sum[elem.parent as usize] += s.min(0.0);
            } else {
                sum[elem.parent as usize] += s;
                plain[elem.parent as usize] += plain[e];
            }
        }
    }
    if best_score <= 0.0 && best_never_score > best_score {
        best = best_never;
    }
    (best, Sums { weight: sum, plain })
}

/// The siblings of the main container that join it: siblings of the
/// container or of its ancestors up to [`tuning::SIBLING_LEVELS`] levels up
/// (through no boilerplate-hinted ancestor), without a boilerplate hint,
/// whose summed weight is at least [`tuning::SIBLING_MIN_SHARE`] of the
/// container's. A page whose content sits in several sections beside
/// navigation keeps all of them.
fn joined_siblings(seg: &Segmented, main: u32, sums: &Sums) -> Vec<(u32, u32)> {
    let Some(m) = seg.elems.get(main as usize) else {
        return Vec::new();
    };
    let floor = tuning::SIBLING_MIN_SHARE * sums.weight[main as usize];
    if floor <= 0.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The siblings of the container and of its nearest ancestors.
    let (mut child, mut parent) = (main, m.parent);
    for _ in 0..tuning::SIBLING_LEVELS {
        if parent == NONE || seg.elems[parent as usize].hint < 0 {
            break;
        }
        // Children of `parent` follow it in pre-order, each subtree contiguous.
        let mut e = parent + 1;
        let end = seg.elems[parent as usize].end;
        while e <= end {
            let elem = &seg.elems[e as usize];
            if e != child && elem.hint >= 0 && sums.weight[e as usize] >= floor {
                out.push((e, elem.end));
            }
            e = elem.end + 1;
        }
        child = parent;
        parent = seg.elems[parent as usize].parent;
    }
    out
}

/// Per element, whether it is inside an element that is never content
/// (see [`tuning::NEVER_CONTENT_SUBSTRINGS`]).
fn never_content(seg: &Segmented) -> Vec<bool> {
    let mut never: Vec<bool> = seg.elems.iter().map(|e| e.never_content).collect();
    inherit(seg, &mut never);
    never
}

/// Sets a per-element flag on every element inside one that has it.
fn inherit(seg: &Segmented, flags: &mut [bool]) {
    // Pre-order: a parent's flag is final before its children read it.
    for (e, elem) in seg.elems.iter().enumerate() {
        if elem.parent != NONE && flags[elem.parent as usize] {
            flags[e] = true;
        }
    }
}

/// The main container, the per-element sums, how links were counted and
/// the block weights, as the last reading that chose them left them.
struct Choice<'a> {
    main: u32,
    sums: Sums,
    links: Links<'a>,
    weights: Vec<f32>,
}

/// Chooses the main container in up to three readings: every link a link;
/// teasers set aside when they turn out to be beside an article; records'
/// and cards' links as text when what is left is a listing. [`NONE`] when
/// the best container is a small boilerplate element (a page without main
/// content).
fn choose<'a>(seg: &Segmented, records: &'a Records, never: &[bool]) -> Choice<'a> {
    let mut choice = read(seg, Links::Strict, never);
    let teasers = if choice.main == NONE {
        0.0
    } else {
        teaser_words(seg, records, choice.main)
    };
    if teasers > 0.0 {
        // Teasers beside an article: choose again without them, and keep
        // that choice if what it finds outweighs them. A page whose teasers
        // outweigh the rest is a listing of them.
        let without = read(seg, Links::Teasers(records), never);
        if without.main != NONE
            && without.sums.plain[without.main as usize] > tuning::TEASER_MAX_RATIO * teasers
        {
            choice = without;
        }
    }
    // A page whose best element is a consent dialog is a page of links: a
    // listing. So is one whose container is a short introduction inside a
    // grid of cards that outweighs it (services, categories).
    let main = choice.main;
    let plain = if main == NONE {
        0.0
    } else {
        choice.sums.plain[main as usize]
    };
    if main == NONE || never[main as usize] || plain < tuning::LISTING_MAX_PLAIN_WORDS {
        choice = read(seg, Links::Listing(records), never);
    } else if plain < tuning::CARDS_MAX_PLAIN_WORDS {
        let listing = read(seg, Links::Listing(records), never);
        if encloses(seg, listing.main, main)
            && card_words(seg, listing.main) as f32 > tuning::CARDS_MIN_RATIO * plain
        {
            choice = listing;
        }
    }
    let main = choice.main;
    if main != NONE
        && choice.sums.plain[main as usize] < tuning::NO_CONTENT_MAX_WORDS
        && under_hint(seg, main)
    {
        choice.main = NONE;
    }
    choice
}

/// Whether element `outer` is `inner` or one of its ancestors.
fn encloses(seg: &Segmented, outer: u32, inner: u32) -> bool {
    // Pre-order: an element's subtree is the range up to its `end`.
    outer != NONE && outer <= inner && seg.elems[outer as usize].end >= inner
}

/// The blocks inside element `e`.
fn blocks_in(seg: &Segmented, e: u32) -> impl Iterator<Item = &RawBlock> {
    // Pre-order: an element's subtree is the range up to its `end`.
    let end = seg.elems[e as usize].end;
    seg.blocks
        .iter()
        .filter(move |b| (e..=end).contains(&b.owner))
}

/// The words of cards (blocks wrapped whole in a link) inside element `e`.
fn card_words(seg: &Segmented, e: u32) -> u32 {
    blocks_in(seg, e).map(|b| b.card_words).sum()
}

/// One reading: the blocks weighed with `links`, and the container chosen
/// by those weights.
fn read<'a>(seg: &Segmented, links: Links<'a>, never: &[bool]) -> Choice<'a> {
    let weights: Vec<f32> = seg.blocks.iter().map(|b| weight(b, links)).collect();
    let (main, sums) = main_container(seg, &weights, links, never);
    Choice {
        main,
        sums,
        links,
        weights,
    }
}

/// Labels every block.
pub(crate) fn classify(seg: &Segmented, favor: Favor) -> Vec<Decision> {
    let records = records(seg);
    let never = never_content(seg);
    let Choice {
        main,
        sums,
        links,
        weights,
    } = choose(seg, &records, &never);
    let no_content = main == NONE;
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
    let in_main = |b: &RawBlock| {
        (lo..=hi).contains(&b.owner) || siblings.iter().any(|&(s, e)| (s..=e).contains(&b.owner))
    };
    // On a thread (a short post, then replies) comments are the content.
    let post_words: f32 = seg
        .blocks
        .iter()
        .filter(|b| in_main(b) && !(b.comment_anc != NONE && b.comment_anc > main))
        .map(|b| plain_words(b, links))
        .sum();
    let thread = post_words < tuning::THREAD_MAX_POST_WORDS;
    // A hint inside the container is believed only for a minor part of it,
    // counting every hinted element of the same shape (a `meta` block
    // repeated in each item of a listing can carry most of it; comments,
    // which can outweigh the article above them, excepted), and a comment
    // hint not on a thread.
    let mut hinted_by_shape: HashMap<u32, f32> = HashMap::new();
    if main != NONE {
        for e in main + 1..=hi {
            let elem = &seg.elems[e as usize];
            if elem.hint < 0 {
                *hinted_by_shape.entry(elem.shape).or_default() += sums.plain[e as usize];
            }
        }
    }
    let minor = |words: f32| words < tuning::MAX_HINTED_SHARE * sums.plain[main as usize];
    let believed = |b: &RawBlock| {
        let neg = b.neg_anc;
        neg != NONE
            && neg > main
            && minor(sums.plain[neg as usize])
            && (b.comment_anc == neg
                || minor(
                    hinted_by_shape
                        .get(&seg.elems[neg as usize].shape)
                        .copied()
                        .unwrap_or_default(),
                ))
            && !(thread && b.comment_anc == neg)
    };
    let in_teaser = |b: &RawBlock| {
        matches!(links, Links::Teasers(_)) && b.owner != NONE && records.in_teaser[b.owner as usize]
    };
    // A page's own date lines ("Published …", "Updated …") are metadata;
    // a date on every post of a thread or item of a listing is part of it.
    let dateline = |b: &RawBlock| in_main(b) && b.is_date_line();
    let datelines: Vec<bool> = seg.blocks.iter().map(dateline).collect();
    let own_dates = datelines.iter().filter(|&&d| d).count() <= tuning::DATELINE_MAX_PER_PAGE;
    let title_block = title_block(seg);
    let mut decisions: Vec<Decision> = seg
        .blocks
        .iter()
        .zip(&weights)
        .enumerate()
        .map(|(i, (b, &score))| {
            let in_main = in_main(b);
            let density = link_density(b, links);
            let (label, reason) = if no_content {
                (Label::Boilerplate, Reason::NoMainContent)
            } else if Some(i) == title_block {
                (Label::Boilerplate, Reason::Title)
            } else if in_main {
                if believed(b) {
                    (Label::Boilerplate, Reason::ClassHint)
                } else if in_teaser(b) {
                    (Label::Boilerplate, Reason::Teaser)
                } else if density > max_link_density && b.kind != BlockKind::Heading {
                    (Label::Boilerplate, Reason::LinkDense)
                } else if b.kind == BlockKind::Caption && favor != Favor::Recall {
                    (Label::Boilerplate, Reason::FigureCaption)
                } else if favor != Favor::Recall && own_dates && datelines[i] {
                    (Label::Boilerplate, Reason::Dateline)
                } else if favor == Favor::Precision
                    && b.kind != BlockKind::Heading
                    && b.words < tuning::PRECISION_MIN_WORDS
                {
                    (Label::Boilerplate, Reason::TooShort)
                } else {
                    (Label::Content, Reason::MainContainer)
                }
            } else if b.words >= outside_min_words && density < 0.1 && b.neg_anc == NONE {
                (Label::Content, Reason::DenseOutside)
            } else {
                (Label::Boilerplate, Reason::OutsideMain)
            };
            Decision {
                label,
                reason,
                score,
                in_main,
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
    decisions
}

/// Drops a kept block that repeats an earlier kept block word for word: the
/// second copy of a page printed twice for two screen sizes, a pull quote.
/// Short blocks (a date, "Read more") may repeat and stay.
fn drop_repeats(seg: &Segmented, decisions: &mut [Decision]) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (b, d) in seg.blocks.iter().zip(decisions.iter_mut()) {
        if d.label != Label::Content || b.words < tuning::REPEAT_MIN_WORDS {
            continue;
        }
        if !seen.insert(b.text.as_str()) {
            d.label = Label::Boilerplate;
            d.reason = Reason::Repeat;
        }
    }
}

/// Drops the records that follow a heading dropped for its own boilerplate
/// hint naming related pages (`<h3 class="related-posts-title">You may
/// also like</h3>` and then whole posts, one after another): they are the
/// section it names. Records of one block (the paragraphs of a section
/// that a class names "recommendations") are left alone.
fn drop_records_after_hinted_heading(
    seg: &Segmented,
    records: &Records,
    decisions: &mut [Decision],
) {
    let candidates = |(i, b): &(usize, &RawBlock)| {
        b.kind == BlockKind::Heading
            && b.neg_anc != NONE
            && decisions[*i].reason == Reason::ClassHint
            && names_related(&b.class_id)
    };
    if !seg.blocks.iter().enumerate().any(|x| candidates(&x)) {
        return;
    }
    // Blocks per element, its subtree's included: one pass each way.
    let mut blocks = vec![0u32; seg.elems.len()];
    for b in &seg.blocks {
        if b.owner != NONE {
            blocks[b.owner as usize] += 1;
        }
    }
    for e in (0..seg.elems.len()).rev() {
        let parent = seg.elems[e].parent;
        if parent != NONE {
            blocks[parent as usize] += blocks[e];
        }
    }
    // Each element is marked once; a walk stops at a marked sibling, which
    // an earlier walk (and everything after it) already covered.
    let mut dropped = vec![false; seg.elems.len()];
    for (i, b) in seg.blocks.iter().enumerate() {
        if !candidates(&(i, b)) || blocks[b.neg_anc as usize] != 1 {
            continue;
        }
        let elem = &seg.elems[b.neg_anc as usize];
        if elem.parent == NONE {
            continue;
        }
        // The siblings after the heading, while they are records of two
        // blocks or more.
        let end = seg.elems[elem.parent as usize].end;
        let mut e = elem.end + 1;
        while e <= end
            && records.is_record[e as usize]
            && blocks[e as usize] >= 2
            && !dropped[e as usize]
        {
            dropped[e as usize] = true;
            e = seg.elems[e as usize].end + 1;
        }
    }
    inherit(seg, &mut dropped);
    for (d, b) in decisions.iter_mut().zip(&seg.blocks) {
        if b.owner != NONE && dropped[b.owner as usize] && d.label == Label::Content {
            d.label = Label::Boilerplate;
            d.reason = Reason::Teaser;
        }
    }
}

/// Whether class and id names (as [`RawBlock::class_id`] holds them) name
/// a section of related pages (see [`tuning::RELATED_SUBSTRINGS`]).
fn names_related(class_id: &str) -> bool {
    tuning::RELATED_SUBSTRINGS
        .iter()
        .any(|w| crate::text::contains_ignore_ascii_case(class_id, w))
}

/// Whether a block is a headline: a heading that is all link, another
/// page's title. (The walk counts such a heading's words as card words.)
fn is_headline(b: &RawBlock) -> bool {
    b.kind == BlockKind::Heading && b.words > 0 && b.card_words == b.words
}

/// Whether a block is a title linking to another page followed by a cut
/// summary: a link of at least [`tuning::HEADLINE_MIN_WORDS`] words opens
/// it and it ends in an ellipsis ("Headline Summary of the story…").
fn is_excerpt(b: &RawBlock) -> bool {
    b.lead_link_words >= tuning::HEADLINE_MIN_WORDS
        && b.words > b.lead_link_words
        && (b.text.ends_with("...") || b.text.ends_with('…'))
}

/// Drops runs of [`tuning::HEADLINE_RUN_MIN`] or more kept headlines
/// (headings that are all link) with no other kept block between them: a
/// list of other pages' titles ("Related", "More in this section") inside
/// the container. Not in the listing reading, where they are the items.
fn drop_headline_runs(seg: &Segmented, decisions: &mut [Decision]) {
    let mut run: Vec<usize> = Vec::new();
    let close = |run: &mut Vec<usize>, decisions: &mut [Decision]| {
        if run.len() >= tuning::HEADLINE_RUN_MIN {
            for &i in run.iter() {
                decisions[i].label = Label::Boilerplate;
                decisions[i].reason = Reason::Teaser;
            }
        }
        run.clear();
    };
    for (i, b) in seg.blocks.iter().enumerate() {
        if decisions[i].label != Label::Content {
            continue;
        }
        if is_headline(b) && b.words >= tuning::HEADLINE_MIN_WORDS {
            run.push(i);
        } else {
            close(&mut run, decisions);
        }
    }
    close(&mut run, decisions);
}

/// Drops a kept heading over a section whose blocks were all dropped: no
/// kept block, and at least one dropped one, between it and the next
/// heading of its level or higher (or the end of the page). A heading
/// directly over another heading is a list of titles and stays. Headings
/// are judged last to first, so a heading whose subsections all went empty
/// goes too.
fn drop_empty_sections(seg: &Segmented, decisions: &mut [Decision], headlines_are_links: bool) {
    // A linked headline (a heading that is all link) is another page's
    // title: outside a listing it does not make a section content.
    let headline = |b: &RawBlock| headlines_are_links && is_headline(b);
    // Per level 1–6, between the block being looked at and the next heading
    // of that level or higher: whether anything is kept, and whether
    // anything was dropped.
    let mut kept_below = [false; 7];
    let mut dropped_below = [false; 7];
    for (b, d) in seg.blocks.iter().zip(decisions.iter_mut()).rev() {
        let kept = d.label == Label::Content;
        if b.kind == BlockKind::Heading {
            let level = usize::from(b.level.clamp(1, 6));
            if kept
                && !kept_below[level]
                && dropped_below[level]
                && b.words <= tuning::EMPTY_SECTION_MAX_WORDS
                && b.card_words == 0
            {
                d.label = Label::Boilerplate;
                d.reason = Reason::EmptySection;
            }
            let kept = d.label == Label::Content && !headline(b);
            // This heading closes the sections of its level and deeper, and
            // is a block of the sections above them.
            for l in level..7 {
                kept_below[l] = false;
                dropped_below[l] = false;
            }
            for l in 0..level {
                kept_below[l] |= kept;
                dropped_below[l] |= !kept;
            }
        } else {
            for l in 0..7 {
                kept_below[l] |= kept;
                dropped_below[l] |= !kept;
            }
        }
    }
    if !headlines_are_links {
        return;
    }
    // The headlines under a heading that went empty go with it.
    let mut under: Option<u8> = None;
    for (b, d) in seg.blocks.iter().zip(decisions.iter_mut()) {
        if b.kind != BlockKind::Heading {
            continue;
        }
        if let Some(level) = under
            && b.level <= level
        {
            under = None;
        }
        if d.reason == Reason::EmptySection {
            under = Some(b.level);
        } else if under.is_some() && d.label == Label::Content && headline(b) {
            d.label = Label::Boilerplate;
            d.reason = Reason::EmptySection;
        }
    }
}

/// Plain words of the teasers inside `main`.
fn teaser_words(seg: &Segmented, records: &Records, main: u32) -> f32 {
    blocks_in(seg, main)
        .filter(|b| records.in_teaser[b.owner as usize])
        .map(|b| plain_words(b, Links::Strict))
        .sum()
}

/// Whether `elem` or one of its ancestors has a boilerplate hint.
fn under_hint(seg: &Segmented, mut elem: u32) -> bool {
    while elem != NONE {
        let e = &seg.elems[elem as usize];
        if e.hint < 0 {
            return true;
        }
        elem = e.parent;
    }
    false
}

/// The block that repeats the page title: the first heading that is the
/// OpenGraph title or the `<title>`, or the `<title>` less a site name
/// joined to it by a separator (`Headline | Site`, `Site - Headline`).
fn title_block(seg: &Segmented) -> Option<usize> {
    let titles: Vec<String> = [&seg.head.og_title, &seg.head.title]
        .into_iter()
        .flatten()
        .map(|t| title_form(t))
        .collect();
    if titles.is_empty() {
        // Without a declared title, the first <h1> is the title.
        return seg
            .blocks
            .iter()
            .position(|b| b.kind == BlockKind::Heading && b.level == 1);
    }
    seg.blocks.iter().position(|b| {
        b.kind == BlockKind::Heading && b.text.chars().count() >= 3 && {
            let h = title_form(&b.text);
            titles.iter().any(|t| is_title_part(t, &h))
        }
    })
}

/// A title or heading as it is compared: lowercase, one space between
/// words, and the typographic forms a CMS swaps in one place but not the
/// other (`…` for `...`, curly quotes for straight ones) made plain.
fn title_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                '\u{2026}' => out.push_str("..."),
                '\u{2018}' | '\u{2019}' => out.push('\''),
                '\u{201c}' | '\u{201d}' => out.push('"'),
                _ => out.push(c),
            }
        }
    }
    out
}

/// Whether `heading` is `title`, or `title` with a site name before or after
/// it behind a separator.
fn is_title_part(title: &str, heading: &str) -> bool {
    const SEPARATORS: &[char] = &[
        '|', '-', '\u{2013}', '\u{2014}', ':', '\u{b7}', '\u{bb}', '/', '\u{2022}',
    ];
    if title == heading {
        return true;
    }
    let after = title
        .strip_prefix(heading)
        .is_some_and(|rest| rest.trim_start().starts_with(SEPARATORS));
    let before = title
        .strip_suffix(heading)
        .is_some_and(|rest| rest.trim_end().ends_with(SEPARATORS));
    after || before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;
    use crate::segment::{View, segment};

    fn labels(html: &str) -> Vec<(String, Label)> {
        let seg = segment(&dom::parse(html), View::Reader);
        let d = classify(&seg, Favor::Balanced);
        seg.blocks
            .iter()
            .zip(d)
            .map(|(b, d)| (b.text.clone(), d.label))
            .collect()
    }

    /// The texts of the blocks labelled content.
    fn kept(html: &str) -> Vec<String> {
        labels(html)
            .into_iter()
            .filter(|x| x.1 == Label::Content)
            .map(|x| x.0)
            .collect()
    }

    const STORY: &str = "The council voted on Tuesday to rebuild the old bridge across the river, \
        a project that has been discussed for more than ten years and will cost the town a great deal.";

    const STORY2: &str = "Work will start in the spring and the bridge will stay open to walkers \
        while the new deck is laid, the engineers told a packed meeting at the town hall.";

    #[test]
    fn navigation_is_dropped_and_story_kept() {
        let html = format!(
            "<nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul></nav>\
             <div><p>{STORY}</p><p>{STORY2}</p></div>\
             <footer><p>Copyright 2024 The Town Paper. All rights reserved.</p></footer>"
        );
        assert_eq!(kept(&html), [STORY, STORY2]);
    }

    #[test]
    fn share_list_inside_the_article_is_dropped() {
        let html = format!(
            "<article><p>{STORY}</p><ul class=share><li><a href=/f>Facebook</a></li></ul>\
             <p>Share this story</p><p>{STORY2}</p></article>"
        );
        let l = labels(&html);
        assert_eq!(l[1].1, Label::Boilerplate);
        assert_eq!(l[3].1, Label::Content);
    }

    #[test]
    fn a_repeated_paragraph_is_kept_once() {
        let html = format!("<div><p>{STORY}</p><p>{STORY2}</p><p>{STORY}</p></div>");
        assert_eq!(kept(&html), [STORY, STORY2]);
    }

    const STORY3: &str = "The old deck will be lifted out in sections by a floating crane and \
        taken to the museum yard, where the iron railings will be cleaned and put on show.";
    const MORE: &str = "Councillors who voted against the plan said the money would be \
        better spent on the pavements of the older streets, where several people fell this year.";

    #[test]
    fn a_run_of_linked_headlines_is_dropped_and_a_directory_stays() {
        let html = format!(
            "<article><p>{STORY}</p><p>{STORY2}</p><ul>\
             <li><h4><a href=/a>Library extends its winter opening hours</a></h4></li>\
             <li><h4><a href=/b>Market traders ask for another day</a></h4></li>\
             <li><h4><a href=/c>School choir wins the county festival</a></h4></li>\
             </ul><p>{STORY3}</p><p>{MORE}</p><ul><li><h4><a href=/d>Apple</a></h4></li>\
             <li><h4><a href=/e>Bitbucket</a></h4></li><li><h4><a href=/f>GitHub</a></h4></li>\
             </ul></article>"
        );
        // Three story titles in a row are a list of other pages; short
        // names (a directory of providers) are the page's own list.
        assert_eq!(
            kept(&html),
            [STORY, STORY2, STORY3, MORE, "Apple", "Bitbucket", "GitHub"]
        );
    }

    #[test]
    fn titles_over_cut_summaries_beside_a_story_are_teasers() {
        let item = |n: u32| {
            format!(
                "<li><a href=/n{n}>Library {n} extends its opening hours again</a> <span>The \
                 library will stay open until eight on weekdays through the winter, the \
                 council said on Monday, after a survey of readers found that...</span></li>"
            )
        };
        let items: String = (0..4).map(item).collect();
        let html = format!(
            "<div><ul>{items}</ul><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p>\
             <p>{MORE}</p></div></div>"
        );
        assert_eq!(kept(&html), [STORY, STORY2, STORY3, MORE]);
        // The same items with whole summaries are not known as teasers.
        let whole = html.replace("found that...", "found that evenings were busiest.");
        assert_eq!(kept(&whole).len(), 8);
    }

    #[test]
    fn a_wrapper_must_add_a_tenth_to_the_story() {
        let side = "<div><h3>Poll</h3><p>Should the hall open on Sundays?</p></div>";
        let html =
            format!("<div><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p></div>{side}</div>");
        assert_eq!(kept(&html), [STORY, STORY2, STORY3]);
        // A sibling that adds more than a tenth (but less than the share
        // that joins siblings) brings its parent in.
        let blurb = "<div><p>A guide to the hedgerows of the valley, with drawings on every \
                     page, in the shops.</p></div>";
        let html =
            format!("<div><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p></div>{blurb}</div>");
        assert_eq!(kept(&html).len(), 4);
    }

    #[test]
    fn whole_posts_after_a_related_heading_are_dropped() {
        let post =
            |text: &str| format!("<section><p><a href=/s>Share</a></p><p>{text}</p></section>");
        let posts = [STORY2, STORY3, MORE].map(post).concat();
        let html = format!(
            "<article><p>{STORY}</p><h3 class=related-title>You may also like</h3>{posts}</article>"
        );
        assert_eq!(kept(&html), [STORY]);
        // A section a class calls "recommendations", of paragraphs, stays.
        let html = format!(
            "<article><p>{STORY}</p><h3 id=recommendations>Recommendations</h3>\
             <p>{STORY2}</p><p>{STORY3}</p><p>{MORE}</p></article>"
        );
        assert_eq!(kept(&html), [STORY, STORY2, STORY3, MORE]);
    }

    #[test]
    fn a_heading_over_dropped_links_goes_with_them() {
        let html = format!(
            "<article><h2>The vote</h2><p>{STORY}</p><h3>Details</h3><p>{STORY2}</p>\
             <p>{STORY3}</p><h2>Related posts</h2><ul><li><a href=/a>Another bridge story</a></li>\
             <li><a href=/b>A road story</a></li></ul>\
             <h2>Reading list</h2><h3>Bridges of the valley, a history</h3>\
             <h3>The river and the town</h3>\
             <h2>You may also like</h2><h3><a href=/c>A ferry story from the coast</a></h3>\
             <h3><a href=/d>A canal story from the hills</a></h3></article>"
        );
        // Linked headlines are other pages' titles: a section of them is
        // empty, and they go with its heading.
        // A heading over another heading is a list of titles, not empty.
        assert_eq!(
            kept(&html),
            [
                "The vote",
                STORY,
                "Details",
                STORY2,
                STORY3,
                "Reading list",
                "Bridges of the valley, a history",
                "The river and the town"
            ]
        );
    }

    #[test]
    fn titles_match_across_typography() {
        assert_eq!(title_form("Só quem se  Ama…"), "só quem se ama...");
        assert!(is_title_part(
            &title_form("Só quem se Ama... — Mensagens de Reflexão"),
            &title_form("Só quem se Ama…")
        ));
        assert_eq!(title_form("It’s “fine”"), "it's \"fine\"");
    }

    #[test]
    fn a_footer_alone_is_no_main_content() {
        let l = labels(
            "<nav><a href=/>Home</a></nav><footer><p>Copyright 2024 The Paper. All rights reserved.</p></footer>",
        );
        assert!(l.iter().all(|x| x.1 == Label::Boilerplate));
    }

    #[test]
    fn empty_page_has_no_container() {
        let seg = segment(&dom::parse(""), View::Reader);
        assert!(classify(&seg, Favor::Balanced).is_empty());
    }

    #[test]
    fn title_parts() {
        assert!(is_title_part("bridge vote | paper", "bridge vote"));
        assert!(is_title_part("paper \u{2013} bridge vote", "bridge vote"));
        assert!(!is_title_part(
            "garden design and landscaping | greenway",
            "garden design"
        ));
    }

    #[test]
    fn title_heading_is_dropped() {
        let html = format!("<title>Bridge vote | Paper</title><h1>Bridge vote</h1><p>{STORY}</p>");
        let l = labels(&html);
        assert_eq!(l[0].1, Label::Boilerplate);
        assert_eq!(l[1].1, Label::Content);
    }
}
