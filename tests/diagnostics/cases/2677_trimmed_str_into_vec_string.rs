//! mistake: collected `&str` tokens from `trim_matches` into a `Vec<String>` without `.to_string()`
//! offending: w.trim_matches(|c: char| !c.is_alphanumeric())
//! category: type
use comprehensions::comp;

fn main() {
    let body = "Rust makes fast, reliable (and safe) search engines.";
    let tokens: Vec<String> = comp![w.trim_matches(|c: char| !c.is_alphanumeric()) for w in body.split_whitespace()];
    println!("{tokens:?}");
}
