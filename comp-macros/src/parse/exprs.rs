//! Expression helpers of the parser: where an open range `a..` ends before
//! a clause keyword, and the walrus markers of the prepass turned into
//! walrus nodes.

use proc_macro2::TokenTree;
use syn::parse::ParseStream;
use syn::visit_mut::VisitMut;
use syn::Expr;

use super::salvage;
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

/// The tokens from the cursor up to the end of the piece it is in: the next
/// top-level clause keyword (`for`, `async`, `if`, `let`, `else`), `;`,
/// `,`, a lone `:` or the end. Where a piece that does not parse ends; and
/// whether that is the end of the input.
pub(super) fn region(input: ParseStream) -> (Vec<TokenTree>, bool) {
    let mut cursor = input.cursor();
    let mut trees = Vec::new();
    while let Some((tree, next)) = cursor.token_tree() {
        if ends_piece(trees.last(), &tree, next, !trees.is_empty()) {
            return (trees, false);
        }
        trees.push(tree);
        cursor = next;
    }
    (trees, true)
}

/// Whether a piece ends at the cursor (see [`region`]).
pub(super) fn at_piece_end(input: ParseStream) -> bool {
    let cursor = input.cursor();
    match cursor.token_tree() {
        None => true,
        Some((tree, next)) => {
            let after = next.token_tree().map(|(tree, _)| tree);
            // After a whole expression, `await for` is Dart's `async for`.
            crate::names::awaits_for(&tree, after.as_ref()) || ends_piece(None, &tree, next, true)
        }
    }
}

/// `after_expr`: the tokens before `tree` are an expression of the piece
/// (not its start); `next`, the tokens after it.
fn ends_piece(
    before: Option<&TokenTree>,
    tree: &TokenTree,
    next: syn::buffer::Cursor,
    after_expr: bool,
) -> bool {
    let after = next.token_tree().map(|(tree, _)| tree);
    let after = after.as_ref();
    let is_colon = |tree: Option<&TokenTree>| crate::names::is_punct(tree, ':');
    // `y = x * 2` after a clause: a binding missing its `let` (a plain `=`
    // never stands between a name and a value in a comprehension's pieces).
    let assigned = matches!(after, Some(TokenTree::Punct(eq)) if eq.as_char() == '=' && eq.spacing() == proc_macro2::Spacing::Alone);
    // (Not a field `a.b = ..`, a path, or a type's `<Item = T>`.)
    let after_path = matches!(before, Some(TokenTree::Punct(p)) if ".:<".contains(p.as_char()));
    // `for a in &left b in &right`: a `for` clause missing its `for`.
    let before_in = matches!(after, Some(TokenTree::Ident(word)) if word == "in");
    let after_keyword =
        matches!(before, Some(TokenTree::Ident(word)) if !super::hints::is_plain_word(word));
    match tree {
        TokenTree::Ident(name) if assigned && !after_path => crate::names::is_name(name),
        // (Not the operand of a membership test, `if x in ys`.)
        TokenTree::Ident(name) if before_in && after_expr && !after_path && !after_keyword => {
            super::hints::is_plain_word(name)
        }
        // `for w in &words fro i in ..`: a misspelled `for`, the next clause.
        TokenTree::Ident(word)
            if after_expr && !after_path && super::hints::is_misspelled_for(word, next) =>
        {
            true
        }
        TokenTree::Ident(word) => {
            ["for", "if", "let", "else"].iter().any(|keyword| word == keyword)
                // Dart's `await for`, `async for` (see `parse_clause`).
                || crate::names::is_await_for(before, tree, after)
                // `async` starts an async block (`async {..}`, `async move {..}`)
                // or, anywhere else, an `async for`.
                || (word == "async"
                    && !matches!(after, Some(TokenTree::Group(_)))
                    && !matches!(after, Some(TokenTree::Ident(next)) if next == "move"))
        }
        TokenTree::Punct(p) => match p.as_char() {
            ';' | ',' => true,
            ':' => !is_colon(before) && !is_colon(after),
            _ => false,
        },
        _ => false,
    }
}

/// Turns the prepass markers `__comp_walrus!(name = expr)` into walrus
/// nodes; a marker that is not one becomes its error, in place.
pub(super) fn resolve_walruses(comprehension: &mut Comprehension) {
    for expr in comprehension.exprs_mut() {
        Resolver.visit_expr_mut(expr);
    }
}

struct Resolver;

impl VisitMut for Resolver {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Macro(mac) = expr {
            if mac.mac.path.is_ident(WALRUS_MARKER) {
                *expr = match walrus::from_marker(&mac.mac) {
                    Ok(mut node) => {
                        self.visit_expr_mut(&mut node);
                        node
                    }
                    Err(err) => salvage::hole(&err),
                };
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}
