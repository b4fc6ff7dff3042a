//! mistake: half-typed `if let Some(n) =` with the scrutinee not written yet
//! offending: =]
//! category: syntax
use comprehensions::comp;

fn main() {
    let raw = vec!["1", "x", "3"];
    let nums = comp![n for s in &raw if let Some(n) =];
    println!("{nums:?}");
}
