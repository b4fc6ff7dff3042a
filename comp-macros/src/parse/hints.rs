//! Python habits: the Rust spelling of what a newcomer writes.

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Error, Token};

use crate::ast::Form;
use crate::names::{is_name, is_punct};

/// Python's membership test, `x in ys`, in Rust: `ys.contains(&x)`, or for
/// a string literal `ys` (`c in "aeiou"`), `"aeiou".contains(c)` (a `str`
/// takes a `char` or a `&str` pattern by value), for a tuple
/// `[a, b].contains(&x)`, for a map's keys `d.contains_key(&k)`. `negated`:
/// Python's `not in`, Rust's `!`.
fn membership(haystack: &[TokenTree], negated: bool) -> String {
    // The operand after `in`: up to the next clause, option or item.
    let end = haystack.iter().position(|tree| match tree {
        TokenTree::Ident(word) => ["for", "if", "else", "async", "let"]
            .iter()
            .any(|k| word == k),
        TokenTree::Punct(p) => p.as_char() == ',' || p.as_char() == ';',
        _ => false,
    });
    let haystack = &haystack[..end.unwrap_or(haystack.len())];
    let keys = haystack.windows(3).any(|w| {
        matches!(w, [TokenTree::Punct(dot), TokenTree::Ident(keys), TokenTree::Group(call)]
            if dot.as_char() == '.' && keys == "keys" && call.stream().is_empty())
    });
    let (python, rust) = match negated {
        true => ("not in", "!"),
        false => ("in", ""),
    };
    match haystack.first() {
        Some(TokenTree::Literal(lit)) if lit.to_string().starts_with('"') => format!(
            "Python's membership test `c {python} \"aeiou\"` is `{rust}\"aeiou\".contains(c)` in Rust (a `char` or a `&str`, by value)"
        ),
        Some(TokenTree::Group(tuple))
            if tuple.delimiter() == proc_macro2::Delimiter::Parenthesis
                && tuple.stream().into_iter().any(|t| matches!(&t, TokenTree::Punct(p) if p.as_char() == ',')) =>
        {
            format!("Python's membership test `x {python} (a, b)` is `{rust}[a, b].contains(&x)` in Rust: an array, as a tuple has no `contains` (a `String` among string literals: `&x.as_str()`)")
        }
        _ if keys => format!(
            "Python's membership test `k {python} d.keys()` is `{rust}d.contains_key(&k)` in Rust"
        ),
        _ => format!("Python's membership test `x {python} ys` is `{rust}ys.contains(&x)` in Rust (`{rust}ys.contains_key(&x)` for a map)"),
    }
}

/// The tokens after the cursor's next `skip` trees.
fn rest(input: ParseStream, skip: usize) -> Vec<TokenTree> {
    let mut trees = Vec::new();
    let mut cursor = input.cursor();
    while let Some((tree, next)) = cursor.token_tree() {
        trees.push(tree);
        cursor = next;
    }
    trees.into_iter().skip(skip).collect()
}

/// What [`unexpected`] is told after the element (before any clause).
pub(super) const AFTER_ELEMENT: &str = "expected `for` after the element";

/// The error for a token that cannot continue the comprehension, after a
/// Python habit, or `expected`.
pub(super) fn unexpected(input: ParseStream, form: Form, expected: &str) -> Error {
    if let Ok(ident) = input.fork().call(Ident::parse_any) {
        if ident == "not" && input.peek2(Token![in]) {
            return Error::new(ident.span(), membership(&rest(input, 2), true));
        }
        if let Some(hint) = word_hint(&ident, input.peek2(Token![in])) {
            return Error::new(ident.span(), hint);
        }
    }
    if input.peek(Token![in]) {
        return input.error(membership(&rest(input, 1), false));
    }
    if input.peek(Token![:]) && input.peek2(Token![=]) {
        // `if d := dist(p) < RANGE`: parentheses around the whole would
        // bind `d` to the comparison.
        let compared = rest(input, 2)
            .into_iter()
            .take_while(|tree| !matches!(tree, TokenTree::Ident(w) if w == "for" || w == "if"))
            .any(|tree| {
                matches!(&tree, TokenTree::Punct(p) if "<>".contains(p.as_char())
                    || ("=!".contains(p.as_char()) && p.spacing() == proc_macro2::Spacing::Joint))
            });
        let message = if compared {
            "an assignment expression needs parentheses: `(name := expr)`; to compare the value it binds, close them before the comparison: `(name := expr) < limit` (`(name := a < b)` binds the `bool`)"
        } else {
            "an assignment expression needs parentheses: `(name := expr)`"
        };
        return input.error(message);
    }
    if input.peek(Token![:]) {
        // `for x in xs:` with nothing (or another clause) after the colon.
        let fork = input.fork();
        let _ = fork.parse::<Token![:]>();
        let clause_end = fork.is_empty()
            || fork.peek(Token![for])
            || fork.peek(Token![if])
            || fork.peek(Token![;]);
        if clause_end {
            return input.error(
                "Python's `:` ends a `for` or `if` statement; a comprehension's clauses have none: remove it",
            );
        }
    }
    if input.peek(Token![:]) && form == Form::Lazy {
        return input.error("a lazy form yields one item at a time: for pairs, a tuple `((k, v) for ...)`; a `key: value` element makes a dict comprehension, `comp!({k: v for ...})`");
    }
    if input.peek(Token![:]) && form != Form::Set {
        return input.error("a `key: value` element makes a dict comprehension, which needs its own braces inside the macro call: `comp!({k: v for ...})`");
    }
    if input.peek(Token![=>]) && expected == AFTER_ELEMENT {
        return input.error(
            "a dict comprehension separates key and value with `:`, not `=>`: `{k: v for ...}`",
        );
    }
    if input.peek(Token![=>]) {
        // In a clause: `if t.year => 1990`.
        return input.error("`=>` is not a comparison: greater than or equal is `>=`");
    }
    if input.peek(Token![#]) {
        return input.error(super::salvage::COMMENT);
    }
    if input.peek(Token![else]) {
        return input.error(
            "an `if` clause filters and has no `else`: for a value chosen by a condition, make the element the conditional, `a if c else b for ..`, before the first `for`; a conditional iterable goes in parentheses, as in Python: `for x in (a if c else b)`",
        );
    }
    input.error(expected)
}

/// Python words that are not Rust, with the Rust spelling; `before_in`
/// tells `not in` from `not`.
pub(super) fn word_hint(ident: &Ident, before_in: bool) -> Option<&'static str> {
    Some(match ident.to_string().as_str() {
        "not" if before_in => "Python's `x not in ys` is `!ys.contains(&x)` in Rust",
        "and" => "Python's `and` is `&&` in Rust",
        "or" => "Python's `or` is `||` in Rust (for a value or a default, `.unwrap_or(default)`)",
        "not" => "Python's `not` is `!` in Rust, on a `bool` (for Python's falsy values: `n == 0`, `s.is_empty()`, `x.is_none()`)",
        "is" => "Python's `is` has no Rust equivalent: compare with `==`, or use `.is_none()` for `is None` and `.is_some()` for `is not None`",
        "lambda" => "Python's `lambda x: ...` is a closure in Rust: `|x| ...`",
        "elif" => "a conditional element chains with `else`: `a if c else b if d else e`",
        _ => return None,
    })
}

/// Whether `word` is `for` mistyped: at most two edits away (`fro`, `fo`, `forr`).
fn near_for(word: &str) -> bool {
    edits_from_for(word) <= 2
}

/// The edit distance from `word` to `for`.
fn edits_from_for(word: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), "for".chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// `fro` in `fro x in xs`, a `for` misspelled before a loop pattern and its
/// `in` (`rest`, after the word: names, `mut`, `_`, tuples, `&` and `,`,
/// at least one, then `in`; so not `foo(x)` after an expression, nor a
/// word right before `in`, the pattern of a `for` left out). Closer to
/// `for` than [`near_for`], which also takes one-letter names (`*f not in
/// ys`): its letters swapped, or one edit away.
pub(super) fn is_misspelled_for(word: &Ident, mut rest: syn::buffer::Cursor) -> bool {
    let text = word.to_string();
    let mut letters: Vec<char> = text.chars().collect();
    letters.sort_unstable();
    let close = letters == ['f', 'o', 'r'] || (text.len() >= 2 && edits_from_for(&text) <= 1);
    if !close || !is_plain_word(word) {
        return false;
    }
    let mut pattern = 0;
    while let Some((tree, next)) = rest.token_tree() {
        let in_pattern = match &tree {
            TokenTree::Ident(name) if name == "in" => return pattern > 0,
            TokenTree::Ident(name) => {
                is_plain_word(name) || name == "mut" || name == "ref" || name == "_"
            }
            TokenTree::Group(group) => group.delimiter() != proc_macro2::Delimiter::Brace,
            TokenTree::Punct(p) => p.as_char() == '&' || p.as_char() == ',',
            TokenTree::Literal(_) => false,
        };
        if !in_pattern {
            return false;
        }
        pattern += 1;
        rest = next;
    }
    false
}

/// The error for a misspelled `for` (see [`is_misspelled_for`]).
pub(super) fn misspelled_for(word: &Ident) -> Error {
    let message = format!("expected `for` before the loop pattern, found `{word}`");
    Error::new(word.span(), message)
}

/// An identifier that is not a keyword or a Python word of [`word_hint`]
/// (`not x in ys` is a membership test).
pub(super) fn is_plain_word(word: &Ident) -> bool {
    crate::names::is_name(word)
        && word_hint(word, true).is_none()
        && word_hint(word, false).is_none()
}

/// After a parse error: a Python word anywhere in the input explains it better.
pub(super) fn habit_hint(tokens: &TokenStream) -> Option<Error> {
    hint_in(tokens, false)
}

/// [`habit_hint`] of a token level; `in_for` when a `for` (or `async`) just
/// before it makes its `in` Rust's (`for (x in xs)`).
fn hint_in(tokens: &TokenStream, mut in_for: bool) -> Option<Error> {
    let level: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let hint = c_conditional(&level)
        .or_else(|| cast_then_less(&level))
        .or_else(|| conditional_in_arm(&level));
    if let Some(err) = hint {
        return Some(err);
    }
    // A level with match arms, whose patterns may bind with `@`.
    let arms = level
        .windows(2)
        .any(|w| is_punct(w.first(), '=') && is_punct(w.get(1), '>'));
    let mut trees = tokens.clone().into_iter().peekable();
    // After `let` (of `if let` or a `let` clause), before its `=`.
    let mut in_let = false;
    let mut previous_is_bang = false;
    let mut previous: Option<TokenTree> = None;
    let mut before_previous: Option<TokenTree> = None;
    while let Some(tree) = trees.next() {
        match &tree {
            TokenTree::Ident(ident) if ident == "for" || ident == "async" => in_for = true,
            TokenTree::Ident(ident) if ident == "let" => in_let = true,
            TokenTree::Ident(ident) if ident == "in" && in_let => {
                let message = "`let` binds with `=`, not `in`: `if let Some(x) = expr`";
                return Some(Error::new(ident.span(), message));
            }
            // The `in` of a `for` (whose pattern may be a bare tuple `n, a`).
            TokenTree::Ident(ident) if ident == "in" && in_for => in_for = false,
            TokenTree::Ident(ident) if ident == "in" => {
                // `x * 2 fro x in xs`: a word, a pattern, `in` is a `for`
                // misspelled, not a membership test.
                if let (Some(TokenTree::Ident(word)), Some(TokenTree::Ident(_))) =
                    (&before_previous, &previous)
                {
                    // `fro x in xs`: a misspelled `for`.
                    if is_plain_word(word) && near_for(&word.to_string()) {
                        return Some(misspelled_for(word));
                    }
                }
                // A name and `in` right after an operand (a name, a literal,
                // a group: `for a in &left b in &right`, `x * 2 x in xs`):
                // the `for` left out.
                let operand_before = match &before_previous {
                    Some(TokenTree::Ident(word)) => is_plain_word(word),
                    Some(TokenTree::Literal(_) | TokenTree::Group(_)) => true,
                    _ => false,
                };
                if let Some(TokenTree::Ident(pat)) = &previous {
                    if operand_before && is_plain_word(pat) {
                        let message = format!("expected `for` before the loop pattern `{pat}`");
                        return Some(Error::new(pat.span(), message));
                    }
                }
                let after_operand = matches!(
                    previous,
                    Some(TokenTree::Ident(_) | TokenTree::Literal(_) | TokenTree::Group(_))
                );
                if after_operand {
                    let haystack: Vec<TokenTree> = trees.clone().collect();
                    let message = membership(&haystack, false);
                    return Some(Error::new(ident.span(), message));
                }
            }
            TokenTree::Punct(p) if p.as_char() == ';' => in_for = false,
            // Python's `.5`: a `.` that follows no operand, before an
            // integer (not a field `t.0` or `r?.0`, not the `..` of a range).
            TokenTree::Punct(dot) if dot.as_char() == '.' => {
                // `0...n`, an old range syntax (and a C habit), as rustc says
                // it by hand.
                let mut ahead = trees.clone();
                let three = dot.spacing() == proc_macro2::Spacing::Joint
                    && matches!(ahead.next(), Some(TokenTree::Punct(p)) if p.as_char() == '.' && p.spacing() == proc_macro2::Spacing::Joint)
                    && is_punct(ahead.next().as_ref(), '.');
                let after_dots = is_punct(previous.as_ref(), '.');
                if three && !after_dots {
                    let message = "unexpected `...`: use `..` for an exclusive range, `..=` for an inclusive one";
                    return Some(Error::new(dot.span(), message));
                }
                // (Any word: `self.0` is a field too.)
                let after_operand = match &previous {
                    Some(TokenTree::Punct(p)) => p.as_char() == '.' || p.as_char() == '?',
                    Some(_) => true,
                    None => false,
                };
                let digits = matches!(trees.peek(), Some(TokenTree::Literal(lit))
                    if lit.to_string().chars().all(|c| c.is_ascii_digit() || c == '_'));
                if !after_operand && digits {
                    let message =
                        "Python's `.5` is `0.5` in Rust: a float literal needs its integer part";
                    return Some(Error::new(dot.span(), message));
                }
            }
            // Python's matrix multiplication, `w @ x`, between two operands
            // outside a pattern (`n @ 1..=9` binds).
            TokenTree::Punct(at) if at.as_char() == '@' && !in_for && !in_let && !arms => {
                let operand = |tree: Option<&TokenTree>| match tree {
                    Some(TokenTree::Ident(word)) => crate::names::is_name(word),
                    Some(TokenTree::Literal(_) | TokenTree::Group(_)) => true,
                    _ => false,
                };
                if operand(previous.as_ref()) && operand(trees.peek()) {
                    let message = "Python's `a @ b` (matrix multiplication) has no operator in Rust: call a function, such as `dot(&a, &b)`";
                    return Some(Error::new(at.span(), message));
                }
            }
            // Python's bitwise not (no Rust expression has a `~`).
            TokenTree::Punct(tilde) if tilde.as_char() == '~' => {
                let message = "Python's `~x` (bitwise not) is `!x` in Rust";
                return Some(Error::new(tilde.span(), message));
            }
            // `===`/`!==`: not Rust's (nor Python's) operators.
            TokenTree::Punct(third) if third.as_char() == '=' => {
                if let (Some(TokenTree::Punct(first)), Some(TokenTree::Punct(second))) =
                    (&before_previous, &previous)
                {
                    let joint = first.spacing() == proc_macro2::Spacing::Joint
                        && second.spacing() == proc_macro2::Spacing::Joint;
                    if joint && second.as_char() == '=' && "=!".contains(first.as_char()) {
                        let message = match first.as_char() {
                            '=' => "invalid comparison operator `===`: use `==`",
                            _ => "invalid comparison operator `!==`: use `!=`",
                        };
                        return Some(Error::new(first.span(), message));
                    }
                }
            }
            TokenTree::Ident(ident) => {
                let next = trees.peek();
                let before_in = matches!(next, Some(TokenTree::Ident(i)) if i == "in");
                let expression_follows = matches!(
                    next,
                    Some(TokenTree::Ident(_) | TokenTree::Literal(_) | TokenTree::Group(_))
                );
                if ident == "not" && before_in {
                    let haystack: Vec<TokenTree> = trees.clone().skip(1).collect();
                    return Some(Error::new(ident.span(), membership(&haystack, true)));
                }
                if let Some(hint) = word_hint(ident, before_in).filter(|_| expression_follows) {
                    // After a block, `elif` continues a Rust `if` chain.
                    let after_block = matches!(&previous, Some(TokenTree::Group(g))
                        if g.delimiter() == proc_macro2::Delimiter::Brace);
                    let hint = match ident.to_string().as_str() {
                        "elif" if after_block => "Python's `elif` is `else if` in Rust: `if a { x } else if b { y } else { z }`",
                        _ => hint,
                    };
                    return Some(Error::new(ident.span(), hint));
                }
                // Python's `lambda: f(x)`, without parameters.
                let colon = matches!(next, Some(TokenTree::Punct(p))
                    if p.as_char() == ':' && p.spacing() == proc_macro2::Spacing::Alone);
                if ident == "lambda" && colon {
                    let message =
                        "Python's `lambda: ...` is a closure without parameters in Rust: `|| ...`";
                    return Some(Error::new(ident.span(), message));
                }
            }
            TokenTree::Group(group) if !previous_is_bang => {
                let after_for = matches!(&previous, Some(TokenTree::Ident(word)) if word == "for");
                if let Some(err) = hint_in(&group.stream(), after_for) {
                    return Some(err);
                }
            }
            _ => {}
        }
        in_let &= !matches!(&tree, TokenTree::Punct(p) if p.as_char() == '=');
        previous_is_bang = matches!(&tree, TokenTree::Punct(p) if p.as_char() == '!');
        before_previous = previous.replace(tree);
    }
    None
}

/// A pattern that binds a Rust keyword, Python's `type` or `match` (`for
/// (type, n) in counts`): rustc's "expected identifier, found keyword", with
/// its raw spelling, rather than syn's list of what a pattern may start
/// with. Looked for in the pattern at `input`, up to its `in` or `=`.
pub(super) fn keyword_in_pattern(input: ParseStream) -> Option<Error> {
    fn find(tokens: TokenStream) -> Option<Ident> {
        let mut trees = tokens.into_iter().peekable();
        while let Some(tree) = trees.next() {
            match tree {
                TokenTree::Group(group) => {
                    if let Some(word) = find(group.stream()) {
                        return Some(word);
                    }
                }
                TokenTree::Ident(word) if word == "in" => return None,
                // Allowed in a pattern: `ref x`, `mut x`, `_`, a `const`
                // block, `true`; `self::X` or `crate::X` is a path.
                TokenTree::Ident(word) => {
                    let allowed = ["ref", "mut", "_", "const", "true", "false", "box"];
                    let path = is_punct(trees.peek(), ':');
                    if !is_name(&word) && !path && !allowed.iter().any(|a| word == a) {
                        return Some(word);
                    }
                }
                TokenTree::Punct(p) if p.as_char() == '=' => return None,
                _ => {}
            }
        }
        None
    }
    let word = find(input.cursor().token_stream())?;
    let message = match word.to_string().as_str() {
        name @ ("self" | "Self" | "super" | "crate") => {
            format!("expected a name, found the keyword `{name}`: Rust reserves it, rename the variable")
        }
        name => format!(
            "expected a name, found the keyword `{name}`: Rust reserves it, rename the variable or write it raw, `r#{name}`"
        ),
    };
    Some(Error::new(word.span(), message))
}

/// JavaScript's arrow function among a call's arguments, `map(v => v / max)`
/// or `(a, b) => ..`: an argument that starts with its parameters and `=>`.
pub(crate) fn arrow_function(arguments: &[TokenTree]) -> Option<Error> {
    let punct = |i: usize, c: char| is_punct(arguments.get(i), c);
    let starts = std::iter::once(0).chain(
        (0..arguments.len())
            .filter(|&i| punct(i, ','))
            .map(|i| i + 1),
    );
    for start in starts {
        let params = match arguments.get(start) {
            Some(TokenTree::Ident(name)) => crate::names::is_name(name),
            Some(TokenTree::Group(group)) => {
                group.delimiter() == proc_macro2::Delimiter::Parenthesis
            }
            _ => false,
        };
        let arrow = matches!(arguments.get(start + 1), Some(TokenTree::Punct(p))
            if p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Joint)
            && punct(start + 2, '>');
        if params && arrow {
            let message = "Rust's closures are written `|v| v * 2`, not `v => v * 2`";
            return Some(Error::new(arguments[start].span(), message));
        }
    }
    None
}

/// `o as usize < limit`: a primitive type, which takes no generic
/// arguments, then `<`, which rustc reads as their start after a cast.
fn cast_then_less(trees: &[TokenTree]) -> Option<Error> {
    trees.windows(3).find_map(|w| match w {
        [TokenTree::Ident(cast), TokenTree::Ident(ty), TokenTree::Punct(less)]
            if cast == "as"
                && less.as_char() == '<'
                && crate::names::PRIMITIVES.iter().any(|p| ty == p) =>
        {
            let message = format!(
                "`<` after a cast starts generic arguments in Rust: compare the cast value in parentheses, `(x as {ty}) < ..`"
            );
            Some(Error::new(less.span(), message))
        }
        _ => None,
    })
}

/// Python's conditional in a `match` arm's value, `P => a if c else b`,
/// which is Rust's syntax there and not rewritten (reference section 2.1):
/// an `if` after an operand, past the arm's `=>` (a guard is before it),
/// with an `else` before the next arm.
fn conditional_in_arm(trees: &[TokenTree]) -> Option<Error> {
    let mut in_value = false;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Punct(p)
                if p.as_char() == '>' && i > 0 && is_punct(trees.get(i - 1), '=') =>
            {
                in_value = true;
            }
            TokenTree::Punct(p) if p.as_char() == ',' => in_value = false,
            TokenTree::Ident(word) if word == "if" && in_value && i > 0 => {
                let after_operand = crate::names::ends_operand(&trees[i - 1]);
                let rest = &trees[i + 1..];
                let arm_end = rest
                    .iter()
                    .position(|t| is_punct(Some(t), ','))
                    .unwrap_or(rest.len());
                let has_else = rest[..arm_end]
                    .iter()
                    .any(|t| matches!(t, TokenTree::Ident(e) if e == "else"));
                if after_operand && has_else {
                    let message = "Python's conditional is not rewritten inside a `match` arm, whose syntax is Rust's: write `if c { a } else { b }`, or put it in parentheses, `(a if c else b)`";
                    return Some(Error::new(word.span(), message));
                }
            }
            _ => {}
        }
    }
    None
}

/// C's conditional `c ? a : b` at one token level: a `?` before an operand
/// (Rust's is postfix), and a `:` after it.
fn c_conditional(trees: &[TokenTree]) -> Option<Error> {
    let punct = |i: usize, c: char| is_punct(trees.get(i), c);
    for (i, tree) in trees.iter().enumerate() {
        let TokenTree::Punct(p) = tree else { continue };
        let operand_follows = match trees.get(i + 1) {
            Some(TokenTree::Literal(_)) => true,
            Some(TokenTree::Ident(name)) => crate::names::is_name(name),
            _ => false,
        };
        let colon_after = (i + 2..trees.len())
            .any(|at| punct(at, ':') && !punct(at + 1, ':') && !punct(at - 1, ':'));
        if p.as_char() == '?' && operand_follows && colon_after {
            let message = "Rust has no `c ? a : b`: write Python's conditional `a if c else b`";
            return Some(Error::new(p.span(), message));
        }
    }
    None
}
