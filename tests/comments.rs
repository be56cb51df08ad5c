//! Readers' comments: labelled, given by `Document::comments`, and put
//! after the main content in every format with `comments(true)`.

use deboiler::{Extractor, Label};

const ARTICLE: &str = "<article><h1>The ferry's last summer</h1>\
    <p>The bridge is two kilometres long and took nine years to build; it opened in the \
    spring, and the ferry that had crossed the strait for a century stopped a week later.</p>\
    <p>Its last captain, who joined the crew at sixteen, steered the final crossing himself \
    and rang the bell once for every year of the service.</p></article>";

/// A page with two comments (one a nested reply), their reply links, and
/// a reply form.
fn page() -> String {
    format!(
        "<html><body>{ARTICLE}<div id=comments class=comments-area>\
         <h2 class=comments-title>2 thoughts</h2><ol class=comment-list>\
         <li class=comment><div class=comment-author><a href=/u/ann>Ann Lee</a> says:</div>\
         <div class=comment-meta><a href=#c1>3 May 2024 at 9:00</a></div>\
         <p>I took the ferry every day for twenty years and I will miss the bell.</p>\
         <a class=comment-reply-link href=#r1>Reply</a>\
         <ul class=children><li class=comment><div class=comment-author><b>Bo</b> says:</div>\
         <div class=comment-meta><a href=#c2>4 May 2024 at 10:30</a></div>\
         <p>So will I, though the bridge is faster.</p>\
         <a class=comment-reply-link href=#r2>Reply</a></li></ul></li></ol>\
         <div id=respond><h3>Leave a Reply</h3><form><p>Your email address will not be \
         published.</p><textarea></textarea></form></div></div></body></html>"
    )
}

/// The document of `html` with comments on.
fn with_comments(html: &str) -> deboiler::Document {
    Extractor::builder()
        .comments(true)
        .build()
        .unwrap()
        .extract(html)
        .unwrap()
}

#[test]
fn comments_are_labelled_and_given_with_author_and_date() {
    let doc = deboiler::extract(&page()).unwrap();
    assert!(
        doc.text()
            .ends_with("rang the bell once for every year of the service.")
    );
    assert!(!doc.text().contains("twenty years"));
    let comments = doc.comments();
    assert_eq!(comments.len(), 2, "{comments:#?}");
    assert_eq!(comments[0].author.as_deref(), Some("Ann Lee"));
    assert_eq!(comments[0].date.as_deref(), Some("2024-05-03"));
    assert_eq!(
        comments[0].text,
        "I took the ferry every day for twenty years and I will miss the bell."
    );
    assert_eq!(comments[1].author.as_deref(), Some("Bo"));
    assert_eq!(comments[1].date.as_deref(), Some("2024-05-04"));
    assert_eq!(comments[1].text, "So will I, though the bridge is faster.");
    let labelled: Vec<&str> = doc
        .blocks()
        .iter()
        .filter(|b| b.label() == Label::Comment)
        .map(|b| b.text())
        .collect();
    assert!(
        labelled
            .iter()
            .all(|t| !t.contains("Reply") && !t.contains("email"))
    );
    assert!(labelled.contains(&"So will I, though the bridge is faster."));
}

#[test]
fn comments_on_follow_the_main_content_in_every_format() {
    let off = deboiler::extract(&page()).unwrap();
    let on = with_comments(&page());
    assert!(on.text().starts_with(off.text()));
    let tail = &on.text()[off.text().len()..];
    assert!(tail.starts_with("\n\nAnn Lee says:"), "{tail:?}");
    assert!(
        tail.ends_with("So will I, though the bridge is faster."),
        "{tail:?}"
    );
    for absent in ["Reply", "Leave a", "email", "2 thoughts"] {
        assert!(!on.text().contains(absent), "{absent}: {}", on.text());
    }
    let md = on.to_markdown();
    let html = on.to_html();
    for rendered in [&md, &html] {
        let main = rendered.find("rang the bell").unwrap();
        let comment = rendered.find("twenty years").unwrap();
        assert!(main < comment, "{rendered}");
        assert!(!rendered.contains("Leave a"), "{rendered}");
    }
    assert!(!off.to_markdown().contains("twenty years"));
    assert!(!off.to_html().contains("twenty years"));
    // The comments do not depend on the setting.
    assert_eq!(on.comments(), off.comments());
}

#[cfg(feature = "serde")]
#[test]
fn json_has_the_comments() {
    let doc = with_comments(&page());
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(json["comments"][0]["author"], "Ann Lee");
    assert_eq!(json["comments"][1]["date"], "2024-05-04");
    assert!(
        json["text"]
            .as_str()
            .unwrap()
            .contains("the bridge is faster")
    );
    assert!(
        json["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["label"] == "comment")
    );
}

#[test]
fn a_page_without_a_comment_section_has_no_comments() {
    // A list whose items repeat, but nothing names comments.
    let html = format!(
        "{ARTICLE}<ol class=notes><li class=note>One note here.</li>\
                        <li class=note>Another note.</li></ol>"
    );
    let doc = with_comments(&html);
    assert!(doc.comments().is_empty());
    assert!(doc.blocks().iter().all(|b| b.label() != Label::Comment));
}

#[test]
fn a_comment_section_without_repeated_items_gives_none() {
    // One block of text under a comments heading: a prompt, not comments.
    let html = format!(
        "{ARTICLE}<div class=comments><h3>Comments</h3>\
                        <p>Comments are closed for this story.</p></div>"
    );
    let doc = deboiler::extract(&html).unwrap();
    assert!(doc.comments().is_empty(), "{:?}", doc.comments());
}

#[test]
fn counts_previews_and_error_boxes_are_not_comments() {
    let item = |who: &str, text: &str| {
        format!(
            "<div class=comment><p class=comment-author><a href=/u>{who}</a> says:</p>\
             <p>{text}</p><span class=comment-votes>12</span></div>"
        )
    };
    let html = format!(
        "{ARTICLE}<div class=comments>{}{}\
         <div id=comment-preview><h3>Previewing your Comment</h3>{}</div>\
         <div id=comment-error class=hiddenBox><p>Your comment could not be posted, please try again.</p></div>\
         <div id=comment-complete class=hiddenBox><p>Your comment has been saved. Comments \
         are moderated and will appear once approved.</p></div>\
         </div>",
        item("Ann", "The bell was the best part of the crossing."),
        item("Bo", "I never heard it from the shore."),
        item("Preview", "This is only a preview of what you wrote."),
    );
    let doc = with_comments(&html);
    let texts: Vec<&str> = doc.comments().iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The bell was the best part of the crossing.",
            "I never heard it from the shore."
        ]
    );
    for absent in [
        "12",
        "Previewing",
        "only a preview",
        "could not be posted",
        "has been saved",
    ] {
        assert!(!doc.text().contains(absent), "{absent}: {}", doc.text());
    }
}

#[test]
fn a_page_declared_a_thread_keeps_its_replies_as_content() {
    let replies = "<div class=comments>\
        <div class=comment><p class=comment-author><a href=/u/ann>Ann</a> says:</p>\
        <p>Check the fuse in the plug first; mine had blown and the kettle was fine.</p></div>\
        <div class=comment><p class=comment-author><a href=/u/bo>Bo</a> says:</p>\
        <p>If the fuse is fine, the thermostat under the base is the usual culprit.</p></div></div>";
    let page = |ld: &str| {
        format!(
            "<html><head>{ld}</head><body>{ARTICLE}{replies}</body></html>",
            ld = if ld.is_empty() {
                String::new()
            } else {
                format!("<script type=application/ld+json>{{\"@type\": \"{ld}\"}}</script>")
            }
        )
    };
    let thread = deboiler::extract(&page("DiscussionForumPosting")).unwrap();
    assert!(
        thread.text().contains("the thermostat under the base"),
        "{}",
        thread.text()
    );
    assert!(thread.comments().is_empty());
    let article = deboiler::extract(&page("")).unwrap();
    assert!(!article.text().contains("the thermostat under the base"));
    assert_eq!(article.comments().len(), 2);
}

/// The story's paragraphs and then `section`, in one wrapper: the story
/// has no element of its own, so the comments are inside the container.
fn story_with(section: &str) -> String {
    format!(
        "<html><body><div class=entry><h1>The ferry's last summer</h1>\
         <p>The bridge is two kilometres long and took nine years to build; it opened in the \
         spring, and the ferry that had crossed the strait for a century stopped a week later.</p>\
         <p>Its last captain, who joined the crew at sixteen, steered the final crossing himself \
         and rang the bell once for every year of the service.</p>{section}</div></body></html>"
    )
}

/// A comment section of `n` comments, each longer than a line, with
/// nothing but the section's class to mark them, their authors as a
/// blogging platform writes them or, with `user_boxes`, in forum software's
/// user boxes.
fn replies(n: usize, user_boxes: bool) -> String {
    let item = |i: usize| {
        let author = if user_boxes {
            format!("<div class=user-info><a href=/u/{i}>Reader {i}</a></div>")
        } else {
            format!("<p class=author>Reader {i} says:</p>")
        };
        format!(
            "<div class=item>{author}\
             <p>I crossed on that ferry for years, reader {i} writes, and the bell at the \
             last crossing was the saddest sound I have heard on the water in a long time.</p></div>"
        )
    };
    format!(
        "<div class=comments><h3>{n} comments</h3>{}</div>",
        (1..=n).map(item).collect::<String>()
    )
}

#[test]
fn comments_that_outweigh_the_story_are_still_comments() {
    // Twelve comments carry four times the story's words.
    let html = story_with(&replies(12, false));
    let doc = deboiler::extract(&html).unwrap();
    assert!(
        doc.text().ends_with("once for every year of the service."),
        "{}",
        doc.text()
    );
    let on = with_comments(&html);
    assert_eq!(on.comments().len(), 12, "{:#?}", on.comments());
    assert!(on.text().contains("reader 12 writes"));
}

#[test]
fn a_thread_by_its_user_boxes_keeps_replies_that_outweigh_the_post() {
    // No structured data, but the posts carry user boxes as forum software
    // writes them: the replies are the thread's content.
    let doc = deboiler::extract(&story_with(&replies(6, true))).unwrap();
    assert!(doc.text().contains("reader 6 writes"), "{}", doc.text());
}

#[test]
fn comments_without_a_mark_of_their_own_are_found_by_their_shape() {
    // A comment section whose entries (a definition list of author lines
    // and texts) carry no class: they repeat, and they are its comments.
    let entry =
        |who: &str, text: &str| format!("<dt>{who} - 3 May 2024</dt><dd><p>{text}</p></dd>");
    let html = story_with(&format!(
        "<div class=comments><h2>Comments</h2><dl>{}{}</dl></div>",
        entry("Ann", "The bell was the best part of the crossing."),
        entry("Bo", "I never heard it from the shore, but my father did."),
    ));
    let doc = deboiler::extract(&html).unwrap();
    assert!(!doc.text().contains("the best part"), "{}", doc.text());
    let on = with_comments(&html);
    let text = on.text();
    assert!(
        text.contains("The bell was the best part of the crossing.")
            && text.contains("my father did."),
        "{text}"
    );
    let comments: Vec<&str> = on.comments().iter().map(|c| c.text.as_str()).collect();
    assert!(
        comments.contains(&"The bell was the best part of the crossing."),
        "{:#?}",
        on.comments()
    );
}

/// What three readers said, for the tests of comment markup.
const SAID: [(&str, &str); 3] = [
    (
        "Ann",
        "The bell was the best part of the crossing, every single morning.",
    ),
    (
        "Bo",
        "I never heard it from the shore, but my father did, he told me often.",
    ),
    (
        "Cy",
        "They should hang the bell on the bridge so that it rings for the cars.",
    ),
];

/// A comment as a blogging platform's list item: `<li class="comment
/// even">`, the author in `<{head} class={head_class}>`, the text in a
/// `<div class={body}>`.
fn comment_item(head: &str, head_class: &str, body: &str, (who, text): (&str, &str)) -> String {
    format!(
        "<li class=\"comment even\"><{head} class={head_class}><cite>{who}</cite></{head}>\
         <div class={body}><p>{text}</p></div></li>"
    )
}

#[test]
fn comments_each_in_a_box_of_their_own_are_found_by_their_mark() {
    // A template that wraps every comment in a table of its own: the
    // marked paragraphs have no marked siblings, but three of one shape
    // say something, so they are comments; a run of "12 comments" links
    // of one shape is not.
    let boxes: String = SAID
        .iter()
        .map(|(who, text)| {
            format!(
                "<table><tr><td><p class=from>From: {who}</p></td></tr>\
                 <tr><td><p class=comment>{text}</p></td></tr></table>"
            )
        })
        .collect();
    let html = story_with(&format!("<h3>Reader feedback</h3>{boxes}"));
    let doc = deboiler::extract(&html).unwrap();
    assert!(!doc.text().contains("the best part"), "{}", doc.text());
    let on = with_comments(&html);
    let text = on.text();
    assert!(
        text.contains("the best part of the crossing") && text.contains("rings for the cars"),
        "{text}"
    );
    assert_eq!(on.comments().len(), 3, "{:#?}", on.comments());

    let counts = story_with(
        "<p><a class=comments href=/a>12 comments</a></p><p><a class=comments href=/b>\
         3 comments</a></p><p><a class=comments href=/c>40 comments</a></p>",
    );
    assert!(with_comments(&counts).comments().is_empty());
}

#[test]
fn a_comment_list_whose_class_names_a_preview_is_no_form() {
    // `snap_preview` (a link-preview plugin's class) holds the word of a
    // comment preview, but a list holds comments, not the one being written.
    let li = |said| comment_item("p", "comment-author", "commententry", said);
    let html = story_with(&format!(
        "<h4 id=comments>2 Comments</h4><ol class=\"commentlist snap_preview\">{}{}</ol>",
        li(SAID[0]),
        li(SAID[1]),
    ));
    let doc = with_comments(&html);
    let text = doc.text();
    assert!(
        text.contains("the best part of the crossing") && text.contains("my father did"),
        "{text}"
    );
}

#[test]
fn replies_nested_beside_their_comment_are_comments() {
    // A comment plugin that writes each reply list as a sibling of its
    // comment (`<ul class=children>` inside the comment list, not inside
    // the comment): the reply has no sibling of its shape, but it is one
    // of the comments of the list.
    let li = |said| comment_item("div", "comment-header", "comment-body", said);
    let html = story_with(&format!(
        "<div id=disqus_thread><ul id=dsq-comments>{}<ul class=children>{}</ul>{}</ul></div>",
        li(SAID[0]),
        li(SAID[1]),
        li(SAID[2]),
    ));
    let doc = with_comments(&html);
    let text = doc.text();
    assert!(
        text.contains("my father did") && text.contains("rings for the cars"),
        "{text}"
    );
    assert_eq!(doc.comments().len(), 3, "{:#?}", doc.comments());
}

#[test]
fn a_lone_comment_is_known_by_its_identifier() {
    // One comment under a story: nothing repeats, but its id is a
    // comment's identifier. A widget of recent comments (`comments-2`)
    // is no comment for that.
    let (who, text) = SAID[0];
    let html = story_with(&format!(
        "<ol class=commentlist><li id=comment-309282 class=\"comment odd\">\
         <cite>{who}</cite><p>{text}</p></li></ol>"
    ));
    let doc = with_comments(&html);
    assert!(
        doc.text().contains("the best part of the crossing"),
        "{}",
        doc.text()
    );
    assert_eq!(doc.comments().len(), 1, "{:#?}", doc.comments());
    let widget = story_with(&format!(
        "<div id=recent-comments-2 class=widget_recent_comments><p>{text}</p></div>"
    ));
    assert!(with_comments(&widget).comments().is_empty());
}

#[test]
fn a_widget_of_the_latest_comments_gives_no_comments() {
    // A sidebar's latest comments, each under another post's title, as
    // WordPress's widget and block write them: repeated comment-marked
    // items, and none of them a comment on this page.
    for (list, item) in [
        ("widget_recent_comments", "recentcomments"),
        (
            "wp-block-latest-comments",
            "wp-block-latest-comments__comment",
        ),
    ] {
        let items: String = SAID
            .iter()
            .map(|(who, text)| {
                format!("<li class={item}>{who} on <a href=/other>Another post</a>: {text}</li>")
            })
            .collect();
        let html = format!(
            "<html><body>{ARTICLE}<aside><ul class={list}>{items}</ul></aside></body></html>"
        );
        let doc = with_comments(&html);
        assert!(doc.comments().is_empty(), "{list}: {:#?}", doc.comments());
        assert!(!doc.text().contains("Another post"), "{}", doc.text());
    }
}

/// An old template's comment section: no class or id names it, a heading
/// line opens it.
fn unmarked_section(heading: &str) -> String {
    format!(
        "<html><body><table><tr><td>{ARTICLE}<div class=hrline></div>\
         <div class=yvhd>{heading}</div>\
         <p class=story>I took the ferry every day for twenty years and I will miss the bell.<br>\
         <b>Posted by Ann on January 10, 2008 5:58 PM</b></p>\
         <p class=story>So will I, though the bridge is faster and never waits for the tide.<br>\
         <b>Posted by Bo on January 10, 2008 6:20 PM</b></p>\
         </td></tr></table></body></html>"
    )
}

#[test]
fn a_heading_that_names_comments_opens_a_section_of_them() {
    for heading in ["Comments", "2 Comments", "Comments (2)", "Have your say"] {
        let html = unmarked_section(heading);
        let off = deboiler::extract(&html).unwrap();
        assert!(
            off.text()
                .ends_with("rang the bell once for every year of the service."),
            "{heading}: {}",
            off.text()
        );
        let on = with_comments(&html);
        let comments = on.comments();
        assert_eq!(comments.len(), 2, "{heading}: {comments:#?}");
        assert!(
            comments[0].text.starts_with("I took the ferry"),
            "{comments:#?}"
        );
        assert!(comments[1].text.starts_with("So will I"), "{comments:#?}");
        assert!(on.text().starts_with(off.text()));
        assert!(!on.text().contains(heading), "{heading}: {}", on.text());
    }
}

#[test]
fn a_comments_column_or_a_heading_over_the_story_opens_nothing() {
    // A table's header whose last row is "Comments:", over a table for
    // each agent, and a count of comments under a headline, before the
    // story: neither opens a section.
    let column = format!(
        "<html><body><div class=page>{ARTICLE}<table><tr><th>Agent</th><th>Office</th></tr>\
         <tr><td colspan=2>Comments:</td></tr></table><p>Ann Lee</p>\
         <table><tr><td>Harbour Street</td></tr><tr><td>Answers within the day, and knows \
         every street of the old town by name, from the harbour to the hill, and the best \
         time to sell.</td></tr></table></div></body></html>"
    );
    let doc = with_comments(&column);
    assert!(doc.comments().is_empty(), "{:#?}", doc.comments());
    assert!(doc.text().contains("knows every street"), "{}", doc.text());
    let count = "<html><body><article><h1>The ferry's last summer</h1><p>12 comments</p>\
        <p>The bridge is two kilometres long and took nine years to build; it opened in the \
        spring, and the ferry that had crossed the strait for a century stopped a week later.</p>\
        <p>Its last captain, who joined the crew at sixteen, steered the final crossing himself \
        and rang the bell once for every year of the service.</p></article></body></html>";
    let doc = with_comments(count);
    assert!(doc.comments().is_empty(), "{:#?}", doc.comments());
    assert!(doc.text().contains("rang the bell"), "{}", doc.text());
}
