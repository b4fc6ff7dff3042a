//! mistake: Python's `next(it, default)` as `it.next(default)`
//! offending: next(-1)
//! category: python-habit
fn main() {
    let scores = vec![55, 72, 91];
    let mut passing = scores.iter().copied().filter(|s| *s >= 60);
    let first = passing.next(-1);
    println!("{first:?}");
}
