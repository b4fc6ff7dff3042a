//! Python's conditional expression and chained comparisons, which syn cannot
//! parse, rewritten at token level (a step of the prepass).
//!
//! ```text
//! // Before: (name, "adult" if age >= 18 else "minor")
//! // After:  (name, if age >= 18 { "adult" } else { "minor" })
//! // Before: 0 <= i < n
//! // After:  (match (&(0), &(i)) { (__comp_cmp_0, __comp_cmp_1) =>
//! //             *__comp_cmp_0 <= *__comp_cmp_1 && *__comp_cmp_1 < (n) })
//! ```
//!
//! Both work on one token level (groups are rewritten by the prepass before
//! their parent level). A conditional is recognised by an `if` right after
//! an operand (Rust's own `if` never follows one) with an `else` after it;
//! Python's precedence makes it take the whole comma-separated item. A
//! comparison chain is two or more comparison operators between the
//! delimiters that bind looser than comparisons (`,`, `&&`, `=`, keywords...).

use proc_macro2::{Delimiter, Group, Ident, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::{Error, Result};

use crate::names::{internal_at, is_name};
use crate::parse::salvage::error_expr;

/// Rewrites every Python conditional of the items of a parenthesized or
/// bracketed group's contents. An `if` after an operand there is never Rust,
/// so one without its `else` is an error that says so, in the item's place,
/// unless `lenient` (the arguments of another macro, where `matches!(x, A
/// if c)` is a guard).
pub fn conditionals(trees: Vec<TokenTree>, lenient: bool) -> Vec<TokenTree> {
    let ends = operators(&trees)
        .into_iter()
        .filter(|(_, op)| op == "," || op == ";")
        .map(|(at, _)| at)
        .chain([trees.len()]);
    let mut out = Vec::new();
    let mut start = 0;
    for end in ends {
        let item = &trees[start..end];
        match conditional(item) {
            Ok(Some(rewritten)) => out.extend(rewritten),
            Ok(None) => out.extend(item.iter().cloned()),
            Err(_) if lenient => out.extend(item.iter().cloned()),
            Err(err) => out.extend(error_expr(&err)),
        }
        out.extend(trees.get(end).cloned());
        start = end + 1;
    }
    out
}

/// `X if C else Y` (after an optional walrus target `name :=`, or a
/// named argument's `name =`) as Rust's
/// `if C { X } else { Y }`, with `Y` rewritten in turn (Python's conditional
/// is right-associative). `None` when `item` is not one.
fn conditional(item: &[TokenTree]) -> Result<Option<Vec<TokenTree>>> {
    let walrus = matches!(item, [TokenTree::Ident(_), TokenTree::Punct(c), TokenTree::Punct(e), ..]
        if c.as_char() == ':' && e.as_char() == '=');
    // A named argument (`format!("{:w$}", s, w = 10 if wide else 4)`), as
    // Python's keyword argument, an assignment, or a struct literal's field
    // (`Point { x, y: y if y > 0 else 0 }`): the value takes it.
    let named = matches!(item, [TokenTree::Ident(name), TokenTree::Punct(eq), ..]
        if "=:".contains(eq.as_char()) && eq.spacing() == Spacing::Alone && crate::names::is_name(name));
    let start = if walrus {
        3
    } else if named {
        2
    } else {
        0
    };
    // A closure's body takes the whole conditional, as a Python lambda's
    // does: `|v| v if v > 0 else 0` is `|v| if v > 0 { v } else { 0 }`.
    let start = closure_head(item, start).unwrap_or(start);
    let Some(if_at) =
        (start + 1..item.len()).find(|&i| is_ident(&item[i], "if") && ends_operand(item, i))
    else {
        return Ok(None);
    };
    let else_at = (if_at + 1..item.len()).find(|&i| {
        let after_block =
            matches!(&item[i - 1], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
        is_ident(&item[i], "else") && !after_block
    });
    let message = match else_at {
        None => "a conditional expression needs `else`: write `a if c else b`",
        Some(at) if at == if_at + 1 => "expected a condition after `if`",
        Some(at) if at + 1 == item.len() => "expected an expression after `else`",
        Some(_) => "",
    };
    let Some(else_at) = else_at.filter(|_| message.is_empty()) else {
        let at = match else_at {
            Some(at) if at + 1 == item.len() => at,
            _ => if_at,
        };
        return Err(Error::new(item[at].span(), message));
    };
    let then = branch(&item[start..if_at]);
    let cond: TokenStream = item[if_at + 1..else_at].iter().cloned().collect();
    let rest = &item[else_at + 1..];
    let otherwise = match conditional(rest)? {
        Some(nested) => nested.into_iter().collect(),
        None => branch(rest),
    };
    let (mut if_token, else_token) = (item[if_at].clone(), &item[else_at]);
    // Located as `crate::names::branch_span` says.
    if_token.set_span(Span::call_site().located_at(if_token.span()));
    let mut out = item[..start].to_vec();
    let block = |branch: TokenStream, fallback: Span, user: bool| {
        let mut block = Group::new(Delimiter::Brace, branch.clone());
        block.set_span(crate::names::branch_span(branch, fallback, user));
        block
    };
    let then = block(then, if_token.span(), false);
    let otherwise = block(otherwise, else_token.span(), true);
    let expr = quote!(#if_token #cond #then #else_token #otherwise);
    out.push(TokenTree::Group(Group::new(Delimiter::None, expr)));
    Ok(Some(out))
}

/// A branch of Python's conditional as the body of a Rust block: without
/// the parentheses the user put around it (`(a or b) if c else d`, needed
/// in Python), which `unused_parens` would call unnecessary in a block. A
/// tuple's, a walrus's and `()` stay.
fn branch(trees: &[TokenTree]) -> TokenStream {
    if let [TokenTree::Group(group)] = trees {
        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
        let tuple = operators(&inner).iter().any(|(_, op)| op == ",");
        let walrus = inner.windows(2).any(|pair| {
            matches!(pair, [TokenTree::Punct(c), TokenTree::Punct(e)] if c.as_char() == ':' && e.as_char() == '=')
        });
        if group.delimiter() == Delimiter::Parenthesis && !inner.is_empty() && !tuple && !walrus {
            return group.stream();
        }
    }
    trees.iter().cloned().collect()
}

/// The end of a closure head at `item[start..]` (`|a, b|`, `||`, with an
/// optional `move`), when its body is an expression: the index of the
/// body's first token.
fn closure_head(item: &[TokenTree], start: usize) -> Option<usize> {
    let bar = |i: usize| matches!(item.get(i), Some(TokenTree::Punct(p)) if p.as_char() == '|');
    let open = start + usize::from(is_ident(item.get(start)?, "move"));
    if !bar(open) {
        return None;
    }
    let close = (open + 1..item.len()).find(|&i| bar(i))?;
    // `|x| -> T { .. }`: a block body, not an expression.
    let arrow = matches!(item.get(close + 1), Some(TokenTree::Punct(p)) if p.as_char() == '-');
    (!arrow && close + 1 < item.len()).then_some(close + 1)
}

/// Whether the token before `item[at]` ends an operand: a name, a literal,
/// a group, `?`, or `.await`.
fn ends_operand(item: &[TokenTree], at: usize) -> bool {
    match &item[at - 1] {
        TokenTree::Literal(_) | TokenTree::Group(_) => true,
        TokenTree::Punct(p) => p.as_char() == '?',
        TokenTree::Ident(ident) => {
            let after_dot =
                at >= 2 && matches!(&item[at - 2], TokenTree::Punct(p) if p.as_char() == '.');
            let word = ident.to_string();
            after_dot
                || ["self", "Self", "true", "false"].contains(&word.as_str())
                || crate::names::is_name(ident)
        }
    }
}

fn is_ident(tree: &TokenTree, word: &str) -> bool {
    matches!(tree, TokenTree::Ident(ident) if ident == word)
}

/// Rewrites every chain of two or more comparisons of one token level. The
/// type after `->`, or after the `:` of a `let` or of closure parameters (up
/// to the next boundary), is left alone: its angle brackets are generics. A
/// dict's or struct field's `:` is followed by a value.
pub fn chained_comparisons(trees: Vec<TokenTree>) -> Vec<TokenTree> {
    let trees = block_operands(trees);
    let mut out = Vec::new();
    let mut start = 0;
    let mut comparisons: Vec<(usize, usize)> = Vec::new();
    let mut in_type = false;
    let mut previous = String::new();
    let flush = |out: &mut Vec<TokenTree>, start: usize, end: usize, cmps: &[(usize, usize)]| {
        if let Some(fixed) = generic_arguments(&trees[start..end], start, cmps) {
            out.push(fixed);
        } else if cmps.len() >= 2 {
            out.push(chain(&trees[start..end], start, cmps));
        } else {
            out.extend(trees[start..end].iter().cloned());
        }
    };
    for (at, op) in operators(&trees) {
        let len = match &trees[at] {
            TokenTree::Punct(_) => op.len(),
            _ => 1,
        };
        if COMPARISONS.contains(&op.as_str()) {
            if !in_type {
                comparisons.push((at, len));
            }
        } else if is_boundary(&trees[at], &op) {
            flush(&mut out, start, at, &comparisons);
            out.extend(trees[at..at + len].iter().cloned());
            start = at + len;
            comparisons.clear();
            in_type = op == "->" || (op == ":" && (previous == "let" || previous == "|"));
            previous = op;
        }
    }
    flush(&mut out, start, trees.len(), &comparisons);
    out
}

/// `parse<T>()` for `parse::<T>()`: generic arguments without the
/// turbofish read as the chain `parse < T > ()`. It is one when a method or
/// function name is before the `<`, a type between (a path whose last name
/// is capitalised or a primitive type, or anything before an empty `()`),
/// and an argument list right after the `>`: no Python chain compares with
/// a parenthesized value that way. Rewritten as meant, after an error on
/// `parse<T>` that says so (rustc's "comparison operators cannot be
/// chained" with its turbofish help, by hand):
///
/// ```text
/// s.parse<T>().ok()  =>  { compile_error!(".."); s.parse::<T>().ok() }
/// ```
fn generic_arguments(
    item: &[TokenTree],
    offset: usize,
    comparisons: &[(usize, usize)],
) -> Option<TokenTree> {
    // Any two neighbouring comparisons may be the arguments: `.sum<u32>() > 4`.
    comparisons
        .windows(2)
        .find_map(|pair| generic_pair(item, offset, (pair[0], pair[1])))
}

/// [`generic_arguments`] for one pair of comparisons, `<` at `open` and `>`
/// at `close`; what else the item compares is rewritten as any item is
/// (`.sum::<u32>() > 4` stays one comparison, `0 < s.parse::<u32>() < 10` is
/// a chain).
fn generic_pair(
    item: &[TokenTree],
    offset: usize,
    pair: ((usize, usize), (usize, usize)),
) -> Option<TokenTree> {
    let ((open, 1), (close, 1)) = pair else {
        return None;
    };
    let (open, close) = (open - offset, close - offset);
    let is = |i: usize, c: char| matches!(&item[i], TokenTree::Punct(p) if p.as_char() == c);
    if !is(open, '<') || !is(close, '>') || open == 0 {
        return None;
    }
    let TokenTree::Ident(name) = &item[open - 1] else {
        return None;
    };
    // A method (`.parse`) or a function path (`size_of`, `mem::take`).
    let callee = open == 1 || is(open - 2, '.') || is(open - 2, ':');
    let ty = &item[open + 1..close];
    let path = !ty.is_empty()
        && ty.iter().all(|tree| match tree {
            TokenTree::Ident(_) => true,
            TokenTree::Punct(p) => p.as_char() == ':',
            _ => false,
        });
    let Some(TokenTree::Group(args)) = item.get(close + 1) else {
        return None;
    };
    let primitive = matches!(ty.last(), Some(TokenTree::Ident(last))
        if crate::names::PRIMITIVES.iter().any(|p| last == p));
    let type_like = crate::names::names_a_type(ty) || primitive;
    let empty = args.stream().is_empty();
    if !callee || !path || args.delimiter() != Delimiter::Parenthesis || !(type_like || empty) {
        return None;
    }
    let written: TokenStream = item[open - 1..=close].iter().cloned().collect();
    let turbofish: TokenStream = std::iter::once(item[open - 1].clone())
        .chain(colons(item[open].span()))
        .chain(item[open..=close].iter().cloned())
        .collect();
    let message = format!(
        "generic arguments in an expression take `::<..>` (the turbofish): `{name}::<{ty}>(..)`; `{name}<{ty}>(..)` reads as two comparisons",
        ty = ty.iter().cloned().collect::<TokenStream>(),
    );
    let error = error_expr(&Error::new_spanned(written, message));
    let meant: Vec<TokenTree> = item[..open - 1]
        .iter()
        .cloned()
        .chain(turbofish)
        .chain(item[close + 1..].iter().cloned())
        .collect();
    let meant: TokenStream = chained_comparisons(meant).into_iter().collect();
    let block = Group::new(Delimiter::Brace, quote!(#error; #meant));
    Some(TokenTree::Group(Group::new(
        Delimiter::None,
        TokenTree::Group(block).into(),
    )))
}

/// `::`, at `span`.
fn colons(span: Span) -> [TokenTree; 2] {
    let mut first = proc_macro2::Punct::new(':', Spacing::Joint);
    let mut second = proc_macro2::Punct::new(':', Spacing::Alone);
    first.set_span(span);
    second.set_span(span);
    [TokenTree::Punct(first), TokenTree::Punct(second)]
}

const COMPARISONS: [&str; 6] = ["<", ">", "<=", ">=", "==", "!="];

/// Rust's `match` and `if` expressions that are operands of a comparison
/// (`0 < match c { .. } <= 2`, `x < if c { 1 } else { 2 }`), each in
/// parentheses: their keywords and blocks would end the chain, and a
/// `match` first would end a statement where the expansion puts it.
fn block_operands(trees: Vec<TokenTree>) -> Vec<TokenTree> {
    // Where each comparison operator of the level ends.
    let comparison_ends: Vec<usize> = operators(&trees)
        .into_iter()
        .filter(|(_, op)| COMPARISONS.contains(&op.as_str()))
        .map(|(at, op)| at + op.len())
        .collect();
    let comparison_at = |i: usize| comparison_ends.contains(&i);
    let brace = |tree: Option<&TokenTree>| matches!(tree, Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace);
    // The end of the block-like expression at `i` (one past its last
    // block): `match SCRUTINEE { .. }`, `if C { .. } [else if C { .. }]* [else { .. }]`.
    let extent = |i: usize| -> Option<usize> {
        let word = match &trees[i] {
            TokenTree::Ident(word) if word == "match" || word == "if" => word.to_string(),
            _ => return None,
        };
        let mut end = (i + 2..trees.len()).find(|&j| brace(trees.get(j)))? + 1;
        while word == "if" && trees.get(end).is_some_and(|t| is_ident(t, "else")) {
            end = if trees.get(end + 1).is_some_and(|t| is_ident(t, "if")) {
                (end + 3..trees.len()).find(|&j| brace(trees.get(j)))? + 1
            } else if brace(trees.get(end + 1)) {
                end + 2
            } else {
                return None;
            };
        }
        Some(end)
    };
    let mut out: Vec<TokenTree> = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        if let Some(end) = extent(i) {
            // After a comparison, or (a `match`) before one.
            let before = comparison_at(i);
            let after = is_ident(&trees[i], "match")
                && matches!(trees.get(end), Some(TokenTree::Punct(p)) if "<>=!".contains(p.as_char()));
            if before || after {
                out.push(paren(&trees[i..end]));
                i = end;
                continue;
            }
        }
        out.push(trees[i].clone());
        i += 1;
    }
    out
}

/// The keywords that end a comparison chain, an operand after each. Python's
/// `and` and `or` too (looser than comparisons, and an error of their own,
/// after which the operands on each side are still checked).
const CHAIN_ENDS: [&str; 13] = [
    "if", "else", "for", "in", "let", "match", "return", "while", "async", "move", "break", "and",
    "or",
];

/// What ends a comparison chain: operators that bind looser, punctuation
/// between expressions, keywords and blocks.
fn is_boundary(tree: &TokenTree, op: &str) -> bool {
    const LOOSER: [&str; 21] = [
        ",", ";", "=", "&&", "||", "..", "..=", "=>", "->", ":", "+=", "-=", "*=", "/=", "%=",
        "^=", "&=", "|=", "<<=", ">>=", "|",
    ];
    match tree {
        TokenTree::Punct(_) => LOOSER.contains(&op),
        TokenTree::Ident(ident) => CHAIN_ENDS.iter().any(|k| ident == k),
        TokenTree::Group(group) => group.delimiter() == Delimiter::Brace,
        TokenTree::Literal(_) => false,
    }
}

/// The operators and identifiers of one level with their positions, the
/// punctuation joined into operators (`<=`, `&&`...), and the angle brackets
/// of a turbofish (`::<T>`) or of a qualified path (`<E>::from`, `<T as
/// Trait>::f`, a `<` where an operand starts) left out with what they hold.
fn operators(trees: &[TokenTree]) -> Vec<(usize, String)> {
    const JOINED: [&str; 22] = [
        "<<=", ">>=", "..=", "...", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "..",
        "<<", ">>", "+=", "-=", "*=", "/=", "%=", "^=",
    ];
    let mut ops: Vec<(usize, String)> = Vec::new();
    let mut generics = 0usize;
    // In the type of a cast, `x as Box<dyn Shape>`: its `<` opens generic
    // arguments, as rustc reads it (`x as u8 < y` is rustc's own error).
    let mut cast = false;
    // Whether an operand starts here: at the start, after an operator or a
    // keyword, not after a name, a literal, a group or a postfix `?`.
    let mut operand = true;
    let mut i = 0;
    while i < trees.len() {
        let TokenTree::Punct(_) = &trees[i] else {
            if let (TokenTree::Ident(ident), 0) = (&trees[i], generics) {
                ops.push((i, ident.to_string()));
            }
            // (After a keyword, `if <T>::ok(x)`, Python's `not`, or a cast's `as`.)
            operand = matches!(&trees[i], TokenTree::Ident(ident)
                if CHAIN_ENDS.iter().chain(&["not", "as"]).any(|k| ident == k));
            // (A path's names keep it; a keyword, `if` of a conditional, ends it.)
            cast = matches!(&trees[i], TokenTree::Ident(ident)
                if ident == "as" || (cast && crate::names::is_name(ident)));
            i += 1;
            continue;
        };
        let mut joined = String::new();
        let mut j = i;
        while let Some(TokenTree::Punct(p)) = trees.get(j) {
            joined.push(p.as_char());
            j += 1;
            if p.spacing() == Spacing::Alone {
                break;
            }
        }
        let op = JOINED
            .iter()
            .find(|op| joined.starts_with(*op))
            .map_or_else(|| joined[..1].to_string(), |op| (*op).to_string());
        let len = op.len();
        let turbofish =
            op == "<" && matches!(ops.last(), Some((at, o)) if o == "::" && at + 2 == i);
        let cast_generics = cast && op == "<";
        let qualified = operand && op == "<";
        cast = cast && op == "::";
        if turbofish || cast_generics || qualified || (generics > 0 && op == "<") {
            generics += 1;
            operand = false;
        } else if generics > 0 && (op == ">" || op == ">>") {
            generics = generics.saturating_sub(len);
        } else if generics == 0 {
            operand = op != "?";
            ops.push((i, op));
        }
        i += len;
    }
    ops
}

/// `O0 op0 O1 op1 O2 ..` (positions of the operators relative to the level,
/// `offset` being where `item` starts) as `O0 op0 O1 && { O1 op1 O2 .. }`, with
/// each operand evaluated once, left to right, and the chain stopping at the
/// first false comparison: an operand that runs code (`f(x)`, `xs[i]`) is
/// bound by a `match` on a borrow of it, and compared through `*`; a place or
/// a literal (`lo`, `x.qty`, `0`), which runs nothing, stands as written, as
/// in the chain by hand, so that rustc's messages about it are its own
/// ("consider dereferencing the borrow: `*lo`").
///
/// ```text
/// lo <= x.qty < hi        =>  lo <= x.qty && { x.qty < hi }
/// 0 < f(x) <= g(x) < 9    =>  match &(f(x)) { c1 => 0 < *c1 && { match &(g(x)) { c2 => *c1 <= *c2 && { *c2 < 9 } } } }
/// ```
fn chain(item: &[TokenTree], offset: usize, comparisons: &[(usize, usize)]) -> TokenTree {
    let mut raw = Vec::new();
    let mut ops = Vec::new();
    let mut start = 0;
    for &(at, len) in comparisons {
        let at = at - offset;
        raw.push(&item[start..at]);
        ops.push(item[at..at + len].iter().cloned().collect::<TokenStream>());
        start = at + len;
    }
    raw.push(&item[start..]);
    let operands: Vec<Operand> = (raw.iter().enumerate())
        .map(|(i, trees)| Operand::new(i, trees))
        .collect();
    let last = operands.len() - 1;
    // The last operand is compared once, as written.
    let compare = |i: usize| {
        let right = match i + 1 {
            next if next == last => operands[next].tokens.clone().into(),
            next => operands[next].value(),
        };
        let (left, op) = (operands[i].value(), &ops[i]);
        quote!(#left #op #right)
    };
    let mut expr = compare(last - 1);
    // Each comparison after the first in braces, which change nothing but
    // what clippy sees: `0 <= v && v < 256` is its `manual_range_contains`,
    // where the user wrote Python's chain (not `(0..256).contains(&v)`).
    for i in (2..last).rev() {
        let step = compare(i - 1);
        expr = operands[i].bind(quote!(#step && { #expr }));
    }
    // The first two operands always run, as in Python: one scrutinee, so
    // that a walrus in the second is not in a `match` arm.
    let step = compare(0);
    let body = quote!(#step && { #expr });
    let expr = match (operands[0].bound(), operands[1].bound()) {
        (Some((local0, value0)), Some((local1, value1))) => {
            quote!(match (#value0, #value1) { (#local0, #local1) => #body })
        }
        (Some(_), None) => operands[0].bind(body),
        _ => operands[1].bind(body),
    };
    TokenTree::Group(Group::new(Delimiter::Parenthesis, expr))
}

/// One operand of a comparison chain (see [`chain`]).
struct Operand {
    /// The user's tokens: in parentheses, unless a place or a literal.
    tokens: TokenTree,
    /// For an operand that runs code: its local, located at it.
    local: Option<Ident>,
    /// Where the operand is, for the `&` and `*` around its local.
    span: Span,
}

impl Operand {
    fn new(i: usize, trees: &[TokenTree]) -> Operand {
        let tokens = paren(trees);
        let span = tokens.span();
        if !is_place(trees) {
            let local = Some(internal_at(&format!("cmp_{i}"), span));
            return Operand {
                tokens,
                local,
                span,
            };
        }
        // Without parentheses, which would take the macro's context and
        // hide rustc's suggestions on the operand.
        let tokens = match trees {
            [one] => one.clone(),
            _ => TokenTree::Group(Group::new(Delimiter::None, trees.iter().cloned().collect())),
        };
        Operand {
            tokens,
            local: None,
            span,
        }
    }

    /// The operand where it is compared: `*__comp_cmp_1`, or as written.
    fn value(&self) -> TokenStream {
        match &self.local {
            Some(local) => {
                let star = quote_spanned!(self.span=> *);
                quote!(#star #local)
            }
            None => self.tokens.clone().into(),
        }
    }

    /// For an operand that runs code, its local and what it is bound to.
    fn bound(&self) -> Option<(&Ident, TokenStream)> {
        let (borrow, tokens) = (quote_spanned!(self.span=> &), &self.tokens);
        (self.local.as_ref()).map(|local| (local, quote!(#borrow #tokens)))
    }

    /// `body` where the operand is bound: `match &(O) { __comp_cmp_i => BODY }`.
    fn bind(&self, body: TokenStream) -> TokenStream {
        match self.bound() {
            Some((local, value)) => quote!(match #value { #local => #body }),
            None => body,
        }
    }
}

/// A place or a literal, which evaluates nothing: names and literals joined
/// by `.` and `::`, dereferenced or negated (`lo`, `self.bounds.lo`, `t.0`,
/// `*x`, `i32::MAX`, `0`, `-1`).
fn is_place(trees: &[TokenTree]) -> bool {
    const PLACES: [&str; 6] = ["self", "Self", "crate", "super", "true", "false"];
    let prefix = trees
        .iter()
        .take_while(
            |tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == '*' || p.as_char() == '-'),
        )
        .count();
    let unsigned = &trees[prefix..];
    !unsigned.is_empty()
        && unsigned.iter().all(|tree| match tree {
            TokenTree::Ident(ident) => is_name(ident) || PLACES.iter().any(|k| ident == k),
            TokenTree::Literal(_) => true,
            TokenTree::Punct(p) => p.as_char() == '.' || p.as_char() == ':',
            TokenTree::Group(_) => false,
        })
}

/// An operand in parentheses, so that the operators around it keep its meaning.
fn paren(trees: &[TokenTree]) -> TokenTree {
    let mut group = Group::new(Delimiter::Parenthesis, trees.iter().cloned().collect());
    let at = trees.first().map_or_else(Span::call_site, TokenTree::span);
    group.set_span(Span::mixed_site().located_at(at));
    TokenTree::Group(group)
}
