//! `acomp!`'s lazy form: a generator whose body is the loop nest.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::spanned::Spanned;

use super::tokens::{into_source, outer_closure};
use super::{
    as_stream, evaluated_first, for_loop, guarded, nest, rewrite_plan, Context, First, TryScope,
};
use crate::ast::Flavor;
use crate::lower::{contains, Branch, ForStep, Iterable, OnFail, Operator, Plan, Step};
use crate::names::{internal, internal_at, yielder};

/// The first iterable of a lazy async form, evaluated when the stream is
/// created unless it awaits (creating a stream cannot await), in a `match`
/// around the generator (see [`First`]). Returns it and what to write at the
/// start of the generator's body.
pub(super) fn hoist_first(
    cx: &Context,
    plan: &mut Plan,
    on_fail: OnFail,
) -> (Option<First>, TokenStream) {
    let krate = &cx.krate;
    let ForStep { iter, is_async, .. } = &mut plan.first;
    let Iterable::Expr(expr) = iter else {
        // Taken already: nothing to hoist.
        return (None, TokenStream::new());
    };
    if contains(expr, Operator::Await) {
        return (None, TokenStream::new());
    }
    let first = internal_at("iter", expr.span());
    let mut expr = expr.clone();
    let into = |expr: &syn::Expr| into_source(krate, expr, *is_async);
    let owned = quote!(#krate::__private::Owned);
    let (before, after) = if contains(&expr, Operator::Try) {
        let (flow, residual) = (quote!(#krate::__private::ControlFlow), internal("residual"));
        let evaluated = evaluated_first(krate, &mut expr, &Branch::plain(krate), into);
        let on_fail = on_fail(&residual);
        (
            quote!(#owned(#evaluated)),
            quote! {
                let #first = match #krate::__private::Owned::into_inner(#first) {
                    #flow::Continue(#first) => #first,
                    #flow::Break(#residual) => #on_fail,
                };
            },
        )
    } else {
        let into = into(&expr);
        (
            quote!(#owned(#into)),
            quote!(let #first = #krate::__private::Owned::into_inner(#first);),
        )
    };
    *iter = Iterable::Ready(first.clone());
    let first = First {
        local: first,
        value: before,
        probe: TokenStream::new(),
    };
    (Some(first), after)
}

/// `acomp!((..))`: a generator stream whose body is the loop nest.
///
/// The expansions: the snapshots `async_lazy_try`,
/// `async_lazy_nested_eager` and, driven as an iterator, `lazy_flatten_owned`.
pub(super) fn async_lazy(cx: &Context, plan: Plan) -> TokenStream {
    if is_adapter_shape(cx, &plan) {
        return stream_adapter(cx, &plan);
    }
    generator_form(cx, plan, Drive::Stream)
}

/// How a generator is driven: as a `Stream`, or as an `Iterator` when its
/// body awaits nothing but its sends (`comp!`'s lazy form, see `lazy.rs`).
#[derive(Clone, Copy)]
pub(super) enum Drive {
    Stream,
    Iter,
}

/// The lazy form as a generator whose body is the loop nest.
pub(super) fn generator_form(cx: &Context, mut plan: Plan, drive: Drive) -> TokenStream {
    let krate = &cx.krate;
    let yielder = yielder();
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    let on_fail = |residual: &_| {
        let fail = scope.fail(residual);
        quote!({ #krate::__private::Yielder::send(&#yielder, #fail).await; return; })
    };
    let (first, after) = hoist_first(cx, &mut plan, &on_fail);
    if fallible {
        rewrite_plan(krate, &mut plan, &scope.branch(), &on_fail);
    }
    let value = plan.out.value();
    let value = if fallible { scope.wrap(&value) } else { value };
    let body = yielded(krate, &plan, &yielder, value);
    let decl = fallible.then(|| scope.decl());
    let body = quote!(#decl #after #body);
    let first = (first, TokenStream::new());
    generator_block(cx, cx.move_token.as_ref(), first, body, drive, false)
}

/// The loop nest of a generator around the send of each `value`, which is
/// computed, with the clauses after the last `for`, before it is sent: the
/// temporaries of the element (`cache.borrow().get(k)`) and of an `if let`'s
/// scrutinee then end before the generator yields, as they do in a
/// hand-written `map` closure, instead of being held while the consumer
/// runs (a `RefCell` borrowed again there would panic, a `MutexGuard` would
/// make the stream not `Send`).
///
/// ```text
/// for line in __comp_iter { for k in line.split(',') {
///     let mut __comp_item = None;
///     if let Some(&v) = cache.borrow().get(k) { __comp_item = Some(v); }
///     if let Some(__comp_value) = __comp_item { Yielder::send(&items, __comp_value).await; }
/// } }
/// ```
///
/// (Without an `if let` after the last `for`, `let __comp_value = VALUE;`
/// before the send is enough: an `if`'s condition and a `let`'s value end
/// their temporaries themselves.)
fn yielded(krate: &TokenStream, plan: &Plan, yielder: &Ident, value: TokenStream) -> TokenStream {
    let private = quote!(#krate::__private);
    let (item, sent) = (internal("item"), internal("value"));
    let send = quote!(#private::Yielder::send(&#yielder, #sent).await;);
    let inner_from = plan.last_for().map_or(0, |at| at + 1);
    let (outer, inner) = plan.steps.split_at(inner_from);
    let matched = inner.iter().any(|step| matches!(step, Step::IfLet(..)));
    let innermost = if matched {
        let found = nest(
            krate,
            inner,
            quote!(#item = #private::Option::Some(#value);),
        );
        quote! {
            let mut #item = #private::Option::None;
            #found
            if let #private::Option::Some(#sent) = #item { #send }
        }
    } else {
        nest(krate, inner, quote!(let #sent = #value; #send))
    };
    let body = nest(krate, outer, innermost);
    for_loop(krate, &plan.first, 0, body)
}

/// `match FIRST { __comp_iter => { BEFORE; let (y, g) = generator(); g.stream(async { let y = y; BODY }) } }`
/// (or `g.iter(..)`).
pub(super) fn generator_block(
    cx: &Context,
    move_token: Option<&syn::Token![move]>,
    (first, before): (Option<First>, TokenStream),
    body: TokenStream,
    drive: Drive,
    inner: bool,
) -> TokenStream {
    let krate = &cx.krate;
    let (yielder, generator) = (yielder(), internal("gen"));
    let method = match drive {
        Drive::Stream => quote!(stream),
        Drive::Iter => quote!(iter),
    };
    // The comprehension's own body opens at the display's `(` when not
    // `move`: rustc's "use the `move` keyword" help then shows
    // `acomp!(move (..))` in the user's file.
    let open = cx.display_open.filter(|_| move_token.is_none() && !inner);
    let body = match open {
        Some(open) => quote::quote_spanned!(open=> async { let #yielder = #yielder; #body }),
        None => quote!(async #move_token { let #yielder = #yielder; #body }),
    };
    // A sync form's only awaits are its own yields: clippy's lints on a
    // guard or a `RefCell` borrow held across an await (an inner iterable
    // `table.lock().unwrap()[k].iter()`, which a loop must hold) would be
    // about those, in code that awaits nothing.
    let (allow, body) = match drive {
        Drive::Iter => {
            let held = internal("body");
            (
                quote! {
                    #[allow(clippy::await_holding_lock, clippy::await_holding_refcell_ref)]
                    let #held = #body;
                },
                quote!(#held),
            )
        }
        Drive::Stream => (TokenStream::new(), body),
    };
    let value = quote!(#krate::__private::Generator::#method(#generator, #body));
    let value = match drive {
        Drive::Stream => cx.opaque(value, Flavor::Async),
        Drive::Iter if !inner => cx.opaque(value, Flavor::Sync),
        Drive::Iter => value,
    };
    let block = quote!({
        #before
        let (#yielder, #generator) = #krate::__private::generator();
        #allow
        #value
    });
    First::around(first, block)
}

/// A single `for` (or `async for`) and nothing that awaits, not even the
/// iterable: a stream adapter does the job of the generator, without its
/// shared slot (measured 3 to 13 times faster; see BENCHMARKS.md).
fn is_adapter_shape(cx: &Context, plan: &Plan) -> bool {
    plan.last_for().is_none() && !plan.awaits(true) && !cx.fallible
}

/// `StreamExt::map(into_stream(s), |x| ..)`, or `filter_map_sync` with the
/// clauses inside the closure. The first iterable is evaluated now, and the
/// closure borrows its environment (unless `move`).
fn stream_adapter(cx: &Context, plan: &Plan) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let move_token = &cx.move_token;
    let ForStep {
        pat,
        iter,
        is_async,
    } = &plan.first;
    let stream = as_stream(krate, iter, *is_async);
    // A stream iterator is `Unpin`; any other stream that is not is boxed
    // once (see `UnpinProbe`), so that the comprehension is `Unpin`.
    let stream = if *is_async {
        let probe = internal("probe");
        quote!(match #private::UnpinProbe(#stream) {
            #probe => {
                use #private::{BoxNotUnpin as _, KeepUnpin as _};
                (&#probe).comp_unpin_how().apply(#probe.0)
            }
        })
    } else {
        stream
    };
    let clauses = &plan.steps;
    let value = plan.out.value();
    let open = cx.display_open.filter(|_| move_token.is_none());
    if Plan::filters(clauses) {
        let body = guarded(
            krate,
            clauses,
            quote!(#private::Option::Some(#value)),
            quote!(#private::Option::None),
        );
        let closure = outer_closure(open, move_token.as_ref(), pat, body);
        return quote!(#private::filter_map_sync(#stream, #closure));
    }
    let body = nest(krate, clauses, value);
    let closure = outer_closure(open, move_token.as_ref(), pat, body);
    quote!(#private::StreamExt::map(#stream, #closure))
}
