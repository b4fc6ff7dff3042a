//! mistake: normalised station codes with Python's `str.upper()`
//! offending: upper
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let raw_codes = vec!["ksfo", "KOAK", "ksjc ", "ksfo"];
    let codes: HashSet<String> = comp!({c.trim().upper() for c in &raw_codes});
    println!("{} unique stations", codes.len());
}
