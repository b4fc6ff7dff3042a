//! mistake: assigned new token ids with `vocab.entry(..).or_insert(vocab.len())`, reading `vocab` while it is mutably borrowed
//! offending: vocab.len()
//! category: ownership
use std::collections::HashMap;

fn main() {
    let mut vocab: HashMap<String, usize> = HashMap::new();
    let text = "the cat sat on the mat";
    let mut ids = Vec::new();
    for t in text.split(' ') {
        ids.push(*vocab.entry(t.to_string()).or_insert(vocab.len()));
    }
    println!("{ids:?} {}", vocab.len());
}
