//! mistake: destructured `enumerate()` as `(word, index)`, Python's `{w: i for w, i in ...}` mix-up
//! offending: (w, i)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let vocab = vec!["<pad>", "<unk>", "hello", "goodbye", "thanks"];
    let word_to_id: HashMap<&str, usize> = comp!({*w: i for (w, i) in vocab.iter().enumerate()});
    println!("{word_to_id:?}");
}
