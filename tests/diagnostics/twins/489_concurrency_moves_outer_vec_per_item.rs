//! mistake: each concurrent item passes an outer Vec<String> by value to an async fn
//! offending: is_allowed(u, allow)
//! category: ownership
use futures::{StreamExt, stream};

async fn is_allowed(url: &str, allow: Vec<String>) -> bool {
    allow.iter().any(|a| url.starts_with(a.as_str()))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let allow = vec!["https://".to_string()];
    let urls = vec!["https://a", "http://b"];
    let ok: Vec<bool> = stream::iter(&urls)
        .map(|u| async move { is_allowed(u, allow).await })
        .buffered(4)
        .collect()
        .await;
    println!("{ok:?}");
}
