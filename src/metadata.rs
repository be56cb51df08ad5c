//! Metadata: what the page says about itself (JSON-LD, OpenGraph, Twitter
//! cards, Dublin Core and other `<meta>` tags, microdata, `<time>`,
//! `<html lang>`), what its text shows (the headline, a byline, a date
//! line), and the kind of page it is.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use crate::entity;
use crate::meta_names::*;
use crate::model::BlockKind;
use crate::segment::Segmented;
use crate::text::{self, collapse};
use crate::tuning;

/// The kind of page, as deboiler reads it.
///
/// From the page's own structured data where it has any (schema.org types
/// in JSON-LD, `og:type`), else from its structure: prices and cart
/// buttons, code, user boxes and reply links, the share of the kept words
/// in links, the length of the kept paragraphs. [`PageType::Other`] for a
/// page with no main content.
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum PageType {
    /// A news story, blog post, essay, recipe or how-to.
    Article,
    /// A discussion thread or a question with its answers.
    Forum,
    /// One product for sale.
    Product,
    /// A category of products, a shop's grid.
    Collection,
    /// A list of other pages: search results, an index, a directory.
    Listing,
    /// Technical documentation: a guide or an API reference.
    Documentation,
    /// A service, company or organisation's page.
    Service,
    /// None of the above, or not known.
    #[default]
    Other,
}

impl PageType {
    /// The type's name in lower case: `article`, `forum`, `product`,
    /// `collection`, `listing`, `documentation`, `service` or `other`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(deboiler::PageType::Product.as_str(), "product");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
            PageType::Other => "other",
        }
    }
}

/// What is known about a page besides its text.
///
/// Every field is optional: a page says what it says. Dates are ISO 8601
/// calendar dates (`2024-03-05`), whatever form the page gave them in.
///
/// # Example
///
/// ```
/// let html = r#"<html lang="en"><head>
///   <title>Bridge vote | The Town Paper</title>
///   <meta property="og:site_name" content="The Town Paper">
///   <meta name="author" content="Ann Smith">
///   <meta property="article:published_time" content="2024-03-05T09:30:00Z">
/// </head><body><h1>Bridge vote</h1><p>The council voted on Tuesday.</p></body></html>"#;
/// let doc = deboiler::extract(html)?;
/// let meta = doc.metadata();
/// assert_eq!(meta.title(), Some("Bridge vote"));
/// assert_eq!(meta.authors(), ["Ann Smith"]);
/// assert_eq!(meta.published(), Some("2024-03-05"));
/// assert_eq!(meta.site_name(), Some("The Town Paper"));
/// assert_eq!(meta.language(), Some("en"));
/// # Ok::<(), deboiler::Error>(())
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) canonical_url: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) tags: Vec<String>,
    pub(crate) page_type: PageType,
}

impl Metadata {
    /// The headline: the page's `<h1>` when the page's declared titles
    /// agree with it, else the structured data's headline, the OpenGraph
    /// title, or the `<title>` without the site name glued to it.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The authors' names, in the page's order.
    pub fn authors(&self) -> &[String] {
        &self.authors
    }

    /// The date of first publication, `YYYY-MM-DD`.
    pub fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }

    /// The date of the last change, `YYYY-MM-DD`.
    pub fn modified(&self) -> Option<&str> {
        self.modified.as_deref()
    }

    /// The site's name (`og:site_name`, the publisher).
    pub fn site_name(&self) -> Option<&str> {
        self.site_name.as_deref()
    }

    /// The page's language tag (`<html lang>`, else `og:locale`), as the
    /// page gives it: `en`, `pt-BR`.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The page's summary of itself (`og:description`, `<meta
    /// name="description">`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The canonical URL (`<link rel="canonical">`, else `og:url`), as
    /// the page gives it.
    pub fn canonical_url(&self) -> Option<&str> {
        self.canonical_url.as_deref()
    }

    /// The main image's URL (`og:image`, `twitter:image`, JSON-LD
    /// `image`), as the page gives it.
    pub fn image(&self) -> Option<&str> {
        self.image.as_deref()
    }

    /// Tags and categories (`article:tag`, `article:section`, JSON-LD
    /// `keywords`, `<meta name="keywords">`), without repeats.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// The kind of page.
    pub fn page_type(&self) -> PageType {
        self.page_type
    }
}

/// schema.org types, by the page type they mark.
const ARTICLE_TYPES: &[&str] = &[
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
const FORUM_TYPES: &[&str] = &["discussionforumposting", "qapage", "question"];
const PRODUCT_TYPES: &[&str] = &[
    "product",
    "productgroup",
    "individualproduct",
    "productmodel",
];
const DOCUMENTATION_TYPES: &[&str] = &["techarticle", "apireference"];
const COLLECTION_TYPES: &[&str] = &["collectionpage", "offercatalog"];
const LISTING_TYPES: &[&str] = &["searchresultspage", "itemlist"];
const SERVICE_TYPES: &[&str] = &[
    "service",
    "professionalservice",
    "financialservice",
    "legalservice",
    "localbusiness",
    "softwareapplication",
    "webapplication",
];

/// One JSON-LD entity: its types (lowercased, without a vocabulary
/// prefix) and its fields.
struct Entity<'a> {
    types: Vec<String>,
    fields: &'a serde_json::Map<String, Value>,
}

impl Entity<'_> {
    fn is_any(&self, types: &[&str]) -> bool {
        self.types.iter().any(|t| types.contains(&t.as_str()))
    }
}

/// Parses the JSON-LD scripts; a script that is not JSON is skipped.
fn parse_json_ld(scripts: &[String]) -> Vec<Value> {
    scripts
        .iter()
        .filter_map(|s| {
            // Some pages wrap the JSON in an HTML comment or CDATA section.
            let s = s.trim();
            let s = s.strip_prefix("<!--").unwrap_or(s);
            let s = s.strip_suffix("-->").unwrap_or(s);
            let s = s.trim().strip_prefix("//<![CDATA[").unwrap_or(s);
            let s = s.trim().strip_suffix("//]]>").unwrap_or(s);
            serde_json::from_str(s.trim()).ok()
        })
        .collect()
}

/// The entities of the parsed scripts: top-level objects, arrays of them
/// and `@graph` members, in page order.
fn entities(values: &[Value]) -> Vec<Entity<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(fields) => {
                if let Some(graph) = fields.get("@graph") {
                    stack.push(graph);
                }
                let types = match fields.get("@type") {
                    Some(Value::String(t)) => vec![type_name(t)],
                    Some(Value::Array(ts)) => {
                        ts.iter().filter_map(Value::as_str).map(type_name).collect()
                    }
                    _ => Vec::new(),
                };
                if !types.is_empty() {
                    out.push(Entity { types, fields });
                }
            }
            _ => {}
        }
    }
    out
}

/// `https://schema.org/NewsArticle` or `schema:NewsArticle` as `newsarticle`.
fn type_name(t: &str) -> String {
    t.rsplit(['/', ':', '#'])
        .next()
        .unwrap_or(t)
        .to_ascii_lowercase()
}

/// A JSON-LD value as text: a string, or an object's `name` (or `@id`
/// for an image, `url`), or the first of an array, looked into as deep as
/// they nest (with a stack, not recursion).
fn json_text(v: &Value, key: &str) -> Option<String> {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => {
                let text = collapse(&entity::decode(s));
                if !text.is_empty() {
                    return Some(text);
                }
            }
            Value::Object(o) => stack.extend(o.get(key)),
            // The first item on top.
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// All texts of a JSON-LD value that may be a list (authors, keywords).
fn json_texts(v: &Value, key: &str) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(|v| json_text(v, key)).collect(),
        _ => json_text(v, key).into_iter().collect(),
    }
}

/// Reads the page's metadata from what the walk noted and the blocks.
pub(crate) fn read(seg: &Segmented, content: &[bool]) -> Metadata {
    let head = &seg.head;
    let values = parse_json_ld(&head.json_ld);
    let entities = entities(&values);
    // The page's own entity: the first article, thread or documentation
    // page it describes, else the first product.
    let main = entities
        .iter()
        .find(|e| e.is_any(ARTICLE_TYPES) || e.is_any(FORUM_TYPES) || e.is_any(DOCUMENTATION_TYPES))
        .or_else(|| entities.iter().find(|e| e.is_any(PRODUCT_TYPES)))
        .or_else(|| entities.iter().find(|e| e.fields.contains_key("headline")));
    let field = |key: &str| main.and_then(|e| e.fields.get(key));
    // Entities by `@id`, for values that refer to one (`"author": {"@id":
    // "#/schema/person/1"}` with the person elsewhere in the graph): looked
    // up in a map, each entity's name read once however many values refer
    // to it, and nothing cloned, so a web of references costs its size.
    let mut by_id: HashMap<&str, &serde_json::Map<String, Value>> = HashMap::new();
    for e in &entities {
        if let Some(id) = e.fields.get("@id").and_then(Value::as_str) {
            by_id.entry(id).or_insert(e.fields);
        }
    }
    let mut names_by_id: HashMap<&str, Option<String>> = HashMap::new();
    let mut name_of = |v: &Value| -> Option<String> {
        match v.get("@id").and_then(Value::as_str) {
            Some(id) if v.get("name").is_none() => {
                let (&id, fields) = by_id.get_key_value(id)?;
                names_by_id
                    .entry(id)
                    .or_insert_with(|| fields.get("name").and_then(|n| json_text(n, "name")))
                    .clone()
            }
            _ => json_text(v, "name"),
        }
    };
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            head.metas
                .iter()
                .find(|(name, value)| name == k && !value.is_empty())
                .map(|(_, v)| v.clone())
        })
    };

    let site_name = meta(SITE_NAME_KEYS).or_else(|| {
        field("publisher")
            .and_then(|p| json_text(p, "name"))
            .or_else(|| {
                entities
                    .iter()
                    .find(|e| e.is_any(&["website"]))
                    .and_then(|e| e.fields.get("name"))
                    .and_then(|n| json_text(n, "name"))
            })
    });

    let h1_at = seg
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading && b.level == 1);
    let h1 = h1_at.map(|i| seg.blocks[i].text.clone());
    let headline = field("headline").and_then(|h| json_text(h, "name"));
    let og_title = meta(TITLE_KEYS);
    let title = choose_title(
        h1.as_deref(),
        headline.as_deref(),
        og_title.as_deref(),
        head.title.as_deref(),
        site_name.as_deref(),
    );

    let mut authors: Vec<String> = field("author")
        .map(|a| match a {
            Value::Array(items) => items.iter().filter_map(&mut name_of).collect(),
            a => name_of(a).into_iter().collect(),
        })
        .unwrap_or_default();
    if authors.is_empty() {
        // Scholarly pages name every author in a `citation_author` each.
        authors = head
            .metas
            .iter()
            .filter(|(k, _)| CITATION_AUTHOR_KEYS.contains(&k.as_str()))
            .map(|(_, v)| v.clone())
            .collect();
    }
    if authors.is_empty() {
        authors = meta(AUTHOR_KEYS).into_iter().collect();
    }
    let mut authors: Vec<String> = authors.iter().filter_map(|a| clean_author(a)).collect();
    if authors.is_empty() {
        authors = byline(seg).into_iter().collect();
    }
    authors.dedup();

    let published = field("datePublished")
        .or_else(|| field("dateCreated"))
        .and_then(|d| json_text(d, "@value"))
        .and_then(|d| normalize_date(&d))
        .or_else(|| {
            meta(PUBLISHED_KEYS)
                .and_then(|d| normalize_date(&d))
                .or_else(|| {
                    // Any other property naming publication.
                    head.metas
                        .iter()
                        .filter(|(k, _)| k.contains(PUBLISHED_PART) && !k.contains("modif"))
                        .find_map(|(_, v)| normalize_date(v))
                })
                .or_else(|| head.times.iter().find_map(|t| normalize_date(t)))
                .or_else(|| visible_date(seg, h1_at))
        });
    let modified = field("dateModified")
        .and_then(|d| json_text(d, "@value"))
        .and_then(|d| normalize_date(&d))
        .or_else(|| meta(MODIFIED_KEYS).and_then(|d| normalize_date(&d)));
    let canonical_url = head.canonical.clone().or_else(|| meta(URL_KEYS));
    // Else the date in the page's URL (`/2024/03/05/slug`), else its last
    // change: a page published once and never changed says only that.
    let published = published
        .or_else(|| {
            let c = YMD.captures(canonical_url.as_deref()?)?;
            ymd(&c[1], c[2].parse().ok()?, &c[3])
        })
        .or_else(|| modified.clone());

    let language = head
        .lang
        .clone()
        .or_else(|| meta(LANGUAGE_KEYS).map(|l| l.replace('_', "-")));
    let description =
        meta(DESCRIPTION_KEYS).or_else(|| field("description").and_then(|d| json_text(d, "name")));
    let image = meta(IMAGE_KEYS).or_else(|| field("image").and_then(|i| json_text(i, "url")));

    let mut tags: Vec<String> = Vec::new();
    for (name, value) in &head.metas {
        if TAG_KEYS.contains(&name.as_str()) {
            tags.push(value.clone());
        } else if TAG_LIST_KEYS.contains(&name.as_str()) {
            tags.extend(value.split(',').map(collapse));
        }
    }
    for key in ["keywords", "articleSection"] {
        if let Some(v) = field(key) {
            for t in json_texts(v, "name") {
                tags.extend(t.split(',').map(collapse));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| !t.is_empty() && seen.insert(t.to_lowercase()));
    tags.truncate(tuning::MAX_TAGS);

    let og_type = meta(TYPE_KEYS).map(|t| t.to_ascii_lowercase());
    Metadata {
        title,
        authors,
        published,
        modified,
        site_name,
        language,
        description,
        canonical_url,
        image,
        tags,
        page_type: match page_type(main, &entities, og_type.as_deref()) {
            PageType::Other => structural_type(seg, content),
            declared => declared,
        },
    }
}

/// The headline among the page's titles: the `<h1>` when a declared title
/// agrees with it (they are the same, or one is part of the other once a
/// site name is cut off), else the first declared title, the structured
/// headline before the OpenGraph title before the `<title>` (less the site
/// name), else the `<h1>`.
fn choose_title(
    h1: Option<&str>,
    headline: Option<&str>,
    og_title: Option<&str>,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    let title = title.map(|t| strip_site_name(t, site_name));
    // The OpenGraph title loses a part only when that part is the site's
    // name: otherwise it may be "Product – what the product is".
    let og_title = og_title.map(|t| {
        let stripped = strip_site_name(t, site_name);
        let site = site_name.map(str::to_lowercase);
        let named = TITLE_SEPARATORS.iter().any(|sep| {
            t.split(sep)
                .any(|p| site.as_deref() == Some(&p.trim().to_lowercase()))
        });
        if named { stripped } else { t.to_string() }
    });
    let unquote = |t: &str| {
        t.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}') || c.is_whitespace())
            .to_string()
    };
    let headline = headline.map(unquote);
    let declared = [headline.as_deref(), og_title.as_deref(), title.as_deref()];
    if let Some(h1) = h1.filter(|h| !h.is_empty()) {
        let h = h1.to_lowercase();
        let agrees = declared.iter().flatten().any(|d| {
            let d = d.to_lowercase();
            d == h || d.contains(&h) || (h.contains(&d) && d.len() * 2 >= h.len())
        });
        if agrees {
            return Some(h1.to_string());
        }
    }
    declared
        .into_iter()
        .flatten()
        .find(|t| !t.is_empty())
        .map(str::to_string)
        .or_else(|| h1.map(str::to_string))
}

/// Separators between a headline and a site name in a `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// A `<title>` without the site name joined to it: the part that is not
/// the site name, else the longest part.
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let Some(sep) = TITLE_SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let site = site_name.map(str::to_lowercase);
    let rest: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| site.as_deref() != Some(&p.to_lowercase()))
        .collect();
    if rest.len() == 1 {
        return rest[0].to_string();
    }
    // Without a known site name: the headline is the longest part.
    parts
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .unwrap_or(title)
        .to_string()
}

/// A date shown near the headline: the first short block around the
/// first `<h1>` (block `h1`; the top of a page without one) that holds a date
/// ("August 16, 2019 - Updated July 9, 2025", "Dr. Ann Smith - Mar 27,
/// 2024"), else a short block whose class or id names a date, else a date
/// line anywhere.
fn visible_date(seg: &Segmented, h1: Option<usize>) -> Option<String> {
    let from = h1
        .unwrap_or(0)
        .saturating_sub(tuning::DATE_BLOCKS_BEFORE_TITLE);
    let near = seg
        .blocks
        .iter()
        .skip(from)
        .take(tuning::DATE_BLOCKS_BEFORE_TITLE + 1 + tuning::DATE_BLOCKS_AFTER_TITLE);
    near.filter(|b| b.words <= tuning::DATE_BLOCK_MAX_WORDS)
        .find_map(|b| normalize_date(&b.text))
        .or_else(|| {
            // A short block whose class or id names a date, anywhere.
            seg.blocks
                .iter()
                .filter(|b| {
                    b.words <= tuning::DATE_BLOCK_MAX_WORDS
                        && text::contains_ignore_ascii_case(&b.class_id, "date")
                })
                .find_map(|b| normalize_date(&b.text))
        })
        .or_else(|| {
            seg.blocks
                .iter()
                .filter(|b| b.is_date_line())
                .find_map(|b| normalize_date(&b.text))
        })
}

/// A visible byline: the first short block whose class or id names the
/// author or byline, or that starts with "By ", that holds a name once
/// cleaned; a lone "By" or "Written by" takes the next block's name.
fn byline(seg: &Segmented) -> Option<String> {
    let blocks = &seg.blocks;
    blocks.iter().enumerate().find_map(|(i, b)| {
        if b.words == 0 || b.words > tuning::BYLINE_MAX_WORDS {
            return None;
        }
        // Most short blocks are neither: tested without allocating.
        let named = ["author", "byline"]
            .iter()
            .any(|w| text::contains_ignore_ascii_case(&b.class_id, w));
        let by = BY_PREFIXES
            .iter()
            .any(|p| text::starts_with_ignore_ascii_case(&b.text, p));
        if !(named || by) {
            return None;
        }
        clean_author(&b.text).or_else(|| {
            let lower = b.text.to_lowercase();
            let lone = BY_PREFIXES
                .iter()
                .any(|p| p.trim_end() == lower.trim_end_matches(':'));
            let next = blocks
                .get(i + 1)
                .filter(|n| n.words <= tuning::BYLINE_MAX_WORDS)?;
            lone.then(|| clean_author(&next.text)).flatten()
        })
    })
}

/// What comes before an author's name.
const BY_PREFIXES: &[&str] = &[
    "written by ",
    "posted by ",
    "text by ",
    "words by ",
    "by: ",
    "by ",
    "von ",
    "par ",
    "por ",
];

/// Separators between a name and what follows it on a byline (a date, a
/// role, a count of posts).
const BYLINE_SEPARATORS: &[&str] = &[" | ", " - ", "- ", " – ", " — ", " · ", " • ", " on "];

/// An author's name as given, less "By" and what follows a separator:
/// `None` for a URL, an `@handle`, a text with digits (a date, a count)
/// or a long text.
fn clean_author(s: &str) -> Option<String> {
    let s = collapse(s);
    let mut s = s.as_str();
    for prefix in BY_PREFIXES {
        if text::starts_with_ignore_ascii_case(s, prefix) {
            s = &s[prefix.len()..];
            break;
        }
    }
    if let Some(cut) = BYLINE_SEPARATORS.iter().filter_map(|sep| s.find(sep)).min() {
        s = &s[..cut];
    }
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '"' | '\''));
    let words = s.split_whitespace().count();
    let lower = s.to_lowercase();
    let bad = s.is_empty()
        || BY_PREFIXES
            .iter()
            .any(|p| p.trim_end().trim_end_matches(':') == lower)
        || s.contains("://")
        || s.starts_with("www.")
        || s.starts_with('@')
        || s.chars().any(|c| c.is_ascii_digit())
        || words > tuning::BYLINE_MAX_WORDS as usize;
    (!bad).then(|| s.to_string())
}

/// The page type from structured data: the page's own entity's type (see
/// `read`), else any entity's: a thread's or question's type first, then a
/// product, documentation, an article, a collection, a listing, a
/// service; then `og:type`.
fn page_type(main: Option<&Entity>, entities: &[Entity], og_type: Option<&str>) -> PageType {
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
fn structural_type(seg: &Segmented, content: &[bool]) -> PageType {
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
    if s.price >= tuning::SHOP_PRICE_ELEMENTS || s.cart > 0 || s.itemprop_price > 0 {
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
    if s.user >= tuning::FORUM_MIN_USER_ELEMENTS || s.reply >= tuning::FORUM_MIN_REPLY_ELEMENTS {
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
fn count_prices(text: &str) -> usize {
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

/// Month names in English, German, French, Spanish, Portuguese, Italian
/// and Dutch (and their common abbreviations), by number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("janvier", 1),
    ("enero", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("januari", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("maart", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("giugno", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julho", 7),
    ("luglio", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
];

/// `2024-03-05`, `2024/03/05`, `2024.03.05`, and ISO 8601 date-times.
static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T)").expect("valid regex")
});
/// `March 5, 2024`, `Mar. 5th 2024`.
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
        .expect("valid regex")
});
/// `5 March 2024`, `5. März 2024`, `5 de marzo de 2024`.
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b")
        .expect("valid regex")
});
/// `05/03/2024`, `05.03.2024` or `11-29-2024`: read only when the day is known (one of
/// the two numbers is over 12), or both are the same.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b").expect("valid regex")
});

fn month(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (u32, u32) = (y.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The days of month `m` (1–12) of year `y` in the Gregorian calendar:
/// February has 29 in a year divisible by 4, but not by 100 unless by 400.
fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date in any of the common forms, as `YYYY-MM-DD`.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    // Every form has a year of the 1900s or 2000s: text without one (most
    // of the blocks looked at) skips the regexes.
    if s.len() > tuning::MAX_DATE_CHARS
        || !s.as_bytes().windows(2).any(|w| matches!(w, b"19" | b"20"))
    {
        return None;
    }
    if let Some(c) = YMD.captures(s) {
        return ymd(&c[1], c[2].parse().ok()?, &c[3]);
    }
    if let Some(c) = MDY.captures(s)
        && let Some(m) = month(&c[1])
    {
        return ymd(&c[3], m, &c[2]);
    }
    if let Some(c) = DMY.captures(s)
        && let Some(m) = month(&c[2])
    {
        return ymd(&c[3], m, &c[1]);
    }
    if let Some(c) = NUMERIC.captures(s) {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let (d, m) = if a > 12 || a == b {
            (a, b)
        } else if b > 12 {
            (b, a)
        } else {
            return None;
        };
        return ymd(&c[3], m, &d.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `<meta>` lookup goes through a list of [`META_KEYS`], which
    /// tells the prescan what to keep.
    #[test]
    fn meta_lookups_use_the_listed_keys() {
        let code = include_str!("metadata.rs");
        let literal = ["meta(&", "["].concat();
        assert!(
            !code.contains(&literal),
            "a lookup by a list not in META_KEYS"
        );
        for key in META_KEYS.iter().flat_map(|l| l.iter()) {
            assert!(reads_meta(key) && reads_meta(&key.to_uppercase()), "{key}");
        }
        assert!(reads_meta(" Sailthru.Date ") && reads_meta("x:published"));
        assert!(!reads_meta("viewport") && !reads_meta("twitter:card") && !reads_meta(""));
    }

    #[test]
    fn dates_that_the_calendar_does_not_have_are_not_dates() {
        for (s, want) in [
            ("2024-02-29", Some("2024-02-29")),
            ("2000-02-29", Some("2000-02-29")),
            ("2023-02-29", None),
            ("1900-02-29", None),
            ("2024-02-31", None),
            ("2024-04-31", None),
            ("2024-04-30", Some("2024-04-30")),
            ("2024-12-31T23:59:00Z", Some("2024-12-31")),
            ("31 June 2021", None),
            ("June 31, 2021", None),
            ("30 June 2021", Some("2021-06-30")),
            ("31/11/2020", None),
            ("30/11/2020", Some("2020-11-30")),
        ] {
            assert_eq!(normalize_date(s).as_deref(), want, "{s}");
        }
    }

    fn meta(html: &str) -> Metadata {
        crate::extract(html).expect("test pages are valid").metadata
    }

    #[test]
    fn dates_in_many_forms() {
        for (s, want) in [
            ("2024-03-05T09:30:00+01:00", "2024-03-05"),
            ("2024/3/5", "2024-03-05"),
            ("March 5, 2024", "2024-03-05"),
            ("Updated Mar. 5th 2024, 9:28 AM", "2024-03-05"),
            ("5 March 2024", "2024-03-05"),
            ("5. März 2024", "2024-03-05"),
            ("5 de marzo de 2024", "2024-03-05"),
            ("le 5 mars 2024", "2024-03-05"),
            ("25/03/2024", "2024-03-25"),
            ("03/25/2024", "2024-03-25"),
        ] {
            assert_eq!(normalize_date(s).as_deref(), Some(want), "{s}");
        }
        for s in ["03/05/2024", "2024-13-05", "no date here", "May 40, 2024"] {
            assert_eq!(normalize_date(s), None, "{s}");
        }
    }

    #[test]
    fn json_ld_article() {
        let m = meta(
            r#"<title>Site</title><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Paper"},
              {"@type":["NewsArticle"],"headline":"Bridge vote","datePublished":"2024-03-05",
               "dateModified":"2024-03-06","author":[{"@type":"Person","name":"Ann Smith"},
               {"name":"Bo Lee"}],"keywords":["bridges","council"],"image":{"url":"/a.jpg"}}]}
            </script><p>Text.</p>"#,
        );
        assert_eq!(m.title(), Some("Bridge vote"));
        assert_eq!(m.authors(), ["Ann Smith", "Bo Lee"]);
        assert_eq!(m.published(), Some("2024-03-05"));
        assert_eq!(m.modified(), Some("2024-03-06"));
        assert_eq!(m.site_name(), Some("The Paper"));
        assert_eq!(m.tags(), ["bridges", "council"]);
        assert_eq!(m.image(), Some("/a.jpg"));
        assert_eq!(m.page_type(), PageType::Article);
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let m = meta(
            r#"<script type="application/ld+json">{"@type": "Product", </script>
            <meta property="og:type" content="article"><p>Text.</p>"#,
        );
        assert_eq!(m.page_type(), PageType::Article);
    }

    #[test]
    fn opengraph_only() {
        let m = meta(
            r#"<html lang="pt-BR"><head><title>Ponte | Jornal</title>
            <meta property="og:title" content="Ponte">
            <meta property="og:site_name" content="Jornal">
            <meta property="og:description" content="A ponte.">
            <meta property="og:url" content="https://j.example/ponte">
            <meta property="article:published_time" content="2024-03-05">
            <meta property="article:tag" content="cidade"></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(m.title(), Some("Ponte"));
        assert_eq!(m.language(), Some("pt-BR"));
        assert_eq!(m.description(), Some("A ponte."));
        assert_eq!(m.canonical_url(), Some("https://j.example/ponte"));
        assert_eq!(m.published(), Some("2024-03-05"));
        assert_eq!(m.tags(), ["cidade"]);
    }

    #[test]
    fn visible_byline_and_date() {
        let m = meta(
            "<title>Bridge vote - The Paper</title><h1>Bridge vote</h1>\
             <p class=byline>By Ann Smith</p><p>March 5, 2024</p><p>The council voted.</p>",
        );
        assert_eq!(m.title(), Some("Bridge vote"));
        assert_eq!(m.authors(), ["Ann Smith"]);
        assert_eq!(m.published(), Some("2024-03-05"));
    }

    #[test]
    fn title_without_site_name() {
        assert_eq!(
            strip_site_name("Bridge vote | The Paper", None),
            "Bridge vote"
        );
        assert_eq!(
            strip_site_name("The Paper - Bridge", Some("The Paper")),
            "Bridge"
        );
        assert_eq!(strip_site_name("Plain title", None), "Plain title");
    }

    #[test]
    fn no_metadata_at_all() {
        let m = meta("<p>Just a paragraph.</p>");
        assert_eq!(
            m,
            Metadata {
                page_type: PageType::Service,
                ..Metadata::default()
            }
        );
        assert_eq!(meta("<p></p>"), Metadata::default());
    }

    #[test]
    fn published_from_a_date_block_the_url_or_the_last_change() {
        let para = "<p>A paragraph of plain prose that goes on for a while.</p>";
        let far = format!(
            "<h1>T</h1>{}<div class=post-date>11-29-2024</div>",
            para.repeat(45)
        );
        assert_eq!(meta(&far).published(), Some("2024-11-29"));
        let url = "<link rel=canonical href='https://e.example/2024/03/05/bridge'><p>x</p>";
        assert_eq!(meta(url).published(), Some("2024-03-05"));
        let changed = "<meta property=article:modified_time content=2025-12-12T17:55:18Z><p>x</p>";
        assert_eq!(meta(changed).published(), Some("2025-12-12"));
        assert_eq!(meta(changed).modified(), Some("2025-12-12"));
    }

    #[test]
    fn page_type_from_structure() {
        let para = "<p>A paragraph of plain prose that goes on for a while, as paragraphs \
                    in a story do, with more than twenty words in it from start to end.</p>";
        let blurb = "<h3>Repairs</h3><p>We fix every make of bicycle.</p>";
        assert_eq!(meta(&para.repeat(3)).page_type, PageType::Article);
        assert_eq!(meta(&blurb.repeat(3)).page_type, PageType::Service);
        let product = format!(
            "<h1>Red kettle</h1><span class=product-price>$25</span>\
             <button class='btn add-to-cart'>Add</button>{para}"
        );
        assert_eq!(meta(&product).page_type, PageType::Product);
        let card = "<div class=card><h3>Kettle</h3><span class=price>$25.00</span></div>";
        assert_eq!(meta(&card.repeat(12)).page_type, PageType::Collection);
        let docs = format!("{para}<pre>a</pre><pre>b</pre><pre>c</pre>");
        assert_eq!(meta(&docs).page_type, PageType::Documentation);
        let post = format!("<div class=post><div class=user-info>ann</div>{para}</div>");
        assert_eq!(meta(&post.repeat(5)).page_type, PageType::Forum);
        let item = "<li><a href=/a>A linked title of a story</a> and a few more words</li>";
        assert_eq!(
            meta(&format!("<ul>{}</ul>", item.repeat(10))).page_type,
            PageType::Listing
        );
        // Structured data wins.
        let declared = format!(
            "<script type=application/ld+json>{{\"@type\":\"NewsArticle\"}}</script>{product}"
        );
        assert_eq!(meta(&declared).page_type, PageType::Article);
    }

    #[test]
    fn prices_in_text() {
        assert_eq!(count_prices("$25, € 4,99, 12.50 €, 30 EUR and 7£"), 5);
        assert_eq!(count_prices("US$ and EUROPE, 5 $ 6"), 1);
        assert_eq!(count_prices("no price here: 25 apples"), 0);
    }

    #[test]
    fn authors_that_are_not_names() {
        assert_eq!(clean_author("https://example.com/ann"), None);
        assert_eq!(clean_author("@ann"), None);
        assert_eq!(clean_author("By  Ann Smith").as_deref(), Some("Ann Smith"));
    }
}
