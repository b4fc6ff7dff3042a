//! mistake: a `let` clause left over from an edit, its binding never used
//! offending: sq
//! category: lint
use comprehensions::comp;

fn main() {
    let xs = vec![3, -1, 4, -5];
    let positives = comp![x for x in &xs let sq = x * x if *x > 0];
    println!("{positives:?}");
}
