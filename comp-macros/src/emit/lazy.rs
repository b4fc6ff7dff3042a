//! `comp!`'s lazy form: one iterator adapter per `for` clause, or, when an
//! inner iterable borrows what no closure can keep alive, a generator.

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;

use super::generator::{generator_form, Drive};
use super::tokens::{into_source, outer_closure, parens_at};
use super::{evaluated_first, guarded, nest, rewrite_steps, source, Context, TryScope};

mod borrows;
use crate::ast::Flavor;
use crate::lower::{first_try, Branch, Plan, Step};
use crate::names::{internal, internal_at};

/// `comp!((..))`: one adapter per `for`, the first one over the first
/// iterable evaluated now. Its temporaries live to the end of the enclosing
/// statement, as in a hand-written chain.
///
/// The expansions: the snapshots `lazy_map`, `lazy_nested_filter`,
/// `lazy_nested_independent` and `lazy_try` in
/// `comp-macros/src/tests/snapshots/`.
pub(super) fn sync_lazy(cx: &Context, mut plan: Plan) -> TokenStream {
    if borrows::inner_iterable_borrows(&plan) {
        return generator_form(cx, plan, Drive::Iter);
    }
    let krate = &cx.krate;
    let fallible = cx.fallible;
    let segments = segments(&plan.steps);
    let try_iter = quote!(#krate::__private::TryIter);
    // The first iterable's own `?`, if any.
    let with_try = |e: &syn::Expr| first_try([e]).map(|at| (at, e.clone()));
    let Some((at, mut expr)) = plan.first.iter.expr().and_then(with_try) else {
        let into = source(krate, &plan.first.iter, false);
        // A `bound_*` adapter's closure is opaque to rustc (see
        // `Context::element_items`).
        let bound = (1..segments.len())
            .any(|level| LevelClosure::new(cx, &plan, segments[level], level).is_bound());
        let chain = lazy_level(cx, &mut plan, &segments, 0, into, fallible);
        return match (fallible, bound) {
            (true, _) => cx.opaque(quote!(#try_iter::running(#chain)), Flavor::Sync),
            (false, true) => cx.element_items(chain),
            (false, false) => chain,
        };
    };
    // A failure of the first iterable is the only item.
    let (flow, residual) = (quote!(#krate::__private::ControlFlow), internal("residual"));
    let first = internal_at("iter", expr.span());
    let into = |e: &syn::Expr| into_source(krate, e, false);
    let evaluated = evaluated_first(krate, &mut expr, &Branch::plain(krate), into);
    let chain = lazy_level(cx, &mut plan, &segments, 0, quote!(#first), fallible);
    // The failure meets the chain's residual type in one scope, at the
    // iterable's `?` (`residual?`): another error type than the element's
    // `?`s is the `SameError` message there, not two `TryIter` types.
    let scope = TryScope::new(krate);
    let (decl, try_) = (scope.decl(), internal("try"));
    let label = syn::Lifetime::new("'__comp_failed", proc_macro2::Span::mixed_site());
    let failed = |residual: &_| quote!(break #label #try_.failed(#residual));
    let agree = scope.agree(&residual, at, &failed);
    let value = quote!({
        #decl
        match #evaluated {
            #flow::Continue(#first) => #try_.running(#chain),
            #flow::Break(#residual) => #label: #agree,
        }
    });
    cx.opaque(value, Flavor::Sync)
}

/// One level of a lazy comprehension: its `for` (`at` in `plan.steps`, or
/// the first `for`), and the clauses after it, `plan.steps[from..end]`.
#[derive(Clone, Copy)]
struct Segment {
    at: Option<usize>,
    from: usize,
    end: usize,
}

/// The levels of `steps` (the first `for`'s, then one per inner `for`).
fn segments(steps: &[Step]) -> Vec<Segment> {
    let inner: Vec<usize> = (0..steps.len())
        .filter(|&i| matches!(steps[i], Step::For(_)))
        .collect();
    let ats = [None].into_iter().chain(inner.iter().copied().map(Some));
    let ends = inner.iter().copied().chain(Some(steps.len()));
    ats.zip(ends)
        .map(|(at, end)| Segment {
            at,
            from: at.map_or(0, |at| at + 1),
            end,
        })
        .collect()
}

/// One adapter of a lazy comprehension: the `for` of `segments[level]` over
/// `iter`, with the clauses up to the next `for` inside its closure (which
/// also evaluates the next level's iterable, once per item).
fn lazy_level(
    cx: &Context,
    plan: &mut Plan,
    segments: &[Segment],
    level: usize,
    iter: TokenStream,
    fallible: bool,
) -> TokenStream {
    let krate = &cx.krate;
    let Segment { from, end, .. } = segments[level];
    let last = level + 1 == segments.len();
    let (flow, some) = (
        quote!(#krate::__private::ControlFlow),
        quote!(#krate::__private::Option::Some),
    );
    let (none, nest_type) = (
        quote!(#krate::__private::Option::None),
        quote!(#krate::__private::Nest),
    );
    let filters = Plan::filters(&plan.steps[from..end]);
    if fallible {
        let on_fail = |residual: &_| match (last, filters) {
            (true, true) => quote!(return #some(#flow::Break(#residual))),
            (true, false) => quote!(return #flow::Break(#residual)),
            (false, _) => quote!(return #nest_type::Fail(#some(#residual))),
        };
        let branch = Branch::plain(krate);
        let out = if last { Some(&mut plan.out) } else { None };
        let next_for = if last { from..end } else { from..end + 1 };
        rewrite_steps(krate, &mut plan.steps[next_for], out, &branch, &on_fail);
    }
    let closure = LevelClosure::new(cx, plan, segments[level], level);
    let body = if last {
        let value = plan.out.value();
        let value = if fallible {
            quote!(#flow::Continue(#value))
        } else {
            value
        };
        if filters {
            // Not `None` but a call of the runtime's `filtered_out`, imported under
            // a name at the element's first token, its parentheses at the
            // last: rustc reports the closure's return type, when the
            // caller expects other items, on that tail, which is then the
            // element's tokens (a hand-written `filter_map`'s is its own).
            let (first, last_token) = plan.out.ends();
            let name = proc_macro2::Ident::new("__comp_filtered_out", first);
            let call = parens_at(TokenStream::new(), last_token);
            let none = quote!(#name #call);
            let body = guarded(krate, &plan.steps[from..end], quote!(#some(#value)), none);
            let body = quote!(use #krate::__private::filtered_out as #name; #body);
            return closure.adapter("filter_map", iter, body);
        }
        let body = nest(krate, &plan.steps[from..end], value);
        return closure.adapter("map", iter, body);
    } else {
        // The next level's `for` stands at `end`.
        let next_iter = match &plan.steps[end] {
            Step::For(next) => source(krate, &next.iter, false),
            _ => TokenStream::new(),
        };
        let inner = lazy_level(cx, plan, segments, level + 1, next_iter, fallible);
        let guards = &plan.steps[from..end];
        match (fallible, filters) {
            (false, false) => nest(krate, guards, inner),
            (false, true) => {
                let body = guarded(krate, guards, quote!(#some(#inner)), none);
                let filtered = closure.adapter("filter_map", iter, body);
                return quote!(#krate::__private::Iterator::flatten(#filtered));
            }
            (true, _) => guarded(
                krate,
                guards,
                quote!(#nest_type::Inner(#inner)),
                quote!(#nest_type::Skip),
            ),
        }
    };
    closure.adapter("flat_map", iter, body)
}

/// The closure of one level of a lazy comprehension. The first level's
/// borrows its environment (or moves it, with `move`), and so does a deeper
/// level that uses no variable of an outer level. A deeper level that does is
/// called while those variables are gone, so it owns them: a `bound_*`
/// adapter keeps them beside the closure and lends them to each call, and
/// each is re-bound by value when it is `Copy`, by reference otherwise. The
/// closure itself still borrows the rest of its environment, as the scope
/// rule of docs/reference.md says. Either way the closure is an argument of the adapter
/// that also takes its iterator, so its parameter's type is known when its
/// body is checked.
///
/// ```text
/// bound_map(IntoIterator::into_iter(ys), Owned((x,)), |__comp_bound, y| {
///     let x = (&Reuse(&__comp_bound.0 .0)).reuse();
///     x * y
/// })
/// ```
enum LevelClosure {
    /// `Iterator::adapter(iter, [move] |pat| body)`
    Plain {
        pat: syn::Pat,
        private: TokenStream,
        move_token: TokenStream,
        /// The first level's closure opens at the display's `(` when not
        /// `move`: rustc's "use the `move` keyword" help then shows
        /// `comp!(move (..))` in the user's file.
        open: Option<proc_macro2::Span>,
    },
    /// `bound_adapter(iter, Owned((names,)), |__comp_bound, pat| { rebind names; body })`
    Bound {
        pat: syn::Pat,
        private: TokenStream,
        names: Vec<proc_macro2::Ident>,
    },
}

impl LevelClosure {
    fn new(cx: &Context, plan: &Plan, segment: Segment, level: usize) -> LevelClosure {
        let (pat, names) = match segment.at.map(|at| (at, &plan.steps[at])) {
            Some((at, Step::For(f))) if cx.move_token.is_none() => {
                // Not a name the level's own pattern binds again
                // (`for x in 0..4 for x in 0..x`): its `x` is the inner one.
                let own = crate::names::bindings(&f.pat);
                let mut outer = plan.outer_names(at);
                outer.retain(|name| own.iter().all(|b| b.ident != name.ident));
                (f.pat.clone(), plan.mentioned(at + 1, &outer))
            }
            Some((_, Step::For(f))) => (f.pat.clone(), Vec::new()),
            _ => (plan.first.pat.clone(), Vec::new()),
        };
        let private = cx.private.clone();
        let move_token = &cx.move_token;
        if names.is_empty() {
            // (At the pattern, as the closure's bars: a closure spans from
            // its first token to its last, so a `move` of the expansion's
            // context would locate its type, `{closure@..}` in messages, in
            // the facade's `macro_rules!` wrapper.)
            let move_token = if level > 0 && move_token.is_some() {
                quote::quote_spanned!(pat.span()=> move)
            } else {
                quote!(#move_token)
            };
            let open = cx
                .display_open
                .filter(|_| level == 0 && cx.move_token.is_none());
            return LevelClosure::Plain {
                pat,
                private,
                move_token,
                open,
            };
        }
        LevelClosure::Bound {
            pat,
            private,
            names,
        }
    }

    /// Whether the level's closure is a `bound_*` adapter's.
    fn is_bound(&self) -> bool {
        matches!(self, LevelClosure::Bound { .. })
    }

    /// `Iterator::adapter(iter, closure)` with this level's closure around `body`.
    fn adapter(&self, adapter: &str, iter: TokenStream, body: TokenStream) -> TokenStream {
        match self {
            LevelClosure::Plain {
                pat,
                private,
                move_token,
                open,
            } => {
                let adapter = proc_macro2::Ident::new(adapter, proc_macro2::Span::call_site());
                let closure = outer_closure(*open, move_token, pat, body);
                quote!(#private::Iterator::#adapter(#iter, #closure))
            }
            LevelClosure::Bound {
                pat,
                private,
                names,
            } => {
                let adapter = quote::format_ident!("bound_{}", adapter);
                let bound = internal("bound");
                let indexes = (0..names.len()).map(syn::Index::from);
                quote! {
                    #private::#adapter(#iter, #private::Owned((#(#names,)*)), |#bound, #pat| {
                        use #private::{ReuseCopy as _, ReuseRef as _};
                        // A name can be mentioned only where it is shadowed.
                        #(#[allow(unused_variables)] let #names = (&#private::Reuse(&#bound.0 .#indexes)).reuse();)*
                        #body
                    })
                }
            }
        }
    }
}
