//! What the page says about itself, read by the walk: `<head>`'s title,
//! metas, canonical and base links, JSON-LD, and the body's `<time>` and
//! microdata, with the counts of elements that tell the kind of page.

use super::*;

/// What the page says about itself: `<head>`'s title, `<meta>` tags and
/// canonical link, `<html lang>`, JSON-LD scripts, and from the body
/// `<time datetime>` and microdata (`itemprop`). Bounded: see
/// [`tuning::MAX_METAS`] and its neighbours.
#[derive(Debug, Clone, Default)]
pub(crate) struct Head {
    pub(crate) title: Option<String>,
    pub(crate) og_title: Option<String>,
    /// `<meta>` and microdata properties in page order: the `property`,
    /// `name` or `itemprop` lowercased, and the `content` (for an element
    /// that is not `<meta>`: its `datetime`, `content` or text).
    pub(crate) metas: Vec<(String, String)>,
    /// `<link rel="canonical">`'s `href`.
    pub(crate) canonical: Option<String>,
    /// `<base href>`.
    pub(crate) base: Option<String>,
    /// `<html lang>`.
    pub(crate) lang: Option<String>,
    /// The text of each `<script type="application/ld+json">`.
    pub(crate) json_ld: Vec<String>,
    /// The `datetime` of `<time>` elements, in page order.
    pub(crate) times: Vec<String>,
    /// The first author an element names in an attribute (a forum post's
    /// `data-author`, a question's `data-author-username`, a post
    /// element's `author`): the thread starter where the page marks its
    /// posts so; and how many `metas` came before it.
    pub(crate) post_author: Option<(usize, String)>,
    /// Counts of elements that tell the kind of page.
    pub(crate) signals: Signals,
}

/// Counts of elements that tell what kind of page this is, for a page
/// whose structured data does not say (see `metadata::structural_type`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Signals {
    /// `<code>` and `<pre>` elements.
    pub(crate) code: u32,
    pub(crate) pre: u32,
    /// Elements whose class or id names a price (`price`, `product-price`).
    pub(crate) price: u32,
    /// ... an add-to-cart or buy button (`add-to-cart`, `addtobasket`).
    pub(crate) cart: u32,
    /// ... a user or an avatar (a post's author box).
    pub(crate) user: u32,
    /// ... a reply (`reply`, `comment-reply-link`).
    pub(crate) reply: u32,
    /// Microdata for an offer's price (`itemprop="price"`).
    pub(crate) itemprop_price: u32,
}

impl Signals {
    /// A shop's page: elements naming prices, an add-to-cart button, or
    /// price microdata.
    pub(crate) fn shop(&self) -> bool {
        self.price >= tuning::SHOP_PRICE_ELEMENTS || self.cart > 0 || self.itemprop_price > 0
    }

    /// A thread's page: forum software's user boxes or reply links.
    pub(crate) fn thread(&self) -> bool {
        self.user >= tuning::FORUM_MIN_USER_ELEMENTS
            || self.reply >= tuning::FORUM_MIN_REPLY_ELEMENTS
    }

    /// A forum's page: a thread's marks on a page that is no shop (a
    /// shop's reviews have user boxes and reply links too).
    pub(crate) fn forum(&self) -> bool {
        !self.shop() && self.thread()
    }
}

/// Attributes that name the author of the element they are on.
static AUTHOR_ATTRIBUTES: LazyLock<[LocalName; 3]> =
    LazyLock::new(|| ["data-author", "data-author-username", "author"].map(LocalName::from));

/// Class and id fragments of add-to-cart buttons (and `buy-now`).
pub(super) const CART_WORDS: &[&str] = &[
    "add-to-cart",
    "addtocart",
    "add_to_cart",
    "add-to-basket",
    "addtobasket",
    "add_to_basket",
    "add-to-bag",
    "buy-now",
];

impl Signals {
    pub(super) fn note(&mut self, tag: &str, itemprop: Option<&str>, marks: u16) {
        // What a page calls its scripts, style sheets, links and metas
        // says nothing of what a reader sees (`id="user-registration-css"`); the
        // prescan drops most of them.
        let marks = if matches!(tag, "script" | "style" | "link" | "meta") {
            0
        } else {
            marks
        };
        let bump = |n: &mut u32, yes: bool| *n = n.saturating_add(u32::from(yes));
        match tag {
            "code" => bump(&mut self.code, true),
            "pre" => bump(&mut self.pre, true),
            _ => {}
        }
        bump(&mut self.price, marks & mark::PRICE != 0);
        bump(&mut self.cart, marks & mark::CART != 0);
        bump(&mut self.user, marks & mark::USER != 0);
        bump(&mut self.reply, marks & mark::REPLY != 0);
        if let Some(itemprop) = itemprop {
            bump(&mut self.itemprop_price, itemprop.trim() == "price");
        }
    }
}

impl Head {
    /// Notes what an element says about the page, if anything: called for
    /// every element the walks meet, before they decide to skip it.
    pub(super) fn note(
        &mut self,
        dom: &Dom,
        tag: &str,
        node: NodeId,
        attrs: &[Attribute],
        marks: u16,
    ) {
        let itemprop = dom::attr(attrs, &local_name!("itemprop"));
        self.signals.note(tag, itemprop, marks);
        self.note_data(dom, tag, node, attrs);
    }

    /// Notes what an element declares about the page: JSON-LD, a canonical
    /// or base link, `<html lang>`, `<time datetime>`, `<meta>` and
    /// microdata properties.
    fn note_data(&mut self, dom: &Dom, tag: &str, node: NodeId, attrs: &[Attribute]) {
        let itemprop = dom::attr(attrs, &local_name!("itemprop"));
        let get = |name: LocalName| dom::attr(attrs, &name).map(str::trim);
        if self.post_author.is_none()
            && let Some(author) = AUTHOR_ATTRIBUTES
                .iter()
                .find_map(|name| dom::attr(attrs, name).map(collapse))
                .filter(|a| !a.is_empty())
        {
            self.post_author = Some((self.metas.len(), author));
        }
        match tag {
            "html" => {
                if let Some(lang) = get(local_name!("lang")).filter(|l| !l.is_empty()) {
                    self.lang.get_or_insert_with(|| lang.to_string());
                }
            }
            "script"
                if get(local_name!("type"))
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                let used: usize = self.json_ld.iter().map(String::len).sum();
                let text = child_text(dom, node);
                if used + text.len() <= tuning::MAX_JSON_LD_BYTES {
                    self.json_ld.push(text);
                }
            }
            "link" => {
                let canonical = get(local_name!("rel")).is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical && let Some(href) = get(local_name!("href")).filter(|h| !h.is_empty())
                {
                    self.canonical.get_or_insert_with(|| href.to_string());
                }
            }
            "base" => {
                if let Some(href) = get(local_name!("href")).filter(|h| !h.is_empty()) {
                    self.base.get_or_insert_with(|| href.to_string());
                }
            }
            "time" => {
                if let Some(t) = get(local_name!("datetime")).filter(|t| !t.is_empty())
                    && self.times.len() < tuning::MAX_TIMES
                {
                    self.times.push(t.to_string());
                }
            }
            _ => {}
        }
        if self.metas.len() >= tuning::MAX_METAS {
            return;
        }
        let key = if tag == "meta" {
            get(local_name!("property"))
                .or_else(|| get(local_name!("name")))
                .or_else(|| get(local_name!("itemprop")))
        } else {
            itemprop.map(str::trim)
        };
        let Some(key) = key.filter(|k| !k.is_empty()) else {
            return;
        };
        let value = match get(local_name!("content")).or_else(|| get(local_name!("datetime"))) {
            Some(v) => collapse(v),
            // An item (`itemprop=author itemscope`) is its name, not all
            // its text (an avatar's initial, a join date).
            None if tag != "meta" && get(local_name!("itemscope")).is_some() => {
                item_name(dom, node).unwrap_or_else(|| text_of(dom, node, tuning::MAX_META_CHARS))
            }
            None if tag != "meta" => text_of(dom, node, tuning::MAX_META_CHARS),
            None => return,
        };
        if !value.is_empty() {
            self.metas.push((key.to_ascii_lowercase(), value));
        }
    }
}

/// The `itemprop="name"` of the item at `node`: the first one among the
/// first [`tuning::ITEM_NAME_MAX_NODES`] nodes inside it, its `content` or
/// its text.
fn item_name(dom: &Dom, node: NodeId) -> Option<String> {
    let (n, attrs) = dom
        .descendants(node)
        .take(tuning::ITEM_NAME_MAX_NODES)
        .filter_map(|n| Some((n, dom.element(n)?.1)))
        .find(|(_, attrs)| {
            dom::attr(attrs, &local_name!("itemprop"))
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("name"))
        })?;
    let name = match dom::attr(attrs, &local_name!("content")) {
        Some(c) => collapse(c),
        None => text_of(dom, n, tuning::MAX_META_CHARS),
    };
    Some(name).filter(|n| !n.is_empty())
}

/// The text of `node`'s own text children, as it stands (a `<title>`'s,
/// a `<script>`'s).
pub(super) fn child_text(dom: &Dom, node: NodeId) -> String {
    let mut text = String::new();
    for t in dom.children(node).filter_map(|c| dom.text(c)) {
        text.push_str(t);
    }
    text
}

/// The text inside `node`, whitespace collapsed, up to about `max` bytes
/// of it (counted collapsed: how far the markup is indented does not
/// matter); read with an explicit stack.
pub(super) fn text_of(dom: &Dom, node: NodeId, max: usize) -> String {
    let mut text = String::new();
    // Pre-order with an explicit stack of next siblings.
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if text.len() >= max {
            break;
        }
        if n != node && dom.next_sibling(n) != NO_NODE {
            stack.push(dom.next_sibling(n));
        }
        if let Some(t) = dom.text(n) {
            for word in t.split_whitespace() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
        } else if dom.element(n).is_none_or(|(name, _)| !holds_no_text(name))
            && dom.first_child(n) != NO_NODE
        {
            stack.push(dom.first_child(n));
        }
    }
    text
}

/// Reads what a subtree hidden from readers declares about the page (a
/// forum's microdata author in a `class="hidden"` box, JSON-LD in a
/// hidden template): [`Head::note_data`] for each element inside `node`,
/// in page order; iteratively. Metadata is not content: hiding it does
/// not make it untrue. Its elements count for no page-type signal.
pub(super) fn read_hidden(dom: &Dom, node: NodeId, out: &mut Head) {
    for n in dom.descendants(node) {
        if let Some((name, attrs)) = dom.element(n) {
            out.note_data(dom, &name.local, n, attrs);
        }
    }
}

/// Reads `<head>`: its `<title>`, and what [`Head::note`] notes of each
/// element; iteratively.
pub(super) fn read_head(dom: &Dom, head: NodeId, out: &mut Head) {
    // Pre-order, so that properties are noted in page order.
    let mut stack: Vec<NodeId> = dom.children(head).collect();
    stack.reverse();
    while let Some(child) = stack.pop() {
        let Some((name, attrs)) = dom.element(child) else {
            continue;
        };
        let tag = &*name.local;
        out.note(dom, tag, child, attrs, class_marks(attrs));
        match tag {
            "title" => {
                // The last <title> is the page's.
                let title = collapse(&child_text(dom, child));
                if !title.is_empty() {
                    out.title = Some(title);
                }
            }
            "meta" => {
                // The first OpenGraph title in <head> is the page's.
                if out.og_title.is_none()
                    && let Some((_, title)) = out.metas.last().filter(|(k, _)| k == "og:title")
                {
                    out.og_title = Some(title.clone());
                }
            }
            "script" | "link" | "style" | "base" => {}
            _ => {
                let at = stack.len();
                stack.extend(dom.children(child));
                stack[at..].reverse();
            }
        }
    }
}
