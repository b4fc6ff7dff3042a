//! Feeds arbitrary text, lexed as Rust tokens, through the whole pipeline
//! of both macros: it must expand or report a `compile_error!`, never panic.
//! Run with `cargo +nightly fuzz run expand` from `comp-macros/`.
#![no_main]

// The pipeline's modules, as the proc-macro crate compiles them (a
// proc-macro crate cannot export functions to a fuzzer).
#[path = "../../src/ast.rs"]
mod ast;
#[path = "../../src/check.rs"]
mod check;
#[path = "../../src/emit/mod.rs"]
mod emit;
#[path = "../../src/expand.rs"]
mod expand;
#[path = "../../src/lower/mod.rs"]
mod lower;
#[path = "../../src/names.rs"]
mod names;
#[path = "../../src/operators.rs"]
mod operators;
#[path = "../../src/parse/mod.rs"]
mod parse;
#[path = "../../src/prepass/mod.rs"]
mod prepass;
#[path = "../../src/rules.rs"]
mod rules;
#[path = "../../src/walrus.rs"]
mod walrus;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(body) = text.parse::<proc_macro2::TokenStream>() else {
        return;
    };
    for flavor in [ast::Flavor::Sync, ast::Flavor::Async] {
        let input = quote::quote!((::comp) #body);
        assert!(!expand::expand(input, flavor).is_empty());
    }
});
