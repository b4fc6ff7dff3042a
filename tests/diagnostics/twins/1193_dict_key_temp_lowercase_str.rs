//! mistake: a composite map key `(w.to_lowercase().as_str(), w.len())` borrows a temporary, in a loop
//! offending: w.to_lowercase()
//! category: ownership
use std::collections::HashMap;

fn main() {
    let words = vec!["Apple".to_string(), "apple".to_string(), "Pear".to_string()];
    let mut first_seen = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        first_seen.insert((w.to_lowercase().as_str(), w.len()), i);
    }
    println!("{first_seen:?}");
}
