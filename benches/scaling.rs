//! Time and peak memory against input size: pages of the same structure at
//! 10 KB, 100 KB, 1 MB, 10 MB and 100 MB, extracted whole, each beside
//! html5ever's parse alone (into markup5ever_rcdom) of the same bytes.
//!
//! ```text
//! cargo bench -p deboiler-benches --bench scaling            # the table below
//! cargo bench -p deboiler-benches --bench scaling -- --test    # one run of the three smallest
//! ```
//!
//! For each size it prints the fastest time of a few runs of each, MB/s,
//! the ratio of deboiler's time to the parse's, the growth of deboiler's
//! time over the size ten times smaller (10 for linear growth), and the
//! peak memory of one extraction over the size of the page. Memory is read
//! from the kernel in a child process per size (`VmHWM` of
//! `/proc/self/status`, reset through `/proc/self/clear_refs` once the page
//! is built), so the figure is the extraction's own high-water mark less
//! what was resident before it; on systems without those files it is left
//! out.
//!
//! A second table takes shapes that are slow for parsers or extractors
//! that grow worse than linearly (attributes, misnested formatting, unclosed
//! links and cells, nested lists, hidden text, headings) from 1 MB to
//! 10 MB: the growth should be about 10 for each.
//!
//! A plain harness rather than criterion: criterion's sampling wants
//! hundreds of runs, and the 100 MB input takes a second each.

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use deboiler::Extractor;
use html5ever::tendril::TendrilSink;

const SIZES: &[(&str, usize)] = &[
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
    ("100MB", 100_000_000),
];

/// One section of the page: a story with a heading, paragraphs, a list and
/// a table, then a share bar, related links and a comment, numbered so
/// that no paragraph repeats another (repeats are dropped).
fn section(i: usize, out: &mut String) {
    use std::fmt::Write as _;
    let _ = writeln!(
        out,
        "<section class=\"story\" id=\"s{i}\"><h2>Part {i} of the report</h2>\
         <p>Section {i} opens with a paragraph long enough to be read as content: the \
         council met on a Tuesday in spring and voted to rebuild the bridge <a href=\"/n/{i}\">\
         after years of debate</a>, with <em>most</em> members in favour.</p>\
         <p>The second paragraph of section {i} gives the cost, the timetable and the names \
         of the firms that bid for the work, and quotes the engineer who led the survey.</p>\
         <ul><li>Cost: {i} million</li><li>Length: two kilometres</li><li>Start: next year</li></ul>\
         <table><tr><th>Year</th><th>Step</th></tr><tr><td>{i}</td><td>Survey</td></tr></table>\
         <div class=\"share-bar\"><a href=\"/share/fb/{i}\">Facebook</a> <a href=\"/share/x/{i}\">X</a> \
         <a href=\"/share/mail/{i}\">Email</a></div>\
         <aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/r/{i}/1\">Bridges of the north</a></li>\
         <li><a href=\"/r/{i}/2\">Council budget {i}</a></li></ul></aside>\
         <div class=\"comment\"><span class=\"author\">reader{i}</span><p>Comment {i}: about time \
         this was done, the old bridge has been closed to lorries for years.</p></div></section>"
    );
}

/// A page of about `size` bytes: a head, a navigation bar, sections, a
/// footer.
fn page(size: usize) -> String {
    let mut html = String::with_capacity(size + 4096);
    html.push_str(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report</title>\
         <style>body{margin:0}</style><script>var x = 1;</script></head><body>\
         <nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article>\n",
    );
    let footer = "</article></main><footer>Copyright, contact, privacy</footer></body></html>";
    let mut i = 0;
    while html.len() + footer.len() < size {
        section(i, &mut html);
        i += 1;
    }
    html.push_str(footer);
    html
}

fn extractor() -> Extractor {
    Extractor::builder()
        .max_input_bytes(usize::MAX)
        .max_nodes(usize::MAX)
        .build()
        .expect("valid settings")
}

/// The fastest of `runs` runs of `f`, after one to warm up: on a shared
/// machine other work only ever adds time, so the fastest run is the
/// closest to the code's own cost (the median of three moved the 100 MB /
/// 10 MB growth between 7.6 and 11.4 from one run of the bench to the
/// next).
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn parse_alone(html: &[u8]) {
    let dom = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
        .from_utf8()
        .one(html);
    black_box(dom);
}

/// A line of `/proc/self/status` in bytes (the kernel writes kB).
fn status_bytes(key: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: usize = line[key.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// In the child: builds the page, resets the high-water mark, extracts it
/// once and prints the peak over what was resident before.
fn child(size: usize) {
    let html = page(size);
    let extractor = extractor();
    std::fs::write("/proc/self/clear_refs", "5").expect("clear_refs");
    let before = status_bytes("VmRSS:").expect("VmRSS");
    let doc = extractor.extract(&html).expect("extracts");
    let peak = status_bytes("VmHWM:").expect("VmHWM");
    black_box(doc);
    println!("{}", peak.saturating_sub(before));
}

/// Runs the child for `size`; `None` where the kernel files are missing.
fn peak_memory(size: usize) -> Option<usize> {
    std::fs::metadata("/proc/self/clear_refs").ok()?;
    let out = Command::new(std::env::current_exe().ok()?)
        .args(["--child", &size.to_string()])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// The `i`th unit of a shape's page.
type Unit = fn(usize) -> String;

/// Shapes that make other parsers or extractors slow down more than
/// linearly, each as a unit repeated to the size; the bench prints the
/// growth of deboiler's time from 1 MB to 10 MB for each.
const SHAPES: &[(&str, Unit)] = &[
    ("attributes at the limit", |i| {
        let attrs: Vec<String> = (0..deboiler::DEFAULT_MAX_ATTRIBUTES)
            .map(|a| format!("a{a}={i}"))
            .collect();
        format!("<div {}>{i}</div>", attrs.join(" "))
    }),
    ("formatting over paragraphs", |i| {
        // Opened once, reopened by the parser in every paragraph.
        let open = if i == 0 { "<b><i><u><s>" } else { "" };
        format!("{open}<p>{i} a paragraph of some words that are read as text")
    }),
    ("misnested formatting", |i| {
        format!("<b><i>{i} words</b> more</i>")
    }),
    ("unclosed links", |i| format!("<a href=/{i}>link {i} ")),
    ("table cells", |i| format!("<td>cell {i}")),
    ("nested lists", |i| {
        format!("<li>item {i}<ul><li>sub {i}</ul>")
    }),
    ("hidden and noscript", |i| {
        format!(
            "<div hidden><p>{i} hidden words here</p></div><noscript><p>{i} noscript</p></noscript>"
        )
    }),
    ("headings", |i| format!("<h2>{i}</h2>")),
];

fn shape(unit: Unit, size: usize) -> String {
    let mut html = String::with_capacity(size + 16_384);
    html.push_str("<!DOCTYPE html><body><table><ul>");
    let mut i = 0;
    while html.len() < size {
        html.push_str(&unit(i));
        i += 1;
    }
    html
}

fn shapes(extractor: &Extractor, test_mode: bool) {
    let (small, large) = if test_mode {
        (10_000, 100_000)
    } else {
        (1_000_000, 10_000_000)
    };
    println!(
        "\n{:<34} {:>11} {:>11} {:>8}",
        "shape",
        format!("{}", small),
        format!("{}", large),
        "growth"
    );
    for (name, unit) in SHAPES {
        let times: Vec<Duration> = [small, large]
            .iter()
            .map(|&size| {
                let html = shape(*unit, size);
                let runs = if test_mode { 1 } else { 5 };
                time(runs, || {
                    black_box(extractor.extract(black_box(&html)).expect("extracts"));
                })
            })
            .collect();
        println!(
            "{name:<34} {:>11.3?} {:>11.3?} {:>8.2}",
            times[0],
            times[1],
            times[1].as_secs_f64() / times[0].as_secs_f64()
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        child(args[at + 1].parse().expect("a size"));
        return;
    }
    let test_mode = args.iter().any(|a| a == "--test");
    let extractor = extractor();
    println!(
        "{:>6} {:>11} {:>11} {:>9} {:>9} {:>8} {:>8} {:>12} {:>9}",
        "size",
        "parse",
        "deboiler",
        "parse_MB/s",
        "MB/s",
        "ratio",
        "growth",
        "peak_memory",
        "peak/size"
    );
    let mut last: Option<Duration> = None;
    for &(label, size) in SIZES.iter().take(if test_mode { 3 } else { SIZES.len() }) {
        let html = page(size);
        let runs = if test_mode {
            1
        } else {
            (30_000_000 / size).clamp(5, 50)
        };
        let parse = time(runs, || parse_alone(html.as_bytes()));
        let extract = time(runs, || {
            black_box(extractor.extract(black_box(&html)).expect("extracts"));
        });
        let mb = |d: Duration| html.len() as f64 / 1e6 / d.as_secs_f64();
        let growth = last.map_or("-".to_string(), |l| {
            format!("{:.2}", extract.as_secs_f64() / l.as_secs_f64())
        });
        let peak = peak_memory(size);
        println!(
            "{label:>6} {:>11.3?} {:>11.3?} {:>9.1} {:>9.1} {:>8.2} {growth:>8} {:>12} {:>9}",
            parse,
            extract,
            mb(parse),
            mb(extract),
            extract.as_secs_f64() / parse.as_secs_f64(),
            peak.map_or("-".into(), |p| format!("{:.1} MB", p as f64 / 1e6)),
            peak.map_or("-".into(), |p| format!(
                "{:.2}",
                p as f64 / html.len() as f64
            )),
        );
        last = Some(extract);
    }
    shapes(&extractor, test_mode);
}
