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
    contains, into_iter, into_stream, is_fallible, neutralize_control_flow, rewrite_try, strip_mut,
    unparen, Branch, Iterable, Operator, Out, Plan, Step,
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
    let branch = Branch::plain(k);
    let diverge = quote!(loop {});
    for expr in Plan::exprs_mut(&mut plan.steps).chain(plan.out.exprs_mut()) {
        neutralize_control_flow(expr);
        rewrite_try(expr, k, &branch, &diverge);
    }
    let value = plan.out.value();
    let body = nest(k, &plan.steps, quote!(let _ = #value;));
    quote!(let _ = async { #body loop {} };)
}

/// The collection of an eager display: its type and how one element is
/// added. Calls are fully qualified: a user trait in scope with a method
/// named `push` or `insert` cannot take them over.
struct Sink {
    out: proc_macro2::Ident,
    ty: TokenStream,
    is_vec: bool,
}

impl Sink {
    fn new(c: &Comprehension) -> Sink {
        let k = &c.krate;
        let (ty, is_vec) = match c.display {
            Display::Set => (quote!(#k::__private::HashSet), false),
            Display::Dict => (quote!(#k::__private::HashMap), false),
            _ => (quote!(#k::__private::Vec), true),
        };
        Sink {
            out: internal("out"),
            ty,
            is_vec,
        }
    }

    /// `let mut __comp_out = Vec::new();`
    fn declare(&self) -> TokenStream {
        let (out, ty) = (&self.out, &self.ty);
        quote!(let mut #out = #ty::new();)
    }

    /// `Vec::push(&mut __comp_out, v);` or `HashMap::insert(&mut __comp_out, k, v);`
    fn add(&self, out: &Out) -> TokenStream {
        match out {
            Out::Value(value) => {
                let value = unbraced(value);
                self.add_tokens(quote!(#value))
            }
            Out::Entry(key, value) => {
                let (key, value) = (unbraced(key), unbraced(value));
                self.add_tokens(quote!(#key, #value))
            }
        }
    }

    /// [`Sink::add`] of the arguments `args`.
    fn add_tokens(&self, args: TokenStream) -> TokenStream {
        let (sink, ty) = (&self.out, &self.ty);
        let method = if self.is_vec {
            quote!(push)
        } else {
            quote!(insert)
        };
        quote!(#ty::#method(&mut #sink, #args);)
    }

    /// `Vec::reserve(&mut __comp_out, n);`
    fn reserve(&self, n: TokenStream) -> TokenStream {
        let (sink, ty) = (&self.out, &self.ty);
        quote!(#ty::reserve(&mut #sink, #n);)
    }
}

/// A block of a single expression, as an argument, is that expression:
/// `unused_braces` would warn about the user's braces otherwise.
fn unbraced(expr: &syn::Expr) -> &syn::Expr {
    match expr {
        syn::Expr::Block(block) if block.attrs.is_empty() && block.label.is_none() => {
            match block.block.stmts.as_slice() {
                [syn::Stmt::Expr(inner, None)] => unbraced(inner),
                _ => expr,
            }
        }
        _ => expr,
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
                    Iterable::Expr(expr) => {
                        let head = unparen(expr);
                        (quote!(#head), expr.span())
                    }
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
    branch: &Branch,
    on_fail: &TokenStream,
) {
    let out_exprs = out.map(Out::exprs_mut).unwrap_or_default();
    for expr in Plan::exprs_mut(steps).chain(out_exprs) {
        rewrite_try(expr, k, branch, on_fail);
    }
}

/// For an eager fallible comprehension: the scope declaration, and how a
/// `?` branches and fails. Its `fail` ties the scope to the residual type,
/// which its `wrap` then uses for the result.
struct TryScope {
    decl: TokenStream,
    branch: Branch,
    fail: TokenStream,
}

impl TryScope {
    fn new(k: &TokenStream) -> TryScope {
        let scope = internal("try");
        let residual = internal("residual");
        TryScope {
            decl: quote!(let #scope = #k::__private::TryScope::new();),
            branch: Branch::scoped(&scope),
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
fn sync_eager(c: &Comprehension, plan: Plan) -> TokenStream {
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
    rewrite_try(&mut first_expr, k, &Branch::plain(k), &on_fail);
    let into = into_iter(k, &first_expr);
    quote!({
        // Called in place: it borrows, even under `move`, so that the
        // clauses can still take what they need by value afterwards.
        match (|| #flow::Continue(#into))() {
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
        let branch = Branch::plain(k);
        let out = if last { Some(&mut plan.out) } else { None };
        let next_for = if last { start..end } else { start..end + 1 };
        rewrite_steps(k, &mut plan.steps[next_for], out, &branch, &on_fail);
    }
    let closure = LevelClosure::new(c, plan, start, level);
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
            let f = closure.of(body);
            return quote!(#iterator::filter_map(#iter, #f));
        }
        let body = nest(k, &plan.steps[start + 1..end], value);
        let f = closure.of(body);
        return quote!(#iterator::map(#iter, #f));
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
                let f = closure.of(body);
                return quote!(#iterator::flatten(#iterator::filter_map(#iter, #f)));
            }
            (true, _) => guarded(
                k,
                guards,
                quote!(#nest_type::Inner(#inner)),
                quote!(#nest_type::Skip),
            ),
        }
    };
    let f = closure.of(body);
    quote!(#iterator::flat_map(#iter, #f))
}

/// The closure of one level of a lazy comprehension. The first level's
/// borrows its environment (or moves it, with `move`). A deeper level is
/// called while its outer levels' variables are gone, so it owns them:
/// `bind` keeps them beside the closure and lends them to each call, and
/// each is re-bound by value when it is `Copy`, by reference otherwise. The
/// closure itself still borrows the rest of its environment, as the SPEC's
/// scope rule says.
///
/// ```text
/// bind(Owned((x,)), |__comp_bound, y| {
///     let x = (&Reuse(&__comp_bound.0 .0)).reuse();
///     x * y
/// })
/// ```
enum LevelClosure {
    /// `[move] |pat| body`
    Plain {
        pat: syn::Pat,
        move_token: TokenStream,
    },
    /// `bind(Owned((names,)), |__comp_bound, pat| { rebind names; body })`
    Bound {
        pat: syn::Pat,
        p: TokenStream,
        names: Vec<proc_macro2::Ident>,
    },
}

impl LevelClosure {
    fn new(c: &Comprehension, plan: &Plan, start: usize, level: usize) -> LevelClosure {
        let Step::For { pat, .. } = &plan.steps[start] else {
            unreachable!()
        };
        let pat = pat.clone();
        let move_token = &c.move_token;
        if level == 0 {
            return LevelClosure::Plain {
                pat,
                move_token: quote!(#move_token),
            };
        }
        if move_token.is_some() {
            return LevelClosure::Plain {
                pat,
                move_token: quote!(move),
            };
        }
        let k = &c.krate;
        let names = Plan::bound_names(&plan.steps[..start])
            .into_iter()
            .map(|b| b.ident)
            .collect();
        LevelClosure::Bound {
            pat,
            p: quote!(#k::__private),
            names,
        }
    }

    fn of(&self, body: TokenStream) -> TokenStream {
        match self {
            LevelClosure::Plain { pat, move_token } => quote!(#move_token |#pat| { #body }),
            LevelClosure::Bound { pat, p, names } => {
                let bound = internal("bound");
                let indexes = (0..names.len()).map(syn::Index::from);
                quote! {
                    #p::bind(#p::Owned((#(#names,)*)), |#bound, #pat| {
                        use #p::{ReuseCopy as _, ReuseRef as _};
                        // Not every level uses every outer variable.
                        #(#[allow(unused_variables)] let #names = (&#p::Reuse(&#bound.0 .#indexes)).reuse();)*
                        #body
                    })
                }
            }
        }
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
fn async_eager(c: &Comprehension, plan: Plan) -> TokenStream {
    let move_token = &c.move_token;
    let body = eager_body(c, plan, &Sink::new(c));
    quote!(async #move_token { #body }.await)
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
            &Branch::plain(k),
            &quote!(return #flow::Break(#residual)),
        );
        let into = into(&expr);
        (
            quote!(let #first = #owned((|| #flow::Continue(#into))());),
            quote! {
                let #first = match #k::__private::Owned::into_inner(#first) {
                    #flow::Continue(#first) => #first,
                    #flow::Break(#residual) => #on_fail,
                };
            },
        )
    } else {
        let into = into(&expr);
        (
            quote!(let #first = #owned(#into);),
            quote!(let #first = #k::__private::Owned::into_inner(#first);),
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
    let on_fail = quote!({ #k::__private::Yielder::send(&#yielder, #fail).await; return; });
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
    let body = nest(
        k,
        &plan.steps,
        quote!(#k::__private::Yielder::send(&#yielder, #value).await;),
    );
    let decl = fallible.then_some(&scope.decl);
    generator_block(c, c.move_token.as_ref(), before, quote!(#decl #after #body))
}

/// `{ BEFORE; let (y, g) = generator(); g.stream(async { let y = y; BODY }) }`
fn generator_block(
    c: &Comprehension,
    move_token: Option<&syn::Token![move]>,
    before: TokenStream,
    body: TokenStream,
) -> TokenStream {
    let k = &c.krate;
    let (yielder, generator) = (internal("yield"), internal("gen"));
    quote!({
        #before
        let (#yielder, #generator) = #k::__private::generator();
        #k::__private::Generator::stream(#generator, async #move_token {
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
    let residual = internal("residual");
    let eager = c.display.is_eager();
    // The lazy form is a generator around the run, so that with `move` the
    // item futures borrow what it owns; its first iterable and N are
    // evaluated when it is created.
    // A failure before the run leaves a labelled block and is sent after it,
    // once the item type is known from the run.
    let yielder = internal("yield");
    let run_label = syn::Lifetime::new("'__comp_run", proc_macro2::Span::mixed_site());
    let lazy_fail = quote!(break #run_label #p::Option::Some(#residual));
    let first_fails = matches!(&plan.steps[0], Step::For { iter: Iterable::Expr(e), .. } if contains(e, Operator::Try));
    let (before, after) = if eager {
        (TokenStream::new(), TokenStream::new())
    } else {
        hoist_first(c, &mut plan, &lazy_fail)
    };
    let item = item_future(c, &mut plan, fallible);
    let first_fail = if eager {
        let fail = &scope.fail;
        quote!(return #fail)
    } else {
        lazy_fail
    };
    let plain = Branch::plain(k);
    let branch = if eager { &scope.branch } else { &plain };
    let source = concurrent_source(c, &mut plan, item, &first_fail, branch);
    let ordered = c.options.unordered.is_none();
    let (source_var, limit_var, steps_var, step) = (
        internal("source"),
        internal("limit"),
        internal("steps"),
        internal("step"),
    );
    let limit = quote! {
        let #limit_var: usize = #limit;
        let #limit_var = #p::concurrency(#limit_var);
    };
    let run = quote! {
        let #source_var = #source;
        let mut #steps_var = #p::pin!(#p::Concurrent::new(#source_var, #limit_var, #ordered));
    };
    if !eager {
        // With `?`, one scope ties the items' residual type to a failure's.
        let settle = if fallible {
            let scope = internal("try");
            quote!(|#step| #scope.settle(#step))
        } else {
            quote!(#p::infallible)
        };
        // N moves into the generator, which does not borrow the block's locals.
        let limit = quote! {
            #limit
            let #limit_var = #p::Owned(#limit_var);
        };
        let body = quote! {
            #after
            let #limit_var = #k::__private::Owned::into_inner(#limit_var);
            let #source_var = #source;
            let #steps_var = #p::Concurrent::new(#source_var, #limit_var, #ordered);
            let mut #steps_var = #p::pin!(#p::StreamExt::map(#steps_var, #settle));
            while let #p::Option::Some(#step) = #p::next(&mut #steps_var).await {
                #k::__private::Yielder::send(&#yielder, #step).await;
            }
        };
        let body = if first_fails {
            let failure = internal("failure");
            let fail = &scope.fail;
            quote! {
                let #failure = #run_label: { #body #p::Option::None };
                if let #p::Option::Some(#residual) = #failure {
                    #k::__private::Yielder::send(&#yielder, #fail).await;
                }
            }
        } else {
            body
        };
        let decl = fallible.then_some(&scope.decl);
        let body = quote!(#decl #body);
        return generator_block(c, c.move_token.as_ref(), quote!(#before #limit), body);
    }
    let sink = Sink::new(c);
    let out = &sink.out;
    let value = internal("value");
    let add = match &plan.out {
        Out::Entry(..) => sink.add_tokens(quote!(#value.0, #value.1)),
        Out::Value(_) => sink.add_tokens(quote!(#value)),
    };
    let declare = sink.declare();
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
    let move_token = &c.move_token;
    quote! {
        async #move_token {
            #decl
            #limit
            #run
            #declare
            while let #p::Option::Some(#step) = #p::next(&mut #steps_var).await {
                match #step {
                    #flow::Continue(#value) => { #add }
                    #flow::Break(#residual) => #fail,
                }
            }
            #result
        }.await
    }
}

/// One item's future: the clauses after the last `for` and the element, as
/// an `async` block that owns the variables bound so far (moved in through
/// `Owned`) and borrows the rest of its environment.
///
/// ```text
/// {
///     let __comp_bound = Owned((x, y));
///     async {
///         let (x, y) = __comp_bound.into_inner();
///         if x != y { return ControlFlow::Continue(Some(f(x, y).await)); }
///         ControlFlow::Continue(None)
///     }
/// }
/// ```
fn item_future(c: &Comprehension, plan: &mut Plan, fallible: bool) -> TokenStream {
    let k = &c.krate;
    let p = quote!(#k::__private);
    let flow = quote!(#p::ControlFlow);
    let mut item_steps = plan.steps.split_off(plan.last_for() + 1);
    if fallible {
        let residual = internal("residual");
        let on_fail = quote!(return #flow::Break(#residual));
        rewrite_steps(
            k,
            &mut item_steps,
            Some(&mut plan.out),
            &Branch::plain(k),
            &on_fail,
        );
    }
    let flow = if fallible {
        flow
    } else {
        quote!(#flow::<#p::Infallible, _>)
    };
    let value = plan.out.value();
    let body = guarded(
        k,
        &item_steps,
        quote!(#flow::Continue(#p::Option::Some(#value))),
        quote!(#flow::Continue(#p::Option::None)),
    );
    // The bindings are re-made inside the future; a `mut` belongs there.
    let names = Plan::bound_names(&plan.steps);
    strip_mut(&mut plan.steps);
    let (mutability, idents): (Vec<_>, Vec<_>) =
        names.iter().map(|b| (b.mutability, &b.ident)).unzip();
    let bound = internal("bound");
    quote!({
        let #bound = #p::Owned((#(#idents,)*));
        async {
            // A variable bound for a later iterable only, or `mut` for a
            // clause before the last `for`, is not used by every item.
            #[allow(unused_variables, unused_mut)]
            let (#(#mutability #idents,)*) = #k::__private::Owned::into_inner(#bound);
            #body
        }
    })
}

/// The stream of item futures of a concurrent comprehension. A single `for`
/// maps its iterator or stream directly; deeper nests run in a generator.
/// `first_fail` is what a `?` in the first iterable does.
fn concurrent_source(
    c: &Comprehension,
    plan: &mut Plan,
    item: TokenStream,
    first_fail: &TokenStream,
    branch: &Branch,
) -> TokenStream {
    let k = &c.krate;
    let p = quote!(#k::__private);
    if let [Step::For {
        pat,
        iter,
        is_async,
    }] = plan.steps.as_mut_slice()
    {
        let stream = match iter {
            Iterable::Expr(expr) => {
                rewrite_try(expr, k, branch, first_fail);
                if *is_async {
                    into_stream(k, expr)
                } else {
                    let iter = into_iter(k, expr);
                    quote!(#p::stream_iter(#iter))
                }
            }
            Iterable::Ready(local) if *is_async => quote!(#local),
            Iterable::Ready(local) => quote!(#p::stream_iter(#local)),
        };
        return quote!(#p::StreamExt::map(#stream, |#pat| #item));
    }
    // A failure before the last `for` is sent as a ready future that fails.
    let fails = Plan::exprs_mut(&mut plan.steps).any(|e| contains(e, Operator::Try));
    let yielder = internal("yield");
    let (flow, residual) = (quote!(#p::ControlFlow), internal("residual"));
    let on_fail = quote!({
        #k::__private::Yielder::send(&#yielder, #p::Either::Right(#p::ready(#flow::Break(#residual)))).await;
        return;
    });
    let item = if fails {
        rewrite_steps(k, &mut plan.steps, None, &Branch::plain(k), &on_fail);
        quote!(#p::Either::Left(#item))
    } else {
        item
    };
    let body = nest(
        k,
        &plan.steps,
        quote!(#k::__private::Yielder::send(&#yielder, #item).await;),
    );
    generator_block(c, None, TokenStream::new(), body)
}
