//! Fuzz target: see `check::html`.
#![no_main]

mod case;
mod check;
mod grammar;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::html(data));
