//! Records: the siblings built from one template (the posts of a thread,
//! the cards of a listing, the items of a menu), and what their text
//! weighs.

use super::*;

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
pub(super) struct Records {
    /// The records themselves (not what is inside them).
    pub(super) is_record: Vec<bool>,
    pub(super) in_record: Vec<bool>,
    pub(super) in_teaser: Vec<bool>,
}

pub(super) fn records(seg: &Segmented) -> Records {
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

/// Plain words of the teasers inside `main`.
pub(super) fn teaser_words(seg: &Segmented, records: &Records, main: u32) -> f32 {
    blocks_in(seg, main)
        .filter(|b| records.in_teaser[b.owner as usize])
        .map(|b| plain_words(b, Links::Strict))
        .sum()
}
