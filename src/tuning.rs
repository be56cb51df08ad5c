//! Every constant that steers the heuristics, in one place, each with where
//! its value came from. "Measured" means: the value that gave the best
//! mean of AEB F1 and WCXB-dev word F1 (../shared/bench, `examples/evaluate`)
//! among the values tried, recorded in the commit that set it.

/// A page whose reader's view keeps fewer words than this is read again
/// with `<noscript>` shown, and the reading that keeps more wins. Measured
/// over 1/50/150: 50. Fewer kept words than this are also what lets the
/// page's longest run of prose stand in (see [`FALLBACK_MIN_RUN_WORDS`]).
pub(crate) const FALLBACK_MAX_WORDS: u32 = 50;

/// The run of prose that stands in for a nearly empty reading must carry at
/// least this many plain words in blocks of [`SHORT_BLOCK_WORDS`] or more,
/// and the reading's kept words must be under [`FALLBACK_MAX_SHARE`] of
/// them. Measured over every set with 30/40/60 words and shares
/// 0.1/0.15/0.3 (kept under 50/100/200 words): a share of 0.3 or a cap of
/// 100 words replaces short true content with longer chrome on WCXB dev
/// (two pages); 40 words and 0.15 change two pages of 4,408, both from
/// empty to most of their truth.
pub(crate) const FALLBACK_MIN_RUN_WORDS: u32 = 40;

/// See [`FALLBACK_MIN_RUN_WORDS`].
pub(crate) const FALLBACK_MAX_SHARE: f32 = 0.15;

/// A block with a link density above this, and [`FALLBACK_BREAK_WORDS`]
/// words or more, ends a run of prose: a menu, a list of links.
pub(crate) const FALLBACK_BREAK_LINK_DENSITY: f32 = 0.5;

/// See [`FALLBACK_BREAK_LINK_DENSITY`].
pub(crate) const FALLBACK_BREAK_WORDS: u32 = 3;

/// Of a run's blocks, those with a link density up to this count as its
/// prose when it is weighed.
pub(crate) const FALLBACK_PROSE_LINK_DENSITY: f32 = 0.25;

/// A kept block of at least this many words that repeats an earlier kept
/// block is dropped. Measured over 4/8/20: 8 (AEB +0.0015, WCXB +0.003);
/// 4 drops repeated short list items that are content.
pub(crate) const REPEAT_MIN_WORDS: u32 = 8;

/// Class/id name parts that mark navigation, widgets and other boilerplate.
/// Matched as substrings of the lowercased `class` and `id` values, so
/// `postComments` and `share-bar` both hit. Only words of five letters or
/// more, so that a substring cannot hit an unrelated word by accident.
/// Drawn from the vocabulary of page templates (WordPress, Drupal, news CMS
/// themes, forum software's poster panels: `userExtras`, `userBanner`,
/// `userTitle`; WordPress's `media-credit` for photo credits: AEB +0.0003;
/// `gallery` and `slideshow` for photo galleries inside a story, whose
/// captions are not its text: AEB 0.9677 -> 0.9699, WCXB +0.0006, though
/// one product page loses its feature gallery; `carousel` was measured too
/// and rejected, WCXB -0.0010, since carousels also hold product cards;
/// `caption` for captions outside `<figure>` (`wp-caption-text`,
/// `imageEmbedCaption`): AEB 0.9699 -> 0.9718, WCXB flat, once "caption" as a
/// type style (`wt-text-caption`, `caption-s`) says nothing)
/// and Readability's published candidate patterns, not from the benchmark
/// pages.
pub(crate) const NEGATIVE_SUBSTRINGS: &[&str] = &[
    "advert",
    "breadcrumb",
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "promo",
    "newsletter",
    "subscri",
    "signup",
    "login",
    "footer",
    "sidebar",
    "navbar",
    "navigation",
    "pagination",
    "pager",
    "popup",
    "modal",
    "sponsor",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "masthead",
    "toolbar",
    "disqus",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "offscreen",
    "upsell",
    "overlay",
    "dropdown",
    "offcanvas",
    "tagcloud",
    "tag-list",
    "taglist",
    "byline",
    "author-bio",
    "authorbio",
    "about-author",
    "more-stories",
    "morestories",
    "read-next",
    "readnext",
    "skip-link",
    "skiplink",
    "reviews",
    "disclaimer",
    "signature",
    "credit",
    "gallery",
    "slideshow",
    "caption",
    "userextras",
    "user-extras",
    "userstats",
    "user-stats",
    "userbanner",
    "user-banner",
    "usertitle",
    "user-title",
];

/// Of [`NEGATIVE_SUBSTRINGS`], those that name what is never a page's
/// content: an element under one is chosen as the main container only when
/// nothing else on the page carries any weight. Consent dialogs hold long
/// plain paragraphs that can outweigh a listing of links. Words such as
/// `modal`, `popup` or `login` are not here: they also name states of
/// content containers (`modal-enabled` on an article).
pub(crate) const NEVER_CONTENT_SUBSTRINGS: &[&str] = &["cookie", "consent", "gdpr"];

/// Of [`NEGATIVE_SUBSTRINGS`], those that mark comments: boilerplate under
/// an article, but the content of a thread. `reviews` (customer reviews
/// under a product) is plural on purpose: the singular also names
/// editorial reviews (`product-review-card`), which are the content;
/// measured, the singular cost articles 0.0034 for product's 0.020, the
/// plural costs them 0.0005 for 0.015.
pub(crate) const COMMENT_SUBSTRINGS: &[&str] = &["comment", "disqus", "reviews"];

/// Class or id substrings (ASCII case ignored) of a widget that lists the
/// site's latest comments, each under another page's title (`<li
/// class="recentcomments">`, `wp-block-latest-comments`): boilerplate, and
/// not the page's comments.
pub(crate) const COMMENT_WIDGET_SUBSTRINGS: &[&str] = &[
    "recentcomment",
    "recent-comment",
    "recent_comment",
    "latestcomment",
    "latest-comment",
    "latest_comment",
];

/// Class or id parts with which blog platforms label a post's wrapper
/// with its taxonomy, the value after them (`tag-social-media`,
/// `entry-category-advertising`): on a post wrapper, a boilerplate word in
/// the value is the writer's tag, not the element's role.
pub(crate) const TAXONOMY_PARTS: &[&str] = &["tag", "tags", "category", "categories"];

/// Class or id parts (split on anything not a letter or digit, ASCII case
/// ignored) that name a comment section's reply form: its labels and
/// notices are not comments, nor is the preview of the comment being
/// written, the form's error box or its notice that a comment was sent
/// (`comment-complete`: Dragnet, comments on, 55 pages up and 1 down). Whole parts, not substrings:
/// `format_text` holds a comment's text on a common blogging platform.
pub(crate) const FORM_PARTS: &[&str] = &[
    "form",
    "commentform",
    "replyform",
    "respond",
    "login",
    "signin",
    "preview",
    "captcha",
    "error",
    "complete",
];

/// A block at a comment's start is part of its head (the author line,
/// "Jane says:", and the date) only when it has at most this many words.
pub(crate) const COMMENT_HEAD_MAX_WORDS: u32 = 16;

/// How many comment-marked elements up a comment looks for one of its own
/// shape (the comment a reply is nested in): a bound on the walk.
pub(crate) const COMMENT_NESTING_LOOKUP: usize = 8;

/// Comment-marked elements of one shape, none inside another marked
/// element, that are items wherever they sit: a template that wraps each
/// comment in its own table row or box has no siblings to repeat.
pub(crate) const COMMENT_SCATTERED_ITEMS: u32 = 3;

/// A scattered comment item says at least this many words outside links.
pub(crate) const COMMENT_ITEM_MIN_WORDS: u32 = 10;

/// A footer inside a comment's last block ("Posted by Ann on January 10,
/// 2008 5:58 PM") is one of its last this many lines.
pub(crate) const COMMENT_FOOTER_LINES: usize = 3;

/// A comment's head (author line, date line) is at most this many blocks.
pub(crate) const COMMENT_HEAD_MAX_BLOCKS: usize = 3;

/// An unmarked comment section's heading ("Comments", "Have your say")
/// opens one only after at least this many kept words: a count of comments
/// under a headline opens nothing.
pub(crate) const COMMENTS_HEADING_MIN_ARTICLE_WORDS: u32 = 50;

/// The section a comment heading opens is its element or an ancestor at
/// most this many levels up (a heading wrapped in a `<div>` or two beside
/// the comments), not the page around a table whose "Comments:" column
/// heads nothing.
pub(crate) const COMMENTS_HEADING_MAX_DEPTH: usize = 3;

/// A comment section's heading is a block of at most this many words
/// ("107 Responses to “…”" with a post's title after it): longer blocks
/// are not read.
pub(crate) const COMMENTS_HEADING_MAX_BLOCK_WORDS: u32 = 20;

/// A comment section's heading that runs on ("Comments are now closed for
/// this story") has at most this many words.
pub(crate) const COMMENTS_HEADING_MAX_WORDS: usize = 10;

/// Words that follow the name on a comment's author line, dropped from the
/// author: "Jane says:", "Bob wrote:", "Ann on March 3".
pub(crate) const COMMENT_VERBS: &[&str] = &["says", "said", "wrote", "writes", "on", "replied"];

/// Comments inside the main container are kept when the rest of the
/// container holds fewer plain words than this: the page is a thread (a
/// short post and its replies), not an article with comments under it.
/// Measured over 25/50/100/150: 50 is best on both datasets (150 cost AEB
/// 0.003, taking comments under short blog posts).
pub(crate) const THREAD_MAX_POST_WORDS: f32 = 50.0;

/// Class/id parts that mark boilerplate only as whole parts (split on
/// anything not a letter or digit), being too short for substring matching.
/// `foot`: a page's foot by its short name (`blq-foot`, Blogger's `foot
/// section`): Dragnet 24 pages, 23 up; WCXB 1 up; the rest untouched.
pub(crate) const NEGATIVE_PARTS: &[&str] = &[
    "author", "ad", "ads", "nav", "menu", "tags", "meta", "rss", "cta", "toc", "skip", "print",
    "topbar", "crumbs", "foot",
];

/// Class token prefixes that make a token describe the layout around an
/// element (`has-sidebar`, `with-sidebar`, `no-sidebar`, `without-ads`), so
/// that its hint words do not count for the element itself. BEM/WordPress
/// state-modifier convention; `hide-` for visibility utilities
/// (`hide-from-toc` on a documentation heading, `hide-for-print`: WCXB
/// documentation +0.0004). The hyphen stands for an underscore too
/// (`no_toc_section`).
pub(crate) const LAYOUT_MODIFIER_PREFIXES: &[&str] = &["has-", "with-", "no-", "without-", "hide-"];

/// An id of at least this many words is a heading's text made an anchor,
/// and hints nothing.
pub(crate) const SLUG_MIN_WORDS: usize = 5;

/// Suffixes of a class token that switch a part of the layout on or off
/// (`top-pagination-hidden`, `product-filtering-enabled`): the token says
/// how the wrapper shows a part, not what the wrapper is. `-none`: a setting
/// turned off (`product_slideshow_animation--none` on a shop's product
/// section, `d-print-none`): WCXB +0.39 in sum (4 pages: 0.42 to 0.91 and
/// 0.69 to 0.88 up; 0.88 to 0.73 and 0.95 to 0.81 down, a tooltip and a
/// video transcript that their truths leave out); AEB −0.001 (one page),
/// the WCEB sets unchanged. `-off` changed no page.
pub(crate) const LAYOUT_STATE_SUFFIXES: &[&str] = &["-hidden", "-enabled", "-disabled", "-none"];

/// Whole class tokens that hide an element with the CSS of every common
/// framework (Bootstrap, Tailwind, WordPress). Parts of longer tokens do not
/// count: Drupal's `field--label-hidden` hides the label, not the field.
pub(crate) const HIDDEN_TOKENS: &[&str] = &[
    "hidden",
    "hide",
    "d-none",
    "is-hidden",
    "invisible",
    "display-none",
];

/// Class/id parts that mark a main-content container. Used only to prefer a
/// container when the text statistics are close, never to keep a block.
pub(crate) const POSITIVE_PARTS: &[&str] = &[
    "article",
    "content",
    "entry",
    "post",
    "main",
    "body",
    "text",
    "story",
    "blog",
    "prose",
    "markdown",
    "articlebody",
    "post-content",
    "entry-content",
];

/// The longest name given for a hinted element (`Features::hint`), in
/// bytes: a class list of utility tokens runs to kilobytes.
pub(crate) const HINT_NAME_MAX_BYTES: usize = 120;

/// The ARIA roles of `<nav>`, `<aside>` and `<footer>`: landmarks that are
/// no part of the content around them, however much text they hold.
pub(crate) const LANDMARK_ROLES: &[&str] = &["navigation", "complementary", "contentinfo"];

/// `role` values that mark boilerplate landmarks (WAI-ARIA). Not `tablist`:
/// Bootstrap's accordion is a `tablist` that holds its panels, the answers
/// of a FAQ or a course's lessons (WCXB +0.14 in sum, 11 pages up, 5 down;
/// the other four sets unchanged); a row of tab buttons is short and
/// link-like and goes by its own features.
pub(crate) const NEGATIVE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "search",
    "toolbar",
];

/// Width of a wrapped line for text density, in characters: boilerpipe's
/// value (Kohlschütter et al. 2010, "Boilerplate detection using shallow
/// text features").
pub(crate) const WRAP_WIDTH: usize = 80;

/// A block whose share of words inside links is above this is link-dense:
/// navigation, teasers, tag lists. boilerpipe's decision tree splits at
/// 0.33 on link density; measured: 0.5 at first, then, with teasers,
/// records and repeats handled on their own, 0.4/0.5/0.6/0.65/0.7 gave
/// AEB 0.9636/0.9646/0.9653/0.9653/0.9654 and WCXB 0.8560/0.8568/0.8573/
/// 0.8574/0.8571: 0.6.
pub(crate) const MAX_LINK_DENSITY: f32 = 0.6;

/// [`Favor::Precision`](crate::Favor::Precision): inside the container, a
/// block is dropped from this link density (instead of
/// [`MAX_LINK_DENSITY`]), no siblings join and nothing outside is kept.
pub(crate) const PRECISION_MAX_LINK_DENSITY: f32 = 0.3;

/// [`Favor::Precision`](crate::Favor::Precision): blocks of fewer words
/// than this, headings aside, are dropped (bylines, dates, button labels).
pub(crate) const PRECISION_MIN_WORDS: u32 = 5;

/// [`Favor::Recall`](crate::Favor::Recall): inside the container, a block is
/// dropped only from this link density, and outside it a plain block of
/// [`RECALL_OUTSIDE_MIN_WORDS`] words is kept.
pub(crate) const RECALL_MAX_LINK_DENSITY: f32 = 0.8;

/// See [`RECALL_MAX_LINK_DENSITY`].
pub(crate) const RECALL_OUTSIDE_MIN_WORDS: u32 = 15;

/// How much a word inside a link costs a candidate container, against one
/// for a word of plain text. Measured.
pub(crate) const LINK_WORD_COST: f32 = 1.0;

/// Blocks shorter than this (in words) count only half for a container's
/// score: menus and button rows are many short blocks. boilerpipe's
/// short-text threshold is 10 words; measured.
pub(crate) const SHORT_BLOCK_WORDS: u32 = 10;

/// Bonus factor on a container's score when its tag, role or class marks it
/// as the main content (`<article>`, `<main>`, `class="post-content"`).
/// Measured.
pub(crate) const POSITIVE_CONTAINER_BONUS: f32 = 0.25;

/// Cost per word of text under a boilerplate class/id, for a candidate
/// container that contains it. Measured.
pub(crate) const HINTED_WORD_COST: f32 = 0.5;

/// A boilerplate hint inside the main container is believed only when the
/// hinted element holds less than this share of the container's weight: a
/// "boilerplate" element that carries most of the content is a naming
/// accident (`class="widget-text"`), not boilerplate. Measured.
pub(crate) const MAX_HINTED_SHARE: f32 = 0.5;

/// When the best container is itself under a boilerplate hint (a footer,
/// a menu) and holds fewer plain words than this, the page has no main
/// content: a section front or a login wall. Measured.
pub(crate) const NO_CONTENT_MAX_WORDS: f32 = 30.0;

/// When the main container chosen with every linked word counted as a link
/// holds fewer plain words than this, the page is taken for a listing or
/// collection, whose content is cards wrapped whole in links, and the
/// container is chosen again with card text counted as text. Measured over
/// 60/100/150/300: 100 is the largest that leaves AEB untouched.
pub(crate) const LISTING_MAX_PLAIN_WORDS: f32 = 100.0;

/// A container with fewer plain words than this, inside an element whose
/// cards (blocks wrapped whole in a link) hold more than
/// [`CARDS_MIN_RATIO`] times as many words, is the introduction of a page
/// of cards (a service overview, a category page): the container is chosen
/// again with card text counted as text. Measured over 150/200/250/300/400
/// (with the ratio at 3): WCXB word F1 +0.0010/+0.0013/+0.0013/+0.0012/
/// +0.0010 (listing 0.682 → 0.689); AEB untouched at every one. Without
/// this cap a news story in a river of teaser cards is lost to them (AEB
/// −0.0023).
pub(crate) const CARDS_MAX_PLAIN_WORDS: f32 = 250.0;

/// See [`CARDS_MAX_PLAIN_WORDS`]. Measured over 2/3/4 (cap 250): WCXB
/// word F1 +0.0011/+0.0013/+0.0004.
pub(crate) const CARDS_MIN_RATIO: f32 = 3.0;

/// Siblings of one shape that make a run of records (see
/// `classify::records`). Three: two are a pair (a figure and its caption,
/// previous and next), three are a list.
pub(crate) const MIN_RECORDS: usize = 3;

/// Words outside links that make an element a candidate record. Measured
/// over 1/2/3/5: 1 is best on WCXB (collection and listing cards carry a
/// price or a date and little else), AEB unchanged.
pub(crate) const RECORD_MIN_PLAIN_WORDS: u32 = 1;

/// The least share of a candidate record's words outside links. Measured
/// over 0/0.05/0.1/0.2: without a floor a category list with post counts
/// became records on an AEB page (−0.0015); 0.1 and above cost WCXB.
pub(crate) const RECORD_MIN_PLAIN_SHARE: f32 = 0.05;

/// Teasers inside the main container are boilerplate when the container
/// chosen without them holds more than this many times their plain words;
/// otherwise they are the page's own list. Measured over
/// 0.25/0.5/1/2: 0.5 (AEB +0.004, WCXB level); 1 and 2 give back AEB.
pub(crate) const TEASER_MAX_RATIO: f32 = 0.5;

/// Kept headlines (headings all link) in a row, nothing kept between them,
/// that make a list of other pages' titles inside the container. Measured
/// over 2/3/4: 3 (AEB 0.9718 -> 0.9723, WCXB flat; 2 takes pairs of
/// headings that are content on WCXB, -0.0002).
pub(crate) const HEADLINE_RUN_MIN: usize = 3;

/// Words a linked heading needs to count in such a run: a story's title, not
/// the name of a category or a person in a directory. Measured over
/// 1/4/5/7: 4 (1 cost WCXB documentation and collection pages their
/// directories of linked names).
pub(crate) const HEADLINE_MIN_WORDS: u32 = 4;

/// Words in a heading, all linked, that make a record a teaser.
pub(crate) const TEASER_MIN_TITLE_WORDS: u32 = 2;

/// The most words a teaser holds: a title and a summary, not a section.
/// Measured over 50/80/120/150: 120.
pub(crate) const TEASER_MAX_WORDS: u32 = 120;

/// Words in all that make an element a candidate record. Measured over
/// 4/6/8: 4.
pub(crate) const RECORD_MIN_WORDS: u32 = 4;

/// An element is chosen as the main container over the best element inside
/// it only when its summed weight is larger by this share: a wrapper that
/// adds a sidebar's few blurbs, a "Key points" box or a byline to the story
/// is not the story. Measured (AEB shingle F1 / WCXB word F1): 0 gives
/// 0.9730 / 0.8644; 0.05 0.9746 / 0.8654; 0.07 0.9746 / 0.8659; 0.1
/// 0.9750 / 0.8657; 0.15 0.9756 / 0.8647; 0.2 0.9756 / 0.8635. It costs
/// threads whose first post dwarfs the replies (forum 0.8084 to 0.8058 at
/// 0.1): their replies add less than the share.
pub(crate) const ENCLOSING_MIN_GAIN: f32 = 0.1;

/// The page's `<main>` element (or `role="main"`) around the chosen
/// container is the container when it holds this many times the chosen
/// one's plain words (see `classify::container`): a landing page's bands
/// beside the one the weights chose. Measured on all five sets (word F1 in
/// sum over the pages that changed), with any positive weight: at 1.0 WCXB −2.85 and AEB −0.68 (a
/// story's `<main>` holds its teasers too); 1.25 WCXB +0.29, Dragnet
/// +0.80; 1.5 WCXB +0.84, Dragnet +0.42; 2.0 WCXB +0.01; 3.0 WCXB −0.20.
/// CleanEval and L3S-GN1 (pages older than `<main>`) never change.
pub(crate) const LANDMARK_MIN_PLAIN_RATIO: f32 = 1.5;

/// ... and when its blocks' summed weight is above this share of the
/// chosen container's: what the landmark adds is not mostly boilerplate.
/// 0.25 against 0 (any positive weight): WCXB +0.92 against +0.84 (a
/// preprint's abstract page whose `<main>` adds its citation table and
/// browse menus).
pub(crate) const LANDMARK_MIN_WEIGHT_SHARE: f32 = 0.25;

/// Class or id substrings of a heading that names a section of other
/// pages: the records after such a heading are that section (see
/// `drop_records_after_hinted_heading`).
pub(crate) const RELATED_SUBSTRINGS: &[&str] = &["related", "recommend", "also", "similar"];

/// A sibling of the main container joins it when its summed block weight is
/// at least this share of the container's (Readability joins siblings
/// scoring over a fifth of the top candidate's score). Measured 0.05 to
/// 0.4: flat between 0.1 and 0.2.
pub(crate) const SIBLING_MIN_SHARE: f32 = 0.2;

/// Siblings join from this many levels: the container's own, its parent's
/// and its grandparent's. Measured over 1/2/3/4/6: 3 (WCXB +0.0024, AEB
/// -0.001: one AEB page takes a photo credit beside its article).
pub(crate) const SIBLING_LEVELS: usize = 3;

/// Outside the main container, a block is kept when it has at least this
/// many words, no links to speak of and no boilerplate hint. Measured over
/// 30/40/60/80/120/never after record and teaser handling: 60 (AEB 0.9555
/// -> 0.9577, WCXB level); 30 and 40 keep teaser summaries and promos.
pub(crate) const OUTSIDE_MIN_WORDS: u32 = 60;

/// A permalink mark or back-reference (`segment::elements::is_permalink_mark`)
/// has at most this many characters besides spaces: `¶`, `§`, `#`, `🔗`,
/// `↩︎` (an arrow and its emoji selector).
pub(crate) const PERMALINK_MAX_CHARS: usize = 3;

/// How many ancestors of a block the tag path in its features names.
pub(crate) const TAG_PATH_DEPTH: usize = 6;

/// A block's tag path is cut to this many bytes, and its class and id
/// names to [`CLASS_ID_MAX_BYTES`]: every block carries a copy of its
/// ancestors', so a page that nests a 20 KB class name over ten thousand
/// paragraphs would otherwise cost 200 MB. On the 4,408 benchmark pages
/// (708,581 blocks) the longest tag path is 111 bytes and the longest
/// class/id string 5,193 bytes; 327 blocks' strings pass 1 KiB. Cutting
/// them changes no decision (the strings are looked at for two words,
/// `related` and `date`).
pub(crate) const TAG_PATH_MAX_BYTES: usize = 256;

/// See [`TAG_PATH_MAX_BYTES`].
pub(crate) const CLASS_ID_MAX_BYTES: usize = 1024;

/// A kept heading of at most this many words, not a link, over a section
/// whose blocks were all dropped is dropped too (the title of a dropped
/// "Related posts" list). Longer headings are text in their own right (a
/// forum post's title, a paragraph set as a heading). Measured over
/// 4/6/8/12 against no limit: WCXB word F1 +0.0001/+0.0001/+0.0001/0.0000
/// (no limit: −0.0008, forum −0.008), AEB +0.0002/+0.0003/+0.0005/+0.0005;
/// must-not-contain snippets leaked 0.067 → 0.063 at 8.
pub(crate) const EMPTY_SECTION_MAX_WORDS: u32 = 8;

/// Experimental.
pub(crate) const BUTTON_MIN_WORDS: usize = 6;

/// A paragraph of at most this many words, naming a year, most of whose
/// words are numbers or short abbreviations, is a date line (the page's
/// "Published … / Updated …"). Measured over 7/10/12/16: AEB F1
/// +0.0003/+0.0015/+0.0015/+0.0015, WCXB word F1 0.0000/+0.0001/0.0000/
/// −0.0001.
pub(crate) const DATELINE_MAX_WORDS: usize = 10;

/// A page's own date lines are dropped when the container holds at most
/// this many; more are the dates of a thread's posts or a listing's items,
/// and stay. Measured over 1/2/3: AEB F1 0.9673/0.9677/0.9677, WCXB level.
/// Dropping every date line cost listings and forums 0.0005; excepting
/// threads and records instead kept the dates of pages built from layout
/// blocks (Drupal's `section.block`).
pub(crate) const DATELINE_MAX_PER_PAGE: usize = 2;

/// At most this many `<meta>` and microdata properties are noted per page
/// (a page of ten thousand `<meta>` tags is hostile, not informative).
pub(crate) const MAX_METAS: usize = 512;

/// JSON-LD scripts are read until their text comes to this many bytes.
pub(crate) const MAX_JSON_LD_BYTES: usize = 1 << 20;

/// At most this many `<time datetime>` values are noted per page.
pub(crate) const MAX_TIMES: usize = 16;

/// A microdata property's text (`itemprop="author"` on a byline) is read up
/// to about this many bytes.
pub(crate) const MAX_META_CHARS: usize = 300;

/// An item's name (`itemprop="name"` inside `itemprop="author"
/// itemscope`) is looked for among this many nodes inside it: enough for
/// a user box, bounded so that an item around a whole post costs little.
pub(crate) const ITEM_NAME_MAX_NODES: usize = 64;

/// At most this many tags are kept.
pub(crate) const MAX_TAGS: usize = 32;

/// A byline ("By Ann Smith and Bo Lee") or an author's name is at most
/// this many words; a longer text under an `author` class is a bio.
pub(crate) const BYLINE_MAX_WORDS: u32 = 8;

/// A line that opens with "By" (or a date and "by") may run to this many
/// words with the name's tails ("Posted by Ann Lee on Friday December 19,
/// 2025 @08:00PM from the jobs dept."); the name itself is still at most
/// [`BYLINE_MAX_WORDS`]. Measured on WCXB dev with the glued and labelled
/// forms: author 0.780 -> 0.800 at 20.
pub(crate) const BYLINE_BLOCK_MAX_WORDS: u32 = 20;

/// A declared author that is one word with digits ("user3080392") is a
/// handle when it has at most this many characters.
pub(crate) const HANDLE_MAX_CHARS: usize = 40;

/// A date is looked for only in a text of at most this many bytes.
pub(crate) const MAX_DATE_CHARS: usize = 200;

/// A page's visible date is looked for in the blocks from this many
/// before its first `<h1>` to [`DATE_BLOCKS_AFTER_TITLE`] after it, in
/// blocks of at most [`DATE_BLOCK_MAX_WORDS`] words.
pub(crate) const DATE_BLOCKS_BEFORE_TITLE: usize = 3;
/// See [`DATE_BLOCKS_BEFORE_TITLE`].
pub(crate) const DATE_BLOCKS_AFTER_TITLE: usize = 40;

/// An `<h1>` that no declared title holds is still the headline when it
/// has this many words or more ...
pub(crate) const TITLE_H1_MIN_WORDS: usize = 2;
/// ... and at least this share of them are in the declared titles (the
/// `<title>`, `og:title`, the structured headline): the same headline
/// reworded for search results ("How Machine Learning Personalizes
/// Shopping" beside "Using Machine Learning To Personalize Shopping").
pub(crate) const TITLE_H1_MIN_SHARED: f32 = 0.5;
/// See [`DATE_BLOCKS_BEFORE_TITLE`].
pub(crate) const DATE_BLOCK_MAX_WORDS: u32 = 30;

/// A date shown near the headline that overrules structured data stamped
/// with one day for both publication and change stands in a block of at
/// most this many words. Measured on WCXB dev: 6 gives 8 up / 0 down; any
/// length (the blocks `visible_date` reads) 8 up / 2 down (a sentence's
/// date, a version number in a title).
pub(crate) const SHOWN_DATE_MAX_WORDS: u32 = 6;

/// `class`, `id` and `style` values are read up to this many bytes: the
/// walk reads them for every element, and the parser copies an unclosed
/// formatting element, attributes and all, into each later paragraph, so
/// one long value would be read again in each (six reopened elements with
/// 100 KB values over 2 MB of paragraphs: 4.1 s at a 4 KiB cap, 1.0 s at
/// this one, the time growing with the cap). On the 4,408
/// benchmark pages the cut shows only in the features of blocks under long
/// class lists (16 WCXB pages' JSON); no label, text or metadata changes.
pub(crate) const ATTRIBUTE_MAX_BYTES: usize = 1024;

/// A formatting element (`<b>`, `<i>`, `<font>`...) keeps the attributes
/// nothing reads through the prescan, because the parser compares them,
/// unless it has more than this many: the parser copies an unclosed one,
/// attributes and all, into every later paragraph (a `<b>` with a thousand
/// attributes over 20,000 paragraphs: 177 KB, 800 MB and 1.9 s). The
/// comparison then sees two such elements as equal where their unread
/// attributes differ; no benchmark page has a formatting element with more
/// than this many attributes.
pub(crate) const FORMATTING_UNREAD_MAX: usize = 32;

/// A link whose `href` is longer than this many bytes is read as text,
/// and an image whose source is longer is left out: real targets are far
/// shorter (the longest on the 4,408 benchmark pages is 2,011 bytes, an
/// ad's tracking URL), and each is written out again wherever the renderers
/// write its link, so this bounds what a link costs the output.
pub(crate) const MAX_TARGET_BYTES: usize = 4096;

/// At most this many spans (emphasis, links, cells) are kept per block: a
/// row of ten thousand cells renders as text after the first ones.
pub(crate) const MAX_SPANS_PER_BLOCK: usize = 4096;

/// At most this many images wait for a block with text (see
/// `segment::PendingImage`): a gallery of thousands without captions keeps
/// its first ones.
pub(crate) const MAX_PENDING_IMAGES: usize = 16;

/// The most panel ids the walk notes from disclosure triggers
/// (`aria-controls` on a button, link or tab, or beside `aria-expanded`):
/// memory stays bounded on a page of a million triggers.
pub(crate) const MAX_DISCLOSED_IDS: usize = 4096;

/// The most ids one trigger names, and the longest id, in bytes, that is
/// noted or looked up: a link the parser reopens in every paragraph
/// carries its attributes into each copy, and a megabyte-long id hashed in
/// each would make the walk quadratic. Real ids are short.
pub(crate) const MAX_IDS_PER_TRIGGER: usize = 16;
pub(crate) const MAX_ID_BYTES: usize = 256;

/// An image's alternative text is cut after this many characters.
pub(crate) const MAX_ALT_CHARS: usize = 300;

/// Page type from structure (`metadata::structural_type`), for pages whose
/// structured data names none; each measured on WCXB dev's seven types.
/// A shop's page: this many elements whose class or id names a price (or
/// any add-to-cart button, or price microdata).
pub(crate) const SHOP_PRICE_ELEMENTS: u32 = 2;

/// A shop's page with this many prices in its text is a collection (a
/// product grid), with fewer one product.
pub(crate) const COLLECTION_MIN_PRICES: usize = 12;

/// Documentation: this many `<code>` elements, or this many `<pre>`.
pub(crate) const DOCS_MIN_CODE: u32 = 20;
pub(crate) const DOCS_MIN_PRE: u32 = 3;

/// A thread: this many elements whose class or id names a user or avatar,
/// or this many naming a reply.
pub(crate) const FORUM_MIN_USER_ELEMENTS: u32 = 5;
pub(crate) const FORUM_MIN_REPLY_ELEMENTS: u32 = 3;

/// A listing: at least this share of the kept words are in links.
pub(crate) const LISTING_MIN_LINK_SHARE: f32 = 0.12;

/// An article: its kept paragraphs average at least this many words (a
/// service's page is headings over short blurbs).
pub(crate) const ARTICLE_MIN_PARAGRAPH_WORDS: f32 = 21.0;

/// Script source shown as text (see `text::script`): a block of at least
/// this many words, with a brace, and more than
/// [`SCRIPT_MARKS_PER_WORD`] marks of script syntax per word. Measured on
/// all five sets over 0.1/0.2: both change the same five L3S-GN1 pages
/// (2008 pages whose scripts spill into the text; word F1 +0.04 to +0.28
/// each), 0.1 also one WCXB documentation page by −0.003; nothing else.
pub(crate) const SCRIPT_MIN_WORDS: u32 = 8;

/// See [`SCRIPT_MIN_WORDS`].
pub(crate) const SCRIPT_MARKS_PER_WORD: f32 = 0.2;

/// How far after the word `function` a parameter list and a body's brace
/// are looked for.
pub(crate) const SCRIPT_FUNCTION_LOOKAHEAD: usize = 120;

/// A main container inside a sidebar gives way to the best element outside
/// every boilerplate hint that is marked as content and holds at least this
/// many plain words (see `classify::container`). Measured on all five sets
/// at 20 and 40 words, and without the mark as content: at 20 it changes
/// eight Dragnet pages (short blog posts beside a longer "about me" box or
/// text widget: word F1 0.06 to 0.86 and the like) and nothing else; at 40
/// fewer of them; without the mark it also costs AEB (a story under a layout
/// class named for its sidebar).
pub(crate) const SIDEBAR_RIVAL_MIN_WORDS: f32 = 20.0;

/// A byline's "by" is looked for among its first this many words and the
/// one after ("Written By:", "Recipe by", "Guide by").
pub(crate) const BYLINE_PREFIX_WORDS: usize = 2;

/// Words that start the role after a byline's name ("Senior Autos
/// Reporter", "Writer, Hardware", "Former Deputy Tech Editor"): the name
/// ends before the first of them (after its first two words), or at a
/// comma whose tail holds one.
pub(crate) const BYLINE_ROLE_WORDS: &[&str] = &[
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "columnist",
    "contributor",
    "journalist",
    "producer",
    "staff",
    "senior",
    "former",
    "deputy",
    "contributing",
    "freelance",
    "associate",
    "managing",
    "executive",
    "founder",
    "director",
    "manager",
];

/// A role is cut from a byline only after a name of at most this many
/// words (see [`BYLINE_ROLE_WORDS`]).
pub(crate) const BYLINE_NAME_MAX_WORDS: usize = 4;
