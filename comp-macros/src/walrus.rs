//! The walrus `(name := expr)` as a syntax node.
//!
//! The prepass turns it into the marker `__comp_walrus!(name = expr)`; the
//! parser turns the marker into an assignment expression tagged with the
//! attribute `#[__comp_walrus]`, which the checker and the lowering recognise
//! with [`parts`]. The lowering replaces every walrus before emitting, so the
//! tag never reaches the compiler.
//!
//! ```text
//! // Before: if (y := f(x)) > 0            After: let y = f(x); if y > 0 { .. }
//! ```

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::parse::ParseStream;
use syn::{Attribute, Error, Expr, ExprAssign, Macro, Result, Token};

use crate::names::WALRUS_MARKER;
use crate::parse::salvage;

/// Parses the marker's body `name = expr` into a walrus node.
pub fn from_marker(mac: &Macro) -> Result<Expr> {
    let span = mac.path.segments[0].ident.span();
    mac.parse_body_with(|input: ParseStream| {
        let name: Ident = input.parse()?;
        let eq_token: Token![=] = input.parse()?;
        let value = if input.is_empty() {
            salvage::hole(&Error::new(span, "expected an expression after `:=`"))
        } else {
            // A value that does not parse keeps its error in place.
            let trees: Vec<TokenTree> = input.parse::<TokenStream>()?.into_iter().collect();
            match syn::parse2::<Expr>(trees.iter().cloned().collect()) {
                Ok(value) => value,
                Err(_) => salvage::broken(&trees),
            }
        };
        let marker = Ident::new(WALRUS_MARKER, span);
        let attr: Attribute = syn::parse_quote_spanned!(span=> #[#marker]);
        Ok(Expr::Assign(ExprAssign {
            attrs: vec![attr],
            left: Box::new(syn::parse_quote!(#name)),
            eq_token,
            right: Box::new(value),
        }))
    })
}

/// The target and value of a walrus node, or `None` for any other expression.
pub fn parts(expr: &Expr) -> Option<(&Ident, &Expr)> {
    let Expr::Assign(assign) = expr else {
        return None;
    };
    let tagged = assign
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident(WALRUS_MARKER));
    let Expr::Path(target) = &*assign.left else {
        return None;
    };
    Some((target.path.get_ident()?, &*assign.right)).filter(|_| tagged)
}
