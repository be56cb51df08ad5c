//! Link targets made absolute, as a browser makes them: the WHATWG URL
//! standard's parser (the `url` crate) for the targets pages put in `href`
//! and `src`.

use url::Url;

/// `s` as a URL that link targets can be resolved against: absolute, and
/// one that can be a base (not `mailto:a@b` or `data:`).
pub(crate) fn parse_base(s: &str) -> Option<Url> {
    Url::parse(s).ok().filter(|url| !url.cannot_be_a_base())
}

/// Whether a link to `url` goes nowhere a reader can follow.
fn goes_nowhere(url: &Url) -> bool {
    url.scheme() == "javascript"
}

/// The target of a link as a reader can follow it: `href` resolved against
/// `base` when there is one, as a browser resolves it (leading and trailing
/// spaces and controls dropped, tabs and newlines inside removed, `\` read
/// as `/` in web URLs, the host lower-cased, a default port dropped,
/// spaces and non-ASCII percent-encoded). `None` for a link that goes
/// nowhere (`javascript:`, empty), that a browser could not parse
/// (`http://[::1`), or, without a base, that points to a place on the page
/// itself (`#top`). Without a base, an absolute target is written as the
/// standard serialises it and a relative one is kept as the page wrote it.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    // The URL parser's own trim: C0 controls and spaces at either end.
    let href = href.trim_matches(|c: char| c <= ' ');
    if href.is_empty() || crate::text::is_script_url(href) {
        return None;
    }
    let url = match base {
        Some(base) => base.join(href),
        None => Url::parse(href),
    };
    match url {
        Ok(url) if goes_nowhere(&url) => None,
        Ok(url) => Some(url.into()),
        Err(url::ParseError::RelativeUrlWithoutBase) if base.is_none() => {
            (!href.starts_with('#')).then(|| href.to_string())
        }
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(s: &str) -> Url {
        parse_base(s).expect("a base URL")
    }

    #[test]
    fn rfc_3986_examples() {
        // RFC 3986, section 5.4.1 (normal examples), which the URL standard
        // keeps but for the `/` it gives a URL with a host and no path.
        let base = base("http://a/b/c/d;p?q");
        for (r, want) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
        ] {
            assert_eq!(resolve(Some(&base), r).as_deref(), Some(want), "{r}");
        }
    }

    #[test]
    fn url_standard_cases() {
        // Cases of the URL standard's own tests (web-platform-tests'
        // `urltestdata.json`), for the forms where browsers and RFC 3986
        // part: backslashes, spaces, a scheme without slashes, tabs and
        // newlines, host case, default ports, non-ASCII paths.
        let base = base("http://example.org/foo/bar");
        for (href, want) in [
            ("\\x\\hello", "http://example.org/x/hello"),
            ("/a/ /c", "http://example.org/a/%20/c"),
            ("  :foo.com   \n", "http://example.org/foo/:foo.com"),
            (" foo.com  ", "http://example.org/foo/foo.com"),
            ("http:foo.com", "http://example.org/foo/foo.com"),
            ("http:/example.com/", "http://example.org/example.com/"),
            ("https:foo.com", "https://foo.com/"),
            ("http://example\t.\norg", "http://example.org/"),
            (
                "http://f:21/ b ? d # e ",
                "http://f:21/%20b%20?%20d%20#%20e",
            ),
            ("http://f:80/c", "http://f/c"),
            ("https://f:443/c", "https://f/c"),
            ("http://f:00000000000000/c", "http://f:0/c"),
            ("http://ExAmPlE.CoM", "http://example.com/"),
            ("http://example.com/foo/../../..", "http://example.com/"),
            ("http://example.com////../..", "http://example.com//"),
            ("http://[1:0::]", "http://[1::]/"),
            (
                "http://example.com/\u{4f60}\u{597d}",
                "http://example.com/%E4%BD%A0%E5%A5%BD",
            ),
            (
                "http://www.google.com/foo?bar=baz# \u{bb}",
                "http://www.google.com/foo?bar=baz#%20%C2%BB",
            ),
            ("//server/file", "http://server/file"),
            ("a:\t foo.com", "a: foo.com"),
        ] {
            assert_eq!(
                resolve(Some(&base), href).as_deref(),
                Some(want),
                "{href:?}"
            );
        }
        // What a browser cannot parse is no link.
        assert_eq!(resolve(Some(&base), "http://[::1"), None);
        assert_eq!(resolve(Some(&base), "http://a b/"), None);
        assert_eq!(resolve(None, "http://a:99999/"), None);
    }

    #[test]
    fn links_that_go_nowhere() {
        assert_eq!(resolve(None, "javascript:void(0)"), None);
        assert_eq!(resolve(None, "  "), None);
        assert_eq!(resolve(None, "#top"), None);
        assert_eq!(resolve(None, "JavaScript:x").as_deref(), None);
        // Tabs and newlines are not part of a URL: this is `javascript:`.
        assert_eq!(resolve(None, "java\tscript:alert(1)"), None);
        let base = base("https://x.org/a/");
        assert_eq!(resolve(Some(&base), "java\nscript:x()"), None);
    }

    #[test]
    fn without_a_base() {
        // A relative target is kept as written; an absolute one is written
        // as the standard serialises it.
        assert_eq!(
            resolve(None, "ab\u{20ac}\u{20ac}").as_deref(),
            Some("ab\u{20ac}\u{20ac}")
        );
        assert_eq!(resolve(None, "/a").as_deref(), Some("/a"));
        assert_eq!(
            resolve(None, "HTTPS://X.org:443/a b").as_deref(),
            Some("https://x.org/a%20b")
        );
        assert_eq!(
            resolve(None, "mailto:a@b.org").as_deref(),
            Some("mailto:a@b.org")
        );
        assert_eq!(
            resolve(Some(&base("https://x.org")), "a").as_deref(),
            Some("https://x.org/a")
        );
    }

    #[test]
    fn what_can_be_a_base() {
        assert!(parse_base("https://x.org/a?b").is_some());
        assert!(parse_base("file:///home/me/page.html").is_some());
        assert!(parse_base("mailto:a@b.org").is_none());
        assert!(parse_base("data:text/html,hi").is_none());
        assert!(parse_base("/relative").is_none());
        assert!(parse_base("").is_none());
    }
}
