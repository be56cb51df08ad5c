//! The structure-aware fuzz target's pages (`tests/fuzz/grammar.rs`)
//! with the regular test runner: random choices build pages of JSON-LD,
//! metas, dates, links, charsets, tables, `<pre>`, line breaks and inline
//! nests around several-byte text, and repeated shapes; each goes through
//! every check of the fuzz targets (text, markdown, HTML, JSON), with a
//! budget of allocated bytes per input byte (counted, not timed).
//!
//! `GRAMMAR_SEED` and `GRAMMAR_N` run other and more pages;
//! `GRAMMAR_KEEP=DIR` writes the page of 16 KiB or more that allocated the
//! most per byte there (`grammar-SEED-INDEX.html`, its last two bytes the settings).

#[path = "fuzz/case.rs"]
mod case;
#[path = "fuzz/check.rs"]
mod check;
#[path = "fuzz/grammar.rs"]
mod grammar;

#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// Bytes allocated per byte of page, at most, over a fixed allowance for
/// small pages: the worst of the repeated shapes (`examples/shapes`)
/// allocates about 700 bytes per byte, a link the parser reopens in each
/// four-byte paragraph; a blow-up (a long value copied into every block)
/// is thousands.
const BYTES_PER_BYTE: usize = 2_000;
const ALLOWANCE: usize = 8 << 20;

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn grammar_pages_pass_every_check_within_budget() {
    let seed: u64 = std::env::var("GRAMMAR_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(18);
    let n: usize = std::env::var("GRAMMAR_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let mut state = 0x2545_F491_4F6C_DD1D ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let (mut pages, mut bytes, mut worst) = (0usize, 0usize, (0f64, 0usize, Vec::new()));
    for i in 0..n {
        let len = 16 + (xorshift(&mut state) % 2048) as usize;
        let choices: Vec<u8> = (0..len).map(|_| xorshift(&mut state) as u8).collect();
        let Some((picks, settings)) = choices.split_last_chunk::<2>() else {
            continue;
        };
        let mut data = grammar::page(&mut grammar::Choices::new(picks));
        data.extend_from_slice(settings);
        let before = ALLOCATOR.total_allocated();
        // The page is replayed on failure with GRAMMAR_SEED and this index.
        eprintln!("grammar page {i} ({} bytes)", data.len());
        check::every_output(&data);
        let spent = ALLOCATOR.total_allocated() - before;
        // Five extractions (one per check) and their renderings.
        let budget = 5 * (BYTES_PER_BYTE * data.len() + ALLOWANCE);
        assert!(
            spent <= budget,
            "page {i}: {spent} bytes allocated for {} bytes of page",
            data.len()
        );
        let per_byte = spent as f64 / 5.0 / data.len() as f64;
        pages += 1;
        bytes += data.len();
        // Per byte, where the page is large enough that its own bytes
        // count for more than what every extraction costs.
        if data.len() >= 16 * 1024 && per_byte > worst.0 {
            worst = (per_byte, i, data);
        }
    }
    println!(
        "{pages} pages, {bytes} bytes; at most {:.0} bytes allocated per byte of a page of \
         16 KiB or more (page {})",
        worst.0, worst.1
    );
    if let Ok(dir) = std::env::var("GRAMMAR_KEEP") {
        let path = std::path::Path::new(&dir).join(format!("grammar-{seed}-{}.html", worst.1));
        std::fs::write(&path, &worst.2).unwrap();
        println!("kept {}", path.display());
    }
    assert!(pages >= n / 2, "the generator builds pages");
}
