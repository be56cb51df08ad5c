//! The one module that names every stage: bytes to text ([`decode`]),
//! the prescan and parse ([`dom`]), the walk ([`segment`]), the labels
//! ([`classify`]), the metadata ([`metadata`]) and the [`Document`] with its
//! renderers. [`Extractor`]'s entry points are here; its settings are in
//! [`config`](crate::config).

use std::io::Read;
use std::time::{Duration, Instant};

use url::Url;

use crate::config::{Extractor, Page};
use crate::document::Document;
use crate::error::Error;
use crate::model::{Block, Features, Label};
use crate::segment::View;
use crate::{classify, decode, dom, metadata, render, segment, tuning};

impl Extractor {
    /// Extracts the main content of a page given as a string.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`], [`Error::TooManyNodes`],
    /// [`Error::NestingTooDeep`] or [`Error::TooManyAttributes`] when the
    /// page is over a limit;
    /// [`Error::Binary`] when it is not text (a known binary format by its
    /// first bytes, or at least one byte in 32 of its first 4 KiB a control
    /// character that text never holds). Malformed HTML is not an error,
    /// nor are a few stray NUL bytes.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = deboiler::Extractor::default();
    /// let doc = extractor.extract("<html><body><nav><a href=/>Home</a></nav>\
    ///     <article><p>The story is long enough to be the main content of \
    ///     this small page, and it says so in one sentence.</p></article></body></html>")?;
    /// assert!(doc.text().starts_with("The story"));
    /// assert!(!doc.text().contains("Home"));
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn extract(&self, html: &str) -> Result<Document, Error> {
        self.check_len(html.len())?;
        check_text(html.as_bytes())?;
        let context = Context {
            base: self.base_url.as_ref(),
            charset: encoding_rs::UTF_8.name(),
        };
        pipeline(self, html, context)
    }

    /// Extracts the main content of a page given as bytes, decoding them
    /// first.
    ///
    /// The encoding is chosen from, in order: a byte order mark, UTF-16's
    /// zero bytes where there is no mark (markup is ASCII: UTF-16LE has
    /// zeros in most odd bytes, UTF-16BE in most even ones), the
    /// `charset_hint` (as from an HTTP `Content-Type` header; a label that
    /// is not a known encoding is ignored), a `<meta charset>` or
    /// `http-equiv` declaration near the start of the page, UTF-8 if the
    /// bytes are valid UTF-8, and otherwise Firefox's guess from the bytes
    /// (the `chardetng` crate: windows-1251, Shift_JIS, GBK... and
    /// windows-1252 when nothing speaks against it). Bytes that are
    /// invalid in the chosen encoding become U+FFFD.
    /// [`Document::charset`] says which was chosen.
    ///
    /// # Errors
    ///
    /// As [`extract`](Self::extract).
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = deboiler::Extractor::default();
    /// let doc = extractor.extract_bytes(b"<p>Caf\xe9 cr\xe8me</p>", Some("iso-8859-1"))?;
    /// assert_eq!(doc.text(), "Café crème");
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        charset_hint: Option<&str>,
    ) -> Result<Document, Error> {
        let page = Page {
            charset: charset_hint,
            url: None,
        };
        self.extract_page(bytes, &page)
    }

    /// Extracts the main content of one page of a crawl, given as bytes,
    /// with what the caller knows about it: the URL it came from (for its
    /// links, and to guess an undeclared encoding by its domain) and the
    /// charset its server declared. Decodes as
    /// [`extract_bytes`](Self::extract_bytes) does.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] (`setting` `"url"`) if the page's URL is
    /// not absolute or cannot be a base; otherwise as
    /// [`extract`](Self::extract).
    ///
    /// # Example
    ///
    /// ```
    /// use deboiler::{Extractor, Page};
    ///
    /// let extractor = Extractor::builder().links(true).build()?;
    /// let html = "<article><p>Read <a href=/rules>the rules</a> before you post in this forum: \
    ///             they are short, and every thread is read by a moderator.</p></article>";
    /// let doc = extractor.extract_page(html.as_bytes(), &Page::new().url("https://forum.example/t/1"))?;
    /// assert_eq!(doc.base_url(), Some("https://forum.example/t/1"));
    /// assert!(doc.to_markdown().contains("(https://forum.example/rules)"));
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn extract_page(&self, bytes: &[u8], page: &Page) -> Result<Document, Error> {
        self.check_len(bytes.len())?;
        let url = page
            .url
            .map(|url| crate::config::parse_url("url", url))
            .transpose()?;
        // The signatures on the bytes, the control bytes on the text (UTF-16
        // is full of zero bytes until decoded).
        if let Some(kind) = decode::signature_kind(bytes) {
            return Err(Error::Binary { kind });
        }
        let hints = decode::Hints {
            charset: page.charset,
            tld: url.as_ref().and_then(top_level_domain),
        };
        let (text, encoding) = decode::decode(bytes, hints);
        check_text(text.as_bytes())?;
        let context = Context {
            base: url.as_ref().or(self.base_url.as_ref()),
            charset: encoding.name(),
        };
        pipeline(self, &text, context)
    }

    /// Reads a page from `reader` (at most `max_input_bytes` of it) and
    /// extracts it as [`extract_bytes`](Self::extract_bytes) does, without a
    /// charset hint.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] if reading fails, otherwise as
    /// [`extract`](Self::extract).
    pub fn extract_reader<R: Read>(&self, reader: R) -> Result<Document, Error> {
        let mut bytes = Vec::new();
        // Read one byte past the limit to tell "exactly at" from "over".
        let cap = self.max_input_bytes.saturating_add(1) as u64;
        reader.take(cap).read_to_end(&mut bytes)?;
        if bytes.len() > self.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: None,
                limit: self.max_input_bytes,
            });
        }
        self.extract_bytes(&bytes, None)
    }

    fn check_len(&self, len: usize) -> Result<(), Error> {
        if len > self.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: Some(len),
                limit: self.max_input_bytes,
            });
        }
        Ok(())
    }
}

/// The last label of `url`'s host, when it is a domain (`b"ru"`).
fn top_level_domain(url: &Url) -> Option<&[u8]> {
    let domain = url.domain()?.trim_end_matches('.');
    domain.rsplit('.').next().map(str::as_bytes)
}

/// What the pipeline knows of the page besides its text.
#[derive(Clone, Copy)]
struct Context<'a> {
    /// The caller's URL for the page, if any.
    base: Option<&'a Url>,
    /// The name of the encoding the page was read in.
    charset: &'static str,
}

/// [`Error::Binary`] if `bytes` are not text.
fn check_text(bytes: &[u8]) -> Result<(), Error> {
    match decode::binary_kind(bytes) {
        Some(kind) => Err(Error::Binary { kind }),
        None => Ok(()),
    }
}

/// [`ExtractorBuilder::max_time`](crate::ExtractorBuilder::max_time)'s
/// deadline, looked at between stages.
struct Clock {
    /// When the extraction must have ended, and the limit that set it.
    deadline: Option<(Instant, Duration)>,
}

impl Clock {
    fn start(limit: Option<Duration>) -> Clock {
        // A limit too far to reach (`Duration::MAX`) is no deadline.
        Clock {
            deadline: limit.and_then(|limit| Some((Instant::now().checked_add(limit)?, limit))),
        }
    }

    /// [`Error::TimedOut`] once the deadline has passed.
    fn check(&self) -> Result<(), Error> {
        match self.deadline {
            Some((at, limit)) if Instant::now() > at => Err(Error::TimedOut { limit }),
            _ => Ok(()),
        }
    }

    fn timed_out(&self) -> Error {
        Error::TimedOut {
            limit: self.deadline.map_or(Duration::ZERO, |(_, limit)| limit),
        }
    }
}

/// The pipeline after decoding: parse, segment, classify, render.
fn pipeline(config: &Extractor, html: &str, context: Context) -> Result<Document, Error> {
    let clock = Clock::start(config.max_time);
    let dom = parse(config, html, &clock)?;
    clock.check()?;
    let (mut seg, mut decisions) = read(&dom, config, &clock)?;
    seg.name_hints(&dom);
    drop(dom);
    let content: Vec<bool> = decisions
        .iter()
        .map(|d| d.label == Label::Content)
        .collect();
    let metadata = metadata::read(&seg, &content);
    // A page whose structured data declares a thread: its replies are its
    // content, whatever their class names say.
    if metadata.declared_thread {
        for d in decisions.iter_mut().filter(|d| d.label == Label::Comment) {
            d.label = Label::Content;
        }
    }
    let hrefs = std::mem::take(&mut seg.hrefs);
    // Link targets resolve against the page's <base href>, itself
    // resolved against the caller's URL for the page.
    let base = seg
        .head
        .base
        .as_deref()
        .and_then(|page| page_base(context.base, page))
        .or_else(|| context.base.cloned());
    let items: Vec<u32> = decisions.iter().map(|d| d.comment).collect();
    let blocks = blocks(seg, decisions);
    let comments = metadata::comments(&blocks, &items);
    let text = render::text::render(&blocks, config.comments);
    Ok(Document {
        metadata,
        links: config.links,
        images: config.images,
        with_comments: config.comments,
        comments,
        base,
        charset: context.charset,
        hrefs,
        blocks,
        text,
    })
}

/// The page's `<base href>` resolved against the caller's URL, when that
/// makes a URL that can be a base; a relative one without the caller's URL
/// is no base.
fn page_base(caller: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim_matches(|c: char| c <= ' ');
    let url = match caller {
        Some(caller) => caller.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    (!url.cannot_be_a_base()).then_some(url)
}

/// The prescan and the parse, with every limit checked: the scan's counts
/// before anything is built, the tree's own as it is built.
fn parse(config: &Extractor, html: &str, clock: &Clock) -> Result<dom::tree::Dom, Error> {
    // Decoding may make a page longer than its bytes.
    if html.len() > dom::MAX_PARSE_BYTES {
        return Err(Error::InputTooLarge {
            len: Some(html.len()),
            limit: dom::MAX_PARSE_BYTES,
        });
    }
    let dom::Prescan {
        tags: scan, html, ..
    } = dom::prescan(html);
    // The most specific refusal first: a page a million elements deep is
    // also a million elements.
    if scan.max_depth > config.max_depth {
        return Err(Error::NestingTooDeep {
            depth: scan.max_depth,
            limit: config.max_depth,
        });
    }
    if scan.max_attributes > config.max_attributes {
        return Err(Error::TooManyAttributes {
            count: scan.max_attributes,
            limit: config.max_attributes,
        });
    }
    if scan.start_tags > config.max_nodes {
        return Err(Error::TooManyNodes {
            count: scan.start_tags,
            limit: config.max_nodes,
        });
    }
    let limits = dom::Limits {
        max_depth: config.max_depth,
        max_nodes: config.max_nodes,
        deadline: clock.deadline.map(|(at, _)| at),
    };
    dom::parse_sized(html, scan.nodes, limits).map_err(|stopped| match stopped {
        dom::Stopped::TooDeep(depth) => Error::NestingTooDeep {
            depth,
            limit: config.max_depth,
        },
        dom::Stopped::TooManyNodes(count) => Error::TooManyNodes {
            count,
            limit: config.max_nodes,
        },
        dom::Stopped::OutOfTime => clock.timed_out(),
    })
}

/// The walk and the labels, for the reader's view of the page and, where
/// that finds little, the other views; the reading that keeps most words.
fn read(
    dom: &dom::tree::Dom,
    config: &Extractor,
    clock: &Clock,
) -> Result<(segment::Segmented, Vec<classify::Decision>), Error> {
    let mut seg = segment::segment(dom, View::Reader);
    let mut decisions = classify::classify(&seg, config.favor);
    clock.check()?;
    let mut kept = classify::kept_words(&seg, &decisions);
    // Little that a reader sees carries the page: it may serve its content
    // in <noscript> (to crawlers), or, when nothing at all is seen, hide
    // its whole body until a script runs. Read it those ways and keep the
    // reading that finds most. Hidden elements are lifted only for a page
    // that shows nothing: a short page's own hidden text stays hidden.
    let fallbacks = [
        (
            seg.noscript_skipped > 0 && kept < tuning::FALLBACK_MAX_WORDS,
            View::NoScript,
        ),
        (seg.hidden_skipped > 0 && kept == 0, View::Revealed),
    ];
    for (_, view) in fallbacks.into_iter().filter(|(worth, _)| *worth) {
        let other = segment::segment(dom, view);
        let other_decisions = classify::classify(&other, config.favor);
        let other_kept = classify::kept_words(&other, &other_decisions);
        if other_kept > kept {
            (seg, decisions, kept) = (other, other_decisions, other_kept);
        }
        clock.check()?;
    }
    Ok((seg, decisions))
}

/// The public blocks: the walk's blocks with their labels and features.
fn blocks(mut seg: segment::Segmented, decisions: Vec<classify::Decision>) -> Vec<Block> {
    let total = seg.blocks.len().max(1) as f32;
    std::mem::take(&mut seg.blocks)
        .into_iter()
        .zip(decisions)
        .enumerate()
        .map(|(i, (b, d))| Block {
            features: Features {
                words: b.words,
                link_words: b.link_words,
                link_density: if b.words == 0 {
                    0.0
                } else {
                    b.link_words as f32 / b.words as f32
                },
                text_density: b.text_density,
                tag_path: b.tag_path,
                class_id: b.class_id,
                position: i as f32 / total,
                in_main: d.in_main,
                hint: seg.hint_name(b.neg_anc).to_string(),
            },
            spans: b.spans,
            list: b.list,
            header_row: b.header_row,
            code_lang: b.code_lang,
            text: b.text,
            kind: b.kind,
            level: b.level,
            label: d.label,
            score: d.score,
            reason: d.reason,
        })
        .collect()
}

/// The pipeline's stages one at a time, for the stage groups of
/// `benches/extract.rs`. Not part of the API: no stability promise, and
/// nothing here checks limits.
#[doc(hidden)]
pub mod stages {
    /// A parsed page (the private DOM).
    pub struct Parsed(crate::dom::tree::Dom);

    /// A walked page: its blocks with their features.
    pub struct Walked(crate::segment::Segmented);

    /// Bytes to text, as `extract_bytes` decodes them.
    #[must_use]
    pub fn decode(bytes: &[u8]) -> String {
        crate::decode::decode(bytes, crate::decode::Hints::default())
            .0
            .into_owned()
    }

    /// A prescanned page: what html5ever gets, and the size of its tree.
    pub struct Prescanned {
        html: String,
        nodes: usize,
    }

    /// The page less what the extractor never reads, and its counts.
    #[must_use]
    pub fn prescan(html: &str) -> Prescanned {
        let scan = crate::dom::prescan(html);
        Prescanned {
            html: scan.html.into_owned(),
            nodes: scan.tags.nodes,
        }
    }

    /// html5ever's parse of the prescanned page into the private DOM.
    #[must_use]
    pub fn parse(page: &Prescanned) -> Parsed {
        let html = std::borrow::Cow::Borrowed(page.html.as_str());
        Parsed(
            crate::dom::parse_sized(html, page.nodes, crate::dom::Limits::NONE).expect("no limits"),
        )
    }

    /// The walk that segments the DOM into blocks.
    #[must_use]
    pub fn walk(parsed: &Parsed) -> Walked {
        Walked(crate::segment::segment(
            &parsed.0,
            crate::segment::View::Reader,
        ))
    }

    /// Scoring and labelling; the number of blocks labelled content.
    #[must_use]
    pub fn classify(walked: &Walked) -> usize {
        crate::classify::classify(&walked.0, crate::config::Favor::default())
            .iter()
            .filter(|d| d.label == crate::model::Label::Content)
            .count()
    }
}
