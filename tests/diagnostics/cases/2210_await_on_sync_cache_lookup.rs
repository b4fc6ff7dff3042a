//! mistake: awaited a synchronous in-memory cache lookup, as if every call in an async handler were a coroutine
//! offending: cache.lookup(key).await
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

struct LocalCache {
    entries: HashMap<String, String>,
}

impl LocalCache {
    fn lookup(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = LocalCache { entries: HashMap::from([("feature:dark_mode".to_string(), "on".to_string())]) };
    let keys = ["feature:dark_mode", "feature:beta_checkout"];
    let flags = acomp!({*key: cache.lookup(key).await.unwrap_or_else(|| "off".to_string()) for key in &keys});
    println!("{flags:?}");
}
