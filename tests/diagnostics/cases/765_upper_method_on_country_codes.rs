//! mistake: Python's s.upper() on a &str (Rust: to_uppercase())
//! offending: upper()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let codes = vec!["us", "fr", "de"];
    let labels: Vec<String> = comp![c.upper() for c in &codes];
    println!("{labels:?}");
}
