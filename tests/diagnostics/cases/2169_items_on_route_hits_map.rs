//! mistake: iterated a `HashMap` of per-route hit counters with Python's `.items()`
//! offending: items()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut route_hits: HashMap<&'static str, u64> = HashMap::new();
    for path in ["/login", "/users", "/users", "/health", "/users"] {
        *route_hits.entry(path).or_insert(0) += 1;
    }
    let hot_routes = comp![format!("{route} ({hits})") for (route, hits) in route_hits.items() if *hits >= 2];
    println!("{hot_routes:?}");
}
