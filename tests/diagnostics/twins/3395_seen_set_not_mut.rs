//! mistake: deduplicated the install order with `seen.insert(..)` on a set not declared `mut`
//! offending: seen
//! category: ownership
use std::collections::HashSet;

fn main() {
    let resolution_order = vec!["libc", "cfg-if", "libc", "getrandom", "cfg-if"];
    let seen: HashSet<&str> = HashSet::new();
    let install: Vec<&&str> = resolution_order.iter().filter(|n| seen.insert(**n)).collect();
    println!("{install:?}");
}
