//! mistake: a `let` clause whose binding the element no longer uses
//! offending: norm
//! category: lint
use comprehensions::comp;

fn main() {
    let tags = vec![" Rust", "PY ", "go"];
    let kept = comp![t.trim() for t in &tags let norm = t.trim().to_lowercase() if t.len() > 2];
    println!("{kept:?}");
}
