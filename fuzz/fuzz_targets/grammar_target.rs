//! Fuzz target: see `check::grammar` (pages built from grammar pieces).
#![no_main]

mod case;
mod check;
mod grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::grammar(data));
