//! mistake: Python's side-effect comprehension `[seen.add(x % 3) for x in range(10)]`, its list thrown away
//! offending: (0..10).map(|x| seen.insert(x % 3)).collect::<Vec<_>>()
//! category: lint
use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    (0..10).map(|x| seen.insert(x % 3)).collect::<Vec<_>>();
    println!("{}", seen.len());
}
