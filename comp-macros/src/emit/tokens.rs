//! Small token builders of the emitters: the iterator and stream
//! conversions spanned on the user's expression, the fallback's neutraliser,
//! and `strip_mut` for bindings moved into item futures.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::Expr;

use crate::lower::{probed, ForStep, Step};
use crate::names::Binding;
use crate::rules::{self, Flow};

/// `move |pat| { body }`, located at the user's pattern: rustc names a
/// closure's type by where it is written (`{closure@src/main.rs:4:30}`),
/// and at the call site that would be the facade's `macro_rules!` file.
///
/// Of the user's context (its bars and braces name nothing): rustc names a
/// variable a closure captures ("cannot move out of `rows`") only for a
/// closure that is not a macro's, and says "value" otherwise.
pub fn closure(move_token: impl quote::ToTokens, pat: &syn::Pat, body: TokenStream) -> TokenStream {
    quote_spanned!(pat.span()=> #move_token |#pat| { #body })
}

/// [`closure`], or, for a lazy form's outermost closure written without
/// `move` (`open`: the display's `(`), `|pat| { body }` at that `(`: rustc's
/// "use the `move` keyword" help for a closure that outlives what it
/// borrows then writes `comp!(move (..))`, the crate's own syntax, where at
/// the pattern it would write `for move x in ..`.
pub fn outer_closure(
    open: Option<proc_macro2::Span>,
    move_token: impl quote::ToTokens,
    pat: &syn::Pat,
    body: TokenStream,
) -> TokenStream {
    match open {
        Some(open) => quote_spanned!(open=> |#pat| { #body }),
        None => closure(move_token, pat, body),
    }
}

/// [`closure`], but of the expansion's context: for the closure that makes
/// `spawn`'s tasks, whose move of an outer variable rustc would otherwise
/// mend by a `let value = base.clone();` spliced into the options.
pub fn expansion_closure(pat: &syn::Pat, body: TokenStream) -> TokenStream {
    let at = proc_macro2::Span::call_site().located_at(pat.span());
    quote_spanned!(at=> |#pat| { #body })
}

/// `head { body }` with the braces at `last`, the element's last token, and
/// `head` (`async`, `move |x|`) written by the caller at its first. rustc
/// joins a block's or closure's span from its first token to its closing
/// brace, so an error on it covers the user's tokens in between, as the
/// hand-written block or closure would (`Span::join` is not stable for us
/// to do it); a borrow a closure takes ("mutable borrow occurs here") is
/// then on the element.
///
/// The user's own spans (keywords, bars and braces name nothing), not the
/// expansion's: rustc names a variable a block or closure captures ("cannot
/// borrow `client` as mutable") only where it is not a macro's.
pub fn block_over(head: TokenStream, body: TokenStream, last: proc_macro2::Span) -> TokenStream {
    let mut block = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, body);
    block.set_span(last);
    quote::quote!(#head #block)
}

/// `(callee)(argument)`, the callee's parentheses at `first` and the
/// argument's at `last`: rustc spans a call from its first token to its
/// last, so the call covers the user's tokens in between, as a block of
/// [`block_over`] does. The two spans are the caller's: the user's own, or
/// the macro's context located there.
pub fn call_over(
    callee: TokenStream,
    argument: TokenStream,
    (first, last): (proc_macro2::Span, proc_macro2::Span),
) -> TokenStream {
    let (callee, argument) = (parens_at(callee, first), parens_at(argument, last));
    quote::quote!(#callee #argument)
}

/// `(inner)`, its parentheses at `span`: the argument list of a call whose
/// end rustc should see at a token of the user's.
pub fn parens_at(inner: TokenStream, span: proc_macro2::Span) -> proc_macro2::Group {
    let mut parens = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, inner);
    parens.set_span(span);
    parens
}

/// `move |params| { body }` over the element, `at..=last`: the opening bar
/// and `move` at its first token, the closing bar and the braces at its
/// last ([`block_over`]). rustc reports what a closure captures on its head,
/// `|params|`, which then spans the element: a use of a variable the loop
/// moved (`grid.len()` in `for row in grid`) is underlined with the element
/// that holds it, not its first token alone.
pub fn closure_over(
    move_token: impl quote::ToTokens,
    params: TokenStream,
    body: TokenStream,
    (at, last): (proc_macro2::Span, proc_macro2::Span),
) -> TokenStream {
    let close = quote_spanned!(last=> |);
    block_over(quote_spanned!(at=> #move_token |#params #close), body, last)
}

/// `IntoIterator::into_iter(expr)` spanned on the user's expression, through
/// the runtime's `ForIn` probe: a non-iterable is rustc's own error,
/// once, on the expression.
pub fn into_iter(krate: &TokenStream, expr: &Expr) -> TokenStream {
    let traits = ["Iterates", "NotIterates"];
    probed(
        &quote::quote!(#krate::__private),
        expr,
        "ForIn",
        "comp_into_iter",
        traits,
    )
}

/// A `for`'s iterable as its iterator, or after `async for` its stream.
pub fn into_source(krate: &TokenStream, expr: &Expr, is_async: bool) -> TokenStream {
    if is_async {
        into_stream(krate, expr)
    } else {
        into_iter(krate, expr)
    }
}

/// The stream of an `async for`, spanned on the user's expression, so that a
/// non-stream is reported on it, once (see the runtime's `AsyncFor`).
pub fn into_stream(krate: &TokenStream, expr: &Expr) -> TokenStream {
    let traits = ["AsyncForStream", "IterAfterAsyncFor", "NotAsyncFor"];
    probed(
        &quote::quote!(#krate::__private),
        expr,
        "AsyncFor",
        "comp_async_for",
        traits,
    )
}

/// For the fallback expansion next to an error: `return`, `yield`, and
/// `break`/`continue` outside a loop of their own become `loop {}` (which
/// has their type, `!`), so that the error that reported them is the only one.
pub fn neutralize_control_flow(expr: &mut Expr) {
    struct Neutralize(usize);
    impl VisitMut for Neutralize {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            match rules::flow(expr, self.0) {
                Flow::Escapes(..) => *expr = syn::parse_quote!(loop {}),
                Flow::Loop => {
                    self.0 += 1;
                    syn::visit_mut::visit_expr_mut(self, expr);
                    self.0 -= 1;
                }
                Flow::Other => syn::visit_mut::visit_expr_mut(self, expr),
            }
        }
        fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
        fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
        fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    }
    Neutralize(0).visit_expr_mut(expr);
}

/// Removes `mut` from the bindings named `names` in the patterns of `steps`
/// (and of `first`, if given):
/// their values are moved elsewhere (see `emit::item_future`), where `mut` goes.
pub fn strip_mut(first: Option<&mut ForStep>, steps: &mut [Step], names: &[Binding]) {
    struct Strip<'a>(&'a [Binding]);
    impl VisitMut for Strip<'_> {
        fn visit_pat_ident_mut(&mut self, pat: &mut syn::PatIdent) {
            if pat.by_ref.is_none() && self.0.iter().any(|b| b.ident == pat.ident) {
                pat.mutability = None;
            }
            syn::visit_mut::visit_pat_ident_mut(self, pat);
        }
    }
    if let Some(first) = first {
        Strip(names).visit_pat_mut(&mut first.pat);
    }
    for step in steps {
        if let Step::For(ForStep { pat, .. }) | Step::IfLet(pat, _) | Step::Let(pat, _) = step {
            Strip(names).visit_pat_mut(pat);
        }
    }
}
