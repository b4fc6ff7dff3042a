//! What a parse error leaves: the element and clauses parsed before it, for
//! the best-effort expansion that keeps an IDE working.

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;

use crate::ast::{Clause, Comprehension, Element, Flavor, ForClause, Form, Options};

/// Every identifier in `tokens`, nested groups included.
fn idents(tokens: &TokenStream) -> Vec<Ident> {
    tokens
        .clone()
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Ident(ident) => vec![ident],
            TokenTree::Group(group) => idents(&group.stream()),
            _ => Vec::new(),
        })
        .collect()
}

/// Whether the last top-level `for` of `body` has no `in` after it.
fn trailing_for_without_in(body: &TokenStream) -> bool {
    let trees: Vec<TokenTree> = body.clone().into_iter().collect();
    let is = |tree: &TokenTree, word: &str| matches!(tree, TokenTree::Ident(i) if i == word);
    match trees.iter().rposition(|tree| is(tree, "for")) {
        Some(at) => !trees[at..].iter().any(|tree| is(tree, "in")),
        None => false,
    }
}

/// What was parsed before an error.
#[derive(Default)]
pub(super) struct Partial {
    pub(super) form: Option<Form>,
    pub(super) element: Option<Element>,
    pub(super) clauses: Vec<Clause>,
}

impl Partial {
    /// The element and the clauses before the one the error cut short (it
    /// may be a fragment, like `if x` of `if x and y`), if a `for` remains,
    /// and unless the element may use a name that the broken clause was
    /// binding (a name it uses that the recovered clauses do not bind, but
    /// that the rest of `body` mentions): that would be a second error.
    pub(super) fn recover(
        mut self,
        krate: TokenStream,
        flavor: Flavor,
        body: &TokenStream,
    ) -> Option<Comprehension> {
        if self.clauses.len() > 1 {
            self.clauses.pop();
        }
        if !matches!(self.clauses.first(), Some(Clause::For(_))) {
            return None;
        }
        let element = self.element.as_ref()?;
        let bound: Vec<Ident> = self
            .clauses
            .iter()
            .filter_map(|clause| match clause {
                Clause::For(ForClause { pat, .. })
                | Clause::IfLet(pat, _)
                | Clause::Let(pat, _) => Some(pat),
                Clause::If(_) => None,
            })
            .flat_map(crate::names::bindings)
            .map(|binding| binding.ident)
            .collect();
        let element_tokens = match element {
            Element::Value(value) => value.to_token_stream(),
            Element::Entry { key, value } => quote::quote!(#key #value),
        };
        let unbound = idents(&element_tokens)
            .into_iter()
            .filter(|name| !bound.iter().any(|b| b == name));
        let all = idents(body);
        let elsewhere = |name: &Ident| {
            let in_element = idents(&element_tokens)
                .iter()
                .filter(|i| *i == name)
                .count();
            all.iter().filter(|i| *i == name).count() > in_element
        };
        if unbound.clone().any(|name| elsewhere(&name)) {
            return None;
        }
        // A last `for` still without its `in` (`.. for row in m for`) is
        // about to bind names: an element name no clause binds yet is
        // likely one of them (`x` of `x for row in m for x in row`).
        if trailing_for_without_in(body) && unbound.clone().next().is_some() {
            return None;
        }
        Some(Comprehension {
            krate,
            flavor,
            move_token: None,
            display_open: None,
            display: None,
            form: self.form?,
            element: self.element?,
            clauses: self.clauses,
            options: Options::default(),
        })
    }
}
