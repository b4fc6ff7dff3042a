//! mistake: builds a `HashMap<T, usize>` histogram keyed by the loop variable, which is a `&T` over a slice
//! offending: insert(x
//! category: type
use std::collections::HashMap;
use std::hash::Hash;

fn histogram<T: Eq + Hash>(xs: &[T]) -> HashMap<T, usize> {
    let mut out: HashMap<T, usize> = HashMap::new();
    for x in xs {
        out.insert(x, xs.iter().filter(|y| *y == x).count());
    }
    out
}

fn main() {
    println!("{:?}", histogram(&[1, 1, 2]));
}
