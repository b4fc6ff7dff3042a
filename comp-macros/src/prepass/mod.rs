//! A token pre-pass for the Python forms syn cannot parse: the walrus,
//! prefix `await`, nested displays, and (in `operators.rs`) the conditional
//! expression inside a group and chained comparisons.
//!
//! ```text
//! // Before: (y := f(x))          After: (__comp_walrus!(y = f(x)))
//! // Before: await fetch(u)? + 1  After: (fetch(u)).await? + 1
//! ```
//!
//! The walrus becomes a marker macro call that `lower.rs` replaces by a `let`
//! and a use of the name. Prefix `await` takes the chain of paths, calls,
//! method calls, fields and indexing that follows it, up to the first `?` or
//! operator, so `await a.b(c)?` awaits `a.b(c)` and then applies `?`.
//!
//! A display written inside the comprehension (`[[x for x in row] for row
//! in m]`, or a generator argument `sum(x for x in xs)`) becomes a nested
//! `comp!` call: a comprehension of its own, as in Python.
//!
//! Groups are rewritten recursively, keeping their spans, except the
//! arguments of macro calls: an inner `comp!`/`acomp!` is a comprehension of
//! its own, and other macros get their tokens as written.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenStream, TokenTree};
use syn::{Error, Result};

use crate::ast::Flavor;
use crate::names::{is_name, is_punct, NESTED_MARKER, WALRUS_MARKER};
use crate::operators;
use crate::parse::hints::arrow_function;

mod awaits;
mod habits;

use awaits::{is_path_keyword, rewrite_awaits};

/// Rewrites the Python forms of one macro body into parseable Rust.
pub fn prepass(krate: &TokenStream, flavor: Flavor, body: TokenStream) -> Result<TokenStream> {
    let trees: Vec<TokenTree> = body.into_iter().collect();
    Prepass { krate, flavor }.level(trees, display_index)
}

/// The comprehension's own display group, which is not a nested comprehension:
/// `[move] GROUP [; options]`.
pub(crate) fn display_index(trees: &[TokenTree]) -> Option<usize> {
    let i = usize::from(matches!(trees.first(), Some(TokenTree::Ident(m)) if m == "move"));
    let ends = match trees.get(i + 1) {
        None => true,
        Some(TokenTree::Punct(p)) => p.as_char() == ';',
        Some(_) => false,
    };
    (matches!(trees.get(i), Some(TokenTree::Group(_))) && ends).then_some(i)
}

/// A lazy display as a macro's whole input: `(..)`, `move (..)`, options
/// after it.
pub(crate) fn is_lazy_display(tokens: &TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    display_index(&trees).is_some_and(
        |at| matches!(&trees[at], TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis),
    )
}

struct Prepass<'a> {
    krate: &'a TokenStream,
    flavor: Flavor,
}

impl Prepass<'_> {
    /// One token level; `keep(trees)` names a group that is never a nested comprehension.
    fn level(
        &self,
        trees: Vec<TokenTree>,
        keep: fn(&[TokenTree]) -> Option<usize>,
    ) -> Result<TokenStream> {
        let kept = keep(&trees);
        // Whether the token after each one continues an expression (an
        // operator, a call): `(1 if c else -1) * x` keeps its parentheses.
        let continued: Vec<bool> = (0..trees.len())
            .map(|i| match trees.get(i + 1) {
                Some(TokenTree::Punct(p)) => !matches!(p.as_char(), ',' | ';'),
                Some(TokenTree::Ident(word)) => word == "as",
                Some(TokenTree::Group(group)) => group.delimiter() != Delimiter::Brace,
                _ => false,
            })
            .collect();
        // Whether a method or field follows (`(x for x in xs).max()`).
        let received: Vec<bool> = (0..trees.len())
            .map(|i| is_punct(trees.get(i + 1), '.'))
            .collect();
        // Where each Python power's right operand ends (see `power_operand_end`).
        let power: Vec<Option<usize>> = (0..trees.len())
            .map(|i| python_power(&trees, i).then(|| power_operand_end(&trees, i + 2)))
            .collect();
        // The power being rewritten: where its right operand ends and
        // starts in `out`, and its error.
        let mut powered: Option<(usize, usize, Error)> = None;
        let mut out: Vec<TokenTree> = Vec::new();
        for (i, tree) in trees.into_iter().enumerate() {
            match tree {
                // `x ** y` is `x * (y)[ERROR]`: the error on `**`, the right
                // operand typed as usual, and the product of the error
                // type, so the rest of the expression is typed as usual
                // (an `f64` times `{integer}` would be a second error).
                TokenTree::Punct(star) if power[i].is_some() => {
                    let message = "Python's power `x ** 2` is `x.pow(2)` in Rust (`x.powi(2)`, `x.powf(y)` for floats); a product with a dereference is `x * *y`";
                    let mut alone = Punct::new('*', Spacing::Alone);
                    alone.set_span(star.span());
                    out.push(TokenTree::Punct(alone));
                    let end = power[i].unwrap_or(i + 2);
                    powered = Some((end, out.len(), Error::new(star.span(), message)));
                }
                // The power's second `*`.
                TokenTree::Punct(_) if i > 0 && power[i - 1].is_some() => {}
                TokenTree::Group(group) if is_macro_call(&out) => {
                    let group = if is_std_expression_macro(&out) {
                        macro_arguments(self, &group)?
                    } else {
                        group
                    };
                    out.push(TokenTree::Group(group));
                }
                TokenTree::Group(group) if kept != Some(i) && self.is_nested(&group, &out) => {
                    // `move (c * r for c in xs)`: the nested display captures
                    // by value (rustc's help for a borrow that outlives it).
                    let move_token = match out.as_slice() {
                        [.., TokenTree::Ident(word), TokenTree::Ident(m)]
                            if m == "move" && word == "async" =>
                        {
                            None
                        }
                        [.., TokenTree::Ident(m)] if m == "move" => out.pop(),
                        _ => None,
                    };
                    let call = self.nested(&group, &out, move_token);
                    out.extend(received_at(call, &group, received[i] || is_borrowed(&out)));
                }
                TokenTree::Group(group) => {
                    let group = habits::struct_literal_equals(&group, &out)
                        .or_else(|| match kept == Some(i) {
                            true => None,
                            false => habits::set_literal(&group, &out),
                        })
                        .unwrap_or(group);
                    let role = if kept == Some(i) {
                        Role::Display
                    } else if is_call_position(&out) {
                        Role::Arguments
                    } else if continued[i] {
                        Role::Operand
                    } else {
                        Role::Expression
                    };
                    out.push(self.rewrite_group(&group, role)?);
                }
                TokenTree::Literal(string) => {
                    let f_string = match out.last() {
                        Some(TokenTree::Ident(prefix)) => habits::f_string(prefix, &string),
                        _ => None,
                    };
                    if let Some(value) = f_string {
                        out.pop();
                        out.push(value);
                    } else {
                        out.push(TokenTree::Literal(string));
                    }
                }
                other => out.push(other),
            }
            if let Some((end, start, err)) = powered.take() {
                match i + 1 >= end {
                    true => {
                        let operand: TokenStream = out.drain(start..).collect();
                        out.extend(crate::parse::salvage::indexed_by_error(operand, &err));
                    }
                    false => powered = Some((end, start, err)),
                }
            }
        }
        let out = rewrite_awaits(out);
        Ok(operators::chained_comparisons(out).into_iter().collect())
    }

    /// A group's contents rewritten.
    fn rewrite_group(&self, group: &Group, role: Role) -> Result<TokenTree> {
        let inner = self.level(group.stream().into_iter().collect(), |_| None)?;
        // Other languages' spellings, where the group is the error: the
        // arguments of `map(v => v * 2)` (JavaScript's arrow function; the
        // call keeps its callee), a block `{"id": u.id}` (Python's dict
        // literal; in an invisible group, as braces around it would warn).
        let trees: Vec<TokenTree> = inner.clone().into_iter().collect();
        let mistake = match group.delimiter() {
            Delimiter::Parenthesis if role == Role::Arguments => {
                arrow_function(&trees).map(|err| (err, Delimiter::Parenthesis))
            }
            Delimiter::Brace => python_dict(&trees).map(|err| (err, Delimiter::None)),
            Delimiter::Bracket if role != Role::Display => {
                habits::element_missing(&trees).map(|err| (err, Delimiter::Bracket))
            }
            _ => None,
        };
        if let Some((err, delimiter)) = mistake {
            let mut rewritten = Group::new(delimiter, crate::parse::salvage::error_expr(&err));
            rewritten.set_span(group.span());
            return Ok(TokenTree::Group(rewritten));
        }
        // Python's conditionals in a bracketed or braced group's items.
        let conditionals = |inner: TokenStream| -> TokenStream {
            operators::conditionals(inner.into_iter().collect(), false)
                .into_iter()
                .collect()
        };
        let inner = match group.delimiter() {
            Delimiter::Parenthesis if role == Role::Display => walrus(inner)?,
            _ if role == Role::Display => inner,
            Delimiter::Parenthesis => {
                let inner = operators::conditionals(inner.into_iter().collect(), false);
                // `("a" if c else "b")` is the conditional itself, in its
                // invisible group: parentheses around an `if` would make
                // `unused_parens` warn about the user's tokens.
                if let [TokenTree::Group(conditional)] = inner.as_slice() {
                    if conditional.delimiter() == Delimiter::None && role == Role::Expression {
                        let mut conditional = conditional.clone();
                        conditional.set_span(group.span());
                        return Ok(TokenTree::Group(conditional));
                    }
                }
                walrus(inner.into_iter().collect())?
            }
            // An index in Python's slice syntax is the error: the value
            // indexed keeps its type.
            Delimiter::Bracket => match (role == Role::Arguments)
                .then(|| python_slice(&inner))
                .flatten()
            {
                Some(err) => crate::parse::salvage::error_expr(&err),
                None => conditionals(inner),
            },
            // A struct literal's fields, `Point { x, y: y if y > 0 else 0 }`.
            Delimiter::Brace if is_struct_literal(&trees) => conditionals(inner),
            _ => inner,
        };
        let mut rewritten = Group::new(group.delimiter(), inner);
        rewritten.set_span(group.span());
        Ok(TokenTree::Group(rewritten))
    }

    /// A display written inside the comprehension: `[[x for x in row] for row in m]`,
    /// or a generator argument `f(x for x in xs)`. Indexing `a[..]` is not one.
    fn is_nested(&self, group: &Group, before: &[TokenTree]) -> bool {
        let indexing = group.delimiter() == Delimiter::Bracket && is_call_position(before);
        group.delimiter() != Delimiter::None && !indexing && is_comprehension(group.stream())
    }

    /// ```text
    /// // Before: [x for x in row]     After: $crate::comp!([x for x in row])
    /// // Before: f(x for x in xs)     After: f($crate::comp!((x for x in xs)))
    /// // Before: move (x * k for x in xs)  After: $crate::comp!(move (x * k for x in xs))
    /// ```
    /// Inside `acomp!`, a nested display that awaits is an `acomp!` itself.
    fn nested(
        &self,
        group: &Group,
        before: &[TokenTree],
        move_token: Option<TokenTree>,
    ) -> Vec<TokenTree> {
        let krate = self.krate;
        let lazy = group.delimiter() == Delimiter::Parenthesis;
        if let Some((iterable, first, rest)) = awaited_first_iterable(group).filter(|_| lazy) {
            // `(n for n in load(d).await)` in `acomp!`: as in Python, the
            // first iterable is evaluated where the generator is written
            // (awaited there), and the generator itself is synchronous.
            let mut hoisted = Group::new(Delimiter::Parenthesis, rest);
            hoisted.set_span(group.span());
            let call: TokenStream = self.nested(&hoisted, &[], move_token).into_iter().collect();
            let iterable: TokenStream = rewrite_awaits(iterable).into_iter().collect();
            let at = group.span();
            let value = quote::quote_spanned!(at=> match #iterable { #first => #call });
            // A call's only argument, `sum(n for n in ..)`: its parentheses.
            let value = if is_call_position(before) {
                quote::quote_spanned!(at=> (#value))
            } else {
                value
            };
            return value.into_iter().collect();
        }
        let name = if self.flavor == Flavor::Async && mentions_async(group.stream()) {
            "acomp"
        } else {
            "comp"
        };
        let name = Ident::new(name, group.span());
        let argument = group.delimiter() == Delimiter::Parenthesis && is_call_position(before);
        let nested = Ident::new(NESTED_MARKER, group.span());
        let call = if argument {
            let mut lazy = Group::new(Delimiter::Parenthesis, group.stream());
            lazy.set_span(group.span());
            quote::quote_spanned!(group.span()=> (#krate::#name!(#nested #move_token #lazy)))
        } else {
            quote::quote_spanned!(group.span()=> #krate::#name!(#nested #move_token #group))
        };
        call.into_iter().collect()
    }
}

/// A nested display's expansion, `call`, as the receiver of a method
/// (`(r.ms for r in reqs).max()`) or the operand of `&` (`f(&(x for x in
/// row))`): in parentheses of the user's display, so that the method call
/// or the borrow spans the user's tokens alone. Its path starts
/// with `$crate`, of the facade's `macro_rules!` context, and rustc would
/// otherwise give the method call that context and report on it (with its
/// suggestions, `.expect(..)` after `max()`) at the whole outer call.
fn received_at(call: Vec<TokenTree>, group: &Group, received: bool) -> Vec<TokenTree> {
    if !received
        || matches!(call.as_slice(), [TokenTree::Group(g)] if g.delimiter() == Delimiter::Parenthesis)
    {
        return call;
    }
    let mut parens = Group::new(Delimiter::Parenthesis, call.into_iter().collect());
    parens.set_span(group.span());
    vec![TokenTree::Group(parens)]
}

/// Whether the tokens before a group end with `&` or `&mut`.
fn is_borrowed(before: &[TokenTree]) -> bool {
    let amp = |tree: &TokenTree| is_punct(Some(tree), '&');
    match before {
        [.., amp_tree, TokenTree::Ident(word)] if word == "mut" => amp(amp_tree),
        [.., last] => amp(last),
        [] => false,
    }
}

/// The arguments of one of std's macros that take expressions (`format!`,
/// `vec!`, `assert!`...), with prefix `await`, Python's conditional,
/// chained comparisons and nested displays rewritten, at every depth. (A
/// walrus there is not: its binding could not reach the clauses after it.)
fn macro_arguments(prepass: &Prepass, group: &Group) -> Result<Group> {
    let given: Vec<TokenTree> = group.stream().into_iter().collect();
    let mut trees = Vec::new();
    for (i, tree) in given.iter().enumerate() {
        match tree {
            // A display nested there, `format!("{}", (s for s in xs).count())`,
            // as anywhere else in the comprehension.
            TokenTree::Group(inner) if prepass.is_nested(inner, &trees) => {
                let call = prepass.nested(inner, &trees, None);
                trees.extend(received_at(call, inner, is_punct(given.get(i + 1), '.')));
            }
            TokenTree::Group(inner) => {
                trees.push(TokenTree::Group(macro_arguments(prepass, inner)?))
            }
            other => trees.push(other.clone()),
        }
    }
    let trees = operators::chained_comparisons(rewrite_awaits(trees));
    let trees = match group.delimiter() {
        Delimiter::Brace | Delimiter::None => trees,
        _ => operators::conditionals(trees, true),
    };
    let mut rewritten = Group::new(group.delimiter(), trees.into_iter().collect());
    rewritten.set_span(group.span());
    Ok(rewritten)
}

/// The fields of a struct literal, `x, y: expr, ..base` (a block never
/// starts with a name and a lone `:` or `,`).
fn is_struct_literal(trees: &[TokenTree]) -> bool {
    let field = matches!(trees.first(), Some(TokenTree::Ident(name)) if is_name(name));
    let after = match trees.get(1) {
        None => true,
        Some(TokenTree::Punct(p)) => {
            p.as_char() == ',' || (p.as_char() == ':' && p.spacing() == Spacing::Alone)
        }
        _ => false,
    };
    field && after
}

/// A block that starts like Python's dict literal, `{"id": u.id, ..}` (a
/// string, then `:`): never Rust, and no comprehension (which the prepass
/// has made a nested call already).
fn python_dict(trees: &[TokenTree]) -> Option<Error> {
    let string =
        matches!(trees.first(), Some(TokenTree::Literal(lit)) if lit.to_string().starts_with('"'));
    let colon = matches!(trees.get(1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Alone);
    let message = "Python's dict literal is not Rust: build a `HashMap::from([(\"id\", ..), ..])`, or use a struct or a tuple";
    (string && colon).then(|| Error::new(trees[1].span(), message))
}

/// Whether `trees[i]` starts Python's power operator, `x ** 2`: a `*`
/// joint to another `*`, after an operand (a name, a literal, a group).
/// Rust's `x * *y` is spaced; `**x` after an operator or a keyword is a
/// double dereference.
fn python_power(trees: &[TokenTree], i: usize) -> bool {
    let joint = matches!(&trees[i], TokenTree::Punct(p) if p.as_char() == '*' && p.spacing() == Spacing::Joint);
    let operand = i
        .checked_sub(1)
        .is_some_and(|before| crate::names::ends_operand(&trees[before]));
    joint && operand && is_punct(trees.get(i + 1), '*')
}

/// The end of Python's power's right operand, which starts at `start`:
/// prefix `-`, `!`, `*`, `&`, then one operand (a literal, a group, a path,
/// a macro call) and its `.field`, `.method(..)`, calls, indexes and `?`.
fn power_operand_end(trees: &[TokenTree], start: usize) -> usize {
    let mut i = start;
    while matches!(trees.get(i), Some(TokenTree::Punct(p)) if "-!*&".contains(p.as_char())) {
        i += 1;
    }
    match trees.get(i) {
        Some(TokenTree::Literal(_) | TokenTree::Group(_)) => i += 1,
        Some(TokenTree::Ident(word)) if crate::names::is_name(word) || word == "self" => {
            i += 1;
            let segment = |i: usize| {
                is_punct(trees.get(i), ':')
                    && is_punct(trees.get(i + 1), ':')
                    && matches!(trees.get(i + 2), Some(TokenTree::Ident(_)))
            };
            while segment(i) {
                i += 3;
            }
            if is_punct(trees.get(i), '!') && matches!(trees.get(i + 1), Some(TokenTree::Group(_)))
            {
                i += 2;
            }
        }
        _ => return i,
    }
    loop {
        match trees.get(i) {
            Some(TokenTree::Group(group)) if group.delimiter() != Delimiter::Brace => i += 1,
            Some(TokenTree::Punct(p)) if p.as_char() == '?' => i += 1,
            Some(TokenTree::Punct(p))
                if p.as_char() == '.'
                    && matches!(
                        trees.get(i + 1),
                        Some(TokenTree::Ident(_) | TokenTree::Literal(_))
                    ) =>
            {
                i += 2;
            }
            _ => return i,
        }
    }
}

/// An index in Python's slice syntax, `xs[1:]`, `s[:3]`, `xs[::2]`: a
/// lone `:`, or a `::` that no path follows. Rust's is a range.
fn python_slice(index: &TokenStream) -> Option<Error> {
    let trees: Vec<TokenTree> = index.clone().into_iter().collect();
    let colon = |i: usize| is_punct(trees.get(i), ':');
    let joint =
        |i: usize| matches!(&trees[i], TokenTree::Punct(p) if p.spacing() == Spacing::Joint);
    let mut i = 0;
    while i < trees.len() {
        if !colon(i) {
            i += 1;
            continue;
        }
        let double = joint(i) && colon(i + 1);
        // `T::MAX`, `i32::from(..)`, `f::<u8>()`.
        let path_follows = match trees.get(i + 2) {
            Some(TokenTree::Ident(_)) => true,
            Some(TokenTree::Punct(p)) => p.as_char() == '<',
            _ => false,
        };
        if double && path_follows {
            i += 2;
            continue;
        }
        // `xs[::-1]`: the whole sequence, reversed.
        let reversed = double
            && is_punct(trees.get(i + 2), '-')
            && matches!(trees.get(i + 3), Some(TokenTree::Literal(one)) if one.to_string() == "1")
            && trees.len() == i + 4;
        let message = if reversed {
            "Python's reversed slice `xs[::-1]` is `xs.iter().rev()` in Rust (`s.chars().rev()` for a string)"
        } else if double {
            "Python's slice step `xs[::2]` is `xs.iter().step_by(2)` in Rust (`xs.iter().rev()` for `xs[::-1]`)"
        } else {
            "Python's slice `xs[a:b]` is `xs[a..b]` in Rust (`&xs[a..b]` to iterate or keep it; `xs[a..]`, `xs[..b]` for the open ends)"
        };
        return Some(Error::new(trees[i].span(), message));
    }
    None
}

/// `name !` just before a group, where `name` is one of std's macros whose
/// arguments are expressions.
fn is_std_expression_macro(before: &[TokenTree]) -> bool {
    const STD: [&str; 21] = [
        "format",
        "format_args",
        "print",
        "println",
        "eprint",
        "eprintln",
        "write",
        "writeln",
        "vec",
        "assert",
        "assert_eq",
        "assert_ne",
        "debug_assert",
        "debug_assert_eq",
        "debug_assert_ne",
        "panic",
        "dbg",
        "todo",
        "unimplemented",
        "unreachable",
        "matches",
    ];
    matches!(before, [.., TokenTree::Ident(name), TokenTree::Punct(_)] if STD.iter().any(|m| name == m))
}

/// What a group is to the prepass.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The comprehension's own display: its `if`s are clauses.
    Display,
    /// A call's arguments (or an index).
    Arguments,
    /// Any other group.
    Expression,
    /// A group that an operator or a call follows: `(a if c else b) * x`,
    /// whose parentheses a conditional keeps.
    Operand,
}

/// `name !` just before a group: the group is a macro's input (but `if !(..)`
/// is a negation: keywords are not macro names).
fn is_macro_call(before: &[TokenTree]) -> bool {
    let [.., TokenTree::Ident(name), TokenTree::Punct(bang)] = before else {
        return false;
    };
    bang.as_char() == '!' && is_name(name)
}

/// After a path, a call or an index: the next group is a call's arguments (or an index).
fn is_call_position(before: &[TokenTree]) -> bool {
    match before.last() {
        Some(TokenTree::Ident(ident)) => is_name(ident),
        Some(TokenTree::Group(group)) => group.delimiter() != Delimiter::Brace,
        // A turbofish `f::<T>(..)`; a generator is never compared with `>`.
        // `=>` and `->` end an arm's pattern and a return type.
        Some(TokenTree::Punct(p)) if p.as_char() == '>' => !matches!(
            before.get(before.len().wrapping_sub(2)),
            Some(TokenTree::Punct(q)) if (q.as_char() == '=' || q.as_char() == '-') && q.spacing() == Spacing::Joint
        ),
        _ => false,
    }
}

/// A top-level `for` after an element: `x for x in xs`, `x async for x in s`.
/// A `for` loop statement (`{ f(); for x in xs {} }`, `0 => for ..`,
/// `#[attr] for ..`), a labelled loop and a higher-ranked bound `for<'a>`
/// are not.
pub(crate) fn is_comprehension(tokens: TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    (1..trees.len()).any(|i| {
        let is_for = matches!(&trees[i], TokenTree::Ident(f) if f == "for");
        let generic = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
        let mut before = i - 1;
        if matches!(&trees[before], TokenTree::Ident(a) if a == "async") {
            if before == 0 {
                return false;
            }
            before -= 1;
        }
        let punct_before = |i: usize, c: char| {
            i > 0 && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == c)
        };
        // After `;`, a label's `:`, a block, a match arm's `=>`, an attribute
        // or a closure's parameters.
        let statement_start = match &trees[before] {
            TokenTree::Punct(p) => {
                matches!(p.as_char(), ';' | ':')
                    || (p.as_char() == '>' && punct_before(before, '='))
                    || (p.as_char() == '|' && closes_closure_params(&trees, before))
            }
            // A block ends a statement; a struct literal's fields, after its
            // type's name (`Cell { alive: true } for ..`, by Rust's naming a
            // capitalised one), end the element.
            TokenTree::Group(g) => {
                let struct_literal = before > 0 && crate::names::names_a_type(&trees[..before]);
                (g.delimiter() == Delimiter::Brace && !struct_literal)
                    || (g.delimiter() == Delimiter::Bracket && punct_before(before, '#'))
            }
            _ => false,
        };
        is_for && !generic && !statement_start
    })
}

/// Whether the `|` at `end` closes a closure's parameters (`|n| ..`,
/// `move || ..`) rather than being a bitwise or (`a | b`): the `|` that opens
/// them stands where an expression starts, not after an operand.
fn closes_closure_params(trees: &[TokenTree], end: usize) -> bool {
    let Some(open) = (0..end)
        .rev()
        .find(|&i| matches!(&trees[i], TokenTree::Punct(p) if p.as_char() == '|'))
    else {
        return false;
    };
    match open.checked_sub(1).map(|i| &trees[i]) {
        None => true,
        Some(TokenTree::Ident(ident)) => {
            ident == "move" || !is_name(ident) && !is_path_keyword(ident)
        }
        Some(TokenTree::Punct(p)) => !matches!(p.as_char(), '?'),
        Some(_) => false,
    }
}

/// A generator in `acomp!` that awaits only in its first iterable (not
/// after `async for`): the iterable's tokens, the name that stands for its
/// value (`__comp_first`, located at it), and the generator's tokens with
/// that name in the iterable's place.
fn awaited_first_iterable(group: &Group) -> Option<(Vec<TokenTree>, Ident, TokenStream)> {
    let trees: Vec<TokenTree> = group.stream().into_iter().collect();
    let word = |i: usize, w: &str| matches!(trees.get(i), Some(TokenTree::Ident(x)) if x == w);
    let first_for = (0..trees.len()).find(|&i| word(i, "for"))?;
    if first_for > 0 && word(first_for - 1, "async") {
        return None;
    }
    let start = (first_for..trees.len()).find(|&i| word(i, "in"))? + 1;
    let end = (start..trees.len())
        .find(|&i| ["for", "if", "let", "async"].iter().any(|w| word(i, w)))
        .unwrap_or(trees.len());
    let iterable = trees[start..end].to_vec();
    let awaits_elsewhere = mentions_async(trees[..start].iter().cloned().collect())
        || mentions_async(trees[end..].iter().cloned().collect());
    if start == end || !mentions_async(iterable.iter().cloned().collect()) || awaits_elsewhere {
        return None;
    }
    let first = crate::names::internal_at("first", iterable[0].span());
    let mut rest: TokenStream = trees[..start].iter().cloned().collect();
    rest.extend([TokenTree::Ident(first.clone())]);
    rest.extend(trees[end..].iter().cloned());
    Some((iterable, first, rest))
}

/// Whether a nested display awaits or iterates a stream (anywhere inside it).
fn mentions_async(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == "await" || ident == "async",
        TokenTree::Group(group) => mentions_async(group.stream()),
        _ => false,
    })
}

/// `name := expr` (the inside of parentheses) into `__comp_walrus!(name = expr)`.
/// Returns other tokens unchanged, and an error for `:=` after anything but
/// a name (not in place: the names it meant to bind would be unknown).
fn walrus(inner: TokenStream) -> Result<TokenStream> {
    let trees: Vec<TokenTree> = inner.clone().into_iter().collect();
    let walrus_at = |i: usize| {
        matches!((trees.get(i), trees.get(i + 1)), (Some(TokenTree::Punct(c)), Some(TokenTree::Punct(e)))
            if c.as_char() == ':' && e.as_char() == '=')
    };
    let is_walrus = matches!(trees.first(), Some(TokenTree::Ident(_))) && walrus_at(1);
    if !is_walrus {
        // `(n: i32 := ..)`: a name, then `:` (not a path's `::`).
        let typed = matches!(&trees[..], [TokenTree::Ident(_), TokenTree::Punct(colon), ..]
            if colon.as_char() == ':' && colon.spacing() == Spacing::Alone);
        let message = if typed {
            "a walrus target takes no type: `(name := expr)`, or a typed clause `let name: T = expr`"
        } else {
            "the target of `:=` must be a single name: `(name := expr)`; destructure with a `let` clause instead"
        };
        // On the target (`(k, v)`, `n: i32`), the tokens the message is about.
        return match (0..trees.len()).find(|&i| walrus_at(i)) {
            Some(0) => Err(Error::new(trees[0].span(), message)),
            Some(i) => {
                let target: TokenStream = trees[..i].iter().cloned().collect();
                Err(Error::new_spanned(target, message))
            }
            None => Ok(inner),
        };
    }
    let (TokenTree::Ident(name), TokenTree::Punct(colon)) = (&trees[0], &trees[1]) else {
        return Ok(inner);
    };
    let span = colon.span();
    let mut assign = Punct::new('=', Spacing::Alone);
    assign.set_span(span);
    let mut args = vec![TokenTree::Ident(name.clone()), TokenTree::Punct(assign)];
    args.extend(trees[3..].iter().cloned());
    let mut group = Group::new(Delimiter::Parenthesis, args.into_iter().collect());
    group.set_span(span);
    let mut bang = Punct::new('!', Spacing::Alone);
    bang.set_span(span);
    Ok([
        TokenTree::Ident(Ident::new(WALRUS_MARKER, span)),
        TokenTree::Punct(bang),
        TokenTree::Group(group),
    ]
    .into_iter()
    .collect())
}
