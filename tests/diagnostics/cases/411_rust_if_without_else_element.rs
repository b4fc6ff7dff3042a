//! mistake: a Rust `if c { a }` without `else` as the element (Python: "pass" if s >= 50 else "fail"; or filter with an `if` clause)
//! offending: if score >= 50 { "pass" }
//! category: syntax
use comprehensions::comp;

fn main() {
    let scores: Vec<i32> = vec![71, 40, 50];
    let labels: Vec<&str> = comp![if score >= 50 { "pass" } for score in scores.iter().copied()];
    println!("{:?}", labels);
}
