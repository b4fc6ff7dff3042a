//! mistake: called Python's builtin `len(...)` on a Vec of attempts
//! offending: len
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut attempts: HashMap<String, Vec<u64>> = HashMap::new();
    attempts.entry("203.0.113.9".into()).or_default().extend([1700000000, 1700000003, 1700000004, 1700000006, 1700000007, 1700000009]);
    attempts.entry("10.1.2.3".into()).or_default().push(1700000100);
    let brute_forcers: Vec<&String> = attempts
        .iter()
        .filter(|(_, times)| len(times) > 5)
        .map(|(ip, _)| ip)
        .collect();
    println!("{brute_forcers:?}");
}
