//! The public API as users see it.

use deboiler::{BlockKind, Error, Extractor, Favor, Label, Page, Reason};

const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Bridge vote | Courier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Bridge vote</h1>
<p>The council voted on Tuesday to rebuild the old bridge across the river, a project that has been
discussed for more than ten years and will cost the town a great deal of money.</p>
<h2>What happens next</h2>
<p>Work starts in the spring and takes about fourteen months, with a temporary footbridge beside the
old one for people on foot and on bicycles.</p>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><a href="/x">X</a></li></ul>
</article><footer><p>Copyright 2024 The Courier</p></footer></body></html>"#;

#[test]
fn extractor_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Extractor>();
    check::<deboiler::Document>();
    fn send_sync<T: Send + Sync + std::error::Error + 'static>() {}
    send_sync::<Error>();
}

#[test]
fn document_accessors() {
    let doc = deboiler::extract(PAGE).unwrap();
    assert_eq!(doc.title(), Some("Bridge vote"));
    assert!(!doc.is_empty());
    assert_eq!(doc.to_string(), doc.text());
    assert!(doc.text().starts_with("The council voted"));
    assert!(doc.text().contains("\n\nWhat happens next\n\nWork starts"));
    assert!(!doc.text().contains("Facebook"));
    assert!(!doc.text().contains("Home"));
    assert!(!doc.text().contains("Copyright"));

    let blocks = doc.blocks();
    let title = blocks.iter().find(|b| b.text() == "Bridge vote").unwrap();
    assert_eq!(
        (title.kind(), title.heading_level()),
        (BlockKind::Heading, Some(1))
    );
    assert_eq!(
        (title.label(), title.reason()),
        (Label::Boilerplate, Reason::Title)
    );
    let share = blocks.iter().find(|b| b.text() == "Facebook").unwrap();
    assert_eq!(share.reason(), Reason::ClassHint);
    assert!(share.features().link_density > 0.99);
    // The hint the rule read: the nearest hinted element, named.
    assert_eq!(share.features().hint, "ul.share");
    let nav = blocks.iter().find(|b| b.text() == "Home").unwrap();
    assert_eq!(nav.reason(), Reason::OutsideMain);
    assert!(!nav.features().in_main);
    assert_eq!(nav.features().hint, "nav");
    let kept: Vec<_> = doc.content_blocks().map(|b| b.text()).collect();
    assert_eq!(kept.len(), 3);
    let p = doc.content_blocks().next().unwrap();
    assert_eq!(p.features().tag_path, "html>body>article>p");
    assert_eq!(p.features().hint, "");
    assert!(p.features().words > 20 && p.score() > 0.0);
}

#[test]
fn builder_validates() {
    // Each refusal names its setting, as its method is named.
    let setting = |b: &mut deboiler::ExtractorBuilder| match b.build() {
        Err(Error::InvalidConfig { setting, reason }) => {
            assert!(!reason.is_empty());
            setting
        }
        other => panic!("expected InvalidConfig, got {other:?}"),
    };
    assert_eq!(
        setting(Extractor::builder().max_input_bytes(0)),
        "max_input_bytes"
    );
    assert_eq!(setting(Extractor::builder().max_nodes(0)), "max_nodes");
    assert_eq!(setting(Extractor::builder().max_depth(0)), "max_depth");
    assert_eq!(
        setting(Extractor::builder().max_attributes(0)),
        "max_attributes"
    );
    assert_eq!(
        setting(Extractor::builder().max_time(std::time::Duration::ZERO)),
        "max_time"
    );
    assert_eq!(setting(Extractor::builder().base_url("x/y")), "base_url");
    let e = Extractor::builder()
        .favor(Favor::Precision)
        .build()
        .unwrap();
    assert!(
        e.extract(PAGE)
            .unwrap()
            .text()
            .starts_with("The council voted")
    );
}

#[test]
fn errors_read_well() {
    let e = Error::InputTooLarge {
        len: Some(10),
        limit: 5,
    };
    assert_eq!(
        e.to_string(),
        "input of 10 bytes is over the limit of 5 bytes"
    );
    let e = Error::InputTooLarge {
        len: None,
        limit: 5,
    };
    assert_eq!(
        e.to_string(),
        "input is over the limit of 5 bytes (a stream, not read further)"
    );
    assert_eq!(
        Error::TooManyNodes { count: 4, limit: 3 }.to_string(),
        "document has 4 element nodes or more, over the limit of 3"
    );
    let e = Extractor::builder().max_nodes(0).build().unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid setting max_nodes: must be at least 1"
    );
}

#[test]
fn bytes_and_reader_agree_with_str() {
    let e = Extractor::default();
    let a = e.extract(PAGE).unwrap();
    let b = e.extract_bytes(PAGE.as_bytes(), None).unwrap();
    let c = e.extract_reader(PAGE.as_bytes()).unwrap();
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn charset_hint_is_used() {
    let html = b"<p>\xc7\xe4\xf0\xe0\xe2\xf1\xf2\xe2\xf3\xe9\xf2\xe5</p>";
    let doc = Extractor::default()
        .extract_bytes(html, Some("windows-1251"))
        .unwrap();
    assert_eq!(doc.text(), "Здравствуйте");
}

#[test]
fn no_main_content_is_ok_and_empty() {
    let doc = deboiler::extract("<nav><a href=/>Home</a> <a href=/b>Blog</a></nav>").unwrap();
    assert!(doc.is_empty());
    assert!(doc.blocks().iter().all(|b| !b.is_content()));
}

#[test]
fn base_url_must_be_absolute() {
    let err = Extractor::builder().base_url("example.com/page").build();
    assert!(matches!(
        err,
        Err(Error::InvalidConfig {
            setting: "base_url",
            ..
        })
    ));
    assert!(
        Extractor::builder()
            .base_url("https://example.com/page")
            .build()
            .is_ok()
    );
}

#[test]
fn page_base_href_resolves_links() {
    let html = "<head><base href=\"/docs/\"></head><p>The guide explains every setting of the \
                scheduler; start with <a href=\"intro\">the introduction</a> before you change any.</p>";
    let doc = Extractor::builder()
        .links(true)
        .base_url("https://example.com/a/b")
        .build()
        .unwrap()
        .extract(html)
        .unwrap();
    assert!(
        doc.to_markdown()
            .contains("[the introduction](https://example.com/docs/intro)")
    );
}

#[test]
fn each_page_of_a_crawl_brings_its_own_url() {
    // One extractor, two pages from two sites: each page's links resolve
    // against its own URL (and the page's `<base href>` against that),
    // and the document says which base and charset it used.
    let extractor = Extractor::builder()
        .links(true)
        .base_url("https://fallback.example/")
        .build()
        .unwrap();
    let body = "<article><p>The timetable changes on Monday; see <a href=\"times.html\">the new \
                times</a> and plan your journey before you leave home.</p></article>";
    let one = extractor
        .extract_page(body.as_bytes(), &Page::new().url("https://a.example/x/y"))
        .unwrap();
    assert!(
        one.to_markdown()
            .contains("(https://a.example/x/times.html)")
    );
    assert_eq!(one.base_url(), Some("https://a.example/x/y"));
    assert_eq!(one.charset(), "UTF-8");
    let based = format!("<head><base href=\"/b/\"></head>{body}");
    let two = extractor
        .extract_page(
            based.as_bytes(),
            &Page::new().url("HTTPS://B.Example:443/q"),
        )
        .unwrap();
    assert!(
        two.to_markdown()
            .contains("(https://b.example/b/times.html)")
    );
    assert_eq!(two.base_url(), Some("https://b.example/b/"));
    // Without a page URL, the extractor's own.
    let three = extractor
        .extract_page(body.as_bytes(), &Page::new())
        .unwrap();
    assert_eq!(three.base_url(), Some("https://fallback.example/"));
    // A page URL that cannot be a base is refused, by name.
    for bad in ["/relative/path", "mailto:a@b.example", "http://[::1"] {
        let err = extractor.extract_page(body.as_bytes(), &Page::new().url(bad));
        assert!(
            matches!(err, Err(Error::InvalidConfig { setting: "url", .. })),
            "{bad}: {err:?}"
        );
    }
}

#[test]
fn the_page_charset_and_the_guess() {
    let extractor = Extractor::default();
    // The server's charset wins over the page's declaration.
    let declared = b"<meta charset=utf-8><p>Gr\xfc\xdfe aus K\xf6ln.</p>";
    let doc = extractor
        .extract_page(declared, &Page::new().charset("ISO-8859-1"))
        .unwrap();
    assert_eq!(doc.text(), "Grüße aus Köln.");
    assert_eq!(doc.charset(), "windows-1252");
    // Undeclared Cyrillic bytes are not read as windows-1252.
    let text = "<p>Городской совет во вторник проголосовал за ремонт старого моста через \
                реку. Работы начнутся весной и продлятся два года.</p>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let doc = extractor
        .extract_page(&bytes, &Page::new().url("https://news.example.ru/"))
        .unwrap();
    assert_eq!(doc.charset(), "windows-1251");
    assert!(doc.text().starts_with("Городской совет"));
    // A string is UTF-8.
    assert_eq!(extractor.extract("<p>x</p>").unwrap().charset(), "UTF-8");
}
