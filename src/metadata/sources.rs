//! What the metadata is read from: the `<meta>` tags the walk noted, and
//! the page's JSON-LD entities with the main one among them.

use std::cell::RefCell;

use super::*;
use crate::segment::Head;

/// The page's declared metadata, looked up by name.
pub(super) struct Sources<'a> {
    pub(super) head: &'a Head,
    pub(super) entities: Vec<Entity<'a>>,
    /// The page's own entity, in `entities`.
    main: Option<usize>,
    /// Entities by `@id`, for values that refer to one (`"author": {"@id":
    /// "#/schema/person/1"}` with the person elsewhere in the graph).
    by_id: HashMap<&'a str, &'a serde_json::Map<String, Value>>,
    /// The name of each entity referred to, read once however many values
    /// refer to it, so a web of references costs its size.
    names_by_id: RefCell<HashMap<&'a str, Option<String>>>,
}

impl<'a> Sources<'a> {
    pub(super) fn new(head: &'a Head, values: &'a [Value]) -> Self {
        let entities = entities(values);
        // The page's own entity: the first article, thread or
        // documentation page it describes, else the first product.
        let main = entities
            .iter()
            .position(|e| {
                e.is_any(ARTICLE_TYPES) || e.is_any(FORUM_TYPES) || e.is_any(DOCUMENTATION_TYPES)
            })
            .or_else(|| entities.iter().position(|e| e.is_any(PRODUCT_TYPES)))
            .or_else(|| {
                entities
                    .iter()
                    .position(|e| e.fields.contains_key("headline"))
            });
        let mut by_id = HashMap::new();
        for e in &entities {
            if let Some(id) = e.fields.get("@id").and_then(Value::as_str) {
                by_id.entry(id).or_insert(e.fields);
            }
        }
        Sources {
            head,
            entities,
            main,
            by_id,
            names_by_id: RefCell::new(HashMap::new()),
        }
    }

    /// The page's own entity.
    pub(super) fn main(&self) -> Option<&Entity<'a>> {
        self.main.map(|i| &self.entities[i])
    }

    /// A field of the page's own entity.
    pub(super) fn field(&self, key: &str) -> Option<&'a Value> {
        self.main().and_then(|e| e.fields.get(key))
    }

    /// A field of the first `WebPage` entity (`ItemPage`, `AboutPage` and
    /// the like) that has it: what a graph that describes no article
    /// says of the page itself.
    pub(super) fn web_page_field(&self, key: &str) -> Option<&'a Value> {
        self.entities
            .iter()
            .filter(|e| e.types.iter().any(|t| t.ends_with("page")))
            .find_map(|e| e.fields.get(key))
    }

    /// The first non-empty `<meta>` of the first of `keys` the page has.
    pub(super) fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.head
                .metas
                .iter()
                .find(|(name, value)| name == k && !value.is_empty())
                .map(|(_, v)| v.clone())
        })
    }

    /// The name of a person or organisation value: its own `name`, or the
    /// name of the entity its `@id` refers to.
    pub(super) fn name_of(&self, v: &Value) -> Option<String> {
        match v.get("@id").and_then(Value::as_str) {
            Some(id) if v.get("name").is_none() => {
                let (&id, fields) = self.by_id.get_key_value(id)?;
                self.names_by_id
                    .borrow_mut()
                    .entry(id)
                    .or_insert_with(|| fields.get("name").and_then(|n| json_text(n, "name")))
                    .clone()
            }
            _ => json_text(v, "name"),
        }
    }
}
