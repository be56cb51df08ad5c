//! The cost of the pages of `tests/common/shapes.rs` (one piece of markup
//! repeated `n` times) at `n` and `2n`: bytes allocated, peak memory and,
//! with `--callgrind`, instructions. Linear cost doubles; the check fails
//! a shape whose cost more than `--max-ratio` times (default 2.2) doubles.
//!
//! ```sh
//! cargo run --release --example shapes                      # every shape, allocations
//! cargo run --release --example shapes -- --callgrind rt    # instructions too (valgrind)
//! cargo run --release --example shapes -- --callgrind --scale 0.125   # smaller n, as CI runs it
//! cargo run --release --example shapes -- --one rt 1000     # one run, for a profiler
//! ```
//!
//! Each measurement runs in a child process of its own (this binary with
//! `--one`), so the peak is that extraction's alone. Allocations and
//! instructions are over the same shape at `n = 0`, which takes out what
//! every run pays (the process, the tables built once, the page's
//! skeleton); the table also gives the peak per byte of input.

#[cfg(not(feature = "serde"))]
#[path = "../tests/common/document_json.rs"]
mod document_json;
#[path = "../tests/common/shapes.rs"]
mod shapes;

use std::process::{Command, ExitCode};

#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

const USAGE: &str =
    "usage: shapes [--callgrind] [--max-ratio R] [--scale F] [NAME...] | shapes --one NAME N";

/// What one run cost.
#[derive(Debug, Clone, Copy, Default)]
struct Cost {
    /// Bytes of input.
    bytes: u64,
    /// Bytes allocated in all, freed or not.
    allocated: u64,
    /// The most allocated at once, over what was allocated before.
    peak: u64,
    /// Instructions (callgrind), when counted.
    instructions: Option<u64>,
}

/// Extracts `page` with links, images and a base URL, and renders it every
/// way: text, markdown, HTML, JSON.
fn extract_every_way(page: &str) {
    let extractor = deboiler::Extractor::builder()
        .links(true)
        .images(true)
        .base_url("https://example.com/a/")
        .build()
        .expect("valid settings");
    // A refusal (too deep) is a cost like any other.
    if let Ok(doc) = extractor.extract(page) {
        let rendered = [
            doc.text().len(),
            doc.to_markdown().len(),
            doc.to_html().len(),
            json(&doc).len(),
        ];
        std::hint::black_box(rendered);
    }
}

/// The crate's own JSON with the `serde` feature, else the same field set
/// built from the public API (a `serde_json::Value` tree, which costs more).
fn json(doc: &deboiler::Document) -> String {
    #[cfg(feature = "serde")]
    return doc.to_json();
    #[cfg(not(feature = "serde"))]
    return serde_json::to_string(&document_json::document_value(doc)).expect("JSON");
}

/// `--one NAME N`: builds the page, extracts it, prints its cost.
fn one(name: &str, n: usize) -> Result<(), String> {
    let shape = shapes::SHAPES
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| format!("no shape named {name}"))?;
    let page = (shape.page)(n);
    // The lazily built tables (patterns, automata) first, and the page's
    // own cost after them.
    extract_every_way(&(shape.page)(1));
    let (before_total, before_now) = (ALLOCATOR.total_allocated(), ALLOCATOR.allocated());
    extract_every_way(&page);
    let peak = ALLOCATOR.max_allocated().saturating_sub(before_now);
    println!(
        "bytes={} allocated={} peak={}",
        page.len(),
        ALLOCATOR.total_allocated() - before_total,
        peak
    );
    Ok(())
}

/// Runs `--one` in a child, under callgrind when asked.
fn measure(name: &str, n: usize, callgrind: bool) -> Result<Cost, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let n_arg = n.to_string();
    let out_file = std::env::temp_dir().join(format!(
        "deboiler-shapes-{}-{name}-{n}.callgrind",
        std::process::id()
    ));
    let output = if callgrind {
        Command::new("valgrind")
            .arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", out_file.display()))
            .arg(&exe)
            .args(["--one", name, &n_arg])
            .output()
    } else {
        Command::new(&exe).args(["--one", name, &n_arg]).output()
    }
    .map_err(|e| format!("running {name} {n}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{name} {n} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let field = |key: &str| -> Result<u64, String> {
        stdout
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('=')?.parse().ok())
            .ok_or_else(|| format!("{name} {n}: no {key} in {stdout:?}"))
    };
    let instructions = if callgrind {
        let profile = std::fs::read_to_string(&out_file).map_err(|e| e.to_string())?;
        let _ = std::fs::remove_file(&out_file);
        let total = profile
            .lines()
            .find_map(|l| {
                l.strip_prefix("summary: ")
                    .or_else(|| l.strip_prefix("totals: "))
            })
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .ok_or("no summary line in callgrind's profile")?;
        Some(total)
    } else {
        None
    };
    Ok(Cost {
        bytes: field("bytes")?,
        allocated: field("allocated")?,
        peak: field("peak")?,
        instructions,
    })
}

/// How much the cost grew from `n` to `2n`, over the cost at `n = 0`.
fn growth(zero: u64, at_n: u64, at_2n: u64) -> f64 {
    let (a, b) = (at_n.saturating_sub(zero), at_2n.saturating_sub(zero));
    // Costs too small to tell apart from the baseline do not grow.
    if a < 4096 {
        return if b < 8192 { 1.0 } else { b as f64 / 4096.0 };
    }
    b as f64 / a as f64
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--one") {
        let (Some(name), Some(Ok(n))) = (args.get(1), args.get(2).map(|n| n.parse())) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        return match one(name, n) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("shapes: {e}");
                ExitCode::from(2)
            }
        };
    }
    let mut callgrind = false;
    let mut max_ratio = 2.2;
    // Each shape's n times this (callgrind runs some 50 times slower).
    let mut scale = 1.0;
    let mut names = Vec::new();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--callgrind" => callgrind = true,
            "--max-ratio" => match it.next().and_then(|r| r.parse().ok()) {
                Some(r) => max_ratio = r,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--scale" => match it.next().and_then(|r| r.parse::<f64>().ok()) {
                Some(f) if f > 0.0 && f.is_finite() => scale = f,
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => names.push(arg),
        }
    }
    let chosen: Vec<&shapes::Shape> = shapes::SHAPES
        .iter()
        .filter(|s| names.is_empty() || names.iter().any(|n| n == s.name))
        .collect();
    if chosen.is_empty() {
        eprintln!("shapes: no shape named {}", names.join(", "));
        return ExitCode::from(2);
    }
    println!(
        "{:<24} {:>9} {:>9} {:>7} {:>7} {:>7} {:>9}",
        "shape", "n", "bytes", "alloc×", "peak×", "instr×", "peak/byte"
    );
    let mut failed = Vec::new();
    for shape in chosen {
        let n = ((shape.n as f64 * scale) as usize).max(2);
        let costs = [0, n, 2 * n].map(|n| measure(shape.name, n, callgrind));
        let [zero, at_n, at_2n] = match costs {
            [Ok(a), Ok(b), Ok(c)] => [a, b, c],
            [a, b, c] => {
                for e in [a.err(), b.err(), c.err()].into_iter().flatten() {
                    eprintln!("shapes: {e}");
                }
                failed.push(shape.name);
                continue;
            }
        };
        let alloc = growth(zero.allocated, at_n.allocated, at_2n.allocated);
        // The peak is over what was allocated before the page's
        // extraction: it has no baseline to take out (the run at `n = 0`
        // peaks in building the tables, before the page).
        let peak = growth(0, at_n.peak, at_2n.peak);
        let instr = match (zero.instructions, at_n.instructions, at_2n.instructions) {
            (Some(z), Some(a), Some(b)) => Some(growth(z, a, b)),
            _ => None,
        };
        let per_byte = at_2n.peak as f64 / at_2n.bytes.max(1) as f64;
        println!(
            "{:<24} {:>9} {:>9} {:>7.2} {:>7.2} {:>7} {:>9.1}",
            shape.name,
            2 * n,
            at_2n.bytes,
            alloc,
            peak,
            instr.map_or("-".into(), |r| format!("{r:.2}")),
            per_byte
        );
        if alloc > max_ratio || peak > max_ratio || instr.is_some_and(|r| r > max_ratio) {
            failed.push(shape.name);
        }
    }
    if failed.is_empty() {
        println!("every shape's cost at most {max_ratio}× when its size doubles");
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "shapes: cost grows faster than the input: {}",
            failed.join(", ")
        );
        ExitCode::FAILURE
    }
}
