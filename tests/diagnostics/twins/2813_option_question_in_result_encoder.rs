//! mistake: used `?` on `vocab.get(..)`, an `Option`, inside a function returning `Result`
//! offending: vocab.get(tok)?
//! category: try
use std::collections::HashMap;

fn encode(text: &str, vocab: &HashMap<&str, u32>) -> Result<Vec<u32>, String> {
    let mut ids = Vec::new();
    for tok in text.split_whitespace() {
        ids.push(*vocab.get(tok)?);
    }
    Ok(ids)
}

fn main() {
    let vocab = HashMap::from([("play", 7), ("some", 8), ("jazz", 9)]);
    println!("{:?}", encode("play some jazz", &vocab));
}
