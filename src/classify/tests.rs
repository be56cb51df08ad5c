//! The labeller's tests, on tiny pages.

use super::*;
use crate::dom;
use crate::segment::{View, segment};

fn labels(html: &str) -> Vec<(String, Label)> {
    let seg = segment(&dom::parse(html), View::Reader);
    let d = classify(&seg, Favor::Balanced);
    seg.blocks
        .iter()
        .zip(d)
        .map(|(b, d)| (b.text.clone(), d.label))
        .collect()
}

/// The texts of the blocks labelled content.
fn kept(html: &str) -> Vec<String> {
    labels(html)
        .into_iter()
        .filter(|x| x.1 == Label::Content)
        .map(|x| x.0)
        .collect()
}

const STORY: &str = "The council voted on Tuesday to rebuild the old bridge across the river, \
    a project that has been discussed for more than ten years and will cost the town a great deal.";

const STORY2: &str = "Work will start in the spring and the bridge will stay open to walkers \
    while the new deck is laid, the engineers told a packed meeting at the town hall.";

#[test]
fn navigation_is_dropped_and_story_kept() {
    let html = format!(
        "<nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul></nav>\
         <div><p>{STORY}</p><p>{STORY2}</p></div>\
         <footer><p>Copyright 2024 The Town Paper. All rights reserved.</p></footer>"
    );
    assert_eq!(kept(&html), [STORY, STORY2]);
}

#[test]
fn share_list_inside_the_article_is_dropped() {
    let html = format!(
        "<article><p>{STORY}</p><ul class=share><li><a href=/f>Facebook</a></li></ul>\
         <p>Share this story</p><p>{STORY2}</p></article>"
    );
    let l = labels(&html);
    assert_eq!(l[1].1, Label::Boilerplate);
    assert_eq!(l[3].1, Label::Content);
}

#[test]
fn a_repeated_paragraph_is_kept_once() {
    let html = format!("<div><p>{STORY}</p><p>{STORY2}</p><p>{STORY}</p></div>");
    assert_eq!(kept(&html), [STORY, STORY2]);
}

const STORY3: &str = "The old deck will be lifted out in sections by a floating crane and \
    taken to the museum yard, where the iron railings will be cleaned and put on show.";
const MORE: &str = "Councillors who voted against the plan said the money would be \
    better spent on the pavements of the older streets, where several people fell this year.";

#[test]
fn a_run_of_linked_headlines_is_dropped_and_a_directory_stays() {
    let html = format!(
        "<article><p>{STORY}</p><p>{STORY2}</p><ul>\
         <li><h4><a href=/a>Library extends its winter opening hours</a></h4></li>\
         <li><h4><a href=/b>Market traders ask for another day</a></h4></li>\
         <li><h4><a href=/c>School choir wins the county festival</a></h4></li>\
         </ul><p>{STORY3}</p><p>{MORE}</p><ul><li><h4><a href=/d>Apple</a></h4></li>\
         <li><h4><a href=/e>Bitbucket</a></h4></li><li><h4><a href=/f>GitHub</a></h4></li>\
         </ul></article>"
    );
    // Three story titles in a row are a list of other pages; short
    // names (a directory of providers) are the page's own list.
    assert_eq!(
        kept(&html),
        [STORY, STORY2, STORY3, MORE, "Apple", "Bitbucket", "GitHub"]
    );
}

#[test]
fn titles_over_cut_summaries_beside_a_story_are_teasers() {
    let item = |n: u32| {
        format!(
            "<li><a href=/n{n}>Library {n} extends its opening hours again</a> <span>The \
             library will stay open until eight on weekdays through the winter, the \
             council said on Monday, after a survey of readers found that...</span></li>"
        )
    };
    let items: String = (0..4).map(item).collect();
    let html = format!(
        "<div><ul>{items}</ul><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p>\
         <p>{MORE}</p></div></div>"
    );
    assert_eq!(kept(&html), [STORY, STORY2, STORY3, MORE]);
    // The same items with whole summaries are not known as teasers.
    let whole = html.replace("found that...", "found that evenings were busiest.");
    assert_eq!(kept(&whole).len(), 8);
}

#[test]
fn a_wrapper_must_add_a_tenth_to_the_story() {
    let side = "<div><h3>Poll</h3><p>Should the hall open on Sundays?</p></div>";
    let html = format!("<div><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p></div>{side}</div>");
    assert_eq!(kept(&html), [STORY, STORY2, STORY3]);
    // A sibling that adds more than a tenth (but less than the share
    // that joins siblings) brings its parent in.
    let blurb = "<div><p>A guide to the hedgerows of the valley, with drawings on every \
                 page, in the shops.</p></div>";
    let html = format!("<div><div><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p></div>{blurb}</div>");
    assert_eq!(kept(&html).len(), 4);
}

#[test]
fn whole_posts_after_a_related_heading_are_dropped() {
    let post = |text: &str| format!("<section><p><a href=/s>Share</a></p><p>{text}</p></section>");
    let posts = [STORY2, STORY3, MORE].map(post).concat();
    let html = format!(
        "<article><p>{STORY}</p><h3 class=related-title>You may also like</h3>{posts}</article>"
    );
    assert_eq!(kept(&html), [STORY]);
    // A section a class calls "recommendations", of paragraphs, stays.
    let html = format!(
        "<article><p>{STORY}</p><h3 id=recommendations>Recommendations</h3>\
         <p>{STORY2}</p><p>{STORY3}</p><p>{MORE}</p></article>"
    );
    assert_eq!(kept(&html), [STORY, STORY2, STORY3, MORE]);
}

#[test]
fn a_heading_over_dropped_links_goes_with_them() {
    let html = format!(
        "<article><h2>The vote</h2><p>{STORY}</p><h3>Details</h3><p>{STORY2}</p>\
         <p>{STORY3}</p><h2>Related posts</h2><ul><li><a href=/a>Another bridge story</a></li>\
         <li><a href=/b>A road story</a></li></ul>\
         <h2>Reading list</h2><h3>Bridges of the valley, a history</h3>\
         <h3>The river and the town</h3>\
         <h2>You may also like</h2><h3><a href=/c>A ferry story from the coast</a></h3>\
         <h3><a href=/d>A canal story from the hills</a></h3></article>"
    );
    // Linked headlines are other pages' titles: a section of them is
    // empty, and they go with its heading.
    // A heading over another heading is a list of titles, not empty.
    assert_eq!(
        kept(&html),
        [
            "The vote",
            STORY,
            "Details",
            STORY2,
            STORY3,
            "Reading list",
            "Bridges of the valley, a history",
            "The river and the town"
        ]
    );
}

#[test]
fn titles_match_across_typography() {
    assert_eq!(title_form("Só quem se  Ama…"), "só quem se ama...");
    assert!(is_title_part(
        &title_form("Só quem se Ama... — Mensagens de Reflexão"),
        &title_form("Só quem se Ama…")
    ));
    assert_eq!(title_form("It’s “fine”"), "it's \"fine\"");
}

#[test]
fn a_footer_alone_is_no_main_content() {
    let l = labels(
        "<nav><a href=/>Home</a></nav><footer><p>Copyright 2024 The Paper. All rights reserved.</p></footer>",
    );
    assert!(l.iter().all(|x| x.1 == Label::Boilerplate));
}

#[test]
fn empty_page_has_no_container() {
    let seg = segment(&dom::parse(""), View::Reader);
    assert!(classify(&seg, Favor::Balanced).is_empty());
}

#[test]
fn title_parts() {
    assert!(is_title_part("bridge vote | paper", "bridge vote"));
    assert!(is_title_part("paper \u{2013} bridge vote", "bridge vote"));
    assert!(!is_title_part(
        "garden design and landscaping | greenway",
        "garden design"
    ));
}

#[test]
fn title_heading_is_dropped() {
    let html = format!("<title>Bridge vote | Paper</title><h1>Bridge vote</h1><p>{STORY}</p>");
    let l = labels(&html);
    assert_eq!(l[0].1, Label::Boilerplate);
    assert_eq!(l[1].1, Label::Content);
}

/// Each block's text, label and reason.
fn reasons(html: &str) -> Vec<(String, Label, Reason)> {
    let seg = segment(&dom::parse(html), View::Reader);
    let d = classify(&seg, Favor::Balanced);
    seg.blocks
        .iter()
        .zip(d)
        .map(|(b, d)| (b.text.clone(), d.label, d.reason))
        .collect()
}

const MENU: &str = "<nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li>\
    <li><a href=/s>Sport</a></li><li><a href=/w>Weather</a></li></ul></nav>";

/// A reader's comment long enough to outweigh a short story.
const COMMENT: &str = "<div class=comment><p>I walk across that bridge every single morning \
    with my dog, and the railings have been loose for years now; it is good to hear that \
    somebody at the council has finally noticed it.</p></div>";

/// A page whose story sits under a share widget's class beside comments
/// that outweigh it, after `intro` inside the container.
fn story_under_share_class(intro: &str) -> String {
    let comments = COMMENT.repeat(5);
    format!(
        "{MENU}<div id=main><h1>Bridge</h1>{intro}<div class=sharing><p>{STORY}</p>\
         <p>{STORY2}</p><p><a href=/more>More news from the town</a></p></div>\
         <div class=comments>{comments}</div></div>{MENU}"
    )
}

#[test]
fn a_nearly_empty_reading_falls_back_on_the_longest_run_of_prose() {
    // The rules believe the share class (a minor part of the container
    // beside the comments) and keep nothing; the story is the page's
    // longest run of prose.
    let r = reasons(&story_under_share_class(""));
    let kept: Vec<_> = r.iter().filter(|x| x.1 == Label::Content).collect();
    assert_eq!(
        kept.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        [STORY, STORY2]
    );
    assert!(kept.iter().all(|x| x.2 == Reason::Fallback));
    // The menus, the link under the story and the comments stay out.
    assert_eq!(
        r.iter().filter(|x| x.2 == Reason::Comment).count(),
        5,
        "{r:?}"
    );
}

#[test]
fn short_true_content_is_not_replaced_by_a_longer_run() {
    // What the rules keep is short, but more than a small share of the
    // run beside it.
    let intro = "<p>The bridge closes on Monday at six for a week of work, and the ferry \
                 runs every hour until it reopens.</p>";
    let kept = kept(&story_under_share_class(intro));
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].starts_with("The bridge closes"));
}

#[test]
fn menus_and_a_footer_do_not_fall_back() {
    let html = format!(
        "{MENU}<footer><p>Copyright 2024 The Town Paper. All rights reserved. Registered \
         in England and Wales.</p></footer>{MENU}"
    );
    assert!(reasons(&html).iter().all(|x| x.1 == Label::Boilerplate));
}

#[test]
fn script_source_spilled_into_the_text_is_dropped() {
    // An old page's `document.write("</script>")` ends the script early:
    // the rest of the program is a text node in the story's container.
    let html = format!(
        "<div><p>{STORY}</p><p>{STORY2}</p>\
         <p>var _q=0; function track(a, b) {{ b = _e[_n++] = new Object(); b.n = a; \
         return b; }} if (x == 1 &amp;&amp; y) {{ go(); }} else {{ stop(); }}</p>\
         <pre>if (a &amp;&amp; b) {{ run(); }} else {{ return; }}</pre></div>"
    );
    let r = reasons(&html);
    assert_eq!(r[2].1, Label::Boilerplate, "{r:?}");
    assert_eq!(r[2].2, Reason::ScriptText);
    // Code the page shows in a <pre> is the page's.
    assert_eq!(r[3].1, Label::Content, "{r:?}");
    assert_eq!(kept(&html)[..2], [STORY, STORY2]);
}

#[test]
fn a_short_post_beside_a_longer_profile_in_the_sidebar_is_the_content() {
    let about = "I have written copy for agencies in this city for nineteen years, and \
        before that I sold shoes, washed dishes and drove a cab through three winters. \
        I hate slogans, meetings and most of the campaigns that win awards, and I love \
        a good headline more than anything else in the business. ";
    // Menus around both, as a blog template has them: the body does not
    // outweigh the sidebar by enough to be chosen.
    let menus = MENU.repeat(3);
    let html = format!(
        "{menus}<div class=main><div class=post><h3 class=post-title>Five posters of the week</h3>\
         <div class=post-body><p>Five posters made me laugh this week, from a tube prank \
         to a museum billboard; the best of them is the one above, and the rest are \
         linked below.</p></div></div></div>\
         <div class=sidebar><div class=profile><p>{}</p></div></div>{menus}",
        about.repeat(3)
    );
    let kept = kept(&html);
    assert!(
        kept.iter()
            .any(|t| t.starts_with("Five posters made me laugh")),
        "{kept:?}"
    );
    assert!(
        !kept.iter().any(|t| t.contains("nineteen years")),
        "{kept:?}"
    );
}

#[test]
fn an_aside_in_the_container_is_dropped_however_much_it_holds() {
    // A short story beside a sidebar of summaries that outweighs it, both
    // in one wrapper: the `<aside>` (or `<div id=sidebar>`) is no part of
    // the story, whatever share of the wrapper it holds; a `<div>` of the
    // same text is kept.
    let summary = |n: u32| {
        format!(
            "<div><h3>Comparison number {n} of two family cars</h3><p>We put two very \
             different cars head to head for a week of school runs, motorway trips and \
             shopping to see which one a family of four should buy this year.</p></div>"
        )
    };
    let side: String = (1..=4).map(summary).collect();
    for (wrap, kept_side) in [
        ("aside", false),
        ("div", true),
        ("section role=complementary", false),
        // A blog template's column beside the post, by its id or class;
        // a compound token names the content beside one.
        ("div id=sidebar", false),
        ("div class=\"sidebar section\"", false),
        ("div class=sidebar-content", true),
    ] {
        let close = wrap.split(' ').next().unwrap();
        let html = format!(
            "<div class=wrap><div class=post><p>{STORY}</p><p>{STORY2}</p></div>\
             <{wrap}>{side}</{close}></div>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t == STORY), "{wrap}: {k:?}");
        assert_eq!(
            k.iter().any(|t| t.contains("school runs")),
            kept_side,
            "{wrap}: {k:?}"
        );
    }
}

#[test]
fn a_landing_pages_main_element_holds_every_band() {
    // A hero, a band of offers wrapped in links, and two bands of prose,
    // all inside `<main>`: the offers weigh the main element down below
    // the longest band, the one the weights alone would choose, and the
    // others are too far from it to join it as its siblings.
    let card = |n: u32| {
        format!(
            "<a href=/offer{n} class=card><div><h3>Offer {n}</h3><p>Plan, build and run the \
             service your customers need with a team that stays beside you.</p></div></a>"
        )
    };
    let html = format!(
        "<nav><a href=/>Home</a> <a href=/s>Services</a></nav><main>\
         <section><h1>Bridge engineering</h1><p>We design and rebuild bridges.</p></section>\
         <section>{}{}{}{}{}{}</section>\
         <section><div class=row><div class=col><div class=inner>\
         <p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p><p>The new bridge will carry two lanes \
         of traffic, a cycle path and a wide footway, and its lights will be turned down \
         at night so that the bats under the old arches are not disturbed.</p>\
         </div></div></div></section>\
         <section><h2>Awarded twice</h2><p>Our engineers won the national prize for the \
         restoration of the iron river crossing and the museum footbridge this year, and \
         the regional prize for the quiet repair of the canal aqueduct last spring.</p></section>\
         <section><h2>Our leaders</h2><p>Ann Harper leads the design office, which has \
         drawn more than forty crossings, and Tom Reed runs the site teams that build them \
         in every season and every kind of weather.</p></section>\
         </main><footer><p>Copyright 2024 Bridges Ltd.</p></footer>",
        card(1),
        card(2),
        card(3),
        card(4),
        card(5),
        card(6)
    );
    let kept = kept(&html);
    assert!(kept.iter().any(|t| t.starts_with("We design")), "{kept:?}");
    assert!(
        kept.iter().any(|t| t.starts_with("Our engineers won")),
        "{kept:?}"
    );
    assert!(kept.iter().any(|t| t == STORY), "{kept:?}");
    assert!(kept.iter().any(|t| t.starts_with("Ann Harper")), "{kept:?}");
    assert!(!kept.iter().any(|t| t.contains("Copyright")), "{kept:?}");
}

#[test]
fn a_main_element_that_adds_little_to_the_story_is_not_taken() {
    // The story is the container; `<main>` adds only a short promotion
    // beside it, well under half the story's words.
    let html = format!(
        "<main><div class=wrap><div class=grid><div class=story>\
         <p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p></div></div></div>\
         <div class=band><p>Get the morning briefing, free.</p></div>\
         </main>"
    );
    assert_eq!(kept(&html), [STORY, STORY2, STORY3]);
}

#[test]
fn an_accordion_group_marked_as_a_tab_list_is_read() {
    // Bootstrap's accordion: the group is `role=tablist`, each question a
    // `role=tab`, each answer a `role=tabpanel`, all inside the group.
    let answer = "Each lesson ends with a short quiz, and the certificate is sent \
                  by mail once every quiz of the course has been passed.";
    let html = format!(
        "<div class=course><p>{STORY}</p><p>{STORY2}</p><p>{STORY3}</p>\
         <div class=panel-group role=tablist>\
         <div class=panel-heading role=tab><h4>How is the course graded?</h4></div>\
         <div class=panel-collapse role=tabpanel><p>{answer}</p></div></div></div>"
    );
    let kept = kept(&html);
    assert!(kept.iter().any(|t| t == answer), "{kept:?}");
}
