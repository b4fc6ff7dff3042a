//! mistake: redundant parentheses around a lazy comprehension's `let` clause value, `let area = (w * h)` (a Python habit of parenthesising expressions)
//! offending: (w * h)
//! category: lint
use comprehensions::comp;

fn main() {
    let dims = vec![(2, 3), (5, 4)];
    let big: Vec<i32> = comp!((area for (w, h) in &dims let area = (w * h) if area > 10)).collect();
    println!("{big:?}");
}
