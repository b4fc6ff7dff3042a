//! Expression helpers of the parser: where an open range `a..` ends before
//! a clause keyword, and the walrus markers of the prepass turned into
//! walrus nodes.

use proc_macro2::TokenTree;
use syn::parse::ParseStream;
use syn::visit_mut::VisitMut;
use syn::{Error, Expr, Result};

use super::combine;
use crate::ast::Comprehension;
use crate::names::WALRUS_MARKER;
use crate::walrus;

/// The number of tokens up to a top-level half-open range `a..` (or `a..=`)
/// that is followed by a clause keyword, as in `for x in 0.. if x > 2`.
pub(super) fn open_range_len(input: ParseStream) -> Option<usize> {
    let trees: Vec<TokenTree> = {
        let mut cursor = input.cursor();
        let mut trees = Vec::new();
        while let Some((tree, next)) = cursor.token_tree() {
            trees.push(tree);
            cursor = next;
        }
        trees
    };
    let is_punct =
        |i: usize, c: char| matches!(trees.get(i), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let is_clause = |i: usize| matches!(trees.get(i), Some(TokenTree::Ident(k)) if k == "if" || k == "for" || k == "let" || k == "async");
    // Only within this expression: it ends at the first clause keyword.
    let mut i = 0;
    while i < trees.len() && !is_clause(i) && !is_punct(i, ';') {
        if is_punct(i, '.') && is_punct(i + 1, '.') {
            let end = if is_punct(i + 2, '=') { i + 3 } else { i + 2 };
            if is_clause(end) {
                return Some(end);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// Turns the prepass markers `__comp_walrus!(name = expr)` into walrus nodes.
pub(super) fn resolve_walruses(comprehension: &mut Comprehension) -> Result<()> {
    let mut resolver = Resolver { error: None };
    for expr in comprehension.exprs_mut() {
        resolver.visit_expr_mut(expr);
    }
    resolver.error.map_or(Ok(()), Err)
}

struct Resolver {
    error: Option<Error>,
}

impl VisitMut for Resolver {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Macro(mac) = expr {
            if mac.mac.path.is_ident(WALRUS_MARKER) {
                match walrus::from_marker(&mac.mac) {
                    Ok(mut node) => {
                        self.visit_expr_mut(&mut node);
                        *expr = node;
                    }
                    Err(err) => combine(&mut self.error, err),
                }
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}
