//! The fuzz targets' checks (`tests/fuzz/check.rs`) with the regular
//! test runner, no nightly toolchain needed: every input the fuzzers found
//! (`tests/fuzz/regressions/<target>/`), every corpus page, and random inputs.

#[path = "fuzz/case.rs"]
mod case;
#[path = "fuzz/check.rs"]
mod check;
#[path = "fuzz/grammar.rs"]
mod grammar;

use std::path::Path;

/// A fuzz target's check.
type Check = fn(&[u8]);

/// Every target's check, by the target's name.
const TARGETS: &[(&str, Check)] = &[
    ("extract_bytes", check::extract_bytes),
    ("text", check::text),
    ("markdown", check::markdown),
    ("html", check::html),
    #[cfg(feature = "serde")]
    ("json", check::json),
];

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn inputs_the_fuzzers_found_pass_every_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let mut replayed = 0;
    for dir in files(&root) {
        for input in files(&dir) {
            let bytes = std::fs::read(&input).unwrap();
            // Through every target, not only the one that found it.
            for (name, check) in TARGETS {
                eprintln!("{name}: {}", input.display());
                check(&bytes);
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 2,
        "tests/fuzz/regressions holds the fuzzers' finds"
    );
}

#[test]
fn corpus_pages_pass_every_check_with_every_setting() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for dir in files(&root) {
        let Ok(page) = std::fs::read(dir.join("input.html")) else {
            continue;
        };
        // The two bytes of settings `case` reads from the end: links,
        // images, each favour, a base URL, small limits, hints, and each
        // page URL (128 and up).
        for settings in [0u8, 1, 2, 3, 4, 8, 16, 19, 35, 64, 83]
            .into_iter()
            .chain(128..140)
        {
            let mut data = page.clone();
            data.extend([settings, settings.wrapping_mul(7)]);
            for (_, check) in TARGETS {
                check(&data);
            }
        }
    }
}

/// xorshift64*, so that failures reproduce.
fn next(x: &mut u64) -> u64 {
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

#[test]
fn random_markup_passes_every_check() {
    const PIECES: &[&[u8]] = &[
        b"<p>", b"</p>", b"<div class=content>", b"</div>", b"<a href=/x>", b"</a>",
        b"<img src=i.jpg alt=pic>", b"<figure>", b"<figcaption>", b"<table><tr><td>",
        b"<ul><li>", b"<ol start=3><li>", b"<pre><code class=language-rs>", b"</code></pre>",
        b"<h2>", b"</h2>", b"<blockquote>", b"<script>", b"</script>", b"<style>x{}</style>",
        b"<svg><title>t</title></svg>", b"<nav>", b"<footer>", b"<!-- c -->", b"<br>",
        b"<meta charset=shift_jis>", b"<title>T</title>", b"&amp;", b"&#x0;", b"\0",
        b"\xFF\xFE", b"\xE2\x80\x99", b"word ", b"a longer sentence of several words. ",
        b"<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[{\"name\":\"A\"}]]}</script>",
        b"<time datetime=2020-01-02>", b"<em>", b"</em>", b"<code>", b"`*_[]#", b"<select>",
        b"<math><mi>x</mi></math>", b"<template>", b"<noscript>", b"<button>", b"<frameset>",
        // Undeclared legacy text, for the charset guess.
        b"\xC3\xEE\xF0\xEE\xE4 ", b"\x82\xA0\x82\xA2\x81\x40", b"\xC4\xE3\xBA\xC3", b"\xA3",
        b"<base href=\"//h/\">",
    ];
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..600 {
        let len = (next(&mut x) % 300) as usize;
        let mut data: Vec<u8> = Vec::new();
        for _ in 0..len {
            data.extend_from_slice(PIECES[(next(&mut x) % PIECES.len() as u64) as usize]);
        }
        data.extend((next(&mut x) as u16).to_le_bytes());
        for (_, check) in TARGETS {
            check(&data);
        }
    }
}
