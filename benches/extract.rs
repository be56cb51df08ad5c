//! Extraction cost as a ratio to html5ever's parse alone, over fixed pages
//! from `corpus/` of three sizes, in one run:
//!
//! - `parse`: html5ever into markup5ever_rcdom, nothing else (the floor);
//! - `extract`: deboiler's whole pipeline from bytes (decode, parse, walk,
//!   classify, render);
//! - `dom_smoothie`: the same pages through dom_smoothie (a Rust port of
//!   Mozilla's Readability) with its default settings, the peer to beat.
//!
//! Every group reports `Throughput::Bytes`, so criterion prints MB/s side by
//! side: `extract` MB/s divided by `parse` MB/s is the share of the parser's
//! speed that deboiler keeps, and divided by `dom_smoothie` MB/s how many
//! times faster than the peer it is.
//!
//! With `DEBOILER_BENCH_PAGES=DIR` (a directory of `*.html`, such as the
//! unpacked AEB pages of `../shared/bench`), both groups also get a `pages`
//! input: every page of DIR once per iteration, the real-page figure.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use html5ever::tendril::TendrilSink;

const INPUTS: &[(&str, &str)] = &[
    ("small", "news_share_register_teasers"),
    ("medium", "long_forum_thread"),
    ("large", "long_article_heavy_chrome"),
];

fn load() -> Vec<(&'static str, Vec<u8>)> {
    INPUTS
        .iter()
        .map(|(size, case)| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("corpus")
                .join(case)
                .join("input.html");
            (
                *size,
                std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            )
        })
        .collect()
}

/// The pages of `DEBOILER_BENCH_PAGES`, if set.
fn load_pages() -> Vec<Vec<u8>> {
    let Some(dir) = std::env::var_os("DEBOILER_BENCH_PAGES") else {
        return Vec::new();
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("DEBOILER_BENCH_PAGES: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).expect("page is readable"))
        .collect()
}

fn parse_only(html: &str) -> markup5ever_rcdom::RcDom {
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html)
}

/// dom_smoothie's whole extraction: parse, score, clean, serialise.
fn dom_smoothie(html: &str) -> Option<dom_smoothie::Article> {
    dom_smoothie::Readability::new(html, None, None)
        .and_then(|mut r| r.parse())
        .ok()
}

fn bench(c: &mut Criterion) {
    let inputs = load();
    let extractor = deboiler::Extractor::default();
    bench_pages(c, &extractor);

    // One group per contender, each over every input: parse and
    // dom_smoothie get the text, deboiler the bytes (it decodes them).
    for name in ["parse", "extract", "dom_smoothie"] {
        let mut group = c.benchmark_group(name);
        for (size, bytes) in &inputs {
            let html = std::str::from_utf8(bytes).expect("corpus bench pages are UTF-8");
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_function(BenchmarkId::from_parameter(size), |b| match name {
                "parse" => b.iter(|| parse_only(black_box(html))),
                "extract" => b.iter(|| {
                    extractor
                        .extract_bytes(black_box(bytes), None)
                        .expect("bench pages extract")
                }),
                _ => b.iter(|| dom_smoothie(black_box(html))),
            });
        }
        group.finish();
    }
}

fn bench_pages(c: &mut Criterion, extractor: &deboiler::Extractor) {
    let pages = load_pages();
    if pages.is_empty() {
        return;
    }
    let total: usize = pages.iter().map(Vec::len).sum();
    // Pages are served as bytes; parse alone gets them as UTF-8 text (lossy,
    // as a browser would), extraction decodes them itself.
    let texts: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    for name in ["parse", "extract", "dom_smoothie"] {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        group.throughput(Throughput::Bytes(total as u64));
        group.bench_function("pages", |b| {
            b.iter(|| match name {
                "parse" => texts.iter().for_each(|t| drop(black_box(parse_only(t)))),
                "extract" => pages.iter().for_each(|p| {
                    black_box(extractor.extract_bytes(p, None).ok());
                }),
                _ => texts.iter().for_each(|t| drop(black_box(dom_smoothie(t)))),
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
