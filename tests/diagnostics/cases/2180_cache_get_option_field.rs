//! mistake: read a field straight off `HashMap::get`, which returns an `Option`, like Python's `cache[key].field`
//! offending: expires_at
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct CacheEntry {
    body: String,
    expires_at: u64,
}

fn main() {
    let now = 1_700_000_100;
    let cache: HashMap<String, CacheEntry> = HashMap::from([
        ("/products".to_string(), CacheEntry { body: "[..]".to_string(), expires_at: 1_700_000_000 }),
        ("/categories".to_string(), CacheEntry { body: "[..]".to_string(), expires_at: 1_700_000_500 }),
    ]);
    let requested = ["/products", "/categories"];
    let stale = comp![*path for path in &requested if cache.get(*path).expires_at < now];
    println!("{stale:?} {}", cache["/products"].body);
}
