//! What an expression holds, as the lowering needs to know it: a `?` or an
//! `.await` of the comprehension's own (not in a nested closure, async block
//! or inner comprehension), and which bound names it mentions.

use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::Expr;

use crate::ast::{Clause, Comprehension, Element};
use crate::names::Binding;

/// Which of `names` the expressions `exprs` mention: every identifier of
/// their tokens (macro arguments included) that is not a field or method
/// name. A name only shadowed there counts too, which is harmless: it is
/// taken where it is not needed.
pub fn mentioned<'a>(exprs: impl IntoIterator<Item = &'a Expr>, names: &[Binding]) -> Vec<Binding> {
    let mut seen = std::collections::HashSet::new();
    for expr in exprs {
        collect_idents(expr.to_token_stream(), &mut seen);
    }
    names
        .iter()
        .filter(|b| seen.contains(&b.ident.to_string()))
        .cloned()
        .collect()
}

/// Every identifier in `tokens` that is not right after a `.` (a field or
/// method name; the second `.` of a range `..` is not one).
fn collect_idents(tokens: TokenStream, seen: &mut std::collections::HashSet<String>) {
    let is_dot = |tree: &proc_macro2::TokenTree| matches!(tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == '.');
    let (mut after_dot, mut previous_dot) = (false, false);
    for tree in tokens {
        match &tree {
            proc_macro2::TokenTree::Ident(ident) if !after_dot => {
                seen.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), seen),
            // `format!("{name}")` uses `name` too.
            proc_macro2::TokenTree::Literal(literal) => {
                if let Ok(syn::Lit::Str(text)) = syn::parse2(literal.to_token_stream()) {
                    seen.extend(inline_format_args(&text.value()));
                }
            }
            _ => {}
        }
        after_dot = is_dot(&tree) && !previous_dot;
        previous_dot = is_dot(&tree);
    }
}

/// The names a format string captures: `x` in `"{x}"` and `"{x:>4}"`.
fn inline_format_args(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split(['}', ':']).next())
        .filter(|name| syn::parse_str::<Ident>(name).is_ok())
        .map(str::to_string)
        .collect()
}

/// The arguments of a macro call whose input is a comma-separated list of
/// expressions (`format!`, `vec!`, `assert_eq!`...), where a `?` belongs to
/// the comprehension as it would anywhere else. An inner `comp!`/`acomp!`
/// is a comprehension of its own, and other inputs are left as written.
pub(super) fn macro_args(mac: &syn::Macro) -> Option<Punctuated<Expr, syn::Token![,]>> {
    let name = &mac.path.segments.last()?.ident;
    if name == "comp" || name == "acomp" {
        return None;
    }
    mac.parse_body_with(Punctuated::parse_terminated).ok()
}

/// Whether `expr` has a `?` or an `.await` of its own (see [`rewrite_try`]).
pub fn contains(expr: &Expr, what: Operator) -> bool {
    struct Find(Operator, bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_try(&mut self, node: &'ast syn::ExprTry) {
            self.1 |= self.0 == Operator::Try;
            syn::visit::visit_expr_try(self, node);
        }
        fn visit_expr_await(&mut self, node: &'ast syn::ExprAwait) {
            self.1 |= self.0 == Operator::Await;
            syn::visit::visit_expr_await(self, node);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if let Some(args) = macro_args(mac) {
                self.1 |= args.iter().any(|arg| contains(arg, self.0));
            }
            self.1 |= self.0 == Operator::Await && is_eager_acomp(mac);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut find = Find(what, false);
    find.visit_expr(expr);
    find.1
}

/// The span of the first `?` of its own in `exprs` (in [`contains`]'s sense).
pub fn first_try<'a>(exprs: impl IntoIterator<Item = &'a Expr>) -> Option<proc_macro2::Span> {
    struct Find(Option<proc_macro2::Span>);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_try(&mut self, node: &'ast syn::ExprTry) {
            syn::visit::visit_expr_try(self, node);
            self.0 = self.0.or(Some(node.question_token.span));
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if let Some(args) = macro_args(mac) {
                self.0 = self.0.or_else(|| first_try(&args));
            }
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut find = Find(None);
    for expr in exprs {
        if find.0.is_some() {
            break;
        }
        find.visit_expr(expr);
    }
    find.0
}

/// An inner `acomp!` that is not lazy (a list, set, dict or bare form, as a
/// nested display inside `acomp!` becomes when it awaits) is awaited in place:
/// whatever holds it awaits.
fn is_eager_acomp(mac: &syn::Macro) -> bool {
    let is_acomp = mac.path.segments.last().is_some_and(|s| s.ident == "acomp");
    let mut trees = mac.tokens.clone().into_iter().peekable();
    if matches!(trees.peek(), Some(proc_macro2::TokenTree::Ident(m)) if m == "move") {
        trees.next();
    }
    let lazy = matches!(trees.next(), Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis)
        && matches!(trees.next(), None | Some(proc_macro2::TokenTree::Punct(_)));
    is_acomp && !lazy
}

/// The operators [`contains`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `?`
    Try,
    /// `.await` (or prefix `await`)
    Await,
}

/// Whether the comprehension uses `?` anywhere of its own.
pub fn is_fallible(comp: &Comprehension) -> bool {
    let element: Vec<&Expr> = match &comp.element {
        Element::Value(value) => vec![value],
        Element::Entry { key, value } => vec![key, value],
    };
    comp.clauses
        .iter()
        .map(Clause::expr)
        .chain(element)
        .any(|e| contains(e, Operator::Try))
}
