//! Python habits inside Rust syntax that the pre-pass names before syn
//! sees them, keeping the rest of the tokens typed as usual.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::quote;
use syn::Error;

use crate::names::is_name;
use crate::parse::salvage::error_expr;

/// A struct literal's fields (the braces after a capitalised name) with
/// Python's keyword argument `name=value` among them, as Rust's `name:
/// value`, each such value in a block that reports the `=` first:
///
/// ```text
/// Rec { id = v, name: n }  =>  Rec { id: { compile_error!("..") ; v }, name: n }
/// ```
///
/// (rustc's own recovery by hand: one error, the literal typed as meant.)
/// `None` when there is no such field, or no comma: a block after a
/// constant (`while i < MAX { i = 2 * i }`) is left alone.
pub(super) fn struct_literal_equals(group: &Group, before: &[TokenTree]) -> Option<Group> {
    if group.delimiter() != Delimiter::Brace || !crate::names::names_a_type(before) {
        return None;
    }
    let trees: Vec<TokenTree> = group.stream().into_iter().collect();
    let mut fields = trees.split(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == ','));
    // A comma: fields, not a block after a constant (`while i < MAX { i = 2 * i }`).
    let commas = fields.clone().count() > 1;
    if !commas
        || !fields
            .clone()
            .any(|field| keyword_argument(field).is_some())
    {
        return None;
    }
    let mut out = TokenStream::new();
    let mut first = true;
    for field in fields.by_ref() {
        if !std::mem::take(&mut first) {
            out.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        match keyword_argument(field) {
            Some(eq) => {
                let message = "a struct literal's field is `name: value` in Rust; `name = value` is Python's keyword argument";
                let error = error_expr(&Error::new(eq.span(), message));
                let (name, value) = (
                    &field[0],
                    field[2..].iter().cloned().collect::<TokenStream>(),
                );
                let mut colon = Punct::new(':', Spacing::Alone);
                colon.set_span(eq.span());
                out.extend(quote!(#name #colon { #error; #value }));
            }
            None => out.extend(field.iter().cloned()),
        }
    }
    let mut fixed = Group::new(Delimiter::Brace, out);
    fixed.set_span(group.span());
    Some(fixed)
}

/// The `=` of a field `name = value` (not `==` or `=>`), with a value.
fn keyword_argument(field: &[TokenTree]) -> Option<&Punct> {
    match field {
        [TokenTree::Ident(name), TokenTree::Punct(eq), _, ..]
            if is_name(name) && eq.as_char() == '=' && eq.spacing() == Spacing::Alone =>
        {
            Some(eq)
        }
        _ => None,
    }
}

/// A nested list display whose element was deleted, `[for c in row]`: the
/// error on its `for`, where rustc would ask for a loop's braces. (Rust's
/// own `[for x in xs {}]`, an array of one `()`, ends with its block.)
pub(super) fn element_missing(trees: &[TokenTree]) -> Option<Error> {
    let at = match trees {
        [TokenTree::Ident(word), ..] if word == "for" => 0,
        [TokenTree::Ident(a), TokenTree::Ident(word), ..] if a == "async" && word == "for" => 1,
        _ => return None,
    };
    let ends_with_block =
        matches!(trees.last(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace);
    let has_in = trees
        .iter()
        .any(|tree| matches!(tree, TokenTree::Ident(word) if word == "in"));
    let message = "expected the element before `for`, as in `[c for c in row]`";
    (has_in && !ends_with_block).then(|| Error::new(trees[at].span(), message))
}

/// Python's f-string, `f"{name}: {score}"`: rustc's lexer reports the
/// unknown prefix `f` and hands on the name and the string; here they are
/// one error that says `format!`, and the string is `format!`'s (its
/// `{name}` placeholders are Rust's too), so nothing else is reported:
///
/// ```text
/// f"{name}: {score}"  =>  { compile_error!(".."); ::std::format!("{name}: {score}") }
/// ```
pub(super) fn f_string(prefix: &Ident, string: &Literal) -> Option<TokenTree> {
    let is_prefix = matches!(
        prefix.to_string().to_ascii_lowercase().as_str(),
        "f" | "rf" | "fr"
    );
    if !is_prefix || !string.to_string().starts_with(['"', 'r']) {
        return None;
    }
    let call = match placeholders_as_arguments(string) {
        // `f"{o.side} {qty}"`: `format!`'s placeholders hold names only.
        Some((format, arguments)) if !arguments.is_empty() => {
            let shown = arguments
                .iter()
                .map(|argument| format!(", {argument}"))
                .collect::<String>();
            let message = format!(
                "Python's f-string is `format!` in Rust, whose placeholders hold names only; the other expressions are its arguments: `format!({format:?}{shown})`"
            );
            let error = error_expr(&Error::new(prefix.span(), message));
            let mut format = Literal::string(&format);
            format.set_span(string.span());
            // Of the user's string: their names are the user's.
            let arguments = arguments
                .iter()
                .map(|argument| respan(argument.parse().unwrap_or_default(), string.span()));
            let call =
                quote::quote_spanned!(string.span()=> ::std::format!(#format #(, #arguments)*));
            quote!(#error; #call)
        }
        _ => {
            let message = "Python's f-string is `format!(\"..\")` in Rust, with the same `{name}` placeholders";
            let error = error_expr(&Error::new(prefix.span(), message));
            let call = quote::quote_spanned!(string.span()=> ::std::format!(#string));
            quote!(#error; #call)
        }
    };
    Some(TokenTree::Group(Group::new(Delimiter::Brace, call)))
}

/// An f-string's text as `format!`'s: each placeholder that is not a plain
/// name (`{o.side}`, `{len(xs)}`, `{price * qty:.2}`) as `{}` (keeping its
/// format spec; Python's `!r` is `:?`), its expression an argument, which
/// must parse as Rust. `None` when a placeholder is unclosed or not Rust
/// (`{x=}`): the string is then `format!`'s as it is.
fn placeholders_as_arguments(string: &Literal) -> Option<(String, Vec<String>)> {
    let value = syn::parse2::<syn::LitStr>(TokenTree::Literal(string.clone()).into())
        .ok()?
        .value();
    let (mut format, mut arguments) = (String::new(), Vec::new());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                format.push_str("{{");
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                format.push_str("}}");
            }
            '{' => {
                let mut inner = String::new();
                let mut depth = 0;
                loop {
                    match chars.next()? {
                        '}' if depth == 0 => break,
                        c @ ('(' | '[' | '{') => {
                            depth += 1;
                            inner.push(c);
                        }
                        c @ (')' | ']' | '}') => {
                            depth -= 1;
                            inner.push(c);
                        }
                        c => inner.push(c),
                    }
                }
                // `expr!r:spec`, `expr:spec` (a `::` is a path, not a spec).
                let (expr, spec) = split_spec(&inner);
                let (expr, debug) = match expr.strip_suffix("!r") {
                    Some(expr) => (expr, true),
                    None => (expr.strip_suffix("!s").unwrap_or(expr), false),
                };
                let expr = expr.trim();
                let spec = match (debug, spec) {
                    (true, "") => ":?".to_owned(),
                    (true, spec) => format!(":{spec}?"),
                    (_, "") => String::new(),
                    (_, spec) => format!(":{spec}"),
                };
                let name = syn::parse_str::<Ident>(expr).is_ok();
                if name {
                    format.push_str(&format!("{{{expr}{spec}}}"));
                } else {
                    syn::parse_str::<syn::Expr>(expr).ok()?;
                    format.push_str(&format!("{{{spec}}}"));
                    arguments.push(expr.to_owned());
                }
            }
            c => format.push(c),
        }
    }
    Some((format, arguments))
}

/// `tokens`, each (in groups too) at `span` and resolved as it is (the
/// user's string: the names in its placeholders are the user's).
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                return TokenTree::Group(inner);
            }
            tree.set_span(span);
            tree
        })
        .collect()
}

/// A placeholder's expression and its format spec, split at its first `:`
/// outside brackets that is not part of a `::` (Python's rule).
fn split_spec(inner: &str) -> (&str, &str) {
    let bytes = inner.as_bytes();
    let mut depth = 0i32;
    let mut split = None;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b':' if depth == 0 => {
                let path = bytes.get(i + 1) == Some(&b':') || (i > 0 && bytes[i - 1] == b':');
                if !path {
                    split = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    match split {
        Some(i) => (&inner[..i], &inner[i + 1..]),
        None => (inner, ""),
    }
}

/// Python's set literal, `{"admin", "owner"}`, where an expression starts:
/// braces around items separated by commas (no `;`, `=>`, `:` or `for` at
/// their top level, and no `<`) where an expression starts (not a struct
/// literal `Point { x, y }`, an `async` block, a block after a condition,
/// or a macro's arguments). The items become an array, which has the
/// `.contains(&x)` the user meant, after one error that says so:
///
/// ```text
/// {"admin", "owner"}  =>  [compile_error!(".."), "admin", "owner"]  (an array, typed as meant)
/// ```
pub(super) fn set_literal(group: &Group, before: &[TokenTree]) -> Option<Group> {
    if group.delimiter() != Delimiter::Brace {
        return None;
    }
    // Where an expression starts: first, after an operator or a
    // separator, or after `if` or `in` (not after `async`, `move`, `else`
    // or `loop`, whose blocks they are).
    let expression_starts = match before.last() {
        None => true,
        Some(TokenTree::Ident(word)) => word == "if" || word == "in",
        Some(TokenTree::Literal(_) | TokenTree::Group(_)) => false,
        Some(TokenTree::Punct(p)) => !"!>?".contains(p.as_char()),
    };
    let trees: Vec<TokenTree> = group.stream().into_iter().collect();
    let top = |c: char| {
        trees.iter().enumerate().any(|(i, tree)| match tree {
            TokenTree::Punct(p) if p.as_char() == c => {
                // A `:` of a path `a::b` is not a field's or a key's.
                c != ':'
                    || !(p.spacing() == Spacing::Joint
                        || crate::names::is_punct(i.checked_sub(1).map(|j| &trees[j]), ':'))
            }
            _ => false,
        })
    };
    let arm = trees.windows(2).any(|w| matches!(w, [TokenTree::Punct(a), TokenTree::Punct(b)] if a.as_char() == '=' && b.as_char() == '>'));
    let keyword = trees
        .iter()
        .any(|tree| matches!(tree, TokenTree::Ident(word) if word == "for" || word == "let"));
    // (A comma between generic arguments, `Ok::<_, E>(..)`, is not an item's.)
    let generics = trees
        .iter()
        .any(|tree| crate::names::is_punct(Some(tree), '<'));
    if !expression_starts || !top(',') || top(';') || top(':') || arm || keyword || generics {
        return None;
    }
    let message = "Python's set literal `{a, b}` is an array in Rust, `[a, b]` (with `.contains(&x)`), or `HashSet::from([a, b])`";
    let error = error_expr(&Error::new(group.span(), message));
    let items = group.stream();
    let mut array = Group::new(Delimiter::Bracket, quote!({ #error }, #items));
    array.set_span(group.span());
    Some(array)
}
