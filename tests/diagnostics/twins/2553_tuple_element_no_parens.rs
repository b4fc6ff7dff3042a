//! mistake: wrote a two-item element without the tuple's parentheses
//! offending: ip, attempts
//! category: syntax
use std::collections::HashMap;

fn main() {
    let failures: HashMap<&str, usize> = [("203.0.113.7", 57), ("10.0.0.4", 1)].into();
    let ban_list: Vec<_> = failures.iter().filter(|(_, attempts)| **attempts >= 10).map(|(ip, attempts)| ip, attempts).collect();
    println!("{ban_list:?}");
}
