//! mistake: iterated the document-frequency map with Python's `dict.items()`
//! offending: items()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let n_docs = 1000.0_f64;
    let doc_freq: HashMap<&str, usize> = [("rust", 40), ("the", 990), ("tokenizer", 7)].into_iter().collect();
    let idf: HashMap<&str, f64> = comp!({term: (n_docs / df as f64).ln() for (&term, &df) in doc_freq.items()});
    println!("{idf:?}");
}
