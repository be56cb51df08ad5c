//! A document's metadata as a JSON value, every field of `Metadata` by
//! name. Shared by `tests/corpus.rs` (the `expected.meta.json` pins) and
//! `examples/extract.rs` (`--format json`), which build without the
//! `serde` feature.

/// The fields of `m`, with `page_type` in lower case.
pub fn metadata_value(m: &deboiler::Metadata) -> serde_json::Value {
    serde_json::json!({
        "title": m.title(),
        "authors": m.authors(),
        "published": m.published(),
        "modified": m.modified(),
        "site_name": m.site_name(),
        "language": m.language(),
        "description": m.description(),
        "canonical_url": m.canonical_url(),
        "image": m.image(),
        "tags": m.tags(),
        "page_type": m.page_type().as_str(),
    })
}
