//! Extraction cost as a ratio to html5ever's parse alone, over fixed pages
//! from `corpus/` of three sizes, in one run:
//!
//! - `parse`: html5ever into markup5ever_rcdom, nothing else (the floor);
//! - `extract`: deboiler's whole pipeline from bytes (decode, parse, walk,
//!   classify, render).
//!
//! Both groups report `Throughput::Bytes`, so criterion prints MB/s side by
//! side: `extract` MB/s divided by `parse` MB/s is the share of the parser's
//! speed that deboiler keeps.

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

fn parse_only(html: &str) -> markup5ever_rcdom::RcDom {
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html)
}

fn bench(c: &mut Criterion) {
    let inputs = load();
    let extractor = deboiler::Extractor::default();

    let mut group = c.benchmark_group("parse");
    for (size, bytes) in &inputs {
        let html = std::str::from_utf8(bytes).expect("corpus bench pages are UTF-8");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), html, |b, html| {
            b.iter(|| parse_only(black_box(html)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("extract");
    for (size, bytes) in &inputs {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), bytes, |b, bytes| {
            b.iter(|| {
                extractor
                    .extract_bytes(black_box(bytes), None)
                    .expect("bench pages extract")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
