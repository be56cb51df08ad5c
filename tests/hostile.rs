//! Untrusted input: deep nesting, empty and random input, huge pages and
//! the limits. Each must give output or a clear error, never a panic or a
//! stack overflow (these run on the default 2 MiB test thread stack).

use deboiler::{Error, Extractor};

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

#[test]
fn hundred_thousand_nested_divs_are_refused_quickly() {
    let n = 100_000;
    assert_too_deep(&format!(
        "{}<p>{PARAGRAPH}</p>{}",
        "<div>".repeat(n),
        "</div>".repeat(n)
    ));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<div>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<div/>".repeat(n)));
}

#[test]
fn deep_inline_lists_tables_and_quotes_are_refused() {
    let n = 100_000;
    // The adoption agency algorithm's worst case, as in ammonia's tests.
    assert_too_deep(&format!("{}{PARAGRAPH}", "<b>".repeat(60_000)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<ul><li>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<table><tr><td>".repeat(n)));
    assert_too_deep(&format!("{}{PARAGRAPH}", "<blockquote>".repeat(n)));
}

#[test]
fn many_unclosed_paragraphs_are_not_deep() {
    // Numbered, so that no paragraph repeats another (repeats are dropped).
    let html: String = (0..100_000)
        .map(|i| format!("<p>{i}: {PARAGRAPH}"))
        .collect();
    let doc = deboiler::extract(&html).unwrap();
    assert_eq!(doc.text().matches(PARAGRAPH).count(), 100_000);
}

#[test]
fn deep_input_within_a_raised_limit_is_extracted() {
    let n = 3_000;
    let extractor = Extractor::builder().max_depth(n + 10).build().unwrap();
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
        extractor.extract_bytes(&bytes, None).unwrap();
        extractor.extract_bytes(&bytes, Some("shift_jis")).unwrap();
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
    let cases: &[(&[u8], Option<&str>)] = &[
        (b"<p>\xff\xfe\xfd broken utf-8 \xc3</p>", None),
        (b"\xEF\xBB\xBF<meta charset=windows-1252><p>\xE9</p>", None),
        (b"<\0p\0>\0h\0i\0", None),
        (b"<p>nul \0 byte</p>", Some("utf-8")),
        (b"<p>unknown label</p>", Some("x-no-such-charset")),
    ];
    for (bytes, hint) in cases {
        extractor.extract_bytes(bytes, *hint).unwrap();
    }
    let doc = extractor
        .extract_bytes(b"<p>caf\xC3\xA9 \xFF</p>", Some("utf-8"))
        .unwrap();
    assert_eq!(doc.text(), "café \u{FFFD}");
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
            len: 1001,
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
            len: 1001,
            limit: 1000
        })
    ));
    assert!(extractor.extract(&html[..1000]).is_ok());
}

#[test]
fn too_many_nodes_is_refused() {
    let extractor = Extractor::builder().max_nodes(1000).build().unwrap();
    let html = "<span>".repeat(2000);
    let err = extractor.extract(&html).unwrap_err();
    assert!(matches!(err, Error::TooManyNodes { limit: 1000 }), "{err}");
    assert!(extractor.extract(&"<span>".repeat(500)).is_ok());
}
