//! mistake: compared the `&i32` that `zip(&scores)` yields with an integer literal, `s >= 50`
//! offending: s >= 50
//! category: type
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob", "cy"];
    let scores = vec![71, 45, 90];
    let passed: Vec<&str> = comp![n for (n, s) in names.into_iter().zip(&scores) if s >= 50];
    println!("{passed:?}");
}
