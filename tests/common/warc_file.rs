//! WARC files written by the tests themselves from the corpus pages: each
//! page a `response` record (its target URI `https://corpus.example/<case>/`),
//! among the records a crawl also holds (an info record, requests, an
//! image, a redirect).

/// A WARC/1.1 record of type `kind` with `block` as its content.
pub fn record(kind: &str, id: usize, uri: &str, block: &[u8]) -> Vec<u8> {
    let content_type = match kind {
        "response" => "application/http; msgtype=response",
        "request" => "application/http; msgtype=request",
        _ => "application/warc-fields",
    };
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{id:012}>\r\n\
         WARC-Date: 2026-12-05T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An HTTP/1.1 response: `status`, `content_type`, `body`.
pub fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    h.extend_from_slice(body);
    h
}

/// The corpus pages, sorted by case: (URL, bytes).
pub fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .expect("corpus/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.join("input.html").is_file())
        .collect();
    cases.sort();
    cases
        .iter()
        .map(|case| {
            let name = case.file_name().unwrap().to_string_lossy();
            let bytes = std::fs::read(case.join("input.html")).expect("a corpus page");
            (format!("https://corpus.example/{name}/"), bytes)
        })
        .collect()
}

/// The records of a crawl of `pages`: a `warcinfo` first, then for each
/// page its request and its response, and after every tenth page an image
/// and a redirect, which are not pages.
pub fn crawl(pages: &[(String, Vec<u8>)]) -> Vec<Vec<u8>> {
    let mut records = vec![record("warcinfo", 0, "", b"software: deboiler tests\r\n")];
    let mut id = 1;
    let mut next_id = || {
        id += 1;
        id
    };
    for (i, (url, bytes)) in pages.iter().enumerate() {
        let request = b"GET / HTTP/1.1\r\nHost: corpus.example\r\n\r\n";
        records.push(record("request", next_id(), url, request));
        records.push(record(
            "response",
            next_id(),
            url,
            &http("200 OK", "text/html", bytes),
        ));
        if i % 10 == 9 {
            records.push(record(
                "response",
                next_id(),
                &format!("{url}logo.png"),
                &http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            ));
            records.push(record(
                "response",
                next_id(),
                &format!("{url}old"),
                &http("301 Moved Permanently", "text/html", b"<a href=/>moved</a>"),
            ));
        }
    }
    records
}
