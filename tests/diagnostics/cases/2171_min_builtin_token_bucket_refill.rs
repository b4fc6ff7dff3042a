//! mistake: capped the refilled token count with Python's builtin `min(a, b)`, which is not in Rust's prelude
//! offending: min(
//! category: python-habit
use comprehensions::comp;

struct Bucket {
    client_ip: String,
    tokens: u32,
    capacity: u32,
}

fn main() {
    let refill_per_tick = 5;
    let buckets = vec![
        Bucket { client_ip: "10.0.0.1".to_string(), tokens: 2, capacity: 10 },
        Bucket { client_ip: "10.0.0.2".to_string(), tokens: 9, capacity: 10 },
    ];
    let refilled = comp![(b.client_ip.as_str(), min(b.tokens + refill_per_tick, b.capacity)) for b in &buckets];
    println!("{refilled:?}");
}
