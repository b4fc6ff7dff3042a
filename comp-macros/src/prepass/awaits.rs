//! Python's prefix `await`, rewritten to Rust's postfix `.await`:
//!
//! ```text
//! // Before: await fetch(u)? + 1  After: (fetch(u)).await? + 1
//! ```
//!
//! It takes the chain of paths, calls, method calls, fields and indexing
//! that follows it, up to the first `?` or operator.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenTree};
use syn::Error;

use crate::names::is_name;
use crate::parse::salvage::error_expr;

/// Rewrites every prefix `await` of one token level, innermost first.
pub(super) fn rewrite_awaits(mut trees: Vec<TokenTree>) -> Vec<TokenTree> {
    // `await fetch(u).await`: Python's `await` and Rust's both (the user's
    // own `.await`, so found before any is rewritten; `await await f()` is
    // two of Python's).
    let awaited_twice: Vec<usize> = (0..trees.len())
        .filter(|&i| is_prefix_await(&trees, i))
        .filter(|&i| {
            let end = chain_end(&trees, i + 1);
            end >= i + 3
                && matches!(&trees[end - 2], TokenTree::Punct(p) if p.as_char() == '.')
                && matches!(&trees[end - 1], TokenTree::Ident(word) if word == "await")
        })
        .collect();
    // From the right, so that `await await f()` rewrites the inner one first.
    let mut i = trees.len();
    while i > 0 {
        i -= 1;
        if !is_prefix_await(&trees, i) {
            continue;
        }
        let end = chain_end(&trees, i + 1);
        let await_span = trees[i].span();
        if end == i + 1 {
            // Nothing to await: the error stands in its place.
            let message = "expected an expression after `await`, e.g. `await fetch(url)`";
            let error = error_expr(&Error::new(await_span, message));
            trees.splice(i..=i, error);
            continue;
        }
        if awaited_twice.contains(&i) {
            let message = "awaited twice: write Python's `await fetch(u)` or Rust's `fetch(u).await`, not both";
            let error = error_expr(&Error::new(await_span, message));
            trees.splice(i..end, error);
            continue;
        }
        let chain: Vec<TokenTree> = trees.drain(i + 1..end).collect();
        let span = join_spans(&chain);
        let mut group = Group::new(Delimiter::Parenthesis, chain.into_iter().collect());
        group.set_span(span);
        let mut dot = Punct::new('.', Spacing::Alone);
        dot.set_span(await_span);
        trees.splice(
            i..=i,
            [
                TokenTree::Group(group),
                TokenTree::Punct(dot),
                TokenTree::Ident(Ident::new("await", await_span)),
            ],
        );
    }
    trees
}

fn is_prefix_await(trees: &[TokenTree], i: usize) -> bool {
    let TokenTree::Ident(ident) = &trees[i] else {
        return false;
    };
    let after_dot = i > 0 && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '.');
    // `for await x in s` and Dart's `x await for x in s` are not awaits: the
    // parser says to write `async for`.
    let after_for = i > 0 && matches!(&trees[i - 1], TokenTree::Ident(word) if word == "for");
    let before = i.checked_sub(1).map(|j| &trees[j]);
    let dart = crate::names::is_await_for(before, &trees[i], trees.get(i + 1));
    ident == "await" && !after_dot && !after_for && !dart
}

/// The end (exclusive) of the postfix chain starting at `start`: a primary
/// (path, literal, group, `async` block) and its calls, indexing, fields and
/// method calls. Stops before `?`, operators, `,` and keywords.
fn chain_end(trees: &[TokenTree], start: usize) -> usize {
    let mut i = start;
    match trees.get(i) {
        Some(TokenTree::Ident(ident)) if ident == "async" => {
            i += 1;
            if matches!(trees.get(i), Some(TokenTree::Ident(m)) if m == "move") {
                i += 1;
            }
            if matches!(trees.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace)
            {
                i += 1;
            }
            return i;
        }
        Some(TokenTree::Ident(ident)) if is_name(ident) || is_path_keyword(ident) => {
            i = path_end(trees, i);
        }
        Some(TokenTree::Punct(p)) if p.as_char() == ':' => i = path_end(trees, i),
        Some(TokenTree::Literal(_) | TokenTree::Group(_)) => i += 1,
        _ => return i,
    }
    loop {
        match (trees.get(i), trees.get(i + 1)) {
            (Some(TokenTree::Group(g)), _) if g.delimiter() != Delimiter::Brace => i += 1,
            (Some(TokenTree::Punct(dot)), Some(TokenTree::Ident(_))) if dot.as_char() == '.' => {
                i = turbofish_end(trees, i + 2);
            }
            (Some(TokenTree::Punct(dot)), Some(TokenTree::Literal(_))) if dot.as_char() == '.' => {
                i += 2;
            }
            _ => return i,
        }
    }
}

/// A path such as `a`, `::a::b`, `Vec::<u8>::new`.
fn path_end(trees: &[TokenTree], mut i: usize) -> usize {
    if is_path_sep(trees, i) {
        i += 2;
    }
    while matches!(trees.get(i), Some(TokenTree::Ident(_))) {
        i = turbofish_end(trees, i + 1);
        if is_path_sep(trees, i) && matches!(trees.get(i + 2), Some(TokenTree::Ident(_))) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

fn is_path_sep(trees: &[TokenTree], i: usize) -> bool {
    matches!(
        (trees.get(i), trees.get(i + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// Skips a turbofish `::<...>` at `i`, if there is one.
fn turbofish_end(trees: &[TokenTree], i: usize) -> usize {
    let lt = i + 2;
    let is_turbofish = is_path_sep(trees, i)
        && matches!(trees.get(lt), Some(TokenTree::Punct(p)) if p.as_char() == '<');
    if !is_turbofish {
        return i;
    }
    let mut depth = 0usize;
    let mut j = lt;
    while let Some(tree) = trees.get(j) {
        if let TokenTree::Punct(p) = tree {
            let arrow = j > 0
                && matches!(&trees[j - 1], TokenTree::Punct(m) if m.as_char() == '-' && m.spacing() == Spacing::Joint);
            match p.as_char() {
                '<' => depth += 1,
                '>' if !arrow => {
                    depth -= 1;
                    if depth == 0 {
                        return j + 1;
                    }
                }
                _ => {}
            }
        }
        j += 1;
    }
    j
}

fn join_spans(trees: &[TokenTree]) -> Span {
    let first = trees.first().map_or_else(Span::call_site, TokenTree::span);
    let last = trees.last().map_or(first, TokenTree::span);
    first.join(last).unwrap_or(first)
}

/// `self`, `Self`, `crate` and `super` start paths.
pub(super) fn is_path_keyword(ident: &Ident) -> bool {
    ["self", "Self", "crate", "super"]
        .iter()
        .any(|k| ident == k)
}
