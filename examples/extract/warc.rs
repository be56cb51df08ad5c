//! `--warc`: every HTML page of WARC files, extracted on all workers and
//! written in input order, as JSON lines (`--format jsonl`) or rendered.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use deboiler::Extractor;
use deboiler::warc::{WarcPage, WarcReader, WarcStats};
use serde_json::json;

use crate::{Args, Format, on_workers};

/// Pages read ahead and extracted together: enough to keep every worker
/// busy, few enough that memory stays a batch of payloads.
const BATCH_PAGES: usize = 256;

/// A batch also ends at this many payload bytes.
const BATCH_BYTES: usize = 64 << 20;

/// One page's line, or the error that kept it from being extracted.
type Outcome = Result<String, String>;

/// Runs `--warc` over `args.paths`; 0 when every file could be opened,
/// 1 otherwise. Skipped records and pages that fail to extract are
/// counted in the summary line, not fatal: a crawl always has some.
pub fn run(extractor: &Extractor, args: &Args, jobs: usize) -> ExitCode {
    let mut total = WarcStats::default();
    let mut failed_files = 0usize;
    let mut failed_pages = 0usize;
    let mut bytes = 0usize;
    let mut docs = 0usize;
    // A count of pages, on a terminal: a WARC file's page count is not
    // known until it is read.
    let progress = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {pos} pages, {per_sec}") {
        progress.set_style(style);
    }
    let wall = Instant::now();
    for path in &args.paths {
        let reader = match WarcReader::open(path) {
            Ok(reader) => reader,
            Err(e) => {
                eprintln!("extract: {path}: {e}");
                failed_files += 1;
                continue;
            }
        };
        let mut sink = match Sink::new(args, Path::new(path)) {
            Ok(sink) => sink,
            Err(e) => {
                eprintln!("extract: {e}");
                failed_files += 1;
                continue;
            }
        };
        // One thread reads (and decompresses) the next batch while the
        // workers extract this one.
        let (batches, reader) = std::thread::scope(|scope| {
            let (send, batches) = std::sync::mpsc::sync_channel::<Vec<WarcPage>>(1);
            let reading = scope.spawn(move || {
                let mut reader = reader;
                loop {
                    let batch = next_batch(&mut reader);
                    if batch.is_empty() || send.send(batch).is_err() {
                        break;
                    }
                }
                reader
            });
            let mut written = Written::default();
            for batch in batches {
                let lines = on_workers(&batch, jobs, &progress, |page| {
                    extract_page(extractor, args, page)
                });
                for (page, line) in batch.iter().zip(lines) {
                    written.page(args, path, page, line, &mut sink);
                }
            }
            (written, reading.join())
        });
        docs += batches.docs;
        bytes += batches.bytes;
        failed_pages += batches.failed;
        if let Err(e) = sink.finish() {
            eprintln!("extract: {e}");
            failed_files += 1;
        }
        let Ok(reader) = reader else {
            eprintln!("extract: {path}: the WARC reader panicked (a bug: please report it)");
            failed_files += 1;
            continue;
        };
        let stats = reader.stats();
        if let Some(why) = &stats.stopped {
            eprintln!("extract: {path}: stopped early: {why}");
        }
        add(&mut total, stats);
    }
    progress.finish_and_clear();
    let s = wall.elapsed().as_secs_f64();
    let per = |x: f64| if s > 0.0 { x / s } else { 0.0 };
    eprintln!(
        "{total} docs={docs} failed={failed_pages} files_failed={failed_files} jobs={jobs} \
         seconds={s:.3} docs_per_s={:.1} MB_per_s={:.2}",
        per(docs as f64),
        per(bytes as f64 / 1e6),
    );
    if failed_files == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The pages of one file written so far.
#[derive(Default)]
struct Written {
    docs: usize,
    bytes: usize,
    failed: usize,
}

impl Written {
    /// Writes one page's outcome to `sink`: its line, or its error (on
    /// standard error, and as a line with `--format jsonl`).
    fn page(&mut self, args: &Args, path: &str, page: &WarcPage, line: Outcome, sink: &mut Sink) {
        match line {
            Ok(line) => {
                self.docs += 1;
                self.bytes += page.body().len();
                sink.write(page, &line);
            }
            Err(error) => {
                self.failed += 1;
                eprintln!("extract: {path}: {}: {error}", page.url().unwrap_or("-"));
                if args.format == Format::Jsonl {
                    sink.write(page, &error_line(page, &error));
                }
            }
        }
    }
}

/// The next pages of `reader`, up to a batch.
fn next_batch(reader: &mut WarcReader) -> Vec<WarcPage> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_PAGES && bytes < BATCH_BYTES {
        let Some(page) = reader.next() else { break };
        bytes += page.body().len();
        batch.push(page);
    }
    batch
}

/// The page extracted and rendered: its JSON line, or its rendering in
/// `--format`; a panic is caught and given as the page's error.
fn extract_page(extractor: &Extractor, args: &Args, page: &WarcPage) -> Outcome {
    let work = || -> Outcome {
        let doc = extractor
            .extract_page(page.body(), &page.page())
            .map_err(|e| e.to_string())?;
        let rendered = |format| match format {
            Format::Markdown => doc.to_markdown(),
            Format::Html => doc.to_html(),
            Format::Json => crate::to_json(&doc),
            Format::Text | Format::Jsonl => doc.text().to_string(),
        };
        Ok(match args.format {
            Format::Jsonl => {
                let mut line = record_fields(page);
                line["title"] = json!(doc.title());
                line[args.body.field()] = json!(rendered(args.body));
                line["metadata"] = crate::document_json::metadata_value(doc.metadata());
                line.to_string()
            }
            format => rendered(format),
        })
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
        .unwrap_or_else(|payload| Err(format!("panicked: {}", crate::panic_message(&*payload))))
}

/// The fields a line takes from the record itself.
fn record_fields(page: &WarcPage) -> serde_json::Value {
    json!({
        "url": page.url(),
        "record_id": page.record_id(),
        "date": page.date(),
        "offset": page.offset(),
    })
}

/// The line of a page that could not be extracted.
fn error_line(page: &WarcPage, error: &str) -> String {
    let mut line = record_fields(page);
    line["error"] = json!(error);
    line.to_string()
}

/// Adds one file's counts to the run's.
fn add(total: &mut WarcStats, one: &WarcStats) {
    total.records += one.records;
    total.pages += one.pages;
    total.not_response += one.not_response;
    total.not_html += one.not_html;
    total.not_ok += one.not_ok;
    total.too_large += one.too_large;
    total.truncated += one.truncated;
    total.malformed += one.malformed;
}

/// Where a WARC file's pages go: standard output, or with `--out DIR` one
/// file per WARC file (`DIR/<name>.jsonl`, `.txt`...), buffered. The first
/// write error is kept and reported by [`finish`](Sink::finish).
struct Sink {
    out: Box<dyn Write>,
    /// The file written, or `None` for standard output.
    target: Option<std::path::PathBuf>,
    jsonl: bool,
    error: Option<std::io::Error>,
}

impl Sink {
    fn new(args: &Args, warc: &Path) -> Result<Sink, String> {
        let jsonl = args.format == Format::Jsonl;
        let Some(dir) = &args.out else {
            return Ok(Sink {
                out: Box::new(std::io::BufWriter::new(std::io::stdout())),
                target: None,
                jsonl,
                error: None,
            });
        };
        // `crawl.warc.gz` writes `crawl.jsonl`.
        let name = warc.file_name().unwrap_or_default().to_string_lossy();
        let stem = name.split(".warc").next().unwrap_or(&name);
        let target = dir.join(format!("{stem}.{}", args.format.extension()));
        let file =
            std::fs::File::create(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        Ok(Sink {
            out: Box::new(std::io::BufWriter::new(file)),
            target: Some(target),
            jsonl,
            error: None,
        })
    }

    /// Writes one page: a JSON line as it is, another rendering under a
    /// `==> url <==` header.
    fn write(&mut self, page: &WarcPage, rendered: &str) {
        if self.error.is_some() {
            return;
        }
        let result = if self.jsonl {
            writeln!(self.out, "{rendered}")
        } else {
            writeln!(
                self.out,
                "==> {} <==\n{rendered}",
                page.url().unwrap_or("-")
            )
        };
        self.error = result.err();
    }

    fn finish(mut self) -> Result<(), String> {
        let name = match &self.target {
            Some(target) => target.display().to_string(),
            None => "standard output".into(),
        };
        match self.error.take().map_or_else(|| self.out.flush(), Err) {
            Ok(()) => Ok(()),
            Err(e) => Err(format!("{name}: {e}")),
        }
    }
}
