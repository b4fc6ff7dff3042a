//! When a chain of closures cannot hold a lazy comprehension: an inner
//! iterable that borrows from a temporary or from an owned value an outer
//! level bound.
//!
//! ```text
//! (c for w in words for c in w.chars())          // words: Vec<String>
//! (c for w in ws for c in w.to_lowercase().chars())
//! ```
//!
//! A chain's outer closure would return the inner iterator borrowing its own
//! parameter or temporary (E0515), as a hand-written `flat_map` does. The
//! generator holds them in its body instead, at the price of a slot per item,
//! so it is used only where this syntactic test says a chain cannot be:
//! types are not known to a macro, and a chain is what every other nested
//! lazy form gets (`for line in text.lines() for w in line.split(' ')`,
//! `for row in &grid for x in row`, `for x in xs for y in 0..x`).

use proc_macro2::Ident;
use syn::visit::Visit;
use syn::Expr;

use crate::lower::{ForStep, Iterable, Plan, Step};
use crate::names::bindings;

/// Methods that return a view borrowing their receiver.
const BORROWING: [&str; 31] = [
    "iter",
    "iter_mut",
    "chars",
    "char_indices",
    "bytes",
    "lines",
    "split",
    "rsplit",
    "splitn",
    "rsplitn",
    "split_terminator",
    "split_whitespace",
    "split_ascii_whitespace",
    "split_inclusive",
    "matches",
    "match_indices",
    "windows",
    "chunks",
    "chunks_exact",
    "keys",
    "values",
    "values_mut",
    "trim",
    "trim_start",
    "trim_end",
    "as_str",
    "as_bytes",
    "as_slice",
    "as_ref",
    "drain",
    "encode_utf16",
];

/// Whether some inner `for`'s iterable borrows a temporary or an outer
/// level's owned value.
pub(super) fn inner_iterable_borrows(plan: &Plan) -> bool {
    let mut owned: Vec<Ident> = Vec::new();
    let names = |pat: &syn::Pat| bindings(pat).into_iter().map(|b| b.ident).collect();
    let first = plan
        .first
        .iter
        .expr()
        .map(|iter| (names(&plan.first.pat), iter, false));
    // What each step binds (`let`, `if let` and a walrus alike), from what.
    let steps = plan.steps.iter().filter_map(|step| match step {
        Step::For(ForStep {
            pat,
            iter: Iterable::Expr(iter),
            ..
        }) => Some((names(pat), iter, true)),
        Step::Let(pat, value) | Step::IfLet(pat, value) => Some((names(pat), value, false)),
        Step::Bind(name, value) => Some((vec![name.clone()], value, false)),
        _ => None,
    });
    let mut bound: Vec<Ident> = Vec::new();
    for (names, value, is_inner_for) in first.into_iter().chain(steps) {
        if is_inner_for && borrows(value, &owned) {
            return true;
        }
        // A binding of a name bound before (`if let Some(s) = m`, `let t =
        // p.name`) owns what it holds only if that name did.
        let rebinds = match root_name(value) {
            Some(root) if !is_inner_for => bound.contains(root).then(|| owned.contains(root)),
            _ => None,
        };
        if rebinds.unwrap_or_else(|| yields_owned(value)) {
            owned.extend(names.iter().cloned());
        } else {
            owned.retain(|o| !names.contains(o));
        }
        bound.extend(names);
    }
    false
}

/// Whether iterating `iter` (or binding `value`) gives owned values: not a
/// reference, a range, or a borrowing method's view.
fn yields_owned(expr: &Expr) -> bool {
    match expr {
        Expr::Paren(paren) => yields_owned(&paren.expr),
        Expr::Reference(_) | Expr::Range(_) | Expr::Lit(_) => false,
        // `drain` borrows its receiver but yields the items themselves.
        Expr::MethodCall(call) => call.method == "drain" || !is_borrowing(&call.method),
        _ => true,
    }
}

/// The name a path or field access starts from (`m`, `p.name.first`).
fn root_name(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::Paren(paren) => root_name(&paren.expr),
        Expr::Field(field) => root_name(&field.base),
        Expr::Path(path) => path.path.get_ident(),
        _ => None,
    }
}

fn is_borrowing(method: &Ident) -> bool {
    BORROWING.iter().any(|m| method == m)
}

/// Whether `expr` takes a borrowing view (or a reference) of a temporary or
/// of one of the `owned` names.
fn borrows(expr: &Expr, owned: &[Ident]) -> bool {
    struct Find<'a> {
        owned: &'a [Ident],
        found: bool,
    }
    impl Find<'_> {
        /// The receiver of a borrow: an owned name (through fields and
        /// indexing), or a temporary.
        fn lends(&self, receiver: &Expr) -> bool {
            match receiver {
                Expr::Paren(inner) => self.lends(&inner.expr),
                Expr::Field(field) => self.lends(&field.base),
                Expr::Index(index) => self.lends(&index.expr),
                Expr::Path(path) => path
                    .path
                    .get_ident()
                    .is_some_and(|name| self.owned.contains(name)),
                // `drain` borrows its receiver but yields the items themselves.
                Expr::MethodCall(call) => call.method == "drain" || !is_borrowing(&call.method),
                Expr::Call(_) | Expr::Macro(_) | Expr::Binary(_) => true,
                _ => false,
            }
        }
    }
    impl<'ast> Visit<'ast> for Find<'_> {
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            self.found |= is_borrowing(&call.method) && self.lends(&call.receiver);
            syn::visit::visit_expr_method_call(self, call);
        }
        fn visit_expr_reference(&mut self, reference: &'ast syn::ExprReference) {
            self.found |= self.lends(&reference.expr);
            syn::visit::visit_expr_reference(self, reference);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut find = Find {
        owned,
        found: false,
    };
    find.visit_expr(expr);
    find.found
}
