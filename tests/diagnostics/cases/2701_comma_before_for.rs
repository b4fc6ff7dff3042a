//! mistake: put a comma between the tuple element and its `for`, as in an argument list
//! offending: (term.as_str(), *tf),
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let counts: HashMap<String, u32> = [("rust".to_string(), 4), ("index".to_string(), 2)].into_iter().collect();
    let pairs: Vec<(&str, u32)> = comp![(term.as_str(), *tf), for (term, tf) in &counts if *tf > 1];
    println!("{pairs:?}");
}
