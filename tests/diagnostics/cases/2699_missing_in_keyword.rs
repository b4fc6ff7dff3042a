//! mistake: left out `in` between the loop pattern and the token iterator
//! offending: tokens.iter()
//! category: syntax
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "Tokenizers Split Text Into Terms".split(' ').collect();
    let normalized: Vec<String> = comp![t.to_lowercase() for t tokens.iter() if t.len() > 2];
    println!("{normalized:?}");
}
