//! mistake: a set comprehension of `f64` (no `Hash`/`Eq`) (hand-written)
//! offending: distinct.insert(t.round())
use std::collections::HashSet;

fn main() {
    let temps: Vec<f64> = vec![20.4, 20.6, 21.1, 19.9];
    let mut distinct: HashSet<f64> = HashSet::new();
    for t in temps {
        distinct.insert(t.round());
    }
    println!("{}", distinct.len());
}
