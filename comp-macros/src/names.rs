//! Internal names and span helpers.
//!
//! Every name the expansion introduces is made here, at `Span::mixed_site()`:
//! a user variable called `__comp_out` (or `out`, `result`, `iter`...) can
//! neither see nor shadow them. Names the user binds keep the user's spans.

use proc_macro2::{Ident, Span};

/// An identifier that is not a keyword (`x`, `fro`; not `for`, `self`).
pub fn is_name(ident: &Ident) -> bool {
    syn::parse2::<Ident>(proc_macro2::TokenTree::Ident(ident.clone()).into()).is_ok()
}

/// Whether `tree` is the punctuation `c` (`None`: past the end).
pub fn is_punct(tree: Option<&proc_macro2::TokenTree>, c: char) -> bool {
    matches!(tree, Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == c)
}

/// Whether `tree` ends an operand: a name (not a keyword), a literal, or a
/// group other than a block (`x ** 2`, `v if c else 0` after it are
/// Python's operators, not Rust's dereference or an `if` expression).
pub fn ends_operand(tree: &proc_macro2::TokenTree) -> bool {
    use proc_macro2::TokenTree;
    match tree {
        TokenTree::Ident(word) => is_name(word),
        TokenTree::Literal(_) => true,
        TokenTree::Group(group) => group.delimiter() != proc_macro2::Delimiter::Brace,
        TokenTree::Punct(_) => false,
    }
}

/// Where a block of Python's conditional `a if c else b` is located: at
/// its branch's last token (`fallback` without one), so that rustc's
/// suggestions at a branch's end (`.expect(..)` when the other branch is
/// `None`) land after the user's branch. The `else` block's (`user`) is of
/// the user's context (in the macro's, rustc moves the suggestion for a
/// dict's value or a tuple item to the end of the whole call); the first
/// block's, as the `if` keyword, of the macro's, so that clippy's lints
/// about an `if` (`needless_bool`, `suspicious_else_formatting`) see the
/// expansion's `if`, not the user's.
pub fn branch_span(branch: proc_macro2::TokenStream, fallback: Span, user: bool) -> Span {
    let end = branch
        .into_iter()
        .last()
        .map_or(fallback, |tree| tree.span());
    match user {
        true => end,
        false => Span::call_site().located_at(end),
    }
}

/// `await` followed by `for`: Dart's `await for`, meaning `async for`,
/// when it follows a whole expression (see [`is_await_for`]).
pub fn awaits_for(tree: &proc_macro2::TokenTree, after: Option<&proc_macro2::TokenTree>) -> bool {
    use proc_macro2::TokenTree;
    matches!(tree, TokenTree::Ident(word) if word == "await")
        && matches!(after, Some(TokenTree::Ident(word)) if word == "for")
}

/// Dart's `await for` after a whole element or clause (`t * 2.0 await for t
/// in s`): [`awaits_for`] after a token that ends an expression (a name,
/// literal, group or `?`). After an operator or a `.`, or first, it is an
/// `await` being typed (`x + await`).
pub fn is_await_for(
    before: Option<&proc_macro2::TokenTree>,
    tree: &proc_macro2::TokenTree,
    after: Option<&proc_macro2::TokenTree>,
) -> bool {
    use proc_macro2::TokenTree;
    let ends_expression = match before {
        Some(TokenTree::Ident(word)) => is_name(word) || word == "self",
        Some(TokenTree::Literal(_) | TokenTree::Group(_)) => true,
        Some(TokenTree::Punct(p)) => p.as_char() == '?',
        None => false,
    };
    ends_expression && awaits_for(tree, after)
}

/// An internal local, e.g. `internal("out")` is `__comp_out`.
pub fn internal(name: &str) -> Ident {
    Ident::new(&format!("__comp_{name}"), Span::mixed_site())
}

/// An internal local that rustc names in a borrow error of the user's code
/// ("`'1` appears in the type of `list`", "`items` declared here"): named
/// for what it holds, in the user's words, with mixed-site hygiene all the
/// same (a user's `list` or `items` neither sees nor shadows it).
pub fn shown(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The yielder a generator sends its items through: [`shown`] as `items`.
pub fn yielder() -> Ident {
    shown("items")
}

/// An internal local that reports errors at `location` (a user expression
/// it holds), with mixed-site hygiene all the same.
pub fn internal_at(name: &str, location: Span) -> Ident {
    Ident::new(
        &format!("__comp_{name}"),
        Span::mixed_site().located_at(location),
    )
}

/// An internal local numbered by nesting depth, for nested streams.
pub fn internal_nth(name: &str, depth: usize) -> Ident {
    Ident::new(&format!("__comp_{name}_{depth}"), Span::mixed_site())
}

/// The marker the prepass writes for `(name := expr)`; see `prepass.rs`.
pub const WALRUS_MARKER: &str = "__comp_walrus";

/// The marker the prepass writes before a nested display it turns into a
/// macro call (`$crate::comp!(__comp_nested [..])`); see `expand.rs`.
pub const NESTED_MARKER: &str = "__comp_nested";

/// A name bound by a pattern, with its `mut` if any.
#[derive(Clone)]
pub struct Binding {
    /// `mut` in `mut x`.
    pub mutability: Option<syn::Token![mut]>,
    /// The name, with the user's span.
    pub ident: Ident,
}

/// The names a pattern binds, left to right. Capitalised identifiers are
/// unit structs, variants or constants (`None`), not bindings.
pub fn bindings(pat: &syn::Pat) -> Vec<Binding> {
    struct Collect(Vec<Binding>);
    impl<'ast> syn::visit::Visit<'ast> for Collect {
        fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
            let name = pat.ident.to_string();
            if !name.starts_with(|c: char| c.is_uppercase()) {
                self.0.push(Binding {
                    mutability: pat.mutability,
                    ident: pat.ident.clone(),
                });
            }
            syn::visit::visit_pat_ident(self, pat);
        }
    }
    let mut collect = Collect(Vec::new());
    syn::visit::Visit::visit_pat(&mut collect, pat);
    collect.0
}

/// Rust's primitive types, which name no value and take no generic
/// arguments.
pub const PRIMITIVES: [&str; 17] = [
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "char", "bool", "str",
];

/// Whether `tokens` end with a type's name, by Rust's naming a capitalised
/// one (`Cell`, `Self`, `T`): braces after it are a struct literal's, not a
/// block; `<` `>` around it are generic arguments.
pub fn names_a_type(tokens: &[proc_macro2::TokenTree]) -> bool {
    matches!(tokens.last(), Some(proc_macro2::TokenTree::Ident(name))
        if name.to_string().starts_with(|c: char| c.is_ascii_uppercase()))
}
