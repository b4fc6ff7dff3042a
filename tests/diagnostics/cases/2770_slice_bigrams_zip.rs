//! mistake: built bigrams by zipping the tokens with Python's slice `tokens[1:]`
//! offending: tokens[1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens = vec!["i", "need", "a", "taxi", "to", "the", "airport"];
    let bigrams = comp![format!("{a}_{b}") for (a, b) in tokens.iter().zip(tokens[1:])];
    println!("{bigrams:?}");
}
