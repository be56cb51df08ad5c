//! Fuzz target: see `check::markdown`.
#![no_main]

#[path = "../../tests/fuzz/case.rs"]
mod case;
#[path = "../../tests/fuzz/check.rs"]
mod check;
#[path = "../../tests/fuzz/grammar.rs"]
mod grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::markdown(data));
