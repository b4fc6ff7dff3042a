//! mistake: Python's `sorted(xs)` in the iterable
//! offending: sorted
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![70, 95, 88];
    let ranking = comp![format!("{s} pts") for s in sorted(scores)];
    println!("{ranking:?}");
}
