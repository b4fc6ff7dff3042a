//! mistake: a `let` clause written with the walrus operator, `let n := ..` (mixing the two binding forms)
//! offending: :=
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "fig", "banana"];
    let long = comp![(w, n) for w in &words let n := w.len() if n > 3];
    println!("{long:?}");
}
