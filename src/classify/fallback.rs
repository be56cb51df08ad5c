//! The fallback for a nearly empty reading: when the rules keep almost
//! nothing and a run of prose sits elsewhere on the page, the run is kept
//! (labelled [`Reason::Fallback`]), as trafilatura falls back on its
//! baseline. A page of menus and a footer has no such run and stays empty.

use super::*;

/// A run of consecutive blocks between link lists, and its weight.
#[derive(Clone, Copy)]
struct Run {
    first: usize,
    /// One past the last block.
    end: usize,
    /// Plain words in its blocks of [`tuning::SHORT_BLOCK_WORDS`] or more
    /// whose link density is at most
    /// [`tuning::FALLBACK_PROSE_LINK_DENSITY`].
    prose: u32,
}

/// Keeps the longest run of prose when the labels kept fewer than
/// [`tuning::FALLBACK_MAX_WORDS`] words and under
/// [`tuning::FALLBACK_MAX_SHARE`] of the run's prose. A run ends at a
/// link-dense block, a comment, or a block inside a consent dialog
/// (`never`); its blocks are kept unless they are link-dense or were
/// dropped as the title or a repeat.
pub(super) fn fall_back(seg: &Segmented, never: &[bool], decisions: &mut [Decision]) {
    let kept = kept_words(seg, decisions);
    if kept >= tuning::FALLBACK_MAX_WORDS {
        return;
    }
    let Some(run) = longest_run(seg, never, decisions) else {
        return;
    };
    if run.prose < tuning::FALLBACK_MIN_RUN_WORDS
        || kept as f32 >= tuning::FALLBACK_MAX_SHARE * run.prose as f32
    {
        return;
    }
    for (b, d) in seg.blocks[run.first..run.end]
        .iter()
        .zip(&mut decisions[run.first..run.end])
    {
        let dropped = d.label == Label::Boilerplate
            && !matches!(
                d.reason,
                Reason::Title | Reason::Repeat | Reason::ScriptText
            );
        if dropped && link_density(b, Links::Strict) <= tuning::MAX_LINK_DENSITY {
            d.label = Label::Content;
            d.reason = Reason::Fallback;
        }
    }
}

/// The run with the most prose, the first of equals; `None` for a page
/// without one.
fn longest_run(seg: &Segmented, never: &[bool], decisions: &[Decision]) -> Option<Run> {
    let mut best: Option<Run> = None;
    let mut run = Run {
        first: 0,
        end: 0,
        prose: 0,
    };
    for (i, b) in seg.blocks.iter().enumerate() {
        let density = link_density(b, Links::Strict);
        let breaks = decisions[i].label == Label::Comment
            || (b.owner != NONE && never[b.owner as usize])
            || (density > tuning::FALLBACK_BREAK_LINK_DENSITY
                && b.words >= tuning::FALLBACK_BREAK_WORDS);
        if breaks {
            run = Run {
                first: i + 1,
                end: i + 1,
                prose: 0,
            };
            continue;
        }
        run.end = i + 1;
        if b.words >= tuning::SHORT_BLOCK_WORDS && density <= tuning::FALLBACK_PROSE_LINK_DENSITY {
            run.prose += b.words - b.link_words;
        }
        if best.is_none_or(|best| run.prose > best.prose) {
            best = Some(run);
        }
    }
    best
}
