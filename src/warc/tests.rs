use std::io::Write;

use fastwarc::stream_io::gzip::GzipWriter;
use fastwarc::stream_io::zstd::ZstdWriter;

use super::*;

const STORY: &str = "<html><head><title>Harbour</title></head><body>\
    <nav><a href=/>Home</a> <a href=/news>News</a></nav>\
    <article><p>The harbour reopened on Monday after a week of storms, and the \
    ferries ran on time again for the first time this month.</p></article></body></html>";

/// A WARC record: `kind` its type, `block` its content block.
fn record(version: &str, kind: &str, id: u32, uri: &str, block: &[u8]) -> Vec<u8> {
    let content_type = match kind {
        "response" => "application/http; msgtype=response",
        "request" => "application/http; msgtype=request",
        _ => "application/warc-fields",
    };
    let mut r = format!(
        "WARC/{version}\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2026-12-05T00:00:{:02}Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        id % 60,
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An HTTP response with `headers` (lines without their CRLF) and `body`.
fn http(status: &str, headers: &[&str], body: &[u8]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {status}\r\n");
    for line in headers {
        h.push_str(line);
        h.push_str("\r\n");
    }
    h.push_str("\r\n");
    let mut h = h.into_bytes();
    h.extend_from_slice(body);
    h
}

fn html_response(id: u32, uri: &str, body: &str) -> Vec<u8> {
    record(
        "1.1",
        "response",
        id,
        uri,
        &http(
            "200 OK",
            &["Content-Type: text/html; charset=utf-8"],
            body.as_bytes(),
        ),
    )
}

/// Each record compressed as its own member, as crawlers write them.
fn members(records: &[Vec<u8>], compress: impl Fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    records.iter().flat_map(|r| compress(r)).collect()
}

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

fn read_all(bytes: Vec<u8>) -> (Vec<WarcPage>, WarcStats) {
    let mut reader = WarcReader::from_bytes(bytes);
    let pages: Vec<WarcPage> = reader.by_ref().collect();
    (pages, reader.stats().clone())
}

/// A small crawl: an info record, a request, two pages, an image, a
/// redirect, a metadata record.
fn crawl() -> Vec<Vec<u8>> {
    vec![
        record("1.1", "warcinfo", 1, "", b"software: test\r\n"),
        record(
            "1.1",
            "request",
            2,
            "https://news.example/harbour",
            b"GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ),
        html_response(3, "https://news.example/harbour", STORY),
        record(
            "1.1",
            "response",
            4,
            "https://news.example/logo.png",
            &http(
                "200 OK",
                &["Content-Type: image/png"],
                b"\x89PNG\r\n\x1a\n....",
            ),
        ),
        record(
            "1.1",
            "response",
            5,
            "https://news.example/old",
            &http(
                "301 Moved Permanently",
                &["Location: /harbour", "Content-Type: text/html"],
                b"<a href=/harbour>moved</a>",
            ),
        ),
        html_response(6, "https://news.example/second", STORY),
        record(
            "1.1",
            "metadata",
            7,
            "https://news.example/harbour",
            b"fetchTimeMs: 12\r\n",
        ),
    ]
}

#[test]
fn a_response_gives_its_page_with_the_record_fields() {
    let (pages, stats) = read_all(html_response(9, "https://news.example/harbour", STORY));
    assert_eq!(pages.len(), 1);
    let page = &pages[0];
    assert_eq!(page.url(), Some("https://news.example/harbour"));
    assert_eq!(page.record_id(), Some("<urn:uuid:9>"));
    assert_eq!(page.date(), Some("2026-12-05T00:00:09Z"));
    assert_eq!(page.charset(), Some("utf-8"));
    assert_eq!(page.offset(), 0);
    assert_eq!(page.body(), STORY.as_bytes());
    assert_eq!(stats.records, 1);
    assert_eq!(stats.pages, 1);
    assert_eq!(stats.skipped(), 0);
    assert_eq!(stats.stopped, None);

    let doc = crate::Extractor::default()
        .extract_page(page.body(), &page.page())
        .unwrap();
    assert!(
        doc.text().starts_with("The harbour reopened"),
        "{}",
        doc.text()
    );
    assert_eq!(doc.base_url(), Some("https://news.example/harbour"));
}

#[test]
fn every_other_record_is_skipped_and_counted() {
    let (pages, stats) = read_all(crawl().concat());
    let ids: Vec<_> = pages.iter().map(|p| p.record_id().unwrap()).collect();
    assert_eq!(ids, ["<urn:uuid:3>", "<urn:uuid:6>"]);
    assert_eq!(stats.records, 7);
    assert_eq!(stats.pages, 2);
    assert_eq!(stats.not_response, 3, "{stats:?}");
    assert_eq!(stats.not_html, 1, "{stats:?}");
    assert_eq!(stats.not_ok, 1, "{stats:?}");
    assert_eq!(stats.skipped(), 5);
    assert_eq!(stats.stopped, None);
    assert!(pages[1].offset() > pages[0].offset());
}

#[test]
fn gzip_and_zstd_members_read_as_the_plain_file() {
    let plain = read_all(crawl().concat());
    let gz = read_all(members(&crawl(), gzip));
    let zst = read_all(members(&crawl(), zstd));
    let whole_gz = read_all(gzip(&crawl().concat()));
    for (name, got) in [
        ("gzip", &gz),
        ("zstd", &zst),
        ("one gzip member", &whole_gz),
    ] {
        let bodies: Vec<_> = got.0.iter().map(WarcPage::body).collect();
        let want: Vec<_> = plain.0.iter().map(WarcPage::body).collect();
        assert_eq!(bodies, want, "{name}");
        assert_eq!(got.1, plain.1, "{name}");
    }
}

#[test]
fn warc_1_0_target_uris_lose_their_brackets() {
    let r = record(
        "1.0",
        "response",
        1,
        "<https://news.example/a>",
        &http("200 OK", &["Content-Type: text/html"], STORY.as_bytes()),
    );
    let (pages, _) = read_all(r);
    assert_eq!(pages[0].url(), Some("https://news.example/a"));
    assert_eq!(pages[0].charset(), None);
}

#[test]
fn a_payload_without_a_type_is_read_when_it_is_markup() {
    let untyped = |id, body: &[u8]| {
        record(
            "1.1",
            "response",
            id,
            "https://x.example/",
            &http("200 OK", &[], body),
        )
    };
    let file = [
        untyped(1, format!("\u{feff}  \n<!DOCTYPE html>{STORY}").as_bytes()),
        untyped(2, b"%PDF-1.7 binary"),
        untyped(3, b"{\"json\": true}"),
    ]
    .concat();
    let (pages, stats) = read_all(file);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].record_id(), Some("<urn:uuid:1>"));
    assert_eq!(stats.not_html, 2);
}

#[test]
fn encoded_payloads_are_decoded() {
    let chunked = http(
        "200 OK",
        &["Content-Type: text/html", "Transfer-Encoding: chunked"],
        format!("{:x}\r\n{STORY}\r\n0\r\n\r\n", STORY.len()).as_bytes(),
    );
    let zipped = http(
        "200 OK",
        &["Content-Type: text/html", "Content-Encoding: gzip"],
        &gzip(STORY.as_bytes()),
    );
    let file = [
        record("1.1", "response", 1, "https://x.example/1", &chunked),
        record("1.1", "response", 2, "https://x.example/2", &zipped),
    ]
    .concat();
    let (pages, stats) = read_all(file);
    assert_eq!(stats.pages, 2, "{stats:?}");
    for page in &pages {
        assert_eq!(page.body(), STORY.as_bytes(), "{:?}", page.record_id());
    }
}

#[test]
fn a_payload_over_the_limit_is_skipped() {
    let big = format!("<p>{}</p>", "word ".repeat(1000));
    let file = [
        html_response(1, "https://x.example/big", &big),
        html_response(2, "https://x.example/small", "<p>small page</p>"),
    ]
    .concat();
    let mut reader = WarcReader::from_bytes(file).max_payload_bytes(1000);
    let pages: Vec<_> = reader.by_ref().collect();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].url(), Some("https://x.example/small"));
    assert_eq!(reader.stats().too_large, 1);
}

#[test]
fn a_file_cut_short_keeps_the_pages_before_the_cut() {
    let records = crawl();
    let whole = records.concat();
    // The cut falls inside the second page's payload.
    let second = whole
        .windows(12)
        .rposition(|w| w == b"<urn:uuid:6>")
        .unwrap();
    let cut = second + 300;
    for (name, bytes) in [
        ("plain", whole[..cut].to_vec()),
        ("gzip", {
            // Into the sixth member, the second page's.
            let gz: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
            let at = gz[..5].iter().map(Vec::len).sum::<usize>() + gz[5].len() / 2;
            gz.concat()[..at].to_vec()
        }),
    ] {
        let (pages, stats) = read_all(bytes);
        assert_eq!(pages.len(), 1, "{name}: {stats:?}");
        assert_eq!(pages[0].record_id(), Some("<urn:uuid:3>"), "{name}");
        assert!(
            stats.truncated + stats.malformed >= 1,
            "{name}: the cut record is counted: {stats:?}"
        );
        assert_eq!(
            stats.records,
            stats.pages + stats.skipped(),
            "{name}: {stats:?}"
        );
    }
}

#[test]
fn bytes_that_are_not_warc_are_one_malformed_record() {
    for bytes in [
        b"<html><p>just a page</p></html>".to_vec(),
        b"\x1f\x8b\x08garbage that is not deflate".to_vec(),
        vec![0u8; 64],
    ] {
        let (pages, stats) = read_all(bytes.clone());
        assert!(pages.is_empty(), "{bytes:?}");
        assert_eq!(stats.records, stats.skipped(), "{stats:?}");
        assert!(stats.stopped.is_some(), "{bytes:?}: {stats:?}");
    }
    let (pages, stats) = read_all(Vec::new());
    assert!(pages.is_empty());
    assert_eq!(stats, WarcStats::default());
}

#[test]
fn a_missing_file_is_an_io_error() {
    let err = WarcReader::open("/nonexistent/deboiler/crawl.warc.gz").unwrap_err();
    assert!(matches!(err, Error::Io(_)), "{err:?}");
}

#[test]
fn odd_target_uris_are_left_out_of_the_page() {
    let (pages, _) = read_all(html_response(1, "dns:news.example", STORY));
    assert_eq!(pages[0].url(), Some("dns:news.example"));
    assert_eq!(pages[0].page(), Page::new().charset("utf-8"));
    let (pages, _) = read_all(html_response(1, "https://news.example/a", STORY));
    assert_eq!(
        pages[0].page(),
        Page::new().url("https://news.example/a").charset("utf-8")
    );
}

/// Mutated files (bytes flipped, cut, lengths lied about), plain,
/// gzipped and zstd-compressed: the reader never panics and every record is counted once.
#[test]
fn mutated_files_never_panic() {
    let plain = crawl().concat();
    let compressed = [members(&crawl(), gzip), members(&crawl(), zstd)];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for round in 0..600 {
        let mut bytes = match round % 3 {
            0 => plain.clone(),
            n => compressed[n - 1].clone(),
        };
        let flips = 1 + crate::xorshift(&mut state) % 8;
        for _ in 0..flips {
            let at = (crate::xorshift(&mut state) % bytes.len() as u64) as usize;
            bytes[at] = match crate::xorshift(&mut state) % 4 {
                0 => b'9',
                1 => b'\n',
                2 => 0xff,
                _ => (crate::xorshift(&mut state) % 256) as u8,
            };
        }
        if round % 4 == 0 {
            let keep = (crate::xorshift(&mut state) % bytes.len() as u64) as usize;
            bytes.truncate(keep);
        }
        let (pages, stats) = read_all(bytes);
        assert_eq!(stats.pages, pages.len() as u64);
        assert_eq!(stats.records, stats.pages + stats.skipped(), "{stats:?}");
    }
}
