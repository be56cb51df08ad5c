//! WARC in, JSON lines out: a crawl of the corpus pages written as a WARC
//! file (plain, gzip and zstd members) gives every page once, in record
//! order, with the same text as the library's `extract_page` on the same
//! bytes, through [`deboiler::warc::WarcReader`] and through the example
//! binary's `--warc --format jsonl`. Needs the `warc` feature.
#![cfg(feature = "warc")]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

use deboiler::warc::WarcReader;
use deboiler::{Extractor, Page};
use fastwarc::stream_io::gzip::GzipWriter;
use fastwarc::stream_io::zstd::ZstdWriter;

#[path = "common/warc_file.rs"]
mod warc_file;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut w = GzipWriter::new(Vec::new());
    w.write_all(bytes).unwrap();
    w.into_inner().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    let mut w = ZstdWriter::new(Vec::new());
    w.write_all(bytes).unwrap();
    w.into_inner().unwrap()
}

/// The text the library gives for a page fetched from `url`.
fn library_text(url: &str, bytes: &[u8]) -> String {
    Extractor::default()
        .extract_page(bytes, &Page::new().url(url))
        .expect("every corpus page extracts")
        .text()
        .to_string()
}

#[test]
fn the_reader_gives_every_page_of_a_crawl_in_order() {
    let pages = warc_file::corpus_pages();
    let records = warc_file::crawl(&pages);
    for (name, file) in [
        ("plain", records.concat()),
        ("gzip", records.iter().flat_map(|r| gzip(r)).collect()),
        ("zstd", records.iter().flat_map(|r| zstd(r)).collect()),
    ] {
        let mut reader = WarcReader::from_bytes(file);
        let read: Vec<_> = reader.by_ref().collect();
        assert_eq!(read.len(), pages.len(), "{name}: {}", reader.stats());
        for (page, (url, bytes)) in read.iter().zip(&pages) {
            assert_eq!(page.url(), Some(url.as_str()), "{name}");
            assert_eq!(page.body(), bytes.as_slice(), "{name}: {url}");
        }
        let stats = reader.stats();
        let extras = pages.len() as u64 / 10;
        assert_eq!(stats.records, records.len() as u64, "{name}");
        assert_eq!(
            stats.not_response,
            1 + pages.len() as u64,
            "{name}: {stats}"
        );
        assert_eq!(stats.not_html, extras, "{name}: {stats}");
        assert_eq!(stats.not_ok, extras, "{name}: {stats}");
        assert_eq!(stats.stopped, None, "{name}");
    }
}

/// The example binary, built now with the `warc` feature.
fn example_binary() -> PathBuf {
    let build = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--features",
            "warc",
            "--example",
            "extract",
        ])
        .args(["--message-format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let stdout = String::from_utf8_lossy(&build.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("\"executable\":") && l.contains("\"name\":\"extract\""))
        .expect("cargo reports the example's executable");
    let start = line.find("\"executable\":\"").unwrap() + "\"executable\":\"".len();
    let end = start + line[start..].find('"').unwrap();
    PathBuf::from(&line[start..end])
}

fn fresh_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("deboiler-warc-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_example_writes_one_json_line_per_page_with_the_library_text() {
    let pages = warc_file::corpus_pages();
    let records = warc_file::crawl(&pages);
    let dir = fresh_dir("jsonl");
    let warc = dir.join("crawl.warc.gz");
    std::fs::write(
        &warc,
        records.iter().flat_map(|r| gzip(r)).collect::<Vec<u8>>(),
    )
    .unwrap();
    let out = dir.join("out");
    let run = Command::new(example_binary())
        .args(["--warc", "--jobs", "2", "--out"])
        .arg(&out)
        .arg(&warc)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("pages={} ", pages.len())) && stderr.contains("truncated=0"),
        "{stderr}"
    );
    let lines = std::fs::read_to_string(out.join("crawl.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), pages.len());
    for (line, (url, bytes)) in lines.iter().zip(&pages) {
        assert_eq!(line["url"], url.as_str());
        assert!(
            line["record_id"]
                .as_str()
                .unwrap()
                .starts_with("<urn:uuid:")
        );
        assert_eq!(line["date"], "2026-12-05T00:00:00Z");
        assert_eq!(line["text"], library_text(url, bytes).as_str(), "{url}");
        assert!(line["metadata"].is_object(), "{url}");
    }

    // Markdown in the line instead, on standard output.
    let run = Command::new(example_binary())
        .args(["--warc", "--body", "markdown"])
        .arg(&warc)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&run.stdout);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let (url, bytes) = &pages[0];
    let doc = Extractor::default()
        .extract_page(bytes, &Page::new().url(url))
        .unwrap();
    assert_eq!(first["markdown"], doc.to_markdown().as_str());
    assert!(first.get("text").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_cut_file_and_a_missing_one_are_counted_not_fatal() {
    let pages = warc_file::corpus_pages();
    let records = warc_file::crawl(&pages[..5]);
    let dir = fresh_dir("cut");
    let whole = records.concat();
    let cut = dir.join("cut.warc");
    std::fs::write(&cut, &whole[..whole.len() - 500]).unwrap();
    let garbage = dir.join("garbage.warc");
    std::fs::write(&garbage, b"<html>not an archive</html>").unwrap();
    let run = Command::new(example_binary())
        .args(["--warc"])
        .arg(&cut)
        .arg(&garbage)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("pages=4 "), "{stderr}");
    assert!(stderr.contains("malformed=1"), "{stderr}");
    assert!(stderr.contains("not a WARC file"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&run.stdout).lines().count(), 4);

    let run = Command::new(example_binary())
        .args(["--warc"])
        .arg(dir.join("missing.warc.gz"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[path = "fuzz/warc_grammar.rs"]
mod warc_grammar;

/// The WARC fuzz target's check (`tests/fuzz/warc_grammar.rs`) on random
/// choices, with the regular test runner: files built record by record
/// from the grammar's good and broken forms, read and extracted without a
/// panic, every record counted once.
#[test]
fn warc_files_from_the_grammar_never_panic() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    // What the reader made of them, summed: the grammar reaches every
    // outcome, not one shape over and over.
    let mut seen = [0u64; 7];
    for _ in 0..3_000 {
        let len = 8 + (next() % 600) as usize;
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let s = warc_grammar::warc(&data);
        let counts = [
            s.pages,
            s.not_response,
            s.not_html,
            s.not_ok,
            s.too_large,
            s.truncated,
            s.malformed,
        ];
        for (total, n) in seen.iter_mut().zip(counts) {
            *total += n;
        }
    }
    eprintln!("pages, not_response, not_html, not_ok, too_large, truncated, malformed: {seen:?}");
    assert!(
        seen.iter().all(|&n| n > 0),
        "an outcome never reached: {seen:?}"
    );
    // Every input the WARC fuzzer found, replayed.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions/warc");
    if let Ok(dir) = std::fs::read_dir(root) {
        for entry in dir.flatten() {
            let _ = warc_grammar::warc(&std::fs::read(entry.path()).expect("a regression input"));
        }
    }
}
