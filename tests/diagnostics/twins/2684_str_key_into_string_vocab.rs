//! mistake: used a borrowed `&&str` term as the key of a `HashMap<String, usize>` vocabulary
//! offending: term, i
//! category: type
use std::collections::HashMap;

fn main() {
    let vocab: Vec<&str> = vec!["bm25", "index", "posting", "rust", "tokenizer"];
    let mut term_ids: HashMap<String, usize> = HashMap::new();
    for (i, term) in vocab.iter().enumerate() {
        term_ids.insert(term, i);
    }
    println!("{term_ids:?}");
}
