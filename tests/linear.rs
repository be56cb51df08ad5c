//! Linear cost: every page of `tests/common/shapes.rs` (one piece of markup
//! repeated `n` times) is extracted and rendered every way at two sizes;
//! the bytes allocated must at most 2.2 times grow when the size doubles,
//! and be at most [`BYTES_PER_BYTE`] per byte of a page that is extracted
//! (one refused at a limit costs what the limit allows). Allocations, not
//! time: the count is the same on every run and every machine.
//! (`examples/shapes` measures the peak and, under callgrind, the
//! instructions; CI runs it.)
//!
//! The only test of its binary, so nothing else allocates while it counts.

#[path = "common/shapes.rs"]
mod shapes;

#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// The most bytes allocated per byte of page: the worst shape allocates
/// about 900 (four-byte paragraphs into which the parser reopens six
/// formatting elements); a `<b>` whose thousand attributes were copied
/// into every paragraph allocated some 9,000.
const BYTES_PER_BYTE: usize = 2_000;

/// Bytes allocated by extracting `page` and rendering it every way, and
/// whether it was extracted.
fn allocated(page: &str) -> (usize, bool) {
    let extractor = deboiler::Extractor::builder()
        .links(true)
        .images(true)
        .base_url("https://example.com/a/")
        .build()
        .unwrap();
    let before = ALLOCATOR.total_allocated();
    let extracted = match extractor.extract(page) {
        Ok(doc) => {
            std::hint::black_box((doc.text().len(), doc.to_markdown(), doc.to_html()));
            for block in doc.blocks() {
                std::hint::black_box(block.features());
            }
            true
        }
        Err(_) => false,
    };
    (ALLOCATOR.total_allocated() - before, extracted)
}

#[test]
fn every_shape_costs_twice_as_much_at_twice_the_size_and_little_per_byte() {
    let mut report = Vec::new();
    let mut failed = Vec::new();
    // Smaller than the example's sizes: this runs unoptimised.
    for shape in shapes::SHAPES {
        let n = (shape.n / 8).max(2);
        // The tables built once, before anything is counted.
        allocated(&(shape.page)(1));
        let (base, _) = allocated(&(shape.page)(0));
        let at_n = allocated(&(shape.page)(n)).0.saturating_sub(base);
        let page = (shape.page)(2 * n);
        let (total, extracted) = allocated(&page);
        let at_2n = total.saturating_sub(base);
        let ratio = at_2n as f64 / at_n.max(1) as f64;
        let per_byte = total / page.len().max(1);
        report.push(format!(
            "{:<24} n={n:<6} {at_n:>11} {at_2n:>11} {ratio:.2} {per_byte:>6}/byte{}",
            shape.name,
            if extracted { "" } else { " (refused)" }
        ));
        // A cost too small to tell from the baseline does not grow.
        if at_n > 4096 && ratio > 2.2 || at_n <= 4096 && at_2n > 2 * 4096 {
            failed.push(shape.name);
        }
        if extracted && per_byte > BYTES_PER_BYTE {
            failed.push(shape.name);
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        failed.is_empty(),
        "costs too much: {failed:?}\n{}",
        report.join("\n")
    );
}
