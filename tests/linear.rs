//! Linear cost: every page of `tests/common/shapes.rs` (one piece of markup
//! repeated `n` times) is extracted and rendered every way at two sizes,
//! and the bytes allocated must at most 2.2 times grow when the size
//! doubles. Allocations, not time: the count is the same on every run and
//! every machine. (`examples/shapes` measures the peak and, under
//! callgrind, the instructions; CI runs it.)
//!
//! The only test of its binary, so nothing else allocates while it counts.

#[path = "common/shapes.rs"]
mod shapes;

#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// Bytes allocated by extracting `page` and rendering it every way.
fn allocated(page: &str) -> usize {
    let extractor = deboiler::Extractor::builder()
        .links(true)
        .images(true)
        .base_url("https://example.com/a/")
        .build()
        .unwrap();
    let before = ALLOCATOR.total_allocated();
    if let Ok(doc) = extractor.extract(page) {
        std::hint::black_box((doc.text().len(), doc.to_markdown(), doc.to_html()));
        for block in doc.blocks() {
            std::hint::black_box(block.features());
        }
    }
    ALLOCATOR.total_allocated() - before
}

#[test]
fn every_shape_costs_twice_as_much_at_twice_the_size() {
    let mut report = Vec::new();
    let mut failed = Vec::new();
    // Smaller than the example's sizes: this runs unoptimised.
    for shape in shapes::SHAPES {
        let n = (shape.n / 8).max(2);
        // The tables built once, before anything is counted.
        allocated(&(shape.page)(1));
        let base = allocated(&(shape.page)(0));
        let [at_n, at_2n] = [n, 2 * n].map(|n| allocated(&(shape.page)(n)).saturating_sub(base));
        let ratio = at_2n as f64 / at_n.max(1) as f64;
        report.push(format!(
            "{:<24} n={n:<6} {at_n:>11} {at_2n:>11} {ratio:.2}",
            shape.name
        ));
        // A cost too small to tell from the baseline does not grow.
        if at_n > 4096 && ratio > 2.2 || at_n <= 4096 && at_2n > 2 * 4096 {
            failed.push(shape.name);
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        failed.is_empty(),
        "grows faster than the input: {failed:?}\n{}",
        report.join("\n")
    );
}
