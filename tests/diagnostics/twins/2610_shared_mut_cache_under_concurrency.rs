//! mistake: mutated a shared `&mut` cache from every concurrently running item
//! offending: cache
//! category: async
use futures::StreamExt;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch_semantic_tokens(uri: &str) -> Vec<u32> {
    tokio::time::sleep(Duration::from_millis(4)).await;
    vec![uri.len() as u32, 0, 5]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut cache: HashMap<String, Vec<u32>> = HashMap::new();
    let open_docs = vec!["file:///a.rs".to_string(), "file:///lib/b.rs".to_string()];
    let counts: Vec<usize> = futures::stream::iter(open_docs)
        .map(|uri| {
            let cache = &mut cache;
            async move { cache.entry(uri.clone()).or_insert(fetch_semantic_tokens(&uri).await).len() }
        })
        .buffered(4)
        .collect()
        .await;
    println!("{counts:?} {}", cache.len());
}
