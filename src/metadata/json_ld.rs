//! JSON-LD read whole: the page's scripts parsed, their entities (with
//! `@graph` and `@id` references) listed by type, and text values taken
//! with entities decoded.

use super::*;

/// One JSON-LD entity: its types (lowercased, without a vocabulary
/// prefix) and its fields.
pub(super) struct Entity<'a> {
    pub(super) types: Vec<String>,
    pub(super) fields: &'a serde_json::Map<String, Value>,
}

impl Entity<'_> {
    pub(super) fn is_any(&self, types: &[&str]) -> bool {
        self.types.iter().any(|t| types.contains(&t.as_str()))
    }
}

/// Parses the JSON-LD scripts; a script that is not JSON is skipped.
pub(super) fn parse_json_ld(scripts: &[String]) -> Vec<Value> {
    scripts
        .iter()
        .filter_map(|s| {
            // Some pages wrap the JSON in an HTML comment or CDATA section.
            let s = s.trim();
            let s = s.strip_prefix("<!--").unwrap_or(s);
            let s = s.strip_suffix("-->").unwrap_or(s);
            let s = s.trim().strip_prefix("//<![CDATA[").unwrap_or(s);
            let s = s.trim().strip_suffix("//]]>").unwrap_or(s).trim();
            serde_json::from_str(s).ok().or_else(|| {
                // A raw line break or tab inside a string (JSON wants
                // `\n`): read as a space, as a lenient reader does.
                s.contains(|c: char| c < ' ').then(|| {
                    let spaced: String = s.chars().map(|c| if c < ' ' { ' ' } else { c }).collect();
                    serde_json::from_str(&spaced).ok()
                })?
            })
        })
        .collect()
}

/// The entities of the parsed scripts: top-level objects, arrays of them
/// and `@graph` members, in page order.
pub(super) fn entities(values: &[Value]) -> Vec<Entity<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(fields) => {
                if let Some(graph) = fields.get("@graph") {
                    stack.push(graph);
                }
                let types = match fields.get("@type") {
                    Some(Value::String(t)) => vec![type_name(t)],
                    Some(Value::Array(ts)) => {
                        ts.iter().filter_map(Value::as_str).map(type_name).collect()
                    }
                    _ => Vec::new(),
                };
                if !types.is_empty() {
                    out.push(Entity { types, fields });
                }
            }
            _ => {}
        }
    }
    out
}

/// `https://schema.org/NewsArticle` or `schema:NewsArticle` as `newsarticle`.
pub(super) fn type_name(t: &str) -> String {
    t.rsplit(['/', ':', '#'])
        .next()
        .unwrap_or(t)
        .to_ascii_lowercase()
}

/// A JSON-LD value as text: a string, or an object's `name` (or `@id`
/// for an image, `url`), or the first of an array, looked into as deep as
/// they nest (with a stack, not recursion).
pub(super) fn json_text(v: &Value, key: &str) -> Option<String> {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => {
                let text = collapse(&entity::decode(s));
                if !text.is_empty() {
                    return Some(text);
                }
            }
            Value::Object(o) => stack.extend(o.get(key)),
            // The first item on top.
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// All texts of a JSON-LD value that may be a list (authors, keywords).
pub(super) fn json_texts(v: &Value, key: &str) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(|v| json_text(v, key)).collect(),
        _ => json_text(v, key).into_iter().collect(),
    }
}
