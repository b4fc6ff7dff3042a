//! mistake: collected `&str` tokens from `trim_matches` into a `Vec<String>` without `.to_string()`
//! offending: w.trim_matches(|c: char| !c.is_alphanumeric())
//! category: type

fn main() {
    let body = "Rust makes fast, reliable (and safe) search engines.";
    let mut tokens: Vec<String> = Vec::new();
    for w in body.split_whitespace() {
        tokens.push(w.trim_matches(|c: char| !c.is_alphanumeric()));
    }
    println!("{tokens:?}");
}
