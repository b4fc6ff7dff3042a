//! mistake: Python's dedupe idiom `if x not in seen and not seen.add(x)`: `seen.insert(w)` moves `w` before the element uses it (hand-written)
use std::collections::HashSet;

fn main() {
    let words: Vec<String> = "a b a c b".split(' ').map(String::from).collect();
    let mut seen = HashSet::new();
    let mut unique = Vec::new();
    for w in words {
        if seen.insert(w) {
            unique.push(w);
        }
    }
    println!("{unique:?}");
}
