//! Turns the fuzzer's bytes into a page, a charset hint, a page URL and
//! an extractor (shared with `tests/fuzz_regressions.rs`).
//!
//! The settings come from the last two bytes, so that a seed page from
//! `corpus/` is read whole as the page.

use deboiler::{Extractor, Favor, Page};

/// Charset hints: labels encoding_rs knows, some it treats specially, and
/// some it does not know.
const HINTS: &[&str] = &[
    "utf-8",
    "windows-1252",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gb18030",
    "big5",
    "euc-kr",
    "utf-16le",
    "utf-16be",
    "x-user-defined",
    "replacement",
    "koi8-r",
    "no-such-charset",
    "",
    " UTF-8 ",
];

/// Page URLs: ones a crawl gives (with domains that guide the charset
/// guess, in any case and script) and ones that are refused.
const URLS: &[&str] = &[
    "https://news.example.ru/a/b?c#d",
    "http://XN--E1AFMKFD.XN--P1AI/",
    "http://пример.рф/путь",
    "foo://UPPER.Case.Host/x",
    "http://[::1]:8080/",
    "http://192.168.0.1./",
    "file:///home/me/page.html",
    "https://example.jp.",
    "mailto:a@b.c",
    "/relative",
    "http://[::1",
    "",
];

pub struct Case<'a> {
    pub page: &'a [u8],
    pub hint: Option<&'a str>,
    pub url: Option<&'static str>,
    pub extractor: Extractor,
}

impl Case<'_> {
    /// What the caller knows of the page.
    pub fn context(&self) -> Page<'_> {
        let mut page = Page::new();
        if let Some(hint) = self.hint {
            page = page.charset(hint);
        }
        if let Some(url) = self.url {
            page = page.url(url);
        }
        page
    }
}

pub fn case(data: &[u8]) -> Option<Case<'_>> {
    let (page, &[settings, hint]) = data.split_last_chunk::<2>()?;
    let mut builder = Extractor::builder();
    builder
        .links(settings & 1 != 0)
        .images(settings & 2 != 0)
        .favor(match (settings >> 2) & 3 {
            0 => Favor::Precision,
            1 => Favor::Recall,
            _ => Favor::Balanced,
        })
        // The fourth favour value is the default one with comments on.
        .comments((settings >> 2) & 3 == 3);
    if settings & 16 != 0 {
        builder.base_url("https://example.com/a/b/page.html?q=1#f");
    }
    if settings & 32 != 0 {
        // Small limits, so that the refusals are fuzzed too.
        builder
            .max_input_bytes(1 + page.len() / 2 + (hint as usize) * 64)
            .max_nodes(1 + hint as usize)
            .max_depth(1 + (hint as usize) % 16);
    }
    let hint = if settings & 64 != 0 {
        None
    } else {
        Some(HINTS[hint as usize % HINTS.len()])
    };
    let url = (settings & 128 != 0).then(|| URLS[usize::from(settings) % URLS.len()]);
    Some(Case {
        page,
        hint,
        url,
        extractor: builder.build().ok()?,
    })
}
