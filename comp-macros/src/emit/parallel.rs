//! `comp![..; parallel]`: the first iterable as a rayon parallel iterator,
//! the later clauses run per item, sequentially, inside one closure.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::{
    evaluated_first, gated, guarded, nest, question_at, rewrite_steps, settled, Context, Sink,
    TryScope,
};
use crate::lower::{contains, probed, rewrite_try, Branch, Operator, Plan};
use crate::names::internal;

/// The rayon chain of a `parallel` comprehension, in its gate (see the
/// runtime's `features`): collected for the eager forms (rayon keeps the
/// source order of a `Vec`, and of the entries a `HashMap` inserts, so the
/// last duplicate key wins), the chain itself for the lazy form.
///
/// The expansions: the snapshots `parallel_list`, `parallel_try_nested`
/// and `parallel_lazy` in `comp-macros/src/tests/snapshots/`.
pub(super) fn parallel(cx: &Context, plan: Plan, at: proc_macro2::Span) -> TokenStream {
    let expansion = if cx.form.is_eager() {
        parallel_eager(cx, plan)
    } else {
        parallel_lazy(cx, plan)
    };
    let message = "`parallel` needs the `rayon` cargo feature of `comprehensions`: `comprehensions = { version = \"0.1\", features = [\"rayon\"] }`";
    gated(cx, "parallel", at, message, expansion)
}

/// `IntoParallelIterator::into_par_iter(xs)` spanned on the user's
/// iterable, through the runtime's `ParIn` probe: an iterable that is not
/// parallel is rayon's error, once, on it.
fn into_par_iter(private: &TokenStream, expr: &syn::Expr) -> TokenStream {
    let traits = ["NotParIterates", "ParIterates"];
    probed(private, expr, "ParIn", "comp_into_par_iter", traits)
}

/// What each item of the first iterable becomes: an element (`map`), an
/// element or nothing (`filter_map`), or the elements of the inner `for`s,
/// gathered sequentially in a `Vec` (`flat_map_iter`). With `?`, each
/// element is a `Result<T, R>` and a failure is an `Err` element.
fn per_item(cx: &Context, plan: &mut Plan, iter: TokenStream) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let pat = &plan.first.pat;
    let move_token = &cx.move_token;
    let (ok, err) = (
        quote!(::core::result::Result::Ok),
        quote!(::core::result::Result::Err),
    );
    let (some, none) = (
        quote!(#private::Option::Some),
        quote!(#private::Option::None),
    );
    let scope = TryScope::new(krate);
    let branch = if cx.form.is_eager() {
        scope.branch()
    } else {
        Branch::plain(krate)
    };
    let inner_for = plan.last_for().is_some();
    let filters = Plan::filters(&plan.steps);
    let (items, element) = (internal("items"), internal("element"));
    if cx.fallible {
        let on_fail = |residual: &_| match (inner_for, filters) {
            (true, _) => {
                quote!({ #private::Vec::push(&mut #items, #err(#residual)); return #items; })
            }
            (false, true) => quote!(return #some(#err(#residual))),
            (false, false) => quote!(return #err(#residual)),
        };
        rewrite_steps(
            krate,
            &mut plan.steps,
            Some(&mut plan.out),
            &branch,
            &on_fail,
        );
    }
    let value = plan.out.value();
    let value = if cx.fallible {
        quote!(#ok(#value))
    } else {
        value
    };
    let par = quote!(#private::ParallelIterator);
    // The closure is reported at the element (rustc's "within this
    // closure" of a `Send`/`Sync` error), the user's code it runs.
    let at = plan.out.exprs()[0].span();
    let closure = |body: TokenStream| quote_spanned!(at=> #move_token |#pat| { #body });
    if inner_for {
        let body = nest(
            krate,
            &plan.steps,
            // The element first: its `?` pushes a failure to the same `Vec`.
            quote! {
                let #element = #value;
                #private::Vec::push(&mut #items, #element);
            },
        );
        let closure = closure(quote! {
            let mut #items = #private::Vec::new();
            #body
            #items
        });
        return quote!(#par::flat_map_iter(#iter, #closure));
    }
    if filters {
        let body = guarded(krate, &plan.steps, quote!(#some(#value)), none);
        let closure = closure(body);
        return quote!(#par::filter_map(#iter, #closure));
    }
    let body = nest(krate, &plan.steps, value);
    let closure = closure(body);
    quote!(#par::map(#iter, #closure))
}

/// The eager forms: `collect` into the collection, or with `?` into
/// `Result<Collection, R>`, which stops the other threads at the first
/// failure, then wrapped by the `?` scope. A `?` in the first iterable
/// returns from a closure called in place.
fn parallel_eager(cx: &Context, mut plan: Plan) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let scope = TryScope::new(krate);
    let first = plan
        .first
        .iter
        .expr()
        .cloned()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let first_fails = contains(&first, Operator::Try);
    let at = question_at(&plan);
    let mut first = first;
    if first_fails {
        let on_fail = |residual: &_| {
            let fail = scope.fail(residual);
            quote!(return #fail)
        };
        rewrite_try(&mut first, krate, &scope.branch(), &on_fail);
    }
    let iter = into_par_iter(private, &first);
    let chain = per_item(cx, &mut plan, iter);
    let ty = Sink::new(cx).inferred_type();
    if !cx.fallible {
        return quote!(#private::ParallelIterator::collect::<#ty>(#chain));
    }
    let (out, residual) = (internal("out"), internal("residual"));
    let (ok, err) = (
        quote!(::core::result::Result::Ok),
        quote!(::core::result::Result::Err),
    );
    let (wrap, fail) = (scope.wrap(&quote!(#out)), scope.fail(&residual));
    let body = quote! {
        match #private::ParallelIterator::collect::<::core::result::Result<#ty, _>>(#chain) {
            #ok(#out) => #wrap,
            #err(#residual) => #fail,
        }
    };
    let value = if first_fails {
        let move_token = &cx.move_token;
        quote!((#move_token || { #body })())
    } else {
        quote!({ #body })
    };
    settled(&scope, value, at)
}

/// The lazy form: the chain, an `impl ParallelIterator`. With `?`, its items
/// are `Result<T, E>` (or `Option<T>`), to be collected into a `Result`
/// (which stops at the first failure); a failure of the first iterable is
/// its only item.
fn parallel_lazy(cx: &Context, mut plan: Plan) -> TokenStream {
    let krate = &cx.krate;
    let private = &cx.private;
    let mut first = plan
        .first
        .iter
        .expr()
        .cloned()
        .unwrap_or_else(|| syn::parse_quote!(()));
    if !cx.fallible {
        let iter = into_par_iter(private, &first);
        return per_item(cx, &mut plan, iter);
    }
    // The scope ties the items' residual type to the first iterable's; it
    // is `Copy`, and moved into the chain's last closure.
    let scope = TryScope::new(krate);
    let decl = scope.decl();
    let (try_scope, step) = (&scope.scope, internal("step"));
    let settle = quote!(move |#step| #try_scope.settle_result(#step));
    if !contains(&first, Operator::Try) {
        let iter = into_par_iter(private, &first);
        let chain = per_item(cx, &mut plan, iter);
        return quote!({
            #decl
            #private::ParallelIterator::map(#chain, #settle)
        });
    }
    let (flow, residual, iter) = (
        quote!(#private::ControlFlow),
        internal("residual"),
        internal("iter"),
    );
    let into = |e: &syn::Expr| into_par_iter(private, e);
    let evaluated = evaluated_first(krate, &mut first, &scope.branch(), into);
    let chain = per_item(cx, &mut plan, quote!(#iter));
    let fail = scope.fail(&residual);
    quote!({
        #decl
        // A failure of the first iterable is the only item.
        match #evaluated {
            #flow::Continue(#iter) => #private::ParEither::Left(
                #private::ParallelIterator::map(#chain, #settle)
            ),
            #flow::Break(#residual) => #private::ParEither::Right(#private::par_once(#fail)),
        }
    })
}
