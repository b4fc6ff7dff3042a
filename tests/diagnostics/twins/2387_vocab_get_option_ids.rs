//! mistake: collected `vocab.get(t)`, an `Option<&u32>`, as if it were the token id
//! offending: vocab.get(t)
//! category: type
use std::collections::HashMap;

fn main() {
    let vocab: HashMap<String, u32> =
        [("hello", 5), ("world", 9)].into_iter().map(|(w, i)| (w.to_string(), i)).collect();
    let tokens: Vec<String> = vec!["hello".into(), "world".into()];
    let mut ids: Vec<u32> = Vec::new();
    for t in &tokens {
        ids.push(vocab.get(t));
    }
    println!("{ids:?}");
}
