//! Every rule that turns a parsed comprehension into a compile error.
//!
//! Each error is spanned on the offending tokens and worded after Python's
//! own message where Python has one.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Error, Expr, Lit, Result};

use crate::ast::{Clause, Comprehension, Element, Flavor, ForClause, Form};
use crate::names::bindings;
use crate::parse::combine;
use crate::rules::{self, Flow, Guard};
use crate::walrus;

/// Runs every check; all errors found are reported together.
pub fn check(comp: &Comprehension) -> Result<()> {
    let mut errors = None;
    options(comp, &mut errors);
    // `comp![f(x).await for ..; concurrency = 4]` is one mistake, `comp!`
    // for `acomp!`: the option's error says so, its awaits are not reported
    // again.
    let async_options = comp.options.concurrency.is_some() || comp.options.unordered.is_some();
    if comp.flavor == Flavor::Sync && !async_options {
        sync_only(comp, &mut errors);
    }
    for expr in comp.exprs() {
        let mut check = ControlFlowCheck {
            loops: 0,
            errors: &mut errors,
        };
        check.visit_expr(expr);
    }
    walruses(comp, &mut errors);
    slices(comp, &mut errors);
    errors.map_or(Ok(()), Err)
}

/// `xs[a..b]`, maybe in parentheses.
fn sliced(expr: &Expr) -> Option<&syn::ExprIndex> {
    match expr {
        Expr::Paren(paren) => sliced(&paren.expr),
        Expr::Index(index) if matches!(*index.index, Expr::Range(_)) => Some(index),
        _ => None,
    }
}

/// std's methods (and `std::env::args`) that return an iterator, which a
/// Python user slices as the list Python's `split()` or `sys.argv` is.
const ITERATOR_METHODS: [&str; 24] = [
    "args",
    "args_os",
    "lines",
    "split",
    "rsplit",
    "splitn",
    "rsplitn",
    "split_whitespace",
    "split_terminator",
    "chars",
    "char_indices",
    "bytes",
    "iter",
    "into_iter",
    "iter_mut",
    "keys",
    "values",
    "enumerate",
    "zip",
    "map",
    "filter",
    "rev",
    "windows",
    "chunks",
];

/// The name of the std method or function whose iterator `expr` is:
/// `line.split(',')`, `std::env::args()`.
fn iterator_call(expr: &Expr) -> Option<String> {
    let name = crate::lower::callee_name(expr)?.to_string();
    ITERATOR_METHODS.contains(&name.as_str()).then_some(name)
}

/// After [`check`] failed, the comprehension as the best-effort expansion
/// takes it: the slices [`slices`] reported are borrowed there, so that
/// rustc adds no `Sized` errors of its own to the one that says so, and an
/// iterator sliced (`line.split(',')[1..]`) is iterated whole, so that
/// rustc adds no "cannot index" of its own.
pub fn mend(comp: &mut Comprehension) {
    let borrow = |expr: &mut Expr| {
        if sliced(expr).is_some() {
            *expr = syn::parse_quote!(&#expr);
        }
    };
    for clause in &mut comp.clauses {
        if let Clause::For(ForClause { iter, .. }) = clause {
            match sliced(iter).filter(|index| iterator_call(&index.expr).is_some()) {
                Some(index) => *iter = (*index.expr).clone(),
                None => borrow(iter),
            }
        }
    }
    let element = match &mut comp.element {
        Element::Value(value) => vec![value],
        Element::Entry { key, value } => vec![key, value],
    };
    for expr in element {
        match expr {
            Expr::Tuple(tuple) => tuple.elems.iter_mut().for_each(borrow),
            expr => borrow(expr),
        }
    }
}

/// Python's slice `xs[1:]` written `xs[1..]` where a value is taken by
/// value: an iterable, or the element (and its tuple's items). It is a
/// `[T]` or a `str`, which has no size of its own: by hand, rustc's errors
/// are about `Sized` bounds; here, one error that says to borrow it.
fn slices(comp: &Comprehension, errors: &mut Option<Error>) {
    for clause in &comp.clauses {
        if let Clause::For(ForClause { iter, .. }) = clause {
            if let Some(index) = sliced(iter) {
                let message = match iterator_call(&index.expr) {
                    // Python's `sys.argv[1:]`, `line.split(',')[1:]`.
                    Some(name) => format!("`{name}(..)` gives an iterator, which has no index: skip and take its items instead (`[a..]` is `.skip(a)`, `[..b]` is `.take(b)`), as in `std::env::args().skip(1)`"),
                    None => "a slice is iterated by reference: write `&` before it, as in `&xs[1..]`".to_string(),
                };
                combine(errors, Error::new_spanned(index, message));
            }
        }
    }
    let element = match &comp.element {
        Element::Value(value) => vec![value],
        Element::Entry { key, value } => vec![key, value],
    };
    let items = element.into_iter().flat_map(|expr| match expr {
        Expr::Tuple(tuple) => tuple.elems.iter().collect(),
        expr => vec![expr],
    });
    for index in items.filter_map(sliced) {
        let message = "a slice (a `str` or `[T]`) has no size of its own, so it cannot be an element: borrow it, as in `&s[..3]`, or own it with `.to_string()` or `.to_vec()`";
        combine(errors, Error::new_spanned(index, message));
    }
}

fn options(comp: &Comprehension, errors: &mut Option<Error>) {
    let concurrency = comp.options.concurrency.as_ref();
    if comp.flavor == Flavor::Sync {
        if let Some((span, _)) = concurrency {
            combine(errors, Error::new(*span, "`concurrency` is an option of `acomp!`: to await the elements N at a time, as `asyncio.gather` does, write `acomp![f(x).await for x in xs; concurrency = N]`; `comp!` is synchronous (to run it on every core, use `; parallel`, cargo feature `rayon`)"));
        }
        if let Some(span) = comp.options.unordered {
            combine(errors, Error::new(span, "`unordered` is an option of `acomp!` with `concurrency = N`: `comp!` is synchronous"));
        }
        return;
    }
    if let (Some(spawn), None) = (&comp.options.spawn, concurrency) {
        combine(errors, Error::new(spawn.span, "`spawn` needs `concurrency = N`: it runs up to N items at once, each as a tokio task (`concurrency = N, spawn`)"));
    }
    if let Some(span) = comp.options.unordered {
        if matches!(comp.form, Form::Set | Form::Dict) {
            combine(errors, Error::new(span, "`unordered` applies to list and lazy forms only: a set or dict has no order to keep"));
        } else if concurrency.is_none() {
            combine(errors, Error::new(span, "`unordered` needs `concurrency = N`: without it the elements are computed one at a time, in order"));
        }
    }
    if let Some((_, Expr::Lit(lit))) = concurrency {
        if matches!(&lit.lit, Lit::Int(n) if n.base10_parse::<u128>().ok() == Some(0)) {
            combine(
                errors,
                Error::new(
                    lit.span(),
                    "`concurrency = 0` would never run anything: use at least 1",
                ),
            );
        }
    }
}

/// `comp!` cannot await: point at `async` or `await` and say `acomp!`.
fn sync_only(comp: &Comprehension, errors: &mut Option<Error>) {
    for clause in &comp.clauses {
        if let Clause::For(for_clause) = clause {
            if let Some(token) = for_clause.async_token {
                combine(errors, Error::new(token.span, "`async for` iterates a `Stream`: use `acomp!`, the asynchronous comprehension; `comp!` is synchronous"));
            }
        }
    }
    /// The errors, the message for an `await`, and whether the expression is
    /// the first iterable (evaluated where the comprehension is written).
    struct Awaits<'e>(&'e mut Option<Error>, &'static str, bool);
    impl<'ast> Visit<'ast> for Awaits<'_> {
        fn visit_expr_await(&mut self, node: &'ast syn::ExprAwait) {
            self.visit_expr(&node.base);
            combine(self.0, Error::new(node.await_token.span, self.1));
        }
        fn visit_macro(&mut self, node: &'ast syn::Macro) {
            // An eager `acomp![..]` awaits where it stands (rustc's E0728,
            // "not `async`", by hand); a lazy `acomp!((..))` is a stream.
            let acomp = node
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "acomp");
            if acomp && !self.2 && !crate::prepass::is_lazy_display(&node.tokens) {
                let message = "an eager `acomp!` is awaited where it stands, which `comp!`, synchronous, cannot do: write the outer comprehension with `acomp!` too, or make this one a stream, `acomp!((..))`";
                combine(self.0, Error::new_spanned(node, message));
            }
        }
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    const AWAIT: &str =
        "`await` needs `acomp!`, the asynchronous comprehension; `comp!` is synchronous";
    // The first iterable is evaluated where the comprehension is written,
    // but `comp!` cannot tell that place is async: inside an `acomp!`, a
    // display without `comp!` awaits it there (an `acomp!` of its own would
    // be a stream, not an iterator).
    const AWAIT_FIRST: &str = "`await` needs `acomp!`, the asynchronous comprehension; `comp!` is synchronous: \
         to await the first iterable and iterate its value, await it before (`let v = f().await;`), \
         or inside an `acomp!` write the nested display without `comp!`, `(x for x in f().await)`, \
         which awaits it where it is written";
    // `exprs` starts with the clauses', in order.
    let first = comp
        .clauses
        .iter()
        .position(|c| matches!(c, Clause::For(_)));
    for (i, expr) in comp.exprs().enumerate() {
        let message = if Some(i) == first { AWAIT_FIRST } else { AWAIT };
        Awaits(errors, message, Some(i) == first).visit_expr(expr);
    }
}

/// `break`, `continue`, `return` and `yield` cannot leave a comprehension.
struct ControlFlowCheck<'e> {
    loops: usize,
    errors: &'e mut Option<Error>,
}

impl ControlFlowCheck<'_> {
    fn error(&mut self, span: Span, keyword: &str, advice: &str) {
        let message = format!("`{keyword}` cannot be used in a comprehension: {advice}");
        combine(self.errors, Error::new(span, message));
    }

    fn in_loop(&mut self, visit: impl FnOnce(&mut Self)) {
        self.loops += 1;
        visit(self);
        self.loops -= 1;
    }
}

impl<'ast> Visit<'ast> for ControlFlowCheck<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match rules::flow(expr, self.loops) {
            Flow::Escapes(keyword, span) => {
                let advice = match keyword {
                    "break" => {
                        "to stop early, take a prefix of the iterable (e.g. `.take_while(..)`)"
                    }
                    "continue" => "to skip an element, filter with an `if` clause",
                    _ => "the element is the value each iteration produces",
                };
                self.error(span, keyword, advice);
                syn::visit::visit_expr(self, expr);
            }
            Flow::Loop => self.in_loop(|this| syn::visit::visit_expr(this, expr)),
            Flow::Other => syn::visit::visit_expr(self, expr),
        }
    }
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The walrus rules of docs/reference.md ("Bindings"), with Python's wording.
fn walruses(comp: &Comprehension, errors: &mut Option<Error>) {
    // (clause index, name) of every iteration variable.
    let loop_vars: Vec<(usize, Ident)> = comp
        .clauses
        .iter()
        .enumerate()
        .filter_map(|(i, clause)| match clause {
            Clause::For(f) => Some(bindings(&f.pat).into_iter().map(move |b| (i, b.ident))),
            _ => None,
        })
        .flatten()
        .collect();
    let element_index = comp.clauses.len();
    let mut positions: Vec<(usize, &Expr, bool)> = Vec::new();
    for (i, clause) in comp.clauses.iter().enumerate() {
        match clause {
            Clause::For(f) => positions.push((i, &f.iter, true)),
            Clause::If(e) | Clause::IfLet(_, e) | Clause::Let(_, e) => {
                positions.push((i, e, false))
            }
        }
    }
    match &comp.element {
        Element::Value(v) => positions.push((element_index, v, false)),
        Element::Entry { key, value } => {
            positions.push((element_index, key, false));
            positions.push((element_index, value, false));
        }
    }
    for (index, expr, is_iterable) in positions {
        let mut finder = WalrusFinder {
            reason: None,
            found: Vec::new(),
        };
        finder.visit_expr(expr);
        for (target, walrus, reason) in finder.found {
            let message = if is_iterable {
                "assignment expression cannot be used in a comprehension iterable expression"
                    .to_string()
            } else if let Some(reason) = reason {
                format!("assignment expression `({target} := ..)` would not always run {reason}; bind `{target}` with a `let {target} = ..` clause instead")
            } else if loop_vars.iter().any(|(i, v)| *i < index && *v == target) {
                let message = format!("assignment expression cannot rebind comprehension iteration variable `{target}`");
                combine(errors, Error::new(target.span(), message));
                continue;
            } else if let Some((_, later)) =
                loop_vars.iter().find(|(i, v)| *i > index && *v == target)
            {
                let message = format!("comprehension inner loop cannot rebind assignment expression target `{target}`");
                combine(errors, Error::new(later.span(), message));
                continue;
            } else {
                continue;
            };
            combine(errors, Error::new_spanned(walrus, message));
        }
    }
}

/// Finds walrus nodes and whether each one always runs.
struct WalrusFinder {
    reason: Option<&'static str>,
    /// Each walrus: its target, its tokens `target value` (for a span over
    /// the whole walrus), and why it would not always run.
    found: Vec<(Ident, TokenStream, Option<&'static str>)>,
}

impl WalrusFinder {
    fn under(&mut self, reason: &'static str, visit: impl FnOnce(&mut Self)) {
        let outer = self.reason.replace(self.reason.unwrap_or(reason));
        visit(self);
        self.reason = outer;
    }
}

impl<'ast> Visit<'ast> for WalrusFinder {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if let Some((target, value)) = walrus::parts(expr) {
            self.found
                .push((target.clone(), quote!(#target #value), self.reason));
            return self.visit_expr(value);
        }
        match (rules::guard(expr), expr) {
            (Guard::RightOperand(reason), Expr::Binary(node)) => {
                self.visit_expr(&node.left);
                self.under(reason, |this| this.visit_expr(&node.right));
            }
            (Guard::Branches(reason), Expr::If(node)) => {
                self.visit_expr(&node.cond);
                self.under(reason, |this| {
                    this.visit_block(&node.then_branch);
                    if let Some((_, otherwise)) = &node.else_branch {
                        this.visit_expr(otherwise);
                    }
                });
            }
            (Guard::Branches(reason), Expr::Match(node)) => {
                self.visit_expr(&node.expr);
                self.under(reason, |this| {
                    node.arms.iter().for_each(|arm| this.visit_arm(arm))
                });
            }
            (Guard::Inside(reason), _) => {
                self.under(reason, |this| syn::visit::visit_expr(this, expr));
            }
            _ => syn::visit::visit_expr(self, expr),
        }
    }
    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.under(rules::IN_BLOCK, |this| syn::visit::visit_block(this, block));
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
