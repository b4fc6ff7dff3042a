//! mistake: indexed the page cache `cache[path]` by value, moving a non-`Copy` cached page out of the map
//! offending: cache[*path]
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct CachedPage {
    etag: String,
    html: String,
}

fn main() {
    let cache: HashMap<&str, CachedPage> = HashMap::from([
        ("/", CachedPage { etag: "\"v1\"".to_string(), html: "<h1>home</h1>".to_string() }),
        ("/about", CachedPage { etag: "\"v7\"".to_string(), html: "<h1>about</h1>".to_string() }),
    ]);
    let prefetch = ["/", "/about"];
    let pages: Vec<CachedPage> = comp![cache[*path] for path in &prefetch if cache.contains_key(*path)];
    println!("{pages:?}");
}
