//! The `?` operators of a comprehension, rewritten for the shape being
//! emitted: each becomes a match on the runtime's `Try::branch` (or its
//! scope's `branch`), and what a failure does is the shape's own.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, ToTokens};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::Expr;

use super::scan::{contains, macro_args, Operator};
use crate::names::internal;

/// Rewrites every `expr?` that belongs to the comprehension (not those in a
/// nested closure, async block or item) into a match on `branch`:
///
/// ```text
/// // Before: f(x)?
/// // After:  match BRANCH(f(x)) {
/// //             ControlFlow::Continue(__comp_value) => __comp_value,
/// //             ControlFlow::Break(__comp_residual) => ON_FAIL,
/// //         }
/// ```
///
/// `on_fail` is given the residual's name and writes `ON_FAIL`.
pub fn rewrite_try(expr: &mut Expr, krate: &TokenStream, branch: &Branch, on_fail: OnFail) {
    struct Rewrite<'a> {
        krate: &'a TokenStream,
        branch: &'a Branch,
        on_fail: OnFail<'a>,
    }
    impl VisitMut for Rewrite<'_> {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            if let Expr::Try(node) = expr {
                // Our tokens report at the user's `?`, where a type error
                // in them belongs.
                let at = node.question_token.span();
                let (value, residual) = (internal("value"), internal("residual"));
                let (krate, on_fail) = (self.krate, located((self.on_fail)(&residual), at));
                let call = self.branch.call(&node.expr, at);
                *expr = syn::parse_quote_spanned! {node.question_token.span()=>
                    match #call {
                        #krate::__private::ControlFlow::Continue(#value) => #value,
                        #krate::__private::ControlFlow::Break(#residual) => #on_fail,
                    }
                };
            }
        }
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            if let Some(mut args) = macro_args(mac) {
                if args.iter().any(|arg| contains(arg, Operator::Try)) {
                    args.iter_mut().for_each(|arg| self.visit_expr_mut(arg));
                    mac.tokens = args.to_token_stream();
                }
            }
        }
        fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
        fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
        fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    }
    Rewrite {
        krate,
        branch,
        on_fail,
    }
    .visit_expr_mut(expr);
}

/// What a failing `?` does, given the name its residual is bound to.
pub type OnFail<'a> = &'a dyn Fn(&Ident) -> TokenStream;

/// How a `?` splits its value: `Try::branch(v)`, or `scope.branch(v)`
/// where one scope ties every `?` of an eager comprehension to one residual
/// type (so that a second error type is reported on its own operand).
pub struct Branch {
    path: TokenStream,
}

impl Branch {
    /// `Try::branch(v)`
    pub fn plain(krate: &TokenStream) -> Branch {
        Branch {
            path: quote!(#krate::__private::Try::branch),
        }
    }

    /// `scope.branch(v)` (a by-value inherent method: no user trait takes it over)
    pub fn scoped(scope: &Ident) -> Branch {
        Branch {
            path: quote!(#scope.branch),
        }
    }

    fn call(&self, value: &Expr, at: proc_macro2::Span) -> TokenStream {
        let path = located(self.path.clone(), at);
        quote!(#path(#value))
    }
}

/// `tokens` reported at `at`, each keeping its own name resolution (so a
/// `$crate` still resolves, and internal names stay hygienic).
fn located(tokens: TokenStream, at: proc_macro2::Span) -> TokenStream {
    use proc_macro2::{Group, TokenTree};
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), located(group.stream(), at));
                inner.set_span(group.span().located_at(at));
                return TokenTree::Group(inner);
            }
            tree.set_span(tree.span().located_at(at));
            tree
        })
        .collect()
}
