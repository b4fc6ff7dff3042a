//! mistake: Python's side-effect comprehension `[seen.add(x % 3) for x in range(10)]`, its list thrown away
//! offending: comp![seen.insert(x % 3) for x in 0..10]
//! category: lint
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    comp![seen.insert(x % 3) for x in 0..10];
    println!("{}", seen.len());
}
