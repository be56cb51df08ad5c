//! Fuzz target: see `check::json`.
#![no_main]

mod case;
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::json(data));
