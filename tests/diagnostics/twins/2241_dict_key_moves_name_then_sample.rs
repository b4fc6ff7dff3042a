//! mistake: keyed the dict by `s.name`, moving it out of `s`, then used the partially moved `s` as the value
//! offending: s)).collect
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct Sample {
    name: String,
    tissue: String,
    reads: u64,
}

fn main() {
    let samples = vec![
        Sample { name: "S01".to_string(), tissue: "liver".to_string(), reads: 21_000_000 },
        Sample { name: "S02".to_string(), tissue: "kidney".to_string(), reads: 18_500_000 },
    ];
    let by_name: HashMap<String, Sample> = samples.into_iter().map(|s| (s.name, s)).collect();
    println!("{:?}", by_name.get("S01").map(|s| (&s.tissue, s.reads)));
}
