//! The collection of an eager form: its type, and how one element is added.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::Context;
use crate::ast::Form;
use crate::lower::{ends, Out};
use crate::names::{internal, shown};

/// The collection of an eager display: its type and how one element is
/// added. Calls are fully qualified: a user trait in scope with a method
/// named `push` or `insert` cannot take them over.
pub(super) struct Sink {
    pub(super) out: proc_macro2::Ident,
    /// With a builder, in a [`Sink::apart`] sink that lends it: a `&mut` to
    /// the policy (see [`Sink::lend`]).
    watch: proc_macro2::Ident,
    ty: TokenStream,
    /// `krate::__private`.
    pub(super) private: TokenStream,
    form: Form,
    /// `__comp_out` is a `&mut` to the collection (see [`Sink::lend`]), not
    /// the collection itself.
    borrowed: bool,
    /// The collection and the policy are the locals of
    /// [`Sink::declare_apart`], which the block or closure filling them
    /// captures by `&mut` (see [`Sink::apart`]).
    captured: bool,
    /// The capacity the collection starts with, if known.
    capacity: Option<TokenStream>,
    /// A set or dict with a capacity: the runtime's `SetOut`/`MapOut`, which
    /// decide how much of it to reserve (the keys may repeat).
    builder: Option<TokenStream>,
    /// The user's display (see `ast::Comprehension::display`).
    display: Option<Span>,
    /// Its element type is declared with it ([`declare_element_type`]): a
    /// list's or set's elements are checked against it; a dict's entries,
    /// only as `concurrency`'s items ([`Sink::typed_entries`]).
    pub(super) element_type: bool,
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
            watch: internal("watch"),
            ty,
            private: cx.private.clone(),
            form: cx.form,
            borrowed: false,
            captured: false,
            capacity: None,
            builder: None,
            display: cx.display,
            element_type: cx.form != Form::Dict,
        }
    }

    /// The sink with a dict's entries checked against the element type too,
    /// as a pair: where each comes whole out of a future or a stream
    /// (`concurrency`'s items, the stream map shape), not an `insert`'s two
    /// arguments.
    pub(super) fn typed_entries(self) -> Sink {
        Sink {
            element_type: true,
            ..self
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
        let (out, new) = (&self.out, self.new_collection());
        quote!(let mut #out = #new;)
    }

    /// `Vec::new()`, `Vec::with_capacity(n)`, or `SetOut::new(n)`.
    pub(super) fn new_collection(&self) -> TokenStream {
        let ty = &self.ty;
        match (&self.capacity, &self.builder) {
            (Some(n), Some(builder)) => quote!(#builder::new(#n)),
            (Some(n), None) => quote!(#ty::with_capacity(#n)),
            (None, _) => quote!(#ty::new()),
        }
    }

    /// The collection of an `async` block or a closure that fills it
    /// through `&mut` (see `eager::collected`): declared before it by
    /// [`Sink::declare_apart`]; the block captures it, or with `move` (which
    /// would move it in) the `&mut` [`Sink::lend`] declares. Captured, it is
    /// the collection that rustc names in a borrow error of the element
    /// ("`'1` appears in the type of `__comp_out`" otherwise).
    pub(super) fn apart(cx: &Context, capacity: Option<TokenStream>) -> Sink {
        Sink {
            borrowed: true,
            captured: cx.move_token.is_none(),
            ..Sink::presized(cx, capacity)
        }
    }

    /// For a [`Sink::apart`] sink filled by an `async` block (see
    /// `eager::awaited_into`): the collection, declared before the block,
    /// `let mut list = Vec::new();`, or with a builder,
    /// `let (mut set, mut __comp_policy) = SetOut::into_parts(SetOut::new(n));`.
    pub(super) fn declare_apart(&self) -> TokenStream {
        let collection = self.collection();
        match (&self.capacity, &self.builder) {
            (Some(n), Some(builder)) => {
                let policy = self.policy();
                quote!(let (mut #collection, mut #policy) = #builder::into_parts(#builder::new(#n));)
            }
            _ => {
                let new = self.new_collection();
                quote!(let mut #collection = #new;)
            }
        }
    }

    /// What the block of [`Sink::declare_apart`] fills through:
    /// `let __comp_out = &mut list;` (and `__comp_watch`, a
    /// `&mut` to the policy, with a builder). Nothing when the block
    /// captures the collection, or when the sink is not [`Sink::apart`]
    /// (its collection is not filled through `__comp_out`).
    pub(super) fn lend(&self) -> TokenStream {
        let (out, collection) = (&self.out, self.collection());
        match self.builder {
            _ if self.captured || !self.borrowed => TokenStream::new(),
            Some(_) => {
                let (watch, policy) = (&self.watch, self.policy());
                quote!(let (#out, #watch) = (&mut #collection, &mut #policy);)
            }
            None => quote!(let #out = &mut #collection;),
        }
    }

    /// The collection of [`Sink::declare_apart`], named for its display
    /// (`list`, `set`, `dict`): rustc names it in a borrow error of the
    /// element ("`'1` appears in the type of `list`").
    pub(super) fn collection(&self) -> Ident {
        shown(match self.form {
            Form::Set => "set",
            Form::Dict => "dict",
            Form::List | Form::Lazy | Form::Bare => "list",
        })
    }

    /// [`Sink::collection`] located at the user's display: a collection of
    /// the wrong kind (a set display where a `HashMap` is expected) is
    /// reported there.
    pub(super) fn collection_at_display(&self) -> Ident {
        let mut collection = self.collection();
        if let Some(display) = self.display {
            collection.set_span(collection.span().located_at(display));
        }
        collection
    }

    /// With a builder, the policy of [`Sink::declare_apart`].
    fn policy(&self) -> Ident {
        internal("policy")
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
    pub(super) fn inferred_type(&self) -> TokenStream {
        let ty = &self.ty;
        if self.form == Form::Dict {
            quote!(#ty<_, _>)
        } else {
            quote!(#ty<_>)
        }
    }

    /// `Vec::push(&mut list, v);` or `HashMap::insert(&mut dict, k, v);`
    /// (`__comp_out` without `&mut` when lent, see [`Sink::lend`]), a list's
    /// or set's value first checked against the collection's element type
    /// ([`typed`]).
    pub(super) fn add(&self, out: &Out) -> TokenStream {
        match out {
            Out::Value(value) => {
                let value = unbraced(value);
                let at = ends(value);
                self.add_at(typed(&self.private, quote!(#value), at), at)
            }
            // As by hand, a key and a value both of the wrong type are one
            // error (`insert`'s arguments): checked as a pair, they would
            // be two. (rustc's "swap these arguments" help for them quotes
            // the call's own tokens, `k(k, v, k)`: not the user's edit.)
            Out::Entry(key, value) => {
                let (key, value) = (unbraced(key), unbraced(value));
                self.add_at(quote!(#key, #value), ends(key))
            }
        }
    }

    /// [`Sink::add`] of the arguments `args`, with the call's path over
    /// `first..=last`: a set's or dict's `Eq + Hash` bound is then reported
    /// on the whole element or key.
    pub(super) fn add_at(&self, args: TokenStream, (span, last): (Span, Span)) -> TokenStream {
        // A `&mut` to the collection (and to the policy), and how the table
        // is reborrowed for `try_reserve`; a builder of the block's own is
        // borrowed as its two parts first.
        let mut parts = TokenStream::new();
        let (sink, watch, table_init) = if self.captured {
            let (collection, policy) = (self.collection(), self.policy());
            (
                quote!(&mut #collection),
                quote!(&mut #policy),
                quote!(&mut #collection),
            )
        } else if let (Some(builder), false) = (&self.builder, self.borrowed) {
            let (out, target, watch) = (&self.out, internal("target"), &self.watch);
            parts = quote!(let (#target, #watch) = #builder::parts_mut(&mut #out););
            (quote!(#target), quote!(#watch), quote!(&mut *#target))
        } else {
            let (out, watch) = (&self.out, &self.watch);
            (quote!(#out), quote!(#watch), quote!(&mut *#out))
        };
        // A dict's `insert` takes the user's key and value as they are: its
        // own tokens are the macro's (located at the key), so rustc's
        // "swap these arguments" help, which would rewrite the call's
        // source, the user's key, is not offered on them.
        let (span, last) = if self.form == Form::Dict {
            let ours = Span::mixed_site();
            (ours.located_at(span), ours.located_at(last))
        } else {
            (span, last)
        };
        let method = match self.form {
            Form::Set | Form::Dict => Ident::new("insert", last),
            _ => Ident::new("push", last),
        };
        // `<HashSet<_>>::insert`: a path whose first token is at `span` and
        // whose last is at `last` (a path starting with the crate's own
        // tokens would be reported on the whole call).
        let ty = self.inferred_type();
        // A `()` element (`comp![log(x) for x in xs if ..]`) is a `Vec<()>`,
        // as `.map(log).collect()` makes without a lint: clippy's `unit_arg`
        // would see the user's `()` passed to `push`.
        let allow = quote!(#[allow(clippy::unit_arg)]);
        match (&self.builder, self.borrowed) {
            (None, true) => quote_spanned!(span=> #allow <#ty>::#method(#sink, #args);),
            (None, false) => quote_spanned!(span=> #allow <#ty>::#method(&mut #sink, #args);),
            // std's `insert` on the builder's table (its bounds reported on
            // the element, as by hand), then the builder's policy.
            (Some(_), _) => {
                let (new, more) = (internal("new"), internal("more"));
                let private = &self.private;
                // The table argument at the element too: rustc's "swap
                // these arguments" quotes each argument's source.
                let sink = crate::lower::located(sink.clone(), span);
                let inserted = quote_spanned!(span=> <#ty>::#method(#sink, #args));
                let new_key = if self.form == Form::Dict {
                    quote!(#private::Option::is_none(&#inserted))
                } else {
                    inserted
                };
                // All over the element (the table, through core's
                // `identity` imported under a name of the element's end,
                // reborrowed from its start): its bound errors are then
                // `insert`'s, on the same span, which rustc reports once.
                // (Of the user's context, as the element: spans of two
                // contexts would not join. An import, not a local: a
                // pattern at the span of a one-token key is where rustc
                // suggests `ref` when the key is moved.)
                let table = Ident::new("__comp_table", last);
                let table_init = quote_spanned!(last=> #table(#table_init));
                let try_reserve = Ident::new("try_reserve", last);
                let reserve = quote_spanned!(span=> <#ty>::#try_reserve(&mut *#table_init, #more));
                // Typed: rustc's "you might have meant to use `:` for type
                // annotation" for a `str(x)` element (E0423) looks for an
                // untyped `let` whose value starts where the element does.
                quote! {
                    #parts
                    let #new: #private::bool = #new_key;
                    if let #private::Option::Some(#more) = #private::Watch::watch(#watch, #new, <#ty>::len(#sink)) {
                        use #private::identity as #table;
                        let _ = #reserve;
                    }
                }
            }
        }
    }
}

/// The name of the element type of the collection an eager comprehension
/// fills (`let __comp_element = ElementType::of_collection(&list);`, see
/// [`typed`]).
pub(super) fn element_type() -> Ident {
    internal("element")
}

/// `let __comp_element = ElementType::of_collection(COLLECTION);`
pub(super) fn declare_element_type(private: &TokenStream, collection: TokenStream) -> TokenStream {
    let element = element_type();
    quote!(let #element = #private::ElementType::of_collection(#collection);)
}

/// `TypedValue { expected: __comp_element, value: VALUE }.value`: the value
/// checked against the collection's element type, as a struct literal's
/// field, before it is added. A value of the wrong type is then rustc's
/// plain mismatch on the element, with its own hints (`.to_string()`, a
/// forgotten `.await`), not "arguments to this function are incorrect" on
/// a `push` or an `insert` the user did not write, with a note into std.
///
/// Located over the element, `at..=last` (its path at the first token, its
/// braces and field at the last): a value borrowing what does not live long
/// enough (`l.trim()` of an owned `l`) is reported there.
pub(super) fn typed(
    private: &TokenStream,
    value: TokenStream,
    (at, last): (Span, Span),
) -> TokenStream {
    let path = crate::lower::located(quote!(#private::TypedValue), at);
    let end = Span::call_site().located_at(last);
    let element = element_type();
    let mut fields = proc_macro2::Group::new(
        proc_macro2::Delimiter::Brace,
        quote!(expected: #element, value: #value),
    );
    fields.set_span(end);
    let field = Ident::new("value", end);
    quote!(#path #fields . #field)
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
