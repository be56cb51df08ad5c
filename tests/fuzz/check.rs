//! What each fuzz target checks, shared with `tests/fuzz_regressions.rs`,
//! which replays the inputs in `tests/fuzz/regressions/` and random ones through
//! the same checks with the regular test runner.

// Each fuzz target calls one of these.
#![allow(dead_code)]

use crate::case::case;
use crate::grammar;

/// Any bytes, any charset hint, any settings: an extraction or an error
/// with a message, never a panic.
pub fn extract_bytes(data: &[u8]) {
    let Some(case) = case(data) else {
        return;
    };
    match case.extractor.extract_page(case.page, &case.context()) {
        Ok(doc) => {
            let _ = doc.blocks().len();
        }
        Err(err) => assert!(!err.to_string().is_empty()),
    }
}

fn extracted(data: &[u8]) -> Option<deboiler::Document> {
    let case = case(data)?;
    case.extractor.extract_page(case.page, &case.context()).ok()
}

/// The plain text, the blocks, the metadata and the images: the text is
/// the content blocks' text, and no content block is empty.
pub fn text(data: &[u8]) {
    let Some(doc) = extracted(data) else {
        return;
    };
    let text = doc.to_string();
    assert_eq!(text, doc.text());
    for block in doc.content_blocks() {
        assert!(!block.text().is_empty());
        assert!(text.contains(block.text().trim()));
    }
    let _ = (doc.title(), doc.metadata().clone(), doc.images());
}

/// A rendering holds text when the document does; without text, only
/// images may be written.
fn written(doc: &deboiler::Document, out: &str) {
    if doc.is_empty() {
        assert!(out.is_empty() || !doc.images().is_empty(), "{out:?}");
    } else {
        assert!(!out.is_empty());
    }
}

/// The markdown.
pub fn markdown(data: &[u8]) {
    if let Some(doc) = extracted(data) {
        written(&doc, &doc.to_markdown());
    }
}

/// The HTML, which extracts again.
pub fn html(data: &[u8]) {
    if let Some(doc) = extracted(data) {
        let html = doc.to_html();
        written(&doc, &html);
        let _ = deboiler::extract(&html);
    }
}

/// The JSON, which parses and holds the text.
#[cfg(feature = "serde")]
pub fn json(data: &[u8]) {
    if let Some(doc) = extracted(data) {
        let json: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("valid JSON");
        assert_eq!(json["text"].as_str(), Some(doc.text()));
    }
}

/// A page built from grammar pieces out of all but the last two bytes
/// (which choose the settings, as for every target), through every check:
/// the extraction, the text, the markdown, the HTML and the JSON.
pub fn grammar(data: &[u8]) {
    let Some((choices, settings)) = data.split_last_chunk::<2>() else {
        return;
    };
    let mut page = grammar::page(&mut grammar::Choices::new(choices));
    page.extend_from_slice(settings);
    every_output(&page);
}

/// Every check on one input.
pub fn every_output(data: &[u8]) {
    extract_bytes(data);
    text(data);
    markdown(data);
    html(data);
    #[cfg(feature = "serde")]
    json(data);
}
