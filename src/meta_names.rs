//! The `<meta>` names and microdata properties the metadata reads: one
//! list for the prescan, which keeps only those tags, and for the metadata,
//! which looks them up. A leaf: it imports no stage.

/// `<meta>` names (and microdata properties) of the site's name, most
/// telling first; and so on for each field.
pub(crate) const SITE_NAME_KEYS: &[&str] = &["og:site_name", "application-name"];
pub(crate) const TITLE_KEYS: &[&str] = &["og:title", "twitter:title"];
/// Scholarly pages name every author in a `citation_author` each.
pub(crate) const CITATION_AUTHOR_KEYS: &[&str] = &["citation_author"];
pub(crate) const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
];
/// Twitter's label and data pairs: a label "Written by" names the author
/// in the data of its number.
pub(crate) const TWITTER_LABEL_KEYS: &[&str] = &["twitter:label1", "twitter:label2"];
pub(crate) const TWITTER_DATA_KEYS: &[&str] = &["twitter:data1", "twitter:data2"];
pub(crate) const URL_KEYS: &[&str] = &["og:url"];
pub(crate) const LANGUAGE_KEYS: &[&str] =
    &["og:locale", "content-language", "language", "dc.language"];
pub(crate) const DESCRIPTION_KEYS: &[&str] =
    &["og:description", "description", "twitter:description"];
pub(crate) const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
];
/// A tag each, and comma-separated lists of them.
pub(crate) const TAG_KEYS: &[&str] = &["article:tag", "article:section"];
pub(crate) const TAG_LIST_KEYS: &[&str] = &["keywords", "news_keywords"];
pub(crate) const TYPE_KEYS: &[&str] = &["og:type"];

/// Every list of names above.
pub(crate) const META_KEYS: &[&[&str]] = &[
    SITE_NAME_KEYS,
    TITLE_KEYS,
    CITATION_AUTHOR_KEYS,
    AUTHOR_KEYS,
    TWITTER_LABEL_KEYS,
    TWITTER_DATA_KEYS,
    PUBLISHED_KEYS,
    MODIFIED_KEYS,
    URL_KEYS,
    LANGUAGE_KEYS,
    DESCRIPTION_KEYS,
    IMAGE_KEYS,
    TAG_KEYS,
    TAG_LIST_KEYS,
    TYPE_KEYS,
];

/// What any other name of the publication date has in it (read when none
/// of [`PUBLISHED_KEYS`] is there).
pub(crate) const PUBLISHED_PART: &str = "publish";

/// Whether the reader looks up a `<meta>` of this name (or microdata
/// property), ASCII case ignored: one of [`META_KEYS`], or any name with
/// `publish` in it (read for the publication date). The prescan drops
/// every other `<meta>`.
pub(crate) fn reads_meta(key: &str) -> bool {
    let key = key.trim();
    META_KEYS
        .iter()
        .flat_map(|list| list.iter())
        .any(|k| k.eq_ignore_ascii_case(key))
        || crate::text::contains_ignore_ascii_case(key, PUBLISHED_PART)
}

/// `<meta>` and microdata names of the publication date, most specific
/// first.
pub(crate) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article.published",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "citation_publication_date",
    "datecreated",
    "ms.date",
];
/// Names of the date of the last change.
pub(crate) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "modified_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];
