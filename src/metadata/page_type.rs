//! The kind of page: from its structured data's type, else from its
//! structure (prices and carts, posts and replies, code).

use super::*;

/// schema.org types, by the page type they mark.
pub(super) const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "report",
    "scholarlyarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reportagenewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "livebloposting",
    "liveblogposting",
    "socialmediaposting",
    "recipe",
    "howto",
    "review",
    "creativework",
];

pub(super) const FORUM_TYPES: &[&str] = &["discussionforumposting", "qapage", "question"];

pub(super) const PRODUCT_TYPES: &[&str] = &[
    "product",
    "productgroup",
    "individualproduct",
    "productmodel",
];

pub(super) const DOCUMENTATION_TYPES: &[&str] = &["techarticle", "apireference"];

pub(super) const COLLECTION_TYPES: &[&str] = &["collectionpage", "offercatalog"];

pub(super) const LISTING_TYPES: &[&str] = &["searchresultspage", "itemlist"];

pub(super) const SERVICE_TYPES: &[&str] = &[
    "service",
    "professionalservice",
    "financialservice",
    "legalservice",
    "localbusiness",
    "softwareapplication",
    "webapplication",
];

/// The page type from structured data: the page's own entity's type (see
/// `read`), else any entity's: a thread's or question's type first, then a
/// product, documentation, an article, a collection, a listing, a
/// service; then `og:type`.
pub(super) fn page_type(
    main: Option<&Entity>,
    entities: &[Entity],
    og_type: Option<&str>,
) -> PageType {
    let any = |types: &[&str]| match main {
        Some(m) => m.is_any(types),
        None => entities.iter().any(|e| e.is_any(types)),
    };
    let by_schema: [(&[&str], PageType); 7] = [
        (FORUM_TYPES, PageType::Forum),
        (PRODUCT_TYPES, PageType::Product),
        (DOCUMENTATION_TYPES, PageType::Documentation),
        (ARTICLE_TYPES, PageType::Article),
        (COLLECTION_TYPES, PageType::Collection),
        (LISTING_TYPES, PageType::Listing),
        (SERVICE_TYPES, PageType::Service),
    ];
    by_schema
        .into_iter()
        .find(|(types, _)| any(types))
        .map_or_else(
            || match og_type {
                Some("article" | "blog" | "news") => PageType::Article,
                Some("product" | "og:product" | "product.item") => PageType::Product,
                _ => PageType::Other,
            },
            |(_, page_type)| page_type,
        )
}

/// The page type from its structure, for a page whose structured data
/// names none. In order: prices or cart buttons make a shop's page (a
/// grid of many prices a collection, else one product); much code, or
/// several `<pre>`, documentation; user boxes or reply links a thread; a
/// main content mostly of links a listing; long paragraphs an article;
/// short ones a service's page. [`PageType::Other`] when nothing is kept.
///
/// Measured on WCXB dev (1,497 pages of seven types): the page type
/// matches the annotation on 0.49 of pages from structured data alone,
/// 0.75 with this (see the README).
pub(super) fn structural_type(seg: &Segmented, content: &[bool]) -> PageType {
    let s = &seg.head.signals;
    let kept = || {
        seg.blocks
            .iter()
            .zip(content)
            .filter(|(_, keep)| **keep)
            .map(|(b, _)| b)
    };
    let (words, link_words) = kept().fold((0u32, 0u32), |(w, l), b| {
        (w.saturating_add(b.words), l.saturating_add(b.link_words))
    });
    if words == 0 {
        return PageType::Other;
    }
    if s.shop() {
        let prices: usize = seg.blocks.iter().map(|b| count_prices(&b.text)).sum();
        return if prices >= tuning::COLLECTION_MIN_PRICES {
            PageType::Collection
        } else {
            PageType::Product
        };
    }
    if s.code >= tuning::DOCS_MIN_CODE || s.pre >= tuning::DOCS_MIN_PRE {
        return PageType::Documentation;
    }
    if s.thread() {
        return PageType::Forum;
    }
    if link_words as f32 >= tuning::LISTING_MIN_LINK_SHARE * words as f32 {
        return PageType::Listing;
    }
    let (paragraphs, paragraph_words) = kept()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .fold((0u32, 0u32), |(n, w), b| (n + 1, w.saturating_add(b.words)));
    if paragraph_words as f32 >= tuning::ARTICLE_MIN_PARAGRAPH_WORDS * paragraphs.max(1) as f32 {
        PageType::Article
    } else {
        PageType::Service
    }
}

/// Prices in `text`: a currency sign next to a number (`$25`, `€ 4,99`,
/// `12.50 €`, `30 EUR`).
pub(super) fn count_prices(text: &str) -> usize {
    const SIGNS: &[char] = &['$', '€', '£', '¥', '₹'];
    const CODES: &[&str] = &["EUR", "USD", "GBP"];
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut n = 0;
    for (i, c) in text.char_indices() {
        if SIGNS.contains(&c) {
            let after = i + c.len_utf8();
            let before_digit =
                i > 0 && digit_at(i - 1) || i > 1 && bytes[i - 1] == b' ' && digit_at(i - 2);
            let after_digit =
                digit_at(after) || bytes.get(after) == Some(&b' ') && digit_at(after + 1);
            // `25 € 30` counts once.
            if after_digit || before_digit {
                n += 1;
            }
        } else if c.is_ascii_uppercase()
            && CODES.iter().any(|code| text[i..].starts_with(code))
            && i > 1
            && bytes[i - 1] == b' '
            && digit_at(i - 2)
        {
            n += 1;
        }
    }
    n
}
