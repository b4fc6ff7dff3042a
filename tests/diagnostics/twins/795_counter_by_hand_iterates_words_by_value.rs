//! mistake: Counter(words) by hand: the dict iterates `words` by value and its value borrows `words`
use std::collections::HashMap;

fn main() {
    let words = vec!["a", "b", "a"];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in words {
        counts.insert(w, words.iter().filter(|x| **x == w).count());
    }
    println!("{counts:?}");
}
