//! mistake: kept `&str` views of the temporary `String`s that `to_lowercase()` returns
//! offending: t.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let tokens = vec!["GPU", "Batch", "EPOCH"];
    let lowered: Vec<&str> = comp![t.to_lowercase().as_str() for t in &tokens];
    println!("{lowered:?}");
}
