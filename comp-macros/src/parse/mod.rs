//! One parser per piece of the grammar (see `docs/reference.md`, "Grammar").
//!
//! ```text
//! BODY    := ['move'] DISPLAY [';' OPTION (',' OPTION)*]
//! DISPLAY := '[' COMP ']' | '{' COMP '}' | '{' KEY ':' VALUE FORS '}' | '(' COMP ')' | COMP
//! COMP    := ELEM FORS          ELEM := EXPR ['if' EXPR 'else' ELEM]
//! FORS    := FOR CLAUSE*        FOR  := ['async'] 'for' PAT 'in' EXPR
//! CLAUSE  := FOR | 'if' EXPR | 'if' 'let' PAT '=' EXPR | 'let' PAT [':' TYPE] '=' ELEM
//! OPTION  := 'concurrency' '=' EXPR | 'unordered'
//! ```
//!
//! Every error says what was expected, and a Python habit (`and`, `x in ys`,
//! `lambda`, a conditional element without `else`...) gets the Rust spelling.

use std::cell::RefCell;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{token, Error, Expr, Pat, PatTuple, Result, Token};

use crate::ast::{Clause, Comprehension, Element, Flavor, ForClause, Form, Options};

mod exprs;
pub(crate) mod hints;
mod options;
mod recover;
pub(crate) mod salvage;

use exprs::{at_piece_end, open_range_len, region, resolve_walruses};
use hints::{habit_hint, keyword_in_pattern, unexpected, word_hint};
use options::parse_options;
use recover::Partial;

/// Parses a prepassed macro body (without the leading `($crate)` group).
/// On an error, also returns what could be parsed before it, for the
/// best-effort expansion that keeps an IDE working (see `expand.rs`).
pub fn parse(
    krate: TokenStream,
    flavor: Flavor,
    body: TokenStream,
) -> std::result::Result<Comprehension, (Error, Option<Box<Comprehension>>)> {
    let partial = RefCell::new(Partial::default());
    let parser = |input: ParseStream| parse_body(input, krate.clone(), flavor, &partial);
    let err = match parser.parse2(body.clone()) {
        Ok(mut comprehension) => {
            resolve_walruses(&mut comprehension);
            return Ok(comprehension);
        }
        Err(err) => habit_hint(&body).unwrap_or(err),
    };
    let recovered = partial
        .into_inner()
        .recover(krate, flavor, &body)
        .map(|mut comprehension| {
            resolve_walruses(&mut comprehension);
            Box::new(comprehension)
        });
    Err((err, recovered))
}

fn parse_body(
    input: ParseStream,
    krate: TokenStream,
    flavor: Flavor,
    partial: &RefCell<Partial>,
) -> Result<Comprehension> {
    if input.is_empty() {
        return Err(input.error(example("expected a comprehension", flavor)));
    }
    let move_token =
        if input.peek(Token![move]) && !(input.peek2(Token![|]) || input.peek2(Token![||])) {
            Some(input.parse()?)
        } else {
            None
        };
    let group_span =
        display_group(input).and(input.cursor().any_group().map(|(_, _, span, _)| span));
    let (display_open, display) = (
        group_span.map(|span| span.open()),
        group_span.map(|span| span.join()),
    );
    let (form, element, clauses, inner_options) = match display_group(input) {
        Some(delimiter) => parse_display(input, delimiter, flavor, partial)?,
        None => {
            let (form, element, clauses) = parse_comp(input, Form::Bare, flavor, partial)?;
            (form, element, clauses, None)
        }
    };
    let options = match inner_options {
        Some(_) if !input.is_empty() => {
            // On the second list (after its `;`), which is the one to drop.
            let fork = input.fork();
            let _ = fork.parse::<Option<Token![;]>>();
            let at = if fork.is_empty() {
                input.span()
            } else {
                fork.span()
            };
            let message = "options are given in two places, inside the display after its `;` (`[..; concurrency = N]`) and after it: keep one list with all of them";
            return Err(Error::new(at, message));
        }
        Some(inner) => inner,
        None => parse_options(input, flavor)?,
    };
    Ok(Comprehension {
        krate,
        flavor,
        move_token,
        display_open,
        display,
        form,
        element,
        clauses,
        options,
    })
}

/// The contents of a display group, and the options that close it, if any
/// (`acomp!((f(x).await for x in xs; concurrency = 4))`).
fn parse_display(
    input: ParseStream,
    delimiter: Delimiter,
    flavor: Flavor,
    partial: &RefCell<Partial>,
) -> Result<(Form, Element, Vec<Clause>, Option<Options>)> {
    let content;
    let form = match delimiter {
        Delimiter::Bracket => {
            syn::bracketed!(content in input);
            Form::List
        }
        Delimiter::Brace => {
            syn::braced!(content in input);
            Form::Set
        }
        _ => {
            syn::parenthesized!(content in input);
            Form::Lazy
        }
    };
    let (form, element, clauses) = parse_comp(&content, form, flavor, partial)?;
    let inner = parse_options(&content, flavor)?;
    if !content.is_empty() {
        let expected = "expected `for`, `if`, `let` or the end of the comprehension";
        return Err(unexpected(&content, form, expected));
    }
    let has_inner = !inner.is_empty();
    Ok((form, element, clauses, has_inner.then_some(inner)))
}

fn example(what: &str, flavor: Flavor) -> String {
    match flavor {
        Flavor::Sync => format!("{what}, e.g. `comp![x * 2 for x in xs]`"),
        Flavor::Async => format!("{what}, e.g. `acomp![x * 2 async for x in stream]`"),
    }
}

/// A display is one delimited group followed by the end or by `;` options.
fn display_group(input: ParseStream) -> Option<Delimiter> {
    let (_, delimiter, _, rest) = input.cursor().any_group()?;
    let ends = rest.eof() || matches!(rest.punct(), Some((p, _)) if p.as_char() == ';');
    (ends && delimiter != Delimiter::None).then_some(delimiter)
}

/// `ELEM FORS`, or `KEY ':' VALUE FORS` in braces.
fn parse_comp(
    input: ParseStream,
    form: Form,
    flavor: Flavor,
    partial: &RefCell<Partial>,
) -> Result<(Form, Element, Vec<Clause>)> {
    if input.is_empty() {
        return Err(input.error(example("expected a comprehension", flavor)));
    }
    // `comp!((move x * k for x in xs))`: a `move` that is not a closure's.
    if input.peek(Token![move]) && !(input.peek2(Token![|]) || input.peek2(Token![||])) {
        let message = "`move` goes before the display, as in `comp!(move (x * k for x in xs))`; inside it, `move` starts a closure (`move |x| ..`)";
        return Err(input.error(message));
    }
    let first = parse_element(input, None)?;
    let (form, element) = if form == Form::Set && input.peek(Token![:]) && !input.peek(Token![::]) {
        let colon: Token![:] = input.parse()?;
        let value = parse_element(input, Some((colon.span, "expected a value after `:`")))?;
        let value = await_without_dot(input, value, flavor)?;
        (Form::Dict, Element::Entry { key: first, value })
    } else {
        (
            form,
            Element::Value(await_without_dot(input, first, flavor)?),
        )
    };
    partial.borrow_mut().form = Some(form);
    partial.borrow_mut().element = Some(element.clone());
    if !(input.peek(Token![for]) || input.peek(Token![async]) || at_await_for(input)) {
        // A `for` later on (`elem; for ..`, `elem; concurrency = 4 for ..`).
        let for_later = || {
            let mut cursor = input.cursor();
            while let Some((tree, next)) = cursor.token_tree() {
                if matches!(&tree, TokenTree::Ident(word) if word == "for") {
                    return true;
                }
                cursor = next;
            }
            false
        };
        let comma_then_for = {
            let fork = input.fork();
            fork.parse::<Token![,]>().is_ok()
                && (fork.peek(Token![for]) || fork.peek(Token![async]))
        };
        return Err(if input.peek(Token![;]) && for_later() {
            input.error("`;` starts the options, which come after the clauses: `[elem for x in xs; option]`")
        } else if input.is_empty() || input.peek(Token![;]) {
            let message =
                "expected `for` after the element: a comprehension needs at least one `for` clause";
            Error::new(input.span(), message)
        } else if comma_then_for {
            input.error("unexpected `,` between the element and `for`: remove it")
        } else if input.peek(Token![,]) && form == Form::Set && colon_before_for(input) {
            input.error("a tuple key needs parentheses: `{(a, b): v for ...}`")
        } else if input.peek(Token![,]) && form == Form::Set {
            input.error("a set of tuples needs parentheses around each: `{(a, b) for ...}`; a dict comprehension separates key and value with `:`: `{k: v for ...}`")
        } else if input.peek(Token![,]) {
            input.error("a tuple element needs parentheses: `(a, b) for ...`")
        } else {
            unexpected(input, form, hints::AFTER_ELEMENT)
        });
    }
    let mut clauses = Vec::new();
    while !(input.is_empty() || input.peek(Token![;])) {
        let another_iterable = || {
            let fork = input.fork();
            fork.parse::<Token![,]>().is_ok() && !(fork.is_empty() || fork.peek(Token![;]))
        };
        if let Some((comma, name)) = comma_before_options(input) {
            // `for u in urls, concurrency = 4`: Python's keyword argument.
            let option = match name.to_string().as_str() {
                "concurrency" => "concurrency = N".to_string(),
                other => other.to_string(),
            };
            let message = format!(
                "options come after a `;`, not a `,`: write `; {option}` after the last clause"
            );
            return Err(Error::new(comma, message));
        }
        if matches!(clauses.last(), Some(Clause::For(_))) && another_iterable() {
            // `for n, a in names, ages`: the pattern was meant for pairs of
            // a zip, so the recovered `for` would be a second error.
            partial.borrow_mut().clauses.pop();
            return Err(input.error(ZIP_HINT));
        }
        let clause = parse_clause(input, form)?;
        partial.borrow_mut().clauses.push(clause.clone());
        clauses.push(clause);
    }
    Ok((form, element, clauses))
}

/// What [`parse_expr`] says of a missing element.
const ELEMENT_MISSING: &str = "expected the element before `for`";

/// `EXPR` or Python's conditional `EXPR if EXPR else ELEM`. `after` is the
/// token before it and what to say when nothing follows it.
fn parse_element(input: ParseStream, after: Option<(Span, &str)>) -> Result<Expr> {
    if input.peek(Token![if]) {
        if let Some(err) = python_in_rust_if(input)? {
            return Ok(salvage::hole(&err));
        }
    }
    let then = parse_expr(input, after.unwrap_or((input.span(), ELEMENT_MISSING)))?;
    if !input.peek(Token![if]) {
        return Ok(then);
    }
    conditional_tail(input, then)
}

/// An element that is a Rust `if` expression with a Python word in it
/// (`if a { x } elif b { y } else { z }`): that word's hint, once, with the
/// element's tokens up to the first `for` consumed (rather than "a
/// conditional element needs its value before `if`", then the hint).
fn python_in_rust_if(input: ParseStream) -> Result<Option<Error>> {
    let mut cursor = input.cursor();
    let mut trees = Vec::new();
    while let Some((tree, next)) = cursor.token_tree() {
        let at_for = match &tree {
            TokenTree::Ident(word) => {
                word == "for" || (word == "async" && next.ident().is_some_and(|(w, _)| w == "for"))
            }
            TokenTree::Punct(p) => p.as_char() == ';',
            _ => false,
        };
        if at_for {
            break;
        }
        trees.push(tree);
        cursor = next;
    }
    let tokens: TokenStream = trees.iter().cloned().collect();
    // (A Rust `if` that parses is the element, whatever its words:
    // `if a.and(b).is_some() { .. }`.)
    if syn::parse2::<Expr>(tokens.clone()).is_ok() {
        return Ok(None);
    }
    let Some(err) = habit_hint(&tokens) else {
        return Ok(None);
    };
    for _ in &trees {
        input.parse::<TokenTree>()?;
    }
    Ok(Some(err))
}

/// `if EXPR else ELEM` after `then`: Python's conditional, as Rust's `if`.
/// After a closure, its body's: a Python lambda's body takes the whole
/// conditional, so `|v| v if v > 0 else 0` is `|v| if v > 0 { v } else { 0 }`
/// (a closure with a return type has a block for its body, which takes none).
fn conditional_tail(input: ParseStream, then: Expr) -> Result<Expr> {
    let missing_else = "a conditional element needs `else`: write `a if c else b`, or filter with an `if` clause after the `for` clause";
    conditional_in(input, then, false, missing_else)
}

/// [`conditional_tail`] for an option's value, `concurrency = 8 if fast else 1`.
pub(super) fn conditional_option(input: ParseStream, then: Expr) -> Result<Expr> {
    let missing_else = "a conditional option needs `else`: `concurrency = 8 if fast else 1`";
    conditional_in(input, then, false, missing_else)
}

/// [`conditional_tail`]; `in_clause` for a clause's value (`let y = a if c
/// else b`), whose `else` branch ends before an `if` that has no `else`:
/// that `if` is the next clause, a filter (`let s = 3 if e else 0 if s > 0`).
fn conditional_in(
    input: ParseStream,
    then: Expr,
    in_clause: bool,
    missing_else: &str,
) -> Result<Expr> {
    let then = match then {
        Expr::Closure(mut closure) if matches!(closure.output, syn::ReturnType::Default) => {
            let body = conditional_in(input, *closure.body, in_clause, missing_else)?;
            closure.body = Box::new(body);
            return Ok(Expr::Closure(closure));
        }
        then => then,
    };
    let if_token: Token![if] = input.parse()?;
    let cond = parse_expr(input, (if_token.span, "expected a condition after `if`"))?;
    if !input.peek(Token![else]) {
        return Ok(salvage::keep(
            &then,
            &Error::new(if_token.span, missing_else),
        ));
    }
    let else_token: Token![else] = input.parse()?;
    let after = (else_token.span, "expected an expression after `else`");
    let otherwise = if in_clause {
        clause_value(input, after)?
    } else {
        parse_element(input, Some(after))?
    };
    // A branch in parentheses, as Python needs them (`(a or b) if c else
    // d`), is a block's body without them: `unused_parens` would call them
    // unnecessary there. A walrus keeps its own.
    // Each block located as `crate::names::branch_span` says.
    let block = |expr: Expr, user: bool| {
        let expr = match expr {
            Expr::Paren(paren)
                if paren.attrs.is_empty() && crate::walrus::parts(&paren.expr).is_none() =>
            {
                *paren.expr
            }
            expr => expr,
        };
        let end = crate::names::branch_span(expr.to_token_stream(), if_token.span, user);
        syn::Block {
            brace_token: token::Brace(end),
            stmts: vec![syn::Stmt::Expr(expr, None)],
        }
    };
    let if_token = Token![if](Span::call_site().located_at(if_token.span));
    Ok(Expr::If(syn::ExprIf {
        attrs: Vec::new(),
        if_token,
        cond: Box::new(cond),
        then_branch: block(then, false),
        else_branch: Some((
            else_token,
            Box::new(Expr::Block(syn::ExprBlock {
                attrs: Vec::new(),
                label: None,
                block: block(otherwise, true),
            })),
        )),
    }))
}

fn parse_clause(input: ParseStream, form: Form) -> Result<Clause> {
    // Dart's `await for x in s`: reported once, iterated as the `async for`
    // it means, so that its body is typed as meant.
    let await_for = match at_await_for(input) {
        true => {
            let await_token: Token![await] = input.parse()?;
            let message = "an asynchronous `for` is written `async for`, as in Python: `x async for x in stream`";
            Some((await_token.span, Error::new(await_token.span, message)))
        }
        false => None,
    };
    // `fro x in xs`: a misspelled `for`, likewise reported once and iterated.
    let misspelled = {
        let cursor = input.cursor();
        cursor.ident().and_then(|(word, rest)| {
            hints::is_misspelled_for(&word, rest).then(|| hints::misspelled_for(&word))
        })
    };
    if input.peek(Token![async]) || input.peek(Token![for]) || misspelled.is_some() {
        let async_token: Option<Token![async]> = match &await_for {
            Some((at, _)) => Some(Token![async](*at)),
            None => input.parse()?,
        };
        if async_token.is_some() && !input.peek(Token![for]) {
            // Python's `async with connect(..) as c`, a statement.
            let with = input
                .cursor()
                .ident()
                .is_some_and(|(word, _)| word == "with");
            return Err(input.error(match with {
                true => "expected `for` after `async`: Python's `async with` has no comprehension form; open the resource before the comprehension (`let c = connect(..).await;`) and use it inside",
                false => "expected `for` after `async`",
            }));
        }
        let for_span = match &misspelled {
            Some(err) => {
                input.parse::<proc_macro2::Ident>()?;
                err.span()
            }
            None => input.parse::<Token![for]>()?.span,
        };
        loop_pattern_slip(input)?;
        let pat = parse_pattern(input, for_span, "loop pattern after `for`")?;
        if !input.peek(Token![in]) {
            let of = input.cursor().ident().is_some_and(|(word, _)| word == "of");
            let annotated = input.peek(Token![:]) && !input.peek(Token![::]);
            let message = match (of, annotated) {
                // JavaScript's `for (x of xs)`.
                (true, _) => "expected `in` after the loop pattern, found `of`: a loop is `for x in xs` (JavaScript's `for .. of`)",
                // `for o: &Order in orders`, as a `let` would be typed.
                (_, true) => "expected `in` after the loop pattern, found `:`: a `for` pattern takes no type annotation (the iterable's items give its type), write `for x in xs`",
                _ => "expected `in` after the loop pattern",
            };
            return Err(at_end_or_here(input, pat.span(), message));
        }
        let in_token: Token![in] = input.parse()?;
        // Rust's `if c { a } else { b }` is an iterable; an `if` that is not
        // one starts a clause: the iterable is missing.
        let rust_if = || {
            let mut expr = input.fork().parse::<Expr>();
            // A conditional of the prepass stands in an invisible group.
            while let Ok(Expr::Group(group)) = expr {
                expr = Ok(*group.expr);
            }
            matches!(expr, Ok(Expr::If(node)) if node.else_branch.is_some())
        };
        if input.peek(Token![if]) && !rust_if() {
            let message = "expected an iterable after `in`, found the `if` of a clause";
            return Err(Error::new(in_token.span, message));
        }
        let iter = parse_expr(input, (in_token.span, "expected an iterable after `in`"))?;
        let kept = await_for.map(|(_, err)| err).or(misspelled);
        let iter = match &kept {
            Some(err) => salvage::keep(&iter, err),
            None => iter,
        };
        return Ok(Clause::For(ForClause {
            async_token,
            pat,
            iter,
        }));
    }
    if input.peek(Token![if]) {
        let if_token: Token![if] = input.parse()?;
        if let Some(let_token) = input.parse::<Option<Token![let]>>()? {
            let (pat, expr) = parse_binding(input, let_token.span, "pattern after `if let`")?;
            return Ok(Clause::IfLet(pat, expr));
        }
        let cond = parse_expr(input, (if_token.span, "expected a condition after `if`"))?;
        return Ok(Clause::If(cond));
    }
    if let Some(let_token) = input.parse::<Option<Token![let]>>()? {
        let (pat, expr) = parse_binding(input, let_token.span, "pattern after `let`")?;
        // `let Ok(n) = s.parse() else { .. }`, as rustc's help for a
        // refutable `let` has it: a clause skips what it does not match.
        if input.peek(Token![else]) {
            let pat = pat.to_token_stream();
            let message = format!(
                "a `let` clause has no `else`: to skip the items that do not match, write `if let {pat} = ..`"
            );
            return Err(input.error(message));
        }
        return Ok(Clause::Let(pat, expr));
    }
    if input.peek(syn::Ident) && input.peek2(Token![in]) {
        // `for a in &left b in &right`: a `for` clause missing its `for`,
        // reported once; the clause iterates all the same, so that `b` is
        // bound and typed.
        let pat = name_pattern(input.parse()?);
        let message = format!(
            "expected `for` before the loop pattern `{}`",
            pat.to_token_stream()
        );
        let err = Error::new(pat.span(), message);
        let in_token: Token![in] = input.parse()?;
        let iter = parse_expr(input, (in_token.span, "expected an iterable after `in`"))?;
        return Ok(Clause::For(ForClause {
            async_token: None,
            pat,
            iter: salvage::keep(&iter, &err),
        }));
    }
    if input.peek(syn::Ident)
        && input.peek2(Token![=])
        && !input.peek2(Token![==])
        && !input.peek2(Token![=>])
    {
        // `y = x * 2`: a `let` clause without its `let`, reported once; the
        // name is bound all the same (to the error), so its uses are not
        // errors too.
        let name: proc_macro2::Ident = input.parse()?;
        let message = format!("a clause that binds a name needs `let`: `let {name} = ...`");
        let err = Error::new(name.span(), message);
        let eq: Token![=] = input.parse()?;
        let value = parse_expr(input, (eq.span, "expected an expression after `=`"))?;
        return Ok(Clause::Let(name_pattern(name), salvage::keep(&value, &err)));
    }
    Err(unexpected(
        input,
        form,
        "expected `for`, `if`, `let` or the end of the comprehension",
    ))
}

/// Dart's `await for` at the cursor, `async for` meant (see `parse_clause`).
fn at_await_for(input: ParseStream) -> bool {
    input.peek(Token![await]) && input.peek2(Token![for])
}

/// An element that is a call followed by `await` and a clause,
/// `fetch(u)await for u in urls`: the `.` of `.await` left out (not Dart's
/// `await for`, which follows a plain value). Reported once, and the
/// element kept as `fetch(u).await` (`fetch(u)` in `comp!`, where nothing
/// awaits), indexed by the error (its type is then the error's: no
/// mismatch follows from it).
fn await_without_dot(input: ParseStream, element: Expr, flavor: Flavor) -> Result<Expr> {
    let call = matches!(element, Expr::Call(_) | Expr::MethodCall(_));
    if !(call && at_await_for(input)) {
        return Ok(element);
    }
    let await_token: Token![await] = input.parse()?;
    if flavor == Flavor::Sync {
        let message = "expected `.` before `await`, which awaits in `acomp!`: `acomp![fetch(u).await for u in urls]`";
        return Ok(salvage::keep(
            &element,
            &Error::new(await_token.span, message),
        ));
    }
    let message = "expected `.` before `await`: the element awaits with `.await` (`fetch(u).await for u in urls`)";
    let err = Error::new(await_token.span, message);
    let awaited = Expr::Await(syn::ExprAwait {
        attrs: Vec::new(),
        base: Box::new(element),
        dot_token: Token![.](await_token.span),
        await_token,
    });
    Ok(salvage::keep(&awaited, &err))
}

/// Slips right after `for`: `for async x`, `for for x`, `for (x in xs)`.
fn loop_pattern_slip(input: ParseStream) -> Result<()> {
    if input.peek(Token![async]) {
        return Err(input.error("`async` goes before `for`: `async for x in stream`"));
    }
    if input.peek(Token![for]) {
        return Err(input.error("expected a loop pattern after `for`, found another `for`"));
    }
    if input.peek(Token![await]) {
        return Err(input.error("`for await x in s` is written `async for x in s` here"));
    }
    let parenthesized_clause =
        input
            .cursor()
            .group(Delimiter::Parenthesis)
            .is_some_and(|(inside, _, _)| {
                let mut cursor = inside;
                while let Some((tree, next)) = cursor.token_tree() {
                    if matches!(&tree, TokenTree::Ident(word) if word == "in") {
                        return true;
                    }
                    cursor = next;
                }
                false
            });
    if parenthesized_clause {
        let message = "a `for` clause takes no parentheses: write `for x in xs`";
        return Err(input.error(message));
    }
    Ok(())
}

/// At the end of the input, point at the last token read (`after`), not at
/// the whole macro call.
fn at_end_or_here(input: ParseStream, after: Span, message: &str) -> Error {
    if input.is_empty() {
        Error::new(after, message)
    } else {
        input.error(message)
    }
}

/// `PAT [: TYPE] = VALUE` of `let` and `if let`, where the value may be
/// Python's conditional `a if c else b` (an `if` without `else` after it
/// starts the next clause).
fn parse_binding(input: ParseStream, after: Span, what: &str) -> Result<(Pat, Expr)> {
    let mut pat = parse_pattern(input, after, what)?;
    if input.peek(Token![:]) && !input.peek(Token![::]) {
        let joint = matches!(input.cursor().punct(), Some((colon, _)) if colon.spacing() == proc_macro2::Spacing::Joint);
        let colon_token: Token![:] = input.parse()?;
        if joint && input.peek(Token![=]) {
            // `let n := w.len()`: Python's walrus spelled in a clause.
            let message = "a `let` clause binds with `=`, not `:=`: `let n = ..` \
                 (or, inside an expression, the walrus `(n := ..)`)";
            return Err(Error::new(colon_token.span, message));
        }
        if input.is_empty() || input.peek(Token![=]) {
            let message = "expected a type after `:`, e.g. `let y: f64 = ..`";
            return Err(at_end_or_here(input, colon_token.span, message));
        }
        let ty: syn::Type = input.parse()?;
        pat = Pat::Type(syn::PatType {
            attrs: Vec::new(),
            pat: Box::new(pat),
            colon_token,
            ty: Box::new(ty),
        });
    }
    if input.peek(Token![==]) {
        // `if let Status::Active == u.status`: a pattern and a comparison mixed.
        let message = "`let` binds with `=`, not `==`: `if let P = expr` matches a pattern; `if expr == value` compares";
        let eq_eq: Token![==] = input.parse()?;
        return Err(Error::new_spanned(eq_eq, message));
    }
    if !input.peek(Token![=]) {
        let pattern = what.split(" after").next().unwrap_or(what);
        return Err(at_end_or_here(
            input,
            pat.span(),
            &format!("expected `=` after the {pattern}"),
        ));
    }
    let eq: Token![=] = input.parse()?;
    Ok((
        pat,
        clause_value(input, (eq.span, "expected an expression after `=`"))?,
    ))
}

/// A clause's value: an expression, or Python's conditional when an `if`
/// after it has its `else` (without one, the `if` is the next clause).
fn clause_value(input: ParseStream, after: (Span, &str)) -> Result<Expr> {
    let expr = parse_expr(input, after)?;
    let fork = input.fork();
    let conditional = fork.parse::<Token![if]>().is_ok()
        && !fork.peek(Token![let])
        && parse_expr(&fork, (after.0, "")).is_ok()
        && fork.peek(Token![else]);
    if !conditional {
        return Ok(expr);
    }
    let missing_else = "a conditional needs `else`: `let y = a if c else b`";
    conditional_in(input, expr, true, missing_else)
}

/// The pattern that binds `name`, for a clause whose keyword is missing.
fn name_pattern(name: proc_macro2::Ident) -> Pat {
    Pat::Ident(syn::PatIdent {
        attrs: Vec::new(),
        by_ref: None,
        mutability: None,
        ident: name,
        subpat: None,
    })
}

/// The `,` of `, concurrency = 4` (or `, unordered`, `, parallel`...) after
/// a clause, where the options' `;` belongs.
fn comma_before_options(input: ParseStream) -> Option<(Span, proc_macro2::Ident)> {
    let fork = input.fork();
    let comma: Token![,] = fork.parse().ok()?;
    let name: proc_macro2::Ident = fork.parse().ok()?;
    let option = match name.to_string().as_str() {
        "concurrency" => fork.peek(Token![=]),
        flag if options::FLAGS.contains(&flag) => {
            fork.is_empty() || fork.peek(Token![,]) || fork.peek(token::Paren)
        }
        _ => false,
    };
    option.then_some((comma.span, name))
}

/// A lone `:` before the first `for` of this level (`{r, c: v for ..}`, a
/// dict's tuple key without its parentheses).
fn colon_before_for(input: ParseStream) -> bool {
    let mut cursor = input.cursor();
    let mut previous_colon = false;
    while let Some((tree, next)) = cursor.token_tree() {
        match &tree {
            TokenTree::Ident(word) if word == "for" => return false,
            TokenTree::Punct(p) if p.as_char() == ':' => {
                let joint = p.spacing() == proc_macro2::Spacing::Joint;
                let next_colon = matches!(next.punct(), Some((q, _)) if q.as_char() == ':');
                if !joint && !previous_colon && !next_colon {
                    return true;
                }
                previous_colon = true;
                cursor = next;
                continue;
            }
            _ => {}
        }
        previous_colon = false;
        cursor = next;
    }
    false
}

/// `for n, a in names, ages` (Python iterates the tuple of the two lists).
const ZIP_HINT: &str = "expected `for`, `if`, `let` or the end of the comprehension, found `,`: \
     to loop over two sequences together, zip them: `for (a, b) in xs.iter().zip(&ys)`";

/// A Rust pattern, or Python's bare tuple `k, v`.
fn parse_pattern(input: ParseStream, after: Span, what: &str) -> Result<Pat> {
    if input.is_empty() || input.peek(Token![in]) || input.peek(Token![=]) || input.peek(Token![;])
    {
        return Err(at_end_or_here(input, after, &format!("expected a {what}")));
    }
    let element = |input: ParseStream| {
        if input.peek(Token![*]) {
            let message = "Python's starred unpacking `*rest` is a slice pattern in Rust: \
                 `[first, rest @ ..]` (over a slice or an array)";
            return Err(input.error(message));
        }
        let start = input.fork();
        Pat::parse_multi_with_leading_vert(input)
            .map_err(|err| keyword_in_pattern(&start).unwrap_or(err))
    };
    let first = element(input)?;
    if !input.peek(Token![,]) {
        return Ok(first);
    }
    let mut elems = Punctuated::new();
    elems.push_value(first);
    while input.peek(Token![,]) {
        elems.push_punct(input.parse()?);
        if input.peek(Token![in]) || input.peek(Token![=]) {
            break;
        }
        elems.push_value(element(input)?);
    }
    let paren_token = token::Paren(elems.span());
    Ok(Pat::Tuple(PatTuple {
        attrs: Vec::new(),
        paren_token,
        elems,
    }))
}

/// A Rust expression; `missing` says what was expected after the token at
/// its span when no expression starts here. A piece that is missing or does
/// not parse is not an error of the parse: it becomes the error in place
/// (see `salvage.rs`), and the clauses after it are parsed as usual.
fn parse_expr(input: ParseStream, (after, missing): (Span, &str)) -> Result<Expr> {
    let at_for = input.peek(Token![for]) || (input.peek(Token![async]) && input.peek2(Token![for]));
    let at_for = at_for || at_await_for(input);
    if input.is_empty() || input.peek(Token![;]) || at_for {
        // On the token it should have followed (`else`, `=`, `in`...), as
        // the message says, not on the clause or option after the gap.
        return Ok(salvage::hole(&Error::new(after, missing)));
    }
    let fork = input.fork();
    let parsed = rust_expr(&fork);
    if let Ok(expr) = &parsed {
        if let Some(err) = python_word(expr, fork.peek(Token![in])) {
            input.advance_to(&fork);
            return Ok(salvage::hole(&err));
        }
        if at_piece_end(&fork) {
            input.advance_to(&fork);
            return parsed;
        }
    }
    let (trees, to_the_end) = region(input);
    if trees.is_empty() {
        return missing_expression(input, (after, missing));
    }
    let tokens: TokenStream = trees.iter().cloned().collect();
    let habit = habit_hint(&tokens);
    if parsed.is_ok() && habit.is_none() && to_the_end {
        // Tokens after an expression, and no clause after them: the caller
        // says what it expected there (`for` after the element, `,` between
        // options...).
        input.advance_to(&fork);
        return parsed;
    }
    for _ in &trees {
        input.parse::<TokenTree>()?;
    }
    Ok(match parsed {
        Ok(prefix) if habit.is_none() => {
            // (The form only words a `:`, which ends a piece, so never here.)
            // A `=>` in the element is a dict's `:`, in a clause a `>=`.
            let expected = match missing == ELEMENT_MISSING && fork.peek(Token![=>]) {
                true => hints::AFTER_ELEMENT,
                false => "expected `for`, `if`, `let` or the end of the comprehension",
            };
            salvage::keep(&prefix, &unexpected(&fork, Form::List, expected))
        }
        _ => salvage::broken(&trees),
    })
}

/// A keyword or separator where an expression should start: the
/// expression is missing (`comp![if c else d for ..]`, `if if c`). Said on
/// that token, which is left to the clause it starts, or skipped (`else`,
/// `,`); after Python's block colon (`a if c else: b`), the expression
/// after it is parsed.
fn missing_expression(input: ParseStream, (after, missing): (Span, &str)) -> Result<Expr> {
    let Some((found, _)) = input.cursor().token_tree() else {
        return Ok(salvage::hole(&Error::new(after, missing)));
    };
    let word = found.to_string();
    if word == ":" {
        input.parse::<TokenTree>()?;
        let message = "Python's `:` ends an `if` or `else` statement's header; a conditional expression has none: remove it";
        let expr = parse_expr(input, (found.span(), missing))?;
        return Ok(salvage::keep(&expr, &Error::new(found.span(), message)));
    }
    let message = if word == "if" && missing == ELEMENT_MISSING {
        "a conditional element needs its value before `if`: `a if c else b`".to_string()
    } else {
        format!("{missing}, found `{word}`")
    };
    if !["if", "for", "let", "async"].contains(&word.as_str()) {
        input.parse::<TokenTree>()?;
    }
    Ok(salvage::hole(&Error::new(found.span(), message)))
}

/// An expression in Rust's grammar (an open range `a..` ends before a clause).
fn rust_expr(input: ParseStream) -> Result<Expr> {
    match open_range_len(input) {
        // syn would read the clause after `0..` as the range's end.
        Some(len) => {
            let tokens: TokenStream = (0..len)
                .map(|_| input.parse::<TokenTree>())
                .collect::<Result<_>>()?;
            syn::parse2(tokens)
        }
        None => input.parse(),
    }
}

/// A Python word standing alone as an expression (`not`, `lambda`...).
fn python_word(expr: &Expr, before_in: bool) -> Option<Error> {
    let Expr::Path(path) = expr else {
        return None;
    };
    let ident = path.path.get_ident()?;
    word_hint(ident, before_in).map(|hint| Error::new(ident.span(), hint))
}

/// Adds `err` to the errors collected so far.
pub fn combine(errors: &mut Option<Error>, err: Error) {
    match errors {
        Some(errors) => errors.combine(err),
        None => *errors = Some(err),
    }
}
