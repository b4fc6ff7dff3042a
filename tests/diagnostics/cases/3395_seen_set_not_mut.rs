//! mistake: deduplicated the install order with `seen.insert(..)` on a set not declared `mut`
//! offending: seen
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let resolution_order = vec!["libc", "cfg-if", "libc", "getrandom", "cfg-if"];
    let seen: HashSet<&str> = HashSet::new();
    let install: Vec<&str> = comp![n for n in &resolution_order if seen.insert(*n)];
    println!("{install:?}");
}
