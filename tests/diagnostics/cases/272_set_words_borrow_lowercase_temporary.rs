//! mistake: a set of `&str` words split from `line.to_lowercase()` in an inner `for`, borrowing a temporary dropped each iteration
//! offending: line.to_lowercase()
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let text = "The cat\nthe Hat";
    // Python: vocab = {w for line in text.splitlines() for w in line.lower().split()}
    let vocab: HashSet<&str> = comp!({w for line in text.lines() for w in line.to_lowercase().split(' ')});
    println!("{vocab:?}");
}
