//! mistake: a dict comprehension of `&str` keys assigned to `HashMap<String, usize>` (hand-written)
use std::collections::HashMap;

fn main() {
    let text = "to be or not to be";
    let mut lengths: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        lengths.insert(w, w.len());
    }
    println!("{lengths:?}");
}
