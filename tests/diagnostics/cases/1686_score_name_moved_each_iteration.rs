//! mistake: an outer `String` put in every tuple of the result, moved on the first item
//! offending: (name, s)
//! category: ownership
use comprehensions::comp;

fn main() {
    let name = String::from("alice");
    let scores = vec![90, 85, 77];
    let rows = comp![(name, s) for s in &scores];
    println!("{rows:?}");
}
