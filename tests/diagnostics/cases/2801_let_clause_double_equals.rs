//! mistake: wrote the `let` binding clause with `==` instead of `=`
//! offending: ==
//! category: syntax
use comprehensions::comp;

fn main() {
    let raw = vec!["  Yes ", "NO", " maybe  "];
    let answers = comp![norm for r in &raw let norm == r.trim().to_lowercase() if !norm.is_empty()];
    println!("{answers:?}");
}
