//! The passes after the first labels: repeated blocks, related-story runs
//! under a hinted heading, headline runs, empty sections, and the title
//! block.

use super::*;

/// Drops a kept block that repeats an earlier kept block word for word: the
/// second copy of a page printed twice for two screen sizes, a pull quote.
/// Short blocks (a date, "Read more") may repeat and stay.
pub(super) fn drop_repeats(seg: &Segmented, decisions: &mut [Decision]) {
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
pub(super) fn drop_records_after_hinted_heading(
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
    let blocks = blocks_per_subtree(seg);
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
pub(super) fn names_related(class_id: &str) -> bool {
    tuning::RELATED_SUBSTRINGS
        .iter()
        .any(|w| crate::text::contains_ignore_ascii_case(class_id, w))
}

/// Whether a block is a headline: a heading that is all link, another
/// page's title. (The walk counts such a heading's words as card words.)
pub(super) fn is_headline(b: &RawBlock) -> bool {
    b.kind == BlockKind::Heading && b.words > 0 && b.card_words == b.words
}

/// Whether a block is a title linking to another page followed by a cut
/// summary: a link of at least [`tuning::HEADLINE_MIN_WORDS`] words opens
/// it and it ends in an ellipsis ("Headline Summary of the story…").
pub(super) fn is_excerpt(b: &RawBlock) -> bool {
    b.lead_link_words >= tuning::HEADLINE_MIN_WORDS
        && b.words > b.lead_link_words
        && (b.text.ends_with("...") || b.text.ends_with('…'))
}

/// Drops runs of [`tuning::HEADLINE_RUN_MIN`] or more kept headlines
/// (headings that are all link) with no other kept block between them: a
/// list of other pages' titles ("Related", "More in this section") inside
/// the container. Not in the listing reading, where they are the items.
pub(super) fn drop_headline_runs(seg: &Segmented, decisions: &mut [Decision]) {
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
pub(super) fn drop_empty_sections(
    seg: &Segmented,
    decisions: &mut [Decision],
    headlines_are_links: bool,
) {
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

/// The block that repeats the page title: the first heading that is the
/// OpenGraph title or the `<title>`, or the `<title>` less a site name
/// joined to it by a separator (`Headline | Site`, `Site - Headline`).
pub(super) fn title_block(seg: &Segmented) -> Option<usize> {
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
pub(super) fn title_form(s: &str) -> String {
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
pub(super) fn is_title_part(title: &str, heading: &str) -> bool {
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
