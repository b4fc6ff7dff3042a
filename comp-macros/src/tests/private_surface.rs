//! The runtime's `__private` path holds exactly what expansions name: every
//! re-export there is used by the expansion of some comprehension of the
//! robustness corpus (both macros), so none lingers after the code that
//! needed it is gone.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use super::robustness::CORPUS;
use crate::ast::Flavor;
use crate::expand::expand;

/// The names `comp-runtime` re-exports under `__private`.
fn exported() -> BTreeSet<String> {
    let source = include_str!("../../../comp-runtime/src/lib.rs");
    let block = &source[source
        .find("pub mod __private")
        .expect("a __private module")..];
    let mut names = BTreeSet::new();
    for statement in block.split(';').filter(|s| s.contains("pub use")) {
        let list = statement.rsplit("::").next().unwrap_or_default();
        for item in list.trim_matches(|c: char| "{} \n".contains(c)).split(',') {
            let name = item.split(" as ").last().unwrap_or_default().trim();
            if !name.is_empty() && !name.starts_with('}') {
                names.insert(name.to_string());
            }
        }
    }
    names
}

/// Every `NAME` in `__private::NAME` of `tokens`, at any depth.
fn used(tokens: TokenStream, names: &mut BTreeSet<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(group) => used(group.stream(), names),
            TokenTree::Ident(ident) if ident == "__private" => {
                if let Some(TokenTree::Ident(name)) = trees.get(i + 3) {
                    names.insert(name.to_string());
                }
                // `use __private::{A as _, B as _}`
                if let Some(TokenTree::Group(list)) = trees.get(i + 3) {
                    for item in list.stream() {
                        if let TokenTree::Ident(name) = item {
                            if name != "as" {
                                names.insert(name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

#[test]
fn every_private_reexport_is_named_by_an_expansion() {
    let mut names = BTreeSet::new();
    for source in CORPUS {
        let body: TokenStream = source.parse().expect("corpus entries are tokens");
        for flavor in [Flavor::Sync, Flavor::Async] {
            used(expand(quote!((::comp) #body), flavor), &mut names);
        }
    }
    let exported = exported();
    assert!(exported.len() > 20, "parsed {exported:?}");
    let unused: Vec<&String> = exported.difference(&names).collect();
    assert!(
        unused.is_empty(),
        "`__private` re-exports no expansion names: {unused:?}"
    );
}
