//! The procedural macros behind [`comprehensions`](https://docs.rs/comprehensions): use `comprehensions`.
//!
//! `comprehensions::comp!` and `comprehensions::acomp!` are `macro_rules!` wrappers that pass
//! `$crate` to the hidden macros here, so that expansions name the runtime as
//! `$crate::__private::..` whatever the user calls the dependency.
//!
//! The pipeline, one module per stage: `prepass` (Python-only tokens; its
//! `operators` are the conditional and chained comparisons) -> `parse`
//! (grammar to `ast`) -> `check` (every compile error) -> `lower` (a typed
//! `Plan`: the first `for`, the steps, the element; `?` rewriting) -> `emit`
//! (tokens, one builder per shape, sharing one `Context`). `rules` holds
//! what `check` reports and `lower` follows; `expand` is the never-panic
//! boundary that runs it all.

mod ast;
mod check;
mod emit;
mod expand;
mod lower;
mod names;
mod operators;
mod parse;
mod prepass;
mod rules;
mod walrus;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// `comp!`'s implementation: `comp_impl!(($crate) BODY)`.
#[doc(hidden)]
#[proc_macro]
pub fn comp_impl(input: TokenStream) -> TokenStream {
    expand::expand(input.into(), ast::Flavor::Sync).into()
}

/// `acomp!`'s implementation: `acomp_impl!(($crate) BODY)`.
#[doc(hidden)]
#[proc_macro]
pub fn acomp_impl(input: TokenStream) -> TokenStream {
    expand::expand(input.into(), ast::Flavor::Async).into()
}
