//! Fuzz target: see `check::extract_bytes`.
#![no_main]

mod case;
mod check;
mod grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::extract_bytes(data));
