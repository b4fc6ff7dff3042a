//! mistake: used `?` on the `Option` of `vocab.get` in an encoder that returns `Result<_, String>`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn encode(tokens: &[&str], vocab: &HashMap<String, u32>) -> Result<Vec<u32>, String> {
    comp![*vocab.get(*t)? for t in tokens]
}

fn main() {
    let vocab: HashMap<String, u32> = [("hi".to_string(), 7), ("there".to_string(), 8)].into_iter().collect();
    println!("{:?}", encode(&["hi", "there", "friend"], &vocab));
}
