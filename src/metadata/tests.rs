//! The metadata's tests, on tiny pages.

use super::*;

/// Every `<meta>` lookup goes through a list of [`META_KEYS`], which
/// tells the prescan what to keep.
#[test]
fn meta_lookups_use_the_listed_keys() {
    let code = include_str!("mod.rs");
    let literal = ["meta(&", "["].concat();
    assert!(
        !code.contains(&literal),
        "a lookup by a list not in META_KEYS"
    );
    for key in META_KEYS.iter().flat_map(|l| l.iter()) {
        assert!(reads_meta(key) && reads_meta(&key.to_uppercase()), "{key}");
    }
    assert!(reads_meta(" Sailthru.Date ") && reads_meta("x:published"));
    assert!(!reads_meta("viewport") && !reads_meta("twitter:card") && !reads_meta(""));
}

#[test]
fn dates_that_the_calendar_does_not_have_are_not_dates() {
    for (s, want) in [
        ("2024-02-29", Some("2024-02-29")),
        ("2000-02-29", Some("2000-02-29")),
        ("2023-02-29", None),
        ("1900-02-29", None),
        ("2024-02-31", None),
        ("2024-04-31", None),
        ("2024-04-30", Some("2024-04-30")),
        ("2024-12-31T23:59:00Z", Some("2024-12-31")),
        ("31 June 2021", None),
        ("June 31, 2021", None),
        ("30 June 2021", Some("2021-06-30")),
        ("31/11/2020", None),
        ("30/11/2020", Some("2020-11-30")),
    ] {
        assert_eq!(normalize_date(s).as_deref(), want, "{s}");
    }
}

fn meta(html: &str) -> Metadata {
    crate::extract(html).expect("test pages are valid").metadata
}

#[test]
fn dates_in_many_forms() {
    for (s, want) in [
        ("2024-03-05T09:30:00+01:00", "2024-03-05"),
        ("2024/3/5", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("Updated Mar. 5th 2024, 9:28 AM", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("5. März 2024", "2024-03-05"),
        ("5 de marzo de 2024", "2024-03-05"),
        ("le 5 mars 2024", "2024-03-05"),
        ("25/03/2024", "2024-03-25"),
        ("03/25/2024", "2024-03-25"),
    ] {
        assert_eq!(normalize_date(s).as_deref(), Some(want), "{s}");
    }
    for s in ["03/05/2024", "2024-13-05", "no date here", "May 40, 2024"] {
        assert_eq!(normalize_date(s), None, "{s}");
    }
}

#[test]
fn json_ld_article() {
    let m = meta(
        r#"<title>Site</title><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"The Paper"},
          {"@type":["NewsArticle"],"headline":"Bridge vote","datePublished":"2024-03-05",
           "dateModified":"2024-03-06","author":[{"@type":"Person","name":"Ann Smith"},
           {"name":"Bo Lee"}],"keywords":["bridges","council"],"image":{"url":"/a.jpg"}}]}
        </script><p>Text.</p>"#,
    );
    assert_eq!(m.title(), Some("Bridge vote"));
    assert_eq!(m.authors(), ["Ann Smith", "Bo Lee"]);
    assert_eq!(m.published(), Some("2024-03-05"));
    assert_eq!(m.modified(), Some("2024-03-06"));
    assert_eq!(m.site_name(), Some("The Paper"));
    assert_eq!(m.tags(), ["bridges", "council"]);
    assert_eq!(m.image(), Some("/a.jpg"));
    assert_eq!(m.page_type(), PageType::Article);
}

#[test]
fn broken_json_ld_is_skipped() {
    let m = meta(
        r#"<script type="application/ld+json">{"@type": "Product", </script>
        <meta property="og:type" content="article"><p>Text.</p>"#,
    );
    assert_eq!(m.page_type(), PageType::Article);
}

#[test]
fn opengraph_only() {
    let m = meta(
        r#"<html lang="pt-BR"><head><title>Ponte | Jornal</title>
        <meta property="og:title" content="Ponte">
        <meta property="og:site_name" content="Jornal">
        <meta property="og:description" content="A ponte.">
        <meta property="og:url" content="https://j.example/ponte">
        <meta property="article:published_time" content="2024-03-05">
        <meta property="article:tag" content="cidade"></head><body><p>x</p></body></html>"#,
    );
    assert_eq!(m.title(), Some("Ponte"));
    assert_eq!(m.language(), Some("pt-BR"));
    assert_eq!(m.description(), Some("A ponte."));
    assert_eq!(m.canonical_url(), Some("https://j.example/ponte"));
    assert_eq!(m.published(), Some("2024-03-05"));
    assert_eq!(m.tags(), ["cidade"]);
}

#[test]
fn visible_byline_and_date() {
    let m = meta(
        "<title>Bridge vote - The Paper</title><h1>Bridge vote</h1>\
         <p class=byline>By Ann Smith</p><p>March 5, 2024</p><p>The council voted.</p>",
    );
    assert_eq!(m.title(), Some("Bridge vote"));
    assert_eq!(m.authors(), ["Ann Smith"]);
    assert_eq!(m.published(), Some("2024-03-05"));
}

#[test]
fn title_without_site_name() {
    assert_eq!(
        strip_site_name("Bridge vote | The Paper", None),
        "Bridge vote"
    );
    assert_eq!(
        strip_site_name("The Paper - Bridge", Some("The Paper")),
        "Bridge"
    );
    assert_eq!(strip_site_name("Plain title", None), "Plain title");
}

#[test]
fn site_names_by_name_host_and_phrase() {
    let site = Site::new(
        Some("Liberty University Online"),
        Some("https://forums.gearhub.example.com/t/1"),
    );
    assert!(site.names("Liberty University"), "the start of the name");
    assert!(site.names("GEARHUB"), "a label of the host");
    assert!(site.names("gearhub.example.com"), "the host less a label");
    assert!(site.names("Official Site"));
    assert!(!site.names("Liberty"), "too short a start to be the name");
    assert!(!site.names("Gear reviews"));
    assert!(!site.names("com"), "the top-level domain names no one");
    assert_eq!(
        site.strip("Official Site | Tuition and Fees | Liberty University"),
        ("Tuition and Fees".to_string(), true)
    );
    assert_eq!(
        site.strip("Tuition and Fees | Scholarships"),
        ("Tuition and Fees | Scholarships".to_string(), false)
    );
    // Never every part.
    assert_eq!(
        site.strip("GearHub | Liberty University"),
        ("GearHub".to_string(), true)
    );
}

#[test]
fn titles_choose_the_headline() {
    let site = Site::new(Some("The Paper"), None);
    let choose = |h1, og_title, title| {
        let titles = Titles {
            h1,
            headline: None,
            og_title,
            title,
        };
        choose_title(&titles, &site)
    };
    // A generic `<h1>` shares no words with the declared title.
    assert_eq!(
        choose(
            Some("Blog"),
            None,
            Some("Packing tips for a long move | The Paper")
        )
        .as_deref(),
        Some("Packing tips for a long move")
    );
    // The site's name in the masthead is no headline.
    assert_eq!(
        choose(Some("The Paper"), Some("Packing tips"), None).as_deref(),
        Some("Packing tips")
    );
    // The `<h1>` is the first part of the `<title>`: the page's own name.
    assert_eq!(
        choose(Some("News"), None, Some("News | National Tutoring Society")).as_deref(),
        Some("News")
    );
    // Capitals only: the declared spelling of the same words.
    assert_eq!(
        choose(Some("PACKING TIPS"), Some("Packing Tips"), None).as_deref(),
        Some("Packing Tips")
    );
    // Half the `<h1>`'s words in the declared titles, and less than half.
    assert_eq!(
        choose(Some("Packing advice"), Some("Packing tips"), None).as_deref(),
        Some("Packing advice")
    );
    assert_eq!(
        choose(Some("Packing advice today"), Some("Packing tips"), None).as_deref(),
        Some("Packing tips")
    );
    // Permalink marks, soft hyphens, escaped references and Markdown.
    assert_eq!(
        choose(Some("Assis\u{ad}tance ¶"), Some("## Assistance"), None).as_deref(),
        Some("Assistance")
    );
    assert_eq!(
        choose(None, Some("Salt &amp;amp; pepper"), None).as_deref(),
        Some("Salt &amp; pepper")
    );
    assert_eq!(choose(None, Some("| Salt"), None).as_deref(), Some("Salt"));
    assert_eq!(
        choose(Some("The Paper"), None, None).as_deref(),
        Some("The Paper")
    );
    // What follows a " | " is a section, a site or a tagline; an
    // archive's or a forum's label before the headline is no part of it.
    assert_eq!(
        choose(Some("Best movers in 2025 | Top 19 companies"), None, None).as_deref(),
        Some("Best movers in 2025")
    );
    assert_eq!(
        choose(Some("Thread: Which tent for a wet summer?"), None, None).as_deref(),
        Some("Which tent for a wet summer?")
    );
    assert_eq!(
        choose(Some("Collection: Tents"), None, None).as_deref(),
        Some("Tents")
    );
    // A colon that is the headline's own stays.
    assert_eq!(
        choose(Some("Tents: what keeps the rain out"), None, None).as_deref(),
        Some("Tents: what keeps the rain out")
    );
    // A tagline after a spaced hyphen goes; a section's label before one,
    // a range and a hyphenated word stay. A link aggregator's source and
    // comment count after the headline go; a host name as a part of the
    // title is the site's.
    let cases = [
        (
            None,
            Some("Travel insurance - Quotes in minutes"),
            None,
            "Travel insurance",
        ),
        (
            None,
            Some("About - The newsletter"),
            None,
            "About - The newsletter",
        ),
        (None, Some("Squad 2024 - 2025"), None, "Squad 2024 - 2025"),
        (None, Some("Spider-Man review"), None, "Spider-Man review"),
        (
            Some("Grads Find Jobs Scarce (latimes.com) 87"),
            None,
            None,
            "Grads Find Jobs Scarce",
        ),
        (
            Some("Why Node.js (and Deno.land) won"),
            None,
            None,
            "Why Node.js (and Deno.land) won",
        ),
        (
            None,
            None,
            Some("Packing tips - Example.co.uk"),
            "Packing tips",
        ),
    ];
    for (h1, og_title, title, want) in cases {
        assert_eq!(choose(h1, og_title, title).as_deref(), Some(want), "{want}");
    }
    // A structured headline cut short at a length: the title it begins;
    // one that a tagline follows is the headline.
    let headline_of = |headline, og_title| {
        let titles = Titles {
            h1: None,
            headline: Some(headline),
            og_title: Some(og_title),
            title: None,
        };
        choose_title(&titles, &site)
    };
    assert_eq!(
        headline_of(
            "Fix It Friday: We Help 4 Readers (Including",
            "Fix It Friday: We Help 4 Readers (Including One Trick) | The Paper"
        )
        .as_deref(),
        Some("Fix It Friday: We Help 4 Readers (Including One Trick)")
    );
    assert_eq!(
        headline_of("Packing tips", "Packing tips: ten we swear by").as_deref(),
        Some("Packing tips")
    );
    assert!(site.names("SoundStageXperience.com"));
    assert!(!site.names("Node.js"), "a product, not a host");
    // The site's name after any of the separators, the `<h1>`'s too.
    let artlyst = Site::new(Some("Artlyst"), None);
    let titles = Titles {
        h1: Some("Critics’ Choice: Best Exhibitions – Artlyst"),
        headline: None,
        og_title: Some("Critics’ Choice: Best Exhibitions – Artlyst - Artlyst"),
        title: None,
    };
    assert_eq!(
        choose_title(&titles, &artlyst).as_deref(),
        Some("Critics’ Choice: Best Exhibitions")
    );
}

#[test]
fn no_metadata_at_all() {
    let m = meta("<p>Just a paragraph.</p>");
    assert_eq!(
        m,
        Metadata {
            page_type: PageType::Service,
            ..Metadata::default()
        }
    );
    assert_eq!(meta("<p></p>"), Metadata::default());
}

#[test]
fn published_from_a_date_block_the_url_or_the_last_change() {
    let para = "<p>A paragraph of plain prose that goes on for a while.</p>";
    let far = format!(
        "<h1>T</h1>{}<div class=post-date>11-29-2024</div>",
        para.repeat(45)
    );
    assert_eq!(meta(&far).published(), Some("2024-11-29"));
    let url = "<link rel=canonical href='https://e.example/2024/03/05/bridge'><p>x</p>";
    assert_eq!(meta(url).published(), Some("2024-03-05"));
    let changed = "<meta property=article:modified_time content=2025-12-12T17:55:18Z><p>x</p>";
    assert_eq!(meta(changed).published(), Some("2025-12-12"));
    assert_eq!(meta(changed).modified(), Some("2025-12-12"));
}

#[test]
fn page_type_from_structure() {
    let para = "<p>A paragraph of plain prose that goes on for a while, as paragraphs \
                in a story do, with more than twenty words in it from start to end.</p>";
    let blurb = "<h3>Repairs</h3><p>We fix every make of bicycle.</p>";
    assert_eq!(meta(&para.repeat(3)).page_type, PageType::Article);
    assert_eq!(meta(&blurb.repeat(3)).page_type, PageType::Service);
    let product = format!(
        "<h1>Red kettle</h1><span class=product-price>$25</span>\
         <button class='btn add-to-cart'>Add</button>{para}"
    );
    assert_eq!(meta(&product).page_type, PageType::Product);
    let card = "<div class=card><h3>Kettle</h3><span class=price>$25.00</span></div>";
    assert_eq!(meta(&card.repeat(12)).page_type, PageType::Collection);
    let docs = format!("{para}<pre>a</pre><pre>b</pre><pre>c</pre>");
    assert_eq!(meta(&docs).page_type, PageType::Documentation);
    let post = format!("<div class=post><div class=user-info>ann</div>{para}</div>");
    assert_eq!(meta(&post.repeat(5)).page_type, PageType::Forum);
    let item = "<li><a href=/a>A linked title of a story</a> and a few more words</li>";
    assert_eq!(
        meta(&format!("<ul>{}</ul>", item.repeat(10))).page_type,
        PageType::Listing
    );
    // Structured data wins.
    let declared =
        format!("<script type=application/ld+json>{{\"@type\":\"NewsArticle\"}}</script>{product}");
    assert_eq!(meta(&declared).page_type, PageType::Article);
}

#[test]
fn prices_in_text() {
    assert_eq!(count_prices("$25, € 4,99, 12.50 €, 30 EUR and 7£"), 5);
    assert_eq!(count_prices("US$ and EUROPE, 5 $ 6"), 1);
    assert_eq!(count_prices("no price here: 25 apples"), 0);
}

#[test]
fn authors_that_are_not_names() {
    assert_eq!(clean_author("https://example.com/ann"), None);
    assert_eq!(clean_author("@ann"), None);
    assert_eq!(clean_author("admin"), None);
    assert_eq!(clean_author("By Administrator"), None);
    assert_eq!(clean_author("By  Ann Smith").as_deref(), Some("Ann Smith"));
}

#[test]
fn bylines_lose_their_prefix_and_the_role_after_the_name() {
    for (s, want) in [
        ("Written By: Tom May", Some("Tom May")),
        ("Recipe by PJ Hamel", Some("PJ Hamel")),
        ("Published by Damien Walter", Some("Damien Walter")),
        ("ByTrevor Jones", Some("Trevor Jones")),
        ("Written byAnn Lee", Some("Ann Lee")),
        ("Article by", None),
        ("Keith Barry Senior Autos Reporter", Some("Keith Barry")),
        ("Emma Ryan Writer", Some("Emma Ryan")),
        (
            "Guide by Will Judd Former Deputy Tech Editor",
            Some("Will Judd"),
        ),
        ("Mairi Sloan, Transport Reporter", Some("Mairi Sloan")),
        (
            "Ben Applebaum-Bauch ⋅ Review Editor",
            Some("Ben Applebaum-Bauch"),
        ),
        ("& Zackery Cuevas Writer, Hardware", Some("Zackery Cuevas")),
        // Names that hold no role word, and two names, stay whole.
        ("Ann Smith, Bo Lee", Some("Ann Smith, Bo Lee")),
        ("Byron Katie", Some("Byron Katie")),
        ("Maria Editore", Some("Maria Editore")),
        // A sentence about the writer is not cut into a name.
        ("Ann Lee Brown is a staff writer at the Gazette", None),
        // Credits for pictures and sponsors are no bylines.
        ("Photo by Ann Lee", Some("Photo by Ann Lee")),
        (
            "Sponsored by StackCommerce",
            Some("Sponsored by StackCommerce"),
        ),
        ("Ünïcödé by Ån Lee", Some("Ån Lee")),
    ] {
        assert_eq!(clean_author(s).as_deref(), want, "{s}");
    }
}

#[test]
fn timestamps_keep_the_page_time_and_offset() {
    for (s, want) in [
        ("2024-03-05T09:30:00Z", Some("2024-03-05T09:30:00Z")),
        ("2024-03-05t09:30z", Some("2024-03-05T09:30:00Z")),
        (
            "2024-03-05T23:30:00+0100",
            Some("2024-03-05T23:30:00+01:00"),
        ),
        (
            "2024-03-05 23:30:15.250-05:00",
            Some("2024-03-05T23:30:15.250-05:00"),
        ),
        (
            "2024-03-05T23:30:15,5+05",
            Some("2024-03-05T23:30:15.5+05:00"),
        ),
        (
            "2024-03-05T08:00:00.1234567891234",
            Some("2024-03-05T08:00:00.123456789"),
        ),
        (" 2024-03-05T08:00 ", Some("2024-03-05T08:00:00")),
        // A date alone, or what the calendar or the clock does not have.
        ("2024-03-05", None),
        ("2024-02-30T10:00:00Z", None),
        ("2023-02-29T10:00:00Z", None),
        ("2024-02-29T10:00:00Z", Some("2024-02-29T10:00:00Z")),
        ("2024-03-05T24:00:00Z", None),
        ("2024-03-05T10:60:00Z", None),
        ("2024-03-05T10:00:61Z", None),
        ("2024-03-05T10:00:00+15:00", None),
        ("2024-03-05T10:00:00+01:75", None),
        ("2024-03-05T10:00:00 EST", None),
        ("2024-03-05T\u{0661}0:00:00Z", None),
        ("March 5, 2024 10:00", None),
    ] {
        assert_eq!(timestamp(s).as_deref(), want, "{s:?}");
    }
}

#[test]
fn published_and_modified_moments() {
    let page = r#"<script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"Bridge","datePublished":"2024-03-05T23:30:00+01:00",
        "dateModified":"2024-03-06"}</script>
        <meta property="article:modified_time" content="2024-03-06T08:15:00Z"><p>x</p>"#;
    let m = meta(page);
    assert_eq!(m.published(), Some("2024-03-05"));
    // The page's own date, not the UTC one (2024-03-05T22:30Z).
    assert_eq!(m.published_at(), Some("2024-03-05T23:30:00+01:00"));
    // The moment from another source that gives the same date.
    assert_eq!(m.modified(), Some("2024-03-06"));
    assert_eq!(m.modified_at(), Some("2024-03-06T08:15:00Z"));
    // A timestamp on another day than the date chosen is not its moment.
    let other = "<meta property=article:published_time content=2024-03-05>\
                 <time datetime=2024-01-01T10:00:00Z>then</time><p>x</p>";
    assert_eq!(meta(other).published(), Some("2024-03-05"));
    assert_eq!(meta(other).published_at(), None);
    // A date shown on the page alone has no moment.
    let shown = "<h1>Bridge</h1><p>March 5, 2024 at 10:00</p><p>x</p>";
    assert_eq!(meta(shown).published_at(), None);
}

#[test]
fn a_comment_date_is_not_the_page_date() {
    let comment = |who: &str, day: u32| {
        format!(
            "<div class=item><p>I crossed on that ferry for years and I will miss it.</p>\
             <p class=credit>Posted By: {who} | January {day:02} 2008 at 03:06 PM</p></div>"
        )
    };
    let story = "<h1>The ferry's last summer</h1><p>The bridge opened on Monday, and the \
        ferry made its last crossing a week later.</p>";
    let m = meta(&format!(
        "{story}<div class=comments>{}{}</div>",
        comment("Ann", 7),
        comment("Bo", 8)
    ));
    assert_eq!(m.published(), None);
    // The same line outside a comment section dates the page.
    let m = meta(&format!(
        "{story}<p class=credit>Posted By: Ann | January 07 2008 at 03:06 PM</p>"
    ));
    assert_eq!(m.published(), Some("2008-01-07"));
}

#[test]
fn twitter_written_by_names_the_author() {
    let page = |label: &str| {
        format!(
            "<head><meta name=\"twitter:label1\" content=\"Est. reading time\">\
             <meta name=\"twitter:data1\" content=\"4 minutes\">\
             <meta name=\"twitter:label2\" content=\"{label}\">\
             <meta name=\"twitter:data2\" content=\"Erin Spain\"></head><p>Text.</p>"
        )
    };
    assert_eq!(meta(&page("Written by")).authors(), ["Erin Spain"]);
    assert!(meta(&page("Reading time")).authors().is_empty());
}

#[test]
fn microdata_author_in_a_hidden_box_is_its_name() {
    let post = "<h1>Replacement projector</h1><p>I am looking for a replacement projector \
                for my living room and would like to hear what people recommend.</p>";
    // Hidden from readers, still the page's author; the item's name, not
    // the avatar's initial beside it.
    let m = meta(&format!(
        "<div itemscope><div class=hidden><div itemprop=author itemscope>\
         <span itemprop=name>JosephF</span><span class=avatar>J</span></div></div>{post}</div>"
    ));
    assert_eq!(m.authors(), ["JosephF"]);
    // An item without a name is its text, as before.
    let m = meta(&format!(
        "<div itemprop=author itemscope><b>Ann Smith</b></div>{post}"
    ));
    assert_eq!(m.authors(), ["Ann Smith"]);
    // JSON-LD inside a hidden template is read too.
    let m = meta(&format!(
        "<div style=display:none><script type=application/ld+json>\
         {{\"@type\":\"Article\",\"author\":{{\"name\":\"Bo Park\"}}}}</script></div>{post}"
    ));
    assert_eq!(m.authors(), ["Bo Park"]);
}

#[test]
fn the_first_post_names_its_author_in_an_attribute() {
    let post = |author: &str, text: &str| {
        format!("<article class=message data-author=\"{author}\"><p>{text}</p></article>")
    };
    let m = meta(&format!(
        "<h1>Which tent for a wet summer?</h1>{}{}",
        post(
            "felixen",
            "Which tent keeps the rain out best on a wet summer weekend in the hills?"
        ),
        post(
            "spikeymike",
            "A tunnel tent with a full fly, pitched with its back to the wind."
        )
    ));
    assert_eq!(m.authors(), ["felixen"]);
    // Declared authors come first.
    let m = meta(&format!(
        "<meta name=author content=\"Ann Smith\">{}",
        post(
            "felixen",
            "Which tent keeps the rain out best on a wet summer weekend?"
        )
    ));
    assert_eq!(m.authors(), ["Ann Smith"]);
}

#[test]
fn handles_with_digits_are_declared_authors_only() {
    let body = "<h1>Which tent?</h1><p>Which tent keeps the rain out best on a wet summer \
                weekend in the hills, and is a tunnel tent worth its weight?</p>";
    let m = meta(&format!("<meta name=author content=user3080392>{body}"));
    assert_eq!(m.authors(), ["user3080392"]);
    // A default account stays no author, digits or not.
    let m = meta(&format!("<meta name=author content=admin>{body}"));
    assert!(m.authors().is_empty());
    // A byline's digits are a date or a count.
    let m = meta(&format!("<p class=byline>By Ann2024</p>{body}"));
    assert!(m.authors().is_empty());
    // A microdata item named by a `<meta itemprop=name>` in the body.
    let m = meta(&format!(
        "<div itemprop=author itemscope><meta itemprop=name content=Alphabyte1></div>{body}"
    ));
    assert_eq!(m.authors(), ["Alphabyte1"]);
}

#[test]
fn the_first_post_before_a_replys_microdata() {
    let body = "<p>Which tent keeps the rain out best on a wet summer weekend in the hills, \
                and is a tunnel tent worth its weight?</p>";
    // The first post names its author before the reply's microdata does.
    let m = meta(&format!(
        "<h1>Which tent?</h1><article data-author=felixen>{body}</article>\
         <article><div itemprop=author itemscope><span itemprop=name>spikeymike</span></div>\
         <p>A tunnel tent.</p></article>"
    ));
    assert_eq!(m.authors(), ["felixen"]);
    // The thread's own microdata before the first post's attribute.
    let m = meta(&format!(
        "<div class=hidden><div itemprop=author itemscope><span itemprop=name>JosephF</span>\
         </div></div><h1>Which tent?</h1><article data-author=eljay>{body}</article>"
    ));
    assert_eq!(m.authors(), ["JosephF"]);
}

#[test]
fn interface_labels_are_no_bylines() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    for label in [
        "<div class=nav-section><p>By Weight</p></div>",
        "<ul class=menu><li>By Brand</li></ul>",
        "<p class=author-links>Sign In</p>",
        "<p class=author-type>business type</p>",
    ] {
        let m = meta(&format!("{label}{body}"));
        assert!(m.authors().is_empty(), "{label}: {:?}", m.authors());
    }
    let m = meta(&format!(
        "<p class=byline>By Rasmus Barslund Founder &amp; Lead Reviewer</p>{body}"
    ));
    assert_eq!(m.authors(), ["Rasmus Barslund"]);
}

#[test]
fn dates_glued_to_labels_and_names() {
    assert_eq!(
        normalize_date("EditorialNovember 22, 2018").as_deref(),
        Some("2018-11-22")
    );
    assert_eq!(
        normalize_date("Dec 17, 2025Julian K. Arni").as_deref(),
        Some("2025-12-17")
    );
    assert_eq!(
        normalize_date("4 March 2024Ann Lee").as_deref(),
        Some("2024-03-04")
    );
    // No capital after a lowercase letter: no month glued on.
    assert_eq!(normalize_date("Remember 22, 2018"), None);
    assert_eq!(normalize_date("EditorialNo 22, 2018"), None);
}

#[test]
fn json_ld_with_raw_line_breaks_in_strings() {
    let m = meta(
        "<script type=application/ld+json>{\"@type\":\"DiscussionForumPosting\",\
         \"text\":\"line one\nline two\",\"datePublished\":\"2024-02-21 13:00:00\"}</script>\
         <p>A thread with a first post long enough to be the page's content.</p>",
    );
    assert_eq!(m.published(), Some("2024-02-21"));
}

#[test]
fn dates_of_last_resort() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a \
                week before we listed it, and each one stayed dry inside all week long. \
                We slept in each of them for two nights, in wind and in a downpour.</p>";
    let m = meta(&format!(
        "<meta name=ms.date content=2025-02-23T00:00:00Z>{body}"
    ));
    assert_eq!(m.published(), Some("2025-02-23"));
    // A graph's WebPage dates an article ...
    let graph = |ty: &str| {
        format!(
            "<script type=application/ld+json>{{\"@graph\":[{{\"@type\":\"WebPage\",\
             \"datePublished\":\"2018-11-22T14:30:24+00:00\"}}]}}</script>\
             <meta property=og:type content={ty}>{body}"
        )
    };
    assert_eq!(meta(&graph("article")).published(), Some("2018-11-22"));
    // ... but not a shop's page, where it is when the page was made.
    assert_eq!(meta(&graph("product")).published(), None);
}

#[test]
fn a_thread_nested_in_the_web_page_is_the_page_s_entity() {
    let body = "<p>Which tent keeps the rain out best on a wet summer weekend in the hills, \
                and is a tunnel tent worth its weight?</p>";
    let ld = |main_type: &str| {
        format!(
            "<script type=application/ld+json>{{\"@type\":\"WebPage\",\"mainEntity\":\
             {{\"@type\":\"{main_type}\",\"author\":{{\"name\":\"felixen\"}},\
             \"datePublished\":\"2022-07-09T22:10:31+00:00\"}}}}</script>{body}"
        )
    };
    let m = meta(&ld("DiscussionForumPosting"));
    assert_eq!(m.authors(), ["felixen"]);
    assert_eq!(m.published(), Some("2022-07-09"));
    assert_eq!(m.page_type(), PageType::Forum);
    // Any other main entity (a profile's person) is not read as the page's.
    let m = meta(&ld("Person"));
    assert!(m.authors().is_empty());
}

#[test]
fn bylines_after_a_label_and_links_to_author_pages() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    for (byline, want) in [
        ("<p>Written by</p><p>Edzel Tabing</p>", "Edzel Tabing"),
        ("<h3>Author</h3><p>Lisa D. Ellis</p>", "Lisa D. Ellis"),
        (
            "<h2>Article by</h2><div>Matias Heikkilä</div>",
            "Matias Heikkilä",
        ),
        (
            "<p><a href=\"https://shop.example/blog/author/netgear-team/\">Orbi Team</a></p>",
            "Orbi Team",
        ),
        (
            "<p><a href=\"/articles/authors/ann-lee?ref=top\">Ann Lee</a></p>",
            "Ann Lee",
        ),
    ] {
        let m = meta(&format!("{body}{byline}"));
        assert_eq!(m.authors(), [want], "{byline}");
    }
    for no in [
        // Menu items run together are no name.
        "<p>Author</p><p>Wedding ChecklistsJust EngagedWedding Planning</p>",
        // An author index is no author's page.
        "<p><a href=/authors/>Our Authors</a></p>",
        "<nav><p><a href=/author/ann>Ann Lee</a></p></nav>",
    ] {
        let m = meta(&format!("{body}{no}"));
        assert!(m.authors().is_empty(), "{no}: {:?}", m.authors());
    }
}

#[test]
fn bylines_beside_their_dates() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    for (byline, want) in [
        (
            "<div class=post-meta>September 1st, 2023 <span>By Emily Norwood</span></div>",
            "Emily Norwood",
        ),
        (
            "<p class=meta>Published August 7, 2023 by Nicole Burke</p>",
            "Nicole Burke",
        ),
        ("<p>11/19/2025 | By Jerra Toms</p>", "Jerra Toms"),
        (
            "<p class=page-meta>By <a href=/p/s>Sofia Gonzalez</a> December 2, 2025</p>",
            "Sofia Gonzalez",
        ),
        (
            "<p class=author>Andrew Gerrand<br>4 August 2010</p>",
            "Andrew Gerrand",
        ),
        // A name that is a month stays whole when no day follows it.
        ("<p class=byline>By April Jones</p>", "April Jones"),
    ] {
        let m = meta(&format!("{byline}{body}"));
        assert_eq!(m.authors(), [want], "{byline}");
    }
    for no in [
        // A title's "by", a copyright's, a category beside a date.
        "<p>Moonshell Cards Series 1 by Whitney River</p>",
        "<p>© 1990-2026 by Example Media, Inc.</p>",
        "<p class=author>The Example University © 2025</p>",
        "<p class=byline>Personal finance January 31, 2025</p>",
        "<p class=author-date>March 3, 2024</p>",
        "<p class=author>Sat, Jan 3 2025</p>",
        // A reader's comment is signed by the reader, not the page's author.
        "<div class=comments><div class=comment><p>by Shaitan ( 22585 )</p>\
         <p>I have had this tent for years and it still keeps me dry.</p></div></div>",
    ] {
        let m = meta(&format!("{body}{no}"));
        assert!(m.authors().is_empty(), "{no}: {:?}", m.authors());
    }
}

#[test]
fn a_person_s_byline_over_the_site_signing_an_article() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    let page = |byline: &str| {
        format!(
            "<meta property=og:site_name content=\"Camp Daily\">\
             <meta property=og:type content=article>\
             <script type=application/ld+json>{{\"@type\":\"Article\",\
             \"author\":{{\"@type\":\"Organization\",\"name\":\"Camp Daily\"}}}}</script>\
             {byline}{body}"
        )
    };
    assert_eq!(
        meta(&page("<p class=byline>By Ann Lee</p>")).authors(),
        ["Ann Lee"]
    );
    // The site's name after the person's is cut; before it, it is the site.
    assert_eq!(
        meta(&page("<p class=byline>By Ann Lee Camp Daily</p>")).authors(),
        ["Ann Lee"]
    );
    assert_eq!(
        meta(&page("<p class=byline>Camp Daily Sponsored</p>")).authors(),
        ["Camp Daily"]
    );
    // Without a byline, the site stays the author.
    assert_eq!(meta(&page("")).authors(), ["Camp Daily"]);
    // A person declared is never replaced by a byline.
    let m = meta(&format!(
        "<meta property=og:site_name content=\"Camp Daily\">\
         <script type=application/ld+json>{{\"@type\":\"Article\",\
         \"author\":{{\"name\":\"Bo Li\"}}}}</script><p class=byline>By Ann Lee</p>{body}"
    ));
    assert_eq!(m.authors(), ["Bo Li"]);
}

#[test]
fn long_glued_and_labelled_bylines() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    for (byline, want) in [
        (
            "<p>Posted by BeauHD on Friday December 19, 2025 @08:00PM from the \
             skewed-job-market dept.</p>",
            "BeauHD",
        ),
        ("<p class=entry-meta>ByTrevor Jones</p>", "Trevor Jones"),
        ("<p>Written by:Elise Nass</p>", "Elise Nass"),
        (
            "<p class=tags>Contributors: Janet Loughrey</p>",
            "Janet Loughrey",
        ),
        ("<p>Authors: Ann Lee</p>", "Ann Lee"),
        (
            "<p>by Jon Foster - 2025-09-13 Updated: 2025-09-13</p>",
            "Jon Foster",
        ),
        (
            "<p class=author>by Outer Armatonisdaristan » Tue Nov 04, 2025</p>",
            "Outer Armatonisdaristan",
        ),
        ("<p>By Erik Demaine.</p>", "Erik Demaine"),
        ("<p class=author>Meaghan Weeden ●</p>", "Meaghan Weeden"),
        // A day, a label of a date, a place or a time after the name.
        (
            "<p>By Jeff Foust Monday, November 18, 2019</p>",
            "Jeff Foust",
        ),
        (
            "<p>By Chris Beaumont Published: 12:01AM GMT</p>",
            "Chris Beaumont",
        ),
        (
            "<p class=author>Moritz Bachmann publiziert am 20.11.2019</p>",
            "Moritz Bachmann",
        ),
        (
            "<p>By Ryan McNeill Last updated 3 hours ago</p>",
            "Ryan McNeill",
        ),
        ("<p>By Belinda Tasker in London</p>", "Belinda Tasker"),
        ("<p>Posted by Eric Earling at 10:15 AM</p>", "Eric Earling"),
        (
            "<p>by Amanda · Dec 20, 2025 at 3:00 am · One comment so far</p>",
            "Amanda",
        ),
    ] {
        let m = meta(&format!("{byline}{body}"));
        assert_eq!(m.authors(), [want], "{byline}");
    }
    for no in [
        // A menu's label and its next item.
        "<nav><ul><li>Contributors</li><li>Local Business</li></ul></nav>",
        // A breadcrumb under a class that names no byline.
        "<p class=no-byline>Home » Technology Consulting » Security Services</p>",
        // A long line under an author class is a bio.
        "<p class=author>Ann Lee has written about tents and the people who sleep in them \
         for twenty years</p>",
    ] {
        let m = meta(&format!("{body}{no}"));
        assert!(m.authors().is_empty(), "{no}: {:?}", m.authors());
    }
}

#[test]
fn declared_authors_keep_their_letters_and_stops() {
    for s in [
        "Genevieve Carlton, Ph.D.",
        "Rebecca Lake, CEPF®",
        "Cerebral Inc.",
        "Sam Lee Jr.",
        "Human in the Loop",
        "ann at example dot com",
    ] {
        assert_eq!(clean_declared_author(s).as_deref(), Some(s), "{s}");
    }
    // The same words on a visible byline end the name.
    assert_eq!(
        clean_author("By Ann Lee in Lisbon").as_deref(),
        Some("Ann Lee")
    );
    assert_eq!(
        clean_author("By Ann Lee at 9:14 am").as_deref(),
        Some("Ann Lee")
    );
    for s in ["Human in the Loop", "Ann Lee <ann at example dot com>"] {
        assert_eq!(clean_author(s).as_deref(), Some(s), "{s}");
    }
}

#[test]
fn citation_and_abbreviated_dates() {
    for (s, want) in [
        (
            ". 2023 Jan 7;15(1):e33475. doi: 10.7759",
            Some("2023-01-07"),
        ),
        ("2024 June 30", Some("2024-06-30")),
        (
            "By: FlowGuard EMEA on 04-ago-2021 5:11:10",
            Some("2021-08-04"),
        ),
        ("15-Mar-2024", Some("2024-03-15")),
        ("3 dic 2019", Some("2019-12-03")),
        // A year, a word, a number that is no day.
        ("2023 Jan 47", None),
        ("2023 apples 7", None),
    ] {
        assert_eq!(normalize_date(s).as_deref(), want, "{s}");
    }
}

#[test]
fn the_first_item_s_creation_over_a_later_item_s_publication() {
    let body = "<h1>How do I read a file?</h1><p>I want to read a whole file into a string \
                in one call and keep my program short.</p>";
    let m = meta(&format!(
        "<div itemscope itemtype=https://schema.org/Question>\
         <time itemprop=dateCreated datetime=\"2014-02-04T13:02:51Z\"></time>{body}</div>\
         <div itemscope itemtype=https://schema.org/Answer>\
         <time itemprop=datePublished datetime=\"2018-05-21T20:37:55Z\"></time>\
         <p>Use the standard library's helper.</p></div>"
    ));
    assert_eq!(m.published(), Some("2014-02-04"));
    // In the head, the most specific name still wins.
    let m = meta(&format!(
        "<meta name=dateCreated content=2014-02-04>\
         <meta property=article:published_time content=2015-03-05>{body}"
    ));
    assert_eq!(m.published(), Some("2015-03-05"));
}

#[test]
fn a_utc_time_is_dated_as_the_page_shows_it() {
    let body = "<h1>Tents</h1><p>Every tent on this page was pitched in the rain for a week \
                before we listed it, and each one stayed dry inside.</p>";
    let page = |time: &str| {
        format!(
            "<script type=application/ld+json>{{\"@type\":\"Article\",\
             \"datePublished\":\"2025-12-19T03:05:00+00:00\"}}</script>{time}{body}"
        )
    };
    let m = meta(&page(
        "<time datetime=\"2025-12-18T19:05:00-08:00\">December 18, 2025</time>",
    ));
    assert_eq!(m.published(), Some("2025-12-18"));
    assert_eq!(m.published_at(), Some("2025-12-18T19:05:00-08:00"));
    // Another instant is another event: the structured date stands.
    let m = meta(&page(
        "<time datetime=\"2025-12-18T18:00:00-08:00\">December 18, 2025</time>",
    ));
    assert_eq!(m.published(), Some("2025-12-19"));
}

#[test]
fn a_date_shown_over_data_stamped_when_the_page_was_built() {
    let body = "<p>Every tent on this page was pitched in the rain for a week before we \
                listed it, and each one stayed dry inside.</p>";
    let page = |modified: &str, shown: &str| {
        format!(
            "<script type=application/ld+json>{{\"@type\":\"Article\",\
             \"datePublished\":\"Jun 24, 2025\"{modified}}}</script>\
             <h1>Tents</h1>{shown}{body}"
        )
    };
    let stamped = ",\"dateModified\":\"Jun 24, 2025\"";
    let m = meta(&page(
        stamped,
        "<div class=text__date>August 25, 2024</div>",
    ));
    assert_eq!(m.published(), Some("2024-08-25"));
    // A later date shown is no publication; a sentence's date is none.
    let m = meta(&page(stamped, "<div>August 25, 2025</div>"));
    assert_eq!(m.published(), Some("2025-06-24"));
    let m = meta(&page(
        stamped,
        "<p>As of July 31, 2024, the rangers had counted forty tents.</p>",
    ));
    assert_eq!(m.published(), Some("2025-06-24"));
    // Data with a change of its own dates the page when what is shown is a
    // day earlier (a time zone), and yields when it is months earlier.
    let changed = ",\"dateModified\":\"Jul 1, 2025\"";
    let m = meta(&page(changed, "<div>June 23, 2025</div>"));
    assert_eq!(m.published(), Some("2025-06-24"));
    let m = meta(&page(changed, "<div>August 25, 2024</div>"));
    assert_eq!(m.published(), Some("2024-08-25"));
}

#[test]
fn dates_the_page_states_itself() {
    let body = "<p>Every tent on this page was pitched in the rain for a week before we \
                listed it, and each one stayed dry inside.</p>";
    let ld = |published: &str, modified: &str| {
        format!(
            "<script type=application/ld+json>{{\"@type\":\"Article\",\
             \"datePublished\":\"{published}\",\"dateModified\":\"{modified}\"}}</script>"
        )
    };
    // Republished: the data's date is weeks after the one shown.
    let m = meta(&format!(
        "{}<h1>Tents</h1><p>Published Apr 26, 2023</p>{body}",
        ld("2025-08-21", "2025-08-20")
    ));
    assert_eq!(m.published(), Some("2023-04-26"));
    // A day apart is a time zone, not a republication.
    let m = meta(&format!(
        "{}<h1>Tents</h1><p>April 25, 2023</p>{body}",
        ld("2023-04-26", "2023-05-20")
    ));
    assert_eq!(m.published(), Some("2023-04-26"));
    // A labelled line far from the headline, when the data is stamped.
    let filler = "<p>More about tents and the rain they keep out.</p>".repeat(50);
    let m = meta(&format!(
        "{}<h1>Tents</h1>{body}{filler}<p>Posted on December 18, 2025 Posted by Ann Lee \
         59 Comments</p>",
        ld("2025-12-19", "2025-12-19")
    ));
    assert_eq!(m.published(), Some("2025-12-18"));
    // "Originally published" wins over any later date.
    let m = meta(&format!(
        "{}<h1>Tents</h1>{body}<p>This article was originally published on 26 Sep 2019 \
         at 4:12pm but has been regularly updated.</p>",
        ld("2022-09-30", "2024-01-01")
    ));
    assert_eq!(m.published(), Some("2019-09-26"));
    // A URL whose slashes are percent-encoded still dates the page.
    let m = meta(&format!(
        "<meta property=og:url content=\"https://blog.example%2Farticles%2F2025-12-15%2Btents\">\
         <h1>Tents</h1>{body}"
    ));
    assert_eq!(m.published(), Some("2025-12-15"));
}
