//! Link targets made absolute: reference resolution as RFC 3986 (section
//! 5.2) defines it, for the targets pages put in `href` and `src`.

/// Whether `s` starts with a URI scheme (`https:`, `mailto:`).
fn has_scheme(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Whether `s` is an absolute URL (a scheme, then something).
pub(crate) fn is_absolute(s: &str) -> bool {
    has_scheme(s) && s.len() > s.find(':').map_or(0, |c| c + 1)
}

/// The target of a link as a reader can follow it: `href` resolved against
/// `base` when there is one. `None` for a link that goes nowhere
/// (`javascript:`, empty) or, without a base, to a place on the page
/// itself (`#top`).
pub(crate) fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || crate::text::is_script_url(href) {
        return None;
    }
    if has_scheme(href) {
        return Some(href.to_string());
    }
    let Some(base) = base.filter(|b| is_absolute(b)) else {
        return (!href.starts_with('#')).then(|| href.to_string());
    };
    Some(join(base, href))
}

/// The parts of a URL: scheme (with `:`), authority (with `//`), path,
/// and the rest (query and fragment).
fn split(url: &str) -> (&str, &str, &str, &str) {
    let colon = url.find(':').map_or(0, |c| c + 1);
    let (scheme, rest) = url.split_at(colon);
    let (authority, rest) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find(['/', '?', '#']).map_or(after.len(), |e| e);
            rest.split_at(2 + end)
        }
        None => ("", rest),
    };
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let (path, tail) = rest.split_at(end);
    (scheme, authority, path, tail)
}

/// `reference` (relative) resolved against the absolute `base`.
fn join(base: &str, reference: &str) -> String {
    let (scheme, authority, base_path, base_tail) = split(base);
    if reference.starts_with("//") {
        return format!("{scheme}{reference}");
    }
    let end = reference.find(['?', '#']).unwrap_or(reference.len());
    let (path, tail) = reference.split_at(end);
    let base_query = base_tail.split('#').next().unwrap_or("");
    let (path, tail) = if path.is_empty() {
        // Only a query or a fragment: the base's path (and its query, for
        // a fragment alone).
        let tail = if tail.starts_with('#') {
            format!("{base_query}{tail}")
        } else {
            tail.to_string()
        };
        (base_path.to_string(), tail)
    } else if path.starts_with('/') {
        (remove_dots(path), tail.to_string())
    } else {
        let dir = match base_path.rfind('/') {
            Some(slash) => &base_path[..=slash],
            None if !authority.is_empty() => "/",
            None => "",
        };
        (remove_dots(&format!("{dir}{path}")), tail.to_string())
    };
    format!("{scheme}{authority}{path}{tail}")
}

/// A path with its `.` and `..` segments applied.
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if path.starts_with('/') && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_3986_examples() {
        // RFC 3986, section 5.4.1 (normal examples).
        let base = Some("http://a/b/c/d;p?q");
        for (r, want) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
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
            assert_eq!(resolve(base, r).as_deref(), Some(want), "{r}");
        }
    }

    #[test]
    fn links_that_go_nowhere() {
        assert_eq!(resolve(None, "javascript:void(0)"), None);
        assert_eq!(resolve(None, "  "), None);
        assert_eq!(resolve(None, "#top"), None);
        assert_eq!(resolve(None, "JavaScript:x").as_deref(), None);
        assert_eq!(
            resolve(None, "ab\u{20ac}\u{20ac}\u{20ac}\u{20ac}").as_deref(),
            Some("ab\u{20ac}\u{20ac}\u{20ac}\u{20ac}")
        );
        assert_eq!(resolve(None, "/a").as_deref(), Some("/a"));
        assert_eq!(
            resolve(Some("https://x.org"), "a").as_deref(),
            Some("https://x.org/a")
        );
    }
}
