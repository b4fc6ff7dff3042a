//! mistake: Python's `for i, name in enumerate(names)` kept although i is never used
//! offending: i
//! category: lint
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let greet = comp![format!("hi {name}") for i, name in names.iter().enumerate()];
    println!("{greet:?}");
}
