//! Fuzz target: see `check::text`.
#![no_main]

mod case;
mod check;
mod grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::text(data));
