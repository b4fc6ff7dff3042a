//! mistake: a struct with named fields built like a Python dataclass, `Stats(hits, misses)`
//! offending: Stats
//! category: python-habit
use std::collections::HashMap;

#[derive(Debug)]
struct Stats {
    hits: u32,
    misses: u32,
}

struct Sample {
    name: String,
    hits: u32,
    misses: u32,
}

fn main() {
    let samples = vec![Sample { name: "l1".into(), hits: 90, misses: 10 }];
    let mut stats = HashMap::new();
    for s in &samples {
        stats.insert(s.name.clone(), Stats(s.hits, s.misses));
    }
    println!("{stats:?}");
}
