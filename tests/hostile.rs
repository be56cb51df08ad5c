//! Untrusted input: deep nesting, empty and random input, huge pages and
//! the limits. Each must give output or a clear error, never a panic or a
//! stack overflow (these run on the default 2 MiB test thread stack).

use deboiler::{BinaryKind, Error, Extractor};

const PARAGRAPH: &str = "This sentence is the main content of a page that tries very hard to \
    break the extractor, and it is long enough to count as content on its own.";

fn assert_too_deep(html: &str) {
    match deboiler::extract(html) {
        Err(Error::NestingTooDeep { depth, limit }) => {
            assert!(
                depth > limit && limit == deboiler::DEFAULT_MAX_DEPTH,
                "{depth} {limit}"
            )
        }
        other => panic!("expected NestingTooDeep, got {other:?}"),
    }
}

/// A million: the depth of the hostile pages.
const MILLION: usize = 1_000_000;

#[test]
fn a_million_nested_divs_are_refused_quickly() {
    let n = MILLION;
    assert_too_deep(&format!(
        "{}<p>{PARAGRAPH}</p>{}",
        "<div>".repeat(n),
        "</div>".repeat(n)
    ));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<div>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<div/>".repeat(n)));
}

#[test]
fn a_million_nested_inline_list_table_and_quote_elements_are_refused() {
    let n = MILLION;
    // The adoption agency algorithm's worst case, as in ammonia's tests.
    assert_too_deep(&format!("{}{PARAGRAPH}", "<b>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<ul><li>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<table><tr><td>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<blockquote>".repeat(n)));
}

#[test]
fn unclosed_links_are_not_deep() {
    // Each `<a>` closes the one before (the adoption agency), as `<nobr>`.
    for open in ["<a href=/x>", "<nobr>"] {
        let html = format!(
            "<p>{PARAGRAPH}</p>{}",
            format!("{open}word ").repeat(100_000)
        );
        assert!(deboiler::extract(&html).is_ok(), "{open}");
    }
}

#[test]
fn a_million_unclosed_paragraphs_and_list_items_are_not_deep() {
    // Each closes the one before. Numbered, so that no paragraph repeats
    // another (repeats are dropped).
    // A million elements are over the default max_nodes.
    let extractor = Extractor::builder().max_nodes(2 * MILLION).build().unwrap();
    for open in ["<p>", "<li>"] {
        let html: String = (0..MILLION)
            .map(|i| format!("{open}{i}: some words"))
            .collect();
        let doc = extractor.extract(&html).unwrap();
        assert_eq!(doc.text().matches("some words").count(), MILLION, "{open}");
    }
}

#[test]
fn deep_input_within_a_raised_limit_is_extracted() {
    // Deep enough that any recursion on depth in the walk, the renderers
    // or the tree's drop would overflow the test thread's 2 MiB stack;
    // html5ever's time grows with the square of the depth, so not deeper.
    let n = 10_000;
    // `<ul><li>` nests two elements a time: the tree is 2n deep.
    let extractor = Extractor::builder().max_depth(2 * n + 10).build().unwrap();
    for open in ["<div>", "<b>", "<ul><li>", "<section>"] {
        let html = format!("{}<p>{PARAGRAPH}</p>", open.repeat(n));
        let doc = extractor.extract(&html).unwrap();
        assert_eq!(doc.text(), PARAGRAPH, "{open}");
    }
}

#[test]
fn empty_and_whitespace_input() {
    for input in [
        "",
        " ",
        "\n\n",
        "<html></html>",
        "<!DOCTYPE html>",
        "<!-- -->",
    ] {
        let doc = deboiler::extract(input).unwrap();
        assert!(doc.is_empty(), "{input:?}");
    }
    assert!(
        Extractor::default()
            .extract_bytes(b"", None)
            .unwrap()
            .is_empty()
    );
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.max(1);
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

#[test]
fn random_bytes_never_panic() {
    let extractor = Extractor::default();
    for seed in 1..200u64 {
        let bytes = random_bytes(seed, (seed as usize * 97) % 5000);
        for hint in [None, Some("shift_jis")] {
            match extractor.extract_bytes(&bytes, hint) {
                Ok(_) => assert!(
                    bytes.len() < 128,
                    "{} bytes of noise read as text",
                    bytes.len()
                ),
                Err(Error::Binary { kind }) => assert_eq!(kind, BinaryKind::ControlBytes),
                Err(e) => panic!("{e}"),
            }
        }
    }
}

#[test]
fn random_markup_never_panics() {
    const PIECES: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<a href=x>",
        "</a>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<li>",
        "<ul>",
        "</ul>",
        "<pre>",
        "</pre>",
        "<br>",
        "<h1>",
        "</h1>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<nav>",
        "</nav>",
        "word ",
        "another word ",
        "&amp;",
        "&#0;",
        "\u{0}",
        "<svg>",
        "<template>",
        "</template>",
        "<noscript>",
        "<div hidden>",
        "<b>",
        "<i>",
        "</b>",
        "<select>",
        "<button>",
        "</button>",
        "<th>",
        "<thead>",
        "<a role=button>",
        "<div role=tabpanel hidden>",
        "<div popover>",
        "<h2>",
        "</h2>",
        "<div class='a--withSidebar no- hasX print:x [h2]:y hide-'>",
        "Nov. 20, 2019 ",
        "\u{c2}\u{80}\u{e2}\u{80}\u{99}",
    ];
    let extractor = Extractor::default();
    for seed in 1..300u64 {
        let picks = random_bytes(seed, 400);
        let html: String = picks
            .iter()
            .map(|&b| PIECES[b as usize % PIECES.len()])
            .collect();
        extractor.extract(&html).unwrap();
    }
}

#[test]
fn a_button_holding_a_huge_subtree_is_read_once() {
    // A button is looked into for words before it is read: 200,000 empty
    // spans, then a sentence.
    let html = format!(
        "<p>{PARAGRAPH}</p><button>{}words enough to be read as a sentence here</button>",
        "<span></span>".repeat(200_000)
    );
    let doc = Extractor::builder()
        .max_nodes(1_000_000)
        .build()
        .unwrap()
        .extract(&html)
        .unwrap();
    assert!(doc.text().contains("main content"));
}

#[test]
fn invalid_and_mixed_encodings() {
    let extractor = Extractor::default();
    // Invalid UTF-8 is read in a guessed legacy encoding (here a
    // single-byte one, every byte a character) unless the caller says UTF-8.
    let doc = extractor
        .extract_bytes(b"<p>\xff\xfe\xfd broken utf-8 \xc3</p>", None)
        .unwrap();
    assert_ne!(doc.charset(), "UTF-8");
    assert_eq!(doc.text().chars().count(), "___ broken utf-8 _".len());
    assert!(!doc.text().contains('\u{FFFD}'));
    let cases: &[(&[u8], Option<&str>, &str)] = &[
        (
            b"<p>\xff\xfe\xfd broken utf-8 \xc3</p>",
            Some("utf-8"),
            "\u{FFFD}\u{FFFD}\u{FFFD} broken utf-8 \u{FFFD}",
        ),
        // The byte order mark wins over the declaration.
        (
            b"\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9</p>",
            None,
            "café",
        ),
        // UTF-16 without a byte order mark, whatever the hint says.
        (b"<\0p\0>\0h\0i\0", None, "hi"),
        (b"\0<\0p\0>\0h\0i", Some("utf-8"), "hi"),
        // A NUL byte is dropped by the parser.
        (b"<p>nul \0 byte</p>", Some("utf-8"), "nul byte"),
        (
            b"<p>unknown label</p>",
            Some("x-no-such-charset"),
            "unknown label",
        ),
        (b"<p>caf\xE9</p>", Some("no-such-charset"), "café"),
    ];
    for (bytes, hint, text) in cases {
        let doc = extractor.extract_bytes(bytes, *hint).unwrap();
        assert_eq!(doc.text(), *text, "{bytes:?}");
    }
    let doc = extractor
        .extract_bytes(b"<p>caf\xC3\xA9 \xFF</p>", Some("utf-8"))
        .unwrap();
    assert_eq!(doc.text(), "café \u{FFFD}");
}

#[test]
fn binary_input_is_refused_with_what_it_looks_like() {
    let extractor = Extractor::default();
    let noise = random_bytes(7, 10_000);
    let cases: &[(&[u8], BinaryKind, &str)] = &[
        (
            b"\x1F\x8B\x08\x00\x00\x00\x00\x00<html>",
            BinaryKind::Gzip,
            "gzip data",
        ),
        (
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj",
            BinaryKind::Pdf,
            "a PDF document",
        ),
        (
            b"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR",
            BinaryKind::Png,
            "a PNG image",
        ),
        (b"PK\x03\x04\x14\x00", BinaryKind::Zip, "a zip archive"),
        (&noise, BinaryKind::ControlBytes, "binary data"),
    ];
    for (bytes, kind, words) in cases {
        match extractor.extract_bytes(bytes, None) {
            Err(Error::Binary { kind: k }) => {
                assert_eq!(k, *kind);
                assert_eq!(k.to_string(), *words);
            }
            other => panic!("{kind}: expected Binary, got {other:?}"),
        }
    }
    let err = extractor
        .extract(&String::from_utf8_lossy(&noise))
        .unwrap_err();
    assert_eq!(err.to_string(), "input is binary data, not HTML");
}

#[test]
fn fifty_megabyte_page() {
    // Numbered, so that no paragraph repeats another (repeats are dropped).
    let n = 50_000_000 / (PARAGRAPH.len() + 16);
    let body: String = (0..n)
        .map(|i| format!("<p>{i}: {PARAGRAPH}</p>\n"))
        .collect();
    let html = format!("<article>{body}</article>");
    assert!(html.len() >= 49_000_000);
    let doc = deboiler::extract(&html).unwrap();
    assert!(doc.text().len() > 40_000_000);
}

#[test]
fn input_over_the_limit_is_refused_before_parsing() {
    let extractor = Extractor::builder().max_input_bytes(1000).build().unwrap();
    let html = "x".repeat(1001);
    match extractor.extract(&html) {
        Err(Error::InputTooLarge {
            len: Some(1001),
            limit: 1000,
        }) => {}
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    assert!(matches!(
        extractor.extract_bytes(html.as_bytes(), None),
        Err(Error::InputTooLarge { .. })
    ));
    assert!(matches!(
        extractor.extract_reader(std::io::repeat(b'x')),
        Err(Error::InputTooLarge {
            len: None,
            limit: 1000
        })
    ));
    assert!(extractor.extract(&html[..1000]).is_ok());
}

#[test]
fn ten_million_elements_and_a_gigabyte_are_refused_by_default() {
    let html = "<br>".repeat(10 * MILLION);
    match deboiler::extract(&html) {
        // The scan counts the page's start tags and the elements the parser
        // adds (html, head, body).
        Err(Error::TooManyNodes { count, limit }) => {
            assert_eq!(limit, deboiler::DEFAULT_MAX_NODES);
            assert!((10_000_000..10_000_010).contains(&count), "{count}");
        }
        other => panic!("expected TooManyNodes, got {other:?}"),
    }
    drop(html);
    // A gigabyte is refused from its length, before it is read whole.
    let gigabyte = std::io::Read::take(std::io::repeat(b'x'), 1 << 30);
    assert!(matches!(
        Extractor::default().extract_reader(gigabyte),
        Err(Error::InputTooLarge { .. })
    ));
}

#[test]
fn too_many_nodes_is_refused() {
    let extractor = Extractor::builder().max_nodes(1000).build().unwrap();
    // Siblings, not nested (nesting is refused first as too deep).
    let html = "<span></span>".repeat(2000);
    let err = extractor.extract(&html).unwrap_err();
    assert!(
        matches!(
            err,
            Error::TooManyNodes {
                count: 2000..2010,
                limit: 1000
            }
        ),
        "{err}"
    );
    assert!(extractor.extract(&"<span></span>".repeat(500)).is_ok());
}

#[test]
fn a_tag_with_too_many_attributes_is_refused_before_parsing() {
    // html5ever's cost for one tag grows with the square of its attribute
    // count: 200,000 attributes took 36 s to parse before this limit.
    let tag = |n: usize| -> String {
        let attrs: Vec<String> = (0..n).map(|i| format!("a{i}=1")).collect();
        format!("<div {}>{PARAGRAPH}</div>", attrs.join(" "))
    };
    match deboiler::extract(&tag(200_000)) {
        Err(Error::TooManyAttributes { count, limit }) => {
            assert_eq!((count, limit), (200_000, deboiler::DEFAULT_MAX_ATTRIBUTES));
        }
        other => panic!("expected TooManyAttributes, got {other:?}"),
    }
    // On an end tag too (the tokenizer reads them there as well).
    let attrs = " b=1".repeat(2000);
    assert!(matches!(
        deboiler::extract(&format!("<p>{PARAGRAPH}</p{attrs}>")),
        Err(Error::TooManyAttributes { count: 2000, .. })
    ));
    let doc = deboiler::extract(&tag(deboiler::DEFAULT_MAX_ATTRIBUTES)).unwrap();
    assert_eq!(doc.text(), PARAGRAPH);
    let strict = Extractor::builder().max_attributes(3).build().unwrap();
    assert!(strict.extract("<p a=1 b=2 c=3>ok</p>").is_ok());
    assert!(strict.extract("<p a=1 b=2 c=3 d>no</p>").is_err());
    assert!(Extractor::builder().max_attributes(0).build().is_err());
}

/// The inputs of the issue that found panics through the public API: each
/// is extracted and rendered every way.
#[test]
fn text_with_characters_of_several_bytes_where_offsets_fall() {
    let every_way =
        |doc: &deboiler::Document| (doc.text().to_string(), doc.to_markdown(), doc.to_html());
    // A JSON-LD string with a multi-byte character within 12 bytes after
    // an `&` (the old entity decoder sliced there).
    for (headline, title) in [
        ("Tom &ééééééé wins", "Tom &ééééééé wins"),
        // The `»` left dangling before the title is trimmed off it.
        ("&raquo; ☆☆☆☆☆ - Stars", "☆☆☆☆☆ - Stars"),
        ("Kekse & Gebäck,süß,&amp; mehr", "Kekse & Gebäck,süß,& mehr"),
    ] {
        let html = format!(
            "<script type=application/ld+json>{{\"@type\":\"NewsArticle\",\
             \"headline\":\"{headline}\",\"keywords\":\"& Gebäck,süß,☆&#x2606;\"}}</script>\
             <p>{PARAGRAPH}</p>"
        );
        let doc = deboiler::extract(&html).unwrap();
        assert_eq!(doc.title(), Some(title));
        every_way(&doc);
    }
    // A table cell in <pre> whose span offsets the line break moved (the
    // renderers sliced inside the `é`).
    for html in [
        "<pre><table><tr>  <td><br>é",
        "<pre><table><tr>   <td><br>☆<td> <br>😀 x",
        "<pre>  <b> <br>é</b> <i>  <br>☆</i>",
    ] {
        let doc = deboiler::extract(html).unwrap();
        let (text, markdown, html_out) = every_way(&doc);
        for c in ['é', '☆', '😀'] {
            if html.contains(c) {
                assert!(
                    text.contains(c) && markdown.contains(c) && html_out.contains(c),
                    "{html}"
                );
            }
        }
    }
}

#[test]
fn nesting_the_byte_scan_does_not_model_is_refused_while_parsing() {
    // Each `<li>` nests in the `<dt>` before it, and `<rt>` outside a
    // `<ruby>` in the `<rt>` before it: the tree's own depth stops the
    // parse, in its first pieces (these took 48 s and 19 s to parse whole).
    assert_too_deep(&"<li>x<dt>y".repeat(50_000));
    assert_too_deep(&"<rt>".repeat(100_000));
    assert_too_deep(&"<template><p>x".repeat(20_000));
}

#[test]
fn elements_the_parser_reopens_count_against_max_nodes() {
    // 400 unclosed formatting elements, reopened in each of 20,000
    // paragraphs: eight million elements from 85 KB (1.5 GB, 5 s before).
    let open: String = (0..400).map(|i| format!("<b class=c{i}>")).collect();
    let html = format!("<p>{open}t{}", "<p>t".repeat(20_000));
    match deboiler::extract(&html) {
        Err(Error::TooManyNodes { count, limit }) => {
            assert_eq!(limit, deboiler::DEFAULT_MAX_NODES);
            // Counted as the tree grew: past the limit when the parse stopped.
            assert!(count > limit, "{count}");
        }
        other => panic!("expected TooManyNodes, got {other:?}"),
    }
    // Under the limit, the same page is extracted.
    let html = format!("<p>{open}t{}", "<p>t".repeat(100));
    assert_eq!(
        deboiler::extract(&html)
            .unwrap()
            .text()
            .matches('t')
            .count(),
        101
    );
}

#[test]
fn a_reopened_formatting_element_brings_only_what_is_read() {
    // A `<b>` with a thousand attributes nothing reads, reopened by the
    // parser in each of 20,000 paragraphs: 800 MB and 1.9 s before, when
    // each copy held them all.
    let attrs: String = (0..1000).map(|i| format!(" data-a{i}={i}")).collect();
    let paragraphs: String = (0..20_000).map(|i| format!("<p>t{i}")).collect();
    let html = format!("<p><b class=bold{attrs}>t{paragraphs}");
    let doc = Extractor::builder()
        .max_nodes(100_000)
        .build()
        .unwrap()
        .extract(&html)
        .unwrap();
    assert_eq!(doc.blocks().len(), 20_001);
}

#[test]
fn a_time_limit_stops_the_extraction() {
    let page = format!("<p>{PARAGRAPH}</p>").repeat(20_000);
    let quick = Extractor::builder()
        .max_time(std::time::Duration::from_nanos(1))
        .build()
        .unwrap();
    match quick.extract(&page) {
        Err(Error::TimedOut { limit }) => assert_eq!(limit.as_nanos(), 1),
        other => panic!("expected TimedOut, got {:?}", other.map(|d| d.text().len())),
    }
    let ample = Extractor::builder()
        .max_time(std::time::Duration::from_secs(600))
        .build()
        .unwrap();
    assert!(!ample.extract(&page).unwrap().is_empty());
    // A limit past what the clock can count is no limit, not an overflow.
    let endless = Extractor::builder()
        .max_time(std::time::Duration::MAX)
        .build()
        .unwrap();
    assert!(!endless.extract(&page).unwrap().is_empty());
    assert!(matches!(
        Extractor::builder()
            .max_time(std::time::Duration::ZERO)
            .build(),
        Err(Error::InvalidConfig {
            setting: "max_time",
            ..
        })
    ));
    // No limit on the input is a setting like any other (a page past
    // html5ever's 4 GiB is still refused, with InputTooLarge).
    assert!(
        Extractor::builder()
            .max_input_bytes(usize::MAX)
            .build()
            .is_ok()
    );
}

#[test]
fn long_link_targets_and_class_names_are_cut() {
    // (A link the parser reopens in every paragraph is stored once: see the
    // walk's tests.)
    // A target past 4 KiB is text, not a link.
    let long = format!("/{}", "h".repeat(5000));
    let html = format!(
        "<p>{PARAGRAPH} See <a href=\"{long}\">this page</a> or \
         <a href=\"/short\">that one</a> for more."
    );
    let doc = Extractor::builder()
        .links(true)
        .build()
        .unwrap()
        .extract(&html)
        .unwrap();
    assert_eq!(
        doc.to_markdown(),
        format!("{PARAGRAPH} See this page or [that one](/short) for more.")
    );
    // A 20 KB class over many paragraphs: each block's class string is cut.
    let html = format!(
        "<div class=\"{}\">{}",
        "c".repeat(20_000),
        "<p>word</p>".repeat(100)
    );
    let doc = deboiler::extract(&html).unwrap();
    assert!(
        doc.blocks()
            .iter()
            .all(|b| b.features().class_id.len() <= 1024)
    );
    // And a hinted element's name (`Features::hint`): cut at a character
    // boundary, whatever its tokens.
    let html = format!(
        "<aside id=\"{}\" class=\"{}\" role=x>{}",
        "é".repeat(3_000),
        "share ".repeat(3_000),
        "<p>word</p>".repeat(100)
    );
    let doc = deboiler::extract(&html).unwrap();
    for b in doc.blocks() {
        let hint = &b.features().hint;
        assert!(hint.starts_with("aside#é") && hint.len() <= 120, "{hint}");
    }
}
