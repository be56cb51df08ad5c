//! Web archives in: the HTML pages of a WARC file (feature `warc`).
//!
//! [`WarcReader`] reads WARC/1.0 and WARC/1.1, plain or compressed (gzip,
//! zstd, lz4: detected from the first bytes) with FastWARC's reader (the
//! `fastwarc` crate, the Rust core of resiliparse, which Common Crawl's
//! users already run). It yields one [`WarcPage`] per `response` record
//! whose HTTP payload is an HTML page with a 2xx status, with the record's
//! target URI, id and date and the charset of its HTTP `Content-Type`.
//! Every other record is skipped and counted in [`WarcStats`]; a record cut
//! short or malformed is counted too, never fatal. Nothing of the reader's
//! own types is in this module's public signatures.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

use fastwarc::warc::header::WarcHeader;
use fastwarc::warc::iter::{ArchiveIteratorOptions, ArchiveIteratorThreadSafe};
use fastwarc::warc::record::{AutoDecode, SharedWarcRecord, WarcRecord, WarcRecordType};

use crate::config::{DEFAULT_MAX_INPUT_BYTES, Page};
use crate::error::Error;

/// How far into a payload without a declared `Content-Type` markup is
/// looked for (see [`looks_like_html`]).
const SNIFF_BYTES: usize = 1024;

/// The `Content-Type`s read as HTML.
const HTML_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

/// One HTML page of a WARC file: the HTTP payload of a `response` record,
/// transfer and content encodings undone.
///
/// # Example
///
/// ```
/// use deboiler::warc::WarcReader;
///
/// let html = "<article><p>The harbour reopened on Monday after a week of storms, \
///             and the ferries ran on time again.</p></article>";
/// let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
/// let warc = format!(
///     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
///      WARC-Date: 2026-12-05T00:00:00Z\r\nWARC-Target-URI: https://news.example/harbour\r\n\
///      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
///     http.len()
/// );
/// let extractor = deboiler::Extractor::default();
/// let mut reader = WarcReader::from_bytes(warc.into_bytes());
/// let page = reader.next().expect("one page");
/// assert_eq!(page.url(), Some("https://news.example/harbour"));
/// let doc = extractor.extract_page(page.body(), &page.page())?;
/// assert!(doc.text().starts_with("The harbour reopened"));
/// assert_eq!(reader.stats().pages, 1);
/// # Ok::<(), deboiler::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcPage {
    url: Option<String>,
    record_id: Option<String>,
    date: Option<String>,
    charset: Option<String>,
    offset: u64,
    body: Vec<u8>,
}

impl WarcPage {
    /// The record's `WARC-Target-URI`, angle brackets removed (WARC/1.0
    /// writers put them around it).
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The record's `WARC-Record-ID` (`<urn:uuid:…>`).
    #[must_use]
    pub fn record_id(&self) -> Option<&str> {
        self.record_id.as_deref()
    }

    /// The record's `WARC-Date`, as written (ISO 8601, UTC: when the page
    /// was fetched).
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// The charset of the HTTP `Content-Type` header, when the server
    /// declared one.
    #[must_use]
    pub fn charset(&self) -> Option<&str> {
        self.charset.as_deref()
    }

    /// Where the record starts in the uncompressed stream, in bytes.
    #[must_use]
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The HTTP payload: the page's bytes.
    #[must_use]
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The page's bytes, owned.
    #[must_use]
    pub fn into_body(self) -> Vec<u8> {
        self.body
    }

    /// What the record says of the page, for
    /// [`Extractor::extract_page`](crate::Extractor::extract_page): its URL
    /// (when it is absolute and can be a base; a crawler's odd target URI
    /// is left out rather than failing the page) and its HTTP charset.
    #[must_use]
    pub fn page(&self) -> Page<'_> {
        let mut page = Page::new();
        if let Some(url) = self
            .url
            .as_deref()
            .filter(|url| crate::link::parse_base(url).is_some())
        {
            page = page.url(url);
        }
        if let Some(charset) = &self.charset {
            page = page.charset(charset);
        }
        page
    }
}

/// What a [`WarcReader`] has read so far: every record counted once, under
/// `pages` or under the reason it was skipped.
///
/// # Example
///
/// ```
/// let mut reader = deboiler::warc::WarcReader::from_bytes(b"not a WARC file".to_vec());
/// assert!(reader.next().is_none());
/// assert_eq!(reader.stats().malformed, 1);
/// assert!(reader.stats().stopped.is_some());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcStats {
    /// Records read, pages and skipped ones alike.
    pub records: u64,
    /// HTML pages yielded.
    pub pages: u64,
    /// Records of another type than `response` (`request`, `metadata`,
    /// `warcinfo`, `revisit`...), or a response without an HTTP message.
    pub not_response: u64,
    /// Responses whose payload is not HTML (an image, a PDF, JSON...).
    pub not_html: u64,
    /// Responses with a status outside 2xx (redirects, errors).
    pub not_ok: u64,
    /// Payloads over the reader's limit
    /// ([`WarcReader::max_payload_bytes`]), skipped without being read
    /// into memory.
    pub too_large: u64,
    /// Records whose payload ends before its declared length: the file or
    /// a compressed member was cut short.
    pub truncated: u64,
    /// Records that cannot be read: a broken header, a payload whose
    /// encoding cannot be undone, bytes that are not WARC at all.
    pub malformed: u64,
    /// Why the reading stopped before the end of the input, when it did:
    /// after a broken record the stream cannot be resynchronised, so the
    /// rest is not read.
    pub stopped: Option<String>,
}

impl WarcStats {
    /// Records skipped, for any reason.
    #[must_use]
    pub fn skipped(&self) -> u64 {
        self.not_response
            + self.not_html
            + self.not_ok
            + self.too_large
            + self.truncated
            + self.malformed
    }
}

impl fmt::Display for WarcStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "records={} pages={} not_response={} not_html={} not_ok={} too_large={} truncated={} malformed={}",
            self.records,
            self.pages,
            self.not_response,
            self.not_html,
            self.not_ok,
            self.too_large,
            self.truncated,
            self.malformed
        )
    }
}

/// The HTML pages of a WARC file, in the order of its records.
///
/// An iterator of [`WarcPage`]s that never fails: what cannot be read is
/// counted in [`stats`](Self::stats), and a stream broken past repair ends
/// the iteration with the reason in [`WarcStats::stopped`]. Memory is one
/// record's payload at a time, at most
/// [`max_payload_bytes`](Self::max_payload_bytes).
///
/// `Send`: a reader can be moved to the thread that reads it.
///
/// # Example
///
/// ```no_run
/// use deboiler::warc::WarcReader;
///
/// let extractor = deboiler::Extractor::default();
/// let mut reader = WarcReader::open("crawl.warc.gz")?;
/// for page in &mut reader {
///     match extractor.extract_page(page.body(), &page.page()) {
///         Ok(doc) => println!("{}\t{}", page.url().unwrap_or("-"), doc.title().unwrap_or("")),
///         Err(e) => eprintln!("{}: {e}", page.url().unwrap_or("-")),
///     }
/// }
/// eprintln!("{}", reader.stats());
/// # Ok::<(), deboiler::Error>(())
/// ```
pub struct WarcReader {
    records: ArchiveIteratorThreadSafe,
    stats: WarcStats,
    max_payload_bytes: usize,
    /// Whether the input has any bytes: one that has some and gives no
    /// record is not a WARC file.
    has_bytes: bool,
    done: bool,
}

impl fmt::Debug for WarcReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WarcReader")
            .field("stats", &self.stats)
            .field("max_payload_bytes", &self.max_payload_bytes)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl WarcReader {
    /// Opens a WARC file, plain or compressed.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] if the file cannot be opened. Whatever is wrong inside
    /// it is counted in [`stats`](Self::stats) as it is read.
    pub fn open(path: impl AsRef<Path>) -> Result<WarcReader, Error> {
        let file = File::open(path)?;
        let has_bytes = file.metadata()?.len() > 0;
        Ok(WarcReader::new(
            BufReader::with_capacity(1 << 16, file),
            has_bytes,
        ))
    }

    /// Reads a WARC file held in memory, plain or compressed.
    #[must_use]
    pub fn from_bytes(bytes: Vec<u8>) -> WarcReader {
        let has_bytes = !bytes.is_empty();
        WarcReader::new(Cursor::new(bytes), has_bytes)
    }

    fn new(
        reader: impl fastwarc::stream_io::traits::IntoWarcReader,
        has_bytes: bool,
    ) -> WarcReader {
        let options = ArchiveIteratorOptions {
            // Payloads as the server meant them: chunks joined, gzip or
            // brotli bodies decoded (most archivers have done it already).
            decode_http_payload: AutoDecode::All,
            // LF-only header lines, as some writers make them, and bytes
            // between records passed over to the next `WARC/1.x` line.
            quirks_mode: true,
            ..ArchiveIteratorOptions::default()
        };
        WarcReader {
            records: ArchiveIteratorThreadSafe::with_options(reader, options),
            stats: WarcStats::default(),
            max_payload_bytes: DEFAULT_MAX_INPUT_BYTES,
            has_bytes,
            done: false,
        }
    }

    /// The longest payload read; a longer one is skipped (counted in
    /// [`WarcStats::too_large`]) without being read into memory.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`] (64 MiB),
    /// the extractor's own default limit.
    #[must_use]
    pub fn max_payload_bytes(mut self, limit: usize) -> WarcReader {
        self.max_payload_bytes = limit;
        self
    }

    /// What has been read so far.
    #[must_use]
    pub fn stats(&self) -> &WarcStats {
        &self.stats
    }

    /// Ends the reading after a broken stream, counting the record it
    /// broke in, with the reason.
    fn stop(&mut self, truncated: bool, reason: String) {
        self.done = true;
        if truncated {
            self.stats.truncated += 1;
        } else {
            self.stats.malformed += 1;
        }
        self.stats.records += 1;
        self.stats.stopped = Some(reason);
    }
}

impl Iterator for WarcReader {
    type Item = WarcPage;

    fn next(&mut self) -> Option<WarcPage> {
        while !self.done {
            let record = match self.records.next() {
                None => {
                    self.done = true;
                    if self.stats.records == 0 && self.has_bytes {
                        self.stop(
                            false,
                            "no WARC record in the input: it is not a WARC file".into(),
                        );
                    }
                    return None;
                }
                Some(Err(e)) => {
                    let truncated = e.kind() == io::ErrorKind::UnexpectedEof;
                    self.stop(
                        truncated,
                        if truncated {
                            format!("the input ends inside a record: {e}")
                        } else {
                            format!("a record cannot be read: {e}")
                        },
                    );
                    return None;
                }
                Some(Ok(record)) => record,
            };
            self.stats.records += 1;
            let limit = self.max_payload_bytes;
            match record.with_mut(|r| read_page(r, limit)) {
                Ok(page) => {
                    self.stats.pages += 1;
                    return Some(page);
                }
                Err(Skip::NotResponse) => self.stats.not_response += 1,
                Err(Skip::NotHtml) => self.stats.not_html += 1,
                Err(Skip::NotOk) => self.stats.not_ok += 1,
                Err(Skip::TooLarge) => self.stats.too_large += 1,
                Err(Skip::Truncated) => self.stats.truncated += 1,
                Err(Skip::Malformed) => self.stats.malformed += 1,
            }
        }
        None
    }
}

/// Why a record gave no page.
enum Skip {
    NotResponse,
    NotHtml,
    NotOk,
    TooLarge,
    Truncated,
    Malformed,
}

/// The page in `record`, or why there is none.
fn read_page(record: &mut WarcRecord, limit: usize) -> Result<WarcPage, Skip> {
    if record.record_type() != WarcRecordType::Response
        || !record.is_http()
        || !record.is_http_parsed()
    {
        return Err(Skip::NotResponse);
    }
    let http = record.http_headers().ok_or(Skip::NotResponse)?;
    // No status line: a broken header, or one cut short.
    let status = http.status_code().ok_or(Skip::Malformed)?;
    if !(200..300).contains(&status) {
        return Err(Skip::NotOk);
    }
    let declared_html = match record.http_content_type() {
        Some(t) if !t.is_empty() => Some(HTML_TYPES.iter().any(|h| t.eq_ignore_ascii_case(h))),
        _ => None,
    };
    if declared_html == Some(false) {
        return Err(Skip::NotHtml);
    }
    // The reader undoes these encodings; a payload without them is read as
    // it is, and its length is the one declared.
    let encoded = ["Transfer-Encoding", "Content-Encoding"]
        .iter()
        .any(|name| {
            http.get(name)
                .is_some_and(|v| !v.trim().eq_ignore_ascii_case("identity"))
        });
    let declared = record.content_length();
    // A decoded payload is bounded while it is read.
    if declared > limit as u64 {
        return Err(Skip::TooLarge);
    }
    let reader = record.reader_mut().ok_or(Skip::Malformed)?;
    let mut body = Vec::new();
    match reader.take(limit as u64 + 1).read_to_end(&mut body) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Err(Skip::Truncated),
        Err(_) => return Err(Skip::Malformed),
    }
    if body.len() > limit {
        return Err(Skip::TooLarge);
    }
    if !encoded && (body.len() as u64) < declared {
        return Err(Skip::Truncated);
    }
    if declared_html.is_none() && !looks_like_html(&body) {
        return Err(Skip::NotHtml);
    }
    let header = |name: WarcHeader| record.headers().get(name).map(Cow::into_owned);
    let url = header(WarcHeader::WarcTargetUri).map(|u| {
        let u = u.trim();
        u.strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .unwrap_or(u)
            .to_string()
    });
    Ok(WarcPage {
        url,
        record_id: header(WarcHeader::WarcRecordId),
        date: header(WarcHeader::WarcDate),
        charset: record.http_charset().map(Cow::into_owned),
        offset: record.stream_pos(),
        body,
    })
}

/// Whether a payload without a declared type starts as markup: after
/// whitespace and a byte order mark, `<!doctype html`, `<html`, `<head`,
/// `<body`, or a comment, within its first [`SNIFF_BYTES`].
fn looks_like_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(SNIFF_BYTES)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    ["<!doctype html", "<html", "<head", "<body", "<!--"]
        .iter()
        .any(|p| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

#[cfg(test)]
mod tests;
