//! The collection of an eager form: its type, and how one element is added.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::Context;
use crate::ast::Form;
use crate::lower::Out;
use crate::names::internal;

/// The collection of an eager display: its type and how one element is
/// added. Calls are fully qualified: a user trait in scope with a method
/// named `push` or `insert` cannot take them over.
pub(super) struct Sink {
    pub(super) out: proc_macro2::Ident,
    ty: TokenStream,
    form: Form,
    /// `__comp_out` is a `&mut` to the collection (a closure's parameter),
    /// not the collection itself.
    borrowed: bool,
}

impl Sink {
    pub(super) fn new(cx: &Context) -> Sink {
        let krate = &cx.krate;
        let ty = match cx.form {
            Form::Set => quote!(#krate::__private::HashSet),
            Form::Dict => quote!(#krate::__private::HashMap),
            _ => quote!(#krate::__private::Vec),
        };
        Sink {
            out: internal("out"),
            ty,
            form: cx.form,
            borrowed: false,
        }
    }

    /// A sink whose `__comp_out` is a `&mut` to the collection.
    pub(super) fn borrowed(cx: &Context) -> Sink {
        Sink {
            borrowed: true,
            ..Sink::new(cx)
        }
    }

    /// `let mut __comp_out = Vec::new();`, or `Vec::with_capacity(n)`.
    pub(super) fn declare(&self, capacity: Option<TokenStream>) -> TokenStream {
        let (out, new) = (&self.out, self.new_collection(capacity));
        quote!(let mut #out = #new;)
    }

    /// `Vec::new()`, or `Vec::with_capacity(n)`.
    pub(super) fn new_collection(&self, capacity: Option<TokenStream>) -> TokenStream {
        let ty = &self.ty;
        match capacity {
            Some(n) => quote!(#ty::with_capacity(#n)),
            None => quote!(#ty::new()),
        }
    }

    /// The collection's type for `collect`: `Vec<_>`, `HashSet<_>`, `HashMap<_, _>`.
    pub(super) fn inferred_type(&self) -> TokenStream {
        let ty = &self.ty;
        if self.form == Form::Dict {
            quote!(#ty<_, _>)
        } else {
            quote!(#ty<_>)
        }
    }

    /// `Vec::push(&mut __comp_out, v);` or `HashMap::insert(&mut __comp_out, k, v);`
    /// (`__comp_out` without `&mut` when [`Sink::borrowed`])
    pub(super) fn add(&self, out: &Out) -> TokenStream {
        match out {
            Out::Value(value) => {
                let value = unbraced(value);
                self.add_at(quote!(#value), value.span())
            }
            Out::Entry(key, value) => {
                let (key, value) = (unbraced(key), unbraced(value));
                self.add_at(quote!(#key, #value), key.span())
            }
        }
    }

    /// [`Sink::add`] of the arguments `args`.
    pub(super) fn add_tokens(&self, args: TokenStream) -> TokenStream {
        self.add_at(args, Span::call_site())
    }

    /// [`Sink::add_tokens`], with the call at `span`: a set's or dict's
    /// `Eq + Hash` bound is then reported on the element or key.
    fn add_at(&self, args: TokenStream, span: Span) -> TokenStream {
        let sink = &self.out;
        let method = match self.form {
            Form::Set | Form::Dict => Ident::new("insert", span),
            _ => Ident::new("push", span),
        };
        let place = if self.borrowed {
            quote!(#sink)
        } else {
            quote!(&mut #sink)
        };
        // `<HashSet<_>>::insert`: a path whose first and last tokens are
        // at `span` (a path starting with the crate's own tokens would be
        // reported on the whole call).
        let ty = self.inferred_type();
        quote_spanned!(span=> <#ty>::#method(#place, #args);)
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
