//! mistake: iterated a `HashMap` of per-route hit counters with Python's `.items()`
//! offending: items()
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut route_hits: HashMap<&'static str, u64> = HashMap::new();
    for path in ["/login", "/users", "/users", "/health", "/users"] {
        *route_hits.entry(path).or_insert(0) += 1;
    }
    let mut hot_routes = Vec::new();
    for (route, hits) in route_hits.items() {
        if *hits >= 2 {
            hot_routes.push(format!("{route} ({hits})"));
        }
    }
    println!("{hot_routes:?}");
}
