//! Renderers over the kept blocks.

pub(crate) mod markdown;
pub(crate) mod text;
pub(crate) mod url;
