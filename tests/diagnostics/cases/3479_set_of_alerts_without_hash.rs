//! mistake: deduplicated alerts into a set though `Alert` derives neither `Eq` nor `Hash`
//! offending: a.clone()
//! category: type
use comprehensions::comp;

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
    let unique = comp!({a.clone() for a in &alerts});
    println!("{}", unique.len());
}
