//! mistake: an `if let` clause being typed, nothing after its `=`
//! offending: =]
//! category: syntax
use comprehensions::comp;

fn main() {
    let raw = vec!["1", "x", "3"];
    let nums = comp![n for s in &raw if let Ok(n) =];
    println!("{nums:?}");
}
