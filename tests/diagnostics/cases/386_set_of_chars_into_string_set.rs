//! mistake: a set of chars (c.to_ascii_lowercase() is a char) annotated HashSet<String>
//! offending: c.to_ascii_lowercase()
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let word = "Mississippi";
    // Python: letters = {c.lower() for c in word if c.isalpha()}
    let letters: HashSet<String> = comp!({c.to_ascii_lowercase() for c in word.chars() if c.is_alphabetic()});
    println!("{:?}", letters);
}
