//! Fuzz target: see `warc_grammar::warc`, WARC files built from the
//! format's good and broken forms.
#![no_main]

#[path = "../../tests/fuzz/warc_grammar.rs"]
mod warc_grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = warc_grammar::warc(data);
});
