//! The main container: the element whose blocks weigh most as content,
//! the sibling sections joined to it, and the elements that are never
//! content.

use super::*;
use crate::segment::Elem;

/// Per element, summed over the blocks inside it.
pub(super) struct Sums {
    /// Block weights.
    pub(super) weight: Vec<f32>,
    /// Words outside links.
    pub(super) plain: Vec<f32>,
}

/// Chooses the main container: the element with the highest summed block
/// weight, or [`NONE`] for a page without blocks; an element that encloses
/// the best so far must outweigh it by [`tuning::ENCLOSING_MIN_GAIN`];
/// and the per-element sums. Elements inside a consent dialog (`never`, see
/// [`never_content`]) are chosen only when no other element carries any
/// weight.
pub(super) fn main_container(
    seg: &Segmented,
    weights: &[f32],
    links: Links,
    never: &[bool],
) -> (u32, Sums) {
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
        } else if outscores(seg, e as u32, score, best, best_score) {
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
    let sums = Sums { weight: sum, plain };
    if best != NONE {
        best = into_the_landmark(seg, best, &sums, never);
    }
    if best_score <= 0.0 && best_never_score > best_score {
        best = best_never;
    }
    if best != NONE && any_above(seg, best, |e| e.sidebar) {
        best = out_of_the_sidebar(seg, best, &sums, never);
    }
    (best, sums)
}

/// Whether element `e` with `score` replaces `best` (with `best_score`) as
/// the container: a higher score, and one that encloses the best so far
/// must outweigh it by [`tuning::ENCLOSING_MIN_GAIN`].
fn outscores(seg: &Segmented, e: u32, score: f32, best: u32, best_score: f32) -> bool {
    score > best_score
        && (!encloses(seg, e, best) || score > best_score * (1.0 + tuning::ENCLOSING_MIN_GAIN))
}

/// The container, or the page's `<main>` (or `role="main"`) element
/// around it when that holds [`tuning::LANDMARK_MIN_PLAIN_RATIO`] times its
/// plain words and its blocks still weigh [`tuning::LANDMARK_MIN_WEIGHT_SHARE`]
/// of the container's: the author has said where the content is, and a
/// landing page's bands (a hero, a grid of offers, a row of figures) each
/// weigh less than the one the weights chose. Only the nearest landmark is
/// asked. `sums` are the finished per-element sums.
fn into_the_landmark(seg: &Segmented, best: u32, sums: &Sums, never: &[bool]) -> u32 {
    let (sum, plain) = (&sums.weight, &sums.plain);
    let mut a = seg.elems[best as usize].parent;
    while a != NONE {
        let elem = &seg.elems[a as usize];
        if elem.landmark_main {
            let (i, b) = (a as usize, best as usize);
            let holds_more = plain[i] >= tuning::LANDMARK_MIN_PLAIN_RATIO * plain[b]
                && sum[i] > tuning::LANDMARK_MIN_WEIGHT_SHARE * sum[b];
            return if holds_more && !never[i] { a } else { best };
        }
        a = elem.parent;
    }
    best
}

/// The container, or when it is in a sidebar (a blog's "about me" box, a
/// text widget), the best element outside every boilerplate hint that is
/// marked as content (`<article>`, a `post` or `entry` class) and holds at
/// least [`tuning::SIDEBAR_RIVAL_MIN_WORDS`] plain words, outside the
/// container: a short post beside a longer profile is the page's content.
/// `sums` are the finished per-element sums.
fn out_of_the_sidebar(seg: &Segmented, best: u32, sums: &Sums, never: &[bool]) -> u32 {
    let (sum, plain) = (&sums.weight, &sums.plain);
    let mut hinted: Vec<bool> = seg.elems.iter().map(|e| e.hint < 0).collect();
    inherit(seg, &mut hinted);
    // As `main_container` chooses, among the elements marked as content.
    let (mut rival, mut rival_score) = (NONE, f32::MIN);
    for e in (0..seg.elems.len()).rev() {
        let elem = &seg.elems[e];
        if never[e] || hinted[e] || elem.hint <= 0 || sum[e] <= 0.0 {
            continue;
        }
        let score = sum[e] * (1.0 + tuning::POSITIVE_CONTAINER_BONUS);
        if outscores(seg, e as u32, score, rival, rival_score) {
            rival_score = score;
            rival = e as u32;
        }
    }
    if rival != NONE
        && !encloses(seg, rival, best)
        && plain[rival as usize] >= tuning::SIDEBAR_RIVAL_MIN_WORDS
    {
        rival
    } else {
        best
    }
}

/// The siblings of the main container that join it: siblings of the
/// container or of its ancestors up to [`tuning::SIBLING_LEVELS`] levels up
/// (through no boilerplate-hinted ancestor), without a boilerplate hint,
/// whose summed weight is at least [`tuning::SIBLING_MIN_SHARE`] of the
/// container's. A page whose content sits in several sections beside
/// navigation keeps all of them.
pub(super) fn joined_siblings(seg: &Segmented, main: u32, sums: &Sums) -> Vec<(u32, u32)> {
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
pub(super) fn never_content(seg: &Segmented) -> Vec<bool> {
    let mut never: Vec<bool> = seg.elems.iter().map(|e| e.never_content).collect();
    inherit(seg, &mut never);
    never
}

/// Sets a per-element flag on every element inside one that has it.
pub(super) fn inherit(seg: &Segmented, flags: &mut [bool]) {
    // Pre-order: a parent's flag is final before its children read it.
    for (e, elem) in seg.elems.iter().enumerate() {
        if elem.parent != NONE && flags[elem.parent as usize] {
            flags[e] = true;
        }
    }
}

/// Blocks per element, those of its subtree included: one pass each way.
pub(super) fn blocks_per_subtree(seg: &Segmented) -> Vec<u32> {
    per_subtree(seg, |_| 1)
}

/// Per element, the words outside links of the blocks in its subtree.
pub(super) fn plain_words_per_subtree(seg: &Segmented) -> Vec<u32> {
    per_subtree(seg, |b| b.words.saturating_sub(b.link_words))
}

/// Per element, `value` summed over the blocks in its subtree: each
/// block's value on its owner, then passed up in reverse pre-order (every
/// element after all its descendants).
fn per_subtree(seg: &Segmented, value: impl Fn(&RawBlock) -> u32) -> Vec<u32> {
    let mut sums = vec![0u32; seg.elems.len()];
    for b in &seg.blocks {
        if b.owner != NONE {
            sums[b.owner as usize] += value(b);
        }
    }
    for e in (0..seg.elems.len()).rev() {
        let parent = seg.elems[e].parent;
        if parent != NONE {
            sums[parent as usize] += sums[e];
        }
    }
    sums
}

/// The children of element `e`, in order.
pub(super) fn children(seg: &Segmented, e: u32) -> impl Iterator<Item = u32> + '_ {
    let end = seg.elems[e as usize].end;
    let mut c = e + 1;
    std::iter::from_fn(move || {
        (c <= end).then(|| {
            let child = c;
            c = seg.elems[c as usize].end + 1;
            child
        })
    })
}

/// The main container, the per-element sums, how links were counted and
/// the block weights, as the last reading that chose them left them.
pub(super) struct Choice<'a> {
    pub(super) main: u32,
    pub(super) sums: Sums,
    pub(super) links: Links<'a>,
    pub(super) weights: Vec<f32>,
}

/// Chooses the main container in up to three readings: every link a link;
/// teasers set aside when they turn out to be beside an article; records'
/// and cards' links as text when what is left is a listing. [`NONE`] when
/// the best container is a small boilerplate element (a page without main
/// content).
pub(super) fn choose<'a>(seg: &Segmented, records: &'a Records, never: &[bool]) -> Choice<'a> {
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
pub(super) fn encloses(seg: &Segmented, outer: u32, inner: u32) -> bool {
    // Pre-order: an element's subtree is the range up to its `end`.
    outer != NONE && outer <= inner && seg.elems[outer as usize].end >= inner
}

/// The blocks inside element `e`.
pub(super) fn blocks_in(seg: &Segmented, e: u32) -> impl Iterator<Item = &RawBlock> {
    // Pre-order: an element's subtree is the range up to its `end`.
    let end = seg.elems[e as usize].end;
    seg.blocks
        .iter()
        .filter(move |b| (e..=end).contains(&b.owner))
}

/// The words of cards (blocks wrapped whole in a link) inside element `e`.
pub(super) fn card_words(seg: &Segmented, e: u32) -> u32 {
    blocks_in(seg, e).map(|b| b.card_words).sum()
}

/// One reading: the blocks weighed with `links`, and the container chosen
/// by those weights.
pub(super) fn read<'a>(seg: &Segmented, links: Links<'a>, never: &[bool]) -> Choice<'a> {
    let weights: Vec<f32> = seg.blocks.iter().map(|b| weight(b, links)).collect();
    let (main, sums) = main_container(seg, &weights, links, never);
    Choice {
        main,
        sums,
        links,
        weights,
    }
}

/// Whether `elem` or one of its ancestors is what `what` asks for.
fn any_above(seg: &Segmented, mut elem: u32, what: impl Fn(&Elem) -> bool) -> bool {
    while elem != NONE {
        let e = &seg.elems[elem as usize];
        if what(e) {
            return true;
        }
        elem = e.parent;
    }
    false
}

/// Whether `elem` or one of its ancestors has a boilerplate hint.
pub(super) fn under_hint(seg: &Segmented, elem: u32) -> bool {
    any_above(seg, elem, |e| e.hint < 0)
}
