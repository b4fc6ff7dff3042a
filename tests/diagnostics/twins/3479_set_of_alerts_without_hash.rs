//! mistake: deduplicated alerts into a set though `Alert` derives neither `Eq` nor `Hash`
//! offending: a.clone()
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
struct Alert {
    rule: String,
    host: String,
}

fn main() {
    let alerts = vec![
        Alert { rule: "HighLatency".into(), host: "api-1".into() },
        Alert { rule: "HighLatency".into(), host: "api-1".into() },
    ];
    let mut unique = HashSet::new();
    for a in &alerts {
        unique.insert(a.clone());
    }
    println!("{}", unique.len());
}
