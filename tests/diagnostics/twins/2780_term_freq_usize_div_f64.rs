//! mistake: divided a `&usize` token count by an `f64` total to get term frequencies
//! offending: c / total
//! category: type
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_default() += 1;
    }
    let total = counts.values().sum::<usize>() as f64;
    let tf: HashMap<&str, f64> = counts.iter().map(|(w, c)| (*w, c / total)).collect();
    println!("{tf:?}");
}
