//! The WARC fuzz target's check, aimed at the format's grammar (shared
//! with `tests/warc.rs`, which runs it on random inputs without nightly).
//!
//! The fuzzer's bytes choose a WARC file record by record from the forms a
//! crawl meets and the ones a broken writer makes: the version line, the
//! record type, the target URI, a `Content-Length` that is right, short,
//! long or not a number, LF-only lines; an HTTP status line, a
//! `Content-Type` with or without a charset, chunked transfer encoding with
//! chunk sizes that may lie, gzip, deflate or brotli bodies that may be
//! garbage; then the whole as plain records or gzip or zstd members, and a
//! cut anywhere. The reader must never panic, must count every record it
//! reads once, must give no payload over its limit, and every page it gives
//! must extract to a document or an error.

use std::io::Write;

use deboiler::Extractor;
use deboiler::warc::{WarcReader, WarcStats};
use fastwarc::stream_io::gzip::GzipWriter;
use fastwarc::stream_io::zstd::ZstdWriter;

/// The fuzzer's bytes, read as choices; past the end every choice is 0.
struct Choices<'a> {
    data: &'a [u8],
}

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&first, rest)) => {
                self.data = rest;
                first
            }
            None => 0,
        }
    }

    /// One of `options`: the first (the well-formed one) half the time,
    /// so that broken forms come among good records rather than ending
    /// every file at its first.
    fn pick<'t>(&mut self, options: &[&'t str]) -> &'t str {
        options[self.rare(options.len())]
    }

    /// 0 half the time, else 1 to `n - 1`.
    fn rare(&mut self, n: usize) -> usize {
        let b = usize::from(self.byte());
        if b < 128 || n < 2 { 0 } else { 1 + b % (n - 1) }
    }

    /// Up to `max` of the fuzzer's bytes as they are.
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let n = (usize::from(self.byte()) * 4).min(max).min(self.data.len());
        let (taken, rest) = self.data.split_at(n);
        self.data = rest;
        taken.to_vec()
    }
}

const VERSIONS: &[&str] = &["WARC/1.1", "WARC/1.0", "WARC/2.0", "warc/1.1", ""];
const TYPES: &[&str] = &[
    "response", "request", "warcinfo", "revisit", "resource", "metadata", "Response", "",
];
const URIS: &[&str] = &[
    "https://news.example/a",
    "<http://old.example/b>",
    " <https://x.example/ü> ",
    "",
    "not a url",
    "<>",
];
const STATUS: &[&str] = &[
    "HTTP/1.1 200 OK",
    "HTTP/1.0 204 No Content",
    "HTTP/1.1 301 Moved Permanently",
    "HTTP/2 200",
    "HTTP/1.1 99999999999999999999 X",
    "HTTP/1.1",
    "",
];
const TYPES_HTTP: &[&str] = &[
    "Content-Type: text/html\r\n",
    "Content-Type: text/html; charset=windows-1252\r\n",
    "Content-Type: TEXT/HTML;charset=\"utf-8\"\r\n",
    "Content-Type: text/html; charset=\r\n",
    "Content-Type: application/xhtml+xml\r\n",
    "Content-Type: image/png\r\n",
    "Content-Type: \r\n",
    "",
];
const PAGES: &[&str] = &[
    "<html><body><article><p>The harbour reopened on Monday after a week of storms.</p></article></body></html>",
    "<!doctype html><p>Short.</p>",
    "",
    "\u{feff}<html><head><meta charset=shift_jis></head><body>\u{3042}</body></html>",
];

/// One HTTP response: status line, headers, and the body encoded as the
/// headers say (or not, when the choice is to lie).
fn http(c: &mut Choices<'_>) -> Vec<u8> {
    let mut head = format!("{}\r\n{}", c.pick(STATUS), c.pick(TYPES_HTTP));
    let mut body = c.pick(PAGES).as_bytes().to_vec();
    body.extend(c.bytes(512));
    match c.rare(4) {
        1 => {
            head.push_str("Content-Encoding: gzip\r\n");
            if c.byte() < 128 {
                let mut w = GzipWriter::new(Vec::new());
                w.write_all(&body).expect("writing to memory");
                body = w.into_inner().expect("writing to memory");
            }
        }
        2 => head.push_str(c.pick(&[
            "Content-Encoding: identity\r\n",
            "Content-Encoding: br\r\n",
            "Content-Encoding: deflate\r\n",
            "Content-Encoding: x-unknown\r\n",
        ])),
        3 => {
            head.push_str("Transfer-Encoding: chunked\r\n");
            body = chunked(c, &body);
        }
        _ => {}
    }
    let mut block = head.into_bytes();
    block.extend_from_slice(b"\r\n");
    block.extend(body);
    block
}

/// `body` in chunks whose declared sizes may lie, with or without the last
/// chunk.
fn chunked(c: &mut Choices<'_>, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let n = (usize::from(c.byte()) + 1).min(rest.len());
        let declared = match c.rare(5) {
            1 => format!("{:x}", n + 5),
            2 => "zz".to_string(),
            3 => format!("{n:x};ext=1"),
            4 => "ffffffffffffffffffff".to_string(),
            _ => format!("{n:x}"),
        };
        out.extend_from_slice(declared.as_bytes());
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&rest[..n]);
        out.extend_from_slice(b"\r\n");
        rest = &rest[n..];
    }
    if c.rare(4) == 0 {
        out.extend_from_slice(b"0\r\n\r\n");
    }
    out
}

/// One WARC record.
fn record(c: &mut Choices<'_>, id: usize) -> Vec<u8> {
    let version = c.pick(VERSIONS);
    let kind = c.pick(TYPES);
    let uri = c.pick(URIS);
    let block = if c.rare(8) == 1 {
        c.bytes(256)
    } else {
        http(c)
    };
    let length = match c.rare(10) {
        1 => block.len().saturating_sub(7).to_string(),
        2 => (block.len() + 9).to_string(),
        3 => "abc".to_string(),
        4 => "-1".to_string(),
        5 => "99999999999999999999999".to_string(),
        _ => block.len().to_string(),
    };
    let mut head = format!(
        "{version}\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2026-12-05T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    );
    if c.rare(8) == 1 {
        head = head.replace("\r\n", "\n");
    }
    let mut r = head.into_bytes();
    r.extend(block);
    if c.rare(8) != 1 {
        r.extend_from_slice(b"\r\n\r\n");
    }
    r
}

/// A WARC file from the fuzzer's bytes, and the payload limit to read it
/// with.
pub fn warc_file(data: &[u8]) -> (Vec<u8>, usize) {
    let mut c = Choices { data };
    let limit = [64, 1_000, 1 << 20][usize::from(c.byte()) % 3];
    let count = 1 + usize::from(c.byte()) % 6;
    let compression = c.byte() % 4;
    let mut file = Vec::new();
    for id in 0..count {
        let r = record(&mut c, id);
        match compression {
            1 => {
                let mut w = GzipWriter::new(Vec::new());
                w.write_all(&r).expect("writing to memory");
                file.extend(w.into_inner().expect("writing to memory"));
            }
            2 => {
                let mut w = ZstdWriter::new(Vec::new());
                w.write_all(&r).expect("writing to memory");
                file.extend(w.into_inner().expect("writing to memory"));
            }
            _ => file.extend(r),
        }
    }
    if c.rare(4) == 1 && !file.is_empty() {
        let at = usize::from(c.byte()) * file.len() / 256;
        file.truncate(at);
    }
    (file, limit)
}

/// The check: read the whole file, extract every page; what the reader
/// counted.
pub fn warc(data: &[u8]) -> WarcStats {
    let (file, limit) = warc_file(data);
    let mut reader = WarcReader::from_bytes(file).max_payload_bytes(limit);
    let extractor = Extractor::default();
    let mut pages = 0u64;
    for page in reader.by_ref() {
        pages += 1;
        assert!(page.body().len() <= limit, "a payload over the limit");
        match extractor.extract_page(page.body(), &page.page()) {
            Ok(doc) => {
                let _ = doc.text().len();
            }
            Err(err) => assert!(!err.to_string().is_empty()),
        }
    }
    let stats = reader.stats();
    assert_eq!(stats.pages, pages, "{stats:?}");
    assert_eq!(stats.records, stats.pages + stats.skipped(), "{stats:?}");
    stats.clone()
}
