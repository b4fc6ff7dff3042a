//! mistake: assigned new token ids with `vocab.entry(..).or_insert(vocab.len())`, reading `vocab` while it is mutably borrowed
//! offending: vocab.len()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut vocab: HashMap<String, usize> = HashMap::new();
    let text = "the cat sat on the mat";
    let ids = comp![*vocab.entry(t.to_string()).or_insert(vocab.len()) for t in text.split(' ')];
    println!("{ids:?} {}", vocab.len());
}
