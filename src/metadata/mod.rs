//! Metadata: what the page says about itself (JSON-LD, OpenGraph, Twitter
//! cards, Dublin Core and other `<meta>` tags, microdata, `<time>`,
//! `<html lang>`), what its text shows (the headline, a byline, a date
//! line), and the kind of page it is.

mod author;
mod comments;
mod dates;
mod json_ld;
mod page_type;
mod sources;
mod title;

use author::*;
pub(crate) use comments::comments;
use dates::*;
use json_ld::*;
use page_type::*;
use sources::Sources;
use title::*;

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use crate::entity;
use crate::meta_names::*;
use crate::model::BlockKind;
use crate::segment::{Head, Segmented};
use crate::text::{self, collapse};
use crate::tuning;

/// The kind of page, as deboiler reads it.
///
/// From the page's own structured data where it has any (schema.org types
/// in JSON-LD, `og:type`), else from its structure: prices and cart
/// buttons, code, user boxes and reply links, the share of the kept words
/// in links, the length of the kept paragraphs. [`PageType::Other`] for a
/// page with no main content.
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
    #[must_use]
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

/// Serialised as [`as_str`](PageType::as_str) names it: one source of truth.
#[cfg(feature = "serde")]
impl serde::Serialize for PageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
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
    pub(crate) published_at: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) modified_at: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) canonical_url: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) tags: Vec<String>,
    pub(crate) page_type: PageType,
    /// The structured data declares the page a thread
    /// (`DiscussionForumPosting`, `QAPage`, `Question`): its replies are
    /// its content.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) declared_thread: bool,
}

impl Metadata {
    /// The headline: the page's `<h1>` when the page's declared titles
    /// agree with it, else the structured data's headline, the OpenGraph
    /// title, or the `<title>` without the site name glued to it.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The authors' names, in the page's order.
    #[must_use]
    pub fn authors(&self) -> &[String] {
        &self.authors
    }

    /// The date of first publication, `YYYY-MM-DD`.
    #[must_use]
    pub fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }

    /// The moment of first publication where the page's structured data
    /// (JSON-LD, a `<meta>`, a `<time datetime>`) gives one for the
    /// [`published`](Self::published) date: ISO 8601 as
    /// `YYYY-MM-DDTHH:MM:SS`, the fraction of a second if given, and the
    /// page's own UTC offset (`+01:00`, `Z`) if given, never shifted to
    /// another zone. Without an offset it is the page's local time.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = deboiler::extract(
    ///     "<meta property=article:published_time content='2024-03-05T23:30:00+0100'><p>x</p>",
    /// )?;
    /// assert_eq!(doc.metadata().published(), Some("2024-03-05"));
    /// assert_eq!(doc.metadata().published_at(), Some("2024-03-05T23:30:00+01:00"));
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    #[must_use]
    pub fn published_at(&self) -> Option<&str> {
        self.published_at.as_deref()
    }

    /// The date of the last change, `YYYY-MM-DD`.
    #[must_use]
    pub fn modified(&self) -> Option<&str> {
        self.modified.as_deref()
    }

    /// The moment of the last change, as
    /// [`published_at`](Self::published_at) is written, where the page's
    /// structured data gives one for the [`modified`](Self::modified) date.
    #[must_use]
    pub fn modified_at(&self) -> Option<&str> {
        self.modified_at.as_deref()
    }

    /// The site's name (`og:site_name`, the publisher).
    #[must_use]
    pub fn site_name(&self) -> Option<&str> {
        self.site_name.as_deref()
    }

    /// The page's language tag (`<html lang>`, else `og:locale`), as the
    /// page gives it: `en`, `pt-BR`.
    #[must_use]
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The page's summary of itself (`og:description`, `<meta
    /// name="description">`).
    #[must_use]
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The canonical URL (`<link rel="canonical">`, else `og:url`), as
    /// the page gives it.
    #[must_use]
    pub fn canonical_url(&self) -> Option<&str> {
        self.canonical_url.as_deref()
    }

    /// The main image's URL (`og:image`, `twitter:image`, JSON-LD
    /// `image`), as the page gives it.
    #[must_use]
    pub fn image(&self) -> Option<&str> {
        self.image.as_deref()
    }

    /// Tags and categories (`article:tag`, `article:section`, JSON-LD
    /// `keywords`, `<meta name="keywords">`), without repeats.
    #[must_use]
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// The kind of page.
    #[must_use]
    pub fn page_type(&self) -> PageType {
        self.page_type
    }
}

/// Reads the page's metadata from what the walk noted and the blocks.
pub(crate) fn read(seg: &Segmented, content: &[bool]) -> Metadata {
    let values = parse_json_ld(&seg.head.json_ld);
    let src = Sources::new(&seg.head, &values);
    let site_name = site_name(&src);
    let h1_at = seg
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading && b.level == 1);
    let h1 = h1_at.map(|i| seg.blocks[i].text.clone());
    let headline = src.field("headline").and_then(|h| json_text(h, "name"));
    let og_title = src.meta(TITLE_KEYS);
    let canonical_url = seg.head.canonical.clone().or_else(|| src.meta(URL_KEYS));
    let titles = Titles {
        h1: h1.as_deref(),
        headline: headline.as_deref(),
        og_title: og_title.as_deref(),
        title: seg.head.title.as_deref(),
    };
    let site = Site::new(site_name.as_deref(), canonical_url.as_deref());
    let title = choose_title(&titles, &site);
    let og_type = src.meta(TYPE_KEYS).map(|t| t.to_ascii_lowercase());
    let declared = page_type(src.main(), &src.entities, og_type.as_deref());
    let kind = match declared {
        PageType::Other => structural_type(seg, content),
        declared => declared,
    };
    let dated = matches!(
        kind,
        PageType::Article | PageType::Forum | PageType::Documentation
    );
    let (mut published, modified) = dates(&src, seg, h1_at, canonical_url.as_deref(), dated);
    let mut published_at = published
        .as_deref()
        .and_then(|d| timestamp_of(d, published_sources(&src)));
    // A time given in UTC is dated where the page's own `<time>` shows the
    // same instant with its offset.
    if let Some(local) = published_at
        .as_deref()
        .and_then(|utc| local_time(utc, &seg.head.times))
    {
        published = local.get(..10).map(str::to_string);
        published_at = Some(local);
    }
    let modified_at = modified
        .as_deref()
        .and_then(|d| timestamp_of(d, modified_sources(&src)));
    let language = seg
        .head
        .lang
        .clone()
        .or_else(|| src.meta(LANGUAGE_KEYS).map(|l| l.replace('_', "-")));
    let description = src
        .meta(DESCRIPTION_KEYS)
        .or_else(|| src.field("description").and_then(|d| json_text(d, "name")));
    let image = src
        .meta(IMAGE_KEYS)
        .or_else(|| src.field("image").and_then(|i| json_text(i, "url")));
    Metadata {
        title,
        authors: authors(&src, seg, &site, dated),
        published,
        published_at,
        modified,
        modified_at,
        site_name,
        language,
        description,
        canonical_url,
        image,
        tags: tags(&src),
        page_type: kind,
        declared_thread: declared == PageType::Forum,
    }
}

/// The site's name: declared in a `<meta>`, else the publisher's or the
/// `WebSite` entity's name.
fn site_name(src: &Sources) -> Option<String> {
    src.meta(SITE_NAME_KEYS).or_else(|| {
        src.field("publisher")
            .and_then(|p| json_text(p, "name"))
            .or_else(|| {
                src.entities
                    .iter()
                    .find(|e| e.is_any(&["website"]))
                    .and_then(|e| e.fields.get("name"))
                    .and_then(|n| json_text(n, "name"))
            })
    })
}

/// The authors: the main entity's, else every `citation_author`, else a
/// `<meta>` author, each cleaned; else the page's byline.
fn authors(src: &Sources, seg: &Segmented, site: &Site, dated: bool) -> Vec<String> {
    let mut authors: Vec<String> = src
        .field("author")
        .map(|a| match a {
            Value::Array(items) => items.iter().filter_map(|v| src.name_of(v)).collect(),
            a => src.name_of(a).into_iter().collect(),
        })
        .unwrap_or_default();
    if authors.is_empty() {
        // Scholarly pages name every author in a `citation_author` each.
        authors = src
            .head
            .metas
            .iter()
            .filter(|(k, _)| CITATION_AUTHOR_KEYS.contains(&k.as_str()))
            .map(|(_, v)| v.clone())
            .collect();
    }
    if authors.is_empty() {
        // A `<meta>` or microdata author, or the first post's author as
        // its element names it, whichever comes first: the first
        // microdata author may be a reply's, after the first post.
        let meta_at = src
            .head
            .metas
            .iter()
            .position(|(k, v)| AUTHOR_KEYS.contains(&k.as_str()) && !v.is_empty());
        authors = match &seg.head.post_author {
            Some((at, post)) if meta_at.is_none_or(|m| *at <= m) => vec![post.clone()],
            _ => src.meta(AUTHOR_KEYS).into_iter().collect(),
        };
    }
    if authors.is_empty() {
        // `twitter:label1` "Written by" and its `twitter:data1`.
        authors = TWITTER_LABEL_KEYS
            .iter()
            .zip(TWITTER_DATA_KEYS)
            .filter(|(label, _)| {
                src.meta(std::slice::from_ref(label))
                    .is_some_and(|l| l.trim().eq_ignore_ascii_case("written by"))
            })
            .find_map(|(_, data)| src.meta(std::slice::from_ref(data)))
            .into_iter()
            .collect();
    }
    let mut authors: Vec<String> = authors
        .iter()
        .filter_map(|a| clean_declared_author(a))
        .collect();
    let signed_by_site = dated && matches!(authors.as_slice(), [one] if site.names(one));
    if authors.is_empty() || signed_by_site {
        let visible = byline(seg).or_else(|| author_link(seg));
        let visible = if signed_by_site {
            visible.and_then(|n| site.person(&n))
        } else {
            visible
        };
        if let Some(name) = visible {
            authors = vec![name];
        }
    }
    authors.dedup();
    authors
}

/// The publication and last-change dates: structured, else declared in a
/// `<meta>`, a `<time>` or shown near the headline, else the date in the
/// page's URL (`/2024/03/05/slug`), else (on a page of a `dated` kind) a
/// JSON-LD `WebPage`'s `datePublished`, else its last change (a page
/// published once and never changed says only that).
fn dates(
    src: &Sources,
    seg: &Segmented,
    h1_at: Option<usize>,
    canonical_url: Option<&str>,
    dated: bool,
) -> (Option<String>, Option<String>) {
    let head = src.head;
    let published = src
        .field("datePublished")
        .or_else(|| src.field("dateCreated"))
        .and_then(|d| json_text(d, "@value"))
        .and_then(|d| normalize_date(&d))
        .or_else(|| {
            first_item_created(head)
                .or_else(|| src.meta(PUBLISHED_KEYS))
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
    let modified = src
        .field("dateModified")
        .and_then(|d| json_text(d, "@value"))
        .and_then(|d| normalize_date(&d))
        .or_else(|| src.meta(MODIFIED_KEYS).and_then(|d| normalize_date(&d)));
    let published = published
        .or_else(|| {
            // A path written percent-encoded ("%2Farticles%2F2025-12-15")
            // has its slashes back first.
            let url = canonical_url?.replace("%2F", "/").replace("%2f", "/");
            let c = YMD.captures(&url)?;
            ymd(&c[1], c[2].parse().ok()?, &c[3])
        })
        .or_else(|| {
            // A graph that describes no article may date the page itself:
            // taken on a page of a kind that has dates (an article, a
            // thread, documentation), not a shop's or a service's page,
            // where it is when the page was made.
            if !dated {
                return None;
            }
            src.web_page_field("datePublished")
                .and_then(|d| json_text(d, "@value"))
                .and_then(|d| normalize_date(&d))
        })
        .or_else(|| modified.clone());
    // The structured data dates publication and change, and the headline
    // shows an earlier date alone: the data was stamped when the page was
    // last built or moved (both on one day), or republished it (more than a
    // day later: a day's difference is a time zone's), and the date shown
    // is the publication's.
    let published = match (&published, &modified) {
        (Some(p), Some(m)) => match shown_date(seg, h1_at).or_else(|| labelled_published(seg)) {
            Some(shown)
                if shown < *p && (p == m || days_apart(&shown, p).is_some_and(|d| d > 1)) =>
            {
                Some(shown)
            }
            _ => published,
        },
        _ => published,
    };
    // A page that says when it was first published ("This article was
    // originally published on 26 Sep 2019") is believed over any later date.
    let published = match (published, originally_published(seg)) {
        (Some(p), Some(first)) if first < p => Some(first),
        (None, first) => first,
        (p, _) => p,
    };
    (published, modified)
}

/// A `dateCreated` that comes before every `datePublished` in the page:
/// the first item's (a question's "asked" date over its answers'
/// `datePublished`), where the most specific name would take a later
/// item's.
fn first_item_created(head: &Head) -> Option<String> {
    let at = |key: &str| {
        head.metas
            .iter()
            .position(|(k, v)| k == key && !v.is_empty())
    };
    match (at("datecreated"), at("datepublished")) {
        (Some(c), Some(p)) if c < p => Some(head.metas[c].1.clone()),
        _ => None,
    }
}

/// The structured values that may give the publication date, in the order
/// [`dates`] believes them.
fn published_sources<'s>(src: &'s Sources) -> impl Iterator<Item = String> + 's {
    let json_ld = ["datePublished", "dateCreated"]
        .into_iter()
        .filter_map(|k| src.field(k).and_then(|d| json_text(d, "@value")));
    let metas = src
        .head
        .metas
        .iter()
        .filter(|(k, _)| {
            PUBLISHED_KEYS.contains(&k.as_str())
                || (k.contains(PUBLISHED_PART) && !k.contains("modif"))
        })
        .map(|(_, v)| v.clone());
    json_ld.chain(metas).chain(src.head.times.iter().cloned())
}

/// The structured values that may give the last change's date.
fn modified_sources<'s>(src: &'s Sources) -> impl Iterator<Item = String> + 's {
    let json_ld = src
        .field("dateModified")
        .and_then(|d| json_text(d, "@value"));
    let metas = src
        .head
        .metas
        .iter()
        .filter(|(k, _)| MODIFIED_KEYS.contains(&k.as_str()))
        .map(|(_, v)| v.clone());
    json_ld.into_iter().chain(metas)
}

/// The page's tags and sections, from its `<meta>`s and its main entity,
/// each once (case aside), at most [`tuning::MAX_TAGS`].
fn tags(src: &Sources) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for (name, value) in &src.head.metas {
        if TAG_KEYS.contains(&name.as_str()) {
            tags.push(value.clone());
        } else if TAG_LIST_KEYS.contains(&name.as_str()) {
            tags.extend(value.split(',').map(collapse));
        }
    }
    for key in ["keywords", "articleSection"] {
        if let Some(v) = src.field(key) {
            for t in json_texts(v, "name") {
                tags.extend(t.split(',').map(collapse));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| !t.is_empty() && seen.insert(t.to_lowercase()));
    tags.truncate(tuning::MAX_TAGS);
    tags
}

#[cfg(test)]
mod tests;
