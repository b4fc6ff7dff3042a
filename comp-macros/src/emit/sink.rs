//! The collection of an eager form: its type, and how one element is added.

use proc_macro2::TokenStream;
use quote::quote;

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
    is_vec: bool,
    /// The capacity the collection starts with, if known.
    capacity: Option<TokenStream>,
    /// A set or dict with a capacity: the runtime's `SetOut`/`MapOut`, which
    /// decide how much of it to reserve (the keys may repeat).
    builder: Option<TokenStream>,
}

impl Sink {
    /// A collection that starts empty.
    pub(super) fn new(cx: &Context) -> Sink {
        let krate = &cx.krate;
        let (ty, is_vec) = match cx.form {
            Form::Set => (quote!(#krate::__private::HashSet), false),
            Form::Dict => (quote!(#krate::__private::HashMap), false),
            _ => (quote!(#krate::__private::Vec), true),
        };
        Sink {
            out: internal("out"),
            ty,
            is_vec,
            capacity: None,
            builder: None,
        }
    }

    /// A collection for an iterable of `capacity` items (`None`: unknown).
    pub(super) fn presized(cx: &Context, capacity: Option<TokenStream>) -> Sink {
        let krate = &cx.krate;
        let builder = match cx.form {
            _ if capacity.is_none() => None,
            Form::Set => Some(quote!(#krate::__private::SetOut)),
            Form::Dict => Some(quote!(#krate::__private::MapOut)),
            _ => None,
        };
        Sink {
            capacity,
            builder,
            ..Sink::new(cx)
        }
    }

    /// `let mut __comp_out = Vec::new();`, `Vec::with_capacity(n)`, or
    /// for a set or dict with a capacity, `SetOut::new(n)`/`MapOut::new(n)`.
    pub(super) fn declare(&self) -> TokenStream {
        let out = &self.out;
        let ty = self.builder.as_ref().unwrap_or(&self.ty);
        match &self.capacity {
            Some(n) if self.builder.is_some() => quote!(let mut #out = #ty::new(#n);),
            Some(n) => quote!(let mut #out = #ty::with_capacity(#n);),
            None => quote!(let mut #out = #ty::new();),
        }
    }

    /// The collection, once every element is in: `__comp_out`, or
    /// `SetOut::finish(__comp_out)`.
    pub(super) fn result(&self) -> TokenStream {
        let out = &self.out;
        match &self.builder {
            Some(builder) => quote!(#builder::finish(#out)),
            None => quote!(#out),
        }
    }

    /// The collection's type for `collect`: `Vec<_>`, `HashSet<_>`, `HashMap<_, _>`.
    pub(super) fn inferred_type(&self, form: Form) -> TokenStream {
        let ty = &self.ty;
        if form == Form::Dict {
            quote!(#ty<_, _>)
        } else {
            quote!(#ty<_>)
        }
    }

    /// `Vec::push(&mut __comp_out, v);` or `HashMap::insert(&mut __comp_out, k, v);`
    /// (`MapOut::insert` for a presized dict).
    pub(super) fn add(&self, out: &Out) -> TokenStream {
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
    pub(super) fn add_tokens(&self, args: TokenStream) -> TokenStream {
        let sink = &self.out;
        let ty = self.builder.as_ref().unwrap_or(&self.ty);
        let method = if self.is_vec {
            quote!(push)
        } else {
            quote!(insert)
        };
        quote!(#ty::#method(&mut #sink, #args);)
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
