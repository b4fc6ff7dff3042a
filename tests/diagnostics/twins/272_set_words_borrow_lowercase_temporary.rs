//! mistake: inserting `&str` words split from `line.to_lowercase()` into an outer set (hand-written)
use std::collections::HashSet;

fn main() {
    let text = "The cat\nthe Hat";
    let mut vocab: HashSet<&str> = HashSet::new();
    for line in text.lines() {
        for w in line.to_lowercase().split(' ') {
            vocab.insert(w);
        }
    }
    println!("{vocab:?}");
}
