//! From a [`Plan`] to tokens: one builder per shape, in `eager.rs`,
//! `lazy.rs`, `generator.rs` (the lazy `acomp!`), `concurrent.rs` (with
//! `spawn`, its items as tokio tasks) and `parallel.rs` (rayon); here, what
//! they share: the collection (`Sink`), the loop nest (`nest`), the `?`
//! scope (`TryScope`) and the feature gate of an option (`gated`).
//!
//! Every shape is one scoped block, like CPython's nested function: a closure
//! called in place for `comp!`, an `async` block awaited in place for
//! `acomp!`, and the loops nested inside it in clause order. Internal names
//! come from `names.rs`; user expressions keep their spans.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Comprehension, Element, Flavor, Form};
use crate::lower::{
    contains, ends, is_fallible, rewrite_try, struct_outside, unparen, Borrow, Branch, ForStep,
    Iterable, OnFail, Operator, Out, Plan, Step,
};
use crate::names::{internal, internal_at, internal_nth};

mod concurrent;
mod eager;
mod generator;
mod lazy;
mod parallel;
mod sink;
mod tokens;

use concurrent::concurrent;
use eager::{async_eager, sync_eager};
use generator::async_lazy;
use lazy::sync_lazy;
use parallel::parallel;
use sink::Sink;
use tokens::{call_over, into_source, into_stream, neutralize_control_flow, parens_at};

/// The expansion of a checked comprehension.
pub fn emit(comp: &Comprehension) -> TokenStream {
    let Some(plan) = Plan::new(comp) else {
        return no_for();
    };
    let cx = Context::new(comp);
    if let Some(at) = comp.options.parallel {
        return parallel(&cx, plan, at);
    }
    match (comp.flavor, comp.form, &comp.options.concurrency) {
        (Flavor::Sync, Form::Lazy, _) => expected_lazy(&cx, sync_lazy(&cx, plan), Flavor::Sync),
        (Flavor::Sync, ..) => used(&cx, sync_eager(&cx, plan)),
        (Flavor::Async, Form::Lazy, Some(limit)) => {
            expected_lazy(&cx, concurrent(&cx, plan, limit), Flavor::Async)
        }
        (Flavor::Async, _, Some(limit)) => used(&cx, concurrent(&cx, plan, limit)),
        (Flavor::Async, Form::Lazy, None) => {
            expected_lazy(&cx, async_lazy(&cx, plan), Flavor::Async)
        }
        (Flavor::Async, ..) => used(&cx, async_eager(&cx, plan)),
    }
}

/// An eager value without `?`, through the runtime's `#[must_use]`
/// identity: `comp![log(x) for x in xs];` warns that its list is unused, as
/// `.map(log).collect::<Vec<_>>();` does by hand, and `acomp![send(m).await
/// for m in msgs];` as the loop by hand does for its unused `Result`s (with
/// `?`, the value is a `Result` or an `Option`, which warn themselves).
///
/// ```text
/// ((comprehension)(match .. { __comp_iter => fill(..) }))
/// ```
///
/// The call spans the comprehension's own tokens ([`Context::extent`]:
/// the callee's parentheses at its first, the argument's at its last), of
/// the macro's context: a value returned borrowing a local (`comp![l for l
/// in text.lines()]` of a local `text`) is rustc's E0515 over the
/// comprehension, as over the chain by hand, not over the whole call; the
/// lint's "use `let _ = ...`" still lands before the call, where rustc
/// takes a span of a macro's context.
fn used(cx: &Context, value: TokenStream) -> TokenStream {
    if cx.fallible {
        return value;
    }
    let private = &cx.private;
    let (first, last) = cx.extent;
    let ours = proc_macro2::Span::mixed_site();
    let extent = (ours.located_at(first), ours.located_at(last));
    let call = call_over(quote!(#private::comprehension), value, extent);
    // In parentheses of the call site: a `let` whose value starts where
    // the element does (`let labels = comp![str(d.day) for d in ..]`) is
    // then not rustc's "you might have meant to use `:` for type
    // annotation", whose edit would be `comp![: str(..) ..]`, but "not a
    // function", as by hand. (Not a block: the lint's "use `let _ = ...`"
    // would then add a second `;`.)
    quote!((#call))
}

/// A lazy form as the type it is expected to have, through the runtime's
/// `Lazy` (the snapshots `lazy_map`, `async_lazy`):
///
/// ```text
/// match VALUE {
///     __comp_value => {
///         let __comp_expected = Expectation::new();
///         if false { __comp_expected.expected_value() } else { use LazyForm as _; __comp_expected.lazy_form(__comp_value).comp_iter() }
///     }
/// }
/// ```
///
/// rustc checks the never-taken first branch first, coerced to the
/// expected type: a lazy form expected to be another type (returned as a
/// `Box<dyn Iterator>`, given to a `Vec` field) is then the runtime's
/// `IteratorAs` (`StreamAs` for `acomp!`), whose message says the fix, at
/// the display, instead of rustc's mismatch, whose `Box::new(..)` help
/// would land in the facade's `macro_rules!` wrapper and whose note would
/// show the runtime's `lazy_stream`. Without an expected type, or with one
/// the value defines (`-> impl Iterator`), it is the value's own. The value
/// is the `match`'s scrutinee, whose temporaries (`line.trim()` in the
/// first iterable) live to the end of the caller's statement, as the lazy
/// form's own do; in a branch of the `if` they would end with it.
fn expected_lazy(cx: &Context, value: TokenStream, flavor: Flavor) -> TokenStream {
    let private = &cx.private;
    let (expected, lazy) = (internal("expected"), internal("value"));
    let at = cx.display_open.unwrap_or_else(proc_macro2::Span::call_site);
    let method = match flavor {
        Flavor::Sync => proc_macro2::Ident::new("comp_iter", at),
        Flavor::Async => proc_macro2::Ident::new("comp_stream", at),
    };
    let conformed = quote_spanned!(at=> #expected.lazy_form(#lazy).#method());
    let arms = quote! {
        #lazy => {
            let #expected = #private::Expectation::new();
            if false {
                #expected.expected_value()
            } else {
                #[allow(unused_imports)]
                use #private::LazyForm as _;
                #conformed
            }
        }
    };
    // A lazy `comp!`'s `match` is the user's display, its keyword and
    // braces at the display's own span: a method called on the iterator
    // whose bound fails (`.max()` of `f64`s) is then reported on the
    // method, as on a hand-written chain, not on the whole call (rustc
    // blames the receiver when it comes from a macro's own tokens). Not a
    // lazy `acomp!`'s: its value then ends at the display, inside the call,
    // and rustc's "remove the `.await`" after a stream, the habit of
    // awaiting an async generator, would remove the call's `)` too.
    let display = match flavor {
        Flavor::Sync => cx.display,
        Flavor::Async => None,
    };
    let display = display.unwrap_or_else(proc_macro2::Span::call_site);
    let match_token = proc_macro2::Ident::new("match", display);
    let mut arms = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, arms);
    arms.set_span(display);
    quote!(#match_token #value #arms)
}

/// What every builder needs of the comprehension, decided once.
struct Context {
    /// The path to the `comprehensions` crate, as the `macro_rules!` wrapper passed it.
    krate: TokenStream,
    /// `$crate::__private`, where every runtime name is.
    private: TokenStream,
    /// A leading `move`.
    move_token: Option<syn::Token![move]>,
    /// Where a `move` would go (see `ast::Comprehension::display_open`).
    display_open: Option<proc_macro2::Span>,
    /// The whole display (see `ast::Comprehension::display`).
    display: Option<proc_macro2::Span>,
    /// The last token of the last clause: a closure over the whole
    /// comprehension ends there (see `eager::filled`).
    clauses_end: Option<proc_macro2::Span>,
    /// The comprehension's first and last tokens (its display's
    /// delimiters; without one, the element's first token or `move`, and
    /// the last clause's last), the extent rustc gives its value.
    extent: (proc_macro2::Span, proc_macro2::Span),
    /// The element's first and last tokens (a dict entry's: the key's
    /// first, the value's last).
    element: (proc_macro2::Span, proc_macro2::Span),
    /// The form.
    form: Form,
    /// Whether a `?` of its own makes it all-or-nothing.
    fallible: bool,
    /// With `concurrency`: results in source order (not `unordered`).
    ordered: bool,
    /// With `spawn`: its keyword's span, and the outer variables cloned
    /// into each task.
    spawn: Option<(proc_macro2::Span, Vec<proc_macro2::Ident>)>,
    /// The user's first await (see `ast::Comprehension::first_await`).
    first_await: Option<proc_macro2::Span>,
}

/// See [`Context::extent`] (`clauses_end` is [`Context::clauses_end`],
/// `element` [`Context::element`]).
fn extent(
    comp: &Comprehension,
    clauses_end: Option<proc_macro2::Span>,
    element: (proc_macro2::Span, proc_macro2::Span),
) -> (proc_macro2::Span, proc_macro2::Span) {
    if let Some(display) = comp.display {
        return (display, display);
    }
    let first = (comp.move_token).map_or(element.0, |token| token.span);
    (first, clauses_end.unwrap_or(element.1))
}

impl Context {
    fn new(comp: &Comprehension) -> Context {
        let krate = comp.krate.clone();
        let clauses_end = (comp.clauses.last()).map(|clause| ends(clause.expr()).1);
        let element = match &comp.element {
            Element::Value(value) => ends(value),
            Element::Entry { key, value } => (ends(key).0, ends(value).1),
        };
        Context {
            private: quote!(#krate::__private),
            krate,
            move_token: comp.move_token,
            display_open: comp.display_open,
            display: comp.display,
            clauses_end,
            extent: extent(comp, clauses_end, element),
            element,
            form: comp.form,
            fallible: is_fallible(comp),
            ordered: comp.options.unordered.is_none(),
            spawn: (comp.options.spawn.as_ref()).map(|spawn| (spawn.span, spawn.cloned.clone())),
            first_await: comp.first_await(),
        }
    }

    /// `.await` on an eager `acomp!`'s block, the await of CPython's
    /// `await _listcomp()`, spanned as the user's first await: outside
    /// async code, rustc's E0728 "only allowed inside `async` functions
    /// and blocks" is then on the user's `.await`, as in the loop by hand,
    /// not on the whole call (and, of the user's context, without the note
    /// that it "originates in the macro `$crate::__private::acomp_impl`").
    fn awaited(&self) -> TokenStream {
        let at = (self.first_await).unwrap_or_else(proc_macro2::Span::call_site);
        quote_spanned!(at=> .await)
    }

    /// The value of a lazy form that runs on a generator (or, `comp!`'s,
    /// fails with `?`), as an `impl FusedIterator` (`acomp!`: `impl
    /// StreamExt`, the facade's public re-export) of its items, declared in
    /// the expansion:
    ///
    /// ```text
    /// { fn lazy<T, S: FusedIterator<Item = T>>(value: S) -> impl FusedIterator<Item = T> { value } lazy(VALUE) }
    /// ```
    ///
    /// rustc's messages about the value (returned where another item type
    /// is expected, a stream's `.collect()` not awaited, `.next()` without
    /// `.await`) then name an iterator or a stream of its items, not the
    /// runtime's types nor a signature in the runtime's source as "the
    /// found opaque type", and the label is at the display's `(`, in the
    /// user's file. `Send` and `Unpin` carry over as they are. (A stream
    /// is not named a `FusedStream`: that would take a path through
    /// `__private`, which rustc would then print in every message.) An
    /// iterator's is then mapped by the element's identity
    /// ([`Context::element_items`]), which shows rustc the items' type as a
    /// closure's, of the user's element.
    fn opaque(&self, value: TokenStream, flavor: Flavor) -> TokenStream {
        let (krate, private) = (&self.krate, &self.private);
        let bound = match flavor {
            Flavor::Sync => quote!(#private::FusedIterator),
            Flavor::Async => quote!(#krate::StreamExt),
        };
        let at = self
            .display_open
            .unwrap_or_else(proc_macro2::Span::call_site);
        let generic = |name| proc_macro2::Ident::new(name, proc_macro2::Span::mixed_site());
        let (lazy, item, inner) = (internal("lazy"), generic("T"), generic("S"));
        let opaque = quote_spanned!(at=> impl #bound<Item = #item>);
        let value = quote!(#lazy(#value));
        // (Not a stream's: `StreamExt::map`'s type would be printed as
        // `futures_util::stream::stream::map::Map<..>` in every message
        // about the stream, "is not a future" of an awaited one among them.)
        let value = match flavor {
            Flavor::Sync => self.element_items(value),
            Flavor::Async => value,
        };
        quote!({
            fn #lazy<#item, #inner: #bound<Item = #item>>(value: #inner) -> #opaque {
                value
            }
            #value
        })
    }

    /// `Iterator::map(ITER, |__comp_item| (identity)(__comp_item))`, the
    /// identity's call spanning the element (its callee's parentheses at the
    /// element's first token, its argument's at the last): returned where
    /// other items are expected (`-> impl Iterator<Item = i32>` of `?`'s
    /// `Result`s, or of references), the opaque value is then rustc's
    /// "expected `{closure}` to return `i32`, but it returns `Result<..>`"
    /// on the element, as a hand-written `map`'s closure is on its own
    /// value, not a mismatch on the function's return type.
    fn element_items(&self, iter: TokenStream) -> TokenStream {
        let private = &self.private;
        let item = internal("item");
        // (At the user's own tokens' spans, not the macro's context located
        // there: rustc's "this error originates in the macro
        // `$crate::__private::comp_impl`" note then stays away.)
        let value = call_over(quote!(#private::identity), quote!(#item), self.element);
        // The bars at the display's `(`, of the macro's context: rustc
        // names the closure by where it is written
        // (`{closure@src/main.rs:8:11}`), and clippy leaves a macro's
        // closure alone (`redundant_closure` would say `identity`).
        let open = self.display_open.unwrap_or(self.element.0);
        let bars = proc_macro2::Span::mixed_site().located_at(open);
        let parameter = internal_at("item", open);
        let closure = quote_spanned!(bars=> |#parameter| #value);
        quote!(#private::Iterator::map(#iter, #closure))
    }
}

/// An option's expansion in its feature gate (see the runtime's
/// `features`): the runtime's macro `gate` keeps `expansion` when the
/// feature is on, and the error otherwise, which is spanned on the option's
/// keyword (`at`) so that rustc reports it there.
///
/// ```text
/// __private::parallel! { (::core::compile_error!("..")) EXPANSION }
/// ```
fn gated(
    cx: &Context,
    gate: &str,
    at: proc_macro2::Span,
    message: &str,
    expansion: TokenStream,
) -> TokenStream {
    let private = &cx.private;
    let gate = proc_macro2::Ident::new(gate, proc_macro2::Span::call_site());
    let error = quote_spanned!(at=> ::core::compile_error!(#message));
    quote!(#private::#gate! { (#error) #expansion })
}

/// A best-effort expansion next to errors, so the user's expressions are
/// still type-checked (and completed by an IDE) without further errors: the
/// loop nest in an async block that is never run.
pub fn fallback(cx: &Comprehension) -> TokenStream {
    let krate = &cx.krate;
    let Some(mut plan) = Plan::new(cx) else {
        return TokenStream::new();
    };
    let branch = Branch::plain(krate);
    let first = plan.first.iter.expr_mut();
    let exprs = first.into_iter().chain(Plan::exprs_mut(&mut plan.steps));
    for expr in exprs.chain(plan.out.exprs_mut()) {
        neutralize_control_flow(expr);
        rewrite_try(expr, krate, &branch, &|_| quote!(loop {}));
    }
    let value = plan.out.value();
    let body = nest_all(krate, &plan, quote!(let _ = #value;));
    quote!(let _ = async { #body loop {} };)
}

/// The parser makes no comprehension without a first `for`; should one
/// reach `emit`, it is an error, not a panic.
fn no_for() -> TokenStream {
    let message = "expected a `for` clause after the element";
    syn::Error::new(proc_macro2::Span::call_site(), message).to_compile_error()
}

/// A `for`'s iterable as its iterator (`IntoIterator::into_iter(xs)`) or,
/// after `async for`, its stream (`into_stream(s)`); an evaluated one is its
/// local.
fn source(krate: &TokenStream, iter: &Iterable, is_async: bool) -> TokenStream {
    match iter {
        Iterable::Expr(expr) => into_source(krate, expr, is_async),
        Iterable::Ready(local) => quote!(#local),
    }
}

/// The iterable of the first `for` as a stream: the stream itself after
/// `async for`, `stream::iter` of the iterator after `for`.
fn as_stream(krate: &TokenStream, iter: &Iterable, is_async: bool) -> TokenStream {
    let source = source(krate, iter, is_async);
    if is_async {
        source
    } else {
        quote!(#krate::__private::stream_iter(#source))
    }
}

/// The first `for`'s iterable, evaluated before the comprehension's block
/// and handed to it, as CPython calls `_listcomp(iter(xs))`:
///
/// ```text
/// match IntoIterator::into_iter(xs) { __comp_iter => BLOCK }
/// ```
///
/// A `match` scrutinee's temporaries live until the whole `match` ends, so
/// `for w in line.to_lowercase().split(',')` works as in a hand-written
/// loop, and what the block returns may borrow from the iterator
/// (`for x in v.iter_mut()`). An iterable with a `?` is evaluated inside
/// the block, the `?`'s scope. One that awaits (its own `.await` in
/// `acomp!`, a nested eager `acomp![..]` in either macro) is evaluated
/// before it too, where the caller awaits: the eager block is awaited or
/// called in place, so the order is the same, and the temporaries live
/// as documented.
struct First {
    local: proc_macro2::Ident,
    value: TokenStream,
    /// See [`fallible_probe`].
    probe: TokenStream,
}

/// rustc's `for_loops_over_fallibles` lint for a first iterable that is an
/// `Option` or a `Result` (`for n in s.parse::<i64>()`), which a loop over
/// the iterator it became cannot see: see [`crate::lower::fallible_loop`].
fn fallible_probe(
    krate: &TokenStream,
    for_step: &ForStep,
    local: &Ident,
    parens: Option<proc_macro2::extra::DelimSpan>,
) -> TokenStream {
    match &for_step.iter {
        // (In `acomp!`, the user's iterable inside its `PlainFor` probe.)
        Iterable::Expr(expr) if !for_step.is_async => {
            let expr = crate::lower::unprobed(expr);
            crate::lower::fallible_loop(krate, expr, for_step.pat.span(), local, parens)
        }
        _ => TokenStream::new(),
    }
}

/// The parentheses around a whole first iterable, `for i in (0..n)`, that
/// `unused_parens` calls unnecessary in a `for` loop by hand, and the
/// expression inside them. (Not around a struct literal, where a `for`
/// needs them.)
fn redundant_parens(expr: &syn::Expr) -> Option<(proc_macro2::extra::DelimSpan, &syn::Expr)> {
    let syn::Expr::Paren(paren) = expr else {
        return None;
    };
    let braced = quote::ToTokens::to_token_stream(&paren.expr).into_iter().any(|tree| {
        matches!(tree, proc_macro2::TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Brace)
    });
    (paren.attrs.is_empty() && !braced).then_some((paren.paren_token.span, &*paren.expr))
}

impl First {
    /// Takes the first iterable out of `plan`, leaving its local in its place.
    fn take(krate: &TokenStream, plan: &mut Plan) -> Option<First> {
        let ForStep { iter, is_async, .. } = &plan.first;
        let Iterable::Expr(expr) = iter else {
            return None;
        };
        if contains(expr, Operator::Try) {
            return None;
        }
        let local = internal_at("iter", expr.span());
        // Parentheses around the whole iterable go to the probe, a `for`
        // loop, where rustc's `unused_parens` says "around `for` iterator
        // expression", as by hand, not "around function argument".
        let redundant = (!*is_async).then(|| redundant_parens(expr)).flatten();
        let probe = fallible_probe(krate, &plan.first, &local, redundant.map(|(span, _)| span));
        let expr = match redundant {
            Some((_, inner)) if !probe.is_empty() => inner,
            _ => expr,
        };
        let borrow = match unparen(expr) {
            _ if *is_async => None,
            syn::Expr::Reference(r) if r.mutability.is_none() => Some(Borrow::Amp {
                amp: r.and_token.span,
                ends: crate::lower::ends(&r.expr),
            }),
            syn::Expr::MethodCall(call)
                if call.args.is_empty()
                    && call.turbofish.is_none()
                    && (call.method == "iter" || call.method == "values") =>
            {
                Some(Borrow::Method {
                    ends: crate::lower::ends(&call.receiver),
                    method: call.method.clone(),
                    parens: call.paren_token.span.join(),
                })
            }
            _ => None,
        };
        let value = into_source(krate, expr, *is_async);
        plan.first.iter = Iterable::Ready(local.clone());
        plan.first_borrow = borrow;
        Some(First {
            local,
            value,
            probe,
        })
    }

    /// `block`, with the first iterable evaluated around it, if it was taken.
    fn around(first: Option<First>, block: TokenStream) -> TokenStream {
        match first {
            Some(First {
                local,
                value,
                probe,
            }) if !probe.is_empty() => quote!(match #value { #local => { #probe #block } }),
            Some(First { local, value, .. }) => quote!(match #value { #local => #block }),
            None => block,
        }
    }
}

/// The value of an eager form with `?` (its `Result`/`Option`), `value`,
/// inside [`First::around`] (so the first iterable's temporaries still live
/// to the end of the caller's statement), with the `?` scope declared
/// before it and the type the comprehension is expected to have handed to
/// that scope first (the runtime's `Expectation`):
///
/// ```text
/// {
///     let __comp_try = TryScope::new();
///     let __comp_expected = Expectation::new();
///     loop {
///         break if false {
///             __comp_expected.expected_value()
///         } else {
///             use {Conforms as _, NotTies as _, Ties as _};
///             let __comp_tie = __comp_expected.tied(__comp_try);
///             let __comp_expected = __comp_tie.comp_tie();
///             let __comp_value =
///                 __comp_expected.conformed(match VALUE { __comp_value => __comp_value }).comp_conform();
///             __comp_value
///         }
///     }
/// }
/// ```
///
/// rustc checks the never-taken first branch first, coerced to the
/// expected type (`let r: Result<Vec<String>, String> = ..`, a function's
/// return type): the error type, or `Option`, the user wrote is the
/// scope's before any `?` is checked, and a `?` that disagrees is reported
/// on that `?`, with `SameError`'s or `ResultInOption`'s message, instead of a
/// mismatch on the whole call. An expected collection (`?` meant to skip)
/// is `ExpectedAs`'s message, as any other type, once, at the first `?`
/// (`at`); a `Result` or an `Option` of another collection than the
/// comprehension's is rustc's mismatch, on the whole call (the value is
/// named, `__comp_value`, for that). Without an expected type, the first
/// `?` fixes the scope, as before.
///
/// The `loop`'s `break` is for rustc's suggestions: a value passed through
/// it is not a function's returned expression, so rustc makes no
/// `Ok(..?)` suggestion at the outermost expression's span, which for a
/// `macro_rules!`-wrapped proc macro is the wrapper's line in the facade's
/// `src/lib.rs`.
///
/// The tie is named ([`tie_name`]): a list's body hands the expected
/// collection to its own before its loop through it (see `eager_body`).
fn settled(scope: &TryScope, value: TokenStream, at: proc_macro2::Span) -> TokenStream {
    let (v, expected) = (internal("value"), internal("expected"));
    let (decl, private, try_) = (scope.decl(), &scope.private, &scope.scope);
    let first = quote!(#expected.expected_value());
    let tie_name = tie_name();
    let tied = quote_spanned!(at=> #expected.tied(#try_));
    let tie = quote_spanned!(at=> #tie_name.comp_tie());
    let conform =
        quote_spanned!(at=> #expected.conformed(match #value { #v => #v }).comp_conform());
    let conform = quote! {
        #[allow(unused_imports)]
        use #private::{Conforms as _, NotTies as _, Ties as _};
        let #tie_name = #tied;
        let #expected = #tie;
        let #v = #conform;
        #v
    };
    quote!({
        #decl
        let #expected = #private::Expectation::new();
        loop { break if false { #first } else { #conform } }
    })
}

/// The name of [`settled`]'s `Tie`, `__comp_tie`: the expected type and
/// the scope's residual.
fn tie_name() -> proc_macro2::Ident {
    internal("tie")
}

/// Where [`settled`] reports an expected type the `?`s cannot give: the
/// plan's first `?` (the element when it has none left, its first iterable
/// evaluated before the block).
fn question_at(plan: &Plan) -> proc_macro2::Span {
    plan.first_question()
        .unwrap_or_else(|| plan.out.exprs()[0].span())
}

/// The first `for` and the loops of `plan.steps` around `innermost`.
fn nest_all(krate: &TokenStream, plan: &Plan, innermost: TokenStream) -> TokenStream {
    let body = nest(krate, &plan.steps, innermost);
    match (&plan.first.iter, &plan.first_borrow) {
        // (Only a sync `for` has a `Borrow`: see `First::take`.)
        (Iterable::Ready(local), Some(borrow)) => {
            borrowed_loop(krate, &plan.first.pat, local, borrow, body)
        }
        _ => for_loop(krate, &plan.first, 0, body),
    }
}

/// The first `for` over a first iterable that lends shared references,
/// whose iterator was made before the loops, written as rustc recognizes the
/// head of a hand-written loop, so that a write through an item (`t.plays +=
/// 1`, `row.sort()`) gets rustc's help with its edit, as by hand:
///
/// - `&EXPR`: a loop over `&FirstIter::new(iterator)`, `&` at the user's `&`
///   and `FirstIter::new(..)` over `EXPR`: "use a mutable iterator instead",
///   `&mut xs`;
/// - `EXPR.iter()`, `EXPR.values()`: a loop over
///   `FirstCall::new(iterator).iter()`, `FirstCall::new(..)` over `EXPR`
///   and `.iter()` the user's: "use mutable method", `iter_mut()` (or
///   `values_mut()`), where the iterator is a std collection's that has one
///   (`FirstCall`'s impls; any other type's is a plain loop's, no help).
///
/// A loop over the iterator itself gets neither.
///
/// ```text
/// for t in &(FirstIter::new)(__comp_iter) { .. }
/// for t in (FirstCall::new)(__comp_iter).iter() { .. }
/// ```
fn borrowed_loop(
    krate: &TokenStream,
    pat: &syn::Pat,
    local: &Ident,
    borrow: &Borrow,
    body: TokenStream,
) -> TokenStream {
    // A call whose parentheses are the user's first and last tokens of
    // `EXPR` (a `$crate` first would make rustc span it as the macro's, over
    // the whole call): the loop's head then spans the user's iterable.
    let over = |wrapper: TokenStream, ends| call_over(wrapper, quote!(#local), ends);
    let (first, head) = match borrow {
        Borrow::Amp { amp, ends } => {
            let amp_token = quote_spanned!(*amp=> &);
            let new = over(quote!(#krate::__private::FirstIter::new), *ends);
            (*amp, quote!(#amp_token #new))
        }
        Borrow::Method {
            ends,
            method,
            parens,
        } => {
            let new = over(quote!(#krate::__private::FirstCall::new), *ends);
            let call = parens_at(TokenStream::new(), *parens);
            let dot = quote_spanned!(method.span()=> .);
            (ends.0, quote!(#new #dot #method #call))
        }
    };
    // The loop itself is the macro's (clippy's lints on a hand-written loop,
    // `manual_flatten` for an `if let Ok(r) = r` clause, are not the user's).
    let for_token = quote_spanned!(proc_macro2::Span::mixed_site().located_at(first)=> for);
    quote!(#for_token #pat in #head { #body })
}

/// The first `async for` as a drain of its stream into a closure, the loops
/// of `plan.steps` around `innermost` inside it: for a plan in which nothing
/// after the first `async for` awaits or returns (see `eager::is_drain_shape`).
///
/// ```text
/// match pin!(s) { __comp_stream_0 => drain(__comp_stream_0, |__comp_item| {
///     let PAT = __comp_item;
///     BODY
/// }).await }
/// ```
fn drain_all(krate: &TokenStream, plan: &Plan, innermost: TokenStream) -> TokenStream {
    let body = nest(krate, &plan.steps, innermost);
    let ForStep { pat, iter, .. } = &plan.first;
    let item = internal("item");
    let (source, span) = match iter {
        Iterable::Expr(expr) => (into_stream(krate, expr), expr.span()),
        Iterable::Ready(local) => (quote!(#local), local.span()),
    };
    let stream = internal_nth("stream", 0);
    let drain = quote_spanned!(span=> #krate::__private::drain);
    // A `match`, not a `let`: the iterable's temporaries live through the
    // loop, as in a hand-written `for`.
    quote! {
        match #krate::__private::pin!(#source) {
            #stream => #drain(#stream, |#item| {
                let #pat = #item;
                #body
            }).await,
        }
    }
}

/// The loops of `steps` (inside the first `for`) around `innermost`, in
/// clause order.
fn nest(krate: &TokenStream, steps: &[Step], innermost: TokenStream) -> TokenStream {
    let mut body = innermost;
    for (depth, step) in steps.iter().enumerate().rev() {
        body = match step {
            Step::For(f) => for_loop(krate, f, depth + 1, body),
            Step::If(cond) => quote!(if #cond { #body }),
            // At the user's pattern, so that rustc's lints on it (an
            // irrefutable pattern) reach the user as by hand.
            Step::IfLet(pat, expr) => quote_spanned!(pat.span()=> if let #pat = #expr { #body }),
            // Over the user's `PAT = EXPR` (`let` at the pattern, `;` at the
            // expression's end): rustc's help for a refutable pattern,
            // `let .. else { todo!() }`, then lands in the user's clause.
            Step::Let(pat, expr) => {
                let (start, end) = (pat.span(), crate::lower::ends(expr).1);
                let (let_token, semi) = (quote_spanned!(start=> let), quote_spanned!(end=> ;));
                quote!(#let_token #pat = #expr #semi #body)
            }
            Step::Bind(name, expr) => quote!(let #name = #expr; #body),
        };
    }
    body
}

/// One `for` (or `async for`, its stream named after its `depth`) around `body`.
fn for_loop(krate: &TokenStream, f: &ForStep, depth: usize, body: TokenStream) -> TokenStream {
    let ForStep {
        pat,
        iter,
        is_async,
    } = f;
    if !is_async {
        // `for` calls `IntoIterator::into_iter` itself (a lang item, not
        // a path): the user's expression stays the loop head, so that a
        // non-iterable is reported on it, once.
        let (iter, span) = match iter {
            // A later `for` over a struct literal (`for x in Countdown { n: k }`)
            // needs parentheses there; the expansion's own, which no lint
            // calls unnecessary.
            Iterable::Expr(expr) if struct_outside(expr) => (quote!((#expr)), expr.span()),
            Iterable::Expr(expr) => {
                let head = unparen(expr);
                (quote!(#head), expr.span())
            }
            Iterable::Ready(local) => (quote!(#local), local.span()),
        };
        return quote_spanned!(span=> for #pat in #iter { #body });
    }
    let item = internal("item");
    let (source, span) = match iter {
        Iterable::Expr(expr) => (into_stream(krate, expr), expr.span()),
        Iterable::Ready(local) => (quote!(#local), local.span()),
    };
    let stream = internal_nth("stream", depth);
    let next = quote_spanned!(span=> #krate::__private::next(&mut #stream));
    // A `match`, not a `let`: the iterable's temporaries live through the
    // loop, as in a hand-written `for`.
    quote! {
        match #krate::__private::pin!(#source) {
            mut #stream => {
                while let #krate::__private::Option::Some(#item) = #next.await {
                    let #pat = #item;
                    #body
                }
            }
        }
    }
}

/// `steps` ending in `success`, as a closure body that evaluates to `failure`
/// when a filter says no. Without filters, no `return` is needed.
fn guarded(
    krate: &TokenStream,
    steps: &[Step],
    success: TokenStream,
    failure: TokenStream,
) -> TokenStream {
    if Plan::filters(steps) {
        let body = nest(krate, steps, quote!(return #success;));
        quote!(#body #failure)
    } else {
        nest(krate, steps, success)
    }
}

/// A first iterable with a `?`, evaluated where the comprehension is
/// written, for a lazy form whose failure there is its only item:
///
/// ```text
/// '__comp_first: { ControlFlow::Continue(INTO) }
/// ```
///
/// where each `?` of `expr` (rewritten in place through `branch`) breaks
/// out with `ControlFlow::Break(residual)`, and `into` makes the iterator
/// of the rewritten expression. A labeled block, not a closure called in
/// place: the iterable's temporaries (`read(p)?.chars()` borrows the
/// `String`) live to the end of the caller's statement, as a hand-written
/// chain's do.
fn evaluated_first(
    krate: &TokenStream,
    expr: &mut syn::Expr,
    branch: &Branch,
    into: impl FnOnce(&syn::Expr) -> TokenStream,
) -> TokenStream {
    let flow = quote!(#krate::__private::ControlFlow);
    let label = syn::Lifetime::new("'__comp_first", proc_macro2::Span::mixed_site());
    let on_fail = |residual: &_| quote!(break #label { #flow::Break(#residual) });
    rewrite_try(expr, krate, branch, &on_fail);
    let into = into(expr);
    quote!(#label: { #flow::Continue(#into) })
}

/// Rewrites the `?` of the whole plan: the first iterable (unless taken out
/// of the block), the steps and the element.
fn rewrite_plan(krate: &TokenStream, plan: &mut Plan, branch: &Branch, on_fail: OnFail) {
    if let Some(expr) = plan.first.iter.expr_mut() {
        rewrite_try(expr, krate, branch, on_fail);
    }
    rewrite_steps(krate, &mut plan.steps, Some(&mut plan.out), branch, on_fail);
}

/// Rewrites the `?` of `steps` (and of `out`, if given).
fn rewrite_steps(
    krate: &TokenStream,
    steps: &mut [Step],
    out: Option<&mut Out>,
    branch: &Branch,
    on_fail: OnFail,
) {
    let out_exprs = out.map(Out::exprs_mut).unwrap_or_default();
    for expr in Plan::exprs_mut(steps).chain(out_exprs) {
        rewrite_try(expr, krate, branch, on_fail);
    }
}

/// The `?` scope of a fallible comprehension (one name, the runtime's
/// `TryScope`): its declaration, and how a `?` branches and fails. Its
/// `branch` ties the scope to the residual type, which its `wrap` then uses
/// for the result.
struct TryScope {
    scope: proc_macro2::Ident,
    krate: TokenStream,
    private: TokenStream,
}

impl TryScope {
    fn new(krate: &TokenStream) -> TryScope {
        TryScope {
            scope: internal("try"),
            krate: krate.clone(),
            private: quote!(#krate::__private),
        }
    }

    /// `let __comp_try = TryScope::new();`
    fn decl(&self) -> TokenStream {
        let (scope, private) = (&self.scope, &self.private);
        quote!(let #scope = #private::TryScope::new();)
    }

    /// `__comp_try.agree(Question(v).comp_branch()).comp_agree()`
    fn branch(&self) -> Branch {
        Branch::scoped(&self.krate, &self.scope)
    }

    /// `__comp_try.fail(residual)`: the comprehension's failed result.
    fn fail(&self, residual: &proc_macro2::Ident) -> TokenStream {
        let scope = &self.scope;
        quote!(#scope.fail(#residual))
    }

    /// `__comp_try.wrap(value)`: its successful result.
    fn wrap(&self, value: &TokenStream) -> TokenStream {
        let scope = &self.scope;
        quote!(#scope.wrap(#value))
    }

    /// `residual?` at a user's `?` (`at`), through this scope: a failure
    /// from elsewhere (a `concurrency` item's, a lazy form's first
    /// iterable's) meets the scope's residual type there, so that a second
    /// error type is the `SameError` message on that `?`, not a mismatch in
    /// the expansion. `on_fail` is what the failure does; the block is `!`.
    fn agree(
        &self,
        residual: &proc_macro2::Ident,
        at: proc_macro2::Span,
        on_fail: OnFail,
    ) -> TokenStream {
        let mut agree: syn::Expr = syn::parse_quote_spanned!(at=> #residual?);
        rewrite_try(&mut agree, &self.krate, &self.branch(), on_fail);
        let never = internal("never");
        quote!({ let #never = #agree; match #never {} })
    }

    /// `|step| __comp_try.settle(step)`: one item of a lazy form.
    fn settle(&self) -> TokenStream {
        let (scope, step) = (&self.scope, internal("step"));
        quote!(|#step| #scope.settle(#step))
    }
}
