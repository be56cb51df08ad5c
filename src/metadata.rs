//! Metadata: the page title for now.

use crate::document::BlockKind;
use crate::segment::Segmented;

/// The page title: OpenGraph title, else `<title>`, else the first `<h1>`.
pub(crate) fn title(seg: &Segmented) -> Option<String> {
    seg.head
        .og_title
        .clone()
        .or_else(|| seg.head.title.clone())
        .or_else(|| {
            seg.blocks
                .iter()
                .find(|b| b.kind == BlockKind::Heading && b.level == 1)
                .map(|b| b.text.clone())
        })
}
