//! Class, id, role and tag hints: what an element's names say about the
//! text inside it (boilerplate, main content, comments, never content),
//! and the shape that siblings built from one template share.

use super::*;

/// The hint an element's tag, role, class and id give: -1 boilerplate,
/// +1 main content, 0 neither. A boilerplate hint wins over a content hint.
pub(super) fn hint_of(tag: &str, attrs: &[Attribute], marks: u16) -> i8 {
    // The root and the body hold everything: their classes describe the page
    // (`vector-feature-main-menu-pinned`, `has-sidebar`), not a part of it.
    if matches!(tag, "html" | "body") {
        return 0;
    }
    let mut hint: i8 = match tag {
        "nav" | "aside" | "footer" | "header" => -1,
        "article" | "main" => 1,
        _ => 0,
    };
    // Computed once, if a class or id names a part with a value.
    let mut post = None;
    for a in attrs {
        let name = &a.name.local;
        if dom::is_class_or_id(name) {
            if hint >= 0 {
                let post = || *post.get_or_insert_with(|| is_post_wrapper(attrs));
                match class_hint_marked(&a.value, marks, post) {
                    // An element whose id is a post's identifier is that
                    // post, whatever its class calls it (`<div
                    // class="post-meta" id="post-5899">`); an id that is a
                    // heading's text made an anchor names no part. Asked
                    // only of a hinted element.
                    -1 if !(id_is_post(attrs)
                        || *name == local_name!("id") && is_heading_slug(&a.value)) =>
                    {
                        hint = -1;
                    }
                    1 => hint = 1,
                    _ => {}
                }
            }
        } else if *name == local_name!("role") {
            let role = a.value.trim();
            if tuning::NEGATIVE_ROLES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(role))
            {
                hint = -1;
            } else if hint == 0
                && (role.eq_ignore_ascii_case("main") || role.eq_ignore_ascii_case("article"))
            {
                hint = 1;
            }
        } else if *name == local_name!("itemprop") && a.value.contains("articleBody") && hint == 0 {
            hint = 1;
        }
    }
    hint
}

/// Whether an id is a heading's text made an anchor
/// (`1-heading-how-popular-are-meditation-and-mindfulness`,
/// `menu-innovation-strategies-building-memorable-dining-experiences`): at
/// least [`tuning::SLUG_MIN_WORDS`] words joined by hyphens or underscores,
/// the last no boilerplate word. It names the section by its title, whose
/// words ("popular", "menu") say nothing of what the element is.
pub(super) fn is_heading_slug(id: &str) -> bool {
    // Five words of two letters and their joins: no shorter id is one.
    if id.len() < 3 * tuning::SLUG_MIN_WORDS - 1 || id.contains(char::is_whitespace) {
        return false;
    }
    let (mut count, mut last) = (0, "");
    for w in id.split(['-', '_']) {
        if w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphabetic()) {
            count += 1;
            last = w;
        }
    }
    // One that ends in what the element is names it
    // (`standing-desk-buy-more-save-more-promo`).
    count >= tuning::SLUG_MIN_WORDS && class_hint_marked(last, class_words(last), || false) >= 0
}

/// [`Elem::shape`]: FNV-1a over the tag and the first class token.
pub(super) fn shape_of(tag: &str, attrs: &[Attribute]) -> u32 {
    let class = dom::attr(attrs, &local_name!("class"))
        .and_then(|c| c.split_ascii_whitespace().next())
        .unwrap_or("");
    let mut h: u32 = 0x811c_9dc5;
    for &b in tag.as_bytes().iter().chain(b" ").chain(class.as_bytes()) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// What the words in an element's `class` and `id` say, as bits: found by
/// one automaton over both values (see [`class_marks`]).
pub(super) mod mark {
    /// One of [`tuning::NEGATIVE_SUBSTRINGS`](super::tuning::NEGATIVE_SUBSTRINGS).
    pub(crate) const NEGATIVE: u16 = 1;
    /// One of [`tuning::COMMENT_SUBSTRINGS`](super::tuning::COMMENT_SUBSTRINGS).
    pub(crate) const COMMENT: u16 = 2;
    /// One of [`tuning::NEVER_CONTENT_SUBSTRINGS`](super::tuning::NEVER_CONTENT_SUBSTRINGS).
    pub(crate) const NEVER_CONTENT: u16 = 4;
    /// A price (`price`, `product-price`).
    pub(crate) const PRICE: u16 = 8;
    /// An add-to-cart or buy button ([`CART_WORDS`](super::super::head::CART_WORDS)).
    pub(crate) const CART: u16 = 16;
    /// A user or an avatar (a post's author box).
    pub(crate) const USER: u16 = 32;
    /// A reply (`reply`, `comment-reply-link`).
    pub(crate) const REPLY: u16 = 64;
    /// One of [`tuning::HIDDEN_TOKENS`](super::tuning::HIDDEN_TOKENS) within
    /// the value: without it, no class token hides the element.
    pub(crate) const HIDDEN: u16 = 128;
    /// `sidebar`: with the element's tag, see [`is_sidebar`](super::is_sidebar).
    pub(crate) const SIDEBAR: u16 = 256;
    /// One of [`tuning::COMMENT_WIDGET_SUBSTRINGS`](super::tuning::COMMENT_WIDGET_SUBSTRINGS):
    /// a widget of the site's latest comments.
    pub(crate) const COMMENT_WIDGET: u16 = 512;
}

/// Every class and id word the walk looks for, with its [`mark`] bits,
/// in one automaton built once: a DFA, ASCII case ignored, reporting
/// overlapping matches.
pub(super) static CLASS_WORDS: LazyLock<(aho_corasick::dfa::DFA, Vec<u16>)> = LazyLock::new(|| {
    let lists: [(&[&str], u16); 10] = [
        (tuning::NEGATIVE_SUBSTRINGS, mark::NEGATIVE),
        (tuning::COMMENT_SUBSTRINGS, mark::COMMENT),
        (tuning::NEVER_CONTENT_SUBSTRINGS, mark::NEVER_CONTENT),
        (&["price"], mark::PRICE),
        (CART_WORDS, mark::CART),
        (&["avatar", "user"], mark::USER),
        (&["reply"], mark::REPLY),
        (tuning::HIDDEN_TOKENS, mark::HIDDEN),
        (&["sidebar"], mark::SIDEBAR),
        (tuning::COMMENT_WIDGET_SUBSTRINGS, mark::COMMENT_WIDGET),
    ];
    // A word on several lists is one pattern with all their bits.
    let mut words: Vec<(String, u16)> = Vec::new();
    for (list, bit) in lists {
        for w in list {
            let w = w.to_ascii_lowercase();
            match words.iter_mut().find(|(x, _)| *x == w) {
                Some((_, bits)) => *bits |= bit,
                None => words.push((w, bit)),
            }
        }
    }
    let automaton = aho_corasick::dfa::DFA::builder()
        .ascii_case_insensitive(true)
        .start_kind(aho_corasick::StartKind::Unanchored)
        .build(words.iter().map(|(w, _)| w))
        .expect("the class words build an automaton");
    (automaton, words.into_iter().map(|(_, bits)| bits).collect())
});

/// The [`mark`] bits of the words in `s`: the automaton stepped a byte at a
/// time, every pattern that ends at a byte (overlapping ones too) adding
/// its bits. Stepping it by hand costs a third of its match iterator, which
/// does more (match positions) than this needs.
pub(super) fn class_words(s: &str) -> u16 {
    use aho_corasick::Anchored;
    use aho_corasick::automaton::Automaton;
    let (dfa, bits) = &*CLASS_WORDS;
    let Ok(mut state) = dfa.start_state(Anchored::No) else {
        return 0;
    };
    let mut marks = 0;
    for &b in s.as_bytes() {
        state = dfa.next_state(Anchored::No, state, b);
        if dfa.is_special(state) && dfa.is_match(state) {
            for k in 0..dfa.match_len(state) {
                marks |= bits[dfa.match_pattern(state, k).as_usize()];
            }
        }
    }
    marks
}

/// The [`mark`] bits of an element's `class` and `id` values together.
pub(super) fn class_marks(attrs: &[Attribute]) -> u16 {
    attrs
        .iter()
        .filter(|a| dom::is_class_or_id(&a.name.local))
        .fold(0, |acc, a| acc | class_words(&a.value))
}

/// Whether an id is one comment's identifier: `comment` or `cmt`, as a
/// whole part, then an optional `-` or `_` and a run of letters and digits
/// with a digit in it, ending the id or a part (`comment-309282`,
/// `div-comment-28685`, `Blog1_cmt-4524986301901392050`,
/// `comment-6a00e552…-content`); not `comments-2` (a widget of recent
/// comments) nor `comment-form`.
pub(super) fn is_comment_id(id: &str) -> bool {
    let id = id.trim().as_bytes();
    ["comment", "cmt"].iter().any(|word| {
        let word = word.as_bytes();
        (0..id.len()).any(|at| {
            let starts_part = at == 0 || matches!(id[at - 1], b'-' | b'_');
            if !starts_part
                || !id[at..]
                    .get(..word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word))
            {
                return false;
            }
            let mut rest = &id[at + word.len()..];
            if let [b'-' | b'_', tail @ ..] = rest {
                rest = tail;
            }
            let run = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            run > 0
                && rest[..run].iter().any(u8::is_ascii_digit)
                && rest.get(run).is_none_or(|b| matches!(b, b'-' | b'_'))
        })
    })
}

/// Whether an element's class or id marks a comment.
pub(super) fn is_comment(marks: u16) -> bool {
    marks & (mark::COMMENT | mark::COMMENT_WIDGET) == mark::COMMENT
}

/// Whether an element is a form, or a part of its class or id (split on
/// anything not a letter or digit) names one: `comment-form`,
/// `commentform`, WordPress's `respond` (see [`tuning::FORM_PARTS`]). A
/// list is no form whatever its class says: `<ol class="commentlist
/// snap_preview">` holds the comments, not the one being written.
pub(super) fn is_form(tag: &str, attrs: &[Attribute]) -> bool {
    tag == "form"
        || !matches!(tag, "ol" | "ul" | "dl")
            && attrs
                .iter()
                .filter(|a| dom::is_class_or_id(&a.name.local))
                .flat_map(|a| a.value.split(|c: char| !c.is_ascii_alphanumeric()))
                .any(|part| {
                    tuning::FORM_PARTS
                        .iter()
                        .any(|w| part.eq_ignore_ascii_case(w))
                })
}

/// Whether an element's class or id names something that is never a page's
/// content (a cookie dialog), or its role is a dialog.
pub(super) fn is_never_content(attrs: &[Attribute], marks: u16) -> bool {
    marks & mark::NEVER_CONTENT != 0
        || dom::has_role(attrs, "dialog")
        || dom::has_role(attrs, "alertdialog")
}

/// Whether a class or id token is `sidebar` itself (ASCII case ignored):
/// `<div id="sidebar">`, `<div class="sidebar section">`, as blog templates
/// name the column beside the post. A landmark like `<aside>`; compounds
/// are not, since `sidebar-content` and `content-sidebar-wrap` hold the
/// content beside one.
pub(super) fn names_sidebar(attrs: &[Attribute], marks: u16) -> bool {
    marks & mark::SIDEBAR != 0
        && attrs
            .iter()
            .filter(|a| dom::is_class_or_id(&a.name.local))
            .flat_map(|a| a.value.split_ascii_whitespace())
            .any(|t| t.eq_ignore_ascii_case("sidebar"))
}

/// Whether an element is a sidebar: an `<aside>`, or a class or id token
/// with `sidebar` in it (ASCII case ignored) that does not describe the
/// layout around the element (`content-with-sidebar-wrp`: a part `with`,
/// `has`, `no` or `without` before it; see [`is_layout_modifier`]).
pub(super) fn is_sidebar(tag: &str, attrs: &[Attribute], marks: u16) -> bool {
    tag == "aside"
        || marks & mark::SIDEBAR != 0
            && attrs
                .iter()
                .filter(|a| dom::is_class_or_id(&a.name.local))
                .flat_map(|a| a.value.split_ascii_whitespace())
                .any(|t| {
                    text::contains_ignore_ascii_case(t, "sidebar")
                        && !says_nothing(t)
                        && !t.split(|c: char| !c.is_ascii_alphanumeric()).any(|part| {
                            tuning::LAYOUT_MODIFIER_PREFIXES
                                .iter()
                                .any(|p| part.eq_ignore_ascii_case(p.trim_end_matches('-')))
                        })
                })
}

/// The hint of a `class` or `id` value, matched without regard to ASCII
/// case.
#[cfg(test)]
pub(super) fn class_hint(s: &str) -> i8 {
    class_hint_marked(s, class_words(s), || false)
}

/// A hint list entry and whether it is negative.
pub(super) type PartEntry = (&'static [u8], bool);

/// [`tuning::NEGATIVE_PARTS`] (true) and [`tuning::POSITIVE_PARTS`]
/// (false) by their length: a part of a class token is compared with the
/// entries of its own length only.
pub(super) static PARTS_BY_LENGTH: LazyLock<Vec<Vec<PartEntry>>> = LazyLock::new(|| {
    let entries = (tuning::NEGATIVE_PARTS.iter().map(|p| (p, true)))
        .chain(tuning::POSITIVE_PARTS.iter().map(|p| (p, false)));
    let mut by_length = Vec::new();
    for (part, negative) in entries {
        if by_length.len() <= part.len() {
            by_length.resize(part.len() + 1, Vec::new());
        }
        by_length[part.len()].push((part.as_bytes(), negative));
    }
    by_length
});

/// `class_hint`, with the [`mark`] bits of `s` (or of the element's class
/// and id together) known; `post` says whether the element is one post of
/// a blog ([`is_post_wrapper`]), asked only when a token needs it.
pub(super) fn class_hint_marked(s: &str, marks: u16, mut post: impl FnMut() -> bool) -> i8 {
    if marks & mark::NEGATIVE != 0
        && s.split_ascii_whitespace().any(|t| {
            class_words(t) & mark::NEGATIVE != 0
                && !(says_nothing(t) || is_type_style(t) || is_taxonomy_label(t) && post())
        })
    {
        return -1;
    }
    let mut positive = false;
    for token in s.split_ascii_whitespace() {
        let (mut neg, mut pos) = (false, false);
        // A negative part with a value after it: `author-kgs`.
        let mut labelled = false;
        let mut parts = token
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .peekable();
        while let Some(part) = parts.next() {
            let Some(entries) = PARTS_BY_LENGTH.get(part.len()) else {
                continue;
            };
            for &(entry, negative) in entries {
                if entry.eq_ignore_ascii_case(part) {
                    neg |= negative;
                    pos |= !negative;
                    labelled |= negative && parts.peek().is_some_and(|p| !p.is_empty());
                }
            }
        }
        // Most tokens hint nothing: only those that do are looked at twice.
        if (neg || pos) && says_nothing(token) {
            continue;
        }
        if neg && !(labelled && post()) {
            return -1;
        }
        positive |= pos;
    }
    i8::from(positive)
}

/// Whether a class token is a post's taxonomy label with its value
/// (`tag-social-media`, `category-sharing-economy`, Typepad's
/// `entry-category-advertising`): a part naming a tag or category with
/// more after it. On a post wrapper ([`is_post_wrapper`]) the value is the
/// post's tag or category, chosen by its writer, and says nothing of what
/// the element is.
fn is_taxonomy_label(token: &str) -> bool {
    let mut parts = token.split(|c: char| !c.is_ascii_alphanumeric()).peekable();
    while let Some(part) = parts.next() {
        if tuning::TAXONOMY_PARTS
            .iter()
            .any(|t| part.eq_ignore_ascii_case(t))
            && parts.peek().is_some_and(|p| !p.is_empty())
        {
            return true;
        }
    }
    false
}

/// Whether an element's class and id are a blog platform's label of one
/// post: a token `hentry` (microformats), `type-post` or `entry-type-post`,
/// or `post-`/`entry-` with an identifier (`post-412`, `entry-6a00d8…`).
/// On such an element the tokens that name the post's author, tags or
/// category with their value (`author-kgs`, `entry-author-garr`) describe
/// the post, not an author box or a tag cloud.
pub(super) fn is_post_wrapper(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter(|a| dom::is_class_or_id(&a.name.local))
        .flat_map(|a| a.value.split_ascii_whitespace())
        .any(|t| {
            t.eq_ignore_ascii_case("hentry")
                || text::ends_with_ignore_ascii_case(t, "type-post")
                || is_post_id(t)
        })
}

/// Whether the element's id is a post's identifier ([`is_post_id`]).
fn id_is_post(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.name.local == local_name!("id") && is_post_id(a.value.trim()))
}

/// Whether a token is a blog platform's identifier of one post: `post-` or
/// `entry-` and then letters and digits with at least one digit
/// (`post-412`, `entry-6a00d8…`).
fn is_post_id(t: &str) -> bool {
    ["post-", "entry-"].iter().any(|p| {
        let rest = &t.as_bytes()[p.len().min(t.len())..];
        text::starts_with_ignore_ascii_case(t, p)
            && !rest.is_empty()
            && rest.iter().all(u8::is_ascii_alphanumeric)
            && rest.iter().any(u8::is_ascii_digit)
    })
}

/// Whether a class token says nothing about what the element holds: a
/// layout modifier, or a utility class with a variant or an arbitrary value
/// (Tailwind's `print:break-inside-avoid`, `md:hidden`, `[h2]:pt-0`), which
/// styles the element and names no part of a page.
pub(super) fn says_nothing(token: &str) -> bool {
    token.contains([':', '[']) || is_layout_modifier(token)
}

/// Whether a class token names "caption" as a type style rather than as
/// what the text is: design systems call their small print a caption
/// (`text-caption`, `wt-text-caption`, `mdc-typography--caption`) and step
/// their type scale with a size (`caption-s`, `caption-m`).
pub(super) fn is_type_style(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    let Some(at) = t.find("caption") else {
        return false;
    };
    let before = &t[..at];
    let after = &t[at + "caption".len()..];
    before.ends_with("text-")
        || before.ends_with("font-")
        || before.contains("typography")
        || matches!(
            after,
            "-xs" | "-s" | "-sm" | "-m" | "-md" | "-l" | "-lg" | "-xl"
        )
        || {
            let n = after.strip_prefix('-').unwrap_or(after);
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        }
}

/// Whether a class token describes the layout around an element rather than
/// the element: `has-sidebar`, `with-sidebar`, `no-sidebar` sit on the
/// wrapper that holds the content beside (or without) a sidebar. So does a
/// BEM modifier that says it: `page--has-sidebar`, `main--withSidebar`;
/// and a state after the part it switches (`top-pagination-hidden`,
/// `product-filtering-enabled`: [`tuning::LAYOUT_STATE_SUFFIXES`]).
pub(super) fn is_layout_modifier(token: &str) -> bool {
    // A state after the part it switches: `top-pagination-hidden`,
    // `product-filtering-enabled` on the wrapper of a listing.
    if tuning::LAYOUT_STATE_SUFFIXES
        .iter()
        .any(|s| token.len() > s.len() && text::ends_with_ignore_ascii_case(token, s))
    {
        return true;
    }
    let bytes = token.as_bytes();
    // The token itself, and each BEM modifier: what follows a `--`.
    let modifiers = (1..bytes.len())
        .filter(|&i| bytes[i - 1] == b'-' && bytes[i] == b'-')
        .map(|i| i + 1);
    std::iter::once(0).chain(modifiers).any(|start| {
        let part = &bytes[start..];
        tuning::LAYOUT_MODIFIER_PREFIXES.iter().any(|p| {
            let p = p.as_bytes();
            let stem = &p[..p.len() - 1];
            // `has-sidebar`, snake case `no_toc_section`, or camel case
            // `hasSidebar`.
            part.get(..stem.len()).is_some_and(|h| {
                h.eq_ignore_ascii_case(stem)
                    && part
                        .get(stem.len())
                        .is_some_and(|&c| matches!(c, b'-' | b'_') || c.is_ascii_uppercase())
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hiding_class_is_marked() {
        for token in tuning::HIDDEN_TOKENS {
            assert_ne!(class_words(token) & mark::HIDDEN, 0, "{token}");
            let upper = token.to_ascii_uppercase();
            assert_ne!(
                class_words(&format!("x {upper} y")) & mark::HIDDEN,
                0,
                "{upper}"
            );
        }
    }

    #[test]
    fn class_hints() {
        assert_eq!(class_hint("post-content entry"), 1);
        assert_eq!(class_hint("postcomments"), -1);
        assert_eq!(class_hint("main-nav"), -1);
        assert_eq!(class_hint("header"), 0);
        assert_eq!(class_hint("shadow"), 0);
        assert_eq!(class_hint("field field--label-hidden"), 0);
        assert_eq!(class_hint("Post-Content"), 1);
        assert_eq!(class_hint("SocialShare"), -1);
        // A page's foot by its short name, a whole part only.
        assert_eq!(class_hint("blq-foot blq-rst"), -1);
        assert_eq!(class_hint("foot section"), -1);
        assert_eq!(class_hint("footwear-grid"), 0);
    }

    #[test]
    fn captions_by_class_and_caption_type_styles() {
        for token in [
            "wp-caption-text",
            "imageEmbedCaption",
            "caption",
            "photo-gallery",
        ] {
            assert_eq!(class_hint(token), -1, "{token}");
        }
        for token in [
            "text-caption",
            "wt-text-caption",
            "mdc-typography--caption",
            "Caption-S",
            "caption-m",
            "caption2",
            "font-caption",
        ] {
            assert!(is_type_style(token), "{token}");
            assert_ne!(class_hint(token), -1, "{token}");
        }
        for token in ["caption-text", "captions", "caption-", "promo-text-link"] {
            assert!(!is_type_style(token), "{token}");
        }
    }

    #[test]
    fn comment_identifiers() {
        for id in [
            "comment-309282",
            "div-comment-28685",
            "Blog1_cmt-4524986301901392050",
            "comment-6a00e552e53bd28833017ee3cc53f7970d-content",
            "li-comment-12",
            "comment_77",
            "comment42",
            "comment-12x_reply",
        ] {
            assert!(is_comment_id(id), "{id}");
        }
        for id in [
            "comments",
            "comments-2",
            "recent-comments-3",
            "comment-form",
            "commentform",
            "respond",
            "comment-",
            "nocomment-12",
            "comment-12.5",
            "",
        ] {
            assert!(!is_comment_id(id), "{id}");
        }
    }

    #[test]
    fn an_id_made_of_a_headings_words_hints_nothing() {
        for id in [
            "1-heading-how-popular-are-meditation-and-mindfulness",
            "menu-innovation-strategies-building-memorable-dining-experiences",
            "why_share_your_story_with_us",
        ] {
            assert!(is_heading_slug(id), "{id}");
        }
        for id in [
            "related-posts",
            "main-menu-top-bar",
            "homepage-standing-desk-page-buy-more-save-more-promo",
            "comment-309282",
            "a-b-c-d-e-f",
        ] {
            assert!(!is_heading_slug(id), "{id}");
        }
        let hint = |html: &str| segment(&dom::parse(html), View::Reader).blocks[0].neg_anc != NONE;
        assert!(!hint(
            "<div id=1-heading-how-popular-are-meditation-and-mindfulness><p>Text.</p></div>"
        ));
        assert!(hint("<div id=popular-posts><p>Text.</p></div>"));
    }

    #[test]
    fn layout_modifiers_say_nothing_about_the_element() {
        for token in [
            "has-sidebar",
            "With-Sidebar",
            "page--no-sidebar",
            "p-body-main--withSidebar",
            "layout--hasSidebar",
            "hide-from-toc",
            "no_toc_section",
            "has_sidebar",
            "top-pagination-hidden",
            "Share-Disabled",
            "comments-enabled",
            "product_slideshow_animation--none",
            "d-print-none",
        ] {
            assert!(is_layout_modifier(token), "{token}");
            assert_eq!(class_hint(token), 0, "{token}");
        }
        for token in ["print:break-inside-avoid", "md:nav-open", "[aside]:mt-0"] {
            assert!(says_nothing(token), "{token}");
            assert_eq!(class_hint(token), 0, "{token}");
        }
        for token in [
            "sidebar",
            "no",
            "has",
            "--no",
            "nosidebar",
            "notoc_section",
            "withdrawals-sidebar",
            "-hidden",
            "pagination-hiddenable",
        ] {
            assert!(!is_layout_modifier(token), "{token}");
        }
    }
}
