//! mistake: a struct with named fields built like a Python dataclass, `Stats(hits, misses)`, as a dict value
//! offending: Stats
//! category: python-habit
use comprehensions::comp;

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
    let stats = comp!({s.name.clone(): Stats(s.hits, s.misses) for s in &samples});
    println!("{stats:?}");
}
