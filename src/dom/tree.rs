//! The DOM that html5ever's tree builder builds for the walk: every node in
//! one `Vec`, linked by `u32` indices (parent, first and last child, next
//! and previous sibling), in place of a tree of reference-counted nodes.
//!
//! One allocation grows with the page instead of one per node and one per
//! child list; appending, inserting before a sibling and detaching are
//! constant-time (no search of a parent's child list); and dropping the
//! tree is dropping a `Vec`, which never recurses whatever the depth.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ExpandedName, LocalName, Namespace, QualName, ns};

use super::prescan::is_read;

/// A node's index in [`Dom::nodes`].
pub(crate) type NodeId = u32;

/// "No node": the parent of the document, the child of a leaf.
pub(crate) const NO_NODE: NodeId = u32::MAX;

/// A parsed document; the document node is node 0.
#[derive(Debug)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
}

/// One node and its links.
#[derive(Debug)]
pub(crate) struct Node {
    parent: NodeId,
    first_child: NodeId,
    last_child: NodeId,
    prev_sibling: NodeId,
    next_sibling: NodeId,
    /// Ancestors between it and the document (or its template's contents,
    /// counted from the template), as of when it was last linked in.
    depth: u32,
    pub(crate) data: NodeData,
}

/// What a node is.
#[derive(Debug)]
pub(crate) enum NodeData {
    Document,
    /// A `<template>`'s contents, outside the tree as in the HTML spec.
    Fragment,
    Text(StrTendril),
    Element {
        name: Name,
        attrs: Vec<Attribute>,
        /// The contents node of a `<template>`, else [`NO_NODE`].
        template_contents: NodeId,
        /// For the tree builder's MathML rules.
        mathml_integration_point: bool,
    },
    /// Comments, processing instructions and the doctype: nothing the walk
    /// reads.
    Other,
}

impl Dom {
    /// The document node.
    pub(crate) const DOCUMENT: NodeId = 0;

    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The first child of `id`, or [`NO_NODE`].
    pub(crate) fn first_child(&self, id: NodeId) -> NodeId {
        self.node(id).first_child
    }

    /// The sibling after `id`, or [`NO_NODE`].
    pub(crate) fn next_sibling(&self, id: NodeId) -> NodeId {
        self.node(id).next_sibling
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut next = self.first_child(id);
        std::iter::from_fn(move || {
            let at = next;
            (at != NO_NODE).then(|| {
                next = self.next_sibling(at);
                at
            })
        })
    }

    /// The nodes inside `id` (not `id` itself), in document order: read
    /// with an explicit stack that holds at most one node per level.
    pub(crate) fn descendants(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![self.first_child(id)];
        std::iter::from_fn(move || {
            let at = stack.pop().filter(|&n| n != NO_NODE)?;
            // The sibling waits under the children, which come first.
            if self.next_sibling(at) != NO_NODE {
                stack.push(self.next_sibling(at));
            }
            if self.first_child(at) != NO_NODE {
                stack.push(self.first_child(at));
            }
            Some(at)
        })
    }

    /// The element's name and attributes, if `id` is an element.
    pub(crate) fn element(&self, id: NodeId) -> Option<(&Name, &[Attribute])> {
        match &self.node(id).data {
            NodeData::Element { name, attrs, .. } => Some((name, attrs)),
            _ => None,
        }
    }

    /// The text of `id`, if it is a text node.
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// An element's name. html5ever's tree builder makes elements in three
/// namespaces only, and none with a prefix: a [`QualName`] less those is
/// one atom to clone and drop instead of three, in every node and in every
/// handle the tree builder holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Name {
    pub(crate) ns: Ns,
    pub(crate) local: LocalName,
}

/// The namespace of an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    Html,
    Svg,
    MathMl,
    /// Any other (the tree builder makes none); also the "name" of a node
    /// that is not an element.
    None,
}

static HTML: Namespace = ns!(html);
static SVG: Namespace = ns!(svg);
static MATHML: Namespace = ns!(mathml);
static NONE: Namespace = ns!();

impl Ns {
    fn of(ns: &Namespace) -> Ns {
        if *ns == ns!(html) {
            Ns::Html
        } else if *ns == ns!(svg) {
            Ns::Svg
        } else if *ns == ns!(mathml) {
            Ns::MathMl
        } else {
            Ns::None
        }
    }

    fn namespace(self) -> &'static Namespace {
        match self {
            Ns::Html => &HTML,
            Ns::Svg => &SVG,
            Ns::MathMl => &MATHML,
            Ns::None => &NONE,
        }
    }
}

impl Name {
    fn of(name: QualName) -> Name {
        Name {
            ns: Ns::of(&name.ns),
            local: name.local,
        }
    }
}

/// The tree builder's handle on a node: its index, and for an element its
/// name, which [`TreeSink::elem_name`] lends without touching the arena.
#[derive(Debug, Clone)]
pub(crate) struct Handle {
    id: NodeId,
    name: Name,
}

/// Builds a [`Dom`] for html5ever's tree builder.
pub(crate) struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The deepest any node has been linked in: what the tree builder's
    /// stack of open elements grows with, and so its cost for every tag.
    deepest: Cell<u32>,
    /// Elements made: more than the page's start tags when the parser
    /// reopens formatting elements in each new block.
    elements: Cell<usize>,
}

impl Default for Sink {
    fn default() -> Self {
        Sink::with_capacity(1)
    }
}

impl Sink {
    /// A sink whose arena has room for `nodes` nodes before it grows: sized
    /// from the prescan's estimate, the arena is allocated once instead of
    /// doubling (which holds the old and the new array at once, and leaves
    /// up to half of the last one unused).
    pub(crate) fn with_capacity(nodes: usize) -> Sink {
        let mut arena = Vec::with_capacity(nodes.max(1));
        arena.push(Node::new(NodeData::Document));
        Sink {
            nodes: RefCell::new(arena),
            deepest: Cell::new(0),
            elements: Cell::new(0),
        }
    }

    /// The elements made so far, the ones the parser made on its own
    /// included: `<p><b class=1>…<b class=400>` reopens all four hundred in
    /// every later paragraph, four hundred elements for `<p>t`.
    pub(crate) fn elements(&self) -> usize {
        self.elements.get()
    }

    /// The deepest a node of the tree has been so far (see
    /// [`Node::depth`]), for the parse to stop a page that nests deeper
    /// than the limit while the tree is built, whatever the prescan
    /// estimated. Children that the parser moves keep the depth they had
    /// (the count is a lower bound for their subtree).
    pub(crate) fn deepest(&self) -> usize {
        self.deepest.get() as usize
    }

    /// Records that `id` now sits at `depth`, with the contents of a
    /// template one deeper, as the tree builder's stack holds them.
    fn set_depth(&self, nodes: &mut [Node], id: NodeId, depth: u32) {
        let n = &mut nodes[id as usize];
        n.depth = depth;
        if let NodeData::Element {
            template_contents, ..
        } = n.data
            && template_contents != NO_NODE
        {
            nodes[template_contents as usize].depth = depth;
        }
        if depth > self.deepest.get() {
            self.deepest.set(depth);
        }
    }
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: NO_NODE,
            first_child: NO_NODE,
            last_child: NO_NODE,
            prev_sibling: NO_NODE,
            next_sibling: NO_NODE,
            depth: 0,
            data,
        }
    }
}

/// An empty name, for the handles of nodes that are not elements.
fn no_name() -> Name {
    Name {
        ns: Ns::None,
        local: LocalName::default(),
    }
}

impl Sink {
    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        (nodes.len() - 1) as NodeId
    }

    fn handle(&self, id: NodeId) -> Handle {
        let name = match &self.nodes.borrow()[id as usize].data {
            NodeData::Element { name, .. } => name.clone(),
            _ => no_name(),
        };
        Handle { id, name }
    }

    /// Takes `id` out of its parent's children, if it has a parent.
    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        if parent == NO_NODE {
            return;
        }
        if prev == NO_NODE {
            nodes[parent as usize].first_child = next;
        } else {
            nodes[prev as usize].next_sibling = next;
        }
        if next == NO_NODE {
            nodes[parent as usize].last_child = prev;
        } else {
            nodes[next as usize].prev_sibling = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NO_NODE;
        n.prev_sibling = NO_NODE;
        n.next_sibling = NO_NODE;
    }

    /// Makes `id` (detached) the last child of `parent`.
    fn link_last(nodes: &mut [Node], parent: NodeId, id: NodeId) {
        let last = nodes[parent as usize].last_child;
        {
            let n = &mut nodes[id as usize];
            n.parent = parent;
            n.prev_sibling = last;
            n.next_sibling = NO_NODE;
        }
        if last == NO_NODE {
            nodes[parent as usize].first_child = id;
        } else {
            nodes[last as usize].next_sibling = id;
        }
        nodes[parent as usize].last_child = id;
    }

    /// Makes `id` (detached) the sibling just before `sibling`.
    fn link_before(nodes: &mut [Node], sibling: NodeId, id: NodeId) {
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev_sibling)
        };
        {
            let n = &mut nodes[id as usize];
            n.parent = parent;
            n.prev_sibling = prev;
            n.next_sibling = sibling;
        }
        nodes[sibling as usize].prev_sibling = id;
        if prev == NO_NODE {
            if parent != NO_NODE {
                nodes[parent as usize].first_child = id;
            }
        } else {
            nodes[prev as usize].next_sibling = id;
        }
    }

    /// The node to link in, detached: the given node, or new text. `None`
    /// when the text went into `before`, the text node it would follow.
    fn node_to_insert(
        nodes: &mut Vec<Node>,
        before: NodeId,
        new: NodeOrText<Handle>,
    ) -> Option<NodeId> {
        let id = match new {
            NodeOrText::AppendText(text) => {
                if Self::extend_text(nodes, before, &text) {
                    return None;
                }
                nodes.push(Node::new(NodeData::Text(text)));
                (nodes.len() - 1) as NodeId
            }
            NodeOrText::AppendNode(node) => node.id,
        };
        Self::detach(nodes, id);
        Some(id)
    }

    /// Appends `text` to node `id` if it is a text node.
    fn extend_text(nodes: &mut [Node], id: NodeId, text: &StrTendril) -> bool {
        match nodes.get_mut(id as usize).map(|n| &mut n.data) {
            Some(NodeData::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

/// An element with at most this many attributes keeps them all.
const KEEP_ALL_ATTRIBUTES: usize = 8;

/// Keeps only the attributes something reads ([`is_read`]) of an element
/// with more than [`KEEP_ALL_ATTRIBUTES`], with `class`,
/// `id` and `style` values cut to
/// [`ATTRIBUTE_MAX_BYTES`](crate::tuning::ATTRIBUTE_MAX_BYTES) (at a char
/// boundary; the cut shares the value's buffer). The parser copies an
/// unclosed formatting element with all its attributes into every later
/// paragraph (the prescan leaves a `<b>` up to
/// [`FORMATTING_UNREAD_MAX`](crate::tuning::FORMATTING_UNREAD_MAX) unread
/// attributes: the parser compares them), so each would be stored, and a
/// long class read, again in each.
fn keep_read_values(attrs: &mut Vec<Attribute>) {
    // The prescan has cut the unread attributes of most elements already;
    // a few more cost little.
    if attrs.len() > KEEP_ALL_ATTRIBUTES {
        attrs.retain(|a| is_read(a.name.local.as_bytes()));
        // Kept for the life of the tree: without the room of the others.
        attrs.shrink_to_fit();
    }
    for a in attrs {
        let cap = crate::tuning::ATTRIBUTE_MAX_BYTES;
        if a.value.len() > cap && matches!(&*a.name.local, "class" | "id" | "style") {
            let end = crate::text::floor_char_boundary(&a.value, cap);
            a.value = a.value.subtendril(0, end as u32);
        }
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'a> = ExpandedName<'a>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle {
            id: Dom::DOCUMENT,
            name: no_name(),
        }
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        ExpandedName {
            ns: target.name.ns.namespace(),
            local: &target.name.local,
        }
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Handle {
        keep_read_values(&mut attrs);
        let template_contents = if flags.template {
            self.push(NodeData::Fragment)
        } else {
            NO_NODE
        };
        let name = Name::of(name);
        self.elements.set(self.elements.get() + 1);
        let id = self.push(NodeData::Element {
            name: name.clone(),
            attrs,
            template_contents,
            mathml_integration_point: flags.mathml_annotation_xml_integration_point,
        });
        Handle { id, name }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        let id = self.push(NodeData::Other);
        Handle {
            id,
            name: no_name(),
        }
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.create_comment(StrTendril::new())
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        let last = nodes[parent.id as usize].last_child;
        if let Some(id) = Self::node_to_insert(&mut nodes, last, child) {
            Self::link_last(&mut nodes, parent.id, id);
            let depth = nodes[parent.id as usize].depth + 1;
            self.set_depth(&mut nodes, id, depth);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.nodes.borrow()[element.id as usize].parent != NO_NODE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let contents = match &self.nodes.borrow()[target.id as usize].data {
            NodeData::Element {
                template_contents, ..
            } if *template_contents != NO_NODE => *template_contents,
            // Only ever asked of a template; an empty fragment otherwise.
            _ => return self.handle(self.push(NodeData::Fragment)),
        };
        self.handle(contents)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        let prev = nodes[sibling.id as usize].prev_sibling;
        if let Some(id) = Self::node_to_insert(&mut nodes, prev, new_node) {
            Self::link_before(&mut nodes, sibling.id, id);
            let depth = nodes[sibling.id as usize].depth;
            self.set_depth(&mut nodes, id, depth);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, mut add: Vec<Attribute>) {
        keep_read_values(&mut add);
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element { attrs, .. } = &mut nodes[target.id as usize].data {
            for a in add {
                if !attrs.iter().any(|e| e.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[node.id as usize].first_child;
        while child != NO_NODE {
            let next = nodes[child as usize].next_sibling;
            Self::detach(&mut nodes, child);
            Self::link_last(&mut nodes, new_parent.id, child);
            let depth = nodes[new_parent.id as usize].depth + 1;
            self.set_depth(&mut nodes, child, depth);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.nodes.borrow()[handle.id as usize].data,
            NodeData::Element {
                mathml_integration_point: true,
                ..
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as nested tag names and text, for comparing shapes.
    fn shape(dom: &Dom, id: NodeId) -> String {
        let mut out = String::new();
        // Iterative: (node, closing) pairs.
        let mut stack = vec![(id, false)];
        while let Some((n, closing)) = stack.pop() {
            match (&dom.node(n).data, closing) {
                (NodeData::Element { name, .. }, false) => {
                    out.push_str(&format!("<{}>", name.local));
                    stack.push((n, true));
                    let kids: Vec<NodeId> = dom.children(n).collect();
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
                (NodeData::Element { name, .. }, true) => {
                    out.push_str(&format!("</{}>", name.local))
                }
                (NodeData::Text(t), _) => out.push_str(t),
                (NodeData::Document, false) => {
                    let kids: Vec<NodeId> = dom.children(n).collect();
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
                _ => {}
            }
        }
        out
    }

    fn parse(html: &str) -> String {
        let dom = crate::dom::parse(html);
        shape(&dom, Dom::DOCUMENT)
    }

    #[test]
    fn builds_what_browsers_build() {
        assert_eq!(
            parse("<p>a<b>b<i>c</b>d</i>e"),
            "<html><head></head><body><p>a<b>b<i>c</i></b><i>d</i>e</p></body></html>"
        );
        // Foster parenting: text and elements out of a table go before it.
        assert_eq!(
            parse("<table>x<tr><td>1</td></tr><div>y</div></table>"),
            "<html><head></head><body>x<div>y</div><table><tbody><tr><td>1</td></tr></tbody></table></body></html>"
        );
        // Adjacent text merges into one node.
        let dom = crate::dom::parse("<p>a&amp;b</p>");
        let body = dom.children(Dom::DOCUMENT).next().unwrap();
        let body = dom.children(body).nth(1).unwrap();
        let p = dom.first_child(body);
        assert_eq!(dom.children(p).count(), 1);
        assert_eq!(dom.text(dom.first_child(p)), Some("a&b"));
    }

    #[test]
    fn templates_hold_their_contents_apart() {
        assert_eq!(
            parse("<p>a</p><template><p>t</p></template>"),
            "<html><head></head><body><p>a</p><template></template></body></html>"
        );
    }

    #[test]
    fn attributes_of_a_second_body_are_added() {
        let dom = crate::dom::parse("<body class=a><body id=b class=c>");
        let html = dom.first_child(Dom::DOCUMENT);
        let body = dom.children(html).nth(1).unwrap();
        let (_, attrs) = dom.element(body).unwrap();
        let pairs: Vec<(&str, &str)> = attrs.iter().map(|a| (&*a.name.local, &*a.value)).collect();
        assert_eq!(pairs, [("class", "a"), ("id", "b")]);
    }
}
