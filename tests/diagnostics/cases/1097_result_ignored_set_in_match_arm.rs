//! mistake: a set comprehension evaluated for its side effects in a match arm, result ignored
//! offending: comp!({seen.insert(w.to_lowercase()) for w in &words})
//! category: lint
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let words = vec!["Apple", "apple", "Pear"];
    let mut seen = HashSet::new();
    match words.len() {
        0 => println!("nothing"),
        _ => {
            comp!({seen.insert(w.to_lowercase()) for w in &words});
        }
    }
    println!("{}", seen.len());
}
