//! mistake: used a borrowed `&&str` term as the key of a `HashMap<String, usize>` vocabulary
//! offending: term: i
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let vocab: Vec<&str> = vec!["bm25", "index", "posting", "rust", "tokenizer"];
    let term_ids: HashMap<String, usize> = comp!({term: i for (i, term) in vocab.iter().enumerate()});
    println!("{term_ids:?}");
}
