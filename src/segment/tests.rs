//! The walk's tests, on tiny pages.

use super::*;

fn seg(html: &str) -> Segmented {
    segment(&dom::parse(html), View::Reader)
}

#[test]
fn a_link_the_parser_reopens_is_stored_once() {
    let href = format!("/{}", "h".repeat(500));
    let paragraphs: String = (0..100).map(|i| format!("<p>t{i}")).collect();
    let s = seg(&format!("<p><a href=\"{href}\">t{paragraphs}"));
    let links = s
        .blocks
        .iter()
        .flat_map(|b| &b.spans)
        .filter(|sp| matches!(sp.kind, SpanKind::Link { .. }))
        .count();
    assert_eq!(links, 101, "each paragraph holds the reopened link");
    assert_eq!(s.hrefs, href, "its target is stored once");
    // Two links with the same target are two copies: only the parser's
    // own copies share a buffer.
    let s = seg("<p><a href=/same>a</a> <a href=/same>b</a>");
    assert_eq!(s.hrefs, "/same/same");
}

fn texts(html: &str) -> Vec<String> {
    seg(html).blocks.into_iter().map(|b| b.text).collect()
}

#[test]
fn blocks_split_at_block_tags_not_inline_tags() {
    assert_eq!(
        texts("<div>one <b>two</b> three<p>four</p>five</div>"),
        ["one two three", "four", "five"]
    );
}

#[test]
fn whitespace_collapses_except_in_pre() {
    assert_eq!(
        texts("<p>  a \n\t b  </p><pre>x  y\n  z</pre>"),
        ["a b", "x  y\n  z"]
    );
}

#[test]
fn sidebars_are_named_by_tag_or_class_but_not_by_layout_classes() {
    for html in [
        "<aside><p>About me</p></aside>",
        "<div class=\"profile-container sidebar2\"><p>About me</p></div>",
        "<div id=Right-Sidebar><p>About me</p></div>",
    ] {
        assert!(seg(html).elems.iter().any(|e| e.sidebar), "{html}");
    }
    for html in [
        "<div class=\"content-with-sidebar-wrp\"><p>The story</p></div>",
        "<div class=has-sidebar><p>The story</p></div>",
        "<div class=\"md:sidebar-none\"><p>The story</p></div>",
        "<div class=widget><p>About me</p></div>",
    ] {
        assert!(!seg(html).elems.iter().any(|e| e.sidebar), "{html}");
    }
}

#[test]
fn dialogs_are_never_content_whatever_the_case_of_their_role() {
    for role in ["dialog", "Dialog", " alertdialog ", "ALERTDIALOG"] {
        let s = seg(&format!(
            "<div role=\"{role}\" class=\"box\"><p>Accept all cookies</p></div>"
        ));
        assert!(s.elems.iter().any(|e| e.never_content), "{role}");
    }
    let s = seg("<div role=\"dialogue\"><p>A play in one act</p></div>");
    assert!(!s.elems.iter().any(|e| e.never_content));
}

#[test]
fn links_that_go_nowhere_are_controls() {
    let s = seg(
        "<div><a href=\"#\"><h3>Do I need to install any software?</h3></a>\
         <a href=\"#\">Show all</a> <a href=\"javascript:void(0)\">Menu</a>\
         <a href=\"#faq\">Questions</a></div>",
    );
    let by_text = |t: &str| s.blocks.iter().find(|b| b.text.contains(t)).unwrap();
    // A sentence in a link to nowhere is read as text.
    let question = by_text("install");
    assert_eq!(question.link_words, 0);
    // Short controls and in-page links stay links.
    let rest = by_text("Show all");
    assert_eq!(rest.link_words, rest.words);
}

#[test]
fn br_is_a_line_break() {
    assert_eq!(texts("<p>line one<br>line two</p>"), ["line one\nline two"]);
}

#[test]
fn a_buttons_styles_and_icons_are_not_its_sentence() {
    let t = texts(
        "<button><style>.b { color: red; margin: 0 auto; padding: 1px }</style>Commercial</button>\
         <button><svg><title>Choose the language of this whole site</title></svg>EN</button>\
         <button>How long does delivery take to my country?</button>",
    );
    assert_eq!(t, ["How long does delivery take to my country?"]);
}

/// A button that opens and closes a part of the page names that part.
#[test]
fn disclosure_buttons_are_read() {
    let t = texts(
        "<div><button aria-expanded=false aria-controls=p>Description</button>\
         <div id=p><p>A cream for dry skin.</p></div><button>Sign in</button></div>",
    );
    assert_eq!(t, ["Description", "A cream for dry skin."]);
}

#[test]
fn hidden_and_script_text_is_never_seen() {
    assert_eq!(
        texts("<p>seen</p><script>var x</script><div hidden>no</div><p aria-hidden=true>no</p>"),
        ["seen"]
    );
}

#[test]
fn closed_popovers_hide_and_tab_panels_do_not() {
    assert_eq!(
        texts(
            "<div popover><p>Allow notifications</p></div>\
             <div role=tabpanel hidden><p>npm install</p></div>\
             <div role=tabpanel style='display:none'><p>pip install</p></div>"
        ),
        ["npm install", "pip install"]
    );
}

#[test]
fn a_panel_that_a_trigger_opens_is_read_though_hidden() {
    // An accordion: each question is a button that names its answer's
    // panel (`aria-controls`) and says whether it is open
    // (`aria-expanded`); the closed answers are hidden three ways.
    assert_eq!(
        texts(
            "<h3><button aria-expanded=false aria-controls=a1>When do you ship?</button></h3>\
             <div id=a1 hidden><p>Within two days.</p></div>\
             <a href='javascript:void(0)' aria-expanded=false aria-controls='a2 a3'>More</a>\
             <div id=a2 style='display: none'><p>Returns are free.</p></div>\
             <div id=a3 aria-hidden=true><p>Gift wrap is free.</p></div>\
             <p><button role=tab aria-selected=false aria-controls=t1>Specs</button></p>\
             <div id=t1 class=hidden><p>Weighs two kilograms.</p></div>"
        ),
        [
            "When do you ship?",
            "Within two days.",
            "More",
            "Returns are free.",
            "Gift wrap is free.",
            "Weighs two kilograms."
        ]
    );
    // The panel inside a wrapper that is hidden in its place while it is
    // closed (an accordion that animates the height).
    assert_eq!(
        texts(
            "<button aria-expanded=false aria-controls=p1>Sizes</button>\
             <div class=collapse style='display:none;height:0px'>\
             <div role=region id=p1><p>Small, medium and large.</p></div></div>"
        ),
        ["Sizes", "Small, medium and large."]
    );
    // Hidden and named by nothing, or by a form field (a combobox's
    // suggestions), or named only after it: still hidden.
    assert_eq!(
        texts(
            "<div id=b1 hidden><p>Promo code WELCOME10</p></div>\
             <p><input role=combobox aria-controls=b2>Find</p><ul id=b2 hidden><li>Suggested</li></ul>\
             <div id=b3 hidden><p>Late panel</p></div>\
             <p><button aria-expanded=false aria-controls=b3>Late trigger</button></p>"
        ),
        ["Find", "Late trigger"]
    );
}

#[test]
fn links_in_a_data_table_are_its_data() {
    let s = seg("<table><tr><th>Name</th><th>Town</th></tr>\
             <tr><td><a href=/a>Gull Rock</a></td><td><a href=/b>Westbay</a></td></tr></table>\
             <table><tr><th><a href=/c>Other story</a></th></tr>\
             <tr><td><a href=/d>Read more</a></td></tr></table>");
    let links: Vec<u32> = s.blocks.iter().map(|b| b.link_words).collect();
    // A header row of one cell is a layout table's: its links stay links.
    assert_eq!(links, [0, 0, 2, 2]);
}

#[test]
fn link_words_and_kinds() {
    let s = seg("<ul><li><a href=/a>Home page</a> now</li></ul><h2>Title</h2>");
    assert_eq!(s.blocks[0].kind, BlockKind::ListItem);
    assert_eq!((s.blocks[0].words, s.blocks[0].link_words), (3, 2));
    assert_eq!(
        (s.blocks[1].kind, s.blocks[1].level),
        (BlockKind::Heading, 2)
    );
}

#[test]
fn text_of_a_block_inside_a_link_is_card_text() {
    let s = seg(
        "<a href=/x><div><h3>Card title</h3><p>Card text here</p></div></a><p><a href=/y>Nav link</a></p>\
         <h2><a href=/z>Linked title</a></h2><h2>Half <a href=/z>linked</a></h2>",
    );
    let counts: Vec<(u32, u32, u32)> = s
        .blocks
        .iter()
        .map(|b| (b.words, b.link_words, b.card_words))
        .collect();
    // A heading that is all link is a card's title too.
    assert_eq!(
        counts,
        [(2, 2, 2), (3, 3, 3), (2, 2, 0), (2, 2, 2), (2, 1, 0)]
    );
}

#[test]
fn a_link_into_the_page_around_a_heading_is_no_card() {
    // An accordion's question opens the panel below it; a card's title
    // leads to another page; an anchor without a heading stays a link.
    let s = seg(
        "<a href=#faq-1><h5>Do the cameras need power?</h5></a><p>Yes, a wire or a battery.</p>\
         <a href=/cameras><h5>Outdoor cameras</h5></a><p><a href=#top>Back to top</a></p>",
    );
    let counts: Vec<(u32, u32, u32)> = s
        .blocks
        .iter()
        .map(|b| (b.words, b.link_words, b.card_words))
        .collect();
    assert_eq!(counts, [(5, 0, 0), (6, 0, 0), (2, 2, 2), (3, 3, 0)]);
    assert_eq!(s.blocks[0].kind, BlockKind::Heading);
}

#[test]
fn a_heading_linked_into_the_page_is_no_card_title() {
    // Sphinx links a section's heading back to the table of contents and
    // adds a permalink mark; both stay links but make no card's title.
    let s = seg(
        "<h4><a class=toc-backref href=#id23>task-sent</a><a class=headerlink \
         href=#task-sent>¶</a></h4><h4><a href=/task-sent>Task sent</a></h4>",
    );
    let counts: Vec<(u32, u32, u32)> = s
        .blocks
        .iter()
        .map(|b| (b.words, b.link_words, b.card_words))
        .collect();
    assert_eq!(counts, [(2, 2, 0), (2, 2, 2)]);
}

/// A microdata property's text is capped on its words, not on the
/// markup's indentation around them.
#[test]
fn property_text_is_capped_after_collapsing() {
    let indent = " ".repeat(2 * tuning::MAX_META_CHARS);
    let html = format!("<span itemprop=author>{indent}<b>Ann</b>{indent}<b>Smith</b></span>");
    let metas = seg(&html).head.metas;
    assert_eq!(metas, [("author".to_string(), "Ann Smith".to_string())]);
}

#[test]
fn boilerplate_hints_pass_down() {
    let s = seg(r#"<div class="share-bar"><p>Share</p></div><nav><p>Menu</p></nav><p>Body</p>"#);
    let neg: Vec<bool> = s.blocks.iter().map(|b| b.neg_anc != NONE).collect();
    assert_eq!(neg, [true, true, false]);
}

#[test]
fn a_posts_author_and_category_labels_do_not_condemn_it() {
    let hinted = |html: &str| {
        seg(html)
            .blocks
            .iter()
            .map(|b| b.neg_anc != NONE)
            .collect::<Vec<_>>()
    };
    // Typepad's and WordPress's labels of one post: its author with a value,
    // beside an identifier; the author box inside is still an author box.
    assert_eq!(
        hinted(
            r#"<div class="entry-author-jane_doe entry-type-post entry" id="entry-6a00d8341c"><p>Post</p><div class="author-box"><p>Bio</p></div></div>"#
        ),
        [false, true]
    );
    assert_eq!(
        hinted(
            r#"<div class="post-77 post type-post hentry author-kgs category-news"><p>Post</p></div>"#
        ),
        [false]
    );
    // The post's tags and categories are its writer's words: a tag named
    // "social media" or a category "reviews" is no share bar or comment.
    assert_eq!(
        hinted(
            r#"<div id="post-9" class="post-9 post hentry tag-social-media-2 category-reviews"><p>Post</p></div>"#
        ),
        [false]
    );
    assert_eq!(
        hinted(
            r#"<div class="entry-category-advertising entry-type-post entry" id="entry-6a00d8"><p>Post</p></div>"#
        ),
        [false]
    );
    // Without the post's identifier, `author-kgs` is what it says, and so
    // is a tag list.
    assert_eq!(
        hinted(r#"<div class="author-kgs"><p>Bio</p></div>"#),
        [true]
    );
    assert_eq!(
        hinted(r#"<div class="tag-social-links"><p>Follow</p></div>"#),
        [true]
    );
    // Nor does a post's identifier in the class excuse a part without a
    // value; as the element's id, it says the element is the post.
    assert_eq!(
        hinted(r#"<div class="post-77 meta"><p>Meta</p></div>"#),
        [true]
    );
    assert_eq!(
        hinted(
            r#"<div class="post-meta" id="post-5899"><p>Post</p><div class="post-meta"><p>By Jo</p></div></div>"#
        ),
        [false, true]
    );
}

#[test]
fn text_split_across_nodes_keeps_one_space() {
    assert_eq!(texts("<p>a <b>b</b> c<i> d </i>e</p>"), ["a b c d e"]);
    assert_eq!(texts("<p>a<b>b</b>c</p>"), ["abc"]);
    assert_eq!(
        texts("<p>caf\u{e9} <b>\u{e9}t\u{e9}</b> x</p>"),
        ["caf\u{e9} \u{e9}t\u{e9} x"]
    );
}

#[test]
fn elements_know_their_extent() {
    let s = seg("<div><p>a</p><p>b</p></div><p>c</p>");
    // html, body, div, p, p, p
    let div = &s.elems[2];
    assert_eq!((div.parent, div.end), (1, 4));
    assert_eq!(s.blocks[2].owner, 5);
}

#[test]
fn table_cells_share_a_row_block() {
    assert_eq!(
        texts("<table><tr><td>a</td><td>b</td></tr></table>"),
        ["a | b"]
    );
}

#[test]
fn head_title() {
    let s = seg("<title> My  page </title><meta property=og:title content='OG'><p>x</p>");
    assert_eq!(s.head.title.as_deref(), Some("My page"));
    assert_eq!(s.head.og_title.as_deref(), Some("OG"));
}

#[test]
fn permalink_marks_and_back_references_are_not_read() {
    assert_eq!(
        texts(
            "<h2>Job events<a class=headerlink href=#job-events>¶</a></h2>\
             <p>A note.<a href=#fnref1>↩︎</a></p>\
             <p>Ends the standard<a href=#n1>.</a> Goes on.</p>\
             <p>Line one<a href=#x><br></a>line two</p>\
             <p>See <a href=#s2>section 2</a> and <a href=/page>§ 4</a>.</p>"
        ),
        [
            "Job events",
            "A note.",
            "Ends the standard. Goes on.",
            "Line one\nline two",
            "See section 2 and § 4.",
        ]
    );
}
