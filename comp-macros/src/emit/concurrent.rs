//! `acomp![..; concurrency = N]`: one future per item, run by `Concurrent`.

use proc_macro2::TokenStream;
use quote::quote;

use super::generator::{generator_block, hoist_first, Drive};
use super::tokens::strip_mut;
use super::{as_stream, guarded, nest_all, rewrite_steps, Context, First, Sink, TryScope};
use crate::lower::{
    contains, mentioned, rewrite_try, Branch, ForStep, Iterable, OnFail, Operator, Out, Plan, Step,
};
use crate::names::{bindings, internal, Binding};

/// `acomp![..; concurrency = N]`: the loops up to the last `for` produce one
/// future per item (the later clauses and the element), run by
/// `Concurrent` at most N at a time.
///
/// The expansions: the snapshots `concurrency_list`, `concurrency_try_dict`,
/// `concurrency_nested`, `concurrency_nested_shared` and
/// `concurrency_lazy_*` in `comp-macros/src/tests/snapshots/`.
pub(super) fn concurrent(cx: &Context, plan: Plan, limit: &syn::Expr) -> TokenStream {
    if cx.form.is_eager() {
        concurrent_eager(cx, plan, limit)
    } else {
        concurrent_lazy(cx, plan, limit)
    }
}

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
    fn limit(&self, private: &TokenStream, limit: &syn::Expr) -> TokenStream {
        let name = &self.limit;
        quote! {
            let #name: usize = #limit;
            let #name = #private::concurrency(#name);
        }
    }
}

/// The eager forms: an `async` block awaited in place that collects the
/// run's results, on the first iterable evaluated before it (see [`First`]),
/// which the source evaluates before N.
fn concurrent_eager(cx: &Context, mut plan: Plan, limit: &syn::Expr) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let flow = quote!(#private::ControlFlow);
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    let residual = internal("residual");
    let first = First::take(krate, &mut plan);
    let item = item_future(cx, &mut plan, fallible);
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
    let limit = run.limit(private, limit);
    let sink = Sink::new(cx);
    let out = &sink.out;
    let value = internal("value");
    let add = match &plan.out {
        Out::Entry(..) => sink.add_tokens(quote!(#value.0, #value.1)),
        Out::Value(_) => sink.add_tokens(quote!(#value)),
    };
    let declare = sink.declare(None);
    let (on_break, decl, result) = if fallible {
        let result = scope.wrap(&quote!(#out));
        (first_fail(&residual), Some(scope.decl()), result)
    } else {
        (quote!(match #residual {}), None, quote!(#out))
    };
    let move_token = &cx.move_token;
    let block = quote! {
        async #move_token {
            #decl
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
        }.await
    };
    First::around(first, block)
}

/// The lazy form: a generator around the run, so that with `move` the item
/// futures borrow what it owns; its first iterable and N are evaluated when
/// it is created. A failure of the first iterable leaves a labelled block and
/// is sent after it, once the item type is known from the run.
fn concurrent_lazy(cx: &Context, mut plan: Plan, limit: &syn::Expr) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let fallible = cx.fallible;
    let scope = TryScope::new(krate);
    let residual = internal("residual");
    let yielder = internal("yield");
    let run_label = syn::Lifetime::new("'__comp_run", proc_macro2::Span::mixed_site());
    let first_fail = |residual: &_| quote!(break #run_label #private::Option::Some(#residual));
    let first_fails = (plan.first.iter.expr()).is_some_and(|e| contains(e, Operator::Try));
    let (first, after) = hoist_first(cx, &mut plan, &first_fail);
    let item = item_future(cx, &mut plan, fallible);
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
    let body = if first_fails {
        let failure = internal("failure");
        let fail = scope.fail(&residual);
        quote! {
            let #failure = #run_label: { #body #private::Option::None };
            if let #private::Option::Some(#residual) = #failure {
                #private::Yielder::send(&#yielder, #fail).await;
            }
        }
    } else {
        body
    };
    let decl = fallible.then(|| scope.decl());
    let body = quote!(#decl #body);
    let move_token = cx.move_token.as_ref();
    generator_block(cx, move_token, (first, limit), body, Drive::Stream)
}

/// One item's future: the clauses after the last `for` and the element, as
/// an `async` block that owns what it uses of the variables bound so far and
/// borrows the rest of its environment. The last `for`'s variables are
/// moved in (through `Owned`). An outer variable is used by every item of
/// its iteration, so before the last `for` the ones the items use are put
/// in one `Arc`, each item takes a clone, and both sides re-bind them by
/// value when they are `Copy`, by reference otherwise (as a sequential
/// inner loop would use them).
///
/// ```text
/// {
///     let __comp_bound = Owned((y, Arc::clone(&__comp_shared)));
///     async {
///         let (y, __comp_shared) = __comp_bound.into_inner();
///         let x = (&Reuse(&__comp_shared.0)).reuse();
///         if x != y { return ControlFlow::Continue(Some(f(x, y).await)); }
///         ControlFlow::Continue(None)
///     }
/// }
/// ```
fn item_future(cx: &Context, plan: &mut Plan, fallible: bool) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let flow = quote!(#private::ControlFlow);
    let last = plan.last_for();
    let mut item_steps = plan.steps.split_off(last.map_or(0, |last| last + 1));
    let (moved, shared) = item_names(plan, &item_steps, last);
    if fallible {
        let on_fail = |residual: &_| quote!(return #flow::Break(#residual));
        rewrite_steps(
            krate,
            &mut item_steps,
            Some(&mut plan.out),
            &Branch::plain(krate),
            &on_fail,
        );
    }
    let flow = if fallible {
        flow
    } else {
        quote!(#flow::<#private::Infallible, _>)
    };
    let value = plan.out.value();
    let body = guarded(
        krate,
        &item_steps,
        quote!(#flow::Continue(#private::Option::Some(#value))),
        quote!(#flow::Continue(#private::Option::None)),
    );
    // The bindings are re-made inside the future; a `mut` belongs there.
    strip_mut(Some(&mut plan.first), &mut plan.steps, &moved);
    strip_mut(Some(&mut plan.first), &mut plan.steps, &shared);
    let (mutability, idents): (Vec<_>, Vec<_>) =
        moved.iter().map(|b| (b.mutability, &b.ident)).unzip();
    let bound = internal("bound");
    // A shared variable that is not `Copy` is a reference here, where the
    // sequential form has the value: `&host` is then a borrow clippy would
    // call needless, though the user's code is what they would write by hand.
    let body = if shared.is_empty() {
        body
    } else {
        let step = internal("step");
        quote!(#[allow(clippy::needless_borrow)] let #step = { #body }; #step)
    };
    let (share, take, reuse) = match last {
        Some(last) if !shared.is_empty() => share_outer(private, plan, last, &shared),
        _ => (None, None, None),
    };
    quote!({
        let #bound = #private::Owned((#(#idents,)* #share));
        async {
            // A variable bound for a later iterable only, or `mut` for a
            // clause before the last `for`, is not used by every item.
            #[allow(unused_variables, unused_mut)]
            let (#(#mutability #idents,)* #take) = #krate::__private::Owned::into_inner(#bound);
            #reuse
            #body
        }
    })
}

/// Before the last `for` (at `last` in `plan.steps`), the outer variables
/// the items use (`shared`) go into one `Arc`, re-bound for that `for`'s
/// iterable if it uses them. Returns what each item takes (a clone), how it
/// unpacks it, and how it re-binds the names.
fn share_outer(
    private: &TokenStream,
    plan: &mut Plan,
    last: usize,
    shared: &[Binding],
) -> (
    Option<TokenStream>,
    Option<TokenStream>,
    Option<TokenStream>,
) {
    let store = internal("shared");
    let names: Vec<_> = shared.iter().map(|b| &b.ident).collect();
    let rebind = reuse_shared(private, &store, &names);
    let arc = quote!(#private::Arc::new((#(#names,)*)));
    plan.steps.insert(
        last,
        Step::Let(syn::parse_quote!(#store), syn::parse_quote!(#arc)),
    );
    // The last `for`'s iterable may use them too.
    let iterable = plan.steps[last + 1].expr();
    let used = mentioned(iterable, shared);
    for (i, name) in names.iter().enumerate().rev() {
        if used.iter().any(|b| &&b.ident == name) {
            let expr = rebind[i].clone();
            plan.steps
                .insert(last + 1, Step::Let(syn::parse_quote!(#name), expr));
        }
    }
    (
        Some(quote!(#private::Arc::clone(&#store),)),
        Some(quote!(#store,)),
        Some(
            rebind
                .into_iter()
                .zip(names)
                .map(|(e, n)| quote!(#[allow(unused_variables)] let #n = #e;))
                .collect::<TokenStream>(),
        ),
    )
}

/// The names an item takes: the last `for`'s variables it uses (moved into
/// it), and the outer variables it uses (shared by the items), in order.
/// `last` is the index of the last `for` in `plan.steps`, if not the first.
fn item_names(
    plan: &Plan,
    item_steps: &[Step],
    last: Option<usize>,
) -> (Vec<Binding>, Vec<Binding>) {
    let used = || {
        item_steps
            .iter()
            .filter_map(Step::expr)
            .chain(plan.out.exprs())
    };
    let (own, mut outer) = match last {
        Some(last) => (
            Plan::bound_names(&plan.steps[last..]),
            plan.outer_names(last),
        ),
        None => (bindings(&plan.first.pat), Vec::new()),
    };
    outer.retain(|b| !own.iter().any(|o| o.ident == b.ident));
    (mentioned(used(), &own), mentioned(used(), &outer))
}

/// `(&Reuse(&__comp_shared.i)).reuse()` for each shared name: by value when
/// `Copy`, by reference otherwise.
fn reuse_shared(
    private: &TokenStream,
    store: &syn::Ident,
    names: &[&syn::Ident],
) -> Vec<syn::Expr> {
    (0..names.len())
        .map(syn::Index::from)
        .map(|i| {
            syn::parse_quote!({
                use #private::{ReuseCopy as _, ReuseRef as _};
                (&#private::Reuse(&#store.#i)).reuse()
            })
        })
        .collect()
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
        return quote!(#private::StreamExt::map(#stream, |#pat| #item));
    }
    // A failure before the last `for` is sent as a ready future that fails.
    let first = plan.first.iter.expr_mut();
    let fails = first
        .into_iter()
        .chain(Plan::exprs_mut(&mut plan.steps))
        .any(|e| contains(e, Operator::Try));
    let yielder = internal("yield");
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
    generator_block(cx, None, (None, TokenStream::new()), body, Drive::Stream)
}
