//! mistake: Python's `(r, c) not in seen` membership test on a set of coordinate tuples
//! offending: not in
//! category: syntax
use std::collections::HashSet;

fn main() {
    let seen: HashSet<(usize, usize)> = HashSet::from([(0, 0), (1, 1)]);
    let fresh = (0..3)
        .flat_map(|r| (0..3).map(move |c| (r, c)))
        .filter(|&(r, c)| (r, c) not in seen)
        .collect::<Vec<_>>();
    println!("{fresh:?}");
}
