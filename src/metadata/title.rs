//! The headline among the page's titles, less the site's name.

/// The headline among the page's titles: the `<h1>` when a declared title
/// agrees with it (they are the same, or one is part of the other once a
/// site name is cut off), else the first declared title, the structured
/// headline before the OpenGraph title before the `<title>` (less the site
/// name), else the `<h1>`.
pub(super) fn choose_title(
    h1: Option<&str>,
    headline: Option<&str>,
    og_title: Option<&str>,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    let title = title.map(|t| strip_site_name(t, site_name));
    // The OpenGraph title loses a part only when that part is the site's
    // name: otherwise it may be "Product – what the product is".
    let og_title = og_title.map(|t| {
        let stripped = strip_site_name(t, site_name);
        let site = site_name.map(str::to_lowercase);
        let named = TITLE_SEPARATORS.iter().any(|sep| {
            t.split(sep)
                .any(|p| site.as_deref() == Some(&p.trim().to_lowercase()))
        });
        if named { stripped } else { t.to_string() }
    });
    let unquote = |t: &str| {
        t.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}') || c.is_whitespace())
            .to_string()
    };
    let headline = headline.map(unquote);
    let declared = [headline.as_deref(), og_title.as_deref(), title.as_deref()];
    if let Some(h1) = h1.filter(|h| !h.is_empty()) {
        let h = h1.to_lowercase();
        let agrees = declared.iter().flatten().any(|d| {
            let d = d.to_lowercase();
            d == h || d.contains(&h) || (h.contains(&d) && d.len() * 2 >= h.len())
        });
        if agrees {
            return Some(h1.to_string());
        }
    }
    declared
        .into_iter()
        .flatten()
        .find(|t| !t.is_empty())
        .map(str::to_string)
        .or_else(|| h1.map(str::to_string))
}

/// Separators between a headline and a site name in a `<title>`.
pub(super) const TITLE_SEPARATORS: &[&str] =
    &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// A `<title>` without the site name joined to it: the part that is not
/// the site name, else the longest part.
pub(super) fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let Some(sep) = TITLE_SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let site = site_name.map(str::to_lowercase);
    let rest: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| site.as_deref() != Some(&p.to_lowercase()))
        .collect();
    if rest.len() == 1 {
        return rest[0].to_string();
    }
    // Without a known site name: the headline is the longest part.
    parts
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .unwrap_or(title)
        .to_string()
}
