//! mistake: Python's `[(w, len(w)) for w in words]` over owned `String`s: the tuple moves `w` before `w.len()` reads it
//! offending: w.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let words: Vec<String> = vec!["pear".to_string(), "fig".to_string()];
    let mut pairs = comp![(w, w.len()) for w in words];
    pairs.sort_by_key(|p| p.1);
    println!("{pairs:?}");
}
