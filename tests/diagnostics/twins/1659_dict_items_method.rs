//! mistake: Python's `for name, url in endpoints.items()` in an async dict comprehension; `HashMap` has `iter()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;
use std::time::Duration;

async fn health(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.starts_with("https://")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let endpoints: HashMap<String, String> = HashMap::from([
        ("auth".to_string(), "https://auth.internal".to_string()),
        ("billing".to_string(), "http://billing.internal".to_string()),
    ]);
    let mut status = HashMap::new();
    for (name, url) in endpoints.items() {
        status.insert(name.clone(), health(url).await);
    }
    println!("{status:?}");
}
