//! mistake: used `?` on the `Option` of `vocab.get` in an encoder that returns `Result<_, String>`
//! offending: ?
//! category: try
use std::collections::HashMap;

fn encode(tokens: &[&str], vocab: &HashMap<String, u32>) -> Result<Vec<u32>, String> {
    let mut ids = Vec::with_capacity(tokens.len());
    for t in tokens {
        ids.push(*vocab.get(*t)?);
    }
    Ok(ids)
}

fn main() {
    let vocab: HashMap<String, u32> = [("hi".to_string(), 7), ("there".to_string(), 8)].into_iter().collect();
    println!("{:?}", encode(&["hi", "there", "friend"], &vocab));
}
