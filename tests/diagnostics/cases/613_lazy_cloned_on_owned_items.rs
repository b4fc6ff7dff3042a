//! mistake: `.cloned()` on a lazy comprehension whose items are already owned `i64`s (a reflex from `xs.iter().cloned()`)
//! offending: cloned
//! category: type
use comprehensions::comp;

fn main() {
    let deltas = vec![3i64, -2, 5];
    let scaled: Vec<i64> = comp!((d * 100 for d in &deltas)).cloned().collect();
    println!("{scaled:?}");
}
