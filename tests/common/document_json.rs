//! A document as a JSON value with the field set of `Document::to_json`,
//! built from the public API. Shared by `tests/corpus.rs` (the
//! `expected.meta.json` and `expected.json` pins, and the check that it
//! equals `to_json` with the `serde` feature) and `examples/extract.rs`
//! (`--format json`), which build without the feature.

use serde_json::{Value, json};

/// The fields of `m`, with `page_type` in lower case.
pub fn metadata_value(m: &deboiler::Metadata) -> Value {
    json!({
        "title": m.title(),
        "authors": m.authors(),
        "published": m.published(),
        "published_at": m.published_at(),
        "modified": m.modified(),
        "modified_at": m.modified_at(),
        "site_name": m.site_name(),
        "language": m.language(),
        "description": m.description(),
        "canonical_url": m.canonical_url(),
        "image": m.image(),
        "tags": m.tags(),
        "page_type": m.page_type().as_str(),
    })
}

/// Every field of `Document::to_json`: title, text, metadata, images,
/// comments and blocks.
#[allow(dead_code)] // not every user of the module needs it
pub fn document_value(doc: &deboiler::Document) -> Value {
    let blocks: Vec<Value> = doc
        .blocks()
        .iter()
        .map(|b| {
            let f = b.features();
            json!({
                "text": b.text(),
                "kind": b.kind().as_str(),
                "level": b.heading_level().unwrap_or(0),
                "label": b.label().as_str(),
                "score": number(b.score()),
                "reason": b.reason().as_str(),
                "features": {
                    "words": f.words,
                    "link_words": f.link_words,
                    "link_density": number(f.link_density),
                    "text_density": number(f.text_density),
                    "tag_path": f.tag_path,
                    "class_id": f.class_id,
                    "position": number(f.position),
                    "in_main": f.in_main,
                    "hint": f.hint,
                },
            })
        })
        .collect();
    let images: Vec<Value> = doc
        .images()
        .into_iter()
        .map(|i| json!({ "src": i.src, "alt": i.alt }))
        .collect();
    let comments: Vec<Value> = doc
        .comments()
        .iter()
        .map(|c| json!({ "author": c.author, "date": c.date, "text": c.text }))
        .collect();
    json!({
        "title": doc.title(),
        "base_url": doc.base_url(),
        "charset": doc.charset(),
        "text": doc.text(),
        "metadata": metadata_value(doc.metadata()),
        "images": images,
        "comments": comments,
        "blocks": blocks,
    })
}

/// An `f32` as serde_json writes it: its shortest decimal form, `null`
/// when not finite.
fn number(x: f32) -> Value {
    if x.is_finite() {
        x.to_string()
            .parse::<f64>()
            .map_or(Value::Null, Value::from)
    } else {
        Value::Null
    }
}
