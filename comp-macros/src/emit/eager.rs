//! The eager forms: a closure called in place (`comp!`) or an `async`
//! block awaited in place (`acomp!`) around one loop nest.

use proc_macro2::TokenStream;
use quote::quote;

use super::{nest, nest_all, rewrite_plan, source, First, Sink, TryScope};
use crate::ast::{Comprehension, Form};
use crate::lower::{is_fallible, ForStep, Iterable, Plan, Step};

/// A list with a single `for` and no filter: `collect` of a `map`, which
/// allocates the exact size and lets the optimiser vectorise (measured 1.22x
/// faster than a `push` loop). Sets and dicts use the loop: as fast as
/// `collect` at run time, and cheaper to compile.
fn is_map_shape(c: &Comprehension, plan: &Plan) -> bool {
    let list = matches!(c.form, Form::List | Form::Bare);
    let binds_only = plan
        .steps
        .iter()
        .all(|s| matches!(s, Step::Let(..) | Step::Bind(..)));
    list && !plan.first.is_async && binds_only && !is_fallible(c)
}

/// `comp![..]`, `comp!({..})`: a closure called in place, on the first
/// iterable evaluated before it (see [`First`]).
///
/// The expansion: the snapshot `list_filter` (and `set_map`, `dict_map`,
/// `try_list`) in `comp-macros/src/tests/snapshots/`.
pub(super) fn sync_eager(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let move_token = &c.move_token;
    let sink = Sink::new(c);
    if is_map_shape(c, &plan) {
        return collect_map(c, &plan, &sink);
    }
    let first = First::take(&c.krate, &mut plan);
    let body = eager_body(c, plan, &sink);
    First::around(first, quote!((#move_token || { #body })()))
}

/// The inside of an eager form's block: the collection, the loops around
/// one `push`/`insert`, and the result (wrapped in `Ok`/`Some` with `?`).
fn eager_body(c: &Comprehension, mut plan: Plan, sink: &Sink) -> TokenStream {
    let k = &c.krate;
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    if fallible {
        let on_fail = |residual: &_| {
            let fail = scope.fail(residual);
            quote!(return #fail)
        };
        rewrite_plan(k, &mut plan, &scope.branch(), &on_fail);
    }
    let decl = fallible.then(|| scope.decl());
    let declare = presized(k, &plan, sink);
    let body = nest_all(k, &plan, sink.add(&plan.out));
    let out = &sink.out;
    let result = if fallible {
        scope.wrap(&quote!(#out))
    } else {
        quote!(#out)
    };
    quote! {
        #decl
        #declare
        #body
        #result
    }
}

/// The collection's declaration. With a single sync `for` over the first
/// iterator evaluated before the block (see [`First`]), its size hint gives
/// the capacity, as a hand-written `Vec::with_capacity(v.len())` would
/// (measured: a later `reserve` makes the loop keep the length in memory,
/// and starting empty regrows a filtered result several times; see
/// BENCHMARKS.md).
///
/// ```text
/// let mut __comp_out = Vec::with_capacity(capacity(&__comp_iter));
/// ```
fn presized(k: &TokenStream, plan: &Plan, sink: &Sink) -> TokenStream {
    let single_for = plan.last_for().is_none();
    if plan.first.is_async || !single_for {
        return sink.declare(None);
    }
    let iter = &plan.first.iter;
    // An iterable with a `?` or an `.await` stays the loop's head, where its
    // temporaries live through the loop.
    let Iterable::Ready(first) = iter else {
        return sink.declare(None);
    };
    sink.declare(Some(quote!(#k::__private::capacity(&#first))))
}

/// `acomp![..]`: an `async` block awaited in place, like CPython's
/// `await _listcomp()`.
///
/// The expansion: the snapshot `async_list` (and `async_dict`,
/// `async_flatten`) in `comp-macros/src/tests/snapshots/`.
pub(super) fn async_eager(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let move_token = &c.move_token;
    let sink = Sink::new(c);
    if is_stream_map_shape(c, &plan) {
        return collect_map(c, &plan, &sink);
    }
    let first = First::take(&c.krate, &mut plan);
    let body = eager_body(c, plan, &sink);
    First::around(first, quote!(async #move_token { #body }.await))
}

/// A single `async for`, no filter, and nothing that awaits after it: the
/// stream's own `collect` (a plain loop in `Collect::poll`, measured faster
/// than an item-by-item trip through an async block's state machine).
fn is_stream_map_shape(c: &Comprehension, plan: &Plan) -> bool {
    let binds_only = plan
        .steps
        .iter()
        .all(|s| matches!(s, Step::Let(..) | Step::Bind(..)));
    let awaits = plan.awaits(false);
    plan.first.is_async && binds_only && !awaits && !is_fallible(c)
}

/// `Iterator::collect::<Vec<_>>(Iterator::map(into_iter(xs), |x| ..))`, or
/// for an `async for`, `StreamExt::collect::<Vec<_>>(StreamExt::map(into_stream(s), |x| ..)).await`.
fn collect_map(c: &Comprehension, plan: &Plan, sink: &Sink) -> TokenStream {
    let k = &c.krate;
    let move_token = &c.move_token;
    let ForStep {
        pat,
        iter,
        is_async,
    } = &plan.first;
    let body = nest(k, &plan.steps, plan.out.value());
    let ty = sink.inferred_type(c.form);
    let source = source(k, iter, *is_async);
    if *is_async {
        return quote! {
            #k::__private::StreamExt::collect::<#ty>(
                #k::__private::StreamExt::map(#source, #move_token |#pat| { #body })
            ).await
        };
    }
    quote! {
        #k::__private::Iterator::collect::<#ty>(
            #k::__private::Iterator::map(#source, #move_token |#pat| { #body })
        )
    }
}
