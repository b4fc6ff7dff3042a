//! The `?` operators of a comprehension, rewritten for the shape being
//! emitted: each becomes a match on the runtime's `Try::branch` (or its
//! scope's `branch`), and what a failure does is the shape's own.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::Expr;

use super::scan::{contains, macro_args, Operator};
use crate::names::{internal, internal_at};

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
                // The value leaves at the `?` too: a `?`'s value of the
                // wrong type is reported there, not on the whole call.
                let (value, residual) = (internal_at("value", at), internal("residual"));
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

/// How a `?` splits its value: through the runtime's `Question` probe
/// (`Try::branch(v)`, or one error on the `?` when `v` is neither a
/// `Result` nor an `Option`), and for an eager comprehension through its
/// scope, which ties every `?` to one residual type (so that a second error
/// type is reported on its own `?`).
pub struct Branch {
    krate: TokenStream,
    scope: Option<Ident>,
}

impl Branch {
    /// `Question(v).comp_branch()`
    pub fn plain(krate: &TokenStream) -> Branch {
        Branch {
            krate: krate.clone(),
            scope: None,
        }
    }

    /// `scope.agree(Question(v).comp_branch()).comp_agree()` (a by-value
    /// inherent method and methods no user trait names)
    pub fn scoped(krate: &TokenStream, scope: &Ident) -> Branch {
        Branch {
            krate: krate.clone(),
            scope: Some(scope.clone()),
        }
    }

    fn call(&self, value: &Expr, at: proc_macro2::Span) -> TokenStream {
        let krate = &self.krate;
        let private = quote!(#krate::__private);
        // Reported at the user's `?`: the probe's and the scope's errors.
        let question = located(quote!(#private::Question), at);
        let branch = quote_spanned!(at=> .comp_branch());
        let split = quote!(#question(#value)#branch);
        let (traits, call) = match &self.scope {
            None => (quote!(Branches as _, NotBranches as _), split),
            Some(scope) => {
                let agree = quote_spanned!(at=> .comp_agree());
                // The receiver is a local at the `?` too: rustc reports a
                // method's bound on its receiver.
                let step = Ident::new("__comp_step", at);
                // `mut`: a `Result` and an `Option` are found by `&mut`
                // autoref (see the runtime's `Agree`). A `match`, not a
                // `let`: the temporaries of the value (`s.to_lowercase()` in
                // `s.to_lowercase().split('=').nth(1)?.len()`) live to the
                // end of the user's statement, as a hand-written `?`'s do.
                (
                    quote!(
                        Agrees as _,
                        Branches as _,
                        NotBranches as _,
                        OptionWhereResult as _,
                        OtherError as _,
                        ResultWhereOption as _
                    ),
                    quote! {
                        match #scope.agree(#split) {
                            #[allow(unused_mut)]
                            mut #step => #step #agree,
                        }
                    },
                )
            }
        };
        quote!({
            #[allow(unused_imports)]
            use #private::{#traits};
            #call
        })
    }
}

/// `tokens` reported at `at`, each keeping its own name resolution (so a
/// `$crate` still resolves, and internal names stay hygienic).
pub fn located(tokens: TokenStream, at: proc_macro2::Span) -> TokenStream {
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
