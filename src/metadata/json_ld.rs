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

/// The entities of the parsed scripts: top-level objects, arrays of them,
/// `@graph` members and the `mainEntity` a page describes (a forum
/// thread's `WebPage` holds its `DiscussionForumPosting` so), each after
/// the entity that holds it, in page order.
pub(super) fn entities(values: &[Value]) -> Vec<Entity<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(fields) => {
                // Pushed first, read after the graph and this entity: a
                // thread or a question, not any entity a page names as
                // its main one (a profile page's person, a list).
                if let Some(main) = fields.get("mainEntity").filter(|m| is_thread(m)) {
                    stack.push(main);
                }
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

/// Whether a value is an entity of a forum thread or a question.
fn is_thread(v: &Value) -> bool {
    let is = |t: &Value| {
        t.as_str()
            .is_some_and(|t| FORUM_TYPES.contains(&type_name(t).as_str()))
    };
    match v.get("@type") {
        Some(Value::Array(ts)) => ts.iter().any(is),
        Some(t) => is(t),
        None => false,
    }
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
