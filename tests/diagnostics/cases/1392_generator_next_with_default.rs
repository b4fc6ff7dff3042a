//! mistake: Python's `next(gen, default)` as `gen.next(default)`
//! offending: next(-1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![55, 72, 91];
    let mut passing = comp!((s for s in scores.iter().copied() if s >= 60));
    let first = passing.next(-1);
    println!("{first:?}");
}
