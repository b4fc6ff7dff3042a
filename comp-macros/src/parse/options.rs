//! `; concurrency = N, unordered`.

use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Error, Result, Token};

use super::{at_end_or_here, parse_expr};
use crate::ast::{Flavor, Options};

/// `;` then `concurrency = N` and/or `unordered`, comma separated.
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
            let message = format!(
                "expected an option after {}: `concurrency = N` or `unordered`",
                after.1
            );
            return Err(at_end_or_here(input, after.0, &message));
        };
        match name.to_string().as_str() {
            "concurrency" if options.concurrency.is_some() => {
                return Err(Error::new(name.span(), "`concurrency` is given twice"));
            }
            "concurrency" => {
                if !input.peek(Token![=]) {
                    let message = "expected `=` after `concurrency`, e.g. `concurrency = 8`";
                    return Err(at_end_or_here(input, name.span(), message));
                }
                let eq: Token![=] = input.parse()?;
                let missing = "expected the number of futures to run at once after `concurrency =`";
                let limit = parse_expr(input, (eq.span, missing))?;
                options.concurrency = Some((name.span(), limit));
            }
            "unordered" if options.unordered.is_some() => {
                return Err(Error::new(name.span(), "`unordered` is given twice"));
            }
            "unordered" => options.unordered = Some(name.span()),
            other if flavor == Flavor::Sync => {
                let message = format!("unknown option `{other}`: `comp!` takes no options (`concurrency` and `unordered` belong to `acomp!`)");
                return Err(Error::new(name.span(), message));
            }
            other => {
                let message =
                    format!("unknown option `{other}`: expected `concurrency = N` or `unordered`");
                return Err(Error::new(name.span(), message));
            }
        }
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
