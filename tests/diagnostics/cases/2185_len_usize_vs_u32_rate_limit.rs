//! mistake: compared a `Vec::len()` (`usize`) with a `u32` rate limit from the config
//! offending: limits.max_requests
//! category: type
use comprehensions::comp;

struct RateLimitConfig {
    max_requests: u32,
}

struct ClientWindow {
    ip: String,
    recent_requests: Vec<u64>,
}

fn main() {
    let limits = RateLimitConfig { max_requests: 3 };
    let windows = vec![
        ClientWindow { ip: "203.0.113.9".to_string(), recent_requests: vec![1, 2, 3, 4] },
        ClientWindow { ip: "198.51.100.2".to_string(), recent_requests: vec![5] },
    ];
    let throttled = comp![w.ip.as_str() for w in &windows if w.recent_requests.len() > limits.max_requests];
    println!("429 for {throttled:?}");
}
