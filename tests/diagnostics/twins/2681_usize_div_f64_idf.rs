//! mistake: divided the `usize` document count by an `f64` when computing idf
//! offending: n_docs / df as f64
//! category: type

fn main() {
    let n_docs = 12_000usize;
    let doc_freq: Vec<(&str, usize)> = vec![("rust", 310), ("the", 11_800), ("tokenizer", 12)];
    let idf: Vec<(&str, f64)> = doc_freq.iter().map(|&(term, df)| (term, (n_docs / df as f64).ln())).collect();
    println!("{idf:?}");
}
