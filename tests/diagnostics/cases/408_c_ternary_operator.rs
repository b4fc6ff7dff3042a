//! mistake: a C/JavaScript ternary `c ? a : b` in the element (Rust: Python's `a if c else b`, or if/else)
//! offending: ? "+" : "-"
//! category: syntax
use comprehensions::comp;

fn main() {
    let deltas: Vec<i64> = vec![3, -2, 0];
    let signs: Vec<&str> = comp![x >= 0 ? "+" : "-" for x in deltas];
    println!("{:?}", signs);
}
