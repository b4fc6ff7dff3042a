//! The eager forms: a closure called in place (`comp!`) or an `async`
//! block awaited in place (`acomp!`) around one loop nest.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::sink::{declare_element_type, typed};
use super::tokens::{block_over, closure_over};
use super::{
    drain_all, nest, nest_all, question_at, rewrite_plan, settled, source, tie_name, Context,
    First, Sink, TryScope,
};
use crate::ast::Form;
use crate::lower::{located, ForStep, Iterable, Plan, Step};
use crate::names::internal;

/// A list with a single `for` and no filter: `collect` of a `map`, which
/// allocates the exact size and lets the optimiser vectorise (measured 1.22x
/// faster than a `push` loop). Sets and dicts use the loop: as fast as
/// `collect` at run time, and cheaper to compile.
fn is_map_shape(cx: &Context, plan: &Plan) -> bool {
    let list = matches!(cx.form, Form::List | Form::Bare);
    let binds_only = plan
        .steps
        .iter()
        .all(|s| matches!(s, Step::Let(..) | Step::Bind(..)));
    list && !plan.first.is_async && binds_only && !cx.fallible
}

/// `comp![..]`, `comp!({..})`: a closure called in place, on the first
/// iterable evaluated before it (see [`First`]).
///
/// The expansion: the snapshot `list_filter` (and `set_map`, `dict_map`,
/// `try_list`) in `comp-macros/src/tests/snapshots/`.
pub(super) fn sync_eager(cx: &Context, mut plan: Plan) -> TokenStream {
    let (krate, move_token) = (&cx.krate, &cx.move_token);
    if is_map_shape(cx, &plan) {
        // In a `match` arm, whose temporaries end with it: the closure
        // `map_list` borrows is gone before the rest of the caller's
        // statement (an `.await` there keeps its future `Send`).
        let first = First::take(krate, &mut plan);
        return First::around(first, collect_map(cx, &plan, &Sink::new(cx)));
    }
    match (First::take(krate, &mut plan), cx.fallible) {
        (Some(first), false) => filled(cx, first, &plan),
        (first, false) => {
            let body = eager_body(cx, plan);
            First::around(first, quote!((#move_token || { #body })()))
        }
        (first, true) => {
            let at = question_at(&plan);
            let body = eager_body(cx, plan);
            let value = quote!((#move_token || { #body })());
            First::around(first, settled(&TryScope::new(krate), value, at))
        }
    }
}

/// A sync eager form without `?`: the loops are a closure, called once on
/// the first iterator, that fills the collection declared before it.
///
/// ```text
/// match { ..; ForIn(xs).comp_into_iter() } {
///     __comp_iter => {
///         let mut list = Vec::with_capacity(capacity(&__comp_iter));
///         let __comp_expected = Expectation::new();
///         if false {
///             __comp_expected.expected_value()
///         } else {
///             if false { ExpectCollection(&mut list, __comp_expected.expected_value()).comp_expect_collection(); }
///             fill(__comp_iter, |__comp_iter| {
///                 for x in __comp_iter { .. <Vec<_>>::push(&mut list, x * 2); }
///             });
///             list
///         }
///     }
/// }
/// ```
///
/// (`let (mut set, mut __comp_policy) = SetOut::into_parts(SetOut::new(..))`
/// for a presized set or dict: see [`Sink::add`]; the snapshots
/// `list_filter`, `set_map`.)
///
/// The never-taken first branch takes the type the comprehension is
/// expected to have (`let v: Vec<String> = ..`), which reaches the
/// collection before the closure is checked (see [`collected`]), so an
/// element of the wrong type is reported on the element, with rustc's own
/// conversion hint, as in a hand-written `v.push(w)`. The closure is the
/// runtime's `fill`'s `FnOnce`: a value moved in every iteration (an inner
/// `for o in orders`) is rustc's "moved in previous iteration of loop", as
/// by hand.
fn filled(cx: &Context, first: First, plan: &Plan) -> TokenStream {
    let (krate, move_token) = (&cx.krate, &cx.move_token);
    let sink = Sink::apart(cx, capacity(krate, plan));
    let body = nest_all(krate, plan, sink.add(&plan.out));
    let local = first.local.clone();
    // The closure is written over the comprehension's own tokens, from the
    // element to the last clause: a borrow conflict between a capture and
    // the loop (`queue.push(..)` over `&queue`, `self.seen.insert(..)` in a
    // `&self` method) is reported there, with rustc's label on the use,
    // not on the whole call. Of the user's context too (its bars and braces
    // name nothing): rustc names a captured variable in its errors ("cannot
    // borrow `v` as mutable") only for a closure that is not a macro's, and
    // calls it "value" otherwise (`closure_over`).
    let (at, element_end) = plan.out.ends();
    let last = cx.clauses_end.unwrap_or(element_end);
    let closure = closure_over(move_token, quote!(#local), body, (at, last));
    let run = quote!(#krate::__private::fill(#local, #closure););
    let collection = sink.collection_at_display();
    First::around(Some(first), collected(&sink, run, quote!(#collection)))
}

/// The inside of an eager form's block: the collection, the loops around
/// one `push`/`insert`, and the result (wrapped in `Ok`/`Some` with `?`,
/// through the scope [`settled`] declares before the block).
fn eager_body(cx: &Context, mut plan: Plan) -> TokenStream {
    let krate = &cx.krate;
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    if fallible {
        let on_fail = |residual: &_| {
            let fail = scope.fail(residual);
            quote!(return #fail)
        };
        rewrite_plan(krate, &mut plan, &scope.branch(), &on_fail);
    }
    let sink = Sink::presized(cx, capacity(krate, &plan));
    let declare = sink.declare();
    // A list whose `?`s make it a `Result` or an `Option`: its element type
    // is the expected one's before the loop (through `settled`'s tie), so
    // an element of another type is reported on the element, as by hand on
    // the `push`.
    let declare = match (fallible, cx.form) {
        (true, Form::List | Form::Bare) => {
            let (out, tie) = (&sink.out, tie_name());
            let expect = expect_collection(&cx.private, quote!(#out), quote!(#tie.comp_output()));
            quote! {
                #declare
                #expect
            }
        }
        _ => declare,
    };
    let out = &sink.out;
    let element = sink
        .element_type
        .then(|| declare_element_type(&cx.private, quote!(&#out)));
    let declare = quote! {
        #declare
        #element
    };
    let body = nest_all(krate, &plan, sink.add(&plan.out));
    let out = sink.result();
    let result = if fallible { scope.wrap(&out) } else { out };
    // The block's value is located at the element: an element borrowing a
    // temporary (`fetch(u).await.trim()`) is reported there, where the
    // collection that would outlive it is filled, not on the whole call.
    let result = located(result, plan.out.exprs()[0].span());
    quote! {
        #declare
        #body
        #result
    }
}

/// The capacity the collection starts with. With a single sync `for` over
/// the first iterator evaluated before the block (see [`First`]), its size
/// hint, as a hand-written `Vec::with_capacity(v.len())` would give
/// (measured: a later `reserve` makes the loop keep the length in memory,
/// and starting empty regrows a filtered result several times; see
/// BENCHMARKS.md). A set or dict gets it through `SetOut`/`MapOut`, which
/// reserve it only while the keys look distinct (`comp-runtime`'s
/// `collect.rs`: reserving it outright made duplicate-heavy sets 1.10 ×
/// slower than starting empty).
///
/// ```text
/// let mut __comp_out = Vec::with_capacity(capacity(&__comp_iter));
/// let mut __comp_out = SetOut::new(capacity(&__comp_iter));
/// ```
fn capacity(krate: &TokenStream, plan: &Plan) -> Option<TokenStream> {
    let single_for = plan.last_for().is_none();
    if plan.first.is_async || !single_for {
        return None;
    }
    // An iterable with a `?` or an `.await` stays the loop's head, where its
    // temporaries live through the loop.
    let Iterable::Ready(first) = &plan.first.iter else {
        return None;
    };
    Some(quote!(#krate::__private::capacity(&#first)))
}

/// `acomp![..]`: an `async` block awaited in place, like CPython's
/// `await _listcomp()`.
///
/// The expansion: the snapshot `async_list` (and `async_dict`,
/// `async_flatten`) in `comp-macros/src/tests/snapshots/`.
pub(super) fn async_eager(cx: &Context, mut plan: Plan) -> TokenStream {
    let move_token = &cx.move_token;
    if is_stream_map_shape(cx, &plan) {
        // Its value, a dict's pair too, is checked against the element
        // type (see `collect_map`).
        return collect_map(cx, &plan, &Sink::new(cx).typed_entries());
    }
    let krate = &cx.krate;
    let first = First::take(krate, &mut plan);
    let (at, last) = plan.out.ends();
    let head = quote_spanned!(at=> async #move_token);
    if cx.fallible {
        let at = question_at(&plan);
        let body = eager_body(cx, plan);
        let value = block_over(head, body, last);
        let awaited = cx.awaited();
        let value = settled(&TryScope::new(krate), quote!(#value #awaited), at);
        return First::around(first, value);
    }
    let sink = Sink::apart(cx, capacity(krate, &plan));
    let body = if is_drain_shape(cx, &plan) {
        drain_all(krate, &plan, sink.add(&plan.out))
    } else {
        nest_all(krate, &plan, sink.add(&plan.out))
    };
    First::around(first, awaited_into(cx, &sink, block_over(head, body, last)))
}

/// An eager `acomp!` without `?`: the `async` block fills the collection
/// declared before it, and is awaited in place.
///
/// ```text
/// let mut list = Vec::new();
/// let __comp_expected = Expectation::new();
/// if false {
///     __comp_expected.expected_value()
/// } else {
///     if false { ExpectCollection(&mut list, __comp_expected.expected_value()).comp_expect_collection(); }
///     let __comp_done = async { for x in __comp_iter { <Vec<_>>::push(&mut list, x); } }.await;
///     awaited_collection(__comp_done, list)
/// }
/// ```
///
/// (With `move`, the block takes a `&mut` to it, `let __comp_out = &mut
/// list;` before the block: see [`Sink::apart`].)
///
/// The first branch is never taken. rustc checks an `.await`'s operand
/// without the type the expression is expected to have, but an `if`'s
/// branches in order, each coerced to that type: the first takes it, and
/// hands it (`let v: Vec<String> = acomp![..]`) to the collection before
/// the `async` block is checked. An element of the wrong type is then
/// reported on the element, with rustc's own hint (`.to_string()`, a
/// forgotten `.await`), as in a hand-written `v.push(..)` (see
/// [`collected`]; the sync forms are built the same way, see [`filled`]). The value is typed through the awaited
/// `()` too (the runtime's `awaited_collection`): awaited outside async code
/// (`block_on(acomp![..])`), rustc's E0728 is then the only error.
pub(super) fn awaited_into(cx: &Context, sink: &Sink, block: TokenStream) -> TokenStream {
    let (private, done) = (&sink.private, internal("done"));
    let (awaited, collection) = (cx.awaited(), sink.collection());
    let run = quote!(let #done = #block #awaited;);
    let result = quote!(#private::awaited_collection(#done, #collection));
    // At the display, as a sync form's collection (see `collected`).
    let result = match cx.display {
        Some(display) => located(result, display),
        None => result,
    };
    collected(sink, run, result)
}

/// The collection of a sink declared (and lent, see [`Sink::lend`]), the
/// type the comprehension is expected to have taken by a never-taken
/// branch, and the other filling the collection (`run`) and giving the
/// `result`:
///
/// ```text
/// let mut list = Vec::new();
/// let __comp_expected = Expectation::new();
/// if false {
///     __comp_expected.expected_value()
/// } else {
///     if false { ExpectCollection(&mut list, __comp_expected.expected_value()).comp_expect_collection(); }
///     RUN
///     RESULT
/// }
/// ```
///
/// rustc checks an `if`'s branches in order, each coerced to the type the
/// expression is expected to have: the first, of no type of its own, takes
/// it without an error, and when it is the collection's type (`let v:
/// Vec<String> = ..`) the runtime's `ExpectCollection` hands it to the
/// collection before `run` is checked (see [`expect_collection`]). Any
/// other expected type (a `Result`: the element's `?` forgotten) is one
/// mismatch of the whole types, at the result, which is located at the
/// user's display (a set display where a `HashMap` is expected is
/// reported there).
fn collected(sink: &Sink, run: TokenStream, result: TokenStream) -> TokenStream {
    let (declare, lend, private) = (sink.declare_apart(), sink.lend(), &sink.private);
    let collection = sink.collection();
    let expected = internal("expected");
    let expect = expect_collection(
        private,
        quote!(#collection),
        quote!(#expected.expected_value()),
    );
    let element = sink
        .element_type
        .then(|| declare_element_type(private, quote!(&#collection)));
    quote! {{
        #declare
        let #expected = #private::Expectation::new();
        if false {
            #expected.expected_value()
        } else {
            #expect
            #element
            #lend
            #run
            #result
        }
    }}
}

/// `if false { ExpectCollection(&mut COLLECTION, EXPECTED).comp_expect_collection(); }`:
/// the collection's type is `EXPECTED`'s when that is a collection of its
/// kind, its element type then fixed before the loop (the runtime's
/// `ExpectCollection`); nothing otherwise.
fn expect_collection(
    private: &TokenStream,
    collection: TokenStream,
    expected: TokenStream,
) -> TokenStream {
    quote! {
        if false {
            #[allow(unused_imports)]
            use #private::{CollectionExpected as _, CollectionNotExpected as _};
            #private::ExpectCollection(&mut #collection, #expected).comp_expect_collection();
        }
    }
}

/// A first `async for` after which nothing awaits (no `.await`, no other
/// `async for`) or returns (no `?`): its items are fed to a closure by the
/// runtime's `drain`, one `poll_next` loop, instead of a `while let` whose
/// every item goes through the async block's state machine (1.06-1.08 ×
/// the hand-written `while let` loop in issue 13's harness; `drain` runs
/// about 20 % fewer instructions per item than that loop).
///
/// Not with `move`: the closure borrows what the `async move` block owns,
/// and a borrow of an owned `Send` but not `Sync` value (a `Cell`) held
/// across the `drain(..).await` would make the future not `Send`, where
/// the `while let` loop's future is (`tests/test_async/send.rs`).
fn is_drain_shape(cx: &Context, plan: &Plan) -> bool {
    let inner_async = plan
        .steps
        .iter()
        .any(|s| matches!(s, Step::For(ForStep { is_async: true, .. })));
    let sync_after = !inner_async && !plan.awaits(false) && !cx.fallible;
    plan.first.is_async && sync_after && cx.move_token.is_none()
}

/// A single `async for`, no filter, and nothing that awaits after it: the
/// stream's own `collect` (a plain loop in `Collect::poll`, measured faster
/// than an item-by-item trip through an async block's state machine).
fn is_stream_map_shape(cx: &Context, plan: &Plan) -> bool {
    let binds_only = plan
        .steps
        .iter()
        .all(|s| matches!(s, Step::Let(..) | Step::Bind(..)));
    let awaits = plan.awaits(false);
    plan.first.is_async && binds_only && !awaits && !cx.fallible
}

/// `map_list(into_iter(xs), &mut |x| ..)` (std's `collect` of a `map`), or
/// for an `async for`, `StreamExt::collect::<Vec<_>>(StreamExt::map(into_stream(s), |x| ..)).await`,
/// its element typed by the collection a never-taken branch types (the
/// collection itself stays empty: `Vec::new()` does not allocate).
fn collect_map(cx: &Context, plan: &Plan, sink: &Sink) -> TokenStream {
    let krate = &cx.krate;
    let move_token = &cx.move_token;
    let ForStep {
        pat,
        iter,
        is_async,
    } = &plan.first;
    let source = source(krate, iter, *is_async);
    let (at, last) = plan.out.ends();
    if *is_async {
        // The value checked against the collection's element type, which
        // the type the comprehension is expected to have gives it first
        // (see `collected`): an `.await`'s operand gets no expected type,
        // and a forgotten `.await` in the element would otherwise be a
        // mismatch of the whole collections, on the call.
        let value = typed(&cx.private, plan.out.value(), (at, last));
        let body = nest(krate, &plan.steps, value);
        let closure = closure_over(move_token, quote!(#pat), body, (at, last));
        let (ty, awaited) = (sink.inferred_type(), cx.awaited());
        let result = quote! {
            #krate::__private::StreamExt::collect::<#ty>(
                #krate::__private::StreamExt::map(#source, #closure)
            ) #awaited
        };
        return collected(sink, TokenStream::new(), result);
    }
    let body = nest(krate, &plan.steps, plan.out.value());
    let closure = closure_over(move_token, quote!(#pat), body, (at, last));
    // `map_list` is `collect::<Vec<_>>` of the `map`, its closure through
    // `&mut dyn FnMut`: the expected element type reaches it.
    quote! {
        #krate::__private::map_list(#source, &mut #closure)
    }
}
