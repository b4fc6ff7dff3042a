//! `acomp![..; concurrency = N]`: one future per item, run by `Concurrent`.

use proc_macro2::TokenStream;
use quote::quote;

use super::eager::awaited_into;
use super::generator::{generator_block, hoist_first, Drive};
use super::tokens::{closure, expansion_closure};
use super::{
    as_stream, gated, nest_all, question_at, rewrite_steps, settled, Context, First, Sink, TryScope,
};
use crate::lower::{
    contains, ends, first_try, rewrite_try, Branch, ForStep, Iterable, OnFail, Operator, Out, Plan,
    Step,
};
use crate::names::{internal, yielder};

mod item;

use item::item_future;

/// `acomp![..; concurrency = N]`: the loops up to the last `for` produce one
/// future per item (the later clauses and the element), run by
/// `Concurrent` at most N at a time.
///
/// The expansions: the snapshots `concurrency_list`, `concurrency_try_dict`,
/// `concurrency_nested`, `concurrency_nested_shared` and
/// `concurrency_lazy_*` in `comp-macros/src/tests/snapshots/`.
///
/// With `spawn`, each item future is a tokio task (see `item_future`), and
/// the whole expansion stands in the runtime's `spawn_tasks!` gate, which
/// is an error naming the `tokio` feature when it is off (the snapshots
/// `spawn_list` and `spawn_lazy_nested`).
pub(super) fn concurrent(cx: &Context, plan: Plan, limit: &Limit) -> TokenStream {
    let expansion = if cx.form.is_eager() {
        concurrent_eager(cx, plan, limit)
    } else {
        concurrent_lazy(cx, plan, limit)
    };
    match &cx.spawn {
        None => expansion,
        Some((at, _)) => {
            let message = "`spawn` needs the `tokio` cargo feature of `comprehensions`: `comprehensions = { version = \"0.1\", features = [\"tokio\"] }`";
            gated(cx, "spawn_tasks", *at, message, expansion)
        }
    }
}

/// `concurrency = N`: the option's keyword and N.
type Limit = (proc_macro2::Span, syn::Expr);

/// The internal names of a run: the source of item futures, N, the
/// `Concurrent` stream and one of its steps.
struct Run {
    source: syn::Ident,
    limit: syn::Ident,
    steps: syn::Ident,
    step: syn::Ident,
}

impl Run {
    fn new() -> Run {
        Run {
            source: internal("source"),
            limit: internal("limit"),
            steps: internal("steps"),
            step: internal("step"),
        }
    }

    /// `let __comp_limit: usize = N; let __comp_limit = concurrency(__comp_limit);`
    ///
    /// The `usize` at the option's keyword: an N of another type
    /// (`concurrency = None`, a `u32`) is rustc's "expected `usize`" on N,
    /// with "expected due to this" on `concurrency`, not on the whole call.
    fn limit(&self, private: &TokenStream, (at, limit): &Limit) -> TokenStream {
        let name = &self.limit;
        let usize = quote::quote_spanned!(*at=> usize);
        quote! {
            let #name: #usize = #limit;
            let #name = #private::concurrency(#name);
        }
    }
}

/// The eager forms: an `async` block awaited in place that collects the
/// run's results, on the first iterable evaluated before it (see [`First`]),
/// which the source evaluates before N.
fn concurrent_eager(cx: &Context, mut plan: Plan, limit: &Limit) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let flow = quote!(#private::ControlFlow);
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    let residual = internal("residual");
    let first = First::take(krate, &mut plan);
    let at = question_at(&plan);
    // The first `?` of an item, where a failed item's residual meets the
    // comprehension's scope (before `item_future` rewrites it).
    let items_from = plan.last_for().map_or(0, |last| last + 1);
    let item_exprs = plan.steps[items_from..].iter().filter_map(Step::expr);
    let item_question = first_try(item_exprs.chain(plan.out.exprs()));
    let item = item_future(cx, &mut plan, fallible, !fallible);
    let first_fail = |residual: &_| {
        let fail = scope.fail(residual);
        quote!(return #fail)
    };
    let source = concurrent_source(cx, &mut plan, item, &first_fail, &scope.branch());
    let ordered = cx.ordered;
    let run = Run::new();
    let Run {
        source: source_var,
        limit: limit_var,
        steps,
        step,
    } = &run;
    // N after the first iterable, as the SPEC orders them; outside the
    // `async` block when the first iterable was evaluated before it, so
    // that N using what the first iterable moved (`for u in urls;
    // concurrency = urls.len()`) is rustc's use-after-move on N, as in the
    // hand-written `let n = urls.len()` after `stream::iter(urls)`, not a
    // borrow by the whole block. A `?` in N stays inside: it fails the
    // comprehension, not the caller.
    let hoisted = first.is_some() && !contains(&limit.1, Operator::Try);
    let limit = run.limit(private, limit);
    let (before, limit) = if hoisted {
        (Some(limit), None)
    } else {
        (None, Some(limit))
    };
    // Without `?`, the collection is declared before the block, where the
    // expected type reaches it (see `eager::awaited_into`): a value of the
    // wrong type is reported on the element.
    let sink = if fallible {
        Sink::new(cx)
    } else {
        // Each item's value, an entry too, is checked against the element
        // type (see `item_future`).
        Sink::apart(cx, None).typed_entries()
    };
    let out = &sink.out;
    // The run's value, named where the element ends (of the user's
    // context, as `block_over`'s braces): a value of the wrong type is
    // reported on the element, and rustc's `.expect(..)` lands after it.
    let named = |name: &str, expr: &syn::Expr| syn::Ident::new(name, ends(expr).1);
    let (value, add) = match &plan.out {
        Out::Entry(key, value) => {
            let at = ends(key);
            let (key, value) = (named("__comp_key", key), named("__comp_value", value));
            let add = sink.add_at(quote!(#key, #value), at);
            (quote!((#key, #value)), add)
        }
        Out::Value(value) => {
            let at = ends(value);
            let value = named("__comp_value", value);
            (quote!(#value), sink.add_at(quote!(#value), at))
        }
    };
    let declare = fallible.then(|| sink.declare());
    let (on_break, result) = if fallible {
        let result = scope.wrap(&quote!(#out));
        let on_break = match item_question {
            // `residual?` at the item's `?`, through the comprehension's
            // scope: an item failing with another error type than the
            // first iterable's `?` is the `SameError` message on the item's
            // `?`, not a mismatch at `fail`.
            Some(at) => scope.agree(&residual, at, &first_fail),
            None => first_fail(&residual),
        };
        (on_break, Some(result))
    } else {
        (quote!(match #residual {}), None)
    };
    let move_token = &cx.move_token;
    let block = quote! {
        async #move_token {
            let #source_var = #source;
            #limit
            let mut #steps = #private::pin!(#private::Concurrent::new(#source_var, #limit_var, #ordered));
            #declare
            while let #private::Option::Some(#step) = #private::next(&mut #steps).await {
                match #step {
                    #flow::Continue(#value) => { #add }
                    #flow::Break(#residual) => #on_break,
                }
            }
            #result
        }
    };
    let block = if fallible {
        let awaited = cx.awaited();
        quote!(#block #awaited)
    } else {
        awaited_into(cx, &sink, block)
    };
    let block = match before {
        Some(before) => quote!({ #before #block }),
        None => block,
    };
    let block = if fallible {
        settled(&scope, block, at)
    } else {
        block
    };
    First::around(first, block)
}

/// The lazy form: a generator around the run, so that with `move` the item
/// futures borrow what it owns; its first iterable and N are evaluated when
/// it is created. A failure of the first iterable leaves a labelled block and
/// is sent after it, once the item type is known from the run.
fn concurrent_lazy(cx: &Context, mut plan: Plan, limit: &Limit) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    let residual = internal("residual");
    let yielder = yielder();
    let run_label = syn::Lifetime::new("'__comp_run", proc_macro2::Span::mixed_site());
    let first_fail = |residual: &_| quote!(break #run_label #private::Option::Some(#residual));
    let first_question = plan.first.iter.expr().and_then(|e| first_try([e]));
    let (first, after) = hoist_first(cx, &mut plan, &first_fail);
    let item = item_future(cx, &mut plan, fallible, false);
    let source = concurrent_source(cx, &mut plan, item, &first_fail, &Branch::plain(krate));
    let ordered = cx.ordered;
    let run = Run::new();
    let Run {
        source: source_var,
        limit: limit_var,
        steps,
        step,
    } = &run;
    // With `?`, one scope ties the items' residual type to a failure's.
    let settle = if fallible {
        scope.settle()
    } else {
        quote!(#private::infallible)
    };
    // N moves into the generator, which does not borrow the block's locals.
    let limit = run.limit(private, limit);
    let limit = quote! {
        #limit
        let #limit_var = #private::Owned(#limit_var);
    };
    let body = quote! {
        #after
        let #limit_var = #private::Owned::into_inner(#limit_var);
        let #source_var = #source;
        let #steps = #private::Concurrent::new(#source_var, #limit_var, #ordered);
        let mut #steps = #private::pin!(#private::StreamExt::map(#steps, #settle));
        while let #private::Option::Some(#step) = #private::next(&mut #steps).await {
            #private::Yielder::send(&#yielder, #step).await;
        }
    };
    let body = if let Some(at) = first_question {
        let failure = internal("failure");
        let send_fail = |residual: &_| {
            let fail = scope.fail(residual);
            quote!({ #private::Yielder::send(&#yielder, #fail).await; return; })
        };
        // `residual?` at the first iterable's `?`, through the scope the
        // items' `?`s fixed: another error type is the `SameError` message
        // there, not a mismatch at `fail`.
        let send = scope.agree(&residual, at, &send_fail);
        quote! {
            let #failure = #run_label: { #body #private::Option::None };
            if let #private::Option::Some(#residual) = #failure {
                #send
            }
        }
    } else {
        body
    };
    let decl = fallible.then(|| scope.decl());
    let body = quote!(#decl #body);
    let move_token = cx.move_token.as_ref();
    generator_block(cx, move_token, (first, limit), body, Drive::Stream, false)
}

/// The stream of item futures of a concurrent comprehension. A single `for`
/// maps its iterator or stream directly; deeper nests run in a generator.
/// `first_fail` is what a `?` in the first iterable does.
fn concurrent_source(
    cx: &Context,
    plan: &mut Plan,
    item: TokenStream,
    first_fail: OnFail,
    branch: &Branch,
) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    if plan.steps.is_empty() {
        let ForStep {
            pat,
            iter,
            is_async,
        } = &mut plan.first;
        if let Iterable::Expr(expr) = iter {
            rewrite_try(expr, krate, branch, first_fail);
        }
        let stream = as_stream(krate, iter, *is_async);
        let closure = match cx.spawn {
            None => closure(None::<syn::Token![move]>, pat, item),
            Some(_) => expansion_closure(pat, item),
        };
        return quote!(#private::StreamExt::map(#stream, #closure));
    }
    // A failure before the last `for` is sent as a ready future that fails.
    let first = plan.first.iter.expr_mut();
    let fails = first
        .into_iter()
        .chain(Plan::exprs_mut(&mut plan.steps))
        .any(|e| contains(e, Operator::Try));
    let yielder = yielder();
    let flow = quote!(#private::ControlFlow);
    let on_fail = |residual: &_| {
        quote!({
            #private::Yielder::send(&#yielder, #private::Either::Right(#private::ready(#flow::Break(#residual)))).await;
            return;
        })
    };
    let item = if fails {
        if let Some(expr) = plan.first.iter.expr_mut() {
            rewrite_try(expr, krate, &Branch::plain(krate), &on_fail);
        }
        rewrite_steps(
            krate,
            &mut plan.steps,
            None,
            &Branch::plain(krate),
            &on_fail,
        );
        quote!(#private::Either::Left(#item))
    } else {
        item
    };
    let body = nest_all(
        krate,
        plan,
        quote!(#krate::__private::Yielder::send(&#yielder, #item).await;),
    );
    generator_block(
        cx,
        None,
        (None, TokenStream::new()),
        body,
        Drive::Stream,
        true,
    )
}
