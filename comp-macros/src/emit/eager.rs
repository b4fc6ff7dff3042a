//! The eager forms: a closure called in place (`comp!`) or an `async`
//! block awaited in place (`acomp!`) around one loop nest.

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;

use super::{nest, rewrite_steps, Sink, TryScope};
use crate::ast::{Comprehension, Display};
use crate::lower::{into_iter, is_fallible, Iterable, Plan, Step};
use crate::names::internal_at;

/// The single-`for`, no-filter shape: `Extend` with a `map`, which reserves
/// the exact size and lets the optimiser vectorise, as `collect()` does.
fn is_map_shape(c: &Comprehension, plan: &Plan) -> bool {
    let rest_binds = plan.steps[1..]
        .iter()
        .all(|s| matches!(s, Step::Let(..) | Step::Bind(..)));
    matches!(
        plan.steps[0],
        Step::For {
            is_async: false,
            ..
        }
    ) && rest_binds
        && !is_fallible(c)
}

/// `comp![..]`, `comp!({..})`: a closure called in place.
///
/// ```text
/// (|| {
///     let mut __comp_out = Vec::new();
///     for x in IntoIterator::into_iter(xs) { if x > 0 { __comp_out.push(x * 2); } }
///     __comp_out
/// })()
/// ```
pub(super) fn sync_eager(c: &Comprehension, plan: Plan) -> TokenStream {
    let k = &c.krate;
    let move_token = &c.move_token;
    let sink = Sink::new(c);
    if is_map_shape(c, &plan) {
        let Step::For {
            pat,
            iter: Iterable::Expr(iter),
            ..
        } = &plan.steps[0]
        else {
            unreachable!()
        };
        let iter = into_iter(k, iter);
        let value = plan.out.value();
        let body = nest(k, &plan.steps[1..], value);
        let ty = &sink.ty;
        let ty = if c.display == Display::Dict {
            quote!(#ty<_, _>)
        } else {
            quote!(#ty<_>)
        };
        return quote! {
            #k::__private::Iterator::collect::<#ty>(
                #k::__private::Iterator::map(#iter, #move_token |#pat| { #body })
            )
        };
    }
    let body = eager_body(c, plan, &sink);
    quote!((#move_token || { #body })())
}

/// The inside of an eager form's block: the collection, the loops around
/// one `push`/`insert`, and the result (wrapped in `Ok`/`Some` with `?`).
fn eager_body(c: &Comprehension, mut plan: Plan, sink: &Sink) -> TokenStream {
    let k = &c.krate;
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    if fallible {
        let on_fail = &scope.fail;
        let on_fail = quote!(return #on_fail);
        rewrite_steps(
            k,
            &mut plan.steps,
            Some(&mut plan.out),
            &scope.branch,
            &on_fail,
        );
    }
    let reserve = reserve_exact(k, &mut plan, sink);
    let decl = fallible.then_some(&scope.decl);
    let body = nest(k, &plan.steps, sink.add(&plan.out));
    let out = &sink.out;
    let result = if fallible {
        TryScope::wrap(&quote!(#out))
    } else {
        quote!(#out)
    };
    let declare = sink.declare();
    quote! {
        #declare
        #decl
        #reserve
        #body
        #result
    }
}

/// With a single sync `for` and no filter, the first iterator's size, when
/// it is exact, is the result's size: reserve it before the loop.
fn reserve_exact(k: &TokenStream, plan: &mut Plan, sink: &Sink) -> TokenStream {
    let single_for = plan.last_for() == 0 && !Plan::filters(&plan.steps);
    let Step::For {
        iter,
        is_async: false,
        ..
    } = &mut plan.steps[0]
    else {
        return TokenStream::new();
    };
    let Iterable::Expr(expr) = iter else {
        return TokenStream::new();
    };
    if !single_for {
        return TokenStream::new();
    }
    let first = internal_at("iter", expr.span());
    let into = into_iter(k, expr);
    *iter = Iterable::Ready(first.clone());
    let reserve = sink.reserve(quote!(#k::__private::exact_len(&#first)));
    quote! {
        let #first = #into;
        #reserve
    }
}

/// `acomp![..]`: an `async` block awaited in place, like CPython's
/// `await _listcomp()`.
///
/// ```text
/// async {
///     let mut __comp_out = Vec::new();
///     let mut __comp_stream_0 = pin!(into_stream(s));
///     while let Some(__comp_item) = next(&mut __comp_stream_0).await {
///         let x = __comp_item;
///         if p(x).await { __comp_out.push(x); }
///     }
///     __comp_out
/// }.await
/// ```
pub(super) fn async_eager(c: &Comprehension, plan: Plan) -> TokenStream {
    let move_token = &c.move_token;
    let body = eager_body(c, plan, &Sink::new(c));
    quote!(async #move_token { #body }.await)
}
