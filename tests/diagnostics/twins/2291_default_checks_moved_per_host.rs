//! mistake: gave every host the same `Vec<String>` of checks by value in a dict comprehension
//! offending: default_checks
//! category: ownership
use std::collections::HashMap;

fn main() {
    let hosts = ["web01", "web02", "db01"];
    let default_checks: Vec<String> = vec!["disk".into(), "load".into(), "ntp".into()];
    let mut plan = HashMap::new();
    for h in hosts {
        plan.insert(h.to_string(), default_checks);
    }
    for (host, checks) in &plan {
        println!("{host}: {}", checks.join(","));
    }
}
