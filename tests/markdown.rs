//! Every corpus case's markdown, read back by a CommonMark parser, has the
//! structure its content blocks say it should, and no raw HTML; its HTML
//! is well-formed and clean.

mod common;

use common::html_check;
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
        let doc = deboiler::Extractor::builder()
            .links(true)
            .images(true)
            .build()
            .expect("links and images on is a valid setting")
            .extract_bytes(&html, None)
            .expect("corpus pages are within the limits");
        if let Err(e) = html_check::check(&doc.to_html()) {
            failures.push(format!("{}: HTML: {e}", case.display()));
        }
        let md = doc.to_markdown();
        let (shape, html_events) = parsed(&md);
        if shape != expected(&doc, true, false) || html_events > 0 {
            failures.push(format!(
                "{}: expected {:?}\n  parsed {:?} ({html_events} raw HTML)\n{md}",
                case.display(),
                expected(&doc, true, false),
                shape
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_html_check_catches_what_it_should() {
    assert!(html_check::check("<p>a <em>b</em><br></p>").is_ok());
    assert!(html_check::check("<p><em>x</p></em>").is_err());
    assert!(html_check::check("<p class=\"x\">x</p>").is_err());
    assert!(html_check::check("<p>a < b</p>").is_err());
    assert!(html_check::check("<script>x</script>").is_err());
    assert!(html_check::check("<p><img src=\"a.png\" alt=\"A\"><br>x</p>").is_ok());
    assert!(html_check::check("<p><img src=\"a.png\" onerror=\"x()\"></p>").is_err());
}
