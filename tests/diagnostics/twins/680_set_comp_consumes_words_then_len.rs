//! mistake: builds a set from the word list by value, then reports the list's length, which the set comprehension consumed
//! offending: words.len()
//! category: ownership
use std::collections::HashSet;

fn main() {
    let text = "to be or not to be";
    let words: Vec<String> = text.split(' ').map(String::from).collect();
    let mut unique = HashSet::new();
    for w in words {
        unique.insert(w);
    }
    println!("{} unique of {}", unique.len(), words.len());
}
