//! Every corpus case's markdown, read back by a CommonMark parser, has the
//! structure its content blocks say it should, and no raw HTML.

mod common;

use common::md_structure::{expected, parsed};

#[test]
fn corpus_markdown_reads_back_with_its_structure() {
    let mut cases: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("input.html").exists())
        .collect();
    cases.sort();
    assert!(cases.len() > 60, "the corpus is there");
    let mut failures = Vec::new();
    for case in &cases {
        let html = std::fs::read(case.join("input.html")).expect("input is readable");
        let doc = deboiler::Extractor::default()
            .extract_bytes(&html, None)
            .expect("corpus pages are within the limits");
        let md = doc.to_markdown();
        let (shape, html_events) = parsed(&md);
        if shape != expected(&doc) || html_events > 0 {
            failures.push(format!(
                "{}: expected {:?}\n  parsed {:?} ({html_events} raw HTML)\n{md}",
                case.display(),
                expected(&doc),
                shape
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
