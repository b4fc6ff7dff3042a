//! mistake: built a `HashMap<String, usize>` document-frequency table with `&str` keys
//! offending: term
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn doc_freq(docs: &[&str], term: &str) -> usize {
    docs.iter().filter(|d| d.split_whitespace().any(|w| w == term)).count()
}

fn main() {
    let docs = ["reset my password", "password expired", "talk to a human"];
    let terms = ["password", "human", "reset"];
    let df: HashMap<String, usize> = comp!({term: doc_freq(&docs, term) for term in terms});
    println!("{df:?}");
}
