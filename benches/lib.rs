//! Nothing: the package is its benches (`extract.rs`, `scaling.rs`) and
//! the `passes` example; see their own documentation.
