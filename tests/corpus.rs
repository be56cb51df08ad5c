//! The corpus: `corpus/<case>/input.html` with the exact expected text in
//! `expected.txt`, and where a case has them the exact metadata in
//! `expected.meta.json`, and markdown, HTML and JSON (links and images on,
//! against [`BASE_URL`]) in `expected.md`, `expected.html` and
//! `expected.json`; and with comments on, the text in
//! `expected.comments.txt` and `Document::comments` in
//! `expected.comments.json`. With the `serde` feature every case also checks that
//! `Document::to_json` has the field set the JSON pins are written with.
//! One test per case, named after it, so `cargo test --test corpus
//! forum_thread` runs one and a failure names it.
//! `BLESS=1 cargo test --test corpus` rewrites the expected files; read the
//! `git diff` of every blessed change before committing it.

use std::path::{Path, PathBuf};

#[path = "common/document_json.rs"]
mod document_json;

fn case_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
}

fn run_case(name: &str) {
    let dir = case_dir(name);
    let input = std::fs::read(dir.join("input.html")).expect("input.html is readable");
    let doc = deboiler::Extractor::default()
        .extract_bytes(&input, None)
        .expect("corpus pages are within the limits");
    compare(name, &dir.join("expected.txt"), doc.text(), true);
    compare_comments(name, &dir, &input);
    // The other formats where the case pins them, with links and images
    // on and a base URL (the text is the same either way).
    let full = deboiler::Extractor::builder()
        .links(true)
        .images(true)
        .base_url(BASE_URL)
        .build()
        .expect("a valid setting")
        .extract_bytes(&input, None)
        .expect("corpus pages are within the limits");
    assert_eq!(
        full.text(),
        doc.text(),
        "{name}: links and images change the text"
    );
    compare(name, &dir.join("expected.md"), &full.to_markdown(), false);
    compare(name, &dir.join("expected.html"), &full.to_html(), false);
    compare(
        name,
        &dir.join("expected.meta.json"),
        &metadata_json(&doc),
        false,
    );
    let json = document_json::document_value(&full);
    compare(
        name,
        &dir.join("expected.json"),
        &serde_json::to_string_pretty(&json).expect("a JSON value serialises"),
        false,
    );
    // The library's own JSON has the same fields and values.
    #[cfg(feature = "serde")]
    {
        let own: serde_json::Value =
            serde_json::from_str(&full.to_json()).expect("to_json writes JSON");
        assert_eq!(
            own, json,
            "{name}: Document::to_json differs from the field set"
        );
    }
}

/// With comments on: the text after the main content, and the comments
/// themselves (which do not depend on the setting).
fn compare_comments(name: &str, dir: &Path, input: &[u8]) {
    let doc = deboiler::Extractor::builder()
        .comments(true)
        .build()
        .expect("a valid setting")
        .extract_bytes(input, None)
        .expect("corpus pages are within the limits");
    compare(name, &dir.join("expected.comments.txt"), doc.text(), false);
    let comments: Vec<serde_json::Value> = doc
        .comments()
        .iter()
        .map(|c| serde_json::json!({ "author": c.author, "date": c.date, "text": c.text }))
        .collect();
    compare(
        name,
        &dir.join("expected.comments.json"),
        &serde_json::to_string_pretty(&comments).expect("JSON of strings serialises"),
        false,
    );
}

/// The page's URL in the pinned markdown, HTML and JSON.
const BASE_URL: &str = "https://example.org/section/page.html";

/// The document's metadata as pretty JSON, one field a line.
fn metadata_json(doc: &deboiler::Document) -> String {
    let value = document_json::metadata_value(doc.metadata());
    serde_json::to_string_pretty(&value).expect("JSON of strings serialises")
}

/// Compares `actual` with the file at `path` (rewritten under `BLESS=1`);
/// a missing file fails only when `required`.
fn compare(name: &str, path: &Path, actual: &str, required: bool) {
    if std::env::var_os("BLESS").is_some() && (required || path.exists()) {
        std::fs::write(path, actual).expect("expected file is writable");
        return;
    }
    let expected = match std::fs::read_to_string(path) {
        Ok(expected) => expected,
        Err(_) if !required => return,
        Err(e) => panic!("{}: {e} (run with BLESS=1 to create it)", path.display()),
    };
    if actual != expected {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy())
            .unwrap_or_default();
        panic!(
            "{name}: output differs from {file}\n{}",
            line_diff(&expected, actual)
        );
    }
}

/// A minimal line diff: `-` lines only in the expected text, `+` lines only
/// in the actual one, from a longest common subsequence of lines.
fn line_diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&format!("  {}\n", a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        }
    }
    out
}

macro_rules! corpus {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run_case(stringify!($name));
            }
        )*

        const CASES: &[&str] = &[$(stringify!($name)),*];
    };
}

corpus! {
    article_author_box,
    article_figures_images,
    article_empty_section_headings,
    article_byline_tags,
    article_date_lines,
    article_photo_credit_class,
    article_photo_gallery,
    article_caption_class,
    article_headline_list,
    article_excerpt_ticker,
    article_wrapper_sidebar_blurbs,
    article_related_full_posts,
    service_faq_anchor_questions,
    article_printed_twice,
    article_sidebar_widgets,
    article_split_containers,
    article_teaser_rail,
    article_table_list_code_quote,
    arabic_article,
    blog_comments_threaded,
    blog_post_author_class,
    blog_post_taxonomy_classes,
    blog_with_comments,
    blog_sidebar_in_one_wrapper,
    body_class_mentions_sidebar,
    card_listing,
    collection_product_grid,
    breadcrumbs_pagination,
    chinese_article,
    cookie_banner_newsletter,
    deep_nesting,
    docs_code_tabs,
    docs_heading_backrefs,
    docs_markdown_structures,
    docs_sidebar_toc,
    docs_tailwind_variants,
    empty_body,
    figure_credit_line,
    footer_heavy_page,
    forum_post_signatures,
    forum_quote_expand_control,
    forum_poster_stats,
    form_labels_in_content,
    forum_thread,
    hidden_elements,
    inline_links_paragraphs,
    listing_behind_consent_banner,
    listing_data_table,
    listing_items_in_meta_blocks,
    listing_page,
    listing_teasers_title_links,
    long_article_heavy_chrome,
    long_forum_thread,
    meta_author_site_signed,
    meta_byline_beside_date,
    meta_byline_long_glued,
    meta_byline_only,
    meta_json_ld,
    meta_none,
    meta_opengraph_only,
    meta_byline_role_menu_labels,
    meta_charset_latin1,
    meta_date_glued_raw_json,
    meta_forum_starter_hidden_microdata,
    meta_title_blog_name_heading,
    meta_title_brand_from_host,
    meta_title_h1_reworded,
    news_comments_outweigh_story,
    news_unmarked_comments,
    news_share_register_teasers,
    no_main_content,
    noscript_content,
    noscript_iframe_self_closed,
    noscript_javascript_warning,
    preloader_hidden_body,
    press_release,
    product_customer_reviews,
    product_page,
    qa_page,
    react_streamed_segment,
    recipe_page,
    related_links_inside_article,
    russian_article,
    service_card_grid,
    service_faq_buttons,
    service_faq_hidden_answers,
    service_landing_main_bands,
    service_landing_sections,
    service_sections_in_bands,
    table_layout_old_site,
    thread_comment_replies,
    thread_in_bem_sidebar_layout,
    title_heading_og,
    utf8_bom,
    utf8_encoded_twice,
    windows1252_no_charset,
}

#[test]
fn every_corpus_directory_is_a_listed_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<String> = std::fs::read_dir(&root)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    let mut listed: Vec<String> = CASES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(dirs, listed, "add new corpus cases to the corpus! list");
}

#[test]
fn diff_marks_changed_lines() {
    assert_eq!(line_diff("a\nb\nc", "a\nx\nc"), "  a\n+ x\n- b\n  c\n");
}

/// The failure this crate exists to end (see the seed example): the story
/// survives whole and the promos, share list and teasers do not.
#[test]
fn news_page_keeps_every_paragraph_and_no_promo() {
    let input = std::fs::read(case_dir("news_share_register_teasers").join("input.html")).unwrap();
    let text = deboiler::Extractor::default()
        .extract_bytes(&input, None)
        .unwrap()
        .text()
        .to_string();
    for gone in [
        "Register",
        "Flipboard",
        "Reddit",
        "Pinterest",
        "Whatsapp",
        "Read more",
        "Library opening hours",
        "Subscribe",
    ] {
        assert!(!text.contains(gone), "{gone:?} leaked");
    }
    assert_eq!(
        text.split("\n\n").count(),
        6,
        "all six paragraphs of the story"
    );
    assert!(
        text.starts_with("The town council voted") && text.ends_with("while the road is closed.")
    );
}
