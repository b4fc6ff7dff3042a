//! mistake: divided the `usize` document count by an `f64` when computing idf
//! offending: n_docs / df as f64
//! category: type
use comprehensions::comp;

fn main() {
    let n_docs = 12_000usize;
    let doc_freq: Vec<(&str, usize)> = vec![("rust", 310), ("the", 11_800), ("tokenizer", 12)];
    let idf: Vec<(&str, f64)> = comp![(term, (n_docs / df as f64).ln()) for &(term, df) in &doc_freq];
    println!("{idf:?}");
}
