//! mistake: paired each token with the next one using Python's slice `tokens[1:]`
//! offending: tokens[1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "fast full text search in rust".split(' ').collect();
    let bigrams: Vec<String> = comp![format!("{a} {b}") for (a, b) in tokens.iter().zip(tokens[1:].iter())];
    println!("{bigrams:?}");
}
