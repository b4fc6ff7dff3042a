//! mistake: a set comprehension of `f64` (no `Hash`/`Eq`)
//! offending: t.round()
//! category: type
use std::collections::HashSet;

use comprehensions::comp;

fn main() {
    let temps: Vec<f64> = vec![20.4, 20.6, 21.1, 19.9];
    let distinct: HashSet<f64> = comp!({t.round() for t in temps});
    println!("{}", distinct.len());
}
