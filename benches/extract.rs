//! Extraction cost as a ratio to html5ever's parse alone, over fixed pages
//! from `corpus/` of three sizes, in one run:
//!
//! - `parse`: html5ever into markup5ever_rcdom, nothing else (the floor);
//! - `extract`: deboiler's whole pipeline from bytes (decode, parse, walk,
//!   classify, render);
//! - `dom_smoothie`: the same pages through dom_smoothie (a Rust port of
//!   Mozilla's Readability) with its default settings, the peer to beat.
//!
//! - `stage/decode`, `stage/prescan`, `stage/parse`, `stage/walk`,
//!   `stage/classify`: deboiler's stages one at a time over the same
//!   inputs, each fed what the stage before it made (outside the timing);
//!   what `extract` costs beyond their sum is metadata, rendering and the
//!   drops.
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
                .join("../corpus")
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
    let named: Vec<(String, Vec<&[u8]>)> = inputs
        .iter()
        .map(|(size, bytes)| (size.to_string(), vec![bytes.as_slice()]))
        .collect();
    bench_stages(c, &named);
}

/// One group per stage of the pipeline, over each input (a list of pages
/// read as one), each stage fed what the stage before made, built outside
/// the timing.
fn bench_stages(c: &mut Criterion, inputs: &[(String, Vec<&[u8]>)]) {
    use deboiler::__stages as stage;
    let mut group = c.benchmark_group("stage");
    for (name, pages) in inputs {
        let total: usize = pages.iter().map(|p| p.len()).sum();
        group.throughput(Throughput::Bytes(total as u64));
        if pages.len() > 1 {
            group.sample_size(10);
        }
        let texts: Vec<String> = pages.iter().map(|p| stage::decode(p)).collect();
        let scanned: Vec<_> = texts.iter().map(|t| stage::prescan(t)).collect();
        let parsed: Vec<_> = scanned.iter().map(stage::parse).collect();
        let walked: Vec<_> = parsed.iter().map(stage::walk).collect();
        group.bench_function(BenchmarkId::new("decode", name), |b| {
            b.iter(|| pages.iter().for_each(|p| drop(black_box(stage::decode(p)))))
        });
        group.bench_function(BenchmarkId::new("prescan", name), |b| {
            b.iter(|| {
                texts
                    .iter()
                    .for_each(|t| drop(black_box(stage::prescan(t))))
            })
        });
        group.bench_function(BenchmarkId::new("parse", name), |b| {
            b.iter(|| {
                scanned
                    .iter()
                    .for_each(|s| drop(black_box(stage::parse(s))))
            })
        });
        group.bench_function(BenchmarkId::new("walk", name), |b| {
            b.iter(|| parsed.iter().for_each(|p| drop(black_box(stage::walk(p)))))
        });
        group.bench_function(BenchmarkId::new("classify", name), |b| {
            b.iter(|| {
                walked.iter().map(stage::classify).for_each(|n| {
                    black_box(n);
                })
            })
        });
    }
    group.finish();
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
    let all: Vec<&[u8]> = pages.iter().map(Vec::as_slice).collect();
    bench_stages(c, &[("pages".to_string(), all)]);
}

criterion_group!(benches, bench);
criterion_main!(benches);
