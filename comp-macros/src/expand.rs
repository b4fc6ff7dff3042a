//! The whole pipeline as one function over `proc_macro2` tokens, so that it
//! can be driven by tests and fuzzers as well as by the compiler.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;
use syn::Error;

use crate::ast::Flavor;
use crate::names::NESTED_MARKER;
use crate::parse::salvage::error_expr;
use crate::{check, emit, parse, prepass};

/// Expands `($crate) BODY`. Never panics: every problem becomes a
/// `compile_error!` spanned on the user's tokens, next to a best-effort
/// expansion of the user's expressions when the input could be parsed.
pub fn expand(input: TokenStream, flavor: Flavor) -> TokenStream {
    let mut trees = input.into_iter();
    let krate = match trees.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            group.stream()
        }
        _ => {
            let message =
                "this macro is internal: use `comp!` or `acomp!` from the `comprehensions` crate";
            return Error::new(proc_macro2::Span::call_site(), message).to_compile_error();
        }
    };
    let mut trees = trees.peekable();
    // A display nested in another comprehension (see `prepass`): its
    // expansion is located at the user's display, not at the outer call.
    let nested = match trees.peek() {
        Some(TokenTree::Ident(marker)) if marker == NESTED_MARKER => {
            trees.next();
            trees.peek().map(TokenTree::span)
        }
        _ => None,
    };
    let body: TokenStream = trees.collect();
    // A nested lazy display is typed where it stands, through its own
    // expected-type branch (see `emit::expected_lazy`): a `match` around it
    // would hide the type its position expects (a `Vec` element), and
    // rustc would show the lazy form's opaque type instead of the fix. It
    // leaves through an identity call located at the display instead.
    let lazy = prepass::is_lazy_display(&body);
    let expansion = expand_body(krate.clone(), body, flavor);
    match nested {
        Some(at) if !lazy => {
            // The value leaves through an arm located at the display (a
            // `match`, so its temporaries live as long as before): rustc
            // reports a mismatch of the inner display there, not on the
            // whole outer call.
            let value = crate::names::internal_at("nested", at);
            quote::quote_spanned!(at=> match #expansion { #value => #value })
        }
        Some(at) => located_outer(expansion, at),
        None => expansion,
    }
}

/// A nested lazy display's value through the identity, `identity(VALUE)`,
/// at `at`, the user's display: rustc reports the value there, as the
/// `match` around a nested eager display, and the type its position
/// expects still reaches it (a call hands its argument the type it is
/// expected to return; a `match` does not hand it to its scrutinee). The
/// argument's temporaries live as long as a scrutinee's.
///
/// The call is core's `identity`, every token of it the display's own,
/// in the user's context: a method called on the display whose bound fails
/// (`(x.abs() for x in row).max()` of `f64`s) is then reported on the
/// method, and an argument that is one (`Iterator::max(x for x in row)`)
/// on the display, as by hand; rustc blames a receiver or an argument that
/// comes from a macro's own tokens as the whole outer call. (Not the
/// runtime's path: `$crate` resolves in the context it is spanned with.)
fn located_outer(expansion: TokenStream, at: proc_macro2::Span) -> TokenStream {
    let path = quote::quote_spanned!(at=> ::core::convert::identity);
    let mut parens = proc_macro2::Group::new(Delimiter::Parenthesis, expansion);
    parens.set_span(at);
    quote!(#path #parens)
}

/// Expands a body (without the `($crate)` group and the nested marker).
fn expand_body(krate: TokenStream, body: TokenStream, flavor: Flavor) -> TokenStream {
    let body = without_redundant_parens(body);
    let parsed = prepass::prepass(&krate, flavor, body)
        .map_err(|err| (err, None))
        .and_then(|body| parse::parse(krate, flavor, body));
    let (err, partial) = match parsed {
        Ok(mut comprehension) => match check::check(&comprehension) {
            Ok(()) => return emit::emit(&comprehension),
            Err(err) => {
                check::mend(&mut comprehension);
                (err, Some(Box::new(comprehension)))
            }
        },
        Err(failed) => failed,
    };
    // Next to the error, the user's expressions in a best-effort expansion,
    // so that type errors and completions inside them keep working.
    // The error is the block's value, as an expression (see
    // `parse::salvage::error_expr`): the block has the error type, so the
    // code around the macro call gets no type error from it.
    let fallback = partial.as_deref().map(emit::fallback);
    let error = error_expr(&err);
    quote!({ #fallback (#error) })
}

/// Python's `((x for x in xs))` is the same generator as `(x for x in xs)`:
/// a lazy display whose only content is more parentheses around a display
/// (after an optional `move`, before optional `; options`) is that display.
fn without_redundant_parens(body: TokenStream) -> TokenStream {
    let mut trees: Vec<TokenTree> = body.into_iter().collect();
    let at = usize::from(matches!(trees.first(), Some(TokenTree::Ident(m)) if m == "move"));
    let Some(TokenTree::Group(mut display)) = trees.get(at).cloned() else {
        return trees.into_iter().collect();
    };
    let mut peeled = false;
    while display.delimiter() == Delimiter::Parenthesis {
        let inner: Vec<TokenTree> = display.stream().into_iter().collect();
        match inner.as_slice() {
            [TokenTree::Group(g)] if g.delimiter() == Delimiter::Parenthesis => {
                display = g.clone();
                peeled = true;
            }
            _ => break,
        }
    }
    if peeled && prepass::is_comprehension(display.stream()) {
        trees[at] = TokenTree::Group(display);
    }
    trees.into_iter().collect()
}
