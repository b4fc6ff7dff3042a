//! mistake: destructured `enumerate()` as `(word, index)`, Python's `{w: i for w, i in ...}` mix-up
//! offending: (w, i)
//! category: type
use std::collections::HashMap;

fn main() {
    let vocab = vec!["<pad>", "<unk>", "hello", "goodbye", "thanks"];
    let mut word_to_id: HashMap<&str, usize> = HashMap::new();
    for (w, i) in vocab.iter().enumerate() {
        word_to_id.insert(*w, i);
    }
    println!("{word_to_id:?}");
}
