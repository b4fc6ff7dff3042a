//! mistake: used `?` on `vocab.get(..)`, an `Option`, inside a function returning `Result`
//! offending: vocab.get(tok)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn encode(text: &str, vocab: &HashMap<&str, u32>) -> Result<Vec<u32>, String> {
    comp![*vocab.get(tok)? for tok in text.split_whitespace()]
}

fn main() {
    let vocab = HashMap::from([("play", 7), ("some", 8), ("jazz", 9)]);
    println!("{:?}", encode("play some jazz", &vocab));
}
