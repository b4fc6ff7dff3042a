//! mistake: called `HashMap::get` with Python's `dict.get(key, default)` second argument for the unknown-token id
//! offending: vocab.get(t, &UNK_ID)
//! category: python-habit
use std::collections::HashMap;

const UNK_ID: u32 = 1;

fn encode(sentence: &str, vocab: &HashMap<String, u32>) -> Vec<u32> {
    sentence
        .split_whitespace()
        .map(|t| *vocab.get(t, &UNK_ID))
        .collect()
}

fn main() {
    let mut vocab = HashMap::new();
    vocab.insert("<pad>".to_string(), 0);
    vocab.insert("<unk>".to_string(), UNK_ID);
    vocab.insert("cat".to_string(), 2);
    vocab.insert("sat".to_string(), 3);
    println!("{:?}", encode("the cat sat", &vocab));
}
