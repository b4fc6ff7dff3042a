//! mistake: concurrent async dict comprehension whose value calls an async fn without .await
//! offending: object_size(k)
//! category: async
use futures::{StreamExt, stream};
use std::collections::HashMap;

async fn object_size(key: &str) -> usize {
    key.len() * 1024
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let keys = vec!["logs/a".to_string(), "logs/b".to_string()];
    let sizes: HashMap<String, usize> = stream::iter(&keys)
        .map(|k| async move { (k.clone(), object_size(k)) })
        .buffered(4)
        .collect()
        .await;
    println!("{sizes:?}");
}
