//! One item's future of `concurrency = N`, and what it takes of the
//! variables bound so far.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::sink::element_type;
use super::super::tokens::{block_over, parens_at, strip_mut};
use super::super::{guarded, rewrite_steps, Context, TryScope};
use crate::lower::{contains, mentioned, Operator, Plan, Step};
use crate::names::{bindings, internal, Binding};

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
///
/// `expected`: the comprehension's element type is known (an eager form
/// without `?`, see [`super::concurrent`]), and each item's value is checked
/// against it, through `TypedValue { expected: __comp_element, value }.value`
/// (`__comp_element` is declared with the collection, see `eager::collected`).
pub(super) fn item_future(
    cx: &Context,
    plan: &mut Plan,
    fallible: bool,
    expected: bool,
) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let flow = quote!(#private::ControlFlow);
    let last = plan.last_for();
    let mut item_steps = plan.steps.split_off(last.map_or(0, |last| last + 1));
    let (moved, shared) = item_names(plan, &item_steps, last);
    // The item's `?`s share one residual type through their own scope: a
    // second error type is the `SameError` message on its `?`, as in the
    // sequential form, not a mismatch between two `ControlFlow`s.
    let scope = TryScope::new(krate);
    // (Declared only where a `?` of the item uses it: a scope no `?` ties
    // to a residual type would be a type rustc cannot infer.)
    let item_try = item_steps
        .iter()
        .filter_map(Step::expr)
        .chain(plan.out.exprs())
        .any(|e| contains(e, Operator::Try));
    if fallible {
        let on_fail = |residual: &_| quote!(return #flow::Break(#residual));
        rewrite_steps(
            krate,
            &mut item_steps,
            Some(&mut plan.out),
            &scope.branch(),
            &on_fail,
        );
    }
    // The scope is the comprehension's own, copied into the item (through
    // `Owned`, so that the `async` block takes the copy): the items' `?`s
    // then agree with the type the comprehension is expected to have, as
    // the sequential form's do (`timeout(..).await??` under `concurrency`
    // in a function returning `Result<_, DbError>` is one error, on the `?`
    // that fails with `Elapsed`, not also one at the item's other `?`).
    let (scope_bound, scope_name) = (internal("scope"), &scope.scope);
    let shared_scope = fallible && item_try;
    let decl =
        shared_scope.then(|| quote!(let #scope_name = #private::Owned::into_inner(#scope_bound);));
    let copy_scope = shared_scope.then(|| quote!(let #scope_bound = #private::Owned(#scope_name);));
    let flow = if fallible {
        flow
    } else {
        quote!(#flow::<#private::Infallible, _>)
    };
    // The item's value, `Continue(Some(value))`, located over the element
    // (its path at the element's start, its parentheses at the end): a
    // value borrowing a temporary (`fetch(u).await.trim()`) is reported
    // there, as by hand, not on the whole call.
    let value = plan.out.value();
    let (start, end) = plan.out.ends();
    let located_call = |path: TokenStream, args: TokenStream| {
        let parens = parens_at(args, proc_macro2::Span::call_site().located_at(end));
        let path = crate::lower::located(path, start);
        quote!(#path #parens)
    };
    let value = if expected {
        let element = element_type();
        quote!(#private::TypedValue { expected: #element, value: #value }.value)
    } else {
        quote!(#value)
    };
    let some = located_call(quote!(#private::Option::Some), value);
    let body = guarded(
        krate,
        &item_steps,
        located_call(quote!(#flow::Continue), some),
        quote!(#flow::Continue(#private::Option::None)),
    );
    let body = quote!(#decl #body);
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
    let unpack = quote! {
        // A variable bound for a later iterable only, or `mut` for a
        // clause before the last `for`, is not used by every item.
        #[allow(unused_variables, unused_mut)]
        let (#(#mutability #idents,)* #take) = #krate::__private::Owned::into_inner(#bound);
        #reuse
        #body
    };
    // The item's block is written where the element is, to the end of the
    // clauses it runs (those after the last `for`): a borrow that escapes
    // it (`&mut client` in every item, `seen.insert(*u)` in an `if`) is
    // reported there, as by hand on the `async` block the `map` closure
    // returns.
    let (clones, future) = match &cx.spawn {
        None => {
            let (first, element_end) = plan.out.ends();
            let last = match item_steps.is_empty() {
                true => element_end,
                false => cx.clauses_end.unwrap_or(element_end),
            };
            (
                None,
                block_over(quote::quote_spanned!(first=> async), unpack, last),
            )
        }
        Some((at, cloned)) => spawned(krate, *at, cloned, unpack),
    };
    quote!({
        #clones
        let #bound = #private::Owned((#(#idents,)* #share));
        #copy_scope
        #future
    })
}

/// With `spawn(a, b)`: the item as a tokio task, which owns everything it
/// uses (`async move`), and before it, `a` and `b` cloned for it (first, so
/// that a name the item also moves in is cloned before it moves).
///
/// ```text
/// let a = Clone::clone(&a);
/// ..
/// spawned(tokio::task::spawn(async move { .. }))
/// ```
///
/// The task is reported at `spawn` (`at`): a "future cannot be sent
/// between threads safely" points at the option that asks for threads.
fn spawned(
    krate: &TokenStream,
    at: proc_macro2::Span,
    cloned: &[syn::Ident],
    body: TokenStream,
) -> (Option<TokenStream>, TokenStream) {
    let clones = cloned.iter().map(|name| {
        let clone = quote::quote_spanned!(name.span()=> ::core::clone::Clone::clone(&#name));
        quote!(let #name = #clone;)
    });
    let task = quote::quote_spanned!(at=> async move { #body });
    // tokio's `spawn` by the facade's public path: its bound is the one
    // rustc names when the task is not `Send + 'static`.
    let spawn = quote::quote_spanned!(at=> #krate::tokio::task::spawn);
    let private = quote!(#krate::__private);
    (
        Some(quote!(#(#clones)*)),
        quote!(#private::spawned(#spawn(#task))),
    )
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
