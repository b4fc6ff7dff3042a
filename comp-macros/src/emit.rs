//! From a [`Plan`] to tokens: one builder per shape.
//!
//! Every shape is one scoped block, like CPython's nested function: a closure
//! called in place for `comp!`, an `async` block awaited in place for
//! `acomp!`, and the loops nested inside it in clause order. Internal names
//! come from `names.rs`; user expressions keep their spans.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Comprehension, Display, Flavor};
use crate::lower::{
    contains, into_iter, into_stream, is_fallible, neutralize_control_flow, rewrite_try, Iterable,
    Operator, Out, Plan, Step,
};
use crate::names::{internal, internal_at, internal_nth};

/// The expansion of a checked comprehension.
pub fn emit(c: &Comprehension) -> TokenStream {
    let plan = Plan::new(c);
    match (c.flavor, c.display, &c.options.concurrency) {
        (Flavor::Sync, Display::Lazy, _) => sync_lazy(c, plan),
        (Flavor::Sync, ..) => sync_eager(c, plan),
        (Flavor::Async, _, Some((_, limit))) => concurrent(c, plan, limit),
        (Flavor::Async, Display::Lazy, None) => async_lazy(c, plan),
        (Flavor::Async, ..) => async_eager(c, plan),
    }
}

/// A best-effort expansion next to errors, so the user's expressions are
/// still type-checked (and completed by an IDE) without further errors: the
/// loop nest in an async block that is never run.
pub fn fallback(c: &Comprehension) -> TokenStream {
    let k = &c.krate;
    let mut plan = Plan::new(c);
    let branch = quote!(#k::__private::Try::branch);
    let diverge = quote!(loop {});
    for expr in Plan::exprs_mut(&mut plan.steps).chain(plan.out.exprs_mut()) {
        neutralize_control_flow(expr);
        rewrite_try(expr, k, &branch, &diverge);
    }
    let value = plan.out.value();
    let body = nest(k, &plan.steps, quote!(let _ = #value;));
    quote!(let _ = async { #body loop {} };)
}

/// The collection of an eager display: its constructor and how one element is added.
struct Sink {
    out: proc_macro2::Ident,
    new: TokenStream,
}

impl Sink {
    fn new(c: &Comprehension) -> Sink {
        let k = &c.krate;
        let new = match c.display {
            Display::Set => quote!(#k::__private::HashSet::new()),
            Display::Dict => quote!(#k::__private::HashMap::new()),
            _ => quote!(#k::__private::Vec::new()),
        };
        Sink {
            out: internal("out"),
            new,
        }
    }

    /// `__comp_out.push(v);` or `__comp_out.insert(k, v);`
    fn add(&self, out: &Out) -> TokenStream {
        let sink = &self.out;
        match out {
            Out::Value(value) if self.is_vec() => quote!(#sink.push(#value);),
            Out::Value(value) => quote!(#sink.insert(#value);),
            Out::Entry(key, value) => quote!(#sink.insert(#key, #value);),
        }
    }

    fn is_vec(&self) -> bool {
        self.new.to_string().contains("Vec")
    }
}

/// The loops of `steps` around `innermost`, in clause order.
fn nest(k: &TokenStream, steps: &[Step], innermost: TokenStream) -> TokenStream {
    let mut body = innermost;
    for (depth, step) in steps.iter().enumerate().rev() {
        body = match step {
            // `for` calls `IntoIterator::into_iter` itself (a lang item, not
            // a path): the user's expression stays the loop head, so that a
            // non-iterable is reported on it, once.
            Step::For {
                pat,
                iter,
                is_async: false,
            } => {
                let (iter, span) = match iter {
                    Iterable::Expr(expr) => (quote!(#expr), expr.span()),
                    Iterable::Ready(local) => (quote!(#local), local.span()),
                };
                quote_spanned!(span=> for #pat in #iter { #body })
            }
            Step::For {
                pat,
                iter,
                is_async: true,
            } => {
                let item = internal("item");
                let (source, span) = match iter {
                    Iterable::Expr(expr) => (into_stream(k, expr), expr.span()),
                    Iterable::Ready(local) => (quote!(#local), local.span()),
                };
                let stream = internal_nth("stream", depth);
                let next = quote_spanned!(span=> #k::__private::next(&mut #stream));
                quote! {
                    let mut #stream = #k::__private::pin!(#source);
                    while let #k::__private::Option::Some(#item) = #next.await {
                        let #pat = #item;
                        #body
                    }
                }
            }
            Step::If(cond) => quote!(if #cond { #body }),
            Step::IfLet(pat, expr) => quote!(if let #pat = #expr { #body }),
            Step::Let(pat, expr) => quote!(let #pat = #expr; #body),
            Step::Bind(name, expr) => quote!(let #name = #expr; #body),
        };
    }
    body
}

/// `steps` ending in `success`, as a closure body that evaluates to `failure`
/// when a filter says no. Without filters, no `return` is needed.
fn guarded(
    k: &TokenStream,
    steps: &[Step],
    success: TokenStream,
    failure: TokenStream,
) -> TokenStream {
    if Plan::filters(steps) {
        let body = nest(k, steps, quote!(return #success;));
        quote!(#body #failure)
    } else {
        nest(k, steps, success)
    }
}

/// Rewrites the `?` of `steps` (and of `out`, if given).
fn rewrite_steps(
    k: &TokenStream,
    steps: &mut [Step],
    out: Option<&mut Out>,
    branch: &TokenStream,
    on_fail: &TokenStream,
) {
    let out_exprs = out.map(Out::exprs_mut).unwrap_or_default();
    for expr in Plan::exprs_mut(steps).chain(out_exprs) {
        rewrite_try(expr, k, branch, on_fail);
    }
}

/// For an eager fallible comprehension: the scope declaration, and how the
/// collection is returned.
struct TryScope {
    decl: TokenStream,
    branch: TokenStream,
    fail: TokenStream,
}

impl TryScope {
    fn new(k: &TokenStream) -> TryScope {
        let scope = internal("try");
        let residual = internal("residual");
        TryScope {
            decl: quote!(let #scope = #k::__private::TryScope::new();),
            branch: quote!(#scope.branch),
            fail: quote!(#scope.fail(#residual)),
        }
    }

    fn wrap(value: &TokenStream) -> TokenStream {
        let scope = internal("try");
        quote!(#scope.wrap(#value))
    }
}

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
fn sync_eager(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let k = &c.krate;
    let move_token = &c.move_token;
    let sink = Sink::new(c);
    let (out, new) = (&sink.out, &sink.new);
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
        return quote! {
            (#move_token || {
                let mut #out = #new;
                #k::__private::Extend::extend(&mut #out, #k::__private::Iterator::map(#iter, |#pat| { #body }));
                #out
            })()
        };
    }
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    if fallible {
        let on_fail = &scope.fail;
        rewrite_steps(
            k,
            &mut plan.steps,
            Some(&mut plan.out),
            &scope.branch,
            &quote!(return #on_fail),
        );
    }
    let reserve = reserve_exact(k, &mut plan, out);
    let decl = fallible.then_some(&scope.decl);
    let body = nest(k, &plan.steps, sink.add(&plan.out));
    let result = if fallible {
        TryScope::wrap(&quote!(#out))
    } else {
        quote!(#out)
    };
    quote! {
        (#move_token || {
            let mut #out = #new;
            #decl
            #reserve
            #body
            #result
        })()
    }
}

/// With a single sync `for` and no filter, the first iterator's lower size
/// bound is the result's size: reserve it before the loop.
fn reserve_exact(k: &TokenStream, plan: &mut Plan, out: &proc_macro2::Ident) -> TokenStream {
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
    quote! {
        let #first = #into;
        #out.reserve(#k::__private::Iterator::size_hint(&#first).0);
    }
}

/// `comp!((..))`: the first iterable evaluated now, then one adapter per `for`.
///
/// ```text
/// {
///     let __comp_iter = IntoIterator::into_iter(xs);
///     Iterator::flat_map(__comp_iter, |x| Iterator::filter_map(IntoIterator::into_iter(ys),
///         move |y| { if x != y { return Some((x, y)); } None }))
/// }
/// ```
fn sync_lazy(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let k = &c.krate;
    let fallible = is_fallible(c);
    let Step::For { iter, .. } = &mut plan.steps[0] else {
        unreachable!()
    };
    let first = match iter {
        Iterable::Expr(expr) => internal_at("iter", expr.span()),
        Iterable::Ready(local) => local.clone(),
    };
    let Iterable::Expr(mut first_expr) = std::mem::replace(iter, Iterable::Ready(first.clone()))
    else {
        unreachable!()
    };
    let segments = segments(&plan.steps);
    let chain = lazy_level(c, &mut plan, &segments, 0, quote!(#first), fallible);
    if !fallible {
        let into = into_iter(k, &first_expr);
        return quote!({ let #first = #into; #chain });
    }
    let try_iter = quote!(#k::__private::TryIter);
    if !contains(&first_expr, Operator::Try) {
        let into = into_iter(k, &first_expr);
        return quote!({ let #first = #into; #try_iter::running(#chain) });
    }
    // A failure of the first iterable is the only item.
    let (flow, residual) = (quote!(#k::__private::ControlFlow), internal("residual"));
    let on_fail = quote!(return #flow::Break(#residual));
    rewrite_try(
        &mut first_expr,
        k,
        &quote!(#k::__private::Try::branch),
        &on_fail,
    );
    let into = into_iter(k, &first_expr);
    let move_token = &c.move_token;
    quote!({
        match (#move_token || #flow::Continue(#into))() {
            #flow::Continue(#first) => #try_iter::running(#chain),
            #flow::Break(#residual) => #try_iter::failed(#residual),
        }
    })
}

/// The step ranges `[start, end)` of each `for` and the clauses after it.
fn segments(steps: &[Step]) -> Vec<(usize, usize)> {
    let starts: Vec<usize> = (0..steps.len())
        .filter(|&i| matches!(steps[i], Step::For { .. }))
        .collect();
    let ends = starts.iter().skip(1).copied().chain(Some(steps.len()));
    starts.iter().copied().zip(ends).collect()
}

/// One adapter of a lazy comprehension: the `for` of `segments[level]` over
/// `iter`, with the clauses up to the next `for` inside its closure (which
/// also evaluates the next level's iterable, once per item).
fn lazy_level(
    c: &Comprehension,
    plan: &mut Plan,
    segments: &[(usize, usize)],
    level: usize,
    iter: TokenStream,
    fallible: bool,
) -> TokenStream {
    let k = &c.krate;
    let (start, end) = segments[level];
    let last = level + 1 == segments.len();
    let move_token = if level == 0 {
        c.move_token.map(|m| quote!(#m))
    } else {
        Some(quote!(move))
    };
    let (flow, residual, some) = (
        quote!(#k::__private::ControlFlow),
        internal("residual"),
        quote!(#k::__private::Option::Some),
    );
    let (none, nest_type) = (
        quote!(#k::__private::Option::None),
        quote!(#k::__private::Nest),
    );
    let filters = Plan::filters(&plan.steps[start + 1..end]);
    if fallible {
        let on_fail = match (last, filters) {
            (true, true) => quote!(return #some(#flow::Break(#residual))),
            (true, false) => quote!(return #flow::Break(#residual)),
            (false, _) => quote!(return #nest_type::Fail(#some(#residual))),
        };
        let branch = quote!(#k::__private::Try::branch);
        let out = if last { Some(&mut plan.out) } else { None };
        let next_for = if last { start..end } else { start..end + 1 };
        rewrite_steps(k, &mut plan.steps[next_for], out, &branch, &on_fail);
    }
    let Step::For { pat, .. } = &plan.steps[start] else {
        unreachable!()
    };
    let pat = pat.clone();
    let iterator = quote!(#k::__private::Iterator);
    let body = if last {
        let value = plan.out.value();
        let value = if fallible {
            quote!(#flow::Continue(#value))
        } else {
            value
        };
        if filters {
            let body = guarded(k, &plan.steps[start + 1..end], quote!(#some(#value)), none);
            return quote!(#iterator::filter_map(#iter, #move_token |#pat| { #body }));
        }
        let body = nest(k, &plan.steps[start + 1..end], value);
        return quote!(#iterator::map(#iter, #move_token |#pat| { #body }));
    } else {
        let Step::For {
            iter: Iterable::Expr(next),
            ..
        } = &plan.steps[end]
        else {
            unreachable!()
        };
        let next_iter = into_iter(k, next);
        let inner = lazy_level(c, plan, segments, level + 1, next_iter, fallible);
        let guards = &plan.steps[start + 1..end];
        match (fallible, filters) {
            (false, false) => nest(k, guards, inner),
            (false, true) => {
                let body = guarded(k, guards, quote!(#some(#inner)), none);
                return quote!(#iterator::flatten(#iterator::filter_map(#iter, #move_token |#pat| { #body })));
            }
            (true, _) => guarded(
                k,
                guards,
                quote!(#nest_type::Inner(#inner)),
                quote!(#nest_type::Skip),
            ),
        }
    };
    quote!(#iterator::flat_map(#iter, #move_token |#pat| { #body }))
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
fn async_eager(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let k = &c.krate;
    let move_token = &c.move_token;
    let sink = Sink::new(c);
    let (out, new) = (&sink.out, &sink.new);
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    if fallible {
        let on_fail = &scope.fail;
        rewrite_steps(
            k,
            &mut plan.steps,
            Some(&mut plan.out),
            &scope.branch,
            &quote!(return #on_fail),
        );
    }
    let reserve = reserve_exact(k, &mut plan, out);
    let decl = fallible.then_some(&scope.decl);
    let body = nest(k, &plan.steps, sink.add(&plan.out));
    let result = if fallible {
        TryScope::wrap(&quote!(#out))
    } else {
        quote!(#out)
    };
    quote! {
        async #move_token {
            let mut #out = #new;
            #decl
            #reserve
            #body
            #result
        }.await
    }
}

/// The first iterable of a lazy async form, evaluated when the stream is
/// created unless it awaits (creating a stream cannot await). Returns what to
/// write before the generator and at the start of its body.
fn hoist_first(
    c: &Comprehension,
    plan: &mut Plan,
    on_fail: &TokenStream,
) -> (TokenStream, TokenStream) {
    let k = &c.krate;
    let Step::For { iter, is_async, .. } = &mut plan.steps[0] else {
        unreachable!()
    };
    let Iterable::Expr(expr) = iter else {
        unreachable!()
    };
    if contains(expr, Operator::Await) {
        return (TokenStream::new(), TokenStream::new());
    }
    let first = internal_at("iter", expr.span());
    let mut expr = expr.clone();
    let into = |expr: &syn::Expr| {
        if *is_async {
            into_stream(k, expr)
        } else {
            into_iter(k, expr)
        }
    };
    let owned = quote!(#k::__private::Owned);
    let (before, after) = if contains(&expr, Operator::Try) {
        let (flow, residual) = (quote!(#k::__private::ControlFlow), internal("residual"));
        rewrite_try(
            &mut expr,
            k,
            &quote!(#k::__private::Try::branch),
            &quote!(return #flow::Break(#residual)),
        );
        let into = into(&expr);
        let move_token = &c.move_token;
        (
            quote!(let #first = #owned((#move_token || #flow::Continue(#into))());),
            quote! {
                let #first = match #first.into_inner() {
                    #flow::Continue(#first) => #first,
                    #flow::Break(#residual) => #on_fail,
                };
            },
        )
    } else {
        let into = into(&expr);
        (
            quote!(let #first = #owned(#into);),
            quote!(let #first = #first.into_inner();),
        )
    };
    *iter = Iterable::Ready(first);
    (before, after)
}

/// `acomp!((..))`: a generator stream whose body is the loop nest.
///
/// ```text
/// {
///     let __comp_iter = Owned(into_stream(s));
///     let (__comp_yield, __comp_gen) = generator();
///     __comp_gen.stream(async {
///         let __comp_yield = __comp_yield;
///         let __comp_iter = __comp_iter.into_inner();
///         .. loops .. __comp_yield.send(x).await;
///     })
/// }
/// ```
fn async_lazy(c: &Comprehension, mut plan: Plan) -> TokenStream {
    let k = &c.krate;
    let yielder = internal("yield");
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    let fail = &scope.fail;
    let on_fail = quote!({ #yielder.send(#fail).await; return; });
    let (before, after) = hoist_first(c, &mut plan, &on_fail);
    if fallible {
        rewrite_steps(
            k,
            &mut plan.steps,
            Some(&mut plan.out),
            &scope.branch,
            &on_fail,
        );
    }
    let value = plan.out.value();
    let value = if fallible {
        TryScope::wrap(&value)
    } else {
        value
    };
    let body = nest(k, &plan.steps, quote!(#yielder.send(#value).await;));
    let decl = fallible.then_some(&scope.decl);
    generator_block(c, before, quote!(#decl #after #body))
}

/// `{ BEFORE; let (y, g) = generator(); g.stream(async { let y = y; BODY }) }`
fn generator_block(c: &Comprehension, before: TokenStream, body: TokenStream) -> TokenStream {
    let k = &c.krate;
    let move_token = &c.move_token;
    let (yielder, generator) = (internal("yield"), internal("gen"));
    quote!({
        #before
        let (#yielder, #generator) = #k::__private::generator();
        #generator.stream(async #move_token {
            let #yielder = #yielder;
            #body
        })
    })
}

/// `acomp![..; concurrency = N]`: the loops up to the last `for` produce one
/// future per item (the later clauses and the element), run by
/// `Concurrent` at most N at a time.
///
/// ```text
/// async {
///     let __comp_source = StreamExt::map(stream_iter(into_iter(urls)), |u| {
///         let __comp_bound = Owned((u,));
///         async { let (u,) = __comp_bound.into_inner(); ControlFlow::Continue(Some(fetch(u).await)) }
///     });
///     let __comp_limit: usize = 10;
///     let __comp_limit = concurrency(__comp_limit);
///     let mut __comp_out = Vec::new();
///     let mut __comp_steps = pin!(Concurrent::new(__comp_source, __comp_limit, true));
///     while let Some(__comp_step) = next(&mut __comp_steps).await {
///         match __comp_step { Continue(v) => __comp_out.push(v), Break(r) => match r {} }
///     }
///     __comp_out
/// }.await
/// ```
fn concurrent(c: &Comprehension, mut plan: Plan, limit: &syn::Expr) -> TokenStream {
    let k = &c.krate;
    let p = quote!(#k::__private);
    let flow = quote!(#p::ControlFlow);
    let fallible = is_fallible(c);
    let scope = TryScope::new(k);
    let last = plan.last_for();
    let residual = internal("residual");
    // The item future: the clauses after the last `for`, and the element.
    let mut item_steps = plan.steps.split_off(last + 1);
    if fallible {
        let branch = quote!(#p::Try::branch);
        rewrite_steps(
            k,
            &mut item_steps,
            Some(&mut plan.out),
            &branch,
            &quote!(return #flow::Break(#residual)),
        );
    }
    let flow_typed = if fallible {
        flow.clone()
    } else {
        quote!(#flow::<#p::Infallible, _>)
    };
    let value = plan.out.value();
    let body = guarded(
        k,
        &item_steps,
        quote!(#flow_typed::Continue(#p::Option::Some(#value))),
        quote!(#flow_typed::Continue(#p::Option::None)),
    );
    let names = Plan::bound_names(&plan.steps);
    let (mutability, idents): (Vec<_>, Vec<_>) =
        names.iter().map(|b| (b.mutability, &b.ident)).unzip();
    let bound = internal("bound");
    let move_token = &c.move_token;
    let item = quote!({
        let #bound = #p::Owned((#(#idents,)*));
        async #move_token {
            let (#(#mutability #idents,)*) = #bound.into_inner();
            #body
        }
    });
    let eager = c.display.is_eager();
    let source = concurrent_source(c, &mut plan, item, eager, &scope);
    let ordered = c.options.unordered.is_none();
    let (source_var, limit_var, steps_var) =
        (internal("source"), internal("limit"), internal("steps"));
    let prelude = quote! {
        let #source_var = #source;
        let #limit_var: usize = #limit;
        let #limit_var = #p::concurrency(#limit_var);
    };
    let concurrent = quote!(#p::Concurrent::new(#source_var, #limit_var, #ordered));
    if !eager {
        let settle = if fallible {
            quote!(#p::settle)
        } else {
            quote!(#p::infallible)
        };
        return quote!({ #prelude #p::StreamExt::map(#concurrent, #settle) });
    }
    let sink = Sink::new(c);
    let (out, new) = (&sink.out, &sink.new);
    let value = internal("value");
    let add = match &plan.out {
        Out::Entry(..) => quote!(#out.insert(#value.0, #value.1)),
        Out::Value(_) if sink.is_vec() => quote!(#out.push(#value)),
        Out::Value(_) => quote!(#out.insert(#value)),
    };
    let (fail, decl, result) = if fallible {
        let fail = &scope.fail;
        (
            quote!(return #fail),
            Some(&scope.decl),
            TryScope::wrap(&quote!(#out)),
        )
    } else {
        (quote!(match #residual {}), None, quote!(#out))
    };
    let step = internal("step");
    quote! {
        async #move_token {
            #decl
            #prelude
            let mut #out = #new;
            let mut #steps_var = #p::pin!(#concurrent);
            while let #p::Option::Some(#step) = #p::next(&mut #steps_var).await {
                match #step {
                    #flow::Continue(#value) => { #add; }
                    #flow::Break(#residual) => #fail,
                }
            }
            #result
        }.await
    }
}

/// The stream of item futures of a concurrent comprehension. A single `for`
/// maps its iterator or stream directly; deeper nests run in a generator.
fn concurrent_source(
    c: &Comprehension,
    plan: &mut Plan,
    item: TokenStream,
    eager: bool,
    scope: &TryScope,
) -> TokenStream {
    let k = &c.krate;
    let p = quote!(#k::__private);
    let move_token = &c.move_token;
    let single = plan.steps.len() == 1;
    if let [Step::For {
        pat,
        iter: Iterable::Expr(expr),
        is_async,
    }] = plan.steps.as_mut_slice()
    {
        let awaits_or_fails = contains(expr, Operator::Await) || contains(expr, Operator::Try);
        if single && (eager || !awaits_or_fails) {
            let on_fail = &scope.fail;
            rewrite_try(expr, k, &scope.branch, &quote!(return #on_fail));
            let stream = if *is_async {
                into_stream(k, expr)
            } else {
                let iter = into_iter(k, expr);
                quote!(#p::stream_iter(#iter))
            };
            return quote!(#p::StreamExt::map(#stream, #move_token |#pat| #item));
        }
    }
    // A failure before the last `for` is sent as a ready future that fails.
    let fails = Plan::exprs_mut(&mut plan.steps).any(|e| contains(e, Operator::Try));
    let yielder = internal("yield");
    let (flow, residual) = (quote!(#p::ControlFlow), internal("residual"));
    let on_fail = quote!({
        #yielder.send(#p::Either::Right(#p::ready(#flow::Break(#residual)))).await;
        return;
    });
    let (before, after) = hoist_first(c, plan, &on_fail);
    let item = if fails {
        rewrite_steps(k, &mut plan.steps, None, &quote!(#p::Try::branch), &on_fail);
        quote!(#p::Either::Left(#item))
    } else {
        item
    };
    let body = nest(k, &plan.steps, quote!(#yielder.send(#item).await;));
    generator_block(c, before, quote!(#after #body))
}
