//! mistake: built a `HashMap<String, usize>` vocabulary from `words.iter()`, whose keys are `&String`
//! offending: w: i
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let words: Vec<String> = "<pad> <unk> the cat sat on mat"
        .split(' ')
        .map(String::from)
        .collect();
    let vocab: HashMap<String, usize> = comp!({w: i for (i, w) in words.iter().enumerate()});
    println!("{} entries", vocab.len());
}
