//! Runs one extractor over every page of a directory, a number of times
//! in one process: for counting instructions with callgrind, where the
//! difference between two passes and one is the steady cost of a pass
//! (without the one-time costs, such as compiling regexes).
//!
//! ```text
//! cargo build --release -p deboiler-benches --example passes
//! valgrind --tool=callgrind ./target/release/examples/passes deboiler DIR 1
//! valgrind --tool=callgrind ./target/release/examples/passes deboiler DIR 2
//! valgrind --tool=callgrind ./target/release/examples/passes dom_smoothie DIR 1
//! valgrind --tool=callgrind ./target/release/examples/passes dom_smoothie DIR 2
//! valgrind --tool=callgrind ./target/release/examples/passes parse DIR 1
//! valgrind --tool=callgrind ./target/release/examples/passes parse DIR 2
//! ```
//!
//! `deboiler` runs `Extractor::extract_bytes` on the bytes and renders the
//! text; `dom_smoothie` runs the bench's peer as `benches/extract.rs` does,
//! on the pages decoded to UTF-8 once before the passes; `parse` is
//! html5ever's parse alone into markup5ever_rcdom, on those decoded pages,
//! as the bench's floor. Prints the total length of the texts (the number
//! of parsed pages for `parse`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [who, dir, passes] = args.as_slice() else {
        eprintln!("usage: passes deboiler|dom_smoothie|parse DIR PASSES");
        return ExitCode::FAILURE;
    };
    let Ok(passes) = passes.parse::<usize>() else {
        eprintln!("PASSES is a number, not {passes:?}");
        return ExitCode::FAILURE;
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    let pages: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let texts: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let extractor = deboiler::Extractor::default();
    let mut chars = 0usize;
    for _ in 0..passes {
        for (page, html) in pages.iter().zip(&texts) {
            chars += match who.as_str() {
                "deboiler" => extractor
                    .extract_bytes(page, None)
                    .map_or(0, |d| d.text().len()),
                "dom_smoothie" => dom_smoothie::Readability::new(html.as_str(), None, None)
                    .and_then(|mut r| r.parse())
                    .map_or(0, |a| a.text_content.len()),
                "parse" => {
                    use html5ever::tendril::TendrilSink;
                    let mut opts = html5ever::ParseOpts::default();
                    opts.tree_builder.scripting_enabled = false;
                    let dom = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts)
                        .one(html.as_str());
                    usize::from(dom.errors.borrow().len() < usize::MAX)
                }
                _ => {
                    eprintln!("no extractor {who:?}: deboiler, dom_smoothie or parse");
                    return ExitCode::FAILURE;
                }
            };
        }
    }
    println!("{chars}");
    ExitCode::SUCCESS
}
