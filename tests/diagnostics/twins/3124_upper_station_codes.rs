//! mistake: normalised station codes with Python's `str.upper()`
//! offending: upper
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let raw_codes = vec!["ksfo", "KOAK", "ksjc ", "ksfo"];
    let mut codes: HashSet<String> = HashSet::new();
    for c in &raw_codes {
        codes.insert(c.trim().upper());
    }
    println!("{} unique stations", codes.len());
}
