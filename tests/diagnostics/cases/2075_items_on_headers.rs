//! mistake: iterated the response headers with Python's `dict.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let headers: HashMap<String, String> = HashMap::from([
        ("Content-Type".to_string(), "application/json".to_string()),
        ("X-RateLimit-Remaining".to_string(), "42".to_string()),
    ]);
    let lowered: HashMap<String, String> = comp!({k.to_lowercase(): v.clone() for (k, v) in headers.items()});
    println!("{:?}", lowered.get("x-ratelimit-remaining"));
}
