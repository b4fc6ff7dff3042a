//! mistake: called the async health check without `.await`, as if it returned the result
//! offending: check(u)
//! category: async
use std::time::Duration;

async fn check(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    url.starts_with("https")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a/health".to_string(), "http://b/health".to_string()];
    let mut results: Vec<bool> = Vec::new();
    for u in &urls {
        results.push(check(u));
    }
    println!("{results:?}");
}
