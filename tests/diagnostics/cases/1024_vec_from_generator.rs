//! mistake: Python's `list(gen)` written as `Vec::from` of a lazy form
//! offending: Vec::from(comp!((u.to_lowercase() for u in &users)))
//! category: python-habit
use comprehensions::comp;

fn main() {
    let users = vec!["Ann", "BOB"];
    let names: Vec<String> = Vec::from(comp!((u.to_lowercase() for u in &users)));
    println!("{names:?}");
}
