//! The typed syntax tree of one comprehension, as the parser produces it.
//!
//! Every node keeps the user's tokens (and so their spans): checks report on
//! them and the expansion re-emits them.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Expr, Pat, Token};

/// Which macro is expanding: `comp!` or `acomp!`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    /// `comp!`: iterators only.
    Sync,
    /// `acomp!`: streams, `.await`, concurrency.
    Async,
}

/// The form of a comprehension, chosen by its display's brackets (Python's
/// "display"): `[..]`, `{..}`, `{k: v ..}`, `(..)` or none.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    /// `[x for x in xs]`: a `Vec`.
    List,
    /// `{x for x in xs}`: a `HashSet`.
    Set,
    /// `{k: v for k, v in xs}`: a `HashMap`.
    Dict,
    /// `(x for x in xs)`: an `Iterator` (or a `Stream` in `acomp!`).
    Lazy,
    /// `x for x in xs`: the same as a list.
    Bare,
}

impl Form {
    /// Whether the result is built completely before the macro returns.
    pub fn is_eager(self) -> bool {
        self != Form::Lazy
    }
}

/// The whole macro input.
pub struct Comprehension {
    /// The path to the `comprehensions` crate, as the `macro_rules!` wrapper passed it.
    pub krate: TokenStream,
    /// `comp!` or `acomp!`.
    pub flavor: Flavor,
    /// A leading `move`: the comprehension captures by value.
    pub move_token: Option<Token![move]>,
    /// The display's opening delimiter: where a `move` would go, so that
    /// rustc's "use the `move` keyword" help lands there.
    pub display_open: Option<Span>,
    /// The whole display, delimiters included: where rustc reports a
    /// collection of the wrong kind (a set display where a `HashMap` is
    /// expected) in `acomp!`.
    pub display: Option<Span>,
    /// The form: list, set, dict, lazy or bare (which brackets the user wrote).
    pub form: Form,
    /// What the comprehension produces per surviving combination.
    pub element: Element,
    /// The clauses in source order; the first is always a `for`.
    pub clauses: Vec<Clause>,
    /// `; concurrency = N, unordered`.
    pub options: Options,
}

/// The element: one value, or a dict entry.
#[derive(Clone)]
pub enum Element {
    /// `expr` (a conditional `a if c else b` is parsed into an `if` expression).
    Value(Expr),
    /// `key: value`.
    Entry {
        /// The key, evaluated first.
        key: Expr,
        /// The value.
        value: Expr,
    },
}

/// One clause after the element.
#[derive(Clone)]
pub enum Clause {
    /// `[async] for PAT in EXPR`.
    For(ForClause),
    /// `if EXPR`.
    If(Expr),
    /// `if let PAT = EXPR`.
    IfLet(Pat, Expr),
    /// `let PAT = EXPR`.
    Let(Pat, Expr),
}

/// `[async] for PAT in EXPR`.
#[derive(Clone)]
pub struct ForClause {
    /// `async` in `async for`.
    pub async_token: Option<Token![async]>,
    /// The loop pattern (a bare tuple `k, v` is parsed into `(k, v)`).
    pub pat: Pat,
    /// The iterable (or stream).
    pub iter: Expr,
}

impl ForClause {
    /// Whether this is an `async for`.
    pub fn is_async(&self) -> bool {
        self.async_token.is_some()
    }
}

/// The options after `;`.
#[derive(Default)]
pub struct Options {
    /// `concurrency = N`: the keyword's span and `N`.
    pub concurrency: Option<(Span, Expr)>,
    /// `unordered`: its span.
    pub unordered: Option<Span>,
    /// `spawn` or `spawn(a, b)` (`acomp!`, feature `tokio`).
    pub spawn: Option<Spawn>,
    /// `parallel`: its span (`comp!`, feature `rayon`).
    pub parallel: Option<Span>,
}

/// `spawn(a, b)`: each item future is a tokio task; `a` and `b` are outer
/// variables cloned into each task.
pub struct Spawn {
    /// The keyword's span.
    pub span: Span,
    /// The variables to clone into each task, with the user's spans.
    pub cloned: Vec<proc_macro2::Ident>,
}

impl Options {
    /// Whether no option is given.
    pub fn is_empty(&self) -> bool {
        let Options {
            concurrency,
            unordered,
            spawn,
            parallel,
        } = self;
        concurrency.is_none() && unordered.is_none() && spawn.is_none() && parallel.is_none()
    }
}

impl Comprehension {
    /// Every user expression, in source order (the element after the clauses).
    pub fn exprs(&self) -> impl Iterator<Item = &Expr> {
        let clauses = self.clauses.iter().map(Clause::expr);
        clauses
            .chain(self.element_exprs())
            .chain(self.options.concurrency.as_ref().map(|(_, n)| n))
    }

    /// The element's expressions: the value, or the key and the value.
    fn element_exprs(&self) -> Vec<&Expr> {
        match &self.element {
            Element::Value(value) => vec![value],
            Element::Entry { key, value } => vec![key, value],
        }
    }

    /// The user's first await in source order: an `.await` (or a prefix
    /// `await`, rewritten into one) in the element or a clause, or an
    /// `async for`'s `async`. The comprehension's own `.await` is located
    /// there (see `emit::Context::awaited`).
    pub fn first_await(&self) -> Option<Span> {
        let in_expr = |expr: &Expr| first_await_in(expr.to_token_stream());
        let in_clause = |clause: &Clause| match clause {
            Clause::For(ForClause {
                async_token: Some(token),
                ..
            }) => Some(token.span),
            clause => in_expr(clause.expr()),
        };
        self.element_exprs()
            .into_iter()
            .find_map(in_expr)
            .or_else(|| self.clauses.iter().find_map(in_clause))
    }

    /// Every user expression, mutably, in the order of [`Comprehension::exprs`].
    pub fn exprs_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        let clauses = self.clauses.iter_mut().map(Clause::expr_mut);
        let element: Vec<&mut Expr> = match &mut self.element {
            Element::Value(value) => vec![value],
            Element::Entry { key, value } => vec![key, value],
        };
        clauses
            .chain(element)
            .chain(self.options.concurrency.as_mut().map(|(_, n)| n))
    }
}

impl Clause {
    /// The clause's expression: iterable, condition or bound value.
    pub fn expr(&self) -> &Expr {
        match self {
            Clause::For(ForClause { iter, .. }) => iter,
            Clause::If(expr) | Clause::IfLet(_, expr) | Clause::Let(_, expr) => expr,
        }
    }

    fn expr_mut(&mut self) -> &mut Expr {
        match self {
            Clause::For(ForClause { iter, .. }) => iter,
            Clause::If(expr) | Clause::IfLet(_, expr) | Clause::Let(_, expr) => expr,
        }
    }
}

/// The first `await` keyword in `tokens`, groups included.
fn first_await_in(tokens: TokenStream) -> Option<Span> {
    tokens.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Ident(word) if word == "await" => Some(word.span()),
        proc_macro2::TokenTree::Group(group) => first_await_in(group.stream()),
        _ => None,
    })
}
