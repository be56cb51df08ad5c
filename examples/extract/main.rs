//! Runs deboiler on local HTML files.
//!
//! ```text
//! cargo run --release --example extract -- [--format text|markdown|html|json] [--links] [--images] [--comments] [--base-url URL] [--explain] [--out DIR] [--jobs N] [--max-seconds S] [--parse-baseline] PATH...
//! cargo run --release --features warc --example extract -- --warc [--format jsonl|text|markdown|html|json] [--body text|markdown|html] [--out DIR] [--jobs N] FILE.warc[.gz|.zst]...
//! ```
//!
//! PATH is an HTML file, a directory (every `*.html` in it) or `-` for
//! standard input. Without `--out` the result goes to standard output; with
//! `--out DIR` each input is written to `DIR/<file stem>.txt` (`.md`, `.html`, `.json`).
//! Inputs are extracted on `--jobs N` threads (default: one per core), and
//! reported and written in input order: the output is the same, byte for
//! byte, whatever the number. A run over 100 files or more shows a progress
//! bar on a terminal. A directory run ends with one summary line on
//! standard error: `docs`, `failed`, `jobs`, `seconds` (wall clock of the
//! extraction), `cpu_seconds` (summed over the workers), `docs_per_s` and
//! `MB_per_s` (both over the wall clock). With `--parse-baseline` the
//! inputs that were extracted are then parsed alone (html5ever into
//! markup5ever_rcdom, on as many threads), extracted again and parsed
//! again, and the line adds `parse_MB_per_s` (the faster parse) and
//! `ratio` (deboiler's faster extraction over the faster parse): what
//! extraction costs beside parsing, on real pages, from one run. Each
//! side gets a pass after the other's, so that neither alone pays for
//! the first touch of the heap.
//!
//! Each input is isolated: a file that cannot be read or extracted, whose
//! extraction panics (a bug: please report it) or takes longer than
//! `--max-seconds S`, is named on standard error with the reason and
//! counted in `failed=` (panics also in `panics=`), and every other input
//! is still written. The exit status is 0 when every input was extracted,
//! 1 when some failed, 2 for bad arguments.
//!
//! With `--warc` (built with the `warc` feature) each PATH is a WARC file,
//! plain or compressed: every HTML page of its `response` records is
//! extracted (its target URI as the page's URL, the HTTP charset as the
//! hint), on all workers, and written in the order of the records. With
//! `--format jsonl` (the default for `--warc`) each page is one JSON line:
//! `url`, `record_id`, `date` (the record's `WARC-Date`), `offset`,
//! `title`, `text` (or `markdown`, `html` with `--body`) and `metadata`; a
//! page that could not be extracted is a line with `error` instead. With
//! `--out DIR`, `crawl.warc.gz` is written to `DIR/crawl.jsonl`. The
//! summary line on standard error counts the records read, the pages, the
//! records skipped by reason (`not_response`, `not_html`, `not_ok`,
//! `too_large`, `truncated`, `malformed`) and the pages that failed;
//! skipped records and failed pages are normal in a crawl, so the exit
//! status is 1 only when a file could not be opened or written.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use deboiler::{Document, Extractor};

#[path = "../../tests/common/document_json.rs"]
mod document_json;

#[cfg(feature = "warc")]
mod warc;

const USAGE: &str = "usage: extract [--format text|markdown|html|json] [--links] [--images] [--comments] [--base-url URL] [--explain] [--out DIR] [--jobs N] [--max-seconds S] [--parse-baseline] PATH...\n\
    \x20      extract --warc [--format jsonl|text|markdown|html|json] [--body text|markdown|html] [...] FILE.warc[.gz|.zst]...\n\
    PATH: an HTML file, a directory of *.html files, or - for standard input";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
    /// One JSON line per page of a WARC file (`--warc`).
    Jsonl,
}

struct Args {
    format: Format,
    links: bool,
    images: bool,
    comments: bool,
    base_url: Option<String>,
    explain: bool,
    out: Option<PathBuf>,
    /// Worker threads; 0 for one per core.
    jobs: usize,
    /// Time html5ever's parse alone over the same inputs, too.
    parse_baseline: bool,
    /// The longest one input's extraction may take.
    max_seconds: Option<f64>,
    paths: Vec<String>,
    /// The paths are WARC files.
    warc: bool,
    /// What a JSON line carries as the page's content (`--body`).
    body: Format,
}

impl Format {
    /// The extension of the files `--out` writes.
    fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        }
    }

    /// The field of a JSON line that holds the content in this format.
    #[cfg_attr(not(feature = "warc"), allow(dead_code))]
    fn field(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            _ => "text",
        }
    }
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Text,
        links: false,
        images: false,
        comments: false,
        base_url: None,
        explain: false,
        out: None,
        jobs: 0,
        parse_baseline: false,
        max_seconds: None,
        paths: Vec::new(),
        warc: false,
        body: Format::Text,
    };
    let mut format_given = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => {
                format_given = true;
                args.format = match it.next().as_deref() {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some("jsonl") => Format::Jsonl,
                    Some("markdown" | "md") => Format::Markdown,
                    Some("html") => Format::Html,
                    Some(other) => {
                        return Err(format!(
                            "--format takes text, markdown, html, json or jsonl, not {other}"
                        ));
                    }
                    None => {
                        return Err("--format takes text, markdown, html, json or jsonl".into());
                    }
                }
            }
            "--body" => {
                args.body = match it.next().as_deref() {
                    Some("text") => Format::Text,
                    Some("markdown" | "md") => Format::Markdown,
                    Some("html") => Format::Html,
                    _ => return Err("--body takes text, markdown or html".into()),
                }
            }
            "--warc" => args.warc = true,
            "--explain" => args.explain = true,
            "--links" => args.links = true,
            "--images" => args.images = true,
            "--comments" => args.comments = true,
            "--base-url" => args.base_url = Some(it.next().ok_or("--base-url takes a URL")?),
            "--out" => args.out = Some(it.next().ok_or("--out takes a directory")?.into()),
            "--jobs" | "-j" => {
                args.jobs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--jobs takes a number of threads, 1 or more")?;
            }
            "--parse-baseline" => args.parse_baseline = true,
            "--max-seconds" => {
                args.max_seconds = Some(
                    it.next()
                        .and_then(|s| s.parse::<f64>().ok())
                        .filter(|s| s.is_finite() && *s > 0.0 && *s < 1e9)
                        .ok_or("--max-seconds takes a number of seconds, more than 0")?,
                );
            }
            "-h" | "--help" => return Err(String::new()),
            "-" => args.paths.push(a),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => args.paths.push(a),
        }
    }
    if args.paths.is_empty() {
        return Err("no PATH given".into());
    }
    if args.warc {
        if !format_given {
            args.format = Format::Jsonl;
        }
        if args.paths.iter().any(|p| p == "-") {
            return Err("--warc reads files, not standard input".into());
        }
        if args.explain || args.parse_baseline {
            return Err("--explain and --parse-baseline are for HTML files, not --warc".into());
        }
    } else if args.format == Format::Jsonl {
        return Err("--format jsonl is for --warc input".into());
    }
    Ok(args)
}

/// One input: its name (for messages and the output file) and its bytes.
struct Input {
    name: PathBuf,
    bytes: Vec<u8>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("extract: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(out) = &args.out
        && let Err(e) = std::fs::create_dir_all(out)
    {
        eprintln!("extract: cannot create {}: {e}", out.display());
        return ExitCode::from(2);
    }

    let mut failed = 0usize;
    let mut any_dir = false;
    let mut inputs = Vec::new();
    // Every file is read before the clock starts (WARC files are streamed).
    for p in args.paths.iter().filter(|_| !args.warc) {
        if p == "-" {
            let mut bytes = Vec::new();
            // One byte past the limit, so that the extractor reports it.
            let cap = deboiler::DEFAULT_MAX_INPUT_BYTES as u64 + 1;
            match std::io::stdin().take(cap).read_to_end(&mut bytes) {
                Ok(_) => inputs.push(Input {
                    name: "stdin".into(),
                    bytes,
                }),
                Err(e) => {
                    eprintln!("extract: standard input: {e}");
                    failed += 1;
                }
            }
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            any_dir = true;
            match html_files(path) {
                Ok(files) => {
                    for f in files {
                        read_input(&f, &mut inputs, &mut failed);
                    }
                }
                Err(e) => {
                    eprintln!("extract: {}: {e}", path.display());
                    failed += 1;
                }
            }
        } else {
            read_input(path, &mut inputs, &mut failed);
        }
    }

    let mut builder = Extractor::builder();
    builder
        .links(args.links)
        .images(args.images)
        .comments(args.comments);
    if let Some(base) = &args.base_url {
        builder.base_url(base.as_str());
    }
    if let Some(seconds) = args.max_seconds {
        builder.max_time(std::time::Duration::from_secs_f64(seconds));
    }
    let extractor = match builder.build() {
        Ok(extractor) => extractor,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    if args.warc {
        return run_warc(&extractor, &args);
    }
    let several = inputs.len() > 1;
    let jobs = match args.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(inputs.len().max(1));
    let wall = Instant::now();
    let results = on_workers(&inputs, jobs, &progress_for(inputs.len()), |input| {
        extract_one(&extractor, &args, input)
    });
    let wall = wall.elapsed();
    let mut docs = 0usize;
    let mut panics = 0usize;
    let mut bytes_total = 0usize;
    let mut busy = std::time::Duration::ZERO;
    let stdout = std::io::stdout();
    // Reported and written in input order, whatever order the workers took.
    // The inputs that were extracted, for the parse baseline.
    let mut extracted = Vec::with_capacity(inputs.len());
    for (input, result) in inputs.iter().zip(results) {
        busy += result.busy;
        let (explained, rendered) = match result.output {
            Ok(r) => r,
            Err(Failure::Error(e)) => {
                eprintln!("extract: {}: {e}", input.name.display());
                failed += 1;
                continue;
            }
            Err(Failure::Panic(message)) => {
                eprintln!("extract: {}: panicked: {message}", input.name.display());
                failed += 1;
                panics += 1;
                continue;
            }
        };
        docs += 1;
        bytes_total += input.bytes.len();
        extracted.push(input);
        let mut out = stdout.lock();
        if let Some(explained) = explained {
            let _ = out.write_all(explained.as_bytes());
        }
        match &args.out {
            Some(dir) => {
                let target = dir.join(input.name.file_stem().unwrap_or_default());
                let target = target.with_extension(args.format.extension());
                if let Err(e) = std::fs::write(&target, &rendered) {
                    eprintln!("extract: {}: {e}", target.display());
                    failed += 1;
                }
            }
            None => {
                if several {
                    let _ = writeln!(out, "==> {} <==", input.name.display());
                }
                let _ = writeln!(out, "{rendered}");
            }
        }
    }
    if any_dir {
        // MB/s over the wall-clock time of the extraction (all workers);
        // cpu_seconds is the time spent in extraction summed over workers.
        let s = wall.as_secs_f64();
        let per = |x: f64| if s > 0.0 { x / s } else { 0.0 };
        let mb_per_s = per(bytes_total as f64 / 1e6);
        eprint!(
            "docs={docs} failed={failed} panics={panics} jobs={jobs} seconds={s:.3} \
             cpu_seconds={:.3} docs_per_s={:.1} MB_per_s={mb_per_s:.2}",
            busy.as_secs_f64(),
            per(docs as f64),
        );
        if args.parse_baseline {
            // The same bytes as MB_per_s: the inputs that were extracted.
            // (Those refused, such as a page nested 100,000 deep, would take
            // html5ever minutes, and markup5ever_rcdom's drop recurses.)
            let parse = parse_alone(&extracted, jobs);
            let again = Instant::now();
            on_workers(&extracted, jobs, &progress_for(0), |input| {
                extract_one(&extractor, &args, input)
            });
            let again = again.elapsed();
            let parse = parse.min(parse_alone(&extracted, jobs));
            let mb = bytes_total as f64 / 1e6;
            let parse_mb_per_s = mb / parse.as_secs_f64();
            let extract_mb_per_s = mb / wall.min(again).as_secs_f64();
            eprint!(
                " parse_MB_per_s={parse_mb_per_s:.2} ratio={:.2}",
                extract_mb_per_s / parse_mb_per_s
            );
        }
        eprintln!();
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Why an input gave no output.
enum Failure {
    /// The extractor's error: a limit, binary input.
    Error(deboiler::Error),
    /// The extraction panicked, with the panic's message. A bug in
    /// deboiler; caught here as a batch's last line of defence, so that
    /// one page does not cost the others.
    Panic(String),
}

/// What extracting one input gave: the explanation (with `--explain`) and
/// the rendered output, or the error; and the time it took.
struct Outcome {
    output: Result<(Option<String>, String), Failure>,
    busy: std::time::Duration,
}

/// The wall-clock time html5ever takes to parse every input into
/// markup5ever_rcdom (its reference DOM), on `jobs` threads: the floor that
/// `--parse-baseline` compares with. The bytes are read as UTF-8 (lossy)
/// first, outside the clock.
fn parse_alone(inputs: &[&Input], jobs: usize) -> std::time::Duration {
    use html5ever::tendril::TendrilSink;

    let texts: Vec<String> = inputs
        .iter()
        .map(|i| String::from_utf8_lossy(&i.bytes).into_owned())
        .collect();
    let wall = Instant::now();
    on_workers(&texts, jobs, &progress_for(0), |text| {
        let mut opts = html5ever::ParseOpts::default();
        opts.tree_builder.scripting_enabled = false;
        drop(
            html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(text.as_str()),
        );
    });
    wall.elapsed()
}

/// The progress bar of a run over `inputs` inputs: shown on a terminal
/// when there are 100 or more.
fn progress_for(inputs: usize) -> indicatif::ProgressBar {
    if inputs >= 100 {
        indicatif::ProgressBar::new(inputs as u64)
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// The WARC run (`--warc`), or the error that this build has none.
fn run_warc(extractor: &Extractor, args: &Args) -> ExitCode {
    let jobs = match args.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    #[cfg(feature = "warc")]
    return warc::run(extractor, args, jobs);
    #[cfg(not(feature = "warc"))]
    {
        let _ = (extractor, jobs);
        eprintln!(
            "extract: --warc needs the warc feature: cargo run --release --features warc --example extract -- --warc {}",
            args.paths.join(" ")
        );
        ExitCode::from(2)
    }
}

/// Runs `work` on every input on `jobs` threads, each taking the next input
/// not yet taken; the results in input order. `progress` counts them.
fn on_workers<I: Sync, T: Send>(
    inputs: &[I],
    jobs: usize,
    progress: &indicatif::ProgressBar,
    work: impl Fn(&I) -> T + Sync,
) -> Vec<T> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<T>>> = inputs.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else {
                        break;
                    };
                    let outcome = work(input);
                    *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
                    progress.inc(1);
                }
            });
        }
    });
    if progress.length().is_some() {
        progress.finish_and_clear();
    }
    slots
        .into_iter()
        .map(|s| {
            s.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every input was taken by a worker")
        })
        .collect()
}

/// [`extract_and_render`] with a panic caught and reported as the input's
/// failure.
fn extract_one(extractor: &Extractor, args: &Args, input: &Input) -> Outcome {
    let start = Instant::now();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract_and_render(extractor, args, input)
    })) {
        Ok(outcome) => outcome,
        Err(payload) => Outcome {
            output: Err(Failure::Panic(panic_message(&*payload))),
            busy: start.elapsed(),
        },
    }
}

/// What a caught panic said.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

/// In debug builds only, `DEBOILER_EXAMPLE_PANIC_ON=NAME` makes the
/// extraction of every input whose name contains NAME panic: how
/// `tests/example_cli.rs` checks that one page's panic costs no other.
fn injected_panic(input: &Input) {
    if cfg!(debug_assertions)
        && let Ok(name) = std::env::var("DEBOILER_EXAMPLE_PANIC_ON")
        && !name.is_empty()
        && input.name.to_string_lossy().contains(&name)
    {
        panic!("injected for a test: {}", input.name.display());
    }
}

fn extract_and_render(extractor: &Extractor, args: &Args, input: &Input) -> Outcome {
    let start = Instant::now();
    injected_panic(input);
    let output = extractor.extract_bytes(&input.bytes, None).map(|doc| {
        let rendered = match args.format {
            Format::Text | Format::Jsonl => doc.text().to_string(),
            Format::Json => to_json(&doc),
            Format::Markdown => doc.to_markdown(),
            Format::Html => doc.to_html(),
        };
        let busy = start.elapsed();
        let explained = args.explain.then(|| explain(&doc, &input.name));
        (busy, explained, rendered)
    });
    match output {
        Ok((busy, explained, rendered)) => Outcome {
            output: Ok((explained, rendered)),
            busy,
        },
        Err(e) => Outcome {
            output: Err(Failure::Error(e)),
            busy: start.elapsed(),
        },
    }
}

fn read_input(path: &Path, inputs: &mut Vec<Input>, failed: &mut usize) {
    match read_limited(path) {
        Ok(bytes) => inputs.push(Input {
            name: path.to_path_buf(),
            bytes,
        }),
        Err(e) => {
            eprintln!("extract: {}: {e}", path.display());
            *failed += 1;
        }
    }
}

/// Reads a file unless it is over the extractor's input limit: a file of
/// gigabytes is refused by its size, not read into memory first.
fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let limit = deboiler::DEFAULT_MAX_INPUT_BYTES;
    let too_large = |len: u64| {
        deboiler::Error::InputTooLarge {
            len: Some(usize::try_from(len).unwrap_or(usize::MAX)),
            limit,
        }
        .to_string()
    };
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > limit as u64 {
        return Err(too_large(len));
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read is still cut at the limit.
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The `*.html` files of a directory, sorted by name.
fn html_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html"))
            // A broken link or an unreadable file is an input that fails,
            // and is reported as such.
            && !path.is_dir()
        {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Every block, kept or dropped, with the rule and features that decided it.
fn explain(doc: &Document, name: &Path) -> String {
    let mut s = format!("# {}: {} blocks\n", name.display(), doc.blocks().len());
    for (i, b) in doc.blocks().iter().enumerate() {
        let f = b.features();
        let mark = if b.is_content() { "KEEP" } else { "drop" };
        let text: String = b
            .text()
            .chars()
            .take(90)
            .collect::<String>()
            .replace('\n', " ");
        let _ = writeln!(
            s,
            "{i:4} {mark} {:<36} {:?} words={} link={:.2} dens={:.1} score={:.1} main={} path={} class=[{}]{}\n     | {text}",
            b.reason().to_string(),
            b.kind(),
            f.words,
            f.link_density,
            f.text_density,
            b.score(),
            f.in_main,
            f.tag_path,
            f.class_id,
            if f.hint.is_empty() {
                String::new()
            } else {
                format!(" hint={}", f.hint)
            },
        );
    }
    s
}

/// The document as JSON, the field set of `Document::to_json` (the
/// example builds without the `serde` feature; `tests/corpus.rs` checks the
/// two agree on every corpus page).
fn to_json(doc: &Document) -> String {
    serde_json::to_string_pretty(&document_json::document_value(doc))
        .expect("a JSON value serialises")
}
