//! mistake: returned `(tag, count)` pairs from a function declared to return `Vec<String>`
//! offending: (tag.clone(), *n)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn trending(counts: &HashMap<String, u32>) -> Vec<String> {
    comp![(tag.clone(), *n) for (tag, n) in counts if *n > 10]
}

fn main() {
    let mut counts = HashMap::new();
    counts.insert("#rust".to_string(), 120);
    counts.insert("#cobol".to_string(), 2);
    println!("{:?}", trending(&counts));
}
