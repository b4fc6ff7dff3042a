//! mistake: iterating `xs.sort()` (which returns `()`) for Python's `sorted(xs)`
//! offending: scores.sort()
//! category: type
use comprehensions::comp;

fn main() {
    let mut scores = vec![70, 95, 88];
    let ranking = comp![format!("{s} pts") for s in scores.sort()];
    println!("{ranking:?}");
}
