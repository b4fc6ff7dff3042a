//! mistake: iterated a HashMap with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut in_degree: HashMap<String, u32> = HashMap::new();
    for cited in ["10.1/a", "10.1/b", "10.1/a", "10.1/c", "10.1/a", "10.1/b"] {
        *in_degree.entry(cited.to_string()).or_insert(0) += 1;
    }
    let mut hubs = Vec::new();
    for (doi, n) in in_degree.items() {
        if *n >= 2 {
            hubs.push(doi.as_str());
        }
    }
    println!("{hubs:?}");
}
