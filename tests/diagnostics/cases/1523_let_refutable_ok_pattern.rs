//! mistake: a `let` clause with a refutable `Ok(n)` pattern, meant to skip the failures (needs `if let`)
//! offending: Ok(n)
//! category: type
use comprehensions::comp;

fn main() {
    let raw = vec!["1", "x", "3"];
    let nums = comp![n * 10 for s in &raw let Ok(n) = s.parse::<i32>()];
    println!("{nums:?}");
}
