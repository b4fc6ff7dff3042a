//! mistake: warmed the cache with an eager `acomp!` inside a plain `fn` (Python: an async comprehension outside `async def`)
//! offending: load(k).await
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;
use std::time::Duration;

async fn load(key: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("value-of-{key}")
}

fn warm_cache(keys: &[String]) -> HashMap<String, String> {
    acomp!({k.clone(): load(k).await for k in keys})
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let keys = vec!["user:1".to_string(), "user:2".to_string()];
    println!("{:?}", warm_cache(&keys));
}
