//! mistake: built a `HashMap<String, usize>` vocabulary from `words.iter()`, whose keys are `&String`
//! offending: collect()
//! category: type
use std::collections::HashMap;

fn main() {
    let words: Vec<String> = "<pad> <unk> the cat sat on mat"
        .split(' ')
        .map(String::from)
        .collect();
    let vocab: HashMap<String, usize> = words.iter().enumerate().map(|(i, w)| (w, i)).collect();
    println!("{} entries", vocab.len());
}
