//! mistake: wrote a `(region, code)` dict key without its parentheses
//! offending: w.code: w.pallets
//! category: syntax
use std::collections::HashMap;

struct Site {
    region: &'static str,
    code: &'static str,
    pallets: u32,
}

fn sites() -> Vec<Site> {
    vec![
        Site { region: "EU", code: "LYS1", pallets: 1200 },
        Site { region: "EU", code: "CDG2", pallets: 3400 },
    ]
}

fn main() {
    let all = sites();
    let mut capacity = HashMap::new();
    for w in &all {
        capacity.insert(w.region, w.code: w.pallets);
    }
    println!("{capacity:?}");
}
