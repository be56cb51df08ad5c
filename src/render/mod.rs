//! Renderers over the kept blocks.

pub(crate) mod text;
