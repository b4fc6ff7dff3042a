//! mistake: `if Some(n) = ..` without `let` in a filter
//! offending: Some(n) = s.parse::<i32>().ok()
//! category: syntax
use comprehensions::comp;

fn main() {
    let tokens = ["12", "x", "7"];
    let numbers = comp![n for s in tokens if Some(n) = s.parse::<i32>().ok()];
    println!("{numbers:?}");
}
