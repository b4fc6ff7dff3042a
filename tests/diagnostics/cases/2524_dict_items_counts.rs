//! mistake: iterated the HashMap with Python's `dict.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut hits_per_ip: HashMap<&str, u32> = HashMap::new();
    for ip in ["203.0.113.5", "203.0.113.5", "198.51.100.2"] {
        *hits_per_ip.entry(ip).or_insert(0) += 1;
    }
    let noisy = comp![(ip, n) for (ip, n) in hits_per_ip.items() if *n > 1];
    println!("{noisy:?}");
}
