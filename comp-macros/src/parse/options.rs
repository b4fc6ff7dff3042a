//! `; concurrency = N, unordered, spawn(a, b)` (`acomp!`) and `; parallel`
//! (`comp!`).
//!
//! ```text
//! OPTION := 'concurrency' '=' EXPR | 'unordered'           (acomp! only)
//!         | 'spawn' ['(' IDENT (',' IDENT)* ')']          (acomp!, with concurrency)
//!         | 'parallel'                                    (comp! only)
//! ```

use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Error, Result, Token};

use super::{at_end_or_here, parse_expr};
use crate::ast::{Flavor, Options, Spawn};

/// `parallel` in `acomp!`: what to write instead.
const PARALLEL_IN_ACOMP: &str = "`parallel` is an option of `comp!` (rayon threads): in `acomp!`, run the items as tokio tasks on every worker with `concurrency = N, spawn`";

/// `spawn` in `comp!`: what to write instead.
const SPAWN_IN_COMP: &str = "`spawn` is an option of `acomp!` with `concurrency = N` (tokio tasks): to run `comp!` on every core, use `parallel`";

/// The options that take no value.
pub(super) const FLAGS: [&str; 3] = ["unordered", "spawn", "parallel"];

/// `;` then the options, comma separated.
pub(super) fn parse_options(input: ParseStream, flavor: Flavor) -> Result<Options> {
    let mut options = Options::default();
    if input.is_empty() {
        return Ok(options);
    }
    let semi: Token![;] = input.parse()?;
    let mut after = (semi.span, "`;`");
    // Options separated by commas, a trailing comma allowed.
    while !input.is_empty() {
        let Ok(name) = input.call(Ident::parse_any) else {
            let expected = match flavor {
                Flavor::Sync => "`parallel`",
                Flavor::Async => "`concurrency = N`, `unordered` or `spawn`",
            };
            let message = format!("expected an option after {}: {expected}", after.1);
            return Err(at_end_or_here(input, after.0, &message));
        };
        option(input, flavor, &name, &mut options)?;
        if input.is_empty() {
            break;
        }
        if !input.peek(Token![,]) {
            return Err(input.error("expected `,` between options, or the end of the macro input"));
        }
        let comma: Token![,] = input.parse()?;
        after = (comma.span, "`,`");
    }
    Ok(options)
}

/// One option, `name` and what follows it.
fn option(input: ParseStream, flavor: Flavor, name: &Ident, options: &mut Options) -> Result<()> {
    let twice = |given: bool| match given {
        true => Err(Error::new(name.span(), format!("`{name}` is given twice"))),
        false => Ok(()),
    };
    let flag = match name.to_string().as_str() {
        "unordered" | "spawn" => flavor == Flavor::Async,
        "parallel" => flavor == Flavor::Sync,
        _ => false,
    };
    if flag && input.peek(Token![=]) {
        // `unordered = true`: Python's keyword argument.
        let message = format!("`{name}` is a flag, without a value: write `{name}` alone");
        return Err(input.error(message));
    }
    match name.to_string().as_str() {
        "concurrency" => {
            twice(options.concurrency.is_some())?;
            if input.peek(Token![==]) || input.peek(Token![:]) {
                let message =
                    "`concurrency = N` sets the option with one `=`, e.g. `concurrency = 8`";
                return Err(input.error(message));
            }
            if !input.peek(Token![=]) {
                let message = "expected `=` after `concurrency`, e.g. `concurrency = 8`";
                return Err(at_end_or_here(input, name.span(), message));
            }
            let eq: Token![=] = input.parse()?;
            let missing = "expected the number of futures to run at once after `concurrency =`";
            let limit = parse_expr(input, (eq.span, missing))?;
            // Python's conditional, `concurrency = 8 if fast else 1`.
            let limit = if input.peek(Token![if]) {
                super::conditional_option(input, limit)?
            } else {
                limit
            };
            options.concurrency = Some((name.span(), limit));
        }
        "unordered" => {
            twice(options.unordered.is_some())?;
            options.unordered = Some(name.span());
        }
        "spawn" if flavor == Flavor::Sync => return Err(Error::new(name.span(), SPAWN_IN_COMP)),
        "spawn" => {
            twice(options.spawn.is_some())?;
            let cloned = if input.peek(syn::token::Paren) {
                cloned_names(input)?
            } else {
                Vec::new()
            };
            options.spawn = Some(Spawn {
                span: name.span(),
                cloned,
            });
        }
        "parallel" if flavor == Flavor::Async => {
            return Err(Error::new(name.span(), PARALLEL_IN_ACOMP))
        }
        "parallel" => {
            twice(options.parallel.is_some())?;
            options.parallel = Some(name.span());
        }
        "move" => {
            let call = match flavor {
                Flavor::Sync => "comp!(move (x * k for x in xs))",
                Flavor::Async => "acomp!(move (f(x).await async for x in s))",
            };
            let message = format!("`move` is not an option: it goes before the display, `{call}`");
            return Err(Error::new(name.span(), message));
        }
        // A clause after a statement's `;` (`.. let (k, v) = ..; if ..`).
        clause @ ("if" | "for" | "let" | "async") => {
            let message = format!("`{clause}` after `;`: the `;` ends the clauses and starts the options (`; parallel`, `; concurrency = N`); remove the `;` to go on with the comprehension's clauses");
            return Err(Error::new(name.span(), message));
        }
        other if flavor == Flavor::Sync => {
            let message = format!("unknown option `{other}`: `comp!` takes `parallel` (`concurrency`, `unordered` and `spawn` belong to `acomp!`)");
            return Err(Error::new(name.span(), message));
        }
        other => {
            let message = format!(
                "unknown option `{other}`: expected `concurrency = N`, `unordered` or `spawn`"
            );
            return Err(Error::new(name.span(), message));
        }
    }
    Ok(())
}

/// `(a, b)` after `spawn`: the outer variables cloned into each task.
fn cloned_names(input: ParseStream) -> Result<Vec<Ident>> {
    let content;
    let parens = syn::parenthesized!(content in input);
    let expected =
        "expected the names of outer variables to clone into each task, e.g. `spawn(client)`";
    let names = Punctuated::<Ident, Token![,]>::parse_terminated(&content)
        .map_err(|err| Error::new(err.span(), expected))?;
    if names.is_empty() {
        let message = "expected a variable to clone into each task in `spawn(..)`, or `spawn` alone when there is none";
        return Err(Error::new(parens.span.join(), message));
    }
    let mut seen: Vec<&Ident> = Vec::new();
    for name in &names {
        if seen.contains(&name) {
            return Err(Error::new(
                name.span(),
                format!("`{name}` is named twice in `spawn(..)`"),
            ));
        }
        seen.push(name);
    }
    Ok(names.into_iter().collect())
}
