//! Errors kept in place: a piece of the comprehension that is wrong becomes
//! an expression that carries the error, and the rest expands as usual.
//!
//! ```text
//! // comp![u. for u in users]   expands as   comp![u[::core::compile_error!("..")] for u in users]
//! // comp![x for x in xs if ]   expands as   comp![x for x in xs if ::core::compile_error!("..")]
//! ```
//!
//! Two readers need this. rustc: `compile_error!` reports the error once,
//! on the user's tokens, and has the error type, which silences every type
//! error it would cause (indexing with it, too: `u[error]` has the error
//! type, where a cast `u as error` or `u + error` would not). rust-analyzer: to complete at
//! a cursor inside a macro call, it expands the call a second time with an
//! identifier inserted at the cursor (`u.` becomes a parseable `u.ident`)
//! and maps the cursor from that expansion into the real one by offset.
//! Keeping the longest prefix of the user's tokens that parses (`u`) in the
//! place where the normal expansion puts the piece makes the two
//! expansions identical up to the cursor, so completion and hover work
//! while the comprehension is half-typed.

use proc_macro2::{Delimiter, Group, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{Error, Expr};

use super::hints::{habit_hint, word_hint};
use crate::names::is_punct;

/// `::core::compile_error!("..")` for each message of `err`, each indexing
/// the one before (`e1[e2]` has the error type too): an expression of the
/// error type, spanned on the error's tokens. Parenthesized, not braced: a braced
/// macro call at the end of a block reads as a statement to rust-analyzer,
/// which then reports the block as `()`.
pub(crate) fn error_expr(err: &Error) -> TokenStream {
    let mut out = TokenStream::new();
    for (i, message) in err.clone().into_iter().enumerate() {
        let call = message
            .to_compile_error()
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                    let mut parens = Group::new(Delimiter::Parenthesis, group.stream());
                    parens.set_span(group.span());
                    TokenTree::Group(parens)
                }
                other => other,
            });
        if i == 0 {
            out.extend(call);
        } else {
            out.extend([index(call.collect(), message.span())]);
        }
    }
    out
}

/// `(operand)[compile_error!(..)]`: `operand` typed as usual, the whole of
/// the error type (an operand without tokens is the error alone).
pub(crate) fn indexed_by_error(operand: TokenStream, err: &Error) -> TokenStream {
    if operand.is_empty() {
        return error_expr(err);
    }
    let operand = Group::new(Delimiter::Parenthesis, operand);
    let index = index(error_expr(err), err.span());
    quote!(#operand #index)
}

/// `[tokens]`, spanned.
fn index(tokens: TokenStream, span: Span) -> TokenTree {
    let mut group = Group::new(Delimiter::Bracket, tokens);
    group.set_span(span);
    TokenTree::Group(group)
}

/// The error itself, where an expression is missing.
pub(crate) fn hole(err: &Error) -> Expr {
    let tokens = error_expr(err);
    syn::parse2(tokens.clone()).unwrap_or(Expr::Verbatim(tokens))
}

/// `prefix[compile_error!(..)]`: the parsed part of a piece, kept in place
/// (rust-analyzer types it), indexed by the error.
pub(crate) fn keep(prefix: &Expr, err: &Error) -> Expr {
    let index = index(error_expr(err), err.span());
    syn::parse2(quote!(#prefix #index)).unwrap_or_else(|_| hole(err))
}

/// A piece of the comprehension (an element, a condition, an iterable...)
/// whose tokens do not parse, as an expression that carries its error: the
/// pieces inside its parentheses and brackets mended first (`f(u.)` keeps
/// `f(u[error])`, so `f` is still called), then the longest prefix that
/// parses, indexed by the error (`u.name + u.` keeps `u.name + u[error]`).
pub(crate) fn broken(trees: &[TokenTree]) -> Expr {
    let trees = &mend_words(trees);
    let mended = mend_groups(trees);
    let parse_err = match syn::parse2::<Expr>(mended.iter().cloned().collect()) {
        // Every error was inside a group, and is in `expr` now.
        Ok(expr) => return expr,
        Err(err) => err,
    };
    let tokens: TokenStream = trees.iter().cloned().collect();
    let comment = python_comment(trees);
    let err = habit_hint(&tokens)
        .or_else(|| comment.map(|at| Error::new(trees[at].span(), COMMENT)))
        .or_else(|| incomplete(&mended, &parse_err))
        .or_else(|| side_by_side(&mended, &parse_err).map(|(.., err)| err))
        .unwrap_or(parse_err);
    let python = mended
        .iter()
        .position(|tree| matches!(tree, TokenTree::Ident(word) if word_hint(word, false).is_some()))
        .into_iter()
        .chain(python_comment(&mended))
        .min()
        .unwrap_or(mended.len());
    (1..=python)
        .rev()
        .find_map(|len| syn::parse2::<Expr>(mended[..len].iter().cloned().collect()).ok())
        .map_or_else(|| hole(&err), |prefix| keep(&prefix, &err))
}

/// What a Python comment says in Rust.
pub(crate) const COMMENT: &str = "`#` does not start a comment in Rust: use `//`";

/// Where a Python comment starts among `trees` (a `#` not starting an
/// attribute, `#[..]` or `#![..]`), its words then part of the piece: `for h
/// in lines() # skip blanks and comments` (its `and` is not an operator).
fn python_comment(trees: &[TokenTree]) -> Option<usize> {
    (0..trees.len()).find(|&i| {
        let attribute = matches!(trees.get(i + 1), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
            || is_punct(trees.get(i + 1), '!');
        is_punct(trees.get(i), '#') && !attribute
    })
}

/// Python's `and` and `or` between operands as `&& error &&` and `|| error
/// ||`: the error said once, in place, and what follows still parsed (as
/// rustc's own parser does), so a name typed after `and` is completed.
fn mend_words(trees: &[TokenTree]) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        let operator = match tree {
            TokenTree::Ident(word) if i > 0 && (word == "and" || word == "or") => word,
            _ => {
                out.push(tree.clone());
                continue;
            }
        };
        let symbol = if operator == "and" { "&&" } else { "||" };
        let message = word_hint(operator, false).unwrap_or("Python's word is not Rust");
        let span = operator.span();
        let op: TokenStream = symbol.parse().unwrap_or_default();
        let op: Vec<TokenTree> = op
            .into_iter()
            .map(|mut tree| {
                tree.set_span(span);
                tree
            })
            .collect();
        out.extend(op.iter().cloned());
        out.extend(error_expr(&Error::new(span, message)));
        out.extend(op);
    }
    out
}

/// `trees` with each comma-separated item of their parentheses and brackets
/// that does not parse replaced by [`broken`].
fn mend_groups(trees: &[TokenTree]) -> Vec<TokenTree> {
    trees
        .iter()
        .map(|tree| match tree {
            TokenTree::Group(group)
                if matches!(
                    group.delimiter(),
                    Delimiter::Parenthesis | Delimiter::Bracket
                ) =>
            {
                let inside: Vec<TokenTree> = group.stream().into_iter().collect();
                let mut items: Vec<TokenTree> = Vec::new();
                for chunk in inside.split_inclusive(is_comma) {
                    let (item, comma) = match chunk.split_last() {
                        Some((last, item)) if is_comma(last) => (item, Some(last)),
                        _ => (chunk, None),
                    };
                    items.extend(mend_item(item));
                    items.extend(comma.cloned());
                }
                let mut group_mended = Group::new(group.delimiter(), items.into_iter().collect());
                group_mended.set_span(group.span());
                TokenTree::Group(group_mended)
            }
            other => other.clone(),
        })
        .collect()
}

/// One comma-separated item of a group, as it is when it parses, else
/// [`broken`]. Two operands side by side, a forgotten `,` (`(r.id
/// r.name)`, `f(a b)`), are both kept, the first indexed by the error
/// (see [`side_by_side`]) and a `,` between them: each is typed, and a call
/// keeps its number of arguments.
fn mend_item(item: &[TokenTree]) -> TokenStream {
    let tokens: TokenStream = item.iter().cloned().collect();
    if item.is_empty() {
        return tokens;
    }
    let err = match syn::parse2::<Expr>(tokens.clone()) {
        Ok(_) => return tokens,
        Err(err) => err,
    };
    let Some((at, prefix, err)) = side_by_side(item, &err) else {
        return broken(item).to_token_stream();
    };
    // Between a group's items, the `,` is the likelier fix (rustc's "missing
    // `,`" help by hand).
    let err = Error::new(item[at].span(), format!("{err}: missing `,` before it"));
    let mut comma = Punct::new(',', Spacing::Alone);
    comma.set_span(item[at].span());
    let mut out = keep(&prefix, &err).to_token_stream();
    out.extend([TokenTree::Punct(comma)]);
    out.extend(mend_item(&item[at..]));
    out
}

fn is_comma(tree: &TokenTree) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == ',')
}

/// A piece that stops short (`u.`, `x >`; `err` is syn's error on it): said
/// at its last token, which is what the user is typing, rather than at the
/// clause after it.
fn incomplete(trees: &[TokenTree], err: &Error) -> Option<Error> {
    let text = err.to_string();
    let rest = text.strip_prefix("unexpected end of input, ")?;
    let last = trees.last()?;
    let message = match last {
        TokenTree::Punct(p) if p.as_char() == '.' => {
            "expected a field or method name after `.`".to_owned()
        }
        TokenTree::Punct(_) => format!("expected an expression after `{}`", last_operator(trees)),
        _ => rest.to_owned(),
    };
    Some(Error::new(last.span(), message))
}

/// Two operands side by side (`(r.id r.name)`, a forgotten `,`; `a b`, a
/// forgotten operator), where syn says only "unexpected token": said as
/// rustc says it by hand, at the second operand, which starts at the
/// returned index after the parsed first one.
fn side_by_side(trees: &[TokenTree], err: &Error) -> Option<(usize, Expr, Error)> {
    // Python's words (`lambda x: ..`, `a and b`) and habits have their own
    // messages.
    let python = trees
        .iter()
        .any(|tree| matches!(tree, TokenTree::Ident(word) if word_hint(word, false).is_some()));
    let tokens: TokenStream = trees.iter().cloned().collect();
    if err.to_string() != "unexpected token" || python || habit_hint(&tokens).is_some() {
        return None;
    }
    let starts_operand = |tree: &TokenTree| match tree {
        TokenTree::Ident(word) => crate::names::is_name(word) || word == "self",
        TokenTree::Literal(_) => true,
        TokenTree::Group(group) => group.delimiter() != Delimiter::Brace,
        TokenTree::Punct(_) => false,
    };
    let (at, prefix) = (1..trees.len()).rev().find_map(|len| {
        let apart = crate::names::ends_operand(&trees[len - 1]) && starts_operand(&trees[len]);
        let prefix = apart.then(|| syn::parse2::<Expr>(trees[..len].iter().cloned().collect()));
        prefix?.ok().map(|prefix| (len, prefix))
    })?;
    let found = match &trees[at] {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => "[".to_owned(),
        TokenTree::Group(_) => "(".to_owned(),
        other => other.to_string(),
    };
    let message = format!("expected `,` or an operator, found `{found}`");
    Some((at, prefix, Error::new(trees[at].span(), message)))
}

/// The operator the tokens end with (`>`, `>=`, `&&`...).
fn last_operator(trees: &[TokenTree]) -> String {
    let mut chars: Vec<char> = Vec::new();
    for tree in trees.iter().rev() {
        match tree {
            TokenTree::Punct(p) if chars.is_empty() || p.spacing() == Spacing::Joint => {
                chars.push(p.as_char());
            }
            _ => break,
        }
    }
    chars.iter().rev().collect()
}
