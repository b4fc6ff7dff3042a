//! mistake: encoded tokens with `vocab.get(w)`, an `Option<&u32>`, into a `Vec<u32>` of ids
//! offending: vocab.get(w)
//! category: type
use std::collections::HashMap;

fn main() {
    let vocab: HashMap<&str, u32> = HashMap::from([("<unk>", 0), ("hello", 1), ("world", 2), ("bot", 3)]);
    let sentence = "hello bot hello world";
    let mut ids: Vec<u32> = Vec::new();
    for w in sentence.split(' ') {
        ids.push(vocab.get(w));
    }
    println!("{ids:?}");
}
