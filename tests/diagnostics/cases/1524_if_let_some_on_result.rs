//! mistake: `if let Some(n)` on `parse()`, which returns a `Result`
//! offending: Some(n)
//! category: type
use comprehensions::comp;

fn main() {
    let raw = vec!["4", "four", "16"];
    let nums = comp![n for s in &raw if let Some(n) = s.parse::<u32>()];
    println!("{nums:?}");
}
