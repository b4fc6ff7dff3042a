//! mistake: a set comprehension evaluated for its side effects in a match arm, result ignored
//! offending: words.iter().map(|w| seen.insert(w.to_lowercase())).collect::<HashSet<_>>();
//! category: lint
use std::collections::HashSet;

fn main() {
    let words = vec!["Apple", "apple", "Pear"];
    let mut seen = HashSet::new();
    match words.len() {
        0 => println!("nothing"),
        _ => {
            words.iter().map(|w| seen.insert(w.to_lowercase())).collect::<HashSet<_>>();
        }
    }
    println!("{}", seen.len());
}
